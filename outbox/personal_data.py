"""Personal data the outbox keeps: e-mails on their way (privacy/inventory.py collects this)."""

from django.utils.translation import gettext_lazy as _

from outbox.models import Email
from privacy import erasers
from privacy.inventory import Kind, register


def _emails_to(person):
    # The address list is JSON: match on its text, then keep the rows really addressed to them.
    if not person.email:
        return Email.objects.none()
    address = person.email.lower()
    ids = [e.pk for e in Email.objects.filter(to__icontains=address) if address in (t.lower() for t in e.to)]
    return Email.objects.filter(pk__in=ids)


register(
    Kind(
        "emails_waiting", "outbox.Email", (),
        lambda p: _emails_to(p),
        erasers.delete,
        _("E-mails to them that the mail server has not yet taken, or took in the last week, are deleted."),
        not_exported=_("Copies of e-mails on their way, kept only until the mail server takes them (the text) "
                       "and a week after (who to and the subject)."),
    ),
)
