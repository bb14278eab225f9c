"""Protocol's approval queue: who is waiting, filtered by region, category and state; decide one or many.

The rows come from the core off the UI thread (one query for the people, one for their latest approval
decisions); the table is a model behind a filter proxy. Approve, reject and send back go through
:mod:`accreditation.people.approval` with the operator's name, and the reason is asked for where the core
requires one (reject, send back).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.people import approval
from accreditation.store.database import Database
from accreditation.store.models import Category, Region

from ..background import run_in_background
from ..labels import data_name, localized_digits
from .model import (
    STATE_ALL,
    STATE_APPROVED,
    STATE_PENDING,
    STATE_REJECTED,
    STATE_SENT_BACK,
    STATE_WITHDRAWN,
    ApprovalFilter,
    ApprovalQueueModel,
    QueueRow,
    load_rows,
    row_state,
)
from .reason_dialog import ReasonDialog


class ApprovalQueueWindow(QMainWindow):
    """The queue: filters on top, the people, and the decisions for the selected rows."""

    #: Emitted with the ids a decision changed, once it is committed.
    decided = Signal(list)
    #: Emitted after the rows were (re)loaded.
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        operator: Any,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalQueue")
        self.db = db
        #: a callable giving the operator's name (asked once per shift), or None when nobody signs in
        self._operator = operator
        self.language = language
        self.setWindowTitle(self.tr("Approval queue"))

        with db.sessions() as session:
            event = current_event(session)
            regions = [
                (r.id, data_name(r, language))
                for r in session.scalars(
                    select(Region).where(Region.event_id == event.id).order_by(Region.display_order)
                )
            ]
            categories = [
                (c.id, data_name(c, language))
                for c in session.scalars(
                    select(Category).where(Category.event_id == event.id).order_by(Category.rank)
                )
            ]

        self.state = QComboBox()
        self.state.setObjectName("approvalState")
        for key, text in (
            (STATE_PENDING, self.tr("Waiting for approval")),
            (STATE_SENT_BACK, self.tr("Sent back for information")),
            (STATE_WITHDRAWN, self.tr("Changed after approval")),
            (STATE_APPROVED, self.tr("Approved")),
            (STATE_REJECTED, self.tr("Rejected or cancelled")),
            (STATE_ALL, self.tr("Everyone")),
        ):
            self.state.addItem(text, key)
        self.region = QComboBox()
        self.region.setObjectName("approvalRegion")
        self.region.addItem(self.tr("All regions"), None)
        for rid, name in regions:
            self.region.addItem(name, rid)
        self.category = QComboBox()
        self.category.setObjectName("approvalCategory")
        self.category.addItem(self.tr("All categories"), None)
        for cid, name in categories:
            self.category.addItem(name, cid)
        self.count_label = QLabel()
        self.count_label.setObjectName("approvalCount")
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Show:"), self.state),
            (self.tr("Region:"), self.region),
            (self.tr("Category:"), self.category),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.model = ApprovalQueueModel(language, self)
        self.proxy = ApprovalFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("approvalTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.approve_button = QPushButton(self.tr("Approve selected"))
        self.approve_button.setObjectName("approveButton")
        self.send_back_button = QPushButton(self.tr("Send back for information…"))
        self.send_back_button.setObjectName("sendBackButton")
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("rejectButton")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        self.message = QLabel()
        self.message.setObjectName("approvalMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.send_back_button)
        buttons.addWidget(self.approve_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(body)

        for combo in (self.state, self.region, self.category):
            combo.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.approve_button.clicked.connect(lambda: self.approve_selected())
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        self.send_back_button.clicked.connect(lambda: self.send_back_selected())
        self.refresh_button.clicked.connect(self.reload)
        self.child_dialog: QDialog | None = None
        self._update_buttons()
        self.resize(1100, 640)
        self.reload()

    # --- rows ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        db = self.db

        def done(rows: list[QueueRow]) -> None:
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()
            self._filter()
            self.loaded.emit()

        def failed(_exc: Exception) -> None:
            self.message.setText(self.tr("The queue could not be read. Details are in the log file."))

        run_in_background(lambda: load_rows(db), done, failed, owner=self)

    def _filter(self) -> None:
        self.proxy.set_filters(
            self.state.currentData(), self.region.currentData(), self.category.currentData()
        )
        shown = self.proxy.rowCount()
        waiting = sum(
            1 for r in self.model.rows if row_state(r) in (STATE_PENDING, STATE_SENT_BACK, STATE_WITHDRAWN)
        )
        text = (
            self.tr("%1 shown, %2 waiting for approval").replace("%1", str(shown)).replace("%2", str(waiting))
        )
        self.count_label.setText(localized_digits(text, self.language))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def _versions(self, ids: list[int]) -> dict[int, int]:
        by_id = {r.delegate_id: r.version for r in self.model.rows}
        return {i: by_id[i] for i in ids if i in by_id}

    def _update_buttons(self) -> None:
        any_selected = bool(self.table.selectionModel().selectedRows())
        for button in (self.approve_button, self.reject_button, self.send_back_button):
            button.setEnabled(any_selected)

    # --- decisions ------------------------------------------------------------------------------------
    def _decide(self, ids: list[int], action: str, reason: str = "") -> bool:
        if not ids:
            return False
        operator = self._operator() if callable(self._operator) else self._operator
        if not operator:
            self.message.setText(
                self.tr("Nothing was decided: the operator's name is needed for the record.")
            )
            return False
        versions = self._versions(ids)
        try:
            with self.db.transaction() as session:
                if action == "approve":
                    result = approval.approve(session, ids, operator, reason=reason, versions=versions)
                elif action == "reject":
                    result = approval.reject(session, ids, operator, reason, versions=versions)
                else:
                    result = approval.send_back(session, ids, operator, reason, versions=versions)
        except UserError as exc:
            self.message.setText(self.tr("Nothing was decided: %1").replace("%1", exc.message))
            self.reload()
            return False
        done = {
            "approve": self.tr("%1 approved."),
            "reject": self.tr("%1 rejected."),
            "send-back": self.tr("%1 sent back for information."),
        }[action]
        self.message.setText(localized_digits(done.replace("%1", str(len(result.changed))), self.language))
        self.decided.emit(list(result.changed))
        self.reload()
        return True

    def approve_selected(self) -> bool:
        return self._decide(self.selected_ids(), "approve")

    def _ask_reason(self, title: str, prompt: str, action: str, reason: str | None) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        if reason is not None:
            return self._decide(ids, action, reason)
        dialog = ReasonDialog(title, prompt, self)
        self.child_dialog = dialog

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted:
                self._decide(ids, action, dialog.reason())

        dialog.finished.connect(finished)
        dialog.open()
        return True

    def reject_selected(self, reason: str | None = None) -> bool:
        return self._ask_reason(
            self.tr("Reject accreditation"),
            self.tr("Why is the accreditation refused? The reason is kept with the decision."),
            "reject",
            reason,
        )

    def send_back_selected(self, reason: str | None = None) -> bool:
        return self._ask_reason(
            self.tr("Send back for information"),
            self.tr("What information is missing? The desk sees it next to the person."),
            "send-back",
            reason,
        )
