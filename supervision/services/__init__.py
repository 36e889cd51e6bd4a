"""Writes for supervision. Each function is keyword-only, validates first, and raises
ValidationError with a message a person can act on. Grouped by subject in this package."""

from supervision.services.assignments import (
    availability_add,
    availability_remove,
    supervision_end,
    supervisor_assign,
)
from supervision.services.booking import (
    free_slots,
    live_one_to_one,
    move_request_accept,
    move_request_create,
    move_request_offer,
    one_to_one_book,
    one_to_one_reschedule,
    within_availability,
)
from supervision.services.calendars import calendar_feed_for, calendar_feed_reset
from supervision.services.checkin_months import (
    checkin_month_add,
    checkin_months_deleted_before,
    checkin_months_rebuild,
    checkin_months_recount,
)
from supervision.services.checkins import checkin_follow_up, checkin_submit
from supervision.services.latest_checkins import latest_checkin_note, latest_checkins_rebuild
from supervision.services.meetings import (
    HORIZON,
    occurrence_cancel,
    occurrence_move,
    occurrences_materialise,
    series_cancel_following,
    series_create,
    series_extend_all,
    series_members_change,
    series_split,
    series_update_details,
)
from supervision.services.one_to_one_totals import one_to_one_totals_rebuild, one_to_one_totals_renumber
from supervision.services.records import (
    action_add,
    action_complete,
    attendance_record,
    one_to_one_record_save,
    topics_record,
)
from supervision.services.reminders import checkin_reminders_schedule, reminders_claim, reminders_send_due
from supervision.services.rhythm import rhythm_apply

__all__ = [
    "HORIZON",
    "action_add",
    "action_complete",
    "attendance_record",
    "availability_add",
    "availability_remove",
    "checkin_month_add",
    "checkin_months_deleted_before",
    "checkin_months_rebuild",
    "checkin_months_recount",
    "calendar_feed_for",
    "calendar_feed_reset",
    "checkin_follow_up",
    "checkin_reminders_schedule",
    "checkin_submit",
    "free_slots",
    "latest_checkin_note",
    "latest_checkins_rebuild",
    "live_one_to_one",
    "move_request_accept",
    "move_request_create",
    "move_request_offer",
    "occurrence_cancel",
    "occurrence_move",
    "occurrences_materialise",
    "one_to_one_book",
    "one_to_one_reschedule",
    "one_to_one_record_save",
    "one_to_one_totals_rebuild",
    "one_to_one_totals_renumber",
    "reminders_claim",
    "reminders_send_due",
    "rhythm_apply",
    "series_cancel_following",
    "series_create",
    "series_extend_all",
    "series_members_change",
    "series_split",
    "series_update_details",
    "supervision_end",
    "supervisor_assign",
    "topics_record",
    "within_availability",
]
