"""``search``: find people by name in any script, badge, passport or phone number, title or organization."""

from __future__ import annotations

import argparse
import json
import unicodedata
from typing import Any

from accreditation.cli.context import CommandContext
from accreditation.errors import UserError
from accreditation.i18n import current_language, translate
from accreditation.store.enums import DelegateStatus

MAX_LIMIT = 1000
_STATUSES = [s.value for s in DelegateStatus]


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Command line", "not a whole number: {text}").format(text=text)
        ) from exc
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            translate("Command line", "must be between 1 and {max_limit}").format(max_limit=MAX_LIMIT)
        )
    return value


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "search",
        help=translate("Command line", "find people by name (any script), badge, passport or phone number"),
        description=(
            translate(
                "Command line",
                "Find people the way the desk does: a name or its beginning in Persian, Latin or Cyrillic "
                "(spelling variants and other scripts match too), a badge, passport or phone number, a title "
                "or an organization. Results are ranked: numbers, exact names, prefixes, sound-alikes, "
                "typos. Quotes, stars and other search-engine syntax are plain text.",
            )
        ),
    )
    parser.add_argument(
        "query",
        metavar="QUERY",
        help=translate("Command line", "what to look for (quote it if it has spaces)"),
    )
    parser.add_argument(
        "--limit",
        type=_limit,
        default=20,
        metavar="N",
        help=translate("Command line", "at most N results (default 20)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Command line", "print a JSON list, best first")
    )
    parser.add_argument(
        "--region", metavar="CODE", help=translate("Command line", "only people of this region (e.g. gilan)")
    )
    parser.add_argument(
        "--category", metavar="CODE", help=translate("Command line", "only this category (e.g. head, press)")
    )
    parser.add_argument(
        "--status", choices=_STATUSES, help=translate("Command line", "only people with this status")
    )
    parser.add_argument(
        "--checked-in",
        choices=["yes", "no"],
        help=translate("Command line", "only people already admitted at least once (yes) or not yet (no)"),
    )
    parser.add_argument(
        "--reindex",
        action="store_true",
        help=translate(
            "Command line", "rebuild everyone's search keys first (after an upgrade of the matching rules)"
        ),
    )
    parser.set_defaults(handler=run)


def _width(text: str) -> int:
    """Display columns: combining marks and ZWNJ take none."""
    return sum(0 if unicodedata.combining(c) or c in "\u200c\u200d" else 1 for c in text)


def _cut(text: str, width: int) -> str:
    if _width(text) <= width:
        return text + " " * (width - _width(text))
    out = ""
    for ch in text:
        if _width(out + ch) > width - 1:
            break
        out += ch
    return out + "…" + " " * (width - 1 - _width(out))


def _table(rows: list[dict[str, Any]]) -> list[str]:
    """A plain table for a terminal; Persian is shown in logical order (the terminal lays it out)."""
    columns = [
        ("id", 7),
        ("badge", 6),
        ("name", 28),
        ("name_fa", 24),
        ("name_native", 28),
        ("region", 18),
        ("category", 13),
        ("match", 9),
    ]
    lines = ["  ".join(_cut(title, width) for title, width in columns).rstrip()]
    for row in rows:
        values = {
            "id": str(row["id"]),
            "badge": "" if row["badge_no"] is None else str(row["badge_no"]),
            "name": " ".join(p for p in (row["given_name"], row["family_name"]) if p),
            "name_fa": row["name_fa"],
            "name_native": row["name_native"],
            "region": row["region"] or "",
            "category": row["category"] or "",
            "match": row["tier"],
        }
        lines.append("  ".join(_cut(values[title], width) for title, width in columns).rstrip())
    return lines


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.search.engine import search_dicts
    from accreditation.store.search_index import index_missing, rebuild_all

    query = args.query
    if not query.strip():
        raise UserError(
            translate(
                "Command line", "Give something to search for: a name, a badge, passport or phone number"
            )
        )
    db = ctx.database()
    with db.transaction() as session:
        if args.reindex:
            rebuild_all(session)
        else:
            # People written by raw SQL or before the index existed get their keys first (cheap when none).
            index_missing(session)
        rows = search_dicts(
            session,
            query,
            limit=args.limit,
            region=args.region,
            category=args.category,
            status=args.status,
            checked_in=None if args.checked_in is None else args.checked_in == "yes",
            # Equal matches in the reader's alphabetical order; --json reads English (the same bytes).
            language=current_language(),
        )
    if args.json:
        ctx.print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        ctx.print(translate("Command line", "Nobody matches {query!r}.").format(query=query))
        return 0
    for line in _table(rows):
        ctx.print(line)
    return 0
