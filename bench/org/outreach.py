"""First Steps caseloads: about 2.5 first steppers per volunteer, held by the active and
paused volunteers, with about 20 contacts each (25,000 people and 500,000 contacts at
10,000 volunteers). Contacts go in with COPY."""

import json
from datetime import timedelta

from django.utils import timezone

from bench.org.common import BATCH, pick
from bench.org.rows import copy_rows, reserve_ids
from outreach.models import CONNECTED, CONNECTED_CALLS, Contact, ContactKind, FirstStepper, ReferralSource, Stage
from people.status import Status

PER_VOLUNTEER = 2.5
KINDS = [ContactKind.TEXT_SENT, ContactKind.CALL_CONNECTED, ContactKind.CALL_CONNECTED, ContactKind.CALL_NO_ANSWER,
         ContactKind.CALL_VOICEMAIL, ContactKind.CALL_RECEIVED, ContactKind.CALL_CONNECTED, ContactKind.FACE_TO_FACE]
SUBSTANCES = ["alcohol", "alcohol", "alcohol", "drugs", "both"]


def build_outreach(people, now):
    holders = [v for v in people.volunteers if v.status in (Status.ACTIVE, Status.PAUSED)]
    if not holders:
        return
    total = round(PER_VOLUNTEER * len(people.volunteers))
    sources = list(ReferralSource.objects.values_list("pk", flat=True))
    stages = list(Stage.values)
    first_id = reserve_ids(FirstStepper, total)
    today = timezone.localdate(now)
    steppers, contacts = [], []
    for j in range(total):
        holder = holders[j % len(holders)]
        pk = first_id + j
        referred = today - timedelta(days=pick(j, 50, 365))
        count = pick(j, 51, 40)
        stepped_back = now - timedelta(days=pick(j, 52, 30)) if pick(j, 53, 6) == 0 else None
        steppers.append(FirstStepper(
            pk=pk, peer_supporter_id=holder.user_id, name=f"Person {j}", phone=f"07700 9{j % 100000:05d}",
            source_id=sources[pick(j, 54, len(sources))], substance=SUBSTANCES[pick(j, 55, len(SUBSTANCES))],
            referred_on=referred, stage=stages[min(count // 8, len(stages) - 1)], stepped_back_at=stepped_back,
            next_contact_at=None if stepped_back else now + timedelta(hours=1 + pick(j, 56, 24 * 14)),
            created_at=now - timedelta(days=(today - referred).days),
        ))
        span = max((today - referred).days, 1)
        for n in range(count):
            kind = KINDS[pick(j * 64 + n, 57, len(KINDS))]
            at = now - timedelta(days=span) + timedelta(days=span * (n + 1) / (count + 1), hours=pick(n, 58, 8))
            contacts.append((pk, holder.user_id, at, kind, kind in CONNECTED_CALLS, kind in CONNECTED,
                             20 if kind in CONNECTED else None, json.dumps([]), "", False, "", None))
    FirstStepper.objects.bulk_create(steppers, batch_size=BATCH)
    copy_rows(Contact, ["first_stepper", "by", "at", "kind", "connected_call", "connected", "minutes", "topics",
                        "notes", "safeguarding_concern", "safeguarding_action", "next_at"], contacts)
