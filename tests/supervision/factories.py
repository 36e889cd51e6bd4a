"""Helpers for supervision tests: assignments, availability and series at known local times."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from people.models import SupervisorAssignment
from supervision import services
from supervision.models import Availability, Kind
from supervision.recurrence import localise


def assign(volunteer, supervisor, *, started_on=None):
    return SupervisorAssignment.objects.create(
        volunteer=volunteer, supervisor=supervisor, started_on=started_on or timezone.localdate() - timedelta(days=30)
    )


def free_all_week(supervisor, start=time(9, 0), end=time(17, 0)):
    for weekday in range(7):
        Availability.objects.create(supervisor=supervisor, weekday=weekday, starts_at=start, ends_at=end)


def local(year, month, day, hour=10, minute=0):
    return localise(datetime(year, month, day, hour, minute))


def next_weekday_at(weekday, hour, minute=0, weeks_ahead=1):
    """A London wall-clock time on the given weekday at least a week ahead."""
    today = timezone.localdate()
    day = today + timedelta(days=(weekday - today.weekday()) % 7 + 7 * weeks_ahead)
    return localise(datetime.combine(day, time(hour, minute)))


def series(organiser, *, members=(), kind=Kind.PEER_GROUP, dtstart=None, rrule="FREQ=WEEKLY", minutes=60,
           skip_bank_holidays=False, now=None, **kwargs):
    return services.series_create(
        kind=kind, title=kwargs.pop("title", "Test meeting"), organiser=organiser, members=list(members),
        dtstart=dtstart or next_weekday_at(2, 10), rrule=rrule, duration_minutes=minutes,
        skip_bank_holidays=skip_bank_holidays, by=organiser, now=now, **kwargs,
    )


def one_to_one(supervisor, volunteer, *, dtstart=None, now=None):
    return series(supervisor, members=[volunteer], kind=Kind.ONE_TO_ONE, dtstart=dtstart, minutes=30, now=now,
                  title=f"1:1 {volunteer}")


def ensure_migration_data():
    """Roles and the community placement, which the migrations make. A transactional test
    elsewhere that ends without serialized rollback empties them; put them back if so."""
    from django.contrib.auth.models import Group

    from people.models import Placement
    from people.roles import Role

    for role in Role:
        Group.objects.get_or_create(name=role.value)
    Placement.objects.get_or_create(slug="community", defaults={"name": "Community"})
