"""Every kind of record that holds personal data about a person, in one registry.

For each kind: how to find one person's rows, what their export holds, what erasure does
and which retention rule (privacy/retention.py) applies. Links from a record to a person
who only *acted* on it (a supervisor who wrote a note, a manager who signed off) are listed
in ACTED_ON: erasure leaves them pointing at the anonymous placeholder, which holds nothing.

tests/privacy/test_inventory.py fails when a model links to the user and is named in
neither place, so a new model cannot be forgotten.

Rules for the export (also written into its README.txt):
- A 1:1 record is the volunteer's: its notes, shared notes and safeguarding action are
  included in their export (a manager reviews the export before it is handed over).
- Group meetings: the person's place and attendance only. Topics belong to the group and
  may name others, so they are left out. Nobody else's place in a meeting is included.
- Rows where the person only acted on someone else (a supervisor's notes about their
  supervisees, access-log rows where they looked at someone) are left out: they are about
  the other person. Names of staff who acted on *this* person's record are included.
- Secrets are never exported: password hashes, two-step secrets, recovery codes, session
  keys, invitation tokens, calendar feed tokens.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.models import EditingSession, FormState
from wagtail.models import APIToken, Comment, CommentReply, ModelLogEntry, Page, PageSubscription, UploadedFile
from wagtail.users.models import UserProfile

from audit.models import AccessLog
from courses.models import (
    Booking,
    Certificate,
    CourseStatus,
    LessonCompletion,
    PolicyAcknowledgement,
    QuizAttempt,
    ReflectionAnswer,
    RegisterEntry,
)
from outbox.models import Email
from people.models import Invitation, StatusChange, SupervisorAssignment, VolunteerProfile
from privacy import erasers
from readiness.models import PreStartCheck, ReadinessSummary, SignOff
from supervision.models import (
    Action,
    Attendee,
    Availability,
    CalendarFeed,
    CheckIn,
    Flag,
    MoveRequest,
    OneToOneRecord,
    Reminder,
)

User = get_user_model()


@dataclass(frozen=True)
class Kind:
    name: str  # the export's file names (<name>.csv, <name>.json) and the key in erasure counts
    model: str  # "app_label.ModelName"
    about: tuple  # fields linking a row to the person it is about ("field" or "Model.m2m")
    select: object  # person -> queryset of their rows
    erase: object  # (rows, person, now) -> rows deleted or changed; see privacy/erasers.py
    on_erase: str  # what erasure does, in plain words (shown before erasing)
    columns: tuple = ()  # (header, "dotted.path" or callable); empty: not exported
    not_exported: str = ""  # why a kind with no columns is left out of the export
    retention: str = ""  # key of settings.WAYMARK_RETENTION_DAYS, if a rule applies
    description: str = ""  # what the file holds, for README.txt

    @property
    def exported(self):
        return bool(self.columns)

    def headers(self):
        return [header for header, _get in self.columns]

    def values(self, row):
        return [_resolve(row, get) for _header, get in self.columns]


def _resolve(row, get):
    if callable(get):
        return get(row)
    value = row
    for part in get.split("."):
        if value is None:
            return None
        value = getattr(value, part)
    return value


def label(field):
    """The words for a choice field's value."""
    return lambda row: getattr(row, f"get_{field}_display")()


def name_of(field):
    """The name of the staff member in a link (never an e-mail address)."""

    def get(row):
        person = getattr(row, field)
        return person.full_name if person is not None else ""

    return get


def local(field):
    def get(row):
        value = getattr(row, field)
        return timezone.localtime(value) if value is not None else None

    return get


def _mentioning(model, field):
    """Rows whose text field holds the person's name or e-mail address."""

    def select(person):
        mentions = Q(pk__in=[])
        for value in (person.full_name, person.email):
            if value:
                mentions |= Q(**{f"{field}__icontains": value})
        return model.objects.filter(mentions)

    return select


def _emails_to(person):
    # The address list is JSON: match on its text, then keep the rows really addressed to them.
    if not person.email:
        return Email.objects.none()
    address = person.email.lower()
    ids = [e.pk for e in Email.objects.filter(to__icontains=address) if address in (t.lower() for t in e.to)]
    return Email.objects.filter(pk__in=ids)


def _shown_to(row):
    # Who was shown their data. A refused attempt showed nothing, and may be another volunteer's.
    return row.actor_label if row.outcome == AccessLog.Outcome.ALLOWED else ""


