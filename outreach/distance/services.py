"""Writes for distance travelled: taking a reading, and revising the instrument."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from outreach.models import (
    Domain,
    DomainScore,
    InstrumentVersion,
    Reading,
    ReadingOccasion,
    Statement,
    StatementAnswer,
)


def reading_record(*, first_stepper, by, version, occasion, scores, answers, taken_on=None):
    """Save one reading. `scores` maps each domain's id to (score or None for "not relevant
    to me", their own words); `answers` maps statement ids to True, False or None (not
    answered). Every domain of the version needs a score or "not relevant"."""
    taken_on = taken_on or timezone.localdate()
    if first_stepper.erased_at:
        raise ValidationError(_("This person's details have been erased."), code="erased")
    current = InstrumentVersion.current()
    if current is None or version.pk != current.pk:
        raise ValidationError(_("The questions were changed while this was open. Nothing was saved: open the form "
                                "again and take the reading with the new questions."), code="old_version")
    if occasion not in ReadingOccasion.values:
        raise ValidationError(_("Say when this reading is: joining, a review or moving on."), code="occasion")
    if taken_on > timezone.localdate():
        raise ValidationError(_("A reading cannot be dated in the future."), code="future")
    domains = list(version.domains.all())
    statements = {s.pk for s in version.statements.all()}
    missing = [d.label for d in domains if d.pk not in scores]
    if missing:
        raise ValidationError(_("Give a score, or “not relevant to me”, for: %(domains)s.")
                              % {"domains": ", ".join(missing)}, code="missing")
    for domain in domains:
        score = scores[domain.pk][0]
        if score is not None and not version.scale_min <= score <= version.scale_max:
            raise ValidationError(_("Scores go from %(low)s to %(high)s.")
                                  % {"low": version.scale_min, "high": version.scale_max}, code="scale")
    if set(answers) - statements:
        raise ValidationError(_("Answer the statements on the form."), code="statements")
    with transaction.atomic():
        reading = Reading.objects.create(first_stepper=first_stepper, version=version, by=by, taken_on=taken_on,
                                         occasion=occasion)
        DomainScore.objects.bulk_create(
            DomainScore(reading=reading, domain=domain, score=scores[domain.pk][0],
                        own_words=(scores[domain.pk][1] or "").strip())
            for domain in domains
        )
        StatementAnswer.objects.bulk_create(
            StatementAnswer(reading=reading, statement_id=pk, answer=answer) for pk, answer in answers.items()
        )
    return reading


def _key(text, taken):
    base = slugify(text)[:34] or "item"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    taken.add(key)
    return key


def instrument_revise(*, by, domains, statements, note=""):
    """Make a new version of the instrument. `domains` are dicts of label (and the key of
    the row it revises, if any), in order; `statements` are dicts of wording, yes_is_good
    (and key). Earlier readings keep their own version; a row that keeps its key is the
    same measure, so people's change is still worked out across the two versions."""
    domains = [d for d in domains if (d.get("label") or "").strip()]
    statements = [s for s in statements if (s.get("wording") or "").strip()]
    if not domains:
        raise ValidationError(_("Keep at least one domain."), code="no_domains")
    labels = [d["label"].strip().lower() for d in domains]
    if len(set(labels)) != len(labels):
        raise ValidationError(_("Two domains have the same name."), code="duplicate")
    with transaction.atomic():
        previous = InstrumentVersion.objects.select_for_update().order_by("-number").first()
        version = InstrumentVersion.objects.create(
            number=(previous.number + 1) if previous else 1, created_by=by, note=(note or "").strip(),
            scale_min=previous.scale_min if previous else 1, scale_max=previous.scale_max if previous else 10,
        )
        domain_keys = _keys(domains, "label", previous.domains.values_list("key", flat=True) if previous else ())
        Domain.objects.bulk_create(
            Domain(version=version, position=position, label=d["label"].strip(), key=key)
            for position, (d, key) in enumerate(zip(domains, domain_keys, strict=True))
        )
        statement_keys = _keys(statements, "wording",
                               previous.statements.values_list("key", flat=True) if previous else ())
        Statement.objects.bulk_create(
            Statement(version=version, position=position, wording=s["wording"].strip(),
                      yes_is_good=bool(s.get("yes_is_good", True)), key=key)
            for position, (s, key) in enumerate(zip(statements, statement_keys, strict=True))
        )
    return version


def _keys(rows, text_field, previous_keys):
    """Each row's key: the key of the row it revises (once), or a new one from its text."""
    previous_keys = set(previous_keys)
    kept = [row.get("key") if row.get("key") in previous_keys else None for row in rows]
    kept = [key if key and kept.index(key) == index else None for index, key in enumerate(kept)]
    taken = {key for key in kept if key} | previous_keys
    return [key or _key(row[text_field], taken) for row, key in zip(rows, kept, strict=True)]
