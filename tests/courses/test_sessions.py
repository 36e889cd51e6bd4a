from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Booking, ClassroomSession

pytestmark = pytest.mark.django_db


def _form(tree, trainer, **overrides):
    day = timezone.localdate() + timedelta(days=14)
    data = {
        "module": tree.module().pk,
        "date": day.isoformat(),
        "starts": "10:00",
        "ends": "16:00",
        "venue": "The Hub",
        "capacity": "12",
        "trainer": trainer.pk,
    }
    data.update(overrides)
    return data


def test_a_trainer_schedules_a_session_from_their_dashboard(tree, client_for, trainer):
    client = client_for(trainer)
    page = client.get("/").content.decode()
    assert "Schedule a classroom day" in page
    assert "Professional boundaries – day 1: Classroom day" in page
    response = client.post(reverse("courses:session_new"), _form(tree, trainer))
    assert response.status_code == 302
    session = ClassroomSession.objects.get()
    assert (session.course, session.trainer, session.capacity) == (tree.course(), trainer, 12)
    assert timezone.localtime(session.starts_at).hour == 10


def test_the_dashboard_lists_sessions_with_booked_counts_and_register_links(tree, client_for, trainer, volunteer_user):
    later = tree.session(trainer=trainer, capacity=8)
    Booking.objects.create(session=later, user=volunteer_user)
    today = tree.session(trainer=trainer, days=0)
    page = client_for(trainer).get("/").content.decode()
    assert "1 of 8" in page
    # The register opens on the session's day: a link today, the day it opens for later ones.
    assert reverse("courses:register", args=[today.pk]) in page
    assert reverse("courses:register", args=[later.pk]) not in page
    assert "Register opens" in page


def test_sessions_are_listed_soonest_first_for_trainers_and_volunteers(tree, client_for, trainer, volunteer_user):
    # Made out of date order, so only sorting puts them right.
    far, near, middle = (tree.session(trainer=trainer, days=days) for days in (20, 2, 9))
    for session, venue in ((far, "Far room"), (near, "Near room"), (middle, "Middle room")):
        session.venue = venue
        session.save(update_fields=["venue"])
    for page in (client_for(trainer).get("/"), client_for(volunteer_user).get(reverse("courses:session_list"))):
        text = page.content.decode()
        positions = [text.index(session.venue) for session in (near, middle, far)]
        assert positions == sorted(positions)


def test_a_session_in_the_past_is_refused(tree, client_for, trainer):
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = client_for(trainer).post(reverse("courses:session_new"), _form(tree, trainer, date=yesterday))
    assert "Choose a date and time in the future." in response.content.decode()
    assert not ClassroomSession.objects.exists()


def test_a_session_that_ends_before_it_starts_is_refused(tree, client_for, trainer):
    response = client_for(trainer).post(reverse("courses:session_new"), _form(tree, trainer, ends="09:00"))
    assert "must end after it starts" in response.content.decode()
    assert not ClassroomSession.objects.exists()


@pytest.mark.parametrize("persona", ["volunteer_user", "supervisor"])
def test_only_trainers_and_managers_schedule(request, tree, client_for, trainer, persona):
    client = client_for(request.getfixturevalue(persona))
    assert client.post(reverse("courses:session_new"), _form(tree, trainer)).status_code == 404
    assert not ClassroomSession.objects.exists()


def test_todays_sessions_come_first_under_today_for_trainers_and_volunteers(tree, client_for, trainer, volunteer_user):
    now = timezone.localtime()
    if now.hour >= 22:
        pytest.skip("needs a session later today")
    later = tree.session(trainer=trainer, days=3)
    today = tree.session(trainer=trainer, days=0)
    today.starts_at, today.ends_at = now + timedelta(minutes=30), now + timedelta(minutes=90)
    today.save(update_fields=["starts_at", "ends_at"])
    later.venue, today.venue = "Later room", "Today room"
    later.save(update_fields=["venue"])
    today.save(update_fields=["venue"])
    for page in (client_for(trainer).get("/"), client_for(volunteer_user).get(reverse("courses:session_list"))):
        text = page.content.decode()
        assert text.index("Today<") < text.index("Today room") < text.index("Coming up<") < text.index("Later room")
