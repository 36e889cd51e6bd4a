"""Personal data the access log keeps (privacy/inventory.py collects this module)."""

from django.utils.translation import gettext_lazy as _

from audit.models import AccessLog
from privacy.inventory import Kind, label, local, register


def _shown_to(row):
    # Who was shown their data. A refused attempt showed nothing, and may be another volunteer's.
    return row.actor_label if row.outcome == AccessLog.Outcome.ALLOWED else ""


def _forgotten(rows, person, now):
    from audit.services import forget_person

    return forget_person(user=person)


register(
    Kind(
        "access_log", "audit.AccessLog", ("subject", "actor"),
        lambda p: AccessLog.objects.filter(subject=p),
        _forgotten,
        _("The access log keeps that each look happened, without their name or e-mail."),
        columns=(("id", "id"), ("at", local("at")), ("who_looked", _shown_to), ("what", label("kind")),
                 ("outcome", label("outcome")), ("method", "method"), ("page", "path")),
        retention="access_log",
        description=_("Each time someone else opened a 1:1 record, check-in or page about them."),
    ),
)
