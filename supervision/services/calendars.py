"""Private calendar feed addresses."""

from supervision.models import CalendarFeed
from supervision.models.reminders import new_token


def calendar_feed_for(person):
    feed, _created = CalendarFeed.objects.get_or_create(person=person)
    return feed


def calendar_feed_reset(*, person):
    """Give the person a new secret address; the old one stops working at once."""
    feed = calendar_feed_for(person)
    feed.token = new_token()
    feed.save(update_fields=["token"])
    return feed
