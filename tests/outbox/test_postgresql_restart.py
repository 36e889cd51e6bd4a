"""After PostgreSQL restarts, web processes carry on by themselves: a kept connection is
checked before a request reuses it (CONN_HEALTH_CHECKS), so the first request after the
restart is answered, not failed. The restart is what it does to Waymark's connections:
PostgreSQL ends them (pg_terminate_backend), here only this test database's."""

import http.client
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.db import connection, connections

pytestmark = pytest.mark.postgres

PAGE = "/verify/NO-SUCH-CODE/"  # reads the database, needs no sign-in, answers 404


def _end_every_other_connection():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def _get(http_connection):
    http_connection.request("GET", PAGE)
    response = http_connection.getresponse()
    response.read()
    return response.status


def test_the_settings_check_kept_connections_before_reusing_them():
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


@pytest.mark.parametrize(("health_checks", "after_restart"), [(True, 404), (False, 500)],
                         ids=["with-health-checks", "without-them-the-first-request-fails"])
def test_the_first_request_after_a_restart_is_answered(live_server, monkeypatch, health_checks, after_restart):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    # As in production with DATABASE_CONN_MAX_AGE set: the server keeps its connection.
    monkeypatch.setitem(connections.settings["default"], "CONN_MAX_AGE", 600)
    monkeypatch.setitem(connections.settings["default"], "CONN_HEALTH_CHECKS", health_checks)
    address = urlparse(live_server.url)
    # One HTTP connection kept alive: the live server answers it from one thread, which
    # keeps one database connection between requests.
    browser = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        assert _get(browser) == 404
        assert _end_every_other_connection() >= 1
        assert _get(browser) == after_restart
        assert _get(browser) == 404
    finally:
        browser.close()
