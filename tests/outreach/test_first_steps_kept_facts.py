"""The facts the First Steps report reads (outreach/kept_facts.py) equal a count from scratch
of the contact log after every kind of write, and the nightly rebuild puts right what drifted."""

import io
from datetime import datetime, time, timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from outreach import services
from outreach.kept_facts import facts_rebuild
from outreach.models import (
    CONNECTED,
    CONNECTED_CALLS,
    Contact,
    ContactKind,
    FirstStepper,
    SupporterDay,
    SupporterTally,
)
from privacy.services import person_erase
from tests.outreach.factories import contact, first_stepper, peer_supporter

pytestmark = pytest.mark.django_db

CALL, NO_ANSWER, RECEIVED, F2F = (ContactKind.CALL_CONNECTED, ContactKind.CALL_NO_ANSWER, ContactKind.CALL_RECEIVED,
                                  ContactKind.FACE_TO_FACE)


def days_ago(days, hour=12):
    return timezone.make_aware(datetime.combine(timezone.localdate() - timedelta(days=days), time(hour)))


def kept():
    people = {row.pop("pk"): row for row in FirstStepper.objects.values(
        "pk", "first_call_at", "relationship_at", "latest_connected_at", "days_to_first_call")}
    days = {(row["supporter_id"], row["day"]): (row["contacts"], row["running"])
            for row in SupporterDay.objects.values("supporter_id", "day", "contacts", "running")}
    tallies = {pk: (first, last, n) for pk, first, last, n in SupporterTally.objects.exclude(contacts=0).values_list(
        "pk", "first_day", "last_day", "contacts")}
    return people, days, tallies


def from_scratch():
    """Every fact worked out by walking the whole contact log: slow, plain and independent."""
    people = {}
    for person in FirstStepper.objects.all():
        log = sorted(Contact.objects.filter(first_stepper=person), key=lambda c: (c.at, c.id))
        calls = [c.at for c in log if c.kind in CONNECTED_CALLS]
        talked = [c.at for c in log if c.kind in CONNECTED]
        first = calls[0] if calls else None
        people[person.pk] = {
            "first_call_at": first,
            "relationship_at": calls[4] if len(calls) >= 5 else None,
            "latest_connected_at": max(talked) if talked else None,
            "days_to_first_call": None if first is None else
            max((timezone.localtime(first).date() - person.referred_on).days, 0),
        }
    per_day = {}
    for c in Contact.objects.exclude(by=None):
        key = (c.by_id, timezone.localtime(c.at).date())
        per_day[key] = per_day.get(key, 0) + 1
    days, running, tallies = {}, {}, {}
    for supporter, day in sorted(per_day):
        running[supporter] = running.get(supporter, 0) + per_day[supporter, day]
        days[supporter, day] = (per_day[supporter, day], running[supporter])
        tallies[supporter] = (tallies.get(supporter, (day,))[0], day, running[supporter])
    return people, days, tallies


@pytest.fixture
def dee():
    return peer_supporter()


@pytest.fixture
def sam(dee):
    return first_stepper(dee, referred_on=timezone.localdate() - timedelta(days=40))


def test_a_contact_logged_counts_in_the_persons_facts_and_the_supporters_day(dee, sam):
    for n in range(5):
        contact(sam, CALL, at=days_ago(30 - n))
    contact(sam, F2F, at=days_ago(3))
    sam.refresh_from_db()
    assert (sam.first_call_at, sam.relationship_at, sam.latest_connected_at, sam.days_to_first_call) == (
        days_ago(30), days_ago(26), days_ago(3), 10)
    assert kept() == from_scratch()


def test_a_backdated_contact_moves_the_first_and_fifth_calls_and_every_later_running_total(dee, sam):
    jo = first_stepper(dee, name="Jo")
    for n in range(5):
        contact(sam, CALL, at=days_ago(20 - n))
    contact(jo, NO_ANSWER, at=days_ago(5))
    contact(sam, RECEIVED, at=days_ago(35))
    sam.refresh_from_db()
    assert (sam.first_call_at, sam.relationship_at, sam.days_to_first_call) == (days_ago(35), days_ago(17), 5)
    assert kept() == from_scratch()
    assert SupporterDay.objects.get(supporter=dee, day=timezone.localdate() - timedelta(days=5)).running == 7


