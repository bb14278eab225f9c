"""Badges to PDF from plain data.

Everything a badge shows is gathered first into a :class:`BadgeView` (by
:func:`accreditation.badges.issuing.badge_view`), so rendering needs no database, runs the same in the CLI,
the window and the benchmark, and can be tested with hand-made views.

Speed matters at the desk (a thousand badges before the doors open) and drives three choices: text
layouts are cached (the event's name and dates are laid out once, not once per badge); photos are
handed to the PDF as the JPEG bytes they are, never decoded; and each QR symbol is computed once.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from accreditation.badges.qr import draw_qr
from accreditation.badges.templates import BadgeLayout, Element, Template, load_template, templates_dir
from accreditation.badges.view import BadgeView
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.printing.fonts import FontSet, default_font_set
from accreditation.printing.text import (
    Box,
    TextLayout,
    TextOpsCache,
    draw_layout,
    layout_text,
)


class RenderCancelled(UserError):
    """The person cancelled a long render."""


class MissingGlyphsError(UserError):
    """No installed font can draw part of someone's badge."""


def check_printable(views: Sequence[BadgeView], fonts: FontSet, bold: FontSet | None = None) -> None:
    """Refuse before printing when no font covers some text, naming the person and the script."""
    checked: set[str] = set()  # the event's name, dates, categories... are checked once, not per badge
    for view in views:
        texts = [t for t in view.printed_texts() if t not in checked]
        checked.update(texts)
        for faces in filter(None, (fonts, bold)):
            scripts: list[str] = []
            for text in texts:
                scripts += [s for s in faces.missing_scripts(text) if s not in scripts]
            if scripts:
                raise MissingGlyphsError(
                    translate(
                        "Badges",
                        "Cannot print the badge of {display_name}: no installed font covers {value}; install "
                        "a font for it (e.g. the Noto fonts) or list one in ACCREDITATION_FONTS",
                    ).format(display_name=view.display_name, value=", ".join(scripts))
                )


@dataclass(frozen=True)
class PlacedText:
    element: Element
    layout: TextLayout


@dataclass(frozen=True)
class RenderResult:
    out_path: Path
    pages: int
    badges: int
    page_size_mm: tuple[float, float]
    template: str


@functools.lru_cache(maxsize=256)
def _hex(value: str) -> Color:
    return HexColor(value)


def _color(value: str, view: BadgeView) -> Color:
    if value == "category":
        value = view.category_color
    elif value == "category_text":
        value = view.category_text_color
    return _hex(value)


@functools.lru_cache(maxsize=256)
def _fill_operator(color: Color) -> str:
    """The PDF fill-colour operator, formatted once per colour instead of once per text."""
    return f"{color.red:.4f} {color.green:.4f} {color.blue:.4f} rg"


@functools.lru_cache(maxsize=1024)
def _box(e: Element, layout: BadgeLayout) -> Box:
    return Box(e.x * mm, (layout.height_mm - e.y - e.h) * mm, e.w * mm, e.h * mm)


def layout_badge(
    view: BadgeView, layout: BadgeLayout, fonts: FontSet, bold: FontSet | None = None
) -> list[PlacedText]:
    """Where each text of a badge goes (in points, badge's bottom-left origin). Public so tests and the
    window's preview can check that every text stays inside its box."""
    placed: list[PlacedText] = []
    for e in layout.elements:
        if e.type != "text":
            continue
        text = view.text(e.field)
        if not text:
            continue
        text = f"{e.prefix}{text}" if e.prefix else text
        faces = bold if (e.bold and bold is not None) else fonts
        placed.append(
            PlacedText(
                e,
                layout_text(
                    text,
                    _box(e, layout),
                    faces,
                    max_size=e.max_pt,
                    min_size=e.min_pt,
                    max_lines=e.lines,
                    align=e.align,
                ),
            )
        )
    return placed


class _JpegReader(ImageReader):
    """A JPEG handed to the PDF as it is (DCTDecode), never decoded.

    reportlab's ``drawImage`` asks an ImageReader for its decoded pixels only to name the image (a
    digest, so the same picture is embedded once); decoding a thousand photos for that costs seconds
    and memory. For a JPEG, the file's own bytes name it just as well; anything else is decoded as usual.
    """

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(io.BytesIO(jpeg))
        self._jpeg = jpeg
        self._dataA = None  # no alpha channel; normally set as a side effect of decoding

    def getRGBData(self) -> bytes:  # noqa: N802 (reportlab's name)
        if self.jpeg_fh() is not None:
            return b"jpeg:" + self._jpeg
        data: bytes = super().getRGBData()
        return data


