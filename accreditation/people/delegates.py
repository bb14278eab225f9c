"""The one way to create, edit and cancel a person: used by the editor window and by the importer.

Keeping these rules in one place means a person typed at the desk and a person read from a region's
spreadsheet are checked the same way, matched against the same records and leave the same audit trail.

``data`` and ``changes`` are plain dicts keyed by :class:`~accreditation.store.models.Delegate` attribute
names (``given_name``, ``document_no``, ``category_id`` ...), plus ``region_id`` as a convenience: the
person then joins that region's delegation, which is created on first use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from accreditation.access.policy import Action, require
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import translate
from accreditation.people.badge_records import revoke_for_cancelled
from accreditation.people.fields import (
    DELEGATE_FIELDS,
    FieldProblem,
    clean_fields,
    name_keys,
    normalize_document_no,
    snapshot,
    validate_delegate_fields,
)
from accreditation.people.status import withdraw_on_change
from accreditation.store import audit, search_index
from accreditation.store.models import (
    Delegate,
    DelegateStatus,
    Delegation,
    Organization,
    Region,
    delegate_sort_values,
    utcnow,
)


class InvalidDelegate(UserError):
    """The data cannot be saved as it is; ``problems`` says which fields and why."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        self.problems = list(problems)
        super().__init__(
            " ".join(p.message for p in self.problems)
            or translate("Delegates", "The person's data is not valid.")
        )


class StaleEdit(UserError):
    """Someone else saved this person after the form was opened: reload instead of overwriting."""

    def __init__(self, delegate_id: int, expected_version: int | None, current_version: int | None) -> None:
        self.delegate_id = delegate_id
        self.expected_version = expected_version
        self.current_version = current_version
        super().__init__(
            translate(
                "Delegates",
                "Someone else changed this person while you were editing (your copy is version {yours}, "
                "the saved one is version {saved}). Reopen the record to see their changes, then make yours "
                "again.",
            ).format(yours=expected_version, saved=current_version)
        )


# --- event and delegation ------------------------------------------------------------------------------


def current_event_id(session: Session) -> int:
    """The event people are added to (one event per database, as the event loader decides)."""
    return current_event(session).id


def delegation_for_region(session: Session, region: Region) -> Delegation:
    """The region's official delegation, created on first use so every regional person has one."""
    existing = session.scalar(
        select(Delegation)
        .where(Delegation.region_id == region.id, Delegation.organization_id.is_(None))
        .order_by(Delegation.id)
        .limit(1)
    )
    if existing is not None:
        return existing
    delegation = Delegation(
        event_id=region.event_id,
        region_id=region.id,
        name_en=f"Delegation of {region.name_en}",
        name_fa=f"هیئت {region.name_fa}",
    )
    session.add(delegation)
    session.flush()
    return delegation


def delegation_for_organization(session: Session, organization: Organization) -> Delegation:
    """A guest organization's delegation (an embassy, a ministry...), so the directory lists its people."""
    existing = session.scalar(
        select(Delegation)
        .where(Delegation.organization_id == organization.id, Delegation.region_id.is_(None))
        .order_by(Delegation.id)
        .limit(1)
    )
    if existing is not None:
        return existing
    delegation = Delegation(
        event_id=organization.event_id,
        organization_id=organization.id,
        name_en=organization.name_en,
        name_fa=organization.name_fa,
    )
    session.add(delegation)
    session.flush()
    return delegation


def _resolve_region(session: Session, data: dict[str, Any], cache: dict[int, int] | None = None) -> None:
    region_id = data.pop("region_id", None)
    if region_id is None:
        return
    if cache is not None and region_id in cache:
        data["delegation_id"] = cache[region_id]
        return
    region = session.get(Region, region_id)
    if region is None:
        raise UserError(translate("Delegates", "There is no region with id {id}.").format(id=region_id))
    data["delegation_id"] = delegation_for_region(session, region).id
    if cache is not None:
        cache[region_id] = data["delegation_id"]


