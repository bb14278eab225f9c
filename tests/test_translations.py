"""Every string of the window is translated into Persian and Russian (issue 9).

Three checks:

* the Qt Linguist sources ``ui/translations/accreditation_{fa,ru}.ts`` have no unfinished or empty
  message, and every translation keeps the placeholders (``%1``…, the number of ``%n``) and the single
  keyboard accelerator (``&``) of its English source;
* ``pyside6-lupdate`` run over today's ``ui`` modules (its packages included) finds no (context, source)
  pair missing from them (a string added to the window without running lupdate and translating it fails
  here);
* the window itself, in Persian and in Russian: the main window and everything its menus open (each
  menu entry is triggered; a dialog that blocks is read and closed by a timer), plus the dialogs that
  only appear in a given state, constructed directly. Every visible text (labels, buttons, group and
  window titles, tab and header texts, menu and toolbar entries, placeholders, tooltips, list and combo
  entries) is compared with the English sources: a text that still reads as an English source (exactly,
  through its ``%1`` template, or as a whole English sentence inside a longer text) is untranslated.
  This also catches a string that is translated in the .ts under another context than the one the
  window asks for at run time (``window.tr(...)`` outside the class, lupdate's misread contexts).

Data (names of people, regions, sessions, numbers, codes, paths) is never an English source, so it never
matches; names from the bundled event are also skipped explicitly, because a category or a zone can be
called the same as an interface string ("Head of delegation").
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "ui" / "translations"
LANGUAGES = ("fa", "ru")
#: Plural forms Qt expects in a .ts for the language (Persian has one, Russian one/few/many).
PLURAL_FORMS = {"fa": 1, "ru": 3}
OPERATOR = "Translation Check"

#: The standard buttons of QDialogButtonBox and QMessageBox, as Qt names them (QPlatformTheme).
QT_STANDARD_BUTTONS = (
    "OK",
    "Cancel",
    "Close",
    "Save",
    "Apply",
    "Discard",
    "Reset",
    "Open",
    "Help",
    "Abort",
    "Retry",
    "Ignore",
    "&Yes",
    "&No",
    "Yes to &All",
    "N&o to All",
    "Save All",
    "Restore Defaults",
    "Don't Save",
    "Close without Saving",
)
PLACEHOLDER = re.compile(r"%(\d+|n)")
BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None
)


# --- the .ts files ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "obsolete", "vanished"
    forms: tuple[str, ...]
    line: str  # where lupdate found it, for the failure message


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if node is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = node.get("type", "")
                forms = (
                    tuple(n.text or "" for n in node.findall("numerusform"))
                    if numerus
                    else (node.text or "",)
                )
            location = message.find("location")
            where = f"{location.get('filename')}:{location.get('line')}" if location is not None else "?"
            messages.append(Message(name, message.findtext("source") or "", numerus, kind, forms, where))
    return messages


@cache
def messages_of(language: str) -> tuple[Message, ...]:
    return tuple(
        m for m in read_ts(TS_DIR / f"accreditation_{language}.ts") if m.kind not in ("obsolete", "vanished")
    )


def placeholders(text: str) -> tuple[list[str], int]:
    """The numbered placeholders (sorted, repeats kept) and how many %n."""
    found = PLACEHOLDER.findall(text)
    return sorted(p for p in found if p != "n"), found.count("n")


def accelerators(text: str) -> int:
    """Keyboard accelerators: a single "&" before a character ("&&" is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished_and_keeps_its_placeholders(language: str) -> None:
    messages = messages_of(language)
    assert messages, f"no messages in accreditation_{language}.ts"
    problems = []
    for m in messages:
        label = f"{m.context} ({m.line}): {m.source!r}"
        if m.kind == "unfinished":
            problems.append(f"{label}: unfinished")
            continue
        if m.numerus and len(m.forms) != PLURAL_FORMS[language]:
            problems.append(
                f"{label}: {len(m.forms)} plural forms, {language} needs {PLURAL_FORMS[language]}"
            )
        for form in m.forms:
            if not form.strip():
                problems.append(f"{label}: empty translation")
            elif placeholders(form) != placeholders(m.source):
                problems.append(
                    f"{label}: placeholders {placeholders(form)} in {form!r}, "
                    f"the source has {placeholders(m.source)}"
                )
            elif accelerators(form) != accelerators(m.source):
                problems.append(
                    f"{label}: {accelerators(form)} accelerators (&) in {form!r}, "
                    f"the source has {accelerators(m.source)}"
                )
    assert not problems, f"accreditation_{language}.ts:\n" + "\n".join(problems)


def _lupdate() -> str | None:
    local = Path(sys.executable).with_name("pyside6-lupdate")
    return str(local) if local.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_finds_no_string_missing_from_the_translations(tmp_path: Path) -> None:
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with PySide6)")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run(
        [lupdate, *sources, "-ts", str(fresh)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    if result.returncode != 0 or not fresh.exists():
        pytest.skip(f"pyside6-lupdate did not run: {result.stderr.strip()[:300]}")
    found = {(m.context, m.source): m.line for m in read_ts(fresh)}
    assert found, "lupdate found no strings at all in the ui modules"
    for language in LANGUAGES:
        known = {(m.context, m.source) for m in messages_of(language)}
        missing = sorted(set(found) - known)
        assert not missing, (
            f"{len(missing)} strings of the window are not in accreditation_{language}.ts; run\n"
            "  .venv/bin/pyside6-lupdate ui/*.py ui/*/*.py -ts ui/translations/accreditation_fa.ts "
            "ui/translations/accreditation_ru.ts -no-obsolete\nand translate them:\n"
            + "\n".join(f"  {ctx} ({found[(ctx, src)]}): {src!r}" for ctx, src in missing)
        )


# --- what an untranslated text looks like ----------------------------------------------------------------
def normalize(text: str) -> str:
    """As the eye reads it: no bidi marks, no accelerator ampersands, spaces collapsed."""
    text = text.translate(BIDI_MARKS)
    text = re.sub(r"&(&?)", r"\1", text)
    return " ".join(text.split())


def _has_words(text: str, letters: int = 2) -> bool:
    return re.search(r"[A-Za-z]{" + str(letters) + ",}", text) is not None


@dataclass
class EnglishCatalogue:
    """The English sources whose translation in ``language`` reads differently, in three shapes."""

    exact: dict[str, Message]
    templates: list[tuple[re.Pattern[str], Message]]
    sentences: list[tuple[str, Message]]

    @classmethod
    def of(cls, language: str, data: frozenset[str] = frozenset()) -> EnglishCatalogue:
        exact: dict[str, Message] = {}
        templates: list[tuple[re.Pattern[str], Message]] = []
        sentences: list[tuple[str, Message]] = []
        for m in messages_of(language):
            source = normalize(m.source)
            if not _has_words(source) or all(normalize(f) == source for f in m.forms):
                continue  # no words to read ("#"), or deliberately the same in this language
            parts = PLACEHOLDER.split(source)[::2]  # the literal text around the placeholders
            if len(parts) == 1:
                exact.setdefault(source, m)
            elif _has_words("".join(parts), 3):
                pattern = "^" + "(.*?)".join(re.escape(p) for p in parts) + "$"
                templates.append((re.compile(pattern, re.DOTALL), m))
            # A whole English sentence inside a longer text (a summary made of several messages).
            for part in parts:
                part = part.strip(" :—-–,;(")
                if len(part) >= 18 and len(part.split()) >= 3 and _has_words(part, 3) and part not in data:
                    sentences.append((part, m))
            for line in m.source.split("\n"):
                line = normalize(line)
                if line != source and _has_words(line) and not PLACEHOLDER.search(line):
                    exact.setdefault(line, m)
        # The most specific template first ("Seat %1…" before "Seat %1").
        templates.sort(key=lambda t: -len(t[0].pattern))
        return cls(exact, templates, sentences)

    def add_qt_standard_buttons(self, language: str) -> None:
        """Qt's own button texts (OK, Cancel, Yes, No…) come from qtbase_<language>: they too must not be English."""
        from PySide6.QtCore import QLibraryInfo, QTranslator

        qt_own = QTranslator()
        if not qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            return
        for source in QT_STANDARD_BUTTONS:
            translated = qt_own.translate("QPlatformTheme", source)
            if translated and normalize(translated) != normalize(source):
                message = Message("QPlatformTheme (qtbase)", source, False, "", (translated,), "Qt")
                self.exact.setdefault(normalize(source), message)

    def match(self, text: str) -> Message | None:
        text = normalize(text)
        if not text or not _has_words(text):
            return None
        candidates = [text, *(normalize(line) for line in text.split("\n"))] if "\n" in text else [text]
        for candidate in candidates:
            if candidate in self.exact:
                return self.exact[candidate]
            for pattern, message in self.templates:
                if pattern.match(candidate):
                    return message
        for sentence, message in self.sentences:
            if sentence in text:
                return message
        return None


@cache
def data_names() -> frozenset[str]:
    """Names the bundled event gives to countries, regions, zones, categories, sessions, organizations."""
    names: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key.startswith("name") and isinstance(item, str):
                    names.add(normalize(item))
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in (ROOT / "assets" / "events").glob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return frozenset(names)


# --- reading the window ----------------------------------------------------------------------------------
Seen = list[tuple[str, str]]  # (where, text)


def _name(obj) -> str:  # type: ignore[no-untyped-def]
    return obj.objectName() or type(obj).__name__


def _plain(text: str) -> str:
    """A label's rich text as it reads."""
    from PySide6.QtGui import QTextDocument

    if "<" in text and re.search(r"<[a-zA-Z/!]", text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _action_texts(action, where: str, seen: Seen, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
    if action.isSeparator():
        return
    label = f"{where} › {normalize(action.text()) or _name(action)}"
    texts = [action.text(), action.statusTip(), action.whatsThis()]
    if normalize(action.toolTip()) != normalize(action.text()).rstrip(".…"):
        texts.append(action.toolTip())  # Qt's own tooltip is the text without "&" and "…": read once
    for text in texts:
        if text:
            seen.append((label, text))
    menu = action.menu()
    if menu is not None and depth < 4:
        seen.append((label, menu.title()))
        for child in menu.actions():
            _action_texts(child, label, seen, depth + 1)


def _model_texts(view, where: str, seen: Seen) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QTreeView

    model = view.model()
    tree = isinstance(view, QTreeView)
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model's columnCount is private in PySide6
            return 1

    for orientation in (Qt.Orientation.Horizontal,):
        for section in range(min(columns(QModelIndex()), 40)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str) and value:
                    seen.append((f"{where} header {section}", value))

    def rows(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), 30)):
            for column in range(min(columns(parent), 20)):
                # The display text only: an item's tooltip lists its names in every script (data).
                value = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str) and value:
                    seen.append((f"{where} row {row} col {column}", value))
            first = model.index(row, 0, parent)
            if depth < 2 and tree and model.rowCount(first) > 0:
                rows(first, depth + 1)

    rows(QModelIndex(), 0)


