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


# --- reading the plan, zooming, dragging and the keyboard (issue #20) ------------------------------


def _seated_editor(qtbot, db, language: str):
    """The plenary arranged through the core, then opened in ``language``, active and painted."""
    from accreditation.event.loader import current_event
    from accreditation.seating.plans import plan_for_session
    from accreditation.seating.precedence import arrange
    from ui.seating.editor import SeatingEditor

    with db.transaction() as session:
        arrange(session, plan_for_session(session, current_event(session), "plenary"))
    ed = SeatingEditor(db, "plenary", language)
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    _activate(qtbot, ed)
    ed.room_view.viewport().grab()  # paint, as the screen does
    return ed


def _activate(qtbot, ed) -> None:
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow, timeout=5_000)


def _visible(ed) -> list:
    """The seats the view shows whole."""
    view = ed.room_view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return [item for item in ed.items.values() if shown.contains(item.sceneBoundingRect())]


def _stored(db, label: str) -> int | None:
    """Who sits in ``label`` as the database has it (read afresh, not from the editor)."""
    from accreditation.event.loader import current_event
    from accreditation.seating.plans import plan_for_session
    from accreditation.seating.views import plan_view

    with db.sessions() as session:
        return plan_view(session, plan_for_session(session, current_event(session), "plenary")).seat(label).delegate_id


def test_the_small_font_size_is_the_desktops_small_print(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
    from PySide6.QtWidgets import QLabel

    from ui.seating.legibility import small_font_px

    label = QLabel("x")
    qtbot.addWidget(label)
    window = QFontInfo(label.font()).pixelSize()
    smallest = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.SmallestReadableFont)).pixelSize()
    small = small_font_px(label)
    assert small <= window  # never larger than what the window itself writes
    assert small >= min(window, smallest)  # never smaller than the desktop's smallest readable print
    assert small >= window * 0.85 - 1
    big = QFont(label.font())
    big.setPixelSize(30)
    label.setFont(big)
    assert small_font_px(label) >= 25  # it follows the window's font


def test_seat_names_are_drawn_at_least_at_the_small_font_size(qtbot, demo_db) -> None:
    from ui.seating.legibility import SEAT_FONT_MM, joined, small_font_px

    ed = _seated_editor(qtbot, demo_db, "en")
    small = small_font_px(ed)
    view = ed.room_view
    assert view.mode == "default"
    # The seats' words at the view's default transform, in device pixels.
    assert SEAT_FONT_MM * view.transform().m11() * view.devicePixelRatioF() >= small
    shown = [item for item in _visible(ed) if item.seat.delegate_id]
    assert len(shown) >= 20  # a readable part of the hall: the head table and the front rows
    for item in shown:
        assert item.drawn_px >= small, item.seat.label
        assert item.drawn_lines, item.seat.label
    # Most names fit whole (given name or its initial, and the family name); none is cut to nothing.
    whole = [i for i in shown if joined(i.drawn_lines) in i.short_names()]
    assert len(whole) >= 0.9 * len(shown)
    host = ed.items["T8"]
    assert joined(host.drawn_lines) == "Hadi Haghshenas"
    # Fitting the whole room leaves the names to the tooltips rather than drawing them too small to read.
    ed.editor_actions.fit.trigger()
    view.viewport().grab()
    assert all(item.drawn_px == 0 for item in ed.items.values())
    assert "Hadi Haghshenas" in host.toolTip()


@pytest.mark.parametrize(
    ("language", "babushkin"),
    [("en", "Igor Babushkin"), ("ru", "Игорь Бабушкин"), ("fa", "ایگور بابوشکین")],
)
def test_a_seat_shows_its_occupants_name_in_the_readers_script(qtbot, demo_db, language, babushkin) -> None:
    from ui.seating.legibility import joined

    ed = _seated_editor(qtbot, demo_db, language)
    seat = next(item for item in ed.items.values() if item.seat.name_latin == "Igor Babushkin")
    ed.room_view.centerOn(seat)
    ed.room_view.viewport().grab()
    assert joined(seat.drawn_lines) == babushkin
    # A long name in a narrow seat keeps the family name: "Б. Цереров" rather than a cut "Бадма Цер…".
    for item in ed.items.values():
        names = item.short_names()
        if names and item.drawn_lines:
            shown = joined(item.drawn_lines)
            assert shown in names or names[-1].startswith(shown.rstrip(".…\u200d")), (shown, names)


