"""Emptying the test database after a transactional test, quicker on PostgreSQL.

A test that commits (a worker, a race, a browser) ends with Django's flush, which truncates
every one of Waymark's 130-odd tables. On PostgreSQL each TRUNCATE makes new files for a table
and its indexes: a second or two on two busy cores, after each of about fifty such tests,
although a test leaves rows in a few tables only.

Here only the tables that hold rows are emptied, found with one query, and with DELETE, which
makes no files. Django's foreign keys on PostgreSQL are checked when the transaction commits,
so the order does not matter: by then every row that pointed at a deleted row is gone too.
A table with a trigger of its own (the access log refuses DELETE, audit/migrations/0002) is
truncated instead, as Django does. The database is left as Django's flush leaves it: empty,
sequences as they were (flush after a test does not reset them). Anything else (SQLite, a
flush that resets sequences) is Django's own.
"""

from django.core.management import sql as django_sql
from django.core.management.commands import flush as flush_command


def _quoted(connection, tables):
    return [connection.ops.quote_name(table) for table in tables]


def tables_with_rows(connection, tables):
    """Which of `tables` hold at least one row, in one query."""
    if not tables:
        return []
    probes = " UNION ALL ".join(
        f"SELECT %s WHERE EXISTS (SELECT 1 FROM {name})" for name in _quoted(connection, tables)
    )
    with connection.cursor() as cursor:
        cursor.execute(probes, tables)
        return [row[0] for row in cursor.fetchall()]


def tables_with_own_triggers(connection):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT relation.relname FROM pg_trigger trigger "
            "JOIN pg_class relation ON relation.oid = trigger.tgrelid WHERE NOT trigger.tgisinternal"
        )
        return {row[0] for row in cursor.fetchall()}


def sql_flush(style, connection, reset_sequences=True, allow_cascade=False):
    """Django's sql_flush, with PostgreSQL's statements for only the tables holding rows."""
    if connection.vendor != "postgresql" or reset_sequences:
        return django_sql.sql_flush(style, connection, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    full = tables_with_rows(connection, tables)
    triggered = tables_with_own_triggers(connection)
    truncated = [table for table in full if table in triggered]
    statements = [f"TRUNCATE {', '.join(_quoted(connection, truncated))};"] if truncated else []
    statements += [f"DELETE FROM {name};" for name in _quoted(connection, [t for t in full if t not in triggered])]
    return statements


def install():
    """Use this flush for the whole test run (tests/conftest.py)."""
    flush_command.sql_flush = sql_flush
