"""Courses and policies in Welsh: each Welsh page is a Wagtail translation of its English page
(the same translation_key, in the `cy` locale), made by `load_courses` from courses/content/cy
or by an editor with "Translate" in the CMS.

1. Waymark works with the English (default-locale) pages only: their addresses, the lists of
   courses, and every learner record (lesson done, knowledge check try, reflection, policy
   read) point at them. So a lesson done in Welsh is done in English, and back.
2. When a page is shown to someone reading in Welsh, its visible fields (title, summary, body…)
   are taken from its live Welsh translation: `in_reading_language`. Block ids are the English
   page's (the loader gives the Welsh blocks the same ids), so answers match either way.
3. A page with no live Welsh translation is shown in English, marked `lang="en-gb"`, with a
   short note in Welsh: never a "not found".
"""

import copy

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.models.i18n import LocaleManager

# The fields a reader sees, where a page type has them; the rest (settings, who a course is
# for, how long it is valid) is the English page's.
SHOWN_FIELDS = ("title", "seo_title", "intro", "summary", "accreditation", "version_note", "body")

_locales = {}


def _get_for_language(self, language_code):
    """LocaleManager.get_for_language, kept for the process: Wagtail asks it for every page it
    serves, and locales change only when someone adds a language. Each caller gets a copy."""
    if language_code not in _locales:
        _locales[language_code] = _uncached_get_for_language(self, language_code)
    return copy.copy(_locales[language_code])


_uncached_get_for_language = LocaleManager.get_for_language


def locales_remembered():
    LocaleManager.get_for_language = _get_for_language


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def locales_forget(**kwargs):
    _locales.clear()


def is_default_language(language=None):
    return (language or translation.get_language()) == settings.LANGUAGE_CODE


def default_locale():
    return Locale.get_default()


def is_original(page):
    return page.locale_id == default_locale().pk


def original_of(page):
    """The English page a Welsh page translates (the page itself when it is English)."""
    if is_original(page):
        return page
    return type(page).objects.get(translation_key=page.translation_key, locale=default_locale())


def translation_in(page, language):
    """The live translation of `page` into `language`, or None."""
    try:
        locale = Locale.objects.get_for_language(language)
    except (Locale.DoesNotExist, LookupError):
        return None
    return type(page).objects.filter(translation_key=page.translation_key, locale=locale, live=True).first()


def in_reading_language(page):
    """`page` to show in the active language: a copy of it carrying its translation's visible
    fields, or (no translation yet) the page itself marked as shown in English. An English
    reader costs no query."""
    language = translation.get_language()
    if is_default_language(language) or not isinstance(page, Page):
        return page
    shown = copy.copy(page)
    translated = translation_in(page, language)
    if translated is None:
        shown.shown_language = settings.LANGUAGE_CODE
        return shown
    for name in SHOWN_FIELDS:
        if hasattr(shown, name) and hasattr(translated, name):
            setattr(shown, name, getattr(translated, name))
    shown.shown_language = language
    return shown


def originals(pages):
    """Only the English pages of a page queryset: every list of courses, policies or classroom
    days Waymark keeps is of these (the Welsh ones are their translations)."""
    return pages.filter(locale__language_code=settings.LANGUAGE_CODE)


def translations_to_bring_up_to_date():
    """Welsh pages whose English page was published after them (or which were never published),
    each with `source_id` and `source_published_at`, oldest change first: one query."""
    from django.db.models import F, OuterRef, Q, Subquery

    english = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    )
    return list(
        Page.objects.exclude(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(
            source_id=Subquery(english.values("pk")[:1]),
            source_published_at=Subquery(english.values("last_published_at")[:1]),
        )
        .filter(source_id__isnull=False)
        .filter(Q(last_published_at__isnull=True) | Q(source_published_at__gt=F("last_published_at")))
        .select_related("locale")
        .order_by("source_published_at")
    )


def titles_by_key(language):
    """{translation_key: title} of every live page in `language`, kept under the content version
    (courses.content_cache), so lists of titles cost no query while nothing is published."""
    from courses.content_cache import kept, key_for

    return kept(
        key_for(f"titles:{language}"),
        lambda: {
            str(key): title
            for key, title in Page.objects.filter(locale__language_code=language, live=True).values_list(
                "translation_key", "title"
            )
        },
    )


def title_in_reading_language(translation_key, title):
    """The title of the page with this translation key in the active language; `title` (the
    English one) when it has no live translation. No query for an English reader."""
    language = translation.get_language()
    if is_default_language(language) or not translation_key:
        return title
    return titles_by_key(language).get(str(translation_key), title)


def titles_in_reading_language(pages):
    """Give each page in a list the title of its live translation in the active language (in
    place; the lists given are each caller's own), with `shown_language` where there is none.
    From the content cache: no query while nothing is published, none for an English reader."""
    pages = [page for page in pages if page is not None]
    language = translation.get_language()
    if is_default_language(language) or not pages:
        return pages
    titles = titles_by_key(language)
    for page in pages:
        translated = titles.get(str(page.translation_key))
        if translated is None:
            page.shown_language = settings.LANGUAGE_CODE
        else:
            page.title = translated
    return pages
