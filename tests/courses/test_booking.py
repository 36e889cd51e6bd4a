from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Booking, BookingState
from tests.factories import volunteer

pytestmark = pytest.mark.django_db


def _book(client, session, **data):
    return client.post(reverse("courses:session_book", args=[session.pk]), data, follow=True)


def test_a_volunteer_books_a_place(tree, client_for, volunteer_user, trainer):
    session = tree.session(trainer=trainer)
    response = _book(client_for(volunteer_user), session)
    assert "You are booked" in response.content.decode()
    assert Booking.objects.get(user=volunteer_user).state == BookingState.BOOKED
    assert "Room 2" in response.content.decode()


def test_the_session_list_offers_the_waiting_list_when_full(tree, client_for, volunteer_user, other_volunteer, trainer):
    session = tree.session(trainer=trainer, capacity=1)
    Booking.objects.create(session=session, user=other_volunteer)
    page = client_for(volunteer_user).get(reverse("courses:session_list")).content.decode()
    assert "Join the waiting list" in page
    assert "1 of 1 places taken" in page


def test_booking_a_full_session_explains_and_books_nothing(tree, client_for, volunteer_user, other_volunteer, trainer):
    session = tree.session(trainer=trainer, capacity=1)
    Booking.objects.create(session=session, user=other_volunteer)
    response = _book(client_for(volunteer_user), session)
    assert "This session is full. You can join the waiting list instead." in response.content.decode()
    assert not Booking.objects.filter(user=volunteer_user).exists()


def test_joining_the_waiting_list_gives_a_place_in_the_queue(tree, client_for, other_volunteer, trainer):
    session = tree.session(trainer=trainer, capacity=1)
    Booking.objects.create(session=session, user=other_volunteer)
    first, second = volunteer(), volunteer()
    _book(client_for(first), session, waiting_list="1")
    response = _book(client_for(second), session, waiting_list="1")
    assert "waiting list, number 2" in response.content.decode()
    assert Booking.objects.get(user=first).waiting_position == 1


def test_a_cancellation_gives_the_place_to_the_first_waiting_and_emails_them(
    tree, client_for, volunteer_user, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    session = tree.session(trainer=trainer, capacity=1)
    mine = Booking.objects.create(session=session, user=volunteer_user)
    first, second = volunteer(), volunteer()
    Booking.objects.create(session=session, user=first, state=BookingState.WAITING, waiting_position=1)
    Booking.objects.create(session=session, user=second, state=BookingState.WAITING, waiting_position=2)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(volunteer_user).post(reverse("courses:booking_cancel", args=[mine.pk]))
    assert response.status_code == 302
    assert Booking.objects.get(pk=mine.pk).state == BookingState.CANCELLED
    promoted = Booking.objects.get(user=first)
    assert (promoted.state, promoted.waiting_position) == (BookingState.BOOKED, None)
    assert Booking.objects.get(user=second).waiting_position == 1
    assert [mail.to for mail in mailoutbox] == [[first.email]]
    assert "Room 2" in mailoutbox[0].body


def test_sending_the_place_email_twice_sends_one(tree, trainer, mailoutbox):
    from courses import tasks

    session = tree.session(trainer=trainer)
    booking = Booking.objects.create(session=session, user=volunteer(), promoted_at=timezone.now())
    tasks.send_place_offered(booking.pk)
    tasks.send_place_offered(booking.pk)
    assert len(mailoutbox) == 1


def test_a_past_session_cannot_be_booked(tree, client_for, volunteer_user, trainer):
    session = tree.session(trainer=trainer, days=-1)
    response = _book(client_for(volunteer_user), session)
    assert "already started, so it cannot be booked" in response.content.decode()
    assert not Booking.objects.exists()


def test_booking_twice_says_so_and_changes_nothing(tree, client_for, volunteer_user, trainer):
    session = tree.session(trainer=trainer)
    client = client_for(volunteer_user)
    _book(client, session)
    response = _book(client, session)
    assert "You are already booked on this session." in response.content.decode()
    assert Booking.objects.count() == 1


def test_another_volunteer_cannot_cancel_my_booking(tree, client_for, volunteer_user, other_volunteer, trainer):
    booking = Booking.objects.create(session=tree.session(trainer=trainer), user=volunteer_user)
    response = client_for(other_volunteer).post(reverse("courses:booking_cancel", args=[booking.pk]))
    assert response.status_code == 404
    assert Booking.objects.get(pk=booking.pk).state == BookingState.BOOKED


def test_only_volunteers_book(tree, client_for, supervisor, trainer):
    session = tree.session(trainer=trainer)
    assert client_for(supervisor).post(reverse("courses:session_book", args=[session.pk])).status_code == 404
    assert not Booking.objects.exists()


def test_booking_needs_a_signed_in_person(tree, client, trainer):
    session = tree.session(trainer=trainer, days=3)
    response = client.post(reverse("courses:session_book", args=[session.pk]))
    assert response.status_code == 302
    assert not Booking.objects.exists()
    assert session.starts_at > timezone.now() + timedelta(days=2)
