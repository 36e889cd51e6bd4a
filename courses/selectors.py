"""A learner's own path through their training, as "My path" shows it, and the policies they
have (or have not) read. Other apps read these: the home page (config.dashboards) and
readiness ("What's left before I can start").

Progress comes from courses.progress; which courses a person must take, from
courses.requirements.
"""

from collections import defaultdict

from django.db.models import Exists, OuterRef, Subquery
from django.utils import timezone

from courses import catalogue, requirements
from courses.models import (
    ATTENDED,
    REQUIRED_CATEGORIES,
    Attendance,
    Booking,
    BookingState,
    Certificate,
    PolicyAcknowledgement,
    PolicyPage,
    PolicyVersion,
    RegisterEntry,
)
from courses.progress import progress_for
from courses.translations import originals
from people.permissions import roles_of


def required_courses_for(user, courses):
    """The courses this person must complete, in the order they sit in the learning hub: the
    manager's own list when they have made one, as readiness judges (courses.requirements).

    `courses` is a list from catalogue.live_courses(), used when there is no manager's list.
    """
    by_placement = requirements.required_by_placement(courses, chosen=requirements.manager_list() or None)
    profile = getattr(user, "volunteer_profile", None)
    return requirements.required_of(by_placement, profile=profile, role_names=roles_of(user))


def with_urls(pages, request):
    for page in pages:
        page.link = page.get_url(request)
    return pages


def latest_version_id(policy):
    """A subquery: the id of the policy's current (newest) version; `policy` is an OuterRef."""
    return PolicyVersion.objects.filter(policy_id=policy).order_by("-id").values("id")[:1]


def with_current_version(policies):
    """Policy pages with `current_version_id`, None while no version is recorded yet."""
    return policies.annotate(current_version_id=Subquery(latest_version_id(OuterRef("pk"))))


def policies_for(*, user):
    """Every live policy with whether this person's acknowledgement is up to date, in one query."""
    current_ack = PolicyAcknowledgement.objects.filter(user=user, version_id=OuterRef("current_version_id"))
    policies = with_current_version(originals(PolicyPage.objects.live()).defer_streamfields().order_by("path"))
    return list(policies.annotate(acknowledged=Exists(current_ack)))


def next_in_training(path):
    """The one next thing to do in training, from `my_path`, in order of urgency: a classroom
    day to book (only where a date is on offer), the lesson to carry on with, a policy to
    read. None when there is nothing to do."""
    if path["days_to_book"]:
        first = path["days_to_book"][0]
        return {"kind": "book_day", "course": first["course"], "module": first["module"]}
    if path["continue_with"] is not None:
        row = path["continue_with"]
        return {"kind": "lesson", "course": row.course, "lesson": row.next_lesson, "started": row.started}
    if path["policies_to_read"]:
        return {"kind": "policy", "policy": path["policies_to_read"][0]}
    return None


def _missed_days(user):
    """Classroom days this person was marked absent for and has not attended since, with the
    next sessions to catch up on each (from the cache): one query, whether they missed a day
    or not."""
    entries = list(
        RegisterEntry.objects.filter(user=user, attendance__in=[Attendance.ABSENT, *ATTENDED]).select_related(
            "session__module", "session__course"
        )
    )
    attended_modules = {entry.session.module_id for entry in entries if entry.attendance in ATTENDED}
    missed = {}
    for entry in entries:
        if entry.attendance == Attendance.ABSENT and entry.session.module_id not in attended_modules:
            missed.setdefault(entry.session.module_id, entry.session)
    missed_sessions = {entry.session_id for entry in entries if entry.attendance == Attendance.ABSENT}
    catch_up = defaultdict(list)
    for session in catalogue.upcoming_sessions(modules=missed):
        # Never the very session they were marked absent from (a register taken before it began).
        if session.pk not in missed_sessions:
            catch_up[session.module_id].append(session)
    return [{"session": session, "next_sessions": catch_up[module_id][:3]} for module_id, session in missed.items()]


def my_path(*, user, request):
    """Everything on a volunteer's "My path", in a fixed number of queries.

    It also gives what it read on the way (`courses`: every live course in a required
    category; `progress`; `policies`), so a page that shows more about the same person can
    use them rather than read them again.
    """
    live = [course for course in catalogue.live_courses() if course.category in REQUIRED_CATEGORIES]
    courses = required_courses_for(user, live)
    progress = progress_for([user], courses)
    rows = []
    for course in courses:
        course.link = course.get_url(request)
        item = progress[user.pk, course.pk]
        if item.next_lesson is not None:
            item.next_lesson.link = item.next_lesson.get_url(request)
        rows.append(item)
    continue_with = next((row for row in rows if row.next_lesson is not None and row.started), None)
    if continue_with is None:
        continue_with = next((row for row in rows if row.next_lesson is not None), None)
    bookings = list(
        Booking.objects.filter(
            user=user, state__in=[BookingState.BOOKED, BookingState.WAITING], session__starts_at__gt=timezone.now()
        )
        .select_related("session__module", "session__course")
        .order_by("session__starts_at")
    )
    policies = policies_for(user=user)
    with_urls(policies, request)
    booked_modules = {booking.session.module_id for booking in bookings}
    days_to_book = [
        {"course": row.course, "module": module}
        for row in rows
        if not row.is_complete
        for module in row.missed_days
        if module.pk not in booked_modules and getattr(module, "next_session_at", None)
    ]
    return {
        "required": rows,
        "continue_with": continue_with,
        "renewals": [row for row in rows if row.renewal_due or row.renewal_soon],
        "bookings": bookings,
        "missed_days": _missed_days(user),
        "days_to_book": days_to_book,
        "policies_to_read": [policy for policy in policies if not policy.acknowledged],
        "certificates": list(Certificate.objects.filter(user=user)),
        "courses": live,
        "progress": progress,
        "policies": policies,
    }
