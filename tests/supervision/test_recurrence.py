from datetime import UTC, date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from supervision import recurrence, services
from supervision.models import Attendee, MeetingSeries, Occurrence
from tests.supervision.factories import local, series

pytestmark = pytest.mark.django_db


def local_times(qs):
    return [timezone.localtime(o.starts_at).strftime("%Y-%m-%d %H:%M") for o in qs.order_by("starts_at")]


def test_it_keeps_a_weekly_10am_meeting_at_10am_across_both_clock_changes(supervisor):
    now = local(2026, 3, 1, 9)
    made = series(supervisor, dtstart=local(2026, 3, 18, 10), now=now)
    times = local_times(made.occurrences.all())
    # 29 March 2026: clocks go forward. Still 10:00 local on either side.
    assert times[:3] == ["2026-03-18 10:00", "2026-03-25 10:00", "2026-04-01 10:00"]
    assert all(t.endswith("10:00") for t in times)
    utc = [o.starts_at.astimezone(UTC).hour for o in made.occurrences.order_by("starts_at")[:3]]
    assert utc == [10, 10, 9]


def test_it_keeps_10am_across_october_too(supervisor):
    now = local(2026, 10, 1, 9)
    made = series(supervisor, dtstart=local(2026, 10, 21, 10), now=now)
    times = local_times(made.occurrences.all())
    assert times[:3] == ["2026-10-21 10:00", "2026-10-28 10:00", "2026-11-04 10:00"]


def test_it_puts_fortnightly_information_sharing_in_the_alternate_weeks(supervisor):
    now = local(2026, 1, 1, 9)
    peer = series(supervisor, dtstart=local(2026, 1, 8, 13), rrule="FREQ=WEEKLY;INTERVAL=2", now=now)
    info = series(supervisor, dtstart=local(2026, 1, 15, 13), rrule="FREQ=WEEKLY;INTERVAL=2", now=now)
    peer_days = {o.starts_at.date() for o in peer.occurrences.all()}
    info_days = {o.starts_at.date() for o in info.occurrences.all()}
    assert not peer_days & info_days
    weeks = sorted(peer_days | info_days)
    # Together they make one meeting every week, alternating.
    assert all(b - a == timedelta(days=7) for a, b in zip(weeks, weeks[1:], strict=False))
    assert len(peer_days) == len(info_days) == 7  # 12 weeks ahead of each first meeting


def test_it_skips_bank_holidays_in_england_and_wales(supervisor):
    now = local(2026, 4, 1, 9)
    made = series(supervisor, dtstart=local(2026, 4, 27, 10), skip_bank_holidays=True, now=now)
    days = {timezone.localtime(o.starts_at).date() for o in made.occurrences.all()}
    assert date(2026, 5, 4) not in days  # Early May bank holiday
    assert date(2026, 5, 25) not in days  # Spring bank holiday
    assert date(2026, 5, 11) in days


def test_it_refuses_a_rule_that_produces_no_dates_and_saves_nothing(supervisor):
    before = MeetingSeries.objects.count()
    with pytest.raises(ValidationError, match="no meeting dates"):
        series(supervisor, rrule="FREQ=WEEKLY;UNTIL=20200101T000000", dtstart=local(2030, 1, 1, 10),
               now=local(2029, 12, 1))
    with pytest.raises(ValidationError, match="cannot use that repeat rule"):
        series(supervisor, rrule="FREQ=SOMETIMES")
    assert MeetingSeries.objects.count() == before


def test_it_never_duplicates_when_storing_ahead_again(supervisor):
    now = local(2026, 1, 5, 9)
    made = series(supervisor, dtstart=local(2026, 1, 7, 10), now=now)
    count = made.occurrences.count()
    services.occurrences_materialise(series=made, until=now + services.HORIZON, now=now)
    made.materialised_until = None
    made.save()
    services.occurrences_materialise(series=made, until=now + services.HORIZON, now=now)
    assert made.occurrences.count() == count


def test_it_moves_one_occurrence_without_the_rule_bringing_it_back(supervisor, volunteer_user):
    now = local(2026, 1, 5, 9)
    made = series(supervisor, members=[volunteer_user], dtstart=local(2026, 1, 7, 10), now=now)
    second = made.occurrences.order_by("starts_at")[1]
    services.occurrence_move(occurrence=second, starts_at=local(2026, 1, 15, 15), by=supervisor, now=now)
    made.materialised_until = None
    made.save()
    services.series_extend_all(now=now)
    times = local_times(made.occurrences.all())
    assert "2026-01-14 10:00" not in times
    assert times[1] == "2026-01-15 15:00"
    assert Attendee.objects.filter(occurrence=second, starts_at=local(2026, 1, 15, 15)).count() == 2


