"""Background jobs for supervision: thin adapters that take ids, claim their work with a
conditional update (so a retried job sends nothing twice), re-fetch and act once."""

import uuid

from celery import shared_task
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from outbox.emails import email_from_templates, email_to, emails_deliver
from outbox.language import grouped_by_language, language_key


@shared_task
def tell_about_booking(series_id):
    from supervision.models import MeetingSeries

    if MeetingSeries.objects.filter(pk=series_id, booking_told_at=None).update(booking_told_at=timezone.now()) != 1:
        return
    series = MeetingSeries.objects.select_related("organiser").get(pk=series_id)
    first = series.occurrences.scheduled().order_by("starts_at").first()
    people = [series.organiser, *series.members.all()]
    context = {"series": series, "first": first, "link": settings.SITE_URL + reverse("supervision:meetings")}
    emails_deliver([
        (f"booked:{series.pk}:{p.pk}", email_to("supervision/email/booked", {**context, "person": p}, p))
        for p in people
    ])


def _move_request(request_id):
    from supervision.models import MoveRequest

    return MoveRequest.objects.select_related("occurrence__series__organiser", "requested_by").get(pk=request_id)


@shared_task
def tell_about_move_request(request_id):
    from supervision.models import MoveRequest

    if MoveRequest.objects.filter(pk=request_id, request_told_at=None).update(request_told_at=timezone.now()) != 1:
        return
    request = _move_request(request_id)
    supervisor = request.occurrence.series.organiser
    context = {"request": request, "occurrence": request.occurrence, "volunteer": request.requested_by,
               "link": settings.SITE_URL + reverse("supervision:move_request", args=[request.pk])}
    key = f"move-requested:{request.pk}"
    template = "supervision/email/move_requested"
    volunteer = request.requested_by
    emails_deliver([
        (f"{key}:{supervisor.pk}",
         email_to(template, {**context, "person": supervisor, "to_supervisor": True}, supervisor)),
        (f"{key}:{volunteer.pk}", email_to(template, {**context, "person": volunteer}, volunteer)),
    ])


@shared_task
def tell_about_move_answer(request_id):
    from supervision.models import MoveRequest

    answered = MoveRequest.objects.exclude(state=MoveRequest.State.OPEN)
    if answered.filter(pk=request_id, answer_told_at=None).update(answer_told_at=timezone.now()) != 1:
        return
    request = _move_request(request_id)
    context = {"request": request, "occurrence": request.occurrence,
               "link": settings.SITE_URL + reverse("supervision:meeting", args=[request.occurrence_id])}
    people = [request.requested_by, request.occurrence.series.organiser]
    emails_deliver([
        (f"move-answered:{request.pk}:{p.pk}",
         email_to("supervision/email/move_answered", {**context, "person": p}, p))
        for p in people
    ])


@shared_task
def tell_supervisor_about_flags(checkin_id):
    """E-mail the volunteer's supervisor (or the managers, if they have none) about new flags, once."""
    from people.selectors import current_supervisor_of, managers
    from supervision.models import CheckIn, Flag

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
    supervisor = current_supervisor_of(checkin.volunteer)
    # Each reader gets it in the language they chose: one message per language.
    groups = grouped_by_language([supervisor] if supervisor else managers())
    if not groups:
        return
    context = {"volunteer": checkin.volunteer, "flags": flags, "urgent": any(f.urgent for f in flags),
               "link": settings.SITE_URL + reverse("supervision:volunteer", args=[checkin.volunteer_id])}
    emails_deliver([
        (language_key(f"flags:{checkin.pk}:{flags[0].pk}", language),
         email_from_templates("supervision/email/flags", context, recipients, language=language))
        for language, recipients in groups.items()
    ])


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


@shared_task
def one_to_one_totals_rebuild():
    """Nightly (beat): number every supervisee's 1:1 places again for the reports, putting
    right anything changed by other means. Returns how many places were wrong."""
    from supervision.services.one_to_one_totals import one_to_one_totals_rebuild as rebuild

    return rebuild()


@shared_task
def checkin_months_rebuild():
    """Nightly (beat): make the check-in months the reports read again from the check-ins,
    putting right anything deleted by other means. Returns how many rows were wrong."""
    from supervision.services.checkin_months import checkin_months_rebuild as rebuild

    return rebuild()


@shared_task
def latest_checkins_rebuild():
    """Nightly (beat): make each person's latest check-in, which the reports read, again from
    the check-ins, putting right anything deleted by other means. Returns how many were wrong."""
    from supervision.services.latest_checkins import latest_checkins_rebuild as rebuild

    return rebuild()