class _Images:
    """One reader per distinct photo, so a photo printed twice is embedded once."""

    def __init__(self) -> None:
        self.readers: dict[bytes, ImageReader] = {}

    def reader_for(self, jpeg: bytes) -> ImageReader:
        key = hashlib.blake2b(jpeg, digest_size=16).digest()
        reader = self.readers.get(key)
        if reader is None:
            reader = self.readers[key] = _JpegReader(jpeg)
        return reader


def _draw_frame(c: Canvas, box: Box) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.setLineWidth(0.4)
    c.rect(box.x, box.y, box.w, box.h, stroke=1, fill=0)
    c.restoreState()


def _logo_path(e: Element, override: Path | None) -> Path | None:
    if override is not None:
        return override if override.is_file() else None
    if e.path:
        path = Path(e.path)
        path = path if path.is_absolute() else templates_dir() / path
        return path if path.is_file() else None
    return None


def draw_badge(
    c: Canvas,
    view: BadgeView,
    layout: BadgeLayout,
    fonts: FontSet,
    bold: FontSet,
    images: _Images,
    logo: Path | None = None,
    text_ops: TextOpsCache | None = None,
) -> None:
    """Draw one badge with its bottom-left corner at the canvas origin."""
    texts = {id(p.element): p.layout for p in layout_badge(view, layout, fonts, bold)}
    for e in layout.elements:
        box = _box(e, layout)
        if e.type in ("rect", "band"):
            c.setFillColor(_color(e.fill or ("category" if e.type == "band" else "#FFFFFF"), view))
            if e.stroke:
                c.setStrokeColor(_color(e.stroke, view))
            c.rect(box.x, box.y, box.w, box.h, stroke=1 if e.stroke else 0, fill=1)
        elif e.type == "text":
            placed = texts.get(id(e))
            if placed is not None:
                c.addLiteral(_fill_operator(_color(e.color, view)))
                draw_layout(c, placed, text_ops)
        elif e.type == "photo":
            if view.photo_jpeg:
                c.drawImage(
                    images.reader_for(view.photo_jpeg), box.x, box.y, box.w, box.h, preserveAspectRatio=True
                )
            else:
                _draw_frame(c, box)
        elif e.type == "logo":
            path = _logo_path(e, logo)
            if path is not None:
                c.drawImage(str(path), box.x, box.y, box.w, box.h, preserveAspectRatio=True, mask="auto")
            else:
                _draw_frame(c, box)
        elif e.type == "qr":
            side = min(box.w, box.h)
            draw_qr(c, view.payload, box.x + (box.w - side) / 2, box.y + (box.h - side) / 2, side)


def _slots(template: Template) -> list[tuple[float, float]]:
    """Bottom-left corners (points) of the badge positions on a page, in reading order."""
    b = template.badge
    if template.sheet is None:
        return [(0.0, 0.0)]
    s = template.sheet
    slots = []
    for row in range(s.rows):
        for col in range(s.columns):
            left = s.origin_x_mm + col * (b.width_mm + s.gap_x_mm)
            top = s.origin_y_mm + row * (b.height_mm + s.gap_y_mm)
            slots.append((left * mm, (s.page_height_mm - top - b.height_mm) * mm))
    return slots


def cut_lines(template: Template) -> tuple[list[float], list[float]]:
    """The x and y positions (mm from the page's top-left) where the sheet is to be cut."""
    s, b = template.sheet, template.badge
    if s is None:
        return [], []
    xs: set[float] = set()
    ys: set[float] = set()
    for col in range(s.columns):
        left = s.origin_x_mm + col * (b.width_mm + s.gap_x_mm)
        xs |= {round(left, 3), round(left + b.width_mm, 3)}
    for row in range(s.rows):
        top = s.origin_y_mm + row * (b.height_mm + s.gap_y_mm)
        ys |= {round(top, 3), round(top + b.height_mm, 3)}
    return sorted(xs), sorted(ys)


