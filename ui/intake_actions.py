"""The intake capability in the main window: a People menu and toolbar, and each person's history.

``install_intake_actions(window)`` is called once at the end of ``MainWindow.__init__``. Everything that
changes data asks for the operator's name first (once per shift), goes through the core, and then
refreshes the tree and the table with the same person selected.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from accreditation.errors import UserError
from accreditation.i18n.dates import format_datetime
from accreditation.i18n.languages import language as language_for
from accreditation.intake.export import export_audit_csv, export_delegates
from accreditation.people.delegates import StaleEdit, cancel_delegate
from accreditation.people.directory import PeopleFilter
from accreditation.store.audit import history
from accreditation.store.models import Category, Delegate, DelegateStatus, Delegation, Region

from .background import run_in_background
from .delegate_editor import (
    CancelPersonDialog,
    DelegateEditor,
    display_value,
    field_label,
    isolated,
    value_names,
)
from .import_dialog import ImportDialog
from .labels import localized_number
from .operator import ask_operator, saved_operator
from .photo_dialog import PhotoDialog
from .tree_model import DirectoryTreeModel

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("History", "created"),
        "edit": QCoreApplication.translate("History", "edited"),
        "cancel": QCoreApplication.translate("History", "cancelled"),
        "import": QCoreApplication.translate("History", "imported"),
        "photo": QCoreApplication.translate("History", "photo changed"),
        "reinstate": QCoreApplication.translate("History", "reinstated"),
        "approve": QCoreApplication.translate("History", "approved"),
        "reject": QCoreApplication.translate("History", "rejected"),
        "send-back": QCoreApplication.translate("History", "sent back for correction"),
        "unapprove": QCoreApplication.translate("History", "back to pending approval"),
        "print-override": QCoreApplication.translate("History", "badge printed without approval"),
    }.get(action, action)


def _local(moment: datetime) -> datetime:
    """Audit times are stored in UTC; the desk reads its own clock."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


class HistoryPanel(QGroupBox):
    """Under the person's card: who changed what and when, newest first."""

    MAX_ENTRIES = 50

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setTitle(self.tr("History"))
        self.language = language
        self._rtl = language_for(language).right_to_left
        layout = QVBoxLayout(self)
        self.body = QLabel()
        self.body.setObjectName("historyText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.body)
        self._entries: list[str] = []

    def entries(self) -> list[str]:
        return list(self._entries)

    def show_history(self, session: Any, delegate_id: int | None) -> None:
        if delegate_id is None:
            self._entries = []
            self.body.setText(self.tr("No person selected."))
            return
        entries = list(reversed(history(session, "delegate", delegate_id)))
        names = value_names(session, self.language)
        # "before → after" in reading order: in a right-to-left history the arrow points left.
        arrow = "←" if self._rtl else "→"
        texts: list[str] = []
        for entry in entries[: self.MAX_ENTRIES]:
            when = format_datetime(_local(entry.at), self.language) if entry.at else ""
            who = isolated(entry.operator) if entry.operator else self.tr("(unknown operator)")
            head = f"{when} · {who} · {action_label(entry.action)}"
            if entry.detail:
                head += f" ({isolated(entry.detail)})"
            lines = [head]
            for field, pair in (entry.changes or {}).items():
                before, after = (list(pair) + [None, None])[:2] if isinstance(pair, list) else (None, pair)
                old = isolated(display_value(before, field, names, self.language)) or "∅"
                new = isolated(display_value(after, field, names, self.language)) or "∅"
                if entry.action in ("create", "import") and before is None:
                    lines.append(f"  {field_label(field)}: {new}")
                else:
                    lines.append(f"  {field_label(field)}: {old} {arrow} {new}")
            texts.append("\n".join(lines))
        if len(entries) > self.MAX_ENTRIES:
            texts.append(
                self.tr("… and %1 older entries (File › Export audit trail).").replace(
                    "%1", localized_number(len(entries) - self.MAX_ENTRIES, self.language)
                )
            )
        self._entries = texts
        text = "\n\n".join(texts) if texts else self.tr("No changes recorded.")
        if self._rtl:
            # A Persian history reads right to left whatever script a line's first word is in (each line
            # of a label is a paragraph of its own, with its own direction).
            text = "\n".join("\u200f" + line for line in text.split("\n"))
        self.body.setText(text)


class ExportDialog(QDialog):
    """What to export (the selected rows or the whole tree selection), where, and whether with passports."""

    def __init__(
        self,
        selected: int,
        listed: int,
        listed_name: str,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export people"))
        layout = QVBoxLayout(self)
        self.selected_radio = QRadioButton(
            self.tr("Only the selected rows (%1)").replace("%1", localized_number(selected, language))
        )
        self.selected_radio.setObjectName("exportSelected")
        self.listed_radio = QRadioButton(
            self.tr("Everyone listed for «%1» (%2 people)")
            .replace("%1", listed_name)
            .replace("%2", localized_number(listed, language))
        )
        self.listed_radio.setObjectName("exportListed")
        group = QButtonGroup(self)
        group.addButton(self.selected_radio)
        group.addButton(self.listed_radio)
        (self.selected_radio if selected > 1 else self.listed_radio).setChecked(True)
        self.selected_radio.setEnabled(selected > 0)
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.listed_radio)
        self.passports = QCheckBox(self.tr("Include passport numbers (only for those who need them)"))
        self.passports.setObjectName("exportPassports")
        layout.addWidget(self.passports)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(Path.home() / "people.xlsx"))
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.path_edit.setText(path)


