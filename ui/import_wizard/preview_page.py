"""The import's third step: every row of the file checked by the core, its problems, and what «Import» would
do. Its words are the wizard's (the "ImportDialog" translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accreditation.intake import ImportOptions, ImportPreview, RowProblem
from accreditation.intake.reading import Table

from ..labels import core_sentence, isolated, localized_number
from .preview_model import NOTICE_CELL, PROBLEM_CELL, PreviewModel


class PreviewPage(QWidget):
    """Step 3: where people without a region or category go, every row of the file with its verdict and
    problems (a cell can be fixed in place), and a summary of what «Import» would do."""

    def __init__(
        self,
        regions: list[tuple[str, str]],
        categories: list[tuple[str, str]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        layout = QVBoxLayout(self)
        options = QHBoxLayout()
        options.addWidget(QLabel(QCoreApplication.translate("ImportDialog", "People without a region join:")))
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionCombo")
        self.region_combo.addItem(
            QCoreApplication.translate("ImportDialog", "the region the file name says, else none"), None
        )
        for code, name in regions:
            self.region_combo.addItem(name, code)
        options.addWidget(self.region_combo)
        options.addSpacing(12)
        options.addWidget(QLabel(QCoreApplication.translate("ImportDialog", "Category when none is given:")))
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("categoryCombo")
        for code, name in categories:
            self.category_combo.addItem(name, code)
        self.category_combo.setCurrentIndex(
            max(self.category_combo.findData(ImportOptions().default_category), 0)
        )
        options.addWidget(self.category_combo)
        options.addStretch(1)
        self.columns_button = QPushButton(QCoreApplication.translate("ImportDialog", "Columns…"))
        self.columns_button.setObjectName("columnsButton")
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
        self.model = PreviewModel(language, self)
        self.view = QTableView()
        self.view.setObjectName("previewTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        splitter.addWidget(self.view)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ImportDialog", "Problems and notes, row by row (double-click a cell above to fix it):"
                )
            )
        )
        self.problems_table = QTableWidget(0, 4)
        self.problems_table.setObjectName("problemsTable")
        self.problems_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Row"),
                QCoreApplication.translate("ImportDialog", "Column"),
                QCoreApplication.translate("ImportDialog", "Kind"),
                QCoreApplication.translate("ImportDialog", "Message"),
            ]
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

    def options(self) -> ImportOptions:
        return ImportOptions(
            region_code=self.region_combo.currentData(),
            default_category=self.category_combo.currentData() or ImportOptions().default_category,
        )

    def show_preview(self, table: Table, preview: ImportPreview) -> None:
        """The rows as the core checked them, their problems, and how the file itself was understood."""
        self.model.set_preview(table, preview)
        self._fill_problems(preview)
        self.file_notices.clear()
        self.file_notices.addItems([core_sentence(n) for n in preview.notices])
        lines = min(len(preview.notices), 4)
        self.file_notices.setFixedHeight(lines * (self.fontMetrics().lineSpacing() + 4) + 4 if lines else 0)

    def fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.view.setColumnWidth(c, min(self.view.columnWidth(c), 260))

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
            kind = (
                QCoreApplication.translate("ImportDialog", "Problem")
                if is_problem
                else QCoreApplication.translate("ImportDialog", "Note")
            )
            items = [
                QTableWidgetItem(localized_number(problem.row, self.language)),
                QTableWidgetItem(isolated(header)),
                QTableWidgetItem(kind),
                QTableWidgetItem(core_sentence(problem.message)),
            ]
            for item in items:
                item.setBackground(QBrush(PROBLEM_CELL if is_problem else NOTICE_CELL))
                self.problems_table.setItem(i, items.index(item), item)
            items[0].setData(Qt.ItemDataRole.UserRole, problem.row)
            items[1].setData(Qt.ItemDataRole.UserRole, problem.column)

    def _problem_clicked(self, table_row: int, _column: int) -> None:
        item = self.problems_table.item(table_row, 0)
        field_item = self.problems_table.item(table_row, 1)
        preview = self.model.preview
        if item is None or preview is None:
            return
        row = self.model.row_of_file_row(int(item.data(Qt.ItemDataRole.UserRole)))
        if row is None:
            return
        column = (
            preview.mapping.column_of(str(field_item.data(Qt.ItemDataRole.UserRole))) if field_item else None
        )
        target = self.model.index(row, PreviewModel.FIXED + column if column is not None else 1)
        self.view.setCurrentIndex(target)
        self.view.scrollTo(target)

    def update_summary(self) -> None:
        """How many rows are new, updates, with problems, not ticked; and what to do about problems."""
        preview = self.model.preview
        if preview is None:
            return
        rows = preview.rows
        skipped = self.model.skipped_rows()
        new = sum(1 for r in rows if r.ok and r.match_id is None and r.row not in skipped)
        updates = sum(1 for r in rows if r.ok and r.match_id is not None and r.row not in skipped)
        bad = [r.row for r in rows if r.problems]
        bad_ticked = [n for n in bad if n not in skipped]
        text = (
            QCoreApplication.translate(
                "ImportDialog",
                "%1 rows: %2 new, %3 already registered (updated), %4 with problems, %5 not ticked.",
            )
            .replace("%1", localized_number(len(rows), self.language))
            .replace("%2", localized_number(new, self.language))
            .replace("%3", localized_number(updates, self.language))
            .replace("%4", localized_number(len(bad), self.language))
            .replace("%5", localized_number(len(skipped), self.language))
        )
        if bad_ticked:
            text += " " + QCoreApplication.translate(
                "ImportDialog",
                "Rows %1 have problems but are ticked: fix them or untick them, or nothing will be imported.",
            ).replace("%1", ", ".join(map(str, bad_ticked)))
        elif bad:
            text += " " + QCoreApplication.translate(
                "ImportDialog", "Rows with problems are not imported; fix a cell to check the row again."
            )
        self.summary.setText(text)
