"""Readiness's own figures for a period (its sign-offs), as plain counts, for the reports
readiness/reports.py composes alongside courses/figures.py and supervision/figures.py."""

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Sum
from django.db.models.functions import TruncDate

from readiness.models import SignOff


def sign_offs(*, start_at, end_at):
    """{"signed_off", "overrides", "dated" (those whose joining day is known), "days" (their
    days from joining to the local day of the sign-off, added up)} in one aggregate query."""
    joined_on = F("volunteer__volunteer_profile__joined_on")
    waited = ExpressionWrapper(TruncDate("signed_at") - joined_on, output_field=DurationField())
    figures = SignOff.objects.filter(signed_at__gte=start_at, signed_at__lt=end_at).aggregate(
        signed_off=Count("id"),
        overrides=Count("id", filter=Q(override=True)),
        dated=Count("id", filter=Q(volunteer__volunteer_profile__joined_on__isnull=False)),
        waited=Sum(waited),
    )
    figures["days"] = figures.pop("waited").days if figures["waited"] is not None else 0
    return figures
