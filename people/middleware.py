from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from people.permissions import can_enter_cms

CMS_PREFIX = "/cms/"
# Wagtail's own account pages, which config/urls.py turns into redirects to allauth's.
CMS_ACCOUNT_PATHS = ("/cms/login/", "/cms/logout/", "/cms/password_reset/")


class CmsAccessMiddleware:
    """Keep the Wagtail admin for content editors and managers.

    Anyone else gets a plain refusal page rather than a glimpse of the admin, and a signed-out
    person is sent to the one sign-in page (allauth), never to Wagtail's own.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(CMS_PREFIX) and not request.path.startswith(CMS_ACCOUNT_PATHS):
            if not request.user.is_authenticated:
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(settings.LOGIN_URL)}?{query}")
            if not can_enter_cms(request.user):
                return render(request, "people/cms_refused.html", status=403)
        return self.get_response(request)
