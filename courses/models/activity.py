"""What learners do: plain models with foreign keys to the person and the page."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How many days before something runs out people are warned: a course shows "renewal due
# soon" and its reminder goes out, and readiness warns (by default) of a course or check.
RENEWAL_WARNING_DAYS = 30


class LessonCompletion(models.Model):
    """A lesson finished by a learner. One row per person and lesson; a renewal moves it on."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    # Empty once the lesson is deleted, or moved to another course: the record stays the
    # learner's, with the lesson's title and the course it was earned in.
    lesson = models.ForeignKey("courses.Lesson", on_delete=models.SET_NULL, null=True, related_name="+")
    lesson_title = models.CharField(max_length=255, blank=True)
    course = models.ForeignKey("courses.Course", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    completed_at = models.DateTimeField(default=timezone.now)
    score = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")]

    def __str__(self):
        return f"{self.user} finished lesson {self.lesson_id}"

    @property
    def lesson_name(self):
        return self.lesson.title if self.lesson_id else self.lesson_title


class QuizAttempt(models.Model):
    """One try at a knowledge check. `questions` is a snapshot of what was asked and answered,
    so the attempt still reads correctly after the quiz is edited."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    lesson = models.ForeignKey("courses.Lesson", on_delete=models.SET_NULL, null=True, related_name="+")
    lesson_title = models.CharField(max_length=255, blank=True)
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.SET_NULL, null=True, blank=True)
    answers = models.JSONField(default=dict)
    # The options were shuffled by this seed; `questions` lists them in the order shown.
    seed = models.CharField(max_length=16, blank=True)
    questions = models.JSONField(default=list)
    score = models.PositiveSmallIntegerField()
    pass_mark = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-submitted_at", "-id"]

    def __str__(self):
        return f"{self.user}: {self.score}% on lesson {self.lesson_id}"

    @property
    def lesson_name(self):
        return self.lesson.title if self.lesson_id else self.lesson_title


class ReflectionAnswer(models.Model):
    """A learner's private answer to a reflection prompt. Only they can read it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections")
    lesson = models.ForeignKey("courses.Lesson", on_delete=models.SET_NULL, null=True, related_name="+")
    lesson_title = models.CharField(max_length=255, blank=True)
    block_id = models.CharField(max_length=64)
    prompt = models.TextField()
    text = models.TextField()
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="one_answer_per_reflection")]

    def __str__(self):
        return f"{self.user}'s reflection on lesson {self.lesson_id}"

    @property
    def lesson_name(self):
        return self.lesson.title if self.lesson_id else self.lesson_title


class CourseStatus(models.Model):
    """Where a learner stands on a course, stored so pages never recompute everything.

    Refreshed when a lesson is completed or a register is taken. `cycle_started_at` marks the
    start of a renewal: only work done since then counts towards completing it again.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_statuses")
    course = models.ForeignKey("courses.Course", on_delete=models.CASCADE, related_name="+")
    lessons_done = models.PositiveIntegerField(default=0)
    lessons_total = models.PositiveIntegerField(default=0)
    days_attended = models.PositiveIntegerField(default=0)
    days_total = models.PositiveIntegerField(default=0)
    last_lesson = models.ForeignKey(
        "courses.Lesson", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    completed_on = models.DateField(null=True, blank=True)
    expires_on = models.DateField(null=True, blank=True)
    cycle_started_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_status_per_course")]
        verbose_name_plural = _("course statuses")

    def __str__(self):
        return f"{self.user} on course {self.course_id}"

    @property
    def renewal_due(self):
        return self.expires_on is not None and self.expires_on <= timezone.localdate()

    @property
    def is_current(self):
        return self.completed_on is not None and not self.renewal_due


class PolicyVersion(models.Model):
    """A published policy revision that everyone must acknowledge (the first, and each one
    an editor marks "ask everyone to read it again")."""

    policy = models.ForeignKey("courses.PolicyPage", on_delete=models.SET_NULL, null=True, related_name="+")
    revision = models.OneToOneField("wagtailcore.Revision", on_delete=models.SET_NULL, null=True, blank=True)
    note = models.CharField(max_length=250, blank=True)
    published_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-published_at", "-id"]

    def __str__(self):
        return f"Policy {self.policy_id} version of {self.published_at:%Y-%m-%d}"


class PolicyAcknowledgement(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="policy_acks")
    policy = models.ForeignKey("courses.PolicyPage", on_delete=models.SET_NULL, null=True, related_name="+")
    policy_title = models.CharField(max_length=255, blank=True)
    version = models.ForeignKey(PolicyVersion, on_delete=models.CASCADE, related_name="acknowledgements")
    acknowledged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "version"], name="one_ack_per_policy_version")]

    def __str__(self):
        return f"{self.user} read policy {self.policy_id}"

    @property
    def policy_name(self):
        return self.policy.title if self.policy_id else self.policy_title


def new_verification_code():
    # Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read aloud.
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class Certificate(models.Model):
    """Issued when a course is completed. Keeps its own copy of the words it prints, so it
    survives later edits to the course."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    course = models.ForeignKey("courses.Course", on_delete=models.SET_NULL, null=True, related_name="+")
    learner_name = models.CharField(max_length=150)
    course_title = models.CharField(max_length=255)
    accreditation = models.TextField(blank=True)
    completed_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
    code = models.CharField(max_length=16, unique=True, default=new_verification_code)
    issued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-completed_on", "-id"]

    def __str__(self):
        return f"{self.course_title} – {self.learner_name} ({self.code})"

    @property
    def is_current(self):
        return self.expires_on is None or self.expires_on > timezone.localdate()
