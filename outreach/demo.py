"""The demo organisation's First Steps caseloads: Dee (active) holds six people at different
points of the journey; Eli, who has paused, still holds one the manager should move on; one
referral waits for a peer supporter. Six of them have two distance-travelled readings (when
they joined and a recent review), so the star chart and the report show something; Kit's
first reading is due. Running it again changes nothing that is there."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from outreach.distance.services import reading_record
from outreach.kept_facts import facts_rebuild
from outreach.models import Contact, ContactKind, FirstStepper, InstrumentVersion, ReferralSource, Stage, StageChange
from people.models import VolunteerProfile

DOMAIN = "demo.waymark.test"
C, NA, VM, TXT, IN, F2F = (ContactKind.CALL_CONNECTED, ContactKind.CALL_NO_ANSWER, ContactKind.CALL_VOICEMAIL,
                           ContactKind.TEXT_SENT, ContactKind.CALL_RECEIVED, ContactKind.FACE_TO_FACE)
# (holder, name, source, substance, days since referral, stage,
#  contacts as (days ago, kind, topics, notes), next contact in days)
PEOPLE = [
    ("dee", "Sam", "Hospital alcohol liaison team", "alcohol", 45, Stage.PRACTICAL,
     [(44, TXT, [], ""), (42, NA, [], ""), (41, C, ["engagement"], "Short first chat. Prefers calls after 11."),
      (34, C, ["health", "eating"], ""), (27, C, ["staying"], "Staying with her sister for now."),
      (20, IN, ["gp"], "Wants to register with a GP."), (13, C, ["gp", "food_bank"], "Food bank voucher sorted."),
      (6, C, ["housing"], "Housing appointment next week.")], 1),
    ("dee", "Jo", "Community addictions team", "drugs", 30, Stage.BUILDING,
     [(29, TXT, [], ""), (27, C, ["engagement"], ""), (20, VM, [], ""), (19, C, ["engagement", "health"], ""),
      (12, C, ["health"], "Talked about cutting down safely.")], 2),
    ("dee", "Alex", "Homeless support centre", "both", 21, Stage.REACHING_OUT,
     [(20, TXT, [], ""), (18, NA, [], ""), (16, NA, [], ""), (12, ContactKind.CALL_DEAD, [], "Number dead: asked the "
                                                                                     "centre for a new one.")], 0),
    ("dee", "Priya", "Self-referral: website", "alcohol", 8, Stage.REACHING_OUT,
     [(7, TXT, [], ""), (5, C, ["engagement"], "Keen to talk. Text before calling.")], 3),
    ("dee", "Morgan", "Hospital alcohol liaison team", "alcohol", 70, Stage.SERVICES,
     [(69, TXT, [], ""), (68, C, ["engagement"], "")] + [(60 - 7 * n, C, ["services", "appointments"], "")
                                                          for n in range(6)] + [(4, F2F, ["appointments"],
                                                                                 "Went with them to the first "
                                                                                 "appointment.")], 4),
    ("dee", "Kit", "Self-referral: social media", "drugs", 5, Stage.REACHING_OUT, [], 1),
    ("eli", "Robin", "Community addictions team", "alcohol", 25, Stage.BUILDING,
     [(24, TXT, [], ""), (22, C, ["engagement"], ""), (15, C, ["health"], "")], 5),
    (None, "Charlie", "Hospital alcohol liaison team", "both", 2, Stage.REACHING_OUT, [], None),
]


def _at(days_ago, hour=11):
    day = timezone.localdate() - timedelta(days=days_ago)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def build():
    users = {u.email.split("@")[0]: u for u in get_user_model().objects.filter(email__endswith=f"@{DOMAIN}")}
    # Dee and Eli hold caseloads, so they are marked for the phone and text training.
    VolunteerProfile.objects.filter(user__in=[users[login] for login in ("dee", "eli") if login in users]) \
        .update(first_steps_caseload=True)
    manager = users.get("manager")
    sources = {s.name: s for s in ReferralSource.objects.all()}
    for holder_login, name, source, substance, referred_days, stage, contacts, next_days in PEOPLE:
        holder = users.get(holder_login) if holder_login else None
        if FirstStepper.objects.filter(name=name, peer_supporter=holder, created_by=manager).exists():
            continue
        person = FirstStepper.objects.create(
            peer_supporter=holder, name=name, phone=f"07700 900{100 + len(name) * 7:03d}", source=sources[source],
            substance=substance, referred_on=timezone.localdate() - timedelta(days=referred_days), stage=stage,
            contact_by="either", contact_times="Weekdays, late morning", may_leave_message=name != "Alex",
            created_by=manager, created_at=_at(referred_days, 9),
            told_about_data_on=timezone.localdate() - timedelta(days=referred_days - 3) if len(contacts) > 2 else None,
            next_contact_at=_at(-next_days, 11) if next_days is not None and holder else None,
        )
        StageChange.objects.create(first_stepper=person, stage=Stage.REACHING_OUT, by=manager,
                                   at=_at(referred_days, 9), kind=StageChange.REFERRED)
        if stage != Stage.REACHING_OUT:
            StageChange.objects.create(first_stepper=person, stage=stage, by=holder, at=_at(referred_days // 2))
        for days_ago, kind, topics, notes in contacts:
            Contact(first_stepper=person, by=holder, at=_at(days_ago), kind=kind, topics=topics, notes=notes,
                    minutes=20 if kind in (C, IN, F2F) else None, next_at=_at(days_ago - 3)).save()
    # The contacts were saved directly: the facts the First Steps report reads are counted from them.
    facts_rebuild()
    build_readings()


# Distance travelled: (name, first scores, latest scores, days after referral of the first
# reading, days ago of the latest, lapse in the last three months at first and at the latest).
# Scores follow the domains' order; None is "not relevant to me".
READINGS = [
    ("Sam", [3, 2, 4, 3, 5, 4, 4, 5, 2, 3, 4, 6, None], [6, 4, 6, 5, 6, 6, 5, 6, 3, 5, 6, 7, None], 4, 3, True, False),
    ("Jo", [5, 3, 5, 4, 4, 5, 3, 4, 4, 2, 3, 4, 5], [6, 4, 5, 6, 5, 6, 5, 5, 4, 4, 5, 5, 6], 3, 2, True, True),
    ("Alex", [1, 2, 3, 3, 5, 4, 5, 4, 1, 2, 2, 3, None], [2, 2, 4, 3, 5, 5, 5, 5, 1, 3, 3, 3, None], 9, 1, True, True),
    ("Priya", [7, 6, 5, 4, 6, 7, 5, 6, 7, 5, 5, 6, 6], [8, 6, 6, 5, 6, 7, 6, 7, 7, 6, 6, 7, 6], 2, 0, False, False),
    ("Morgan", [4, 3, 4, 2, 5, 3, 3, 4, None, 2, 3, 5, 4], [7, 5, 6, 5, 7, 6, 6, 7, None, 5, 5, 6, 5], 5, 4, True,
     False),
    ("Robin", [6, 5, 6, 5, 6, 6, 5, 6, 5, 4, 5, 7, 6], [6, 5, 5, 4, 6, 5, 5, 6, 5, 4, 4, 7, 6], 3, 10, False, True),
]
# "Since they came to us": yes to the first five at the latest reading, except community for Alex and Robin.
STATEMENT_KEYS = ["reduced-using", "stability", "positive-changes", "socially-connected", "community",
                  "mental-health-better"]


def _reading(person, version, scores, *, taken_on, occasion, lapse, settled):
    domains = list(version.domains.all())
    statements = {s.key: s.pk for s in version.statements.all()}
    answers = {statements["lapse"]: lapse}
    if settled:
        answers.update({statements[key]: not (key == "community" and person.name in ("Alex", "Robin"))
                        for key in STATEMENT_KEYS})
    reading_record(first_stepper=person, by=person.peer_supporter, version=version, occasion=occasion,
                   taken_on=taken_on, answers=answers,
                   scores={d.pk: (score, "") for d, score in zip(domains, scores, strict=True)})


def build_readings():
    version = InstrumentVersion.current()
    if version is None or version.domains.count() != 13:
        return
    today = timezone.localdate()
    for name, first, latest, after_referral, days_ago, lapse_first, lapse_latest in READINGS:
        person = FirstStepper.objects.filter(name=name, erased_at=None, peer_supporter__isnull=False).first()
        if person is None or person.readings.exists():
            continue
        _reading(person, version, first, taken_on=person.referred_on + timedelta(days=after_referral),
                 occasion="joining", lapse=lapse_first, settled=False)
        _reading(person, version, latest, taken_on=today - timedelta(days=days_ago), occasion="review",
                 lapse=lapse_latest, settled=True)
