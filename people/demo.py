"""The demo organisation's people: one for each role and volunteers at different stages.

Running it again changes nothing that is already there.
"""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from people.models import Placement, StatusChange, VolunteerProfile
from people.roles import Role
from people.status import Status

DEMO_PASSWORD = "waymark-demo-2026"
DOMAIN = "demo.waymark.test"

STAFF = [
    ("manager", "Maya Patel", [Role.MANAGER]),
    ("supervisor", "Sam Okafor", [Role.SUPERVISOR]),
    ("supervisor2", "Rhian Thomas", [Role.SUPERVISOR]),
    ("trainer", "Tess Morgan", [Role.TRAINER]),
    ("editor", "Cai Evans", [Role.CONTENT_EDITOR]),
]

# (login, name, placement slug, status, days since joining)
VOLUNTEERS = [
    ("volunteer", "Alex Jones", "community", Status.IN_TRAINING, 21),
    ("bea", "Bea Hughes", "hospital", Status.IN_TRAINING, 70),
    ("chris", "Chris Lewis", "telephone", Status.READY, 95),
    ("dee", "Dee Price", "community", Status.ACTIVE, 240),
    ("eli", "Eli Rees", "community", Status.PAUSED, 400),
    ("fran", "Fran Davies", "hospital", Status.APPLICANT, 5),
]

# How each demo volunteer got to where they are, for their history.
PATHS = {
    Status.APPLICANT: [Status.APPLICANT],
    Status.IN_TRAINING: [Status.APPLICANT, Status.IN_TRAINING],
    Status.READY: [Status.APPLICANT, Status.IN_TRAINING, Status.READY],
    Status.ACTIVE: [Status.APPLICANT, Status.IN_TRAINING, Status.READY, Status.ACTIVE],
    Status.PAUSED: [Status.APPLICANT, Status.IN_TRAINING, Status.READY, Status.ACTIVE, Status.PAUSED],
}


def _person(login, name, roles, *, superuser=False):
    User = get_user_model()
    email = f"{login}@{DOMAIN}"
    user, created = User.objects.get_or_create(
        email=email, defaults={"full_name": name, "is_superuser": superuser, "is_staff": superuser}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    user.groups.add(*Group.objects.filter(name__in=[Role(r).value for r in roles]))
    return user


def _volunteer(login, name, placement_slug, status, days_ago, manager):
    user = _person(login, name, [Role.VOLUNTEER])
    joined = timezone.localdate() - timedelta(days=days_ago)
    profile, created = VolunteerProfile.objects.get_or_create(
        user=user,
        defaults={"joined_on": joined, "placement": Placement.objects.get(slug=placement_slug), "status": status},
    )
    if created:
        steps = PATHS[status]
        start = timezone.now() - timedelta(days=days_ago)
        previous = ""
        for index, step in enumerate(steps):
            StatusChange.objects.create(
                profile=profile,
                from_status=previous,
                to_status=step,
                changed_by=user if step in (Status.APPLICANT, Status.PAUSED) else manager,
                changed_at=start + timedelta(days=index * max(days_ago // len(steps), 1)),
                reason="Demo history.",
            )
            previous = step
    return user


def build():
    """Create the demo people. Returns [(role description, e-mail)] for printing."""
    people = {}
    for login, name, roles in STAFF:
        people[login] = _person(login, name, roles)
    _person("admin", "Ada Admin", [], superuser=True)
    for login, name, placement, status, days in VOLUNTEERS:
        people[login] = _volunteer(login, name, placement, status, days, people["manager"])
    return [
        ("Manager", people["manager"].email),
        ("Supervisor", people["supervisor"].email),
        ("Trainer", people["trainer"].email),
        ("Content editor", people["editor"].email),
        ("Volunteer (in training)", people["volunteer"].email),
        ("Volunteer (ready to start)", people["chris"].email),
        ("Volunteer (active)", people["dee"].email),
        ("Superuser (Django admin)", f"admin@{DOMAIN}"),
    ]
