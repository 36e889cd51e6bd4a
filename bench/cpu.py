"""CPU time and queries per request for each of the soak's pages, as its persona.

`python -m bench.cpu PERSONAS.json [RUNS] [PROFILE_DIR]` with DATABASE_URL and the bench's
settings (bench/env.py settings_env) in the environment. Each page is asked once to warm up,
then RUNS times; the figures are the median CPU milliseconds of this process
(time.process_time, so a busy machine's waiting is left out; PostgreSQL's own CPU is not in
it) and the queries of the last request. With PROFILE_DIR, a cProfile of the timed requests
of each page is written there (`python -m pstats`). BENCH_CPU_ONLY=words measures only the
pages whose label holds them.

`python -m bench.cpu mix PERSONAS.json [ROUNDS]` gives the CPU per request over the soak's
mix of pages instead (see `mix`).
"""

import cProfile
import json
import os
import statistics
import sys
import time
from pathlib import Path

import django


def pages(org):
    """(label, persona id, method, path, data) for every step of the soak."""
    from bench.soak import CHECK_IN, _journeys

    journeys = _journeys(org)
    found = []
    for kind in ("volunteer", "supervisor", "trainer", "manager"):
        user, steps = journeys[kind][0]
        for step, method, path, data in steps:
            found.append((f"{step} ({kind})", user, method, path, CHECK_IN if step == "send a check-in" else data))
    return found


def measure(org, runs, profile_dir=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.sessions import client_for

    figures = {}
    only = os.environ.get("BENCH_CPU_ONLY", "")
    for label, user, method, path, data in pages(org):
        if only not in label:
            continue
        client = client_for(user)
        request = getattr(client, method)
        expected = 302 if method == "post" else 200
        response = request(path, data or {})
        if response.status_code != expected:
            raise RuntimeError(f"{label}: {method.upper()} {path} answered {response.status_code}")
        times = []
        profile = cProfile.Profile(time.process_time) if profile_dir else None
        for _ in range(runs):
            with CaptureQueriesContext(connection) as captured:
                started = time.process_time()
                if profile:
                    profile.enable()
                request(path, data or {})
                if profile:
                    profile.disable()
                times.append((time.process_time() - started) * 1000)
        if profile:
            name = "".join(c if c.isalnum() else "_" for c in label)
            profile.dump_stats(Path(profile_dir) / f"{name}.prof")
        figures[label] = {"cpu_ms": statistics.median(times), "queries": len(captured.captured_queries),
                          "sql_ms": sum(float(q["time"]) for q in captured.captured_queries) * 1000}
    return figures


def mix(org, rounds, *, skip=("funder report",)):
    """CPU ms per request over the soak's mix: each person of the soak goes round their
    journey `rounds` times, one request after another in this process (so the garbage
    collector's occasional full sweeps are counted as a worker would pay them). The pages
    in `skip` are left out."""
    from bench.sessions import client_for
    from bench.soak import CHECK_IN, _journeys

    people = [(user, steps) for items in _journeys(org).values() for user, steps in items]
    clients = {user: client_for(user) for user in {user for user, _steps in people}}
    requests = 0
    started = time.process_time()
    for round_number in range(rounds):
        for user, steps in people:
            for step, method, path, data in steps:
                if step in skip or (step == "send a check-in" and round_number % 5):
                    continue
                getattr(clients[user], method)(path, CHECK_IN if step == "send a check-in" else data or {})
                requests += 1
    return requests, (time.process_time() - started) * 1000 / requests


def main():
    if sys.argv[1] == "mix":
        django.setup()
        org = json.loads(Path(sys.argv[2]).read_text())
        rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 2
        mix(org, 1)
        requests, per_request = mix(org, rounds)
        print(f"soak mix without the funder report: {requests} requests, {per_request:.1f} CPU ms per request")
        return
    django.setup()
    org = json.loads(Path(sys.argv[1]).read_text())
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    profile_dir = sys.argv[3] if len(sys.argv) > 3 else None
    figures = measure(org, runs, profile_dir)
    width = max(len(label) for label in figures)
    for label, figure in figures.items():
        print(f"{label:<{width}}  {figure['cpu_ms']:7.1f} ms  {figure['queries']:3d} queries"
              f"  ({figure['sql_ms']:6.1f} ms waiting on SQL)")
    mean = statistics.mean(f["cpu_ms"] for f in figures.values())
    print(f"{'mean of pages':<{width}}  {mean:7.1f} ms")


if __name__ == "__main__":
    main()
