"""Seating on paper: name tent cards, region cards, the chart posted at the door, "your seat" slips.

All text goes through the printing core (:mod:`.text`): Persian shaped and ordered right to left,
fonts chosen per character, each text shrunk then wrapped to its box, never clipped.

A tent card is an A4 sheet in landscape folded along its middle: the lower half is the front face,
the upper half the back face, drawn rotated by 180° so that, folded and standing on the table, the
name reads the right way up from both sides. Cut marks frame the card inside the printer's margin;
fold marks and a dotted line show where to fold.
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
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.i18n.dates import format_datetime
from accreditation.names.collation import sort_key
from accreditation.printing.fonts import FontSet, default_font_set
from accreditation.printing.shaping import localize_digits
from accreditation.printing.text import (
    Box,
    TextLayout,
    TextOpsCache,
    draw_layout,
    layout_text,
)
from accreditation.seating.arrange import PlanView, SeatView

A4_LANDSCAPE = landscape(A4)  # points
A4_PORTRAIT = A4

#: The tent card inside an A4 landscape sheet: 5 mm kept for the printer's margin and the marks.
CARD_MARGIN_MM = 5.0


@dataclass(frozen=True)
class TentCard:
    """What one tent card shows (the same on both faces)."""

    name_fa: str = ""
    name_latin: str = ""
    name_native: str = ""
    title_fa: str = ""
    title_en: str = ""
    place_fa: str = ""
    place_en: str = ""
    band_fa: str = ""
    band_en: str = ""
    color: str = "#555555"
    text_color: str = "#FFFFFF"
    #: For messages: whose card this is.
    who: str = ""

    def texts(self) -> list[str]:
        return [
            t
            for t in (
                self.name_fa,
                self.name_latin,
                self.native_line,
                self.title_fa,
                self.title_en,
                self.place_fa,
                self.place_en,
                self.band_fa,
                self.band_en,
            )
            if t
        ]

    @property
    def native_line(self) -> str:
        """The name in the person's (or region's) own script, unless it repeats another line."""
        native = self.name_native.strip()
        if not native or native.casefold() in (self.name_fa.casefold(), self.name_latin.casefold()):
            return ""
        return native


@dataclass(frozen=True)
class PdfResult:
    out_path: Path
    pages: int
    items: int
    page_size_mm: tuple[float, float]


def _join(parts: Iterable[str], sep: str) -> str:
    return sep.join(p for p in parts if p)


def card_for_seat(seat: SeatView) -> TentCard:
    return TentCard(
        name_fa=seat.name_fa,
        name_latin=seat.display_latin,
        name_native=seat.name_native,
        title_fa=localize_digits(seat.title_fa),
        title_en=seat.title_en,
        place_fa=_join([seat.affiliation_fa, seat.country_fa], "، "),
        place_en=_join([seat.affiliation_en, seat.country_en], ", "),
        band_fa=seat.category_fa,
        band_en=seat.category_en,
        color=seat.category_color or "#555555",
        text_color=seat.category_text_color or "#FFFFFF",
        who=seat.display_latin or seat.name_fa or seat.label,
    )


def card_for_region(region: dict[str, str], color: str = "#B8860B", text_color: str = "#FFFFFF") -> TentCard:
    """A region's card, printable before its governor's name is known: the region in Persian, Latin and
    its own script, its country in the same three."""
    native = region.get("name_native", "")
    country_native = region.get("country_native", "")
    host = bool(region.get("is_host"))
    return TentCard(
        name_fa=region["name_fa"],
        name_latin=region["name_en"],
        name_native=native,
        place_fa=region.get("country_fa", ""),
        place_en=_join(
            [
                region.get("country_en", ""),
                country_native
                if country_native not in (region.get("country_en"), region.get("country_fa"))
                else "",
            ],
            " · ",
        ),
        band_fa="میزبان" if host else "هیئت",
        band_en="Host" if host else "Delegation",
        color=color,
        text_color=text_color,
        who=region["name_en"],
    )


class _Printer:
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


def _write(
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


# --- tent cards ------------------------------------------------------------------------------------
def _draw_face(c: Canvas, p: _Printer, card: TentCard, x: float, y: float, w: float, h: float) -> None:
    """One face, ``(x, y)`` its bottom-left in points; its top edge is the fold."""
    pad = 8 * mm
    band_h = 12 * mm
    c.setFillColor(p.color(card.color))
    c.rect(x, y, w, band_h, stroke=0, fill=1)
    half = (w - 2 * pad) / 2
    p.text(
        c,
        card.band_en,
        Box(x + pad, y + 2 * mm, half - 2 * mm, band_h - 4 * mm),
        max_pt=16,
        min_pt=8,
        lines=1,
        align="left",
        bold=True,
        color=card.text_color,
    )
    p.text(
        c,
        card.band_fa,
        Box(x + pad + half + 2 * mm, y + 2 * mm, half - 2 * mm, band_h - 4 * mm),
        max_pt=16,
        min_pt=8,
        lines=1,
        align="right",
        bold=True,
        color=card.text_color,
    )

    inner_w = w - 2 * pad
    top = y + h - 7 * mm
    native = card.native_line
    has_small = bool(card.title_fa or card.title_en or card.place_fa or card.place_en)
    # Heights from the fold downwards; what a card lacks gives its room to the names.
    rows: list[tuple[str, float]] = [("fa", 26), ("latin", 21)]
    if native:
        rows.append(("native", 11))
    if card.title_fa or card.title_en:
        rows.append(("title", 8))
    if card.place_fa or card.place_en:
        rows.append(("place", 8))
    available = (top - (y + band_h + 3 * mm)) / mm
    wanted = sum(hh for _k, hh in rows)
    stretch = available / wanted
    for kind, hh in rows:
        height = hh * stretch * mm
        box = Box(x + pad, top - height, inner_w, height)
        if kind == "fa":
            p.text(c, card.name_fa, box, max_pt=60 if has_small else 72, min_pt=24, bold=True)
        elif kind == "latin":
            p.text(c, card.name_latin, box, max_pt=50 if has_small else 60, min_pt=20, bold=True)
        elif kind == "native":
            p.text(c, native, box, max_pt=28, min_pt=12, color="#333333")
        else:
            en, fa = (card.title_en, card.title_fa) if kind == "title" else (card.place_en, card.place_fa)
            gap = 4 * mm
            if en and fa:
                p.text(
                    c,
                    en,
                    Box(box.x, box.y, box.w / 2 - gap, box.h),
                    max_pt=16,
                    min_pt=8,
                    align="left",
                    color="#333333",
                )
                p.text(
                    c,
                    fa,
                    Box(box.x + box.w / 2 + gap, box.y, box.w / 2 - gap, box.h),
                    max_pt=16,
                    min_pt=8,
                    align="right",
                    color="#333333",
                )
            else:
                p.text(c, en or fa, box, max_pt=16, min_pt=8, color="#333333")
        top -= height


def _card_marks(c: Canvas, page_w: float, page_h: float) -> None:
    m = CARD_MARGIN_MM * mm
    length, offset = 3.5 * mm, 1 * mm
    c.saveState()
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.3)
    for cx in (m, page_w - m):
        for cy in (m, page_h - m):
            sx = -1 if cx == m else 1
            sy = -1 if cy == m else 1
            c.line(cx + sx * offset, cy, cx + sx * (offset + length), cy)  # cut marks: outside the card
            c.line(cx, cy + sy * offset, cx, cy + sy * (offset + length))
    fold = page_h / 2
    c.line(0.5 * mm, fold, m - offset, fold)  # fold marks in the margin
    c.line(page_w - m + offset, fold, page_w - 0.5 * mm, fold)
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setDash(1, 3)
    c.line(m, fold, page_w - m, fold)
    c.restoreState()


def draw_tent_card(c: Canvas, p: _Printer, card: TentCard) -> None:
    page_w, page_h = A4_LANDSCAPE
    m = CARD_MARGIN_MM * mm
    face_w, face_h = page_w - 2 * m, page_h / 2 - m
    _draw_face(c, p, card, m, m, face_w, face_h)  # front: the lower half, upright
    c.saveState()
    c.translate(page_w, page_h)  # back: the upper half, rotated 180° about the page's centre
    c.rotate(180)
    _draw_face(c, p, card, m, m, face_w, face_h)
    c.restoreState()
    _card_marks(c, page_w, page_h)


def render_tent_cards(
    cards: Sequence[TentCard],
    out_path: str | Path,
    *,
    title: str = "Name cards",
    fonts: FontSet | None = None,
    bold: FontSet | None = None,
) -> PdfResult:
    """One A4 landscape sheet per card, to fold in half."""
    if not cards:
        raise UserError(translate("Seating", "No cards to print"))
    p = _Printer(fonts, bold)
    p.check((f"the card of {card.who}", t) for card in cards for t in card.texts())

    def draw(c: Canvas) -> int:
        for card in cards:
            draw_tent_card(c, p, card)
            c.showPage()
        return len(cards)

    out, pages = _write(out_path, A4_LANDSCAPE, title, draw)
    return PdfResult(out, pages, len(cards), (297.0, 210.0))


# --- the chart at the door -------------------------------------------------------------------------
def _seat_sizes(seats: Sequence[SeatView]) -> dict[int, tuple[float, float]]:
    """A box per seat (mm in the room) as wide as the gap to its neighbours allows."""
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


def _draw_room(
    c: Canvas,
    p: _Printer,
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
    sizes = _seat_sizes(view.seats)
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
        if s.delegate_id or s.reserved_for:
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


def _when(view: PlanView, language: str) -> str:
    """When the session starts, in the reader's calendar: Solar Hijri with Persian digits in Persian."""
    starts = view.starts_at
    return format_datetime(starts, language) if isinstance(starts, datetime) else ""


