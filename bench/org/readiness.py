"""Pre-start checks, policy acknowledgements and sign-offs."""

from datetime import time, timedelta

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from bench.org.common import BATCH, STARTED, local, pick
from courses.models import PolicyAcknowledgement, PolicyPage, PolicyVersion
from people.status import Status
from readiness.models import CheckType, PreStartCheck, SignOff


def build_readiness(people, now):
    today = timezone.localdate(now)
    manager = people.managers[0]
    versions = list(
        PolicyVersion.objects.filter(policy__in=PolicyPage.objects.live()).order_by("policy__path", "-id")
    )
    latest = list({version.policy_id: version for version in reversed(versions)}.values())
    check_types = list(CheckType.objects.filter(required=True).order_by("position"))
    acks, checks, sign_offs = [], [], []
    for v in people.volunteers:
        if v.status == Status.APPLICANT:
            continue
        started = v.status in STARTED
        read = len(latest) if started else pick(v.i, 40, len(latest) + 1)
        for version in latest[:read]:
            acks.append(PolicyAcknowledgement(user_id=v.user_id, policy_id=version.policy_id, version=version,
                                              acknowledged_at=min(local(v.joined + timedelta(days=5), time(14)), now)))
        done = len(check_types) if started else pick(v.i, 41, len(check_types) + 1)
        for check_type in check_types[:done]:
            done_on = min(v.joined + timedelta(days=14), today)
            checks.append(PreStartCheck(
                volunteer_id=v.user_id, check_type=check_type, done_on=done_on,
                expires_on=done_on + relativedelta(months=check_type.renewal_months) if check_type.renewal_months
                else None,
                recorded_by_id=manager, recorded_at=min(local(done_on, time(15)), now),
            ))
        if started:
            sign_offs.append(SignOff(volunteer_id=v.user_id, signed_by_id=manager,
                                     signed_at=min(local(v.joined + timedelta(days=65), time(16)), now)))
    PolicyAcknowledgement.objects.bulk_create(acks, batch_size=BATCH)
    PreStartCheck.objects.bulk_create(checks, batch_size=BATCH)
    SignOff.objects.bulk_create(sign_offs, batch_size=BATCH)
