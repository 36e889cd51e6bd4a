"""What makes a stored readiness summary out of date (readiness/summaries.py), in one place.

A volunteer's summary when anything of theirs that a rule reads is saved or deleted; everyone's
when the rules themselves change: the settings, the required courses or checks, or the
published courses and policies. A bulk write sends no model signal, so the service that
makes one sends a named event instead (events/): who supervises whom, and places in meetings
cancelled or changed together. Other apps never write to readiness's tables to keep it fresh.
Each change also asks a worker to judge the summaries again soon after it commits
(readiness/tasks.py summaries_judge_soon), so the board seldom has to.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses import content_cache
from courses.models import (
    Category,
    ClassroomSession,
    Course,
    CourseStatus,
    Lesson,
    Module,
    PolicyAcknowledgement,
    PolicyPage,
    PolicyVersion,
)
from courses.signals import courses_loaded
from events import meetings_changed, supervisors_changed
from people.models import SupervisorAssignment, User, VolunteerProfile
from readiness.models import CheckType, PreStartCheck, ReadinessSettings, RequiredCourse
from readiness.summaries import EVERYONE, summaries_mark_out_of_date
from readiness.tasks import summaries_judge_soon
from supervision.models import Attendee, MeetingSeries


def _out_of_date(volunteer_ids=EVERYONE):
    """Mark these summaries out of date, and have a worker judge them again soon after the
    change commits (readiness/tasks.py), so the board need not judge them in its request."""
    summaries_mark_out_of_date(volunteer_ids)
    summaries_judge_soon()


# Each model whose rows belong to one volunteer, with the field that names them. Lesson
# completions and registers are left out: both always save the course status they move on.
VOLUNTEER_FACTS = {
    VolunteerProfile: "user_id",
    CourseStatus: "user_id",
    PolicyAcknowledgement: "user_id",
    SupervisorAssignment: "volunteer_id",
    Attendee: "person_id",
    PreStartCheck: "volunteer_id",
}
# Models whose rows change the rules (or their dates) for everyone.
EVERYONES_FACTS = (ReadinessSettings, RequiredCourse, CheckType, PolicyVersion, ClassroomSession)
CONTENT = (Course, Module, Lesson, PolicyPage)


def _volunteer_fact_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    _out_of_date([getattr(instance, VOLUNTEER_FACTS[sender])])


def _rules_changed(sender, **kwargs):
    if kwargs.get("raw"):
        return
    _out_of_date()


def _manager_list_changed(sender, **kwargs):
    # My path and the learning hub read the manager's list from the content cache (facts.manager_list).
    content_cache.content_changed()


def _supervisor_renamed(sender, instance, raw=False, update_fields=None, **kwargs):
    # A supervisee's summary shows their supervisor's name. Sign-ins save only last_login.
    if raw or (update_fields is not None and not {"full_name", "email"} & set(update_fields)):
        return
    supervisees = SupervisorAssignment.objects.current().filter(supervisor=instance)
    volunteer_ids = list(supervisees.values_list("volunteer_id", flat=True))
    if volunteer_ids:
        _out_of_date(volunteer_ids)


def _one_to_one_booked(sender, instance, raw=False, **kwargs):
    # Booking a weekly 1:1 changes the "next booked" date and the projection. Its places are
    # written in bulk, so the series is heard; moving or cancelling sends meetings_changed.
    if raw:
        return
    if instance.one_to_one_with_id:
        _out_of_date([instance.one_to_one_with_id])


def _people_changed(sender, people, **kwargs):
    # A service changed these people's facts in bulk and said so (events/).
    if people:
        _out_of_date(people)


supervisors_changed.connect(_people_changed, dispatch_uid="readiness-supervisors-changed")
meetings_changed.connect(_people_changed, dispatch_uid="readiness-meetings-changed")
post_save.connect(_one_to_one_booked, sender=MeetingSeries, dispatch_uid="readiness-one-to-one-series-saved")
post_save.connect(_supervisor_renamed, sender=User, dispatch_uid="readiness-supervisor-renamed")
for model in VOLUNTEER_FACTS:
    post_save.connect(_volunteer_fact_changed, sender=model, dispatch_uid=f"readiness-{model.__name__}-saved")
    post_delete.connect(_volunteer_fact_changed, sender=model, dispatch_uid=f"readiness-{model.__name__}-deleted")
for model in EVERYONES_FACTS + CONTENT:
    post_save_or_publish = page_published if model in CONTENT else post_save
    post_save_or_publish.connect(_rules_changed, sender=model, dispatch_uid=f"readiness-{model.__name__}-saved")
    post_delete.connect(_rules_changed, sender=model, dispatch_uid=f"readiness-{model.__name__}-deleted")
post_save.connect(_manager_list_changed, sender=RequiredCourse, dispatch_uid="readiness-manager-list-saved")
post_delete.connect(_manager_list_changed, sender=RequiredCourse, dispatch_uid="readiness-manager-list-deleted")
for model in CONTENT:
    page_unpublished.connect(_rules_changed, sender=model, dispatch_uid=f"readiness-{model.__name__}-unpublished")
    post_page_move.connect(_rules_changed, sender=model, dispatch_uid=f"readiness-{model.__name__}-moved")


def _courses_loaded(sender, created, **kwargs):
    """A manager's own list of required courses would leave out a required course that loading
    has just added, so add it where it applies: for everyone, or for its placements."""
    if not RequiredCourse.objects.exists():
        return
    for course in created:
        if course.category in (Category.INDUCTION, Category.REQUIRED) and not course.for_placements.exists():
            RequiredCourse.objects.get_or_create(course=course, placement=None)
        elif course.category == Category.PLACEMENT:
            for placement in course.for_placements.all():
                RequiredCourse.objects.get_or_create(course=course, placement=placement)


courses_loaded.connect(_courses_loaded, sender=Course, dispatch_uid="readiness-courses-loaded")
