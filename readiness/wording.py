"""The words of readiness rules, kept neutral and worded when read.

A rule's label and detail are "words": a plain string (a name, such as a course title or a
supervisor, or a record stored before this module), or a list whose items are plain strings
(shown as they are: names and separators) or [phrase, params] pairs. Stored summaries and
sign-offs keep the words, so each reader sees them in their own language (locale/README.md:
never save the result of gettext). Wording reads nothing from the database; a page's title in
the reader's language comes from the content cache (courses.translations.titles_by_key).
"""

from datetime import date, datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def _day(value):
    return date_format(date.fromisoformat(value), "j F Y")


def _short(value):
    return date_format(date.fromisoformat(value), "j M")


def _when(value):
    return date_format(datetime.fromisoformat(value), "l j F, H:i")


def _title(key, title):
    """A course or policy title in the reader's language (courses.translations; from the content
    cache, not the database, while nothing is published)."""
    from courses.translations import title_in_reading_language

    return title_in_reading_language(key, title)


def _titles(names):
    """Policy names: a list of [translation key, English title], or (kept before titles were
    worded when read) one string."""
    if isinstance(names, str):
        return names
    return ", ".join(_title(key, title) for key, title in names)


def page_title(page):
    """Words naming a page by its translation, worded in the reader's language."""
    return phrase("page_title", page=str(page.translation_key), title=page.title)


PHRASES = {
    "months_to_prepare": lambda p: ngettext("%(n)d month to prepare", "%(n)d months to prepare", p["n"])
    % {"n": p["n"]},
    "joined_on": lambda p: _("Joined on %(date)s") % {"date": _day(p["date"])},
    "more_days": lambda p: ngettext(
        "%(days)d more day (can start from %(date)s)", "%(days)d more days (can start from %(date)s)", p["days"]
    )
    % {"days": p["days"], "date": _day(p["date"])},
    "dbs_applied": lambda p: _("DBS applied %(date)s") % {"date": _short(p["date"])},
    "requested_from": lambda p: _("Requested from %(who)s %(date)s") % {"who": p["who"], "date": _short(p["date"])},
    "requested": lambda p: _("Requested %(date)s") % {"date": _short(p["date"])},
    "chased": lambda p: _("chased %(date)s") % {"date": _short(p["date"])},
    "waiting": lambda p: _("waiting"),
    "expired_on": lambda p: _("Expired on %(date)s") % {"date": _day(p["date"])},
    "renew_by": lambda p: _("Renew by %(date)s") % {"date": _day(p["date"])},
    "not_recorded": lambda p: _("Not recorded yet"),
    "recorded_renew_by": lambda p: _("Recorded %(done)s, renew by %(expires)s")
    % {"done": _day(p["done"]), "expires": _day(p["expires"])},
    "recorded": lambda p: _("Recorded %(done)s") % {"done": _day(p["done"])},
    "completed": lambda p: _("Completed %(date)s") % {"date": _day(p["date"])},
    "lessons_done": lambda p: ngettext(
        "%(done)d of %(total)d lesson done", "%(done)d of %(total)d lessons done", p["total"]
    )
    % p,
    "classroom_days": lambda p: ngettext(
        "%(done)d of %(total)d classroom day attended", "%(done)d of %(total)d classroom days attended", p["total"]
    )
    % p,
    "not_started": lambda p: _("Not started"),
    "a_supervisor": lambda p: _("A supervisor"),
    "no_supervisor": lambda p: _("No supervisor yet"),
    "one_to_ones": lambda p: _("1:1s attended"),
    "so_far": lambda p: _("%(done)d of %(needed)d so far") % p,
    "next_booked": lambda p: _("next one booked for %(when)s") % {"when": _when(p["when"])},
    "none_booked": lambda p: _("none booked yet"),
    "policies": lambda p: _("Policies read and understood"),
    "all_read": lambda p: _("All read"),
    "still_to_read": lambda p: _("%(done)d of %(total)d: still to read %(names)s")
    % {**p, "names": _titles(p["names"])},
    "page_title": lambda p: _title(p["page"], p["title"]),
}


def phrase(key, **params):
    """Words of one phrase: [[key, params]]."""
    return [[key, params]]


def word(words):
    """The words in the active language."""
    if isinstance(words, str):
        return words
    return "".join(item if isinstance(item, str) else PHRASES[item[0]](item[1]) for item in words)
