"""Production stops a runaway request by itself: gunicorn, run as README.md says, ends a worker
stuck on one request and starts another; web processes give PostgreSQL a statement timeout."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import URLError
from urllib.parse import quote
from urllib.request import urlopen

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url, timeout):
    with urlopen(url, timeout=timeout) as response:  # noqa: S310 (a local test server)
        return response.read().decode()


def test_gunicorn_as_configured_ends_a_worker_stuck_on_one_request():
    port = _free_port()
    env = os.environ | {
        "WAYMARK_WEB_BIND": f"127.0.0.1:{port}", "WAYMARK_WEB_WORKERS": "1", "WAYMARK_WEB_TIMEOUT_SECONDS": "2",
    }
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "tests.security.spinning_app", "-c", "gunicorn.conf.py"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                first = _get(f"http://127.0.0.1:{port}/", 1)
                break
            except (URLError, OSError):
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        started = time.monotonic()
        with pytest.raises((URLError, OSError)):
            _get(f"http://127.0.0.1:{port}/spin", 20)
        assert time.monotonic() - started < 10
        # The one worker there is was replaced: the next request is answered by a new process.
        second = _get(f"http://127.0.0.1:{port}/", 10)
        assert second.startswith("ok ") and second != first
    finally:
        server.terminate()
        server.wait(10)


def _test_database_url():
    db = connection.settings_dict
    return f"postgres://{quote(db['USER'] or '')}:{quote(db['PASSWORD'] or '')}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


# Enough to read the settings and open the database connection they describe, without
# importing every app (django.setup() costs seconds of CPU): the timeout is a setting.
SETTINGS_ONLY = "from django.conf import settings\nsettings.DATABASES"


def _in_a_fresh_process(code, *, start="import django; django.setup()", **env):
    if connection.vendor == "postgresql":
        env.setdefault("DATABASE_URL", _test_database_url())
    result = subprocess.run(
        [sys.executable, "-c", start + "\n" + code],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env=os.environ | {"DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "1"} | env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.postgres
def test_a_web_process_gives_postgresql_a_statement_timeout_and_a_worker_does_not(db):
    if connection.vendor != "postgresql":
        pytest.skip("The statement timeout is PostgreSQL's (set DATABASE_URL to a PostgreSQL database).")
    show = (
        "from django.db import connection\n"
        "cursor = connection.cursor(); cursor.execute('SHOW statement_timeout'); print(cursor.fetchone()[0])"
    )
    assert _in_a_fresh_process(show, start=SETTINGS_ONLY, WAYMARK_WEB_PROCESS="1") == "30s"
    # A worker (every app started, as Celery does) gets none.
    assert _in_a_fresh_process(show) == "0"
    # config/wsgi.py is what marks a process as a web one (every app started, as gunicorn does).
    assert _in_a_fresh_process(show, start="import config.wsgi") == "30s"
    slow = (
        "import time\nfrom django.db import connection\nconnection.ensure_connection()\nstarted = time.monotonic()\n"
        "try:\n    connection.cursor().execute('SELECT pg_sleep(10)')\nexcept Exception as error:\n"
        "    print(type(error.__cause__ or error).__name__, round(time.monotonic() - started))"
    )
    assert _in_a_fresh_process(
        slow, start=SETTINGS_ONLY, WAYMARK_WEB_PROCESS="1", WAYMARK_STATEMENT_TIMEOUT_SECONDS="1"
    ) == "QueryCanceled 1"
