"""The approval queue and the MRZ field, driven as the desk and protocol would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

pytestmark = pytest.mark.gui

OPERATOR = "Leila Nouri (protocol)"


def td3(
    family: str, given: str, number: str, nationality: str, birth: str, sex: str, expiry: str
) -> list[str]:
    """A passport zone with correct check digits, as a reader would type it."""
    from accreditation.passports.mrz import check_digit

    names = (family.upper().replace(" ", "<") + "<<" + given.upper().replace(" ", "<")).ljust(39, "<")
    line1 = f"P<{nationality}{names}"[:44]
    number = number.ljust(9, "<")
    line2 = (
        number
        + check_digit(number)
        + nationality
        + birth
        + check_digit(birth)
        + sex
        + expiry
        + check_digit(expiry)
        + "<" * 14
        + "<"
    )
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    return [line1, line2]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    store.setValue("operator/name", OPERATOR)
    return store


def _pending(db) -> list[int]:
    from accreditation.store.models import Delegate, DelegateStatus

    with db.sessions() as s:
        return list(s.scalars(select(Delegate.id).where(Delegate.status == DelegateStatus.REGISTERED)))


def _status(db, pid):
    from accreditation.store.models import Delegate

    with db.sessions() as s:
        return s.get(Delegate, pid).status


@pytest.fixture
def queue(qtbot, demo_db):
    from ui.approval.window import ApprovalQueueWindow

    win = ApprovalQueueWindow(demo_db, lambda: OPERATOR, "en")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=10_000):
        win.show()
    return win


def test_the_model_passes_qts_checks(queue, qtmodeltester):
    qtmodeltester.check(queue.model)
    qtmodeltester.check(queue.proxy)


def test_the_queue_shows_who_waits_and_filters(queue, demo_db):
    pending = _pending(demo_db)
    assert queue.proxy.rowCount() == len(pending) > 0
    assert "waiting for approval" in queue.count_label.text()
    shown = {queue.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(queue.proxy.rowCount())}
    assert shown == set(pending)
    # A region filter narrows; "Everyone" shows the approved too.
    queue.region.setCurrentIndex(1)
    assert queue.proxy.rowCount() <= len(pending)
    queue.region.setCurrentIndex(0)
    queue.state.setCurrentIndex(queue.state.findData("all"))
    assert queue.proxy.rowCount() == len(queue.model.rows) > len(pending)


def test_bulk_approve_with_the_buttons(qtbot, queue, demo_db):
    from accreditation.store.audit import history
    from accreditation.store.models import DelegateStatus

    assert not queue.approve_button.isEnabled()
    first = queue.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole)
    second = queue.proxy.index(1, 0).data(Qt.ItemDataRole.UserRole)
    queue.table.selectRow(0)
    queue.table.selectionModel().select(
        queue.proxy.index(1, 0),
        queue.table.selectionModel().SelectionFlag.Select | queue.table.selectionModel().SelectionFlag.Rows,
    )
    with qtbot.waitSignal(queue.loaded, timeout=10_000):
        qtbot.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
    assert _status(demo_db, first) == _status(demo_db, second) == DelegateStatus.APPROVED
    assert "2 approved" in queue.message.text()
    with demo_db.sessions() as s:
        assert (history(s, "delegate", first)[-1].action, history(s, "delegate", first)[-1].operator) == (
            "approve",
            OPERATOR,
        )
    shown = {queue.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(queue.proxy.rowCount())}
    assert first not in shown and second not in shown


def test_reject_asks_for_a_reason(qtbot, queue, demo_db):
    from accreditation.store.models import DelegateStatus

    pid = queue.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole)
    queue.table.selectRow(0)
    qtbot.mouseClick(queue.reject_button, Qt.MouseButton.LeftButton)
    dialog = queue.child_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no rejection
    qtbot.keyClicks(dialog.edit, "not on the official list")
    with qtbot.waitSignal(queue.loaded, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert _status(demo_db, pid) == DelegateStatus.CANCELLED
    queue.state.setCurrentIndex(queue.state.findData("rejected"))
    texts = [queue.proxy.index(r, 8).data() for r in range(queue.proxy.rowCount())]
    assert "rejected: not on the official list" in texts


def test_send_back_keeps_the_person_in_the_queue_with_the_question(qtbot, queue, demo_db):
    pid = queue.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole)
    queue.table.selectRow(0)
    with qtbot.waitSignal(queue.loaded, timeout=10_000):
        queue.send_back_selected("passport copy unreadable")
    queue.state.setCurrentIndex(queue.state.findData("sent-back"))
    assert queue.proxy.rowCount() == 1
    assert queue.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole) == pid
    assert queue.proxy.index(0, 8).data() == "sent back for information: passport copy unreadable"


def test_the_protocol_menu_opens_the_queue(qtbot, demo_db, settings):
    from ui.main_window import MainWindow

    win = MainWindow(demo_db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    win.approval_action.trigger()
    queue = win.open_approval_queue()
    qtbot.waitUntil(lambda: queue.proxy.rowCount() > 0, timeout=10_000)
    assert queue.isVisible() and queue.windowTitle() == "Approval queue"
    queue.close()


# --- the MRZ field --------------------------------------------------------------------------------


def _approved_person(db):
    from accreditation.store.models import Delegate, DelegateStatus

    with db.sessions() as s:
        p = s.scalars(
            select(Delegate).where(Delegate.status == DelegateStatus.APPROVED, Delegate.nationality == "IR")
        ).first()
        return p.id, p.family_name, p.given_name, p.document_no


def _scan(qtbot, widget, lines: list[str]) -> None:
    """An MRZ reader: each line typed at once into whatever has focus, then Enter."""
    for line in lines:
        qtbot.keyClicks(widget, line)
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_reader_fills_a_new_persons_form_wherever_the_focus_is(qtbot, demo_db):
    from ui.editor.dialog import DelegateEditor

    editor = DelegateEditor(demo_db, lambda: OPERATOR)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.phone.setFocus()
    qtbot.waitUntil(editor.phone.hasFocus)
    _scan(qtbot, editor.phone, td3("Rezaei", "Maryam", "X12345678", "IRN", "800101", "F", "300101"))
    assert editor.phone.text() == ""  # the burst was taken back out of the phone field
    assert (editor.family_name.text(), editor.given_name.text()) == ("Rezaei", "Maryam")
    assert editor.document_no.text() == "X12345678"
    assert editor.nationality.text() == "IR"
    assert editor.gender.currentData() == "F"
    assert "verify" in editor.mrz_field.status.text()


def test_a_wrong_check_digit_fills_nothing_and_names_the_field(qtbot, demo_db):
    from ui.editor.dialog import DelegateEditor

    editor = DelegateEditor(demo_db, lambda: OPERATOR)
    qtbot.addWidget(editor)
    editor.show()
    lines = td3("Rezaei", "Maryam", "X12345678", "IRN", "800101", "F", "300101")
    lines[1] = lines[1][:14] + "2" + lines[1][15:]  # the birth year 80 -> 82
    editor.mrz_field.set_lines(lines)
    assert "date of birth" in editor.mrz_field.status.text()
    assert editor.family_name.text() == "" and editor.document_no.text() == ""


def test_differences_for_a_person_on_record_and_approval_withdrawn_on_save(qtbot, demo_db):
    from accreditation.store.models import DelegateStatus
    from ui.editor.dialog import DelegateEditor

    pid, family, given, document = _approved_person(demo_db)
    editor = DelegateEditor(demo_db, lambda: OPERATOR, delegate_id=pid)
    qtbot.addWidget(editor)
    editor.show()
    editor.mrz_field.set_lines(td3(family, given, "Z99887766", "IRN", "800101", "M", "300101"))
    dialog = editor.child_dialog
    assert dialog is not None and dialog.isVisible()
    rows = {field: (mine, theirs) for field, mine, theirs in dialog.rows}
    assert rows["document_no"] == (document, "Z99887766")
    assert "family_name" not in rows  # the same name, case aside
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert editor.document_no.text() == "Z99887766"
    assert editor.save()
    assert _status(demo_db, pid) == DelegateStatus.REGISTERED  # back to protocol


def test_the_checkin_desk_routes_reader_lines_to_the_mrz_field(qtbot, demo_db, settings):
    from ui.checkin.window import CheckInWindow

    pid, family, given, document = _approved_person(demo_db)
    desk = CheckInWindow(demo_db, settings, "en", operator=OPERATOR)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    verdicts = []
    desk.verdict_shown.connect(verdicts.append)
    lines = td3(family, given, document, "IRN", "800101", "M", "300101")
    for line in lines:
        desk.detector.scanned.emit(line)
    assert desk.mrz_field.data is not None and desk.mrz_field.data.document_number == document
    assert desk.chosen == pid  # found by passport number, ready to check in or print
    assert verdicts == []  # never taken for a badge scan


def test_a_russian_reader_sees_regions_and_categories_in_russian(qtbot, demo_db):
    from accreditation.store.models import Category, Organization, Region
    from ui.approval.model import ApprovalQueueModel
    from ui.approval.window import ApprovalQueueWindow

    with demo_db.sessions() as s:
        regions = list(s.scalars(select(Region))) + list(s.scalars(select(Category)))
        russian = {r.name_ru for r in regions}
        english = {r.name_en for r in regions}
        # An organization's Russian name where the data has one (the bundled event's do), else its English one.
        organizations = {o.name_ru or o.name_en for o in s.scalars(select(Organization))}
    win = ApprovalQueueWindow(demo_db, lambda: OPERATOR, "ru")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=10_000):
        win.show()
    win.state.setCurrentIndex(win.state.findData("all"))
    shown = set()
    for name in ("region", "category"):
        column = ApprovalQueueModel.COLUMNS.index(name)
        shown |= {win.proxy.index(r, column).data() for r in range(win.proxy.rowCount())}
    shown.discard("")
    assert shown & russian
    assert shown <= russian | organizations, shown - russian - organizations
    assert not (shown & (english - russian - organizations))
