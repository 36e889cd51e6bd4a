"""First steppers on a peer supporter's caseload, and the log of every contact with them.

First steppers never sign in: they are people in "pre-recovery" referred to the First
Steps approach (seed 002). What is derived (connected calls, "developed a relationship",
last contact) is computed from the contact log, never typed in.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The guide's definition: a relationship is at least five connected phone calls.
RELATIONSHIP_CALLS = 5


class ReferralSource(models.Model):
    """Who refers people: a list the organisation edits."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(_("still offered"), default=True)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Substance(models.TextChoices):
    ALCOHOL = "alcohol", _("Alcohol")
    DRUGS = "drugs", _("Other drugs")
    BOTH = "both", _("Alcohol and other drugs")


class ContactBy(models.TextChoices):
    CALL = "call", _("A phone call")
    TEXT = "text", _("A text message")
    EITHER = "either", _("Either")


class Stage(models.TextChoices):
    REACHING_OUT = "reaching_out", _("Reaching out")
    BUILDING = "building", _("Building a relationship")
    STABILISING = "stabilising", _("Harm reduction and stabilisation")
    PRACTICAL = "practical", _("Practical support")
    SERVICES = "services", _("Engaging with services")


class StepBackReason(models.TextChoices):
    SAID_NO = "said_no", _("They said no to support")
    NO_RESPONSE = "no_response", _("No response after repeated tries")
    DOING_WELL = "doing_well", _("They are doing well")
    MOVED_ON = "moved_on", _("They moved on to another service")


class FirstStepperQuerySet(models.QuerySet):
    def on_caseload(self):
        """Held by someone, not stepped back, not opted out: the people a caseload counts."""
        return self.filter(peer_supporter__isnull=False, stepped_back_at=None, opted_out_at=None, erased_at=None)


class FirstStepper(models.Model):
    peer_supporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="first_steppers",
        verbose_name=_("peer supporter"),
    )
    name = models.CharField(_("what they like to be called"), max_length=80)
    phone = models.CharField(_("phone number"), max_length=30)
    contact_by = models.CharField(_("how they prefer to be contacted"), max_length=10, choices=ContactBy.choices,
                                  default=ContactBy.EITHER)
    contact_times = models.CharField(_("best days and times"), max_length=200, blank=True)
    may_leave_message = models.BooleanField(_("a message may be left"), default=False)
    source = models.ForeignKey(ReferralSource, on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("referred by"))
    substance = models.CharField(_("main substance"), max_length=10, choices=Substance.choices)
    referred_on = models.DateField(_("referral date"), default=timezone.localdate)
    safety_notes = models.TextField(_("what the referrer said that keeps people safe"), blank=True)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.REACHING_OUT)
    next_contact_at = models.DateTimeField(_("next contact"), null=True, blank=True, db_index=True)
    next_step = models.CharField(_("next step"), max_length=200, blank=True)
    # The reminder for `next_contact_at`: set when sent, cleared when the next step changes.
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    told_about_data_on = models.DateField(_("told how their information is looked after"), null=True, blank=True)
    opted_out_at = models.DateTimeField(_("opted out"), null=True, blank=True)
    stepped_back_at = models.DateTimeField(_("stepped back"), null=True, blank=True)
    stepped_back_reason = models.CharField(max_length=20, choices=StepBackReason.choices, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    erased_at = models.DateTimeField(null=True, blank=True)
    # Facts the First Steps report reads, kept from the person's own contacts by
    # outreach/kept_facts.py in the transaction of every write to them, never typed in:
    # the first connected call, the fifth (the relationship), the latest contact where they
    # talked, and the whole local days from the referral to the first connected call.
    first_call_at = models.DateTimeField(null=True, blank=True, editable=False)
    relationship_at = models.DateTimeField(null=True, blank=True, editable=False)
    latest_connected_at = models.DateTimeField(null=True, blank=True, editable=False)
    days_to_first_call = models.PositiveIntegerField(null=True, blank=True, editable=False)

    objects = FirstStepperQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["peer_supporter", "stepped_back_at"]), models.Index(fields=["referred_on"])]

    def __str__(self):
        return self.shown_name

    @property
    def shown_name(self):
        """Their name, or once erased (which blanks the name) "Erased first stepper #N" in the
        reader's language."""
        if self.erased_at is not None:
            return _("Erased first stepper #%(id)s") % {"id": self.pk}
        return self.name

    @property
    def is_active(self):
        return self.stepped_back_at is None and self.opted_out_at is None and self.erased_at is None


class ContactKind(models.TextChoices):
    TEXT_SENT = "text_sent", _("Text sent")
    CALL_CONNECTED = "call_connected", _("Call made: we talked")
    CALL_NO_ANSWER = "call_no_answer", _("Call made: no answer")
    CALL_VOICEMAIL = "call_voicemail", _("Call made: left a voicemail")
    CALL_DEAD = "call_dead", _("Call made: wrong or dead number")
    CALL_RECEIVED = "call_received", _("They called me")
    FACE_TO_FACE = "face_to_face", _("Met face to face")


