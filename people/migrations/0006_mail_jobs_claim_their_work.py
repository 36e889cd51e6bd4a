from django.db import migrations, models
from django.db.models import F


def mark_earlier_mail_as_sent(apps, schema_editor):
    # Invitations and step backs made before this change were e-mailed when they were made;
    # a job handed over again later must find them claimed.
    apps.get_model("people", "Invitation").objects.filter(sent_at=None).update(sent_at=F("created_at"))
    apps.get_model("people", "StatusChange").objects.filter(managers_told_at=None).update(
        managers_told_at=F("changed_at")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0005_supervisor_assignment_moves_to_people"),
    ]

    operations = [
        migrations.AddField(
            model_name="invitation",
            name="sent_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="statuschange",
            name="managers_told_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(mark_earlier_mail_as_sent, migrations.RunPython.noop),
    ]
