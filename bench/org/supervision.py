"""Supervision: 40 volunteers per supervisor, each with a weekly 1:1 series up to a year back
(attendance, records, actions) and twelve weeks ahead (places, 24-hour reminders), and
weekly check-ins with the flags the real rules raise."""

import json
from datetime import time, timedelta
from importlib import import_module

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from bench.org.common import BATCH, CHUNK, TEAM, local, monday, pick
from bench.org.rows import copy_rows, reserve_ids
from people.models import SupervisorAssignment
from people.status import Status
from supervision import flags as flag_rules
from supervision import recurrence
from supervision.models import (
    Action,
    Attendance,
    Attendee,
    CheckIn,
    Flag,
    Kind,
    MeetingSeries,
    Occurrence,
    OneToOneRecord,
    Reminder,
)
from supervision.services.meetings import HORIZON, REMINDER_BEFORE

ONE_TO_ONE = timedelta(minutes=30)


class Starts:
    """The real recurrence expansion (bank holidays skipped), once per distinct first meeting."""

    def __init__(self, until):
        self.until, self.cache = until, {}

    def __call__(self, dtstart):
        if dtstart not in self.cache:
            self.cache[dtstart] = recurrence.starts_between(
                rule="FREQ=WEEKLY", dtstart=dtstart, after=dtstart - timedelta(seconds=1), until=self.until,
                skip_bank_holidays=True,
            )
        return self.cache[dtstart]


def slot(position):
    """A supervisor's 40 weekly half-hours: eight a morning, Monday to Friday, so none overlap."""
    minutes = 9 * 60 + 30 * (position % 8)
    return position // 8, time(minutes // 60, minutes % 60)


# The no-double-booking constraint (an exclusion constraint over each person's meeting
# times) is dropped while the places are loaded and added back after: PostgreSQL then checks
# every place once, in bulk, instead of one gist lookup per row.
NO_DOUBLE_BOOKING = import_module("supervision.migrations.0002_no_double_booking")


def build_supervision(people, now):
    starts = Starts(now + HORIZON)
    with connection.cursor() as cursor:
        for statement in NO_DOUBLE_BOOKING.DROP:
            cursor.execute(statement)
    for begin in range(0, len(people.volunteers), CHUNK):
        with transaction.atomic():
            _supervision_chunk(people, people.volunteers[begin:begin + CHUNK], starts, now)
    with connection.cursor() as cursor:
        # Foreign keys are checked at commit; check them now, as a table cannot be altered before.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for statement in NO_DOUBLE_BOOKING.CREATE:
            cursor.execute(statement)


def _outcome(i, week):
    n = pick(i * 1000 + week, 50, 100)
    if n < 85:
        return Attendance.ATTENDED
    if n < 93:
        return Attendance.APOLOGIES
    return Attendance.DID_NOT_ATTEND if n < 97 else Attendance.CANCELLED


