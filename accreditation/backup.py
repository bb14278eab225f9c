"""Consistent backups and restores, for SQLite files and for shared PostgreSQL databases.

A backup is always a SQLite file at the current schema: for SQLite it is SQLite's online backup of the
live file (consistent while other desks write); for another server it is a copy of every table made
through the same models in one read transaction. One format means one restore path and a backup a
person can open anywhere.

Automatic copies: the first time a database is opened on a day, and before every migration, a copy
goes to its backups folder; the newest ``KEEP_DAILY`` daily copies are kept.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, bindparam, insert, select, text, update

from accreditation.access.policy import Action, require
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.paths import data_dir
from accreditation.store.database import (
    Database,
    _sqlite_path,
    backup_sqlite,
    create_db_engine,
    current_revision,
    database_url,
    head_revision,
    upgrade_to_head,
)
from accreditation.store.models import Base

log = logging.getLogger(__name__)

KEEP_DAILY = 14
_DAILY = re.compile(r"\.daily-(\d{8})\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str | None
    tables: dict[str, int]


def backups_folder(db: Database) -> Path:
    """Beside a SQLite file (``<name>-backups/``); in the data folder for a server database."""
    path = _sqlite_path(db.url)
    if path is not None:
        folder = path.with_name(f"{path.stem}-backups")
    else:
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", db.display_name)[:80]
        folder = data_dir() / "backups" / safe
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _cycle_columns(table: Table) -> list[str]:
    """Foreign keys that close a cycle (``use_alter``: a delegation's head is one of its delegates):
    written empty with the rows, and filled in once every table is copied."""
    return [fk.parent.name for fk in table.foreign_keys if fk.use_alter]


def _insert_rows(conn: Connection, table: Table, rows: Iterable[Mapping[str, Any]]) -> list[dict]:
    """Insert ``rows`` in batches, the cycle-closing keys left empty; returns what to fill in later."""
    later_columns = _cycle_columns(table)
    pk = [c.name for c in table.primary_key.columns]
    later: list[dict] = []
    batch: list[dict] = []
    for row in rows:
        values = dict(row)
        if any(values.get(name) is not None for name in later_columns):
            later.append(
                {**{f"pk_{k}": values[k] for k in pk}, **{name: values[name] for name in later_columns}}
            )
            for name in later_columns:
                values[name] = None
        batch.append(values)
        if len(batch) >= 2000:
            conn.execute(insert(table), batch)
            batch.clear()
    if batch:
        conn.execute(insert(table), batch)
    return later


def _fill_cycle_columns(conn: Connection, table: Table, later: list[dict]) -> None:
    if not later:
        return
    stmt = update(table).where(*(c == bindparam(f"pk_{c.name}") for c in table.primary_key.columns))
    stmt = stmt.values({name: bindparam(name) for name in _cycle_columns(table)})
    conn.execute(stmt, later)


def _copy_all(src: Connection, dst: Connection) -> None:
    """Every table of the models, parents before children; cycle-closing keys filled in at the end."""
    pending = []
    for table in Base.metadata.sorted_tables:
        pending.append((table, _insert_rows(dst, table, src.execute(select(table)).mappings())))
    for table, later in pending:
        _fill_cycle_columns(dst, table, later)


def _copy_tables(source: Engine, target: Engine) -> None:
    """Every table of the models, parents before children, in one read transaction of the source."""
    Base.metadata.create_all(target)
    with source.connect() as src, target.begin() as dst:
        if source.dialect.name == "postgresql":
            src.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        _copy_all(src, dst)
        revision = current_revision(source)
        dst.execute(
            text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        )
        dst.execute(text("DELETE FROM alembic_version"))
        if revision:
            dst.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": revision})


def backup(db: Database, out: Path | None = None, *, reason: str = "manual") -> Path:
    """Write a consistent copy of ``db`` to ``out`` (default: its backups folder); returns the file.

    Asked for by a person, so it needs the admin role once PINs are set (the automatic copies do not).
    """
    _require(db, Action.BACKUP)
    return _write_backup(db, out, reason=reason)


def _require(db: Database, action: Action) -> None:
    with db.sessions() as session:
        require(session, action)


def _write_backup(
    db: Database,
    out: Path | None = None,
    *,
    reason: str = "manual",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(out) if out else backups_folder(db) / f"{_stem(db)}.{reason}-{stamp}.sqlite"
    if not target.parent.is_dir():
        raise UserError(
            translate("Backup", "Cannot write the backup: folder {parent} does not exist").format(
                parent=target.parent
            )
        )
    if target.exists():
        raise UserError(
            translate("Backup", "{target} already exists; choose another name").format(target=target)
        )
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source_file = _sqlite_path(db.url)
    try:
        if source_file is not None:
            backup_sqlite(source_file, partial, progress)
        else:
            engine = create_db_engine(f"sqlite:///{partial}")
            try:
                _copy_tables(db.engine, engine)
            finally:
                engine.dispose()
        check = sqlite3.connect(partial)
        try:
            status = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
        if status != "ok":
            raise UserError(
                translate("Backup", "The backup could not be verified ({status}); nothing was kept").format(
                    status=status
                )
            )
        partial.replace(target)  # a backup file is either whole or absent
    finally:
        partial.unlink(missing_ok=True)
    log.info("backup of %s written to %s (%s)", db.display_name, target, reason)
    return target


def _stem(db: Database) -> str:
    path = _sqlite_path(db.url)
    return path.stem if path is not None else "server"


def describe(path: Path) -> BackupInfo:
    """What a backup file holds: its schema revision and the row count of each table."""
    if not path.is_file():
        raise UserError(translate("Backup", "Backup file not found: {path}").format(path=path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in names or "delegate" not in names:
                raise UserError(
                    translate("Backup", "{path} is not a backup of this application").format(path=path)
                )
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            tables = {
                t.name: conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
                for t in Base.metadata.sorted_tables
                if t.name in names
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(
            translate("Backup", "{path} is not a readable backup: {exc}").format(path=path, exc=exc)
        ) from exc
    return BackupInfo(path=path, revision=revision[0] if revision else None, tables=tables)


def restore(db: Database, source: Path) -> Path:
    """Replace the contents of ``db`` with the backup ``source``; returns the safety copy taken first.

    The backup is brought to the current schema on a scratch copy (never in place), then copied in.
    """
    _require(db, Action.RESTORE)
    info = describe(source)
    safety = _write_backup(db, reason="before-restore")
    scratch = safety.with_name(safety.stem + ".restoring.sqlite")
    scratch.unlink(missing_ok=True)
    backup_sqlite(source, scratch)
    try:
        scratch_url = database_url(scratch)
        scratch_engine = create_db_engine(scratch_url)
        try:
            if info.revision != head_revision():
                upgrade_to_head(scratch_engine, scratch_url)
            target_file = _sqlite_path(db.url)
            if target_file is not None:
                db.engine.dispose()
                backup_sqlite(scratch, target_file)
            else:
                _replace_server_contents(scratch_engine, db.engine)
        finally:
            scratch_engine.dispose()
    finally:
        scratch.unlink(missing_ok=True)
    log.info("restored %s from %s (safety copy %s)", db.display_name, source, safety)
    return safety


def _replace_server_contents(source: Engine, target: Engine) -> None:
    """Empty every table and copy the backup's rows in, in one transaction, then fix the id sequences."""
    with target.begin() as conn:
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        with source.connect() as src:
            _copy_all(src, conn)
        meta = MetaData()
        meta.reflect(conn)
        for table in Base.metadata.sorted_tables:
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and pk[0].autoincrement and pk[0].type.python_type is int:
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{pk[0].name}'),"
                        f' COALESCE((SELECT max("{pk[0].name}") FROM "{table.name}"), 0) + 1, false)'
                    )
                )


