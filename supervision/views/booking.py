from datetime import timedelta

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from people import inputs
from people.guards import add_errors, require
from supervision import rules, services
from supervision.forms import AvailabilityForm, SlotForm
from supervision.models import Availability

User = get_user_model()


@login_required
def availability(request):
    require(rules.can_set_availability(request.user))
    form = AvailabilityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.availability_add(supervisor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Time added."))
            return redirect("supervision:availability")
    windows = Availability.objects.filter(supervisor=request.user)
    return render(request, "supervision/availability.html", {"form": form, "windows": windows})


@login_required
@require_POST
def availability_remove(request, pk):
    window = get_object_or_404(Availability, pk=pk, supervisor=request.user)
    services.availability_remove(availability=window)
    messages.success(request, _("Time removed."))
    return redirect("supervision:availability")


def _week(request):
    today = timezone.localdate()
    return max(inputs.query_date(request, "from", today), today)


@login_required
def book(request, pk):
    """A supervisor books a weekly 1:1 series with a supervisee from the times both are free,
    or, once it is booked, changes its day or time from the next 1:1 on."""
    person = get_object_or_404(User, pk=pk)
    require(rules.can_book_for(request.user, request.user, person))
    live = services.live_one_to_one(supervisor=request.user, volunteer=person)
    first_day = _week(request)
    slots = services.free_slots(supervisor=request.user, volunteer=person, first_day=first_day)
    form = SlotForm(request.POST or None, slots=slots)
    if request.method == "POST":
        # A time that stopped being free since the page was shown still goes to the service,
        # which gives the precise reason.
        form.fields["slot"].choices = [(request.POST.get("slot", ""), "")] if request.POST.get("slot") else []
        if form.is_valid():
            change = services.one_to_one_reschedule if live else services.one_to_one_book
            try:
                change(supervisor=request.user, volunteer=person, starts_at=form.cleaned_data["slot"], by=request.user)
            except ValidationError as error:
                add_errors(form, error)
                form.fields["slot"].choices = SlotForm(slots=slots).fields["slot"].choices
            else:
                done = (_("The 1:1s with %(name)s have a new day or time. You have both been sent an e-mail.") if live
                        else _("Weekly 1:1s with %(name)s are booked. You have both been sent an e-mail."))
                messages.success(request, done % {"name": person})
                return redirect("supervision:volunteer", pk=person.pk)
    return render(request, "supervision/book.html", {
        "form": form, "person": person, "first_day": first_day, "live": live,
        "next_one": live.occurrences.filter(starts_at__gt=timezone.now(), cancelled_at=None).first() if live else None,
        "next_week": first_day + timedelta(days=7), "has_availability": request.user.availability.exists(),
    })
