"""Persian names for the guests who have none: review the proposals, correct them, accept them.

Keyboard first: the Persian name of the current row is in the edit box, already filled with the
proposal; Enter accepts it (as typed) and moves to the next person, Up and Down move between people,
Ctrl+Enter accepts everyone shown. Nothing is stored until accepted; each acceptance goes through
:mod:`accreditation.people.persian_names` (access policy, the row's version, the audit trail).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.people.persian_names import (
    PersianNameProposal,
    accept_persian_name,
    missing_persian_names,
)
from accreditation.store.database import Database
from accreditation.store.models import Region

from ..background import run_in_background
from ..labels import data_name, localized_digits
from .model import COLUMN_PROPOSAL, PersianNamesModel

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PersianNamesWindow(QMainWindow):
    """The people without a Persian name, with the proposal to accept or correct."""

    #: The ids whose Persian name was stored, once committed.
    accepted = Signal(list)
    #: The rows were (re)loaded.
    loaded = Signal()

    def __init__(
        self, db: Database, operator: Any, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("persianNames")
        self.db = db
        #: a callable giving the operator's name (asked once per shift), or the name itself
        self._operator = operator
        self.language = language
        self.setWindowTitle(self.tr("Persian names"))

        with db.sessions() as session:
            event = current_event(session)
            regions = [
                (r.code, data_name(r, language))
                for r in session.scalars(
                    select(Region).where(Region.event_id == event.id).order_by(Region.display_order)
                )
            ]
        self.region = QComboBox()
        self.region.setObjectName("persianNamesRegion")
        self.region.addItem(self.tr("All regions"), None)
        for code, name in regions:
            self.region.addItem(name, code)
        self.count_label = QLabel()
        self.count_label.setObjectName("persianNamesCount")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Region:")))
        top.addWidget(self.region)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.model = PersianNamesModel(language, self, dict(regions))
        self.table = QTableView()
        self.table.setObjectName("persianNamesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.edit = QLineEdit()
        self.edit.setObjectName("persianNameEdit")
        # Persian is typed right to left whatever the window's language.
        self.edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.edit.setPlaceholderText(self.tr("Persian name"))
        self.accept_button = QPushButton(self.tr("Accept (Enter)"))
        self.accept_button.setObjectName("acceptPersianName")
        self.accept_all_button = QPushButton(self.tr("Accept all shown (Ctrl+Enter)"))
        self.accept_all_button.setObjectName("acceptAllPersianNames")
        edit_row = QHBoxLayout()
        edit_row.addWidget(QLabel(self.tr("Persian name:")))
        edit_row.addWidget(self.edit, 1)
        edit_row.addWidget(self.accept_button)
        edit_row.addWidget(self.accept_all_button)
        self.message = QLabel()
        self.message.setObjectName("persianNamesMessage")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Enter accepts the name in the box and moves to the next person; Up and Down move; "
                "correct the name before Enter. Nothing is stored until accepted."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        self.setCentralWidget(body)

        self.action_accept_all = QAction(self.tr("Accept all shown"), self)
        self.action_accept_all.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.action_accept_all.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action_accept_all.triggered.connect(lambda: self.accept_all())
        self.addAction(self.action_accept_all)

        self.region.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_row(current.row())
        )
        self.model.dataChanged.connect(lambda *_: self._show_row(self.current_row()))
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(lambda: self.accept_current())
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.accept_all_button.clicked.connect(lambda: self.accept_all())
        self.edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self.resize(1000, 600)
        self.reload()

    # --- rows ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        db, region = self.db, self.region.currentData()

        def load() -> list[PersianNameProposal]:
            with db.sessions() as session:
                return missing_persian_names(session, region)

        def done(rows: list[PersianNameProposal]) -> None:
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()
            self._select(0)
            self._count()
            self.loaded.emit()

        def failed(exc: Exception) -> None:
            text = exc.message if isinstance(exc, UserError) else self.tr("The list could not be read.")
            self.message.setText(text)

        run_in_background(load, done, failed, owner=self)

    def _count(self) -> None:
        text = self.tr("%1 people without a Persian name").replace("%1", str(self.model.rowCount()))
        self.count_label.setText(localized_digits(text, self.language))
        enabled = self.model.rowCount() > 0
        for widget in (self.edit, self.accept_button, self.accept_all_button):
            widget.setEnabled(enabled)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.edit.clear()
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        # Not QTableView.selectRow: right to left, before the view is laid out, it finds no column and
        # clears the current row.
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, COLUMN_PROPOSAL), flags)
        self._show_row(row)
        self.edit.setFocus()

    def _show_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount() and self.edit.text() != self.model.rows[row].text:
            self.edit.setText(self.model.rows[row].text)
            self.edit.selectAll()

    def _edited(self, text: str) -> None:
        row = self.current_row()
        if 0 <= row < self.model.rowCount():
            self.model.rows[row].text = text
            index = self.model.index(row, COLUMN_PROPOSAL)
            self.model.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the edit box move between people; Enter on the table accepts its row."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.edit and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._select(self.current_row() + (1 if key == Qt.Key.Key_Down else -1))
                return True
            if (
                watched is self.table
                and key in _ENTER_KEYS
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and self.table.state() != QAbstractItemView.State.EditingState
            ):
                self.accept_current()
                return True
        return super().eventFilter(watched, event)

    # --- accepting ------------------------------------------------------------------------------------
    def _operator_name(self) -> str | None:
        name = self._operator() if callable(self._operator) else self._operator
        if not name:
            self.message.setText(self.tr("Nothing was stored: the operator's name is needed for the record."))
        return name or None

    def accept_current(self) -> bool:
        """Store the current row's name (as in the edit box) and move on to the next person."""
        row = self.current_row()
        if not 0 <= row < self.model.rowCount():
            return False
        text = self.edit.text().strip()
        if not text:
            self.message.setText(self.tr("Type the Persian name first (or move on with Down)."))
            return False
        operator = self._operator_name()
        if operator is None:
            return False
        item = self.model.rows[row]
        p = item.proposal
        try:
            with self.db.transaction() as session:
                accept_persian_name(session, p.id, text, operator, p.version, proposal=p.proposal)
        except UserError as exc:
            self.message.setText(self.tr("Not stored: %1").replace("%1", exc.message))
            return False
        self.model.remove(row)
        self.message.setText(self.tr("Stored: %1 → %2").replace("%1", p.latin).replace("%2", text))
        self._count()
        self._select(row)
        self.accepted.emit([p.id])
        return True

    def accept_all(self) -> int:
        """Accept every row shown, each with its name as it stands (proposed or corrected)."""
        if not self.model.rows:
            return 0
        operator = self._operator_name()
        if operator is None:
            return 0
        done: list[int] = []
        try:
            with self.db.transaction() as session:
                for item in self.model.rows:
                    text = item.text.strip()
                    if text:
                        p = item.proposal
                        accept_persian_name(session, p.id, text, operator, p.version, proposal=p.proposal)
                        done.append(p.id)
        except UserError as exc:
            self.message.setText(self.tr("Nothing was stored: %1").replace("%1", exc.message))
            return 0
        text = self.tr("%1 Persian names stored.").replace("%1", str(len(done)))
        self.message.setText(localized_digits(text, self.language))
        self.accepted.emit(done)
        self.reload()
        return len(done)
