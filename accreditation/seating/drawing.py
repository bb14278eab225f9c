"""What every seating sheet draws with: fonts and colours, text fitted to a box, the room seen from
above, and writing a PDF safely.

All text goes through the printing core (:mod:`accreditation.printing.text`): Persian shaped and
ordered right to left, fonts chosen per character, each text shrunk then wrapped to its box, never
clipped. The chart at the door (:mod:`.chart`), the seat slips (:mod:`.slips`) and the tent cards
(:mod:`.tent_cards`) share these so that they look like one set.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.i18n.dates import format_datetime
from accreditation.printing.fonts import FontSet, default_font_set
from accreditation.printing.text import (
    Box,
    TextLayout,
    TextOpsCache,
    draw_layout,
    layout_text,
)
from accreditation.seating.views import REVIEW_MARK, REVIEW_NOTE_FA, PlanView, SeatView

#: The colour of a name marked for review on a Persian sheet (no Persian name yet).
REVIEW_COLOR = "#C62828"

A4_LANDSCAPE = landscape(A4)  # points
A4_PORTRAIT = A4


@dataclass(frozen=True)
class PdfResult:
    out_path: Path
    pages: int
    items: int
    page_size_mm: tuple[float, float]


def join_nonempty(parts: Iterable[str], sep: str) -> str:
    return sep.join(p for p in parts if p)


class Printer:
    """Fonts, colours and the per-document text cache shared by every drawing function."""

    def __init__(self, fonts: FontSet | None = None, bold: FontSet | None = None) -> None:
        self.fonts = fonts or default_font_set(False)
        self.bold = bold or (default_font_set(True) if fonts is None else self.fonts)
        self.ops = TextOpsCache()
        self._colors: dict[str, Color] = {}

    def color(self, value: str) -> Color:
        if value not in self._colors:
            try:
                self._colors[value] = HexColor(value)
            except (ValueError, TypeError):
                self._colors[value] = HexColor("#555555")
        return self._colors[value]

    def text(
        self,
        c: Canvas,
        text: str,
        box: Box,
        *,
        max_pt: float,
        min_pt: float,
        lines: int = 2,
        align: str = "center",
        bold: bool = False,
        color: str = "#000000",
    ) -> TextLayout | None:
        if not text.strip():
            return None
        layout = layout_text(
            text,
            box,
            self.bold if bold else self.fonts,
            max_size=max_pt,
            min_size=min_pt,
            max_lines=lines,
            align=align,
        )  # type: ignore[arg-type]
        c.setFillColor(self.color(color))
        draw_layout(c, layout, self.ops)
        return layout

    def check(self, texts: Iterable[tuple[str, str]]) -> None:
        """Refuse before drawing when no installed font has some script; names the person."""
        for who, text in texts:
            for faces in (self.fonts, self.bold):
                missing = faces.missing_scripts(text)
                if missing:
                    raise UserError(
                        translate(
                            "Seating",
                            "Cannot print {who}: no installed font covers {value}; install one (e.g. the "
                            "Noto fonts) or list it in ACCREDITATION_FONTS",
                        ).format(who=who, value=", ".join(missing))
                    )


def write_pdf(
    out_path: str | Path, pagesize: tuple[float, float], title: str, draw: Callable[[Canvas], int]
) -> tuple[Path, int]:
    """Draw into a temporary file beside ``out_path`` and move it into place when complete."""
    out = Path(out_path).expanduser()
    if not out.parent.is_dir():
        raise UserError(
            translate("Seating", "Cannot write {out}: folder {parent} does not exist").format(
                out=out, parent=out.parent
            )
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".pdf.tmp", dir=out.parent)
    os.close(fd)
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        c = Canvas(tmp, pagesize=pagesize, pageCompression=1)
        c.setTitle(title)
        c.setCreator("Caspian accreditation")
        pages = draw(c)
        c.save()
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        rl_config.useA85 = saved
    return out, pages


def starts_at_text(view: PlanView, language: str) -> str:
    """When the session starts, in the reader's calendar: Solar Hijri with Persian digits in Persian."""
    starts = view.starts_at
    return format_datetime(starts, language) if isinstance(starts, datetime) else ""


# --- the room seen from above ----------------------------------------------------------------------
def seat_box_sizes(seats: Sequence[SeatView]) -> dict[int, tuple[float, float]]:
    """A box per seat (mm in the room) as wide as the gap to its neighbours allows: the chart's, the
    slips' and the editor's seats are drawn this size."""
    by_row: dict[int, list[SeatView]] = {}
    for s in seats:
        by_row.setdefault(s.row, []).append(s)
    sizes: dict[int, tuple[float, float]] = {}
    for row in by_row.values():
        for s in row:
            nearest = min(
                (math.hypot(o.x_mm - s.x_mm, o.y_mm - s.y_mm) for o in row if o is not s), default=900.0
            )
            w = max(300.0, min(nearest * 0.94, 1100.0))
            sizes[s.seat_id] = (w, min(w * 0.95, 720.0))
    return sizes


