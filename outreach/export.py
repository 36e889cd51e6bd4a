"""What Waymark holds about one first stepper, for their request to see it."""

from django.utils import timezone

from outreach.distance.selectors import readings_of


def _when(value):
    return timezone.localtime(value).isoformat() if value else None


def first_stepper_export(person):
    return {
        "first_stepper": {
            "id": person.pk, "name": person.name, "phone": person.phone,
            "prefers": person.get_contact_by_display(), "best_times": person.contact_times,
            "may_leave_message": person.may_leave_message, "referred_by": str(person.source),
            "main_substance": person.get_substance_display(), "referred_on": person.referred_on.isoformat(),
            "safety_notes": person.safety_notes, "stage": person.get_stage_display(),
            "told_about_their_information_on": person.told_about_data_on.isoformat()
            if person.told_about_data_on else None,
            "opted_out_at": _when(person.opted_out_at), "stepped_back_at": _when(person.stepped_back_at),
            "next_contact_at": _when(person.next_contact_at),
            "peer_supporter": person.peer_supporter.full_name if person.peer_supporter else None,
        },
        "contacts": [
            {"at": _when(c.at), "what_happened": c.get_kind_display(), "minutes": c.minutes,
             "talked_about": [str(label) for label in c.topic_labels()], "notes": c.notes,
             "safeguarding_concern": c.safeguarding_concern, "what_was_done": c.safeguarding_action,
             "next_contact_at": _when(c.next_at)}
            for c in person.contacts.order_by("at", "id")
        ],
        "stages": [
            {"at": _when(s.at), "stage": s.get_stage_display(), "note": str(s.description)}
            for s in person.stage_changes.order_by("at", "id")
        ],
        "distance_travelled": [
            {"taken_on": r.taken_on.isoformat(), "occasion": r.get_occasion_display(),
             "questions_version": r.version.number,
             "scores": [{"domain": sc.domain.label, "score": sc.score if sc.score is not None else "not relevant",
                         "in_their_own_words": sc.own_words} for sc in r.scores.all()],
             "statements": [{"statement": a.statement.wording,
                             "answer": {True: "yes", False: "no"}.get(a.answer, "not answered")}
                            for a in r.answers.all()]}
            for r in readings_of(person)
        ],
        "reviews": [
            {"at": _when(r.at), "decision": r.get_decision_display(), "note": r.note}
            for r in person.reviews.order_by("at", "id")
        ],
    }