def test_it_cancels_one_occurrence_and_frees_the_time(supervisor, volunteer_user):
    now = local(2026, 1, 5, 9)
    made = series(supervisor, members=[volunteer_user], dtstart=local(2026, 1, 7, 10), now=now)
    first = made.occurrences.order_by("starts_at").first()
    services.occurrence_cancel(occurrence=first, by=supervisor, now=now)
    first.refresh_from_db()
    assert first.is_cancelled
    assert not Attendee.objects.filter(occurrence=first, active=True).exists()
    # The time is free for another meeting now.
    other = series(supervisor, members=[volunteer_user], dtstart=local(2026, 1, 7, 10),
                   rrule="FREQ=WEEKLY;COUNT=1", now=now)
    assert other.occurrences.count() == 1


def test_it_splits_this_and_all_following_without_duplicates(supervisor, volunteer_user):
    now = local(2026, 1, 5, 9)
    made = series(supervisor, members=[volunteer_user], dtstart=local(2026, 1, 7, 10), now=now)
    total_weeks = made.occurrences.count()
    fourth = made.occurrences.order_by("starts_at")[3]  # 28 January
    new = services.series_split(occurrence=fourth, starts_at=local(2026, 1, 29, 14), by=supervisor, now=now)
    old_times = local_times(made.occurrences.all())
    new_times = local_times(new.occurrences.all())
    assert old_times == ["2026-01-07 10:00", "2026-01-14 10:00", "2026-01-21 10:00"]
    assert new_times[:2] == ["2026-01-29 14:00", "2026-02-05 14:00"]
    assert all(t.endswith("14:00") for t in new_times)
    # The sweep storing ahead again adds nothing twice, to either series.
    services.series_extend_all(now=now)
    services.series_extend_all(now=now)
    made.refresh_from_db()
    assert "UNTIL=20260128T095959" in made.rrule
    assert local_times(made.occurrences.all()) == old_times
    starts = [o.starts_at.date() for o in Occurrence.objects.filter(series__in=[made, new])]
    assert len(starts) == len(set(starts))
    weeks = {(d.isocalendar()[0], d.isocalendar()[1]) for d in starts}
    # One meeting a week, every week (the horizon moves on with the sweep).
    assert len(weeks) == len(starts) >= total_weeks - 1


def test_it_keeps_a_count_when_splitting(supervisor):
    now = local(2026, 1, 5, 9)
    made = series(supervisor, dtstart=local(2026, 1, 7, 10), rrule="FREQ=WEEKLY;COUNT=6", now=now)
    third = made.occurrences.order_by("starts_at")[2]
    new = services.series_split(occurrence=third, starts_at=local(2026, 1, 22, 11), by=supervisor, now=now)
    assert made.occurrences.count() + new.occurrences.count() == 6


def test_it_cancels_this_and_all_following(supervisor):
    now = local(2026, 1, 5, 9)
    made = series(supervisor, dtstart=local(2026, 1, 7, 10), now=now)
    third = made.occurrences.order_by("starts_at")[2]
    services.series_cancel_following(occurrence=third, by=supervisor, now=now)
    services.series_extend_all(now=now + timedelta(days=30))
    assert local_times(made.occurrences.all()) == ["2026-01-07 10:00", "2026-01-14 10:00"]


def test_it_describes_common_rules():
    assert recurrence.describe("FREQ=WEEKLY;INTERVAL=2") == "Every two weeks"
    assert recurrence.normalise_rule("rrule: freq=weekly") == "FREQ=WEEKLY"


def test_it_gives_a_new_volunteer_a_place_in_all_volunteer_meetings_already_stored(manager, volunteer_user):
    from people.status import Status
    from tests.factories import volunteer

    made = series(manager, all_volunteers=True, dtstart=timezone.now() + timedelta(days=2))
    assert Attendee.objects.filter(occurrence__series=made, person=volunteer_user).count() == made.occurrences.count()
    newcomer = volunteer(user__full_name="Nia Newcomer")
    services.series_extend_all()
    assert Attendee.objects.filter(occurrence__series=made, person=newcomer).count() == made.occurrences.count()
    profile = volunteer_user.volunteer_profile
    profile.status = Status.LEFT
    profile.save()
    services.series_extend_all()
    assert not Attendee.objects.filter(occurrence__series=made, person=volunteer_user).exists()
