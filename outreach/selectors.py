"""Reads for caseload pages, each a fixed number of queries however many rows.

Counts are SQL aggregates over the contact log or, for the First Steps report, over the facts
kept from it as it changes (outreach/kept_facts.py); nothing derived is typed in.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Case, Count, Exists, F, IntegerField, Max, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from outreach.distance.selectors import last_reading_on, reading_due
from outreach.models import (
    RELATIONSHIP_CALLS,
    Contact,
    ContactKind,
    FirstStepper,
    Review,
    SupporterDay,
    SupporterTally,
)

NOT_REACHED_DAYS = 14
# "Thinking of stepping back": this many tries in the last four weeks and no connection.
STEP_BACK_TRIES = 3
STEP_BACK_DAYS = 28


def with_contact_facts(queryset, *, now=None):
    """Annotate each first stepper with their connected calls, contacts, and last contacts."""
    now = now or timezone.now()
    return queryset.annotate(
        connected_calls=Count("contacts", filter=Q(contacts__connected_call=True)),
        contact_count=Count("contacts"),
        last_contact_at=Max("contacts__at"),
        last_connected_at=Max("contacts__at", filter=Q(contacts__connected=True)),
        tries_recently=Count("contacts", filter=Q(contacts__at__gte=now - timedelta(days=STEP_BACK_DAYS))),
        connected_recently=Count(
            "contacts", filter=Q(contacts__connected=True, contacts__at__gte=now - timedelta(days=STEP_BACK_DAYS))
        ),
    )


def _decorate(people, now):
    """Plain derived values, from the annotations: no query."""
    cutoff = now - timedelta(days=NOT_REACHED_DAYS)
    for person in people:
        person.has_relationship = person.connected_calls >= RELATIONSHIP_CALLS
        referred = timezone.make_aware(datetime.combine(person.referred_on, datetime.min.time()))
        since = person.last_connected_at or referred
        person.not_reached = person.is_active and since < cutoff
        person.thinking_of_stepping_back = (
            person.is_active and person.tries_recently >= STEP_BACK_TRIES and person.connected_recently == 0
        )
    return people


def caseload_for(peer_supporter, *, include_past=False, now=None):
    """A peer supporter's people, soonest next step first, in one query."""
    now = now or timezone.now()
    people = FirstStepper.objects.filter(peer_supporter=peer_supporter, erased_at=None).select_related("source")
    if not include_past:
        people = people.filter(stepped_back_at=None, opted_out_at=None)
    people = with_contact_facts(people, now=now).annotate(last_reading_on=last_reading_on())
    people = _decorate(list(people.order_by("next_contact_at", "name", "id")), now)
    for person in people:
        person.reading_due = reading_due(person, months=settings.WAYMARK_DISTANCE_REVIEW_MONTHS)
    return people


def first_stepper_facts(first_stepper, *, now=None):
    now = now or timezone.now()
    annotated = with_contact_facts(FirstStepper.objects.filter(pk=first_stepper.pk), now=now).values(
        "connected_calls", "contact_count", "last_contact_at", "last_connected_at", "tries_recently",
        "connected_recently",
    ).get()
    for key, value in annotated.items():
        setattr(first_stepper, key, value)
    return _decorate([first_stepper], now)[0]


def contacts_of(first_stepper):
    return Contact.objects.filter(first_stepper=first_stepper).select_related("by").order_by("-at", "-id")


def missed_call_prompt(contact):
    return contact.kind in (ContactKind.CALL_NO_ANSWER, ContactKind.CALL_VOICEMAIL)


def all_first_steppers(*, search="", holder=None, show="current", now=None):
    """The manager's list: everyone on the books, with whoever holds them."""
    now = now or timezone.now()
    people = FirstStepper.objects.filter(erased_at=None).select_related("peer_supporter__volunteer_profile", "source")
    if show == "current":
        people = people.filter(stepped_back_at=None, opted_out_at=None)
    elif show == "unassigned":
        people = people.filter(peer_supporter=None, stepped_back_at=None, opted_out_at=None)
    elif show == "move_on":
        # Held by someone who paused, left or can no longer sign in: ask the manager to move them on.
        people = people.filter(stepped_back_at=None, opted_out_at=None, peer_supporter__isnull=False).exclude(
            peer_supporter__volunteer_profile__status="active", peer_supporter__is_active=True
        )
    if search:
        people = people.filter(name__icontains=search)
    if holder:
        people = people.filter(peer_supporter_id=holder)
    return _decorate(list(with_contact_facts(people, now=now).order_by("referred_on", "id")), now)


