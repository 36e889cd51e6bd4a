"""Requests per second for a lesson page against a bare Wagtail page, served by the same
gunicorn in the same run under the same load generator.

Both are requested with the same volunteer's session cookie, so both pass through the same
middleware (session, user, two-step and session-lifetime checks); the difference is the
page itself. The pages alternate for a few rounds so that a busy moment on a shared
machine falls on both alike.
"""

import requests

from bench import load
from bench.server import Gunicorn
from bench.sessions import headers_for

WORKERS, THREADS, CONNECTIONS = 3, 4, 12


def _expect(url, headers, text):
    response = requests.get(url, headers=headers, timeout=60, allow_redirects=False)
    if response.status_code != 200 or text not in response.text:
        raise RuntimeError(f"GET {url} answered {response.status_code} without {text!r}")


def throughput(org, *, seconds, rounds, log):
    headers = headers_for(org["volunteer"])
    with Gunicorn(workers=WORKERS, threads=THREADS, log=log) as server:
        lesson, bare = server.url + org["lesson_url"], server.url + org["bare_url"]
        _expect(lesson, headers, org["lesson_title"])
        _expect(bare, headers, "A bare Wagtail page")
        for url in (lesson, bare):
            load.requests_per_second(url, headers, seconds=2, connections=CONNECTIONS)
        runs = {"lesson": [], "bare": []}
        for _ in range(rounds):
            for key, url in (("lesson", lesson), ("bare", bare)):
                runs[key].append(load.requests_per_second(url, headers, seconds=seconds, connections=CONNECTIONS))
    lesson_rps = sum(run["rps"] for run in runs["lesson"]) / rounds
    bare_rps = sum(run["rps"] for run in runs["bare"]) / rounds
    return {
        "lesson_rps": lesson_rps,
        "bare_rps": bare_rps,
        "ratio": lesson_rps / bare_rps,
        "bad": sum(run["bad"] for key in runs for run in runs[key]),
        "generator": load.generator(),
        "shape": f"gunicorn {WORKERS} workers x {THREADS} threads (gthread), {CONNECTIONS} connections, "
                 f"{rounds} rounds of {seconds:g} s per page",
    }
