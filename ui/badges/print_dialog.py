"""Printing badges from the window: who, which template, the real pages on screen, then print or save.

The preview is the print run itself up to the last step. "Preview" gives a badge number to people who
have none (in the same transaction that checks every name against the installed fonts, so a name no
font can draw stops the run before anyone is numbered), renders the PDF on the thread pool with
progress and Cancel, and shows its pages. Print… and Save PDF… then send exactly that PDF; the badges
are marked printed only after the printer or the file took it.

Without poppler (``pdftoppm``, see :mod:`ui.badges.printing`) the PDF is still made and can be saved; only
the pictures and Print… are missing, and the dialog says so."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy import select

from accreditation.badges.pdf import MissingGlyphsError, RenderCancelled
from accreditation.badges.print_run import mark_badges_printed
from accreditation.badges.templates import Template, available_templates, load_template
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.people.directory import PeopleFilter
from accreditation.store.database import Database
from accreditation.store.models import Category, Region

from ..background import run_in_background
from ..labels import data_name, localized_digits
from . import printing
from .preview import Choice, PreviewResult, make_preview

log = logging.getLogger(__name__)

DEFAULT_TEMPLATE = "a6"


def template_label(template: Template, language: str) -> str:
    w, h = template.page_size_mm
    number = lambda value: localized_digits(f"{value:g}", language)  # noqa: E731
    text = QCoreApplication.translate("BadgePrint", "%1 — page %2 × %3 mm, %4 a page")
    # The title keeps its own digits and direction ("4 × A6 badges on A4" is not "A۶").
    text = text.replace("%1", f"\u2068{template.title}\u2069").replace("%2", number(w)).replace("%3", number(h))
    return text.replace("%4", number(template.per_page))


class PrintBadgesDialog(QDialog):
    """Who, which template, the real pages, then Print… or Save PDF…"""

    #: Emitted after the badges were printed or saved and marked printed (the badge ids).
    printed = Signal(list)
    #: Emitted when a preview is on screen (or failed: then with None).
    preview_ready = Signal(object)
    #: Emitted with the message shown when something could not be done.
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        operator: Callable[[], str | None],
        language: str = "en",
        parent: QWidget | None = None,
        *,
        selected_ids: list[int] | None = None,
        node: PeopleFilter | None = None,
        node_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printBadgesDialog")
        self.setWindowTitle(self.tr("Print badges"))
        self.db = db
        self.operator = operator
        self.language = language
        self.selected_ids = list(selected_ids or [])
        self.node = node
        self._tmp = Path(tempfile.mkdtemp(prefix="badges-"))
        self._generation = 0
        self._progress: printing.Progress | None = None
        self.preview: PreviewResult | None = None
        self.message_box: QMessageBox | None = None
        with db.sessions() as session:
            event = current_event(session)
            regions = [
                (r.code, data_name(r, language))
                for r in session.scalars(select(Region).where(Region.event_id == event.id).order_by(Region.display_order))
            ]
            categories = [
                (c.code, data_name(c, language))
                for c in session.scalars(select(Category).where(Category.event_id == event.id).order_by(Category.rank))
            ]

        # who
        who = QGroupBox(self.tr("Whose badges"))
        grid = QGridLayout(who)
        self.group = QButtonGroup(self)
        self.selected_radio = QRadioButton(
            localized_digits(self.tr("The selected people (%1)").replace("%1", str(len(self.selected_ids))), language)
        )
        self.selected_radio.setObjectName("whoSelected")
        self.selected_radio.setEnabled(bool(self.selected_ids))
        branch = node_name or self.tr("Everyone")
        self.node_radio = QRadioButton(
            self.tr("Everyone in the tree's branch «%1»").replace("%1", f"\u2068{branch}\u2069")
        )
        self.node_radio.setObjectName("whoNode")
        self.region_radio = QRadioButton(self.tr("A region:"))
        self.region_radio.setObjectName("whoRegion")
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionCombo")
        for code, name in regions:
            self.region_combo.addItem(name, code)
        self.category_radio = QRadioButton(self.tr("A category:"))
        self.category_radio.setObjectName("whoCategory")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("categoryCombo")
        for code, name in categories:
            self.category_combo.addItem(name, code)
        for row, radio in enumerate((self.selected_radio, self.node_radio, self.region_radio, self.category_radio)):
            self.group.addButton(radio)
            grid.addWidget(radio, row, 0)
        grid.addWidget(self.region_combo, 2, 1)
        grid.addWidget(self.category_combo, 3, 1)
        self.not_printed_box = QCheckBox(self.tr("Only people whose badge is not printed yet"))
        self.not_printed_box.setObjectName("notPrinted")
        grid.addWidget(self.not_printed_box, 4, 0, 1, 2)
        (self.selected_radio if len(self.selected_ids) > 1 else self.node_radio).setChecked(True)

        # which template
        look = QGroupBox(self.tr("Template"))
        look_layout = QVBoxLayout(look)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        for name in available_templates():
            try:
                template = load_template(name)
            except UserError as exc:  # a broken template file is named, not fatal
                log.warning("template %s: %s", name, exc.message)
                continue
            self.template_combo.addItem(template_label(template, language), name)
        default = self.template_combo.findData(DEFAULT_TEMPLATE)
        self.template_combo.setCurrentIndex(max(default, 0))
        look_layout.addWidget(self.template_combo)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.start_preview)
        note = QLabel(
            self.tr(
                "Preview gives a badge number to people who have none. Badges are marked printed only "
                "after printing or saving succeeded."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("previewNote")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("previewProgress")
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelPreview")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_work)
        self.stage_label = QLabel()
        self.stage_label.setObjectName("stageLabel")
        self.stage_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(who)
        left_layout.addWidget(look)
        left_layout.addWidget(self.preview_button)
        left_layout.addWidget(note)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        left_layout.addLayout(progress_row)
        left_layout.addWidget(self.stage_label)
        left_layout.addStretch(1)

        # the pages
        self.summary_label = QLabel(self.tr("Choose whose badges, then Preview."))
        self.summary_label.setObjectName("previewSummary")
        self.summary_label.setWordWrap(True)
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("previewPages")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("previewScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages_widget)
        self.scroll.setStyleSheet("QScrollArea#previewScroll > QWidget > QWidget { background: #8a8f95; }")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().installEventFilter(self)
        self._page_images: list[tuple[QLabel, QImage]] = []
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary_label)
        right_layout.addWidget(self.scroll, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 640])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printButton")
        self.save_button = buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("savePdfButton")
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        for signal in (
            self.group.buttonToggled,
            self.region_combo.currentIndexChanged,
            self.category_combo.currentIndexChanged,
            self.not_printed_box.toggled,
            self.template_combo.currentIndexChanged,
        ):
            signal.connect(self._choice_changed)
        self.region_combo.activated.connect(lambda _i: self.region_radio.setChecked(True))
        self.category_combo.activated.connect(lambda _i: self.category_radio.setChecked(True))
        self._update_buttons()
        self.resize(1100, 760)

    # --- choices ----------------------------------------------------------------------------------
    def choice(self) -> Choice:
        template = self.template_combo.currentData() or DEFAULT_TEMPLATE
        not_printed = self.not_printed_box.isChecked()
        if self.selected_radio.isChecked():
            return Choice(template, ids=tuple(self.selected_ids), not_printed=not_printed)
        if self.region_radio.isChecked():
            return Choice(template, region=self.region_combo.currentData(), not_printed=not_printed)
        if self.category_radio.isChecked():
            return Choice(template, category=self.category_combo.currentData(), not_printed=not_printed)
        return Choice(template, node=self.node or PeopleFilter("all"), not_printed=not_printed)

    def choose_region(self, code: str) -> None:
        self.region_combo.setCurrentIndex(self.region_combo.findData(code))
        self.region_radio.setChecked(True)

    def choose_template(self, name: str) -> None:
        self.template_combo.setCurrentIndex(self.template_combo.findData(name))

    def _choice_changed(self, *_args: Any) -> None:
        """Another choice: the pages on screen no longer are what would be printed."""
        if self.preview is not None and self.preview.choice != self.choice():
            self._clear_pages()
            self.preview = None
            self.summary_label.setText(self.tr("The choice changed: Preview again."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._progress is not None
        ready = self.preview is not None and not busy
        self.print_button.setEnabled(ready and printing.poppler_available())
        self.save_button.setEnabled(ready)
        self.preview_button.setEnabled(not busy)

    def _busy(self, progress: printing.Progress | None) -> None:
        self._progress = progress
        self.progress_bar.setVisible(progress is not None)
        self.cancel_button.setVisible(progress is not None)
        if progress is not None:
            self.progress_bar.setRange(0, 0)
            progress.changed.connect(self._show_progress)
        self._update_buttons()

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.stage_label.setText(localized_digits(stage, self.language))

    def cancel_work(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.stage_label.setText(self.tr("Cancelling…"))

    def _message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("badgePrintMessage")
        self.message_box = box
        box.open()

    def _fail(self, title: str, exc: Exception) -> None:
        if isinstance(exc, RenderCancelled):
            self.stage_label.setText(self.tr("Cancelled."))
            self.failed.emit(self.tr("Cancelled."))
            return
        if isinstance(exc, MissingGlyphsError):
            text = self.tr("Nobody was given a badge number. %1").replace("%1", exc.message)
        elif isinstance(exc, UserError):
            text = exc.message
        else:
            text = self.tr("An unexpected error occurred (details are in the log file).")
        self.stage_label.setText("")
        self._message(title, text)
        self.failed.emit(text)

    # --- preview ----------------------------------------------------------------------------------
    def start_preview(self) -> None:
        """Issue badges where needed (after the font check), render the PDF and show its pages."""
        if self._progress is not None:
            return
        operator = self.operator()
        if not operator:
            return
        choice = self.choice()
        self._generation += 1
        generation = self._generation
        self.preview = None
        self._clear_pages()
        progress = printing.Progress(self)
        self._busy(progress)
        self.stage_label.setText(self.tr("Checking names against the fonts…"))
        db = self.db
        out = self._tmp / f"badges-{generation}.pdf"
        rendering = self.tr("Rendering badges: %1 of %2")
        showing = self.tr("Preparing the preview: page %1 of %2")

        def report(template: str, done: int, total: int) -> bool:
            text = template.replace("%1", str(done)).replace("%2", str(total))
            return progress.report(text, done, total)

        def work() -> PreviewResult:
            return make_preview(
                db,
                choice,
                operator,
                out,
                lambda done, total: report(rendering, done, total),
                lambda done, total: report(showing, done, total),
            )

        def done(result: PreviewResult) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self._busy(None)
            self.stage_label.setText("")
            if result.choice != self.choice():  # changed while rendering: show nothing stale
                self.summary_label.setText(self.tr("The choice changed: Preview again."))
                self.preview_ready.emit(None)
                return
            self.preview = result
            self._show_pages(result)
            self._update_buttons()
            self.preview_ready.emit(result)

        def failed(exc: Exception) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self._busy(None)
            self.summary_label.setText(self.tr("No preview."))
            self._fail(self.tr("No preview"), exc)
            self.preview_ready.emit(None)

        run_in_background(work, done, failed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_pages()
        return super().eventFilter(watched, event)

    def _fit_pages(self) -> None:
        """Pages as wide as the preview (never wider than their real size at 96 dpi), so names can be read."""
        width = max(self.scroll.viewport().width() - 32, 120)
        for label, image in self._page_images:
            scaled = image if image.width() <= width else image.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation
            )
            label.setPixmap(QPixmap.fromImage(scaled))
        self.pages_layout.activate()

    def _clear_pages(self) -> None:
        self._page_images = []
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def page_labels(self) -> list[QLabel]:
        return self.pages_widget.findChildren(QLabel, "previewPage")

    def _show_pages(self, result: PreviewResult) -> None:
        self._clear_pages()
        summary = self.tr("Badges: %1 on %2 pages (newly numbered: %3).")
        summary = summary.replace("%1", str(result.badges)).replace("%2", str(result.pages))
        summary = summary.replace("%3", str(result.issued))
        if result.skipped:
            summary += " " + self.tr("Cancelled, skipped: %1.").replace("%1", str(result.skipped))
        if result.pending:
            summary += " " + self.tr("Awaiting approval, left out: %1.").replace("%1", str(result.pending))
        if not result.images:
            summary += " " + self.tr(
                "The pages cannot be shown or printed here: pdftoppm (poppler-utils) is not installed. "
                "Save the PDF and print it from a PDF viewer."
            )
        elif len(result.images) < result.pages:
            summary += " " + self.tr("Showing the first %1 pages; all %2 will be printed.").replace(
                "%1", str(len(result.images))
            ).replace("%2", str(result.pages))
        self.summary_label.setText(localized_digits(summary, self.language))
        for number, image in enumerate(result.images, start=1):
            w_mm, h_mm = result.page_sizes_mm[number - 1]
            page = QLabel()
            page.setObjectName("previewPage")
            page.setFrameShape(QFrame.Shape.Box)
            self._page_images.append((page, image))
            page.setProperty("pageSizeMm", (w_mm, h_mm))
            caption = QLabel(
                localized_digits(
                    self.tr("Page %1 of %2 — %3 × %4 mm")
                    .replace("%1", str(number))
                    .replace("%2", str(result.pages))
                    .replace("%3", f"{w_mm:g}")
                    .replace("%4", f"{h_mm:g}"),
                    self.language,
                )
            )
            caption.setObjectName("previewCaption")
            caption.setStyleSheet("color: white;")
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
        self._fit_pages()

    # --- print or save ----------------------------------------------------------------------------
    def _mark_printed(self, how: str) -> None:
        preview = self.preview
        assert preview is not None
        operator = self.operator() or ""
        try:
            with self.db.transaction() as session:
                mark_badges_printed(session, preview.badge_ids, operator)
        except UserError as exc:
            self._message(self.tr("Not marked printed"), exc.message)
            self.failed.emit(exc.message)
            return
        self.stage_label.setText(
            localized_digits(how.replace("%1", str(len(preview.badge_ids))), self.language)
        )
        self.printed.emit(list(preview.badge_ids))

    def save_with_dialog(self) -> None:
        if self.preview is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save badges as PDF"), str(Path.home() / "badges.pdf"), self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> bool:
        """Copy the previewed PDF to ``path`` (whole or not at all), then mark the badges printed."""
        if self.preview is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
            os.close(fd)
            try:
                shutil.copyfile(self.preview.pdf, tmp)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            text = self.tr("Cannot write %1: %2").replace("%1", f"\u2066{path}\u2069").replace("%2", exc.strerror or str(exc))
            self._message(self.tr("Not saved"), text)
            self.failed.emit(text)
            return False
        self._mark_printed(self.tr("Saved. Marked printed: %1."))
        return True

    def print_with_dialog(self) -> None:
        if self.preview is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.setup_printer(printer, self.preview.page_sizes_mm[0])
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print badges"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        printing.setup_printer(printer, self.preview.page_sizes_mm[0])  # exact size, whatever the dialog chose
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Send the previewed pages to ``printer`` on the thread pool; mark printed when it took them."""
        preview = self.preview
        if preview is None or self._progress is not None:
            return
        self._printer = printer  # kept alive while the worker paints on it
        progress = printing.Progress(self)
        self._busy(progress)
        sending = self.tr("Sending to the printer: page %1 of %2")

        def work() -> int:
            return printing.print_pdf(
                printer, preview.pdf, preview.page_sizes_mm,
                lambda done, total: progress.report(
                    sending.replace("%1", str(done)).replace("%2", str(total)), done, total
                ),
            )

        def done(_pages: int) -> None:
            if not isValid(self):
                return
            self._busy(None)
            self._mark_printed(self.tr("Sent to the printer. Marked printed: %1."))

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            self._busy(None)
            self._fail(self.tr("Not printed"), exc)

        run_in_background(work, done, failed)

    def done(self, code: int) -> None:  # noqa: D401 - Qt's name
        if self._progress is not None:
            self._progress.cancel()
        super().done(code)
        shutil.rmtree(self._tmp, ignore_errors=True)
