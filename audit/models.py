"""The access log: who looked at someone else's 1:1 record or check-in, and who was refused.

Rows are written once and never changed by the app. The only exception is erasure, which
blanks the people in a row (`AccessLogQuerySet.anonymise_for`) and keeps the fact that an
access happened.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class AppendOnly(Exception):
    """Raised when code tries to change or delete an access-log row."""


class AccessLogQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnly("Access-log rows cannot be changed.")

    def delete(self):
        raise AppendOnly("Access-log rows cannot be deleted.")

    def about(self, person):
        return self.filter(subject=person)

    def by(self, person):
        return self.filter(actor=person)

    def anonymise_for(self, person):
        """Blank this person wherever they appear. The only change the log allows."""
        as_actor = models.QuerySet.update(self.filter(actor=person), actor=None, actor_label="")
        as_subject = models.QuerySet.update(self.filter(subject=person), subject=None, subject_label="")
        return as_actor + as_subject

    def purge_before(self, cutoff):
        """Retention: delete the rows logged before `cutoff`, the one deliberate way rows leave.

        On PostgreSQL the append-only trigger is switched off inside this transaction only:
        ALTER TABLE holds its lock until commit, so no other connection ever sees it off. It
        cannot run while foreign-key checks of rows written earlier in the transaction wait,
        so those are made first (Django's foreign keys are otherwise checked at commit).
        """
        from django.db import connections, transaction

        postgres = connections[self.db].vendor == "postgresql"
        with transaction.atomic(using=self.db), connections[self.db].cursor() as cursor:
            if postgres:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute("ALTER TABLE audit_accesslog DISABLE TRIGGER audit_accesslog_append_only")
            deleted = models.QuerySet.delete(self.filter(at__lt=cutoff))[0]
            if postgres:
                cursor.execute("ALTER TABLE audit_accesslog ENABLE TRIGGER audit_accesslog_append_only")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        return deleted


class AccessLog(models.Model):
    class Kind(models.TextChoices):
        RECORD = "record", "1:1 record"
        CHECKIN = "checkin", "Wellbeing check-in"
        PAGE = "page", "Page"
        FIRST_STEPPER = "first_stepper", "First stepper's notes"

    class Outcome(models.TextChoices):
        ALLOWED = "allowed", "Shown"
        REFUSED = "refused", "Refused"

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=254, blank=True)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    subject_label = models.CharField(max_length=254, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    method = models.CharField(max_length=8, blank=True)
    path = models.CharField(max_length=300, blank=True)

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["subject", "-at"]), models.Index(fields=["actor", "-at"])]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_outcome_display()} {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnly("Access-log rows cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("Access-log rows cannot be deleted.")
