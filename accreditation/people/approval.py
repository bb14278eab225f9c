"""Protocol's approval: nobody gets a badge printed until protocol has checked them against their passport.

The model is the status the person already has: ``registered`` *is* "pending approval", ``approved`` is
approved, and a printed or collected badge implies the person was approved. Protocol approves, rejects
(the person is cancelled, with the reason) or sends back for more information (the person stays
pending, the reason is on record for the desk). Each is an audited status change through
:func:`accreditation.people.delegates.update_delegate`, so the optimistic lock and the trail work as for any
edit; the audit entry's action (``approve``, ``reject``, ``send-back``) and detail (the reason) are the
approval history.

Approval is of the person *as they were checked*: when an approved person's names, document number or
photo change, they go back to pending; the change's own audit entry records the status change too and
says why (:data:`WITHDRAWN_MARK` and the fields), under the name of whoever made the change.

The badge run prints only approved people; an administrator may print others anyway, which is recorded
per person (action ``print-override``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.errors import UserError
from accreditation.i18n import count, translate
from accreditation.people.badge_records import revoke_for_cancelled
from accreditation.people.delegates import flush_checked, update_delegate
from accreditation.people.status import APPROVED_STATUSES, WITHDRAWN_MARK
from accreditation.store import audit
from accreditation.store.models import AuditEntry, Delegate, DelegateStatus

#: Audit actions of the approval history, newest last in a person's trail.
APPROVAL_ACTIONS = ("approve", "reject", "send-back")
#: The decision reported for such an edit by :func:`latest_decisions`.
WITHDRAWN = "unapprove"


class ApprovalError(UserError):
    """An approval action that cannot be done as asked (one line for the desk)."""


class NotApproved(UserError):
    """Badges asked for people protocol has not approved; ``people`` are the ones concerned."""

    def __init__(self, people: Sequence[Delegate], override_hint: str | None = None) -> None:
        """``override_hint`` says how an administrator overrides where the message is shown."""
        self.people = list(people)
        if override_hint is None:
            override_hint = translate("Approval", "an administrator can override")
        shown = ", ".join(f"{_name(p)} (#{p.id})" for p in self.people[:5])
        more = (
            translate("Approval", " and {count} more").format(count=count(len(self.people) - 5))
            if len(self.people) > 5
            else ""
        )
        ids = " ".join(str(p.id) for p in self.people[:5])
        super().__init__(
            translate(
                "Approval",
                "No badge printed: {people}{more} not approved by protocol yet. Approve first ('approve "
                "{ids}'), "
                "or {override}, which is recorded in the audit trail.",
            ).format(people=shown, more=more, ids=ids, override=override_hint)
        )


@dataclass
class ApprovalResult:
    """What a (bulk) approval action did: who changed, who was left as they were and why."""

    changed: list[int] = field(default_factory=list)
    unchanged: dict[int, str] = field(default_factory=dict)


def _name(delegate: Delegate) -> str:
    return delegate.latin_name or delegate.name_fa or delegate.name_native or f"person {delegate.id}"


def _people(session: Session, ids: Iterable[int]) -> list[Delegate]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise ApprovalError(translate("Approval", "Name at least one person."))
    found = {d.id: d for d in session.scalars(select(Delegate).where(Delegate.id.in_(wanted)))}
    missing = [str(i) for i in wanted if i not in found]
    if missing:
        raise ApprovalError(
            translate("Approval", "There is no person with id {ids}.").format(ids=", ".join(missing))
        )
    return [found[i] for i in wanted]


def _set_status(
    session: Session,
    delegate: Delegate,
    status: DelegateStatus,
    operator: str,
    action: str,
    reason: str,
    expected_version: int | None,
) -> None:
    update_delegate(
        session,
        delegate.id,
        {"status": status},
        operator,
        expected_version,
        action=action,
        detail=reason,
        flush=False,
    )


def _require_operator(operator: str) -> str:
    operator = (operator or "").strip()
    if not operator:
        raise ApprovalError(
            translate("Approval", "Say who is deciding: the operator's name goes into the audit trail.")
        )
    return operator


def approve(
    session: Session,
    ids: Iterable[int],
    operator: str,
    *,
    reason: str = "",
    versions: Mapping[int, int] | None = None,
) -> ApprovalResult:
    """Approve pending people. Already approved people are left alone; cancelled ones are refused.

    ``versions`` (id -> version the queue showed) makes a decision on an outdated row fail with
    :class:`~accreditation.people.delegates.StaleEdit` rather than approve data protocol never saw.
    """
    require(session, Action.APPROVE, operator)
    operator = _require_operator(operator)
    result = ApprovalResult()
    for delegate in _people(session, ids):
        if delegate.status == DelegateStatus.CANCELLED:
            result.unchanged[delegate.id] = "cancelled"
            continue
        if delegate.status in APPROVED_STATUSES:
            result.unchanged[delegate.id] = "already approved"
            continue
        _set_status(
            session,
            delegate,
            DelegateStatus.APPROVED,
            operator,
            "approve",
            reason.strip(),
            (versions or {}).get(delegate.id),
        )
        result.changed.append(delegate.id)
    flush_checked(session)
    return result


def reject(
    session: Session,
    ids: Iterable[int],
    operator: str,
    reason: str,
    *,
    versions: Mapping[int, int] | None = None,
) -> ApprovalResult:
    """Refuse accreditation: the person is cancelled (never deleted) and any badge revoked; a reason is required."""
    require(session, Action.APPROVE, operator)
    operator = _require_operator(operator)
    reason = (reason or "").strip()
    if not reason:
        raise ApprovalError(
            translate(
                "Approval", "Say why the accreditation is refused: the reason is kept with the decision."
            )
        )
    result = ApprovalResult()
    for delegate in _people(session, ids):
        if delegate.status == DelegateStatus.CANCELLED:
            result.unchanged[delegate.id] = "cancelled"
            continue
        _set_status(
            session,
            delegate,
            DelegateStatus.CANCELLED,
            operator,
            "reject",
            reason,
            (versions or {}).get(delegate.id),
        )
        revoke_for_cancelled(session, delegate, operator=operator, reason=f"rejected: {reason}")
        result.changed.append(delegate.id)
    flush_checked(session)
    return result


def send_back(
    session: Session,
    ids: Iterable[int],
    operator: str,
    reason: str,
    *,
    versions: Mapping[int, int] | None = None,
) -> ApprovalResult:
    """Ask for more information: the person is (or goes back to) pending, with the question on record."""
    require(session, Action.APPROVE, operator)
    operator = _require_operator(operator)
    reason = (reason or "").strip()
    if not reason:
        raise ApprovalError(
            translate("Approval", "Say what information is missing: the desk needs it to follow up.")
        )
    result = ApprovalResult()
    for delegate in _people(session, ids):
        if delegate.status == DelegateStatus.CANCELLED:
            result.unchanged[delegate.id] = "cancelled"
            continue
        if delegate.status == DelegateStatus.REGISTERED:
            # The status stays; the request is an entry of its own in the trail.
            audit.record(
                session,
                operator=operator,
                action="send-back",
                entity="delegate",
                entity_id=delegate.id,
                changes={},
                detail=reason,
            )
        else:
            _set_status(
                session,
                delegate,
                DelegateStatus.REGISTERED,
                operator,
                "send-back",
                reason,
                (versions or {}).get(delegate.id),
            )
        result.changed.append(delegate.id)
    flush_checked(session)
    return result


def record_override(session: Session, people: Sequence[Delegate], operator: str, detail: str = "") -> None:
    """Record, per person, that an administrator printed a badge without protocol's approval."""
    require(session, Action.APPROVE, operator)  # printing past approval is approving: the admin's call
    operator = _require_operator(operator)
    base = audit.entry_values(
        operator=operator,
        action="print-override",
        entity="delegate",
        entity_id=None,
        changes={},
        detail=detail or "badge printed without protocol approval (administrator override)",
    )
    audit.record_many(session, ({**base, "entity_id": p.id} for p in people))


