"""Words people type are shown as words: never as markup, a script or a link.

Every free-text field of every model in Waymark's own apps is found by looking at the models
(so a field added later is covered without changing this test) and overwritten with an
attack. Then each page that shows those fields is rendered for each person who can see it,
and the e-mails, calendar files, certificate and CSV export are made from the same data.

A page passes when it has no inline script, no `on…=` attribute and no `javascript:` link,
and still shows the words (so it cannot pass by leaving them out).
"""

import csv
import io
import re
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.conf import settings
from django.core import mail
from django.db import models, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from courses import tasks as course_tasks
from supervision.models import Flag, MeetingSeries
from supervision.services.reminders import reminders_send_due
from tests.security import xss_scenario

PAYLOADS = {
    "markup": "\"><script>alert('xss')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">x</a>",
    # Harmless as text; dangerous only where a value becomes a link or a source.
    "javascript_url": "javascript:alert(3)",
}
# Fields that hold machine values (addresses, keys, tree paths, repeat rules), not words.
MACHINE_WORDS = {"email", "slug", "url", "path", "token", "hash", "code", "password", "rrule", "block", "method", "key"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "background"}
ENTITIES = ("&lt;", "&gt;", "&quot;", "&#x27;", "&#39;", "&amp;")


# Finding and overwriting the free-text fields --------------------------------------------


def local_apps():
    base = str(settings.BASE_DIR)
    return [app for app in apps.get_app_configs() if app.path.startswith(base) and "site-packages" not in app.path]


def is_free_text(field):
    return (
        isinstance(field, models.CharField | models.TextField)
        and not isinstance(field, models.EmailField | models.SlugField | models.URLField)
        and not field.choices
        and not field.primary_key
        and not set(field.name.split("_")) & MACHINE_WORDS
    )


def attack(kind, tag, room):
    """The payload marked with a short tag (so a page shows which field it printed), cut to fit."""
    value = f"{tag}{PAYLOADS[kind]}" if kind == "markup" else f"{PAYLOADS[kind]}//{tag}"
    return value[:room] if room else value


def _update(queryset, values):
    try:
        with transaction.atomic():
            queryset.update(**values)
    except Exception:
        # Only a model whose queryset refuses changes on purpose (an append-only log) may
        # say no; its rows are written during the page loads below, from overwritten data.
        if type(queryset).update is models.QuerySet.update:
            raise


def overwrite_free_text(kind):
    """Write the attack into every free-text field of every row. Returns {(model, field): value}."""
    written = {}
    for app in local_apps():
        for model in app.get_models():
            fields = [field for field in model._meta.concrete_fields if is_free_text(field)]
            queryset = model._default_manager.all()
            shared = {}
            for field in fields:
                value = attack(kind, f"x{len(written):02d}", field.max_length)
                if kind == "markup" and (field.max_length or 1000) >= 40:
                    assert "<script>" in value, field
                written[model._meta.label, field.name] = value
                if not field.unique:
                    shared[field.name] = value
                    continue
                for pk in queryset.values_list("pk", flat=True):
                    suffix = f"#{pk}"
                    room = field.max_length - len(suffix) if field.max_length else None
                    _update(queryset.filter(pk=pk), {field.name: value[:room] + suffix})
            if shared:
                _update(queryset, shared)
    return written


def stored(obj, field):
    return type(obj)._default_manager.filter(pk=obj.pk).values_list(field, flat=True).get()


# Reading what a page says ------------------------------------------------------------------


