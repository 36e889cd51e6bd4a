"""Background jobs for people. Each takes ids, re-reads what it needs, and sends one e-mail."""

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from outbox.emails import emails_deliver
from outbox.language import grouped_by_language, language_key
from people.inputs import one_line
from people.roles import Role


def _send(key, template, context, recipients, *, language=None):
    """Send one e-mail through the outbox: once per key, however often the job runs."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = one_line(render_to_string(f"people/email/{template}_subject.txt", context))
        body = render_to_string(f"people/email/{template}_body.txt", context)
    emails_deliver([(key, EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients))])


@shared_task
def send_invitation(invitation_id, token):
    from people.models import Invitation

    invitation = Invitation.objects.filter(pk=invitation_id).select_related("invited_by").first()
    if invitation is None or invitation.accepted_at or invitation.revoked_at:
        return
    context = {
        "invitation": invitation,
        "organisation": settings.WAYMARK_ORGANISATION_NAME,
        "link": settings.SITE_URL + reverse("people:invitation_accept", args=[token]),
        "days": settings.WAYMARK_INVITATION_DAYS,
    }
    language = invitation.language or None
    _send(f"invitation:{invitation.pk}", "invitation", context, [invitation.email], language=language)


@shared_task
def tell_managers_about_step_back(status_change_id):
    from people.models import StatusChange

    change = StatusChange.objects.filter(pk=status_change_id).select_related("profile__user").first()
    if change is None:
        return
    managers = get_user_model().objects.filter(groups__name=Role.MANAGER.value, is_active=True)
    context = {
        "change": change,
        "volunteer": change.profile.user,
        "link": settings.SITE_URL + reverse("people:person", args=[change.profile.user_id]),
    }
    for language, recipients in grouped_by_language(managers).items():
        _send(language_key(f"step-back:{change.pk}", language), "step_back", context, recipients, language=language)