def _daily_target(db: Database, today: date | None = None) -> Path | None:
    """Where today's copy goes, or None when there is none to take (a server, or taken already)."""
    if _sqlite_path(db.url) is None:
        return None  # a shared server is backed up by its own schedule or with ``backup``
    day = (today or date.today()).strftime("%Y%m%d")
    target = backups_folder(db) / f"{_stem(db)}.daily-{day}.sqlite"
    return None if target.exists() else target


def daily_backup_due(db: Database, today: date | None = None) -> bool:
    """Whether opening ``db`` today calls for its daily copy (a desk shows the copy's progress then)."""
    return db.existed and db.migrated and _daily_target(db, today) is not None


def daily_backup(
    db: Database, today: date | None = None, progress: Callable[[int, int], None] | None = None
) -> Path | None:
    """The first open of a day makes a copy; older daily copies beyond ``KEEP_DAILY`` are removed.

    The copy is complete or absent (written under a temporary name, then renamed), and the older copies
    are removed only once it is there, so a crash in the middle loses no earlier day.
    """
    target = _daily_target(db, today)
    if target is None:
        return None
    made = _write_backup(db, target, reason="daily", progress=progress)
    folder = target.parent
    dailies = sorted((p for p in folder.iterdir() if _DAILY.search(p.name)), key=lambda p: p.name)
    for old in dailies[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return made


def take_daily_backup(db: Database, progress: Callable[[int, int], None] | None = None) -> Path | None:
    """The day's copy of a database a desk opened, if it had content before; never raises.

    The desk calls this once it is at work: the command line when a command's work is done, the window
    on a background thread once its first screen is up (showing ``progress`` in its status bar). Opening
    itself makes no copy, so the store does not depend on this module and nobody waits for the copy.
    A full disk must not stop the desk: the log says why there is no copy today.
    """
    if not (db.existed and db.migrated):
        return None
    try:
        return daily_backup(db, progress=progress)
    except (OSError, sqlite3.Error, UserError):
        log.exception("daily backup of %s failed", db.display_name)
        return None
