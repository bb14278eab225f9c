"""``reissue ID --reason lost|damaged|data-changed``: replace a person's badge.

The badge keeps its number and gets the next version; the old version is revoked at once, so its QR
code is refused at every door from now on, even before the new card is printed.
"""

from __future__ import annotations

import argparse
import getpass
import json

from accreditation.cli.context import CommandContext
from accreditation.i18n import translate
from accreditation.store.enums import REISSUE_REASONS


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "reissue",
        help=translate("Command line", "replace a person's badge (lost, damaged, data changed)"),
        description=(
            translate(
                "Command line",
                "Give a person's badge a new version (same number) and revoke the old one. Print the new one "
                "with 'badges --ids ID --out FILE.pdf'.",
            )
        ),
    )
    parser.add_argument("id", type=int, metavar="ID", help=translate("Command line", "the person's id"))
    parser.add_argument("--reason", required=True, choices=REISSUE_REASONS)
    parser.add_argument(
        "--operator",
        default=None,
        help=translate("Command line", "who is reissuing (default: the logged-in user)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Command line", "print the result as JSON")
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.badges.issuing import reissue

    operator = args.operator if args.operator is not None else getpass.getuser()
    with ctx.database().transaction() as session:
        badge = reissue(session, args.id, args.reason, operator)
        name = badge.delegate.latin_name or badge.delegate.name_fa
        result = {
            "delegate_id": args.id,
            "number": badge.number,
            "version": badge.version,
            "revoked_version": badge.version - 1,
            "reason": args.reason,
        }
    if args.json:
        ctx.print(json.dumps(result))
    else:
        ctx.print(
            translate(
                "Command line",
                "Badge {number:05d} of {name} (#{id}) reissued: version {version} is current, version "
                "{old_version} revoked ({reason}). Print it with: badges --ids {id} --out FILE.pdf",
            ).format(
                number=badge.number,
                name=name,
                id=args.id,
                version=badge.version,
                old_version=badge.version - 1,
                reason=args.reason,
            )
        )
    return 0