def widget_texts(top) -> Seen:  # type: ignore[no-untyped-def]
    """Every interface text a person can read in ``top`` and its children, hidden pages included."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGraphicsView,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMainWindow,
        QMenuBar,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QToolBar,
        QWidget,
    )

    seen: Seen = []
    root = _name(top)
    seen.append((f"{root} (window title)", top.windowTitle()))
    if isinstance(top, QMainWindow):
        seen.append((f"{root} status bar", top.statusBar().currentMessage()))
    for widget in [top, *top.findChildren(QWidget)]:
        where = f"{root}/{_name(widget)}"
        if widget is not top and widget.isWindow():
            continue  # a child window is read on its own
        for text in (widget.toolTip(), widget.statusTip(), widget.accessibleName()):
            if text:
                seen.append((f"{where} (tooltip)", text))
        if isinstance(widget, QLabel):
            seen.append((where, _plain(widget.text())))
        elif isinstance(widget, QAbstractButton):
            seen.append((where, widget.text()))
        elif isinstance(widget, QLineEdit):
            seen.append((f"{where} (placeholder)", widget.placeholderText()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            seen.append((f"{where} (placeholder)", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                seen.append((f"{where} item {i}", widget.itemText(i)))
            if widget.lineEdit() is not None:
                seen.append((f"{where} (placeholder)", widget.lineEdit().placeholderText()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                seen.append((f"{where} tab {i}", widget.tabText(i)))
                seen.append((f"{where} tab {i} (tooltip)", widget.tabToolTip(i)))
        elif isinstance(widget, QGroupBox):
            seen.append((where, widget.title()))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                _action_texts(action, f"{where} menu", seen)
        elif isinstance(widget, QToolBar):
            seen.append((f"{where} (title)", widget.windowTitle()))
            for action in widget.actions():
                _action_texts(action, f"{where} toolbar", seen)
        if isinstance(widget, QAbstractItemView):
            _model_texts(widget, where, seen)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items()[:500]:
                if item.toolTip():
                    seen.append((f"{where} item (tooltip)", item.toolTip()))
                text = getattr(item, "toPlainText", None) or getattr(item, "text", None)
                if callable(text) and isinstance(text(), str):
                    seen.append((f"{where} item", text()))
        # Actions added to the widget itself (shortcuts, context menus).
        for action in widget.actions():
            _action_texts(action, f"{where} action", seen)
    return [(where, text) for where, text in seen if text]


class ModalCloser:
    """While an action runs: read whatever modal dialog opens (file dialogs, message boxes) and close it."""

    def __init__(self, seen: Seen, interval_ms: int = 40) -> None:
        from PySide6.QtCore import QTimer

        self.seen = seen
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.closed: list[str] = []

    def _tick(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog

        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        self.seen.extend(widget_texts(widget))
        self.closed.append(_name(widget))
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def __enter__(self) -> ModalCloser:
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()


def other_windows(main) -> list:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMenu

    return [
        w
        for w in QApplication.topLevelWidgets()
        if w is not main and w.isVisible() and not isinstance(w, QMenu)
    ]


def read_and_close_others(qtbot, main, seen: Seen) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    for window in other_windows(main):
        seen.extend(widget_texts(window))
        if isinstance(window, QDialog):
            window.reject()
        window.close()
    qtbot.wait(20)


def menu_actions(window) -> Iterator:  # type: ignore[no-untyped-def]
    """Every entry of every menu of the menu bar, depth first."""

    def walk(actions):  # type: ignore[no-untyped-def]
        for action in actions:
            if action.isSeparator():
                continue
            if action.menu() is not None:
                yield from walk(action.menu().actions())
            else:
                yield action

    yield from walk(window.menuBar().actions())


# --- the window in Persian and in Russian -----------------------------------------------------------------
def _collect_window(qtbot, db, tmp_path: Path, language: str) -> Seen:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from accreditation.store.models import Delegate, DelegateStatus
    from ui.approval.window import ApprovalQueueWindow
    from ui.badges.reissue import ReissueDialog
    from ui.checkin.window import CheckInWindow
    from ui.editor.cancel_person import CancelPersonDialog
    from ui.editor.stale_edit import StaleEditDialog
    from ui.main_window import MainWindow
    from ui.operator import OperatorDialog, remember_operator
    from ui.seating.editor import OrderDialog, SeatingEditor
    from ui.widgets.mrz_field import MrzDifferencesDialog

    settings = QSettings(str(tmp_path / f"window-{language}.ini"), QSettings.Format.IniFormat)
    remember_operator(settings, OPERATOR)
    seen: Seen = []

    window = MainWindow(db, settings, language)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(
        lambda: window.people_model.total() > 0 and window.table.currentIndex().isValid(), timeout=10_000
    )
    seen.extend(widget_texts(window))

    # Everything the menus open; the language entries and Quit would replace or close the window.
    # An entry that fails for another reason is not this test's business: it is named in a warning.
    skipped = {window.action_quit, *getattr(window, "language_actions", {}).values()}
    with ModalCloser(seen):
        for action in list(menu_actions(window)):
            if action in skipped or not action.isEnabled():
                continue
            with qtbot.capture_exceptions() as errors:
                action.trigger()
                qtbot.wait(150)
            for _kind, error, _tb in errors:
                warnings.warn(
                    f"menu entry {normalize(action.text())!r} ({_name(action)}) failed: "
                    f"{type(error).__name__}: {error}",
                    stacklevel=1,
                )
            read_and_close_others(qtbot, window, seen)
    # A search shows its result list in the centre.
    window.search.box.setText("a")
    qtbot.wait(600)
    seen.extend(widget_texts(window))

    # The import wizard's later pages, on a region's sample list when the shared samples are there.
    sample = ROOT.parent / "shared" / "samples" / "astrakhan.csv"
    if sample.exists():
        from PySide6.QtCore import Qt

        before = len(seen)
        wizard = window.intake.import_list()
        qtbot.keyClicks(wizard.path_edit, str(sample))
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.is_busy() and wizard.preview is not None, timeout=20_000)
        seen.extend(widget_texts(wizard))  # the rows checked, with their problems
        qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.is_busy(), timeout=20_000)
        seen.extend(widget_texts(wizard))  # the columns
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.is_busy() and wizard.import_button.isEnabled(), timeout=20_000)
        with qtbot.waitSignal(wizard.imported, timeout=30_000):
            qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
        seen.extend(widget_texts(wizard))  # done: what was imported, row by row
        file_headers = {normalize(str(h)) for h in wizard.table.headers}  # the file's own words: data
        wizard.close()
        seen[before:] = [
            (where, text) for where, text in seen[before:] if normalize(text) not in file_headers
        ]

    # The windows and dialogs that appear only in a given state, made directly.
    with db.sessions() as session:
        person = session.query(Delegate).filter(Delegate.status != DelegateStatus.CANCELLED).first()
        person_id, person_name = person.id, person.latin_name
    made = []

    desk = CheckInWindow(db, settings, language, operator=OPERATOR)
    qtbot.addWidget(desk)
    desk.show()
    desk.chosen = person_id
    desk.check_in_chosen()  # the verdict panel with its captions filled
    qtbot.waitUntil(lambda: desk._pending == 0, timeout=10_000)
    made.append(desk)

    queue = ApprovalQueueWindow(db, lambda: OPERATOR, language)
    qtbot.addWidget(queue)
    queue.show()
    qtbot.wait(300)
    made.append(queue)
    view = getattr(queue, "table", None) or getattr(queue, "view", None)
    if view is not None and view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)
        queue.reject_selected()  # the reason dialog, with the queue's own title and prompt
        qtbot.wait(50)
        made.extend(other_windows(window))

    editor = SeatingEditor(db, "plenary", language)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.wait(300)
    made.append(editor)
    regions = [("gilan", "Gilan"), ("astrakhan", "Astrakhan")]
    made.append(OrderDialog(regions, editor))
    made.append(ReissueDialog(person_name, 12, 1, language))
    made.append(CancelPersonDialog(person_name))
    made.append(StaleEditDialog([("given_name", "Igor", "Igor")]))
    made.append(MrzDifferencesDialog([("document_no", "A1234567", "A7654321")]))
    made.append(OperatorDialog(""))
    for widget in made:
        if not widget.isVisible():
            qtbot.addWidget(widget)
            widget.show()
    qtbot.wait(100)
    for widget in made:
        seen.extend(widget_texts(widget))
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    return seen


@pytest.mark.gui
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_visible_string_of_the_window_is_translated(
    qtbot, demo_db, tmp_path: Path, language: str
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators

    app = QApplication.instance()
    catalogue = EnglishCatalogue.of(language, data_names())
    catalogue.add_qt_standard_buttons(language)
    try:
        assert install_translators(app, language), (
            f"no translator loaded for {language} (run pyside6-lrelease)"
        )
        seen = _collect_window(qtbot, demo_db, tmp_path, language)
    finally:
        install_translators(app, "en")
    assert len(seen) > 300, f"only {len(seen)} texts were read: the walk missed the window"
    untranslated: dict[tuple[str, str], Message] = {}
    for where, text in seen:
        if normalize(text) in data_names():
            continue
        message = catalogue.match(text)
        if message is not None:
            untranslated.setdefault((normalize(text), where), message)
    by_text: dict[str, list[str]] = {}
    for (text, where), message in untranslated.items():
        by_text.setdefault(
            f"{text!r} — the English of {message.context}: {message.source!r} ({message.line})", []
        ).append(where)
    assert not by_text, (
        f"{len(by_text)} texts read in English in the {language} window:\n"
        + "\n".join(
            f"  {text}\n      at {', '.join(sorted(set(places))[:3])}"
            for text, places in sorted(by_text.items())
        )
        + "\nA new string: run lupdate and translate it. A string translated in the .ts but shown in English is "
        "asked for at run time under another context than lupdate wrote (self.tr() looks the class name up; "
        "lupdate names a context after the variable in window.tr() or misreads it after a "
        'QCoreApplication.translate() call): use QCoreApplication.translate("TheClass", "...") there.'
    )


def test_the_catalogue_recognises_untranslated_texts() -> None:
    """The matcher itself: exact, through a template, inside a longer text; data and translations pass."""
    catalogue = EnglishCatalogue.of("ru")
    assert catalogue.match("&Quit") is not None
    assert catalogue.match("Quit") is not None
    assert catalogue.match("Database: \u2066/tmp/x.sqlite\u2069") is not None
    assert catalogue.match("Badges: 4 on 1 pages (newly numbered: 0). Cancelled, skipped: 2.") is not None
    assert catalogue.match("Выход") is None
    assert catalogue.match("База данных: /tmp/x.sqlite") is None
    assert catalogue.match("Igor Babushkin") is None
    assert catalogue.match("12345") is None
    assert catalogue.match("&Yes") is None  # not one of ours...
    catalogue.add_qt_standard_buttons("ru")
    assert catalogue.match("&Yes") is not None  # ...but Qt's, and qtbase_ru translates it
