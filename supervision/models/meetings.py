from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ONE_TO_ONE = "one_to_one", _("1:1")
    PEER_GROUP = "peer_group", _("Peer group")
    INFORMATION_SHARING = "information_sharing", _("Information sharing")
    TEAM = "team", _("Team meeting or training")
    DEVELOPMENT_GROUP = "development_group", _("Volunteer Development Group")
    MORNING = "morning", _("Morning meeting")
    COACHING = "coaching", _("External coaching")


class MeetingSeriesQuerySet(models.QuerySet):
    def live(self):
        """Series not ended by "this and all following" (moved or cancelled from a date on)."""
        return self.filter(ended_at=None)


class MeetingSeries(models.Model):
    """A meeting that repeats by an RFC 5545 rule from a first Europe/London wall-clock time.

    Its occurrences are stored ahead for a rolling horizon. "This and all following" ends a
    series with UNTIL (and `ended_at`) and starts a new one (`split_from`), so nothing is
    ever made twice. A supervisor has at most one live weekly 1:1 series with each
    volunteer (`one_to_one_with`), which the database enforces.
    """

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=150)
    duration_minutes = models.PositiveSmallIntegerField(_("length in minutes"), default=30)
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    organiser = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="organised_series")
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="meeting_series", blank=True)
    all_volunteers = models.BooleanField(_("all volunteers"), default=False)
    dtstart = models.DateTimeField(_("first meeting"))
    rrule = models.CharField(_("repeats"), max_length=500)
    skip_bank_holidays = models.BooleanField(_("skip bank holidays"), default=True)
    materialised_until = models.DateTimeField(null=True, blank=True)
    split_from = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    # The volunteer of a 1:1 series; empty for group meetings.
    one_to_one_with = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # When "this and all following" ended the series (moved to a new series or cancelled).
    ended_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # When the people in a booked 1:1 were e-mailed about it: claimed once, so they hear once.
    booking_told_at = models.DateTimeField(null=True, blank=True)

    objects = MeetingSeriesQuerySet.as_manager()

    class Meta:
        ordering = ["dtstart", "id"]
        verbose_name_plural = "meeting series"
        constraints = [
            models.UniqueConstraint(
                fields=["organiser", "one_to_one_with"],
                condition=models.Q(ended_at=None, one_to_one_with__isnull=False),
                name="supervision_one_live_one_to_one_series",
            ),
        ]

    def __str__(self):
        return self.shown_title

    @property
    def shown_title(self):
        """The title a person gave it, or for a 1:1 series Waymark named (blank title) "1:1: X
        with Y" in the reader's language: a saved title is never translated."""
        if self.title or not self.one_to_one_with_id:
            return self.title
        return _("1:1: %(volunteer)s with %(supervisor)s") % {
            "volunteer": self.one_to_one_with, "supervisor": self.organiser
        }

    @property
    def is_one_to_one(self):
        return self.kind == Kind.ONE_TO_ONE


class OccurrenceQuerySet(models.QuerySet):
    def scheduled(self):
        return self.filter(cancelled_at=None)

    def upcoming(self, now=None):
        return self.scheduled().filter(ends_at__gt=now or timezone.now())


