"""The content editor's home lists every course and policy with its status and last edit."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import Course

pytestmark = pytest.mark.django_db


def test_the_editors_home_lists_courses_and_policies_with_status_and_editor(tree, client_for, content_editor):
    course = Course.objects.get(pk=tree.course().pk)
    course.summary = "A changed summary."
    course.save_revision(user=content_editor)

    page = client_for(content_editor).get("/").content.decode()

    assert "Professional boundaries" in page
    assert f'href="/cms/pages/{course.pk}/edit/"' in page
    assert f'href="/cms/pages/{tree.policy().pk}/edit/"' in page
    assert "Live, with a draft" in page
    assert "by Cai" in page or content_editor.get_full_name() in page


def test_a_scheduled_change_shows_when_it_goes_live(tree, client_for, content_editor):
    policy = tree.policy()
    revision = policy.save_revision(user=content_editor)
    revision.approved_go_live_at = timezone.now() + timedelta(days=2)
    revision.save(update_fields=["approved_go_live_at"])

    page = client_for(content_editor).get("/").content.decode()

    assert "Scheduled" in page
    assert "goes live" in page


def test_the_cms_dashboard_lists_them_too(tree, client_for, content_editor):
    page = client_for(content_editor).get("/cms/").content.decode()
    assert "Professional boundaries" in page
    assert "Confidentiality" in page
    assert f'href="/cms/pages/{tree.course().pk}/edit/"' in page


def test_the_list_costs_the_same_queries_for_many_courses(tree, django_assert_max_num_queries):
    from courses import editorial
    from tests.courses import factories

    factories.build(courses=[factories.small_course(n) for n in range(8)])
    with django_assert_max_num_queries(3):
        overview = editorial.content_overview()
    assert len(overview["courses"]) == 9