def _supervision_chunk(people, chunk, starts, now):
    today = timezone.localdate(now)
    manager = people.managers[0]
    assignments, series_rows, plans = [], [], []
    for v in chunk:
        supervisor = people.supervisors[v.i // TEAM]
        begun = min(v.joined + timedelta(days=3), today)
        ended = min(v.joined + timedelta(days=200), today) if v.status == Status.LEFT else None
        assignments.append(SupervisorAssignment(
            volunteer_id=v.user_id, supervisor_id=supervisor, started_on=begun, ended_on=ended,
            assigned_by_id=manager, created_at=local(begun, time(9)),
        ))
        if v.status == Status.LEFT:
            continue
        weekday, at = slot(v.i % TEAM)
        first_week = monday(max(v.joined + timedelta(days=7), today - timedelta(days=364)))
        dtstart = local(first_week + timedelta(days=weekday), at)
        series_rows.append(MeetingSeries(
            kind=Kind.ONE_TO_ONE, title=f"1:1: {v.name} with {people.supervisor_names[v.i // TEAM]}",
            duration_minutes=30, place="Office, first floor", organiser_id=supervisor, dtstart=dtstart,
            rrule="FREQ=WEEKLY", skip_bank_holidays=True, materialised_until=now + HORIZON,
            created_by_id=supervisor, created_at=min(dtstart - timedelta(days=7), now),
        ))
        plans.append((v, supervisor, first_week))
    SupervisorAssignment.objects.bulk_create(assignments, batch_size=BATCH)
    MeetingSeries.objects.bulk_create(series_rows, batch_size=BATCH)
    Members = MeetingSeries.members.through
    Members.objects.bulk_create(
        [Members(meetingseries_id=s.pk, user_id=v.user_id)
         for s, (v, _supervisor, _week) in zip(series_rows, plans, strict=True)],
        batch_size=BATCH,
    )

    _meetings(series_rows, plans, starts, now)
    _checkins(plans, now)


NOTES = "Talked about the week's visits and how they are looking after themselves."
SHARED = "Keep using the peer group; take a break after hard visits."


def _meetings(series_rows, plans, starts, now):
    """Each series' occurrences with both places, and for past ones attendance, a record when
    attended and an action at every fourth record; for future ones the 24-hour reminders."""
    occurrences, outcomes = [], []
    for series, (v, supervisor, _week) in zip(series_rows, plans, strict=True):
        for week, start in enumerate(starts(series.dtstart)):
            outcome = _outcome(v.i, week) if start + ONE_TO_ONE <= now else None
            cancelled_at = start - timedelta(days=2) if outcome == Attendance.CANCELLED else None
            occurrences.append((series.pk, start, start, start + ONE_TO_ONE, cancelled_at, ""))
            outcomes.append((v, supervisor, week, outcome))
    first = reserve_ids(Occurrence, len(occurrences))
    copy_rows(Occurrence, ["id", "series", "original_start", "starts_at", "ends_at", "cancelled_at", "topics"],
              [(first + n, *row) for n, row in enumerate(occurrences)])

    places, records, reminders = [], [], []
    for n, ((_series, start, _original, end, _cancelled, _topics), (v, supervisor, week, outcome)) in enumerate(
        zip(occurrences, outcomes, strict=True)
    ):
        occurrence = first + n
        cancelled = outcome == Attendance.CANCELLED
        for person, mark in ((v.user_id, outcome), (supervisor, Attendance.ATTENDED if outcome else "")):
            places.append((occurrence, person, start, end, not cancelled,
                           Attendance.CANCELLED if cancelled else mark or ""))
            if outcome is None and start - REMINDER_BEFORE > now:
                reminders.append((Reminder.Kind.MEETING, person, occurrence, start - REMINDER_BEFORE))
        if outcome == Attendance.ATTENDED:
            records.append((occurrence, v.user_id, NOTES, SHARED, pick(v.i * 1000 + week, 51, 9), True, False, "",
                            supervisor, end + timedelta(hours=1)))
    copy_rows(Attendee, ["occurrence", "person", "starts_at", "ends_at", "active", "attendance"], places)
    copy_rows(Reminder, ["kind", "person", "occurrence", "due_at"], reminders)
    first = reserve_ids(OneToOneRecord, len(records))
    copy_rows(
        OneToOneRecord,
        ["id", "occurrence", "volunteer", "notes", "shared_notes", "caseload_discussed", "wellbeing_discussed",
         "safeguarding_concern", "safeguarding_action", "written_by", "updated_at"],
        [(first + n, *row) for n, row in enumerate(records)],
    )
    actions = []
    for n, record in enumerate(records):
        if n % 4 == 0:
            volunteer, held = record[1], record[-1]
            done = held < now - timedelta(days=28)
            actions.append((volunteer, first + n, "Book a catch-up with the peer group", volunteer,
                            timezone.localdate(held) + timedelta(days=14), held,
                            held + timedelta(days=10) if done else None, volunteer if done else None))
    copy_rows(Action, ["volunteer", "record", "description", "owner", "due_on", "created_at", "done_at", "done_by"],
              actions)


def _checkins(plans, now):
    """A check-in most weeks, at the person's usual level, with a bad week now and then; the
    flags are the ones the real rules raise, and those more than two weeks old are closed."""
    checkins, context = [], []
    for v, supervisor, first_week in plans:
        week, day = 0, first_week
        while True:
            submitted = local(day, time(8)) + timedelta(minutes=v.i % TEAM)
            if submitted > now:
                break
            n = pick(v.i * 1000 + week, 60, 100)
            if n >= 20:
                if n < 24:
                    items = (1, 2, 1, 2, 2)
                else:
                    usual = 3 + pick(v.i, 62, 2)
                    items = tuple(usual + (pick(v.i * 1000 + week, 63 + k, 8) == 0) for k in range(5))
                caseload = 10 if n == 99 else pick(v.i * 1000 + week, 70, 9)
                checkins.append((v.user_id, submitted, *items, caseload, 3 + pick(v.i * 1000 + week, 71, 3), "",
                                 n == 98))
                context.append((v, supervisor))
            week += 1
            day += timedelta(days=7)
    first = reserve_ids(CheckIn, len(checkins))
    copy_rows(
        CheckIn,
        ["id", "volunteer", "submitted_at", *CheckIn.ITEM_FIELDS, "caseload", "recovery", "worries",
         "contact_requested"],
        [(first + n, *row) for n, row in enumerate(checkins)],
    )
    flags, previous = [], {}
    cap = settings.WAYMARK_CASELOAD_CAP
    for n, (row, (v, supervisor)) in enumerate(zip(checkins, context, strict=True)):
        submitted = row[1]
        answers = flag_rules.Answers(items=tuple(row[2:7]), caseload=row[7], contact_requested=row[10])
        old = submitted < now - timedelta(days=14)
        for raised in flag_rules.evaluate(answers, previous.get(v.i), caseload_cap=cap):
            flags.append((first + n, v.user_id, raised.rule, raised.urgent, json.dumps(raised.params), "",
                          submitted, submitted,
                          submitted + timedelta(days=2) if old else None, supervisor if old else None,
                          "Talked it through at the 1:1." if old else ""))
        previous[v.i] = answers
    copy_rows(Flag, ["checkin", "volunteer", "rule", "urgent", "params", "detail", "created_at", "emailed_at",
                     "resolved_at", "resolved_by", "resolution"], flags)