class Occurrence(models.Model):
    """One meeting in a series. `original_start` is the time the rule gave it and never changes,
    so moving or cancelling it can never make the rule produce it again."""

    series = models.ForeignKey(MeetingSeries, on_delete=models.CASCADE, related_name="occurrences")
    original_start = models.DateTimeField()
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    cancelled_at = models.DateTimeField(null=True, blank=True)
    topics = models.TextField(_("topics covered"), blank=True)
    # The iCalendar SEQUENCE: raised by every change to the time, place or status, so calendar
    # apps take each change (a second move, a move back, a cancellation).
    sequence = models.PositiveIntegerField(default=0)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["series", "original_start"], name="supervision_occurrence_once"),
        ]
        indexes = [models.Index(fields=["starts_at"])]

    def __str__(self):
        return f"{self.series.shown_title}, {timezone.localtime(self.starts_at):%d %b %Y %H:%M}"

    def title_for(self, person):
        """The meeting's name as `person` says it: a 1:1 is "1:1 with" the other person
        (read from the series' organiser and the prefetched attendees); others keep their title."""
        series = self.series
        if series.kind != Kind.ONE_TO_ONE or person is None or not getattr(person, "pk", None):
            return series.shown_title
        if person.pk != series.organiser_id:
            other = series.organiser
        elif "attendees" in getattr(self, "_prefetched_objects_cache", {}):
            other = next((a.person for a in self.attendees.all() if a.person_id != person.pk), None)
        else:
            # Not read with the meeting: its title says who it is with, without another query.
            other = None
        if other is None:
            return series.shown_title
        return _("1:1 with %(name)s") % {"name": other}

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None

    @property
    def is_moved(self):
        return self.starts_at != self.original_start


class Attendance(models.TextChoices):
    ATTENDED = "attended", _("Attended")
    APOLOGIES = "apologies", _("Sent apologies")
    DID_NOT_ATTEND = "did_not_attend", _("Did not attend")
    CANCELLED = "cancelled", _("Cancelled")


# The places the funder report counts as a supervisee's 1:1s: a place in a 1:1 that is not
# cancelled, other than the organiser's. Only these have running totals (Attendee.one_to_ones_so_far).
ONE_TO_ONE_TOTALS = "supervision_one_to_one_totals"


class Attendee(models.Model):
    """A person's place in one meeting, with its time copied here so that PostgreSQL can refuse
    two overlapping places for one person (an exclusion constraint added in migration 0002).

    A supervisee's place in a 1:1 that is not cancelled also carries running totals: how many
    such places the person has had up to and including this one (in order of start, then id),
    and how many of those they attended. Their 1:1s in any period are then the totals at the
    last place before its end less those at the last place before its start, two probes of
    the index below, however long the period (supervision/services/one_to_one_totals.py keeps
    them up to date; every other place has none)."""

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="attendees")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_places")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    # False once the meeting is cancelled: the time is free again.
    active = models.BooleanField(default=True)
    attendance = models.CharField(_("attendance"), max_length=20, choices=Attendance.choices, blank=True)
    one_to_ones_so_far = models.PositiveIntegerField(null=True, blank=True, editable=False)
    held_so_far = models.PositiveIntegerField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["occurrence__starts_at", "person__full_name"]
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "person"], name="supervision_attendee_once"),
        ]
        indexes = [
            models.Index(fields=["person", "starts_at"]),
            # The totals are in the index too, so each probe reads the index alone.
            models.Index(
                fields=["person", "starts_at", "id", "one_to_ones_so_far", "held_so_far"],
                condition=Q(one_to_ones_so_far__isnull=False),
                name=ONE_TO_ONE_TOTALS,
            ),
        ]

    def __str__(self):
        return f"{self.person} at {self.occurrence}"


ONE_OPEN_MOVE_REQUEST = "supervision_one_open_move_request"


class MoveRequest(models.Model):
    """A volunteer asks to move one 1:1; the supervisor accepts their time or offers another."""

    class State(models.TextChoices):
        OPEN = "open", _("Waiting for the supervisor")
        ACCEPTED = "accepted", _("Moved to the time asked for")
        OFFERED = "offered", _("Moved to another time")

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="move_requests")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    wanted_start = models.DateTimeField(_("new time asked for"))
    reason = models.TextField(_("why"), blank=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.OPEN)
    moved_to = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # When both people were e-mailed about the request, and about the answer: each claimed once.
    request_told_at = models.DateTimeField(null=True, blank=True)
    answer_told_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # The page refuses a second request; this holds when two are sent at the same moment.
            models.UniqueConstraint(fields=["occurrence"], condition=Q(state="open"), name=ONE_OPEN_MOVE_REQUEST),
        ]

    def __str__(self):
        return f"Move {self.occurrence} ({self.state})"
