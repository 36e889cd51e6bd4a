from django.db import migrations


class Migration(migrations.Migration):
    """Joins two branches of work: one live invitation per address, and first steppers' caseload."""

    dependencies = [
        ("people", "0003_invitation_one_live_per_address"),
        ("people", "0003_volunteer_first_steps_caseload"),
    ]

    operations = []
