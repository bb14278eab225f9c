"""A desk's replica of its server: where it lives, opening it, and refreshing it with what changed.

The replica is a SQLite file with the same schema as the server (the same migrations bring it to head),
so check-in and badge printing run on it unchanged when the server is gone. It holds what a desk needs to
decide and print: the event and its regions, delegations, categories, zones and sessions, the role PINs,
every person with their status and category, their badges with numbers and revocations, the day's
check-ins, the search keys of their names, and their photos' digests (the photos themselves are cached
as the desk shows them). The event's signing key is already on every desk (the key file beside the data).

Refreshing copies only what changed since the last refresh. On PostgreSQL every row carries the id of the
transaction that wrote it (``xmin``); a refresh reads the server in one snapshot, copies the rows written
by transactions not finished at the previous refresh's snapshot, and remembers the oldest transaction
still running at this one. Rows deleted on the server are found by comparing ids. Anything else (a SQLite
"server", or a transaction counter that wrapped) copies everything.

The replica is never edited by hand and never by the desk's ordinary work: only by this refresh and by
the offline scans and prints (:mod:`.queue`), which stay apart from the copied rows.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, func, select, text
from sqlalchemy.engine import make_url

from accreditation.paths import data_dir
from accreditation.store.database import Database, open_database
from accreditation.store.models import Base, CheckIn, Delegate, DelegateNameKey, DelegatePhoto
from accreditation.store.sync_models import OfflineItem, ReplicaPhoto, ReplicaState

log = logging.getLogger(__name__)

#: Small tables, copied whole on every refresh (a few hundred rows at most).
WHOLE_TABLES = (
    "event",
    "country",
    "region",
    "organization",
    "zone",
    "category",
    "category_zone",
    "event_session",
    "delegation",
    "role_pin",
)
#: Large tables, copied by change. ``check_in`` rows made offline on this desk are kept apart (see
#: :func:`_refresh_checkins`); ``delegate_name_key`` follows its people.
CHANGED_TABLES = ("delegate", "badge")
CHUNK = 2000
XID_WRAP = 2**32


def replica_path(server_url: str) -> Path:
    """The replica file of a server database: one per server and database, in the data folder."""
    url = make_url(server_url)
    host = url.host or "local"
    port = url.port or 5432
    name = url.database or "db"
    digest = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:8]
    folder = data_dir() / "replicas"
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in f"{host}-{port}-{name}")
    return folder / f"{safe}-{digest}.sqlite"


def open_replica(server_url: str, path: Path | None = None) -> Database:
    """The desk's replica of ``server_url`` (at ``path``, else :func:`replica_path`), created empty (at the
    current schema) on first use."""
    db = open_database(path or replica_path(server_url))
    with db.transaction() as session:
        if session.get(ReplicaState, "server") is None:
            session.add(
                ReplicaState(key="server", value=make_url(server_url).render_as_string(hide_password=True))
            )
    return db


@dataclass(frozen=True)
class RefreshReport:
    """What one refresh copied."""

    full: bool
    people: int
    badges: int
    checkins: int
    removed: int
    seconds: float

    def as_json(self) -> dict[str, Any]:
        return {
            "full": self.full,
            "people": self.people,
            "badges": self.badges,
            "checkins": self.checkins,
            "removed": self.removed,
            "seconds": round(self.seconds, 3),
        }


def state(replica: Database, key: str) -> str:
    with replica.sessions() as session:
        row = session.get(ReplicaState, key)
        return row.value if row else ""


def _set_state(conn: Connection, values: dict[str, str]) -> None:
    table = ReplicaState.__table__
    for key, value in values.items():
        conn.execute(delete(table).where(table.c.key == key))
        conn.execute(table.insert().values(key=key, value=value))


def refreshed_at(replica: Database) -> datetime | None:
    """When the replica last caught up with the server (None: never)."""
    value = state(replica, "refreshed_at")
    return datetime.fromisoformat(value) if value else None


@contextmanager
def _without_foreign_keys(replica: Database) -> Iterator[Connection]:
    """A replica connection that writes copied rows in any order: they are a consistent copy of a
    consistent snapshot, and a delegation names its head before the head's row is in."""
    with replica.engine.connect() as local:
        raw = local.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            yield local
        finally:
            if local.in_transaction():
                local.rollback()
            raw.execute("PRAGMA foreign_keys=ON")


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(result: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in result.mappings()]


