"""Importing a region's list: choose the file, map its columns, see every row's problems, write it.

The steps are the core's (``read_table``, ``mapping_for``/``save_mapping``, ``build_preview``,
``import_table``); this wizard shows them. Nothing is written before «Import», and the import is one
transaction: every ticked row or none. Reading, checking and writing run off the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy import select

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.intake import (
    ColumnMapping,
    ImportOptions,
    ImportPreview,
    ImportRejected,
    ImportResult,
    build_preview,
    import_table,
    mapping_for,
    read_table,
    save_mapping,
)
from accreditation.intake.preview import NAME_FIELDS
from accreditation.intake.reading import Table
from accreditation.store.database import Database
from accreditation.store.models import Category, Region

from ..background import run_in_background
from ..labels import data_name, localized_number
from .done_page import DonePage
from .mapping_page import MappingPage
from .preview_model import copy_table
from .preview_page import PreviewPage

log = logging.getLogger(__name__)

_ERROR_STYLE = "color: #B71C1C;"


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
            regions = [
                (r.code, data_name(r, language))
                for r in session.scalars(
                    select(Region).where(Region.event_id == event.id).order_by(Region.display_order)
                )
            ]
            categories = [
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
        self.mapping_page = MappingPage()
        self.pages.addWidget(self.mapping_page)
        self.preview_page = PreviewPage(regions, categories, language)
        self.pages.addWidget(self.preview_page)
        self.done_page = DonePage()
        self.pages.addWidget(self.done_page)
        # The pages' widgets, by the names the wizard has always given them.
        self.mapping_table = self.mapping_page.table
        self.mapping_combos = self.mapping_page.combos
        self.remember_mapping = self.mapping_page.remember
        self.region_combo = self.preview_page.region_combo
        self.category_combo = self.preview_page.category_combo
        self.summary = self.preview_page.summary
        self.file_notices = self.preview_page.file_notices
        self.preview_model = self.preview_page.model
        self.preview_view = self.preview_page.view
        self.problems_table = self.preview_page.problems_table
        self.done_text = self.done_page.text
        self.done_list = self.done_page.list
        self.preview_page.columns_button.clicked.connect(lambda: self._go(self.PAGE_MAPPING))
        self.preview_model.cell_edited.connect(self.recheck)
        self.preview_model.ticks_changed.connect(self._update_summary)
        self.region_combo.currentIndexChanged.connect(lambda _i: self.recheck())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.recheck())

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
            self.mapping_page.fill(table, self.mapping, self._mapping_needs_desk(self.mapping))
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
    def set_column(self, column: int, field: str | None) -> None:
        """Choose a column's field as the desk would in its combo."""
        self.mapping_page.set_column(column, field)

    def accept_mapping(self) -> None:
        assert self.table is not None
        fields = self.mapping_page.fields()
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
        return self.preview_page.options()

    def recheck(self) -> None:
        """Check every row again (after a fix in a cell or another choice) off the UI thread."""
        if self.table is None or self.mapping is None:
            return
        self._generation += 1
        generation = self._generation
        table, mapping, options = copy_table(self.table), self.mapping, self.options()
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
            self.preview_page.show_preview(self.table, preview)
            self._update_summary()
            self.preview_page.fit_columns()

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            if generation == self._generation:
                self._recheck_needed = False
            self._failed(exc)

        run_in_background(work, done, failed)

    def problems(self) -> list[tuple[int, str, str]]:
        """The problems the preview shows: (row, column, message), rows as the file numbers them."""
        if self.preview is None:
            return []
        return [(p.row, p.column, p.message) for r in self.preview.rows for p in r.problems]

    def _update_summary(self) -> None:
        self.preview_page.update_summary()
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
        table, mapping, options = copy_table(self.table), self.mapping, self.options()
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
            self.done_page.fill(result, skipped, self.mapping, self.preview, self.language)
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

    def reject(self) -> None:
        if self._writing:  # the transaction finishes or rolls back whole; closing now would hide which
            self._show(self.tr("Please wait: the import is being written."), error=False)
            return
        super().reject()
