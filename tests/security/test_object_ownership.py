"""For every URL that names someone's object, the person of the same role who does not own
it (the other volunteer, the other supervisor, another trainer) is told it does not exist,
on GET and on POST, and their POST changes no row anywhere."""

import pytest

from tests.security import urlwalk
from tests.security.matrix import ACTION, PAGE, ROUTES, path_for
from tests.security.urlwalk import NOT_ALLOWED, NOT_FOUND
from tests.security.world import INTRUDER_OF, client_for

pytestmark = pytest.mark.django_db

OWNED = [(name, owner) for name, route in ROUTES.items() for owner in route.owners or ()]


def test_every_url_with_an_argument_says_who_owns_what_it_names():
    undeclared = [
        key
        for key, entry in urlwalk.entries_by_key().items()
        if key in ROUTES and entry.takes_args and ROUTES[key].owners is None
    ]
    assert not undeclared, f"Say whose object each names (owners=...) in tests/security/matrix.py: {undeclared}"


def test_owned_objects_are_found_for_every_kind_of_owner():
    assert {owner for _name, owner in OWNED} == set(INTRUDER_OF)


@pytest.mark.parametrize(("name", "owner"), OWNED)
def test_the_same_role_person_who_does_not_own_it_is_told_it_does_not_exist(name, owner, world):
    route = ROUTES[name]
    path = path_for(urlwalk.entries_by_key()[name], world)
    owner_client = client_for(world, owner)
    intruder = client_for(world, INTRUDER_OF[owner])
    data = route.payload(world) if route.payload else {}

    # The owner really reaches it: otherwise the refusals below would prove nothing.
    if route.kind == PAGE:
        assert urlwalk.matches(urlwalk.request(owner_client, "get", path)[0], route.get[owner])
    else:
        answer, _response, writes = urlwalk.request_watching_rows(owner_client, "post", path, data)
        assert urlwalk.matches(answer, route.post[owner]), f"{owner} POST {path}: {answer}"
        assert writes.changed, f"{owner}'s POST to {path} changed nothing, so it proves nothing"

    # A GET cannot tell the intruder more than an id that names nothing would.
    missing = urlwalk.request(intruder, "get", urlwalk.missing_object_path(urlwalk.entries_by_key()[name]))[0]
    assert missing == (NOT_ALLOWED if route.kind == ACTION else NOT_FOUND)
    assert urlwalk.request(intruder, "get", path)[0] == missing

    answer, _response, writes = urlwalk.request_watching_rows(intruder, "post", path, data)
    assert answer == NOT_FOUND, f"{INTRUDER_OF[owner]} POST {path}: {answer}"
    assert writes.changed == []
