"""Erasing a first stepper saved "Erased first stepper #N" as their name, in the language of
the request. The name is now blank once erased and FirstStepper.shown_name words it for each
reader: blank the names already erased (an erased row's name is always that marker)."""

from django.db import migrations


def blank_erased_names(apps, schema_editor):
    apps.get_model("outreach", "FirstStepper").objects.exclude(erased_at=None).update(name="")


class Migration(migrations.Migration):
    dependencies = [("outreach", "0005_merge_distance_travelled_and_stage_kinds")]

    operations = [migrations.RunPython(blank_erased_names, migrations.RunPython.noop)]
