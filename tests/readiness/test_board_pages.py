"""The readiness board a page at a time: paging, sorting and counting are done on everyone who
matches the filters, not on the page shown."""

import re
from datetime import timedelta
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from people.models import Placement, User, VolunteerProfile
from people.status import Status
from readiness.models import CheckType, PreStartCheck
from readiness.rules import preparation_ends
from tests.factories import volunteer
from tests.readiness import helpers

pytestmark = pytest.mark.django_db

NAME_LINK = re.compile(r'href="/readiness/volunteers/\d+/">([^<]*)</a>')


def crowd(count, *, prefix="Bulk Volunteer", status=Status.IN_TRAINING, joined_on=None):
    """`count` volunteers named "<prefix> 000" onwards, made in bulk. `joined_on(n)` dates each."""
    community = Placement.objects.get(slug="community")
    slug = prefix.lower().replace(" ", ".")
    users = User.objects.bulk_create(
        User(email=f"{slug}{n}@example.org", full_name=f"{prefix} {n:03d}") for n in range(count)
    )
    VolunteerProfile.objects.bulk_create(
        VolunteerProfile(
            user=user,
            placement=community,
            status=status,
            **({"joined_on": joined_on(n)} if joined_on else {}),
        )
        for n, user in enumerate(users)
    )
    return users


def board(client, **query):
    return client.get(reverse("readiness:board"), query).content.decode()


def sections(page):
    """The not-yet-active part of the page and the renewals part."""
    return page.split('id="renewals"', 1)


def names(page):
    return NAME_LINK.findall(sections(page)[0])


def renewal_names(page):
    return NAME_LINK.findall(sections(page)[1])


def link(part, rel):
    """The query of the Previous or Next link in this part of the page, and its anchor."""
    found = re.search(rf'href="([^"]*)" rel="{rel}"', part)
    assert found, f"no {rel} link"
    address = urlsplit(unescape(found.group(1)))
    return {key: values[0] for key, values in parse_qs(address.query).items()}, address.fragment


def numbered(first, last, prefix="Bulk Volunteer"):
    return [f"{prefix} {n:03d}" for n in range(first, last + 1)]


def test_the_board_shows_50_volunteers_a_page(client_for, manager):
    crowd(120)
    client = client_for(manager)

    page = board(client)
    assert "120 volunteers, 0 ready to sign off." in page
    assert "Showing 1 to 50." in page and "Page 1 of 3" in page
    assert names(page) == numbered(0, 49)
    assert 'rel="prev"' not in sections(page)[0]
    assert link(sections(page)[0], "next") == ({"page": "2"}, "")

    page = board(client, page=2)
    assert "Showing 51 to 100." in page
    assert names(page) == numbered(50, 99)

    page = board(client, page=3)
    assert "120 volunteers, 0 ready to sign off." in page
    assert "Showing 101 to 120." in page and "Page 3 of 3" in page
    assert names(page) == numbered(100, 119)
    assert link(sections(page)[0], "prev") == ({"page": "2"}, "")
    assert 'rel="next"' not in sections(page)[0]


@pytest.mark.parametrize(
    "asked, shown",
    [("999", numbered(100, 119)), ("abc", numbered(0, 49)), ("0", numbered(0, 49)), ("-2", numbered(0, 49))],
)
def test_a_page_out_of_range_or_not_a_number_shows_the_nearest(client_for, manager, asked, shown):
    crowd(120)
    page = board(client_for(manager), page=asked)
    assert "120 volunteers" in page
    assert names(page) == shown


def test_a_single_page_has_no_page_links(client_for, manager):
    crowd(50)
    page = board(client_for(manager))
    assert "50 volunteers" in page and "Showing" not in page
    assert len(names(page)) == 50
    assert 'rel="next"' not in page and 'rel="prev"' not in page


def test_the_page_links_keep_the_other_filters(client_for, manager):
    crowd(120)
    page = board(client_for(manager), q="bulk", sort="ready", placement="community", page=2)
    kept = {"q": "bulk", "sort": "ready", "placement": "community"}
    assert link(sections(page)[0], "prev") == ({**kept, "page": "1"}, "")
    assert link(sections(page)[0], "next") == ({**kept, "page": "3"}, "")


