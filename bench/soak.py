"""A soak: simulated people using Waymark at once, against gunicorn on PostgreSQL.

Each simulated person is a thread with its own session and keep-alive connection. They go
round their own journey, pausing between steps as a person reading would (think time):
- volunteers: My path, a lesson, finishing a lesson, the check-in page, sending a check-in
  (every fifth round), their own supervision page;
- supervisors: My team, one of their 1:1s, one of their supervisees;
- trainers: their sessions, a register;
- managers: the readiness board, the funder report.
As in production, a Celery worker runs alongside (bench/reminders.py Worker, e-mail to a
local SMTP server): it takes what the pages queue, such as judging again the readiness
the volunteers' changes made out of date, so the board does not do it in its request.
Every request is timed; any answer but the expected one (or none within 60 s) is an error.
A request sent just as the server closed an idle kept-alive connection is sent once more on
a new connection, as browsers do, and counted as a retry rather than an error.
"""

import os
import random
import statistics
import threading
import time
from collections import Counter, defaultdict

import requests
from django.core.cache import cache
from django.utils import timezone

from bench.env import number
from bench.reminders import Worker
from bench.server import Gunicorn, children, cpu_seconds, pids_named
from bench.sessions import headers_for
from bench.smtp import SmtpSink
from courses.models import ClassroomSession
from people.models import SupervisorAssignment
from readiness.tasks import QUEUED
from supervision.models import OneToOneRecord
from supervision.who5 import ITEMS

# The web shape: BENCH_SOAK_WORKERS x BENCH_SOAK_THREADS. By default production's: sync workers,
# as many as gunicorn.conf.py starts on this machine (two a core and one more).
WORKERS = number("BENCH_SOAK_WORKERS", 2 * (os.cpu_count() or 1) + 1)
THREADS = number("BENCH_SOAK_THREADS", 1)
MIX = {"manager": 2, "trainer": 3, "supervisor": 7}
CHECK_IN = {**{field: "4" for field, _statement in ITEMS}, "caseload": "3", "recovery": "4", "worries": ""}


def _journeys(org):
    """{persona kind: [(user id, [(step, method, path, data)])]}: who the simulated people are."""
    people = org["soak"]
    now = timezone.now()
    lessons = org["other_lessons"]
    journeys = defaultdict(list)
    for n in range(MIX["manager"]):
        journeys["manager"].append((people["managers"][n % len(people["managers"])], [
            ("readiness board", "get", "/readiness/", None),
            ("funder report", "get", "/readiness/reports/", None),
        ]))
    for n in range(MIX["trainer"]):
        trainer = people["trainers"][n % len(people["trainers"])]
        session = ClassroomSession.objects.filter(trainer_id=trainer, starts_at__lt=now).order_by("-starts_at").first()
        steps = [("trainer's sessions", "get", "/", None)]
        if session is not None:
            steps.append(("register", "get", f"/courses/sessions/{session.pk}/register/", None))
        journeys["trainer"].append((trainer, steps))
    for n in range(MIX["supervisor"]):
        supervisor = people["supervisors"][n % len(people["supervisors"])]
        meeting = (OneToOneRecord.objects.filter(written_by_id=supervisor).order_by("-occurrence__starts_at")
                   .values_list("occurrence_id", flat=True).first())
        supervisee = (SupervisorAssignment.objects.current().filter(supervisor_id=supervisor)
                      .values_list("volunteer_id", flat=True).first())
        journeys["supervisor"].append((supervisor, [
            ("My team", "get", "/", None),
            ("1:1 meeting", "get", f"/supervision/meetings/{meeting}/", None),
            ("supervisee", "get", f"/supervision/volunteers/{supervisee}/", None),
        ]))
    volunteers = 50 - sum(MIX.values())
    for n in range(volunteers):
        lesson = lessons[n % len(lessons)]
        journeys["volunteer"].append((people["volunteers"][n % len(people["volunteers"])], [
            ("My path", "get", "/", None),
            ("lesson page", "get", org["lesson_url"], None),
            ("finish a lesson", "post", f"/courses/lessons/{lesson}/complete/", {}),
            ("check-in page", "get", "/supervision/check-in/", None),
            ("send a check-in", "post", "/supervision/check-in/", CHECK_IN),
            ("my supervision", "get", "/supervision/mine/", None),
        ]))
    return journeys