class Markup(HTMLParser):
    """A page's text and attribute values, and whatever in it a browser would run."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.text, self.attribute_values, self.problems = [], [], []
        self._in_script = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._in_script = True
            if not dict(attrs).get("src"):
                self.problems.append("a <script> with no src")
        for name, value in attrs:
            value = value or ""
            self.attribute_values.append(value)
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            runnable = "".join(ch for ch in value if ord(ch) > 32).lower()
            if name in URL_ATTRIBUTES and runnable.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.problems.append(f"<{tag} {name}={value!r}>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._in_script = False

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            if data.strip():
                self.problems.append(f"script content {data[:60]!r}")
        else:
            self.text.append(data)

    def shows(self, value):
        return value in "".join(self.text) or any(value in attribute for attribute in self.attribute_values)


def html_problems(html):
    page = Markup(html)
    problems = list(page.problems)
    if "<script>alert" in html.lower():
        problems.append("an unescaped <script>alert")
    return page, problems


# The pages, by who sees them -----------------------------------------------------------------


def report_url(s, name):
    today = timezone.localdate()
    return reverse(name) + "?" + urlencode({"start": today - timedelta(days=30), "end": today})


def pages(s):
    """(persona, url, [(object, field) whose words the page must show])."""
    alice, bob = s.volunteer, s.other_volunteer
    placement = alice.volunteer_profile.placement
    status_change = bob.volunteer_profile.status_changes.exclude(reason="").last()
    module = s.past_session.module
    return [
        ("volunteer", reverse("home"), [(alice, "preferred_name"), (placement, "name"), (s.course, "title"),
                                        (s.session, "venue"), (s.certificate, "course_title"), (s.policy, "title"),
                                        ]),
        ("volunteer", reverse("readiness:mine"), [(s.check_type, "name")]),
        # Lists name a 1:1 from the volunteer's side; its own title is on the meeting's page.
        ("volunteer", reverse("supervision:mine"), [(s.action, "description"), (s.record, "shared_notes")]),
        ("volunteer", reverse("supervision:my_wellbeing"), [(s.checkin, "worries")]),
        ("volunteer", reverse("supervision:meeting", args=[s.past_meeting.pk]), [
            (s.one_to_ones, "title"), (s.one_to_ones, "place"), (s.record, "shared_notes"),
            (s.action, "description")]),
        ("volunteer", reverse("supervision:meeting", args=[s.next_meeting.pk]), [(s.one_to_ones, "title")]),
        ("volunteer", reverse("supervision:meeting", args=[s.group_meeting.pk]), [(s.group_meeting, "topics")]),
        ("volunteer", reverse("supervision:ask_to_move", args=[s.moved_meeting.pk]), []),
        ("volunteer", reverse("supervision:checkin"), []),
        ("volunteer", reverse("supervision:calendar"), []),
        ("volunteer", reverse("people:step_back"), []),
        ("volunteer", reverse("account_email"), []),
        ("volunteer", "/learn/", [(s.course, "title"), (s.course, "summary"), (s.course.get_parent().specific,
                                                                                "intro")]),
        ("volunteer", s.course.url, [(s.course, "title"), (s.course, "accreditation"), (module, "title"),
                                     (module, "summary"), (s.lesson, "title")]),
        ("volunteer", s.lesson.url, [(s.lesson, "title"), (s.reflection, "text")]),
        ("volunteer", s.policy.url, [(s.policy, "title"), (s.policy, "summary"), (s.policy_version, "note")]),
        ("volunteer", s.policy.get_parent().url, [(s.policy, "title"), (s.policy, "summary")]),
        ("volunteer", reverse("courses:attempt_detail", args=[s.attempt.pk]), [(alice, "full_name")]),
        ("volunteer", reverse("courses:reflection_detail", args=[s.reflection.pk]), [(s.reflection, "prompt"),
                                                                                     (s.reflection, "text")]),
        ("volunteer", reverse("courses:session_list"), [(s.session, "venue"), (module, "title")]),
        ("anonymous", reverse("verify:certificate", args=[s.certificate.code]), [(s.certificate, "learner_name"),
                                                                                  (s.certificate, "course_title")]),
        ("anonymous", reverse("people:invitation_accept", args=[s.invitation_token]), [(s.invitation,
                                                                                        "full_name")]),
        ("supervisor", reverse("home"), [(alice, "full_name")]),
        ("supervisor", reverse("supervision:team"), [(alice, "full_name"), (bob, "full_name")]),
        ("supervisor", reverse("supervision:volunteer", args=[alice.pk]), [
            (alice, "full_name"), (s.flag, "detail"), (s.closed_flag, "resolution"), (s.checkin, "worries"),
            (s.action, "description"), (s.one_to_ones, "title")]),
        ("supervisor", reverse("supervision:meeting", args=[s.past_meeting.pk]), [
            (s.record, "notes"), (s.record, "shared_notes"), (s.record, "safeguarding_action"),
            (s.action, "description"), (alice, "full_name")]),
        ("supervisor", reverse("supervision:meeting", args=[s.group_meeting.pk]), [(s.group_meeting, "topics")]),
        ("supervisor", reverse("supervision:meeting", args=[s.next_meeting.pk]), [(alice, "full_name")]),
        ("supervisor", reverse("supervision:record", args=[s.past_meeting.pk]), [
            (s.record, "notes"), (s.record, "safeguarding_action"), (s.action, "description")]),
        ("supervisor", reverse("supervision:action_add", args=[s.past_meeting.pk]), [(alice, "full_name")]),
        ("supervisor", reverse("supervision:move_request", args=[s.move_request.pk]), [(s.move_request, "reason"),
                                                                                       (alice, "full_name")]),
        ("supervisor", reverse("supervision:flag", args=[s.flag.pk]), [(s.flag, "detail")]),
        ("supervisor", reverse("supervision:flag", args=[s.closed_flag.pk]), [(s.closed_flag, "resolution")]),
        ("supervisor", reverse("supervision:series_list"), [(s.one_to_ones, "title")]),
        ("supervisor", reverse("supervision:series_edit", args=[s.one_to_ones.pk]), [(s.one_to_ones, "title"),
                                                                                     (s.one_to_ones, "place")]),
        ("supervisor", reverse("supervision:book", args=[alice.pk]), [(alice, "full_name")]),
        ("supervisor", reverse("supervision:availability"), []),
        ("trainer", reverse("home"), [(s.session, "venue"), (module, "title"), (s.course, "title")]),
        ("trainer", reverse("courses:session_list"), [(s.session, "venue")]),
        ("trainer", reverse("courses:register", args=[s.past_session.pk]), [
            (s.past_session, "venue"), (bob, "full_name"), (s.register_entry, "reason")]),
        ("trainer", reverse("courses:session_new"), [(module, "title")]),
        ("manager", reverse("home"), [(alice, "full_name"), (placement, "name")]),
        ("manager", reverse("people:list"), [(alice, "full_name"), (placement, "name"), (s.invitation, "full_name")]),
        ("manager", reverse("people:person", args=[alice.pk]), [(alice, "full_name"), (alice, "preferred_name"),
                                                                (placement, "name")]),
        ("manager", reverse("people:person", args=[bob.pk]), [(status_change, "reason")]),
        ("manager", reverse("people:access_log", args=[alice.pk]), [(alice, "full_name")]),
        ("manager", reverse("people:status_change", args=[alice.pk]), [(alice, "full_name")]),
        ("manager", reverse("people:roles_change", args=[alice.pk]), []),
        ("manager", reverse("people:placements"), [(placement, "name")]),
        ("manager", reverse("readiness:board"), [(alice, "full_name"), (placement, "name"),
                                                 (s.missing_check_type, "name")]),
        ("manager", reverse("readiness:checklist", args=[alice.pk]), [
            (alice, "full_name"), (s.check_type, "name"), (s.check, "note"), (s.course, "title")]),
        ("manager", reverse("readiness:checklist", args=[bob.pk]), [(s.sign_off, "reason")]),
        ("manager", reverse("readiness:sign_off", args=[alice.pk]), [(alice, "full_name")]),
        ("manager", reverse("readiness:record_check", args=[alice.pk]), [(s.check_type, "name")]),
        ("manager", reverse("readiness:settings"), [(s.check_type, "name"), (s.course, "title")]),
        ("manager", report_url(s, "readiness:reports"), [(s.course, "title")]),
        ("manager", reverse("supervision:team"), [(alice, "full_name"), (s.supervisor, "full_name")]),
        ("manager", reverse("supervision:assignments"), [(alice, "full_name"), (s.supervisor, "full_name")]),
        ("manager", reverse("supervision:volunteer", args=[alice.pk]), [(s.flag, "detail")]),
        ("manager", reverse("supervision:meeting", args=[s.past_meeting.pk]), [(s.record, "notes")]),
        ("manager", reverse("courses:attempt_detail", args=[s.attempt.pk]), [(alice, "full_name")]),
        ("manager", reverse("supervision:rhythm"), []),
        ("volunteer", reverse("outreach:caseload"), [(s.first_stepper, "name")]),
        ("volunteer", reverse("outreach:first_stepper", args=[s.first_stepper.pk]), [
            (s.first_stepper, "name"), (s.first_stepper, "phone"), (s.first_stepper, "contact_times"),
            (s.first_stepper, "safety_notes"), (s.contact, "notes"), (s.contact, "safeguarding_action"),
            (s.stage_change, "note"), (s.review, "note"), (s.source, "name")]),
        ("volunteer", reverse("outreach:contact_new", args=[s.first_stepper.pk]), [(s.first_stepper, "name")]),
        ("supervisor", reverse("outreach:first_stepper", args=[s.first_stepper.pk]), [(s.contact, "notes")]),
        ("supervisor", reverse("supervision:meeting", args=[s.past_meeting.pk]), [(s.first_stepper, "name")]),
        ("manager", reverse("outreach:manage"), [(s.first_stepper, "name"), (s.source, "name")]),
        ("manager", reverse("outreach:sources"), [(s.source, "name")]),
        ("manager", reverse("outreach:referral_new"), [(s.source, "name")]),
        ("manager", reverse("outreach:erase", args=[s.first_stepper.pk]), [(s.first_stepper, "name")]),
        ("manager", report_url(s, "readiness:first_steps_report"), [(s.source, "name")]),
    ]


def forms_with_errors(s):
    """(persona, url, data, [(object, field)]): forms sent back with a message that names people."""
    alice, bob = s.volunteer, s.other_volunteer
    today = timezone.localdate().isoformat()
    return [
        ("manager", reverse("supervision:assign", args=[bob.pk]), {"supervisor": s.supervisor.pk, "started_on": today},
         [(bob, "full_name"), (s.supervisor, "full_name")]),
        ("volunteer", reverse("supervision:ask_to_move", args=[s.next_meeting.pk]), {"slot": "", "reason": "x"},
         []),
        ("supervisor", reverse("supervision:flag", args=[s.closed_flag.pk]), {"resolution": "Again."},
         [(s.closed_flag, "resolution"), (alice, "full_name")]),
    ]


def check_pages(s, clients):
    problems = []
    visits = [(persona, url, None, expected) for persona, url, expected in pages(s)] + forms_with_errors(s)
    for persona, url, data, expected in visits:
        client = clients[persona]
        response = client.get(url) if data is None else client.post(url, data)
        where = f"{persona} {'GET' if data is None else 'POST'} {url}"
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            problems.append(f"{where}: {response.status_code} {response['Content-Type']}")
            continue
        page, found = html_problems(response.content.decode())
        problems += [f"{where}: {problem}" for problem in found]
        for obj, field in expected:
            if not page.shows(stored(obj, field)):
                problems.append(f"{where}: does not show {type(obj).__name__}.{field}")
    return problems


# E-mails, calendar files, the certificate and the export -------------------------------------


def check_emails(s, messages):
    """Plain-text e-mails must carry the words as typed: no HTML part, no HTML escaping."""
    problems = []
    for message in messages:
        where = f"e-mail {message.subject!r} to {message.to}"
        if message.content_subtype != "plain":
            problems.append(f"{where}: sent as {message.content_subtype}")
        for content, mimetype in getattr(message, "alternatives", []):
            if "html" in mimetype:
                problems += [f"{where} (HTML part): {problem}" for problem in html_problems(content)[1]]
        for part, text in (("subject", message.subject), ("body", message.body)):
            if any(entity in text for entity in ENTITIES):
                problems.append(f"{where}: the {part} shows HTML escapes as text: {text[:200]!r}")
    alice, bob = s.volunteer, s.other_volunteer
    wanted = [
        ("invitation", s.invitation.email, stored(s.invitation, "full_name")),
        ("step back", s.manager.email, stored(s.step_back, "reason")),
        ("place offered", alice.email, stored(s.session, "venue")),
        ("1:1s booked", alice.email, stored(s.booked, "title")),
        ("flags", s.supervisor.email, stored(alice, "full_name")),
        ("move asked", s.supervisor.email, stored(alice, "full_name")),
        ("renewal", alice.email, stored(s.course, "title")),
        ("renewal to supervisor", s.supervisor.email, stored(s.course, "title")),
        ("meeting reminder", alice.email, stored(s.one_to_ones, "title")),
        ("step back, who", s.manager.email, stored(bob, "full_name")),
    ]
    for name, to, value in wanted:
        if not any(to in m.to and (value in m.body or value in m.subject) for m in messages):
            problems.append(f"no {name} e-mail to {to} with the words as typed")
    return problems


ICAL_PROPERTIES = {
    "BEGIN", "END", "PRODID", "VERSION", "X-WR-CALNAME", "X-WR-TIMEZONE", "TZID", "DTSTART", "TZOFFSETFROM",
    "TZOFFSETTO", "TZNAME", "RRULE", "RDATE", "UID", "DTSTAMP", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION",
    "STATUS", "SEQUENCE", "COMMENT",
}


def ical_problems(where, response, series):
    """RFC 5545: free text stays inside its own property (escaped, folded), never starts a new
    one, and reads back exactly as it was written."""
    problems = []
    if not response["Content-Type"].startswith("text/calendar"):
        problems.append(f"{where}: served as {response['Content-Type']}")
    body = response.content.decode()
    for line in re.sub(r"\r\n[ \t]", "", body).split("\r\n"):
        name = re.match(r"[A-Za-z0-9-]*", line).group()
        if line and name.upper() not in ICAL_PROPERTIES:
            problems.append(f"{where}: a line of its own: {line[:80]!r}")
    # A line break comes back as one "\n", whichever kind was typed.
    title, place = (re.sub(r"\r\n?", "\n", text) for text in (series.title, series.place))
    # A 1:1 is named from the reader's side ("1:1 with …"); its own title then opens the description.
    events = [event for event in Calendar.from_ical(body).walk("VEVENT")
              if title in (event.get("summary"), str(event.get("description", "")).split("\n\n")[0])]
    if not events:
        problems.append(f"{where}: the meeting's title did not come through as it was written")
    if any(event.get("location") != place for event in events):
        problems.append(f"{where}: the meeting's place did not come through as it was written")
    return problems


def check_calendars(s, clients):
    # Line breaks are what could start a property of their own; put some in.
    MeetingSeries.objects.filter(pk=s.one_to_ones.pk).update(
        title=stored(s.one_to_ones, "title")[:100] + "\r\nATTENDEE:mailto:mallory@example.org\nX-INJECTED:1",
        place=stored(s.one_to_ones, "place")[:100] + "\nEND:VEVENT\r\nBEGIN:VEVENT",
    )
    series = MeetingSeries.objects.get(pk=s.one_to_ones.pk)
    meeting_ics = clients["volunteer"].get(reverse("supervision:meeting_ics", args=[s.past_meeting.pk]))
    feed = clients["anonymous"].get(reverse("supervision:calendar_feed", args=[s.feed.token]))
    return ical_problems("meeting .ics", meeting_ics, series) + ical_problems("calendar feed", feed, series)


ACTION_KEYS = {"/JavaScript", "/JS", "/Launch", "/URI", "/OpenAction", "/AA", "/SubmitForm", "/ImportData"}


def _pdf_actions(obj, seen):
    """Every key in the PDF's object tree that would run or open something. The tree is walked
    (not the bytes searched), since an embedded font's bytes may hold "/AA" by chance."""
    if isinstance(obj, IndirectObject):
        if obj.idnum in seen:
            return set()
        seen.add(obj.idnum)
        obj = obj.get_object()
    found = set()
    if isinstance(obj, DictionaryObject):
        found |= ACTION_KEYS & set(obj.keys())
        for value in obj.values():
            found |= _pdf_actions(value, seen)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            found |= _pdf_actions(value, seen)
    return found