def test_ready_first_sorts_everyone_before_paging(client_for, manager, supervisor, other_supervisor, trainer):
    helpers.learning()
    crowd(120)
    # Their names sort after every "Bulk Volunteer", so by name they are on the last page.
    zack = volunteer(user__full_name="Zack Ready")
    zoe = volunteer(user__full_name="Zoe Ready")
    helpers.make_ready(zack, supervisor=supervisor, trainer=trainer, manager=manager)
    helpers.make_ready(zoe, supervisor=other_supervisor, trainer=trainer, manager=manager)
    client = client_for(manager)

    by_name = board(client, page=3)
    assert names(by_name)[-2:] == ["Zack Ready", "Zoe Ready"]

    page = board(client, sort="ready")
    assert names(page) == ["Zack Ready", "Zoe Ready", *numbered(0, 47)]
    assert "122 volunteers, 2 ready to sign off." in page
    page = board(client, sort="ready", page=3)
    assert names(page) == numbered(98, 119)
    assert "122 volunteers, 2 ready to sign off." in page


def test_soonest_ready_first_sorts_by_the_could_be_ready_date(client_for, manager):
    today = timezone.localdate()

    # The later the number, the earlier they joined, so the sooner their preparation ends.
    def joined_on(n):
        return today - timedelta(days=50) + timedelta(days=119 - n)

    crowd(120, joined_on=joined_on)
    expected = sorted(
        numbered(0, 119), key=lambda name: (max(preparation_ends(joined_on(int(name[-3:])), 2), today), name)
    )
    assert expected[0] == "Bulk Volunteer 119"
    client = client_for(manager)

    assert names(board(client, sort="projected")) == expected[:50]
    assert names(board(client, sort="projected", page=3)) == expected[100:]


def test_renewals_are_paged_on_their_own(client_for, manager):
    crowd(3)
    active = crowd(60, prefix="Active Volunteer", status=Status.ACTIVE)
    dbs = CheckType.objects.get(name="DBS check")
    today = timezone.localdate()
    PreStartCheck.objects.bulk_create(
        PreStartCheck(
            volunteer=person,
            check_type=dbs,
            done_on=today - timedelta(days=365 * 4),
            expires_on=today - timedelta(days=30),
        )
        for person in active
    )
    client = client_for(manager)

    page = board(client)
    assert "3 volunteers" in page
    assert renewal_names(page) == numbered(0, 49, "Active Volunteer")
    renewals = sections(page)[1]
    assert "Showing 1 to 50 of 60." in renewals
    assert link(renewals, "next") == ({"renewals": "2"}, "renewals")

    page = board(client, q="bulk", renewals=2)
    assert names(page) == numbered(0, 2), "the board's own page stays as it was"
    renewals = sections(page)[1]
    assert renewal_names(page) == numbered(50, 59, "Active Volunteer")
    assert "Showing 51 to 60 of 60." in renewals
    assert link(renewals, "prev") == ({"q": "bulk", "renewals": "1"}, "renewals")


def test_the_counts_are_of_everyone_matching_the_filters(client_for, manager, supervisor, trainer):
    helpers.learning()
    crowd(120)
    crowd(7, prefix="Applicant", status=Status.APPLICANT)
    ready = volunteer(user__full_name="Rita Ready")
    helpers.make_ready(ready, supervisor=supervisor, trainer=trainer, manager=manager)
    client = client_for(manager)

    for number in (1, 3):
        assert "128 volunteers, 1 ready to sign off." in board(client, page=number)
    assert "120 volunteers, 0 ready to sign off." in board(client, q="bulk", page=2)
    assert "7 volunteers, 0 ready to sign off." in board(client, status=Status.APPLICANT)
    assert "1 volunteer, 1 ready to sign off." in board(client, q="rita")
    assert "0 volunteers, 0 ready to sign off." in board(client, q="nobody")
