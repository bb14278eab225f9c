"""What every command receives: where the database is, a way to open it migrated, and who is signing in.

The database layer is imported when a command first asks for the database, not when the command line
starts: ``--help``, ``mrz`` and the parser itself then never load SQLAlchemy's models.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from accreditation.errors import AccessDenied
from accreditation.i18n import translate
from accreditation.paths import default_database_path

if TYPE_CHECKING:
    from accreditation.offline.link import DeskLink
    from accreditation.offline.push import SyncReport
    from accreditation.store.database import Database

#: The PIN of ``--role``: from the environment (scripts), never from the command line, where ``ps`` shows it.
PIN_ENV = "ACCREDITATION_PIN"
OPERATOR_ENV = "ACCREDITATION_OPERATOR"
ROLE_ENV = "ACCREDITATION_ROLE"
#: A desk command refreshes the replica after its work when the replica is older than this (seconds).
REPLICA_MAX_AGE_S = 60


@dataclass
class CommandContext:
    db_target: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    #: Who runs the command (``--operator``, ``ACCREDITATION_OPERATOR``, else the command's own option or
    #: the logged-in user) and the role they sign in as (``--role``/``ACCREDITATION_ROLE``), if any.
    operator: str = ""
    role: str | None = None
    _db: Database | None = None
    _link: DeskLink | None = None
    #: What :meth:`desk_link` pushed when it found the server back (``sync`` reports it as its own).
    pushed_on_connect: SyncReport | None = None

    @property
    def uses_server(self) -> bool:
        """Whether ``--db`` names a database server (a desk that keeps a replica for when it is gone)."""
        from accreditation.offline import is_server_url

        return is_server_url(self.db_target)

    def desk_link(self) -> DeskLink:
        """The server and this desk's replica of it, signed in to whichever answers (``--db`` a server)."""
        if self._link is None:
            from accreditation.offline.link import DeskLink
            from accreditation.store.database import ServerUnreachable

            assert self.db_target is not None
            link = DeskLink(self.db_target)
            try:
                self._db = link.server()
                self._sign_in(self._db)
                # What waited offline goes first, so that the server decides in the order things happened.
                self.pushed_on_connect = link.reconnect()
            except ServerUnreachable:
                link.went_offline()
                self._sign_in(link.replica)
            self._link = link
        return self._link

    def database(self) -> Database:
        """The migrated database named by ``--db`` (or the default file), opened once, signed in to."""
        if self._db is None:
            from accreditation.store.database import open_database

            self._db = open_database(self.db_target or default_database_path())
            self._sign_in(self._db)
        return self._db

    def _sign_in(self, db: Database) -> None:
        """Sign in as ``role`` when one was asked for; without one, changes work only in open mode."""
        from accreditation.access.policy import enforced, identify, sign_in

        name = self.operator or getpass.getuser()
        if not self.role:
            identify(name)  # so that a refusal is audited under the person's name
            return
        with db.sessions() as session:
            needs_pin = enforced(session)
        pin = ""
        if needs_pin:
            pin = os.environ.get(PIN_ENV, "")
            if not pin and sys.stdin is not None and sys.stdin.isatty():
                pin = getpass.getpass(
                    translate("Access", "PIN for the {role} role: ").format(role=self.role), stream=sys.stderr
                )
            if not pin:
                raise AccessDenied(
                    translate(
                        "Access",
                        "No PIN for the {role} role: set {variable} or run the command in a terminal.",
                    ).format(role=self.role, variable=PIN_ENV)
                )
        sign_in(db, name, self.role, pin)

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def close(self) -> None:
        """Close the database, after taking the day's backup of it if none was taken yet today.

        The copy is taken once the command's work is done, so a scan or a search never waits for it
        (4 s for a 100,000-person file); a command that failed still leaves the day's copy.
        """
        if self._link is not None:
            self._catch_up(self._link)
        if self._db is not None:
            from accreditation.backup import take_daily_backup

            take_daily_backup(self._db)
            self._db.close()
            self._db = None
        if self._link is not None:
            self._link.close()
            self._link = None

    @staticmethod
    def _catch_up(link: DeskLink) -> None:
        """After a desk command, with its answer already printed: a desk that reaches its server pushes what
        waits and refreshes its replica when it is more than a minute old, so the next command can work
        offline with today's data."""
        import logging
        from datetime import UTC, datetime

        from accreditation.store.database import ServerUnreachable

        if not link.online:
            return
        try:
            status = link.status()
            age = status.replica_age_seconds(datetime.now(UTC))
            if status.waiting or age is None or age > REPLICA_MAX_AGE_S:
                link.sync()
        except ServerUnreachable:
            pass
        except Exception:  # noqa: BLE001 - the command's work is done; a failed refresh is retried next time
            logging.getLogger(__name__).exception("refreshing the replica after the command failed")


def error_line(message: str) -> str:
    """The one line a refused command writes on stderr."""
    return translate("Command line", "error: {message}").format(message=message)
