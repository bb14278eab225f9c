"""The person editor driven from the main window as the desk would: double-click, type, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from sqlalchemy import func, select

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
        lambda: win.people_model.total() > 0 and win.table.currentIndex().isValid(), timeout=10_000
    )
    return win


def _double_click_row(qtbot, window, row: int):
    index = window.people_model.index(row, 0)
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.intake.dialog
    assert editor is not None and editor.isVisible()
    return editor


def _type(qtbot, widget, text: str) -> None:
    """Type as a person would; Persian and Cyrillic arrive as key events carrying text (QTest's
    keyClicks only knows ASCII), the way a keyboard layout delivers them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

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


def _delegate(db, delegate_id):
    from accreditation.store.models import Delegate

    with db.sessions() as session:
        delegate = session.get(Delegate, delegate_id)
        session.expunge(delegate)
        return delegate


def _count(db) -> int:
    from accreditation.store.models import Delegate

    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(Delegate))


def _wait_selected(qtbot, window, delegate_id: int) -> None:
    qtbot.waitUntil(
        lambda: not window.intake.refreshing() and window.intake.current_person() == delegate_id,
        timeout=10_000,
    )


def test_double_click_opens_the_editor_and_a_typed_change_is_stored(qtbot, window, demo_db) -> None:
    from ui.editor.dialog import DelegateEditor

    editor = _double_click_row(qtbot, window, 3)
    assert isinstance(editor, DelegateEditor)
    person = editor.delegate_id
    before = _delegate(demo_db, person)
    assert editor.family_name.text() == before.family_name
    _retype(qtbot, editor.family_name, "Mousavi-Rad")
    _retype(qtbot, editor.email, "new.address@example.org")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    after = _delegate(demo_db, person)
    assert (after.family_name, after.email) == ("Mousavi-Rad", "new.address@example.org")
    assert after.version == before.version + 1
    _wait_selected(qtbot, window, person)
    row = window.people_model.row_of(person)
    assert window.people_model.index(row, window.people_model.column_of("family_name")).data() == "Mousavi-Rad"
    assert window.detail.field_text("email") == "new.address@example.org"


def test_enter_on_a_row_opens_the_editor(qtbot, window) -> None:
    window.table.setFocus()
    current = window.intake.current_person()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.intake.dialog is not None and window.intake.dialog.delegate_id == current
    window.intake.dialog.reject()


def test_the_latin_name_is_required_and_nothing_is_stored_without_it(qtbot, window, demo_db) -> None:
    count = _count(demo_db)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a new person
    editor = window.intake.dialog
    assert editor is not None and editor.delegate_id is None and editor.isVisible()
    _type(qtbot, editor.name_fa, "پریسا موسوی")
    qtbot.keyClicks(editor.document_no, "P1234567")
    assert not editor.problem_labels["given_name"].isVisible()  # not before the desk got there
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.problem_labels["given_name"].isVisible()
    assert "Latin letters" in editor.problem_labels["given_name"].text()
    assert "Nothing was saved" in editor.message.text()
    assert _count(demo_db) == count
    # Only the given name: the family name is asked for in its own words, still nothing stored.
    qtbot.keyClicks(editor.given_name, "Parisa")
    assert "family name is missing" in editor.problem_labels["family_name"].text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _count(demo_db) == count
    qtbot.keyClicks(editor.family_name, "Mousavi")
    assert not editor.problem_labels["family_name"].isVisible()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert _count(demo_db) == count + 1


def test_live_checks_explain_a_bad_email_phone_and_passport(qtbot, window) -> None:
    editor = _double_click_row(qtbot, window, 0)
    _retype(qtbot, editor.email, "someone@")
    assert editor.problem_labels["email"].text() == "«\u2068someone@\u2069» is not an email address."
    _retype(qtbot, editor.phone, "12")
    assert "not a phone number" in editor.problem_labels["phone"].text()
    _retype(qtbot, editor.document_no, "A1")
    assert "not a passport number" in editor.problem_labels["document_no"].text()
    _retype(qtbot, editor.document_no, "۷۵ ۲۳۴۵۶۷۸")  # Persian digits are fine
    assert not editor.problem_labels["document_no"].isVisible()
    editor.reject()


