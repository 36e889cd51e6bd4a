"""The shipped phone and text module asks telephone volunteers, and only them, to complete it.

Apart from tests/readiness/test_phone_training_rule.py, whose tests share a world of test
courses: this one shares the real content's single load with the other tests that need it
(tests/real_content.py)."""

import pytest

from courses.models import Course
from readiness.states import State
from tests.readiness.test_phone_training_rule import PHONE, _in, _phone_rule

pytestmark = pytest.mark.django_db


def test_with_the_real_content_it_applies_to_telephone_volunteers_only(real_content):
    phone = Course.objects.get(slug=PHONE)
    assert phone.live and phone.for_first_steps and phone.is_required
    assert _phone_rule(_in("telephone")).state == State.MISSING
    assert _phone_rule(_in("community", user__email="c@example.org")) is None
