import pytest

from tests.courses import factories


@pytest.fixture
def tree(db):
    """One required course (two online lessons, one with a quiz; one classroom day) and a policy."""
    factories.build(policies=[factories.policy_data()])
    return factories

from tests.welsh import welsh_strings  # noqa: E402, F401
