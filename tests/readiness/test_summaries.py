"""Stored readiness (readiness/summaries.py): judged once, kept until something it was judged
on changes or the day moves on, and read back exactly as it was found."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from courses import services as course_services
from people.models import VolunteerProfile
from people.status import Status
from privacy.services import person_erase
from readiness import board as readiness_board
from readiness import summaries, tasks
from readiness.models import CheckType, PreStartCheck, ReadinessSettings, ReadinessSummary
from readiness.selectors import readiness_judge
from readiness.services import pre_start_check_record
from supervision.services import supervision_end
from tests.courses import factories as courses
from tests.factories import volunteer
from tests.privacy.conftest import tables_mentioning
from tests.readiness import helpers
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db


def board_page(client, **query):
    return client.get(reverse("readiness:board"), query).content.decode()


def row_of(page, name):
    """The not-yet-active table's row for `name` (the renewals list comes after it)."""
    table = page.split('id="renewals"', 1)[0]
    for row in table.split('<tr class="govuk-table__row">')[1:]:
        if f">{name}</a>" in row:
            return row
    raise AssertionError(f"{name} is not on the board")


def fresh_ids(today=None):
    fresh = ReadinessSummary.objects.fresh(today or timezone.localdate())
    return set(fresh.values_list("volunteer_id", flat=True))


def judged_at():
    return dict(ReadinessSummary.objects.values_list("volunteer_id", "judged_at"))


def profile_of(user):
    return VolunteerProfile.objects.select_related("user").get(user=user)


def comparable(readiness):
    """Everything a Readiness says, as plain values."""
    rules = [
        (rule.key, str(rule.label), rule.state, str(rule.detail), rule.earliest, rule.expires_on)
        for rule in readiness.rules
    ]
    return rules, readiness.ready, [str(rule.label) for rule in readiness.missing], readiness.projected_date


# The board visit and what it stores


def test_the_first_board_visit_stores_one_summary_for_each_volunteer_on_the_board(
    client_for, manager, volunteer_user, other_volunteer
):
    applicant = volunteer(status=Status.APPLICANT)
    ready = volunteer(status=Status.READY)
    active = volunteer(status=Status.ACTIVE)
    # Not on the board: paused, left, or no longer able to sign in.
    volunteer(status=Status.PAUSED)
    volunteer(status=Status.LEFT)
    volunteer(user__is_active=False)
    judged = ReadinessSummary.objects.filter(judged_at__isnull=False)
    assert not judged.exists()

    client = client_for(manager)
    board_page(client)

    on_board = {volunteer_user.pk, other_volunteer.pk, applicant.pk, ready.pk, active.pk}
    assert set(judged.values_list("volunteer_id", flat=True)) == on_board
    assert fresh_ids() == on_board
    first = judged_at()
    board_page(client)
    assert judged_at() == first, "a second visit judges nobody again"


def test_recording_a_check_outdates_only_that_volunteer(client_for, manager, volunteer_user, other_volunteer):
    client = client_for(manager)
    page = board_page(client)
    assert "DBS check" in row_of(page, "Alice Volunteer")
    before = judged_at()

    pre_start_check_record(
        volunteer=volunteer_user,
        check_type=CheckType.objects.get(name="DBS check"),
        done_on=timezone.localdate() - timedelta(days=3),
        by=manager,
    )
    assert fresh_ids() == {other_volunteer.pk}

    page = board_page(client)
    assert "DBS check" not in row_of(page, "Alice Volunteer")
    assert "DBS check" in row_of(page, "Bob Volunteer")
    after = judged_at()
    assert after[volunteer_user.pk] > before[volunteer_user.pk]
    assert after[other_volunteer.pk] == before[other_volunteer.pk]


def test_changing_the_readiness_settings_outdates_everyone(client_for, manager, volunteer_user, other_volunteer):
    client = client_for(manager)
    assert "0 of 1 so far" in row_of(board_page(client), "Alice Volunteer")

    settings = ReadinessSettings.current()
    settings.one_to_ones_needed = 2
    settings.save()
    assert fresh_ids() == set()

    page = board_page(client)
    assert "0 of 2 so far" in row_of(page, "Alice Volunteer")
    assert "0 of 2 so far" in row_of(page, "Bob Volunteer")
    assert fresh_ids() == {volunteer_user.pk, other_volunteer.pk}


def test_a_new_check_type_outdates_everyone(client_for, manager, volunteer_user, other_volunteer):
    client = client_for(manager)
    board_page(client)
    CheckType.objects.create(name="Driving licence", position=9)
    assert fresh_ids() == set()
    assert "Driving licence" in row_of(board_page(client), "Bob Volunteer")


