"""Supervision's data: plain Django models (sensitive health data never lives in Wagtail)."""

from supervision.models.assignments import Availability
from supervision.models.checkins import CheckIn, CheckInMonth, Flag, LatestCheckIn
from supervision.models.meetings import Attendance, Attendee, Kind, MeetingSeries, MoveRequest, Occurrence
from supervision.models.records import Action, OneToOneRecord
from supervision.models.reminders import CalendarFeed, Reminder

__all__ = [
    "Action",
    "Attendance",
    "Attendee",
    "Availability",
    "CalendarFeed",
    "CheckIn",
    "CheckInMonth",
    "Flag",
    "Kind",
    "LatestCheckIn",
    "MeetingSeries",
    "MoveRequest",
    "Occurrence",
    "OneToOneRecord",
    "Reminder",
]
