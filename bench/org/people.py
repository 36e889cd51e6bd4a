"""Volunteers with profiles across the status lifecycle, supervisors, trainers and managers."""

from collections import defaultdict
from datetime import time, timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.utils import timezone

from bench.org.common import (
    BATCH,
    DAYS_SINCE_JOINING,
    DOMAIN,
    PASSWORD,
    STAFF_SALT,
    TEAM,
    People,
    Volunteer,
    local,
    name_of,
    pick,
    placement_of,
    status_of,
)
from people.models import Placement, VolunteerProfile
from people.roles import Role


def build_people(size, now):
    User = get_user_model()
    today = timezone.localdate(now)
    password = make_password(PASSWORD)
    groups = {group.name: group for group in Group.objects.all()}
    placements = {placement.slug: placement for placement in Placement.objects.all()}
    supervisors = -(-size.volunteers // TEAM)
    staff = (
        [("manager", n, Role.MANAGER) for n in range(size.managers)]
        + [("supervisor", n, Role.SUPERVISOR) for n in range(supervisors)]
        + [("trainer", n, Role.TRAINER) for n in range(size.trainers)]
    )
    users = [
        User(email=f"{kind}{n}@{DOMAIN}", full_name=name_of(n, salt=STAFF_SALT[kind]), password=password,
             date_joined=now - timedelta(days=800))
        for kind, n, _role in staff
    ]
    joined = {}
    for i in range(size.volunteers):
        low, high = DAYS_SINCE_JOINING[status_of(i)]
        joined[i] = today - timedelta(days=low + pick(i, 2, high - low + 1))
        users.append(User(email=f"volunteer{i}@{DOMAIN}", full_name=name_of(i), password=password,
                          date_joined=local(joined[i], time(9))))
    User.objects.bulk_create(users, batch_size=BATCH)
    staff_users, volunteer_users = users[: len(staff)], users[len(staff):]
    Membership = User.groups.through
    Membership.objects.bulk_create(
        [Membership(user_id=user.pk, group_id=groups[role.value].pk)
         for user, (_kind, _n, role) in zip(staff_users, staff, strict=True)]
        + [Membership(user_id=user.pk, group_id=groups[Role.VOLUNTEER.value].pk) for user in volunteer_users],
        batch_size=BATCH,
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user_id=user.pk, email=user.email, primary=True, verified=True) for user in users],
        batch_size=BATCH,
    )
    # Staff see personal data, so they must have two-step sign-in; a real authenticator each.
    for user in staff_users:
        TOTP.activate(user, generate_totp_secret())
    volunteers = [
        Volunteer(i, user.pk, user.full_name, user.email, status_of(i), joined[i], placement_of(i))
        for i, user in enumerate(volunteer_users)
    ]
    VolunteerProfile.objects.bulk_create(
        [VolunteerProfile(user_id=v.user_id, joined_on=v.joined, placement=placements[v.placement], status=v.status,
                          status_changed_at=local(v.joined, time(9))) for v in volunteers],
        batch_size=BATCH,
    )
    by_kind = defaultdict(list)
    for user, (kind, _n, _role) in zip(staff_users, staff, strict=True):
        by_kind[kind].append(user)
    return People(
        volunteers=volunteers,
        supervisors=[u.pk for u in by_kind["supervisor"]],
        supervisor_names=[u.full_name for u in by_kind["supervisor"]],
        trainers=[u.pk for u in by_kind["trainer"]],
        managers=[u.pk for u in by_kind["manager"]],
    )
