"""The "your seat" slips: eight to an A4 page, one per seated person, each with the session, the
name, the seat in large type and a small map of the room with the seat marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.printing.fonts import FontSet
from accreditation.printing.text import Box
from accreditation.seating.drawing import (
    A4_PORTRAIT,
    REVIEW_COLOR,
    PdfResult,
    Printer,
    draw_room,
    join_nonempty,
    starts_at_text,
    write_pdf,
)
from accreditation.seating.views import PlanView, SeatView

SLIP_COLUMNS, SLIP_ROWS = 2, 4


def _slip(
    c: Canvas,
    p: Printer,
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
        join_nonempty([view.session_name_fa, starts_at_text(view, "fa")], " — "),
        Box(x + pad, top - 7 * mm, inner, 7 * mm),
        max_pt=10,
        min_pt=6,
        align="right",
    )
    p.text(
        c,
        join_nonempty([view.session_name_en, starts_at_text(view, "en")], " — "),
        Box(x + pad, top - 13 * mm, inner, 6 * mm),
        max_pt=9,
        min_pt=6,
        align="left",
    )
    p.text(
        c,
        seat.persian_for_sheet or seat.name_native,
        Box(x + pad, top - 22 * mm, inner, 8 * mm),
        max_pt=15,
        min_pt=8,
        bold=True,
        color=REVIEW_COLOR if seat.persian_missing else "#000000",
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
        join_nonempty([view.room_name_en, view.room_name_fa], " · "),
        Box(x + pad, y + 3 * mm, seat_box_w, 5 * mm),
        max_pt=7,
        min_pt=4,
        lines=1,
        color="#555555",
    )
    draw_room(
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
    p = Printer(fonts, bold)
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

    out, pages = write_pdf(out_path, A4_PORTRAIT, f"{view.session_name_en} — seats", draw)
    return PdfResult(out, pages, len(chosen), (210.0, 297.0))