# --- create, update, cancel -----------------------------------------------------------------------------


#: What a new person's fields are when the data leaves them out: one key set for every row, so a bulk
#: insert is one batched statement.
_NEW_DEFAULTS: dict[str, Any] = {
    **{f: "" for f in DELEGATE_FIELDS},
    "latin_to_verify": False,
    "gender": None,
    "arrival": None,
    "departure": None,
    "category_id": None,
    "delegation_id": None,
    "organization_id": None,
    "status": DelegateStatus.REGISTERED,
}


#: The fields a new person's audit entry lists (the insert row also holds ids, timestamps and sort keys).
_AUDITED_FIELDS = frozenset(DELEGATE_FIELDS)


def create_delegates(
    session: Session,
    items: Sequence[Mapping[str, Any]],
    operator: str,
    *,
    action: str = "create",
    detail: str = "",
    checked: bool = False,
    index: bool = True,
) -> list[int]:
    """Create many people and their audit entries with a few batched statements; returns their ids.

    All items are checked before anything is written (:class:`InvalidDelegate` for the first bad one).
    Thousands of imported rows go through here as one multi-row INSERT ... RETURNING rather than
    thousands of ORM objects, which is what keeps a 10,000-row import within seconds;
    :func:`create_delegate` is the one-person case of the same path.

    ``checked=True`` says the caller has just run :func:`clean_fields` and
    :func:`validate_delegate_fields` on these same items (the importer's preview does), so they are
    not cleaned and checked twice. ``index=False`` leaves the names
    index to the caller (the importer updates it after committing; see ``search_index.reindex``).
    """
    require(session, Action.EDIT_PEOPLE, operator)
    if not items:
        return []
    event_id = current_event_id(session)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    delegations: dict[int, int] = {}
    for item in items:
        data = item if checked else clean_fields(item)
        if not checked:
            problems = validate_delegate_fields(data)
            if problems:
                raise InvalidDelegate(problems)
        # The row is the one copy made of the item; the region becomes its delegation in place, and the
        # name sort keys are added here because the bulk insert skips per-row defaults.
        row = {**_NEW_DEFAULTS, **data, "event_id": event_id, "created_at": now, "updated_at": now}
        _resolve_region(session, row, delegations)
        row.update(delegate_sort_values(row))
        rows.append(row)
    ids = audit.insert_rows(session, Delegate.__table__, rows, return_ids=True)
    base = audit.entry_values(
        operator=operator, action=action, entity="delegate", entity_id=None, changes={}, detail=detail, at=now
    )
    # One entry per person with every field it was created with (before: nothing).
    audit.record_many(
        session,
        (
            {**base, "entity_id": pid, "changes": audit.creation_changes(row, _AUDITED_FIELDS)}
            for pid, row in zip(ids, rows, strict=True)
        ),
    )
    if index:
        # The names index follows ORM flushes by itself; a bulk INSERT has to tell it.
        search_index.reindex(session, ids)
    return ids


def create_delegate(session: Session, data: Mapping[str, Any], operator: str) -> Delegate:
    """Create one person (status registered) and record it in the audit trail."""
    (pid,) = create_delegates(session, [data], operator)
    delegate = session.get(Delegate, pid)
    assert delegate is not None
    return delegate


