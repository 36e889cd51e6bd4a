from django.db import migrations


class Migration(migrations.Migration):
    """The supervisor assignment now belongs to people (people/migrations/0005). Supervision
    forgets the model without touching its table, which people goes on using."""

    dependencies = [
        ("supervision", "0006_merge_first_steppers_flag_into_main"),
        ("people", "0005_supervisor_assignment_moves_to_people"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SupervisorAssignment")],
            database_operations=[],
        ),
    ]
