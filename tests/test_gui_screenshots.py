"""Every window and dialog in English, Persian and Russian: mirrored in Persian, dates in the reader's
calendar, and a PNG of each for a person to open and read.

The PNGs go to ``$ACCREDITATION_SHOTS`` (e.g. ``/tmp/shots``) when it is set, else to the test's own
temporary folder: ``ACCREDITATION_SHOTS=/tmp/shots pytest tests/test_gui_screenshots.py -k sqlite``.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

pytestmark = pytest.mark.gui

SUMMIT_DAY = datetime(2025, 11, 18, 9, 30)  # 27 Aban 1404
PERSIAN_DAY = "۲۷ آبان ۱۴۰۴"
DAY_IN = {"en": "18 November 2025", "ru": "18 ноября 2025", "fa": PERSIAN_DAY}
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
#: How the plenary's seat T7 reads in each language: the reader's script first.
BABUSHKIN = {"en": "Igor Babushkin", "ru": "Игорь Бабушкин", "fa": "ایگور بابوشکین"}


def _texts(widget: QWidget) -> str:
    """Everything a reader sees written in a widget and its children (labels, fields, combos, lists)."""
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateTimeEdit

    parts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel):
            parts.append(child.text())
        elif isinstance(child, QDateTimeEdit):
            parts.append(child.text())
        elif isinstance(child, QLineEdit):
            parts.append(child.text())
        elif isinstance(child, QComboBox):
            parts.extend(child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for row in range(min(model.rowCount(), 50)):
                for column in range(model.columnCount()):
                    value = model.index(row, column).data()
                    if value is not None:
                        parts.append(str(value))
    return "\n".join(parts)


class Shots:
    def __init__(self, folder: Path, language: str, qtbot) -> None:
        self.folder, self.language, self.qtbot = folder, language, qtbot
        folder.mkdir(parents=True, exist_ok=True)

    def take(self, name: str, widget: QWidget, size: tuple[int, int] | None = None) -> Path:
        if size:
            widget.resize(*size)
        if not widget.isVisible():
            widget.show()
        self.qtbot.waitExposed(widget)
        self.qtbot.wait(150)
        path = self.folder / f"{name}-{self.language}.png"
        assert widget.grab().save(str(path))
        if self.language == "fa":
            assert widget.isRightToLeft(), f"{name} is not mirrored in Persian"
        return path

    def plan(self, name: str, editor) -> Path:  # type: ignore[no-untyped-def]
        """The whole room as the seating editor draws it at its default zoom: every seat at 100%."""
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QImage, QPainter

        scale = editor.room_view.transform().m11()
        room = editor.scene.itemsBoundingRect().adjusted(-100, -100, 100, 100)
        image = QImage(int(room.width() * scale), int(room.height() * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        editor.scene.render(painter, QRectF(image.rect()), room)
        painter.end()
        path = self.folder / f"{name}-{self.language}.png"
        assert image.save(str(path))
        return path


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_each_window_in_each_language(qtbot, demo_db, db_kind: str, tmp_path: Path, language: str) -> None:
    if db_kind != "sqlite":
        pytest.skip("the windows are the same on both databases; one set of pictures is enough")
    from accreditation.event.loader import current_event
    from accreditation.people.delegates import update_delegate
    from accreditation.seating.plans import plan_for_session
    from accreditation.seating.precedence import arrange
    from accreditation.store.models import Delegate, DelegateStatus
    from ui.app import install_translators
    from ui.approval.window import ApprovalQueueWindow
    from ui.badges.print_dialog import PrintBadgesDialog
    from ui.badges.queue import PrintQueueDialog
    from ui.checkin.window import CheckInWindow
    from ui.dashboard import DashboardWindow
    from ui.editor.dialog import DelegateEditor
    from ui.import_wizard.dialog import ImportDialog
    from ui.main_window import MainWindow
    from ui.photo.dialog import PhotoDialog
    from ui.seating.editor import SeatingEditor
    from ui.seating.legibility import joined, small_font_px

    folder = Path(os.environ.get("ACCREDITATION_SHOTS") or tmp_path / "shots")
    shots = Shots(folder, language, qtbot)
    with demo_db.transaction() as session:
        person = (
            session.query(Delegate)
            .filter(Delegate.status != DelegateStatus.CANCELLED, Delegate.name_fa != "")
            .order_by(Delegate.id)
            .first()
        )
        person_id = person.id
        update_delegate(
            session,
            person_id,
            {"arrival": SUMMIT_DAY, "departure": datetime(2025, 11, 19, 18, 0)},
            "test",
        )
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    app = QApplication.instance()
    operator = lambda: "Shots"  # noqa: E731
    try:
        install_translators(app, language)
        win = MainWindow(demo_db, settings, language)
        qtbot.addWidget(win)
        win.resize(1400, 850)
        win.show()
        qtbot.waitUntil(
            lambda: win.people_model.total() > 0 and win.table.currentIndex().isValid(), timeout=10_000
        )
        row = win.people_model.row_of(person_id)
        if row is not None:  # the person's row chosen, as a desk would click it
            win.table.setCurrentIndex(win.people_model.index(row, 0))
        win.show_person(person_id)
        qtbot.waitUntil(lambda: DAY_IN[language] in _texts(win.detail), timeout=10_000)
        shots.take("main-window", win)
        if language == "ru":  # the data's own Russian names, where it has them
            tree = [win.tree_model.index(r, 0).data() for r in range(win.tree_model.rowCount())]
            assert "Иран (80)" in tree and "Россия (48)" in tree
            assert "Глава делегации" in _texts(win.table)

        editor = DelegateEditor(demo_db, operator, person_id, language, win)
        qtbot.addWidget(editor)
        shots.take("person-editor", editor, (1000, 760))
        arrival = editor.arrival
        if language == "fa":
            # Entered and shown in Solar Hijri with Persian digits: 1404/08/27 is 18 November 2025.
            assert "۱۴۰۴/۰۸/۲۷" in arrival.edit.text()
            assert arrival.value() == SUMMIT_DAY
            assert arrival.gregorian.text() == "18 November 2025"  # the visitor's itinerary alongside
        editor.close()

        photo = PhotoDialog(demo_db, person_id, operator, language, win)
        qtbot.addWidget(photo)
        shots.take("photo-dialog", photo, (900, 640))
        photo.close()

        wizard = ImportDialog(demo_db, operator, language, win, mappings_dir=tmp_path / "maps")
        qtbot.addWidget(wizard)
        wizard.resize(1100, 700)
        wizard.show()
        wizard.open_file(SAMPLES / "astrakhan.csv")
        qtbot.waitUntil(lambda: not wizard.is_busy(), timeout=20_000)
        shots.take("import-dialog", wizard)
        # The core's sentences keep the window's direction, even one that begins with a Cyrillic column's
        # name (a first-strong guess laid the Persian one out left to right, its parts out of order).
        opening = "\u2067" if language == "fa" else "\u2066"
        notices = [wizard.file_notices.item(i).text() for i in range(wizard.file_notices.count())]
        assert any("Дата рождения" in n for n in notices) and all(n.startswith(opening) for n in notices)
        # The choices name the categories in the reader's language (Persian, Russian), not only in English.
        shown = {"en": "Delegate / adviser", "fa": "عضو هیئت / مشاور", "ru": "Член делегации / советник"}
        assert wizard.category_combo.currentText() == shown[language]
        # The steps' chevrons point the way the steps go.
        assert ("‹" if language == "fa" else "›") in wizard.steps.text()
        wizard.close()

        desk = CheckInWindow(demo_db, settings, language, operator="Shots", now=SUMMIT_DAY)
        qtbot.addWidget(desk)
        desk.resize(1200, 800)
        desk.show()
        desk.chosen = person_id
        desk.check_in_chosen()
        qtbot.waitUntil(lambda: desk._pending == 0, timeout=10_000)
        shots.take("checkin-screen", desk)
        desk.close()

        dash = DashboardWindow(demo_db, language, now=SUMMIT_DAY, refresh_ms=60_000)
        qtbot.addWidget(dash)
        dash.resize(1200, 760)
        dash.show()
        qtbot.waitUntil(lambda: dash.day_combo.count() > 0, timeout=10_000)
        qtbot.wait(300)
        assert DAY_IN[language] in dash.day_combo.currentText()
        shots.take("dashboard", dash)
        dash.close()

        printing = PrintBadgesDialog(demo_db, operator, language, win, selected_ids=[person_id])
        qtbot.addWidget(printing)
        shots.take("badge-print", printing, (900, 640))
        printing.close()

        queue = PrintQueueDialog(demo_db, operator, language, win)
        qtbot.addWidget(queue)
        shots.take("badge-queue", queue, (1000, 600))
        queue.close()

        with demo_db.transaction() as session:  # the plenary arranged, as the desk does before printing
            arrange(session, plan_for_session(session, current_event(session), "plenary"))
        seating = SeatingEditor(demo_db, "plenary", language)
        qtbot.addWidget(seating)
        shots.take("seating-editor", seating, (1300, 800))
        plan = shots.plan("seating-plan", seating)
        small = small_font_px(seating)
        drawn = [item for item in seating.items.values() if item.seat.delegate_id]
        assert drawn and all(item.drawn_px >= small and item.drawn_lines for item in drawn), plan
        babushkin = next(i for i in drawn if i.seat.name_latin == "Igor Babushkin")
        assert joined(babushkin.drawn_lines) == BABUSHKIN[language]
        cut = [i.seat.label for i in drawn if joined(i.drawn_lines) not in i.short_names()]
        assert len(cut) <= len(drawn) // 20, cut  # names whole, but for a rare very long one
        seating.close()

        approvals = ApprovalQueueWindow(demo_db, operator, language)
        qtbot.addWidget(approvals)
        approvals.resize(1200, 700)
        approvals.show()
        qtbot.wait(500)
        shots.take("approval-queue", approvals)
        approvals.close()

        win.close()
    finally:
        install_translators(app, "en")


def test_a_persian_desk_types_the_arrival_in_solar_hijri(qtbot) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from ui.editor.fields import _DateTimeField

    field = _DateTimeField("fa", datetime(2025, 11, 18, 8, 0))
    qtbot.addWidget(field)
    field.show()
    qtbot.mouseClick(field.known, Qt.MouseButton.LeftButton)
    assert field.edit.text() == "۱۴۰۴/۰۸/۲۷  ۰۸:۰۰"
    assert field.gregorian.text() == "18 November 2025"
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, "1404/08/28 10:00")  # a keyboard left in Latin digits
    field.edit.editingFinished.emit()
    assert field.value() == datetime(2025, 11, 19, 10, 0)
    assert field.edit.text() == "۱۴۰۴/۰۸/۲۸  ۱۰:۰۰"
    assert field.gregorian.text() == "19 November 2025"
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for ch in "۱۴۰۴/۰۸/۲۹ ۱۱:۱۵":  # a Persian keyboard (QTest cannot type non-Latin keys itself)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field.edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert field.value() == datetime(2025, 11, 20, 11, 15)
    assert field.gregorian.text() == "20 November 2025"


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_menus_and_small_dialogs_in_each_language(
    qtbot, demo_db, db_kind: str, tmp_path: Path, language: str
) -> None:
    """The language menu, the export dialog and the restore question (with its count in the reader's digits)."""
    if db_kind != "sqlite":
        pytest.skip("the same on both databases")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from accreditation.backup import backup
    from ui.app import install_translators
    from ui.main_window import MainWindow

    folder = Path(os.environ.get("ACCREDITATION_SHOTS") or tmp_path / "shots")
    shots = Shots(folder, language, qtbot)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    app = QApplication.instance()
    try:
        install_translators(app, language)
        win = MainWindow(demo_db, settings, language)
        qtbot.addWidget(win)
        win.resize(1200, 800)
        win.show()
        qtbot.waitUntil(lambda: win.people_model.total() > 0, timeout=10_000)

        view_menu = next(
            a.menu()
            for a in win.menuBar().actions()
            if a.menu() and a.menu().actions() and a.menu().actions()[0].menu() is not None
        )
        language_menu = view_menu.actions()[0].menu()
        language_menu.popup(win.mapToGlobal(win.rect().center()))
        qtbot.waitExposed(language_menu)
        shots.take("language-menu", language_menu)
        assert [a.text() for a in language_menu.actions()] == ["فارسی", "English", "Русский"]
        language_menu.close()

        export = win.intake.export_selection() if hasattr(win, "intake") else None
        if export is not None:
            shots.take("export-dialog", export)
            export.reject()

        copy = backup(demo_db, tmp_path / "copy.sqlite")
        asked: list[str] = []

        def answer_no() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                shots.take("restore-question", box)
                asked.append(box.text())
                box.reject()
            else:
                QTimer.singleShot(100, answer_no)

        QTimer.singleShot(200, answer_no)
        win.restore_backup(str(copy))
        assert asked
        assert ("۳۰۰" if language == "fa" else "300") in asked[0]
        win.close()
    finally:
        install_translators(app, "en")


def test_a_spreadsheets_date_cell_reads_in_the_desks_calendar(
    qtbot, event_db, db_kind: str, tmp_path: Path
) -> None:
    if db_kind != "sqlite":
        pytest.skip("the same on both databases")
    from openpyxl import Workbook
    from PySide6.QtCore import Qt

    from ui.app import install_translators
    from ui.import_wizard.dialog import ImportDialog

    book = Workbook()
    sheet = book.active
    sheet.append(["Given name", "Family name", "Arrival"])
    sheet.append(["Pavel", "Vorontsov", SUMMIT_DAY])
    path = tmp_path / "astrakhan.xlsx"
    book.save(path)
    app = QApplication.instance()
    try:
        install_translators(app, "fa")
        dialog = ImportDialog(event_db, lambda: "Shots", "fa", mappings_dir=tmp_path / "maps")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.path_edit, str(path))
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.preview is not None, timeout=20_000)
        model = dialog.preview_model
        column = model.FIXED + 2
        assert PERSIAN_DAY in model.index(0, column).data()
        assert model.index(0, column).data(Qt.ItemDataRole.EditRole).startswith("2025-11-18")
    finally:
        install_translators(app, "en")
