from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from people.models import Placement, User, VolunteerProfile
from people.status import Status
from tests.factories import volunteer
from tests.readiness import helpers
from tests.supervision.factories import assign
from tests.worlds import entered, on_world, world_fixture

pytestmark = pytest.mark.django_db

NO_CONTENT = "no content"


def _content(kind):
    if kind != NO_CONTENT:
        helpers.learning()


_world = world_fixture(_content)


@pytest.fixture
def content(_world, db):
    """The learning content (helpers.learning(), unless the test asks for NO_CONTENT), built
    once for the module (tests/worlds.py)."""
    entered(_world)


def test_the_board_shows_who_is_ready_and_what_is_missing(
    content, client_for, manager, volunteer_user, other_volunteer, supervisor, trainer
):
    helpers.make_ready(volunteer_user, supervisor=supervisor, trainer=trainer, manager=manager)
    page = client_for(manager).get(reverse("readiness:board")).content.decode()
    assert "2 volunteers, 1 ready to sign off." in page
    assert "Alice Volunteer" in page and "Bob Volunteer" in page
    assert "No supervisor yet" in page  # Bob's gap
    assert "DBS check" in page


def test_the_board_leaves_out_active_volunteers_but_lists_their_renewals(content, client_for, manager):
    active = volunteer(user__full_name="Ada Active", status=Status.ACTIVE)
    page = client_for(manager).get(reverse("readiness:board")).content.decode()
    assert "0 volunteers" in page
    assert "Nothing needs renewing." not in page or "Ada Active" not in page
    from readiness.models import CheckType, PreStartCheck

    PreStartCheck.objects.create(
        volunteer=active,
        check_type=CheckType.objects.get(name="DBS check"),
        done_on=date(2022, 1, 1),
        expires_on=date(2025, 1, 1),
    )
    page = client_for(manager).get(reverse("readiness:board")).content.decode()
    renewals = page.split("Needs renewal", 1)[1]
    assert "Ada Active" in renewals
    assert "Expired on 1 January 2025" in renewals


def test_the_board_filters_by_placement_supervisor_status_and_name(
    content, client_for, manager, supervisor, other_supervisor
):
    community = volunteer(user__full_name="Cam Community")
    hospital = volunteer(user__full_name="Hal Hospital")
    hospital.volunteer_profile.placement = hospital.volunteer_profile.placement.__class__.objects.get(slug="hospital")
    hospital.volunteer_profile.save()
    applicant = volunteer(user__full_name="Amy Applicant", status=Status.APPLICANT)
    assign(community, supervisor)
    assign(hospital, other_supervisor)
    client = client_for(manager)

    def names(**query):
        page = client.get(reverse("readiness:board"), query).content.decode()
        return {n for n in ("Cam Community", "Hal Hospital", "Amy Applicant") if n in page}

    assert names() == {"Cam Community", "Hal Hospital", "Amy Applicant"}
    assert names(placement="hospital") == {"Hal Hospital"}
    assert names(supervisor=supervisor.pk) == {"Cam Community"}
    assert names(status=Status.APPLICANT) == {"Amy Applicant"}
    assert names(q="hal") == {"Hal Hospital"}
    assert applicant


def test_the_filters_show_what_was_chosen_with_every_supervisor_named_safely(
    content, client_for, manager, supervisor, other_supervisor
):
    other_supervisor.full_name = "Bo <b>Bold</b> & Co"
    other_supervisor.save()
    client = client_for(manager)
    page = client.get(reverse("readiness:board"), {"supervisor": other_supervisor.pk, "sort": "ready"}).content.decode()

    assert f'<option value="{other_supervisor.pk}" selected>Bo &lt;b&gt;Bold&lt;/b&gt; &amp; Co</option>' in page
    assert f'<option value="{supervisor.pk}">{supervisor.full_name}</option>' in page
    assert '<option value="ready" selected>' in page
    assert '<option value="name">' in page
    # Nothing chosen: no option is marked, so each list shows its first ("any").
    plain = client.get(reverse("readiness:board")).content.decode()
    assert " selected>" not in plain.split('role="search"', 1)[1].split("</form>", 1)[0]


def test_the_board_can_sort_by_projected_date(content, client_for, manager):
    soon = volunteer(user__full_name="Sid Soon", joined_on=date(2026, 10, 1))
    later = volunteer(user__full_name="Lou Later", joined_on=date(2026, 11, 20))
    page = client_for(manager).get(reverse("readiness:board"), {"sort": "projected"}).content.decode()
    assert page.index("Sid Soon") < page.index("Lou Later")
    assert soon and later


def test_the_board_uses_the_same_number_of_queries_for_10_and_2000_volunteers(content, client_for, manager, supervisor):
    client = client_for(manager)
    people = [volunteer() for _ in range(10)]
    assign(people[0], supervisor)
    client.get(reverse("readiness:board"))  # warm the session
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("readiness:board"))
    community = Placement.objects.get(slug="community")
    users = User.objects.bulk_create(
        User(email=f"bulk{n}@example.org", full_name=f"Bulk Volunteer {n:04d}") for n in range(1990)
    )
    VolunteerProfile.objects.bulk_create(
        VolunteerProfile(user=user, placement=community, status=Status.IN_TRAINING) for user in users
    )
    client.get(reverse("readiness:board"))  # judges the 1,990 new volunteers, and stores it
    with CaptureQueriesContext(connection) as large:
        response = client.get(reverse("readiness:board"))
    page = response.content.decode()
    assert "2000 volunteers" in page and "Showing 1 to 50." in page
    assert page.count('href="/readiness/volunteers/') == 50
    assert len(large.captured_queries) == len(small.captured_queries)


# Without content (each world is built once, so these come last, after the tests that share it).


@on_world(NO_CONTENT, ids=["no content"])
@pytest.mark.parametrize(
    "query", [{"placement": "moon"}, {"status": "active"}, {"supervisor": "999999"}, {"sort": "random"}]
)
def test_an_unknown_filter_value_is_explained(content, client_for, manager, query):
    response = client_for(manager).get(reverse("readiness:board"), query)
    assert response.status_code == 200
    assert "is not one of the choices" in response.content.decode()


@on_world(NO_CONTENT, ids=["no content"])
@pytest.mark.parametrize("persona", ["volunteer_user", "supervisor", "trainer", "content_editor"])
def test_only_managers_see_the_board(content, request, client_for, persona):
    assert client_for(request.getfixturevalue(persona)).get(reverse("readiness:board")).status_code == 404
