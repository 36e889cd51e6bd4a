import pytest

from courses.models import LearningHub

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("which", ["hub", "course", "module", "lesson", "policy"])
def test_a_content_editor_opens_each_page_type_in_the_cms(tree, client_for, content_editor, which):
    page = {
        "hub": lambda: LearningHub.objects.get(),
        "course": tree.course,
        "module": tree.module,
        "lesson": lambda: tree.lesson("check"),
        "policy": tree.policy,
    }[which]()
    response = client_for(content_editor).get(f"/cms/pages/{page.pk}/edit/")
    assert response.status_code == 200


def test_a_course_only_accepts_modules_and_a_module_only_lessons(tree):
    from courses.models import Course, Lesson, Module

    assert Course.allowed_subpage_models() == [Module]
    assert Module.allowed_subpage_models() == [Lesson]
    assert Lesson.allowed_subpage_models() == []
    assert Lesson.allowed_parent_page_models() == [Module]
