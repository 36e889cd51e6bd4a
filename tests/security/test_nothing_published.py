"""No private page reaches search engines, a sitemap or an API."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.courses import factories

pytestmark = pytest.mark.django_db


def test_robots_txt_asks_search_engines_to_stay_out(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response.content.decode().splitlines() == ["User-agent: *", "Disallow: /"]


def test_every_page_says_noindex(client, volunteer_user, client_for):
    login_page = client.get(reverse("account_login")).content.decode()
    dashboard = client_for(volunteer_user).get("/").content.decode()
    for html in (login_page, dashboard):
        assert '<meta name="robots" content="noindex, nofollow">' in html


@pytest.mark.parametrize("path", ["/sitemap.xml", "/api/v2/pages/", "/api/", "/learn/sitemap.xml", "/search/"])
def test_there_is_no_sitemap_search_or_api(client, client_for, volunteer_user, path):
    assert client.get(path).status_code in (302, 404)
    assert client_for(volunteer_user).get(path).status_code == 404


def test_no_learning_page_is_shown_to_someone_signed_out(client):
    factories.build(policies=[factories.policy_data()])
    pages = [page for page in Page.objects.live().exclude(depth=1).specific() if page.url]
    assert {type(page).__name__ for page in pages} >= {"LearningHub", "Course", "Lesson", "PolicyPage"}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
