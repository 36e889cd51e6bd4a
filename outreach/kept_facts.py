"""The facts the First Steps report reads, kept up to date as the contact log changes, so the
report never reads the contacts of its period (outreach.selectors.first_steps_figures).

1. Each first stepper keeps, on their own row, the moment of their first and fifth connected
   calls, of the latest contact where they talked, and the whole local days from the referral
   to the first connected call (FirstStepper.first_call_at and the three after it).
   person_facts_recount works them out again from the person's own contacts (a few dozen
   rows, by the index on first_stepper and at) with their row locked: every write to a
   person's contacts or referral date calls it in its transaction, after locking the row
   (lock_person) before touching the contacts, so two contacts logged at once for the same
   person are both counted (the second waits for the first to commit, then counts both).
2. Each person who logs contacts keeps a row a local day they logged on, with that day's
   count and the running total up to it (SupporterDay), so their contacts in any run of days
   are the running total at its end less the one before its start. supporter_day_add moves
   one contact in or out of a day, with their SupporterTally row locked.
3. facts_rebuild finds every kept fact that differs from a count from scratch and puts it
   right, each person and supporter locked while it is counted again: the migration that
   added them, the bench and demo builders (which save contacts in bulk) and a nightly task
   (anything changed by other means, such as a first stepper deleted in a shell, is put right
   there) call it.
"""

from django.db import transaction
from django.db.models import Count, F, Max, Min, OuterRef, Q, Subquery
from django.db.models.functions import TruncDate
from django.utils import timezone

from outreach.models import RELATIONSHIP_CALLS, Contact, FirstStepper, SupporterDay, SupporterTally

FACTS = ("first_call_at", "relationship_at", "latest_connected_at", "days_to_first_call")
CHUNK = 1000


def day_of(moment):
    """The local day of a moment, as the report's periods count days."""
    return timezone.localtime(moment).date()


def days_between(referred_on, first_call_at):
    """Whole local days from the referral to the first connected call (0 if logged before it)."""
    if first_call_at is None:
        return None
    return max((day_of(first_call_at) - referred_on).days, 0)


def lock_person(first_stepper_id):
    """Lock a first stepper's row until the transaction ends: take it before adding, changing
    or deleting their contacts (PostgreSQL; SQLite has one writer anyway)."""
    return FirstStepper.objects.select_for_update().filter(pk=first_stepper_id).values_list("pk", flat=True).first()


def _counted(people):
    """{pk: {fact: value}} for a queryset of first steppers, from their contacts, in one query."""
    connected_calls = Contact.objects.filter(first_stepper=OuterRef("pk"), connected_call=True).order_by("at", "id")
    rows = people.order_by().annotate(
        counted_first=Min("contacts__at", filter=Q(contacts__connected_call=True)),
        counted_latest=Max("contacts__at", filter=Q(contacts__connected=True)),
        counted_fifth=Subquery(connected_calls.values("at")[RELATIONSHIP_CALLS - 1:RELATIONSHIP_CALLS]),
    ).values_list("pk", "referred_on", "counted_first", "counted_fifth", "counted_latest")
    return {
        pk: {"first_call_at": first, "relationship_at": fifth, "latest_connected_at": latest,
             "days_to_first_call": days_between(referred_on, first)}
        for pk, referred_on, first, fifth, latest in rows
    }


def _kept(people):
    return {row.pop("pk"): row for row in people.values("pk", *FACTS)}


def person_facts_recount(first_stepper_id):
    """Work out one person's kept facts again from their contacts, their row locked. Call in
    the transaction that changed their contacts or referral date."""
    with transaction.atomic():
        lock_person(first_stepper_id)
        counted = _counted(FirstStepper.objects.filter(pk=first_stepper_id)).get(first_stepper_id)
        if counted is not None:
            FirstStepper.objects.filter(pk=first_stepper_id).update(**counted)
        return counted


def _locked_tally(supporter_id):
    SupporterTally.objects.bulk_create([SupporterTally(supporter_id=supporter_id)], ignore_conflicts=True)
    return SupporterTally.objects.select_for_update().filter(supporter_id=supporter_id).values_list(
        "pk", flat=True).first()


def supporter_day_add(*, supporter_id, day, change):
    """Count `change` (1 or -1) more contacts logged by a person on a local day: that day's
    row, and the running total of it and every later day. Call in the transaction that
    added or deleted the contact."""
    if supporter_id is None:
        return
    with transaction.atomic():
        _locked_tally(supporter_id)
        days = SupporterDay.objects.filter(supporter_id=supporter_id)
        if not days.filter(day=day).exists():
            before = days.filter(day__lt=day).order_by("-day").values_list("running", flat=True).first() or 0
            SupporterDay.objects.create(supporter_id=supporter_id, day=day, contacts=0, running=before)
        days.filter(day=day).update(contacts=F("contacts") + change)
        days.filter(day__gte=day).update(running=F("running") + change)
        days.filter(day=day, contacts=0).delete()
        span = days.aggregate(first=Min("day"), last=Max("day"))
        SupporterTally.objects.filter(pk=supporter_id).update(
            first_day=span["first"], last_day=span["last"], contacts=F("contacts") + change
        )


