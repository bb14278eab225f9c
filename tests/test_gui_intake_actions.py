"""The People menu in the main window: export, audit trail, history under the card, cancel, operator."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

OPERATOR = "Sara Ahmadi"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    store.setValue("operator/name", OPERATOR)
    return store


@pytest.fixture
def window(qtbot, demo_db, settings):
    from ui.main_window import MainWindow

    win = MainWindow(demo_db, settings, "en")
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(
        lambda: win.people_model.total() > 0 and win.intake.current_person() is not None, timeout=10_000
    )
    return win


def _type(qtbot, widget, text: str) -> None:
    """Type as a person would; non-ASCII text arrives as key events carrying it (QTest knows only ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    _type(qtbot, edit, text)


def _select_rows(qtbot, window, rows: list[int]) -> list[int]:
    """Click the first row, Ctrl+click the others."""
    for n, row in enumerate(rows):
        rect = window.table.visualRect(window.people_model.index(row, 1))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    return [window.people_model.delegate_id(r) for r in rows]


def test_the_people_menu_and_toolbar_offer_the_intake_actions(window) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    titles = list(menus)
    assert titles.index("&People") == titles.index("&View") + 1  # the first of the work menus
    assert titles[-1] == "&Help"
    texts = [a.text() for a in menus["&People"].actions() if not a.isSeparator()]
    assert texts == [
        "&New person…",
        "&Edit person…",
        "&Photo…",
        "&Cancel person…",
        "&Import list…",
        "E&xport selection…",
        "Export &audit trail…",
        "Change &operator…",
    ]
    shortcuts = [s.toString() for s in window.intake.action_new_person.shortcuts()]
    assert shortcuts == ["Ctrl+N", "Ins"]  # a new person is the desk's "new"; a new database has no key
    assert window.action_new.shortcut().isEmpty()
    assert window.intake.toolbar.isVisible()
    assert window.intake.operator_label.text() == f"Operator: {OPERATOR}"


def test_history_in_the_detail_pane_after_an_edit(qtbot, window, demo_db) -> None:
    person = window.intake.current_person()
    editor = window.intake.edit_person()
    old_family = editor.family_name.text()
    _retype(qtbot, editor.family_name, "Rahimi")
    _retype(qtbot, editor.dietary, "vegan")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not window.intake.refreshing() and window.intake.current_person() == person, timeout=10_000
    )
    entries = window.intake.history.entries()
    assert entries, "the history shows the edit"
    newest = next(e for e in entries if "edited" in e)  # newest first; an approval may be undone too
    assert OPERATOR in newest
    assert f"Family name (as in the passport): \u2068{old_family}\u2069 → \u2068Rahimi\u2069" in newest
    assert "Dietary needs:" in newest and "\u2068vegan\u2069" in newest
    assert window.intake.history.isVisible()
    assert window.intake.history.parent() is window.detail.widget()


