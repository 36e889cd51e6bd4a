"""Stage history entries Waymark writes keep a kind and its params, worded when read in the
reader's language, instead of a sentence in whichever language was active when saved.
Notes that are exactly Waymark's English become kinds; anything else keeps its words."""

import re

from django.db import migrations, models

SIMPLE = {"Referred": "referred", "Came back": "came_back", "Asked not to be contacted": "opted_out"}
STEP_BACK_REASONS = {
    "They said no to support": "said_no",
    "No response after repeated tries": "no_response",
    "They are doing well": "doing_well",
    "They moved on to another service": "moved_on",
}
GIVEN_TO = re.compile(r"Given to (?P<name>.+)")
STEPPED_BACK = re.compile(r"Stepped back: (?P<reason>.+)")


def kind_from_english(note):
    """(kind, params) for a note that is exactly what Waymark wrote in English, else None."""
    if note in SIMPLE:
        return SIMPLE[note], {}
    stepped_back = STEPPED_BACK.fullmatch(note)
    if stepped_back:
        reason = STEP_BACK_REASONS.get(stepped_back["reason"])
        return ("stepped_back", {"reason": reason}) if reason else None
    given_to = GIVEN_TO.fullmatch(note)
    if given_to:
        return "given_to", {"name": given_to["name"]}
    return None


def words_to_kinds(apps, schema_editor):
    StageChange = apps.get_model("outreach", "StageChange")
    for change in StageChange.objects.filter(kind="").exclude(note="").only("note").iterator():
        found = kind_from_english(change.note)
        if found:
            StageChange.objects.filter(pk=change.pk).update(kind=found[0], params=found[1], note="")


def kinds_to_words(apps, schema_editor):
    StageChange = apps.get_model("outreach", "StageChange")
    reasons = {code: words for words, code in STEP_BACK_REASONS.items()}
    for change in StageChange.objects.exclude(kind="").only("kind", "params").iterator():
        if change.kind == "given_to":
            note = f"Given to {change.params.get('name', '')}"
        elif change.kind == "stepped_back":
            note = f"Stepped back: {reasons[change.params['reason']]}"
        else:
            note = {code: words for words, code in SIMPLE.items()}[change.kind]
        StageChange.objects.filter(pk=change.pk).update(note=note, kind="", params={})


class Migration(migrations.Migration):

    dependencies = [
        ("outreach", "0002_referral_sources"),
    ]

    operations = [
        migrations.AddField(
            model_name="stagechange",
            name="kind",
            field=models.CharField(blank=True, max_length=20),
        ),
        migrations.AddField(
            model_name="stagechange",
            name="params",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.RunPython(words_to_kinds, kinds_to_words),
    ]
