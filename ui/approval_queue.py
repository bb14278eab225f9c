"""Protocol's approval queue: who is waiting, filtered by region, category and state; decide one or many.

The rows come from the core off the UI thread (one query for the people, one for their latest approval
decisions); the table is a model behind a filter proxy. Approve, reject and send back go through
:mod:`accreditation.people.approval` with the operator's name, and the reason is asked for where the core
requires one (reject, send back).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.names.collation import sort_string
from accreditation.people import approval
from accreditation.store.database import Database
from accreditation.store.models import Category, Delegate, DelegateStatus, Delegation, Region

from .background import run_in_background
from .labels import data_name, localized_digits, localized_number, status_label
from .operator import ask_operator

if TYPE_CHECKING:
    from .main_window import MainWindow

ModelIndex = QModelIndex | QPersistentModelIndex

#: The state filter's choices: (key, which rows).
STATE_PENDING = "pending"
STATE_SENT_BACK = "sent-back"
STATE_WITHDRAWN = "withdrawn"
STATE_APPROVED = "approved"
STATE_REJECTED = "rejected"
STATE_ALL = "all"


@dataclass(frozen=True)
class QueueRow:
    delegate_id: int
    version: int
    name_latin: str
    name_fa: str
    region_id: int | None
    region_en: str
    region_fa: str
    category_id: int
    category_en: str
    category_fa: str
    region_ru: str
    category_ru: str
    nationality: str
    document_no: str
    status: DelegateStatus
    #: the newest approval action on the person ("approve", "send-back", "unapprove"...) and its reason
    last_action: str
    last_reason: str
    last_operator: str


def load_rows(db: Database) -> list[QueueRow]:
    """Everyone of the event with what the queue shows (runs on a worker thread)."""
    with db.sessions() as session:
        event = current_event(session)
        people = list(
            session.scalars(
                select(Delegate)
                .where(Delegate.event_id == event.id)
                .options(
                    selectinload(Delegate.category),
                    selectinload(Delegate.delegation).selectinload(Delegation.region),
                    selectinload(Delegate.delegation).selectinload(Delegation.organization),
                    selectinload(Delegate.organization),
                )
                .order_by(Delegate.family_sort, Delegate.given_sort, Delegate.id)
            )
        )
        decisions = approval.latest_decisions(session)
        rows = []
        for p in people:
            region = p.region
            place = region or p.organization or (p.delegation.organization if p.delegation else None)
            decision = decisions.get(p.id)
            rows.append(
                QueueRow(
                    delegate_id=p.id,
                    version=p.version,
                    name_latin=p.latin_name,
                    name_fa=p.name_fa,
                    region_id=region.id if region else None,
                    region_en=place.name_en if place else "",
                    region_fa=(place.name_fa or place.name_en) if place else "",
                    category_id=p.category_id,
                    category_en=p.category.name_en,
                    category_fa=p.category.name_fa,
                    region_ru=data_name(place, "ru") if place else "",
                    category_ru=data_name(p.category, "ru"),
                    nationality=p.nationality,
                    document_no=p.document_no,
                    status=DelegateStatus(p.status),
                    last_action=decision.action if decision else "",
                    last_reason=decision.detail if decision else "",
                    last_operator=decision.operator if decision else "",
                )
            )
        return rows


def _field_label(field: str) -> str:
    from .delegate_editor import field_label

    if field == "photo":
        return QCoreApplication.translate("Approval", "photo")
    try:
        return field_label(field)
    except KeyError:
        return field


def decision_label(action: str) -> str:
    labels = {
        "approve": QCoreApplication.translate("Approval", "approved"),
        "reject": QCoreApplication.translate("Approval", "rejected"),
        "send-back": QCoreApplication.translate("Approval", "sent back for information"),
        "unapprove": QCoreApplication.translate("Approval", "changed after approval"),
    }
    return labels.get(action, action)


#: The role the queue's sort proxy compares: an alphabetical key (see ``collation.sort_string``).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ApprovalQueueModel(QAbstractTableModel):
    COLUMNS = ("id", "name", "name_fa", "region", "category", "nationality", "document", "status", "decision")

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[QueueRow] = []
        self._headers = {
            "id": self.tr("#"),
            "name": self.tr("Name (passport)"),
            "name_fa": self.tr("Persian name"),
            "region": self.tr("Region or organization"),
            "category": self.tr("Category"),
            "nationality": self.tr("Nationality"),
            "document": self.tr("Passport"),
            "status": self.tr("Status"),
            "decision": self.tr("Last decision"),
        }

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.COLUMNS):
            return self._headers[self.COLUMNS[section]]
        return None

    def _text(self, row: QueueRow, column: str) -> str:
        persian = self.language == "fa"
        if column == "id":
            return localized_number(row.delegate_id, self.language)
        if column == "name":
            return row.name_latin
        if column == "name_fa":
            return row.name_fa
        if column == "region":
            if self.language == "ru":
                return row.region_ru
            return row.region_fa if persian else row.region_en
        if column == "category":
            if self.language == "ru":
                return row.category_ru
            return (row.category_fa or row.category_en) if persian else row.category_en
        if column == "nationality":
            return row.nationality
        if column == "document":
            return row.document_no
        if column == "status":
            return status_label(row.status)
        if not row.last_action:
            return ""
        text = decision_label(row.last_action)
        reason = row.last_reason
        if row.last_action == approval.WITHDRAWN:
            # the fields whose change withdrew the approval, by their labels
            reason = ", ".join(_field_label(f) for f in reason.split(", "))
        return f"{text}: {reason}" if reason else text

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.delegate_id
        if role == SORT_ROLE:
            # Each reader's alphabet (پ after ب), not code points; numbers as numbers.
            if column == "id":
                return row.delegate_id
            if column == "name":
                return sort_string(row.name_latin, "en")
            if column == "name_fa":
                return sort_string(row.name_fa, "fa")
            return sort_string(self._text(row, column), self.language)
        if role == Qt.ItemDataRole.ToolTipRole and column == "decision" and row.last_operator:
            return self.tr("By %1").replace("%1", row.last_operator)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("id", "name", "document", "nationality"):
            # Latin names and numbers keep their own direction in a Persian window.
            return int(
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
            )
        return None


def row_state(row: QueueRow) -> str:
    if row.status == DelegateStatus.CANCELLED:
        return STATE_REJECTED
    if row.status != DelegateStatus.REGISTERED:
        return STATE_APPROVED
    if row.last_action == "send-back":
        return STATE_SENT_BACK
    if row.last_action == "unapprove":
        return STATE_WITHDRAWN
    return STATE_PENDING


class ApprovalFilter(QSortFilterProxyModel):
    """Rows of one state (pending by default), region and category."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.state = STATE_PENDING
        self.region_id: int | None = None
        self.category_id: int | None = None

    def set_filters(self, state: str, region_id: int | None, category_id: int | None) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10+: invalidateFilter() is on its way out
            self.beginFilterChange()
            self.state, self.region_id, self.category_id = state, region_id, category_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        self.state, self.region_id, self.category_id = state, region_id, category_id
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ApprovalQueueModel):
            return True
        row = model.rows[source_row]
        state = row_state(row)
        if self.state == STATE_PENDING and state not in (STATE_PENDING, STATE_SENT_BACK, STATE_WITHDRAWN):
            return False
        if self.state not in (STATE_PENDING, STATE_ALL) and state != self.state:
            return False
        if self.region_id is not None and row.region_id != self.region_id:
            return False
        return self.category_id is None or row.category_id == self.category_id


