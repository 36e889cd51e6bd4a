"""Waymark's message catalogues are compiled from locale/*/LC_MESSAGES/*.po with polib, a pure
Python package, so neither `make run` nor `make test` needs GNU gettext (msgfmt) installed.
The .mo files are built, never committed."""

from pathlib import Path

from django.conf import settings


def catalogues():
    """Every .po file under LOCALE_PATHS."""
    return sorted(po for folder in settings.LOCALE_PATHS for po in Path(folder).glob("*/LC_MESSAGES/*.po"))


def translations_compile(*, force=False):
    """Write each catalogue's .mo beside it when it is missing or older than its .po. Returns the
    .mo paths written."""
    import polib

    written = []
    for po in catalogues():
        mo = po.with_suffix(".mo")
        if not force and mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        polib.pofile(str(po)).save_as_mofile(str(mo))
        written.append(mo)
    return written