def test_new_person_is_stored_with_the_operator_and_selected_in_the_table(qtbot, window, demo_db) -> None:
    from accreditation.store.audit import history
    from accreditation.store.models import DelegateStatus

    editor = window.intake.new_person()
    qtbot.keyClicks(editor.given_name, "Leyla")
    qtbot.keyClicks(editor.family_name, "Aliyeva")
    _type(qtbot, editor.name_native, "Leyla Aliyeva Rauf qızı")
    qtbot.keyClicks(editor.title_en, "Adviser")
    qtbot.keyClicks(editor.document_no, "c 0123456")
    qtbot.keyClicks(editor.nationality, "az")
    assert editor.nationality.text() == "AZ" and editor.nationality_name.text() == "Republic of Azerbaijan"
    editor.delegation.setCurrentIndex(editor.delegation.findText("Official delegation of Baku"))
    editor.gender.setCurrentIndex(editor.gender.findData("F"))
    editor.arrival.known.setChecked(True)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    new_id = editor.delegate_id
    person = _delegate(demo_db, new_id)
    assert (person.given_name, person.family_name, person.document_no) == ("Leyla", "Aliyeva", "C0123456")
    assert person.status == DelegateStatus.REGISTERED and person.nationality == "AZ"
    assert person.gender.value == "F" and person.arrival is not None
    with demo_db.sessions() as session:
        entries = history(session, "delegate", new_id)
    assert [(e.action, e.operator) for e in entries] == [("create", OPERATOR)]
    _wait_selected(qtbot, window, new_id)
    assert window.detail.heading.text() == "Leyla Aliyeva"


def test_a_duplicate_passport_warns_without_blocking(qtbot, window, demo_db) -> None:
    existing = _delegate(demo_db, 5)
    count = _count(demo_db)
    editor = window.intake.new_person()
    qtbot.keyClicks(editor.given_name, "Someone")
    qtbot.keyClicks(editor.family_name, "Else")
    qtbot.keyClicks(editor.document_no, existing.document_no.lower())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.duplicate_banner.isVisible()
    assert "#5" in editor.duplicate_text.text() and "the same passport number" in editor.duplicate_text.text()
    assert editor.save_button.text() == "Save anyway"
    assert _count(demo_db) == count
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert _count(demo_db) == count + 1


def test_a_duplicate_name_in_the_region_offers_the_other_record(qtbot, window, demo_db) -> None:
    from accreditation.store.models import Delegate

    with demo_db.sessions() as session:
        other = session.scalars(
            select(Delegate).where(Delegate.delegation_id == 1).order_by(Delegate.id)
        ).first()
        given, family, other_id = other.given_name, other.family_name, other.id
    editor = window.intake.new_person()
    editor.delegation.setCurrentIndex(editor.delegation.findData("delegation_id:1"))
    qtbot.keyClicks(editor.given_name, family)  # word order does not hide a duplicate
    qtbot.keyClicks(editor.family_name, given)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.duplicate_banner.isVisible()
    assert "the same name in the same region" in editor.duplicate_text.text()
    button = editor.findChild(type(editor.save_button), f"openDuplicate{other_id}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.intake.dialog is not editor and window.intake.dialog is not None, timeout=5000
    )
    assert window.intake.dialog.delegate_id == other_id
    window.intake.dialog.reject()


