"""Answers for when a part Waymark leans on is away."""

import logging

from django.shortcuts import render

from config.cache import UNREACHABLE

logger = logging.getLogger("waymark.cache")


class UnavailableMiddleware:
    """What still needs Redis while it is away (counting sign-in attempts) gets a clear
    "try again in a few minutes" page with 503, never a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, UNREACHABLE):
            return None
        logger.warning("Answered %s with 'try again later': %s", request.path, exception)
        response = render(request, "unavailable.html", status=503)
        response["Retry-After"] = "120"
        return response