class ReasonDialog(QDialog):
    """Why a rejection or a request for information: required, kept with the decision."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalReason")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("reasonText")
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.resize(460, 220)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.edit.toPlainText().strip()


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


def install_approval_actions(window: MainWindow) -> None:
    """The Protocol menu: the approval queue (one window per main window, raised when open)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Approval", "&Protocol"))
    action = QAction(QCoreApplication.translate("Approval", "&Approval queue…"), window)
    action.setObjectName("actionApprovalQueue")
    action.setShortcut(QKeySequence("Ctrl+Shift+A"))
    menu.addAction(action)
    holder: dict[str, ApprovalQueueWindow] = {}

    def operator() -> str | None:
        return ask_operator(window, window.settings)

    def open_queue() -> ApprovalQueueWindow:
        queue = holder.get("queue")
        if queue is None:
            queue = ApprovalQueueWindow(window.db, operator, window.language)
            queue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            queue.destroyed.connect(lambda *_: holder.pop("queue", None))
            queue.decided.connect(lambda _ids: window.refresh())
            holder["queue"] = queue
        queue.show()
        queue.raise_()
        queue.activateWindow()
        return queue

    action.triggered.connect(open_queue)
    window.approval_action = action  # type: ignore[attr-defined]
    window.open_approval_queue = open_queue  # type: ignore[attr-defined]
