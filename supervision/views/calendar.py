from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from outbox.language import in_language_of
from outreach import selectors as outreach_selectors
from supervision import ical, rules, services
from supervision.models import CalendarFeed, Occurrence


@login_required
def calendar(request):
    feed = services.calendar_feed_for(request.user)
    url = settings.SITE_URL + reverse("supervision:calendar_feed", args=[feed.token])
    webcal = "webcal://" + url.split("://", 1)[1]
    return render(request, "supervision/calendar.html", {
        "feed_url": url, "webcal_url": webcal, "has_own_supervision": rules.can_check_in(request.user),
    })


@login_required
@require_POST
def calendar_reset(request):
    services.calendar_feed_reset(person=request.user)
    messages.success(request, _("Your calendar has a new address. The old one no longer works: add the new one."))
    return redirect("supervision:calendar")


def calendar_feed(request, token):
    """The private feed. No sign-in (calendar apps cannot sign in): the secret token is the key."""
    feed = CalendarFeed.objects.filter(token=token).select_related("person").first()
    if feed is None or not feed.person.is_active:
        raise Http404
    now = timezone.now()
    occurrences = (
        Occurrence.objects.filter(attendees__person=feed.person, ends_at__gt=now - timedelta(days=30))
        .select_related("series__organiser").order_by("starts_at").distinct()
    )
    next_steps = outreach_selectors.next_steps_for(feed.person, start=now - timedelta(days=1),
                                                   end=now + timedelta(days=90))
    # A calendar app cannot choose a language: the feed is in the one its owner chose.
    with in_language_of(feed.person):
        body = ical.calendar_for(occurrences, name=_("Waymark: %(name)s") % {"name": feed.person},
                                 person=feed.person, next_steps=next_steps)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    return response
