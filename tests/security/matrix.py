"""The declared access matrix: what every URL in config.urls gives every persona.

Each Waymark URL is declared here by name, with what a GET (and, for a URL that writes, a
POST) must give each of the nine personas in tests/security/world.py. The big third-party
trees (the Wagtail admin, Django's admin) are declared by one rule per prefix. A URL that is
neither declared nor under a prefix rule fails tests/security/test_url_matrix.py.

Kinds of URL:
- page: reads only. GET shows it; nothing is written.
- form: GET shows a form and writes nothing; POST saves.
- action: POST only. GET is refused with 405.
`args` names the objects in the world a URL points at; `payload` is a POST that really saves
something for the person allowed to; `owners` are the personas the named object belongs to
(each one's same-role counterpart must be told it does not exist). `owners=()` says nobody
owns it: shared content, a secret token, or a page for managers only.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from tests.security.urlwalk import BAD, FORBIDDEN, LOGIN, NOT_ALLOWED, NOT_FOUND, OK, REDIRECT
from tests.security.world import PERSONAS

CMS_USERS = ("manager", "content_editor", "superuser")
VOLUNTEERS = ("volunteer", "other_volunteer")
SUPERVISORS = ("supervisor", "other_supervisor")
PAGE, FORM, ACTION = "page", "form", "action"
CRASH_ON_PURPOSE = "500 Exception: This is a test of the emergency broadcast system."


def to(target):
    """A redirect to a URL name, or to a path starting with /."""
    return f"{REDIRECT}:{target}"


def everyone(outcome, **but):
    return {persona: but.get(persona, outcome) for persona in PERSONAS}


def signed_in(outcome, **but):
    return everyone(outcome, anonymous=LOGIN) | but


def only(*allowed, ok=OK, others=NOT_FOUND):
    """Signed-out people are sent to sign in; `allowed` get `ok`; everyone else `others`."""
    return {persona: LOGIN if persona == "anonymous" else ok if persona in allowed else others for persona in PERSONAS}


@dataclass(frozen=True)
class Route:
    kind: str
    get: dict
    post: dict | None = None
    args: Callable | None = None
    payload: Callable | None = None
    owners: tuple | None = None
    # What a successful POST does: change "rows", change a "session:<key>" (switching role),
    # or hand over a "download" (an export, which writes only to the access log).
    effect: str = "rows"
    # A page that makes something of the person's own on their first visit, and never again.
    first_visit_creates: str | None = None


def page(get, **extra):
    return Route(PAGE, get, **extra)


def form(get, post, **extra):
    return Route(FORM, get, post, **extra)


def action(post, get=None, **extra):
    return Route(ACTION, get or signed_in(NOT_ALLOWED), post, **extra)


def _day(days):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def _four_pm(day):
    """A slot at 16:00: inside Sue's free hours, and nothing else is ever booked then."""
    return f"{day.isoformat()}T16:00"


def _tomorrow():
    return timezone.localdate() + timedelta(days=1)


def _checkin_answers(w):
    from supervision.models import CheckIn

    return dict.fromkeys(CheckIn.ITEM_FIELDS, "4") | {"caseload": "3", "recovery": "4"}


def _reading_answers(w):
    from outreach.models import InstrumentVersion

    version = InstrumentVersion.current()
    return {"occasion": "joining", "taken_on": _day(0)} | {f"score_{d.pk}": "5" for d in version.domains.all()}


def _instrument_rows(w):
    return {"domains-TOTAL_FORMS": "1", "domains-INITIAL_FORMS": "0", "domains-0-key": "accommodation",
            "domains-0-label": "Somewhere to live", "statements-TOTAL_FORMS": "0", "statements-INITIAL_FORMS": "0"}


def _right_answers(w):
    from tests.courses.factories import right_answers

    return right_answers(w.quiz_lesson)


