from allauth.mfa.signals import authenticator_removed
from django.dispatch import receiver


@receiver(authenticator_removed)
def forget_two_step(sender, request=None, **kwargs):
    # Turning two-step sign-in off must be noticed at once, not at the next sign-in.
    if request is not None and hasattr(request, "session"):
        request.session.pop("waymark_two_step_ready", None)
