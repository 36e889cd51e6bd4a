import pytest
from django.test import override_settings
from django.urls import reverse

from supervision.models import CheckIn, Flag
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db

GOOD = {"who5_cheerful": "4", "who5_calm": "4", "who5_active": "4", "who5_rested": "4", "who5_interested": "4",
        "caseload": "3", "recovery": "4", "worries": ""}


def test_it_shows_the_who5_wording_answer_labels_and_credit(client_for, volunteer_user):
    page = client_for(volunteer_user).get(reverse("supervision:checkin")).content.decode()
    for text in ("I have felt cheerful and in good spirits", "I woke up feeling fresh and rested",
                 "All of the time", "At no time", "More than half of the time", "over the last two weeks",
                 "Psychiatric Research Unit, Mental Health Centre North Zealand"):
        assert text in page
    assert 'type="radio"' in page and "<script" not in page.split("</main>")[0]


def test_it_saves_a_check_in_and_scores_it(client_for, volunteer_user):
    response = client_for(volunteer_user).post(reverse("supervision:checkin"), GOOD)
    assert response.status_code == 302
    checkin = CheckIn.objects.get()
    assert checkin.raw_score == 20 and checkin.percentage == 80
    assert not Flag.objects.exists()


@pytest.mark.parametrize("change", [{"who5_calm": ""}, {"who5_calm": "6"}, {"recovery": "9"}, {"caseload": "-1"},
                                    {"caseload": ""}])
def test_it_refuses_a_missing_or_out_of_range_answer_and_saves_nothing(client_for, volunteer_user, change):
    response = client_for(volunteer_user).post(reverse("supervision:checkin"), {**GOOD, **change})
    assert response.status_code == 200
    assert "govuk-error-message" in response.content.decode()
    assert not CheckIn.objects.exists()


@override_settings(WAYMARK_CASELOAD_CAP=5)
def test_it_raises_flags_and_emails_the_supervisor(client_for, supervisor, volunteer_user, mailoutbox,
                                                   django_capture_on_commit_callbacks):
    assign(volunteer_user, supervisor)
    client = client_for(volunteer_user)
    client.post(reverse("supervision:checkin"), GOOD)
    low = {**GOOD, "who5_cheerful": "1", "who5_calm": "1", "who5_active": "2", "who5_rested": "1",
           "who5_interested": "1", "caseload": "7", "contact_requested": "on"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("supervision:checkin"), low)
    rules = set(Flag.objects.values_list("rule", flat=True))
    assert rules == {"low_wellbeing", "very_low_wellbeing", "low_item", "fall", "contact_requested", "caseload"}
    assert Flag.objects.get(rule="very_low_wellbeing").urgent
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [supervisor.email]
    assert "Urgent" in mailoutbox[0].subject
    # Health details stay in Waymark, not in the e-mail.
    assert "24%" not in mailoutbox[0].body
    assert Flag.objects.filter(emailed_at=None).count() == 0


def test_it_keeps_a_flag_open_until_the_supervisor_records_what_they_did(client_for, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    client_for(volunteer_user).post(reverse("supervision:checkin"), {**GOOD, "contact_requested": "on"})
    flag = Flag.objects.get()
    client = client_for(supervisor)
    response = client.post(reverse("supervision:flag", args=[flag.pk]), {"resolution": ""})
    assert response.status_code == 200
    flag.refresh_from_db()
    assert flag.resolved_at is None
    assert client.post(reverse("supervision:flag", args=[flag.pk]), {"resolution": "Rang her on Tuesday."}
                       ).status_code == 302
    flag.refresh_from_db()
    assert flag.resolved_at and flag.resolved_by == supervisor


@pytest.mark.parametrize("persona", ["other_supervisor", "other_volunteer", "volunteer_user"])
def test_it_gives_404_to_anyone_else_closing_a_flag(request, client_for, supervisor, volunteer_user, persona):
    assign(volunteer_user, supervisor)
    client_for(volunteer_user).post(reverse("supervision:checkin"), {**GOOD, "contact_requested": "on"})
    flag = Flag.objects.get()
    response = client_for(request.getfixturevalue(persona)).post(reverse("supervision:flag", args=[flag.pk]),
                                                                 {"resolution": "nothing"})
    assert response.status_code == 404
    flag.refresh_from_db()
    assert flag.resolved_at is None


def test_it_shows_check_ins_to_the_volunteer_and_supervisor_only(client_for, supervisor, other_supervisor,
                                                                 volunteer_user, other_volunteer):
    assign(volunteer_user, supervisor)
    client_for(volunteer_user).post(reverse("supervision:checkin"), {**GOOD, "worries": "My sponsor moved away"})
    assert "My sponsor moved away" in client_for(volunteer_user).get(reverse("supervision:mine")).content.decode()
    url = reverse("supervision:volunteer", args=[volunteer_user.pk])
    assert "My sponsor moved away" in client_for(supervisor).get(url).content.decode()
    assert client_for(other_supervisor).get(url).status_code == 404
    assert client_for(other_volunteer).get(url).status_code == 404
    assert "My sponsor moved away" not in client_for(other_volunteer).get(reverse("supervision:mine")).content.decode()


def test_it_draws_a_trend_chart_as_svg_without_javascript(client_for, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    client = client_for(volunteer_user)
    client.post(reverse("supervision:checkin"), GOOD)
    client.post(reverse("supervision:checkin"), {**GOOD, "who5_calm": "2"})
    for page in (client.get(reverse("supervision:mine")),
                 client_for(supervisor).get(reverse("supervision:volunteer", args=[volunteer_user.pk]))):
        html = page.content.decode()
        assert "<svg" in html and "<polyline" in html
        assert "80%" in html and "72%" in html
        assert 'style="' not in html.split('<main')[1]
