"""Background jobs for supervision: thin adapters that take ids, re-fetch and act once."""

import uuid

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from outbox.emails import emails_deliver
from outbox.language import grouped_by_language, language_key
from people.roles import Role


def _email(template, context, readers):
    """One e-mail to these people, written in their language (they all share one)."""
    [(language, recipients)] = grouped_by_language(readers).items()
    return _email_in(language, template, context, recipients)


def _email_in(language, template, context, recipients):
    with translation.override(language):
        subject = render_to_string(f"supervision/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"supervision/email/{template}_body.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def _send(messages):
    """(key, message) pairs, sent through the outbox: once per key, however often a job runs."""
    emails_deliver(messages)


@shared_task
def tell_about_booking(series_id):
    from supervision.models import MeetingSeries

    series = MeetingSeries.objects.filter(pk=series_id).select_related("organiser").first()
    if series is None:
        return
    first = series.occurrences.scheduled().order_by("starts_at").first()
    people = [series.organiser, *series.members.all()]
    context = {"series": series, "first": first, "link": settings.SITE_URL + reverse("supervision:meetings")}
    _send([(f"booked:{series.pk}:{p.pk}", _email("booked", {**context, "person": p}, [p])) for p in people])


@shared_task
def tell_about_move_request(request_id):
    from supervision.models import MoveRequest

    request = MoveRequest.objects.filter(pk=request_id).select_related(
        "occurrence__series__organiser", "requested_by"
    ).first()
    if request is None:
        return
    supervisor = request.occurrence.series.organiser
    context = {"request": request, "occurrence": request.occurrence, "volunteer": request.requested_by,
               "link": settings.SITE_URL + reverse("supervision:move_request", args=[request.pk])}
    key = f"move-requested:{request.pk}"
    _send([
        (f"{key}:{supervisor.pk}",
         _email("move_requested", {**context, "person": supervisor, "to_supervisor": True}, [supervisor])),
        (f"{key}:{request.requested_by_id}",
         _email("move_requested", {**context, "person": request.requested_by}, [request.requested_by])),
    ])


@shared_task
def tell_about_move_answer(request_id):
    from supervision.models import MoveRequest

    request = MoveRequest.objects.filter(pk=request_id).select_related(
        "occurrence__series__organiser", "requested_by"
    ).first()
    if request is None or request.state == MoveRequest.State.OPEN:
        return
    context = {"request": request, "occurrence": request.occurrence,
               "link": settings.SITE_URL + reverse("supervision:meeting", args=[request.occurrence_id])}
    people = [request.requested_by, request.occurrence.series.organiser]
    _send([(f"move-answered:{request.pk}:{p.pk}", _email("move_answered", {**context, "person": p}, [p]))
           for p in people])


@shared_task
def tell_supervisor_about_flags(checkin_id):
    """E-mail the volunteer's supervisor (or the managers, if they have none) about new flags, once."""
    from supervision.models import CheckIn, Flag, SupervisorAssignment

    checkin = CheckIn.objects.filter(pk=checkin_id).select_related("volunteer").first()
    if checkin is None:
        return
    now = timezone.now()
    flags = []
    for flag in Flag.objects.filter(checkin=checkin, emailed_at=None):
        if Flag.objects.filter(pk=flag.pk, emailed_at=None).update(emailed_at=now) == 1:
            flags.append(flag)
    if not flags:
        return
    assignment = SupervisorAssignment.objects.current().filter(volunteer=checkin.volunteer).select_related(
        "supervisor"
    ).first()
    if assignment:
        readers = [assignment.supervisor]
    else:
        readers = get_user_model().objects.filter(groups__name=Role.MANAGER.value, is_active=True)
    groups = grouped_by_language(readers)
    if not groups:
        return
    context = {"volunteer": checkin.volunteer, "flags": flags, "urgent": any(f.urgent for f in flags),
               "link": settings.SITE_URL + reverse("supervision:volunteer", args=[checkin.volunteer_id])}
    _send([(language_key(f"flags:{checkin.pk}:{flags[0].pk}", language), _email_in(language, "flags", context, to))
           for language, to in groups.items()])


@shared_task
def reminders_sweep():
    """Every minute (beat): claim the reminders that are due, a batch at a time, and hand
    each batch to the workers as one task; each reminder is sent exactly once."""
    from outbox.queue import enqueue_now
    from supervision.services.reminders import reminders_fan_out

    return reminders_fan_out(hand_out=lambda token: enqueue_now(reminders_send_batch, str(token)))


@shared_task
def reminders_send_batch(token):
    """One claimed batch of reminders, sent over one mail connection."""
    from supervision.services.reminders import reminders_send_claimed

    return reminders_send_claimed(uuid.UUID(token))


@shared_task
def checkin_reminders_schedule():
    """Hourly (beat): store this week's check-in reminder for each supervised volunteer."""
    from supervision.services.reminders import checkin_reminders_schedule as schedule

    schedule()


@shared_task
def series_extend():
    """Hourly (beat): store every meeting series ahead to the rolling horizon."""
    from supervision.services.meetings import series_extend_all

    return series_extend_all()
