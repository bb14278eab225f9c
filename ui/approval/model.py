"""The approval queue's rows: everyone of the event with their latest decision, as a model behind a filter.

The rows are read off the UI thread (one query for the people, one for their latest approval decisions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from accreditation.event.loader import current_event
from accreditation.names.collation import sort_string
from accreditation.names.display import latin_display, name_for_reader
from accreditation.people import approval
from accreditation.store.database import Database
from accreditation.store.models import Delegate, DelegateStatus, Delegation

from ..labels import data_name, field_label, localized_number, status_label

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
    name_native: str = ""

    def name(self, language: str) -> str:
        """The spelling a reader of ``language`` reads first (Persian, Cyrillic where there is one, Latin)."""
        latin = latin_display(self.name_latin, self.nationality)  # passport capitals read in mixed case
        return name_for_reader(language, latin=latin, name_fa=self.name_fa, name_native=self.name_native)


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
                    name_native=p.name_native,
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
            "name": self.tr("Name"),
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
            return row.name(self.language)
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
                return sort_string(row.name(self.language), self.language)
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
