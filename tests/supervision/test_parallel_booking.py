"""Nobody is ever in two meetings at once, even when bookings race (PostgreSQL only)."""

from concurrent.futures import ThreadPoolExecutor
from datetime import time, timedelta

import pytest
from django.db import OperationalError, connection, connections, transaction
from django.urls import reverse
from django.utils import timezone

from people.models import User
from supervision.models import Attendee, Kind, MeetingSeries
from supervision.services.booking import one_to_one_book
from supervision.services.meetings import series_create, series_members_change
from tests.factories import volunteer
from tests.races import all_at_once, signed_in
from tests.supervision.factories import assign, ensure_migration_data, free_all_week, next_weekday_at

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    ensure_migration_data()


def test_it_lets_exactly_one_of_many_parallel_bookings_for_one_slot_win(supervisor):
    free_all_week(supervisor, time(9), time(12))
    people = [volunteer(user__full_name=f"Racer {n}") for n in range(6)]
    for person in people:
        assign(person, supervisor)
    start = next_weekday_at(1, 10)
    slot = timezone.localtime(start).strftime("%Y-%m-%dT%H:%M")
    def book(prepared):
        person, client = prepared
        response = client.post(reverse("supervision:book", args=[person.pk]), {"slot": slot})
        return response.status_code, response.content.decode()

    results = all_at_once(book, people, ready=lambda person: (person, signed_in(supervisor)))

    codes = sorted(code for code, _ in results)
    assert codes == [200] * (len(people) - 1) + [302]
    for code, body in results:
        if code == 200:
            assert "Nothing was saved" in body
    assert MeetingSeries.objects.count() == 1
    # The supervisor holds exactly one place at that time.
    assert Attendee.objects.filter(person=supervisor, starts_at=start, active=True).count() == 1


def test_it_refuses_overlapping_places_in_the_database_itself(supervisor, other_supervisor):
    from django.db import IntegrityError

    from supervision.models import Occurrence

    start = next_weekday_at(1, 10)
    made = MeetingSeries.objects.create(kind=Kind.TEAM, title="Raw", organiser=other_supervisor, dtstart=start,
                                        rrule="FREQ=WEEKLY")
    first = Occurrence.objects.create(series=made, original_start=start, starts_at=start,
                                      ends_at=start + timedelta(hours=1))
    second = Occurrence.objects.create(series=made, original_start=start + timedelta(minutes=30),
                                       starts_at=start + timedelta(minutes=30),
                                       ends_at=start + timedelta(minutes=90))
    Attendee.objects.create(occurrence=first, person=supervisor, starts_at=first.starts_at, ends_at=first.ends_at)
    with pytest.raises(IntegrityError, match="supervision_attendee_no_overlap"):
        Attendee.objects.create(occurrence=second, person=supervisor, starts_at=second.starts_at,
                                ends_at=second.ends_at)


def test_a_booking_holds_its_supervisor_until_it_is_saved(supervisor):
    """Why the race above ends with one booking and five clear messages, never a server error:
    storing a series' weeks locks the organiser too, so a second booking with the same
    supervisor waits for the first to finish and then finds its places. Without that lock,
    both insert places for the same times at once and PostgreSQL's no-overlap check makes
    each wait for the other: a deadlock, seen once in CI."""
    free_all_week(supervisor, time(9), time(12))
    person = volunteer(user__full_name="First Booker")
    assign(person, supervisor)

    with ThreadPoolExecutor(max_workers=1) as other:
        with transaction.atomic():
            one_to_one_book(supervisor=supervisor, volunteer=person, starts_at=next_weekday_at(1, 10), by=supervisor)
            assert other.submit(_row_from_another_connection, supervisor.pk).result() == "held"
        assert other.submit(_row_from_another_connection, supervisor.pk).result() == "free"


def test_adding_someone_to_a_group_holds_them_until_it_is_saved(supervisor):
    """The same for a group: a 1:1 booked for someone at the moment they are added to a group
    waits for the group's change, then finds their new places (or the other way round)."""
    joiner = volunteer(user__full_name="Group Joiner")
    group = series_create(kind=Kind.PEER_GROUP, title="Peer group", organiser=supervisor,
                          dtstart=next_weekday_at(2, 14), rrule="FREQ=WEEKLY", duration_minutes=60, by=supervisor)

    with ThreadPoolExecutor(max_workers=1) as other:
        with transaction.atomic():
            series_members_change(series=group, members=[joiner], from_day=timezone.localdate(), by=supervisor)
            assert other.submit(_row_from_another_connection, joiner.pk).result() == "held"
            assert other.submit(_row_from_another_connection, supervisor.pk).result() == "held"
        assert other.submit(_row_from_another_connection, joiner.pk).result() == "free"


def _row_from_another_connection(user_id):
    """Whether another transaction could lock this person's row now: "held" or "free"."""
    try:
        with transaction.atomic():
            list(User.objects.select_for_update(no_key=True, nowait=True).filter(pk=user_id))
        return "free"
    except OperationalError:
        return "held"
    finally:
        connections.close_all()
