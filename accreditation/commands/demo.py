"""``demo``: add believable synthetic delegations (initialising the event first if needed)."""

from __future__ import annotations

import argparse

from ..demo import DEFAULT_DELEGATES, MAX_DELEGATES, generate_demo
from ..errors import UserError
from .context import CommandContext
from .init import initialise


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text}") from exc
    if not 1 <= value <= MAX_DELEGATES:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_DELEGATES:,}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo",
        help="add synthetic delegations for all 14 regions plus guests",
        description=(
            "Add synthetic people: an official delegation for every region (names in Persian, "
            "Cyrillic, Azerbaijani and Turkmen Latin with passport forms) plus ambassadors, ministers, "
            "ECO, chambers of commerce, press, organizers and security. Initialises the event first."
        ),
    )
    parser.add_argument(
        "--delegates",
        type=_count,
        default=DEFAULT_DELEGATES,
        metavar="N",
        help=f"how many people (default {DEFAULT_DELEGATES}, at most {MAX_DELEGATES:,})",
    )
    parser.add_argument(
        "--seed", type=int, default=1404, help="random seed, for repeatable data (default 1404)"
    )
    photos = parser.add_mutually_exclusive_group()
    photos.add_argument(
        "--photos", dest="photos", action="store_true", default=None, help="give everyone a generated photo"
    )
    photos.add_argument("--no-photos", dest="photos", action="store_false", help="no photos")
    parser.add_argument("--append", action="store_true", help="add even if the database already has people")
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    initialise(ctx)
    db = ctx.database()
    try:
        with db.transaction() as session:
            added = generate_demo(
                session, delegates=args.delegates, seed=args.seed, photos=args.photos, append=args.append
            )
    except UserError:
        raise
    ctx.print(f"{db.display_name}: added {added} demo people")
    return 0
