"""``import FILE``: a region's delegation list (CSV or XLSX) into the database, all rows or none."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from accreditation.cli.context import CommandContext, error_line
from accreditation.i18n import count, translate

if TYPE_CHECKING:
    from accreditation.intake import ImportResult


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help=translate("Command line", "import a delegation list (CSV or XLSX)"),
        description=(
            translate(
                "Command line",
                "Import a delegation list. Every row is checked first; a file with problems is refused with "
                "the list of problems by row, and nothing is written, unless --skip-invalid. People already "
                "registered (same passport number, or same name in the same region) are updated, never added "
                "twice. All accepted rows are written in one transaction.",
            )
        ),
    )
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Command line", "the .csv or .xlsx file")
    )
    parser.add_argument(
        "--region",
        metavar="CODE",
        help=translate("Command line", "region code for rows that name no region (e.g. astrakhan)"),
    )
    parser.add_argument(
        "--category",
        metavar="CODE",
        default="delegate",
        help=translate("Command line", "category for rows that name none (default: delegate)"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=translate("Command line", "check and report, write nothing")
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("Command line", "import the good rows and skip those with problems"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Command line", "print the result as JSON")
    )
    parser.add_argument(
        "--operator",
        metavar="NAME",
        default=None,
        help=translate("Command line", "who is importing, for the audit trail (default: your user name)"),
    )
    parser.set_defaults(handler=run)


def default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return "unknown"


def _print_report(ctx: CommandContext, result: ImportResult, *, dry_run: bool) -> None:
    for line in result.file_notices:
        ctx.print(line)
    for problem in result.problems:
        ctx.print(
            translate("Command line", "row {row}: {column}: {message}").format(
                row=problem.row, column=problem.column, message=problem.message
            )
        )
    for notice in result.notices:
        ctx.print(
            translate("Command line", "row {row}: note: {message}").format(
                row=notice.row, message=notice.message
            )
        )
    if dry_run or not result.written:
        summary = translate(
            "Command line",
            "{accepted} new people would be added, {updated} already registered ({unchanged} unchanged), "
            "{rejected} rows rejected",
        )
    else:
        summary = translate(
            "Command line",
            "{accepted} new people were added, {updated} already registered ({unchanged} unchanged), "
            "{rejected} rows rejected",
        )
    line = summary.format(
        accepted=count(result.accepted),
        updated=count(result.updated),
        unchanged=count(result.unchanged),
        rejected=count(result.rejected),
    )
    if result.skipped:
        line += translate("Command line", ", {skipped} skipped").format(skipped=count(result.skipped))
    ctx.print(line + translate("Command line", "."))


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.intake import ImportOptions, ImportRejected, ImportResult, import_file

    options = ImportOptions(region_code=args.region, default_category=args.category)
    operator = args.operator or default_operator()
    try:
        result = import_file(
            ctx.database(),
            args.file,
            operator=operator,
            options=options,
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
        )
    except ImportRejected as exc:
        rejected = exc.result
        refused = ImportResult(
            source=rejected.source,
            rows=rejected.rows,
            rejected=rejected.rejected,
            problems=rejected.problems,
            notices=rejected.notices,
            file_notices=rejected.file_notices,
        )
        if args.json:
            ctx.print(json.dumps(refused.to_json(), ensure_ascii=False, indent=1))
        else:
            _print_report(ctx, refused, dry_run=False)
            print(error_line(exc.message), file=sys.stderr)
        return 1
    if args.json:
        ctx.print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    else:
        _print_report(ctx, result, dry_run=args.dry_run)
    if result.problems and not args.skip_invalid:
        return 1  # a dry run of a file that would be refused
    return 0
