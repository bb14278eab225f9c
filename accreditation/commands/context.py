"""What every command receives: where the database is, and a way to open it migrated."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from ..database import Database, open_database
from ..i18n import translate
from ..paths import default_database_path


@dataclass
class CommandContext:
    db_target: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _db: Database | None = None

    def database(self) -> Database:
        """The migrated database named by ``--db`` (or the default file), opened once."""
        if self._db is None:
            self._db = open_database(self.db_target or default_database_path())
        return self._db

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def error_line(message: str) -> str:
    """The one line a refused command writes on stderr."""
    return translate("Command line", "error: {message}").format(message=message)
