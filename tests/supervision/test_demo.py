import pytest
from django.test import Client

from people import demo as people_demo
from people.models import SupervisorAssignment
from supervision import demo
from supervision.models import CheckIn, Flag, MeetingSeries, Occurrence, OneToOneRecord

pytestmark = pytest.mark.django_db


def counts():
    return [model.objects.count() for model in
            (SupervisorAssignment, MeetingSeries, Occurrence, CheckIn, Flag, OneToOneRecord)]


def test_it_builds_the_demo_supervision_once_however_often_it_runs(django_capture_on_commit_callbacks, mailoutbox):
    people_demo.build()
    with django_capture_on_commit_callbacks(execute=True):
        demo.build()
    first = counts()
    with django_capture_on_commit_callbacks(execute=True):
        demo.build()
    assert counts() == first
    assert first[0] == 6 and first[1] == 4 and first[5] == 1
    assert Flag.objects.filter(volunteer__email="dee@demo.waymark.test", resolved_at=None).exists()
    assert mailoutbox == []


def test_it_gives_every_demo_role_working_supervision_pages(settings):
    # The embedded demo runs with DEBUG on, where two-step sign-in is not demanded.
    settings.WAYMARK_TWO_STEP_FOR_STAFF = False
    people_demo.build()
    demo.build()
    from django.contrib.auth import get_user_model

    User = get_user_model()
    supervisor = User.objects.get(email="supervisor@demo.waymark.test")
    dee = User.objects.get(email="dee@demo.waymark.test")
    manager = User.objects.get(email="manager@demo.waymark.test")
    occurrence = Occurrence.objects.filter(series__organiser=supervisor, record__isnull=False).first()
    group = Occurrence.objects.filter(series__kind="peer_group").first()
    flag = Flag.objects.first()
    pages = {
        supervisor: ["/", "/supervision/team/", f"/supervision/volunteers/{dee.pk}/", "/supervision/meetings/",
                     f"/supervision/meetings/{occurrence.pk}/", f"/supervision/meetings/{occurrence.pk}/record/",
                     f"/supervision/meetings/{occurrence.pk}/actions/", f"/supervision/meetings/{group.pk}/",
                     f"/supervision/volunteers/{dee.pk}/book/", "/supervision/availability/", "/supervision/series/",
                     "/supervision/series/new/", f"/supervision/series/{group.series_id}/", "/supervision/calendar/",
                     f"/supervision/flags/{flag.pk}/"],
        dee: ["/", "/supervision/mine/", "/supervision/check-in/", "/supervision/meetings/",
              f"/supervision/meetings/{occurrence.pk}/", "/supervision/calendar/"],
        manager: ["/supervision/team/", "/supervision/assignments/", f"/supervision/volunteers/{dee.pk}/assign/",
                  "/supervision/rhythm/", "/supervision/rhythm/peer-group/", "/supervision/rhythm/weekly-one-to-one/",
                  "/supervision/rhythm/information-sharing/", f"/supervision/meetings/{occurrence.pk}/"],
    }
    for person, urls in pages.items():
        client = Client()
        client.force_login(person)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (person, url)
    upcoming = Occurrence.objects.filter(series__organiser=supervisor, series__members=dee,
                                         starts_at__gt=occurrence.starts_at).order_by("starts_at").last()
    client = Client()
    client.force_login(dee)
    assert client.get(f"/supervision/meetings/{upcoming.pk}/ask-to-move/").status_code == 200
    client.force_login(supervisor)
    for url in (f"/supervision/meetings/{upcoming.pk}/move/", f"/supervision/meetings/{upcoming.pk}/cancel/"):
        assert client.get(url).status_code == 200