class AuditExportDialog(QDialog):
    def __init__(self, person: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditExportDialog")
        self.setWindowTitle(self.tr("Export audit trail"))
        layout = QVBoxLayout(self)
        self.all_radio = QRadioButton(self.tr("Every change to every record"))
        self.person_radio = QRadioButton(self.tr("Only %1's changes").replace("%1", person or ""))
        self.person_radio.setObjectName("auditPerson")
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.person_radio)
        self.all_radio.setChecked(True)
        self.person_radio.setEnabled(person is not None)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.person_radio)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(Path.home() / "audit-trail.csv"))
        self.path_edit.setObjectName("auditPath")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), self.tr("CSV (*.csv)")
        )
        if path:
            self.path_edit.setText(path)


class IntakeActions(QObject):
    """The People menu's actions and what they open; one per main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.language = window.language
        #: The dialog opened last (editor, photo, import...): tests and the next action look here.
        self.dialog: QDialog | None = None
        self.message_box: QMessageBox | None = None
        self._pending_select: int | None = None
        self._pending_tries = 0
        self._build_actions()
        self._build_history()
        self.operator_label = QLabel()
        self.operator_label.setObjectName("operatorLabel")
        window.statusBar().addPermanentWidget(self.operator_label)
        self._show_operator()
        window.people_model.loaded.connect(self._people_loaded)
        window.table.doubleClicked.connect(lambda _index: self.edit_person())
        window.table.installEventFilter(self)
        window.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # The search panel (when the window has one) shows people too: its chosen person is the one
        # the actions and the history are about while its results are on screen.
        self._search_person: int | None = None
        search = getattr(window, "search", None)
        if search is not None and hasattr(search, "person_chosen"):
            search.person_chosen.connect(self._search_chosen)
            results = getattr(search, "results", None)
            if results is not None:
                results.doubleClicked.connect(lambda _index: self.edit_person())
        self._current_changed(window.table.currentIndex(), QModelIndex())

    # --- building ---------------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Any, *, shortcuts: list[QKeySequence] | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(shortcuts)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.action_new_person = self._action(
            self.tr("&New person…"),
            self.new_person,
            shortcuts=[QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)],
            name="actionNewPerson",
        )
        self.action_edit_person = self._action(
            self.tr("&Edit person…"), self.edit_person, name="actionEditPerson"
        )
        self.action_edit_person.setShortcut(QKeySequence("Ctrl+E"))
        self.action_photo = self._action(self.tr("&Photo…"), self.photo, name="actionPhoto")
        self.action_photo.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action_cancel_person = self._action(
            self.tr("&Cancel person…"), self.cancel_person, name="actionCancelPerson"
        )
        self.action_import = self._action(self.tr("&Import list…"), self.import_list, name="actionImport")
        self.action_import.setShortcut(QKeySequence("Ctrl+I"))
        self.action_export = self._action(
            self.tr("E&xport selection…"), self.export_selection, name="actionExport"
        )
        self.action_export_audit = self._action(
            self.tr("Export &audit trail…"), self.export_audit, name="actionExportAudit"
        )
        self.action_change_operator = self._action(
            self.tr("Change &operator…"), self.change_operator, name="actionChangeOperator"
        )
        menu = QMenu(self.tr("&People"), self.window)
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
        bar = self.window.menuBar()
        # Before Help (the menu holding About), the last menu by convention.
        about = getattr(self.window, "action_about", None)
        help_menu = next(
            (a for a in bar.actions() if a.menu() is not None and about in a.menu().actions()), None
        )
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        self.menu = menu
        self.toolbar = QToolBar(self.tr("People"), self.window)
        self.toolbar.setObjectName("peopleToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
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
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_history(self) -> None:
        self.history = HistoryPanel(self.language)
        body = self.window.detail.widget()
        layout = body.layout() if body is not None else None
        if layout is None:
            return
        # Above the pane's closing stretch, under the card.
        layout.insertWidget(max(layout.count() - 1, 0), self.history)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window.table and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
                self.edit_person()
                return True
        return super().eventFilter(watched, event)

    # --- helpers ----------------------------------------------------------------------------------
    def operator(self) -> str | None:
        name = ask_operator(self.window, self.window.settings)
        self._show_operator()
        return name

    def _show_operator(self) -> None:
        name = saved_operator(self.window.settings)
        self.operator_label.setText(
            self.tr("Operator: %1").replace("%1", name) if name else self.tr("No operator")
        )

    def _search_shown(self) -> bool:
        centre = getattr(self.window, "centre", None)
        search = getattr(self.window, "search", None)
        return centre is not None and search is not None and centre.currentWidget() is search

    def _search_chosen(self, delegate_id: int) -> None:
        self._search_person = delegate_id
        self._refresh_history()

    def current_person(self) -> int | None:
        """The person on the card: the search's choice while its results are shown, else the table's row."""
        if self._search_shown() and self._search_person is not None:
            return self._search_person
        index = self.window.table.currentIndex()
        return self.window.people_model.delegate_id(index.row()) if index.isValid() else None

    def selected_people(self) -> list[int]:
        rows = sorted({i.row() for i in self.window.table.selectionModel().selectedRows()})
        ids = [self.window.people_model.delegate_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def listed_people(self) -> list[int]:
        model = self.window.people_model
        return [pid for pid in (model.delegate_id(r) for r in range(model.total())) if pid is not None]

    def _message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        """A message that does not block the window's event loop (and so never a test)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
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
        self.window.statusBar().showMessage(text, 8000)

    def _n(self, value: int) -> str:
        """A count in the desk's digits (never used on passport numbers or file names)."""
        return localized_number(value, self.language)

    # --- after a change: the same person, freshly read ----------------------------------------------
    def after_change(self, delegate_id: int | None) -> None:
        """Re-read the tree and the table and keep (or put) ``delegate_id`` selected."""
        self._pending_select = delegate_id
        self._pending_tries = 0
        self.window.refresh()
        # Whatever the tree did, one more reload of the same selection: the model keeps only the newest.
        self.window.people_model.reload()

    def refreshing(self) -> bool:
        """True while the table is being re-read after a change (the person is not selected yet)."""
        return self._pending_select is not None

    def _people_loaded(self) -> None:
        pid = self._pending_select
        if pid is None:
            self._refresh_history()
            return
        if self._search_shown():
            # The card shows the search's person: keep it there, freshly read, and the results current.
            self._pending_select = None
            show = getattr(self.window, "show_person", None)
            if show is not None:
                show(pid)
            rerun = getattr(getattr(self.window, "search", None), "run_query", None)
            if rerun is not None:
                rerun()
            self._refresh_history()
            return
        model = self.window.people_model
        row = model.row_of(pid)
        if row is None and self._pending_tries == 0:
            # Not in the selected branch (a new person elsewhere): show everyone, where they are.
            self._pending_tries = 1
            everyone = self.window.tree_model.find("all")
            if everyone.isValid() and everyone != self.window.tree.currentIndex():
                self.window.tree.setCurrentIndex(everyone)
                return
        self._pending_select = None
        if row is None:
            self._refresh_history()
            return
        index = model.index(row, 0)
        self.window.table.setCurrentIndex(index)
        self.window.table.scrollTo(index)
        self._refresh_history()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._refresh_history()

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
        flt = self.window.tree.currentIndex().data(DirectoryTreeModel.FilterRole)
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
        defaults = self._defaults_for_new() if delegate_id is None else None
        try:
            editor = DelegateEditor(
                self.db, self.operator, delegate_id, self.language, self.window, defaults=defaults
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
        person = self._need_person()
        if person is None:
            return None
        try:
            dialog = PhotoDialog(self.db, person, self.operator, self.language, self.window)
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
        dialog = CancelPersonDialog(name, self.window)
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
        dialog = ImportDialog(self.db, self.operator, self.language, self.window)
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
        selected = self.selected_people()
        listed = self.listed_people()
        node = self.window.tree.currentIndex()
        name = str(node.data() or "").rsplit(" (", 1)[0] if node.isValid() else ""
        dialog = ExportDialog(len(selected), len(listed), name, self.language, self.window)
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
            if isValid(self.window):
                self._status(
                    self.tr("Exported %1 people to %2.")
                    .replace("%1", self._n(count))
                    .replace("%2", f"\u2066{Path(path).name}\u2069")
                )

        def failed(exc: Exception) -> None:
            if not isValid(self.window):
                return
            text = (
                exc.message
                if isinstance(exc, UserError)
                else self.tr("An unexpected error occurred (details are in the log file).")
            )
            self._message(self.tr("Not exported"), text)

        run_in_background(work, done, failed)

    def export_audit(self) -> AuditExportDialog:
        person = self.current_person()
        name = None
        if person is not None:
            with self.db.sessions() as session:
                delegate = session.get(Delegate, person)
                name = (delegate.latin_name or delegate.name_fa) if delegate else None
        dialog = AuditExportDialog(name, self.window)
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
            if isValid(self.window):
                self._status(
                    self.tr("Exported %1 audit entries to %2.")
                    .replace("%1", self._n(count))
                    .replace("%2", f"\u2066{Path(path).name}\u2069")
                )

        def failed(exc: Exception) -> None:
            if not isValid(self.window):
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
        ask_operator(self.window, self.window.settings, force=True)
        self._show_operator()


def install_intake_actions(window: MainWindow) -> None:
    """Add the People menu, its toolbar and the history section to ``window``."""
    window.intake = IntakeActions(window)  # type: ignore[attr-defined]
