import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def mark_existing_series(apps, schema_editor):
    """Series already ended with UNTIL are ended; each ongoing 1:1 series gets its volunteer. Where a
    pair already has several live 1:1 series (booked twice before this rule), only the newest
    is marked as theirs, so the migration never fails; the others stay in the diary as they were."""
    from django.utils import timezone

    MeetingSeries = apps.get_model("supervision", "MeetingSeries")
    MeetingSeries.objects.filter(rrule__contains="UNTIL=").update(ended_at=timezone.now())
    taken = set()
    live = (
        MeetingSeries.objects.filter(kind="one_to_one", ended_at=None).exclude(rrule__contains="COUNT=")
        .order_by("-created_at", "-id")
    )
    for series in live.prefetch_related("members"):
        others = [m.pk for m in series.members.all() if m.pk != series.organiser_id]
        if len(others) != 1 or (series.organiser_id, others[0]) in taken:
            continue
        taken.add((series.organiser_id, others[0]))
        MeetingSeries.objects.filter(pk=series.pk).update(one_to_one_with_id=others[0])


class Migration(migrations.Migration):

    dependencies = [
        ('supervision', '0002_no_double_booking'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='meetingseries',
            name='ended_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='meetingseries',
            name='one_to_one_with',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.RunPython(mark_existing_series, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='meetingseries',
            constraint=models.UniqueConstraint(condition=models.Q(('ended_at', None), ('one_to_one_with__isnull', False)), fields=('organiser', 'one_to_one_with'), name='supervision_one_live_one_to_one_series'),
        ),
    ]
