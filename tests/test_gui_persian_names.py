"""The "Persian names" review screen, driven from the keyboard as protocol staff would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

pytestmark = pytest.mark.gui

OPERATOR = "Leila Nouri (protocol)"


@pytest.fixture
def review(qtbot, demo_db):
    from ui.persian_names.window import PersianNamesWindow

    win = PersianNamesWindow(demo_db, lambda: OPERATOR, "en")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=10_000):
        win.show()
    return win


def _name_fa(db, pid: int) -> str:
    from accreditation.store.models import Delegate

    with db.sessions() as s:
        return s.get(Delegate, pid).name_fa


def _type(widget, text: str) -> None:
    """Type ``text`` as a Persian keyboard layout sends it: a key event carrying each letter.

    (QTest's keyClicks maps characters to Latin-1 key codes and cannot type Persian.)
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def _row_id(win, row: int) -> int:
    return win.model.index(row, 0).data(Qt.ItemDataRole.UserRole)


def test_the_model_passes_qts_checks(review, qtmodeltester) -> None:
    qtmodeltester.check(review.model)


def test_everyone_without_a_persian_name_is_listed_with_the_proposal_in_the_box(review, demo_db) -> None:
    from accreditation.store.models import Delegate

    with demo_db.sessions() as s:
        missing = set(s.scalars(select(Delegate.id).where(Delegate.name_fa == "")))
    assert {_row_id(review, r) for r in range(review.model.rowCount())} == missing
    assert review.current_row() == 0
    assert review.edit.text() == review.model.rows[0].proposal.proposal != ""
    assert review.edit.hasFocus()
    assert str(len(missing)) in review.count_label.text()


def test_typing_a_correction_and_enter_stores_it_and_moves_on(qtbot, review, demo_db) -> None:
    from accreditation.people.persian_names import REVIEWED_ACTION
    from accreditation.store.audit import history

    first, second = _row_id(review, 0), _row_id(review, 1)
    second_proposal = review.model.rows[1].text
    rows = review.model.rowCount()
    review.edit.selectAll()
    _type(review.edit, "نام آزمایشی")
    with qtbot.waitSignal(review.accepted, timeout=5_000):
        qtbot.keyClick(review.edit, Qt.Key.Key_Return)
    assert _name_fa(demo_db, first) == "نام آزمایشی"
    with demo_db.sessions() as s:
        entry = history(s, "delegate", first)[-1]
    assert (entry.action, entry.operator) == (REVIEWED_ACTION, OPERATOR)
    assert "proposed:" in entry.detail  # corrected: the trail keeps what was proposed
    # The row left the list; the next person is current, with their proposal in the box.
    assert review.model.rowCount() == rows - 1
    assert _row_id(review, review.current_row()) == second
    assert review.edit.text() == second_proposal
    # Nothing else was written.
    assert _name_fa(demo_db, second) == ""


def test_arrows_move_and_enter_accepts_the_proposal_as_it_is(qtbot, review, demo_db) -> None:
    third = _row_id(review, 2)
    proposal = review.model.rows[2].proposal.proposal
    qtbot.keyClick(review.edit, Qt.Key.Key_Down)
    qtbot.keyClick(review.edit, Qt.Key.Key_Down)
    qtbot.keyClick(review.edit, Qt.Key.Key_Up)
    qtbot.keyClick(review.edit, Qt.Key.Key_Down)
    assert review.current_row() == 2 and review.edit.text() == proposal
    qtbot.keyClick(review.edit, Qt.Key.Key_Enter)
    assert _name_fa(demo_db, third) == proposal
    assert _name_fa(demo_db, _row_id(review, 0)) == ""


def test_ctrl_enter_accepts_everyone_shown(qtbot, review, demo_db) -> None:
    from accreditation.store.models import Delegate, Delegation, Region

    with qtbot.waitSignal(review.loaded, timeout=10_000):
        review.region.setCurrentIndex(review.region.findData("baku"))
    baku = [_row_id(review, r) for r in range(review.model.rowCount())]
    assert baku
    with qtbot.waitSignal(review.loaded, timeout=10_000):
        qtbot.keyClick(review.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert all(_name_fa(demo_db, pid) for pid in baku)
    assert review.model.rowCount() == 0
    assert "stored" in review.message.text()
    with demo_db.sessions() as s:
        others = s.scalars(
            select(Delegate.name_fa)
            .join(Delegation, Delegate.delegation_id == Delegation.id)
            .join(Region, Delegation.region_id == Region.id)
            .where(Region.code == "astrakhan")
        ).all()
    assert "" in others  # another region's people were not touched


def test_an_empty_name_is_refused_with_a_message(qtbot, review, demo_db) -> None:
    first = _row_id(review, 0)
    review.edit.clear()
    qtbot.keyClick(review.edit, Qt.Key.Key_Return)
    assert _name_fa(demo_db, first) == ""
    assert "Persian name" in review.message.text()
    assert _row_id(review, review.current_row()) == first


def test_the_main_window_opens_the_screen_from_the_protocol_menu(qtbot, demo_db, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("operator/name", OPERATOR)
    window = MainWindow(demo_db, settings=settings, language="en")
    qtbot.addWidget(window)
    action = window.persian_names.action
    assert action in window.approval.menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    action.trigger()
    screen = window.persian_names.window
    assert screen is not None and screen.isVisible()
    screen.close()


def test_printing_the_seating_sheets_asks_first_when_persian_names_are_missing(
    qtbot, demo_db, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ui.seating.editor import SeatingEditor

    editor = SeatingEditor(demo_db, "plenary", "en")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    with qtbot.waitSignal(editor.plan_changed, timeout=20_000):
        editor.arrange()
    asked: list[str] = []
    chosen: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: chosen.append("asked") or "")
    editor.ask_print()
    assert asked and "no Persian name" in asked[0]
    assert chosen == []  # declined: not even the folder is asked for


def test_in_persian_right_to_left_enter_accepts_the_first_proposal(qtbot, demo_db) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.persian_names.window import PersianNamesWindow

    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        win = PersianNamesWindow(demo_db, lambda: OPERATOR, "fa")
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.loaded, timeout=10_000):
            win.show()
        assert win.isRightToLeft() and win.current_row() == 0
        assert "۱" in win.count_label.text() or "۰" in win.count_label.text()  # Persian digits
        first, proposal = _row_id(win, 0), win.model.rows[0].text
        qtbot.keyClick(win.edit, Qt.Key.Key_Return)
        assert _name_fa(demo_db, first) == proposal
        assert win.current_row() == 0 and _row_id(win, 0) != first
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
