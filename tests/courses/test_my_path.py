import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from courses import selectors, services
from courses.models import Booking, Course, Lesson
from tests.courses import factories

pytestmark = pytest.mark.django_db


def test_it_lists_required_courses_in_order_with_progress(tree, client_for, volunteer_user):
    factories.build(courses=[factories.course_data(), factories.small_course(1)])
    services.lesson_complete(user=volunteer_user, lesson=tree.lesson("why-boundaries"))
    page = client_for(volunteer_user).get("/").content.decode()
    assert page.index("Professional boundaries") < page.index("Course 1")
    assert "1 of 3 lessons" in page
    assert "0 of 1 classroom session" in page
    assert '<progress class="waymark-progress" max="3" value="1"' in page
    assert "0 of 2 lessons" in page


def test_it_offers_to_continue_where_you_left_off(tree, client_for, volunteer_user):
    services.lesson_complete(user=volunteer_user, lesson=tree.lesson("why-boundaries"))
    page = client_for(volunteer_user).get("/").content.decode()
    assert "Continue where you left off" in page
    assert f'href="{tree.lesson("check").url}"' in page


def test_it_shows_booked_days_policies_to_read_and_certificates(tree, client_for, volunteer_user, trainer):
    upcoming = tree.session(trainer=trainer, days=10)
    Booking.objects.create(session=upcoming, user=volunteer_user)
    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer)
    page = client_for(volunteer_user).get("/").content.decode()
    assert "My classroom days" in page and "Room 2" in page
    assert "Confidentiality" in page
    assert "Professional boundaries (" in page and "download PDF" in page


def test_it_keeps_the_status_summary_and_the_step_back_link(tree, client_for, volunteer_user):
    page = client_for(volunteer_user).get("/").content.decode()
    assert "Where I am" in page
    assert "I need to step back for a while" in page


def test_a_course_for_hospital_placements_is_not_required_in_the_community(tree, client_for, volunteer_user):
    factories.build(courses=[factories.course_data("nhs", title="NHS confidentiality", for_placements=["hospital"])])
    assert "NHS confidentiality" not in client_for(volunteer_user).get("/").content.decode()


def _queries(client):
    client.get("/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/")
    assert response.status_code == 200
    return len(captured)


def _with_progress(user, slugs):
    for lesson in Lesson.objects.filter(slug="one").descendant_of(Course.objects.get(slug=slugs[0]).get_parent()):
        services.lesson_complete(user=user, lesson=lesson)


def _selector_queries(user):
    # A fresh copy of the person, so their roles are read each time as on a real request.
    user = type(user).objects.get(pk=user.pk)
    request = RequestFactory().get("/")
    request.user = user
    with CaptureQueriesContext(connection) as captured:
        selectors.my_path(user=user, request=request)
    return len(captured)


def test_my_path_uses_the_same_queries_for_2_or_50_courses(db, client_for, volunteer_user, trainer):
    factories.build(courses=[factories.small_course(i) for i in range(2)], policies=[factories.policy_data()])
    _with_progress(volunteer_user, ["course-0"])
    client = client_for(volunteer_user)
    few_page, few_selector = _queries(client), _selector_queries(volunteer_user)
    factories.build(courses=[factories.small_course(i) for i in range(50)], policies=[factories.policy_data()])
    _with_progress(volunteer_user, ["course-0"])
    assert Course.objects.count() == 50
    many_page, many_selector = _queries(client), _selector_queries(volunteer_user)
    assert "Course 49" in client.get("/").content.decode()
    assert (many_page, many_selector) == (few_page, few_selector)
    assert few_selector <= 20, few_selector
