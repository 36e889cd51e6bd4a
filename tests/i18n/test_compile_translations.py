"""The Welsh catalogue is compiled with polib, so neither `make run` nor `make test` needs
GNU gettext; a fuzzy entry is left out, as msgfmt leaves it out."""

import polib
from django.core.management import call_command

from people.translations import translations_compile


def _po(folder):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "cy"}
    po.append(polib.POEntry(msgid="Sign in", msgstr="Mewngofnodi"))
    po.append(polib.POEntry(msgid="Sign out", msgstr="Allgofnodi (drafft)", flags=["fuzzy"]))
    target = folder / "cy" / "LC_MESSAGES"
    target.mkdir(parents=True)
    po.save(str(target / "django.po"))
    return target / "django.po"


def test_it_compiles_each_catalogue_once_until_it_changes(settings, tmp_path):
    po = _po(tmp_path)
    settings.LOCALE_PATHS = [tmp_path]
    assert translations_compile() == [po.with_suffix(".mo")]
    assert translations_compile() == []
    compiled = {entry.msgid: entry.msgstr for entry in polib.mofile(str(po.with_suffix(".mo")))}
    assert compiled == {"Sign in": "Mewngofnodi"}


def test_the_command_says_what_it_did(settings, tmp_path, capsys):
    _po(tmp_path)
    settings.LOCALE_PATHS = [tmp_path]
    call_command("compile_translations")
    assert "Compiled" in capsys.readouterr().out
    call_command("compile_translations")
    assert "up to date" in capsys.readouterr().out
