from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from people.language import CHOSEN_IN_SESSION, is_language, language_cookie_set, person_language_set


@require_POST
def language_choose(request):
    """The "English | Cymraeg" switch: stored on the account when signed in, in the cookie
    always (so the sign-in page keeps it), then back to the page the person was on."""
    language = request.POST.get("language", "")
    if not is_language(language):
        return HttpResponseBadRequest()
    if request.user.is_authenticated:
        person_language_set(person=request.user, language=language)
    else:
        request.session[CHOSEN_IN_SESSION] = language
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = reverse("home")
    response = HttpResponseRedirect(back)
    language_cookie_set(response, language)
    return response