ROUTES = {
    # The dashboard and the robots file.
    "home": page(signed_in(OK)),
    "robots_txt": page(everyone(OK)),
    "switch_role": action(
        get=everyone(NOT_ALLOWED),
        post=everyone(BAD, anonymous=to("account_login"), volunteer=to("home"), other_volunteer=to("home")),
        payload=lambda w: {"role": "Volunteer"}, effect="session:dashboard_role",
    ),
    # The "English | Cymraeg" switch: anyone may choose, signed in (kept on the account) or not.
    "language_choose": action(
        get=everyone(NOT_ALLOWED), post=everyone(to("home")), payload=lambda w: {"language": "cy"},
        # Signed out, the choice is kept in the session (and the cookie) until they sign in.
        effect="session:waymark-language-chosen",
    ),
    # allauth: signing in, out, and looking after your own account.
    "account_login": form(everyone(to("home"), anonymous=OK), None),
    "account_logout": form(everyone(OK, anonymous=to("home")), None),
    "account_inactive": page(everyone(OK)),
    "account_signup": form(everyone(to("home"), anonymous=OK), None),
    "account_reauthenticate": form(signed_in(OK), None),
    "account_email": form(signed_in(OK), None),
    "account_email_verification_sent": page(everyone(OK)),
    "account_change_password": form(signed_in(OK), None),
    "account_set_password": form(signed_in(to("account_change_password")), None),
    "account_reset_password": form(everyone(OK), None),
    "account_confirm_login_code": form(everyone(to("home"), anonymous=to("account_login")), None),
    "account_confirm_email": form(everyone(OK), None, args=lambda w: ["no-such-key"], owners=()),
    "account_reset_password_from_key_done": page(everyone(OK)),
    "account_reset_password_from_key": form(everyone(OK), None, args=lambda w: ["no", "such-key"], owners=()),
    "account_reset_password_done": page(everyone(OK)),
    "mfa_index": page(signed_in(OK)),
    "mfa_authenticate": form(everyone(to("home"), anonymous=to("account_login")), None),
    "mfa_reauthenticate": form(signed_in(OK, **dict.fromkeys(VOLUNTEERS, to("account_reauthenticate"))), None),
    "mfa_activate_totp": form(signed_in(to("account_reauthenticate")), None),
    "mfa_deactivate_totp": form(signed_in(to("account_reauthenticate"), **dict.fromkeys(VOLUNTEERS, NOT_FOUND)), None),
    "mfa_view_recovery_codes": page(signed_in(NOT_FOUND)),
    "mfa_generate_recovery_codes": form(signed_in(to("account_reauthenticate")), None),
    "mfa_download_recovery_codes": page(signed_in(NOT_FOUND)),
    "usersessions_list": form(signed_in(OK), None),
    # People: managers run the list of people and invitations; each person sees their own page.
    "people:list": page(only("manager")),
    "people:invite": form(
        only("manager"), only("manager", ok=to("people:list")),
        payload=lambda w: {"full_name": "New Person", "email": "new.person@example.org", "roles": ["Supervisor"]},
    ),
    "people:invitation_revoke": action(
        only("manager", ok=to("people:list")), args=lambda w: [w.invitation.pk], owners=(),
    ),
    "people:invitation_accept": form(
        everyone(OK), everyone(to("home")), args=lambda w: [w.invitation_token],
        payload=lambda w: {"password1": "a-long-new-password-1", "password2": "a-long-new-password-1"}, owners=(),
    ),
    "people:placements": form(only("manager"), only("manager", ok=to("people:placements")),
                              payload=lambda w: {"name": "Hospital in-reach"}),
    "people:step_back": form(only(*VOLUNTEERS), only(*VOLUNTEERS, ok=to("home")),
                             payload=lambda w: {"reason": "I need a break."}),
    "people:person": page(only("volunteer", "manager"), args=lambda w: [w.volunteer.pk], owners=("volunteer",)),
    "people:access_log": page(only("manager", "superuser"), args=lambda w: [w.volunteer.pk], owners=()),
    "people:status_change": form(
        only("manager"), only("manager", ok=to("people:person")), args=lambda w: [w.volunteer.pk], owners=(),
        payload=lambda w: {"to_status": "ready", "reason": "Training done."},
    ),
    "people:first_steps_change": form(
        only("manager"), only("manager", ok=to("people:person")), args=lambda w: [w.volunteer.pk], owners=(),
        payload=lambda w: {"first_steps_caseload": "on"},
    ),
    "people:roles_change": form(
        only("manager"), only("manager", ok=to("people:person")), args=lambda w: [w.volunteer.pk], owners=(),
        payload=lambda w: {"roles": ["Volunteer", "Trainer"]},
    ),
    # Privacy: a manager downloads or erases one person's data.
    "privacy:export": form(only("manager"), only("manager"), args=lambda w: [w.volunteer.pk], owners=(),
                           effect="download"),
    "privacy:erase": form(
        only("manager"), only("manager", ok=to("people:list")), args=lambda w: [w.other_volunteer.pk], owners=(),
        payload=lambda w: {"name": str(w.other_volunteer)},
    ),
    # Supervision: a supervisor's own supervisees and meetings; a volunteer's own diary.
    "supervision:index": page(
        only() | dict.fromkeys(VOLUNTEERS, to("supervision:mine"))
        | dict.fromkeys((*SUPERVISORS, "manager"), to("supervision:team"))
    ),
    "supervision:team": page(only(*SUPERVISORS, "manager")),
    "supervision:assignments": page(only("manager")),
    "supervision:volunteer": page(only("supervisor", "manager"), args=lambda w: [w.volunteer.pk],
                                  owners=("supervisor",)),
    "supervision:assign": form(
        only("manager"), only("manager", ok=to("supervision:assignments")), args=lambda w: [w.volunteer.pk],
        payload=lambda w: {"supervisor": w.other_supervisor.pk, "started_on": _day(0)}, owners=(),
    ),
    "supervision:book": form(
        only("supervisor"), only("supervisor", ok=to("supervision:volunteer")), args=lambda w: [w.volunteer.pk],
        payload=lambda w: {"slot": _four_pm(_tomorrow())}, owners=("supervisor",),
    ),
    "supervision:availability": form(
        only(*SUPERVISORS), only(*SUPERVISORS, ok=to("supervision:availability")),
        payload=lambda w: {"weekday": "0", "starts_at": "18:00", "ends_at": "19:00"},
    ),
    "supervision:availability_remove": action(
        only("supervisor", ok=to("supervision:availability")), args=lambda w: [w.availability.pk],
        owners=("supervisor",),
    ),
    "supervision:mine": page(only(*VOLUNTEERS)),
    "supervision:my_wellbeing": page(only(*VOLUNTEERS)),
    "supervision:checkin": form(only(*VOLUNTEERS), only(*VOLUNTEERS, ok=to("supervision:my_wellbeing")),
                                payload=_checkin_answers),
    "supervision:flag": form(
        only("supervisor", "manager"), only("supervisor", "manager", ok=to("supervision:volunteer")),
        args=lambda w: [w.flag.pk], payload=lambda w: {"resolution": "Rang her the same day."},
        owners=("supervisor",),
    ),
    "supervision:meetings": page(signed_in(OK)),
    "supervision:meeting": page(only("volunteer", "supervisor", "manager"), args=lambda w: [w.past_meeting.pk],
                                owners=("volunteer", "supervisor")),
    "supervision:attendance": action(
        only("supervisor", "manager", ok=to("supervision:meeting")), args=lambda w: [w.past_meeting.pk],
        payload=lambda w: {f"person_{w.volunteer.pk}": "attended"}, owners=("supervisor",),
    ),
    "supervision:topics": action(
        only("supervisor", "manager", ok=to("supervision:meeting")), args=lambda w: [w.group.pk],
        payload=lambda w: {"topics": "Boundaries and self-care"}, owners=("supervisor",),
    ),
    "supervision:record": form(
        only("supervisor", "manager"), only("supervisor", "manager", ok=to("supervision:meeting")),
        args=lambda w: [w.past_meeting.pk], payload=lambda w: {"notes": "New notes.", "shared_notes": "New plan."},
        owners=("supervisor",),
    ),
    "supervision:action_add": form(
        only("supervisor", "manager"), only("supervisor", "manager", ok=to("supervision:meeting")),
        args=lambda w: [w.past_meeting.pk], owners=("supervisor",),
        payload=lambda w: {"description": "Book the next course", "owner": w.volunteer.pk, "due_on": _day(14)},
    ),
    "supervision:move": form(
        only("supervisor", "manager"), only("supervisor", "manager", ok=to("supervision:meetings")),
        args=lambda w: [w.next_meeting.pk], payload=lambda w: {"day": _day(1), "time": "16:00", "scope": "one"},
        owners=("supervisor",),
    ),
    "supervision:cancel": form(
        only("supervisor", "manager"), only("supervisor", "manager", ok=to("supervision:meetings")),
        args=lambda w: [w.next_meeting.pk], payload=lambda w: {"scope": "one"}, owners=("supervisor",),
    ),
    "supervision:ask_to_move": form(
        only("volunteer"), only("volunteer", ok=to("supervision:meeting")), args=lambda w: [w.next_meeting.pk],
        payload=lambda w: {"slot": _four_pm(timezone.localdate(w.next_meeting.starts_at)), "reason": "Dentist."},
        owners=("volunteer",),
    ),
    "supervision:meeting_ics": page(only("volunteer", "supervisor", "manager"), args=lambda w: [w.past_meeting.pk],
                                    owners=("volunteer", "supervisor")),
    "supervision:move_request": form(
        only("supervisor", "manager"), only("supervisor", "manager", ok=to("supervision:team")),
        args=lambda w: [w.move_request.pk], payload=lambda w: {"answer": "accept"}, owners=("supervisor",),
    ),
    "supervision:action_done": action(
        only("volunteer", "supervisor", "manager", ok=to("supervision:index")), args=lambda w: [w.action.pk],
        owners=("volunteer", "supervisor"),
    ),
    "supervision:series_list": page(only(*SUPERVISORS, "manager")),
    "supervision:series_new": form(
        only(*SUPERVISORS, "manager"), only(*SUPERVISORS, "manager", ok=to("supervision:series_list")),
        payload=lambda w: {"kind": "peer_group", "title": "Evening group", "day": _day(3), "time": "19:00",
                           "duration_minutes": "60", "rrule": "FREQ=WEEKLY", "all_volunteers": ""},
    ),
    "supervision:series_members": form(
        only("supervisor", "manager"), only("supervisor", "manager", ok=to("supervision:series_edit")),
        args=lambda w: [w.group.series_id], payload=lambda w: {"members": [], "from_day": _day(1)},
        owners=("supervisor",),
    ),
    "supervision:series_edit": form(
        only("supervisor", "manager"), only("supervisor", "manager", ok=to("supervision:series_list")),
        args=lambda w: [w.one_to_ones.pk], payload=lambda w: {"title": "Alice's 1:1", "place": "Room 1"},
        owners=("supervisor",),
    ),
    "supervision:rhythm": page(only("manager")),
    "supervision:rhythm_apply": form(
        only("manager"), only("manager", ok=to("supervision:series_list")), args=lambda w: [w.rhythm_key],
        payload=lambda w: {"organiser": w.supervisor.pk, "day": _day(10), "time": "09:00"}, owners=(),
    ),
    # The first visit makes the person's secret feed address; later visits only show it.
    "supervision:calendar": page(signed_in(OK), first_visit_creates="supervision.CalendarFeed"),
    "supervision:calendar_reset": action(signed_in(to("supervision:calendar"))),
    # A calendar app cannot sign in: the secret in the address is the key.
    "supervision:calendar_feed": page(everyone(OK), args=lambda w: [w.feed.token], owners=()),
    # First Steps: a peer supporter's own people; their supervisor reviews them; managers see all.
    "outreach:caseload": page(only(*VOLUNTEERS, "manager") | {"manager": to("outreach:manage")}),
    "outreach:referral_new": form(
        only("manager"), only("manager", ok=to("outreach:manage")),
        payload=lambda w: {"name": "Robin", "phone": "07700 900999", "contact_by": "text", "source": w.source.pk,
                           "substance": "alcohol", "referred_on": _day(0)},
    ),
    "outreach:first_stepper": page(only("volunteer", "supervisor", "manager"), args=lambda w: [w.first_stepper.pk],
                                   owners=("volunteer", "supervisor")),
    "outreach:contact_new": form(
        only("volunteer"), only("volunteer", ok=to("outreach:first_stepper")), args=lambda w: [w.first_stepper.pk],
        payload=lambda w: {"kind": "text_sent", "next_day": _day(2), "next_time": "10:00"}, owners=("volunteer",),
    ),
    "outreach:stage": action(only("volunteer", ok=to("outreach:first_stepper")), args=lambda w: [w.first_stepper.pk],
                             payload=lambda w: {"stage": "building"}, owners=("volunteer",)),
    "outreach:step_back": form(
        only("volunteer"), only("volunteer", ok=to("outreach:first_stepper")), args=lambda w: [w.first_stepper.pk],
        payload=lambda w: {"reason": "doing_well"}, owners=("volunteer",),
    ),
    "outreach:re_engage": action(only("volunteer", ok=to("outreach:first_stepper")),
                                 args=lambda w: [w.stepped_back.pk], owners=("volunteer",)),
    "outreach:told_about_data": action(only("volunteer", ok=to("outreach:first_stepper")),
                                       args=lambda w: [w.first_stepper.pk], owners=("volunteer",)),
    "outreach:opt_out": action(only("volunteer", ok=to("outreach:first_stepper")),
                               args=lambda w: [w.first_stepper.pk], owners=("volunteer",)),
    "outreach:review": action(only("supervisor", "manager", ok=to("outreach:first_stepper")),
                              args=lambda w: [w.first_stepper.pk], payload=lambda w: {"decision": "carry_on"},
                              owners=("supervisor",)),
    "outreach:assign": form(
        only("manager"), only("manager", ok=to("outreach:manage")), args=lambda w: [w.first_stepper.pk],
        payload=lambda w: {"peer_supporter": w.peer_supporter.pk}, owners=(),
    ),
    "outreach:erase": form(only("manager"), only("manager", ok=to("outreach:manage")), args=lambda w: [w.to_erase.pk],
                           payload=lambda w: {"name": "Kit"}, owners=()),
    "outreach:export": page(only("manager"), args=lambda w: [w.first_stepper.pk], owners=()),
    "outreach:reading_new": form(
        only("volunteer"), only("volunteer", ok=to("outreach:first_stepper")), args=lambda w: [w.first_stepper.pk],
        payload=_reading_answers, owners=("volunteer",),
    ),
    "outreach:instrument": form(only("manager"), only("manager", ok=to("outreach:instrument")),
                                payload=_instrument_rows),
    "outreach:manage": page(only("manager")),
    "outreach:sources": form(only("manager"), only("manager", ok=to("outreach:sources")),
                             payload=lambda w: {"name": "Probation service"}),
    "outreach:source_toggle": action(only("manager", ok=to("outreach:sources")), args=lambda w: [w.source.pk],
                                     owners=()),
    # Readiness: the manager's board, rules, reports and sign-off; a checklist for its volunteer
    # and their supervisor too.
    "readiness:board": page(only("manager")),
    "readiness:reports": page(only("manager")),
    "readiness:reports_csv": page(only("manager")),
    "readiness:first_steps_report": page(only("manager")),
    "readiness:first_steps_report_csv": page(only("manager")),
    "readiness:distance_report": page(only("manager")),
    "readiness:distance_report_csv": page(only("manager")),
    "readiness:settings": form(
        only("manager"), only("manager", ok=to("readiness:settings")),
        payload=lambda w: {"preparation_months": "5", "one_to_ones_needed": "7", "warning_days": "21"},
    ),
    "readiness:add_check_type": action(
        only("manager", ok=to("readiness:settings")),
        payload=lambda w: {"name": "Driving licence", "renewal_months": "", "required": "on"},
    ),
    "readiness:add_required_course": action(
        only("manager", ok=to("readiness:settings")),
        payload=lambda w: {"course": w.course.pk, "placement": w.volunteer.volunteer_profile.placement_id},
    ),
    "readiness:remove_required_course": action(
        only("manager", ok=to("readiness:settings")), args=lambda w: [w.required_course.pk], owners=(),
    ),
    # A volunteer who has not started: their own full list of what is left.
    "readiness:mine": page(only(*VOLUNTEERS)),
    "readiness:checklist": page(only("volunteer", "supervisor", "manager"), args=lambda w: [w.volunteer.pk],
                                owners=("volunteer", "supervisor")),
    "readiness:record_check": form(
        only("manager"), only("manager", ok=to("readiness:checklist")), args=lambda w: [w.volunteer.pk], owners=(),
        payload=lambda w: {"check_type": w.check_type.pk, "done_on": _day(-1)},
    ),
    "readiness:start_check": form(
        only("manager"), only("manager", ok=to("readiness:checklist")), args=lambda w: [w.volunteer.pk], owners=(),
        payload=lambda w: {"check_type": w.check_type.pk, "started_on": _day(-3), "requested_from": "Sam Jones"},
    ),
    "readiness:chase_check": action(
        only("manager", ok=to("readiness:checklist")), args=lambda w: [w.volunteer.pk], owners=(),
        payload=lambda w: {"check_type": w.reference_type.pk},
    ),
    "readiness:sign_off": form(
        only("manager"), only("manager", ok=to("readiness:board")), args=lambda w: [w.volunteer.pk], owners=(),
        payload=lambda w: {"reason": "Ready, agreed with her supervisor."},
    ),
    # Courses: lessons and policies are shared by everyone signed in; records are each learner's own.
    "courses:quiz_submit": action(signed_in(REDIRECT), args=lambda w: [w.quiz_lesson.pk], payload=_right_answers,
                                  owners=()),
    "courses:lesson_complete": action(signed_in(REDIRECT), args=lambda w: [w.lesson.pk], owners=()),
    "courses:reflection_save": action(
        signed_in(REDIRECT), args=lambda w: [w.lesson.pk, w.reflection_block], payload=lambda w: {"text": "Mine."},
        owners=(),
    ),
    "courses:attempt_detail": page(only("volunteer", "manager"), args=lambda w: [w.attempt.pk],
                                   owners=("volunteer",)),
    "courses:reflection_detail": page(only("volunteer"), args=lambda w: [w.reflection.pk], owners=("volunteer",)),
    "courses:session_list": page(signed_in(OK)),
    "courses:session_new": form(
        only("trainer", "manager"), only("trainer", "manager", ok=to("home")),
        payload=lambda w: {"module": w.classroom_day.pk, "date": _day(20), "starts": "10:00", "ends": "16:00",
                           "venue": "Room 3", "capacity": "12", "trainer": w.trainer.pk},
    ),
    "courses:session_book": action(only(*VOLUNTEERS, ok=to("home")), args=lambda w: [w.open_session.pk], owners=()),
    "courses:register": form(
        only("trainer", "manager"), only("trainer", "manager", ok=to("courses:register")),
        args=lambda w: [w.past_session.pk], payload=lambda w: {f"attendance_{w.volunteer.pk}": "present"},
        owners=("trainer",),
    ),
    "courses:session_edit": form(
        only("trainer", "manager"), only("trainer", "manager", ok=to("home")), args=lambda w: [w.open_session.pk],
        payload=lambda w: {"date": _day(15), "starts": "10:00", "ends": "15:00", "venue": "Room 4", "capacity": "10",
                           "trainer": w.trainer.pk},
        owners=("trainer",),
    ),
    "courses:session_cancel": action(
        only("trainer", "manager", ok=to("home")), args=lambda w: [w.open_session.pk], owners=("trainer",),
        payload=lambda w: {"reason": "The trainer is unwell."},
    ),
    "courses:booking_cancel": action(only("volunteer", ok=to("home")), args=lambda w: [w.booking.pk],
                                     owners=("volunteer",)),
    "courses:certificate_download": page(only("volunteer", "manager"), args=lambda w: [w.certificate.pk],
                                         owners=("volunteer",)),
    "courses:policy_acknowledge": action(signed_in(REDIRECT), args=lambda w: [w.policy.pk], owners=()),
    # Anyone may check a certificate's code: that is what it is for.
    "verify:certificate": page(everyone(OK), args=lambda w: [w.certificate.code], owners=()),
    # The learning site: signed-in people only. Wagtail's own sign-in leads to allauth's.
    "wagtail_serve": page(signed_in(OK), args=lambda w: [w.lesson.url.removeprefix("/learn/")], owners=()),
    "learn/_util/login/": page(everyone(to("account_login"))),
    "wagtailcore_authenticate_with_password": page(everyone(NOT_FOUND), args=lambda w: [999999, 999999], owners=()),
    # Documents: none exist in the world, so every id is one nobody has.
    "wagtaildocs_serve": page(everyone(NOT_FOUND), args=lambda w: [999999, "none.pdf"], owners=()),
    "wagtaildocs_authenticate_with_password": page(everyone(NOT_FOUND), args=lambda w: [999999], owners=()),
    # Wagtail's admin sign-in, sign-out and password reset lead to allauth's (config/urls.py).
    "cms/login/": page(everyone(to("account_login"))),
    "cms/logout/": page(everyone(to("account_logout"))),
    "cms/password_reset/": page(everyone(to("account_reset_password"))),
    "cms/password_reset/<path:rest>": page(everyone(to("account_reset_password")), args=lambda w: ["done/"], owners=()),
    # Wagtail's page for trying out error reports crashes on purpose; nothing else may.
    "wagtailadmin_error_test": page(signed_in(FORBIDDEN, **dict.fromkeys(CMS_USERS, CRASH_ON_PURPOSE))),
    # Django's admin signs nobody in: signed-out people go to allauth, anyone else is refused.
    "admin:login": page(everyone(FORBIDDEN, anonymous=to("account_login"))),
    "admin:logout": page(everyone(to("admin:index"), superuser=NOT_ALLOWED)),
}

