"""Opening a database: SQLite file or any SQLAlchemy URL, brought to the current schema on open.

SQLite gets ``foreign_keys=ON`` on every connection, WAL journaling and a busy timeout, so several
processes on one desk PC can read while one writes. A database behind the code is backed up with
SQLite's online backup API (a consistent copy, even while others write) before Alembic upgrades it.
"""

from __future__ import annotations

import ast
import functools
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DBAPIError,
    InterfaceError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.orm import Session, sessionmaker

from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.paths import resource_root
from accreditation.store import search_index  # noqa: F401 - registers the listener that keeps name keys in step

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = resource_root() / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 15_000
#: Pages copied per step of a backup that reports its progress (4 MiB at the default page size).
BACKUP_STEP_PAGES = 1024


def database_url(target: str | Path) -> str:
    """A file path becomes a SQLite URL; anything with ``://`` is taken as a SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise UserError(
                translate("Database", "Not a database address: {text}").format(text=text)
            ) from exc
        return text
    path = Path(text).expanduser()
    if not path.parent.is_dir():
        raise UserError(
            translate("Database", "Cannot create the database: folder {parent} does not exist").format(
                parent=path.parent
            )
        )
    return f"sqlite:///{path.resolve()}"


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy issue BEGIN itself so "BEGIN IMMEDIATE" can be used for writers.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")  # persistent in the file; a no-op in memory
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Search key lookups jump around a large table: read it through a memory map and keep a bigger page
    # cache than SQLite's 2 MB default (read-side performance settings; durability is unchanged).
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


#: Execution option naming the kind of BEGIN a SQLite transaction starts with. A writer that must never
#: meet "database is locked" half-way (the check-in scan) takes the write lock up front, waiting up to
#: the busy timeout for it: ``engine.execution_options(sqlite_begin="IMMEDIATE")`` or the same option
#: on a ``Connection`` before its transaction begins. Anything else gives a plain (deferred) BEGIN.
SQLITE_BEGIN_OPTION = "sqlite_begin"


def _on_sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    mode = conn.get_execution_options().get(SQLITE_BEGIN_OPTION, "")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if str(mode).upper() == "IMMEDIATE" else "BEGIN")


def create_db_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    if make_url(url).get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True, connect_args=server_connect_args())
    return create_engine(url, pool_pre_ping=True)


#: How long a desk waits for the server before it works from its replica (seconds); ``ACCREDITATION_
#: SERVER_TIMEOUT`` changes it. libpq counts whole seconds and takes 2 as its least connect timeout.
SERVER_TIMEOUT_ENV = "ACCREDITATION_SERVER_TIMEOUT"
DEFAULT_SERVER_TIMEOUT = 2.0


def server_timeout() -> float:
    try:
        value = float(os.environ.get(SERVER_TIMEOUT_ENV, "") or DEFAULT_SERVER_TIMEOUT)
    except ValueError:
        value = DEFAULT_SERVER_TIMEOUT
    return max(value, 0.5)


def server_connect_args() -> dict[str, int]:
    """libpq settings that bound every wait on the server to :func:`server_timeout`.

    The connect timeout covers a server that is gone or a network that is unplugged; TCP keepalives and
    ``tcp_user_timeout`` end a connection whose server stopped answering in the middle of a query, which
    would otherwise hang until the operating system gives up (minutes).
    """
    timeout = server_timeout()
    return {
        "connect_timeout": max(2, round(timeout)),
        "keepalives": 1,
        "keepalives_idle": max(1, round(timeout / 2)),
        "keepalives_interval": 1,
        "keepalives_count": 2,
        "tcp_user_timeout": int(timeout * 1000),
    }


def alembic_config(url: str) -> Config:
    from alembic.config import Config  # Alembic is loaded only to change the schema (see head_revision)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _assigned_text(tree: ast.Module, name: str) -> str | None:
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id == name and isinstance(node.value, ast.Constant):
            return node.value.value
    return None


@functools.cache
def head_revision() -> str:
    """The newest migration, read from the migration files themselves.

    Every desk start and every command asks whether its database is at head; answering that through
    Alembic would load Alembic (most of a second on a busy desk PC) just to learn that nothing is to do.
    Each file of ``migrations/versions`` names its ``revision`` and the ``down_revision`` it follows: the
    head is the revision no other follows. ``tests/test_migrations.py`` checks it is Alembic's head too.
    """
    revisions: set[str] = set()
    followed: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        revision = _assigned_text(tree, "revision")
        if revision is None:
            continue
        revisions.add(revision)
        down = _assigned_text(tree, "down_revision")
        if down is not None:
            followed.add(down)
    heads = sorted(revisions - followed)
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads; expected one")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, with one query (None for a new or non-Alembic database)."""
    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        except (OperationalError, ProgrammingError):  # no alembic_version table: nothing migrated yet
            return None
    if len(rows) > 1:
        raise RuntimeError(f"the database has {len(rows)} schema revisions; expected one")
    return rows[0][0] if rows else None


