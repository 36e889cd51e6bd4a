"""Every refused access by a signed-in person is logged; missing pages and signed-out people are not."""

import pytest
from django.urls import reverse

from audit.models import AccessLog

pytestmark = pytest.mark.django_db


def refused_rows():
    return list(AccessLog.objects.filter(outcome=AccessLog.Outcome.REFUSED))


@pytest.mark.parametrize("url_name", ["supervision:meeting", "supervision:record"])
def test_another_supervisor_opening_a_volunteers_one_to_one_is_refused_and_logged(
    client_for, other_supervisor, volunteer_user, meeting, record, url_name
):
    url = reverse(url_name, args=[meeting.pk])
    assert client_for(other_supervisor).get(url).status_code == 404
    (row,) = AccessLog.objects.all()
    assert (row.actor, row.actor_label, row.subject, row.subject_label) == (
        other_supervisor, "steve@example.org", volunteer_user, "alice@example.org")
    assert (row.kind, row.object_id, row.outcome, row.method, row.path) == ("record", None, "refused", "GET", url)


def test_a_refused_post_is_logged_with_its_method(client_for, other_supervisor, volunteer_user, meeting, record):
    url = reverse("supervision:record", args=[meeting.pk])
    assert client_for(other_supervisor).post(url, {"notes": "overwritten"}).status_code == 404
    (row,) = refused_rows()
    assert (row.method, row.path, row.subject) == ("POST", url, volunteer_user)


def test_another_supervisor_opening_the_volunteer_page_is_logged(client_for, other_supervisor, volunteer_user):
    url = reverse("supervision:volunteer", args=[volunteer_user.pk])
    assert client_for(other_supervisor).get(url).status_code == 404
    (row,) = refused_rows()
    assert (row.actor, row.subject, row.kind, row.path) == (other_supervisor, volunteer_user, "page", url)


def test_another_supervisor_opening_a_flag_is_logged_against_its_check_in(client_for, other_supervisor,
                                                                          volunteer_user, checkin, flag):
    assert client_for(other_supervisor).get(reverse("supervision:flag", args=[flag.pk])).status_code == 404
    (row,) = refused_rows()
    assert (row.subject, row.kind, row.object_id) == (volunteer_user, "checkin", checkin.pk)


def test_a_volunteer_opening_someone_elses_checklist_is_logged(client_for, volunteer_user, other_volunteer):
    url = reverse("readiness:checklist", args=[other_volunteer.pk])
    assert client_for(volunteer_user).get(url).status_code == 404
    (row,) = refused_rows()
    assert (row.actor, row.subject, row.kind, row.path) == (volunteer_user, other_volunteer, "page", url)


def test_a_supervisor_opening_a_person_page_is_logged(client_for, supervisor, volunteer_user):
    url = reverse("people:person", args=[volunteer_user.pk])
    assert client_for(supervisor).get(url).status_code == 404
    (row,) = refused_rows()
    assert (row.actor, row.subject, row.path) == (supervisor, volunteer_user, url)


def test_a_page_for_managers_only_is_logged_without_a_subject(client_for, volunteer_user):
    assert client_for(volunteer_user).get(reverse("readiness:board")).status_code == 404
    (row,) = refused_rows()
    assert (row.actor, row.subject, row.kind, row.path) == (volunteer_user, None, "page", "/readiness/")


def test_a_permission_denied_is_logged(client_for, manager):
    # Django's admin is for superusers only; a signed-in manager is refused with a 403.
    assert client_for(manager).get("/django-admin/login/").status_code == 403
    (row,) = refused_rows()
    assert (row.actor, row.subject, row.kind, row.path) == (manager, None, "page", "/django-admin/login/")


def test_a_missing_object_or_page_is_not_a_refusal(client_for, supervisor, manager):
    client = client_for(supervisor)
    assert client.get(reverse("supervision:volunteer", args=[999999])).status_code == 404
    assert client.get(reverse("supervision:meeting", args=[999999])).status_code == 404
    assert client.get("/supervision/no-such-page/").status_code == 404
    assert client_for(manager).get(reverse("supervision:rhythm_apply", args=["no-such-rhythm"])).status_code == 404
    assert not AccessLog.objects.exists()


def test_someone_signed_out_is_sent_to_sign_in_and_nothing_is_logged(client, meeting, record):
    response = client.get(reverse("supervision:meeting", args=[meeting.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not AccessLog.objects.exists()
