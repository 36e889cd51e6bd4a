"""The board's rows as HTML, each rendered once and then kept in the cache.

Wording a row's rules in the reader's language, with course titles and dates, is most of
the board's time: two tables of fifty rows, each with its list of what is missing or due.
Yet a row changes only when the volunteer is judged again or their name, placement or
status changes. So a row is kept under a key made of everything it shows:
- the volunteer, their name, placement and status;
- when their summary was judged (judging again gives a new moment, so a new key);
- the reader's language and the content version (a course renamed or retitled in Welsh is
  worded afresh, courses.content_cache);
- the row templates, the wording module and the translations, as this code has them (a
  release that changes any of them never shows a row rendered by the one before).
A kept row is therefore never out of date; the cache only saves rendering it again. All of
a page's rows are fetched in one round trip, and those missing are rendered and stored in
another. With no cache (Redis away), every row is rendered, as before.
"""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from courses import content_cache

TEMPLATES = {"page": "readiness/_board_row.html", "renewals": "readiness/_renewal_row.html"}
# A kept row is also dropped after this long, so rows nobody looks at do not stay.
TIMEOUT = 60 * 60
_HERE = Path(__file__).resolve().parent


def _release():
    """A fingerprint of what renders a row: its templates, the rules' wording, the catalogues."""
    digest = hashlib.blake2b(digest_size=8)
    sources = [_HERE / "templates" / name for name in TEMPLATES.values()]
    sources += [_HERE / "templates" / "readiness" / "_state_tag.html", _HERE / "wording.py", _HERE / "states.py"]
    sources += sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.mo"))
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


RELEASE = _release()


def _key(table, row, context):
    profile = row.profile
    summary = profile.user.readiness_summary
    shown = "\x1f".join(
        [profile.user.full_name, str(profile.placement or ""), str(profile.status), summary.judged_at.isoformat()]
    )
    digest = hashlib.blake2b(shown.encode(), digest_size=12).hexdigest()
    return f"readiness:board-row:{RELEASE}:{context}:{table}:{profile.user_id}:{digest}"


def rendered(table, rows):
    """Set `html` on each row of one of the board's tables ("page" or "renewals")."""
    context = f"{translation.get_language()}:{content_cache.version()}"
    keyed = {}
    for row in rows:
        if row.judged:
            keyed[_key(table, row, context)] = row
        else:
            row.html = _render(table, row)
    kept = cache.get_many(list(keyed)) if keyed else {}
    missing = {}
    for key, row in keyed.items():
        if key in kept:
            row.html = mark_safe(kept[key])  # noqa: S308 (rendered by our own template, below)
        else:
            row.html = missing[key] = _render(table, row)
    if missing:
        cache.set_many({key: str(html) for key, html in missing.items()}, TIMEOUT)


def _render(table, row):
    return mark_safe(render_to_string(TEMPLATES[table], {"row": row}))  # noqa: S308 (autoescaped template)
