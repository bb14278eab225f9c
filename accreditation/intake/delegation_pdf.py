"""The delegation list a protocol officer carries: per region, Persian and Latin names, titles, categories.

One region per page run, people in protocol order (category rank, then family name), each with the
Latin (passport) name and the name in their own script, the Persian name, the title in both languages
and the category. Persian is shaped and ordered by :mod:`accreditation.printing.text`, the same code
that prints the badges, so a name reads the same on the list as on the badge.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import translate
from accreditation.i18n.digits import to_persian_digits
from accreditation.people.directory import list_order
from accreditation.printing.fonts import FontSet, default_font_set
from accreditation.printing.text import Align, Box, TextOpsCache, draw_layout, layout_text
from accreditation.store.models import Category, Delegate, DelegateStatus, Delegation, Event, Region

MARGIN = 15 * mm
ROW_HEIGHT = 11 * mm
HEADER_ROW_HEIGHT = 8 * mm


@dataclass(frozen=True)
class _Column:
    key: str
    title_en: str
    title_fa: str
    width: float


COLUMNS: tuple[_Column, ...] = (
    _Column("number", "#", "", 9 * mm),
    _Column("latin", "Name (passport)", "", 50 * mm),
    _Column("persian", "", "نام", 40 * mm),
    _Column("title", "Title", "سمت", 53 * mm),
    _Column("category", "Category", "رده", 28 * mm),
)


def _people(session: Session, region: Region, language: str = "en") -> list[Delegate]:
    stmt = (
        select(Delegate)
        .join(Delegation, Delegate.delegation_id == Delegation.id)
        .join(Category, Delegate.category_id == Category.id)
        .where(Delegation.region_id == region.id, Delegate.status != DelegateStatus.CANCELLED)
        .options(selectinload(Delegate.category))
        .order_by(Category.rank, *list_order(language), Delegate.id)
    )
    return list(session.scalars(stmt))


class _Writer:
    """Draws rows top to bottom, starting a new page (with the column heads again) when one is full."""

    def __init__(self, canvas: Canvas, fonts: FontSet, event: Event) -> None:
        self.canvas = canvas
        self.fonts = fonts
        self.event = event
        self.width, self.height = A4
        self.cache = TextOpsCache()
        self.pages = 0
        #: Page number within the current region's list, for the footer.
        self.region_page = 0
        self.footer_drawn = True
        self.y = 0.0
        self.region: Region | None = None

    def start_region(self, region: Region) -> None:
        """Each region's list starts on a page of its own, numbered from 1."""
        self.region = region
        self.region_page = 0
        self.new_page()

    def text(self, text: str, box: Box, size: float, align: Align = "start", max_lines: int = 1) -> None:
        if text.strip():
            layout = layout_text(
                text, box, self.fonts, max_size=size, min_size=size * 0.6, max_lines=max_lines, align=align
            )
            draw_layout(self.canvas, layout, self.cache)

    def new_page(self) -> None:
        if self.pages:
            if not self.footer_drawn:
                self._footer()
            self.canvas.showPage()
        self.pages += 1
        self.region_page += 1
        self.footer_drawn = False
        self.canvas.setFillGray(0)
        top = self.height - MARGIN
        inner = self.width - 2 * MARGIN
        half = inner / 2
        self.text(self.event.name_en, Box(MARGIN, top - 5 * mm, half - 2 * mm, 5 * mm), 8, "left")
        self.text(
            self.event.name_fa, Box(MARGIN + half + 2 * mm, top - 5 * mm, half - 2 * mm, 5 * mm), 8, "right"
        )
        assert self.region is not None
        self.text(f"Delegation: {self.region.name_en}", Box(MARGIN, top - 14 * mm, half, 8 * mm), 14, "left")
        self.text(f"هیئت {self.region.name_fa}", Box(MARGIN + half, top - 14 * mm, half, 8 * mm), 14, "right")
        self.y = top - 18 * mm
        self._column_heads()

    def _column_heads(self) -> None:
        x = MARGIN
        top = self.y
        self.canvas.setFillGray(0.9)
        self.canvas.rect(
            MARGIN, top - HEADER_ROW_HEIGHT, self.width - 2 * MARGIN, HEADER_ROW_HEIGHT, stroke=0, fill=1
        )
        self.canvas.setFillGray(0)
        for column in COLUMNS:
            heading = " / ".join(t for t in (column.title_en, column.title_fa) if t)
            self.text(
                heading, Box(x + 1 * mm, top - HEADER_ROW_HEIGHT + 1.5 * mm, column.width - 2 * mm, 5 * mm), 8
            )
            x += column.width
        self.y = top - HEADER_ROW_HEIGHT

    def _footer(self) -> None:
        assert self.region is not None
        self.canvas.setFillGray(0.3)
        label = f"{self.region.name_en} — page {self.region_page}"
        self.text(label, Box(MARGIN, MARGIN - 8 * mm, self.width - 2 * MARGIN, 5 * mm), 7, "right")
        self.canvas.setFillGray(0)
        self.footer_drawn = True

    def row(self, number: int, person: Delegate) -> None:
        if self.y - ROW_HEIGHT < MARGIN:
            self.new_page()
        top = self.y
        bottom = top - ROW_HEIGHT
        upper = Box(0, bottom + ROW_HEIGHT / 2, 0, ROW_HEIGHT / 2 - 1 * mm)
        lower = Box(0, bottom + 1 * mm, 0, ROW_HEIGHT / 2 - 1 * mm)
        x = MARGIN
        cells = {
            "number": ((str(number), None), "left"),
            "latin": ((person.latin_name, person.name_native), "left"),
            "persian": ((person.name_fa, None), "right"),
            "title": ((person.title_en, person.title_fa), "start"),
            "category": ((person.category.name_en, person.category.name_fa), "start"),
        }
        for column in COLUMNS:
            (first, second), align = cells[column.key]
            inner_x, inner_w = x + 1 * mm, column.width - 2 * mm
            if second is None:
                box = Box(inner_x, bottom + 1 * mm, inner_w, ROW_HEIGHT - 2 * mm)
                self.text(first or "", box, 9, align, max_lines=2)  # type: ignore[arg-type]
            else:
                self.text(first or "", Box(inner_x, upper.y, inner_w, upper.h), 8.5, align)  # type: ignore[arg-type]
                self.text(second or "", Box(inner_x, lower.y, inner_w, lower.h), 7.5, "start")
            x += column.width
        self.canvas.setStrokeGray(0.75)
        self.canvas.setLineWidth(0.3)
        self.canvas.line(MARGIN, bottom, self.width - MARGIN, bottom)
        self.y = bottom

    def finish_region(self, count: int) -> None:
        if self.y - 8 * mm < MARGIN:
            self.new_page()
        inner = self.width - 2 * MARGIN
        self.text(f"{count} people", Box(MARGIN, self.y - 7 * mm, inner / 2, 5 * mm), 8, "left")
        self.text(
            f"{to_persian_digits(str(count))} نفر",
            Box(MARGIN + inner / 2, self.y - 7 * mm, inner / 2, 5 * mm),
            8,
            "right",
        )
        self._footer()


