import hashlib

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, Group, PermissionsMixin
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.inputs import one_line
from people.status import Status


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in to Waymark. The e-mail address is the login; there is no username."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150)
    preferred_name = models.CharField(
        _("preferred name"), max_length=80, blank=True, help_text=_("What they like to be called.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    # Only superusers may enter the Django admin; is_staff is kept for Django's own checks.
    is_staff = models.BooleanField(_("staff"), default=False)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    # The language they chose (settings.LANGUAGES), for pages and all that is sent to them;
    # empty until they choose, when the site's own language is used (people/language.py).
    language = models.CharField(_("language"), max_length=10, blank=True, default="")

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name", "email"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.full_name or self.email

    def save(self, *args, **kwargs):
        self.email = self.email.lower()
        # A name is one line: it goes into e-mail subjects, calendar files and certificates.
        self.full_name, self.preferred_name = one_line(self.full_name), one_line(self.preferred_name)
        super().save(*args, **kwargs)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.preferred_name or self.full_name.split(" ")[0] or self.email

    # Wagtail's admin asks for these two.
    @property
    def first_name(self):
        return self.get_short_name()

    @property
    def last_name(self):
        return ""


class Placement(models.Model):
    """Where a volunteer gives peer support: in the community, in a hospital, by telephone…"""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class VolunteerProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profile")
    joined_on = models.DateField(_("joined on"), default=timezone.localdate)
    placement = models.ForeignKey(Placement, on_delete=models.PROTECT, null=True, blank=True, related_name="volunteers")
    first_steps_caseload = models.BooleanField(
        _("will hold a First Steps caseload"),
        default=False,
        help_text=_("They will call and text first steppers, so they need the phone and text training."),
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.APPLICANT)
    status_changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["user__full_name"]

    def __str__(self):
        return f"{self.user} ({self.get_status_display()})"


class StatusChange(models.Model):
    """One step in a volunteer's status history: who moved them, when, and why.

    `reason` is what a person wrote. A step Waymark takes itself has a `kind` instead, worded
    when it is read, so each reader sees it in their own language.
    """

    class Kind(models.TextChoices):
        INVITATION_ACCEPTED = "invitation_accepted", _("Accepted an invitation to volunteer.")
        SIGNED_UP = "signed_up", _("Signed up on the website.")
        SIGNED_OFF = "signed_off", _("Signed off: every readiness rule was met.")
        STARTED = "started", _("Started as a peer supporter.")

    profile = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    changed_at = models.DateTimeField(default=timezone.now)
    reason = models.TextField(blank=True)
    # Blank when a person wrote the reason.
    kind = models.CharField(max_length=30, choices=Kind.choices, blank=True, default="")
    # When the managers were e-mailed about a step back: claimed once, so they hear once.
    managers_told_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]

    def __str__(self):
        return f"{self.profile.user}: {self.from_status or '—'} → {self.to_status}"

    @property
    def reason_text(self):
        """Why, in the reader's language when Waymark wrote it, as typed when a person did."""
        return str(self.Kind(self.kind).label) if self.kind else self.reason


class AssignmentQuerySet(models.QuerySet):
    def current(self):
        return self.filter(ended_on=None)


class SupervisorAssignment(models.Model):
    """Who supervises a volunteer, from when to when. Ending one and starting another keeps the history.

    A relationship between two people, so it lives here; the table keeps the name it had when
    the model lived in supervision (people/migrations/0005_supervisor_assignment_moves_to_people.py).
    """

    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervisor_assignments"
    )
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="supervisee_assignments"
    )
    started_on = models.DateField(_("started on"), default=timezone.localdate)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        db_table = "supervision_supervisorassignment"
        ordering = ["-started_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer"], condition=Q(ended_on=None), name="supervision_one_current_supervisor"
            ),
        ]

    def __str__(self):
        return f"{self.supervisor} supervises {self.volunteer}"


ONE_LIVE_INVITATION = "people_one_live_invitation_per_address"


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at=None, revoked_at=None, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """A manager's invitation to join. The link's token is stored only as a hash."""

    email = models.EmailField(_("e-mail address"))
    full_name = models.CharField(_("full name"), max_length=150)
    roles = models.ManyToManyField(Group, related_name="+")
    placement = models.ForeignKey(Placement, on_delete=models.PROTECT, null=True, blank=True)
    joined_on = models.DateField(_("joined on"), null=True, blank=True)
    # The language the invitation is written in and the new account starts with (empty: the
    # site's own); the person can change it from any page afterwards.
    language = models.CharField(_("language"), max_length=10, blank=True, default="")
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # When the e-mail with the link went: claimed once, and the link's token made then.
    sent_at = models.DateTimeField(null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # A new invitation withdraws the old one (people/services.py); the database makes
            # sure two sent at the same moment cannot both stay usable.
            models.UniqueConstraint(
                Lower("email"), condition=Q(accepted_at=None, revoked_at=None), name=ONE_LIVE_INVITATION
            ),
        ]

    def __str__(self):
        return f"Invitation for {self.email}"

    def save(self, *args, **kwargs):
        self.full_name = one_line(self.full_name)
        super().save(*args, **kwargs)

    @staticmethod
    def hash_token(token):
        return hashlib.sha256(token.encode()).hexdigest()

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()
