from django.contrib.auth.views import redirect_to_login
from wagtail import hooks


@hooks.register("before_serve_document")
def documents_are_for_signed_in_people(document, request):
    """Course documents are for people with an account, like the pages that link to them."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None
