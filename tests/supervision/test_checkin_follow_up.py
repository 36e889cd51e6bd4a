"""One check-in that raises several flags is one thing to follow up."""

import pytest
from django.test import override_settings
from django.urls import reverse

from supervision.models import Flag
from tests.supervision.factories import assign
from tests.supervision.test_checkin import GOOD

pytestmark = pytest.mark.django_db

LOW = {**GOOD, "who5_cheerful": "2", "who5_calm": "1", "who5_active": "2", "who5_rested": "2",
       "who5_interested": "2", "caseload": "9", "contact_requested": "on"}


@override_settings(WAYMARK_CASELOAD_CAP=8)
def test_it_closes_every_flag_of_the_check_in_with_one_record_and_lists_each(client_for, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    client_for(volunteer_user).post(reverse("supervision:checkin"), GOOD)
    client_for(volunteer_user).post(reverse("supervision:checkin"), LOW)
    flags = list(Flag.objects.all())
    assert len(flags) >= 4
    client = client_for(supervisor)
    page = client.get(reverse("supervision:flag", args=[flags[-1].pk])).content.decode()
    for flag in flags:
        assert flag.get_rule_display() in page
    response = client.post(reverse("supervision:flag", args=[flags[-1].pk]), {"resolution": "Rang her that evening."})
    assert response.status_code == 302
    assert not Flag.objects.open().exists()
    assert set(Flag.objects.values_list("resolution", "resolved_by")) == {("Rang her that evening.", supervisor.pk)}
    # The volunteer's page lists each flag under the one check-in, closed with the same record.
    person_page = client.get(reverse("supervision:volunteer", args=[volunteer_user.pk])).content.decode()
    assert person_page.count("Rang her that evening.") == len(flags)
    assert "Record what you did" not in person_page
    # A second record for the same check-in is refused, and nothing changes.
    again = client.post(reverse("supervision:flag", args=[flags[0].pk]), {"resolution": "Again."})
    assert again.status_code == 200 and "already recorded" in again.content.decode()
    assert not Flag.objects.filter(resolution="Again.").exists()


def test_it_leaves_flags_of_other_check_ins_open(client_for, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    client_for(volunteer_user).post(reverse("supervision:checkin"), {**GOOD, "contact_requested": "on"})
    client_for(volunteer_user).post(reverse("supervision:checkin"), {**GOOD, "contact_requested": "on"})
    first, second = Flag.objects.order_by("checkin__submitted_at", "id")
    client_for(supervisor).post(reverse("supervision:flag", args=[first.pk]), {"resolution": "Called."})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.resolved_at and second.resolved_at is None
    page = client_for(supervisor).get(reverse("supervision:volunteer", args=[volunteer_user.pk])).content.decode()
    assert page.count("Record what you did") == 1
