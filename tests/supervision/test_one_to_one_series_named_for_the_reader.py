"""A weekly 1:1 series Waymark names keeps no title: it is named when read, in the reader's
language, so one booked during a Welsh request reads in English for an English reader. A title
a person types is kept as typed."""

from datetime import time

import pytest
from django.utils.translation import override

from supervision import services
from supervision.models import MeetingSeries
from tests.supervision.factories import assign, free_all_week, next_weekday_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    free_all_week(supervisor, time(9), time(12))
    with override("cy"):
        services.one_to_one_book(supervisor=supervisor, volunteer=volunteer_user,
                                 starts_at=next_weekday_at(1, 10), by=supervisor)
    return MeetingSeries.objects.get(one_to_one_with=volunteer_user)


def test_a_one_to_one_booked_in_welsh_is_named_in_each_readers_language(booked, supervisor, volunteer_user):
    assert booked.title == ""
    with override("en-gb"):
        assert str(booked) == f"1:1: {volunteer_user} with {supervisor}"
    with override("cy"):
        assert str(booked) == f"1:1: {volunteer_user} gyda {supervisor}"


def test_a_calendar_title_is_in_the_readers_language(booked, supervisor, volunteer_user):
    occurrence = booked.occurrences.order_by("starts_at").first()
    with override("en-gb"):
        assert occurrence.title_for(volunteer_user) == f"1:1 with {supervisor}"
    with override("cy"):
        assert occurrence.title_for(volunteer_user) == f"1:1 gyda {supervisor}"
        # Seen by someone outside the pair, the series' own name.
        assert occurrence.title_for(None) == f"1:1: {volunteer_user} gyda {supervisor}"


def test_saving_the_name_unchanged_keeps_it_worded_and_a_typed_title_is_kept(booked, supervisor, volunteer_user):
    with override("cy"):
        services.series_update_details(series=booked, title=str(booked.shown_title), place="Room 2", online_link="")
    booked.refresh_from_db()
    assert (booked.title, booked.place) == ("", "Room 2")
    services.series_update_details(series=booked, title="Catch-up with Alice", place="", online_link="")
    booked.refresh_from_db()
    with override("cy"):
        assert str(booked) == "Catch-up with Alice"