# Phone calls where the two people talked: what "five connected calls" counts.
CONNECTED_CALLS = {ContactKind.CALL_CONNECTED, ContactKind.CALL_RECEIVED}
# Any contact where they talked, for "still actively engaged".
CONNECTED = CONNECTED_CALLS | {ContactKind.FACE_TO_FACE}
MISSED_CALLS = {ContactKind.CALL_NO_ANSWER, ContactKind.CALL_VOICEMAIL}


class Topic(models.TextChoices):
    ENGAGEMENT = "engagement", _("Getting to know each other")
    HEALTH = "health", _("Health")
    HOUSING_SAFETY = "staying", _("Where they are staying, and if it is safe")
    EATING = "eating", _("Eating")
    GP = "gp", _("GP")
    HOUSING = "housing", _("Housing")
    FOOD_BANK = "food_bank", _("Food bank")
    SERVICES = "services", _("Services: pros and cons")
    APPOINTMENTS = "appointments", _("Appointments")
    PERMISSION = "permission", _("Permission to talk to other workers")


class Contact(models.Model):
    first_stepper = models.ForeignKey(FirstStepper, on_delete=models.CASCADE, related_name="contacts")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("when"), default=timezone.now)
    kind = models.CharField(_("what happened"), max_length=20, choices=ContactKind.choices)
    # Kept with the row so counts are plain aggregates over an indexed column.
    connected_call = models.BooleanField(default=False)
    connected = models.BooleanField(default=False)
    minutes = models.PositiveSmallIntegerField(_("how long (minutes)"), null=True, blank=True)
    topics = models.JSONField(_("what you talked about"), default=list, blank=True)
    notes = models.TextField(_("private notes"), blank=True)
    safeguarding_concern = models.BooleanField(_("a safeguarding concern"), default=False)
    safeguarding_action = models.TextField(_("what was done about it"), blank=True)
    next_at = models.DateTimeField(_("next contact"), null=True, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["first_stepper", "at"]),
            models.Index(fields=["by", "at"]),
            models.Index(fields=["at"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        self.connected_call = self.kind in CONNECTED_CALLS
        self.connected = self.kind in CONNECTED
        super().save(*args, **kwargs)

    def topic_labels(self):
        labels = dict(Topic.choices)
        return [labels.get(t, t) for t in self.topics]


class SupporterTally(models.Model):
    """Someone who has logged contacts: the row locked while their SupporterDay rows change,
    so two contacts logged by them at once count both, and the list of supporters the First
    Steps report reads, with their first and last days and all their contacts, so a period
    that starts before their first day or ends after their last needs no probe at that end."""

    supporter = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True,
                                     related_name="+")
    first_day = models.DateField(null=True)
    last_day = models.DateField(null=True)
    contacts = models.PositiveIntegerField(default=0)

    def __str__(self):
        return str(self.supporter_id)


class SupporterDay(models.Model):
    """The contacts one person logged on one local day, and how many they had logged up to and
    including that day, so their contacts in any run of days is two index probes, whatever its
    length. Kept by outreach/kept_facts.py in the transaction of every contact write."""

    supporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    contacts = models.PositiveIntegerField(default=0)
    running = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["supporter", "day"], name="supporter_day_once")]
        # With `running` in it, the report's probes read the index alone (PostgreSQL).
        indexes = [models.Index(fields=["supporter", "day", "running"])]

    def __str__(self):
        return f"{self.supporter_id} {self.day}: {self.contacts}"


class StageChange(models.Model):
    """A step in a first stepper's history. Stepping back and re-engaging are kept here too,
    as a `kind` with its `params`, worded when read so each reader sees their own language.
    `note` holds only words saved before kinds existed that were not Waymark's English."""

    REFERRED = "referred"
    GIVEN_TO = "given_to"
    STEPPED_BACK = "stepped_back"
    CAME_BACK = "came_back"
    OPTED_OUT = "opted_out"
    KINDS = (REFERRED, GIVEN_TO, STEPPED_BACK, CAME_BACK, OPTED_OUT)

    first_stepper = models.ForeignKey(FirstStepper, on_delete=models.CASCADE, related_name="stage_changes")
    stage = models.CharField(max_length=20, choices=Stage.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    kind = models.CharField(max_length=20, blank=True)
    params = models.JSONField(default=dict, blank=True)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.get_stage_display()} {self.at:%Y-%m-%d}"

    @property
    def description(self):
        """What happened, in the active language (empty for a plain change of stage)."""
        if self.kind == self.REFERRED:
            return _("Referred")
        if self.kind == self.GIVEN_TO:
            return _("Given to %(name)s") % {"name": self.params.get("name", "")}
        if self.kind == self.STEPPED_BACK:
            return _("Stepped back: %(reason)s") % {"reason": StepBackReason(self.params["reason"]).label}
        if self.kind == self.CAME_BACK:
            return _("Came back")
        if self.kind == self.OPTED_OUT:
            return _("Asked not to be contacted")
        return self.note


