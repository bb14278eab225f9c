"""What an arrangement reads: the room's seats, the event's delegations and the session's participants.

Plain tuples and small dataclasses loaded with a few column queries, not ORM rows, so a 1,000-seat hall
in a 100,000-person database loads in a blink. The rule (:mod:`.precedence`), the checks
(:mod:`.conflicts`) and the views (:mod:`.views`) all work on these, which is why they sit below all
three. Which categories never get a seat is decided here, because it decides who is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from accreditation.event.rooms import ROLE_ADVISER, ROLE_HEAD, ROLE_HOST, ROLE_INTERPRETER
from accreditation.store.models import (
    Category,
    Country,
    Delegate,
    DelegateStatus,
    Delegation,
    Event,
    EventSession,
    Organization,
    Region,
    Seat,
    category_zone,
)

#: Categories never given a seat in a session's room (they work, they do not sit at the table).
NOT_SEATED = frozenset({"press", "staff", "security", "support"})


@dataclass(frozen=True)
class SeatRow:
    id: int
    label: str
    x: int
    y: int
    facing: int
    row: int
    position: int
    role: str


@dataclass
class DelegationInfo:
    id: int
    region_id: int | None
    organization_id: int | None
    head_id: int | None
    code: str = ""
    name_en: str = ""
    name_fa: str = ""
    name_ru: str = ""
    country_en: str = ""
    country_fa: str = ""
    country_ru: str = ""
    is_host: bool = False
    display_order: int = 10_000

    @property
    def regional(self) -> bool:
        return self.region_id is not None and self.organization_id is None

    def name(self, language: str) -> str:
        return {"fa": self.name_fa, "ru": self.name_ru}.get(language, self.name_en) or self.name_en

    def country(self, language: str) -> str:
        return {"fa": self.country_fa, "ru": self.country_ru}.get(
            language, self.country_en
        ) or self.country_en


class Person(NamedTuple):
    """A participant as the arrangement needs them (a tuple: 100,000 of them load in a blink)."""

    id: int
    delegation_id: int | None
    rank: int
    category: str
    family_name: str
    given_name: str

    @property
    def sort_name(self) -> str:
        return f"{self.family_name} {self.given_name}".strip()


def load_seats(session: Session, room_id: int) -> list[SeatRow]:
    rows = session.execute(
        select(Seat.id, Seat.label, Seat.x_mm, Seat.y_mm, Seat.facing, Seat.row, Seat.position, Seat.role)
        .where(Seat.room_id == room_id)
        .order_by(Seat.id)
    )
    return [SeatRow(*r) for r in rows]


def front_seat_of(seats: Sequence[SeatRow]) -> dict[int, int]:
    """For each adviser's or interpreter's chair, the head-table seat it stands behind (the nearest
    host or head seat of the row in front), by seat id."""
    fronts = [s for s in seats if s.role in (ROLE_HOST, ROLE_HEAD)]
    out: dict[int, int] = {}
    for s in seats:
        if s.role not in (ROLE_ADVISER, ROLE_INTERPRETER):
            continue
        candidates = [f for f in fronts if f.row == s.row - 1] or fronts
        if candidates:
            best = min(candidates, key=lambda f: (f.x - s.x) ** 2 + (f.y - s.y) ** 2)
            out[s.id] = best.id
    return out


def load_delegations(session: Session, event_id: int) -> dict[int, DelegationInfo]:
    out: dict[int, DelegationInfo] = {}
    rows = session.execute(
        select(
            Delegation.id,
            Delegation.region_id,
            Delegation.organization_id,
            Delegation.head_delegate_id,
            Delegation.name_en,
            Delegation.name_fa,
        ).where(Delegation.event_id == event_id)
    )
    for did, rid, oid, hid, name_en, name_fa in rows:
        out[did] = DelegationInfo(did, rid, oid, hid, name_en=name_en, name_fa=name_fa)
    regions = {
        r[0]: r[1:]
        for r in session.execute(
            select(
                Region.id,
                Region.code,
                Region.name_en,
                Region.name_fa,
                Region.name_ru,
                Region.is_host,
                Region.display_order,
                Country.name_en,
                Country.name_fa,
                Country.name_ru,
            )
            .join(Country, Region.country_id == Country.id)
            .where(Region.event_id == event_id)
        )
    }
    orgs = {
        o[0]: o[1:]
        for o in session.execute(
            select(
                Organization.id,
                Organization.code,
                Organization.name_en,
                Organization.name_fa,
                Country.name_en,
                Country.name_fa,
                Country.name_ru,
            )
            .outerjoin(Country, Organization.country_id == Country.id)
            .where(Organization.event_id == event_id)
        )
    }
    for info in out.values():
        if info.organization_id is not None and info.organization_id in orgs:
            code, en, fa, cen, cfa, cru = orgs[info.organization_id]
            info.code, info.name_en, info.name_fa, info.name_ru = code, en, fa or en, en
            info.country_en, info.country_fa, info.country_ru = cen or "", cfa or "", cru or ""
        elif info.region_id is not None and info.region_id in regions:
            code, en, fa, ru, host, order, cen, cfa, cru = regions[info.region_id]
            info.code, info.name_en, info.name_fa, info.name_ru = code, en, fa, ru
            info.is_host, info.display_order = bool(host), order
            info.country_en, info.country_fa, info.country_ru = cen, cfa, cru
    return out


def load_participants(
    session: Session, event: Event, event_session: EventSession, per_delegation: int | None = None
) -> list[Person]:
    """Everyone the session's room should seat: not cancelled, a seated category, and (when the session
    has a zone) a category whose badge opens it."""
    categories = session.execute(
        select(Category.id, Category.code, Category.rank).where(Category.event_id == event.id)
    ).all()
    allowed = {cid for cid, code, _rank in categories if code not in NOT_SEATED}
    if event_session.zone_id is not None:
        opening = set(
            session.scalars(
                select(category_zone.c.category_id).where(category_zone.c.zone_id == event_session.zone_id)
            )
        )
        allowed &= opening
    info = {cid: (code, rank) for cid, code, rank in categories}
    # Core rows through the connection, not ORM rows: this is most of an arrangement's time.
    query = select(
        Delegate.id, Delegate.delegation_id, Delegate.category_id, Delegate.family_name, Delegate.given_name
    ).where(
        Delegate.event_id == event.id,
        Delegate.status != DelegateStatus.CANCELLED.value,
        Delegate.category_id.in_(allowed),
    )
    if per_delegation is not None:
        # No delegation can seat more people than the room has seats: only its first ones (by rank,
        # then registration) are loaded, one indexed query per delegation with a LIMIT, so a
        # 100,000-person event arranges nearly as fast as a small one.
        ranked = query.join(Category, Delegate.category_id == Category.id).order_by(
            Category.rank, Delegate.id
        )
        conn = session.connection()
        # Without the event filter (a delegation is in one event), so SQLite walks the delegation index
        # rather than every person of the event once per delegation.
        one = (
            select(
                Delegate.id,
                Delegate.delegation_id,
                Delegate.category_id,
                Delegate.family_name,
                Delegate.given_name,
            )
            .join(Category, Delegate.category_id == Category.id)
            .where(
                Delegate.delegation_id == bindparam("delegation"),
                Delegate.status != DelegateStatus.CANCELLED.value,
                Delegate.category_id.in_(allowed),
            )
            .order_by(Category.rank, Delegate.id)
            .limit(per_delegation)
        )
        delegation_ids = (
            conn.execute(select(Delegation.id).where(Delegation.event_id == event.id)).scalars().all()
        )
        rows = [row for did in delegation_ids for row in conn.execute(one, {"delegation": did}).all()]
        rows += conn.execute(ranked.where(Delegate.delegation_id.is_(None)).limit(per_delegation)).all()
        rows.sort()
        return [
            Person(pid, did, info[cid][1], info[cid][0], family, given)
            for pid, did, cid, family, given in rows
        ]
    rows = session.connection().execute(query.order_by("id")).all()
    return [
        Person(pid, did, info[cid][1], info[cid][0], family, given) for pid, did, cid, family, given in rows
    ]


def count_participants(session: Session, event: Event, event_session: EventSession) -> int:
    categories = session.execute(
        select(Category.id, Category.code).where(Category.event_id == event.id)
    ).all()
    allowed = {cid for cid, code in categories if code not in NOT_SEATED}
    if event_session.zone_id is not None:
        allowed &= set(
            session.scalars(
                select(category_zone.c.category_id).where(category_zone.c.zone_id == event_session.zone_id)
            )
        )
    return (
        session.scalar(
            select(func.count(Delegate.id)).where(
                Delegate.event_id == event.id,
                Delegate.status != DelegateStatus.CANCELLED.value,
                Delegate.category_id.in_(allowed),
            )
        )
        or 0
    )
