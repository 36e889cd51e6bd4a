"""Failed sign-ins are limited per account and per address, and a made-up
X-Forwarded-For header cannot reset the count for an address."""

import pytest
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LIMITED = "Too many failed login attempts"


def attempt(client, email, password="not the password", **headers):
    response = client.post(reverse("account_login"), {"login": email, "password": password}, **headers)
    return response


def refused(response):
    return response.status_code == 429 or LIMITED in response.content.decode()


def signed_in(client):
    return "_auth_user_id" in client.session


def test_five_wrong_passwords_lock_the_account_even_from_new_addresses(client, volunteer_user):
    for n in range(5):
        assert not refused(attempt(client, volunteer_user.email, REMOTE_ADDR=f"198.51.100.{n + 1}"))
    response = attempt(client, volunteer_user.email, PASSWORD, REMOTE_ADDR="198.51.100.99")
    assert refused(response)
    assert not signed_in(client)


def test_the_right_password_still_works_before_the_limit(client, volunteer_user):
    for _ in range(4):
        attempt(client, volunteer_user.email)
    response = attempt(client, volunteer_user.email, PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_one_address_trying_many_accounts_is_stopped_after_ten(client):
    people = UserFactory.create_batch(11)
    for person in people[:10]:
        assert not refused(attempt(client, person.email, REMOTE_ADDR="203.0.113.7"))
    assert refused(attempt(client, people[10].email, REMOTE_ADDR="203.0.113.7"))


def test_a_made_up_forwarded_for_header_does_not_reset_the_count(client):
    """No proxies are trusted by default: the header is ignored and the address counts."""
    people = UserFactory.create_batch(11)
    for n, person in enumerate(people[:10]):
        attempt(client, person.email, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}")
    response = attempt(client, people[10].email, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert refused(response)


def test_behind_one_proxy_only_the_address_the_proxy_saw_counts(client, settings):
    """The proxy appends the address it saw; whatever the client put before it is ignored."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    people = UserFactory.create_batch(11)
    for n, person in enumerate(people[:10]):
        attempt(client, person.email, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}, 203.0.113.7")
    spoofed = "192.0.2.250, 203.0.113.7"
    assert refused(attempt(client, people[10].email, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=spoofed))
    # Someone else behind the same proxy is not affected.
    other = attempt(client, people[10].email, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert not refused(other)


def test_a_request_that_skipped_the_proxy_is_counted_by_its_own_address(client, settings, volunteer_user):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    response = attempt(client, volunteer_user.email, REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="192.0.2.1")
    assert response.status_code == 200
    assert not refused(response)


def test_wrong_two_step_codes_count_as_failed_sign_ins(client, supervisor):
    response = attempt(client, supervisor.email, PASSWORD)
    assert response["Location"] == reverse("mfa_authenticate")
    for _ in range(5):
        client.post(reverse("mfa_authenticate"), {"code": "000000"})
    page = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert page.status_code == 429 or LIMITED in page.content.decode()
    assert not signed_in(client)
