"""``info``: the version, the database's schema revision and where the data folder and log file are."""

from __future__ import annotations

import argparse
import json

from accreditation.cli.context import CommandContext
from accreditation.i18n import translate
from accreditation.paths import default_database_path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "info",
        help=translate(
            "Command line",
            "show the version, the database's schema revision, the data folder and the log file",
        ),
        description=(
            translate(
                "Command line",
                "What support asks first: the program's version, the schema revision of the database (read "
                "without creating or upgrading it), the data folder, the log file and where the program's "
                "own files are.",
            )
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Command line", "print the facts as JSON")
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.installation import installation_info_for

    info = installation_info_for(ctx.db_target or default_database_path())
    if args.json:
        ctx.print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in info.lines():
            ctx.print(line)
    return 0
