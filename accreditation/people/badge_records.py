"""The badge rows a person owns: listing them, writing their history, revoking them.

These sit with the people rather than in :mod:`accreditation.badges` because a person's own status
changes reach them: cancelling a person (:func:`accreditation.people.delegates.cancel_delegate`) or
protocol refusing them (:func:`accreditation.people.approval.reject`) revokes their badges at once, so
the card in their pocket stops opening doors. Issuing, reissuing and printing, which build on these,
are :mod:`accreditation.badges.issuing`'s. Every change writes a history row on the badge and an audit
entry, in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.store import audit
from accreditation.store.models import Badge, BadgeHistory, BadgeStatus, Delegate, utcnow

#: The revocation reason of a cancelled person's badges.
CANCELLED_REASON = "cancelled"


def write_history(
    session: Session, badge: Badge, action: str, detail: str, operator: str, at: datetime | None = None
) -> None:
    # Added by id rather than appended to ``badge.history``: appending would first load the whole
    # history of every badge printed, one query each.
    if badge.id is None:
        session.flush()
    session.add(
        BadgeHistory(
            badge_id=badge.id, action=action, detail=detail[:300], operator=operator[:100], at=at or utcnow()
        )
    )


def audit_badge(session: Session, badge: Badge, action: str, operator: str, detail: str, changes: dict) -> None:
    session.flush()  # the badge needs its id for the audit entry
    audit.record(
        session,
        operator=operator,
        action=action,
        entity="badge",
        entity_id=badge.id,
        changes=changes,
        detail=detail,
    )


def badges_of(session: Session, delegate: Delegate) -> list[Badge]:
    """All versions of a person's badges, oldest first."""
    return list(
        session.scalars(
            select(Badge).where(Badge.delegate_id == delegate.id).order_by(Badge.number, Badge.version)
        )
    )


def revoke_badge(session: Session, badge: Badge, reason: str, operator: str) -> None:
    now = utcnow()
    badge.status = BadgeStatus.REVOKED
    badge.revoked_at = now
    badge.revoke_reason = reason[:40]
    write_history(session, badge, "revoked", reason, operator, now)


def revoke_for_cancelled(
    session: Session, delegate: Delegate, operator: str = "", reason: str = CANCELLED_REASON
) -> list[Badge]:
    """Revoke every live badge of a cancelled person (called by the delegate-cancel service)."""
    revoked: list[Badge] = []
    for badge in badges_of(session, delegate):
        if badge.status != BadgeStatus.REVOKED:
            revoke_badge(session, badge, CANCELLED_REASON, operator)
            audit_badge(
                session, badge, "revoke", operator, f"badge {badge.number:05d} v{badge.version}: {reason}", {}
            )
            revoked.append(badge)
    return revoked
