"""After a transactional test the database is left empty, as Django's flush leaves it, though on
PostgreSQL only the tables holding rows are emptied (tests/flush.py)."""

import pytest
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

from audit.models import AccessLog
from supervision.models import CheckIn
from tests import flush
from tests.factories import volunteer

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite uses Django's own flush")


def _every_table():
    return connection.introspection.django_table_names(only_existing=True, include_views=False)


def test_flush_empties_every_table_including_the_append_only_access_log():
    person = volunteer()
    CheckIn.objects.create(volunteer=person, caseload=1, recovery=3, **dict.fromkeys(CheckIn.ITEM_FIELDS, 3))
    AccessLog.objects.create(actor=person, subject=person, kind=AccessLog.Kind.CHECKIN, method="GET", path="/")
    full = set(flush.tables_with_rows(connection, _every_table()))
    assert {"audit_accesslog", "supervision_checkin", "people_user"} <= full
    call_command("flush", verbosity=0, interactive=False, reset_sequences=False, inhibit_post_migrate=True)
    assert flush.tables_with_rows(connection, _every_table()) == []


def test_it_names_only_the_tables_holding_rows_and_truncates_those_with_triggers():
    volunteer()
    AccessLog.objects.create(kind=AccessLog.Kind.CHECKIN, method="GET", path="/")
    statements = flush.sql_flush(no_style(), connection, reset_sequences=False)
    full = flush.tables_with_rows(connection, _every_table())
    assert len(statements) == len(full) < len(_every_table())
    assert statements[0] == 'TRUNCATE "audit_accesslog";'
    assert 'DELETE FROM "people_user";' in statements


def test_a_flush_that_resets_sequences_is_djangos_own():
    statements = flush.sql_flush(no_style(), connection, reset_sequences=True)
    assert len(statements) == 1 and statements[0].startswith("TRUNCATE") and "RESTART IDENTITY" in statements[0]
