"""Persian names for the guests who have none: proposals listed for review, written only once accepted.

The protocol reads Persian; a foreign guest without a Persian name shows up on its sheets in Latin or not
at all. :func:`missing_persian_names` lists everyone without one, with the spelling
:func:`accreditation.names.persian.propose_persian` proposes and its confidence; nothing is stored until
a person accepts a proposal (as it is or corrected) with :func:`accept_persian_name` or
:func:`accept_all`. Acceptance goes through :func:`accreditation.people.delegates.update_delegate`, the
one way a person is edited (access policy, optimistic version, audit), with an audit action of its own
that marks the name as reviewed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import translate
from accreditation.names.display import latin_full_name
from accreditation.names.persian import propose_persian
from accreditation.people.delegates import update_delegate
from accreditation.store.models import Delegate, DelegateStatus, Delegation, Region

#: The audit action of an accepted Persian name: the trail shows it was reviewed by a person.
REVIEWED_ACTION = "persian-name-reviewed"


@dataclass(frozen=True)
class PersianNameProposal:
    """One person without a Persian name and the spelling proposed for them."""

    id: int
    version: int
    latin: str
    native: str
    proposal: str
    confidence: float
    level: str
    source: str
    region: str
    head_of_delegation: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def missing_persian_names(session: Session, region: str | None = None) -> list[PersianNameProposal]:
    """Everyone (not cancelled) without a Persian name, heads of delegation first within each region.

    ``region`` is a region code (``astrakhan``); an unknown code is a :class:`UserError`, so a typo does
    not read as "nobody is missing".
    """
    event = current_event(session)
    stmt = (
        select(Delegate, Region.code, Delegation.head_delegate_id)
        .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
        .outerjoin(Region, Delegation.region_id == Region.id)
        .where(
            Delegate.event_id == event.id,
            Delegate.status != DelegateStatus.CANCELLED,
            func.trim(Delegate.name_fa) == "",
        )
    )
    if region:
        known = session.scalar(select(Region.id).where(Region.event_id == event.id, Region.code == region))
        if known is None:
            raise UserError(
                translate("Persian names", "There is no region with the code {code}.").format(code=region)
            )
        stmt = stmt.where(Region.code == region)
    found: list[PersianNameProposal] = []
    groups: dict[str, int] = {}
    order = stmt.order_by(Region.id.is_(None), Region.display_order, Region.code, Delegate.id)
    for person, code, head_id in session.execute(order):
        groups.setdefault(code or "", len(groups))
        proposal = propose_persian(
            person.given_name, person.family_name, person.name_native, person.nationality
        )
        found.append(
            PersianNameProposal(
                id=person.id,
                version=person.version,
                latin=latin_full_name(person.given_name, person.family_name, person.nationality),
                native=person.name_native,
                proposal=proposal.text if proposal else "",
                confidence=proposal.confidence if proposal else 0.0,
                level=proposal.level if proposal else "low",
                source=proposal.source if proposal else "",
                region=code or "",
                head_of_delegation=head_id == person.id,
            )
        )
    # Heads of delegation first within their region (a stable sort keeps the region order).
    found.sort(key=lambda p: (groups[p.region], not p.head_of_delegation))
    return found


def accept_persian_name(
    session: Session,
    delegate_id: int,
    name_fa: str,
    operator: str,
    expected_version: int | None = None,
    *,
    proposal: str = "",
) -> Delegate:
    """Store a reviewed Persian name for one person (the proposal as it is, or as corrected).

    The audit entry's action is :data:`REVIEWED_ACTION`; its detail keeps the proposal when the accepted
    name differs from it, so the trail shows what was corrected.
    """
    name = " ".join((name_fa or "").split())
    if not name:
        raise UserError(
            translate("Persian names", "The Persian name is empty: type it, or skip this person.")
        )
    detail = "reviewed" if not proposal or proposal == name else f"reviewed; proposed: {proposal}"
    return update_delegate(
        session,
        delegate_id,
        {"name_fa": name},
        operator,
        expected_version,
        action=REVIEWED_ACTION,
        detail=detail,
    )


def accept_all(
    session: Session, proposals: Iterable[PersianNameProposal], operator: str
) -> list[PersianNameProposal]:
    """Accept every proposal that has a spelling, each checked against the version it was made from.

    Returns the proposals that were written (a person with nothing to propose is left for a person).
    """
    accepted: list[PersianNameProposal] = []
    for item in proposals:
        if not item.proposal:
            continue
        accept_persian_name(session, item.id, item.proposal, operator, item.version, proposal=item.proposal)
        accepted.append(item)
    return accepted
