"""Importing a region's list: choose the file, map its columns, see every row's problems, write it.

The steps are the core's (``read_table``, ``mapping_for``/``save_mapping``, ``build_preview``,
``import_table``); this wizard shows them. Nothing is written before «Import», and the import is one
transaction: every ticked row or none. Reading, checking and writing run off the UI thread.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy import select

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n.dates import format_date, format_datetime
from accreditation.intake import (
    ColumnMapping,
    ImportOptions,
    ImportPreview,
    ImportRejected,
    ImportResult,
    RowProblem,
    build_preview,
    import_table,
    mapping_for,
    read_table,
    save_mapping,
)
from accreditation.intake.headers import ALL_FIELDS
from accreditation.intake.preview import NAME_FIELDS
from accreditation.intake.reading import Cell, Table
from accreditation.store.database import Database
from accreditation.store.models import Category, Region

from .background import run_in_background
from .delegate_editor import core_sentence, isolated
from .labels import data_name, localized_number

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
_PROBLEM_ROW = QColor("#FDECEA")
_PROBLEM_CELL = QColor("#F5B7B1")
_NOTICE_CELL = QColor("#FFF3CD")
_SKIPPED = QColor("#9E9E9E")
_ERROR_STYLE = "color: #B71C1C;"


def import_field_label(field: str) -> str:
    return {
        "given_name": QCoreApplication.translate("ImportFields", "Given name (Latin)"),
        "family_name": QCoreApplication.translate("ImportFields", "Family name (Latin)"),
        "name_fa": QCoreApplication.translate("ImportFields", "Full name in Persian"),
        "name_native": QCoreApplication.translate("ImportFields", "Full native name"),
        "region": QCoreApplication.translate("ImportFields", "Region"),
        "organization": QCoreApplication.translate("ImportFields", "Organization"),
        "category": QCoreApplication.translate("ImportFields", "Category"),
        "title": QCoreApplication.translate("ImportFields", "Title (English)"),
        "title_fa": QCoreApplication.translate("ImportFields", "Title (Persian)"),
        "gender": QCoreApplication.translate("ImportFields", "Gender"),
        "nationality": QCoreApplication.translate("ImportFields", "Nationality"),
        "passport_no": QCoreApplication.translate("ImportFields", "Passport number"),
        "email": QCoreApplication.translate("ImportFields", "Email"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "arrival": QCoreApplication.translate("ImportFields", "Arrival"),
        "departure": QCoreApplication.translate("ImportFields", "Departure"),
        "dietary": QCoreApplication.translate("ImportFields", "Dietary needs"),
        "notes": QCoreApplication.translate("ImportFields", "Notes"),
        "photo": QCoreApplication.translate("ImportFields", "Photo file"),
        "given_name_fa": QCoreApplication.translate("ImportFields", "Given name in Persian"),
        "family_name_fa": QCoreApplication.translate("ImportFields", "Family name in Persian"),
        "given_name_native": QCoreApplication.translate("ImportFields", "Given name, native script"),
        "family_name_native": QCoreApplication.translate("ImportFields", "Family name, native script"),
        "patronymic": QCoreApplication.translate("ImportFields", "Patronymic"),
        "birth_date": QCoreApplication.translate("ImportFields", "Birth date (checked, not stored)"),
        "national_id": QCoreApplication.translate("ImportFields", "National ID (not stored)"),
        "row_number": QCoreApplication.translate("ImportFields", "Row number (not stored)"),
    }.get(field, field)


def _cell_text(value: Cell) -> str:
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


def _copy_table(table: Table) -> Table:
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
                text = _cell_text(value)
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
                    return QBrush(_PROBLEM_CELL)
                return QBrush(_PROBLEM_ROW)
            if c in self._notice_columns.get(i, set()):
                return QBrush(_NOTICE_CELL)
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
            if _cell_text(cells[c]) == text:
                return False
            cells[c] = text or None
            self.dataChanged.emit(index, index)
            self.cell_edited.emit()
            return True
        return False


class ImportDialog(QDialog):
    """File → columns → preview → import → summary, on one page at a time."""

    #: Emitted after a successful import with what it did.
    imported = Signal(object)

    PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_DONE = range(4)

    def __init__(
        self,
        db: Database,
        operator: Callable[[], str | None],
        language: str = "en",
        parent: QWidget | None = None,
        *,
        mappings_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a list"))
        self.db = db
        self._operator = operator
        self.language = language
        self._mappings_dir = mappings_dir
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self._busy = 0
        self._generation = 0
        self._recheck_needed = False
        with db.sessions() as session:
            event = current_event(session)
            self._regions = [
                (r.code, data_name(r, language))
                for r in session.scalars(
                    select(Region).where(Region.event_id == event.id).order_by(Region.display_order)
                )
            ]
            self._categories = [
                (c.code, data_name(c, language))
                for c in session.scalars(
                    select(Category).where(Category.event_id == event.id).order_by(Category.rank)
                )
            ]

        layout = QVBoxLayout(self)
        self.steps = QLabel()
        self.steps.setObjectName("importSteps")
        layout.addWidget(self.steps)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_preview_page())
        self.pages.addWidget(self._build_done_page())

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("nextButton")
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self._go(self.PAGE_FILE)
        self.resize(1100, 680)

    # --- pages ------------------------------------------------------------------------------------
    def _build_file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Choose the list a region or the secretariat sent (CSV or Excel .xlsx). Nothing is written until "
                "you have seen every row and pressed «Import»."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        self.path_edit.returnPressed.connect(self.next)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        layout.addWidget(self.mapping_intro)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Holds")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.mapping_table, 1)
        self.remember_mapping = QCheckBox(
            self.tr("Remember these columns for the next file with the same headers")
        )
        self.remember_mapping.setObjectName("rememberMapping")
        self.remember_mapping.setChecked(True)
        layout.addWidget(self.remember_mapping)
        self.mapping_combos: list[QComboBox] = []
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("People without a region join:")))
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionCombo")
        self.region_combo.addItem(self.tr("the region the file name says, else none"), None)
        for code, name in self._regions:
            self.region_combo.addItem(name, code)
        options.addWidget(self.region_combo)
        options.addSpacing(12)
        options.addWidget(QLabel(self.tr("Category when none is given:")))
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("categoryCombo")
        for code, name in self._categories:
            self.category_combo.addItem(name, code)
        self.category_combo.setCurrentIndex(
            max(self.category_combo.findData(ImportOptions().default_category), 0)
        )
        options.addWidget(self.category_combo)
        options.addStretch(1)
        self.columns_button = QPushButton(self.tr("Columns…"))
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.clicked.connect(lambda: self._go(self.PAGE_MAPPING))
        options.addWidget(self.columns_button)
        layout.addLayout(options)
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # How the file was understood (encoding, region from the file name...): one line each, never
        # squeezed out by the tables below.
        self.file_notices = QListWidget()
        self.file_notices.setObjectName("fileNotices")
        self.file_notices.setFrameShape(QListWidget.Shape.NoFrame)
        self.file_notices.setWordWrap(True)
        self.file_notices.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.file_notices.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.file_notices)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.preview_model = PreviewModel(self.language, self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("previewTable")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.preview_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        splitter.addWidget(self.preview_view)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(
            QLabel(self.tr("Problems and notes, row by row (double-click a cell above to fix it):"))
        )
        self.problems_table = QTableWidget(0, 4)
        self.problems_table.setObjectName("problemsTable")
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Message")]
        )
        self.problems_table.verticalHeader().setVisible(False)
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.problems_table.horizontalHeader()
        for c in range(3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problems_table.cellClicked.connect(self._problem_clicked)
        problems_layout.addWidget(self.problems_table)
        splitter.addWidget(problems_box)
        splitter.setSizes([340, 180])
        layout.addWidget(splitter, 1)
        self.preview_model.cell_edited.connect(self.recheck)
        self.preview_model.ticks_changed.connect(self._update_summary)
        self.region_combo.currentIndexChanged.connect(lambda _i: self.recheck())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.recheck())
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_text = QLabel()
        self.done_text.setObjectName("doneText")
        self.done_text.setWordWrap(True)
        font = self.done_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.done_text.setFont(font)
        layout.addWidget(self.done_text)
        self.done_list = QListWidget()
        self.done_list.setObjectName("doneList")
        layout.addWidget(self.done_list, 1)
        return page

    # --- navigation -------------------------------------------------------------------------------
    def page(self) -> int:
        return self.pages.currentIndex()

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        names = [self.tr("1. File"), self.tr("2. Columns"), self.tr("3. Check the rows"), self.tr("4. Done")]
        # The chevron points the way the steps go: leftwards in a right-to-left window.
        arrow = "   ‹   " if self.isRightToLeft() else "   ›   "
        self.steps.setText(arrow.join(f"<b>{n}</b>" if i == page else n for i, n in enumerate(names)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.page()
        busy = self._busy > 0
        self.back_button.setVisible(page in (self.PAGE_MAPPING, self.PAGE_PREVIEW))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page in (self.PAGE_FILE, self.PAGE_MAPPING))
        self.next_button.setEnabled(not busy)
        self.import_button.setVisible(page == self.PAGE_PREVIEW)
        ticked = len(self.preview_model.ticked_rows())
        self.import_button.setEnabled(not busy and ticked > 0 and not self._recheck_needed)
        self.import_button.setText(
            self.tr("Import the ticked rows (%1)").replace("%1", localized_number(ticked, self.language))
        )
        self.close_button.setText(self.tr("Close") if page == self.PAGE_DONE else self.tr("Cancel"))
        self.close_button.setEnabled(not busy or page != self.PAGE_PREVIEW or not self._writing)
        self.progress.setVisible(busy)

    _writing = False

    def _show(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(_ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def is_busy(self) -> bool:
        return self._busy > 0

    def _begin(self) -> None:
        self._busy += 1
        self._update_buttons()

    def _end(self) -> None:
        self._busy -= 1
        self._update_buttons()

    def back(self) -> None:
        if self.page() == self.PAGE_PREVIEW:
            self._go(self.PAGE_MAPPING if self.mapping is not None else self.PAGE_FILE)
        else:
            self._go(self.PAGE_FILE)
        self._show("")

    def next(self) -> None:
        if self.page() == self.PAGE_FILE:
            self.open_file(self.path_edit.text().strip())
        elif self.page() == self.PAGE_MAPPING:
            self.accept_mapping()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a list"),
            str(Path.home()),
            self.tr("Lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.open_file(path)

    # --- step 1: reading --------------------------------------------------------------------------
    def open_file(self, path: str | Path) -> None:
        """Read the file off the UI thread, then ask about columns if needed, else show the rows."""
        if not str(path):
            self._show(self.tr("Choose a file first."))
            return
        path = Path(path)
        self.path_edit.setText(str(path))
        self._show(self.tr("Reading %1…").replace("%1", path.name), error=False)
        self._begin()

        def done(table: Table) -> None:
            if not isValid(self):
                return
            self._end()
            self._show("")
            self.table = table
            self.mapping = mapping_for(table.headers, self._mappings_dir)
            self._fill_mapping_page()
            if self._mapping_needs_desk(self.mapping):
                self._go(self.PAGE_MAPPING)
            else:
                self._go(self.PAGE_PREVIEW)
                self.recheck()

        run_in_background(lambda: read_table(path), done, self._failed)

    def _failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self._end()
        self._writing = False
        self._update_buttons()
        if isinstance(exc, UserError):
            self._show(exc.message)
        else:
            self._show(
                self.tr("This did not work: an unexpected error occurred (details are in the log file).")
            )

    @staticmethod
    def _mapping_needs_desk(mapping: ColumnMapping) -> bool:
        has_name = any(f in mapping.fields for f in NAME_FIELDS)
        return not has_name or bool(mapping.unmapped())

    # --- step 2: columns --------------------------------------------------------------------------
    def _fill_mapping_page(self) -> None:
        assert self.table is not None and self.mapping is not None
        mapping = self.mapping
        if mapping.remembered:
            intro = self.tr(
                "These columns were set by the desk for an earlier file with the same headers. "
                "Check them and press Next."
            )
        elif self._mapping_needs_desk(mapping):
            intro = self.tr(
                "Some columns of this file were not recognised. For each column, choose what it holds "
                "(or leave it «not imported»), then press Next."
            )
        else:
            intro = self.tr("All columns were recognised. Change any that are wrong, then press Next.")
        self.mapping_intro.setText(intro)
        self.mapping_table.setRowCount(len(mapping.headers))
        self.mapping_combos = []
        for i, header in enumerate(mapping.headers):
            self.mapping_table.setItem(i, 0, QTableWidgetItem(header))
            values = [
                _cell_text(r[i]) for r in self.table.rows[:50] if i < len(r) and r[i] not in (None, "")
            ][:3]
            self.mapping_table.setItem(i, 1, QTableWidgetItem(" · ".join(isolated(v) for v in values)))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{i}")
            combo.addItem(self.tr("— not imported —"), None)
            for field in ALL_FIELDS:
                combo.addItem(import_field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(mapping.fields[i]), 0))
            if mapping.fields[i] is None and header.strip():
                self.mapping_table.item(i, 0).setBackground(QBrush(_NOTICE_CELL))
            combo.currentIndexChanged.connect(lambda _x, column=i: self._mapping_changed(column))
            self.mapping_table.setCellWidget(i, 2, combo)
            self.mapping_combos.append(combo)
        self.mapping_table.resizeColumnToContents(2)

    def _mapping_changed(self, column: int) -> None:
        """A field is filled by one column only: choosing it here clears it elsewhere."""
        field = self.mapping_combos[column].currentData()
        if field is None:
            return
        for other, combo in enumerate(self.mapping_combos):
            if other != column and combo.currentData() == field:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)

    def set_column(self, column: int, field: str | None) -> None:
        """Choose a column's field as the desk would in its combo."""
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def accept_mapping(self) -> None:
        assert self.table is not None
        fields = [combo.currentData() for combo in self.mapping_combos]
        mapping = ColumnMapping(list(self.table.headers), [None] * len(fields))
        for i, field in enumerate(fields):
            mapping.set(i, field)
        if not any(f in mapping.fields for f in NAME_FIELDS):
            self._show(
                self.tr("Choose at least one column that holds names (for example «Given name (Latin)»).")
            )
            return
        if self.remember_mapping.isChecked():
            try:
                save_mapping(mapping, self._mappings_dir)
            except OSError:
                log.exception("could not remember a column mapping")
        self.mapping = mapping
        self._show("")
        self._go(self.PAGE_PREVIEW)
        self.recheck()

    # --- step 3: checking -------------------------------------------------------------------------
    def options(self) -> ImportOptions:
        return ImportOptions(
            region_code=self.region_combo.currentData(),
            default_category=self.category_combo.currentData() or ImportOptions().default_category,
        )

    def recheck(self) -> None:
        """Check every row again (after a fix in a cell or another choice) off the UI thread."""
        if self.table is None or self.mapping is None:
            return
        self._generation += 1
        generation = self._generation
        table, mapping, options = _copy_table(self.table), self.mapping, self.options()
        self._recheck_needed = True
        self._begin()

        def work() -> ImportPreview:
            with self.db.sessions() as session:
                return build_preview(session, table, mapping, options)

        def done(preview: ImportPreview) -> None:
            if not isValid(self):
                return
            self._end()
            if generation != self._generation:
                return
            self._recheck_needed = False
            self.preview = preview
            assert self.table is not None
            self.preview_model.set_preview(self.table, preview)
            self._fill_problems(preview)
            self.file_notices.clear()
            self.file_notices.addItems([core_sentence(n) for n in preview.notices])
            lines = min(len(preview.notices), 4)
            self.file_notices.setFixedHeight(
                lines * (self.fontMetrics().lineSpacing() + 4) + 4 if lines else 0
            )
            self._update_summary()
            self.preview_view.resizeColumnsToContents()
            for c in range(self.preview_model.columnCount()):
                self.preview_view.setColumnWidth(c, min(self.preview_view.columnWidth(c), 260))

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            if generation == self._generation:
                self._recheck_needed = False
            self._failed(exc)

        run_in_background(work, done, failed)

    def _fill_problems(self, preview: ImportPreview) -> None:
        entries: list[tuple[RowProblem, bool]] = []
        # Problems first (they stop a row), then the notes worth a look.
        for row in preview.rows:
            entries += [(p, True) for p in row.problems]
        for row in preview.rows:
            entries += [(n, False) for n in row.notices]
        self.problems_table.setRowCount(len(entries))
        for i, (problem, is_problem) in enumerate(entries):
            header = preview.mapping.header_of(problem.column)
            kind = self.tr("Problem") if is_problem else self.tr("Note")
            items = [
                QTableWidgetItem(localized_number(problem.row, self.language)),
                QTableWidgetItem(isolated(header)),
                QTableWidgetItem(kind),
                QTableWidgetItem(core_sentence(problem.message)),
            ]
            for item in items:
                item.setBackground(QBrush(_PROBLEM_CELL if is_problem else _NOTICE_CELL))
                self.problems_table.setItem(i, items.index(item), item)
            items[0].setData(Qt.ItemDataRole.UserRole, problem.row)
            items[1].setData(Qt.ItemDataRole.UserRole, problem.column)

    def problems(self) -> list[tuple[int, str, str]]:
        """The problems the preview shows: (row, column, message), rows as the file numbers them."""
        if self.preview is None:
            return []
        return [(p.row, p.column, p.message) for r in self.preview.rows for p in r.problems]

    def _problem_clicked(self, table_row: int, _column: int) -> None:
        item = self.problems_table.item(table_row, 0)
        field_item = self.problems_table.item(table_row, 1)
        if item is None or self.preview is None:
            return
        row = self.preview_model.row_of_file_row(int(item.data(Qt.ItemDataRole.UserRole)))
        if row is None:
            return
        column = (
            self.preview.mapping.column_of(str(field_item.data(Qt.ItemDataRole.UserRole)))
            if field_item
            else None
        )
        target = self.preview_model.index(row, PreviewModel.FIXED + column if column is not None else 1)
        self.preview_view.setCurrentIndex(target)
        self.preview_view.scrollTo(target)

    def _update_summary(self) -> None:
        if self.preview is None:
            self._update_buttons()
            return
        rows = self.preview.rows
        skipped = self.preview_model.skipped_rows()
        new = sum(1 for r in rows if r.ok and r.match_id is None and r.row not in skipped)
        updates = sum(1 for r in rows if r.ok and r.match_id is not None and r.row not in skipped)
        bad = [r.row for r in rows if r.problems]
        bad_ticked = [n for n in bad if n not in skipped]
        text = (
            self.tr("%1 rows: %2 new, %3 already registered (updated), %4 with problems, %5 not ticked.")
            .replace("%1", localized_number(len(rows), self.language))
            .replace("%2", localized_number(new, self.language))
            .replace("%3", localized_number(updates, self.language))
            .replace("%4", localized_number(len(bad), self.language))
            .replace("%5", localized_number(len(skipped), self.language))
        )
        if bad_ticked:
            text += " " + self.tr(
                "Rows %1 have problems but are ticked: fix them or untick them, or nothing will be imported."
            ).replace("%1", ", ".join(map(str, bad_ticked)))
        elif bad:
            text += " " + self.tr("Rows with problems are not imported; fix a cell to check the row again.")
        self.summary.setText(text)
        self._update_buttons()

    # --- step 4: writing --------------------------------------------------------------------------
    def start_import(self) -> None:
        """Write the ticked rows in one transaction off the UI thread; a refusal writes nothing."""
        if self.table is None or self.mapping is None or self._busy:
            return
        operator = self._operator()
        if not operator:
            self._show(self.tr("Nothing was imported: the operator's name is needed to record the import."))
            return
        table, mapping, options = _copy_table(self.table), self.mapping, self.options()
        skipped = self.preview_model.skipped_rows()
        self._writing = True
        self._show(self.tr("Importing… (one transaction: every ticked row or none)"), error=False)
        self._begin()

        def work() -> ImportResult:
            return import_table(
                self.db, table, operator=operator, options=options, mapping=mapping, skip_rows=skipped
            )

        def done(result: ImportResult) -> None:
            if not isValid(self):
                return
            self._writing = False
            self._end()
            self.result = result
            self._show("")
            self._fill_done(result, skipped)
            self._go(self.PAGE_DONE)
            self.imported.emit(result)

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            self._writing = False
            if isinstance(exc, ImportRejected):
                self._end()
                self._show(
                    self.tr(
                        "Nothing was imported: %1 rows have problems. Fix them in the table or untick "
                        "them, then import again."
                    ).replace(
                        "%1", localized_number(len({p.row for p in exc.result.problems}), self.language)
                    )
                )
                self.recheck()
                return
            self._failed(exc)

        run_in_background(work, done, failed)

    def _fill_done(self, result: ImportResult, skipped: set[int]) -> None:
        lines = [
            self.tr("Imported from %1 in one transaction:").replace("%1", Path(result.source).name),
            "• "
            + self.tr("%1 new people (accepted)").replace(
                "%1", localized_number(result.accepted, self.language)
            ),
            "• "
            + self.tr("%1 people already registered were updated").replace(
                "%1", localized_number(len(result.updated_ids), self.language)
            ),
            "• "
            + self.tr("%1 people already registered were unchanged").replace(
                "%1", localized_number(result.unchanged, self.language)
            ),
            "• "
            + self.tr("%1 rows rejected, %2 rows not ticked (not imported)")
            .replace("%1", localized_number(result.rejected, self.language))
            .replace("%2", localized_number(result.skipped, self.language)),
        ]
        self.done_text.setText("\n".join(lines))
        self.done_list.clear()
        header_of = self.mapping.header_of if self.mapping is not None else (lambda f: f)
        for problem in result.problems:
            self.done_list.addItem(
                self.tr("Row %1, %2: %3")
                .replace("%1", localized_number(problem.row, self.language))
                .replace("%2", isolated(header_of(problem.column)))
                .replace("%3", core_sentence(problem.message))
            )
        if self.preview is not None:
            for row in self.preview.rows:
                if row.row in skipped:
                    reasons = core_sentence(" ".join(p.message for p in row.problems)) or self.tr(
                        "unticked by the desk"
                    )
                    self.done_list.addItem(
                        self.tr("Row %1 not imported: %2")
                        .replace("%1", localized_number(row.row, self.language))
                        .replace("%2", reasons)
                    )
        for notice in result.notices:
            if notice.row not in skipped:
                self.done_list.addItem(
                    self.tr("Row %1, note: %2")
                    .replace("%1", localized_number(notice.row, self.language))
                    .replace("%2", core_sentence(notice.message))
                )

    def reject(self) -> None:
        if self._writing:  # the transaction finishes or rolls back whole; closing now would hide which
            self._show(self.tr("Please wait: the import is being written."), error=False)
            return
        super().reject()
