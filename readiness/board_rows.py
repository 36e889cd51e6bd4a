"""The board's rows, each rendered once and kept (people/kept_rows.py).

Wording a row's rules in the reader's language, with course titles and dates, is most of
the board's time: two tables of fifty rows, each with its list of what is missing or due.
Yet a row changes only when the volunteer is judged again (a new moment, so a new key) or
their name, placement or status changes; the rules' wording, the state tags and the
catalogues are part of the fingerprint kept_rows adds, and the content version is part of
every key (rules name courses, worded from the content in the reader's language).
"""

from pathlib import Path

from courses import content_cache
from people.kept_rows import KeptRows

_HERE = Path(__file__).resolve().parent
_WORDING = (_HERE / "wording.py", _HERE / "states.py", _HERE / "templates" / "readiness" / "_state_tag.html")
TABLES = {
    "page": KeptRows("readiness-board", "readiness/_board_row.html", sources=_WORDING),
    "renewals": KeptRows("readiness-renewals", "readiness/_renewal_row.html", sources=_WORDING),
}


def _shows(row):
    """Everything a row shows; None while the volunteer is still being judged (not kept)."""
    if not row.judged:
        return None
    profile = row.profile
    summary = profile.user.readiness_summary
    return "\x1f".join(
        [str(profile.user_id), profile.user.full_name, str(profile.placement or ""), str(profile.status),
         summary.judged_at.isoformat()]
    )


def rendered(table, rows):
    """Set `html` on each row of one of the board's tables ("page" or "renewals")."""
    kept = TABLES[table].render(rows, shows=_shows, varies_with=content_cache.version())
    for row, html in zip(rows, kept, strict=True):
        row.html = html
