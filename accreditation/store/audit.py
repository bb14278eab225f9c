"""The audit trail: who changed what, when, with each field before and after.

Every change to a person (create, edit, cancel, import, photo) goes through :func:`record`, inside the
same transaction as the change itself, so the trail can never claim a change that was rolled back nor
miss one that was committed. Values are stored as JSON-friendly text so the trail stays readable
after the schema moves on.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import LargeBinary, Table, insert, select
from sqlalchemy.orm import Session

from accreditation.store.models import AuditEntry, utcnow

#: What one change looks like: field name -> (value before, value after).
Changes = Mapping[str, tuple[Any, Any]]


#: Type tuples built once: ``bool | int | ...`` written inside the function would build a new union
#: on every call, which costs more than the check itself (it runs several times per imported person).
_KEPT_AS_IS = (bool, int, float, str)
_MOMENTS = (datetime, date)


def _plain(value: Any) -> Any:
    """A value as the trail keeps it: JSON-serialisable and readable by a person."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, _KEPT_AS_IS):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _MOMENTS):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _plain_changes(changes: Changes) -> dict[str, list[Any]]:
    # Text and None, most values of an import, need no conversion: skip the call for them.
    out: dict[str, list[Any]] = {}
    for field, (old, new) in changes.items():
        out[field] = [
            old if old is None or type(old) is str else _plain(old),
            new if new is None or type(new) is str else _plain(new),
        ]
    return out


def creation_changes(values: Mapping[str, Any], fields: AbstractSet[str]) -> dict[str, list[Any]]:
    """The changes of a record's creation: each of ``fields`` that has a value, from nothing to that value,
    in the order of ``values``.

    One pass over the record's own items with a set lookup each: an import runs this once per person.
    """
    return {
        field: [None, value if type(value) is str else _plain(value)]
        for field, value in values.items()
        if field in fields and value is not None and value != "" and value is not False
    }


def entry_values(
    *,
    operator: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: Changes,
    detail: str = "",
    at: datetime | None = None,
) -> dict[str, Any]:
    """One entry's column values: what :func:`record` saves and :func:`record_many` inserts in bulk.

    A bulk caller passes one ``at`` for the whole batch: the changes happen in one transaction.
    """
    return {
        "at": at or utcnow(),
        "operator": operator[:100],
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "changes": _plain_changes(changes),
        "detail": detail[:500],
    }


def record_many(session: Session, entries: Iterable[dict[str, Any]]) -> int:
    """Insert many entries (from :func:`entry_values`) as one batched statement; returns how many.

    An import of 10,000 people writes 10,000 entries; one executemany keeps that a fraction of a second.
    """
    rows = list(entries)
    insert_rows(session, AuditEntry.__table__, rows)
    return len(rows)


def insert_rows(
    session: Session, table: Table, rows: list[dict[str, Any]], *, return_ids: bool = False
) -> list[int]:
    """Insert plain rows in bulk in the session's transaction; with ``return_ids``, their new ids in order.

    SQLAlchemy's per-row work (defaults, type conversion, RETURNING batches) costs ~100 µs a row, ten
    times SQLite's own cost, and a 10,000-row import must take seconds. On SQLite the rows are converted
    with each column's own bind processor and default, and handed to the driver's executemany; the ids
    are the rowids above the previous maximum, which are ours alone because the transaction owns
    SQLite's single write lock from its first insert to its commit -- and their number is checked.
    Other databases use SQLAlchemy's insert (with RETURNING for the ids).
    """
    if not rows:
        return []
    connection = session.connection()
    dialect = connection.dialect
    pk = table.primary_key.columns.values()[0]
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark":
        if return_ids:
            return list(session.scalars(insert(table).returning(pk, sort_by_parameter_order=True), rows))
        session.execute(insert(table), rows)
        return []
    given = [c.name for c in table.columns if c.name in rows[0]]  # every row has the same keys
    filled = [c for c in table.columns if c.name not in rows[0] and c.default is not None and c is not pk]
    names_in_row = given + [c.name for c in filled]
    constants: list[Any] = []
    for column in filled:
        default = column.default
        # Callable defaults (timestamps) are taken once for the batch: one transaction, one moment.
        constants.append(default.arg(None) if getattr(default, "is_callable", False) else default.arg)  # type: ignore[union-attr]
    columns = [table.columns[name] for name in names_in_row]
    # sqlite3 takes bytes as they are: LargeBinary's processor would only wrap each (distinct) sort key.
    processors = [
        None if isinstance(column.type, LargeBinary) else column.type._cached_bind_processor(dialect)
        for column in columns
    ]
    converted_constants = [
        p(v) if p is not None and v is not None else v
        for p, v in zip(processors[len(given) :], constants, strict=True)
    ]
    # Dates, enums and flags repeat across rows: each distinct value is converted once per column.
    converting = [(i, p, {}) for i, p in enumerate(processors[: len(given)]) if p is not None]
    pick = itemgetter(*given)
    values = []
    for row in rows:
        out = list(pick(row)) if len(given) > 1 else [pick(row)]
        for i, processor, memo in converting:
            value = out[i]
            if value is None:
                continue
            if type(value) is dict or type(value) is list:
                out[i] = processor(value)
                continue
            done = memo.get(value, memo)
            if done is memo:
                done = memo[value] = processor(value)
            out[i] = done
        out.extend(converted_constants)
        values.append(tuple(out))
    converters = names_in_row
    names = ", ".join(f'"{name}"' for name in converters)
    marks = ", ".join("?" for _ in converters)
    before = connection.exec_driver_sql(f'SELECT max("{pk.name}") FROM "{table.name}"').scalar() or 0
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', values)
    if not return_ids:
        return []
    # Automatically assigned rowids only grow, so ours are the ones above the old maximum, in order.
    ids = [
        pid
        for (pid,) in connection.exec_driver_sql(
            f'SELECT "{pk.name}" FROM "{table.name}" WHERE "{pk.name}" > ? ORDER BY "{pk.name}"', (before,)
        )
    ]
    if len(ids) != len(rows):
        raise RuntimeError(f"bulk insert into {table.name}: {len(ids)} new ids for {len(rows)} rows")
    return ids


def record(
    session: Session,
    *,
    operator: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: Changes,
    detail: str = "",
) -> AuditEntry:
    """Add one entry to the caller's transaction (committed or rolled back with the change)."""
    entry = AuditEntry(
        **entry_values(
            operator=operator,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=changes,
            detail=detail,
        )
    )
    session.add(entry)
    return entry


def history(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    """One record's entries, oldest first: what the detail pane shows under a person."""
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return list(session.scalars(stmt))


def delegate_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields whose value differs, as (before, after); fields absent from ``after`` are unchanged.

    Comparison is on the plain form so a date and its ISO string, or an enum and its value, do not
    count as a change.
    """
    changed: dict[str, tuple[Any, Any]] = {}
    for field, new in after.items():
        old = before.get(field)
        if _plain(old) != _plain(new) and not (_blank(old) and _blank(new)):
            changed[field] = (old, new)
    return changed


def _blank(value: Any) -> bool:
    # "" and None mean the same thing in a form: nothing typed.
    return value is None or value == ""
