"""The environment every part of the benchmark shares: the parent, the per-size processes,
gunicorn and the Celery worker all read the same variables. Each size has a database of its
own (waymark_bench_small, waymark_bench_large), so every size stays there to be measured,
and a cache key prefix of its own."""

import os
import secrets

PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
DB_NAME = os.environ.get("BENCH_DB", "waymark_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
HOSTS = "testserver,127.0.0.1,localhost"


# BENCH_DATABASE names the one database to use as it is (a single size, on a machine where
# each user of PostgreSQL is given a database name).
EXACT_DB_NAME = os.environ.get("BENCH_DATABASE", "")


def database(size):
    return EXACT_DB_NAME or f"{DB_NAME}_{size}"


def database_url(size):
    return f"{PG_URL}/{database(size)}"


def size_env(size):
    """What differs by size: the database, and the cache's key prefix, since the sizes share
    one Redis database and the course content cached for one must never be read for another."""
    return {"DATABASE_URL": database_url(size), "CACHE_KEY_PREFIX": f"waymark-bench-{size}"}


def settings_env():
    """Production settings (DEBUG off) on plain HTTP on this machine.

    Two-step sign-in for staff stays on: the bench's staff have a real TOTP authenticator.
    Connections are kept open for a minute, as a deployment behind gunicorn would.
    """
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_CONN_MAX_AGE": os.environ.get("BENCH_CONN_MAX_AGE", "60"),
        "REDIS_URL": REDIS_URL,
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-" + secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": HOSTS,
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        "WAYMARK_LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }


def seconds(name, default):
    return float(os.environ.get(name, default))


def number(name, default):
    return int(os.environ.get(name, default))
