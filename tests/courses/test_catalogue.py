"""Content that is the same for every learner comes from the cache (courses/catalogue.py, courses/content_cache.py); an
editor's change shows on the very next request."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses import content_cache
from courses.models import CourseStatus, Lesson, PoliciesIndex

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(tree, client_for, volunteer_user):
    client = client_for(volunteer_user)
    # Fill the cache, as any earlier visit would.
    client.get("/learn/")
    client.get(tree.lesson("why-boundaries").url)
    return client


def test_a_course_title_published_shows_on_the_hub_at_once(tree, learner):
    course = tree.course()
    course.title = "Boundaries, renamed"
    course.save_revision().publish()
    assert "Boundaries, renamed" in learner.get("/learn/").content.decode()


def test_a_draft_does_not_show(tree, learner):
    course = tree.course()
    course.title = "Not yet"
    course.save_revision()
    assert "Not yet" not in learner.get("/learn/").content.decode()


def test_an_unpublished_course_leaves_the_hub_at_once(tree, learner):
    tree.course().unpublish()
    assert "Professional boundaries" not in learner.get("/learn/").content.decode()


def test_a_new_lesson_published_becomes_the_next_lesson_at_once(tree, learner):
    module = tree.lesson("why-boundaries").get_parent()
    new = Lesson(title="A new lesson", slug="new-lesson", live=False)
    module.add_child(instance=new)
    new.save_revision().publish()
    new.move(tree.lesson("why-boundaries"), pos="right")
    page = learner.get(tree.lesson("why-boundaries").url).content.decode()
    assert "Next lesson: A new lesson" in page


def test_a_moved_lesson_is_no_longer_next_at_once(tree, learner):
    other_module = tree.module("day-one")
    tree.lesson("check").move(other_module, pos="last-child")
    page = learner.get(tree.lesson("why-boundaries").url).content.decode()
    assert "Next lesson: Before the day" in page


def test_a_deleted_lesson_is_no_longer_next_at_once(tree, learner):
    tree.lesson("check").delete()
    page = learner.get(tree.lesson("why-boundaries").url).content.decode()
    assert "Next lesson: Check your understanding" not in page


def test_an_unpublished_policies_index_leaves_the_hub_at_once(tree, learner):
    PoliciesIndex.objects.get().unpublish()
    assert "Our policies" not in learner.get("/learn/").content.decode()


def test_a_course_no_longer_for_my_role_is_no_longer_required_for_me(tree, learner):
    course = tree.course()
    course.for_roles.set([Group.objects.get(name="Manager")])
    course.save_revision().publish()
    assert "Required for you" not in learner.get("/learn/").content.decode()


def test_a_lesson_completed_after_a_publish_counts_towards_the_new_lessons(tree, learner, volunteer_user):
    # The completion reads the course's lessons from the cache too: a lesson unpublished
    # just before no longer counts.
    tree.lesson("before-the-day").unpublish()
    learner.post(reverse("courses:lesson_complete", args=[tree.lesson("why-boundaries").pk]))
    assert CourseStatus.objects.get(user=volunteer_user).lessons_total == 2


def test_a_view_restriction_is_enforced_at_once_and_lifted_at_once(tree, learner):
    url = tree.lesson("why-boundaries").url
    restriction = PageViewRestriction.objects.create(page=tree.course(), restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name="Manager")])
    refused = learner.get(url)
    assert refused.status_code == 302 and "Why boundaries matter" not in refused.content.decode()
    restriction.delete()
    assert learner.get(url).status_code == 200


def test_a_password_restriction_on_the_hub_asks_for_the_password(tree, learner):
    PageViewRestriction.objects.create(
        page=tree.lesson("why-boundaries").get_parent().get_parent().get_parent(),
        restriction_type=PageViewRestriction.PASSWORD,
        password="s3cret",
    )
    page = learner.get(tree.lesson("why-boundaries").url).content.decode()
    assert "Boundaries protect you" not in page and 'name="password"' in page


def test_what_is_read_while_content_changes_is_never_kept_under_the_new_version(tree):
    """A change that lands between reading the version and storing what was read leaves the
    stored value under the old version: the next read builds afresh."""

    def build_and_change():
        content_cache.content_changed()
        return 1

    assert content_cache.cached("probe", build_and_change) == 1
    assert content_cache.cached("probe", lambda: 2) == 2
    assert content_cache.cached("probe", lambda: 3) == 2


def test_a_new_classroom_session_is_offered_to_someone_who_missed_the_day_at_once(
    tree, client_for, volunteer_user, trainer
):
    from courses import services
    from courses.models import Booking

    missed = tree.session(trainer=trainer, days=-3)
    Booking.objects.create(session=missed, user=volunteer_user)
    services.register_take(session=missed, by=trainer, marks={volunteer_user.pk: ("absent", "Unwell")})
    client = client_for(volunteer_user)
    assert "Next:" not in client.get("/").content.decode()  # fills the cache: nothing to come

    tree.session(trainer=trainer, days=5)
    page = client.get("/").content.decode()
    assert "Next:" in page and "Room 2" in page


def test_a_change_to_the_wagtail_site_shows_at_once(tree, rf):
    site = content_cache.site_for(rf.get("/"))
    assert site is not None
    site.site_name = "Renamed organisation"
    site.save()
    assert content_cache.site_for(rf.get("/")).site_name == "Renamed organisation"


def test_a_host_nobody_allowed_is_still_refused(tree, client):
    assert client.get("/learn/", HTTP_HOST="evil.example.com").status_code == 400