def test_a_contact_put_right_or_deleted_leaves_the_facts_as_a_count_from_scratch(dee, sam):
    logged = [contact(sam, CALL, at=days_ago(20 - n)) for n in range(5)]
    services.contact_correct(contact=logged[2], kind=NO_ANSWER)
    assert FirstStepper.objects.get(pk=sam.pk).relationship_at is None
    assert kept() == from_scratch()
    services.contact_correct(contact=logged[0], at=days_ago(2))
    assert kept() == from_scratch()
    services.contact_delete(contact=logged[1])
    assert kept() == from_scratch()
    for gone in logged:
        services.contact_delete(contact=gone)
    assert kept() == from_scratch()
    assert not SupporterDay.objects.exists()
    assert FirstStepper.objects.filter(pk=sam.pk, first_call_at=None, latest_connected_at=None).exists()


def test_a_contact_logged_by_someone_else_counts_for_them(dee, sam):
    eli = peer_supporter()
    contact(sam, CALL, at=days_ago(4), by=eli)
    contact(sam, CALL, at=days_ago(4, hour=15))
    assert kept() == from_scratch()
    assert set(SupporterDay.objects.values_list("supporter_id", "running")) == {(eli.pk, 1), (dee.pk, 1)}


def test_a_new_referral_date_changes_the_days_to_the_first_call(dee, sam):
    contact(sam, CALL, at=days_ago(30))
    services.referral_date_change(first_stepper=sam, referred_on=timezone.localdate() - timedelta(days=33))
    assert FirstStepper.objects.get(pk=sam.pk).days_to_first_call == 3
    services.referral_date_change(first_stepper=sam, referred_on=timezone.localdate() - timedelta(days=10))
    assert FirstStepper.objects.get(pk=sam.pk).days_to_first_call == 0
    assert kept() == from_scratch()


def test_erasing_a_first_stepper_or_their_peer_supporter_keeps_the_counts(dee, sam):
    for n in range(6):
        contact(sam, CALL, at=days_ago(30 - n))
    before = kept()
    services.first_stepper_erase(first_stepper=sam)
    assert kept() == from_scratch() == before
    person_erase(person=dee, by=None)
    assert kept() == from_scratch() == before


def test_a_deleted_account_takes_its_days_with_it(dee, sam):
    contact(sam, CALL, at=days_ago(3))
    contact(sam, CALL, at=days_ago(2), by=peer_supporter())
    dee.delete()
    assert kept() == from_scratch()
    assert SupporterDay.objects.count() == 1


def test_the_rebuild_finds_nothing_when_kept_up_to_date_and_puts_right_what_drifted(dee, sam):
    jo = first_stepper(dee, name="Jo")
    for n in range(5):
        contact(sam, CALL, at=days_ago(10 - n))
    contact(jo, F2F, at=days_ago(1))
    assert facts_rebuild() == 0
    FirstStepper.objects.filter(pk=sam.pk).update(relationship_at=None, days_to_first_call=99)
    SupporterDay.objects.filter(supporter=dee).order_by("day").first().delete()
    SupporterTally.objects.filter(pk=dee.pk).update(last_day=None)
    # Contacts saved around the services (a shell, a bulk load) are counted by the rebuild only.
    Contact.objects.create(first_stepper=jo, by=dee, at=days_ago(7), kind=CALL)
    assert facts_rebuild() == 3
    assert kept() == from_scratch()
    out = io.StringIO()
    call_command("first_steps_facts_rebuild", stdout=out)
    assert "0 were out of date" in out.getvalue()


def test_the_rebuild_runs_each_night():
    from outreach.tasks import first_steps_facts_rebuild

    entry = settings.CELERY_BEAT_SCHEDULE["outreach-first-steps-facts"]
    assert entry["task"] == "outreach.tasks.first_steps_facts_rebuild"
    assert first_steps_facts_rebuild() == 0


def test_the_demo_people_have_their_facts_counted():
    from outreach import demo
    from people import demo as people_demo

    people_demo.build()
    demo.build()
    assert Contact.objects.exists()
    assert kept() == from_scratch()
