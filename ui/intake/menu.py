"""The intake capability in the main window: a People menu and toolbar, and each person's history.

``install_intake_actions(desk)`` builds them once; the main window puts them in place. Everything that
changes data asks for the operator's name first (once per shift), goes through the core, and then
refreshes the tree and the table with the same person selected.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QMessageBox, QToolBar
from shiboken6 import isValid

from accreditation.errors import UserError
from accreditation.people.delegates import StaleEdit, cancel_delegate
from accreditation.people.directory import PeopleFilter
from accreditation.store.models import Category, Delegate, DelegateStatus, Delegation, Region

from ..background import run_in_background
from ..desk import Desk
from ..labels import localized_number
from ..operator import ask_operator, saved_operator
from ..widgets.icons import SP, set_icon
from .history import HistoryPanel

if TYPE_CHECKING:  # the screens themselves load when first opened (start-up speed)
    from ..editor.cancel_person import CancelPersonDialog
    from ..editor.dialog import DelegateEditor
    from ..import_wizard.dialog import ImportDialog
    from ..photo.dialog import PhotoDialog
    from .export_dialogs import AuditExportDialog, ExportDialog

log = logging.getLogger(__name__)


class IntakeActions(QObject):
    """The People menu's actions and what they open; one per main window."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.desk = desk
        self.db = desk.db
        self.language = desk.language
        self.people = desk.people
        #: The dialog opened last (editor, photo, import...): tests and the next action look here.
        self.dialog: QDialog | None = None
        self.message_box: QMessageBox | None = None
        self._build_actions()
        self.history = HistoryPanel(self.language)
        self.operator_label = QLabel()
        self.operator_label.setObjectName("operatorLabel")
        self._show_operator()
        self.people.person_changed.connect(self._refresh_history)
        # A double click or Enter on a person (in the table or the search's results) opens them.
        self.people.person_activated.connect(lambda: self.edit_person())
        self._refresh_history()

    # --- building ---------------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Any, *, shortcuts: list[QKeySequence] | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self.desk.window)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(shortcuts)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.action_new_person = self._action(
            self.tr("&New person…"),
            self.new_person,
            shortcuts=[QKeySequence(QKeySequence.StandardKey.New), QKeySequence(Qt.Key.Key_Insert)],
            name="actionNewPerson",
        )
        self.action_edit_person = self._action(
            self.tr("&Edit person…"),
            self.edit_person,
            shortcuts=[QKeySequence(Qt.Key.Key_F2), QKeySequence("Ctrl+E")],
            name="actionEditPerson",
        )
        self.action_photo = self._action(
            self.tr("&Photo…"), self.photo, shortcuts=[QKeySequence("Ctrl+Shift+P")], name="actionPhoto"
        )
        self.action_cancel_person = self._action(
            self.tr("&Cancel person…"), self.cancel_person, name="actionCancelPerson"
        )
        self.action_import = self._action(
            self.tr("&Import list…"), self.import_list, shortcuts=[QKeySequence("Ctrl+I")], name="actionImport"
        )
        self.action_export = self._action(
            self.tr("E&xport selection…"), self.export_selection, name="actionExport"
        )
        self.action_export_audit = self._action(
            self.tr("Export &audit trail…"), self.export_audit, name="actionExportAudit"
        )
        self.action_change_operator = self._action(
            self.tr("Change &operator…"), self.change_operator, name="actionChangeOperator"
        )
        for action, icon in (
            (self.action_new_person, ("contact-new", SP.SP_FileIcon)),
            (self.action_edit_person, ("document-edit", SP.SP_FileDialogDetailedView)),
            (self.action_photo, ("camera-photo", SP.SP_DesktopIcon)),
            (self.action_cancel_person, ("edit-delete", SP.SP_DialogCancelButton)),
            (self.action_import, ("document-import", SP.SP_DialogOpenButton)),
            (self.action_export, ("document-export", SP.SP_DialogSaveButton)),
            (self.action_export_audit, ("document-export", SP.SP_DialogSaveButton)),
            (self.action_change_operator, ("system-users", SP.SP_DirHomeIcon)),
        ):
            set_icon(action, *icon)
        menu = QMenu(self.tr("&People"), self.desk.window)
        menu.setObjectName("peopleMenu")
        for action in (
            self.action_new_person,
            self.action_edit_person,
            self.action_photo,
            self.action_cancel_person,
        ):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.action_import, self.action_export, self.action_export_audit):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_change_operator)
        self.menu = menu
        self.toolbar = QToolBar(self.tr("People"), self.desk.window)
        self.toolbar.setObjectName("peopleToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.action_new_person,
            self.action_edit_person,
            self.action_photo,
            self.action_cancel_person,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_import)
        self.toolbar.addAction(self.action_export)

    # --- helpers ----------------------------------------------------------------------------------
    def operator(self) -> str | None:
        name = self.desk.operator()
        self._show_operator()
        return name

    def _show_operator(self) -> None:
        name = saved_operator(self.desk.settings)
        self.operator_label.setText(
            self.tr("Operator: %1").replace("%1", name) if name else self.tr("No operator")
        )

    def current_person(self) -> int | None:
        """The person on the card: the search's choice while its results are shown, else the table's row."""
        return self.people.current_person()

    def selected_people(self) -> list[int]:
        return self.people.selected_people()

    def listed_people(self) -> list[int]:
        return self.people.listed_people()

    def _message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        """A message that does not block the window's event loop (and so never a test)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.desk.window)
        box.setObjectName("intakeMessage")
        self.message_box = box
        box.open()

    def _need_person(self) -> int | None:
        person = self.current_person()
        if person is None:
            self._message(
                self.tr("No person selected"),
                self.tr("Select a person in the table first."),
                QMessageBox.Icon.Information,
            )
        return person

    def _status(self, text: str) -> None:
        self.desk.status(text)

    def _n(self, value: int) -> str:
        """A count in the desk's digits (never used on passport numbers or file names)."""
        return localized_number(value, self.language)

    # --- after a change: the same person, freshly read ----------------------------------------------
    def after_change(self, delegate_id: int | None) -> None:
        """Re-read the tree and the table and keep (or put) ``delegate_id`` selected."""
        self.people.after_change(delegate_id)

    def refreshing(self) -> bool:
        """True while the table is being re-read after a change (the person is not selected yet)."""
        return self.people.refreshing()

    def _refresh_history(self) -> None:
        try:
            with self.db.sessions() as session:
                self.history.show_history(session, self.current_person())
        except Exception:  # the history is a help, never a reason to fail
            log.exception("reading the history failed")

    # --- the actions --------------------------------------------------------------------------------
    def _defaults_for_new(self) -> dict[str, Any]:
        """A new person starts in the branch the desk is looking at."""
        defaults: dict[str, Any] = {}
        flt, _name = self.people.branch()
        with self.db.sessions() as session:
            category = session.query(Category).filter(Category.code == "delegate").first()
            if category is not None:
                defaults["category_id"] = category.id
            if isinstance(flt, PeopleFilter):
                if flt.kind == "delegation" and flt.key is not None:
                    defaults["delegation_id"] = int(flt.key)
                elif flt.kind == "region" and flt.key is not None:
                    delegation = (
                        session.query(Delegation)
                        .filter(Delegation.region_id == int(flt.key), Delegation.organization_id.is_(None))
                        .order_by(Delegation.id)
                        .first()
                    )
                    if delegation is not None:
                        defaults["delegation_id"] = delegation.id
                    elif session.get(Region, int(flt.key)) is not None:
                        defaults["region_id"] = int(flt.key)
        return defaults

    def new_person(self) -> DelegateEditor | None:
        return self._open_editor(None)

    def edit_person(self, delegate_id: int | None = None) -> DelegateEditor | None:
        person = delegate_id if delegate_id is not None else self._need_person()
        if person is None:
            return None
        return self._open_editor(person)

    def _open_editor(self, delegate_id: int | None) -> DelegateEditor | None:
        from ..editor.dialog import DelegateEditor

        defaults = self._defaults_for_new() if delegate_id is None else None
        try:
            editor = DelegateEditor(
                self.db, self.operator, delegate_id, self.language, self.desk.window, defaults=defaults
            )
        except UserError as exc:
            self._message(self.tr("Cannot open this person"), exc.message)
            return None
        editor.saved.connect(self.after_change)
        editor.person_cancelled.connect(self.after_change)
        editor.open_other.connect(lambda other: QTimer.singleShot(0, lambda: self.edit_person(other)))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = editor
        editor.open()
        return editor

    def photo(self) -> PhotoDialog | None:
        from ..photo.dialog import PhotoDialog

        person = self._need_person()
        if person is None:
            return None
        try:
            dialog = PhotoDialog(self.db, person, self.operator, self.language, self.desk.window)
        except UserError as exc:
            self._message(self.tr("Cannot open this person"), exc.message)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved(pid: int) -> None:
            if dialog.notes:
                self._status(" ".join(dialog.notes))
            self.after_change(pid)

        dialog.saved.connect(saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def cancel_person(self) -> CancelPersonDialog | None:
        from ..editor.cancel_person import CancelPersonDialog

        person = self._need_person()
        if person is None:
            return None
        with self.db.sessions() as session:
            delegate = session.get(Delegate, person)
            if delegate is None:
                return None
            if delegate.status == DelegateStatus.CANCELLED:
                self._message(
                    self.tr("Already cancelled"),
                    self.tr("This person is already cancelled."),
                    QMessageBox.Icon.Information,
                )
                return None
            version = delegate.version
            name = delegate.latin_name or delegate.name_fa
        dialog = CancelPersonDialog(name, self.desk.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            self.cancel_now(person, dialog.reason_text(), version)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def cancel_now(self, delegate_id: int, reason: str, expected_version: int | None = None) -> bool:
        operator = self.operator()
        if not operator:
            return False
        try:
            with self.db.transaction() as session:
                cancel_delegate(session, delegate_id, operator, reason, expected_version=expected_version)
        except StaleEdit:
            self._message(
                self.tr("Not cancelled"),
                self.tr(
                    "Another desk changed this person a moment ago. Look at their changes, then cancel again."
                ),
            )
            self.after_change(delegate_id)
            return False
        except UserError as exc:
            self._message(self.tr("Not cancelled"), exc.message)
            return False
        except Exception:
            log.exception("cancelling failed")
            self._message(
                self.tr("Not cancelled"),
                self.tr("An unexpected error occurred (details are in the log file)."),
            )
            return False
        self._status(self.tr("Cancelled; the record is kept."))
        self.after_change(delegate_id)
        return True

    def import_list(self) -> ImportDialog:
        from ..import_wizard.dialog import ImportDialog

        dialog = ImportDialog(self.db, self.operator, self.language, self.desk.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def imported(result: Any) -> None:
            self._status(
                self.tr("Imported %1 new and %2 updated people.")
                .replace("%1", self._n(result.accepted))
                .replace("%2", self._n(len(result.updated_ids)))
            )
            first = (result.created_ids or result.updated_ids or [None])[0]
            self.after_change(first if first is not None else self.current_person())

        dialog.imported.connect(imported)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_selection(self) -> ExportDialog:
        from .export_dialogs import ExportDialog

        selected = self.selected_people()
        listed = self.listed_people()
        _flt, name = self.people.branch()
        dialog = ExportDialog(len(selected), len(listed), name, self.language, self.desk.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            ids = selected if dialog.selected_radio.isChecked() else listed
            self.export_now(ids, dialog.path_edit.text().strip(), dialog.passports.isChecked())

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_now(self, ids: list[int], path: str, with_passports: bool) -> None:
        """Write the file off the UI thread; the status bar says how many, a message says why not."""
        from accreditation.intake.export import export_delegates

        if not path:
            self._message(self.tr("Not exported"), self.tr("Choose a file name first."))
            return
        self._status(self.tr("Exporting…"))

        def work() -> int:
            with self.db.sessions() as session:
                return export_delegates(
                    session, path, delegate_ids=ids, with_passports=with_passports, language=self.language
                )

        def done(count: int) -> None:
            if isValid(self.desk.window):
                self._status(
                    self.tr("Exported %1 people to %2.")
                    .replace("%1", self._n(count))
                    .replace("%2", f"\u2066{Path(path).name}\u2069")
                )

        def failed(exc: Exception) -> None:
            if not isValid(self.desk.window):
                return
            text = (
                exc.message
                if isinstance(exc, UserError)
                else self.tr("An unexpected error occurred (details are in the log file).")
            )
            self._message(self.tr("Not exported"), text)

        run_in_background(work, done, failed)

    def export_audit(self) -> AuditExportDialog:
        from .export_dialogs import AuditExportDialog

        person = self.current_person()
        name = None
        if person is not None:
            with self.db.sessions() as session:
                delegate = session.get(Delegate, person)
                name = (delegate.latin_name or delegate.name_fa) if delegate else None
        dialog = AuditExportDialog(name, self.desk.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            only = person if dialog.person_radio.isChecked() else None
            self.export_audit_now(dialog.path_edit.text().strip(), only)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_audit_now(self, path: str, delegate_id: int | None = None) -> None:
        from accreditation.intake.export import export_audit_csv

        if not path:
            self._message(self.tr("Not exported"), self.tr("Choose a file name first."))
            return

        def work() -> int:
            target = Path(path)
            if not target.parent.is_dir():
                raise UserError(
                    QCoreApplication.translate("IntakeActions", "The folder %1 does not exist.").replace(
                        "%1", str(target.parent)
                    )
                )
            with self.db.sessions() as session:
                if delegate_id is None:
                    return export_audit_csv(session, target)
                return export_audit_csv(session, target, entity="delegate", entity_id=delegate_id)

        def done(count: int) -> None:
            if isValid(self.desk.window):
                self._status(
                    self.tr("Exported %1 audit entries to %2.")
                    .replace("%1", self._n(count))
                    .replace("%2", f"\u2066{Path(path).name}\u2069")
                )

        def failed(exc: Exception) -> None:
            if not isValid(self.desk.window):
                return
            if isinstance(exc, UserError):
                text = exc.message
            elif isinstance(exc, OSError):
                text = self.tr("The file cannot be written: %1").replace("%1", exc.strerror or str(exc))
            else:
                text = self.tr("An unexpected error occurred (details are in the log file).")
            self._message(self.tr("Not exported"), text)

        run_in_background(work, done, failed)

    def change_operator(self) -> None:
        ask_operator(self.desk.window, self.desk.settings, force=True)
        self._show_operator()


def install_intake_actions(desk: Desk) -> IntakeActions:
    """The People menu, its toolbar, the operator's name and the history under the card, for the main
    window to put in place."""
    return IntakeActions(desk)
