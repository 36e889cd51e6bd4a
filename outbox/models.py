from django.db import models
from django.db.models import Q
from django.utils import timezone


class QueuedTask(models.Model):
    """Work for a Celery worker, kept in the database until a worker starts it.

    Saved in the same transaction as what caused it, handed to the broker after commit, and
    deleted when a worker picks it up (outbox/signals.py). While the broker (Redis) is away,
    rows wait here and are handed over once it is back (outbox/queue.py)."""

    name = models.CharField(max_length=200)
    args = models.JSONField(default=list)
    kwargs = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)
    # Handed to the broker; a row still here long after that is handed over again.
    published_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"{self.name} #{self.pk}"


class Email(models.Model):
    """One e-mail to send, kept until the mail server has accepted it (outbox/emails.py).

    `key` names what it is about (for example "reminder:42"), so queueing the same e-mail
    twice keeps one. A row is marked sent the moment the server accepts it, so a server that
    fails part-way through a batch gets only the rest again. Its body is emptied once sent,
    and sent rows are deleted after a week."""

    key = models.CharField(max_length=200, unique=True)
    to = models.JSONField()
    subject = models.CharField(max_length=998)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    claim = models.UUIDField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["created_at"], condition=Q(sent_at=None), name="outbox_emails_waiting")]

    def __str__(self):
        return self.key
