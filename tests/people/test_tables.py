"""Every table sits in the one wrapper: a named region a keyboard can scroll on a phone."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = [
    path for folder in ("site", "people", "courses", "supervision", "readiness", "privacy", "outreach")
    for path in (ROOT / folder).rglob("templates/**/*.html")
]
REGION = re.compile(
    r'<div class="waymark-table-wrap" role="region" aria-label="([^"]+)" tabindex="0" data-scroll-region>\s*<table'
)


def test_every_template_with_a_table_uses_the_one_wrapper():
    # The content editor (Wagtail's admin) has its own look and tables; these are Waymark's pages.
    with_tables = [path for path in TEMPLATES if "<table" in path.read_text() and "/admin/" not in str(path)]
    assert with_tables
    for path in with_tables:
        text = path.read_text()
        assert text.count("<table") == text.count("{% table_region"), path
        assert "waymark-table-wrap" not in text, path


@pytest.mark.django_db
def test_where_i_am_signed_in_wraps_its_table_in_a_named_focusable_region(client_for, volunteer_user):
    page = client_for(volunteer_user).get("/accounts/sessions/").content.decode()
    assert REGION.search(page).group(1) == "Where you are signed in"


@pytest.mark.django_db
def test_a_persons_page_and_their_access_log_wrap_their_tables(client_for, manager, volunteer_user):
    # Her refused look at the people list is a line in her log.
    assert client_for(volunteer_user).get(reverse("people:list")).status_code == 404
    client = client_for(manager)
    person = client.get(reverse("people:person", args=[volunteer_user.pk])).content.decode()
    assert REGION.search(person).group(1) == "Status history"
    log = client.get(reverse("people:access_log", args=[volunteer_user.pk]) + "?show=by").content.decode()
    assert [found.group(1) for found in REGION.finditer(log)] == ["Access log"]
