"""Which language each person reads Waymark in: English or Welsh (Cymraeg).

1. A person signed in reads it in the language stored on their account (`User.language`),
   on every page, whichever device they use; PersonLanguageMiddleware applies it.
2. Someone not signed in (the sign-in, invitation and password pages) chooses with the switch
   at the top of every page; the choice is kept in Django's language cookie.
3. A choice made before signing in is stored on the account at sign-in; the session remembers
   that it was a choice, so a cookie left on a shared computer never changes anyone's account.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import translation

# Set in the session when someone not signed in picks a language with the switch.
CHOSEN_IN_SESSION = "waymark-language-chosen"


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def is_language(code):
    return code in language_codes()


def person_language_set(*, person, language):
    """Store a person's chosen language on their account (one UPDATE, only when it changes)."""
    if not is_language(language):
        raise ValueError(f"Waymark is not offered in {language!r}")
    if person.language != language:
        person.language = language
        get_user_model().objects.filter(pk=person.pk).update(language=language)


def language_cookie_set(response, language):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


class PersonLanguageMiddleware:
    """After sign-in, every page is in the language stored on the person's account.

    Sits after AuthenticationMiddleware; LocaleMiddleware (before it) has already chosen from
    the cookie or the browser for people not signed in, or with no choice stored yet."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        language = getattr(user, "language", "") if user is not None and user.is_authenticated else ""
        if language and is_language(language) and language != translation.get_language():
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


@receiver(user_logged_in, dispatch_uid="waymark-language-at-sign-in")
def language_keep_at_sign_in(sender, request, user, **kwargs):
    chosen = request.session.pop(CHOSEN_IN_SESSION, None) if request is not None else None
    if chosen and is_language(chosen):
        person_language_set(person=user, language=chosen)
