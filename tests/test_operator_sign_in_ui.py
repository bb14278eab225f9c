"""Signing in at the start of a shift in the window: name, role and PIN once PINs are on; the menus a role
may not use are greyed; the admin sets PINs in Roles and PINs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer

from accreditation.access import policy as access
from accreditation.store.models import Role

pytestmark = pytest.mark.gui

ADMIN_PIN = "739152"
DESK_PIN = "284613"


@pytest.fixture
def db(db_path: Path):
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database

    database = open_database(db_path)
    with database.transaction() as session:
        load_event(session)
    yield database
    database.close()


@pytest.fixture
def window(qtbot, db, tmp_path: Path):
    from ui.main_window import MainWindow

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(db, store, "en")
    qtbot.addWidget(win)
    win.show()
    return win


def _pins(db) -> None:
    access.set_pin(db, Role.ADMIN, ADMIN_PIN)
    with access.signed_in(access.authenticate(db, "Setup", Role.ADMIN, ADMIN_PIN)):
        access.set_pin(db, Role.DESK, DESK_PIN)


def _enabled(window, name: str) -> bool:
    from PySide6.QtGui import QAction

    (action,) = [a for a in window.findChildren(QAction) if a.objectName() == name]
    return action.isEnabled()


def test_open_mode_asks_only_the_name_and_leaves_every_menu_on(qtbot, window):
    from ui.operator import OperatorDialog, ask_operator

    seen = {}

    def answer() -> None:
        dialog = next(w for w in window.findChildren(OperatorDialog) if w.isVisible())
        seen["pin shown"] = dialog.pin_box.isVisible()
        qtbot.keyClicks(dialog.name_edit, "Sara Ahmadi")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    assert ask_operator(window, window.settings) == "Sara Ahmadi"
    assert seen == {"pin shown": False}
    assert access.current() == access.Operator("Sara Ahmadi")
    assert all(_enabled(window, name) for name in ("actionImport", "actionCheckinDesk", "actionRolesPins"))


def test_a_wrong_pin_keeps_the_dialog_open_and_the_right_one_signs_in_as_desk(qtbot, db, window):
    from ui.operator import OperatorDialog, ask_operator

    _pins(db)
    window.apply_access()
    assert not _enabled(window, "actionImport") and not _enabled(window, "actionCheckinDesk")  # nobody yet
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = next(w for w in window.findChildren(OperatorDialog) if w.isVisible())
        seen["pin shown"] = dialog.pin_box.isVisible()
        qtbot.keyClicks(dialog.name_edit, "Sara Ahmadi")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("desk"))
        qtbot.keyClicks(dialog.pin_edit, "000000")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["still open"] = dialog.isVisible()
        seen["error"] = dialog.error_label.text()
        seen["pin left"] = dialog.pin_edit.text()
        qtbot.keyClicks(dialog.pin_edit, DESK_PIN)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    assert ask_operator(window, window.settings) == "Sara Ahmadi"
    assert seen == {
        "pin shown": True,
        "still open": True,
        "error": "Wrong PIN for the desk role.",
        "pin left": "",
    }
    assert access.current() == access.Operator("Sara Ahmadi", Role.DESK)
    # The desk operator sees import, people editing and PINs greyed out, and check-in and badges on.
    for name in ("actionImport", "actionNewPerson", "actionRolesPins", "actionBackup", "actionApprovalQueue"):
        assert not _enabled(window, name), name
    for name in ("actionCheckinDesk", "actionPrintBadges", "actionReissueBadge"):
        assert _enabled(window, name), name


def test_the_roles_dialog_sets_the_admin_pin_first(qtbot, db, window):
    from ui.roles_dialog import RolesDialog

    dialog = RolesDialog(db, window)
    qtbot.addWidget(dialog)
    assert dialog.state_label.text().startswith("Open mode")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("desk"))
    qtbot.keyClicks(dialog.pin_edit, "1234")
    qtbot.keyClicks(dialog.again_edit, "1234")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert "admin PIN first" in dialog.message_label.text()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("admin"))
    qtbot.keyClicks(dialog.pin_edit, ADMIN_PIN)
    qtbot.keyClicks(dialog.again_edit, "739153")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == "The two PINs differ; nothing was changed."
    qtbot.keyClicks(dialog.pin_edit, ADMIN_PIN)
    qtbot.keyClicks(dialog.again_edit, ADMIN_PIN)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert dialog.state_label.text().startswith("PINs are on")
    with db.sessions() as session:
        assert access.status(session).roles_with_pin == {Role.ADMIN}
    # Enforcement is on and nobody is signed in as admin: the window greys the entry out.
    assert not _enabled(window, "actionRolesPins")
