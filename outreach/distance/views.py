from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from outreach import permissions
from outreach.distance import services
from outreach.distance.forms import (
    DomainRows,
    ReadingForm,
    RevisionNoteForm,
    StatementRows,
    in_order,
    initial_rows,
)
from outreach.models import InstrumentVersion, ReadingOccasion
from outreach.views import _first_stepper, about
from people.guards import add_errors, require


def _occasion(request, person):
    asked = request.GET.get("occasion", "")
    if asked in ReadingOccasion.values:
        return asked
    return ReadingOccasion.REVIEW if person.readings.exists() else ReadingOccasion.JOINING


@login_required
@never_cache
def reading_new(request, pk):
    """Take a reading with the person, on a phone: one domain per row, then the statements."""
    person = _first_stepper(pk)
    require(permissions.can_work_with(request.user, person), **about(person))
    version = InstrumentVersion.current()
    form = ReadingForm(request.POST or None, version=version, occasion=_occasion(request, person))
    if request.method == "POST" and form.is_valid():
        try:
            services.reading_record(first_stepper=person, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Reading saved. Their journey is below."))
            return redirect(reverse("outreach:first_stepper", args=[person.pk]) + "#journey")
    return render(request, "outreach/distance/reading.html", {"form": form, "person": person, "version": version},
                  status=400 if form.errors else 200)


@login_required
@never_cache
def instrument(request):
    """The manager's page for the instrument: revising it makes a new version."""
    require(permissions.can_manage_caseloads(request.user))
    version = InstrumentVersion.current()
    domain_initial, statement_initial = initial_rows(version) if version else ([], [])
    posted = request.POST if request.method == "POST" else None
    # A posted row counts when it has text, whatever it held before.
    domains = DomainRows(posted, initial=None if posted else domain_initial, prefix="domains")
    statements = StatementRows(posted, initial=None if posted else statement_initial, prefix="statements")
    note = RevisionNoteForm(posted)
    errors = []
    if posted is not None and domains.is_valid() and statements.is_valid() and note.is_valid():
        try:
            new = services.instrument_revise(by=request.user, domains=in_order(domains),
                                             statements=in_order(statements), note=note.cleaned_data["note"])
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(request, _("Saved as version %(number)s. Readings already taken keep the questions "
                                        "they were taken with.") % {"number": new.number})
            return redirect("outreach:instrument")
    elif posted is not None:
        # A formset's own error (too many rows sent) has no row to mark: it is said as it is.
        errors = [*domains.non_form_errors(), *statements.non_form_errors()] or [_("Check the rows marked below.")]
    return render(request, "outreach/distance/instrument.html", {
        "version": version, "domains": domains, "statements": statements, "note": note, "errors": errors,
        "versions": InstrumentVersion.objects.annotate(taken=Count("readings")).order_by("-number"),
        "review_months": settings.WAYMARK_DISTANCE_REVIEW_MONTHS,
    }, status=400 if errors else 200)

