"""The security sweeps read back only the tables a request wrote to (urlwalk.TablesWritten).
That is only as good as its reading of the SQL: every kind of write must be seen, and a
statement it cannot read must make it read every table."""

import pytest
from django.db import connection

from people.models import User
from tests.factories import UserFactory
from tests.security import urlwalk

pytestmark = pytest.mark.django_db

USERS = User._meta.db_table


def _written(write):
    watch = urlwalk.TablesWritten()
    with connection.execute_wrapper(watch):
        write()
    return watch.tables


def test_reads_and_savepoints_write_nothing():
    def read():
        list(User.objects.all())
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")

    assert _written(read) == set()


@pytest.mark.parametrize(
    "write",
    [
        lambda: UserFactory(email="new@example.org"),
        lambda: User.objects.filter(pk__gt=0).update(full_name="Changed"),
        lambda: User.objects.filter(pk__gt=0).delete(),
        lambda: User.objects.bulk_create([User(email="bulk@example.org")], ignore_conflicts=True),
    ],
    ids=["insert", "update", "delete", "insert ignoring conflicts"],
)
def test_each_kind_of_orm_write_is_seen(write, volunteer_user):
    assert USERS in _written(write)


def test_a_raw_update_is_seen(volunteer_user):
    def raw():
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {USERS} SET full_name = %s WHERE id = %s", ["Raw", volunteer_user.pk])

    assert _written(raw) == {USERS}


def test_a_statement_it_cannot_read_means_every_table(volunteer_user):
    def unreadable():
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH chosen AS (SELECT id FROM {USERS}) UPDATE {USERS} SET full_name = 'x' "
                "WHERE id IN (SELECT id FROM chosen)"
            )

    assert _written(unreadable) is None


def test_a_request_s_changes_are_seen_and_undone(client, volunteer_user):
    client.force_login(volunteer_user)
    before = urlwalk.snapshot([USERS])
    answer, _response, writes = urlwalk.request_watching_rows(
        client, "post", "/language/", {"language": "cy", "next": "/"}
    )
    assert answer.startswith(urlwalk.REDIRECT)
    assert writes.changed == [USERS]
    assert writes.before[USERS] == before[USERS]
    assert urlwalk.snapshot([USERS]) == before
