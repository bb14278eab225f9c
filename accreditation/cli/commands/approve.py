"""``approve ID... [--reject | --send-back] [--reason TEXT]``: protocol's decision on pending people.

Approving lets their badges print; ``--reject`` cancels the accreditation and ``--send-back`` asks for
more information, both with a reason that is kept in the audit trail. ``--all-registered`` decides for
everyone still pending (the bulk case).
"""

from __future__ import annotations

import argparse
import getpass
import json

from accreditation.cli.context import CommandContext
from accreditation.errors import UserError
from accreditation.i18n import count, translate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "approve",
        help=translate("Command line", "protocol: approve people (or reject / send back with a reason)"),
        description=(
            translate(
                "Command line",
                "Move people from registered (pending) to approved, so their badges can be printed. With "
                "--reject the accreditation is refused (the person is cancelled, any badge revoked); with "
                "--send-back they stay pending and the question is recorded. Both need --reason.",
            )
        ),
    )
    parser.add_argument(
        "ids", nargs="*", type=int, metavar="ID", help=translate("Command line", "the people's ids")
    )
    parser.add_argument(
        "--all-registered",
        action="store_true",
        help=translate("Command line", "everyone still pending approval"),
    )
    decision = parser.add_mutually_exclusive_group()
    decision.add_argument(
        "--reject",
        action="store_true",
        help=translate("Command line", "refuse the accreditation (needs --reason)"),
    )
    decision.add_argument(
        "--send-back",
        action="store_true",
        help=translate("Command line", "ask for more information (needs --reason)"),
    )
    parser.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help=translate("Command line", "why (kept in the audit trail)"),
    )
    parser.add_argument(
        "--operator",
        default=None,
        help=translate("Command line", "who decides (default: the logged-in user)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Command line", "print the result as JSON")
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from accreditation.event.loader import current_event
    from accreditation.people.approval import approve, reject, send_back
    from accreditation.store.models import Delegate, DelegateStatus

    if not args.ids and not args.all_registered:
        raise UserError(
            translate("Command line", "Name the people to decide on (ids), or use --all-registered"),
            exit_code=2,
        )
    if (args.reject or args.send_back) and not args.reason.strip():
        which = "--reject" if args.reject else "--send-back"
        raise UserError(
            translate(
                "Command line", "{which} needs --reason TEXT: the reason is kept with the decision"
            ).format(which=which),
            exit_code=2,
        )
    operator = args.operator if args.operator is not None else getpass.getuser()
    action = "rejected" if args.reject else "sent back" if args.send_back else "approved"
    with ctx.database().transaction() as session:
        ids = list(args.ids)
        if args.all_registered:
            event = current_event(session)
            ids += [
                pid
                for pid in session.scalars(
                    select(Delegate.id)
                    .where(Delegate.event_id == event.id, Delegate.status == DelegateStatus.REGISTERED)
                    .order_by(Delegate.id)
                )
                if pid not in ids
            ]
            if not ids:
                raise UserError(translate("Command line", "Nobody is pending approval"))
        if args.reject:
            result = reject(session, ids, operator, args.reason)
        elif args.send_back:
            result = send_back(session, ids, operator, args.reason)
        else:
            result = approve(session, ids, operator, reason=args.reason)
    if args.json:
        ctx.print(
            json.dumps(
                {
                    "action": action,
                    "changed": result.changed,
                    "unchanged": {str(k): v for k, v in result.unchanged.items()},
                }
            )
        )
        return 0
    done = {
        "approved": translate("Command line", "{count} approved"),
        "rejected": translate("Command line", "{count} rejected"),
        "sent back": translate("Command line", "{count} sent back"),
    }[action].format(count=count(len(result.changed)))
    ctx.print(done + (f": {' '.join(map(str, result.changed))}" if result.changed else ""))
    for pid, why in result.unchanged.items():
        # The reasons are codes (the JSON's values); the sentence gets them in words.
        reasons = {
            "cancelled": translate("Command line", "cancelled"),
            "already approved": translate("Command line", "already approved"),
        }
        ctx.print(
            translate("Command line", "#{pid} unchanged: {why}").format(pid=pid, why=reasons.get(why, why))
        )
    return 0
