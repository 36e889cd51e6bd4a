from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(tree, volunteer_user, trainer):
    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer)
    return Certificate.objects.get(user=volunteer_user)


def test_completing_a_course_makes_a_certificate_with_a_code(certificate):
    assert certificate.learner_name == "Alice Volunteer"
    assert certificate.accreditation == "Accredited by the Demo Recovery College."
    assert len(certificate.code) == 10


def test_the_learner_downloads_a_pdf(certificate, client_for, volunteer_user):
    response = client_for(volunteer_user).get(reverse("courses:certificate_download", args=[certificate.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert certificate.code in response["Content-Disposition"]


def test_another_volunteer_gets_404(certificate, client_for, other_volunteer):
    response = client_for(other_volunteer).get(reverse("courses:certificate_download", args=[certificate.pk]))
    assert response.status_code == 404


def test_a_manager_can_download_it(certificate, client_for, manager):
    response = client_for(manager).get(reverse("courses:certificate_download", args=[certificate.pk]))
    assert response.status_code == 200


def test_verify_confirms_a_genuine_current_certificate_showing_only_name_course_and_dates(certificate, client):
    response = client.get(f"/verify/{certificate.code}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "genuine and current" in page
    assert "Alice Volunteer" in page and "Professional boundaries" in page
    assert "alice@example.org" not in page


def test_verify_accepts_a_lower_case_code(certificate, client):
    assert client.get(f"/verify/{certificate.code.lower()}/").status_code == 200


def test_verify_says_when_a_certificate_has_expired(certificate, client):
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=timezone.localdate() - timedelta(days=1))
    page = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "genuine but it has expired" in page


def test_verify_says_when_a_code_is_unknown(db, client):
    response = client.get("/verify/NOTACODE42/")
    assert response.status_code == 404
    assert "We do not know the code “NOTACODE42”" in response.content.decode()


def test_the_accrediting_body_is_named_on_the_certificate_when_the_organisation_sets_one(settings):
    from courses.models import Course

    settings.WAYMARK_ACCREDITATION_BODY = "Open College Network Wales"
    course = Course(title="Induction", summary="", accreditation="You receive a certificate when you finish.")
    assert course.accreditation_statement == (
        "Accredited by Open College Network Wales. You receive a certificate when you finish."
    )
    settings.WAYMARK_ACCREDITATION_BODY = ""
    assert course.accreditation_statement == "You receive a certificate when you finish."
    assert Course(title="No statement", summary="").accreditation_statement == ""


def test_a_bad_nation_setting_stops_waymark_with_a_clear_message(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from config.env import env_choice

    monkeypatch.setenv("WAYMARK_NATION", "scotland")
    with pytest.raises(ImproperlyConfigured, match="WAYMARK_NATION must be one of england, wales"):
        env_choice("WAYMARK_NATION", "england", choices=("england", "wales"))
    monkeypatch.setenv("WAYMARK_NATION", " Wales ")
    assert env_choice("WAYMARK_NATION", "england", choices=("england", "wales")) == "wales"
