"""The audit trail: who changed what, when, with each field before and after.

Every change to a person (create, edit, cancel, import, photo) goes through :func:`record`, inside the
same transaction as the change itself, so the trail can never claim a change that was rolled back nor
miss one that was committed. Values are stored as JSON-friendly text so the trail stays readable
after the schema moves on.
"""

from __future__ import annotations

import csv
import enum
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuditEntry

#: What one change looks like: field name -> (value before, value after).
Changes = Mapping[str, tuple[Any, Any]]


def _plain(value: Any) -> Any:
    """A value as the trail keeps it: JSON-serialisable and readable by a person."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _plain_changes(changes: Changes) -> dict[str, list[Any]]:
    return {field: [_plain(old), _plain(new)] for field, (old, new) in changes.items()}


def make_entry(
    *,
    operator: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: Changes,
    detail: str = "",
) -> AuditEntry:
    """An unsaved entry; :func:`record` adds it, the bulk import adds thousands in one flush."""
    return AuditEntry(
        operator=operator[:100],
        action=action,
        entity=entity,
        entity_id=entity_id,
        changes=_plain_changes(changes),
        detail=detail[:500],
    )


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
    entry = make_entry(
        operator=operator, action=action, entity=entity, entity_id=entity_id, changes=changes, detail=detail
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


AUDIT_CSV_HEADERS = ("at", "operator", "action", "entity", "entity_id", "field", "before", "after", "detail")


def _csv_safe(value: Any) -> str:
    # The trail holds text typed by others: keep a spreadsheet from running it as a formula.
    from .exporting import neutralise_cell

    text = "" if value is None else (value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    return neutralise_cell(text)


def iter_audit_rows(entries: Iterable[AuditEntry]) -> Iterable[list[str]]:
    """One line per changed field, so a spreadsheet can filter by field; entries without changes keep one line."""
    for entry in entries:
        base = [
            entry.at.isoformat() if entry.at else "",
            entry.operator,
            entry.action,
            entry.entity,
            "" if entry.entity_id is None else str(entry.entity_id),
        ]
        changes = entry.changes or {}
        if not changes:
            yield [_csv_safe(v) for v in base] + ["", "", "", _csv_safe(entry.detail)]
            continue
        for field, pair in changes.items():
            old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            yield [_csv_safe(v) for v in base] + [
                field,
                _csv_safe(old),
                _csv_safe(new),
                _csv_safe(entry.detail),
            ]


def export_audit_csv(
    session: Session, path: str | Path, *, entity: str | None = None, entity_id: int | None = None
) -> int:
    """Write the trail (all of it, or one entity's) as UTF-8 CSV with BOM; returns the entries written.

    The BOM makes Excel open Persian and Cyrillic text correctly on a double click.
    """
    stmt = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
    if entity is not None:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(AUDIT_CSV_HEADERS)
        for entry in session.scalars(stmt):
            count += 1
            writer.writerows(iter_audit_rows([entry]))
    return count
