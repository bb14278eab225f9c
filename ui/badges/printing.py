"""How badge pages reach the screen and the printer: PySide6-Essentials has no QtPdf, so pages are rasterized by
poppler's ``pdftoppm`` (the renderer the tests decode QR codes from). On the printer each page is drawn
at its exact size in millimetres, rasterized at the printer's resolution (at most 600 dpi); the page is
never scaled to fit the paper, because a badge printed 3 % small no longer fits its holder. Without
poppler the PDF is still made and can be saved; only the pictures and Print… are missing, and the
dialog says so.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSizeF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from accreditation.badges.pdf import RenderCancelled
from accreditation.errors import UserError

log = logging.getLogger(__name__)

#: The highest resolution pages are rasterized at for a printer (badge printers are 300 dpi, lasers 600).
MAX_PRINT_DPI = 600
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
