"""``sync``: push this desk's offline queue to the server now, or say where the desk stands.

    sync [--json]             push, then refresh the replica: {"pushed", "already", "conflicts", "waiting"}
    sync --status [--json]    online or offline, the replica's age, the queue's length

Only for a desk on a server (``--db postgresql+psycopg://...``): a desk on a SQLite file has no server to
lose. Exit status 0 when the push went through (or for --status), 1 when the server does not answer.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime

from accreditation.cli.context import CommandContext
from accreditation.errors import UserError
from accreditation.i18n import translate

EXIT_SERVER_GONE = 1


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "sync",
        help=translate("Command line", "push the offline queue to the server now, or show the desk's status"),
        description=translate(
            "Command line",
            "A desk on a server keeps a replica and works from it when the server does not answer; scans, "
            "prints and hand-overs made then wait in a queue. 'sync' pushes the queue (each item once, even "
            "when repeated) and refreshes the replica; '--status' says online or offline, the replica's age "
            "and how many items wait.",
        ),
    )
    parser.add_argument(
        "--status", action="store_true", help=translate("Command line", "only say where the desk stands")
    )
    parser.add_argument("--json", action="store_true", help=translate("Command line", "print JSON"))
    parser.set_defaults(handler=run)


def _age(seconds: float | None) -> str:
    if seconds is None:
        return translate("Command line", "never refreshed")
    if seconds < 120:
        return translate("Command line", "{n} s old").format(n=round(seconds))
    return translate("Command line", "{n} min old").format(n=round(seconds / 60))


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from accreditation.store.database import ServerUnreachable

    if not ctx.uses_server:
        raise UserError(
            translate(
                "Command line",
                "sync is for a desk on a database server (--db postgresql+psycopg://...): "
                "a desk on a SQLite file has nothing to sync.",
            )
        )
    link = ctx.desk_link()
    if args.status:
        if link.online:
            link.probe()
        status = link.status()
        if args.json:
            ctx.print(json.dumps(status.as_json(), ensure_ascii=False))
        else:
            when = status.offline_since.astimezone().strftime("%H:%M") if status.offline_since else ""
            state = (
                translate("Command line", "online")
                if status.offline_since is None
                else translate("Command line", "offline since {time}").format(time=when)
            )
            ctx.print(
                translate("Command line", "server:  {server} ({state})").format(
                    server=status.server, state=state
                )
            )
            ctx.print(
                translate("Command line", "replica: {path} ({age})").format(
                    path=status.replica, age=_age(status.replica_age_seconds(datetime.now(UTC)))
                )
            )
            ctx.print(translate("Command line", "waiting: {n}").format(n=status.waiting))
        return 0
    try:
        report, refreshed = link.sync()
        report = report.add(ctx.pushed_on_connect)
    except ServerUnreachable as exc:
        waiting = link.status().waiting
        if args.json:
            ctx.print(
                json.dumps(
                    {
                        "pushed": 0,
                        "already": 0,
                        "conflicts": 0,
                        "waiting": waiting,
                        "failed": 0,
                        "online": False,
                    }
                )
            )
            return EXIT_SERVER_GONE
        raise UserError(
            translate(
                "Command line", "The server does not answer ({reason}); {n} items wait on this desk."
            ).format(reason=exc, n=waiting),
            exit_code=EXIT_SERVER_GONE,
        ) from exc
    if args.json:
        ctx.print(json.dumps({**report.as_json(), "online": True}))
    else:
        ctx.print(
            translate(
                "Command line",
                "pushed {pushed}, already on the server {already}, conflicts {conflicts}, waiting {waiting}",
            ).format(**report.as_json())
        )
        if refreshed is not None:
            ctx.print(
                translate(
                    "Command line", "replica refreshed in {seconds:.2f} s ({people} people changed)"
                ).format(seconds=refreshed.seconds, people=refreshed.people)
            )
        for error in report.errors:
            ctx.print(translate("Command line", "not pushed: {error}").format(error=error))
    return 0 if report.failed == 0 else EXIT_SERVER_GONE
