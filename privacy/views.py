from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.models import AccessLog
from audit.services import access_record
from people.guards import add_errors, posted
from privacy import erasers, inventory, permissions, services
from privacy.export import person_export
from privacy.forms import EraseForm

User = get_user_model()


def _person(request, pk, allowed):
    person = get_object_or_404(User, pk=pk)
    if not allowed(request.user, person):
        raise Http404
    return person


@login_required
def export(request, pk):
    person = _person(request, pk, permissions.can_export)
    if request.method != "POST":
        return render(request, "privacy/export.html", {"subject": person, "kinds": inventory.exported_kinds()})
    # Logged first, so the download is in the access log it contains.
    access_record(request=request, kind=AccessLog.Kind.PAGE, subject=person)
    response = HttpResponse(person_export(person=person), content_type="application/zip")
    filename = f"waymark-person-{person.pk}-{timezone.localdate():%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def erase(request, pk):
    person = _person(request, pk, permissions.can_erase)
    refusal = services.erase_refusal(person=person, by=request.user)
    form = EraseForm(posted(request), person=person)
    if request.method == "POST" and refusal is None and form.is_valid():
        try:
            services.person_erase(person=person, by=request.user)
        except ValidationError as error:
            add_errors(form, error)
        else:
            # Only the placeholder's name: a message is kept in the session until it is shown.
            messages.success(
                request, _("Their personal data is erased. They are now shown as “%(name)s”.")
                % {"name": erasers.placeholder_name(person)},
            )
            return redirect("people:list")
    happens = [kind.on_erase for kind in inventory.KINDS if kind.select(person).exists()]
    return render(
        request, "privacy/erase.html", {"subject": person, "form": form, "refusal": refusal, "happens": happens}
    )