def test_ctrl_wheel_and_ctrl_plus_minus_zoom_and_ctrl_0_fits(qtbot, demo_db) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QKeySequence, QWheelEvent
    from PySide6.QtWidgets import QApplication

    from ui.seating.room_view import ZOOM_STEP

    ed = _seated_editor(qtbot, demo_db, "en")
    view = ed.room_view
    start = view.transform().m11()

    def wheel(modifiers) -> None:
        at = QPointF(view.viewport().rect().center())
        event = QWheelEvent(at, QPointF(view.viewport().mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), event)

    wheel(Qt.KeyboardModifier.NoModifier)  # the wheel alone scrolls
    assert view.transform().m11() == pytest.approx(start)
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(start * ZOOM_STEP)
    assert ed.zoom_label.text() == "Zoom 125%"

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(start)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(start * ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    whole = view.mapToScene(view.viewport().rect()).boundingRect()
    room = ed.scene.sceneRect()
    assert whole.width() >= room.width() - 1 and whole.height() >= room.height() - 1
    assert view.mode == "fit"
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(start)

    # The View menu shows each shortcut.
    shortcuts = {a.objectName(): a.shortcut().toString() for a in ed.editor_actions.fit.parent().findChildren(type(ed.editor_actions.fit))}
    assert shortcuts["zoomInAction"] == QKeySequence(QKeySequence.StandardKey.ZoomIn).toString()
    assert "Ctrl+=" in [s.toString() for s in ed.editor_actions.zoom_in.shortcuts()]
    assert shortcuts["zoomOutAction"] == "Ctrl+-"
    assert shortcuts["fitAction"] == "Ctrl+0"
    view_menu = next(a.menu() for a in ed.menuBar().actions() if a.text() == "&View")
    assert ed.editor_actions.fit in view_menu.actions()


class _DragRecorder:
    """Stands in for QDrag: records what a drag the mouse began carries, for the test to drop it."""

    started: list = []

    def __init__(self, source) -> None:
        self.source = source

    def setMimeData(self, mime) -> None:  # noqa: N802 - Qt's name
        self.mime = mime

    def setPixmap(self, pixmap) -> None:  # noqa: N802 - Qt's name
        self.pixmap = pixmap

    def exec(self, *actions):  # noqa: A003
        _DragRecorder.started.append(self)
        return Qt.DropAction.MoveAction


def test_mouse_drags_a_person_from_the_list_onto_a_seat_and_between_seats(qtbot, editor, monkeypatch) -> None:
    """The mouse presses on a person and moves: the list starts a drag (with the person's name under the
    pointer); the drag ends over a seat, which the view delivers the drop to."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    import ui.seating.items as items

    monkeypatch.setattr(items, "QDrag", _DragRecorder)
    _DragRecorder.started = []
    first = editor.unseated.item(0)
    person = int(first.data(Qt.ItemDataRole.UserRole))
    at = editor.unseated.visualItemRect(first).center()
    port = editor.unseated.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    QTest.mouseMove(port, at + QPoint(40, 10))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at + QPoint(40, 10))
    assert len(_DragRecorder.started) == 1
    assert not _DragRecorder.started[0].pixmap.isNull()
    with qtbot.waitSignal(editor.plan_changed):
        _drop(editor, _DragRecorder.started[0].mime, "C5")
    assert editor.items["C5"].seat.delegate_id == person
    assert _stored(editor.db, "C5") == person
    assert person not in [int(editor.unseated.item(i).data(Qt.ItemDataRole.UserRole))
                          for i in range(editor.unseated.count())]

    # From seat to seat: press on C5 in the room and move; the drag carries C5's person to C7.
    view = editor.room_view
    view.centerOn(editor.items["C5"])
    seat_at = view.mapFromScene(editor.items["C5"].scenePos())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, seat_at)
    QTest.mouseMove(view.viewport(), seat_at + QPoint(30, 0))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, seat_at + QPoint(30, 0))
    assert len(_DragRecorder.started) == 2
    with qtbot.waitSignal(editor.plan_changed):
        _drop(editor, _DragRecorder.started[1].mime, "C7")
    assert _stored(editor.db, "C7") == person
    assert _stored(editor.db, "C5") is None


def test_the_keyboard_places_moves_swaps_and_unseats(qtbot, editor) -> None:
    _activate(qtbot, editor)
    view, people = editor.room_view, editor.unseated
    people.setFocus()
    people.setCurrentRow(0)
    person = int(people.item(0).data(Qt.ItemDataRole.UserRole))
    # Enter on a person takes them to the plan: the cursor is on a free seat and the plan has the focus.
    qtbot.keyClick(people, Qt.Key.Key_Return)
    assert view.hasFocus()
    start = view.cursor_label
    assert start and not editor.items[start].seat.occupied
    qtbot.keyClick(view, Qt.Key.Key_Right)
    target = view.cursor_label
    assert target != start and editor.items[target].is_cursor and not editor.items[start].is_cursor
    assert editor.items[target].pos().x() > editor.items[start].pos().x()
    with qtbot.waitSignal(editor.plan_changed):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _stored(editor.db, target) == person

    # Chosen in the list, then Space on a seat: the second person sits there.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    below = view.cursor_label
    assert editor.items[below].pos().y() > editor.items[target].pos().y()
    people.setCurrentRow(0)
    people.item(0).setSelected(True)
    second = int(people.item(0).data(Qt.ItemDataRole.UserRole))
    view.setFocus()
    with qtbot.waitSignal(editor.plan_changed):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert _stored(editor.db, below) == second

    # Move by keyboard: Enter picks up the occupant, Up goes back to the first seat, Enter swaps them.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert editor.carrying == second and editor.items[below].is_carried
    assert "arrow keys" in editor.status.text()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.cursor_label == target
    with qtbot.waitSignal(editor.plan_changed):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert (_stored(editor.db, target), _stored(editor.db, below)) == (second, person)

    # Esc lets go of a person picked up; Delete unseats.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert editor.carrying is None
    with qtbot.waitSignal(editor.plan_changed):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _stored(editor.db, target) is None
    assert second in [int(people.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(people.count())]
    # Ctrl+L locks the seat under the cursor; the Seat menu shows the keys.
    with qtbot.waitSignal(editor.plan_changed):
        qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert editor.items[target].seat.locked
    assert editor.editor_actions.place.shortcut().toString() == "Return"
    assert editor.editor_actions.remove.shortcut().toString() == "Del"


def test_conflicts_follow_each_keyboard_move_live(qtbot, demo_db) -> None:
    ed = _seated_editor(qtbot, demo_db, "en")
    view = ed.room_view
    assert ed.conflicts.count() == 0
    adviser = ed.items["T1a"].seat.delegate_id
    ed.set_cursor("T1a")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # pick up the first head's adviser...
    for _ in range(40):  # ...and walk along the advisers' row to the far end
        if view.cursor_label == "T14a":
            break
        qtbot.keyClick(view, Qt.Key.Key_Right if ed.items["T14a"].pos().x() > ed.items[view.cursor_label].pos().x()
                       else Qt.Key.Key_Left)
    assert view.cursor_label == "T14a"
    with qtbot.waitSignal(ed.plan_changed):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ed.items["T14a"].seat.delegate_id == adviser
    assert ed.conflicts.count() >= 1
    assert ed.items["T14a"].conflict
    assert ed.conflicts_label.text() == f"Conflicts: {ed.conflicts.count()}"
    # Put back: the conflict is gone as soon as the seat is.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    ed.set_cursor("T1a")
    with qtbot.waitSignal(ed.plan_changed):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ed.conflicts.count() == 0
    assert not ed.items["T14a"].conflict
