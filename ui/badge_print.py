"""Printing badges from the window: who, which template, the real pages on screen, then print or save.

The preview is the print run itself up to the last step. "Preview" gives a badge number to people who
have none (in the same transaction that checks every name against the installed fonts, so a name no
font can draw stops the run before anyone is numbered), renders the PDF on the thread pool with
progress and Cancel, and shows its pages. Print… and Save PDF… then send exactly that PDF; the badges
are marked printed only after the printer or the file took it.

How pages reach the screen and the printer: PySide6-Essentials has no QtPdf, so pages are rasterized by
poppler's ``pdftoppm`` (the renderer the tests decode QR codes from). On the printer each page is drawn
at its exact size in millimetres, rasterized at the printer's resolution (at most 600 dpi); the page is
never scaled to fit the paper, because a badge printed 3 % small no longer fits its holder. Without
poppler the PDF is still made and can be saved; only the pictures and Print… are missing, and the
dialog says so.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QObject, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter, QPixmap
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

from accreditation.badges.issuing import REISSUE_REASONS, reissue
from accreditation.badges.pdf import MissingGlyphsError, RenderCancelled, render_badges
from accreditation.badges.print_run import mark_badges_printed, prepare_badges, select_delegates
from accreditation.badges.templates import Template, available_templates, load_template
from accreditation.badges.token import load_event_secret
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.people.directory import PeopleFilter
from accreditation.store.database import Database
from accreditation.store.models import Category, Delegate, Region

from .background import run_in_background
from .labels import data_name, localized_digits
from .operator import ask_operator

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

#: Pages rasterized for the preview: enough to check a region's badges one by one; a run of a thousand
#: badges is still rendered (and printed) whole, and the preview says how many pages it does not show.
PREVIEW_PAGE_LIMIT = 40
#: Screen resolution of the preview's pages: 96 dpi shows a page at its real size on a common monitor.
PREVIEW_DPI = 96
#: The highest resolution pages are rasterized at for a printer (badge printers are 300 dpi, lasers 600).
MAX_PRINT_DPI = 600
DEFAULT_TEMPLATE = "a6"
MM_PER_INCH = 25.4


# --- pages of a PDF as images (poppler) -------------------------------------------------------------


class PageRasterError(UserError):
    pass


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise PageRasterError(
            QCoreApplication.translate(
                "BadgePrint",
                "The program that shows and prints PDF pages (pdftoppm, from poppler-utils) is not "
                "installed. Save the PDF instead and print it from a PDF viewer.",
            )
        )
    return path


def poppler_available() -> bool:
    """Whether pages can be shown and printed (pdftoppm and pdfinfo); saving a PDF needs neither."""
    return shutil.which("pdftoppm") is not None and shutil.which("pdfinfo") is not None


def pdf_page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    """Each page's size in millimetres, read from the PDF (pdfinfo), to two decimals."""
    done = subprocess.run(
        [_tool("pdfinfo"), "-f", "1", "-l", "100000", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    )
    sizes = []
    for match in re.finditer(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", done.stdout, re.MULTILINE):
        w, h = float(match.group(1)), float(match.group(2))
        sizes.append((round(w / 72 * MM_PER_INCH, 2), round(h / 72 * MM_PER_INCH, 2)))
    return sizes


def rasterize_pages(pdf: Path, dpi: int, first: int, last: int) -> list[QImage]:
    """Pages ``first``..``last`` (1-based) as images at ``dpi``. QImage, not QPixmap: safe off the UI thread."""
    with tempfile.TemporaryDirectory(prefix="badge-pages-") as folder:
        prefix = Path(folder) / "p"
        subprocess.run(
            [_tool("pdftoppm"), "-r", str(dpi), "-f", str(first), "-l", str(last), str(pdf), str(prefix)],
            check=True,
            capture_output=True,
        )
        files = sorted(Path(folder).glob("p-*.ppm"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        images = []
        for file in files:
            image = QImage(str(file))
            if image.isNull():
                raise PageRasterError(f"pdftoppm wrote an unreadable page {file.name}")
            images.append(image)
        return images


# --- progress from a worker ------------------------------------------------------------------------


class Progress(QObject):
    """A worker's progress, delivered on the UI thread (queued signal); ``cancel()`` asks it to stop."""

    changed = Signal(str, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, stage: str, done: int, total: int) -> bool:
        """Called from the worker; False once cancelled."""
        self.changed.emit(stage, done, total)
        return not self.cancelled


# --- printing a PDF on a QPrinter -------------------------------------------------------------------


def setup_printer(printer: QPrinter, page_mm: tuple[float, float]) -> None:
    """The template's page, exactly, with no margins (the badge's own layout has them)."""
    size = QPageSize(QSizeF(*page_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setFullPage(True)
    printer.setPageLayout(layout)


def print_pdf(
    printer: QPrinter,
    pdf: Path,
    page_sizes_mm: list[tuple[float, float]],
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Draw each page of ``pdf`` on ``printer`` at its exact size; returns the pages printed.

    Runs on a worker thread (Qt supports QPainter on a QPrinter outside the GUI thread). Raises
    :class:`RenderCancelled` when ``progress`` returns False, after aborting the job.
    """
    dpi = max(72, min(printer.resolution(), MAX_PRINT_DPI))
    res = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QCoreApplication.translate("BadgePrint", "The printer could not start the job (is it switched on?).")
        )
    total = len(page_sizes_mm)
    try:
        for number, (w_mm, h_mm) in enumerate(page_sizes_mm, start=1):
            if number > 1 and not printer.newPage():
                raise UserError(QCoreApplication.translate("BadgePrint", "The printer refused a new page."))
            image = rasterize_pages(pdf, dpi, number, number)[0]
            target = QRectF(0, 0, w_mm / MM_PER_INCH * res, h_mm / MM_PER_INCH * res)
            painter.drawImage(target, image)
            if progress is not None and not progress(number, total):
                printer.abort()
                raise RenderCancelled("printing badges was cancelled")
    finally:
        if painter.isActive():
            painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise UserError(QCoreApplication.translate("BadgePrint", "The printer reported an error; nothing was marked printed."))
    return total


# --- what to print ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """Whom to print and on which template, as the dialog's controls say."""

    template: str
    ids: tuple[int, ...] | None = None
    node: PeopleFilter | None = None
    region: str | None = None
    category: str | None = None
    not_printed: bool = False


@dataclass
class PreviewResult:
    choice: Choice
    pdf: Path
    pages: int
    badges: int
    issued: int
    skipped: int
    badge_ids: list[int]
    page_sizes_mm: list[tuple[float, float]]
    images: list[QImage] = field(default_factory=list)
    #: people the selection left out because protocol has not approved them yet
    pending: int = 0


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
        self._progress: Progress | None = None
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
        self.print_button.setEnabled(ready and poppler_available())
        self.save_button.setEnabled(ready)
        self.preview_button.setEnabled(not busy)

    def _busy(self, progress: Progress | None) -> None:
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
        progress = Progress(self)
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
            template = load_template(choice.template)
            with db.transaction() as session:
                event = current_event(session)
                secret = load_event_secret(event.code)
                selection = select_delegates(
                    session,
                    event,
                    region=choice.region,
                    category=choice.category,
                    ids=list(choice.ids) if choice.ids else None,
                    node=choice.node,
                    not_printed=choice.not_printed,
                )
                people, skipped = selection
                pending = len(getattr(selection, "pending", []))
                if not people:
                    raise UserError(
                        QCoreApplication.translate("BadgePrint", "Nobody to print: the selection is empty.")
                        if not pending
                        else QCoreApplication.translate(
                            "BadgePrint", "Nobody to print: everyone chosen is still awaiting approval."
                        )
                    )
                prepared = prepare_badges(session, people, secret, operator)
                title = f"{event.name_en} — badges"
            result = render_badges(
                prepared.views, template, out, title=title,
                progress=lambda done, total: report(rendering, done, total),
            )
            if not poppler_available():
                # The PDF is right; only its pictures are missing. Save PDF still works.
                sizes = [template.page_size_mm] * result.pages
                return PreviewResult(
                    choice, out, result.pages, result.badges, prepared.issued, len(skipped),
                    prepared.badge_ids, sizes, [], pending,
                )
            sizes = pdf_page_sizes_mm(out)
            shown = min(result.pages, PREVIEW_PAGE_LIMIT)
            images: list[QImage] = []
            for page in range(1, shown + 1):
                images += rasterize_pages(out, PREVIEW_DPI, page, page)
                if not report(showing, page, shown):
                    raise RenderCancelled("preview cancelled")
            return PreviewResult(
                choice, out, result.pages, result.badges, prepared.issued, len(skipped),
                prepared.badge_ids, sizes, images, pending,
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
        setup_printer(printer, self.preview.page_sizes_mm[0])
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print badges"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        setup_printer(printer, self.preview.page_sizes_mm[0])  # exact size, whatever the dialog chose
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Send the previewed pages to ``printer`` on the thread pool; mark printed when it took them."""
        preview = self.preview
        if preview is None or self._progress is not None:
            return
        self._printer = printer  # kept alive while the worker paints on it
        progress = Progress(self)
        self._busy(progress)
        sending = self.tr("Sending to the printer: page %1 of %2")

        def work() -> int:
            return print_pdf(
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


# --- reissue from the person's card ----------------------------------------------------------------


def reason_label(reason: str) -> str:
    return {
        "lost": QCoreApplication.translate("BadgeReason", "lost"),
        "damaged": QCoreApplication.translate("BadgeReason", "damaged"),
        "data-changed": QCoreApplication.translate("BadgeReason", "data changed"),
        "cancelled": QCoreApplication.translate("BadgeReason", "person cancelled"),
    }.get(reason, reason)


class ReissueDialog(QDialog):
    """Why the badge is replaced: lost, damaged, or the printed data changed."""

    def __init__(self, person: str, number: int, version: int, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reissueDialog")
        self.setWindowTitle(self.tr("Reissue badge"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            localized_digits(
                self.tr("Badge %1 of %2 (version %3) will be revoked at every door, and version %4 issued.")
                .replace("%1", f"{number:05d}")
                .replace("%2", person)
                .replace("%3", str(version))
                .replace("%4", str(version + 1)),
                language,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reasons = QButtonGroup(self)
        for reason in REISSUE_REASONS:
            radio = QRadioButton(reason_label(reason))
            radio.setObjectName(f"reason_{reason}")
            radio.setProperty("reason", reason)
            self.reasons.addButton(radio)
            layout.addWidget(radio)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Reissue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("reissueButton")
        self.ok_button.setEnabled(False)
        self.reasons.buttonToggled.connect(lambda *_: self.ok_button.setEnabled(self.reason() is not None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reason(self) -> str | None:
        checked = self.reasons.checkedButton()
        return str(checked.property("reason")) if checked is not None else None


# --- the main window's Badges menu -----------------------------------------------------------------


class BadgeActions(QObject):
    """The Badges menu and the card's buttons; one per main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.language = window.language
        self.dialog: QDialog | None = None
        self.queue: QDialog | None = None
        self.message_box: QMessageBox | None = None
        menu = window.menuBar().addMenu(self.tr("&Badges"))
        menu.setObjectName("badgesMenu")
        self.action_print = QAction(self.tr("&Print badges…"), window)
        self.action_print.setObjectName("actionPrintBadges")
        self.action_print.setShortcut("Ctrl+P")
        self.action_print.triggered.connect(lambda: self.print_badges())
        self.action_queue = QAction(self.tr("Print &queue…"), window)
        self.action_queue.setObjectName("actionPrintQueue")
        self.action_queue.triggered.connect(lambda: self.print_queue())
        self.action_reissue = QAction(self.tr("&Reissue badge…"), window)
        self.action_reissue.setObjectName("actionReissueBadge")
        self.action_reissue.triggered.connect(lambda: self.reissue_badge())
        for action in (self.action_print, self.action_queue, self.action_reissue):
            menu.addAction(action)
        self.menu = menu
        self._card_buttons()

    def _card_buttons(self) -> None:
        """Under the person's card: print this badge, reissue it."""
        body = self.window.detail.widget()
        layout = body.layout() if body is not None else None
        if layout is None:
            return
        row = QWidget()
        row.setObjectName("badgeCardButtons")
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.card_print = QPushButton(self.tr("Print badge…"))
        self.card_print.setObjectName("cardPrintBadge")
        self.card_print.clicked.connect(lambda: self.print_badges([p] if (p := self.current_person()) else None))
        self.card_reissue = QPushButton(self.tr("Reissue badge…"))
        self.card_reissue.setObjectName("cardReissueBadge")
        self.card_reissue.clicked.connect(lambda: self.reissue_badge())
        row_layout.addWidget(self.card_print)
        row_layout.addWidget(self.card_reissue)
        # Under the card's fields, above the pane's closing stretch.
        layout.insertWidget(max(layout.count() - 1, 0), row)

    def operator(self) -> str | None:
        return ask_operator(self.window, self.window.settings)

    def current_person(self) -> int | None:
        intake = getattr(self.window, "intake", None)
        if intake is not None and hasattr(intake, "current_person"):
            return intake.current_person()
        index = self.window.table.currentIndex()
        return self.window.people_model.delegate_id(index.row()) if index.isValid() else None

    def selected_people(self) -> list[int]:
        rows = sorted({i.row() for i in self.window.table.selectionModel().selectedRows()})
        ids = [self.window.people_model.delegate_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def _message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("badgeMessage")
        self.message_box = box
        box.open()

    def print_badges(self, ids: list[int] | None = None) -> PrintBadgesDialog:
        node_index = self.window.tree.currentIndex()
        from .tree_model import DirectoryTreeModel

        node = node_index.data(DirectoryTreeModel.FilterRole) if node_index.isValid() else None
        name = str(node_index.data() or "").rsplit(" (", 1)[0] if node_index.isValid() else ""
        selected = ids if ids is not None else self.selected_people()
        dialog = PrintBadgesDialog(
            self.db, self.operator, self.language, self.window,
            selected_ids=selected, node=node if isinstance(node, PeopleFilter) else None, node_name=name,
        )
        if ids:
            dialog.selected_radio.setChecked(True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda _ids: self._after_change())
        self.dialog = dialog
        dialog.show()
        return dialog

    def print_queue(self) -> QDialog:
        from .badge_queue import PrintQueueDialog

        if self.queue is not None and isValid(self.queue):
            self.queue.raise_()
            self.queue.activateWindow()
            return self.queue
        queue = PrintQueueDialog(self.db, self.operator, self.language, self.window)
        queue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        queue.print_requested.connect(self._print_from_queue)
        queue.changed.connect(self._after_change)
        self.queue = queue
        queue.show()
        return queue

    def _print_from_queue(self, ids: list[int]) -> PrintBadgesDialog:
        """The queue's rows chosen, or else everyone in the tree's branch whose badge is not printed yet."""
        dialog = self.print_badges(ids or None)
        if not ids:
            dialog.node_radio.setChecked(True)
            dialog.not_printed_box.setChecked(True)
        return dialog

    def _after_change(self) -> None:
        person = self.current_person()
        intake = getattr(self.window, "intake", None)
        if intake is not None and hasattr(intake, "after_change"):
            intake.after_change(person)
        elif person is not None:
            self.window.show_person(person)
        if self.queue is not None and isValid(self.queue):
            self.queue.reload()

    def reissue_badge(self, delegate_id: int | None = None) -> ReissueDialog | None:
        person = delegate_id if delegate_id is not None else self.current_person()
        if person is None:
            self._message(self.tr("No person selected"), self.tr("Select a person in the table first."),
                          QMessageBox.Icon.Information)
            return None
        from accreditation.badges.issuing import current_badge

        with self.db.sessions() as session:
            delegate = session.get(Delegate, person)
            badge = current_badge(session, delegate) if delegate is not None else None
            if delegate is None:
                return None
            name = delegate.latin_name or delegate.name_fa
            if badge is None:
                self._message(
                    self.tr("No badge to reissue"),
                    self.tr("%1 has no badge yet: print one with Badges › Print badges…").replace("%1", name),
                    QMessageBox.Icon.Information,
                )
                return None
            number, version = badge.number, badge.version
        dialog = ReissueDialog(name, number, version, self.language, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(code: int) -> None:
            reason = dialog.reason()
            if code == QDialog.DialogCode.Accepted and reason:
                self.reissue_now(person, reason)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def reissue_now(self, delegate_id: int, reason: str) -> tuple[int, int] | None:
        """Reissue through the core, then offer to print the new version at once; (number, version)."""
        operator = self.operator()
        if not operator:
            return None
        try:
            with self.db.transaction() as session:
                badge = reissue(session, delegate_id, reason, operator)
                number, version = badge.number, badge.version
                name = badge.delegate.latin_name or badge.delegate.name_fa
        except UserError as exc:
            self._message(self.tr("Not reissued"), exc.message)
            return None
        self._after_change()
        text = self.tr(
            "Badge %1 of %2 is now version %3; version %4 is revoked (%5) and refused at every door.\n\n"
            "Print the new badge now?"
        )
        text = (
            text.replace("%1", f"{number:05d}").replace("%2", name).replace("%3", str(version))
            .replace("%4", str(version - 1)).replace("%5", reason_label(reason))
        )
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Badge reissued"), localized_digits(text, self.language),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window,
        )
        box.setObjectName("reissuedMessage")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def answered(_code: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                dialog = self.print_badges([delegate_id])
                dialog.start_preview()

        box.finished.connect(answered)
        self.message_box = box
        box.open()
        return number, version


def install_badge_actions(window: MainWindow) -> BadgeActions:
    """Add the Badges menu (print, queue, reissue) and the card's badge buttons to the main window."""
    actions = BadgeActions(window)
    window.badge_actions = actions  # type: ignore[attr-defined]
    return actions


__all__ = [
    "BadgeActions",
    "PrintBadgesDialog",
    "ReissueDialog",
    "install_badge_actions",
    "print_pdf",
    "rasterize_pages",
    "setup_printer",
]
