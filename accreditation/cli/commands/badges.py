"""``badges``: print badges to a PDF, issuing a badge first for anyone who has none.

The whole run is one transaction: if a name cannot be printed (no font for its script) or the PDF
cannot be written, no badge is issued or marked printed, and the desk sees one line saying why.
"""

from __future__ import annotations

import argparse
import getpass
import json
import socket
from pathlib import Path
from typing import TYPE_CHECKING

from accreditation.badges.templates import available_templates
from accreditation.cli.context import CommandContext
from accreditation.errors import UserError
from accreditation.i18n import count, translate

if TYPE_CHECKING:
    from accreditation.store.database import Database

DEFAULT_TEMPLATE = "a6"


def _ids(text: str) -> list[int]:
    try:
        ids = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Command line", "--ids takes numbers separated by commas, not '{text}'").format(
                text=text
            )
        ) from exc
    if not ids:
        raise argparse.ArgumentTypeError(translate("Command line", "--ids needs at least one id"))
    return ids


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "badges",
        help=translate("Command line", "print badges to a PDF (issuing badges for people who have none)"),
        description=(
            translate(
                "Command line",
                "Print the badges of the selected people to a PDF. People without a badge get one (a new "
                "number, version 1); cancelled people are skipped, and so are people protocol has not "
                "approved "
                "(naming one with --ids is refused; --override-approval prints them, audited). Before "
                "anything "
                "is issued, every name is checked against the installed fonts. Templates: {templates}.",
            ).format(templates=", ".join(available_templates()))
        ),
    )
    parser.add_argument(
        "--region",
        metavar="CODE",
        help=translate("Command line", "only this region's delegation (e.g. gilan)"),
    )
    parser.add_argument(
        "--category", metavar="C", help=translate("Command line", "only this category (e.g. head, press)")
    )
    parser.add_argument(
        "--ids",
        type=_ids,
        metavar="1,2,3",
        help=translate("Command line", "only these people (ids as 'search --json' gives them)"),
    )
    parser.add_argument(
        "--template",
        default=DEFAULT_TEMPLATE,
        metavar="NAME",
        help=translate("Command line", "badge template (default {default_template})").format(
            default_template=DEFAULT_TEMPLATE
        ),
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help=translate("Command line", "the PDF to write"),
    )
    parser.add_argument(
        "--logo",
        type=Path,
        metavar="IMAGE",
        help=translate("Command line", "the organizer's logo (PNG or JPEG)"),
    )
    parser.add_argument(
        "--operator",
        default=None,
        help=translate("Command line", "who is printing (default: the logged-in user)"),
    )
    parser.add_argument(
        "--override-approval",
        action="store_true",
        help=translate(
            "Command line",
            "administrators only: print people protocol has not approved yet; recorded in the audit trail "
            "for each of them under --operator, which must then be given",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Command line", "print the summary as JSON")
    )
    parser.set_defaults(handler=run)


def _database(ctx: CommandContext, args: argparse.Namespace) -> tuple[Database, bool]:
    """The database to print from, and whether it is the desk's replica (a server that does not answer)."""
    if not ctx.uses_server:
        return ctx.database(), False
    link = ctx.desk_link()
    if link.online:
        return ctx.database(), False
    if args.override_approval:
        raise UserError(
            translate("Command line", "--override-approval needs the server, and the server does not answer.")
        )
    return link.replica, True


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.badges.issuing import current_badges
    from accreditation.badges.pdf import render_badges
    from accreditation.badges.print_run import mark_badges_printed, prepare_badges, select_delegates
    from accreditation.badges.templates import load_template
    from accreditation.badges.token import load_event_secret
    from accreditation.event.loader import current_event
    from accreditation.offline.queue import queue_prints
    from accreditation.people.approval import NotApproved

    template = load_template(args.template)  # a bad name fails before the database is touched
    if args.override_approval and not (args.operator or "").strip():
        raise UserError(
            translate(
                "Command line",
                "--override-approval needs --operator NAME: the override is recorded under that name",
            )
        )
    operator = args.operator if args.operator is not None else getpass.getuser()
    override_by = operator if args.override_approval else None
    out = args.out.expanduser()
    if out.suffix.lower() != ".pdf":
        raise UserError(
            translate("Command line", "--out must name a .pdf file, not {name}").format(name=out.name)
        )
    if not out.parent.is_dir():
        raise UserError(
            translate("Command line", "Cannot write {out}: folder {parent} does not exist").format(
                out=out, parent=out.parent
            )
        )
    db, offline = _database(ctx, args)
    without_badge: list[int] = []
    with db.transaction() as session:
        event = current_event(session)
        secret = load_event_secret(event.code)
        selection = select_delegates(
            session,
            event,
            region=args.region,
            category=args.category,
            ids=args.ids,
            include_unapproved=args.override_approval,
        )
        people, skipped = selection
        if offline:  # badge numbers come from the server: only badges already issued print from the replica
            issued_badges = current_badges(session, people)
            without_badge = [p.id for p in people if p.id not in issued_badges]
            people = [p for p in people if p.id in issued_badges]
        if not people:
            why = (
                [translate("Command line", "{count} cancelled").format(count=count(len(skipped)))]
                if skipped
                else []
            )
            if selection.pending:
                why.append(
                    translate("Command line", "{count} awaiting protocol approval").format(
                        count=count(len(selection.pending))
                    )
                )
            empty = translate("Command line", "Nobody to print: the selection is empty")
            raise UserError(empty + (f" ({', '.join(why)})" if why else ""))
        # Fonts and approval checked before issuing; an override is recorded per person.
        try:
            prepared = prepare_badges(session, people, secret, operator, override_approval_by=override_by)
        except NotApproved as exc:
            hint = translate(
                "Command line", "an administrator can print anyway with --override-approval --operator NAME"
            )
            raise UserError(NotApproved(exc.people, override_hint=hint).message) from None
        result = render_badges(
            prepared.views, template, out, logo_path=args.logo, title=f"{event.name_en} — badges"
        )
        printed = mark_badges_printed(session, prepared.badge_ids, operator)
        if offline:
            queue_prints(session, printed, desk=socket.gethostname(), operator=operator)
        issued = prepared.issued
    summary = {
        "out": str(out),
        "template": template.name,
        "pages": result.pages,
        "badges": result.badges,
        "issued": issued,
        "skipped_cancelled": [p.id for p in skipped],
        "skipped_pending_approval": [p.id for p in selection.pending],
    }
    if offline:  # said only then: the summary online stays what scripts already read
        summary["offline"] = True
        summary["skipped_no_badge"] = without_badge
    if args.json:
        ctx.print(json.dumps(summary, ensure_ascii=False))
    else:
        note = (
            translate("Command line", "; skipped {count} cancelled").format(count=count(len(skipped)))
            if skipped
            else ""
        )
        if selection.pending:
            note += translate("Command line", "; skipped {count} awaiting protocol approval").format(
                count=count(len(selection.pending))
            )
        if offline:
            note += translate(
                "Command line",
                "; from this desk's replica (the server does not answer): {count} without a badge yet skipped",
            ).format(count=count(len(without_badge)))
        ctx.print(
            translate(
                "Command line",
                "{out}: {badges} badges on {pages} pages ({name}), {issued} newly issued{note}",
            ).format(
                out=out,
                badges=result.badges,
                pages=result.pages,
                name=template.name,
                issued=issued,
                note=note,
            )
        )
    return 0
