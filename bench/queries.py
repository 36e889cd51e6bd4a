"""SQL queries for each page or action: requested once to warm up, then once counted.

The count is taken with Django's CaptureQueriesContext around a test-client request, so it
covers the middleware (session, user, two-step check) as well as the view.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.sessions import client_for

LIMIT = 12


def journeys(org):
    """(key, label, persona, method, path, warm-up path) for each page the issue lists."""
    complete = "/courses/lessons/{}/complete/"
    return [
        ("board", "readiness board (manager)", "manager", "get", "/readiness/", None),
        ("my_path", "My path (volunteer)", "volunteer", "get", "/", None),
        ("my_team", f"My team ({org['team']} supervisees)", "supervisor", "get", "/", None),
        ("lesson", "lesson page", "volunteer", "get", org["lesson_url"], None),
        ("register", "register (trainer)", "trainer", "get", f"/courses/sessions/{org['register_session']}/register/",
         None),
        ("complete", "completing a lesson (POST)", "volunteer", "post", complete.format(org["complete_lesson"]),
         complete.format(org["warm_up_lesson"])),
        ("report", "funder report (manager)", "manager", "get", "/readiness/reports/", None),
        ("ical", "iCal feed (supervisor's)", None, "get", f"/supervision/calendar/{org['ical_token']}.ics", None),
        ("caseload", "First Steps caseload (peer supporter)", "peer_supporter", "get", "/first-steps/", None),
        ("one_to_one", "1:1 page with the caseload review (supervisor)", "supervisor", "get",
         f"/supervision/meetings/{org['peer_supporter_meeting']}/", None),
        ("first_steps_report", "First Steps report (manager)", "manager", "get", "/readiness/reports/first-steps/",
         None),
    ]


def _check(response, method, path):
    expected = 302 if method == "post" else 200
    location = response.get("Location", "")
    if response.status_code != expected or "/accounts/" in location:
        raise RuntimeError(f"{method.upper()} {path} answered {response.status_code} {location}".strip())


def count_queries(org, sql_log=None):
    """{key: number of queries} for each journey; the SQL itself goes to `sql_log` if given."""
    counts = {}
    for key, label, persona, method, path, warm_up in journeys(org):
        client = client_for(org[persona] if persona else None)
        request = getattr(client, method)
        _check(request(warm_up or path), method, warm_up or path)
        with CaptureQueriesContext(connection) as captured:
            response = request(path)
        _check(response, method, path)
        counts[key] = len(captured.captured_queries)
        if sql_log is not None:
            sql_log.write(f"-- {label}: {method.upper()} {path}: {counts[key]} queries\n")
            for query in captured.captured_queries:
                sql_log.write(query["sql"] + ";\n")
            sql_log.write("\n")
    return counts
