"""``export FILE``: people to CSV or XLSX (by the file's extension), passport numbers only on request."""

from __future__ import annotations

import argparse
from pathlib import Path

from accreditation.cli.context import CommandContext
from accreditation.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help=translate("Command line", "export people to .csv or .xlsx, or the delegation lists to .pdf"),
        description=(
            translate(
                "Command line",
                "Export people to a CSV or XLSX file (chosen by the extension), with the importer's column "
                "names. Passport numbers are left out unless --with-passports; cells that a spreadsheet "
                "would run as formulas are neutralised. A .pdf file gets the protocol officers' delegation "
                "list: per region, Persian and Latin names, titles and categories.",
            )
        ),
    )
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=translate("Command line", "the .csv, .xlsx or .pdf file to write"),
    )
    parser.add_argument(
        "--region", metavar="CODE", help=translate("Command line", "only this region's people")
    )
    parser.add_argument(
        "--with-passports", action="store_true", help=translate("Command line", "include passport numbers")
    )
    parser.add_argument(
        "--active-only", action="store_true", help=translate("Command line", "leave cancelled people out")
    )
    parser.add_argument(
        "--sort-language",
        choices=("en", "fa", "ru"),
        default="en",
        help=translate(
            "Command line",
            "alphabetical order of the list: en by passport name, fa by Persian name, ru by native name",
        ),
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.intake.export import export_delegates

    with ctx.database().sessions() as session:
        count = export_delegates(
            session,
            args.file,
            region_code=args.region,
            with_passports=args.with_passports,
            include_cancelled=not args.active_only,
            language=args.sort_language,
        )
    if args.with_passports:
        done = translate("Command line", "Exported {count} people to {file} (with passport numbers).")
    else:
        done = translate("Command line", "Exported {count} people to {file}.")
    ctx.print(done.format(count=count, file=args.file))
    return 0