def test_suggestions_fill_only_when_clicked(qtbot, window) -> None:
    editor = window.intake.new_person()
    _type(qtbot, editor.name_native, "Павел Сергеевич Воронцов")
    assert editor.given_name.text() == "" and editor.family_name.text() == ""
    assert editor.suggest_latin_button.isEnabled()
    assert "Pavel Vorontsov" in editor.suggest_latin_button.toolTip()
    qtbot.mouseClick(editor.suggest_latin_button, Qt.MouseButton.LeftButton)
    assert (editor.given_name.text(), editor.family_name.text()) == ("Pavel", "Vorontsov")
    assert editor.latin_to_verify.isChecked()
    assert editor.name_fa.text() == ""
    qtbot.mouseClick(editor.suggest_persian_button, Qt.MouseButton.LeftButton)
    assert editor.name_fa.text().startswith("پاول")
    # The desk's own typing is never replaced behind its back.
    _retype(qtbot, editor.name_fa, "پاول ورونتسوف")
    _type(qtbot, editor.name_native, " ")
    assert editor.name_fa.text() == "پاول ورونتسوف"
    editor.reject()


def test_a_stale_edit_shows_both_versions_and_reloads(qtbot, window, demo_db) -> None:
    from accreditation.people.delegates import update_delegate
    from ui.editor.stale_edit import StaleEditDialog

    editor = _double_click_row(qtbot, window, 2)
    person = editor.delegate_id
    with demo_db.transaction() as session:  # another desk saves first
        update_delegate(session, person, {"phone": "+98 911 000 0000"}, "Other desk")
    _retype(qtbot, editor.dietary, "vegan")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    dialog = editor.child_dialog
    assert isinstance(dialog, StaleEditDialog) and dialog.isVisible()
    cells = {
        dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
        for r in range(dialog.table.rowCount())
    }
    assert cells["Phone"][0] == "\u2068+98 911 000 0000\u2069"
    assert cells["Dietary needs"][1] == "\u2068vegan\u2069"
    assert _delegate(demo_db, person).dietary != "vegan"
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert editor.phone.text() == "+98 911 000 0000"
    _retype(qtbot, editor.dietary, "vegan")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = _delegate(demo_db, person)
    assert (stored.dietary, stored.phone) == ("vegan", "+98 911 000 0000")


def test_cancel_this_person_keeps_the_record(qtbot, window, demo_db) -> None:
    from accreditation.store.audit import history
    from accreditation.store.models import DelegateStatus
    from ui.editor.cancel_person import CancelPersonDialog

    editor = _double_click_row(qtbot, window, 1)
    person = editor.delegate_id
    count = _count(demo_db)
    qtbot.mouseClick(editor.cancel_person_button, Qt.MouseButton.LeftButton)
    dialog = editor.child_dialog
    assert isinstance(dialog, CancelPersonDialog)
    assert not dialog.ok_button.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason, "The region withdrew this person")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    stored = _delegate(demo_db, person)
    assert stored.status == DelegateStatus.CANCELLED
    assert _count(demo_db) == count
    with demo_db.sessions() as session:
        last = history(session, "delegate", person)[-1]
    assert (last.action, last.operator, last.detail) == (
        "cancel",
        OPERATOR,
        "The region withdrew this person",
    )
    _wait_selected(qtbot, window, person)
    status = window.people_model.column_of("status")
    assert window.people_model.index(window.people_model.row_of(person), status).data() == "Cancelled"


def test_the_operator_is_asked_once_before_the_first_change(qtbot, demo_db, tmp_path) -> None:
    from ui.main_window import MainWindow
    from ui.operator import OperatorDialog, saved_operator

    store = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    win = MainWindow(demo_db, store, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.intake.current_person() is not None, timeout=10_000)
    assert win.intake.operator_label.text() == "No operator"
    editor = win.intake.edit_person()
    _retype(qtbot, editor.dietary, "halal")

    def answer() -> None:
        dialog = next(w for w in win.findChildren(OperatorDialog) if w.isVisible())
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        qtbot.keyClicks(dialog.name_edit, "Reza Karimi")
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _delegate(demo_db, editor.delegate_id).dietary == "halal"
    assert saved_operator(store) == "Reza Karimi"
    assert win.intake.operator_label.text() == "Operator: Reza Karimi"
    # Remembered: the next change does not ask again.
    editor = win.intake.edit_person()
    _retype(qtbot, editor.dietary, "vegetarian")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()


