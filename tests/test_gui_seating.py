"""The seating editor driven as a protocol officer would: drag people, swap, lock, arrange again."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot, demo_db):
    from ui.seating.editor import SeatingEditor

    ed = SeatingEditor(demo_db, "plenary", "en")
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def _arrange(qtbot, ed) -> None:
    with qtbot.waitSignal(ed.plan_changed, timeout=20_000):
        qtbot.mouseClick(ed.arrange_button, Qt.MouseButton.LeftButton)


def _drop(ed, mime, label: str) -> None:
    """Deliver a drag's enter, move and drop onto a seat through the view, as the end of a drag does."""
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    view = ed.room_view
    view.centerOn(ed.items[label])
    point = QPointF(view.mapFromScene(ed.items[label].scenePos()))
    target = view.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    with warnings.catch_warnings():
        # The view only learns which item is under the drag from enter and move events, whose Python
        # constructors PySide marks deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        entering = QDragEnterEvent(point.toPoint(), move, mime, buttons, mods)
        moving = QDragMoveEvent(point.toPoint(), move, mime, buttons, mods)
    for event in (entering, moving, QDropEvent(point, move, mime, buttons, mods)):
        QApplication.sendEvent(target, event)


def test_arrange_draws_names_in_seats_with_rules(qtbot, editor) -> None:
    assert editor.unseated.count() > 100  # nobody seated yet
    _arrange(qtbot, editor)
    host = editor.items["T8"]
    assert host.seat.name_latin == "Hadi Haghshenas"
    assert "Host" in host.toolTip()
    assert editor.unseated.count() == 0
    assert "seats taken" in editor.status.text()
    assert editor.conflicts.count() == 0


def test_drag_from_list_then_swap_then_lock_survives_arrange(qtbot, editor) -> None:
    from ui.seating.items import delegate_mime

    # Drag from the unseated list onto a seat.
    first = editor.unseated.item(0)
    person = int(first.data(Qt.ItemDataRole.UserRole))
    with qtbot.waitSignal(editor.plan_changed):
        _drop(editor, editor.unseated.mimeData([first]), "C5")
    assert editor.items["C5"].seat.delegate_id == person

    _arrange(qtbot, editor)
    a, b = editor.items["D1"].seat.delegate_id, editor.items["D2"].seat.delegate_id
    assert a and b
    # Drop D1's person on D2: they swap.
    with qtbot.waitSignal(editor.plan_changed):
        _drop(editor, delegate_mime(a), "D2")
    assert editor.items["D2"].seat.delegate_id == a
    assert editor.items["D1"].seat.delegate_id == b
    assert "by hand" in editor.items["D2"].seat.rule

    # Lock D2 from its context menu; arranging again keeps it.
    menu = editor.seat_menu("D2")
    lock = next(action for action in menu.actions() if action.objectName() == "lockAction")
    assert lock.text() == "Lock seat"
    with qtbot.waitSignal(editor.plan_changed):
        lock.trigger()
    assert editor.items["D2"].seat.locked
    _arrange(qtbot, editor)
    assert editor.items["D2"].seat.delegate_id == a
    assert editor.items["D2"].seat.locked
    # A locked seat refuses drops.
    with qtbot.waitSignal(editor.failed):
        editor.move_to_seat(b, "D2")


def test_split_delegation_is_shown_as_a_conflict(qtbot, editor) -> None:
    from ui.seating.items import delegate_mime

    _arrange(qtbot, editor)
    adviser = editor.items["T1a"].seat.delegate_id
    with qtbot.waitSignal(editor.plan_changed):
        _drop(editor, delegate_mime(adviser), "T14a")
    assert editor.conflicts.count() >= 1
    assert "behind the head of another delegation" in editor.conflicts.item(0).text()
    assert editor.items["T14a"].conflict


def test_print_writes_the_three_pdfs(qtbot, editor, tmp_path: Path) -> None:
    _arrange(qtbot, editor)
    with qtbot.waitSignal(editor.printed, timeout=60_000) as blocker:
        editor.print_to(tmp_path)
    names = sorted(Path(p).name for p in blocker.args[0])
    assert names == ["cards-plenary.pdf", "seating-plenary.pdf", "slips-plenary.pdf"]


def test_persian_mirrors_panels_not_the_room(qtbot, demo_db, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.seating.editor import SeatingEditor

    app = QApplication.instance()
    install_translators(app, "fa")
    try:
        ed = SeatingEditor(demo_db, "environment", "fa")
        qtbot.addWidget(ed)
        ed.show()
        qtbot.waitExposed(ed)
        assert ed.isRightToLeft()
        assert ed.room_view.layoutDirection() == Qt.LayoutDirection.LeftToRight
        # The unseated list sits on the right in Persian.
        assert ed.unseated.mapTo(ed, ed.unseated.rect().topLeft()).x() > ed.width() // 2
    finally:
        install_translators(app, "en")
    win = MainWindow(demo_db, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), "en")
    qtbot.addWidget(win)
    titles = [a.text() for a in win.menuBar().actions()]
    assert "&Seating" in titles


def test_order_by_hand_puts_the_chosen_delegation_first(qtbot, editor) -> None:
    from ui.seating.editor import OrderDialog

    regions = editor.regions_in_order()
    assert regions[0][0] == "gilan"  # the host leads the list
    dialog = OrderDialog(regions, editor)
    qtbot.addWidget(dialog)
    row = next(i for i, (code, _n) in enumerate(regions) if code == "sumgait")
    dialog.list.insertItem(1, dialog.list.takeItem(row))  # as a drag to the top would
    codes = dialog.codes()
    assert codes[1] == "sumgait"
    with qtbot.waitSignal(editor.plan_changed, timeout=20_000):
        editor.set_manual_order(codes)
    qtbot.waitUntil(lambda: not editor.busy, timeout=20_000)
    assert editor.precedence_box.currentData() == "manual"
    first = next(item.seat for item in editor.items.values() if item.seat.position == 1 and item.seat.row == 0)
    assert first.affiliation_en == "Sumgait"
    assert "protocol officer's order" in first.rule
