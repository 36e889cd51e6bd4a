"""What happens at and after a meeting: attendance, group topics, 1:1 records and actions."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from supervision.models import Action, Attendance, Kind, OneToOneRecord
from supervision.services.one_to_one_totals import one_to_one_places_lock, one_to_one_totals_renumber


def _check_started(occurrence, now):
    if occurrence.is_cancelled:
        raise ValidationError(_("This meeting was cancelled."), code="cancelled")
    if occurrence.starts_at > now:
        raise ValidationError(_("You can record this once the meeting has started."), code="future")


def attendance_record(*, occurrence, marks, by, now=None):
    """Save attendance: `marks` maps person id to an Attendance value (or "" for not yet known)."""
    now = now or timezone.now()
    _check_started(occurrence, now)
    allowed = {"", Attendance.ATTENDED, Attendance.APOLOGIES, Attendance.DID_NOT_ATTEND}
    places = {a.person_id: a for a in occurrence.attendees.filter(active=True)}
    for person_id, value in marks.items():
        if person_id not in places:
            raise ValidationError(_("Someone in the list is not in this meeting."), code="not_attendee")
        if value not in allowed:
            raise ValidationError(_("Choose attended, sent apologies or did not attend."), code="invalid")
    with transaction.atomic():
        counted = one_to_one_places_lock(series=occurrence.series, person_ids=marks)
        for person_id, value in marks.items():
            places[person_id].attendance = value
            places[person_id].save(update_fields=["attendance"])
        one_to_one_totals_renumber(person_ids=counted, since=occurrence.starts_at)


def topics_record(*, occurrence, topics, by, now=None):
    """Group meetings keep the topics covered, never notes about a person."""
    now = now or timezone.now()
    if occurrence.series.kind == Kind.ONE_TO_ONE:
        raise ValidationError(_("A 1:1 has its own record, not a list of topics."), code="one_to_one")
    _check_started(occurrence, now)
    occurrence.topics = topics.strip()
    occurrence.save(update_fields=["topics"])
    return occurrence


def one_to_one_record_save(*, occurrence, volunteer, by, notes="", shared_notes="", caseload_discussed=None,
                           wellbeing_discussed=False, safeguarding_concern=False, safeguarding_action="", now=None):
    now = now or timezone.now()
    if occurrence.series.kind != Kind.ONE_TO_ONE:
        raise ValidationError(_("Only a 1:1 has notes. For a group, record the topics."), code="group")
    _check_started(occurrence, now)
    if safeguarding_concern and not safeguarding_action.strip():
        raise ValidationError(_("Say what was done about the safeguarding concern."), code="safeguarding_action")
    if caseload_discussed is not None and not 0 <= caseload_discussed <= 200:
        raise ValidationError(_("Give the number of people they support, from 0 to 200."), code="caseload")
    record, _created = OneToOneRecord.objects.update_or_create(
        occurrence=occurrence,
        defaults={
            "volunteer": volunteer, "notes": notes.strip(), "shared_notes": shared_notes.strip(),
            "caseload_discussed": caseload_discussed, "wellbeing_discussed": wellbeing_discussed,
            "safeguarding_concern": safeguarding_concern,
            "safeguarding_action": safeguarding_action.strip() if safeguarding_concern else "",
            "written_by": by, "updated_at": now,
        },
    )
    return record


def action_add(*, record, description, owner, due_on, by):
    description = (description or "").strip()
    if not description:
        raise ValidationError(_("Say what was agreed."), code="description")
    if owner.pk not in (record.volunteer_id, record.occurrence.series.organiser_id, by.pk):
        raise ValidationError(_("The action must belong to the volunteer or the supervisor."), code="owner")
    if due_on < record.occurrence.starts_at.date():
        raise ValidationError(_("The due date cannot be before the 1:1."), code="due_past")
    return Action.objects.create(
        volunteer_id=record.volunteer_id, record=record, description=description, owner=owner, due_on=due_on
    )


def action_complete(*, action, by, now=None):
    done = Action.objects.filter(pk=action.pk, done_at=None).update(done_at=now or timezone.now(), done_by=by)
    if not done:
        raise ValidationError(_("This action is already done."), code="done")