def _header(c: Canvas, p: _Printer, view: PlanView, page_w: float, page_h: float, extra: str = "") -> float:
    """Session and room, English on the left, Persian on the right, each with the session's date in
    its own calendar; returns the y below it."""
    m = 10 * mm
    top = page_h - m
    half = (page_w - 2 * m) / 2 - 3 * mm
    p.text(
        c,
        view.session_name_en,
        Box(m, top - 9 * mm, half, 9 * mm),
        max_pt=16,
        min_pt=9,
        align="left",
        bold=True,
    )
    p.text(
        c,
        view.session_name_fa,
        Box(page_w - m - half, top - 9 * mm, half, 9 * mm),
        max_pt=16,
        min_pt=9,
        align="right",
        bold=True,
    )
    en = _join([view.room_name_en, _when(view, "en"), extra], " — ")
    p.text(
        c,
        en,
        Box(m, top - 15 * mm, half, 6 * mm),
        max_pt=11,
        min_pt=7,
        lines=1,
        align="left",
        color="#444444",
    )
    p.text(
        c,
        _join([view.room_name_fa, _when(view, "fa")], " — "),
        Box(page_w - m - half, top - 15 * mm, half, 6 * mm),
        max_pt=11,
        min_pt=7,
        lines=1,
        align="right",
        color="#444444",
    )
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.setLineWidth(0.5)
    c.line(m, top - 17 * mm, page_w - m, top - 17 * mm)
    return top - 19 * mm


