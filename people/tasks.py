"""Background jobs for people. Each takes an id, claims its row with a conditional update so
a retried job sends nothing twice, re-reads what it needs, and sends one e-mail."""

import secrets

from celery import shared_task
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from outbox.emails import email_from_templates, emails_deliver
from outbox.language import grouped_by_language, language_key


@shared_task
def send_invitation(invitation_id):
    """E-mail the single-use link. The token is made here, as the invitation is claimed: only
    its hash is stored, so no queue or log ever holds a link that works."""
    from people.models import Invitation

    token = secrets.token_urlsafe(32)
    claimed = Invitation.objects.filter(pk=invitation_id, sent_at=None, accepted_at=None, revoked_at=None).update(
        sent_at=timezone.now(), token_hash=Invitation.hash_token(token)
    )
    if claimed != 1:
        return
    invitation = Invitation.objects.select_related("invited_by").get(pk=invitation_id)
    context = {
        "invitation": invitation,
        "organisation": settings.WAYMARK_ORGANISATION_NAME,
        "link": settings.SITE_URL + reverse("people:invitation_accept", args=[token]),
        "days": settings.WAYMARK_INVITATION_DAYS,
    }
    emails_deliver([(f"invitation:{invitation.pk}",
                     email_from_templates("people/email/invitation", context, [invitation.email],
                                          language=invitation.language or settings.LANGUAGE_CODE))])


@shared_task
def tell_managers_about_step_back(status_change_id):
    from people.models import StatusChange
    from people.selectors import managers

    claimed = StatusChange.objects.filter(pk=status_change_id, managers_told_at=None).update(
        managers_told_at=timezone.now()
    )
    if claimed != 1:
        return
    change = StatusChange.objects.select_related("profile__user").get(pk=status_change_id)
    context = {
        "change": change,
        "volunteer": change.profile.user,
        "link": settings.SITE_URL + reverse("people:person", args=[change.profile.user_id]),
    }
    # Each manager reads it in the language they chose: one message per language.
    emails_deliver([
        (language_key(f"step-back:{change.pk}", language),
         email_from_templates("people/email/step_back", context, recipients, language=language))
        for language, recipients in grouped_by_language(managers()).items()
    ])