def contact_counted(contact, *, change=1):
    """A contact just added (change=1) or just deleted (change=-1): its person's facts and its
    supporter's day. Lock the person's row (lock_person) before writing the contact."""
    person_facts_recount(contact.first_stepper_id)
    supporter_day_add(supporter_id=contact.by_id, day=day_of(contact.at), change=change)


def _counted_days(contacts):
    """{supporter id: {day: (contacts, running)}} of a queryset of contacts, in one query."""
    rows = (
        contacts.filter(by__isnull=False).annotate(day=TruncDate("at")).values("by", "day")
        .annotate(n=Count("id")).order_by("by", "day").values_list("by", "day", "n")
    )
    days, running, previous = {}, 0, None
    for supporter_id, day, n in rows:
        if supporter_id != previous:
            running, previous = 0, supporter_id
        running += n
        days.setdefault(supporter_id, {})[day] = (n, running)
    return days


def _kept_days(rows):
    days = {}
    for supporter_id, day, n, running in rows.values_list("supporter_id", "day", "contacts", "running"):
        days.setdefault(supporter_id, {})[day] = (n, running)
    return days


def _tally(days):
    """A supporter's first and last days and all their contacts, from their {day: (contacts, running)}."""
    if not days:
        return {"first_day": None, "last_day": None, "contacts": 0}
    return {"first_day": min(days), "last_day": max(days), "contacts": days[max(days)][1]}


def _days_rewrite(supporter_ids):
    """Count these supporters' days again from their contacts, their tallies locked."""
    with transaction.atomic():
        SupporterTally.objects.bulk_create([SupporterTally(supporter_id=pk) for pk in supporter_ids],
                                           ignore_conflicts=True)
        list(SupporterTally.objects.select_for_update().filter(pk__in=supporter_ids).order_by("pk").values_list("pk"))
        counted = _counted_days(Contact.objects.filter(by_id__in=supporter_ids))
        SupporterDay.objects.filter(supporter_id__in=supporter_ids).delete()
        SupporterDay.objects.bulk_create(
            SupporterDay(supporter_id=supporter_id, day=day, contacts=n, running=running)
            for supporter_id, days in counted.items() for day, (n, running) in days.items()
        )
        tallies = [SupporterTally(supporter_id=pk, **_tally(counted.get(pk))) for pk in supporter_ids]
        SupporterTally.objects.bulk_update(tallies, ["first_day", "last_day", "contacts"], batch_size=CHUNK)


def _chunks(values):
    values = sorted(values)
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def _people_put_right(pks):
    """Count these people's facts again, their rows locked: the moments in one UPDATE, and
    the days to the first call in one UPDATE a distinct number of days (bulk_update would
    spend minutes in Python on 25,000 people)."""
    with transaction.atomic():
        list(FirstStepper.objects.select_for_update().filter(pk__in=pks).order_by("pk").values_list("pk"))
        people = FirstStepper.objects.filter(pk__in=pks)
        calls = Contact.objects.filter(first_stepper=OuterRef("pk"), connected_call=True).order_by("at", "id")
        talked = Contact.objects.filter(first_stepper=OuterRef("pk"), connected=True).order_by("-at")
        people.update(
            first_call_at=Subquery(calls.values("at")[:1]),
            relationship_at=Subquery(calls.values("at")[RELATIONSHIP_CALLS - 1:RELATIONSHIP_CALLS]),
            latest_connected_at=Subquery(talked.values("at")[:1]),
        )
        by_days = {}
        for pk, referred_on, first in people.values_list("pk", "referred_on", "first_call_at"):
            by_days.setdefault(days_between(referred_on, first), []).append(pk)
        for days, same in by_days.items():
            FirstStepper.objects.filter(pk__in=same).update(days_to_first_call=days)


def facts_rebuild():
    """Put right every kept fact that differs from a count from scratch. Returns how many
    people and supporters were wrong (0 when everything was kept up to date)."""
    counted, kept = _counted(FirstStepper.objects.all()), _kept(FirstStepper.objects.all())
    wrong_people = [pk for pk, facts in counted.items() if kept.get(pk) != facts]
    for chunk in _chunks(wrong_people):
        _people_put_right(chunk)
    kept, counted = _kept_days(SupporterDay.objects.all()), _counted_days(Contact.objects.all())
    tallies = {row.pop("pk"): row for row in SupporterTally.objects.values("pk", "first_day", "last_day", "contacts")}
    wrong_supporters = [
        pk for pk in kept.keys() | counted.keys() | tallies.keys()
        if kept.get(pk) != counted.get(pk) or tallies.get(pk, _tally(None)) != _tally(counted.get(pk))
    ]
    for chunk in _chunks(wrong_supporters):
        _days_rewrite(chunk)
    return len(wrong_people) + len(wrong_supporters)