def test_ending_a_supervision_outdates_that_volunteer(client_for, manager, supervisor, volunteer_user, other_volunteer):
    assign(volunteer_user, supervisor)
    assign(other_volunteer, supervisor)
    client = client_for(manager)
    assert "No supervisor yet" not in row_of(board_page(client), "Alice Volunteer")

    supervision_end(volunteer=volunteer_user, by=manager)
    assert fresh_ids() == {other_volunteer.pk}

    page = board_page(client)
    assert "No supervisor yet" in row_of(page, "Alice Volunteer")
    assert "No supervisor yet" not in row_of(page, "Bob Volunteer")


def test_completing_a_lesson_outdates_the_learner(client_for, manager, volunteer_user, other_volunteer):
    helpers.learning()
    client = client_for(manager)
    assert "0 of 3 lessons done" in row_of(board_page(client), "Alice Volunteer")

    # The completion itself is written in bulk (no signal); the course status it moves on is saved.
    course_services.lesson_complete(user=volunteer_user, lesson=courses.lesson("why-boundaries"))
    assert fresh_ids() == {other_volunteer.pk}

    page = board_page(client)
    assert "1 of 3 lessons done" in row_of(page, "Alice Volunteer")
    assert "0 of 3 lessons done" in row_of(page, "Bob Volunteer")


def test_publishing_a_course_outdates_everyone_and_a_draft_does_not(
    client_for, manager, volunteer_user, other_volunteer
):
    helpers.learning()
    client = client_for(manager)
    board_page(client)
    course = courses.course()

    course.title = "Boundaries, draft"
    course.save_revision()
    assert fresh_ids() == {volunteer_user.pk, other_volunteer.pk}, "a draft changes nobody's rules"

    course = courses.course()
    course.title = "Professional boundaries (2027)"
    course.save_revision().publish()
    assert fresh_ids() == set()
    page = board_page(client)
    assert "Professional boundaries (2027)" in row_of(page, "Alice Volunteer")
    assert fresh_ids() == {volunteer_user.pk, other_volunteer.pk}


# When a summary counts as up to date


def test_a_summary_judged_on_an_earlier_day_is_judged_again(client_for, manager, volunteer_user, other_volunteer):
    today = timezone.localdate()
    yesterday = today - timedelta(days=1)
    summaries.summaries_bring_up_to_date(limit=None, today=yesterday)
    assert set(ReadinessSummary.objects.values_list("judged_on", flat=True)) == {yesterday}
    assert fresh_ids(yesterday) == {volunteer_user.pk, other_volunteer.pk}
    assert fresh_ids(today) == set()

    assert summaries.summaries_bring_up_to_date(limit=None, today=today) == 0
    assert set(ReadinessSummary.objects.values_list("judged_on", flat=True)) == {today}
    assert fresh_ids(today) == {volunteer_user.pk, other_volunteer.pk}


def test_a_later_day_moves_a_check_from_done_to_due_for_renewal(client_for, manager):
    # Rules such as "expires within 30 days" move with the date, with nothing saved in between.
    ada = volunteer(user__full_name="Ada Active", status=Status.ACTIVE)
    today = timezone.localdate()
    PreStartCheck.objects.create(
        volunteer=ada,
        check_type=CheckType.objects.get(name="DBS check"),
        done_on=today - timedelta(days=1000),
        expires_on=today + timedelta(days=20),
    )
    summaries.summaries_bring_up_to_date(limit=None, today=today - timedelta(days=15))
    assert not ReadinessSummary.objects.get(volunteer=ada).needs_renewal

    renewals = board_page(client_for(manager)).split('id="renewals"', 1)[1]
    assert "Ada Active" in renewals
    assert ReadinessSummary.objects.get(volunteer=ada).needs_renewal


@pytest.mark.parametrize(
    "changed, fresh",
    [
        (timedelta(microseconds=1), False),
        (timedelta(seconds=5), False),
        (timedelta(0), True),
        (-timedelta(seconds=5), True),
    ],
)
def test_a_change_marked_after_the_judgement_leaves_the_summary_out_of_date(volunteer_user, changed, fresh):
    summaries.summaries_bring_up_to_date(limit=None)
    summary = ReadinessSummary.objects.get(volunteer=volunteer_user)
    ReadinessSummary.objects.filter(pk=summary.pk).update(changed_at=summary.judged_at + changed)
    assert (volunteer_user.pk in fresh_ids()) is fresh
    stale = summaries.profiles_out_of_date(VolunteerProfile.objects.filter(user=volunteer_user))
    assert stale.exists() is not fresh