def backup_sqlite(source: Path, target: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy of a live SQLite file through the online backup API.

    The copy is written beside ``target`` under a temporary name and renamed when complete, so a crash
    or a full disk in the middle never leaves a half-written file under the backup's name (nor replaces
    an older copy with one). ``progress(copied_pages, total_pages)`` is called as the copy goes.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(str(source), timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(str(partial))
        try:
            if progress is None:
                src.backup(dst)
            else:
                src.backup(
                    dst,
                    pages=BACKUP_STEP_PAGES,
                    progress=lambda _status, remaining, total: progress(total - remaining, total),
                )
        finally:
            dst.close()
        partial.replace(target)
    finally:
        src.close()
        partial.unlink(missing_ok=True)
    return target


def backup_path_for(db_file: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return db_file.with_name(f"{db_file.stem}.{reason}-{stamp}{db_file.suffix or '.sqlite'}")


def upgrade_to_head(engine: Engine, url: str) -> str | None:
    """Bring the schema to head; returns the backup file made first, if one was."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    backup: Path | None = None
    db_file = _sqlite_path(url)
    if current is not None and db_file is not None and db_file.exists():
        backup = backup_sqlite(db_file, backup_path_for(db_file, f"before-{head}"))
        log.info("backed up %s to %s before migrating %s -> %s", db_file, backup, current, head)
    from alembic import command  # only here, when the schema really changes

    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database %s migrated from %s to %s", url, current, head)
    return str(backup) if backup else None


class ServerUnreachable(UserError):
    """The database server did not answer in time: the desk works from its replica, if it has one."""


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def is_connection_error(exc: BaseException) -> bool:
    """Whether ``exc`` says the server or the network is gone (not that a statement was wrong).

    SQLAlchemy marks an error that broke the connection (``connection_invalidated``); a connection that
    could not be made at all is an ``OperationalError`` from the driver's connect. Both mean: try the
    replica, and try the server again later.
    """
    if isinstance(exc, ServerUnreachable):
        return True
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        return isinstance(exc, OperationalError | InterfaceError) and _looks_like_connection(exc.orig)
    return isinstance(exc, ConnectionError | TimeoutError)


def _looks_like_connection(orig: object) -> bool:
    text = str(orig).lower()
    return any(
        words in text
        for words in (
            "connection",
            "could not connect",
            "server closed",
            "terminating",
            "timeout",
            "timed out",
            "no route",
            "network",
            "the database system is",
            "ssl syscall",
        )
    )


@dataclass
class Database:
    """An open, migrated database and the one session factory for it."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup_made: str | None = None
    #: Whether the database had content before this open (a new file has nothing to back up yet).
    existed: bool = True
    #: Whether this open brought the schema to head (``migrate=True``), as a desk's open does.
    migrated: bool = True
    #: Set by :meth:`close`: the desk moved to another database, or is shutting down.
    closed: bool = field(default=False, init=False)
    #: Why this database may not be changed through :meth:`transaction` ("" when it may): a desk's
    #: replica opened for the window while the server is gone, where only the offline queue writes.
    refuse_writes: str = field(default="", init=False)

    @property
    def display_name(self) -> str:
        path = _sqlite_path(self.url)
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error.

        On SQLite it takes the write lock up front (``BEGIN IMMEDIATE``, waiting up to the busy timeout):
        a deferred transaction that read first and then writes after another desk committed fails at once
        with "database is locked", which the busy timeout cannot help. PostgreSQL needs nothing here.
        """
        if self.refuse_writes:
            raise UserError(self.refuse_writes)
        with self._writer_sessions.begin() as session:
            yield session

    @cached_property
    def _writer_sessions(self) -> sessionmaker[Session]:
        if not self.is_sqlite:
            return self.sessions
        return sessionmaker(
            self.engine.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"}),
            expire_on_commit=self.sessions.kw.get("expire_on_commit", True),
        )

    def close(self) -> None:
        """Release the connections; work still queued for this database (a window's late reload)
        checks :attr:`closed` and does not reconnect."""
        self.closed = True
        self.engine.dispose()


def open_database(target: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and migrate; failures become one-line ``UserError``s."""
    url = database_url(target)
    file = _sqlite_path(url)
    existed = file.exists() and file.stat().st_size > 0 if file is not None else True
    try:
        engine = create_db_engine(url)
        backup = upgrade_to_head(engine, url) if migrate else None
    except DatabaseError as exc:
        if file is None and is_connection_error(exc):
            raise ServerUnreachable(
                translate("Database", "The server {target} does not answer ({orig}).").format(
                    target=make_url(url).render_as_string(hide_password=True), orig=_first_line(exc.orig)
                )
            ) from exc
        raise UserError(
            translate("Database", "Cannot open the database {target}: {orig}").format(
                target=target, orig=exc.orig
            )
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise UserError(
            translate("Database", "Cannot open the database {target}: {exc}").format(target=target, exc=exc)
        ) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(
        url=url, engine=engine, sessions=sessions, backup_made=backup, existed=existed, migrated=migrate
    )
