"""``names persian [--region CODE] [--accept-all] [--json]``: Persian names for the guests who have none.

Lists everyone without a Persian name with the proposed spelling and its confidence; ``--accept-all``
stores every proposal (each marked as reviewed in the audit trail). The window's "Persian names" screen
does the same one by one.
"""

from __future__ import annotations

import argparse
import json

from accreditation.cli.context import CommandContext
from accreditation.i18n import count, translate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "names", help=translate("Command line", "names: propose and accept Persian names for the guests")
    )
    actions = parser.add_subparsers(dest="names_action", metavar="ACTION", required=True)
    persian = actions.add_parser(
        "persian",
        help=translate("Command line", "list the people without a Persian name, with a proposal for each"),
        description=translate(
            "Command line",
            "Lists everyone without a Persian name with the proposed spelling and its confidence. Nothing "
            "is stored unless --accept-all is given; accepted names are marked as reviewed in the audit "
            "trail.",
        ),
    )
    persian.add_argument(
        "--region", metavar="CODE", default=None, help=translate("Command line", "only this region's people")
    )
    persian.add_argument(
        "--accept-all",
        action="store_true",
        help=translate("Command line", "store every proposal as the person's Persian name"),
    )
    persian.add_argument(
        "--json", action="store_true", help=translate("Command line", "print the result as JSON")
    )
    persian.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    import getpass

    from accreditation.people.persian_names import accept_all, missing_persian_names

    operator = ctx.operator or getpass.getuser()
    if args.accept_all:
        with ctx.database().transaction() as session:
            proposals = missing_persian_names(session, args.region)
            accepted = accept_all(session, proposals, operator)
    else:
        with ctx.database().sessions() as session:
            proposals = missing_persian_names(session, args.region)
        accepted = []
    accepted_ids = {p.id for p in accepted}
    if args.json:
        ctx.print(
            json.dumps(
                {
                    "proposals": [p.as_dict() for p in proposals],
                    "accepted": [{"id": p.id, "name_fa": p.proposal} for p in accepted],
                },
                ensure_ascii=False,
            )
        )
        return 0
    levels = {
        "high": translate("Command line", "high"),
        "medium": translate("Command line", "medium"),
        "low": translate("Command line", "low"),
    }
    for p in proposals:
        mark = "✓ " if p.id in accepted_ids else ""
        native = f" ({p.native})" if p.native else ""
        ctx.print(
            f"{mark}#{p.id} {p.region or '-'} {p.latin}{native} → {p.proposal or '?'}"
            f" [{levels[p.level]} {p.confidence:.2f}]"
        )
    if args.accept_all:
        ctx.print(
            translate("Command line", "{count} Persian names accepted").format(count=count(len(accepted)))
        )
    elif proposals:
        ctx.print(
            translate(
                "Command line",
                "{count} people without a Persian name. Nothing was stored: review them in the window "
                "(Protocol → Persian names) or accept all with --accept-all.",
            ).format(count=count(len(proposals)))
        )
    else:
        ctx.print(translate("Command line", "Everyone has a Persian name."))
    return 0
