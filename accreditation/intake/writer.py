"""Writing an import: every accepted row in one transaction, or nothing.

The preview is rebuilt inside the writing transaction, so rows are matched against the database as it
is when the write happens (another desk may have added someone since the preview was shown). New
people go through :func:`accreditation.people.delegates.create_delegates` and known people through
:func:`accreditation.people.delegates.update_delegate`, the same rules and audit trail as the editor.
A process killed mid-write leaves SQLite's journal to roll the whole import back.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import count, translate
from accreditation.intake.headers import ColumnMapping
from accreditation.intake.outcome import ImportOptions, ImportPreview, RowProblem, RowResult
from accreditation.intake.preview import build_preview, known_organizations, organization_code
from accreditation.intake.reading import Table, read_table
from accreditation.intake.values import script_of
from accreditation.names.normalize import match_key
from accreditation.people.delegates import (
    create_delegates,
    delegation_for_organization,
    delegation_for_region,
    flush_checked,
    update_delegate,
)
from accreditation.people.fields import DELEGATE_FIELDS, clean_fields
from accreditation.people.photos import set_delegate_photo
from accreditation.store import audit
from accreditation.store.database import Database
from accreditation.store.models import Country, Delegate, Organization, OrganizationKind, Region

#: The kind of organization a guest's category suggests, for organizations first met in an import.
_KIND_BY_CATEGORY = {
    "ambassador": OrganizationKind.EMBASSY,
    "minister": OrganizationKind.MINISTRY,
    "vip": OrganizationKind.GOVERNMENT,
    "international": OrganizationKind.INTERNATIONAL,
    "chamber": OrganizationKind.CHAMBER,
    "press": OrganizationKind.PRESS,
}
_CHUNK = 500


@dataclass
class ImportResult:
    """What an import did (or, for a dry run or a refused file, would do)."""

    source: str
    rows: int
    accepted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    skipped: int = 0
    written: bool = False
    problems: list[RowProblem] = field(default_factory=list)
    notices: list[RowProblem] = field(default_factory=list)
    file_notices: list[str] = field(default_factory=list)
    created_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``--json``: accepted (new people), updated (people already registered), rejected."""
        return {
            "accepted": self.accepted,
            "updated": self.updated,
            "rejected": self.rejected,
            "problems": [p.as_dict() for p in self.problems],
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "written": self.written,
            "warnings": [p.as_dict() for p in self.notices],
            "notes": list(self.file_notices),
        }


class ImportRejected(UserError):
    """The file has rows with problems and the desk did not choose to skip them; nothing was written."""

    def __init__(self, result: ImportResult) -> None:
        self.result = result
        rows = sorted({p.row for p in result.problems})
        super().__init__(
            translate(
                "Import",
                "{file}: {bad} of {rows} rows have problems, so nothing was imported. "
                "Fix them in the file, or skip those rows (--skip-invalid).",
            ).format(file=Path(result.source).name, bad=count(len(rows)), rows=count(result.rows))
        )


def _summarise(preview: ImportPreview, skip_rows: Collection[int], skip_invalid: bool) -> ImportResult:
    result = ImportResult(
        source=str(preview.table.source or ""),
        rows=len(preview.rows),
        file_notices=list(preview.notices),
        notices=preview.row_notices,
    )
    for row in preview.rows:
        if row.row in skip_rows:
            result.skipped += 1
        elif row.problems:
            result.rejected += 1
            result.problems.extend(row.problems)
        elif row.match_id is not None:
            result.updated += 1
        else:
            result.accepted += 1
    return result


