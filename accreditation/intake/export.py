"""Exporting people to CSV and XLSX: for protocol officers, hotels, the airport desk.

Two habits protect the people in the list and whoever opens it: passport numbers stay out unless the
operator asks for them, and any cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``,
tab, CR at the start: CSV injection) is prefixed with an apostrophe, since names and notes are typed
by others. The columns are the importer's canonical headers, so an export can be imported back.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import translate
from accreditation.people.directory import list_order
from accreditation.store.models import AuditEntry, Delegate, Delegation, Region

#: Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: Exported columns: the importer's canonical headers (no photo), then the record's own state.
EXPORT_COLUMNS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "name_fa",
    "name_native",
    "region",
    "organization",
    "category",
    "title",
    "title_fa",
    "title_ru",
    "gender",
    "nationality",
    "passport_no",
    "email",
    "phone",
    "arrival",
    "departure",
    "dietary",
    "notes",
    "status",
    "latin_to_verify",
    "id",
)
_CHUNK = 500


def neutralise_cell(value: str) -> str:
    """The text, made inert for a spreadsheet: a leading formula character gets an apostrophe before it."""
    if value and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _when(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.date().isoformat() if value.time() == time(0, 0) else value.strftime("%Y-%m-%d %H:%M")


def select_delegates(
    session: Session,
    *,
    delegate_ids: Sequence[int] | None = None,
    region_code: str | None = None,
    include_cancelled: bool = True,
    language: str = "en",
) -> list[Delegate]:
    """The people to export: a selection by ids (kept in the given order), or a region, or everyone.

    The window passes the ids of its current selection or filter (see ``directory.people_ids``), in the
    order its reader sees them. A region or everyone is listed in ``language``'s alphabetical order
    (see :func:`list_order`).
    """
    event = current_event(session)
    options = (
        selectinload(Delegate.category),
        selectinload(Delegate.organization),
        selectinload(Delegate.delegation).selectinload(Delegation.region),
    )
    if delegate_ids is not None:
        found: dict[int, Delegate] = {}
        ids = list(delegate_ids)
        for start in range(0, len(ids), _CHUNK):
            stmt = select(Delegate).where(Delegate.id.in_(ids[start : start + _CHUNK])).options(*options)
            found.update((d.id, d) for d in session.scalars(stmt))
        people = [found[i] for i in ids if i in found]
    else:
        stmt = select(Delegate).where(Delegate.event_id == event.id).options(*options)
        if region_code is not None:
            region_id = session.scalar(
                select(Region.id).where(Region.event_id == event.id, Region.code == region_code)
            )
            if region_id is None:
                codes = session.scalars(
                    select(Region.code).where(Region.event_id == event.id).order_by(Region.display_order)
                )
                raise UserError(
                    translate("Export", "There is no region «{region_code}»; use one of: {value}.").format(
                        region_code=region_code, value=", ".join(codes)
                    )
                )
            stmt = stmt.join(Delegation, Delegate.delegation_id == Delegation.id).where(
                Delegation.region_id == region_id
            )
        stmt = stmt.order_by(*list_order(language), Delegate.id)
        people = list(session.scalars(stmt))
    if not include_cancelled:
        people = [d for d in people if d.status != "cancelled"]
    return people


def export_columns(with_passports: bool) -> list[str]:
    return [c for c in EXPORT_COLUMNS if with_passports or c != "passport_no"]


def delegate_rows(people: Iterable[Delegate], with_passports: bool = False) -> Iterator[list[str]]:
    """The header, then one neutralised row of text per person."""
    columns = export_columns(with_passports)
    yield columns
    for d in people:
        region = d.delegation.region if d.delegation else None
        values = {
            "given_name": d.given_name,
            "family_name": d.family_name,
            "name_fa": d.name_fa,
            "name_native": d.name_native,
            "region": region.code if region else "",
            "organization": d.organization.name_en if d.organization else "",
            "category": d.category.code if d.category else "",
            "title": d.title_en,
            "title_fa": d.title_fa,
            "title_ru": d.title_ru,
            "gender": d.gender.value if d.gender else "",
            "nationality": d.nationality,
            "passport_no": d.document_no,
            "email": d.email,
            "phone": d.phone,
            "arrival": _when(d.arrival),
            "departure": _when(d.departure),
            "dietary": d.dietary,
            "notes": d.notes,
            "status": d.status.value if hasattr(d.status, "value") else str(d.status),
            "latin_to_verify": "yes" if d.latin_to_verify else "",
            "id": str(d.id),
        }
        yield [neutralise_cell(values[c] or "") for c in columns]


def write_csv(rows: Iterable[list[str]], path: Path) -> None:
    """UTF-8 with a BOM, so Excel shows Persian and Cyrillic instead of mojibake on a double click."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def write_xlsx(rows: Iterable[list[str]], path: Path, sheet_title: str = "Delegates") -> None:
    """Every cell as text (a passport number keeps its leading zero); a write-only workbook for speed."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # never a formula, whatever the text starts with
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)


def export_delegates(
    session: Session,
    path: str | Path,
    *,
    delegate_ids: Sequence[int] | None = None,
    region_code: str | None = None,
    with_passports: bool = False,
    include_cancelled: bool = True,
    language: str = "en",
) -> int:
    """Write the selected people to ``path`` (.csv, .xlsx, or .pdf by extension); returns how many.

    A .pdf is the protocol officers' delegation list, per region (see :mod:`.delegation_pdf`); it
    never carries passport numbers. ``language`` is the list's reader's: it sets the alphabetical order.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".pdf"):
        raise UserError(
            translate(
                "Export", "Cannot export to «{name}»: the file name must end in .csv, .xlsx or .pdf."
            ).format(name=path.name)
        )
    if not path.parent.is_dir():
        raise UserError(
            translate("Export", "Cannot export: the folder {parent} does not exist.").format(
                parent=path.parent
            )
        )
    if suffix == ".pdf":
        # Imported here: the PDF brings reportlab, which a CSV or XLSX export need not load.
        from accreditation.intake.delegation_pdf import delegation_list_pdf

        return delegation_list_pdf(session, path, region_code=region_code, language=language)
    people = select_delegates(
        session,
        delegate_ids=delegate_ids,
        region_code=region_code,
        include_cancelled=include_cancelled,
        language=language,
    )
    rows = delegate_rows(people, with_passports)
    try:
        if suffix == ".csv":
            write_csv(rows, path)
        else:
            write_xlsx(rows, path)
    except PermissionError as exc:
        raise UserError(
            translate(
                "Export", "Cannot write {path}: it is open in another program or the folder is read-only."
            ).format(path=path)
        ) from exc
    return len(people)


# --- the audit trail, for whoever reviews it in a spreadsheet ---------------------------------------


AUDIT_CSV_HEADERS = ("at", "operator", "action", "entity", "entity_id", "field", "before", "after", "detail")


def _csv_safe(value: Any) -> str:
    # The trail holds text typed by others: keep a spreadsheet from running it as a formula.
    text = (
        "" if value is None else (value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    )
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
