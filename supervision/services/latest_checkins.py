"""Each person's latest check-in (supervision.models.LatestCheckIn), kept so the funder
report reads one narrow row a person for a period that runs to today, however many
check-ins there are (supervision/figures.py latest_checkins).

1. Saving a check-in notes it (latest_checkin_note) in the transaction that saves it: one
   upsert that replaces the person's row only when the new check-in is later, by time sent
   and then id, as the report orders them. Two check-ins sent at once, committed in either
   order, leave the later one: the database compares them row by row.
2. Deleting a check-in deletes its row (the foreign key cascades). The retention sweep
   deletes everything sent before its cut-off, so whoever lost their latest check-in there
   has none left. Anything else (a check-in deleted in the admin) leaves the person without
   a row until the nightly rebuild.
3. latest_checkins_rebuild makes every row again from the check-ins: the migration that
   added them, the bench builder (which saves check-ins in bulk) and the nightly task call
   it. It returns how many rows were wrong, missing or left over.
"""

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import F, OuterRef, Subquery

from supervision.models import CheckIn, LatestCheckIn


def _table():
    return connection.ops.quote_name(LatestCheckIn._meta.db_table)


def latest_checkin_note(*, checkin):
    """Keep `checkin` as its person's latest unless they have a later one. Call inside the
    transaction that saved it."""
    table = _table()
    sql = (
        f"INSERT INTO {table} (volunteer_id, checkin_id, submitted_at, who5, caseload) "
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (volunteer_id) DO UPDATE SET "
        "checkin_id = excluded.checkin_id, submitted_at = excluded.submitted_at, "
        "who5 = excluded.who5, caseload = excluded.caseload "
        f"WHERE ({table}.submitted_at, {table}.checkin_id) < (excluded.submitted_at, excluded.checkin_id)"
    )
    # As the ORM would pass the time (SQLite compares the text it stores).
    sent = connection.ops.adapt_datetimefield_value(checkin.submitted_at)
    with connection.cursor() as cursor:
        cursor.execute(sql, [checkin.volunteer_id, checkin.pk, sent, checkin.percentage, checkin.caseload])


def _who5():
    return 4 * sum((F(name) for name in CheckIn.ITEM_FIELDS[1:]), F(CheckIn.ITEM_FIELDS[0]))


def _latest_from_checkins():
    """{volunteer id: (check-in id, sent, WHO-5 %, caseload)} read from the check-ins: a probe
    of the (volunteer, submitted_at) index a person, then their latest check-ins by id."""
    newest = CheckIn.objects.filter(volunteer_id=OuterRef("pk")).order_by("-submitted_at", "-id").values("pk")[:1]
    ids = get_user_model().objects.annotate(latest=Subquery(newest)).exclude(latest=None).values("latest")
    rows = CheckIn.objects.filter(pk__in=ids).annotate(percentage=_who5()).order_by()
    return {
        volunteer: (pk, sent, who5, caseload)
        for volunteer, pk, sent, who5, caseload in rows.values_list(
            "volunteer_id", "pk", "submitted_at", "percentage", "caseload"
        )
    }


def latest_checkins_rebuild():
    """Make every person's row again from the check-ins. Returns how many rows were wrong,
    missing or left over (0 when everything was kept up to date)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # A check-in sent meanwhile waits, then notes itself against the rows made here.
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {_table()} IN EXCLUSIVE MODE")
        kept = {
            volunteer: (pk, sent, who5, caseload)
            for volunteer, pk, sent, who5, caseload in LatestCheckIn.objects.values_list(
                "volunteer_id", "checkin_id", "submitted_at", "who5", "caseload"
            )
        }
        found = _latest_from_checkins()
        wrong = sum(1 for volunteer in kept.keys() | found.keys() if kept.get(volunteer) != found.get(volunteer))
        if wrong:
            LatestCheckIn.objects.all().delete()
            LatestCheckIn.objects.bulk_create(
                LatestCheckIn(volunteer_id=volunteer, checkin_id=pk, submitted_at=sent, who5=who5, caseload=caseload)
                for volunteer, (pk, sent, who5, caseload) in found.items()
            )
    return wrong
