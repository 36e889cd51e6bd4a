"""Everything sent to a person is written in the language they chose (User.language), not in
the language of whoever's action sent it or of the worker that renders it."""

from contextlib import contextmanager

from django.conf import settings
from django.utils import translation


def language_of(person):
    """The person's chosen language, or the site's own when they have not chosen (or for None)."""
    return getattr(person, "language", "") or settings.LANGUAGE_CODE


@contextmanager
def in_language_of(person):
    with translation.override(language_of(person)):
        yield


def grouped_by_language(people):
    """{language: [e-mail addresses]} for people who get one message between them."""
    groups = {}
    for person in people:
        if person.email and person.email not in groups.get(language_of(person), []):
            groups.setdefault(language_of(person), []).append(person.email)
    return {language: sorted(addresses) for language, addresses in sorted(groups.items())}


def language_key(key, language):
    """An outbox key for one language's copy; the site language's copy keeps the plain key."""
    return key if language == settings.LANGUAGE_CODE else f"{key}:{language}"
