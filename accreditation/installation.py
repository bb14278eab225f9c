"""What support asks a desk first: which version, which database schema, where the files and the log are.

One place computes it; the ``info`` command prints it and Help → About in the window shows it.
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError

from accreditation import __version__
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.offline import is_server_url
from accreditation.paths import data_dir, log_file, resource_root
from accreditation.store.database import (
    Database,
    current_revision,
    database_url,
    head_revision,
    open_database,
)


@dataclass(frozen=True)
class InstallationInfo:
    version: str
    #: The schema revision this program's migrations end at.
    schema_head: str
    #: The database shown (a file path, or a URL without its password); None when none was named.
    database: str | None
    #: The revision the database is at; None when it does not exist yet or has no schema.
    database_revision: str | None
    data_folder: str
    log_file: str
    #: Where assets, migrations and translations are read from (the bundle's folder when installed).
    program_files: str
    #: True in the installed program (PyInstaller bundle), False when run from the source tree.
    installed: bool
    #: "open mode" or "PINs on (...)"; None when the database has no schema yet.
    access: str | None = None
    #: A server database's replica on this desk (what the desk works from when the server is gone).
    replica: str | None = None

    @property
    def schema_state(self) -> str:
        """The database's revision in words, e.g. ``0003 (current)`` or ``0002 (will be upgraded to 0003)``."""
        if self.database_revision is None:
            return f"none yet (will be created at {self.schema_head})"
        if self.database_revision == self.schema_head:
            return f"{self.database_revision} (current)"
        return f"{self.database_revision} (will be upgraded to {self.schema_head})"

    def as_json(self) -> dict[str, object]:
        return asdict(self)

    def lines(self) -> list[str]:
        """A plain report, one fact a line, for a terminal or a support e-mail."""
        kind = "installed program" if self.installed else "source tree"
        return [
            f"Caspian Accreditation {self.version} ({kind})",
            f"database:        {self.database or '(none)'}",
            f"database schema: {self.schema_state}",
            f"data folder:     {self.data_folder}",
            f"log file:        {self.log_file}",
            f"program files:   {self.program_files}",
            f"roles and PINs:  {self.access or '(no database yet)'}",
        ] + ([f"offline replica: {self.replica}"] if self.replica else [])


def installation_info(db: Database | None = None) -> InstallationInfo:
    """The facts for an open database (or for none)."""
    return InstallationInfo(
        version=__version__,
        schema_head=head_revision(),
        database=db.display_name if db is not None else None,
        database_revision=current_revision(db.engine) if db is not None else None,
        data_folder=str(data_dir()),
        log_file=str(log_file()),
        program_files=str(resource_root()),
        installed=bool(getattr(sys, "frozen", False)),
        access=_access_state(db) if db is not None else None,
    )


def _access_state(db: Database) -> str | None:
    from accreditation.access.policy import status

    if "role_pin" not in inspect(db.engine).get_table_names():
        return None  # no schema yet, or one from before roles (read here without upgrading it)
    with db.sessions() as session:
        state = status(session)
    if not state.enforced:
        return "open mode (no admin PIN: every action is allowed)"
    return "PINs on (roles with a PIN: " + ", ".join(r.value for r in sorted(state.roles_with_pin)) + ")"


def installation_info_for(target: str | Path) -> InstallationInfo:
    """The facts for a database named by path or URL, read without creating or migrating anything."""
    url = database_url(target)
    if "://" not in str(target) and not Path(target).expanduser().exists():
        return replace(installation_info(None), database=str(Path(target).expanduser().resolve()))
    db: Database | None = None
    replica: str | None = None
    if is_server_url(target):
        from accreditation.offline.replica import replica_path

        replica = str(replica_path(url))
    try:
        db = open_database(url, migrate=False)
        return replace(installation_info(db), replica=replica)
    except (DatabaseError, ImportError) as exc:  # server down, no driver for the URL's database
        shown = make_url(url).render_as_string(hide_password=True)
        reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]
        raise UserError(
            translate("Database", "Cannot read the database {shown}: {reason}").format(
                shown=shown, reason=reason
            )
        ) from exc
    finally:
        if db is not None:
            db.close()
