"""Every e-mail Waymark sends from the background goes through here, each exactly once.

1. `emails_queue` stores each message under a key that names what it is about; a key that is
   already stored keeps its row, so a job that runs twice queues nothing twice.
2. `emails_send` claims waiting rows with one conditional UPDATE stamped with its own token
   (two runs at the same moment never share a row), opens one mail connection and sends
   them one by one, marking each sent as soon as the server has accepted it.
3. When the server refuses for now (a 4xx answer) or drops the connection part-way, what it
   accepted stays sent and the rest is given back for the next run (the minute sweep,
   outbox.tasks.emails_sweep). A message refused for good (5xx) is skipped and tried again
   on later runs, MAX_ATTEMPTS times in all. A claim older than STALE_CLAIM with nothing
   sent means the worker died: a later run claims it again.
"""

import logging
import re
import smtplib
import uuid
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import connection as database
from django.db.models import F, Q, Subquery
from django.template.loader import get_template
from django.utils import timezone, translation

from outbox.language import language_of
from outbox.models import Email

logger = logging.getLogger(__name__)

STALE_CLAIM = timedelta(minutes=10)
MAX_ATTEMPTS = 5
BATCH = 500
KEEP_SENT = timedelta(days=7)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def email_from_templates(template, context, to, *, language=None):
    """The e-mail that `<template>_subject.txt` and `<template>_body.txt` write for `context`,
    addressed to `to`, in `language` (the active language when None). The subject is one line
    whatever the template or a name in it holds.

    Every app's e-mails are made here: `email_from_templates("people/email/invitation", …)`."""
    with translation.override(language or translation.get_language()):
        return _rendered(_templates(template), context, to)


def _templates(template):
    return get_template(f"{template}_subject.txt"), get_template(f"{template}_body.txt")


def _rendered(templates, context, to):
    subject_template, body_template = templates
    subject = " ".join(CONTROL_CHARACTERS.sub(" ", subject_template.render(context)).split())
    return EmailMessage(subject, body_template.render(context), settings.DEFAULT_FROM_EMAIL, list(to))


def email_to(template, context, reader):
    """One e-mail to one person, written in the language they chose (outbox.language)."""
    return email_from_templates(template, context, [reader.email], language=language_of(reader))


def emails_to(template, readers_and_contexts):
    """One e-mail each for many (reader, context) pairs, in the same order, each in its reader's
    language as `email_to` writes it. The templates are looked up once and each language is
    switched on once, however many e-mails (a batch of reminders)."""
    templates = _templates(template)
    messages = [None] * len(readers_and_contexts)
    by_language = {}
    for index, (reader, _context) in enumerate(readers_and_contexts):
        by_language.setdefault(language_of(reader), []).append(index)
    for language, indexes in by_language.items():
        with translation.override(language):
            for index in indexes:
                reader, context = readers_and_contexts[index]
                messages[index] = _rendered(templates, context, [reader.email])
    return messages


def emails_queue(messages):
    """Store (key, EmailMessage) pairs to be sent. Returns their keys."""
    Email.objects.bulk_create(
        [Email(key=key, to=list(message.to), subject=message.subject, body=message.body) for key, message in messages],
        ignore_conflicts=True,
    )
    return [key for key, _message in messages]


def emails_deliver(messages):
    """Queue (key, EmailMessage) pairs and send them now; what cannot go now goes on a later run."""
    if not messages:
        return 0
    return emails_send(keys=emails_queue(messages))


def emails_claim(*, now, keys=None, limit=BATCH):
    token = uuid.uuid4()
    claimable = (Q(claimed_at=None) | Q(claimed_at__lt=now - STALE_CLAIM)) & Q(sent_at=None,
                                                                                attempts__lt=MAX_ATTEMPTS)
    waiting = Email.objects.filter(claimable)
    if keys is not None:
        waiting = waiting.filter(key__in=keys)
    ids = waiting.order_by("id").values("pk")[:limit]
    Email.objects.filter(claimable, pk__in=Subquery(ids)).update(claim=token, claimed_at=now)
    return token


def _give_back(rows, error=None):
    """Release rows for a later run; the one that failed carries its error and one more attempt."""
    if not rows:
        return
    changes = {"claim": None, "claimed_at": None}
    if error is not None:
        changes.update(attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:500])
    Email.objects.filter(pk__in=[row.pk for row in rows], sent_at=None).update(**changes)


def _refused_for_good(error):
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _text in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


@contextmanager
def _marks_not_waiting_for_the_disk():
    """Inside, each e-mail's mark commits without waiting for PostgreSQL to flush it to disk.

    That wait took most of a batch's time (a few milliseconds per e-mail, against a twentieth
    of one without it). Other processes see each mark at once, so a worker that dies loses
    nothing; only PostgreSQL itself crashing (not restarting) within a fraction of a second of
    a mark could forget it, and send that e-mail once more after STALE_CLAIM."""
    if database.vendor != "postgresql" or database.in_atomic_block:
        yield
        return
    with database.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        with database.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


def emails_send(*, keys=None, now=None):
    """Send waiting e-mails (all, or those with these keys) over one connection. Returns how many
    the server accepted."""
    now = now or timezone.now()
    token = emails_claim(now=now, keys=keys)
    rows = list(Email.objects.filter(claim=token, sent_at=None).order_by("id"))
    if not rows:
        return 0
    connection = get_connection()
    try:
        connection.open()
    except (smtplib.SMTPException, OSError) as error:
        logger.warning("The mail server could not be reached; %d e-mails wait for the next run: %s", len(rows), error)
        _give_back(rows)
        return 0
    try:
        with _marks_not_waiting_for_the_disk():
            return _send_over(connection, rows, token)
    finally:
        try:
            connection.close()
        except (smtplib.SMTPException, OSError):
            pass


def _send_over(connection, rows, token):
    """Send the claimed rows one by one, each marked sent as soon as the server accepts it."""
    sent = 0
    for index, row in enumerate(rows):
        message = EmailMessage(row.subject, row.body, settings.DEFAULT_FROM_EMAIL, row.to, connection=connection)
        try:
            connection.send_messages([message])
        except (smtplib.SMTPException, OSError) as error:
            _give_back([row], error)
            if _refused_for_good(error):
                logger.warning("The mail server refused e-mail %s: %s", row.key, error)
                continue
            _give_back(rows[index + 1:])
            logger.warning("The mail server stopped after %d e-mails; %d wait for the next run: %s",
                           sent, len(rows) - sent, error)
            break
        Email.objects.filter(pk=row.pk, claim=token).update(sent_at=timezone.now(), body="")
        sent += 1
    return sent


def emails_forget(*, now=None):
    """Sent e-mails are kept a week (their keys stop a late duplicate), then deleted."""
    now = now or timezone.now()
    deleted, _kinds = Email.objects.filter(sent_at__lt=now - KEEP_SENT).delete()
    return deleted
