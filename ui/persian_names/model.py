"""The review table: one row per person without a Persian name, the proposal editable before acceptance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from accreditation.people.persian_names import PersianNameProposal

from ..labels import localized_digits

_Index = QModelIndex | QPersistentModelIndex

COLUMN_LATIN, COLUMN_NATIVE, COLUMN_REGION, COLUMN_PROPOSAL, COLUMN_CONFIDENCE = range(5)


@dataclass
class ReviewRow:
    proposal: PersianNameProposal
    #: The name as it will be accepted: the proposal, or what the person typed over it.
    text: str


class PersianNamesModel(QAbstractTableModel):
    def __init__(
        self, language: str, parent: QObject | None = None, region_names: dict[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[ReviewRow] = []
        #: Region code -> its name in the reader's language.
        self.region_names = region_names or {}

    def set_rows(self, proposals: list[PersianNameProposal]) -> None:
        self.beginResetModel()
        self.rows = [ReviewRow(p, p.proposal) for p in proposals]
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (
                self.tr("Latin name"),
                self.tr("Native name"),
                self.tr("Region"),
                self.tr("Proposed Persian name"),
                self.tr("Confidence"),
            )[section]
            if 0 <= section < 5
            else None
        )

    def _confidence(self, p: PersianNameProposal) -> str:
        level = {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}[p.level]
        percent = "٪" if self.language == "fa" else "%"
        return localized_digits(f"{level} ({round(p.confidence * 100)}{percent})", self.language)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        p = row.proposal
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            region = self.region_names.get(p.region, p.region)
            return (p.latin, p.native, region, row.text, self._confidence(p))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_PROPOSAL:
            # Persian reads from the right edge in every window, left-to-right ones included.
            return int(
                Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_PROPOSAL and row.text != p.proposal:
            return self.tr("Proposed: %1").replace("%1", p.proposal)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COLUMN_PROPOSAL:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COLUMN_PROPOSAL or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()].text = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
