"""``mrz "LINE1" "LINE2" ["LINE3"] [--json]``: read a passport's or ID card's machine-readable zone.

Prints the fields when every check digit verifies; otherwise one line naming the failing check and a
non-zero exit (2), so a script can tell a misread from a good read. Needs no database.
"""

from __future__ import annotations

import argparse
import json

from ..mrz import MrzError, parse_mrz
from .context import CommandContext

#: Exit status of a zone that does not verify (a usage error is 2 as well, from argparse).
EXIT_INVALID = 2

_LABELS = (
    ("format", "Format"),
    ("document_code", "Document code"),
    ("issuing_state", "Issuing state"),
    ("family_name", "Family name"),
    ("given_names", "Given names"),
    ("document_number", "Document number"),
    ("nationality", "Nationality"),
    ("birth_date", "Date of birth"),
    ("sex", "Sex"),
    ("expiry_date", "Expiry date"),
    ("personal_number", "Personal number"),
    ("optional_data", "Optional data"),
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "mrz",
        help="read and verify a passport's or ID card's machine-readable zone",
        description=(
            "Check every check digit of a machine-readable zone (ICAO 9303): two lines of 44 characters "
            "(passport, TD3), two of 36 (TD2) or three of 30 (ID card, TD1), and print its fields. Text "
            "typed through a Persian or Russian keyboard layout is understood. Quote each line: '<' is "
            "special to the shell."
        ),
    )
    parser.add_argument("lines", nargs="+", metavar="LINE", help="the zone's lines, in order")
    parser.add_argument("--json", action="store_true", help="print the fields (or the failure) as JSON")
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    try:
        data = parse_mrz(args.lines)
    except MrzError as exc:
        if args.json:
            ctx.print(
                json.dumps({"valid": False, "field": exc.field, "error": exc.message}, ensure_ascii=False)
            )
            return EXIT_INVALID
        exc.exit_code = EXIT_INVALID  # the CLI prints "error: <which check failed>"
        raise
    fields = data.as_dict()
    if args.json:
        ctx.print(json.dumps({"valid": True, **fields}, ensure_ascii=False))
        return 0
    width = max(len(label) for _key, label in _LABELS)
    for key, label in _LABELS:
        if fields[key]:
            ctx.print(f"{label:<{width}}  {fields[key]}")
    ctx.print("All check digits verify.")
    return 0
