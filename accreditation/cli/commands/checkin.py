"""``checkin``: scan one badge payload at a desk or a session's door, or undo a check-in.

    checkin PAYLOAD [--desk NAME] [--session CODE] [--operator NAME] [--lang fa|en|ru] [--at ISO] [--json]
    checkin --undo ID --reason TEXT [--operator NAME]

The verdict is printed only after the scan is committed to the database. Exit status: 0 when the
person is let in (admitted, already checked in), 2 when refused, 1 when the scan could not be made.
"""

from __future__ import annotations

import argparse
import getpass
import json
from datetime import datetime

from accreditation.cli.context import CommandContext
from accreditation.errors import UserError
from accreditation.i18n import current_language, translate

EXIT_LET_IN = 0
EXIT_REFUSED = 2


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate(
                "Command line", "--at takes an ISO date and time such as 2025-11-18T09:30, not '{text}'"
            ).format(text=text)
        ) from exc


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "checkin",
        help=translate(
            "Command line", "check in a scanned badge payload (desk or session door), or undo a check-in"
        ),
        description=(
            translate(
                "Command line",
                "Decide and record one scan: admitted, already_checked_in, revoked, forged, unknown, "
                "wrong_event, cancelled, not_valid_today or no_access. Exit status 0 when the person is let "
                "in, 2 when refused. The payload may be typed through a Persian or Russian layout.",
            )
        ),
    )
    parser.add_argument(
        "payload", nargs="?", metavar="PAYLOAD", help=translate("Command line", "what the scanner typed")
    )
    parser.add_argument(
        "--desk",
        default="",
        metavar="NAME",
        help=translate("Command line", "the desk or door name recorded with the scan"),
    )
    parser.add_argument(
        "--session",
        metavar="CODE",
        help=translate("Command line", "door mode: the session being entered (e.g. plenary)"),
    )
    parser.add_argument(
        "--operator",
        default=None,
        help=translate("Command line", "who is scanning (default: the logged-in user)"),
    )
    parser.add_argument(
        "--lang",
        choices=["fa", "en", "ru"],
        default=None,
        help=translate("Command line", "language of the verdict (default: the global --lang)"),
    )
    parser.add_argument(
        "--at",
        type=_moment,
        metavar="ISO-DATETIME",
        help=translate(
            "Command line",
            "scan as if at this moment (rehearsals, tests); without a zone it is the event's local time",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Command line", "print the verdict as JSON")
    )
    parser.add_argument(
        "--undo",
        type=int,
        metavar="ID",
        help=translate("Command line", "undo the check-in with this id (audited)"),
    )
    parser.add_argument(
        "--reason", default="", help=translate("Command line", "why the check-in is undone (with --undo)")
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.checkin.desk import scan, undo_checkin

    operator = args.operator if args.operator is not None else getpass.getuser()
    if args.undo is not None:
        if args.payload:
            raise UserError(translate("Command line", "Give either a PAYLOAD to scan or --undo ID, not both"))
        with ctx.database().transaction() as session:
            undo_checkin(session, args.undo, operator, args.reason or "undone from the command line")
        if args.json:
            ctx.print(json.dumps({"undone": args.undo}))
        else:
            ctx.print(translate("Command line", "check-in {undo} undone").format(undo=args.undo))
        return 0
    if not args.payload:
        raise UserError(translate("Command line", "Give the scanned PAYLOAD (or --undo ID)"))
    if args.lang is None:
        args.lang = current_language()
    where = dict(
        desk=args.desk, operator=operator, session_code=args.session, now=args.at, language=args.lang
    )
    if ctx.uses_server:  # a desk on a server: its replica answers when the server does not
        outcome = ctx.desk_link().scan(args.payload, **where)  # type: ignore[arg-type]
    else:
        outcome = scan(ctx.database(), args.payload, **where)  # type: ignore[arg-type]
    return _answer(ctx, args, outcome)


def _answer(ctx: CommandContext, args: argparse.Namespace, outcome) -> int:  # type: ignore[no-untyped-def]
    from accreditation.checkin.verdicts import LET_IN

    if args.json:
        ctx.print(json.dumps(outcome.as_json(args.lang), ensure_ascii=False))
    else:
        line = f"{outcome.verdict.value}: {outcome.message(args.lang)}"
        if outcome.offline:
            line += " " + translate(
                "Command line",
                "(from this desk's replica: the server does not answer; the scan waits to be synced)",
            )
        ctx.print(line)
    ctx.out.flush()
    return EXIT_LET_IN if outcome.verdict in LET_IN else EXIT_REFUSED
