"""Everything the core and the command line say is translated into Persian and Russian (issue 9).

* ``pyside6-lupdate`` run over today's ``accreditation/`` finds no (context, source) missing from
  ``assets/translations/core_{fa,ru}.ts`` (a message added with ``translate()`` but not translated fails);
* no translation is unfinished or empty, and each keeps its source's ``{placeholders}`` exactly (a renamed
  or dropped placeholder would raise KeyError, or lose the value, when the message is made);
* the command line speaks the language asked for (``--lang``, or ``ACCREDITATION_LANG``), while its
  ``--json`` output stays byte-identical across languages;
* the import preview, in Persian, gives the core's row problems in Persian.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from accreditation import i18n
from tests.conftest import run_main

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "assets" / "translations"
LANGUAGES = ("fa", "ru")
SAMPLES = ROOT.parent / "shared" / "samples"
#: str.format fields, and the %-fields of argparse's own words.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sr]|%[sr]")
_PERSIAN = re.compile(r"[\u0600-\u06FF]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _messages(path: Path) -> list[tuple[str, str, ET.Element | None]]:
    """(context, source, translation element) of every live message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"vanished", "obsolete"}:
                continue
            found.append((name, message.findtext("source", ""), translation))
    return found


def _lupdate() -> str | None:
    local = Path(sys.executable).with_name("pyside6-lupdate")
    return str(local) if local.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_finds_no_core_message_missing_from_the_catalogues(tmp_path: Path) -> None:
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with PySide6)")
    fresh = tmp_path / "fresh.ts"
    result = subprocess.run(
        [lupdate, "-extensions", "py", str(ROOT / "accreditation"), "-ts", str(fresh)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    if result.returncode != 0 or not fresh.exists():
        pytest.skip(f"pyside6-lupdate did not run: {result.stderr.strip()[:300]}")
    found = {(context, source) for context, source, _t in _messages(fresh)}
    assert len(found) > 300, f"lupdate found only {len(found)} messages in accreditation/"
    for language in LANGUAGES:
        known = {(c, s) for c, s, _t in _messages(CATALOGUES / f"core_{language}.ts")}
        missing = sorted(found - known)
        assert not missing, (
            f"{len(missing)} core messages are not in core_{language}.ts; run\n"
            "  .venv/bin/pyside6-lupdate -extensions py accreditation -ts assets/translations/core_fa.ts "
            "assets/translations/core_ru.ts\nand translate them:\n"
            + "\n".join(f"  {context}: {source!r}" for context, source in missing)
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_message_is_finished_and_keeps_its_placeholders(language: str) -> None:
    script = _PERSIAN if language == "fa" else _CYRILLIC
    problems = []
    messages = _messages(CATALOGUES / f"core_{language}.ts")
    assert len(messages) > 300
    for context, source, translation in messages:
        text = translation.text if translation is not None else None
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type") == "unfinished" or not text:
            problems.append(f"unfinished: {where}")
            continue
        if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
            problems.append(f"placeholders differ: {where} -> {text!r}")
        # A sentence left in English: the translation has none of the language's letters.
        if re.search(r"[A-Za-z]{3,} [a-z]{3,}", _PLACEHOLDER.sub("", source)) and not script.search(text):
            problems.append(f"not in {language}: {where} -> {text!r}")
    assert not problems, f"core_{language}.ts:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_formats_with_its_sources_values(language: str) -> None:
    """What ``translate(...).format(**values)`` does at run time, for every message."""
    i18n.set_language(language)
    for context, source, _translation in _messages(CATALOGUES / f"core_{language}.ts"):
        names = {m.split("!")[0].split(":")[0] for m in re.findall(r"\{([^{}]*)\}", source)}
        values = {name: 7 for name in names}
        try:
            source.format(**values)
        except (ValueError, TypeError):
            values = {name: "x" for name in names}
        expected_error = None
        try:
            source.format(**values)
        except (ValueError, TypeError) as exc:
            expected_error = type(exc)
        if expected_error is None:
            i18n.translate(context, source).format(**values)


def test_the_language_follows_the_call_not_the_import() -> None:
    from accreditation.intake.values import ValueProblem, parse_date

    for language, script in (("fa", _PERSIAN), ("ru", _CYRILLIC), ("en", re.compile("is not a date"))):
        i18n.set_language(language)
        with pytest.raises(ValueProblem) as caught:
            parse_date("not a day")  # the problem's sentence is cached per language, not once
        assert script.search(str(caught.value)), (language, str(caught.value))


# --- the command line -------------------------------------------------------------------------------------
def test_a_refused_command_says_why_in_the_language_asked_for(tmp_path: Path) -> None:
    db = str(tmp_path / "desk.sqlite")
    english = run_main("--db", db, "search", "  ")
    persian = run_main("--lang", "fa", "--db", db, "search", "  ")
    russian = run_main("--db", db, "search", "  ", env={"ACCREDITATION_LANG": "ru"})
    assert english.returncode == persian.returncode == russian.returncode == 1
    assert (
        english.stderr == "error: Give something to search for: a name, a badge, passport or phone number\n"
    )
    assert persian.stderr == "خطا: چیزی برای جست\u200cوجو بدهید: نام، شمارهٔ کارت، گذرنامه یا تلفن\n"
    assert russian.stderr == "ошибка: Укажите, что искать: имя, номер бейджа, паспорта или телефона\n"
    # --lang wins over the environment, and its value may follow an equals sign.
    again = run_main("--lang=fa", "--db", db, "search", "  ", env={"ACCREDITATION_LANG": "ru"})
    assert again.stderr == persian.stderr


def test_help_is_translated_and_a_language_we_lack_is_refused(tmp_path: Path) -> None:
    persian = run_main("--lang", "fa", "import", "--help")
    assert persian.returncode == 0
    assert "بررسی و گزارش، بدون نوشتن" in persian.stdout  # --dry-run's help
    assert "--dry-run" in persian.stdout and "--skip-invalid" in persian.stdout  # the flags never change
    russian = run_main("--lang", "ru", "--help")
    assert "язык сообщений и справки" in russian.stdout
    refused = run_main("--lang", "de", "--db", str(tmp_path / "x.sqlite"), "search", "x")
    assert refused.returncode == 2 and "--lang" in refused.stderr
    # argparse's own words too: usage, error, the missing argument.
    missing = run_main("--lang", "fa", "--db", str(tmp_path / "x.sqlite"), "search")
    assert missing.returncode == 2
    assert missing.stderr.startswith("کاربرد: main.py search")
    assert "main.py search: خطا: این آرگومان\u200cها لازم\u200cاند: QUERY" in missing.stderr
    assert "usage:" not in missing.stderr and "required" not in missing.stderr


def test_an_import_report_in_persian_keeps_ids_and_row_numbers_in_ascii(tmp_path: Path) -> None:
    sample = SAMPLES / "mazandaran.csv"
    if not sample.exists():
        pytest.skip(f"the shared sample {sample} is not there")
    db = str(tmp_path / "desk.sqlite")
    assert run_main("--db", db, "init").returncode == 0
    report = run_main("--lang", "fa", "--db", db, "import", str(sample), "--dry-run")
    assert report.returncode == 1, report.stderr
    lines = report.stdout.splitlines()
    assert any(line.startswith("ردیف 5: family_name: نام خانوادگی وارد نشده است") for line in lines), lines
    assert any(line.startswith("ردیف 6: arrival: «۱۴۰۴/۱۳/۰۱» تاریخ واقعی نیست") for line in lines), lines
    assert "The family name" not in report.stdout and "is not a real date" not in report.stdout
    assert "نفر تازه افزوده خواهند شد" in lines[-1] and "۴" in lines[-1]  # counts in Persian digits


def test_json_output_is_the_same_in_every_language(tmp_path: Path) -> None:
    sample = SAMPLES / "mazandaran.csv"
    if not sample.exists():
        pytest.skip(f"the shared sample {sample} is not there")
    db = str(tmp_path / "desk.sqlite")
    assert run_main("--db", db, "init").returncode == 0
    for command in (
        ("import", str(sample), "--dry-run", "--json"),
        ("search", "Karimi", "--json"),
        (
            "mrz",
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<11",
            "--json",
        ),
        ("mrz", "P<UTOERIKSSON<<ANNA<MARIA", "L898902C36UTO7408122F1204159ZE184226B<<<<<10", "--json"),
    ):
        outputs = {
            language: run_main("--lang", language, "--db", db, *command) for language in ("en", "fa", "ru")
        }
        english = outputs["en"]
        assert english.stdout.strip(), (command, english.stderr)
        for language, result in outputs.items():
            assert result.stdout == english.stdout, (command, language)
            assert result.returncode == english.returncode, (command, language)


# --- the core in-process -----------------------------------------------------------------------------------
def test_the_import_preview_in_persian_gives_its_row_problems_in_persian(event_db) -> None:
    from accreditation.intake import build_preview, read_table

    sample = SAMPLES / "mazandaran.csv"
    if not sample.exists():
        pytest.skip(f"the shared sample {sample} is not there")
    i18n.set_language("fa")
    with event_db.sessions() as session:
        preview = build_preview(session, read_table(sample))
    problems = {(p.row, p.column): p.message for p in preview.problems}
    assert (
        problems[(5, "family_name")] == "نام خانوادگی وارد نشده است؛ شکل گذرنامه\u200cای نام به آن نیاز دارد."
    )
    assert problems[(6, "arrival")].startswith("«۱۴۰۴/۱۳/۰۱» تاریخ واقعی نیست")
    assert all(_PERSIAN.search(note) for note in preview.notices), preview.notices
    i18n.set_language("ru")
    with event_db.sessions() as session:
        preview = build_preview(session, read_table(sample))
    problems = {(p.row, p.column): p.message for p in preview.problems}
    assert problems[(5, "family_name")] == "Не указана фамилия; она нужна для паспортного написания имени."


@pytest.mark.gui
def test_the_import_dialog_in_persian_lists_the_cores_problems_in_persian(qtbot, event_db, tmp_path) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators
    from ui.import_wizard.dialog import ImportDialog
    from ui.main_window import MainWindow

    sample = SAMPLES / "astrakhan.csv"
    if not sample.exists():
        pytest.skip(f"the shared sample {sample} is not there")
    app = QApplication.instance()
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    store.setValue("operator/name", "Import desk")
    install_translators(app, "fa")
    try:
        window = MainWindow(event_db, store, "fa")
        qtbot.addWidget(window)
        window.show()
        dialog = window.intake.import_list()
        assert isinstance(dialog, ImportDialog)
        qtbot.keyClicks(dialog.path_edit, str(sample))
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.preview is not None, timeout=30_000)
        shown = [dialog.problems_table.item(r, 3).text() for r in range(dialog.problems_table.rowCount())]
        assert shown, "the problems list is empty"
        for message in shown:
            assert _PERSIAN.search(message), message
            assert not re.search(r"\b(is|the|not|only)\b", message), message
        dialog.close()
    finally:
        install_translators(app, "en")
    assert i18n.current_language() == "en"
