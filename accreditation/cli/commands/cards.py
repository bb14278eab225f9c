"""``cards``: name tent cards (A4 folded in half, readable from both sides).

main.py cards --session plenary --out cards.pdf    # a card for every seated person of the plan
main.py cards --regions --out cards.pdf            # a card for each region, names or not
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from accreditation.cli.commands.seating import warn_missing_persian
from accreditation.cli.context import CommandContext
from accreditation.errors import UserError
from accreditation.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "cards",
        help=translate(
            "Command line", "print name tent cards for a session's seated people or for every region"
        ),
        description=(
            translate(
                "Command line",
                "Tent cards on A4, folded in half: the front face upright, the back face rotated 180° so the "
                "name reads from both sides. --regions prints one per region (Persian, Latin and the "
                "region's own script), useful before the governors' names are known.",
            )
        ),
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--session",
        metavar="CODE",
        help=translate("Command line", "cards for the people seated in this session's plan"),
    )
    which.add_argument(
        "--regions", action="store_true", help=translate("Command line", "one card per participating region")
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help=translate("Command line", "the PDF to write"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Command line", "print the summary as JSON")
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from accreditation.event.loader import current_event
    from accreditation.seating.plans import plan_for_session
    from accreditation.seating.views import plan_view, region_cards
    from accreditation.store.models import Category

    if args.out.suffix.lower() != ".pdf":
        raise UserError(
            translate("Command line", "--out must name a .pdf file, not {name}").format(name=args.out.name)
        )
    from accreditation.seating.tent_cards import card_for_region, card_for_seat, render_tent_cards

    with ctx.database().transaction() as session:
        event = current_event(session)
        if args.regions:
            head = session.scalars(
                select(Category).where(Category.event_id == event.id, Category.code == "head")
            ).first()
            color = head.color if head else "#B8860B"
            text_color = head.text_color if head else "#FFFFFF"
            cards = [card_for_region(r, color, text_color) for r in region_cards(session, event)]
            what = translate("Command line", "region cards")
        else:
            plan = plan_for_session(session, event, args.session)
            view = plan_view(session, plan)
            seats = sorted(
                (s for s in view.seats if s.occupied),
                key=lambda s: (s.row, abs(s.position), -s.position, s.label),
            )
            if not seats:
                raise UserError(
                    translate(
                        "Command line",
                        "Nobody is seated in '{session}' yet: run 'seating --session {session} --arrange' "
                        "first",
                    ).format(session=args.session)
                )
            warn_missing_persian(view)
            cards = [card_for_seat(s) for s in seats]
            what = translate("Command line", "name cards")
        result = render_tent_cards(cards, args.out, title=f"{event.name_en} — {what}")
    if args.json:
        ctx.print(
            json.dumps(
                {"out": str(result.out_path), "cards": result.items, "pages": result.pages},
                ensure_ascii=False,
            )
        )
    else:
        ctx.print(
            translate(
                "Command line", "{out_path}: {items} {what} on {pages} A4 sheets (fold in half)"
            ).format(out_path=result.out_path, items=result.items, what=what, pages=result.pages)
        )
    return 0
