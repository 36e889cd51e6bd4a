"""Requests per second for a lesson page against a bare Wagtail page, served by the same
gunicorn in the same run under the same load generator.

Both are requested with the same volunteer's session cookie, so both pass through the same
middleware (session, user, two-step and session-lifetime checks); the difference is the
page itself.

This machine's speed wanders by a fifth or more from one second to the next (it is a
virtual machine sharing its host; a plain Python loop shows it), so one long run of each
page measures the machine as much as the pages. The pages therefore take short turns, in
pairs, in the order lesson, bare, bare, lesson, ... so that neither always goes first. The
ratio is the median of the pairs' ratios: a slow spell falls mostly within one pair, and
one odd pair moves the median little. The spread of the pairs is printed too, and the
gunicorn workers' CPU time for each request of each page, read from /proc, which the
machine's wandering disturbs less.
"""

import os
import statistics
from pathlib import Path

import requests

from bench import load
from bench.server import Gunicorn
from bench.sessions import headers_for

WORKERS, THREADS, CONNECTIONS = 3, 4, 12
TICKS = os.sysconf("SC_CLK_TCK")


def _expect(url, headers, text):
    response = requests.get(url, headers=headers, timeout=60, allow_redirects=False)
    if response.status_code != 200 or text not in response.text:
        raise RuntimeError(f"GET {url} answered {response.status_code} without {text!r}")


def _cpu_seconds(pids):
    """User and system CPU seconds the processes have used so far."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / TICKS


def _turn(server, url, headers, seconds):
    pids = server.worker_pids()
    before = _cpu_seconds(pids)
    run = load.requests_per_second(url, headers, seconds=seconds, connections=CONNECTIONS)
    run["cpu_ms"] = (_cpu_seconds(pids) - before) * 1000 / max(run["requests"], 1)
    return run


def throughput(org, *, seconds, pairs, log):
    headers = headers_for(org["volunteer"])
    with Gunicorn(workers=WORKERS, threads=THREADS, log=log) as server:
        urls = {"lesson": server.url + org["lesson_url"], "bare": server.url + org["bare_url"]}
        _expect(urls["lesson"], headers, org["lesson_title"])
        _expect(urls["bare"], headers, "A bare Wagtail page")
        for url in urls.values():
            load.requests_per_second(url, headers, seconds=2, connections=CONNECTIONS)
        turns = {"lesson": [], "bare": []}
        for number in range(pairs):
            for key in ("lesson", "bare") if number % 2 == 0 else ("bare", "lesson"):
                turns[key].append(_turn(server, urls[key], headers, seconds))
    ratios = sorted(a["rps"] / b["rps"] for a, b in zip(turns["lesson"], turns["bare"], strict=True))
    quartiles = statistics.quantiles(ratios, n=4)

    def median(key, field):
        return statistics.median(run[field] for run in turns[key])

    return {
        "lesson_rps": median("lesson", "rps"),
        "bare_rps": median("bare", "rps"),
        "ratio": statistics.median(ratios),
        "ratio_quartiles": [quartiles[0], quartiles[2]],
        "ratio_range": [ratios[0], ratios[-1]],
        "lesson_cpu_ms": median("lesson", "cpu_ms"),
        "bare_cpu_ms": median("bare", "cpu_ms"),
        "bad": sum(run["bad"] for key in turns for run in turns[key]),
        "generator": load.generator(),
        "shape": f"gunicorn {WORKERS} workers x {THREADS} threads (gthread), {CONNECTIONS} connections, "
                 f"{pairs} pairs of {seconds:g} s turns",
    }