def delegation_list_pdf(
    session: Session,
    path: str | Path,
    *,
    region_code: str | None = None,
    fonts: FontSet | None = None,
    language: str = "en",
) -> int:
    """Write the delegation list of one region (or of every region with people) to ``path``.

    Within each category, people follow ``language``'s alphabetical order (Persian: by Persian name).

    Each region starts on a new page. Returns how many people are listed. Refuses (with the scripts
    named) when the installed fonts cannot draw some of the names, rather than print gaps.
    """
    event = current_event(session)
    stmt = select(Region).where(Region.event_id == event.id).order_by(Region.display_order, Region.id)
    if region_code is not None:
        stmt = stmt.where(Region.code == region_code)
    regions = list(session.scalars(stmt))
    if region_code is not None and not regions:
        raise UserError(
            translate("Export", "There is no region «{region_code}».").format(region_code=region_code)
        )
    lists = [(region, _people(session, region, language)) for region in regions]
    lists = [(region, people) for region, people in lists if people or region_code is not None]
    fonts = fonts or default_font_set()
    everything = " ".join(
        " ".join((d.latin_name, d.name_native, d.name_fa, d.title_en, d.title_fa))
        for _r, people in lists
        for d in people
    )
    missing = fonts.missing_scripts(everything + event.name_fa + event.name_en)
    if missing:
        raise UserError(
            translate(
                "Export", "No installed font can print {value}; install one (e.g. Noto) and try again."
            ).format(value=", ".join(missing))
        )
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{event.name_en}: delegation lists")
    writer = _Writer(canvas, fonts, event)
    total = 0
    if not lists:
        raise UserError(
            translate("Export", "No region has anyone registered yet; there is no delegation list to print.")
        )
    for region, people in lists:
        writer.start_region(region)
        for number, person in enumerate(people, start=1):
            writer.row(number, person)
        writer.finish_region(len(people))
        total += len(people)
    canvas.showPage()
    canvas.save()
    return total
