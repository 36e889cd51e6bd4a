import pytest
from django.test import override_settings
from django.urls import reverse

from people.models import VolunteerProfile
from people.status import Status
from supervision.models import CheckIn, Flag
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db


@pytest.fixture
def active_volunteer(volunteer_user):
    """A peer supporter who has started, so supports people and is asked how many."""
    VolunteerProfile.objects.filter(user=volunteer_user).update(status=Status.ACTIVE)
    return volunteer_user

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
def test_it_refuses_a_missing_or_out_of_range_answer_and_saves_nothing(client_for, active_volunteer, change):
    response = client_for(active_volunteer).post(reverse("supervision:checkin"), {**GOOD, **change})
    assert response.status_code == 200
    assert "govuk-error-message" in response.content.decode()
    assert not CheckIn.objects.exists()


@override_settings(WAYMARK_CASELOAD_CAP=5)
def test_it_raises_flags_and_emails_the_supervisor(client_for, supervisor, active_volunteer, mailoutbox,
                                                   django_capture_on_commit_callbacks):
    assign(active_volunteer, supervisor)
    client = client_for(active_volunteer)
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
    own = client_for(volunteer_user).get(reverse("supervision:my_wellbeing")).content.decode()
    assert "My sponsor moved away" in own
    url = reverse("supervision:volunteer", args=[volunteer_user.pk])
    assert "My sponsor moved away" in client_for(supervisor).get(url).content.decode()
    assert client_for(other_supervisor).get(url).status_code == 404
    assert client_for(other_volunteer).get(url).status_code == 404
    for name in ("supervision:mine", "supervision:my_wellbeing"):
        assert "My sponsor moved away" not in client_for(other_volunteer).get(reverse(name)).content.decode()


def test_it_draws_a_trend_chart_as_svg_without_javascript(client_for, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    client = client_for(volunteer_user)
    client.post(reverse("supervision:checkin"), GOOD)
    client.post(reverse("supervision:checkin"), {**GOOD, "who5_calm": "2"})
    own = client.get(reverse("supervision:my_wellbeing")).content.decode()
    theirs = client_for(supervisor).get(reverse("supervision:volunteer", args=[volunteer_user.pk])).content.decode()
    for html in (own, theirs):
        assert "<svg" in html and "<polyline" in html
        assert 'style="' not in html.split('<main')[1]
    assert "80%" in theirs and "72%" in theirs
    assert "80 out of 100" in own and "72 out of 100" in own


def test_it_shows_the_volunteer_their_own_wellbeing_without_thresholds_or_flags(client_for, supervisor,
                                                                             volunteer_user):
    assign(volunteer_user, supervisor)
    client = client_for(volunteer_user)
    low = {**GOOD, "who5_cheerful": "1", "who5_calm": "1", "who5_active": "1", "who5_rested": "1",
           "who5_interested": "1"}
    client.post(reverse("supervision:checkin"), low)
    assert Flag.objects.filter(volunteer=volunteer_user, urgent=True).exists()
    own = client.get(reverse("supervision:my_wellbeing")).content.decode()
    assert "Your wellbeing score" in own and "20 out of 100" in own
    for supervisor_words in ("ask how they are", "urgent", "Urgent", "WHO-5 20%", "/25", "stroke-dasharray", "flag"):
        assert supervisor_words not in own.split("<main")[1].split("</main>")[0]
    theirs = client_for(supervisor).get(reverse("supervision:volunteer", args=[volunteer_user.pk])).content.decode()
    assert "urgent" in theirs and "stroke-dasharray" in theirs


def test_it_asks_the_caseload_only_of_an_active_volunteer(client_for, volunteer_user, other_volunteer):
    VolunteerProfile.objects.filter(user=other_volunteer).update(status=Status.ACTIVE)
    in_training = client_for(volunteer_user).get(reverse("supervision:checkin")).content.decode()
    active = client_for(other_volunteer).get(reverse("supervision:checkin")).content.decode()
    assert "How many people are you supporting" not in in_training
    assert "How many people are you supporting" in active
    answers = {key: value for key, value in GOOD.items() if key != "caseload"}
    assert client_for(volunteer_user).post(reverse("supervision:checkin"), answers).status_code == 302
    assert CheckIn.objects.get(volunteer=volunteer_user).caseload == 0
    response = client_for(other_volunteer).post(reverse("supervision:checkin"), answers)
    assert response.status_code == 200 and "Say how many people you support now" in response.content.decode()
    assert not CheckIn.objects.filter(volunteer=other_volunteer).exists()


def test_it_says_the_questions_are_about_two_weeks_in_plain_words_under_the_published_intro(
        client_for, volunteer_user):
    from supervision import who5

    page = client_for(volunteer_user).get(reverse("supervision:checkin")).content.decode()
    published = ("Please indicate for each of the five statements which is closest to how you have been "
                 "feeling over the last two weeks.")
    assert published in page
    assert page.index(published) < page.index("We ask every week, but each time the questions are about the "
                                              "last two weeks")
    assert [str(text) for _field, text in who5.ITEMS] == [
        "I have felt cheerful and in good spirits", "I have felt calm and relaxed", "I have felt active and vigorous",
        "I woke up feeling fresh and rested", "My daily life has been filled with things that interest me"]


@override_settings(WAYMARK_ON_CALL_NUMBER="0161 496 0000", WAYMARK_SAMARITANS_NUMBER="116 123")
def test_it_offers_tap_to_call_help_on_the_check_in_and_my_path(client_for, volunteer_user):
    client = client_for(volunteer_user)
    for url in (reverse("supervision:checkin"), reverse("home"), reverse("supervision:my_wellbeing")):
        page = client.get(url).content.decode()
        assert "Need help now?" in page
        assert 'href="tel:116123"' in page and 'href="tel:01614960000"' in page


@pytest.mark.parametrize(("days", "promise"), [
    (1, "Your supervisor will contact you by the end of the next working day."),
    (2, "Your supervisor will contact you within 2 working days."),
])
def test_it_says_when_a_supervisor_will_be_in_touch_after_asking_for_contact(client_for, supervisor, volunteer_user,
                                                                             settings, days, promise):
    settings.WAYMARK_CONTACT_WITHIN_WORKING_DAYS = days
    assign(volunteer_user, supervisor)
    client = client_for(volunteer_user)
    assert promise in client.get(reverse("supervision:checkin")).content.decode()
    response = client.post(reverse("supervision:checkin"), {**GOOD, "contact_requested": "on"}, follow=True)
    assert promise in response.content.decode()
    response = client.post(reverse("supervision:checkin"), GOOD, follow=True)
    assert "Thank you" in response.content.decode() and promise not in response.content.decode()