def draw_room(
    c: Canvas,
    p: Printer,
    view: PlanView,
    area: Box,
    *,
    names: bool = True,
    highlight: int | None = None,
    tables: Sequence = (),
) -> None:
    pad_mm = 300
    scale = min(area.w / (view.width_mm + 2 * pad_mm), area.h / (view.depth_mm + 2 * pad_mm))
    ox = area.x + (area.w - view.width_mm * scale) / 2
    oy = area.top - (area.h - view.depth_mm * scale) / 2

    def at(x_mm: float, y_mm: float) -> tuple[float, float]:
        return ox + x_mm * scale, oy - y_mm * scale

    c.saveState()
    c.setStrokeColorRGB(0.55, 0.55, 0.55)
    c.setLineWidth(0.6)
    x0, y0 = at(0, view.depth_mm)
    c.rect(x0, y0, view.width_mm * scale, view.depth_mm * scale, stroke=1, fill=0)
    c.setFillColorRGB(0.92, 0.9, 0.86)
    for t in tables:
        tx, ty = at(t.x_mm, t.y_mm + t.h_mm)
        if t.round:
            c.ellipse(tx, ty, tx + t.w_mm * scale, ty + t.h_mm * scale, stroke=1, fill=1)
        else:
            c.rect(tx, ty, t.w_mm * scale, t.h_mm * scale, stroke=1, fill=1)
    sizes = seat_box_sizes(view.seats)
    for s in view.seats:
        w_mm, h_mm = sizes[s.seat_id]
        w, h = w_mm * scale, h_mm * scale
        cx, cy = at(s.x_mm, s.y_mm)
        x, y = cx - w / 2, cy - h / 2
        if highlight is not None:
            mine = s.seat_id == highlight
            c.setFillColor(p.color("#C62828") if mine else p.color("#DDDDDD"))
            c.setStrokeColor(p.color("#C62828") if mine else p.color("#BBBBBB"))
            c.rect(x, y, w, h, stroke=0, fill=1)
            if mine:
                c.setLineWidth(1.2)
                c.circle(cx, cy, max(w, h) * 1.3, stroke=1, fill=0)
            continue
        occupied = s.occupied
        c.setFillColor(p.color("#FFFFFF") if occupied else p.color("#F2F2F2"))
        c.setStrokeColor(p.color(s.category_color if s.delegate_id else "#999999"))
        c.setLineWidth(0.9 if occupied else 0.3)
        c.rect(x, y, w, h, stroke=1, fill=1)
        if s.delegate_id:
            c.setFillColor(p.color(s.category_color))
            c.rect(x, y + h - h * 0.14, w, h * 0.14, stroke=0, fill=1)
        if not names:
            continue
        label_h = h * 0.24
        p.text(
            c,
            s.label,
            Box(x + w * 0.04, y + h - label_h - h * 0.15, w * 0.92, label_h),
            max_pt=6,
            min_pt=2,
            lines=1,
            color="#666666",
        )
        body = Box(x + w * 0.04, y + h * 0.04, w * 0.92, h - label_h - h * 0.22)
        if s.persian_missing:
            # No Persian name: the Persian half says so, in red, above the Latin name.
            c.setStrokeColor(p.color(REVIEW_COLOR))
            c.setDash(1.5, 1)
            c.rect(x, y, w, h, stroke=1, fill=0)
            c.setDash()
            p.text(
                c,
                f"{REVIEW_MARK} {REVIEW_NOTE_FA}",
                Box(body.x, body.y + body.h / 2, body.w, body.h / 2),
                max_pt=8,
                min_pt=2.5,
                lines=1,
                bold=True,
                color=REVIEW_COLOR,
            )
            p.text(
                c, s.display_latin, Box(body.x, body.y, body.w, body.h / 2), max_pt=8, min_pt=2.5, color=REVIEW_COLOR
            )
        elif s.delegate_id or s.reserved_for:
            fa = s.name_fa
            latin = s.display_latin
            if fa and latin:
                p.text(
                    c,
                    fa,
                    Box(body.x, body.y + body.h / 2, body.w, body.h / 2),
                    max_pt=9,
                    min_pt=2.5,
                    bold=True,
                )
                p.text(c, latin, Box(body.x, body.y, body.w, body.h / 2), max_pt=8, min_pt=2.5)
            else:
                p.text(c, fa or latin, body, max_pt=9, min_pt=2.5, bold=True)
    c.restoreState()