def caseload_counts(peer_supporter_ids, *, now=None):
    """{peer supporter id: {"caseload": n, "not_reached": n}} in one query, for everyone who
    has ever held a first stepper in Waymark: people on the caseload (held, not stepped back,
    not opted out), and of them those without a connected contact for two weeks."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=NOT_REACHED_DAYS)
    recent = Contact.objects.filter(first_stepper=OuterRef("pk"), connected=True, at__gte=cutoff)
    current = Q(stepped_back_at=None, opted_out_at=None, erased_at=None)
    rows = (
        FirstStepper.objects.filter(peer_supporter_id__in=list(peer_supporter_ids))
        .values("peer_supporter_id")
        .annotate(
            caseload=Count("id", filter=current),
            not_reached=Count("id", filter=current & ~Q(Exists(recent)) & Q(referred_on__lt=cutoff.date())),
        )
        .order_by()
    )
    return {row["peer_supporter_id"]: {"caseload": row["caseload"], "not_reached": row["not_reached"]} for row in rows}


def review_for(peer_supporter, *, since, now=None):
    """The 1:1's look at a caseload since the last 1:1, in one query: each person with their
    stage, contacts and connections since, safeguarding concerns raised since, whether they
    are new, not reached for two weeks or someone the supporter may step back from, and the
    latest review."""
    now = now or timezone.now()
    latest_review = Review.objects.filter(first_stepper=OuterRef("pk")).order_by("-at", "-id")
    people = (
        FirstStepper.objects.filter(peer_supporter=peer_supporter, erased_at=None)
        .filter(Q(stepped_back_at=None, opted_out_at=None) | Q(stepped_back_at__gte=since))
        .annotate(
            contacts_since=Count("contacts", filter=Q(contacts__at__gte=since)),
            connected_since=Count("contacts", filter=Q(contacts__at__gte=since, contacts__connected=True)),
            safeguarding_since=Count("contacts", filter=Q(contacts__at__gte=since,
                                                          contacts__safeguarding_concern=True)),
            last_review_decision=Subquery(latest_review.values("decision")[:1]),
            last_review_at=Subquery(latest_review.values("at")[:1]),
        )
    )
    people = _decorate(list(with_contact_facts(people, now=now).order_by("name", "id")), now)
    decisions = dict(Review.Decision.choices)
    for person in people:
        person.is_new = person.referred_on >= timezone.localtime(since).date()
        person.last_review_label = decisions.get(person.last_review_decision, "")
    return {
        "people": people,
        "since": since,
        "on_caseload": sum(1 for p in people if p.is_active),
        "contacts": sum(p.contacts_since for p in people),
        "connected": sum(p.connected_since for p in people),
        "not_reached": [p for p in people if p.not_reached],
        "new": [p for p in people if p.is_new],
        "safeguarding": [p for p in people if p.safeguarding_since],
        "stepping_back": [p for p in people if p.thinking_of_stepping_back],
        "decisions": Review.Decision.choices,
    }


def next_steps_for(person, *, start, end):
    """A peer supporter's next contacts between `start` and `end`: their diary and feed."""
    return (
        FirstStepper.objects.on_caseload().filter(peer_supporter=person, next_contact_at__gte=start,
                                                  next_contact_at__lt=end)
        .order_by("next_contact_at", "id")
    )


def reminders_due(*, now=None):
    """Next steps starting within a day whose reminder has not gone yet."""
    now = now or timezone.now()
    return (
        FirstStepper.objects.on_caseload()
        .filter(reminder_sent_at=None, next_contact_at__gt=now, next_contact_at__lte=now + timedelta(days=1))
        .values_list("pk", "next_contact_at")
    )


def first_steps_figures(*, start, end, engaged_days=28):
    """The figures the First Steps guide reports, for people referred between `start` and
    `end` (dates), counted as at the end of the period. Three aggregate queries, the same
    for a month or for years: the people referred in the period by where they came from,
    with the facts each keeps (outreach/kept_facts.py), their days to a first connected
    call, and each supporter's running totals of contacts at either end of the period. The
    days to a first connected call and the contacts per supporter come back as
    {value: how many}, for the medians. Erased people still count: only their names went."""
    end_at = timezone.make_aware(datetime.combine(end + timedelta(days=1), datetime.min.time()))
    since = min(end_at, timezone.now()) - timedelta(days=engaged_days)
    cohort = FirstStepper.objects.filter(referred_on__gte=start, referred_on__lte=end)
    relationship = Q(relationship_at__lt=end_at)
    # Talked in the last `engaged_days` before the end: the latest contact where they talked
    # answers it unless it came after the end (a period in the past); only then is the log asked.
    talked = Contact.objects.filter(first_stepper=OuterRef("pk"), connected=True, at__gte=since, at__lt=end_at)
    engaged = relationship & (Q(latest_connected_at__gte=since, latest_connected_at__lt=end_at)
                              | Q(latest_connected_at__gte=end_at) & Exists(talked))
    groups = list(
        cohort.values("source__name", "substance")
        .annotate(n=Count("id"), relationships=Count("id", filter=relationship), engaged=Count("id", filter=engaged))
        .order_by("source__name", "substance")
    )
    days = dict(
        cohort.filter(first_call_at__lt=end_at).values("days_to_first_call").annotate(n=Count("id"))
        .order_by().values_list("days_to_first_call", "n")
    )
    return {
        "by_source_substance": [{key: row[key] for key in ("source__name", "substance", "n")} for row in groups],
        "referrals": sum(row["n"] for row in groups),
        "relationships": sum(row["relationships"] for row in groups),
        "engaged": sum(row["engaged"] for row in groups),
        "days_to_first_call": days,
        "contacts_per_supporter": contacts_per_supporter(start=start, end=end),
    }


def contacts_per_supporter(*, start, end):
    """{contacts: supporters}: how many supporters logged each number of contacts on the local
    days from `start` to `end`, from each one's running total at the end less the one before
    the start (outreach.models.SupporterDay), in one query. An end needs an index probe only
    when it falls within the supporter's days: a period ending today needs none at its end,
    and one that starts before anyone logged a contact none at its start."""

    def running(**until):
        days = SupporterDay.objects.filter(supporter_id=OuterRef("supporter_id"), **until).order_by("-day")
        return Coalesce(Subquery(days.values("running")[:1]), 0)

    at_end = Case(When(last_day__lte=end, then=F("contacts")), default=running(day__lte=end),
                  output_field=IntegerField())
    before_start = Case(When(first_day__gte=start, then=Value(0)), default=running(day__lt=start),
                        output_field=IntegerField())
    rows = (
        SupporterTally.objects.annotate(n=at_end - before_start)
        .values("n").annotate(supporters=Count("pk")).order_by().values_list("n", "supporters")
    )
    # Those with none in the period are left out here, not with a WHERE in the query, which
    # would make PostgreSQL probe every supporter's days twice over.
    counted = dict(rows)
    counted.pop(0, None)
    return counted
