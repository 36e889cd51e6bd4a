"""Signing the bench's personas in as the test suite does, with the test client's force_login.

Staff have a real TOTP authenticator, so the two-step middleware marks their session on
its first request, as it does for the test suite's staff (tests/conftest.py's client_for).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils.crypto import get_random_string


def client_for(user_id):
    """Django's test client, signed in as this person (or signed out for None)."""
    client = Client()
    if user_id is not None:
        client.force_login(get_user_model().objects.get(pk=user_id))
    return client


def headers_for(user_id):
    """HTTP headers for a load generator: this person's session cookie, and a CSRF cookie
    with the matching header so that its POSTs are accepted."""
    session = client_for(user_id).cookies[settings.SESSION_COOKIE_NAME].value
    token = get_random_string(32)
    return {
        "Cookie": f"{settings.SESSION_COOKIE_NAME}={session}; {settings.CSRF_COOKIE_NAME}={token}",
        "X-CSRFToken": token,
    }
