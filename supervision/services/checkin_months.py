"""The check-in months (supervision.models.CheckInMonth): a row a local month with the
check-ins sent in it counted, kept up to date as check-ins come and go, so the funder
report's monthly wellbeing figures never read the check-ins of whole months.

1. A new check-in adds itself to its month (checkin_month_add), in the transaction that
   saves it: the month's row is locked first, then "is this the person's first check-in
   this month?" is asked of the check-ins themselves, so two check-ins sent at once by the
   same person count them once (the second waits for the first to commit, then sees it).
2. Deleting check-ins (the retention sweep) counts the months they were in again from the
   check-ins left (checkin_months_recount): a month's worth of rows at most, once a day.
3. checkin_months_rebuild makes every row again from the check-ins: the migration that
   added them, the bench and demo builders (which save check-ins in bulk), and a nightly
   task (anything deleted by other means, such as a user deleted in the admin, is put right
   there) call it.
"""

from datetime import date, datetime, time

from django.db import connection, transaction
from django.db.models import Count, DateField, F, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from supervision.models import CheckIn, CheckInMonth


def month_of(moment):
    """The first day of the local month `moment` falls in."""
    return timezone.localtime(moment).date().replace(day=1)


def month_bounds(month):
    """[start, end) of a local month, as aware datetimes."""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return tuple(timezone.make_aware(datetime.combine(day, time.min)) for day in (month, following))


def _items():
    return sum((F(name) for name in CheckIn.ITEM_FIELDS[1:]), F(CheckIn.ITEM_FIELDS[0]))


def _locked(month):
    """The month's row, made if missing, locked until the transaction ends."""
    CheckInMonth.objects.bulk_create([CheckInMonth(month=month)], ignore_conflicts=True)
    return CheckInMonth.objects.select_for_update().get(month=month)


def checkin_month_add(*, checkin):
    """Count a check-in just saved in its month. Call inside the transaction that saved it."""
    month = month_of(checkin.submitted_at)
    row = _locked(month)
    start, end = month_bounds(month)
    seen_before = (
        CheckIn.objects.filter(volunteer_id=checkin.volunteer_id, submitted_at__gte=start, submitted_at__lt=end)
        .exclude(pk=checkin.pk)
        .exists()
    )
    CheckInMonth.objects.filter(pk=row.pk).update(
        checkins=F("checkins") + 1, items=F("items") + checkin.raw_score, people=F("people") + (0 if seen_before else 1)
    )


def _counted(checkins):
    """{month: {"checkins", "items", "people"}} of `checkins`, by local month, in one query."""
    rows = (
        checkins.annotate(month=TruncMonth("submitted_at", output_field=DateField()))
        .values("month")
        .annotate(checkins=Count("id"), items=Sum(_items()), people=Count("volunteer_id", distinct=True))
        .order_by()
    )
    return {row.pop("month"): row for row in rows}


def checkin_months_recount(*, months):
    """Count the given months again from the check-ins in them (after check-ins were
    deleted); a month left with none loses its row."""
    with transaction.atomic():
        for month in sorted(set(months)):
            row = _locked(month)
            start, end = month_bounds(month)
            counted = _counted(CheckIn.objects.filter(submitted_at__gte=start, submitted_at__lt=end)).get(month)
            if counted is None:
                row.delete()
            else:
                CheckInMonth.objects.filter(pk=row.pk).update(**counted)


def checkin_months_deleted_before(*, cutoff):
    """After every check-in sent before `cutoff` was deleted: the months wholly before it
    lose their rows and the month it falls in is counted again."""
    with transaction.atomic():
        CheckInMonth.objects.filter(month__lt=month_of(cutoff)).delete()
        checkin_months_recount(months=[month_of(cutoff)])


def checkin_months_rebuild():
    """Make every month's row again from all the check-ins. Returns how many rows were
    wrong, missing or left over (0 when everything was kept up to date)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # New check-ins wait until the rows are made again, then add themselves to them.
            table = connection.ops.quote_name(CheckInMonth._meta.db_table)
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
        kept = {row.pop("month"): row for row in CheckInMonth.objects.values("month", "checkins", "items", "people")}
        counted = _counted(CheckIn.objects.all())
        if kept == counted:
            return 0
        CheckInMonth.objects.all().delete()
        CheckInMonth.objects.bulk_create(CheckInMonth(month=month, **row) for month, row in counted.items())
    wrong = sum(1 for month in kept.keys() | counted.keys() if kept.get(month) != counted.get(month))
    return wrong