def _orientation_note(c: Canvas, p: _Printer, view: PlanView, page_w: float, y: float) -> None:
    m = 10 * mm
    note_en = (
        "Head table at the top of the plan"
        if view.room_shape == "head_table_rows"
        else "Host at the top of the plan"
    )
    note_fa = "میز ریاست در بالای نقشه" if view.room_shape == "head_table_rows" else "میزبان در بالای نقشه"
    half = (page_w - 2 * m) / 2
    p.text(c, note_en, Box(m, y, half, 5 * mm), max_pt=8, min_pt=6, lines=1, align="left", color="#777777")
    p.text(
        c,
        note_fa,
        Box(m + half, y, half, 5 * mm),
        max_pt=8,
        min_pt=6,
        lines=1,
        align="right",
        color="#777777",
    )


def _door_list(c: Canvas, p: _Printer, view: PlanView, page_w: float, page_h: float) -> int:
    """Everyone seated, by Latin name, with the Persian name and the seat: the list beside the chart."""
    seated = [s for s in view.seats if s.occupied]
    seated.sort(
        key=lambda s: (
            sort_key(s.display_latin, "en") if s.display_latin else sort_key(s.name_fa, "fa"),
            s.label,
        )
    )
    if not seated:
        return 0
    m = 10 * mm
    columns = 2
    col_w = (page_w - 2 * m - 6 * mm) / columns
    line_h = 6.2 * mm
    pages = 0
    index = 0
    while index < len(seated):
        y_top = _header(c, p, view, page_w, page_h, "who sits where / جای هر نفر")
        per_col = int((y_top - m) // line_h)
        for col in range(columns):
            x = m + col * (col_w + 6 * mm)
            y = y_top
            for _ in range(per_col):
                if index >= len(seated):
                    break
                s = seated[index]
                y -= line_h
                label_w = 13 * mm
                name_w = (col_w - label_w) / 2 - 1 * mm
                p.text(
                    c,
                    s.display_latin,
                    Box(x, y, name_w, line_h * 0.9),
                    max_pt=9,
                    min_pt=5,
                    lines=1,
                    align="left",
                )
                p.text(
                    c,
                    s.label,
                    Box(x + name_w + 1 * mm, y, label_w, line_h * 0.9),
                    max_pt=10,
                    min_pt=6,
                    lines=1,
                    bold=True,
                )
                p.text(
                    c,
                    s.name_fa or s.name_native,
                    Box(x + name_w + label_w + 2 * mm, y, name_w, line_h * 0.9),
                    max_pt=9,
                    min_pt=5,
                    lines=1,
                    align="right",
                )
                c.setStrokeColorRGB(0.88, 0.88, 0.88)
                c.setLineWidth(0.3)
                c.line(x, y, x + col_w, y)
                index += 1
        c.showPage()
        pages += 1
    return pages


PAGE_SIZES = {"A4": A4_LANDSCAPE, "A3": landscape(A3)}


def render_seating_chart(
    view: PlanView,
    out_path: str | Path,
    *,
    tables: Sequence = (),
    fonts: FontSet | None = None,
    bold: FontSet | None = None,
    with_list: bool = True,
    page: str = "A4",
) -> PdfResult:
    """The room as posted at the door (A4 or A3 landscape): every seat with its label and the names in
    Persian and Latin; then the seated people in alphabetical order with their seats."""
    p = _Printer(fonts, bold)
    p.check(
        (f"seat {s.label}", t) for s in view.seats for t in (s.name_fa, s.display_latin, s.name_native) if t
    )
    if page not in PAGE_SIZES:
        raise UserError(
            translate("Seating", "Unknown page size {page} (use {value})").format(
                page=page, value=", ".join(PAGE_SIZES)
            )
        )
    page_w, page_h = PAGE_SIZES[page]
    if view.depth_mm > view.width_mm * 1.1:  # a tall room fills a portrait page better
        page_w, page_h = page_h, page_w

    def draw(c: Canvas) -> int:
        below = _header(c, p, view, page_w, page_h)
        _orientation_note(c, p, view, page_w, 6 * mm)
        _draw_room(c, p, view, Box(10 * mm, 12 * mm, page_w - 20 * mm, below - 13 * mm), tables=tables)
        c.showPage()
        pages = 1
        if with_list:
            pages += _door_list(c, p, view, page_w, page_h)
        return pages

    out, pages = _write(out_path, (page_w, page_h), f"{view.session_name_en} — seating", draw)
    return PdfResult(out, pages, sum(1 for s in view.seats if s.occupied), (page_w / mm, page_h / mm))


# --- "your seat" slips -----------------------------------------------------------------------------
SLIP_COLUMNS, SLIP_ROWS = 2, 4


def _slip(
    c: Canvas,
    p: _Printer,
    view: PlanView,
    seat: SeatView,
    x: float,
    y: float,
    w: float,
    h: float,
    tables: Sequence,
) -> None:
    pad = 5 * mm
    c.setFillColor(p.color(seat.category_color))
    c.rect(x, y + h - 4 * mm, w, 4 * mm, stroke=0, fill=1)
    inner = w - 2 * pad
    top = y + h - 6 * mm
    p.text(
        c,
        _join([view.session_name_fa, _when(view, "fa")], " — "),
        Box(x + pad, top - 7 * mm, inner, 7 * mm),
        max_pt=10,
        min_pt=6,
        align="right",
    )
    p.text(
        c,
        _join([view.session_name_en, _when(view, "en")], " — "),
        Box(x + pad, top - 13 * mm, inner, 6 * mm),
        max_pt=9,
        min_pt=6,
        align="left",
    )
    p.text(
        c,
        seat.name_fa or seat.name_native,
        Box(x + pad, top - 22 * mm, inner, 8 * mm),
        max_pt=15,
        min_pt=8,
        bold=True,
    )
    p.text(c, seat.display_latin, Box(x + pad, top - 29 * mm, inner, 7 * mm), max_pt=13, min_pt=7, bold=True)
    # The seat large on the left, the room with the seat marked on the right.
    seat_box_w = inner * 0.38
    p.text(
        c,
        "Your seat · جای شما",
        Box(x + pad, y + 21 * mm, seat_box_w, 5 * mm),
        max_pt=8,
        min_pt=6,
        lines=1,
        color="#555555",
    )
    p.text(
        c, seat.label, Box(x + pad, y + 8 * mm, seat_box_w, 13 * mm), max_pt=30, min_pt=12, lines=1, bold=True
    )
    p.text(
        c,
        _join([view.room_name_en, view.room_name_fa], " · "),
        Box(x + pad, y + 3 * mm, seat_box_w, 5 * mm),
        max_pt=7,
        min_pt=4,
        lines=1,
        color="#555555",
    )
    _draw_room(
        c,
        p,
        view,
        Box(x + pad + seat_box_w + 2 * mm, y + 3 * mm, inner - seat_box_w - 2 * mm, 24 * mm),
        names=False,
        highlight=seat.seat_id,
        tables=tables,
    )


def render_seat_slips(
    view: PlanView,
    out_path: str | Path,
    *,
    tables: Sequence = (),
    fonts: FontSet | None = None,
    bold: FontSet | None = None,
    seats: Sequence[SeatView] | None = None,
) -> PdfResult:
    """Eight slips an A4 page (cut along the marks), one per seated person, in alphabetical order."""
    chosen = [s for s in (seats if seats is not None else view.seats) if s.delegate_id is not None]
    chosen.sort(key=lambda s: (s.display_latin.casefold(), s.label))
    if not chosen:
        raise UserError(translate("Seating", "Nobody is seated yet: arrange the plan first"))
    p = _Printer(fonts, bold)
    p.check((f"seat {s.label}", t) for s in chosen for t in (s.name_fa, s.display_latin, s.name_native) if t)
    page_w, page_h = A4_PORTRAIT
    slip_w, slip_h = page_w / SLIP_COLUMNS, (page_h - 10 * mm) / SLIP_ROWS
    per_page = SLIP_COLUMNS * SLIP_ROWS

    def draw(c: Canvas) -> int:
        pages = 0
        for start in range(0, len(chosen), per_page):
            for i, seat in enumerate(chosen[start : start + per_page]):
                col, row = i % SLIP_COLUMNS, i // SLIP_COLUMNS
                x = col * slip_w
                y = page_h - 5 * mm - (row + 1) * slip_h
                _slip(c, p, view, seat, x + 1 * mm, y + 1 * mm, slip_w - 2 * mm, slip_h - 2 * mm, tables)
            c.saveState()
            c.setStrokeColorRGB(0.6, 0.6, 0.6)
            c.setLineWidth(0.3)
            c.setDash(2, 2)
            c.line(slip_w, 5 * mm, slip_w, page_h - 5 * mm)
            for r in range(1, SLIP_ROWS):
                yy = page_h - 5 * mm - r * slip_h
                c.line(0, yy, page_w, yy)
            c.restoreState()
            c.showPage()
            pages += 1
        return pages

    out, pages = _write(out_path, A4_PORTRAIT, f"{view.session_name_en} — seats", draw)
    return PdfResult(out, pages, len(chosen), (210.0, 297.0))
