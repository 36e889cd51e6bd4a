"""`make bench`: build a synthetic organisation at each size and print what it costs.

1. Each size gets a database of its own, dropped and made again, migrated, and built.
2. Then each size is measured in turn, phase by phase, so that the sizes' query counts are
   taken minutes apart rather than a build apart: queries and server times, then throughput
   and memory under gunicorn.
3. The last size also gets the reminder sweep and the soak.
Each phase runs in a process of its own (bench.size); the printout compares the sizes.

Settings from the environment (defaults in brackets):
    BENCH_SIZES (small,large)   BENCH_REMINDERS (10000)      BENCH_SOAK_SECONDS (120)
    BENCH_SOAK_THINK (1.0)      BENCH_TURN_SECONDS (3)       BENCH_TURN_PAIRS (12)
    BENCH_TIMING_RUNS (5)
    BENCH_DB (waymark_bench, so waymark_bench_small and _large)
    BENCH_DATABASE (unset; one database name used as it is, with a single size)
    BENCH_REDIS_URL (redis://127.0.0.1:6379/5)
    BENCH_OUT (a new temporary folder, for logs, SQL and JSON)
    BENCH_REUSE (unset; 1 keeps each size's database and personas from an earlier run with
                 the same BENCH_OUT: migrations are applied, the build is skipped)
"""

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import redis

from bench import env
from bench.report import report

ROOT = Path(__file__).resolve().parent.parent
KNOWN_SIZES = ("small", "medium", "large")
# What the build phase records; a reused build keeps these and is measured afresh.
BUILT = ("size", "volunteers", "courses", "team", "build", "rows")


def manage(*args, size=None):
    environment = {**os.environ, **env.size_env(size)} if size else None
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, check=True, env=environment)


def phase(size, out, *args):
    environment = {**os.environ, **env.size_env(size)}
    subprocess.run([sys.executable, "-m", "bench.size", size, str(out), *args], cwd=ROOT, check=True,
                   env=environment)


def recreate_database(size):
    with psycopg.connect(f"{env.PG_URL}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{env.database(size)}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{env.database(size)}"')


def vacuum(size):
    """VACUUM ANALYZE the size's database before a phase measures it, as autovacuum does in a
    deployment within a minute or so of a bulk load or of many rows changing. Without it no
    index-only scan can be used (the visibility map is empty), and a machine may run
    PostgreSQL with autovacuum turned off."""
    with psycopg.connect(env.database_url(size), autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


def _first(path, prefix):
    for line in Path(path).read_text().splitlines():
        if line.startswith(prefix):
            return line.split(":", 1)[1].strip()
    return "unknown"


def machine():
    with psycopg.connect(f"{env.PG_URL}/postgres") as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
        autovacuum = connection.execute("SHOW autovacuum").fetchone()[0]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "cpu": _first("/proc/cpuinfo", "model name"),
        "memory_gib": int(_first("/proc/meminfo", "MemTotal").split()[0]) / 1024 / 1024,
        "postgres": postgres.split()[0],
        "autovacuum": autovacuum,
        "redis": redis.Redis.from_url(env.REDIS_URL).info("server")["redis_version"],
        "python": platform.python_version(),
        "load": os.getloadavg()[0],
        "commit": commit.stdout.strip() or "unknown",
    }


def main():
    sizes = [name.strip() for name in os.environ.get("BENCH_SIZES", "small,large").split(",") if name.strip()]
    unknown = [name for name in sizes if name not in KNOWN_SIZES]
    if unknown or not sizes:
        sys.exit(f"BENCH_SIZES must list sizes from {', '.join(KNOWN_SIZES)}; got {os.environ.get('BENCH_SIZES')!r}.")
    if env.EXACT_DB_NAME and len(sizes) > 1:
        sys.exit("BENCH_DATABASE names one database: give BENCH_SIZES a single size with it.")
    os.environ.update(env.settings_env())
    out = Path(os.environ.get("BENCH_OUT") or tempfile.mkdtemp(prefix="waymark-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    facts = machine()
    reminders, soak = env.number("BENCH_REMINDERS", 10_000), env.seconds("BENCH_SOAK_SECONDS", 120)
    print(f"Waymark benchmark: sizes {', '.join(sizes)}; logs, SQL and JSON in {out}", file=sys.stderr, flush=True)
    manage("collectstatic", "--noinput", "-v0", size=sizes[0])
    started = time.monotonic()
    reuse = os.environ.get("BENCH_REUSE") == "1"
    for name in sizes:
        if reuse and (out / f"{name}-personas.json").exists():
            # Keep the build's figures (size, rows, build time); drop the earlier measurements.
            kept = json.loads((out / f"{name}.json").read_text())
            (out / f"{name}.json").write_text(json.dumps({key: kept[key] for key in BUILT if key in kept}))
            manage("migrate", "--noinput", "-v0", size=name)
            continue
        (out / f"{name}.json").unlink(missing_ok=True)
        recreate_database(name)
        manage("migrate", "--noinput", "-v0", size=name)
        phase(name, out, "build")
    # Before each phase, as autovacuum would have by then: the queries phase itself judges
    # every volunteer again (the catch-up after the rules change), which leaves 9,500 dead rows.
    for step in ("queries", "serve"):
        for name in sizes:
            vacuum(name)
            phase(name, out, step)
    vacuum(sizes[-1])
    phase(sizes[-1], out, "load", str(reminders), str(soak))
    results = [json.loads((out / f"{name}.json").read_text()) for name in sizes]
    facts["minutes"] = (time.monotonic() - started) / 60
    text = report(facts, results)
    (out / "report.txt").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