def _organizations(session: Session, event_id: int, rows: list[RowResult]) -> dict[str, int]:
    """The organization id for each name used in the rows, creating those met for the first time."""
    known = known_organizations(session, event_id)
    taken = set(session.scalars(select(Organization.code).where(Organization.event_id == event_id)))
    countries = {code: cid for code, cid in session.execute(select(Country.code, Country.id))}
    ids: dict[str, int] = {}
    created: list[Organization] = []
    for row in rows:
        name = row.organization
        if not name or name in ids:
            continue
        key = match_key(name)
        org = known.get(key)
        if org is None:
            kind = _KIND_BY_CATEGORY.get(row.category.code if row.category else "", OrganizationKind.OTHER)
            persian = script_of(name) == "arabic"
            org = Organization(
                event_id=event_id,
                code=organization_code(name, taken),
                kind=kind,
                name_en=name,
                name_fa=name if persian else "",
                country_id=countries.get(row.values.get("nationality") or ""),
            )
            session.add(org)
            created.append(org)
            known[key] = org
        ids[name] = -1 if org.id is None else org.id
    if created:
        session.flush()
        for name in ids:
            ids[name] = known[match_key(name)].id
    return ids


def _person_data(
    row: RowResult,
    organizations: dict[str, int],
    delegations: dict[int, int],
    org_delegations: dict[int, int],
) -> dict[str, Any]:
    """The row as the delegate service takes it: a region's people join its delegation, guests their
    organization's."""
    data = row.values.copy()  # a C-level copy, then one key off: cheaper than filtering every key
    data.pop("region_id", None)
    if row.organization:
        data["organization_id"] = organizations[row.organization]
    if row.region is not None:
        data["delegation_id"] = delegations[row.region.id]
    elif row.organization:
        data["delegation_id"] = org_delegations[data["organization_id"]]
    return data


def write_preview(
    session: Session,
    preview: ImportPreview,
    operator: str,
    *,
    skip_rows: Collection[int] = (),
    skip_invalid: bool = False,
    index: bool = True,
) -> ImportResult:
    """Write the accepted rows of ``preview`` in the caller's transaction.

    Raises :class:`ImportRejected` (before writing anything) if rows have problems and are neither
    skipped by number nor covered by ``skip_invalid``. The caller commits, or rolls back on any error.
    ``index=False`` leaves the new people's search keys to :func:`index_imported` after the commit.
    """
    require(session, Action.IMPORT, operator)
    result = _summarise(preview, skip_rows, skip_invalid)
    if result.problems and not skip_invalid:
        unskipped = [p for p in result.problems if p.row not in skip_rows]
        if unskipped:
            raise ImportRejected(result)
    accepted = [r for r in preview.rows if r.ok and r.row not in skip_rows]
    if not accepted:
        result.written = True
        return result
    event_id = current_event(session).id
    source_name = Path(result.source).name or "a list"
    detail = f"import of {source_name}"
    organizations = _organizations(session, event_id, accepted)
    delegations: dict[int, int] = {}
    for region_id in {r.region.id for r in accepted if r.region is not None}:
        region = session.get(Region, region_id)
        assert region is not None
        delegations[region_id] = delegation_for_region(session, region).id
    org_delegations: dict[int, int] = {}
    for org_id in {organizations[r.organization] for r in accepted if r.region is None and r.organization}:
        organization = session.get(Organization, org_id)
        assert organization is not None
        org_delegations[org_id] = delegation_for_organization(session, organization).id

    new_rows = [r for r in accepted if r.match_id is None]
    result.created_ids = create_delegates(
        session,
        [_person_data(r, organizations, delegations, org_delegations) for r in new_rows],
        operator,
        action="import",
        detail=detail,
        checked=True,
        index=index,
    )

    update_rows = [r for r in accepted if r.match_id is not None]
    # Compare against the stored fields read as plain columns; only people who really change are
    # loaded as objects and go through update_delegate (a list imported again changes nobody).
    ids = [r.match_id for r in update_rows if r.match_id is not None]
    stored: dict[int, dict[str, Any]] = {}
    columns = [Delegate.id, *(getattr(Delegate, f) for f in DELEGATE_FIELDS)]
    for start in range(0, len(ids), _CHUNK):
        for record in session.execute(select(*columns).where(Delegate.id.in_(ids[start : start + _CHUNK]))):
            values = record._asdict()
            stored[values.pop("id")] = values
    pending: list[tuple[int, dict[str, Any]]] = []
    for row in update_rows:
        assert row.match_id is not None
        before = stored[row.match_id]
        data = _person_data(row, organizations, delegations, org_delegations)
        from_file = row.from_file
        changes = {
            k: v for k, v in data.items() if k in from_file or k in ("delegation_id", "organization_id")
        }
        if row.region is None and not row.organization:
            changes.pop("delegation_id", None)
        if row.values.get("latin_to_verify") and before["given_name"] and not before["latin_to_verify"]:
            # A Latin name the desk has verified is never replaced by one derived again from Cyrillic.
            for name_field in ("given_name", "family_name", "latin_to_verify"):
                changes.pop(name_field, None)
        if audit.delegate_changes(before, clean_fields(changes)):
            pending.append((row.match_id, changes))
        else:
            result.unchanged += 1
    loaded: dict[int, Delegate] = {}
    changed_ids = [pid for pid, _ in pending]
    for start in range(0, len(changed_ids), _CHUNK):
        for delegate in session.scalars(
            select(Delegate).where(Delegate.id.in_(changed_ids[start : start + _CHUNK]))
        ):
            loaded[delegate.id] = delegate  # held here so update_delegate finds them in the session
    for pid, changes in pending:
        update_delegate(session, pid, changes, operator, action="import", detail=detail, flush=False)
        result.updated_ids.append(pid)
    flush_checked(session)

    targets = [*zip(new_rows, result.created_ids, strict=True), *((r, r.match_id) for r in update_rows)]
    for row, person_id in targets:
        if row.photo is not None and person_id is not None:
            delegate = loaded.get(person_id) or session.get(Delegate, person_id)
            assert delegate is not None
            set_delegate_photo(
                session, delegate, row.photo, operator, detail=f"{detail}: {Path(row.photo_source).name}"
            )
    audit.record(
        session,
        operator=operator,
        action="import",
        entity="import",
        entity_id=None,
        changes={
            "accepted": (None, result.accepted),
            "updated": (None, result.updated),
            "rejected": (None, result.rejected),
            "skipped": (None, result.skipped),
        },
        detail=detail,
    )
    session.flush()
    result.written = True
    return result


