"""Nobody can change or delete access-log rows from the app; erasure may only blank the people."""

import pytest
from django.contrib import admin
from django.db import DatabaseError, connection, transaction

from audit.models import AccessLog, AppendOnly
from audit.services import forget_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def row(supervisor, volunteer_user):
    return AccessLog.objects.create(actor=supervisor, actor_label=supervisor.email, subject=volunteer_user,
                                    subject_label=volunteer_user.email, kind=AccessLog.Kind.RECORD, object_id=7,
                                    outcome=AccessLog.Outcome.ALLOWED, method="GET", path="/supervision/meetings/1/")


def test_a_saved_row_cannot_be_changed(row):
    row.path = "/somewhere/else/"
    with pytest.raises(AppendOnly):
        row.save()
    assert AccessLog.objects.get().path == "/supervision/meetings/1/"


def test_a_row_cannot_be_deleted(row):
    with pytest.raises(AppendOnly):
        row.delete()
    assert AccessLog.objects.count() == 1


@pytest.mark.parametrize("queryset", [lambda: AccessLog.objects, lambda: AccessLog.objects.filter(kind="record")])
def test_querysets_cannot_update_or_delete(row, queryset):
    with pytest.raises(AppendOnly):
        queryset().update(path="/")
    with pytest.raises(AppendOnly):
        queryset().delete()
    assert AccessLog.objects.get().path == "/supervision/meetings/1/"


def test_erasure_blanks_the_person_and_keeps_that_the_access_happened(row, supervisor, volunteer_user):
    assert forget_person(user=volunteer_user) == 1
    kept = AccessLog.objects.get()
    assert (kept.subject, kept.subject_label, kept.actor, kept.kind, kept.path) == (
        None, "", supervisor, "record", "/supervision/meetings/1/")


def test_the_log_is_not_in_django_admin():
    assert AccessLog not in admin.site._registry


@pytest.mark.postgres
class TestTheDatabaseRefusesToo:
    """On PostgreSQL a trigger refuses what the app would refuse, even from raw SQL."""

    @pytest.fixture(autouse=True)
    def _postgres_only(self):
        if connection.vendor != "postgresql":
            pytest.skip("needs PostgreSQL")

    def run(self, sql, *params):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, params)

    def test_it_refuses_a_delete(self, row):
        with pytest.raises(DatabaseError, match="cannot be deleted"):
            self.run("DELETE FROM audit_accesslog WHERE id = %s", row.pk)
        assert AccessLog.objects.count() == 1

    @pytest.mark.parametrize("change", ["path = '/x/'", "outcome = 'refused'", "at = now()", "object_id = 8",
                                        "actor_label = 'someone@example.org'", "subject_id = actor_id"])
    def test_it_refuses_a_change(self, row, change):
        with pytest.raises(DatabaseError, match="cannot be changed"):
            self.run(f"UPDATE audit_accesslog SET {change} WHERE id = %s", row.pk)

    def test_it_allows_blanking_people(self, row, supervisor, volunteer_user):
        forget_person(user=supervisor)
        forget_person(user=volunteer_user)
        kept = AccessLog.objects.get()
        assert (kept.actor, kept.actor_label, kept.subject, kept.subject_label) == (None, "", None, "")

    def test_deleting_an_account_blanks_it_in_the_log(self, row, supervisor):
        supervisor.delete()
        assert AccessLog.objects.get().actor is None
