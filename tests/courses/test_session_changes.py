"""Trainers change and cancel classroom sessions; prerequisites are finished before booking."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses import services, sessions
from courses.models import Booking, BookingState, RegisterEntry
from tests.courses import factories
from tests.factories import volunteer

pytestmark = pytest.mark.django_db


def _whole_minutes(session):
    """10:00 to 16:00 on the factory's day: sessions are scheduled to the minute, within a day."""
    day = timezone.localtime(session.starts_at).date()
    session.starts_at = timezone.make_aware(timezone.datetime.combine(day, timezone.datetime.min.time())
                                            ).replace(hour=10)
    session.ends_at = session.starts_at.replace(hour=16)
    session.save(update_fields=["starts_at", "ends_at"])
    return session


def _edit_data(session, **change):
    local = timezone.localtime(session.starts_at)
    data = {"date": local.date().isoformat(), "starts": local.strftime("%H:%M"),
            "ends": timezone.localtime(session.ends_at).strftime("%H:%M"), "venue": session.venue,
            "capacity": session.capacity, "trainer": session.trainer_id}
    return data | change


def test_a_trainer_moves_a_session_and_everyone_booked_or_waiting_is_told(
    tree, client_for, trainer, volunteer_user, other_volunteer, mailoutbox, django_capture_on_commit_callbacks
):
    session = _whole_minutes(tree.session(trainer=trainer, capacity=1))
    services.booking_create(user=volunteer_user, session=session)
    services.booking_create(user=other_volunteer, session=session, join_waiting_list=True)
    new_day = (timezone.localdate() + timedelta(days=9)).isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(trainer).post(reverse("courses:session_edit", args=[session.pk]),
                                            _edit_data(session, date=new_day, venue="The Hub, Room 5"))
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.venue == "The Hub, Room 5" and timezone.localdate(session.starts_at).isoformat() == new_day
    assert sorted(m.to[0] for m in mailoutbox) == sorted([volunteer_user.email, other_volunteer.email])
    assert all("The Hub, Room 5" in m.body for m in mailoutbox)


def test_more_places_go_to_the_people_waiting_and_fewer_than_booked_is_refused(
    tree, client_for, trainer, volunteer_user, other_volunteer, mailoutbox, django_capture_on_commit_callbacks
):
    session = _whole_minutes(tree.session(trainer=trainer, capacity=1))
    services.booking_create(user=volunteer_user, session=session)
    services.booking_create(user=other_volunteer, session=session, join_waiting_list=True)
    client = client_for(trainer)
    refused = client.post(reverse("courses:session_edit", args=[session.pk]), _edit_data(session, capacity=0))
    assert refused.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("courses:session_edit", args=[session.pk]), _edit_data(session, capacity=2))
    assert Booking.objects.get(user=other_volunteer).state == BookingState.BOOKED
    assert [m.to[0] for m in mailoutbox] == [other_volunteer.email]
    with pytest.raises(Exception, match="at least 2 places"):
        sessions.session_update(session=session, by=trainer, starts_at=session.starts_at, ends_at=session.ends_at,
                                venue="Room 2", capacity=1, trainer=trainer)


