"""``init``: create or upgrade the database and load the event (the bundled summit by default)."""

from __future__ import annotations

import argparse
from pathlib import Path

from accreditation.cli.context import CommandContext
from accreditation.i18n import count, translate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "init",
        help=translate("Command line", "create the database and load the event (safe to run again)"),
        description=(
            translate(
                "Command line",
                "Create the database if needed, bring its schema up to date, and load the event from its "
                "data file: countries, regions, categories, zones and sessions. Running it again updates the "
                "same rows and never duplicates them.",
            )
        ),
    )
    parser.add_argument(
        "--event",
        type=Path,
        metavar="FILE",
        help=translate("Command line", "an event data file (default: the bundled summit)"),
    )
    parser.set_defaults(handler=run)


def initialise(ctx: CommandContext, event_file: Path | None = None) -> str:
    """Load the event and make sure its signing secret exists; returns the event code."""
    from accreditation.badges.token import ensure_event_secret
    from accreditation.event.loader import load_event

    db = ctx.database()
    with db.transaction() as session:
        event = load_event(session, event_file)
        code = event.code
    ensure_event_secret(code)
    return code


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from accreditation.store.models import Category, Country, Region

    code = initialise(ctx, args.event)
    db = ctx.database()
    with db.sessions() as session:
        countries = session.scalar(select(func.count(Country.id)))
        regions = session.scalar(select(func.count(Region.id)))
        categories = session.scalar(select(func.count(Category.id)))
    ctx.print(
        translate(
            "Command line",
            "{display_name}: event '{code}' ready — {countries} countries, {regions} regions, {categories} "
            "categories",
        ).format(
            display_name=db.display_name,
            code=code,
            countries=count(countries),
            regions=count(regions),
            categories=count(categories),
        )
    )
    return 0
