"""A volunteer (Alice) supervised by Sue, with a past 1:1 whose record holds confidential
notes, and a low check-in that raised flags."""

from datetime import timedelta

import pytest

from supervision import services
from supervision.models import CheckIn
from tests.supervision.factories import assign, local, one_to_one

START = local(2026, 1, 7, 10)
BEFORE = local(2026, 1, 1, 9)
NOTES = "Finding evenings hard since the relapse in March."
SHARED = "Try the evening check-in call."
WORRIES = "My brother is using again."


@pytest.fixture
def meeting(supervisor, volunteer_user):
    """Sue's past 1:1 with Alice."""
    assign(volunteer_user, supervisor, started_on=START.date() - timedelta(days=30))
    made = one_to_one(supervisor, volunteer_user, dtstart=START, now=BEFORE)
    return made.occurrences.order_by("starts_at").first()


@pytest.fixture
def record(meeting, supervisor, volunteer_user):
    return services.one_to_one_record_save(occurrence=meeting, volunteer=volunteer_user, by=supervisor,
                                           notes=NOTES, shared_notes=SHARED, caseload_discussed=4)


@pytest.fixture
def checkin(meeting, volunteer_user):
    """A low check-in (it raises flags), after Alice has a supervisor."""
    return services.checkin_submit(volunteer=volunteer_user, answers={
        **{f: 1 for f in CheckIn.ITEM_FIELDS}, "caseload": 3, "recovery": 2, "worries": WORRIES,
    })


@pytest.fixture
def flag(checkin):
    return checkin.flags.order_by("pk").first()
