import pytest

from outreach import demo
from outreach.models import Contact, FirstStepper
from outreach.selectors import caseload_for
from people import demo as people_demo

pytestmark = pytest.mark.django_db


def test_the_demo_gives_the_active_volunteer_a_realistic_caseload_and_runs_again_safely():
    people_demo.build()
    demo.build()
    counts = (FirstStepper.objects.count(), Contact.objects.count())
    demo.build()
    assert (FirstStepper.objects.count(), Contact.objects.count()) == counts
    dee = FirstStepper.objects.filter(peer_supporter__email="dee@demo.waymark.test").first().peer_supporter
    people = {p.name: p for p in caseload_for(dee)}
    assert people["Sam"].has_relationship and people["Morgan"].has_relationship
    assert not people["Alex"].has_relationship and people["Alex"].not_reached
    assert FirstStepper.objects.filter(peer_supporter=None).exists()


def test_the_demo_gives_six_people_a_first_and_latest_reading_for_the_chart_and_report():
    from datetime import timedelta

    from django.utils import timezone

    from outreach.distance.selectors import distance_figures
    from outreach.models import Reading

    people_demo.build()
    demo.build()
    demo.build()
    assert Reading.objects.count() == 12
    figures = distance_figures(start=timezone.localdate() - timedelta(days=90), end=timezone.localdate())
    assert figures["domains"]["accommodation"]["people"] == 6
    assert figures["statements"]["lapse"] == {"yes": 3, "no": 3}
