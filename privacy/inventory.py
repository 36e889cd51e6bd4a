"""Every kind of record that holds personal data about a person, in one registry.

Each app declares its own kinds next to its models, in `<app>/personal_data.py`, by calling
register(); privacy imports every such module when Django starts (PrivacyConfig.ready), as
the admin finds each app's admin.py. A new app adds its own without editing privacy. The
libraries' kinds (accounts, sign-ins, the content admin) are in privacy/personal_data.py.
This module and privacy/erasers.py import no app, so any app may use them.

For each kind: how to find one person's rows, what their export holds, what erasure does
and which retention rule (privacy/retention.py) applies. Links from a record to a person
who only *acted* on it (a supervisor who wrote a note, a manager who signed off) are listed
in ACTED_ON: erasure leaves them pointing at the anonymous placeholder, which holds nothing.

tests/privacy/test_inventory.py fails when a model links to the user and is named in
neither place, so a new model cannot be forgotten.

Erasure applies the kinds in the order they were registered (INSTALLED_APPS order, so a
person's supervision ends before readiness deletes the judgements that name them), the
account last.

Rules for the export (also written into its README.txt):
- A 1:1 record is the volunteer's: its notes, shared notes and safeguarding action are
  included in their export (a manager reviews the export before it is handed over).
- Group meetings: the person's place and attendance only. Topics belong to the group and
  may name others, so they are left out. Nobody else's place in a meeting is included.
- Rows where the person only acted on someone else (a supervisor's notes about their
  supervisees, access-log rows where they looked at someone) are left out: they are about
  the other person. Names of staff who acted on *this* person's record are included.
- Secrets are never exported: password hashes, two-step secrets, recovery codes, session
  keys, invitation tokens, calendar feed tokens.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

# Filled by register() from each app's personal_data.py.
KINDS = []
ACTED_ON = {}
NON_USER_KINDS = []


@dataclass(frozen=True)
class Kind:
    name: str  # the export's file names (<name>.csv, <name>.json) and the key in erasure counts
    model: str  # "app_label.ModelName"
    about: tuple  # fields linking a row to the person it is about ("field" or "Model.m2m")
    select: object  # person -> queryset of their rows
    erase: object  # (rows, person, now) -> rows deleted or changed; see privacy/erasers.py
    on_erase: str  # what erasure does, in plain words (shown before erasing)
    columns: tuple = ()  # (header, "dotted.path" or callable); empty: not exported
    not_exported: str = ""  # why a kind with no columns is left out of the export
    retention: str = ""  # key of settings.WAYMARK_RETENTION_DAYS, if a rule applies
    description: str = ""  # what the file holds, for README.txt

    @property
    def exported(self):
        return bool(self.columns)

    def headers(self):
        return [header for header, _get in self.columns]

    def values(self, row):
        return [_resolve(row, get) for _header, get in self.columns]


@dataclass(frozen=True)
class NonUserKind:
    """Personal data about people who never sign in to Waymark."""

    name: str
    models: tuple
    export: str  # dotted path of person -> dict
    erase: str  # dotted path of the service that erases one person
    on_erase: str
    retention: str


def register(*kinds, acted_on=None, non_user=()):
    """Add an app's kinds of personal data, the links where a person only acted, and kinds
    about people who never sign in. A name or link given twice is a mistake, said at start."""
    for kind in kinds:
        if any(known.name == kind.name for known in KINDS):
            raise ImproperlyConfigured(f"Two kinds of personal data are called {kind.name!r}.")
        KINDS.append(kind)
    for link, why in (acted_on or {}).items():
        if link in ACTED_ON:
            raise ImproperlyConfigured(f"{link} is listed twice as a link where a person only acted.")
        ACTED_ON[link] = why
    NON_USER_KINDS.extend(non_user)


def autodiscover():
    """Import every installed app's personal_data module, in INSTALLED_APPS order."""
    autodiscover_modules("personal_data")


def _resolve(row, get):
    if callable(get):
        return get(row)
    value = row
    for part in get.split("."):
        if value is None:
            return None
        value = getattr(value, part)
    return value


def label(field):
    """The words for a choice field's value."""
    return lambda row: getattr(row, f"get_{field}_display")()


def name_of(field):
    """The name of the staff member in a link (never an e-mail address)."""

    def get(row):
        person = getattr(row, field)
        return person.full_name if person is not None else ""

    return get


def local(field):
    def get(row):
        value = getattr(row, field)
        return timezone.localtime(value) if value is not None else None

    return get


def mentioning(model, field):
    """Rows whose text field holds the person's name or e-mail address."""

    def select(person):
        mentions = Q(pk__in=[])
        for value in (person.full_name, person.email):
            if value:
                mentions |= Q(**{f"{field}__icontains": value})
        return model.objects.filter(mentions)

    return select


def erasure_order():
    """The kinds in the order erasure applies them: the account last, because the others
    still need the person's name and e-mail address to find them."""
    return [kind for kind in KINDS if kind.name != "account"] + [kind for kind in KINDS if kind.name == "account"]


def exported_kinds():
    return [kind for kind in KINDS if kind.exported]


def covered_links():
    """Every link to a person this registry accounts for, as "app_label.Model.field"."""
    covered = set(ACTED_ON)
    for kind in KINDS:
        app_label = kind.model.split(".")[0]
        for link in kind.about:
            covered.add(f"{app_label}.{link}" if "." in link else f"{kind.model}.{link}")
    return covered
