"""Weekly 1:1 series were saved with the title "1:1: X with Y" in the language of the request.
A blank title is now named when read (MeetingSeries.shown_title): blank the titles that are
still the name Waymark gave, in English or Welsh; a title someone typed is kept."""

from django.db import migrations


def _name(user):
    return user.full_name or user.email


def blank_system_titles(apps, schema_editor):
    series = apps.get_model("supervision", "MeetingSeries")
    for one in series.objects.exclude(one_to_one_with=None).exclude(title="").select_related(
        "organiser", "one_to_one_with"
    ):
        volunteer, supervisor = _name(one.one_to_one_with), _name(one.organiser)
        if one.title in (f"1:1: {volunteer} with {supervisor}", f"1:1: {volunteer} gyda {supervisor}"):
            series.objects.filter(pk=one.pk).update(title="")


class Migration(migrations.Migration):
    dependencies = [("supervision", "0007_flag_params_worded_when_read")]

    operations = [migrations.RunPython(blank_system_titles, migrations.RunPython.noop)]
