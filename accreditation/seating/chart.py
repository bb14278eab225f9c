"""The seating chart posted at the door: the room with every seat labelled and named in Persian and
Latin, then everyone seated in alphabetical order with their seat.

The header gives the session and room in English on the left and Persian on the right, each with the
session's date in its reader's calendar.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.names.collation import sort_key
from accreditation.printing.fonts import FontSet
from accreditation.printing.text import Box
from accreditation.seating.drawing import (
    A4_LANDSCAPE,
    REVIEW_COLOR,
    PdfResult,
    Printer,
    draw_room,
    join_nonempty,
    starts_at_text,
    write_pdf,
)
from accreditation.seating.views import PlanView


def _header(c: Canvas, p: Printer, view: PlanView, page_w: float, page_h: float, extra: str = "") -> float:
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
    en = join_nonempty([view.room_name_en, starts_at_text(view, "en"), extra], " — ")
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
        join_nonempty([view.room_name_fa, starts_at_text(view, "fa")], " — "),
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


def _orientation_note(c: Canvas, p: Printer, view: PlanView, page_w: float, y: float) -> None:
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


def _door_list(c: Canvas, p: Printer, view: PlanView, page_w: float, page_h: float) -> int:
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
                    s.persian_for_sheet or s.name_native,
                    Box(x + name_w + label_w + 2 * mm, y, name_w, line_h * 0.9),
                    max_pt=9,
                    min_pt=5,
                    lines=1,
                    align="right",
                    color=REVIEW_COLOR if s.persian_missing else "#000000",
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
    p = Printer(fonts, bold)
    p.check(
        (f"seat {s.label}", t)
        for s in view.seats
        for t in (s.persian_for_sheet, s.display_latin, s.name_native)
        if t
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
        draw_room(c, p, view, Box(10 * mm, 12 * mm, page_w - 20 * mm, below - 13 * mm), tables=tables)
        c.showPage()
        pages = 1
        if with_list:
            pages += _door_list(c, p, view, page_w, page_h)
        return pages

    out, pages = write_pdf(out_path, (page_w, page_h), f"{view.session_name_en} — seating", draw)
    return PdfResult(out, pages, sum(1 for s in view.seats if s.occupied), (page_w / mm, page_h / mm))
