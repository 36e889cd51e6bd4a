"""Supervision's mail jobs claim their row before they send, so a job run again (a retry, a
task handed over twice) sends nothing twice, even once the outbox has forgotten the first."""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from outbox.emails import emails_forget
from supervision import services, tasks
from tests.supervision.factories import assign, free_all_week, next_weekday_at

pytestmark = pytest.mark.django_db


def _forget_sent_emails():
    emails_forget(now=timezone.now() + timedelta(days=30))


@pytest.fixture
def booked(supervisor, volunteer_user, mailoutbox, django_capture_on_commit_callbacks):
    assign(volunteer_user, supervisor)
    free_all_week(supervisor, time(9), time(12))
    with django_capture_on_commit_callbacks(execute=True):
        series = services.one_to_one_book(supervisor=supervisor, volunteer=volunteer_user,
                                          starts_at=next_weekday_at(1, 10), by=supervisor)
    return series


def test_a_booked_1_to_1_is_e_mailed_once_however_often_the_job_runs(booked, supervisor, volunteer_user,
                                                                     mailoutbox):
    assert sorted(m.to[0] for m in mailoutbox) == sorted([supervisor.email, volunteer_user.email])
    _forget_sent_emails()

    tasks.tell_about_booking(booked.pk)

    assert len(mailoutbox) == 2


def test_a_request_to_move_and_its_answer_are_e_mailed_once_each(booked, supervisor, volunteer_user, mailoutbox,
                                                                 django_capture_on_commit_callbacks):
    occurrence = booked.occurrences.order_by("starts_at").first()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        request = services.move_request_create(occurrence=occurrence, volunteer=volunteer_user,
                                               wanted_start=occurrence.starts_at + timedelta(days=1), reason="")
    assert len(mailoutbox) == 2
    _forget_sent_emails()
    tasks.tell_about_move_request(request.pk)
    assert len(mailoutbox) == 2

    with django_capture_on_commit_callbacks(execute=True):
        services.move_request_accept(request=request, by=supervisor)
    assert len(mailoutbox) == 4
    _forget_sent_emails()
    tasks.tell_about_move_answer(request.pk)
    assert len(mailoutbox) == 4


def test_an_open_request_is_not_answered_by_e_mail(booked, volunteer_user, mailoutbox,
                                                   django_capture_on_commit_callbacks):
    occurrence = booked.occurrences.order_by("starts_at").first()
    with django_capture_on_commit_callbacks(execute=True):
        request = services.move_request_create(occurrence=occurrence, volunteer=volunteer_user,
                                               wanted_start=occurrence.starts_at + timedelta(days=1), reason="")
    mailoutbox.clear()

    tasks.tell_about_move_answer(request.pk)

    assert mailoutbox == []
    request.refresh_from_db()
    assert request.answer_told_at is None