def _roles(user):
    return ", ".join(sorted(group.name for group in user.groups.all()))


def _meeting_title(place):
    # A 1:1 is called after both people; the kind and the supervisor say the same without naming others.
    series = place.occurrence.series
    return str(series.get_kind_display()) if series.is_one_to_one else series.title


def _meeting_supervisor(place):
    series = place.occurrence.series
    if series.is_one_to_one and series.organiser_id != place.person_id:
        return series.organiser.full_name
    return ""


KINDS = [
    Kind(
        "account", "people.User", ("User.groups", "User.user_permissions"),
        lambda p: User.objects.filter(pk=p.pk).prefetch_related("groups"),
        erasers.account,
        _("Their account becomes “Erased person #N”: no name, no e-mail, no roles, and it cannot sign in."),
        columns=(("id", "id"), ("email", "email"), ("full_name", "full_name"),
                 ("preferred_name", "preferred_name"), ("roles", _roles), ("active", "is_active"),
                 ("date_joined", local("date_joined")), ("last_login", local("last_login"))),
        description=_("Their account: name, e-mail address, roles, when they joined and last signed in."),
    ),
    Kind(
        "volunteer_profile", "people.VolunteerProfile", ("user",),
        lambda p: VolunteerProfile.objects.filter(user=p).select_related("placement"),
        erasers.volunteer_profile,
        _("Their volunteer record is kept with the date they joined and their placement, marked as left."),
        columns=(("id", "id"), ("joined_on", "joined_on"), ("placement", "placement.name"),
                 ("first_steps_caseload", "first_steps_caseload"),
                 ("status", label("status")), ("status_changed_at", local("status_changed_at"))),
        retention="left",
        description=_("Their volunteer record: when they joined, where they volunteer, their status."),
    ),
    Kind(
        "status_history", "people.StatusChange", (),
        lambda p: StatusChange.objects.filter(profile__user=p).select_related("changed_by"),
        erasers.blank("reason"),
        _("Their status history keeps the dates and statuses; the reasons written down are deleted."),
        columns=(("id", "id"), ("changed_at", local("changed_at")), ("from_status", label("from_status")),
                 ("to_status", label("to_status")), ("changed_by", name_of("changed_by")), ("reason", "reason_text")),
        description=_("Each change of their status: when, from what to what, who changed it and why."),
    ),
    Kind(
        "invitations", "people.Invitation", ("user",),
        lambda p: Invitation.objects.filter(Q(user=p) | Q(email__iexact=p.email))
        .select_related("invited_by").prefetch_related("roles"),
        erasers.delete,
        _("Invitations sent to them are deleted."),
        columns=(("id", "id"), ("email", "email"), ("full_name", "full_name"),
                 ("roles", lambda i: ", ".join(sorted(g.name for g in i.roles.all()))),
                 ("invited_by", name_of("invited_by")), ("created_at", local("created_at")),
                 ("expires_at", local("expires_at")), ("accepted_at", local("accepted_at")),
                 ("revoked_at", local("revoked_at"))),
        retention="invitations",
        description=_("Invitations to join Waymark sent to their e-mail address."),
    ),
    Kind(
        "emails_waiting", "outbox.Email", (),
        lambda p: _emails_to(p),
        erasers.delete,
        _("E-mails to them that the mail server has not yet taken, or took in the last week, are deleted."),
        not_exported=_("Copies of e-mails on their way, kept only until the mail server takes them (the text) "
                       "and a week after (who to and the subject)."),
    ),
    Kind(
        "email_addresses", "account.EmailAddress", ("user",),
        lambda p: EmailAddress.objects.filter(user=p),
        erasers.delete,
        _("Their e-mail addresses are deleted."),
        columns=(("id", "id"), ("email", "email"), ("verified", "verified"), ("primary", "primary")),
        description=_("E-mail addresses on their account."),
    ),
    Kind(
        "two_step_sign_in", "mfa.Authenticator", ("user",),
        lambda p: Authenticator.objects.filter(user=p),
        erasers.delete,
        _("Their two-step sign-in (authenticator app and recovery codes) is deleted."),
        columns=(("id", "id"), ("type", label("type")), ("created_at", local("created_at")),
                 ("last_used_at", local("last_used_at"))),
        description=_("Two-step sign-in methods set up (the secrets themselves are never exported)."),
    ),
    Kind(
        "sign_ins", "usersessions.UserSession", ("user",),
        lambda p: UserSession.objects.filter(user=p),
        erasers.sign_ins,
        _("They are signed out everywhere and the list of their sign-ins is deleted."),
        columns=(("id", "id"), ("created_at", local("created_at")), ("last_seen_at", local("last_seen_at")),
                 ("ip", "ip"), ("user_agent", "user_agent")),
        retention="sessions",
        description=_("Sign-ins: when, from which internet address and which browser."),
    ),
    Kind(
        "sessions", "sessions.Session", (),
        lambda p: Session.objects.none(),
        erasers.sessions,
        _("Any other session they still have is ended."),
        not_exported=_("Session keys are secrets; sign_ins lists each sign-in."),
        retention="sessions",
    ),
    Kind(
        "lesson_completions", "courses.LessonCompletion", ("user",),
        lambda p: LessonCompletion.objects.filter(user=p).select_related("lesson"),
        erasers.keep,
        _("Which lessons they finished, and when, is kept for training reports."),
        columns=(("id", "id"), ("lesson", "lesson_name"), ("completed_at", local("completed_at")),
                 ("score", "score")),
        description=_("Online lessons they finished."),
    ),
    Kind(
        "quiz_attempts", "courses.QuizAttempt", ("user",),
        lambda p: QuizAttempt.objects.filter(user=p).select_related("lesson"),
        erasers.delete,
        _("Their knowledge check answers are deleted."),
        columns=(("id", "id"), ("lesson", "lesson_name"), ("submitted_at", local("submitted_at")),
                 ("score", "score"), ("pass_mark", "pass_mark"), ("passed", "passed"),
                 ("questions", "questions"), ("answers", "answers")),
        retention="quiz_attempts",
        description=_("Each try at a knowledge check, with the questions and their answers."),
    ),
    Kind(
        "reflections", "courses.ReflectionAnswer", ("user",),
        lambda p: ReflectionAnswer.objects.filter(user=p).select_related("lesson"),
        erasers.delete,
        _("Their reflection answers are deleted."),
        columns=(("id", "id"), ("lesson", "lesson_name"), ("prompt", "prompt"), ("text", "text"),
                 ("updated_at", local("updated_at"))),
        retention="reflections",
        description=_("What they wrote in answer to reflection questions in lessons."),
    ),
    Kind(
        "course_progress", "courses.CourseStatus", ("user",),
        lambda p: CourseStatus.objects.filter(user=p).select_related("course"),
        erasers.keep,
        _("Which courses they completed, and when, is kept for training reports."),
        columns=(("id", "id"), ("course", "course.title"), ("lessons_done", "lessons_done"),
                 ("lessons_total", "lessons_total"), ("days_attended", "days_attended"),
                 ("days_total", "days_total"), ("completed_on", "completed_on"), ("expires_on", "expires_on")),
        description=_("Where they stand on each course."),
    ),
    Kind(
        "policy_acknowledgements", "courses.PolicyAcknowledgement", ("user",),
        lambda p: PolicyAcknowledgement.objects.filter(user=p).select_related("policy"),
        erasers.delete,
        _("Records of the policies they read are deleted."),
        columns=(("id", "id"), ("policy", "policy_name"), ("acknowledged_at", local("acknowledged_at"))),
        description=_("Policies they said they had read."),
    ),
    Kind(
        "certificates", "courses.Certificate", ("user",),
        lambda p: Certificate.objects.filter(user=p),
        erasers.delete,
        _("Their certificates are deleted (a certificate prints their name)."),
        columns=(("id", "id"), ("course", "course_title"), ("name_printed", "learner_name"),
                 ("completed_on", "completed_on"), ("expires_on", "expires_on"), ("code", "code"),
                 ("issued_at", local("issued_at"))),
        description=_("Certificates issued to them."),
    ),
    Kind(
        "classroom_bookings", "courses.Booking", ("user",),
        lambda p: Booking.objects.filter(user=p).select_related("session__course"),
        erasers.classroom_bookings,
        _("Places they booked on classroom days still to come are given up; their bookings are deleted."),
        columns=(("id", "id"), ("course", "session.course.title"), ("starts_at", lambda b: timezone.localtime(
            b.session.starts_at)), ("venue", "session.venue"), ("state", label("state")),
                 ("created_at", local("created_at")), ("cancelled_at", local("cancelled_at"))),
        description=_("Places they booked on classroom days."),
    ),
    Kind(
        "classroom_register", "courses.RegisterEntry", ("user",),
        lambda p: RegisterEntry.objects.filter(user=p).select_related("session__course", "recorded_by"),
        erasers.blank("reason"),
        _("Whether they attended each classroom day is kept for reports; reasons written down are deleted."),
        columns=(("id", "id"), ("course", "session.course.title"),
                 ("starts_at", lambda r: timezone.localtime(r.session.starts_at)),
                 ("attendance", label("attendance")), ("reason", "reason"),
                 ("recorded_by", name_of("recorded_by")), ("recorded_at", local("recorded_at"))),
        description=_("The register of classroom days they were booked on."),
    ),
    Kind(
        "supervisors", "people.SupervisorAssignment", ("volunteer",),
        lambda p: SupervisorAssignment.objects.filter(volunteer=p).select_related("supervisor"),
        erasers.supervisor_assignments,
        _("Supervision they receive or give ends today."),
        columns=(("id", "id"), ("supervisor", name_of("supervisor")), ("started_on", "started_on"),
                 ("ended_on", "ended_on")),
        description=_("Who supervised them, from when to when."),
    ),
    Kind(
        "availability", "supervision.Availability", ("supervisor",),
        lambda p: Availability.objects.filter(supervisor=p),
        erasers.delete,
        _("The times they said they are free for 1:1s are deleted."),
        columns=(("id", "id"), ("day", label("weekday")), ("from", "starts_at"), ("until", "ends_at")),
        description=_("Times they said they are free for 1:1s (supervisors)."),
    ),
    Kind(
        "checkins", "supervision.CheckIn", ("volunteer",),
        lambda p: CheckIn.objects.filter(volunteer=p),
        erasers.blank("worries"),
        _("Their wellbeing scores are kept, without their name, for reports until the check-in retention "
          "period ends; what they wrote about their worries is deleted."),
        columns=(("id", "id"), ("submitted_at", local("submitted_at")),
                 *((name, name) for name in ("who5_cheerful", "who5_calm", "who5_active", "who5_rested",
                                              "who5_interested")),
                 ("who5_percentage", "percentage"), ("caseload", "caseload"), ("recovery", "recovery"),
                 ("worries", "worries"), ("contact_requested", "contact_requested")),
        retention="checkins",
        description=_("Their weekly wellbeing check-ins (WHO-5 answers, caseload, worries)."),
    ),
    Kind(
        "checkin_flags", "supervision.Flag", ("volunteer",),
        lambda p: Flag.objects.filter(volunteer=p).select_related("checkin", "resolved_by"),
        erasers.delete,
        _("Wellbeing flags about them are deleted."),
        columns=(("id", "id"), ("checkin_id", "checkin_id"), ("rule", label("rule")), ("urgent", "urgent"),
                 ("detail", "description"), ("created_at", local("created_at")),
                 ("resolved_at", local("resolved_at")), ("resolved_by", name_of("resolved_by")),
                 ("what_was_done", "resolution")),
        retention="checkins",
        description=_("Things in their check-ins that their supervisor was asked to look at, and what was done."),
    ),
    Kind(
        "meetings", "supervision.Attendee", ("person", "MeetingSeries.members"),
        lambda p: Attendee.objects.filter(person=p).select_related("occurrence__series__organiser"),
        erasers.meetings,
        _("Meetings they organise and their 1:1s stop from today. Their places in meetings still to come are "
          "given up. Past attendance is kept for reports."),
        columns=(("id", "id"), ("starts_at", local("starts_at")), ("ends_at", local("ends_at")),
                 ("kind", lambda a: a.occurrence.series.get_kind_display()), ("meeting", _meeting_title),
                 ("supervisor", _meeting_supervisor), ("attendance", label("attendance")),
                 ("cancelled", lambda a: a.occurrence.is_cancelled)),
        description=_("1:1s and group meetings they had a place in, and whether they attended."),
    ),
    Kind(
        "one_to_one_records", "supervision.OneToOneRecord", ("volunteer",),
        lambda p: OneToOneRecord.objects.filter(volunteer=p).select_related("occurrence", "written_by"),
        erasers.blank("notes", "shared_notes", "safeguarding_action"),
        _("That each 1:1 took place is kept; the notes about them are deleted."),
        columns=(("id", "id"), ("meeting_at", lambda r: timezone.localtime(r.occurrence.starts_at)),
                 ("confidential_notes", "notes"), ("shared_notes", "shared_notes"),
                 ("caseload_discussed", "caseload_discussed"), ("wellbeing_discussed", "wellbeing_discussed"),
                 ("safeguarding_concern", "safeguarding_concern"),
                 ("safeguarding_action", "safeguarding_action"), ("written_by", name_of("written_by")),
                 ("updated_at", local("updated_at"))),
        retention="record_notes",
        description=_("The supervisor's record of each of their 1:1s, including confidential notes."),
    ),
    Kind(
        "actions", "supervision.Action", ("volunteer",),
        lambda p: Action.objects.filter(volunteer=p).select_related("owner"),
        erasers.delete,
        _("Actions agreed at their 1:1s are deleted."),
        columns=(("id", "id"), ("what_was_agreed", "description"), ("whose", name_of("owner")),
                 ("due_on", "due_on"), ("created_at", local("created_at")), ("done_at", local("done_at"))),
        retention="record_notes",
        description=_("Actions agreed at their 1:1s."),
    ),
    Kind(
        "move_requests", "supervision.MoveRequest", ("requested_by",),
        lambda p: MoveRequest.objects.filter(requested_by=p).select_related("occurrence"),
        erasers.delete,
        _("Their requests to move a 1:1 are deleted."),
        columns=(("id", "id"), ("meeting_at", lambda r: timezone.localtime(r.occurrence.original_start)),
                 ("wanted_start", local("wanted_start")), ("why", "reason"), ("state", label("state")),
                 ("created_at", local("created_at")), ("resolved_at", local("resolved_at"))),
        description=_("Times they asked to move a 1:1."),
    ),
    Kind(
        "reminders", "supervision.Reminder", ("person",),
        lambda p: Reminder.objects.filter(person=p),
        erasers.delete,
        _("Reminder e-mails due to them are deleted."),
        columns=(("id", "id"), ("kind", label("kind")), ("due_at", local("due_at")), ("sent_at", local("sent_at"))),
        description=_("Reminder e-mails sent or due to them."),
    ),
    Kind(
        "calendar_feed", "supervision.CalendarFeed", ("person",),
        lambda p: CalendarFeed.objects.filter(person=p),
        erasers.delete,
        _("Their private calendar address stops working."),
        columns=(("id", "id"), ("created_at", local("created_at"))),
        description=_("Their private calendar address (the secret part is never exported)."),
    ),
    Kind(
        "pre_start_checks", "readiness.PreStartCheck", ("volunteer",),
        lambda p: PreStartCheck.objects.filter(volunteer=p).select_related("check_type", "recorded_by"),
        erasers.delete,
        _("Their pre-start checks (such as a DBS check) are deleted."),
        columns=(("id", "id"), ("check", "check_type.name"), ("applied_or_requested_on", "started_on"),
                 ("requested_from", "requested_from"), ("chased_on", "chased_on"), ("done_on", "done_on"),
                 ("certificate_last4", "certificate_last4"), ("renew_by", "expires_on"),
                 ("note", "note"), ("recorded_by", name_of("recorded_by")), ("recorded_at", local("recorded_at"))),
        description=_("Checks recorded before they started, such as a DBS check."),
    ),
    Kind(
        "sign_offs", "readiness.SignOff", ("volunteer",),
        lambda p: SignOff.objects.filter(volunteer=p).select_related("signed_by"),
        erasers.blank("reason", rule_states=[]),
        _("That they were signed off as ready to start, and when, is kept; the reasons are deleted."),
        columns=(("id", "id"), ("signed_at", local("signed_at")), ("signed_by", name_of("signed_by")),
                 ("override", "override"), ("reason", "reason"), ("rules_then", "rule_states")),
        description=_("Sign-off as ready to start: when, by whom, and the state of each readiness rule."),
    ),
    Kind(
        "readiness_summary", "readiness.ReadinessSummary", ("volunteer",),
        lambda p: ReadinessSummary.objects.filter(
            Q(volunteer=p) | Q(volunteer__in=SupervisorAssignment.objects.filter(supervisor=p).values("volunteer"))
        ),
        erasers.delete,
        _("The stored judgement of their readiness is deleted, and so is that of everyone they supervised, which "
          "names them; each is worked out again when next needed."),
        not_exported=_("Worked out from the courses, checks and supervision exported here; kept only so the "
                       "readiness board is quick."),
    ),
    Kind(
        "access_log", "audit.AccessLog", ("subject", "actor"),
        lambda p: AccessLog.objects.filter(subject=p),
        erasers.access_log,
        _("The access log keeps that each look happened, without their name or e-mail."),
        columns=(("id", "id"), ("at", local("at")), ("who_looked", _shown_to), ("what", label("kind")),
                 ("outcome", label("outcome")), ("method", "method"), ("page", "path")),
        retention="access_log",
        description=_("Each time someone else opened a 1:1 record, check-in or page about them."),
    ),
    Kind(
        "cms_comments", "wagtailcore.Comment", ("user",),
        lambda p: Comment.objects.filter(user=p).select_related("page"),
        erasers.delete,
        _("Comments they wrote in the content admin are deleted."),
        columns=(("id", "id"), ("page", "page.title"), ("text", "text"), ("created_at", local("created_at"))),
        description=_("Comments they wrote on course or policy pages in the content admin."),
    ),
    Kind(
        "cms_comment_replies", "wagtailcore.CommentReply", ("user",),
        lambda p: CommentReply.objects.filter(user=p),
        erasers.delete,
        _("Replies they wrote to comments in the content admin are deleted."),
        columns=(("id", "id"), ("comment_id", "comment_id"), ("text", "text"), ("created_at", local("created_at"))),
        description=_("Replies they wrote to comments in the content admin."),
    ),
    Kind(
        "cms_preferences", "wagtailusers.UserProfile", ("user",),
        lambda p: UserProfile.objects.filter(user=p),
        erasers.cms_profile, _("Their content admin settings and picture are deleted."),
        not_exported=_("Display settings of the content admin (language, time zone, picture) only."),
    ),
    Kind(
        "cms_subscriptions", "wagtailcore.PageSubscription", ("user",),
        lambda p: PageSubscription.objects.filter(user=p),
        erasers.delete, _("Their content admin notification choices are deleted."),
        not_exported=_("Which pages' comments they chose to be e-mailed about."),
    ),
    Kind(
        "cms_editing_sessions", "wagtailadmin.EditingSession", ("user",),
        lambda p: EditingSession.objects.filter(user=p),
        erasers.delete, _("Notes of which pages they had open are deleted."),
        not_exported=_("Kept for a few minutes to warn two editors of the same page."),
    ),
    Kind(
        "cms_form_drafts", "wagtailadmin.FormState", ("user",),
        lambda p: FormState.objects.filter(user=p),
        erasers.delete, _("Unsaved drafts of content admin forms are deleted."),
        not_exported=_("Unsaved edits of a content page, about the content."),
    ),
    Kind(
        "cms_api_tokens", "wagtailcore.APIToken", ("user",),
        lambda p: APIToken.objects.filter(user=p),
        erasers.delete, _("Their content admin API keys are deleted."),
        not_exported=_("Keys are secrets."),
    ),
    Kind(
        "cms_uploads_in_progress", "wagtailcore.UploadedFile", ("uploaded_by_user",),
        lambda p: UploadedFile.objects.filter(uploaded_by_user=p),
        erasers.uploaded_files, _("Files they were part way through uploading are deleted."),
        not_exported=_("Files part way through being added as documents or images, about the content."),
    ),
    Kind(
        "cms_page_locks", "wagtailcore.Page", ("locked_by",),
        lambda p: Page.objects.filter(locked_by=p),
        erasers.page_locks, _("Pages they locked for editing are unlocked."),
        not_exported=_("A lock on a page while it is edited."),
    ),
    Kind(
        "admin_history_names", "admin.LogEntry", (),
        _mentioning(LogEntry, "object_repr"),
        erasers.history_labels("object_repr"), _("Their name is taken out of the admin's history of changes."),
        not_exported=_("The superusers' admin history: what was changed, not about the person."),
    ),
    Kind(
        "cms_history_names", "wagtailcore.ModelLogEntry", (),
        _mentioning(ModelLogEntry, "label"),
        erasers.history_labels("label"), _("Their name is taken out of the content admin's history."),
        not_exported=_("The content admin's history: what was changed, not about the person."),
    ),
]