def import_table(
    db: Database,
    table: Table,
    *,
    operator: str,
    options: ImportOptions | None = None,
    mapping: ColumnMapping | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    skip_rows: Collection[int] = (),
) -> ImportResult:
    """Preview and write ``table`` in one transaction: every accepted row, or none.

    ``dry_run`` checks everything and writes nothing; the result says what would have happened.
    """
    with paused_gc():
        if dry_run:
            with db.sessions() as session:
                preview = build_preview(session, table, mapping, options)
                result = _summarise(preview, skip_rows, skip_invalid)
                session.rollback()
            return result
        with db.transaction() as session:
            require(session, Action.IMPORT, operator)  # before reading the whole file into a preview
            preview = build_preview(session, table, mapping, options)
            result = write_preview(
                session, preview, operator, skip_rows=skip_rows, skip_invalid=skip_invalid, index=False
            )
        index_imported(db, result)
    return result


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a list is imported.

    An import creates hundreds of thousands of small objects that all live until it ends; the
    collector would walk them again and again for nothing (a third of the write time on 10,000 rows).
    Reference counting still frees everything; the collector runs once afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def index_imported(db: Database, result: ImportResult) -> None:
    """Derive the new people's search keys, in a second transaction once the import is committed.

    Keeping this out of the import's transaction keeps the all-or-nothing write short; if the process
    dies in between, the people are there and ``search_index.index_missing`` (run by the CLI's search
    and when the window opens a database) keys them.
    """
    if not result.created_ids:
        return
    try:
        from accreditation.store import search_index
    except ImportError:  # pragma: no cover - no search capability installed
        return
    with db.transaction() as session:
        search_index.reindex(session, result.created_ids)


def import_file(
    db: Database,
    path: str | Path,
    *,
    operator: str,
    options: ImportOptions | None = None,
    mapping: ColumnMapping | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    skip_rows: Collection[int] = (),
) -> ImportResult:
    """Read a CSV or XLSX file and import it (see :func:`import_table`)."""
    return import_table(
        db,
        read_table(path),
        operator=operator,
        options=options,
        mapping=mapping,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        skip_rows=skip_rows,
    )
