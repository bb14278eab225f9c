"""``mrz "LINE1" "LINE2" ["LINE3"] [--json]``: read a passport's or ID card's machine-readable zone.

Prints the fields when every check digit verifies; otherwise one line naming the failing check and a
non-zero exit (2), so a script can tell a misread from a good read. Needs no database.
"""

from __future__ import annotations

import argparse
import json

from accreditation.cli.context import CommandContext
from accreditation.i18n import QT_TRANSLATE_NOOP, translate

#: Exit status of a zone that does not verify (a usage error is 2 as well, from argparse).
EXIT_INVALID = 2

#: Translated when printed; QT_TRANSLATE_NOOP marks them for lupdate.
_LABELS = (
    ("format", QT_TRANSLATE_NOOP("Command line", "Format")),
    ("document_code", QT_TRANSLATE_NOOP("Command line", "Document code")),
    ("issuing_state", QT_TRANSLATE_NOOP("Command line", "Issuing state")),
    ("family_name", QT_TRANSLATE_NOOP("Command line", "Family name")),
    ("given_names", QT_TRANSLATE_NOOP("Command line", "Given names")),
    ("document_number", QT_TRANSLATE_NOOP("Command line", "Document number")),
    ("nationality", QT_TRANSLATE_NOOP("Command line", "Nationality")),
    ("birth_date", QT_TRANSLATE_NOOP("Command line", "Date of birth")),
    ("sex", QT_TRANSLATE_NOOP("Command line", "Sex")),
    ("expiry_date", QT_TRANSLATE_NOOP("Command line", "Expiry date")),
    ("personal_number", QT_TRANSLATE_NOOP("Command line", "Personal number")),
    ("optional_data", QT_TRANSLATE_NOOP("Command line", "Optional data")),
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "mrz",
        help=translate("Command line", "read and verify a passport's or ID card's machine-readable zone"),
        description=(
            translate(
                "Command line",
                "Check every check digit of a machine-readable zone (ICAO 9303): two lines of 44 characters "
                "(passport, TD3), two of 36 (TD2) or three of 30 (ID card, TD1), and print its fields. Text "
                "typed through a Persian or Russian keyboard layout is understood. Quote each line: '<' is "
                "special to the shell.",
            )
        ),
    )
    parser.add_argument(
        "lines", nargs="+", metavar="LINE", help=translate("Command line", "the zone's lines, in order")
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("Command line", "print the fields (or the failure) as JSON"),
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.passports.mrz import MrzError, parse_mrz

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
    labels = [(key, translate("Command line", label)) for key, label in _LABELS]
    width = max(len(label) for _key, label in labels)
    for key, label in labels:
        if fields[key]:
            ctx.print(f"{label:<{width}}  {fields[key]}")
    ctx.print(translate("Command line", "All check digits verify."))
    return 0
