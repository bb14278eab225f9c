"""What "Preview" makes: the print run itself up to the last step, off the UI thread.

Badge numbers are given to people who have none in the same transaction that checks every name against
the installed fonts, so a name no font can draw stops the run before anyone is numbered; the PDF is then
rendered and its first pages rasterized for the screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from accreditation.badges.pdf import RenderCancelled, render_badges
from accreditation.badges.print_run import prepare_badges, select_delegates
from accreditation.badges.templates import load_template
from accreditation.badges.token import load_event_secret
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.people.directory import PeopleFilter
from accreditation.store.database import Database

from . import printing

#: Pages rasterized for the preview: enough to check a region's badges one by one; a run of a thousand
#: badges is still rendered (and printed) whole, and the preview says how many pages it does not show.
PREVIEW_PAGE_LIMIT = 40
#: Screen resolution of the preview's pages: 96 dpi shows a page at its real size on a common monitor.
PREVIEW_DPI = 96


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


def make_preview(
    db: Database,
    choice: Choice,
    operator: str,
    out: Path,
    rendering: Callable[[int, int], bool],
    showing: Callable[[int, int], bool],
) -> PreviewResult:
    """Issue badges where needed (after the font check), render the PDF to ``out`` and rasterize its first
    pages; runs on a worker. ``rendering`` and ``showing`` report progress and return False to cancel."""
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
    result = render_badges(prepared.views, template, out, title=title, progress=rendering)
    if not printing.poppler_available():
        # The PDF is right; only its pictures are missing. Save PDF still works.
        sizes = [template.page_size_mm] * result.pages
        return PreviewResult(
            choice, out, result.pages, result.badges, prepared.issued, len(skipped),
            prepared.badge_ids, sizes, [], pending,
        )
    sizes = printing.pdf_page_sizes_mm(out)
    shown = min(result.pages, PREVIEW_PAGE_LIMIT)
    images: list[QImage] = []
    for page in range(1, shown + 1):
        images += printing.rasterize_pages(out, PREVIEW_DPI, page, page)
        if not showing(page, shown):
            raise RenderCancelled("preview cancelled")
    return PreviewResult(
        choice, out, result.pages, result.badges, prepared.issued, len(skipped),
        prepared.badge_ids, sizes, images, pending,
    )
