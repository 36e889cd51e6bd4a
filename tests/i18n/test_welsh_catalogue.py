"""Waymark's Welsh catalogue (locale/cy) covers every string marked for translation.

The strings are found the way `makemessages` finds them, but in Python, so the test runs where
GNU gettext is not installed: Django's own `templatize` turns each template into the gettext
calls xgettext would read, and Babel reads those and the Python files with Django's keywords.
The catalogue is read with polib, the compiled .mo with the standard library's gettext.
"""

import gettext
import io
import os
import re
from pathlib import Path

import polib
import pytest
from babel.messages.extract import extract
from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

ROOT = Path(settings.BASE_DIR)
PO_PATH = ROOT / "locale" / "cy" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")

# The folders `make messages` leaves out (see locale/README.md); makemessages never reads a folder
# named "locale", nor hidden ones.
IGNORED = {".venv", "node_modules", "locale", "staticfiles", "media", "__pycache__"}
IGNORED_PATHS = {("site", "static", "dist")}

# xgettext's Python keywords plus the ones makemessages adds, written as Babel keyword specs.
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}

# Babel's Python extractor takes a message only from a call of a keyword: its name, then "(" with
# nothing between but spaces or a line continuation (any other token ends the call). A file
# with no such call holds no message, so it is not tokenised (most of Waymark's Python).
CALLED = re.compile(r"\b(?:" + "|".join(sorted(KEYWORDS, key=len, reverse=True)) + r")[\s\\]*\(")

CY_PLURAL_FORMS = "nplurals=4; plural=(n==1) ? 0 : (n==2) ? 1 : (n != 8 && n != 11) ? 2 : 3;"

# What must come through a translation unchanged: named and positional placeholders, str.format
# fields and HTML tags.
PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sdfr]|%[sdfr]|\{[a-z_0-9]*\}|<[^>]+>")


def _source_files():
    found = []
    # Folders left out are not walked at all (.venv and node_modules hold tens of thousands of
    # files); like Path.rglob, a folder that is a symbolic link is not followed.
    for folder, subfolders, files in os.walk(ROOT):
        parts = Path(folder).relative_to(ROOT).parts
        subfolders[:] = [
            name for name in subfolders
            if not (name in IGNORED or name.startswith(".") or (*parts, name) in IGNORED_PATHS)
        ]
        found += [Path(folder, name) for name in files if Path(name).suffix in {".py", ".html", ".txt"}]
    return sorted(path for path in found if path.is_file())