class _Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = defaultdict(list)
        self.errors = Counter()
        self.retries = 0

    def add(self, step, seconds, error):
        with self.lock:
            self.times[step].append(seconds)
            if error:
                self.errors[f"{step}: {error}"] += 1


def _send(session, method, url, data, tally):
    """One request. If the server had just closed the kept-alive connection as it was sent,
    send it once more on a new connection, as a browser does; the retries are counted."""
    try:
        return session.request(method, url, data=data, timeout=60, allow_redirects=False)
    except requests.ConnectionError:
        with tally.lock:
            tally.retries += 1
        return session.request(method, url, data=data, timeout=60, allow_redirects=False)


def _person(base_url, headers, steps, deadline, think, tally, seed):
    rng = random.Random(seed)
    time.sleep(rng.uniform(0, think))
    with requests.Session() as session:
        session.headers.update(headers)
        rounds = 0
        while time.monotonic() < deadline:
            for step, method, path, data in steps:
                if step == "send a check-in" and rounds % 5:
                    continue
                if time.monotonic() >= deadline:
                    return
                started = time.perf_counter()
                error = None
                try:
                    response = _send(session, method, base_url + path, data, tally)
                    expected = 302 if method == "post" else 200
                    if response.status_code != expected or "/accounts/" in response.headers.get("Location", ""):
                        error = f"answered {response.status_code}"
                except requests.RequestException as problem:
                    error = type(problem).__name__
                tally.add(step, time.perf_counter() - started, error)
                time.sleep(think * rng.uniform(0.5, 1.5))
            rounds += 1


def _cpu_by_part(server, worker):
    """CPU seconds used so far by the web workers, the Celery worker, PostgreSQL, Redis and
    this process (the simulated people), to share the soak's CPU out per request."""
    celery = [worker.process.pid, *children(worker.process.pid)]
    return {
        "web workers": sum(cpu_seconds(pid) for pid in server.worker_pids()),
        "Celery worker": sum(cpu_seconds(pid) for pid in celery),
        "PostgreSQL": sum(cpu_seconds(pid) for pid in pids_named("postgres")),
        "Redis": sum(cpu_seconds(pid) for pid in pids_named("redis-server")),
        "load generator": time.process_time(),
    }


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def soak(org, *, seconds, think, log, worker_log):
    journeys = _journeys(org)
    people = [(kind, user, steps) for kind, items in journeys.items() for user, steps in items]
    tally = _Tally()
    with SmtpSink() as smtp, Worker(smtp.port, worker_log) as worker, \
            Gunicorn(workers=WORKERS, threads=THREADS, log=log) as server:
        # The worker emptied the queue as it started: a catch-up queued before then (by an
        # earlier phase) went with it, so nothing should hold its place.
        cache.delete(QUEUED)
        deadline = time.monotonic() + seconds
        threads = [
            threading.Thread(target=_person, args=(server.url, headers_for(user), steps, deadline, think, tally, n))
            for n, (_kind, user, steps) in enumerate(people)
        ]
        cpu_before = _cpu_by_part(server, worker)
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        cpu_after = _cpu_by_part(server, worker)
    every = [t for times in tally.times.values() for t in times]
    # What each request cost in CPU, part by part: on two cores, 2 / (the total per request) is
    # the most requests a second the machine can answer, however the work is shared out.
    cpu_ms = {part: 1000 * (cpu_after[part] - cpu_before[part]) / max(len(every), 1) for part in cpu_after}
    return {
        "cpu_ms_per_request": cpu_ms,
        "cpus": os.cpu_count(),
        "users": len(people),
        "mix": dict(Counter(kind for kind, _user, _steps in people)),
        "seconds": elapsed,
        "think": think,
        "requests": len(every),
        "errors": sum(tally.errors.values()),
        "error_kinds": dict(tally.errors.most_common(5)),
        "retries": tally.retries,
        "rps": len(every) / elapsed,
        # What the people would ask for if every answer came at once: one request per think time.
        "asked_rps": len(people) / think,
        "median": statistics.median(every),
        "p95": _percentile(every, 0.95),
        "max": max(every),
        "pages": {step: {"requests": len(times), "median": statistics.median(times), "p95": _percentile(times, 0.95)}
                  for step, times in tally.times.items()},
        "shape": f"gunicorn {WORKERS} workers x {THREADS} threads ({'gthread' if THREADS > 1 else 'sync'})",
    }