# Links where the person only acted: on erasure they point at the placeholder, which holds
# no personal data, so the record (which is someone else's, or content) stays as it is.
ACTED_ON = {
    "people.StatusChange.changed_by": "who changed a volunteer's status",
    "people.Invitation.invited_by": "the manager who sent an invitation",
    "courses.ClassroomSession.trainer": "who trains a classroom day",
    "courses.ClassroomSession.created_by": "who scheduled a classroom day",
    "courses.RegisterEntry.recorded_by": "who took a register",
    "people.SupervisorAssignment.supervisor": "a supervisor (their supervisees' history)",
    "people.SupervisorAssignment.assigned_by": "who assigned a supervisor",
    "supervision.Flag.resolved_by": "who dealt with a wellbeing flag",
    "supervision.MeetingSeries.organiser": "who organises a meeting (their meetings stop; see meetings)",
    "supervision.MeetingSeries.created_by": "who booked a meeting",
    "supervision.MeetingSeries.one_to_one_with": "the volunteer of a weekly 1:1 series (see meetings)",
    "supervision.MoveRequest.resolved_by": "who answered a request to move a 1:1",
    "supervision.OneToOneRecord.written_by": "who wrote a 1:1 record",
    "supervision.Action.owner": "whose an agreed action is",
    "supervision.Action.done_by": "who marked an action done",
    "readiness.PreStartCheck.recorded_by": "who recorded a pre-start check",
    # A peer supporter's caseload is about the first steppers on it, not about them: see FIRST_STEPPERS.
    "outreach.FirstStepper.peer_supporter": "the peer supporter who holds a first stepper",
    "outreach.FirstStepper.created_by": "who recorded a referral",
    "outreach.Contact.by": "who logged a contact with a first stepper",
    "outreach.StageChange.by": "who changed a first stepper's stage",
    "outreach.Review.by": "who reviewed a first stepper in a 1:1",
    "readiness.SignOff.signed_by": "who signed a volunteer off",
    "privacy.ErasureRecord.by": "who carried out an erasure",
    "wagtailcore.Page.owner": "who created a content page",
    "wagtailcore.Revision.user": "who saved a version of content",
    "wagtailcore.PageLogEntry.user": "who changed a content page",
    "wagtailcore.ModelLogEntry.user": "who changed content",
    "wagtailcore.WorkflowState.requested_by": "who asked for content to be approved",
    "wagtailcore.TaskState.finished_by": "who approved content",
    "wagtailcore.Comment.resolved_by": "who resolved a content comment",
    "wagtaildocs.Document.uploaded_by_user": "who added a document",
    "wagtailimages.Image.uploaded_by_user": "who added an image",
    "admin.LogEntry.user": "a superuser's change in the admin (superusers cannot be erased here)",
}


