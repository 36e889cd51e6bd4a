"""Stored summaries kept their rules' labels and details as text in the language of the
request that judged them. They now keep words (readiness/wording.py), worded when read: mark
every summary out of date, so each is judged again (the board says "being worked out again").
"""

from django.db import migrations
from django.utils import timezone


def mark_everyone_out_of_date(apps, schema_editor):
    settings = apps.get_model("readiness", "ReadinessSettings")
    now = timezone.now()
    if not settings.objects.filter(pk=1).update(rules_changed_at=now):
        settings.objects.create(pk=1, rules_changed_at=now)


class Migration(migrations.Migration):
    dependencies = [("readiness", "0005_checks_tracked_as_they_happen")]

    operations = [migrations.RunPython(mark_everyone_out_of_date, migrations.RunPython.noop)]
