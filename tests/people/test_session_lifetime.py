import time

import pytest
from allauth.usersessions.models import UserSession
from django.test import Client
from django.urls import reverse

from people.middleware import SessionLifetimeMiddleware

pytestmark = pytest.mark.django_db


def _age(client, **seconds_ago):
    session = client.session
    now = int(time.time())
    if "idle" in seconds_ago:
        session[SessionLifetimeMiddleware.IDLE_KEY] = now - seconds_ago["idle"]
    if "started" in seconds_ago:
        session[SessionLifetimeMiddleware.STARTED_KEY] = now - seconds_ago["started"]
    session.save()


def test_it_signs_out_after_30_idle_minutes(client_for, volunteer_user):
    client = client_for(volunteer_user)
    assert client.get("/").status_code == 200
    _age(client, idle=31 * 60)
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session


def test_it_keeps_an_active_person_signed_in(client_for, volunteer_user):
    client = client_for(volunteer_user)
    client.get("/")
    _age(client, idle=29 * 60)
    assert client.get("/").status_code == 200


def test_it_signs_out_after_12_hours_however_active(client_for, volunteer_user):
    client = client_for(volunteer_user)
    client.get("/")
    _age(client, idle=60, started=12 * 3600 + 60)
    assert client.get("/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_limits_are_settings(client_for, volunteer_user, settings):
    settings.WAYMARK_IDLE_MINUTES = 5
    client = client_for(volunteer_user)
    client.get("/")
    _age(client, idle=6 * 60)
    assert client.get("/").status_code == 302


def test_deactivating_an_account_ends_its_sessions(client_for, volunteer_user):
    client = client_for(volunteer_user)
    assert client.get("/").status_code == 200
    volunteer_user.is_active = False
    volunteer_user.save()
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_person_sees_and_ends_their_other_sessions(volunteer_user, password):
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        device.post(reverse("account_login"), {"login": volunteer_user.email, "password": password})
        assert device.get("/").status_code == 200
    page = laptop.get(reverse("usersessions_list"))
    assert page.status_code == 200
    assert UserSession.objects.filter(user=volunteer_user).count() == 2
    laptop.post(reverse("usersessions_list"), {})
    assert phone.get("/").status_code == 302
    assert laptop.get("/").status_code == 200
