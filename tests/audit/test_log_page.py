"""Managers read the access log for a person; nobody else can, and nobody can change it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from audit.models import AccessLog
from people.views import ACCESS_LOG_PAGE_SIZE

pytestmark = pytest.mark.django_db


def log_row(actor, subject, *, outcome=AccessLog.Outcome.ALLOWED, kind=AccessLog.Kind.RECORD, minutes_ago=0,
            path="/supervision/meetings/1/"):
    return AccessLog.objects.create(
        at=timezone.now() - timedelta(minutes=minutes_ago), actor=actor, actor_label=actor.email if actor else "",
        subject=subject, subject_label=subject.email if subject else "", kind=kind, object_id=1, outcome=outcome,
        method="GET", path=path,
    )


def test_a_manager_sees_who_looked_newest_first_with_refusals_marked(client_for, manager, supervisor,
                                                                     other_supervisor, volunteer_user):
    log_row(supervisor, volunteer_user, minutes_ago=30, path="/supervision/meetings/30/")
    log_row(other_supervisor, volunteer_user, outcome=AccessLog.Outcome.REFUSED, minutes_ago=5,
            path="/supervision/meetings/5/")
    log_row(supervisor, manager, path="/supervision/meetings/99/")  # about someone else
    response = client_for(manager).get(reverse("people:access_log", args=[volunteer_user.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert page.index("/supervision/meetings/5/") < page.index("/supervision/meetings/30/")
    assert "/supervision/meetings/99/" not in page
    assert "Steve Supervisor" in page and "Sue Supervisor" in page
    assert '<strong class="govuk-tag govuk-tag--red">Refused</strong>' in page
    assert page.count("govuk-tag--red") == 1


def test_it_shows_what_a_person_looked_at(client_for, manager, supervisor, volunteer_user, other_volunteer):
    log_row(supervisor, volunteer_user, path="/supervision/volunteers/1/")
    log_row(supervisor, other_volunteer, outcome=AccessLog.Outcome.REFUSED, path="/supervision/volunteers/2/")
    log_row(manager, volunteer_user, path="/supervision/volunteers/3/")
    page = client_for(manager).get(reverse("people:access_log", args=[supervisor.pk]) + "?show=by").content.decode()
    assert "/supervision/volunteers/1/" in page and "/supervision/volunteers/2/" in page
    assert "/supervision/volunteers/3/" not in page
    assert "Bob Volunteer" in page and "Alice Volunteer" in page


def test_it_shows_people_whose_details_were_erased(client_for, manager, supervisor, volunteer_user):
    log_row(supervisor, volunteer_user)
    AccessLog.objects.anonymise_for(supervisor)
    page = client_for(manager).get(reverse("people:access_log", args=[volunteer_user.pk])).content.decode()
    assert "Not known" in page and "Sue Supervisor" not in page


def test_it_is_paginated_in_a_fixed_number_of_queries(client_for, manager, supervisor, volunteer_user,
                                                      django_assert_max_num_queries):
    for n in range(ACCESS_LOG_PAGE_SIZE + 3):
        log_row(supervisor, volunteer_user, minutes_ago=n, path=f"/supervision/meetings/{n}/")
    client = client_for(manager)
    url = reverse("people:access_log", args=[volunteer_user.pk])
    client.get(url)
    with django_assert_max_num_queries(8):
        first = client.get(url).content.decode()
    assert "/supervision/meetings/0/" in first and f"/supervision/meetings/{ACCESS_LOG_PAGE_SIZE}/" not in first
    assert "Page 1 of 2" in first and 'href="?page=2"' in first
    second = client.get(url + "?page=2").content.decode()
    assert f"/supervision/meetings/{ACCESS_LOG_PAGE_SIZE + 2}/" in second and "Page 2 of 2" in second


def test_the_person_page_links_to_it_for_managers_only(client_for, manager, volunteer_user):
    link = reverse("people:access_log", args=[volunteer_user.pk])
    person_page = reverse("people:person", args=[volunteer_user.pk])
    assert link in client_for(manager).get(person_page).content.decode()
    assert link not in client_for(volunteer_user).get(person_page).content.decode()


def test_a_superuser_can_read_it(client_for, superuser, volunteer_user):
    assert client_for(superuser).get(reverse("people:access_log", args=[volunteer_user.pk])).status_code == 200


@pytest.mark.parametrize("persona", ["volunteer_user", "other_volunteer", "supervisor", "trainer", "content_editor"])
def test_everyone_else_is_told_it_does_not_exist_and_the_refusal_is_logged(request, client_for, volunteer_user,
                                                                          persona):
    person = request.getfixturevalue(persona)
    url = reverse("people:access_log", args=[volunteer_user.pk])
    assert client_for(person).get(url).status_code == 404
    (row,) = AccessLog.objects.all()
    assert (row.actor, row.subject, row.outcome, row.path) == (person, volunteer_user, "refused", url)


def test_it_offers_no_way_to_change_or_delete_rows(client_for, manager, supervisor, volunteer_user):
    log_row(supervisor, volunteer_user)
    page = client_for(manager).get(reverse("people:access_log", args=[volunteer_user.pk])).content.decode()
    main = page.split('<main')[1].split("</main>")[0]
    assert "<form" not in main
    response = client_for(manager).post(reverse("people:access_log", args=[volunteer_user.pk]), {"delete": "1"})
    assert response.status_code == 405
    assert AccessLog.objects.filter(subject=volunteer_user).count() == 1