def test_cancelling_moves_bookings_to_the_next_date_with_room_else_its_waiting_list(
    tree, client_for, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    cancelled = tree.session(trainer=trainer, days=7, capacity=3)
    next_one = tree.session(trainer=trainer, days=14, capacity=1)
    after = tree.session(trainer=trainer, days=21, capacity=1)
    people = [volunteer(user__full_name=f"Person {n}") for n in range(4)]
    for person in people[:3]:
        services.booking_create(user=person, session=cancelled)
    services.booking_create(user=people[3], session=after)  # the last date is full already
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(trainer).post(reverse("courses:session_cancel", args=[cancelled.pk]),
                                            {"reason": "The trainer is unwell."})
    assert response.status_code == 302
    cancelled.refresh_from_db()
    assert cancelled.is_cancelled and cancelled.cancel_reason == "The trainer is unwell."
    # The first booked takes the next date's place; the others wait for it, in their order.
    assert Booking.objects.get(user=people[0], state=BookingState.BOOKED).session == next_one
    waiting = Booking.objects.filter(session=next_one, state=BookingState.WAITING).order_by("waiting_position")
    assert [(b.user, b.waiting_position) for b in waiting] == [(people[1], 1), (people[2], 2)]
    # Their old bookings stay, cancelled, pointing at the new ones.
    assert Booking.objects.filter(session=cancelled, state=BookingState.CANCELLED, moved_to__isnull=False).count() == 3
    assert sorted(m.to[0] for m in mailoutbox) == sorted(p.email for p in people[:3])
    assert any("The trainer is unwell." in m.body and "waiting list (number 2)" in m.body for m in mailoutbox)
    # The cancelled date is not offered any more.
    page = client_for(people[3]).get(reverse("courses:session_list")).content.decode()
    assert reverse("courses:session_book", args=[cancelled.pk]) not in page
    response = client_for(people[3]).post(reverse("courses:session_book", args=[cancelled.pk]), follow=True)
    assert "This session is cancelled" in response.content.decode()


def test_a_session_whose_register_is_taken_cannot_be_cancelled(tree, trainer, volunteer_user):
    session = tree.session(trainer=trainer, days=0, capacity=3)
    session.starts_at = timezone.now() + timedelta(minutes=5)
    session.save(update_fields=["starts_at"])
    services.booking_create(user=volunteer_user, session=session)
    # The register is taken as if the session had begun a minute ago, then the session is put
    # back five minutes ahead, where it could be cancelled but for its register. (Five minutes
    # ahead throughout would be tomorrow's session, too early for a register, near midnight.)
    session.starts_at = timezone.now() - timedelta(minutes=1)
    session.save(update_fields=["starts_at"])
    services.register_take(session=session, by=trainer, marks={volunteer_user.pk: ("present", "")})
    session.starts_at = timezone.now() + timedelta(minutes=5)
    session.save(update_fields=["starts_at"])
    with pytest.raises(Exception, match="register for this session has been taken"):
        sessions.session_cancel(session=session, by=trainer, reason="")
    session.refresh_from_db()
    assert not session.is_cancelled and RegisterEntry.objects.filter(session=session).count() == 1


def test_only_the_sessions_trainer_or_a_manager_changes_it(tree, client_for, trainer, manager):
    from people.roles import Role
    from tests.factories import UserFactory

    session = tree.session(trainer=trainer)
    other = UserFactory(roles=[Role.TRAINER])
    assert client_for(other).get(reverse("courses:session_edit", args=[session.pk])).status_code == 404
    assert client_for(other).post(reverse("courses:session_cancel", args=[session.pk])).status_code == 404
    assert client_for(manager).get(reverse("courses:session_edit", args=[session.pk])).status_code == 200
    session.refresh_from_db()
    assert not session.is_cancelled


def test_booking_a_day_asks_for_the_prerequisites_first(client_for, trainer, volunteer_user):
    factories.build(courses=[
        factories.course_data("basics", title="Recovery basics", classroom=False),
        factories.course_data("boundaries", prerequisites=["basics"]),
    ])
    session = factories.session(trainer=trainer)
    client = client_for(volunteer_user)
    response = client.post(reverse("courses:session_book", args=[session.pk]), follow=True)
    assert "Before you book this day, finish Recovery basics." in response.content.decode()
    assert not Booking.objects.exists()
    factories.finish_online_work(volunteer_user, course_slug="basics")
    response = client.post(reverse("courses:session_book", args=[session.pk]), follow=True)
    assert "You are booked" in response.content.decode()


def test_the_change_page_shows_the_sessions_current_details(tree, client_for, trainer):
    session = _whole_minutes(tree.session(trainer=trainer))
    page = client_for(trainer).get(reverse("courses:session_edit", args=[session.pk])).content.decode()
    local = timezone.localtime(session.starts_at)
    assert f'value="{local.date().isoformat()}"' in page and f'value="{local:%H:%M}"' in page
    assert 'value="Room 2"' in page
