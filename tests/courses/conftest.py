from tests import built_once
from tests.courses import factories


@built_once.fixture(give=lambda: factories)
def tree():
    """One required course (two online lessons, one with a quiz; one classroom day) and a policy,
    built once for the tests that ask for it in a row (tests/built_once.py)."""
    factories.build(policies=[factories.policy_data()])

from tests.welsh import welsh_strings  # noqa: E402, F401
