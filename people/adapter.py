from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from outbox.language import in_language_of
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

    def send_mail(self, template_prefix, email, context):
        """allauth's e-mails (password reset, address confirmation) go in the language stored on
        the account; with no account (or no choice stored) in the language of the page used."""
        person = context.get("user")
        if getattr(person, "language", ""):
            with in_language_of(person):
                return super().send_mail(template_prefix, email, context)
        return super().send_mail(template_prefix, email, context)

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
