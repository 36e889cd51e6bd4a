"""Running totals of each supervisee's 1:1s (Attendee.one_to_ones_so_far and held_so_far),
kept up to date as places change, so the funder report counts anyone's 1:1s in any period
from two index probes a person (supervision/figures.py one_to_ones_held), never by reading
the period's places.

A place is counted when it is a place in a 1:1 that is not cancelled, and not the
organiser's own: exactly the places the report has always counted. A counted place carries
how many counted places the person has had up to and including it, in order of start then
id, and how many of those they attended; every other place carries none.

1. A write that adds, moves, cancels, deletes or marks places in a 1:1 first locks the people
   whose places change and the organiser (one_to_one_places_lock: their user rows, FOR NO KEY
   UPDATE, which a new place's foreign key check never waits for), before it touches the
   meeting, its series or the places, so two writes for one person go one after the other
   and never deadlock.
2. After writing, in the same transaction, it numbers those people's places again from the
   earliest start it changed (one_to_one_totals_renumber): the totals at the last counted
   place before that start, plus a running count (a window function) over the places from
   it on. Only places still to come are usually renumbered: a week or twelve per person.
3. one_to_one_totals_rebuild numbers everyone's places again from scratch, a batch of people
   at a time with their rows locked: the nightly task (it puts right anything changed by
   other means, such as a meeting deleted in the admin), the bench and demo builders and
   the management command call it. It returns how many places were wrong.
"""

from django.contrib.auth import get_user_model
from django.db import connection, transaction

from supervision.models import Attendance, Attendee, Kind, MeetingSeries, Occurrence

User = get_user_model()

# How many people the rebuild numbers again in one transaction.
REBUILD_BATCH = 1000


def one_to_one_places_lock(*, series, person_ids):
    """Lock the people whose places in `series`'s meetings are about to change, and return
    their ids (the organiser's own places are never counted, so they are left out). A group
    meeting's places are never counted: none are returned for it. Call first, inside the
    transaction that writes.

    The organiser is locked as well, in the same id-ordered statement, so two writes that
    give one supervisor places (two bookings at once, say) take turns. The second then finds
    the first's places and says so, instead of both waiting on each other's uncommitted
    places in the no-overlap constraint, which PostgreSQL ends as a deadlock (a server error)."""
    people = sorted(set(person_ids) - {series.organiser_id}) if series.kind == Kind.ONE_TO_ONE else []
    people_lock(sorted({*people, series.organiser_id}))
    return people


def people_lock(person_ids):
    """Lock these people's user rows until the transaction ends, in id order."""
    if person_ids:
        list(
            User.objects.filter(pk__in=person_ids).order_by("pk").select_for_update(no_key=True)
            .values_list("pk", flat=True)
        )


def _name(model):
    return connection.ops.quote_name(model._meta.db_table)


def _renumber(*, person_ids, since):
    """Number again the places of `person_ids` (everyone's if None) from `since` on (all of
    them if None), in one statement. Returns how many places' totals changed."""
    attendee, occurrence, series, user = _name(Attendee), _name(Occurrence), _name(MeetingSeries), _name(User)
    counted = "ser.kind = %s AND occ.cancelled_at IS NULL AND place.person_id <> ser.organiser_id"
    filters, filter_params = "", []
    if person_ids is not None:
        filters += f" AND place.person_id IN ({', '.join(['%s'] * len(person_ids))})"
        filter_params += list(person_ids)
    base, base_params = "", []
    if since is not None:
        # As the ORM would pass it (SQLite compares the text it stores).
        since = connection.ops.adapt_datetimefield_value(since)
        filters += " AND place.starts_at >= %s"
        filter_params.append(since)
        # Each person's totals at their last counted place before `since`, which this leaves as they are.
        base = (
            f"LEFT JOIN (SELECT previous.person_id, previous.one_to_ones_so_far AS so_far, "
            f"previous.held_so_far AS held FROM {attendee} previous WHERE previous.id IN ("
            f"SELECT (SELECT earlier.id FROM {attendee} earlier WHERE earlier.person_id = person.id "
            f"AND earlier.one_to_ones_so_far IS NOT NULL AND earlier.starts_at < %s "
            f"ORDER BY earlier.starts_at DESC, earlier.id DESC LIMIT 1) "
            f"FROM {user} person WHERE person.id IN ({', '.join(['%s'] * len(person_ids))}))) base "
            f"ON base.person_id = places.person_id"
        )
        base_params = [since, *person_ids]
    so_far, held = ("COALESCE(base.so_far, 0) + ", "COALESCE(base.held, 0) + ") if base else ("", "")
    differs = "IS DISTINCT FROM" if connection.vendor == "postgresql" else "IS NOT"
    sql = (
        f"UPDATE {attendee} SET one_to_ones_so_far = totals.so_far, held_so_far = totals.held FROM ("
        f"SELECT places.id, "
        f"CASE WHEN places.counted = 1 THEN {so_far}SUM(places.counted) OVER running END AS so_far, "
        f"CASE WHEN places.counted = 1 THEN {held}SUM(places.attended) OVER running END AS held "
        f"FROM (SELECT place.id, place.person_id, place.starts_at, "
        f"CASE WHEN {counted} THEN 1 ELSE 0 END AS counted, "
        f"CASE WHEN {counted} AND place.attendance = %s THEN 1 ELSE 0 END AS attended "
        f"FROM {attendee} place JOIN {occurrence} occ ON occ.id = place.occurrence_id "
        f"JOIN {series} ser ON ser.id = occ.series_id "
        # Only 1:1 places can be counted; any other place is looked at only to clear totals it should not have.
        f"WHERE (ser.kind = %s OR place.one_to_ones_so_far IS NOT NULL){filters}) places "
        f"{base} "
        f"WINDOW running AS (PARTITION BY places.person_id ORDER BY places.starts_at, places.id)) totals "
        f"WHERE {attendee}.id = totals.id AND ({attendee}.one_to_ones_so_far {differs} totals.so_far "
        f"OR {attendee}.held_so_far {differs} totals.held)"
    )
    params = [Kind.ONE_TO_ONE, Kind.ONE_TO_ONE, Attendance.ATTENDED, Kind.ONE_TO_ONE, *filter_params, *base_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def one_to_one_totals_renumber(*, person_ids, since):
    """Number these people's places again from `since` (the earliest start a write changed)
    on. Call inside the transaction that wrote, after one_to_one_places_lock."""
    people = sorted(set(person_ids))
    if not people:
        return 0
    with transaction.atomic():
        return _renumber(person_ids=people, since=since)


def one_to_one_totals_rebuild(*, batch=REBUILD_BATCH):
    """Number everyone's places again from scratch, `batch` people at a time, each batch with
    its people locked. Returns how many places had wrong totals (0 when all were kept up to date)."""
    ids = list(User.objects.order_by("pk").values_list("pk", flat=True))
    wrong = 0
    for first in range(0, len(ids), batch):
        people = ids[first:first + batch]
        with transaction.atomic():
            people_lock(people)
            wrong += _renumber(person_ids=people, since=None)
    return wrong
