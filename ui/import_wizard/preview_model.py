"""Every row of the file being imported, as the preview table shows it: ticked or not, the verdict, the cells
(editable), the problems."""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from accreditation.i18n.dates import format_date, format_datetime
from accreditation.intake import ImportPreview
from accreditation.intake.reading import Cell, Table

from ..labels import core_sentence, isolated, localized_number

ModelIndex = QModelIndex | QPersistentModelIndex
PROBLEM_ROW = QColor("#FDECEA")
PROBLEM_CELL = QColor("#F5B7B1")
NOTICE_CELL = QColor("#FFF3CD")
_SKIPPED = QColor("#9E9E9E")


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    return str(value)


def _shown_date(value: date, language: str) -> str:
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return format_date(value, language)
        return format_datetime(value, language)
    return format_date(value, language)


def copy_table(table: Table) -> Table:
    """A private copy for a worker thread, so the desk can keep editing cells meanwhile."""
    clone = copy.copy(table)
    clone.rows = [list(r) for r in table.rows]
    clone.row_numbers = list(table.row_numbers)
    return clone


class PreviewModel(QAbstractTableModel):
    """Every row of the file: a tick to import it, its number, the verdict, the cells, the problems."""

    FIXED = 3  # Import, Row, Result
    #: Emitted after the desk changed a cell (the preview should be checked again).
    cell_edited = Signal()
    #: Emitted when a row's tick changes.
    ticks_changed = Signal()

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.table: Table | None = None
        self.preview: ImportPreview | None = None
        self._ticked: dict[int, bool] = {}
        self._chosen: dict[int, bool] = {}  # the desk's own ticks, kept across re-checks
        self._problem_columns: dict[int, dict[int, str]] = {}
        self._notice_columns: dict[int, set[int]] = {}

    # --- data ---------------------------------------------------------------------------------------
    def set_preview(self, table: Table, preview: ImportPreview) -> None:
        self.beginResetModel()
        self.table = table
        self.preview = preview
        self._problem_columns.clear()
        self._notice_columns.clear()
        mapping = preview.mapping
        for i, row in enumerate(preview.rows):
            cols: dict[int, str] = {}
            for problem in row.problems:
                column = mapping.column_of(problem.column)
                if column is not None:
                    cols[column] = (cols.get(column, "") + " " + problem.message).strip()
            self._problem_columns[i] = cols
            self._notice_columns[i] = {
                c for c in (mapping.column_of(n.column) for n in row.notices) if c is not None
            }
            self._ticked[row.row] = self._chosen.get(row.row, row.ok)
        self.endResetModel()
        self.ticks_changed.emit()

    def skipped_rows(self) -> set[int]:
        if self.preview is None:
            return set()
        return {r.row for r in self.preview.rows if not self._ticked.get(r.row, r.ok)}

    def ticked_rows(self) -> list[int]:
        if self.preview is None:
            return []
        return [r.row for r in self.preview.rows if self._ticked.get(r.row, r.ok)]

    def set_ticked(self, file_row: int, ticked: bool) -> None:
        if self.preview is None:
            return
        for i, r in enumerate(self.preview.rows):
            if r.row == file_row:
                self._ticked[file_row] = ticked
                self._chosen[file_row] = ticked
                index = self.index(i, 0)
                self.dataChanged.emit(index, self.index(i, self.columnCount() - 1))
                self.ticks_changed.emit()
                return

    def row_of_file_row(self, file_row: int) -> int | None:
        if self.preview is None:
            return None
        for i, r in enumerate(self.preview.rows):
            if r.row == file_row:
                return i
        return None

    # --- QAbstractTableModel ---------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.table is None:
            return 0
        return self.FIXED + len(self.table.headers) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or self.table is None
        ):
            return None
        if section == 0:
            return self.tr("Import")
        if section == 1:
            return self.tr("Row")
        if section == 2:
            return self.tr("Result")
        if section == self.columnCount() - 1:
            return self.tr("Problems")
        return self.table.headers[section - self.FIXED]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if self.FIXED <= index.column() < self.columnCount() - 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None or self.table is None:
            return None
        i, column = index.row(), index.column()
        row = self.preview.rows[i]
        last = self.columnCount() - 1
        ticked = self._ticked.get(row.row, row.ok)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            display = role == Qt.ItemDataRole.DisplayRole
            if column == 1:
                return localized_number(row.row, self.language) if display else row.row
            if column == 2:
                return self._verdict(row.action)
            if column == last:
                text = " ".join(p.message for p in row.problems)
                return core_sentence(text) if display else text
            if column >= self.FIXED:
                cells = self.table.rows[i]
                c = column - self.FIXED
                value = cells[c] if c < len(cells) else None
                text = cell_text(value)
                if display and isinstance(value, date):
                    # A spreadsheet's date cell is shown in the reader's calendar (27 Aban 1404 in
                    # Persian); editing it still starts from the ISO text.
                    text = _shown_date(value, self.language)
                # "75 2345678" stays in its order in a right-to-left table.
                return isolated(text) if display else text
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            c = column - self.FIXED
            if row.problems:
                if c in self._problem_columns.get(i, {}) or column in (2, last):
                    return QBrush(PROBLEM_CELL)
                return QBrush(PROBLEM_ROW)
            if c in self._notice_columns.get(i, set()):
                return QBrush(NOTICE_CELL)
            return None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and not ticked
            and not (row.problems and column in (2, last))
        ):
            return QBrush(_SKIPPED)
        if role == Qt.ItemDataRole.ToolTipRole:
            c = column - self.FIXED
            texts = [
                p.message
                for p in row.problems
                if column in (2, last) or self.preview.mapping.column_of(p.column) == c
            ]
            texts += [
                n.message
                for n in row.notices
                if column in (2, last) or self.preview.mapping.column_of(n.column) == c
            ]
            return "\n".join(texts) or None
        return None

    def _verdict(self, action: str) -> str:
        return {
            "create": self.tr("New person"),
            "update": self.tr("Updates a registered person"),
            "reject": self.tr("Has problems"),
        }.get(action, action)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.preview is None or self.table is None:
            return False
        row = self.preview.rows[index.row()]
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self.set_ticked(row.row, checked)
            return True
        if role == Qt.ItemDataRole.EditRole and self.FIXED <= index.column() < self.columnCount() - 1:
            cells = self.table.rows[index.row()]
            c = index.column() - self.FIXED
            while len(cells) <= c:
                cells.append(None)
            text = str(value).strip()
            if cell_text(cells[c]) == text:
                return False
            cells[c] = text or None
            self.dataChanged.emit(index, index)
            self.cell_edited.emit()
            return True
        return False
