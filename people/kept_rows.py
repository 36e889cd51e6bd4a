"""Table rows rendered once and then kept in the cache, for the pages that show many rows which
seldom change: the readiness board (readiness/board_rows.py) and My team (supervision).

A kept row is never out of date, because its key holds everything it shows:
- what the caller says the row shows (a string it makes from the row's values);
- the reader's language and time zone, and anything else the caller says the rows vary
  with (the board's rules name courses, so it passes the content version);
- a fingerprint of what renders it: the row's template, the files the caller names (the
  wording of rules, say) and the translation catalogues, so a release that changes any of
  them never shows a row rendered by the one before.
So the cache only saves rendering a row again. A table's rows are read in one round trip,
and those missing are rendered and stored in one more. With no cache (Redis away) every row
is rendered, as before.
"""

import hashlib
from functools import cached_property
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

# A kept row is dropped after this long anyway, so rows nobody looks at do not stay.
TIMEOUT = 60 * 60


def digest(*parts):
    """A short, fixed-length digest of the values a row shows."""
    return hashlib.blake2b("\x1f".join(str(part) for part in parts).encode(), digest_size=12).hexdigest()


class KeptRows:
    def __init__(self, name, template, *, sources=()):
        self.name = name
        self.template = template
        self.sources = tuple(sources)

    @cached_property
    def release(self):
        """A fingerprint of the template, the named sources and the catalogues, made once a process."""
        template = get_template(self.template)
        paths = [Path(template.origin.name), *self.sources]
        paths += sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.mo"))
        fingerprint = hashlib.blake2b(digest_size=8)
        for path in paths:
            fingerprint.update(str(path).encode())
            fingerprint.update(Path(path).read_bytes() if Path(path).exists() else b"")
        return fingerprint.hexdigest()

    def render(self, rows, *, shows, context=None, varies_with=""):
        """Each row as HTML, in order. `shows(row)` says everything the row shows, as a string,
        or None for a row not to keep (it is rendered each time). `varies_with` is what else
        every row depends on, such as a content version."""
        context = context or {}
        prefix = (
            f"kept-row:{self.name}:{self.release}:{translation.get_language()}:"
            f"{timezone.get_current_timezone_name()}:{varies_with}"
        )
        keys = []
        for row in rows:
            shown = shows(row)
            keys.append(None if shown is None else f"{prefix}:{digest(shown, *sorted(context.items()))}")
        kept = cache.get_many([key for key in keys if key]) if any(keys) else {}
        template = get_template(self.template)
        html, missing = [], {}
        for row, key in zip(rows, keys, strict=True):
            if key in kept:
                html.append(mark_safe(kept[key]))  # noqa: S308 (rendered below by our own template)
                continue
            rendered = template.render({**context, "row": row})
            html.append(mark_safe(rendered))  # noqa: S308 (an autoescaped template)
            if key:
                missing[key] = rendered
        if missing:
            cache.set_many(missing, TIMEOUT)
        return html
