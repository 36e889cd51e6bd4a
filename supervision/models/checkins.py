from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def _score(name):
    return models.PositiveSmallIntegerField(name, validators=[MinValueValidator(0), MaxValueValidator(5)])


class CheckInQuerySet(models.QuerySet):
    def this_week(self, now=None):
        """Check-ins that count as this week's: sent in the six days before `now`, so a
        volunteer who checks in on the same weekday each week is asked once a week."""
        return self.filter(submitted_at__gt=(now or timezone.now()) - timedelta(days=6))


class CheckIn(models.Model):
    """A volunteer's weekly wellbeing check-in: the WHO-5 and a few questions of our own."""

    volunteer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkins")
    submitted_at = models.DateTimeField(default=timezone.now)
    who5_cheerful = _score(_("cheerful and in good spirits"))
    who5_calm = _score(_("calm and relaxed"))
    who5_active = _score(_("active and vigorous"))
    who5_rested = _score(_("woke up fresh and rested"))
    who5_interested = _score(_("daily life filled with things of interest"))
    caseload = models.PositiveSmallIntegerField(_("people I support now"), validators=[MaxValueValidator(200)])
    recovery = models.PositiveSmallIntegerField(
        _("how my own recovery is going"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    worries = models.TextField(_("anything worrying me"), blank=True)
    contact_requested = models.BooleanField(_("I would like my supervisor to contact me"), default=False)

    ITEM_FIELDS = ("who5_cheerful", "who5_calm", "who5_active", "who5_rested", "who5_interested")

    objects = CheckInQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-id"]
        indexes = [
            models.Index(fields=["volunteer", "-submitted_at"]),
            # The funder report counts check-ins in a date range (readiness/reports.py).
            models.Index(fields=["submitted_at"], name="supervision_checkin_when"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    who5_cheerful__lte=5, who5_calm__lte=5, who5_active__lte=5, who5_rested__lte=5,
                    who5_interested__lte=5, recovery__gte=1, recovery__lte=5,
                ),
                name="supervision_checkin_in_range",
            ),
        ]

    def __str__(self):
        return f"Check-in by {self.volunteer} on {timezone.localtime(self.submitted_at):%d %b %Y}"

    @property
    def items(self):
        return [getattr(self, name) for name in self.ITEM_FIELDS]

    @property
    def raw_score(self):
        return sum(self.items)

    @property
    def percentage(self):
        return self.raw_score * 4


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at=None)


class Flag(models.Model):
    """Something in a check-in the supervisor must look at. Open until they say what they did."""

    class Rule(models.TextChoices):
        # xgettext:no-python-format (the % is a percentage, not a placeholder)
        LOW_WELLBEING = "low_wellbeing", _("WHO-5 score of 50% or less")
        # xgettext:no-python-format (the % is a percentage, not a placeholder)
        VERY_LOW_WELLBEING = "very_low_wellbeing", _("WHO-5 score of 28% or less")
        LOW_ITEM = "low_item", _("An answer of 0 or 1")
        FALL = "fall", _("Score fell by 10 points or more")
        CONTACT_REQUESTED = "contact_requested", _("Asked to be contacted")
        CASELOAD = "caseload", _("Caseload above the limit")
        NOT_REACHED = "not_reached", _("First steppers not reached")

    checkin = models.ForeignKey(CheckIn, on_delete=models.CASCADE, related_name="flags")
    volunteer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rule = models.CharField(max_length=30, choices=Rule.choices)
    urgent = models.BooleanField(default=False)
    # The numbers behind the flag, worded when read (supervision.flags.describe), so each
    # reader sees it in their own language. Null only on rows whose wording could not be
    # turned back into numbers: those keep the words they were saved with in `detail`.
    params = models.JSONField(null=True, blank=True)
    detail = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    emailed_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    resolution = models.TextField(_("what I did"), blank=True)

    objects = FlagQuerySet.as_manager()

    class Meta:
        ordering = ["-urgent", "-created_at", "id"]
        constraints = [models.UniqueConstraint(fields=["checkin", "rule"], name="supervision_flag_once")]
        indexes = [models.Index(fields=["volunteer"], condition=Q(resolved_at=None), name="supervision_open_flags")]

    def __str__(self):
        return f"{self.get_rule_display()}: {self.volunteer}"

    @property
    def description(self):
        from supervision.flags import describe

        return self.detail if self.params is None else describe(self.rule, self.params)


class CheckInMonth(models.Model):
    """Check-ins of one local (Europe/London) month, counted: how many, their WHO-5 answers
    added up and how many people sent at least one. Kept up to date, in the same transaction,
    by whatever adds or deletes check-ins (supervision/services/checkin_months.py), so the funder
    report reads a row a month however many check-ins there are. Never edited by hand: the
    nightly rebuild makes them again from the check-ins."""

    month = models.DateField(unique=True)
    checkins = models.PositiveIntegerField(default=0)
    # The raw WHO-5 answers (0-5 each, five a check-in), added up; the percentage is 4x.
    items = models.PositiveBigIntegerField(default=0)
    people = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"Check-ins in {self.month:%Y-%m}"


class LatestCheckIn(models.Model):
    """Each person's latest check-in (by time sent, then id), with its WHO-5 percentage and
    caseload copied, kept up to date in the transaction that saves a check-in
    (supervision/services/latest_checkins.py). The funder report counts everyone's latest
    check-in in a period running to today from these narrow rows, instead of asking the
    check-ins person by person. Deleting the check-in deletes its row; the nightly rebuild
    makes them all again from the check-ins."""

    volunteer = models.OneToOneField(
        settings.AUTH_USER_MODEL, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    checkin = models.OneToOneField(CheckIn, on_delete=models.CASCADE, related_name="+")
    submitted_at = models.DateTimeField()
    who5 = models.PositiveSmallIntegerField()  # the percentage, 0-100
    caseload = models.PositiveSmallIntegerField()

    def __str__(self):
        return f"Latest check-in of {self.volunteer_id}"