def require_approved(
    session: Session, people: Sequence[Delegate], *, override_by: str | None = None, detail: str = ""
) -> list[Delegate]:
    """Refuse (:class:`NotApproved`) unless every person is approved, or an administrator overrides.

    With ``override_by`` (the administrator's name) the pending people are let through and the override
    is recorded for each; returns them.
    """
    pending = [p for p in people if p.status == DelegateStatus.REGISTERED]
    if not pending:
        return []
    if override_by is None:
        raise NotApproved(pending)
    record_override(session, pending, override_by, detail)
    return pending


@dataclass(frozen=True)
class Decision:
    """The newest approval action on a person: what the queue shows next to them."""

    action: str
    operator: str
    detail: str
    at: Any


def latest_decisions(session: Session, ids: Sequence[int] | None = None) -> dict[int, Decision]:
    """Each person's newest approval event by delegate id: a decision (approve, reject, send-back) or an
    edit that withdrew an approval (action ``"unapprove"``, detail: the fields that changed)."""
    stmt = (
        select(AuditEntry)
        .where(
            AuditEntry.entity == "delegate",
            AuditEntry.action.in_(APPROVAL_ACTIONS) | AuditEntry.detail.contains(WITHDRAWN_MARK),
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    if ids is not None:
        stmt = stmt.where(AuditEntry.entity_id.in_(list(ids)))
    out: dict[int, Decision] = {}
    for entry in session.scalars(stmt):
        if entry.entity_id is None:
            continue
        if entry.action in APPROVAL_ACTIONS:
            out[entry.entity_id] = Decision(entry.action, entry.operator, entry.detail, entry.at)
        else:
            fields = entry.detail.split(WITHDRAWN_MARK, 1)[1]
            out[entry.entity_id] = Decision(WITHDRAWN, entry.operator, fields, entry.at)
    return out