class Review(models.Model):
    """A 1:1's look at one person: "are we being helpful and purposeful?"."""

    class Decision(models.TextChoices):
        CARRY_ON = "carry_on", _("Carry on")
        CHANGE = "change", _("Change the approach")
        STEP_BACK = "step_back", _("Step back")

    first_stepper = models.ForeignKey(FirstStepper, on_delete=models.CASCADE, related_name="reviews")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.get_decision_display()} {self.at:%Y-%m-%d}"


# Distance travelled (seed 002, "Measuring success"): the self-scored matrix and the yes/no
# statements are data, kept in versions. Revising the instrument makes a new version; a
# reading keeps pointing at the version it was taken with. Domains and statements carry a
# `key` that stays the same from one version to the next, so a person's first and latest
# readings (and the funders' report) compare like with like after the wording changes.


class InstrumentVersion(models.Model):
    number = models.PositiveIntegerField(_("version"), unique=True)
    scale_min = models.PositiveSmallIntegerField(default=1)
    scale_max = models.PositiveSmallIntegerField(default=10)
    note = models.CharField(_("what changed"), max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-number"]

    def __str__(self):
        return _("Distance travelled, version %(number)s") % {"number": self.number}

    @classmethod
    def current(cls):
        return cls.objects.order_by("-number").first()

    def scale(self):
        return range(self.scale_min, self.scale_max + 1)


class Domain(models.Model):
    """One row of the self-scoring matrix: scored on the version's scale, higher is better."""

    version = models.ForeignKey(InstrumentVersion, on_delete=models.CASCADE, related_name="domains")
    key = models.SlugField(max_length=40)
    position = models.PositiveSmallIntegerField(default=0)
    label = models.CharField(_("domain"), max_length=80)

    class Meta:
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["version", "key"], name="distance_domain_key_once")]

    def __str__(self):
        return self.label


class Statement(models.Model):
    """A yes/no statement about the time since the person came to the organisation."""

    version = models.ForeignKey(InstrumentVersion, on_delete=models.CASCADE, related_name="statements")
    key = models.SlugField(max_length=40)
    position = models.PositiveSmallIntegerField(default=0)
    wording = models.CharField(_("statement"), max_length=200)
    # The lapse or relapse statement: "yes" is not the hoped-for answer, and every page says so.
    yes_is_good = models.BooleanField(_("“yes” is the hoped-for answer"), default=True)

    class Meta:
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["version", "key"], name="distance_statement_key_once")]

    def __str__(self):
        return self.wording


class ReadingOccasion(models.TextChoices):
    JOINING = "joining", _("Joining the caseload")
    REVIEW = "review", _("A review")
    MOVING_ON = "moving_on", _("Moving on")


class Reading(models.Model):
    """One sitting of the instrument with a first stepper, taken by their peer supporter."""

    first_stepper = models.ForeignKey(FirstStepper, on_delete=models.CASCADE, related_name="readings")
    version = models.ForeignKey(InstrumentVersion, on_delete=models.PROTECT, related_name="readings")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    taken_on = models.DateField(_("taken on"), default=timezone.localdate)
    occasion = models.CharField(_("when is this reading?"), max_length=20, choices=ReadingOccasion.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["taken_on", "id"]
        indexes = [models.Index(fields=["first_stepper", "taken_on"]), models.Index(fields=["taken_on"])]

    def __str__(self):
        return f"{self.get_occasion_display()} {self.taken_on:%Y-%m-%d}"


class DomainScore(models.Model):
    reading = models.ForeignKey(Reading, on_delete=models.CASCADE, related_name="scores")
    domain = models.ForeignKey(Domain, on_delete=models.PROTECT, related_name="+")
    # None: "not relevant to me".
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    own_words = models.TextField(_("in their own words"), blank=True)

    class Meta:
        ordering = ["domain__position", "domain_id"]
        constraints = [models.UniqueConstraint(fields=["reading", "domain"], name="distance_score_once")]

    def __str__(self):
        return f"{self.domain_id}: {self.score if self.score is not None else '-'}"


class StatementAnswer(models.Model):
    reading = models.ForeignKey(Reading, on_delete=models.CASCADE, related_name="answers")
    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, related_name="+")
    # None: they chose not to answer.
    answer = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["statement__position", "statement_id"]
        constraints = [models.UniqueConstraint(fields=["reading", "statement"], name="distance_answer_once")]

    def __str__(self):
        return f"{self.statement_id}: {self.answer}"
