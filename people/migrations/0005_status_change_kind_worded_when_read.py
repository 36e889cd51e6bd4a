"""Status changes Waymark makes itself keep a kind, worded when read in the reader's
language, instead of a sentence in whichever language was active when they were saved.
Reasons that are exactly Waymark's English become kinds; anything a person wrote stays."""

from django.db import migrations, models

ENGLISH = {
    "Accepted an invitation to volunteer.": "invitation_accepted",
    "Signed up on the website.": "signed_up",
    "Signed off: every readiness rule was met.": "signed_off",
    "Started as a peer supporter.": "started",
}


def words_to_kinds(apps, schema_editor):
    StatusChange = apps.get_model("people", "StatusChange")
    for words, kind in ENGLISH.items():
        StatusChange.objects.filter(kind="", reason=words).update(kind=kind, reason="")


def kinds_to_words(apps, schema_editor):
    StatusChange = apps.get_model("people", "StatusChange")
    for words, kind in ENGLISH.items():
        StatusChange.objects.filter(kind=kind).update(kind="", reason=words)


class Migration(migrations.Migration):

    dependencies = [
        ("people", "0004_merge_invitation_rule_and_first_steps"),
    ]

    operations = [
        migrations.AddField(
            model_name="statuschange",
            name="kind",
            field=models.CharField(
                blank=True,
                choices=[
                    ("invitation_accepted", "Accepted an invitation to volunteer."),
                    ("signed_up", "Signed up on the website."),
                    ("signed_off", "Signed off: every readiness rule was met."),
                    ("started", "Started as a peer supporter."),
                ],
                default="",
                max_length=30,
            ),
        ),
        migrations.AlterField(
            model_name="statuschange",
            name="reason",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(words_to_kinds, kinds_to_words),
    ]
