"""A few Welsh strings for tests, in a catalogue of their own, so tests of the language machinery
do not depend on how far the real catalogue (locale/cy) has got."""

import copy

import polib
import pytest

from tests.courses import factories

WELSH = {
    "Skip to main content": "Neidio i'r prif gynnwys",
    "Your weekly check-in": "Eich gwiriad wythnosol",
    "Certificate of completion": "Tystysgrif cwblhau",
    "1:1 with %(name)s": "1:1 gyda %(name)s",
    "Check a certificate": "Gwirio tystysgrif",
    "Waymark report": "Adroddiad Waymark",
    "This page is not in Welsh yet, so it is shown in English.": (
        "Nid yw'r dudalen hon ar gael yn Gymraeg eto, felly mae hi'n Saesneg."
    ),
}


def catalogue_write(folder, strings):
    po = polib.POFile()
    po.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": "cy",
        "Plural-Forms": "nplurals=4; plural=(n==1) ? 0 : (n==2) ? 1 : (n != 8 && n != 11) ? 2 : 3;",
    }
    for english, welsh in strings.items():
        po.append(polib.POEntry(msgid=english, msgstr=welsh))
    target = folder / "cy" / "LC_MESSAGES"
    target.mkdir(parents=True, exist_ok=True)
    po.save_as_mofile(str(target / "django.mo"))
    return folder


@pytest.fixture
def welsh_strings(settings, tmp_path):
    """Django reads these before Waymark's own catalogue (LOCALE_PATHS: the first one wins)."""
    settings.LOCALE_PATHS = [catalogue_write(tmp_path / "locale", WELSH), *settings.LOCALE_PATHS]
    return WELSH


def welsh_course():
    """The test course in Welsh: the same structure and slugs, every visible word in Welsh;
    the classroom day's lesson is left untranslated."""
    data = copy.deepcopy(factories.course_data())
    data.update(title="Ffiniau proffesiynol", summary="Cadw'r berthynas yn ddiogel ac yn glir.")
    online, day = data["modules"]
    online.update(title="Y rhan ar-lein", summary="Darllenwch cyn y diwrnod.")
    why, check = online["lessons"]
    why.update(title="Pam mae ffiniau'n bwysig", body=[
        ("heading", "Cadw pawb yn ddiogel"),
        ("text", "Mae ffiniau'n eich diogelu chi."),
        ("callout", {"kind": "worried", "title": "Yn poeni?", "text": "Dywedwch wrth eich goruchwyliwr heddiw."}),
        ("reflection", "Pryd wnaeth ffin eich helpu chi?"),
    ])
    check.update(title="Gwiriwch eich dealltwriaeth", body=[("text", "Atebwch y cwestiynau isod.")])
    for question, text in zip(check["quiz"]["questions"], ["Pwy sy'n penderfynu?", "Pa rai sy'n helpu?"],
                              strict=True):
        question["text"] = text
        for number, option in enumerate(question["options"]):
            option["text"] = f"Ateb {number + 1}"
    day.update(title="Diwrnod yn yr ystafell ddosbarth", summary="Ymarfer gyda'n gilydd.", lessons=[])
    return data


def welsh_policy():
    return {**factories.policy_data(), "title": "Cyfrinachedd", "summary": "Beth rydyn ni'n ei gadw'n breifat.",
            "body": [("heading", "Beth sy'n aros yn breifat"), ("text", "Y rhan fwyaf o bethau.")]}