@dataclass(frozen=True)
class NonUserKind:
    """Personal data about people who never sign in to Waymark."""

    name: str
    models: tuple
    export: str  # dotted path of person -> dict
    erase: str  # dotted path of the service that erases one person
    on_erase: str
    retention: str


# First steppers (outreach): special category health data about people who did not choose
# Waymark. A manager exports (a JSON file) or erases one from their page; the retention rule
# erases them two years (by default) after the last contact.
FIRST_STEPPERS = NonUserKind(
    name="first_steppers",
    models=("outreach.FirstStepper", "outreach.Contact", "outreach.StageChange", "outreach.Review"),
    export="outreach.export.first_stepper_export",
    erase="outreach.services.first_stepper_erase",
    on_erase=_("Name, phone number, contact preferences, safety notes and every note are erased; that contacts "
               "happened, their kind and time stay for the First Steps report, with no name."),
    retention="first_steppers",
)


def erasure_order():
    """The kinds in the order erasure applies them: the account last, because the others
    still need the person's name and e-mail address to find them."""
    return [kind for kind in KINDS if kind.name != "account"] + [kind for kind in KINDS if kind.name == "account"]


def exported_kinds():
    return [kind for kind in KINDS if kind.exported]


def covered_links():
    """Every link to a person this registry accounts for, as "app_label.Model.field"."""
    covered = set(ACTED_ON)
    for kind in KINDS:
        app_label = kind.model.split(".")[0]
        for link in kind.about:
            covered.add(f"{app_label}.{link}" if "." in link else f"{kind.model}.{link}")
    return covered
