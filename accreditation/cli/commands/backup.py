"""``backup`` and ``restore``: consistent copies of the database, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from accreditation.cli.context import CommandContext
from accreditation.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "backup",
        help=translate("Command line", "write a consistent copy of the database"),
        description=(
            translate(
                "Command line",
                "Write a consistent copy of the database, even while other desks are working: a SQLite file "
                "at the current schema. Without --out it goes to the database's backups folder.",
            )
        ),
    )
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help=translate("Command line", "where to write the copy")
    )
    parser.set_defaults(handler=run_backup)

    parser = sub.add_parser(
        "restore",
        help=translate("Command line", "replace the database's contents with a backup"),
        description=(
            translate(
                "Command line",
                "Replace the database's contents with a backup made by 'backup' (or an automatic daily "
                "copy). A safety copy of the current contents is taken first, and its name is printed.",
            )
        ),
    )
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Command line", "the backup to restore")
    )
    parser.set_defaults(handler=run_restore)


def run_backup(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.backup import backup, describe

    path = backup(ctx.database(), args.out)
    info = describe(path)
    ctx.print(
        translate("Command line", "backup written to {path} ({people} people)").format(
            path=path, people=info.tables.get("delegate", 0)
        )
    )
    return 0


def run_restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.backup import describe, restore

    info = describe(args.file)
    safety = restore(ctx.database(), args.file)
    ctx.print(
        translate(
            "Command line", "restored {file} ({people} people); the previous contents were saved to {safety}"
        ).format(file=args.file, people=info.tables.get("delegate", 0), safety=safety)
    )
    return 0