def check_certificate(s, clients):
    response = clients["volunteer"].get(reverse("courses:certificate_download", args=[s.certificate.pk]))
    problems = []
    if response["Content-Type"] != "application/pdf" or not response.content.startswith(b"%PDF-"):
        problems.append(f"certificate: not a PDF ({response['Content-Type']})")
        return problems
    reader = PdfReader(io.BytesIO(response.content))
    for action in sorted(_pdf_actions(reader.trailer, set())):
        problems.append(f"certificate: has a {action} action")
    text = "".join(page.extract_text() for page in reader.pages)
    name = stored(s.certificate, "learner_name").split("(")[0].strip()
    if " ".join(name.split()) not in " ".join(text.split()):
        problems.append("certificate: the learner's name is not printed")
    return problems


def check_report_csv(s, clients):
    response = clients["manager"].get(report_url(s, "readiness:reports_csv"))
    problems = []
    if not response["Content-Type"].startswith("text/csv"):
        problems.append(f"CSV: served as {response['Content-Type']}")
    if not response["Content-Disposition"].startswith("attachment"):
        problems.append("CSV: not sent as a download")
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("CSV: a browser may sniff it as a page")
    cells = [cell for row in csv.reader(io.StringIO(response.content.decode())) for cell in row]
    if stored(s.course, "title") not in cells:
        problems.append("CSV: the course title is not in a cell as written")
    formulas = [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    problems += [f"CSV: a cell could run as a formula: {cell!r}" for cell in formulas]
    return problems


# The test ------------------------------------------------------------------------------------


@pytest.fixture
def scenario(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as queued:
        s = xss_scenario.build()
    s.queued_emails = queued
    return s


@pytest.mark.parametrize("kind", list(PAYLOADS))
def test_free_text_is_shown_as_text_everywhere(scenario, kind):
    s = scenario
    # A flag saved before flags were worded when read keeps its words in `detail` and shows
    # them; make the scenario's open flag such a row, so those stored words are proven safe.
    Flag.objects.filter(pk=s.flag.pk).update(params=None)
    written = overwrite_free_text(kind)
    assert ("supervision.Flag", "detail") in written and ("courses.Course", "title") in written

    # The e-mails the services queued go out now, as a worker would send them later.
    for send in s.queued_emails:
        send()
    course_tasks.send_expiry_reminder(s.course_status.pk)
    reminders_send_due(now=s.next_meeting.starts_at - timedelta(hours=1))
    invitation = next(m for m in mail.outbox if s.invitation.email in m.to)
    s.invitation_token = re.search(r"/people/join/([^/\s]+)/", invitation.body).group(1)

    clients = {"anonymous": Client()}
    for persona in ("volunteer", "supervisor", "trainer", "manager"):
        clients[persona] = Client()
        clients[persona].force_login(getattr(s, persona))

    problems = check_pages(s, clients)
    problems += check_emails(s, mail.outbox)
    problems += check_report_csv(s, clients)
    problems += check_certificate(s, clients)
    problems += check_calendars(s, clients)
    assert not problems, "\n".join(problems)
