from django.db import migrations, models
from django.db.models import F


def mark_earlier_mail_as_sent(apps, schema_editor):
    # What was booked, asked or answered before this change was e-mailed at the time; a job
    # handed over again later must find it claimed.
    apps.get_model("supervision", "MeetingSeries").objects.filter(booking_told_at=None).update(
        booking_told_at=F("created_at")
    )
    requests = apps.get_model("supervision", "MoveRequest").objects
    requests.filter(request_told_at=None).update(request_told_at=F("created_at"))
    requests.filter(answer_told_at=None).exclude(resolved_at=None).update(answer_told_at=F("resolved_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("supervision", "0007_supervisor_assignment_moves_to_people"),
    ]

    operations = [
        migrations.AddField(
            model_name="meetingseries",
            name="booking_told_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="moverequest",
            name="request_told_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="moverequest",
            name="answer_told_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(mark_earlier_mail_as_sent, migrations.RunPython.noop),
    ]
