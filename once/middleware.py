"""Forms that save once, however many times they are sent.

A form carries a one-time key (`{% once_key %}`, once/templatetags/once.py). The first POST
with a key claims it in the database and goes on to the view; a second POST with the same
key (a double tap on a phone, a resend after a slow answer) never reaches the view: it waits
for the first to finish and is sent where the first was sent, with a message. When the first
saved nothing (it showed the form again with a problem), the key is given back and the
second is handled like any other request. A POST without a key is handled as before.
"""

import uuid

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from once.services import submitted_form_claim, submitted_form_outcome, submitted_form_settle

FIELD = "once_key"
# How long a second request waits for the first to finish before answering anyway.
WAIT_SECONDS = 10
REDIRECTS = {301, 302, 303, 307, 308}


def _key(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


class SaveOnceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_once_key", None)
        if key is not None:
            redirect_to = response.get("Location", "") if response.status_code in REDIRECTS else ""
            submitted_form_settle(key=key, redirect_to=redirect_to)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or FIELD not in request.POST:
            return None
        key = _key(request.POST[FIELD])
        if key is None:
            return None
        # Twice at most: once as the first request, once more if the first gave the key back.
        for _attempt in range(2):
            if submitted_form_claim(key=key, path=request.path):
                request._once_key = key
                return None
            outcome = submitted_form_outcome(key=key, wait_seconds=WAIT_SECONDS)
            if outcome:
                messages.info(request, _("You sent this twice. It was saved once."))
                return HttpResponseRedirect(outcome)
            if outcome == "":
                messages.info(request, _("This is still being saved. Check in a minute that it is there."))
                return HttpResponseRedirect(self._back(request))
        return None

    @staticmethod
    def _back(request):
        referer = request.META.get("HTTP_REFERER", "")
        if url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
            return referer
        return "/"
