"""Applying one of the organisation's rhythm templates."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from people.permissions import has_role
from people.roles import Role
from people.selectors import supervisees_of
from supervision import recurrence
from supervision.models import Kind, MeetingSeries, Occurrence
from supervision.rhythm import BY_KEY
from supervision.services.meetings import clash_is_clear, series_create


def suggested_first_day(template, today):
    """The next usual day; information sharing goes in the week between peer groups."""
    if template.kind == Kind.INFORMATION_SHARING:
        peer = Occurrence.objects.scheduled().filter(
            series__kind=Kind.PEER_GROUP, starts_at__date__gte=today
        ).order_by("starts_at").first()
        if peer:
            return timezone.localtime(peer.starts_at).date() + timedelta(days=7)
    return today + timedelta(days=(template.weekday - today.weekday()) % 7 or 7)


def rhythm_apply(*, key, first_day, starts_at, organiser, by, place="", online_link="", skip_bank_holidays=True,
                 now=None):
    """Create the series a template describes. Returns the new series (one per supervisee for 1:1s).

    Everything is created together or, if anyone is busy, nothing is.
    """
    now = now or timezone.now()
    template = BY_KEY.get(key)
    if template is None:
        raise ValidationError(_("There is no such template."), code="unknown")
    first = recurrence.combine_local(first_day, starts_at)
    rule = template.rrule
    if "BYDAY=" in rule and "," not in rule:
        rule = rule.split(";BYDAY=")[0] + ";BYDAY=" + ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][first_day.weekday()]
    common = {"kind": template.kind, "organiser": organiser, "rrule": rule, "place": place,
              "online_link": online_link, "skip_bank_holidays": skip_bank_holidays, "by": by, "now": now,
              "duration_minutes": template.duration_minutes}
    with clash_is_clear(), transaction.atomic():
        if not template.per_supervisee:
            return [series_create(title=str(template.title), dtstart=first, all_volunteers=True, **common)]
        if not has_role(organiser, Role.SUPERVISOR):
            raise ValidationError(_("Choose a supervisor to hold the 1:1s."), code="not_supervisor")
        booked = MeetingSeries.objects.live().filter(kind=Kind.ONE_TO_ONE, organiser=organiser)
        # Supervisees who already have weekly 1:1s keep them; the others get theirs.
        supervisees = list(
            supervisees_of(organiser)
            .exclude(pk__in=booked.values("one_to_one_with_id").exclude(one_to_one_with_id=None))
            .order_by("full_name")
        )
        if not supervisees:
            raise ValidationError(_("Every supervisee of %(name)s already has weekly 1:1s, or they have none yet.")
                                  % {"name": organiser}, code="none")
        created = []
        for index, volunteer in enumerate(supervisees):
            created.append(series_create(
                title="", members=[volunteer],  # Named when read (MeetingSeries.shown_title).
                dtstart=first + timedelta(minutes=template.duration_minutes * index), **common,
            ))
        return created