@pytest.mark.parametrize("judged_before", [True, False], ids=["judged-before", "never-judged"])
def test_a_change_saved_while_judging_is_not_lost(
    monkeypatch, django_capture_on_commit_callbacks, manager, volunteer_user, judged_before
):
    """Another request records a check (and commits) after the facts were read but before
    the summary is stored: the summary must not count as up to date without it."""
    if judged_before:
        summaries.summaries_bring_up_to_date(limit=None, today=timezone.localdate() - timedelta(days=1))
    judge = summaries.readiness_judge

    def judge_then_someone_records_a_check(profiles, **kwargs):
        found = judge(profiles, **kwargs)
        with django_capture_on_commit_callbacks(execute=True):
            pre_start_check_record(
                volunteer=volunteer_user,
                check_type=CheckType.objects.get(name="DBS check"),
                done_on=timezone.localdate(),
                by=manager,
            )
        return found

    monkeypatch.setattr(summaries, "readiness_judge", judge_then_someone_records_a_check)
    summaries.summaries_bring_up_to_date(limit=None)
    monkeypatch.undo()

    summary = ReadinessSummary.objects.get(volunteer=volunteer_user)
    missing = [rule["label"] for rule in summary.rules if rule["state"] == "missing"]
    assert "DBS check" in missing, "judged from the facts before the check"
    assert volunteer_user.pk not in fresh_ids(), "so it must be judged again"


# Reading a summary back


def test_a_stored_summary_reads_back_as_readiness_for_found_it(
    volunteer_user, other_volunteer, supervisor, trainer, manager
):
    helpers.learning()
    today = timezone.localdate()
    # Alice: part-way, with a classroom day still to come and a check due for renewal soon.
    courses.session(trainer=trainer, days=9)
    courses.finish_online_work(volunteer_user)
    assign(volunteer_user, supervisor)
    PreStartCheck.objects.create(
        volunteer=volunteer_user,
        check_type=CheckType.objects.get(name="DBS check"),
        done_on=today - timedelta(days=1000),
        expires_on=today + timedelta(days=10),
    )
    # Bob: ready. Ada: active, with an expired check.
    helpers.make_ready(other_volunteer, supervisor=supervisor, trainer=trainer, manager=manager)
    ada = volunteer(status=Status.ACTIVE)
    helpers.record_checks(ada, manager, done_on=today - timedelta(days=365 * 4))

    summaries.summaries_bring_up_to_date(limit=None)
    profiles = list(
        VolunteerProfile.objects.select_related("user").filter(user__in=[volunteer_user, other_volunteer, ada])
    )
    judged = readiness_judge(profiles)
    stored = {summary.volunteer_id: summary for summary in ReadinessSummary.objects.all()}
    for profile in profiles:
        assert comparable(summaries.readiness_stored(stored[profile.user_id])) == comparable(judged[profile.user_id])
    alice = summaries.readiness_stored(stored[volunteer_user.pk])
    assert alice.projected_date > today and not alice.ready
    assert stored[volunteer_user.pk].projected_on == judged[volunteer_user.pk].projected_date
    assert summaries.readiness_stored(stored[other_volunteer.pk]).ready and stored[other_volunteer.pk].ready
    # Expired or due soon; the board lists only the active among them.
    assert stored[ada.pk].needs_renewal and stored[volunteer_user.pk].needs_renewal
    assert not stored[other_volunteer.pk].needs_renewal


# Bringing summaries up to date in bulk


def test_bring_up_to_date_with_a_limit_judges_only_the_never_judged(volunteer_user, other_volunteer):
    known = [volunteer() for _ in range(3)] + [volunteer_user, other_volunteer]
    assert summaries.summaries_bring_up_to_date(limit=None) == 0
    summaries.summaries_mark_out_of_date()
    new = [volunteer() for _ in range(2)]
    before = judged_at()

    left = summaries.summaries_bring_up_to_date(limit=4)

    assert left == len(known)
    assert fresh_ids() == {person.pk for person in new}
    after = judged_at()
    assert {person.pk: after[person.pk] for person in known} == {person.pk: before[person.pk] for person in known}

    assert summaries.summaries_bring_up_to_date(limit=None) == 0
    assert fresh_ids() == {person.pk for person in known + new}


def test_bring_up_to_date_within_the_limit_judges_everyone_out_of_date(volunteer_user, other_volunteer):
    summaries.summaries_bring_up_to_date(limit=None)
    summaries.summaries_mark_out_of_date([volunteer_user.pk])
    newcomer = volunteer()
    assert summaries.summaries_bring_up_to_date(limit=2) == 0
    assert fresh_ids() == {volunteer_user.pk, other_volunteer.pk, newcomer.pk}