def draw_cut_marks(c: Canvas, template: Template) -> None:
    """Short hairlines on each cut line, in the page margin; where the margin is too narrow to hold
    them (A6 on A4 leaves none), small crosses on the grid's corners instead."""
    s = template.sheet
    if s is None:
        return
    xs, ys = cut_lines(template)
    page_w, page_h = s.page_width_mm, s.page_height_mm
    length, offset = s.cut_mark_mm, s.cut_mark_offset_mm
    grid_left, grid_right, grid_top, grid_bottom = xs[0], xs[-1], ys[0], ys[-1]

    def line(x1: float, y1: float, x2: float, y2: float) -> None:
        c.line(x1 * mm, (page_h - y1) * mm, x2 * mm, (page_h - y2) * mm)

    c.saveState()
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    margins_ok = min(grid_left, page_w - grid_right, grid_top, page_h - grid_bottom) >= offset + 2
    if margins_ok:
        for x in xs:
            line(x, grid_top - offset, x, max(0.0, grid_top - offset - length))
            line(x, grid_bottom + offset, x, min(page_h, grid_bottom + offset + length))
        for y in ys:
            line(grid_left - offset, y, max(0.0, grid_left - offset - length), y)
            line(grid_right + offset, y, min(page_w, grid_right + offset + length), y)
    else:
        arm = min(length, 3.0) / 2
        for x in xs:
            for y in ys:
                line(max(0.0, x - arm), y, min(page_w, x + arm), y)
                line(x, max(0.0, y - arm), x, min(page_h, y + arm))
    c.restoreState()


def _chunks(items: Sequence[BadgeView], size: int) -> Iterator[Sequence[BadgeView]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def render_badges(
    views: Sequence[BadgeView],
    template_name: str | Template,
    out_path: str | Path,
    *,
    fonts: FontSet | None = None,
    bold_fonts: FontSet | None = None,
    logo_path: Path | None = None,
    title: str = "Badges",
    progress: Callable[[int, int], bool | None] | None = None,
) -> RenderResult:
    """Write the badges to ``out_path`` (atomically: a failed run leaves no half-written file).

    Raises :class:`MissingGlyphsError` before drawing anything if some text has no font.
    ``progress(done, total)`` is called after each page with badge counts, from the rendering thread;
    returning ``False`` cancels (:class:`RenderCancelled`, and no file is written).
    """
    template = load_template(template_name) if isinstance(template_name, str) else template_name
    regular = default_font_set(False) if fonts is None else fonts
    # Explicit fonts without explicit bold ones: use them for bold text too (tests, custom setups).
    bold = bold_fonts or (default_font_set(True) if fonts is None else regular)
    fonts = regular
    check_printable(views, fonts, bold)
    out = Path(out_path)
    if not out.parent.is_dir():
        raise UserError(
            translate("Badges", "Cannot write {out}: folder {parent} does not exist").format(
                out=out, parent=out.parent
            )
        )
    page_w, page_h = template.page_size_mm
    slots = _slots(template)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".pdf.tmp", dir=out.parent)
    os.close(fd)
    pages = 0
    # ASCII85 wrapping of streams and images only makes a PDF 25 % larger and, without reportlab's
    # optional C accelerator, costs seconds per thousand badges; binary streams are standard PDF.
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        images = _Images()
        text_ops = TextOpsCache()
        c = Canvas(tmp_name, pagesize=(page_w * mm, page_h * mm), pageCompression=1)
        c.setTitle(title)
        c.setCreator("Caspian accreditation")
        for page_views in _chunks(views, template.per_page):
            for view, (x, y) in zip(page_views, slots, strict=False):
                c.saveState()
                c.translate(x, y)
                draw_badge(c, view, template.badge, fonts, bold, images, logo_path, text_ops)
                c.restoreState()
            draw_cut_marks(c, template)
            c.showPage()
            pages += 1
            if (
                progress is not None
                and progress(min(pages * template.per_page, len(views)), len(views)) is False
            ):
                raise RenderCancelled(translate("Badges", "printing badges was cancelled"))
        c.save()
        os.replace(tmp_name, out)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    finally:
        rl_config.useA85 = saved_a85
    return RenderResult(out, pages, len(views), (page_w, page_h), template.name)
