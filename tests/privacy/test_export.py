"""person_export: everything held about one person, and nothing about anyone else."""

import csv
import io
import json
import zipfile

import pytest
from allauth.mfa.models import Authenticator
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AccessLog
from courses.models import Certificate, CourseStatus, LessonCompletion, QuizAttempt, ReflectionAnswer
from privacy import inventory
from privacy.export import person_export
from supervision.models import Action, Attendee, CheckIn, Flag, OneToOneRecord
from supervision.services import checkin_submit

pytestmark = pytest.mark.django_db


def unzip(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8-sig") for name in archive.namelist()}


def test_it_has_a_csv_and_a_json_file_for_every_kind_and_a_manifest(world):
    files = unzip(person_export(person=world.alice))
    expected = {f"{kind.name}.{ext}" for kind in inventory.exported_kinds() for ext in ("csv", "json")}
    assert set(files) == expected | {"manifest.json", "README.txt"}
    assert set(json.loads(files["manifest.json"])["files"]) == expected


def test_the_counts_in_the_manifest_are_the_counts_in_the_database(world):
    alice = world.alice
    counts = json.loads(unzip(person_export(person=alice))["manifest.json"])["files"]
    expected = {
        "checkins": CheckIn.objects.filter(volunteer=alice).count(),
        "checkin_flags": Flag.objects.filter(volunteer=alice).count(),
        "one_to_one_records": OneToOneRecord.objects.filter(volunteer=alice).count(),
        "actions": Action.objects.filter(volunteer=alice).count(),
        "meetings": Attendee.objects.filter(person=alice).count(),
        "lesson_completions": LessonCompletion.objects.filter(user=alice).count(),
        "quiz_attempts": QuizAttempt.objects.filter(user=alice).count(),
        "reflections": ReflectionAnswer.objects.filter(user=alice).count(),
        "course_progress": CourseStatus.objects.filter(user=alice).count(),
        "certificates": Certificate.objects.filter(user=alice).count(),
        "access_log": AccessLog.objects.filter(subject=alice).count(),
        "two_step_sign_in": Authenticator.objects.filter(user=alice).count(),
        "account": 1,
    }
    assert all(expected.values()), "the fixture should give Alice rows of each of these kinds"
    for name, count in expected.items():
        assert counts[f"{name}.csv"] == counts[f"{name}.json"] == count, name
    for kind in inventory.exported_kinds():
        assert counts[f"{kind.name}.json"] == kind.select(alice).count(), kind.name


def test_every_file_parses_and_holds_as_many_rows_as_the_manifest_says(world):
    files = unzip(person_export(person=world.alice))
    counts = json.loads(files["manifest.json"])["files"]
    for kind in inventory.exported_kinds():
        table = list(csv.reader(io.StringIO(files[f"{kind.name}.csv"])))
        records = json.loads(files[f"{kind.name}.json"])
        assert table[0] == kind.headers()
        assert len(table) - 1 == len(records) == counts[f"{kind.name}.csv"], kind.name
        assert all(list(record) == kind.headers() for record in records)


def test_nothing_about_the_other_volunteer_is_in_it(world):
    bob = world.bob
    files = unzip(person_export(person=world.alice))
    text = "\n".join(files.values()).lower()
    assert bob.full_name.lower() not in text
    assert bob.email not in text
    for kind in inventory.exported_kinds():
        exported_ids = {record["id"] for record in json.loads(files[f"{kind.name}.json"])}
        assert not exported_ids & set(kind.select(bob).values_list("pk", flat=True)), kind.name
    # The check above means something: Bob has rows of the kinds that matter most.
    for name in ("checkins", "one_to_one_records", "reflections", "meetings", "access_log"):
        kind = next(kind for kind in inventory.KINDS if kind.name == name)
        assert kind.select(bob).exists(), name


def test_it_holds_alices_own_words_and_her_1_1_notes(world):
    files = unzip(person_export(person=world.alice))
    records = json.loads(files["one_to_one_records.json"])
    assert records[0]["confidential_notes"] == "Alice Volunteer talked about home."
    assert json.loads(files["checkins.json"])[0]["worries"] == "Alice Volunteer worries about money."
    assert "Alice Volunteer reflects here." in files["reflections.csv"]


def test_group_topics_are_left_out_but_attendance_is_in(world):
    files = unzip(person_export(person=world.alice))
    assert "shared what helps" not in "".join(files.values())
    group = [m for m in json.loads(files["meetings.json"]) if m["meeting"] == "Peer group"]
    assert [m["attendance"] for m in group if m["id"] == world.group_meeting.attendees.get(person=world.alice).pk] \
        == ["Attended"]


def test_secrets_are_never_exported(world):
    alice = world.alice
    text = "\n".join(unzip(person_export(person=alice)).values())
    secrets = [alice.password, alice.calendar_feed.token, alice.usersession_set.get().session_key,
               *(a.data.get("secret", "") for a in Authenticator.objects.filter(user=alice))]
    assert all(secret and secret not in text for secret in secrets if secret)
    assert "token_hash" not in text


def test_a_cell_that_looks_like_a_formula_is_escaped_in_the_csv_only(world):
    CheckIn.objects.filter(volunteer=world.alice).delete()
    checkin_submit(volunteer=world.alice, answers={
        "who5_cheerful": 3, "who5_calm": 3, "who5_active": 3, "who5_rested": 3, "who5_interested": 3,
        "caseload": 1, "recovery": 4, "worries": '=HYPERLINK("http://x.invalid")'})
    files = unzip(person_export(person=world.alice))
    row = next(csv.DictReader(io.StringIO(files["checkins.csv"])))
    assert row["worries"] == '\'=HYPERLINK("http://x.invalid")'
    assert json.loads(files["checkins.json"])[0]["worries"] == '=HYPERLINK("http://x.invalid")'


def test_the_readme_lists_every_file_and_what_was_left_out(world):
    readme = unzip(person_export(person=world.alice))["README.txt"]
    assert all(f"- {kind.name} (" in readme for kind in inventory.exported_kinds())
    assert "cms_api_tokens: Keys are secrets." in readme
    assert "&#x27;" not in readme and "&quot;" not in readme


def test_its_query_count_does_not_grow_with_the_rows(world):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            person_export(person=world.alice)
        return len(captured)

    before = queries()
    for _ in range(3):
        checkin_submit(volunteer=world.alice, answers={
            "who5_cheerful": 1, "who5_calm": 1, "who5_active": 1, "who5_rested": 1, "who5_interested": 1,
            "caseload": 20, "recovery": 1, "contact_requested": True})
    assert Flag.objects.filter(volunteer=world.alice).count() > 4
    assert queries() == before <= len(inventory.exported_kinds()) + 3