def test_the_background_task_brings_everyone_up_to_date_and_twice_is_harmless(volunteer_user, other_volunteer):
    active = volunteer(status=Status.ACTIVE)
    everyone = {volunteer_user.pk, other_volunteer.pk, active.pk}
    summaries.summaries_bring_up_to_date(limit=None, today=timezone.localdate() - timedelta(days=1))
    never = volunteer()
    assert fresh_ids() == set()

    tasks.summaries_bring_up_to_date.delay()
    assert fresh_ids() == everyone | {never.pk}
    first = judged_at()
    assert cache.get(tasks.QUEUED) is None

    tasks.summaries_bring_up_to_date.delay()
    assert judged_at() == first


def test_a_board_with_too_many_out_of_date_hands_them_to_the_task(
    monkeypatch, client_for, manager, volunteer_user, other_volunteer
):
    # Tests run tasks in-process, as a site with no broker does: the board then waits for it.
    monkeypatch.setattr(readiness_board, "JUDGE_IN_REQUEST", 1)
    client = client_for(manager)
    board_page(client)
    summaries.summaries_mark_out_of_date()

    page = board_page(client)
    assert "being worked out again" not in page
    assert fresh_ids() == {volunteer_user.pk, other_volunteer.pk}


# The volunteer's own page


def test_the_volunteers_home_page_shows_their_stored_checklist_and_judges_again_after_a_change(
    client_for, volunteer_user
):
    helpers.learning()
    client = client_for(volunteer_user)
    assert "What’s left before I can start" in client.get("/").content.decode()
    full_list = reverse("readiness:mine")
    page = client.get(full_list).content.decode()
    assert "still to read Confidentiality" in page
    summary = ReadinessSummary.objects.get(volunteer=volunteer_user)
    assert comparable(summaries.readiness_stored(summary)) == comparable(
        readiness_judge([profile_of(volunteer_user)])[volunteer_user.pk]
    )

    # Read back from the store while nothing has changed.
    rules = [{**rule, "detail": "As stored"} if rule["key"] == "policies" else rule for rule in summary.rules]
    ReadinessSummary.objects.filter(pk=summary.pk).update(rules=rules)
    assert "As stored" in client.get(full_list).content.decode()
    assert ReadinessSummary.objects.get(pk=summary.pk).judged_at == summary.judged_at

    client.post(reverse("courses:policy_acknowledge", args=[courses.policy().pk]))
    page = client.get(full_list).content.decode()
    assert "As stored" not in page and "still to read" not in page
    assert ReadinessSummary.objects.get(pk=summary.pk).judged_at > summary.judged_at

    client.post(reverse("courses:lesson_complete", args=[courses.lesson("why-boundaries").pk]))
    assert "1 of 3 lessons done" in client.get(full_list).content.decode()


# Erasure


def test_erasing_a_volunteer_deletes_their_summary(client_for, manager, volunteer_user, other_volunteer):
    client = client_for(manager)
    board_page(client)
    assert ReadinessSummary.objects.filter(volunteer=volunteer_user).exists()

    counts = person_erase(person=volunteer_user, by=manager)

    assert counts["readiness_summary"] == 1
    assert not ReadinessSummary.objects.filter(volunteer=volunteer_user).exists()
    assert ReadinessSummary.objects.filter(volunteer=other_volunteer).exists()
    page = board_page(client)
    assert "Alice Volunteer" not in page
    assert not ReadinessSummary.objects.filter(volunteer=volunteer_user).exists(), "nor made again"


def test_erasing_a_supervisor_leaves_their_name_in_no_summary(client_for, manager, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    board_page(client_for(manager))
    assert "Sue Supervisor" in str(ReadinessSummary.objects.get(volunteer=volunteer_user).rules)

    person_erase(person=supervisor, by=manager)

    # Erasure promises their name is then in no table (tests/privacy/test_erase.py).
    assert tables_mentioning("Sue Supervisor", "sue@example.org") == []


def test_erasing_a_supervisor_outdates_their_volunteers(client_for, manager, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    client = client_for(manager)
    assert "No supervisor yet" not in row_of(board_page(client), "Alice Volunteer")

    # Erasure ends the supervision they give.
    person_erase(person=supervisor, by=manager)

    assert volunteer_user.pk not in fresh_ids()
    assert "No supervisor yet" in row_of(board_page(client), "Alice Volunteer")


def test_a_supervisor_changing_their_name_outdates_their_volunteers(client_for, manager, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    client = client_for(manager)
    board_page(client)

    supervisor.full_name = "Sue Newname"
    supervisor.save()

    assert volunteer_user.pk not in fresh_ids()
    board_page(client)
    assert "Sue Newname" in str(ReadinessSummary.objects.get(volunteer=volunteer_user).rules)
