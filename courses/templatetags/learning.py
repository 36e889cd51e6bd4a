"""How lessons and courses read: times as people say them, and phone numbers to tap."""

import re

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def time_needed(minutes):
    """15 → "About 15 minutes", 60 → "About 1 hour", 90 → "About an hour and a half"."""
    minutes = int(minutes or 0)
    if minutes < 55:
        return ngettext("About %(n)d minute", "About %(n)d minutes", max(minutes, 1)) % {"n": max(minutes, 1)}
    half_hours = round(minutes / 30)
    hours, half = divmod(half_hours, 2)
    if half and hours == 1:
        return _("About an hour and a half")
    if half:
        return _("About %(n)d and a half hours") % {"n": hours}
    return ngettext("About %(n)d hour", "About %(n)d hours", hours) % {"n": hours}


@register.simple_tag
def course_time(course, progress):
    """A course's time as a learner counts it: its classroom days, and the online lessons'
    own times added up, so the course page agrees with "My path"."""
    days = len(progress.classroom_days) if progress else 0
    online = sum(lesson.estimated_minutes for lesson in progress.lessons) if progress else 0
    if not days:
        return time_needed(online or course.estimated_minutes)
    in_class = ngettext("%(n)d classroom day", "%(n)d classroom days", days) % {"n": days}
    if not online:
        return in_class
    return _("%(days)s, and online lessons (%(online)s)") % {"days": in_class, "online": time_needed(online).lower()}


# UK numbers as they are written in lessons: 999, 111, 101, 116 123, and 0 followed by 9 or
# 10 more digits in groups.
_PHONE = re.compile(r"(?<![\w/.:-])(999|111|101|116 ?123|0\d{2,4}(?: \d{3,4}){1,2}|0\d{9,10})(?![\w/-])")
_TAG = re.compile(r"(<[^>]+>)")


@register.filter
def tel_links(html):
    """Turn phone numbers in already-escaped HTML into tap-to-call links, leaving tags and
    the text of existing links alone."""
    if not isinstance(html, SafeString):
        html = format_html("{}", html)
    out, inside_link = [], 0
    for part in _TAG.split(str(html)):
        if part.startswith("<"):
            if re.match(r"<a[\s>]", part):
                inside_link += 1
            elif part.startswith("</a"):
                inside_link = max(inside_link - 1, 0)
            out.append(part)
        elif inside_link:
            out.append(part)
        else:
            out.append(_PHONE.sub(
                lambda found: f'<a class="govuk-link waymark-tel" href="tel:{found.group(1).replace(" ", "")}">'
                f"{found.group(1)}</a>",
                part,
            ))
    return mark_safe("".join(out))  # noqa: S308 (built from escaped HTML and digits only)


@register.filter
def reading_title(page):
    """A course, lesson, module or policy page's title in the reader's language, from the
    content cache (no query while nothing is published; none for an English reader). A page
    with no live translation keeps its English title, marked `lang="en-gb"` inside a Welsh page."""
    from django.conf import settings

    from courses import translations

    if page is None:
        return ""
    key = getattr(page, "translation_key", None)
    if translations.is_default_language() or key is None:
        return page.title
    titles = translations.titles_by_key(translation.get_language())
    if str(key) in titles:
        return titles[str(key)]
    return format_html('<span lang="{}">{}</span>', settings.LANGUAGE_CODE, page.title)


@register.filter
def shown_lang(page):
    """` lang="en-gb"` for a page (or a title in a list) shown in English inside a page in
    another language because it has no translation yet; nothing otherwise. Goes on the
    element holding the page's own words, never on Waymark's buttons and notices around them."""
    shown = getattr(page, "shown_language", None)
    if not shown or shown == translation.get_language():
        return ""
    return format_html(' lang="{}"', shown)
