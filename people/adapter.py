from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings

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