def test_closing_the_operator_dialog_saves_nothing(qtbot, demo_db, tmp_path) -> None:
    from ui.main_window import MainWindow
    from ui.operator import OperatorDialog

    store = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    win = MainWindow(demo_db, store, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.intake.current_person() is not None, timeout=10_000)
    editor = win.intake.edit_person()
    before = _delegate(demo_db, editor.delegate_id)
    _retype(qtbot, editor.dietary, "kosher")
    QTimer.singleShot(0, lambda: next(w for w in win.findChildren(OperatorDialog) if w.isVisible()).reject())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "operator" in editor.message.text()
    assert _delegate(demo_db, editor.delegate_id).version == before.version
    editor.reject()


def test_name_fields_keep_their_direction_in_either_window(qtbot, demo_db, settings) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators
    from ui.editor.dialog import DelegateEditor

    english = DelegateEditor(demo_db, lambda: OPERATOR, 1, "en")
    qtbot.addWidget(english)
    assert english.name_fa.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert english.title_fa.layoutDirection() == Qt.LayoutDirection.RightToLeft
    app = QApplication.instance()
    try:
        install_translators(app, "fa")
        persian = DelegateEditor(demo_db, lambda: OPERATOR, 1, "fa")
        qtbot.addWidget(persian)
        persian.show()
        assert persian.isRightToLeft()
        for edit in (
            persian.given_name,
            persian.family_name,
            persian.name_native,
            persian.document_no,
            persian.email,
            persian.phone,
        ):
            assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert persian.name_fa.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Solar Hijri, Persian digits, year first, read left to right.
        persian.arrival.set_value(__import__("datetime").datetime(2025, 11, 17, 9, 30))
        assert persian.arrival.edit.text() == "۱۴۰۴/۰۸/۲۶  ۰۹:۳۰"
        assert persian.arrival.value().isoformat() == "2025-11-17T09:30:00"
    finally:
        install_translators(app, "en")


def test_a_cancelled_person_can_be_reinstated(qtbot, window, demo_db) -> None:
    from accreditation.store.audit import history
    from accreditation.store.models import DelegateStatus

    person = window.intake.current_person()
    assert window.intake.cancel_now(person, "Wrong person cancelled")
    qtbot.waitUntil(lambda: not window.intake.refreshing(), timeout=10_000)
    editor = window.intake.edit_person(person)
    assert editor.reinstate_button.isVisible() and not editor.cancel_person_button.isVisible()
    assert "Cancelled" in editor.header.text()
    qtbot.mouseClick(editor.reinstate_button, Qt.MouseButton.LeftButton)
    assert _delegate(demo_db, person).status == DelegateStatus.REGISTERED
    assert editor.isVisible() and editor.cancel_person_button.isVisible()
    with demo_db.sessions() as session:
        assert history(session, "delegate", person)[-1].action == "reinstate"
    editor.reject()


def test_a_persian_form_holds_back_missing_names_until_the_desk_gets_there(qtbot, demo_db) -> None:
    """The editor waits before saying a required field is empty; it knew that only by finding the English
    word "missing" in the sentence, so a Persian form shouted at a desk that had not reached the field."""
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators
    from ui.editor.dialog import DelegateEditor

    app = QApplication.instance()
    try:
        install_translators(app, "fa")
        editor = DelegateEditor(demo_db, lambda: OPERATOR, None, "fa")
        qtbot.addWidget(editor)
        editor.show()
        _type(qtbot, editor.name_fa, "پریسا موسوی")
        qtbot.keyClicks(editor.document_no, "P1234567")
        assert not editor.problem_labels["given_name"].isVisible()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        label = editor.problem_labels["given_name"]
        assert label.isVisible() and "لاتین" in label.text()
    finally:
        install_translators(app, "en")
