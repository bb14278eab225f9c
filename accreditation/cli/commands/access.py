"""``access``: which roles have a PIN, setting and clearing them (see :mod:`accreditation.access.policy`)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from accreditation.cli.context import CommandContext
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.store.enums import Role

#: Where ``access set-pin`` reads the new PIN in a script (a terminal is asked twice instead).
NEW_PIN_ENV = "ACCREDITATION_NEW_PIN"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "access",
        help=translate("Command line", "roles and PINs: show them, set a role's PIN, clear them"),
        description=translate(
            "Command line",
            "Roles are desk (check-in, badges), protocol (seating, rooms, name cards) and admin (everything). "
            "While no admin PIN is set every action is allowed (open mode). Set the admin PIN first; then "
            "changing PINs needs --role admin and the admin PIN (in $ACCREDITATION_PIN or asked for).",
        ),
    )
    actions = parser.add_subparsers(dest="access_command", metavar="ACTION", required=True)
    shown = actions.add_parser(
        "status", help=translate("Command line", "open mode or not, and which roles have a PIN")
    )
    shown.set_defaults(handler=run_status)
    setting = actions.add_parser(
        "set-pin",
        help=translate("Command line", "set or change a role's PIN"),
        description=translate(
            "Command line",
            "The new PIN is read from ${variable}, or asked for twice in a terminal; never from "
            "the command line, where other users can see it.",
        ).format(variable=NEW_PIN_ENV),
    )
    setting.add_argument("role", choices=[r.value for r in Role])
    setting.set_defaults(handler=run_set_pin)
    clearing = actions.add_parser(
        "clear-pin", help=translate("Command line", "remove one role's PIN (not admin's: use clear-pins)")
    )
    clearing.add_argument("role", choices=[r.value for r in Role if r is not Role.ADMIN])
    clearing.set_defaults(handler=run_clear_pin)
    clearing_all = actions.add_parser(
        "clear-pins", help=translate("Command line", "remove every PIN: back to open mode")
    )
    clearing_all.set_defaults(handler=run_clear_pins)


def run_status(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.access.policy import status

    with ctx.database().sessions() as session:
        for line in status(session).lines():
            ctx.print(line)
    return 0


def _new_pin() -> str:
    pin = os.environ.get(NEW_PIN_ENV, "")
    if pin:
        return pin
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(
            translate("Access", "Give the new PIN in {variable}, or run the command in a terminal.").format(
                variable=NEW_PIN_ENV
            )
        )
    pin = getpass.getpass(translate("Access", "New PIN: "), stream=sys.stderr)
    again = getpass.getpass(translate("Access", "The new PIN again: "), stream=sys.stderr)
    if pin != again:
        raise UserError(translate("Access", "The two PINs differ; nothing was changed."))
    return pin


def run_set_pin(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.access.policy import set_pin

    pin = _new_pin()
    set_pin(ctx.database(), args.role, pin)
    ctx.print(translate("Access", "PIN set for the {role} role.").format(role=args.role))
    return 0


def run_clear_pin(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.access.policy import clear_pin

    clear_pin(ctx.database(), args.role)
    ctx.print(translate("Access", "PIN removed for the {role} role.").format(role=args.role))
    return 0


def run_clear_pins(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.access.policy import clear_pins

    count = clear_pins(ctx.database())
    ctx.print(
        translate("Access", "{count} PIN(s) removed: open mode, every action is allowed.").format(count=count)
    )
    return 0
