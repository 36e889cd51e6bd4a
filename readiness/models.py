from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import RENEWAL_WARNING_DAYS


class ReadinessSettings(models.Model):
    """The organisation's readiness rules that are numbers rather than lists. One row."""

    preparation_months = models.PositiveSmallIntegerField(
        _("months to prepare"),
        default=2,
        help_text=_("Calendar months between joining and starting as a peer supporter."),
    )
    one_to_ones_needed = models.PositiveSmallIntegerField(_("1:1s attended before starting"), default=1)
    warning_days = models.PositiveSmallIntegerField(
        _("days of warning before something expires"), default=RENEWAL_WARNING_DAYS
    )
    # When the rules last changed for everyone (these numbers, the required courses or checks,
    # published courses or policies): stored summaries judged before then are out of date.
    rules_changed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("readiness settings")
        verbose_name_plural = _("readiness settings")

    def __str__(self):
        return str(_("Readiness settings"))

    @classmethod
    def current(cls):
        return cls.objects.get_or_create(pk=1)[0]


class CheckType(models.Model):
    """A pre-start check a manager records for each volunteer, such as a DBS check."""

    class Kind(models.TextChoices):
        # Applied for, then received with a certificate number and a renewal date.
        DBS = "dbs", _("DBS check")
        # Requested from someone, chased, received.
        REFERENCE = "reference", _("Reference")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    renewal_months = models.PositiveSmallIntegerField(
        _("renew after (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty if it never needs renewing."),
    )
    required = models.BooleanField(_("needed before starting"), default=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class PreStartCheck(models.Model):
    """One check for one volunteer, tracked as it happens: applied for or requested
    (`started_on`, from whom), chased, then received (`done_on`). Until it is received it is
    waiting. The newest received one for a volunteer and check type is the one that counts."""

    volunteer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pre_start_checks")
    check_type = models.ForeignKey(CheckType, on_delete=models.PROTECT, related_name="records")
    started_on = models.DateField(_("applied for or requested on"), null=True, blank=True)
    requested_from = models.CharField(_("requested from"), max_length=200, blank=True)
    chased_on = models.DateField(_("last chased on"), null=True, blank=True)
    done_on = models.DateField(_("date done"), null=True, blank=True)
    # Only the last four digits: enough to match the certificate, not enough to misuse it.
    certificate_last4 = models.CharField(_("certificate number, last four digits"), max_length=4, blank=True)
    expires_on = models.DateField(_("renew by"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-recorded_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(done_on__isnull=False) | models.Q(started_on__isnull=False),
                name="readiness_check_started_or_done",
            ),
            # One check of each type waiting at a time for a volunteer.
            models.UniqueConstraint(
                fields=["volunteer", "check_type"], condition=models.Q(done_on=None),
                name="readiness_one_waiting_check_per_type",
            ),
        ]

    def __str__(self):
        return f"{self.check_type} for {self.volunteer} on {self.done_on or self.started_on}"

    @property
    def waiting(self):
        return self.done_on is None


class SignOff(models.Model):
    """A manager's decision that a volunteer is ready to start, with every rule's state then."""

    volunteer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sign_offs")
    signed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    signed_at = models.DateTimeField(default=timezone.now)
    override = models.BooleanField(default=False, help_text=_("Signed off although some rules were not met."))
    reason = models.TextField(blank=True)
    rule_states = models.JSONField(default=list)

    class Meta:
        ordering = ["-signed_at"]

    def __str__(self):
        return f"Sign-off for {self.volunteer} at {self.signed_at:%Y-%m-%d}"


class RequiredCourse(models.Model):
    """A course someone must have completed, in date, before they start.

    A row with no placement applies to every volunteer; a row with a placement adds a course
    for volunteers in that placement only.
    """

    course = models.ForeignKey("courses.Course", on_delete=models.CASCADE, related_name="+")
    placement = models.ForeignKey(
        "people.Placement",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Leave empty if everyone must take it."),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course", "placement"], name="readiness_course_once_per_placement"),
            models.UniqueConstraint(
                fields=["course"], condition=models.Q(placement=None), name="readiness_course_once_for_everyone"
            ),
        ]

    def __str__(self):
        return f"{self.course} ({self.placement or 'everyone'})"


class ReadinessSummaryQuerySet(models.QuerySet):
    def fresh(self, today):
        """Judged today, and nothing it was judged on has changed since: neither this
        volunteer's facts (`changed_at`) nor the rules for everyone."""
        unchanged = models.Q(changed_at=None) | models.Q(changed_at__lte=models.F("judged_at"))
        rules_changed = ReadinessSettings.objects.filter(pk=1).values("rules_changed_at")[:1]
        rules_unchanged = models.Q(judged_at__gte=Coalesce(models.Subquery(rules_changed), models.F("judged_at")))
        return self.filter(unchanged, rules_unchanged, judged_on=today)


class ReadinessSummary(models.Model):
    """The latest judgement of one volunteer's readiness, every rule with its state.

    The board sorts, counts and pages thousands of volunteers from these rows instead of
    judging every rule for every one of them on each visit. A summary is out of date when it
    was judged on an earlier day (dates move rules on) or when something it was judged on
    has changed since: readiness/signals.py sets `changed_at` whenever that happens.
    """

    volunteer = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="readiness_summary"
    )
    # Both empty on a row made only to note a change to someone never judged yet.
    judged_on = models.DateField(null=True, blank=True)
    # When the facts were read: a change after this moment makes the summary out of date.
    judged_at = models.DateTimeField(null=True, blank=True)
    changed_at = models.DateTimeField(null=True, blank=True)
    ready = models.BooleanField(default=False)
    projected_on = models.DateField(null=True, blank=True)
    needs_renewal = models.BooleanField(default=False)
    rules = models.JSONField(default=list)

    objects = ReadinessSummaryQuerySet.as_manager()

    class Meta:
        verbose_name = _("readiness summary")
        verbose_name_plural = _("readiness summaries")
        indexes = [
            models.Index(fields=["ready", "projected_on"], name="readiness_summary_sort"),
            # Each row carries its long list of rules, so reading every summary's dates and flags
            # (which are out of date, how many are ready or due to renew: the board's checks and
            # counts) from the table reads megabytes. On PostgreSQL this narrow copy of them
            # answers those from the index alone.
            models.Index(
                fields=["volunteer"],
                include=["judged_on", "judged_at", "changed_at", "ready", "needs_renewal"],
                name="readiness_summary_state",
            ),
        ]

    def __str__(self):
        return f"Readiness of {self.volunteer_id} on {self.judged_on}"


class WaitingChecksDigest(models.Model):
    """The weekly e-mail to managers listing pre-start checks waiting too long: one row per
    week, claimed with a conditional update so that the e-mail goes out once however many
    times the task runs."""

    week = models.DateField(unique=True, help_text=_("The Monday of the week it is for."))
    sent_at = models.DateTimeField(null=True, blank=True)
    checks_listed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-week"]

    def __str__(self):
        return f"Waiting checks e-mail for the week of {self.week}"
