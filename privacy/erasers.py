"""What erasure does to a kind of record, for the erasers each app names in its
personal_data.py (privacy/inventory.py). An app with a rule of its own writes it there.

Every eraser takes (rows, person, now), where `rows` are the person's rows of that kind, and
returns how many rows it deleted or changed. Each changes only what is not erased yet, so
running erasure again changes nothing and counts nothing.
"""

import re
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db.models import Q


def placeholder_name(person):
    return f"Erased person #{person.pk}"


def placeholder_email(person):
    return f"erased-{person.pk}@invalid"


def keep(rows, person, now):
    """Facts a retention rule keeps: they stay, pointing at the anonymous placeholder."""
    return 0


def delete(rows, person, now):
    _total, per_model = rows.delete()
    return per_model.get(rows.model._meta.label, 0)


def blank(*fields, **empty_values):
    """Empty these text fields (and set any other given field to its empty value) on the rows
    where something is still there."""
    emptied = {**dict.fromkeys(fields, ""), **empty_values}

    def erase(rows, person, now):
        not_empty = Q()
        for name, value in emptied.items():
            not_empty |= ~Q(**{name: value})
        return rows.filter(not_empty).update(**emptied)

    return erase


def _names(person):
    """The person's name and e-mail with what stands in for each, until they are erased."""
    pairs = ((person.full_name, placeholder_name(person)), (person.email, placeholder_email(person)))
    return [(value, stand_in) for value, stand_in in pairs if value and value != stand_in]


def rename(rows, field, person):
    """Put the placeholder in place of the person's name and e-mail in one text field, as
    whole words only, so a short name never mangles a longer word."""
    pairs = _names(person)
    if not pairs:
        return 0
    mentions = Q()
    for value, _stand_in in pairs:
        mentions |= Q(**{f"{field}__icontains": value})
    patterns = [(re.compile(rf"(?<!\w){re.escape(value)}(?!\w)", re.IGNORECASE), stand_in) for value, stand_in in pairs]
    changed = 0
    for row in rows.filter(mentions):
        text = getattr(row, field)
        for pattern, stand_in in patterns:
            text = pattern.sub(stand_in, text)
        if text != getattr(row, field):
            type(row).objects.filter(pk=row.pk).update(**{field: text})
            changed += 1
    return changed


def history_labels(field):
    """Log entries keep a copy of an object's name (a person, or a record named after them)."""

    def erase(rows, person, now):
        return rename(rows, field, person)

    return erase


def sign_ins(rows, person, now):
    """End each session allauth knows of (its Django session goes too)."""
    ended = 0
    for user_session in rows:
        user_session.end()
        ended += 1
    return ended


SEARCHABLE_SESSION_ENGINES = ("django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db")


def sessions(rows, person, now):
    """Sessions allauth did not list (a database-backed store can be searched for them)."""
    if settings.SESSION_ENGINE not in SEARCHABLE_SESSION_ENGINES:
        # Other stores cannot be searched; the unusable password already signs the person out.
        return 0
    from django.contrib.sessions.models import Session

    store = import_module(settings.SESSION_ENGINE).SessionStore
    theirs = [
        session.session_key
        for session in Session.objects.filter(expire_date__gt=now).iterator()
        if session.get_decoded().get(SESSION_KEY) == str(person.pk)
    ]
    for key in theirs:
        store().delete(key)
    return len(theirs)


def cms_profile(rows, person, now):
    for profile in rows:
        if profile.avatar:
            profile.avatar.delete(save=False)
    return delete(rows, person, now)


def uploaded_files(rows, person, now):
    for upload in rows:
        if upload.file:
            upload.file.delete(save=False)
    return delete(rows, person, now)


def page_locks(rows, person, now):
    return rows.update(locked=False, locked_by=None, locked_at=None)


def account(rows, person, now):
    """The user row becomes an inactive placeholder with no name, no e-mail, no roles and a
    password that can never match. It stays so that kept facts still have a "who"."""
    wanted = {
        "full_name": placeholder_name(person),
        "preferred_name": "",
        "email": placeholder_email(person),
        "is_active": False,
        "is_staff": False,
        "last_login": None,
    }
    changed = [name for name, value in wanted.items() if getattr(person, name) != value]
    for name in changed:
        setattr(person, name, wanted[name])
    if person.has_usable_password():
        person.set_unusable_password()
        changed.append("password")
    if changed:
        person.save(update_fields=changed)
    roles = person.groups.through.objects.filter(user=person).delete()[0]
    permissions = person.user_permissions.through.objects.filter(user=person).delete()[0]
    return 1 if changed or roles or permissions else 0