def update_delegate(
    session: Session,
    delegate_id: int,
    changes: Mapping[str, Any],
    operator: str,
    expected_version: int | None = None,
    *,
    action: str = "edit",
    detail: str = "",
    flush: bool = True,
) -> Delegate:
    """Apply ``changes`` to one person, refusing a save based on an older version than the stored one.

    ``expected_version`` is the version the editor read; a mismatch (or a concurrent save detected at
    flush) raises :class:`StaleEdit` carrying both versions. Only fields that really change are written
    and audited; nothing changes when nothing differs. ``flush=False`` lets the importer flush once
    for thousands of updates.
    """
    require(session, Action.EDIT_PEOPLE, operator)
    delegate = session.get(Delegate, delegate_id)
    if delegate is None:
        raise UserError(translate("Delegates", "There is no person with id {id}.").format(id=delegate_id))
    if expected_version is not None and delegate.version != expected_version:
        raise StaleEdit(delegate_id, expected_version, delegate.version)
    data = clean_fields(changes)
    _resolve_region(session, data)
    before = snapshot(delegate)
    merged = {**before, **data}
    problems = validate_delegate_fields({**merged, "category_id": merged.get("category_id")})
    if problems:
        raise InvalidDelegate(problems)
    diff = audit.delegate_changes(before, data)
    if not diff:
        return delegate
    for field, (_old, new) in diff.items():
        setattr(delegate, field, new)
    # An approved person whose passport data changed goes back to pending.
    diff, detail = withdraw_on_change(delegate, diff, detail)
    audit.record(
        session,
        operator=operator,
        action=action,
        entity="delegate",
        entity_id=delegate.id,
        changes=diff,
        detail=detail,
    )
    if flush:
        flush_checked(session, delegate_id, expected_version)
    return delegate


def flush_checked(
    session: Session, delegate_id: int | None = None, expected_version: int | None = None
) -> None:
    """Flush, turning SQLAlchemy's version-counter failure into the desk's :class:`StaleEdit`."""
    try:
        session.flush()
    except StaleDataError as exc:
        current = None
        if delegate_id is not None:
            # The failed flush ended this session's transaction: ask on a connection of its own.
            with session.get_bind().connect() as connection:
                current = connection.execute(
                    select(Delegate.version).where(Delegate.id == delegate_id)
                ).scalar()
        raise StaleEdit(delegate_id or 0, expected_version, current) from exc


def cancel_delegate(
    session: Session, delegate_id: int, operator: str, reason: str, expected_version: int | None = None
) -> Delegate:
    """Cancel a person: a status, never a deletion, so badges, check-ins and the trail still resolve.

    Their badges are revoked at once (:func:`accreditation.people.badge_records.revoke_for_cancelled`).
    """
    require(session, Action.EDIT_PEOPLE, operator)
    delegate = update_delegate(
        session,
        delegate_id,
        {"status": DelegateStatus.CANCELLED},
        operator,
        expected_version,
        action="cancel",
        detail=reason,
    )
    revoke_for_cancelled(session, delegate, operator=operator, reason=reason)
    return delegate


# --- possible duplicates --------------------------------------------------------------------------------


def _region_id_of(session: Session, data: Mapping[str, Any]) -> int | None:
    if data.get("region_id") is not None:
        return int(data["region_id"])
    delegation_id = data.get("delegation_id")
    if delegation_id:
        delegation = session.get(Delegation, delegation_id)
        return delegation.region_id if delegation else None
    return None


def find_possible_duplicates(
    session: Session, data: Mapping[str, Any], *, exclude_id: int | None = None
) -> list[Delegate]:
    """People who may be this one: same passport number, or same normalized name in the same region.

    A warning for the editor to show with a link to the other record, never a block: two people can
    share a name, and the desk decides.
    """
    found: dict[int, Delegate] = {}
    document = normalize_document_no(data.get("document_no"))
    if document:
        for d in session.scalars(select(Delegate).where(Delegate.document_no == document)):
            found[d.id] = d
    keys = name_keys(
        data.get("given_name"), data.get("family_name"), data.get("name_fa"), data.get("name_native")
    )
    if keys:
        region_id = _region_id_of(session, data)
        stmt = select(Delegate).outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
        stmt = (
            stmt.where(Delegation.region_id == region_id)
            if region_id is not None
            else stmt.where((Delegate.delegation_id.is_(None)) | (Delegation.region_id.is_(None)))
        )
        for d in session.scalars(stmt):
            if d.id not in found and keys & name_keys(d.given_name, d.family_name, d.name_fa, d.name_native):
                found[d.id] = d
    found.pop(exclude_id, None) if exclude_id is not None else None
    return sorted(found.values(), key=lambda d: d.id)
