"""Flags keep their numbers, not a sentence in whichever language was active when they were
raised. Existing details written in English are turned back into numbers; anything else
(a detail saved in another language, or edited) keeps its words and a null `params`."""

import re

from django.db import migrations, models

# The English of each rule's detail when it was stored, as a pattern for its numbers.
ENGLISH = {
    "low_wellbeing": re.compile(r"WHO-5 score is (?P<score>\d+)%\."),
    "very_low_wellbeing": re.compile(r"WHO-5 score is (?P<score>\d+)%\. Contact them soon\."),
    "low_item": re.compile(r"Answered 0 or 1 for: (?P<items>.+)\."),
    "fall": re.compile(r"WHO-5 score fell from (?P<before>\d+)% to (?P<now>\d+)%\."),
    "contact_requested": re.compile(r"Asked their supervisor to contact them\."),
    "caseload": re.compile(r"Supports (?P<caseload>\d+) people; the limit is (?P<cap>\d+)\."),
    "not_reached": re.compile(
        r"(?P<count>\d+) people on their First Steps caseload have not been reached for two weeks\."
    ),
}
ITEMS = {
    "cheerful and in good spirits": "who5_cheerful",
    "calm and relaxed": "who5_calm",
    "active and vigorous": "who5_active",
    "woke up fresh and rested": "who5_rested",
    "daily life filled with things of interest": "who5_interested",
}


def params_from_english(rule, detail):
    """The numbers behind an English detail, or None if it is not exactly what Waymark wrote."""
    pattern = ENGLISH.get(rule)
    found = pattern.fullmatch(detail) if pattern else None
    if found is None:
        return None
    params = found.groupdict()
    if "items" in params:
        names = params["items"].split(", ")
        if not all(name in ITEMS for name in names):
            return None
        return {"items": [ITEMS[name] for name in names]}
    return {key: int(value) for key, value in params.items()}


def words_to_params(apps, schema_editor):
    Flag = apps.get_model("supervision", "Flag")
    for flag in Flag.objects.filter(params__isnull=True).only("rule", "detail").iterator():
        params = params_from_english(flag.rule, flag.detail)
        if params is not None:
            Flag.objects.filter(pk=flag.pk).update(params=params, detail="")


def params_to_english(apps, schema_editor):
    from django.utils import translation

    from supervision.flags import describe

    Flag = apps.get_model("supervision", "Flag")
    with translation.override("en-gb"):
        for flag in Flag.objects.filter(params__isnull=False).only("rule", "params").iterator():
            Flag.objects.filter(pk=flag.pk).update(detail=describe(flag.rule, flag.params), params=None)


class Migration(migrations.Migration):

    dependencies = [
        ("supervision", "0006_merge_first_steppers_flag_into_main"),
    ]

    operations = [
        migrations.AddField(
            model_name="flag",
            name="params",
            field=models.JSONField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="flag",
            name="detail",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.RunPython(words_to_params, params_to_english),
    ]
