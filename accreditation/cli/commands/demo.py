"""``demo``: add believable synthetic delegations (initialising the event first if needed)."""

from __future__ import annotations

import argparse

from accreditation.cli.commands.init import initialise
from accreditation.cli.context import CommandContext
from accreditation.demo import DEFAULT_DELEGATES, MAX_DELEGATES
from accreditation.errors import UserError
from accreditation.i18n import translate


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Command line", "not a whole number: {text}").format(text=text)
        ) from exc
    if not 1 <= value <= MAX_DELEGATES:
        raise argparse.ArgumentTypeError(
            translate("Command line", "must be between 1 and {max_delegates:,}").format(
                max_delegates=MAX_DELEGATES
            )
        )
    return value


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo",
        help=translate("Command line", "add synthetic delegations for all 14 regions plus guests"),
        description=(
            translate(
                "Command line",
                "Add synthetic people: an official delegation for every region (names in Persian, Cyrillic, "
                "Azerbaijani and Turkmen Latin with passport forms) plus ambassadors, ministers, ECO, "
                "chambers of commerce, press, organizers and security. Initialises the event first.",
            )
        ),
    )
    parser.add_argument(
        "--delegates",
        type=_count,
        default=DEFAULT_DELEGATES,
        metavar="N",
        help=translate(
            "Command line", "how many people (default {default_delegates}, at most {max_delegates:,})"
        ).format(default_delegates=DEFAULT_DELEGATES, max_delegates=MAX_DELEGATES),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=1404,
        help=translate("Command line", "random seed, for repeatable data (default 1404)"),
    )
    photos = parser.add_mutually_exclusive_group()
    photos.add_argument(
        "--photos",
        dest="photos",
        action="store_true",
        default=None,
        help=translate("Command line", "give everyone a generated photo"),
    )
    photos.add_argument(
        "--no-photos", dest="photos", action="store_false", help=translate("Command line", "no photos")
    )
    parser.add_argument(
        "--append",
        action="store_true",
        help=translate("Command line", "add even if the database already has people"),
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.demo.generate import generate_demo

    initialise(ctx)
    db = ctx.database()
    try:
        with db.transaction() as session:
            added = generate_demo(
                session, delegates=args.delegates, seed=args.seed, photos=args.photos, append=args.append
            )
    except UserError:
        raise
    ctx.print(
        translate("Command line", "{display_name}: added {added} demo people").format(
            display_name=db.display_name, added=added
        )
    )
    return 0
