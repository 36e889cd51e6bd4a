import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from courses import selectors, services
from courses.models import Booking, Course, Lesson, PolicyPage
from supervision.models import CheckIn
from tests.courses import factories

pytestmark = pytest.mark.django_db

FINE = dict.fromkeys(CheckIn.ITEM_FIELDS, 4)


def _next_step(client):
    page = client.get("/").content.decode()
    step = page.split('id="next-step-title"')[1].split("</section>")[0]
    assert page.index('id="next-step-title"') < page.index("My training")
    return step


def test_my_path_leads_with_the_most_urgent_next_step(tree, client_for, volunteer_user, trainer):
    client = client_for(volunteer_user)
    # 1. A check-in that is due comes first.
    assert "Do this week’s check-in" in _next_step(client)
    CheckIn.objects.create(volunteer=volunteer_user, caseload=0, recovery=4, **FINE)
    # 2. No classroom date on offer: the lesson to start.
    step = _next_step(client)
    assert "Start with" in step and "Why boundaries matter" in step
    # 3. A classroom day with a date on offer comes before lessons.
    tree.session(trainer=trainer, days=10)
    step = _next_step(client)
    assert "Book a classroom day" in step and f"?course={tree.course().pk}" in step
    # 4. Booked and every lesson done: a policy to read.
    Booking.objects.create(session=tree.session(trainer=trainer, days=12), user=volunteer_user)
    tree.finish_online_work(volunteer_user)
    step = _next_step(client)
    assert "Read the policy" in step and "Confidentiality" in step
    # 5. Nothing left: said plainly, with somewhere to go.
    services.policy_acknowledge(user=volunteer_user, policy=PolicyPage.objects.get(slug="confidentiality"))
    step = _next_step(client)
    assert "nothing you need to do right now" in step and "See my meetings" in step


def test_whats_left_is_a_short_count_with_a_link_to_the_full_list(tree, client_for, volunteer_user):
    client = client_for(volunteer_user)
    page = client.get("/").content.decode()
    section = page.split('id="whats-left"')[1].split("</section>")[0]
    assert "things left to do" in section and 'href="/readiness/mine/"' in section
    assert "govuk-tag" not in section
    full = client.get("/readiness/mine/").content.decode()
    assert "Still to do" in full and "Professional boundaries" in full and "DBS" in full


def test_the_full_list_is_only_for_someone_who_has_not_started(client_for, volunteer_user, supervisor):
    from people.models import VolunteerProfile
    from people.status import Status

    assert client_for(supervisor).get("/readiness/mine/").status_code == 404
    VolunteerProfile.objects.filter(user=volunteer_user).update(status=Status.ACTIVE)
    assert client_for(volunteer_user).get("/readiness/mine/").status_code == 404


def test_it_lists_required_courses_in_order_with_progress(tree, client_for, volunteer_user):
    factories.build(courses=[factories.course_data(), factories.small_course(1)])
    services.lesson_complete(user=volunteer_user, lesson=tree.lesson("why-boundaries"))
    page = client_for(volunteer_user).get("/").content.decode()
    assert page.index("Professional boundaries") < page.index("Course 1")
    # One line per course, not a tag per lesson.
    assert "1 of 3 lessons, 0 of 1 day" in page
    assert "0 of 2 lessons" in page
    assert "Not started" not in page and "<progress" not in page


def test_it_offers_to_continue_where_you_left_off(tree, client_for, volunteer_user):
    services.lesson_complete(user=volunteer_user, lesson=tree.lesson("why-boundaries"))
    CheckIn.objects.create(volunteer=volunteer_user, caseload=0, recovery=4, **FINE)
    page = client_for(volunteer_user).get("/").content.decode()
    step = page.split('id="next-step-title"')[1].split("</section>")[0]
    assert "Carry on with" in step and "Check your understanding" in step
    assert f'href="{tree.lesson("check").url}"' in step


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
    assert "In training" in page and "Joined" in page
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


def test_my_path_uses_the_same_queries_for_2_or_6_courses(db, client_for, volunteer_user, trainer):
    # Six courses (24 pages) show a query per course or per lesson as surely as fifty: the counts
    # would differ by at least four. Each course costs four pages to build, so no more are made.
    factories.build(courses=[factories.small_course(i) for i in range(2)], policies=[factories.policy_data()])
    _with_progress(volunteer_user, ["course-0"])
    client = client_for(volunteer_user)
    few_page, few_selector = _queries(client), _selector_queries(volunteer_user)
    factories.build(courses=[factories.small_course(i) for i in range(6)], policies=[factories.policy_data()])
    _with_progress(volunteer_user, ["course-0"])
    assert Course.objects.count() == 6
    many_page, many_selector = _queries(client), _selector_queries(volunteer_user)
    assert "Course 5" in client.get("/").content.decode()
    assert (many_page, many_selector) == (few_page, few_selector)
    assert few_selector <= 20, few_selector