def _plain_rows(remote: Connection, statement: Any) -> list[tuple[Any, ...]]:
    """Rows as the driver gives them, without SQLAlchemy's per-row work: for the name keys, a million
    rows of plain numbers and text at 100,000 people (the other tables go through SQLAlchemy's types)."""
    compiled = statement.compile(dialect=remote.dialect, compile_kwargs={"render_postcompile": True})
    cursor = remote.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), compiled.params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _plain_insert(local: Connection, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert plain rows into the replica in its current transaction, through the driver."""
    if not rows:
        return
    raw = local.connection.driver_connection
    assert raw is not None
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _replace_rows(local: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Put ``rows`` in ``table`` by primary key: the old versions out, these in."""
    if not rows:
        return
    (pk,) = table.primary_key.columns
    for chunk in _chunks([row[pk.name] for row in rows]):
        local.execute(delete(table).where(pk.in_(chunk)))
    for chunk in _chunks(rows):
        local.execute(table.insert(), list(chunk))


def _delete_ids(local: Connection, table: Table, ids: Iterable[Any]) -> int:
    ids = sorted(ids)
    (pk,) = table.primary_key.columns
    for chunk in _chunks(ids):
        local.execute(delete(table).where(pk.in_(chunk)))
    return len(ids)


def _server_snapshot(server: Connection) -> int | None:
    """The oldest transaction still running on the server (32-bit, as ``xmin`` counts), or None."""
    if server.dialect.name != "postgresql":
        return None
    return (
        int(server.exec_driver_sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").scalar())
        % XID_WRAP
    )


def _changed(table: Table, since: int | None) -> Any:
    statement = select(table)
    if since is not None:
        statement = statement.where(
            text(f"{table.name}.xmin::text::bigint >= :since").bindparams(since=since)
        )
    return statement


def refresh(server: Database, replica: Database) -> RefreshReport:
    """Bring the replica up to the server: what changed since the last refresh, in one server snapshot.

    Everything is written in one replica transaction: a refresh cut short (the server gone half-way, the
    desk killed) leaves the replica as it was. Call it with the offline queue pushed: the check-ins this
    desk made offline are replaced by the server's own once pushed.
    """
    started = time.perf_counter()
    with server.engine.connect() as remote:
        if remote.dialect.name == "postgresql":
            remote = remote.execution_options(isolation_level="REPEATABLE READ")
        with remote.begin():
            snapshot = _server_snapshot(remote)
            previous = state(replica, "snapshot")
            since = int(previous) if previous and snapshot is not None else None
            if since is not None and snapshot is not None and snapshot < since:
                since = None  # the transaction counter wrapped: copy everything once
            report = _copy(remote, replica, since)
    seconds = time.perf_counter() - started
    report = RefreshReport(
        report.full, report.people, report.badges, report.checkins, report.removed, seconds
    )
    with replica.engine.begin() as local:
        _set_state(
            local,
            {
                "snapshot": "" if snapshot is None else str(snapshot),
                "refreshed_at": datetime.now(UTC).isoformat(),
            },
        )
    log.info("replica %s refreshed: %s", replica.display_name, report.as_json())
    return report


def _copy(remote: Connection, replica: Database, since: int | None) -> RefreshReport:
    fetched: dict[str, list[dict[str, Any]]] = {}
    for name in WHOLE_TABLES:
        fetched[name] = _rows(remote.execute(select(_table(name))))
    people = _rows(remote.execute(_changed(_table("delegate"), since)))
    badges = _rows(remote.execute(_changed(_table("badge"), since)))
    checkins = _rows(remote.execute(_changed(_table("check_in"), since)))
    for row in checkins:
        row["scan_id"] = None  # the server's scan log stays on the server
    changed_people = [row["id"] for row in people]
    keys_table = DelegateNameKey.__table__
    key_columns = [column.name for column in keys_table.columns]
    keys: list[tuple[Any, ...]] = []
    if since is None:
        keys = _plain_rows(remote, select(keys_table))
    else:
        for chunk in _chunks(changed_people):
            keys.extend(_plain_rows(remote, select(keys_table).where(keys_table.c.delegate_id.in_(chunk))))
    photos = _photo_digests(remote, since)
    server_ids = {
        name: set(remote.execute(select(_table(name).c.id)).scalars())
        for name in ("delegate", "badge", "check_in")
    }
    server_photo_ids = set(remote.execute(select(DelegatePhoto.__table__.c.delegate_id)).scalars())

    removed = 0
    with _without_foreign_keys(replica) as local:  # a consistent copy of a consistent snapshot
        with local.begin():
            for name in WHOLE_TABLES:
                table = _table(name)
                local.execute(delete(table))
                if fetched[name]:
                    local.execute(table.insert(), fetched[name])
            if since is None:
                for name in ("delegate", "badge", "delegate_name_key", "replica_photo"):
                    local.execute(delete(_table(name)))
                local.execute(delete(CheckIn.__table__).where(CheckIn.__table__.c.scan_id.is_(None)))
            _replace_rows(local, _table("delegate"), people)
            _replace_rows(local, _table("badge"), badges)
            if since is not None:
                for chunk in _chunks(changed_people):
                    local.execute(delete(keys_table).where(keys_table.c.delegate_id.in_(chunk)))
            _plain_insert(local, keys_table.name, key_columns, keys)
            removed += _remove_deleted(local, server_ids)
            _refresh_checkins(local, checkins, server_ids["check_in"])
            _refresh_photos(local, photos, server_photo_ids)
    return RefreshReport(since is None, len(people), len(badges), len(checkins), removed, 0.0)


def _remove_deleted(local: Connection, server_ids: dict[str, set[int]]) -> int:
    removed = 0
    for name in ("delegate", "badge"):
        table = _table(name)
        local_ids = set(local.execute(select(table.c.id)).scalars())
        gone = local_ids - server_ids[name]
        if gone:
            removed += _delete_ids(local, table, gone)
            if name == "delegate":
                keys = DelegateNameKey.__table__
                for chunk in _chunks(sorted(gone)):
                    local.execute(delete(keys).where(keys.c.delegate_id.in_(chunk)))
    return removed


def _refresh_checkins(local: Connection, rows: list[dict[str, Any]], server_ids: set[int]) -> None:
    """The server's check-ins in; this desk's own offline check-ins (they have a local scan) out once the
    server has them, which it has when the queue was pushed before this refresh."""
    table = CheckIn.__table__
    waiting = local.execute(
        select(OfflineItem.__table__.c.id).where(OfflineItem.__table__.c.pushed_at.is_(None))
    )
    if waiting.first() is None:
        local.execute(delete(table).where(table.c.scan_id.is_not(None)))
    copied = set(local.execute(select(table.c.id).where(table.c.scan_id.is_(None))).scalars())
    _delete_ids(local, table, copied - server_ids)
    if not rows:
        return
    ids = [row["id"] for row in rows]
    for chunk in _chunks(ids):
        local.execute(delete(table).where(table.c.id.in_(chunk), table.c.scan_id.is_(None)))
    # A check-in this desk made offline and still holds for the same person, day and place stays: the
    # server's copy comes once the queue is pushed.
    held = {
        tuple(row)
        for row in local.execute(select(table.c.event_id, table.c.delegate_id, table.c.day, table.c.place))
    }
    fresh = [r for r in rows if (r["event_id"], r["delegate_id"], r["day"], r["place"]) not in held]
    for chunk in _chunks(fresh):
        local.execute(table.insert(), list(chunk))


def _photo_digests(remote: Connection, since: int | None) -> list[dict[str, Any]]:
    table = DelegatePhoto.__table__
    if remote.dialect.name == "postgresql":
        statement = select(table.c.delegate_id, text("md5(jpeg) AS digest")).select_from(table)
        if since is not None:
            statement = statement.where(
                text("delegate_photo.xmin::text::bigint >= :since").bindparams(since=since)
            )
        return _rows(remote.execute(statement))
    return [
        {"delegate_id": delegate_id, "digest": hashlib.md5(jpeg).hexdigest()}  # noqa: S324 - a digest, not a secret
        for delegate_id, jpeg in remote.execute(select(table.c.delegate_id, table.c.jpeg))
    ]


def _refresh_photos(local: Connection, digests: list[dict[str, Any]], server_ids: set[int]) -> None:
    """New digests in; a cached photo whose digest changed (or that is gone) is dropped."""
    digest_table = ReplicaPhoto.__table__
    photos = DelegatePhoto.__table__
    known = dict(local.execute(select(digest_table.c.delegate_id, digest_table.c.digest)).all())
    stale = [row["delegate_id"] for row in digests if known.get(row["delegate_id"]) != row["digest"]]
    stale += [delegate_id for delegate_id in known if delegate_id not in server_ids]
    for chunk in _chunks(sorted(set(stale))):
        local.execute(delete(photos).where(photos.c.delegate_id.in_(chunk)))
        local.execute(delete(digest_table).where(digest_table.c.delegate_id.in_(chunk)))
    fresh = [row for row in digests if row["delegate_id"] in server_ids]
    for chunk in _chunks(
        [row for row in fresh if row["delegate_id"] in set(stale) or row["delegate_id"] not in known]
    ):
        local.execute(digest_table.insert(), list(chunk))


def cache_photo(replica: Database, delegate_id: int, jpeg: bytes, width: int, height: int) -> None:
    """Keep a photo the desk just showed, so it can show it again with the server gone."""
    photos = DelegatePhoto.__table__
    digest = hashlib.md5(jpeg).hexdigest()  # noqa: S324 - a digest, not a secret
    with _without_foreign_keys(replica) as local:
        with local.begin():
            local.execute(delete(photos).where(photos.c.delegate_id == delegate_id))
            local.execute(
                photos.insert().values(
                    delegate_id=delegate_id,
                    jpeg=jpeg,
                    width=width,
                    height=height,
                    updated_at=datetime.now(UTC),
                )
            )
            table = ReplicaPhoto.__table__
            local.execute(delete(table).where(table.c.delegate_id == delegate_id))
            local.execute(table.insert().values(delegate_id=delegate_id, digest=digest))


def note_checkin(replica: Database, values: dict[str, Any]) -> None:
    """Copy a check-in this desk just made on the server, so the replica knows it before the next refresh
    (a badge scanned online and then again offline is "already checked in", not a second admission)."""
    table = CheckIn.__table__
    row = {**values, "scan_id": None}
    with _without_foreign_keys(replica) as local:
        with local.begin():
            clash = local.execute(
                select(table.c.id).where(
                    (table.c.id == row["id"])
                    | (
                        (table.c.event_id == row["event_id"])
                        & (table.c.delegate_id == row["delegate_id"])
                        & (table.c.day == row["day"])
                        & (table.c.place == row["place"])
                    )
                )
            ).first()
            if clash is None:
                local.execute(table.insert().values(**row))


def people_count(replica: Database) -> int:
    with replica.sessions() as session:
        return int(session.scalar(select(func.count(Delegate.id))) or 0)


__all__ = [
    "RefreshReport",
    "cache_photo",
    "note_checkin",
    "open_replica",
    "people_count",
    "refresh",
    "refreshed_at",
    "replica_path",
    "state",
]
