"""``seating``: arrange a session's seating by protocol and print the plan posted at the door.

    main.py seating --session plenary --arrange --out plan.pdf
    main.py seating --session plenary --precedence rank_alpha --language fa --arrange --json
    main.py seating --session economy --reserve 2="Minister of Interior" --lock 5 --out plan.pdf

Without ``--arrange`` the stored plan is printed as it is (arranged by hand in the window, say).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from accreditation.cli.context import CommandContext
from accreditation.errors import UserError
from accreditation.i18n import count, translate
from accreditation.i18n.languages import LANGUAGES
from accreditation.store.enums import PRECEDENCES


def _reservation(text: str) -> tuple[str, str]:
    label, sep, name = text.partition("=")
    if not sep or not label.strip() or not name.strip():
        raise argparse.ArgumentTypeError(
            translate("Command line", "--reserve takes SEAT=NAME, not '{text}'").format(text=text)
        )
    return label.strip(), name.strip()


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "seating",
        help=translate("Command line", "arrange a session's protocol seating and print the seating chart"),
        description=(
            translate(
                "Command line",
                "Seat a session by protocol: the host at the centre of the head table, heads of delegation "
                "alternating to the host's right and left by precedence, advisers behind their head, "
                "interpreters behind and to the right, guests in the guest seats. Locked and reserved seats "
                "are kept when arranging again.",
            )
        ),
    )
    parser.add_argument(
        "--session",
        required=True,
        metavar="CODE",
        help=translate("Command line", "session code (plenary, economy...)"),
    )
    parser.add_argument(
        "--room",
        metavar="CODE",
        help=translate("Command line", "seat the session in this room instead of its own"),
    )
    parser.add_argument(
        "--arrange",
        action="store_true",
        help=translate("Command line", "arrange the plan again (locked seats stay)"),
    )
    parser.add_argument(
        "--precedence",
        choices=PRECEDENCES,
        help=translate("Command line", "order of precedence (default rank_alpha)"),
    )
    parser.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        help=translate("Command line", "alphabetical order in this language"),
    )
    parser.add_argument(
        "--order",
        metavar="CODES",
        help=translate(
            "Command line",
            "manual order of precedence: region/organization codes or person ids, comma-separated",
        ),
    )
    parser.add_argument(
        "--reserve",
        action="append",
        type=_reservation,
        default=[],
        metavar="SEAT=NAME",
        help=translate("Command line", "hold a seat for a named guest (locked); may be repeated"),
    )
    parser.add_argument(
        "--lock",
        action="append",
        default=[],
        metavar="SEAT",
        help=translate("Command line", "lock a seat as it is"),
    )
    parser.add_argument(
        "--unlock",
        action="append",
        default=[],
        metavar="SEAT",
        help=translate("Command line", "unlock a seat"),
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE.pdf",
        help=translate("Command line", "write the seating chart and door list"),
    )
    parser.add_argument(
        "--page",
        choices=["A4", "A3"],
        default="A4",
        help=translate("Command line", "paper for the chart (default A4)"),
    )
    parser.add_argument(
        "--slips",
        type=Path,
        metavar="FILE.pdf",
        help=translate("Command line", "write a 'your seat' slip per person"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Command line", "print the assignments as JSON")
    )
    parser.set_defaults(handler=run)


def warn_missing_persian(view: object) -> None:
    """Before printing a plan's sheets: name on stderr the seated people who have no Persian name (the
    Persian places show their Latin name marked for review)."""
    import sys

    from accreditation.seating.views import missing_persian

    missing = missing_persian(view)  # type: ignore[arg-type]
    if not missing:
        return
    print(
        translate(
            "Command line",
            "warning: {count} seated people have no Persian name; the Persian sheets show their Latin name "
            "marked for review (add them with 'names persian'): {names}",
        ).format(
            count=count(len(missing)),
            names=", ".join(f"{s.label} {s.display_latin}" for s in missing[:10])
            + (" …" if len(missing) > 10 else ""),
        ),
        file=sys.stderr,
    )


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.event.loader import current_event
    from accreditation.event.rooms import room_tables
    from accreditation.seating.plans import configure_plan, lock_seat, plan_for_session, reserve_seat
    from accreditation.seating.precedence import arrange
    from accreditation.seating.views import plan_view

    for path in (args.out, args.slips):
        if path is not None and path.suffix.lower() != ".pdf":
            raise UserError(
                translate("Command line", "--out and --slips must name .pdf files, not {name}").format(
                    name=path.name
                )
            )
    from accreditation.seating.chart import render_seating_chart
    from accreditation.seating.slips import render_seat_slips

    with ctx.database().transaction() as session:
        event = current_event(session)
        plan = plan_for_session(session, event, args.session, room_code=args.room)
        order = [p.strip() for p in args.order.split(",") if p.strip()] if args.order else None
        configure_plan(plan, precedence=args.precedence, language=args.language, manual_order=order)
        for label in args.unlock:
            lock_seat(session, plan, label, False)
        for label, name in args.reserve:
            reserve_seat(session, plan, label, name)
        result = arrange(session, plan) if args.arrange else None
        for label in args.lock:
            lock_seat(session, plan, label, True)
        view = plan_view(session, plan)
        tables = room_tables(plan.room)
        if args.out or args.slips:
            warn_missing_persian(view)
        chart = render_seating_chart(view, args.out, tables=tables, page=args.page) if args.out else None
        slips = render_seat_slips(view, args.slips, tables=tables) if args.slips else None

    seated = [s for s in view.seats if s.occupied]
    if args.json:
        ctx.print(
            json.dumps(
                {
                    "session": view.session_code,
                    "room": view.room_code,
                    "precedence": view.precedence,
                    "language": view.alpha_language,
                    "arranged_ms": round(result.seconds * 1000, 1) if result else None,
                    "assignments": [
                        {
                            "seat": s.label,
                            "row": s.row,
                            "position": s.position,
                            "role": s.role,
                            "delegate_id": s.delegate_id,
                            "name_latin": s.name_latin,
                            "name_fa": s.name_fa,
                            "reserved_for": s.reserved_for,
                            "locked": s.locked,
                            "rule": s.rule,
                        }
                        for s in seated
                    ],
                    "unseated_total": view.unseated_total,
                    "unseated": [p.delegate_id for p in view.unseated],  # the first ones by rank
                    "conflicts": [
                        {"kind": c.kind, "message": c.message, "seats": list(c.seats)} for c in view.conflicts
                    ],
                    "out": str(args.out) if args.out else None,
                    "slips": str(args.slips) if args.slips else None,
                },
                ensure_ascii=False,
            )
        )
        return 0
    arranged = (
        translate("Command line", " (arranged in {ms} ms)").format(ms=count(round(result.seconds * 1000)))
        if result
        else ""
    )
    ctx.print(
        translate(
            "Command line",
            "{session_code} in {room_code}: {taken} of {seats} seats taken, {unseated} unseated{arranged}",
        ).format(
            session_code=view.session_code,
            room_code=view.room_code,
            taken=count(len(seated)),
            seats=count(len(view.seats)),
            unseated=count(view.unseated_total),
            arranged=arranged,
        )
    )
    for conflict in view.conflicts:
        ctx.print(translate("Command line", "conflict: {message}").format(message=conflict.message))
    if chart:
        ctx.print(
            translate("Command line", "{out_path}: seating chart, {pages} pages").format(
                out_path=chart.out_path, pages=chart.pages
            )
        )
    if slips:
        ctx.print(
            translate("Command line", "{out_path}: {items} seat slips on {pages} pages").format(
                out_path=slips.out_path, items=slips.items, pages=slips.pages
            )
        )
    return 0
