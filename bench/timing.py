"""Server time for the readiness board and the three reports (funder, First Steps, distance travelled): the
median of several test-client requests (middleware, view and template) after one to warm up."""

import statistics
import time

from bench.sessions import client_for

PAGES = [("board", "/readiness/"), ("report", "/readiness/reports/"),
         ("first_steps_report", "/readiness/reports/first-steps/")]
# Each report for one month and for two years, ending today (issue 20: both at most 200 ms).
RANGES = {"month": 31, "two_years": 730}
REPORTS = [("report", "/readiness/reports/"), ("first_steps_report", "/readiness/reports/first-steps/"),
           ("distance_report", "/readiness/reports/distance-travelled/")]


def _pages():
    from datetime import timedelta

    from django.utils import timezone

    today = timezone.localdate()
    ranged = [
        (f"{key}_{name}", f"{path}?start={today - timedelta(days=days)}&end={today}")
        for key, path in REPORTS
        for name, days in RANGES.items()
    ]
    return PAGES + ranged


def server_times(org, runs):
    client = client_for(org["manager"])
    result = {}
    for key, path in _pages():
        client.get(path)
        samples, size = [], 0
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get(path)
            samples.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise RuntimeError(f"GET {path} answered {response.status_code}")
            size = len(response.content)
        result[key] = {"median": statistics.median(samples), "min": min(samples), "max": max(samples),
                       "runs": runs, "kilobytes": round(size / 1024)}
    return result


def readiness_catch_up(org):
    """The board straight after the rules change for everyone (it queues the catch-up and
    shows what was known), then the catch-up itself, run here rather than by a worker."""
    from readiness import summaries, tasks
    from readiness.models import ReadinessSummary

    client = client_for(org["manager"])
    client.get("/readiness/")
    summaries.summaries_mark_out_of_date()
    started = time.perf_counter()
    response = client.get("/readiness/")
    board = time.perf_counter() - started
    started = time.perf_counter()
    tasks.summaries_bring_up_to_date()
    catch_up = time.perf_counter() - started
    return {
        "board_seconds": board,
        "notice": "being worked out again" in response.content.decode(),
        "catch_up_seconds": catch_up,
        "judged": ReadinessSummary.objects.filter(judged_at__isnull=False).count(),
    }
