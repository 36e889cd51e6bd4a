from django.db import migrations

DEFAULT_CHECKS = [
    # (name, renew after months, position)
    ("DBS check", 36, 1),
    ("First reference", None, 2),
    ("Second reference", None, 3),
]


def forwards(apps, schema_editor):
    CheckType = apps.get_model("readiness", "CheckType")
    ReadinessSettings = apps.get_model("readiness", "ReadinessSettings")
    for name, renewal, position in DEFAULT_CHECKS:
        CheckType.objects.get_or_create(name=name, defaults={"renewal_months": renewal, "position": position})
    ReadinessSettings.objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("readiness", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
