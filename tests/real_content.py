"""The real courses and policies, as the load_courses command loads them into a new installation."""

from django.core.management import call_command

from tests import built_once


@built_once.fixture(gathered=True)
def real_content():
    """What `load_courses` makes of the shipped content in a freshly migrated database. Loading
    it takes seconds, so the tests that ask for it, in whichever modules, run one after another
    and share one load, each in its own savepoint (tests/built_once.py)."""
    call_command("load_courses", verbosity=0)
