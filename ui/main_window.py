"""The main window: regions and delegations on one side, their people in the middle, one person's card.

It also puts the screens together: each is installed with a :class:`~ui.desk.Desk` (never this window)
and returns its menu, actions and panels, which are placed here in a fixed order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QItemSelection, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from accreditation import __version__
from accreditation.access import policy as access
from accreditation.backup import backup, backups_folder, describe, restore
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n.languages import LANGUAGES
from accreditation.paths import log_file
from accreditation.people.directory import PeopleFilter, directory_tree, person_detail
from accreditation.store.database import Database
from accreditation.store.models import Event

from .approval.menu import ApprovalActions, install_approval_actions
from .background import run_in_background
from .badges.menu import BadgeActions, install_badge_actions
from .checkin.menu import CheckinActions, install_checkin_actions
from .desk import Desk
from .intake.menu import IntakeActions, install_intake_actions
from .labels import localized_digits
from .people.detail_pane import DetailPane
from .people.selection import PeopleSelection
from .people.table_model import PeopleTableModel
from .people.tree_model import DirectoryTreeModel
from .persian_names.menu import PersianNamesActions, install_persian_names_actions
from .roles_dialog import RolesDialog
from .seating.menu import SeatingActions, install_seating_actions
from .widgets.icons import SP, set_icon, themed_icon
from .widgets.search_panel import SearchPanel

if TYPE_CHECKING:
    from accreditation.offline.link import DeskLink

    from .seating.editor import SeatingEditor

log = logging.getLogger(__name__)


#: Menu entries (by object name) and the core action each leads to; Seat… entries are ``seating_<code>``.
#: Which role may do an action is the core's rule (``accreditation.access.policy.ALLOWED``), not repeated here.
GATED_ACTIONS: dict[str, access.Action] = {
    "actionNewPerson": access.Action.EDIT_PEOPLE,
    "actionEditPerson": access.Action.EDIT_PEOPLE,
    "actionCancelPerson": access.Action.EDIT_PEOPLE,
    "actionPhoto": access.Action.PHOTO,
    "actionImport": access.Action.IMPORT,
    "actionCheckinDesk": access.Action.CHECKIN,
    "actionCheckinDoor": access.Action.CHECKIN,
    "actionPrintBadges": access.Action.BADGE_PRINT,
    "actionPrintQueue": access.Action.BADGE_PRINT,
    "actionReissueBadge": access.Action.BADGE_REISSUE,
    "actionApprovalQueue": access.Action.APPROVE,
    "regionCardsAction": access.Action.SEATING,
    "actionBackup": access.Action.BACKUP,
    "actionRestore": access.Action.RESTORE,
    "actionRolesPins": access.Action.MANAGE_PINS,
}

#: What a window opened on the desk's replica (the server gone at start) still does: the rest needs the server.
WORKS_OFFLINE = frozenset({"actionCheckinDesk", "actionCheckinDoor"})


#: The menu bar, left to right (mirrored in Persian): File, Edit, View, then the work menus in the order of
#: the day, Help last. By object name; :meth:`MainWindow.place_menu` keeps the order whatever installs first.
MENU_ORDER: tuple[str, ...] = (
    "fileMenu",
    "editMenu",
    "viewMenu",
    "peopleMenu",
    "badgesMenu",
    "checkinMenu",
    "seatingMenu",
    "protocolMenu",
    "helpMenu",
)


class MainWindow(QMainWindow):
    #: Emitted with a database target when the user opens or creates another database.
    database_requested = Signal(str)
    #: Emitted with a language code when the user picks another language.
    language_requested = Signal(str)

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        language: str = "en",
        parent: QWidget | None = None,
        *,
        link: DeskLink | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.db = db
        self.settings = settings
        self.language = language
        with db.sessions() as session:
            self.summit: Event = current_event(session)
        self.setWindowTitle(self._title())

        self.tree_model = DirectoryTreeModel(language, parent=self)
        self.tree = QTreeView()
        self.tree.setObjectName("directoryTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(False)

        self.people_model = PeopleTableModel(db, self.summit, language, parent=self)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.people_model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PeopleTableModel.column_of("category"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 130, 110, 160, 170, 140, 200, 200)):
            self.table.setColumnWidth(column, width)

        self.detail = DetailPane(language)

        self.search = SearchPanel(db, self.summit.id, language)
        self.search.setObjectName("searchPanel")
        self.centre = QStackedWidget()
        self.centre.addWidget(self.table)
        self.centre.addWidget(self.search)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([260, 760, 320])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.search.bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(body)

        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_menus()
        self.tree.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_person_changed)
        self.people_model.loaded.connect(self._people_loaded)
        self.search.results_ready.connect(self._search_results_ready)
        self.search.cleared.connect(lambda: self.centre.setCurrentWidget(self.table))
        self.search.person_chosen.connect(self.show_person)
        for widget in (self.tree, self.table):
            widget.installEventFilter(self)
        self._keep_person: int | None = None
        self.refresh()
        self._restore_state()
        #: Who is selected and on the card, for the screens (they never see this window).
        self.selection = PeopleSelection(
            tree=self.tree,
            tree_model=self.tree_model,
            table=self.table,
            people_model=self.people_model,
            search=self.search,
            centre=self.centre,
            refresh=self.refresh,
            show_person=self.show_person,
            parent=self,
        )
        self._install_screens(Desk(db, settings, language, self, self.selection, self.show_error, link))
        if link is not None:  # a desk on a server: online, offline since..., syncing
            from .widgets.connection import install_connection_indicator

            self.link_watcher = install_connection_indicator(self, link, language)
        self.apply_access()

    # --- building ---------------------------------------------------------------------------------
    def _title(self) -> str:
        name = self.summit.name_fa if self.language == "fa" else self.summit.name_en
        return self.tr("Accreditation — %1").replace("%1", name)

    def _build_menus(self) -> None:
        """The window's own menus (File, Edit, View, Help); the screens' menus are placed among them later."""
        self.action_find = set_icon(QAction(self.tr("&Find…"), self), "edit-find", SP.SP_FileDialogContentsView)
        self.action_find.setObjectName("actionFind")
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F
        self.action_find.triggered.connect(self.search.focus_box)
        self.addAction(self.action_find)

        file_menu = self.file_menu = QMenu(self.tr("&File"), self)
        file_menu.setObjectName("fileMenu")
        self.action_new = self._menu_action(file_menu, self.tr("&New database…"), self.new_database,
                                            ("document-new", SP.SP_FileIcon))
        self.action_open = self._menu_action(file_menu, self.tr("&Open database…"), self.open_database_file,
                                             ("document-open", SP.SP_DialogOpenButton), QKeySequence.StandardKey.Open)
        self.action_open_url = self._menu_action(file_menu, self.tr("Open &server database…"), self.open_database_url,
                                                 ("network-server", SP.SP_DriveNetIcon))
        file_menu.addSeparator()
        self.action_backup = self._menu_action(file_menu, self.tr("&Back up now…"), lambda: self.backup_now(),
                                               ("document-save", SP.SP_DialogSaveButton), name="actionBackup")
        self.action_restore = self._menu_action(file_menu, self.tr("Re&store from a backup…"),
                                                lambda: self.restore_backup(),
                                                ("document-revert", SP.SP_BrowserReload), name="actionRestore")
        # In the Edit menu, with the other settings of the desk (who works it, with which PIN).
        self.action_roles = self._menu_action(None, self.tr("Roles and &PINs…"), self.show_roles,
                                              ("dialog-password", SP.SP_MessageBoxWarning), name="actionRolesPins")
        file_menu.addSeparator()
        self.action_refresh = self._menu_action(file_menu, self.tr("&Refresh"), self.refresh,
                                                ("view-refresh", SP.SP_BrowserReload), QKeySequence.StandardKey.Refresh)
        file_menu.addSeparator()
        self.action_quit = self._menu_action(file_menu, self.tr("&Quit"), self.close,
                                             ("application-exit", SP.SP_DialogCloseButton), QKeySequence.StandardKey.Quit)

        # Filled once the People menu exists (it lends its Edit person… and Change operator…).
        self.edit_menu = QMenu(self.tr("&Edit"), self)
        self.edit_menu.setObjectName("editMenu")
        self.action_copy = set_icon(QAction(self.tr("&Copy"), self), "edit-copy", SP.SP_TitleBarNormalButton)
        self.action_copy.setObjectName("actionCopy")
        self.action_copy.setShortcut(QKeySequence.StandardKey.Copy)
        # Only while the table has the focus: the search box and the editors keep their own Ctrl+C.
        self.action_copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_copy.triggered.connect(self.copy_selection)
        self.table.addAction(self.action_copy)

        self.view_menu = QMenu(self.tr("&View"), self)
        self.view_menu.setObjectName("viewMenu")
        language_menu = self.view_menu.addMenu(
            themed_icon("preferences-desktop-locale", SP.SP_FileDialogInfoView), self.tr("&Language")
        )
        language_menu.setObjectName("languageMenu")
        self.language_actions: dict[str, QAction] = {}
        for code, lang in LANGUAGES.items():
            action = QAction(lang.native_name, self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = QMenu(self.tr("&Help"), self)
        self.help_menu.setObjectName("helpMenu")
        self.action_about = self._menu_action(self.help_menu, self.tr("&About"), self.show_about,
                                              ("help-about", SP.SP_MessageBoxInformation))

    def _menu_action(
        self,
        menu: QMenu | None,
        text: str,
        slot: Callable[[], object],
        icon: tuple[str, QStyle.StandardPixmap],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        name: str = "",
    ) -> QAction:
        action = set_icon(QAction(text, self), *icon)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        return action

    def _install_screens(self, desk: Desk) -> None:
        """Each screen builds its menu, actions and panels from ``desk``; here they are put in place, in order."""
        self.intake: IntakeActions = install_intake_actions(desk)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.intake.toolbar)
        self.detail.add_section(self.intake.history)
        self.statusBar().addPermanentWidget(self.intake.operator_label)
        self.seating: SeatingActions = install_seating_actions(desk)
        self.seating_editors: list[SeatingEditor] = self.seating.editors
        self.open_seating_editor = self.seating.open_editor
        self.checkin: CheckinActions = install_checkin_actions(desk)
        self.checkin_menu = self.checkin.menu
        self.badge_actions: BadgeActions = install_badge_actions(desk)
        self.detail.add_section(self.badge_actions.card_buttons)
        self.approval: ApprovalActions = install_approval_actions(desk)
        self.approval_action = self.approval.action
        self.open_approval_queue = self.approval.open_queue
        self.persian_names: PersianNamesActions = install_persian_names_actions(desk)
        self.approval.menu.addAction(self.persian_names.action)

        edit = self.edit_menu
        edit.addAction(self.action_copy)
        edit.addAction(self.action_find)
        edit.addSeparator()
        edit.addAction(self.intake.action_edit_person)
        edit.addSeparator()
        edit.addAction(self.intake.action_change_operator)
        edit.addAction(self.action_roles)
        self.desk_toolbar = QToolBar(self.tr("Desk"), self)
        self.desk_toolbar.setObjectName("deskToolBar")
        self.desk_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_find, self.badge_actions.action_print, self.checkin.action_desk,
                       self.checkin.action_dashboard):
            self.desk_toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.desk_toolbar)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.intake.menu, self.badge_actions.menu,
                     self.checkin.menu, self.seating.menu, self.approval.menu, self.help_menu):
            self.place_menu(menu)

    def place_menu(self, menu: QMenu) -> None:
        """Put ``menu`` in the menu bar at its place in :data:`MENU_ORDER`, whatever was placed before it.

        A menu the order does not name goes just before Help, which stays last on every desktop.
        """
        bar = self.menuBar()
        rank = _menu_rank(menu)
        for action in bar.actions():
            other = action.menu()
            if isinstance(other, QMenu) and _menu_rank(other) > rank:
                bar.insertMenu(action, menu)
                return
        bar.addMenu(menu)

    def copy_selection(self) -> None:
        """The selected rows, as they read in the table (columns by tabs), for a mail or a spreadsheet."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        header = self.table.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
        lines = [
            "\t".join(str(self.people_model.index(row, column).data() or "") for column in columns) for row in rows
        ]
        if lines:
            QApplication.clipboard().setText("\n".join(lines))
            self.statusBar().showMessage(
                localized_digits(self.tr("%n people copied", "", len(lines)), self.language), 5000
            )

    # --- behaviour --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the tree and the people from the database, keeping the selected node."""
        selected = self._selected_filter()
        with self.db.sessions() as session:
            nodes = directory_tree(session, self.summit, self.language)
        self.tree_model.set_nodes(nodes)
        self.tree.expandToDepth(0)
        index = self.tree_model.find(selected.kind, selected.key) if selected else QModelIndex()
        if not index.isValid():
            index = self.tree_model.index(0, 0)
        self.tree.setCurrentIndex(index)
        # A path or URL reads left to right even inside a Persian sentence (Unicode isolate marks).
        self.database_label.setText(self.tr("Database: %1").replace("%1", f"\u2066{self.db.display_name}\u2069"))

    def _selected_filter(self) -> PeopleFilter | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(DirectoryTreeModel.FilterRole)

    def _tree_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        flt: PeopleFilter = indexes[0].data(DirectoryTreeModel.FilterRole)
        self._keep_person = None
        self.count_label.setText(self.tr("Loading…"))
        self.people_model.set_filter(flt)

    def _people_loaded(self) -> None:
        """The selection's rows arrived: keep the person who was shown, else show the first."""
        self._update_counts()
        row = self.people_model.row_of(self._keep_person) if self._keep_person is not None else None
        if row is None and self.people_model.rowCount() > 0:
            row = 0
        if row is None:
            self.detail.show_person(None)
            return
        index = self.people_model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _current_person_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        delegate_id = self.people_model.delegate_id(current.row()) if current.isValid() else None
        if delegate_id is not None:
            self._keep_person = delegate_id
        if delegate_id is None:
            self.detail.show_person(None)
            return
        with self.db.sessions() as session:
            self.detail.show_person(person_detail(session, delegate_id))

    def _search_results_ready(self) -> None:
        if self.search.box.text().strip():
            self.centre.setCurrentWidget(self.search)

    def show_person(self, delegate_id: int) -> None:
        """Show one person's card in the detail pane (from a search result, or another record)."""
        self._keep_person = delegate_id
        with self.db.sessions() as session:
            self.detail.show_person(person_detail(session, delegate_id))

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        """Just start typing: a printable key in the tree or the table starts a search."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
            text = event.text()
            if not modifiers and text and text.isprintable() and not text.isspace():
                self.search.start_typing(text)
                return True
        return super().eventFilter(watched, event)

    def _update_counts(self) -> None:
        text = self.tr("%n people", "", self.people_model.total())
        self.count_label.setText(localized_digits(text, self.language))

    def _choose_language(self, code: str) -> None:
        for other, action in self.language_actions.items():
            action.setChecked(other == code)
        if code != self.language:
            self.language_requested.emit(code)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "accreditation.sqlite"), self.tr("Databases (*.sqlite)")
        )
        if path:
            self.database_requested.emit(path)

    def open_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path.home()), self.tr("Databases (*.sqlite *.db);;All files (*)")
        )
        if path:
            self.database_requested.emit(path)

    def open_database_url(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Open server database"),
            self.tr("Database address, for example postgresql://desk@server/summit:"),
        )
        if ok and url.strip():
            self.database_requested.emit(url.strip())

    def backup_now(self, path: str | None = None) -> None:
        """Write a consistent copy (other desks may keep working); the path is asked when not given."""
        if path is None:
            suggested = backups_folder(self.db) / f"{datetime.now():%Y%m%d-%H%M}.sqlite"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Back up the database"), str(suggested), self.tr("Databases (*.sqlite)")
            )
            if not path:
                return
        self.statusBar().showMessage(self.tr("Backing up…"))

        def done(made: Path) -> None:
            self.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", f"\u2066{made}\u2069"), 10_000)

        def failed(exc: Exception) -> None:
            self.statusBar().clearMessage()
            if isinstance(exc, UserError):
                self.show_error(exc)
            else:
                raise exc

        run_in_background(lambda: backup(self.db, Path(path)), done, failed, owner=self)

    def restore_backup(self, path: str | None = None, confirm: bool = True) -> None:
        """Put a backup back, after saying what it holds; the window then reopens on the result."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Restore from a backup"), str(backups_folder(self.db)), self.tr("Databases (*.sqlite)")
            )
            if not path:
                return
        try:
            info = describe(Path(path))
            if confirm:
                answer = QMessageBox.question(
                    self,
                    self.tr("Restore from a backup"),
                    self.tr("Replace everything in this database with the backup %1 (%2 people)? "
                            "A copy of the current contents is kept first.")
                    .replace("%1", f"\u2066{Path(path).name}\u2069")
                    .replace("%2", localized_digits(str(info.tables.get("delegate", 0)), self.language)),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            safety = restore(self.db, Path(path))
        except UserError as exc:
            self.show_error(exc)
            return
        self.refresh()
        self.statusBar().showMessage(
            self.tr("Restored. The previous contents were saved to %1").replace("%1", f"\u2066{safety}\u2069"), 15_000
        )

    def show_about(self) -> None:
        """Version, the open database and its schema revision, and the log file support will ask for."""
        from accreditation.installation import installation_info

        info = installation_info(self.db)
        # Paths and revisions read left to right even inside a Persian sentence (Unicode isolate marks).
        ltr = "\u2066{}\u2069".format
        text = (
            self.tr("Accreditation %1\nDatabase: %2\nLog file: %3")
            .replace("%1", ltr(__version__))
            .replace("%2", ltr(self.db.display_name))
            .replace("%3", ltr(str(log_file())))
        )
        schema = self.tr("Database schema: %1 (this program's: %2)")
        schema = schema.replace("%1", ltr(info.database_revision or "-")).replace("%2", ltr(info.schema_head))
        QMessageBox.about(self, self.tr("About"), f"{text}\n{schema}")

    def show_roles(self) -> None:
        RolesDialog(self.db, self).exec()

    def apply_access(self) -> None:
        """Grey out the menu entries the signed-in role may not use (the core refuses them anyway)."""
        with self.db.sessions() as session:
            enforced = access.enforced(session)
        operator = access.current()
        role = operator.role if operator is not None else None
        for action in self.findChildren(QAction):
            name = action.objectName()
            needed = GATED_ACTIONS.get(name) or (access.Action.SEATING if name.startswith("seating_") else None)
            if needed is not None:
                offline_ok = not self.db.refuse_writes or name in WORKS_OFFLINE
                action.setEnabled((not enforced or access.may(role, needed)) and offline_ok)

    def show_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("Cannot do that"), error.message)

    # --- state ------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = self.settings.value("window/peopleHeader")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
        kind = self.settings.value("window/treeKind")
        key = self.settings.value("window/treeKey")
        if kind:
            index = self.tree_model.find(str(kind), _settings_key(key))
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/peopleHeader", self.table.horizontalHeader().saveState())
        flt = self._selected_filter()
        if flt is not None:
            self.settings.setValue("window/treeKind", flt.kind)
            self.settings.setValue("window/treeKey", "" if flt.key is None else str(flt.key))
        self.settings.sync()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.save_state()
        super().closeEvent(event)


def _menu_rank(menu: QMenu) -> float:
    name = menu.objectName()
    if name in MENU_ORDER:
        return MENU_ORDER.index(name)
    return MENU_ORDER.index("helpMenu") - 0.5


def _settings_key(value: object) -> int | str | None:
    if value in (None, ""):
        return None
    text = str(value)
    return int(text) if text.isdigit() else text