# Wagtail's own versions of the pages above, which config/urls.py puts in front of them.
SHADOWED = {
    "wagtailadmin_login": "cms/login/",
    "wagtailadmin_logout": "cms/logout/",
    "wagtailadmin_password_reset": "cms/password_reset/",
    "wagtailadmin_password_reset_done": "cms/password_reset/<path:rest>",
    "wagtailadmin_password_reset_confirm": "cms/password_reset/<path:rest>",
    "wagtailadmin_password_reset_complete": "cms/password_reset/<path:rest>",
    "wagtailcore_login": "learn/_util/login/",
}

# Whatever an admin page does for someone allowed in, it is never a crash or the sign-in page.
ADMIN_ANSWERS = frozenset({OK, REDIRECT, FORBIDDEN, NOT_FOUND, NOT_ALLOWED, BAD})
PREFIX_RULES = {
    # The Wagtail admin: content editors and managers (and superusers); everyone else a refusal page.
    "cms/": signed_in(FORBIDDEN, **dict.fromkeys(CMS_USERS, ADMIN_ANSWERS)),
    # Django's admin: superusers only. Its login page sends others to allauth, or refuses them.
    "django-admin/": everyone(to("/django-admin/login/"), superuser=ADMIN_ANSWERS),
}


def rule_for(entry):
    """The declaration an URL pattern answers to: by name (or route), else by prefix, else None."""
    if entry.key in ROUTES:
        return ROUTES[entry.key]
    if entry.key in SHADOWED:
        return ROUTES[SHADOWED[entry.key]]
    for prefix, outcomes in PREFIX_RULES.items():
        if entry.route.startswith(prefix):
            return page(outcomes)
    return None


