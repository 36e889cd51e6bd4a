"""iCalendar files: a person's feed and single meetings, in Europe/London time with a VTIMEZONE."""

from datetime import date, timedelta
from functools import lru_cache

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, vText

from supervision.recurrence import london


@lru_cache(maxsize=4)
def _vtimezone(tzid, year):
    # Building a VTIMEZONE is slow; one per year is plenty for a feed of a few months.
    return Timezone.from_tzid(tzid, first_date=date(year - 1, 1, 1), last_date=date(year + 3, 1, 1))


def _event(occurrence, person=None):
    series = occurrence.series
    event = Event()
    event.add("uid", f"occurrence-{occurrence.pk}@{settings.SITE_URL.split('://')[-1]}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", occurrence.starts_at.astimezone(london()))
    event.add("dtend", occurrence.ends_at.astimezone(london()))
    summary = occurrence.title_for(person)
    event.add("summary", summary)
    if series.place or series.online_link:
        event.add("location", series.place or series.online_link)
    # Named from the reader's side, the meeting's own title opens the description.
    description = [f"{series.shown_title}\n", series.get_kind_display()] if summary != series.shown_title else [
        series.get_kind_display()
    ]
    if series.online_link:
        description.append(series.online_link)
    description.append(settings.SITE_URL + reverse("supervision:meeting", args=[occurrence.pk]))
    event.add("description", "\n".join(str(part) for part in description))
    event.add("status", "CANCELLED" if occurrence.is_cancelled else "CONFIRMED")
    # Raised by every change (supervision.services.meetings), so calendar apps take each one.
    event.add("sequence", occurrence.sequence)
    return event


def _next_step_event(first_stepper):
    """A planned First Steps contact. Calendars are shared and synced beyond Waymark, so the
    event names nobody: the link opens the person's page behind the sign-in."""
    event = Event()
    event.add("uid", f"first-steps-{first_stepper.pk}-{first_stepper.next_contact_at:%Y%m%d%H%M}"
                     f"@{settings.SITE_URL.split('://')[-1]}")
    event.add("dtstamp", timezone.now())
    start = first_stepper.next_contact_at.astimezone(london())
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=15))
    event.add("summary", vText(str(_("First Steps contact"))))
    event.add("description", settings.SITE_URL + reverse("outreach:first_stepper", args=[first_stepper.pk]))
    return event


def calendar_for(occurrences, *, name, person=None, next_steps=()):
    calendar = Calendar()
    calendar.add("prodid", "-//Waymark//Supervision//EN")
    calendar.add("version", "2.0")
    # An X- property is not escaped unless it is given as text: a line break in a name or a
    # title would otherwise break the file (or, with assertions off, start a property of its own).
    calendar.add("x-wr-calname", vText(name))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add_component(_vtimezone(settings.TIME_ZONE, timezone.localdate().year))
    for occurrence in occurrences:
        calendar.add_component(_event(occurrence, person))
    for first_stepper in next_steps:
        calendar.add_component(_next_step_event(first_stepper))
    return calendar.to_ical()