def _python_of(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".py":
        return text
    # templatize writes a gettext call only for a trans, translate, blocktrans or blocktranslate
    # tag, or a _("constant"); a template with neither writes none.
    if "trans" not in text and "_(" not in text:
        return ""
    # templatize keeps the template's indentation, which Python's tokenizer would refuse; each
    # gettext call it writes sits on one line, so dropping it loses nothing.
    return "\n".join(line.lstrip() for line in templatize(text, origin=str(path)).splitlines())


def marked_strings():
    """Every (context, msgid, msgid_plural) marked for translation in Waymark's code and templates."""
    found = {}
    for path in _source_files():
        python = _python_of(path)
        if not CALLED.search(python):
            continue
        fileobj = io.BytesIO(python.encode("utf-8"))
        for lineno, message, _comments, context in extract("python", fileobj, keywords=KEYWORDS):
            singular, plural = message if isinstance(message, tuple) else (message, None)
            if singular:
                found.setdefault((context, singular, plural), f"{path.relative_to(ROOT)}:{lineno}")
    return found


@pytest.fixture(scope="module")
def marked():
    return marked_strings()


@pytest.fixture(scope="module")
def catalogue():
    return polib.pofile(str(PO_PATH))


def _placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def test_it_finds_the_strings_marked_in_python_and_in_templates(marked):
    found = {msgid for _context, msgid, _plural in marked}
    assert "My path" in found  # {% translate %} in a template
    assert "Pass the knowledge check to finish this lesson." in found  # gettext in Python


@pytest.mark.parametrize("source", [
    '_("a")', 'gettext ("a")', 'self._("a")', 'x = _ \\\n    ("a")', 'ngettext_lazy(\n"a", "b", n)',
    'pgettext("c", "a")', '_( # why\n"a")', 'f(_("a"))',
])
def test_every_call_babel_reads_a_message_from_is_seen_as_a_call(source):
    # The files left untokenised (CALLED) must be ones Babel finds nothing in.
    assert list(extract("python", io.BytesIO(source.encode()), keywords=KEYWORDS))
    assert CALLED.search(source)


@pytest.mark.parametrize("source", [
    "{% translate 'a' %}", "{% trans 'a' %}", "{% blocktranslate %}a{% endblocktranslate %}",
    "{% blocktrans count n=1 %}a{% plural %}b{% endblocktrans %}", '{{ _("a") }}',
    '{% include "x.html" with title=_("a") %}', '{{ x|default:_("a") }}',
])
def test_every_template_that_marks_a_string_is_read(source):
    python = "\n".join(line.lstrip() for line in templatize(source).splitlines())
    assert list(extract("python", io.BytesIO(python.encode()), keywords=KEYWORDS))
    assert "trans" in source or "_(" in source
    assert CALLED.search(python)


def test_every_marked_string_has_a_welsh_translation(marked, catalogue):
    entries = {(e.msgctxt, e.msgid): e for e in catalogue if not e.obsolete}
    missing = []
    for (context, msgid, plural), where in sorted(marked.items(), key=lambda item: item[1]):
        entry = entries.get((context, msgid))
        if entry is None or "fuzzy" in entry.flags or not entry.translated():
            missing.append(f"{where}: {msgid!r}")
        elif plural and entry.msgid_plural != plural:
            missing.append(f"{where}: {msgid!r} (plural changed)")
    assert not missing, f"{len(missing)} string(s) have no Welsh translation (see locale/README.md):\n" + "\n".join(
        missing[:50]
    )


def test_no_entry_is_fuzzy_or_empty(catalogue):
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert not catalogue.metadata_is_fuzzy


def test_welsh_keeps_every_placeholder_and_tag(catalogue):
    wrong = []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            allowed = (_placeholders(entry.msgid), _placeholders(entry.msgid_plural))
            wrong += [
                f"{entry.msgid!r} form {n}: {form!r}"
                for n, form in entry.msgstr_plural.items()
                if _placeholders(form) not in allowed
            ]
        elif _placeholders(entry.msgstr) != _placeholders(entry.msgid):
            wrong.append(f"{entry.msgid!r}: {entry.msgstr!r}")
    assert not wrong, "\n".join(wrong)


def test_plural_entries_have_all_four_welsh_forms(catalogue):
    assert catalogue.metadata["Plural-Forms"] == CY_PLURAL_FORMS
    short = [
        entry.msgid
        for entry in catalogue
        if entry.msgid_plural and sorted(k for k, v in entry.msgstr_plural.items() if v.strip()) != [0, 1, 2, 3]
    ]
    assert short == []


def test_the_compiled_catalogue_matches_the_po_file(catalogue):
    with MO_PATH.open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog
    expected = {}
    for entry in catalogue.translated_entries():
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            expected.update({(key, int(n)): form for n, form in entry.msgstr_plural.items()})
        else:
            expected[key] = entry.msgstr
    compiled = {key: value for key, value in compiled.items() if key != ""}
    stale = sorted(str(key) for key in expected.keys() ^ compiled.keys())
    stale += sorted(str(key) for key in expected.keys() & compiled.keys() if expected[key] != compiled[key])
    assert not stale, "django.mo is out of step with django.po: run `make messages`.\n" + "\n".join(stale[:20])


def test_django_serves_the_welsh_catalogue_with_its_four_plural_forms():
    with translation.override("cy"):
        assert translation.gettext("My path") == "Fy llwybr"
        assert translation.gettext("Sign Out") == "Allgofnodi"  # allauth's, shipped in Waymark's catalogue
        forms = [translation.ngettext("%(months)s month", "%(months)s months", n) % {"months": n} for n in (1, 2, 3, 8)]
    assert forms == ["1 mis", "2 fis", "3 mis", "8 mis"]
