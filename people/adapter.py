from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from people import services


class AccountAdapter(DefaultAccountAdapter):
    """Public sign-up is closed unless the organisation opens it; then people join as applicants."""

    def is_open_for_signup(self, request):
        return settings.WAYMARK_OPEN_SIGNUP

    def save_user(self, request, user, form, commit=True):
        user.full_name = form.cleaned_data.get("full_name", "").strip()
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            services.applicant_create_profile(user=user)
        return user

    def get_client_ip(self, request):
        """The address failed sign-ins are counted against.

        With trusted proxies configured, a request whose X-Forwarded-For is shorter than the
        proxy chain did not come through all of them; allauth would fail with a server
        error, so count it against the address that actually connected instead.
        """
        try:
            return super().get_client_ip(request)
        except ImproperlyConfigured:
            return request.META["REMOTE_ADDR"]