def test_history_names_categories_and_delegations_in_words(qtbot, window, demo_db) -> None:
    editor = window.intake.edit_person()
    editor.category.setCurrentIndex(editor.category.findText("Press"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.intake.refreshing(), timeout=10_000)
    assert "Category:" in "\n\n".join(window.intake.history.entries())
    assert "\u2068Press\u2069" in "\n\n".join(window.intake.history.entries())


def test_export_the_selected_rows_without_then_with_passports(qtbot, window, demo_db, tmp_path) -> None:
    from openpyxl import load_workbook

    ids = _select_rows(qtbot, window, [0, 2, 4])
    assert window.intake.selected_people() == ids
    dialog = window.intake.export_selection()
    assert dialog.selected_radio.isChecked() and "selected rows (3)" in dialog.selected_radio.text()
    assert not dialog.passports.isChecked()
    _retype(qtbot, dialog.path_edit, str(tmp_path / "three.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported 3 people" in window.statusBar().currentMessage(), timeout=10_000)
    rows = list(load_workbook(tmp_path / "three.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 4 and "passport_no" not in rows[0]
    assert [int(r[rows[0].index("id")]) for r in rows[1:]] == ids

    _select_rows(qtbot, window, [0, 2, 4])
    dialog = window.intake.export_selection()
    dialog.passports.setChecked(True)
    _retype(qtbot, dialog.path_edit, str(tmp_path / "three.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            (tmp_path / "three.csv").exists() and "Exported 3 people" in window.statusBar().currentMessage()
        ),
        timeout=10_000,
    )
    with open(tmp_path / "three.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert "passport_no" in rows[0] and all(r[rows[0].index("passport_no")] for r in rows[1:])


def test_export_everyone_listed_in_the_tree_selection(qtbot, window, tmp_path) -> None:
    guests = window.tree_model.find("guests")
    with qtbot.waitSignal(window.people_model.loaded, timeout=10_000):
        window.tree.setCurrentIndex(guests)
    listed = window.people_model.total()
    _select_rows(qtbot, window, [0])
    dialog = window.intake.export_selection()
    assert dialog.listed_radio.isChecked()  # one row selected: the list is the likelier wish
    assert f"({listed} people)" in dialog.listed_radio.text() and "Guests" in dialog.listed_radio.text()
    _retype(qtbot, dialog.path_edit, str(tmp_path / "guests.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: f"Exported {listed} people" in window.statusBar().currentMessage(), timeout=10_000
    )


def test_export_to_a_missing_folder_is_a_message(qtbot, window, tmp_path) -> None:
    window.intake.export_now([1], str(tmp_path / "nowhere" / "x.csv"), False)
    qtbot.waitUntil(
        lambda: window.intake.message_box is not None and window.intake.message_box.isVisible(),
        timeout=10_000,
    )
    assert "does not exist" in window.intake.message_box.text()
    window.intake.message_box.close()


def test_export_the_audit_trail_of_one_person(qtbot, window, tmp_path) -> None:
    person = window.intake.current_person()
    editor = window.intake.edit_person()
    _retype(qtbot, editor.phone, "+98 911 111 2233")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not window.intake.refreshing() and window.intake.current_person() == person, timeout=10_000
    )
    dialog = window.intake.export_audit()
    dialog.person_radio.setChecked(True)
    _retype(qtbot, dialog.path_edit, str(tmp_path / "trail.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "audit entries" in window.statusBar().currentMessage(), timeout=10_000)
    with open(tmp_path / "trail.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["entity_id"] for r in rows} == {str(person)}
    phone = [r for r in rows if r["field"] == "phone"]
    assert phone and phone[-1]["after"] == "'+98 911 111 2233" and phone[-1]["operator"] == OPERATOR


def test_cancel_person_from_the_menu_keeps_the_record(qtbot, window, demo_db) -> None:
    from accreditation.store.models import Delegate, DelegateStatus
    from ui.editor.cancel_person import CancelPersonDialog

    person = window.intake.current_person()
    window.intake.action_cancel_person.trigger()
    dialog = window.intake.dialog
    assert isinstance(dialog, CancelPersonDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Visa refused")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not window.intake.refreshing() and window.intake.current_person() == person, timeout=10_000
    )
    with demo_db.sessions() as session:
        assert session.get(Delegate, person).status == DelegateStatus.CANCELLED
    assert window.detail.field_text("status") == "Cancelled"
    assert "cancelled (\u2068Visa refused\u2069)" in "\n\n".join(window.intake.history.entries())
    window.intake.action_cancel_person.trigger()
    assert window.intake.message_box.isVisible() and "already cancelled" in window.intake.message_box.text()
    window.intake.message_box.close()


def test_actions_on_no_person_explain_instead_of_failing(qtbot, window) -> None:
    window.table.selectionModel().clearCurrentIndex()
    assert window.intake.current_person() is None
    assert window.intake.edit_person() is None
    assert window.intake.message_box.isVisible() and "Select a person" in window.intake.message_box.text()
    window.intake.message_box.close()
    assert window.intake.photo() is None
    window.intake.message_box.close()


def test_change_operator_from_the_menu(qtbot, window, settings) -> None:
    from ui.operator import OperatorDialog, saved_operator

    def answer() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, OperatorDialog) and w.isVisible()
        )
        assert dialog.name_edit.text() == OPERATOR  # the current one, to change
        _retype(qtbot, dialog.name_edit, "Night shift: Omid")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.intake.action_change_operator.trigger()
    assert saved_operator(settings) == "Night shift: Omid"
    assert window.intake.operator_label.text() == "Operator: Night shift: Omid"


def test_a_new_person_in_a_region_starts_in_its_delegation(qtbot, window) -> None:
    region = None
    for row in range(window.tree_model.rowCount()):
        country = window.tree_model.index(row, 0)
        if str(country.data()).startswith("Russian"):
            region = window.tree_model.index(0, 0, country)
    with qtbot.waitSignal(window.people_model.loaded, timeout=10_000):
        window.tree.setCurrentIndex(region)
    editor = window.intake.new_person()
    assert "Astrakhan" in editor.delegation.currentText()
    assert editor.category.currentText() == "Delegate / adviser"
    editor.reject()


def test_the_persian_window_has_the_menu_and_a_mirrored_history(qtbot, demo_db, settings) -> None:
    from ui.app import install_translators
    from ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        install_translators(app, "fa")
        win = MainWindow(demo_db, settings, "fa")
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.intake.current_person() is not None, timeout=10_000)
        assert win.intake.history.isRightToLeft()
        assert win.intake.toolbar.isRightToLeft()
        editor = win.intake.edit_person()
        _retype(qtbot, editor.dietary, "حلال")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: not win.intake.refreshing() and bool(win.intake.history.entries()), timeout=10_000
        )
        from ui.intake.history import action_label

        edited = action_label("edit")  # in Persian once the translation has it
        newest = next(e for e in win.intake.history.entries() if edited in e)
        assert any("\u06f0" <= ch <= "\u06f9" for ch in newest.split("·")[0])  # Persian digits in the date
        assert "\u2068حلال\u2069" in newest and " ← " in newest  # before ← after, read right to left
        assert win.intake.history.body.text().startswith("\u200f")
    finally:
        install_translators(app, "en")


def test_actions_follow_the_person_chosen_in_the_search_results(qtbot, window, demo_db) -> None:
    from accreditation.store.models import Delegate

    search = getattr(window, "search", None)
    if search is None:
        pytest.skip("this window has no search panel")
    with demo_db.sessions() as session:
        target = session.get(Delegate, 150)
        family = target.family_name
    window.table.setFocus()
    _type(qtbot, search.box, family)
    qtbot.waitUntil(
        lambda: search.model.rowCount() > 0 and window.centre.currentWidget() is search, timeout=10_000
    )
    row = next(r for r in range(search.model.rowCount()) if search.model.result(r).row.id == 150)
    rect = search.results.visualRect(search.model.index(row, 0))
    qtbot.mouseClick(search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.intake.current_person() == 150
    qtbot.mouseDClick(search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.intake.dialog
    assert editor is not None and editor.delegate_id == 150
    _retype(qtbot, editor.dietary, "no nuts")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.intake.refreshing(), timeout=10_000)
    assert window.detail.field_text("needs").startswith("no nuts")
    assert "no nuts" in "\n\n".join(window.intake.history.entries())
