from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode


class SuperuserAdminSite(admin.AdminSite):
    """Django's admin, for superusers only, signing in through allauth like everyone else."""

    site_header = "Waymark technical admin"
    site_title = "Waymark technical admin"

    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def login(self, request, extra_context=None):
        # A signed-in person who is not a superuser would only bounce between the two pages.
        if request.user.is_authenticated:
            raise PermissionDenied
        next_url = request.GET.get("next") or reverse("admin:index")
        return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
