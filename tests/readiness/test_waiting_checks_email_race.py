"""The weekly e-mail about waiting checks goes once, even when two runs start together
(PostgreSQL only)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from readiness.digests import waiting_checks_digest_send
from readiness.models import CheckType, PreStartCheck, WaitingChecksDigest
from tests.races import all_at_once
from tests.supervision.factories import ensure_migration_data

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    ensure_migration_data()


def test_two_runs_at_once_send_one_email(manager, volunteer_user, mailoutbox):
    dbs, _created = CheckType.objects.get_or_create(name="DBS check", defaults={"kind": CheckType.Kind.DBS})
    PreStartCheck.objects.create(volunteer=volunteer_user, check_type=dbs, recorded_by=manager,
                                 started_on=timezone.localdate() - timedelta(days=40))
    results = all_at_once(lambda _n: waiting_checks_digest_send(), range(4))
    assert sorted(results, key=lambda r: r is None) == [1, None, None, None]
    assert len(mailoutbox) == 1
    assert WaitingChecksDigest.objects.count() == 1
