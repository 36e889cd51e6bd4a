"""One size of the benchmark, one phase at a time, each in a process of its own; bench.run
starts them with DATABASE_URL naming that size's database.

    python -m bench.size NAME OUT_DIR build          build the organisation
    python -m bench.size NAME OUT_DIR queries        count queries, time the board and report
    python -m bench.size NAME OUT_DIR serve          throughput and peak memory under gunicorn
    python -m bench.size NAME OUT_DIR load N SECS    the reminder sweep for N, a soak of SECS
    python -m bench.size NAME OUT_DIR soak SECS      the soak alone

Each phase adds its figures to OUT_DIR/NAME.json; the personas the build chose are kept in
OUT_DIR/NAME-personas.json for the later phases.
"""

import json
import sys
import time
from pathlib import Path

import django

from bench.env import number, seconds


def say(message):
    print(f"  {message}", file=sys.stderr, flush=True)


def build(size, out, result):
    from bench import org

    say(f"{size.name}: building {size.volunteers:,} volunteers and {size.courses} courses")
    started = time.perf_counter()
    personas, parts = org.build(size)
    (out / f"{size.name}-personas.json").write_text(json.dumps(personas, indent=2))
    result.update(size=size.name, volunteers=size.volunteers, courses=personas["courses"], team=personas["team"],
                  build={"seconds": time.perf_counter() - started, "parts": parts}, rows=org.counts())
    say(f"{size.name}: built in {result['build']['seconds']:.0f} s {parts}")


def queries(size, out, result, personas):
    from bench import queries, timing

    say(f"{size.name}: counting queries; timing the board and the report")
    with open(out / f"queries-{size.name}.sql", "w") as sql_log:
        result["queries"] = queries.count_queries(personas, sql_log)
    result["labels"] = {key: label for key, label, *_rest in queries.journeys(personas)}
    result["times"] = timing.server_times(personas, number("BENCH_TIMING_RUNS", 5))
    result["catch_up"] = timing.readiness_catch_up(personas)


def serve(size, out, result, personas):
    from bench import memory, throughput

    say(f"{size.name}: throughput of a lesson page against a bare Wagtail page; peak memory")
    result["throughput"] = throughput.throughput(
        personas, seconds=seconds("BENCH_TURN_SECONDS", 3), pairs=number("BENCH_TURN_PAIRS", 12),
        log=out / "gunicorn.log",
    )
    result["memory"] = memory.peak_memory(personas, log=out / "gunicorn.log")


def load(size, out, result, personas, count, soak_seconds):
    from bench import reminders

    say(f"{size.name}: the reminder sweep for {count:,} due reminders")
    result["reminders"] = reminders.reminder_sweep(count=count, log=out / "celery.log")
    run_soak(size, out, result, personas, soak_seconds)


def run_soak(size, out, result, personas, soak_seconds):
    from bench import soak

    say(f"{size.name}: soak for {soak_seconds:g} s")
    result["soak"] = soak.soak(personas, seconds=soak_seconds, think=seconds("BENCH_SOAK_THINK", 1.0),
                               log=out / "gunicorn.log", worker_log=out / "celery.log")


def main():
    name, out, phase, *extra = sys.argv[1:]
    out = Path(out)
    django.setup()
    from bench.org import SIZES

    size = SIZES[name]
    figures = out / f"{name}.json"
    result = json.loads(figures.read_text()) if figures.exists() else {}
    if phase == "build":
        build(size, out, result)
    else:
        personas = json.loads((out / f"{name}-personas.json").read_text())
        if phase == "queries":
            queries(size, out, result, personas)
        elif phase == "serve":
            serve(size, out, result, personas)
        elif phase == "soak":
            run_soak(size, out, result, personas, float(extra[0]))
        elif phase == "load":
            load(size, out, result, personas, int(extra[0]), float(extra[1]))
        else:
            sys.exit(f"Unknown phase {phase!r}.")
    figures.write_text(json.dumps(result, indent=2, default=str))


if __name__ == "__main__":
    main()
