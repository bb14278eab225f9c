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
    from accreditation.store.database import Database

#: The PIN of ``--role``: from the environment (scripts), never from the command line, where ``ps`` shows it.
PIN_ENV = "ACCREDITATION_PIN"
OPERATOR_ENV = "ACCREDITATION_OPERATOR"
ROLE_ENV = "ACCREDITATION_ROLE"


@dataclass
class CommandContext:
    db_target: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    #: Who runs the command (``--operator``, ``ACCREDITATION_OPERATOR``, else the command's own option or
    #: the logged-in user) and the role they sign in as (``--role``/``ACCREDITATION_ROLE``), if any.
    operator: str = ""
    role: str | None = None
    _db: Database | None = None

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
        if self._db is not None:
            from accreditation.backup import take_daily_backup

            take_daily_backup(self._db)
            self._db.close()
            self._db = None


def error_line(message: str) -> str:
    """The one line a refused command writes on stderr."""
    return translate("Command line", "error: {message}").format(message=message)