def writes():
    return {name for name, route in ROUTES.items() if route.kind in (FORM, ACTION)}


def read_only():
    return {name for name, route in ROUTES.items() if route.kind == PAGE}


def path_for(entry, world):
    """The path to request for a pattern: its declared objects, or made-up ids nobody has."""
    from django.urls import reverse

    from tests.security.urlwalk import CONVERTER, missing_object_path

    route = ROUTES.get(entry.key)
    if route is None or route.args is None:
        return missing_object_path(entry)
    args = [str(arg) for arg in route.args(world)]
    if entry.name:
        return reverse(entry.name, args=args)
    values = iter(args)
    return "/" + CONVERTER.sub(lambda _match: next(values), entry.route)


def _serves(outcome):
    # A page, or a redirect onward (not back to the sign-in page).
    if not isinstance(outcome, str) or "account_login" in outcome:
        return False
    return outcome == OK or outcome.startswith(REDIRECT)


def allowed(outcomes):
    """The personas a route serves (shows a page, saves and moves on), in PERSONAS order."""
    return [persona for persona in PERSONAS if _serves(outcomes[persona])]


def doer(route):
    """The first persona whose POST to `route` succeeds (or, for a page, whose GET does)."""
    people = allowed(route.post) if route.post else allowed(route.get)
    return people[0] if people else None


def insider(route):
    """Someone the route lets past sign-in and refusal pages, even if only to crash on purpose."""
    return doer(route) or next(
        (persona for persona in PERSONAS if route.get[persona] not in (LOGIN, FORBIDDEN, NOT_FOUND)), "anonymous"
    )
