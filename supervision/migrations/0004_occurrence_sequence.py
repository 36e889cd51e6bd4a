from django.db import migrations, models


def keep_what_feeds_already_said(apps, schema_editor):
    """Feeds gave moved or cancelled meetings SEQUENCE 1: never go below it."""
    from django.db.models import F, Q

    Occurrence = apps.get_model("supervision", "Occurrence")
    Occurrence.objects.filter(~Q(starts_at=F("original_start")) | Q(cancelled_at__isnull=False)).update(sequence=1)


class Migration(migrations.Migration):

    dependencies = [
        ('supervision', '0003_one_live_one_to_one_series'),
    ]

    operations = [
        migrations.AddField(
            model_name='occurrence',
            name='sequence',
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(keep_what_feeds_already_said, migrations.RunPython.noop),
    ]
