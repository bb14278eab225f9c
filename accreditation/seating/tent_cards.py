"""Name tent cards: one per seated person, or one per region before the governors' names are known.

A tent card is an A4 sheet in landscape folded along its middle: the lower half is the front face,
the upper half the back face, drawn rotated by 180° so that, folded and standing on the table, the
name reads the right way up from both sides. Cut marks frame the card inside the printer's margin;
fold marks and a dotted line show where to fold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.printing.fonts import FontSet
from accreditation.printing.shaping import localize_digits
from accreditation.printing.text import Box
from accreditation.seating.drawing import (
    A4_LANDSCAPE,
    REVIEW_COLOR,
    PdfResult,
    Printer,
    join_nonempty,
    write_pdf,
)
from accreditation.seating.views import SeatView, marked_for_review

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
    #: The person has no Persian name yet: the Persian line shows the Latin name marked for review.
    persian_missing: bool = False

    @property
    def persian_line(self) -> str:
        return marked_for_review(self.name_latin) if self.persian_missing else self.name_fa

    def texts(self) -> list[str]:
        return [
            t
            for t in (
                self.persian_line,
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


def card_for_seat(seat: SeatView) -> TentCard:
    return TentCard(
        name_fa=seat.name_fa,
        name_latin=seat.display_latin,
        name_native=seat.name_native,
        title_fa=localize_digits(seat.title_fa),
        title_en=seat.title_en,
        place_fa=join_nonempty([seat.affiliation_fa, seat.country_fa], "، "),
        place_en=join_nonempty([seat.affiliation_en, seat.country_en], ", "),
        band_fa=seat.category_fa,
        band_en=seat.category_en,
        color=seat.category_color or "#555555",
        text_color=seat.category_text_color or "#FFFFFF",
        who=seat.display_latin or seat.name_fa or seat.label,
        persian_missing=seat.persian_missing,
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
        place_en=join_nonempty(
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


def _draw_face(c: Canvas, p: Printer, card: TentCard, x: float, y: float, w: float, h: float) -> None:
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
            p.text(
                c,
                card.persian_line,
                box,
                max_pt=60 if has_small else 72,
                min_pt=24,
                bold=True,
                color=REVIEW_COLOR if card.persian_missing else "#000000",
            )
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


def draw_tent_card(c: Canvas, p: Printer, card: TentCard) -> None:
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
    p = Printer(fonts, bold)
    p.check((f"the card of {card.who}", t) for card in cards for t in card.texts())

    def draw(c: Canvas) -> int:
        for card in cards:
            draw_tent_card(c, p, card)
            c.showPage()
        return len(cards)

    out, pages = write_pdf(out_path, A4_LANDSCAPE, title, draw)
    return PdfResult(out, pages, len(cards), (297.0, 210.0))
