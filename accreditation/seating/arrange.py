"""Protocol seating: who sits where in a session's room, and why.

The rule, as a protocol officer states it:

* the host (the head of the host region's delegation) at the centre of the head table;
* heads of delegation in order of precedence alternating to the host's right and left (positions 1,
  -1, 2, -2... as the seated host sees it, see :mod:`accreditation.event.rooms`);
* the order of precedence: by rank (the category's protocol rank), then alphabetically by region —
  or by country, then region — in a chosen language (Persian, English, Russian...), or a list the
  officer orders by hand (``SeatingPlan.manual_order``: region or organization codes, or delegate ids);
* each head's advisers in the chair behind them, their interpreter behind and to their right;
* guests (ministers, ambassadors, national officials, international organizations) in the guest
  seats by rank, then name; seats can be reserved for a named guest;
* the rest of each delegation in the delegation rows, delegation by delegation in order of precedence;
* locked seats stay as they are when the plan is arranged again.

Every assignment carries its rule in words (``SeatAssignment.rule``). The arrangement works on plain
tuples loaded with a few column queries and writes with one bulk insert, so a 1,000-seat hall is
arranged in a fraction of a second even in a 100,000-person database.
"""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import NamedTuple

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.orm import Session, object_session

from accreditation.access.policy import Action, require
from accreditation.errors import UserError
from accreditation.event.rooms import (
    ROLE_ADVISER,
    ROLE_DELEGATION,
    ROLE_GUEST,
    ROLE_HEAD,
    ROLE_HOST,
    ROLE_INTERPRETER,
)
from accreditation.i18n import translate
from accreditation.i18n.digits import to_persian_digits
from accreditation.names.collation import sort_key
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
    Room,
    Seat,
    SeatAssignment,
    SeatingPlan,
    category_zone,
)

PRECEDENCE_RANK_REGION = "rank_alpha"
PRECEDENCE_RANK_COUNTRY = "rank_country_alpha"
PRECEDENCE_MANUAL = "manual"
PRECEDENCES = (PRECEDENCE_RANK_REGION, PRECEDENCE_RANK_COUNTRY, PRECEDENCE_MANUAL)
LANGUAGE_NAMES = {"fa": "Persian", "en": "English", "ru": "Russian"}

#: Categories never given a seat in a session's room (they work, they do not sit at the table).
NOT_SEATED = frozenset({"press", "staff", "security", "support"})
#: Categories seated as guests when they do not belong to a region's delegation.
GUEST_CATEGORIES = frozenset({"minister", "ambassador", "vip", "international"})
INTERPRETER_CATEGORY = "interpreter"

#: How many unseated people a plan view lists (by rank); the total is counted.
UNSEATED_SHOWN = 500

CONFLICT_TWO_SEATS = "person_in_two_seats"
CONFLICT_SEAT_TWICE = "seat_used_twice"
CONFLICT_SPLIT = "delegation_split"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def row_name(seat: SeatRow) -> str:
    """The row as the hall marks it: the letters of the seat's label ("C" of "C12"), else its number."""
    match = re.match(r"[A-Za-z]+(?=\d)", seat.label)
    return match.group(0) if match else str(seat.row)


def side_words(position: int) -> str:
    """Where a position is, in words: "the centre", "2nd place to the host's right"..."""
    if position == 0:
        return "the centre"
    side = "right" if position > 0 else "left"
    return f"{_ordinal(abs(position))} place to the host's {side}"


def precedence_slot(position: int) -> int:
    """0, 1, -1, 2, -2, ... -> 0, 1, 2, 3, 4: the order in which precedence fills positions."""
    return 2 * position - 1 if position > 0 else -2 * position


# --- loaded data ----------------------------------------------------------------------------------
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


@dataclass
class ArrangeResult:
    plan_id: int
    seated: int
    unseated: int  # how many participants have no seat
    kept_locked: int
    seconds: float
    host_id: int | None
    order: list[int] = field(default_factory=list)  # heads of delegation in order of precedence


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


def _count_participants(session: Session, event: Event, event_session: EventSession) -> int:
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


# --- plans ----------------------------------------------------------------------------------------
def find_session(session: Session, event: Event, code: str) -> EventSession:
    found = session.scalars(
        select(EventSession).where(EventSession.event_id == event.id, EventSession.code == code)
    ).one_or_none()
    if found is None:
        codes = ", ".join(session.scalars(select(EventSession.code).where(EventSession.event_id == event.id)))
        raise UserError(
            translate("Seating", "No session with code '{code}' (known: {codes})").format(
                code=code, codes=codes
            )
        )
    return found


def find_room(session: Session, event: Event, code: str) -> Room:
    room = session.scalars(select(Room).where(Room.event_id == event.id, Room.code == code)).one_or_none()
    if room is None:
        codes = ", ".join(session.scalars(select(Room.code).where(Room.event_id == event.id))) or "none"
        raise UserError(
            translate("Seating", "No room with code '{code}' (known: {codes})").format(code=code, codes=codes)
        )
    return room


def plan_for_session(
    session: Session, event: Event, code: str, *, room_code: str | None = None
) -> SeatingPlan:
    """The session's seating plan, created (empty) on first use in the session's room."""
    event_session = find_session(session, event, code)
    plan = session.scalars(
        select(SeatingPlan).where(SeatingPlan.session_id == event_session.id)
    ).one_or_none()
    wanted_room = room_code or event_session.room_code
    if plan is None:
        if not wanted_room:
            raise UserError(
                translate("Seating", "Session '{code}' has no room: give one with --room").format(code=code)
            )
        room = find_room(session, event, wanted_room)
        plan = SeatingPlan(
            session_id=event_session.id,
            room_id=room.id,
            precedence=PRECEDENCE_RANK_REGION,
            alpha_language="en",
            manual_order=[],
        )
        session.add(plan)
        session.flush()
    elif room_code and plan.room.code != room_code:
        plan.room_id = find_room(session, event, room_code).id
        session.execute(delete(SeatAssignment).where(SeatAssignment.plan_id == plan.id))
        session.flush()
        session.expire(plan)
    return plan


def configure_plan(
    plan: SeatingPlan,
    *,
    precedence: str | None = None,
    language: str | None = None,
    manual_order: Sequence[str | int] | None = None,
) -> None:
    session = object_session(plan)
    if session is not None:
        require(session, Action.SEATING)
    if precedence is not None:
        if precedence not in PRECEDENCES:
            raise UserError(
                translate("Seating", "Unknown precedence '{precedence}' (known: {value})").format(
                    precedence=precedence, value=", ".join(PRECEDENCES)
                )
            )
        plan.precedence = precedence
    if language is not None:
        if language not in LANGUAGE_NAMES:
            raise UserError(
                translate(
                    "Seating", "Alphabetical order in '{language}' is not supported (use fa, en or ru)"
                ).format(language=language)
            )
        plan.alpha_language = language
    if manual_order is not None:
        plan.manual_order = [
            int(x) if isinstance(x, int) or str(x).isdigit() else str(x) for x in manual_order
        ]
        if plan.manual_order and precedence is None:
            plan.precedence = PRECEDENCE_MANUAL


def _precedence_key(plan: SeatingPlan, delegations: dict[int, DelegationInfo]):  # type: ignore[no-untyped-def]
    language = plan.alpha_language or "en"
    manual = {str(x): i for i, x in enumerate(plan.manual_order or [])}

    def key(person: Person) -> tuple:
        info = delegations.get(person.delegation_id or -1)
        region = sort_key(info.name(language), language) if info else ((), "")
        country = sort_key(info.country(language), language) if info else ((), "")
        if plan.precedence == PRECEDENCE_MANUAL:
            by_hand = manual.get(str(person.id), manual.get(info.code if info else "", math.inf))
            return (by_hand, person.rank, region, person.id)
        if plan.precedence == PRECEDENCE_RANK_COUNTRY:
            return (person.rank, country, region, person.id)
        return (person.rank, region, person.id)

    return key


def precedence_words(plan: SeatingPlan) -> str:
    language = LANGUAGE_NAMES.get(plan.alpha_language, plan.alpha_language)
    if plan.precedence == PRECEDENCE_MANUAL:
        return "the protocol officer's order"
    if plan.precedence == PRECEDENCE_RANK_COUNTRY:
        return f"rank, then country and region name in {language}"
    return f"rank, then region name in {language}"


def arrange(session: Session, plan: SeatingPlan) -> ArrangeResult:
    """Seat the session's participants by the plan's precedence; locked assignments stay as they are."""
    require(session, Action.SEATING)
    started = time.perf_counter()
    event_session = session.get(EventSession, plan.session_id)
    assert event_session is not None
    event = session.get(Event, event_session.event_id)
    assert event is not None
    seats = load_seats(session, plan.room_id)
    delegations = load_delegations(session, event.id)
    people = load_participants(session, event, event_session, per_delegation=len(seats))

    kept = session.execute(
        select(SeatAssignment.seat_id, SeatAssignment.delegate_id).where(
            SeatAssignment.plan_id == plan.id, SeatAssignment.locked.is_(True)
        )
    ).all()
    session.execute(
        delete(SeatAssignment).where(SeatAssignment.plan_id == plan.id, SeatAssignment.locked.is_(False))
    )
    taken_seats = {seat_id for seat_id, _d in kept}
    placed_people = {d for _s, d in kept if d is not None}

    by_id = {p.id: p for p in people}
    members: dict[int, list[Person]] = defaultdict(list)
    for p in people:
        if p.id not in placed_people and p.delegation_id is not None:
            members[p.delegation_id].append(p)
    for group in members.values():
        group.sort(key=lambda p: (p.rank, p.id))

    rows: list[dict] = []
    occupant: dict[int, int] = {}  # seat id -> delegation id of the person placed there (this run)

    def place(seat: SeatRow, person: Person, rule: str) -> None:
        rows.append(
            {
                "plan_id": plan.id,
                "seat_id": seat.id,
                "delegate_id": person.id,
                "reserved_for": "",
                "locked": False,
                "rule": rule,
            }
        )
        taken_seats.add(seat.id)
        placed_people.add(person.id)
        if person.delegation_id is not None:
            occupant[seat.id] = person.delegation_id

    def free(role: str | tuple[str, ...]) -> list[SeatRow]:
        roles = (role,) if isinstance(role, str) else role
        return [s for s in seats if s.role in roles and s.id not in taken_seats]

    # Heads of regional delegations, the host first.
    heads = [
        by_id[info.head_id]
        for info in delegations.values()
        if info.regional and info.head_id in by_id and info.head_id not in placed_people
    ]
    host = next((p for p in heads if delegations[p.delegation_id or -1].is_host), None)
    key = _precedence_key(plan, delegations)
    ordered = sorted((p for p in heads if p is not host), key=key)
    words = precedence_words(plan)

    head_seats = sorted(free((ROLE_HOST, ROLE_HEAD)), key=lambda s: (s.row, precedence_slot(s.position)))
    centre = next((s for s in head_seats if s.position == 0), None)
    if host is not None and centre is not None:
        place(centre, host, "Host: the head of the host region's delegation, at the centre of the head table")
        head_seats.remove(centre)
    elif host is not None:
        ordered.insert(0, host)
    for n, head in enumerate(ordered, start=1):
        if not head_seats:
            break
        seat = head_seats.pop(0)
        place(seat, head, f"Precedence {n} ({words}): head of delegation, {side_words(seat.position)}")

    # Behind each head: an adviser, and an interpreter behind and to the right.
    fronts = front_seat_of(seats)
    head_delegation = {seat_id: did for seat_id, did in occupant.items()}
    for s in free((ROLE_ADVISER, ROLE_INTERPRETER)):
        did = head_delegation.get(fronts.get(s.id, -1))
        if did is None:
            continue
        group = members.get(did, [])
        info = delegations[did]
        waiting = (p for p in group if p.id not in placed_people)
        if s.role == ROLE_INTERPRETER:
            choice = next(
                (p for p in group if p.category == INTERPRETER_CATEGORY and p.id not in placed_people), None
            )
            rule = f"Interpreter of {info.name_en}: behind and to the right of the head of delegation"
            if choice is None:
                choice = next((p for p in waiting if p.category not in GUEST_CATEGORIES), None)
                rule = (
                    f"Adviser of {info.name_en} (no interpreter): behind the head of delegation, to the right"
                )
        else:
            choice = next((p for p in waiting if p.category != INTERPRETER_CATEGORY), None)
            rule = f"Adviser of {info.name_en}: in the row behind the head of delegation"
        if choice is not None:
            place(s, choice, rule)

    # Guests by rank, then name.
    guests = sorted(
        (
            p
            for p in people
            if p.id not in placed_people
            and p.category in GUEST_CATEGORIES
            and not (delegations.get(p.delegation_id or -1) and delegations[p.delegation_id or -1].regional)
        ),
        key=lambda p: (p.rank, sort_key(p.sort_name, "en")),
    )
    # Guest seats first; a table's places no head of delegation took come next (panels seat their
    # ministers at the table).
    guest_seats = sorted(free(ROLE_GUEST), key=lambda s: (s.row, precedence_slot(s.position)))
    guest_seats += sorted(free(ROLE_HEAD), key=lambda s: (s.row, precedence_slot(s.position)))
    for n, (seat, guest) in enumerate(zip(guest_seats, list(guests), strict=False), start=1):
        where = "at the table" if seat.role == ROLE_HEAD else f"row {row_name(seat)}"
        place(
            seat,
            guest,
            f"Guest {n} by rank ({guest.category}), then name: {where}, {side_words(seat.position)}",
        )
    left_guests = [g for g in guests if g.id not in placed_people]

    # Delegations, each together, in order of precedence (the host's first); then guests left over,
    # then the other organizations' people.
    delegation_seats = sorted(free(ROLE_DELEGATION), key=lambda s: (s.row, s.x, s.y))
    delegation_seats += sorted(free(ROLE_GUEST), key=lambda s: (s.row, s.x, s.y))
    regional = [d for d in delegations.values() if d.regional]
    head_order = {p.delegation_id: i for i, p in enumerate(([host] if host else []) + ordered)}
    regional.sort(key=lambda d: (head_order.get(d.id, 10_000), d.display_order, d.id))
    # Guests outrank delegation members: those the guest seats could not hold come first.
    left_ids = {g.id for g in left_guests}

    def delegation_queue(info: DelegationInfo) -> Iterable[tuple[Person, str]]:
        rule = f"Member of the delegation of {info.name_en}: with the delegation, in order of precedence"
        return ((p, rule) for p in members.get(info.id, []))

    def others() -> Iterable[tuple[Person, str]]:
        """Organizations' people (chambers...), sorted only if seats are left for them."""
        rest = sorted(
            (
                p
                for p in people
                if p.id not in placed_people
                and p.id not in left_ids
                and not (
                    delegations.get(p.delegation_id or -1) and delegations[p.delegation_id or -1].regional
                )
            ),
            key=lambda p: (
                p.rank,
                delegations[p.delegation_id].name_en if p.delegation_id in delegations else "",
                p.id,
            ),
        )
        return ((p, "Organization's participant: after the delegations, by rank") for p in rest)

    queue = chain(
        ((g, "Guest: guest seats full, seated first in the rows") for g in left_guests),
        chain.from_iterable(delegation_queue(info) for info in regional),
        _lazy(others),
    )
    waiting_queue = ((p, rule) for p, rule in queue if p.id not in placed_people)
    for seat, (person, rule) in zip(delegation_seats, waiting_queue, strict=False):
        place(seat, person, f"{rule}; row {row_name(seat)}")

    if rows:
        session.execute(insert(SeatAssignment), rows)
    session.flush()
    session.expire(plan, ["assignments"])
    unseated = _count_participants(session, event, event_session) - len(placed_people)
    return ArrangeResult(
        plan_id=plan.id,
        seated=len(rows),
        unseated=unseated,
        kept_locked=len(kept),
        seconds=time.perf_counter() - started,
        host_id=host.id if host else None,
        order=[p.id for p in ordered],
    )


_LANGUAGES_FA = {"Persian": "فارسی", "English": "انگلیسی", "Russian": "روسی"}
_RULES_FA: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"Host: the head of the host region's delegation, at the centre of the head table"),
        "میزبان: رئیس هیئت استان میزبان، در مرکز میز ریاست",
    ),
    (
        re.compile(r"Precedence (?P<n>\d+) \((?P<words>.+?)\): head of delegation, (?P<side>.+)"),
        "تقدم {n} ({words}): رئیس هیئت، {side}",
    ),
    (
        re.compile(r"Interpreter of (?P<who>.+): behind and to the right of the head of delegation"),
        "مترجم هیئت {who}: پشت سر و سمت راست رئیس هیئت",
    ),
    (
        re.compile(r"Adviser of (?P<who>.+) \(no interpreter\): behind the head of delegation, to the right"),
        "مشاور هیئت {who} (بدون مترجم): پشت سر رئیس هیئت، سمت راست",
    ),
    (
        re.compile(r"Adviser of (?P<who>.+): in the row behind the head of delegation"),
        "مشاور هیئت {who}: در ردیف پشت سر رئیس هیئت",
    ),
    (
        re.compile(
            r"Guest (?P<n>\d+) by rank \((?P<cat>[\w-]+)\), then name: (?P<where>at the table|row \w+), "
            r"(?P<side>.+)"
        ),
        "مهمان {n} به ترتیب رتبه ({cat}) و سپس نام: {where}، {side}",
    ),
    (
        re.compile(r"Guest: guest seats full, seated first in the rows; (?P<where>row \w+)"),
        "مهمان: جایگاه مهمانان پر است، در نخستین ردیف‌ها؛ {where}",
    ),
    (
        re.compile(
            r"Member of the delegation of (?P<who>.+): with the delegation, in order of precedence; "
            r"(?P<where>row \w+)"
        ),
        "عضو هیئت {who}: همراه هیئت، به ترتیب تقدم؛ {where}",
    ),
    (
        re.compile(r"Organization's participant: after the delegations, by rank; (?P<where>row \w+)"),
        "از سازمان‌ها: پس از هیئت‌ها، به ترتیب رتبه؛ {where}",
    ),
    (re.compile(r"Placed by hand"), "جای‌گذاری دستی"),
    (
        re.compile(r"Swapped by hand with the person now in (?P<label>.+)"),
        "جابه‌جایی دستی با فرد صندلی {label}",
    ),
    (re.compile(r"Reserved for (?P<who>.+) by the protocol officer"), "رزرو برای {who} توسط کارشناس تشریفات"),
    (re.compile(r"Kept empty \(locked\)"), "خالی نگه‌داشته‌شده (قفل)"),
]


def _side_fa(text: str) -> str:
    if text == "the centre":
        return "مرکز"
    match = re.fullmatch(r"(\d+)\w\w place to the host's (right|left)", text)
    if not match:
        return text
    return f"جایگاه {match.group(1)} سمت {'راست' if match.group(2) == 'right' else 'چپ'} میزبان"


def _words_fa(text: str) -> str:
    if text == "the protocol officer's order":
        return "ترتیب تعیین‌شده توسط کارشناس تشریفات"
    match = re.fullmatch(r"rank, then (region|country and region) name in (\w+)", text)
    if not match:
        return text
    what = "نام استان" if match.group(1) == "region" else "نام کشور و استان"
    return f"رتبه، سپس {what} به ترتیب الفبای {_LANGUAGES_FA.get(match.group(2), match.group(2))}"


def rule_in_persian(rule: str, names: dict[str, str] | None = None) -> str:
    """A stored rule (English, as the core writes it) said in Persian, names in Persian where known.

    Rules are written by this module from the templates above, so each reads back; a rule typed by
    hand that matches none is returned as it is.
    """
    names = names or {}
    parts = rule.split("; locked by the protocol officer")
    text = parts[0]
    out = text
    for pattern, template in _RULES_FA:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = dict(match.groupdict())
        if "who" in values:
            values["who"] = names.get(values["who"], values["who"])
        if "cat" in values:
            values["cat"] = names.get(values["cat"], values["cat"])
        if "side" in values:
            values["side"] = _side_fa(values["side"])
        if "words" in values:
            values["words"] = _words_fa(values["words"])
        if "where" in values:
            values["where"] = (
                "پشت میز" if values["where"] == "at the table" else values["where"].replace("row", "ردیف")
            )
        out = template.format(**values)
        break
    if len(parts) > 1:
        out += "؛ قفل‌شده توسط کارشناس تشریفات"
    return to_persian_digits(out) if out != text else out


def _lazy(make):  # type: ignore[no-untyped-def]
    """Iterate what ``make()`` returns, calling it only when the first item is wanted."""
    yield from make()


# --- changes by hand -------------------------------------------------------------------------------
def _seat(session: Session, plan: SeatingPlan, label: str) -> Seat:
    seat = session.scalars(
        select(Seat).where(Seat.room_id == plan.room_id, Seat.label == label)
    ).one_or_none()
    if seat is None:
        raise UserError(
            translate("Seating", "Room {code} has no seat '{label}'").format(code=plan.room.code, label=label)
        )
    return seat


def _assignment_at(session: Session, plan: SeatingPlan, seat_id: int) -> SeatAssignment | None:
    return session.scalars(
        select(SeatAssignment).where(SeatAssignment.plan_id == plan.id, SeatAssignment.seat_id == seat_id)
    ).one_or_none()


def move_person(session: Session, plan: SeatingPlan, delegate_id: int, label: str) -> None:
    """Put a person in a seat by hand. An occupied seat swaps: its occupant takes the mover's old seat
    (or becomes unseated if the mover had none). Locked seats refuse."""
    require(session, Action.SEATING)
    target = _seat(session, plan, label)
    mine = session.scalars(
        select(SeatAssignment).where(
            SeatAssignment.plan_id == plan.id, SeatAssignment.delegate_id == delegate_id
        )
    ).all()
    there = _assignment_at(session, plan, target.id)
    if there is not None and there.locked:
        raise UserError(translate("Seating", "Seat {label} is locked: unlock it first").format(label=label))
    if any(a.locked for a in mine):
        raise UserError(translate("Seating", "This person's seat is locked: unlock it first"))
    if there is not None and there.delegate_id == delegate_id:
        return
    old = mine[0] if mine else None
    for extra in mine[1:]:
        session.delete(extra)
    if there is not None:
        if old is not None:
            old_seat_id = old.seat_id
            session.delete(old)
            session.flush()
            there_person, there_reserved = there.delegate_id, there.reserved_for
            session.delete(there)
            session.flush()
            session.add(
                SeatAssignment(
                    plan_id=plan.id,
                    seat_id=old_seat_id,
                    delegate_id=there_person,
                    reserved_for=there_reserved,
                    rule=f"Swapped by hand with the person now in {label}",
                )
            )
        else:
            session.delete(there)
            session.flush()
    elif old is not None:
        session.delete(old)
        session.flush()
    session.add(
        SeatAssignment(plan_id=plan.id, seat_id=target.id, delegate_id=delegate_id, rule="Placed by hand")
    )
    session.flush()
    session.expire(plan, ["assignments"])


def unseat(session: Session, plan: SeatingPlan, delegate_id: int) -> None:
    require(session, Action.SEATING)
    session.execute(
        delete(SeatAssignment).where(
            SeatAssignment.plan_id == plan.id, SeatAssignment.delegate_id == delegate_id
        )
    )
    session.expire(plan, ["assignments"])


def lock_seat(session: Session, plan: SeatingPlan, label: str, locked: bool = True) -> None:
    """Lock (or unlock) a seat: a locked seat keeps its person, or stays empty, when arranging again."""
    require(session, Action.SEATING)
    seat = _seat(session, plan, label)
    assignment = _assignment_at(session, plan, seat.id)
    if assignment is None:
        if not locked:
            return
        assignment = SeatAssignment(
            plan_id=plan.id, seat_id=seat.id, delegate_id=None, rule="Kept empty (locked)"
        )
        session.add(assignment)
    elif assignment.delegate_id is None and not assignment.reserved_for and not locked:
        session.delete(assignment)
        session.flush()
        return
    assignment.locked = locked
    if locked and "locked" not in assignment.rule:
        assignment.rule = (assignment.rule + "; locked by the protocol officer").lstrip("; ")
    session.flush()


def reserve_seat(
    session: Session, plan: SeatingPlan, label: str, reserved_for: str, delegate_id: int | None = None
) -> SeatAssignment:
    """Hold a seat for a named guest (who may not be a registered person yet); the seat is locked."""
    require(session, Action.SEATING)
    if not reserved_for.strip() and delegate_id is None:
        raise UserError(translate("Seating", "Say who the seat is reserved for"))
    seat = _seat(session, plan, label)
    if delegate_id is not None:
        session.execute(
            delete(SeatAssignment).where(
                SeatAssignment.plan_id == plan.id, SeatAssignment.delegate_id == delegate_id
            )
        )
    assignment = _assignment_at(session, plan, seat.id)
    if assignment is None:
        assignment = SeatAssignment(plan_id=plan.id, seat_id=seat.id)
        session.add(assignment)
    assignment.delegate_id = delegate_id
    assignment.reserved_for = reserved_for.strip()
    assignment.locked = True
    assignment.rule = f"Reserved for {reserved_for.strip() or 'this guest'} by the protocol officer"
    session.flush()
    session.expire(plan, ["assignments"])
    return assignment


def clear_plan(session: Session, plan: SeatingPlan, *, keep_locked: bool = True) -> None:
    require(session, Action.SEATING)
    query = delete(SeatAssignment).where(SeatAssignment.plan_id == plan.id)
    if keep_locked:
        query = query.where(SeatAssignment.locked.is_(False))
    session.execute(query)
    session.expire(plan, ["assignments"])


# --- checks ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    kind: str
    message: str
    seats: tuple[str, ...] = ()
    delegate_ids: tuple[int, ...] = ()
    message_fa: str = ""


@dataclass(frozen=True)
class Placement:
    """One assignment as plain values, for checks that also run on the editor's unsaved state."""

    seat_id: int
    delegate_id: int | None
    delegation_id: int | None


def find_conflicts(
    seats: Sequence[SeatRow],
    placements: Iterable[Placement],
    delegations: dict[int, DelegationInfo],
    names: dict[int, str] | None = None,
) -> list[Conflict]:
    """A person in two seats; a seat used twice; a delegation member behind another delegation's head."""
    names = names or {}
    label = {s.id: s.label for s in seats}
    by_seat: dict[int, list[Placement]] = defaultdict(list)
    by_person: dict[int, list[Placement]] = defaultdict(list)
    for p in placements:
        by_seat[p.seat_id].append(p)
        if p.delegate_id is not None:
            by_person[p.delegate_id].append(p)
    conflicts: list[Conflict] = []
    for pid, where in by_person.items():
        if len(where) > 1:
            labels = tuple(sorted(label.get(w.seat_id, "?") for w in where))
            who = names.get(pid, f"#{pid}")
            conflicts.append(
                Conflict(
                    CONFLICT_TWO_SEATS,
                    f"{who} is in {len(where)} seats: {', '.join(labels)}",
                    labels,
                    (pid,),
                    to_persian_digits(f"\u200f{who} در {len(where)} صندلی نشسته است: {'، '.join(labels)}"),
                )
            )
    for seat_id, here in by_seat.items():
        if len(here) > 1:
            where_label = label.get(seat_id, "?")
            conflicts.append(
                Conflict(
                    CONFLICT_SEAT_TWICE,
                    f"Seat {where_label} is given {len(here)} times",
                    (where_label,),
                    tuple(p.delegate_id for p in here if p.delegate_id),
                    to_persian_digits(f"صندلی {where_label} {len(here)} بار داده شده است"),
                )
            )
    fronts = front_seat_of(seats)
    head_of = {did: info.head_id for did, info in delegations.items()}
    at_seat = {seat_id: here[0] for seat_id, here in by_seat.items()}
    for seat_id, front_id in fronts.items():
        behind, front = at_seat.get(seat_id), at_seat.get(front_id)
        if behind is None or front is None or behind.delegate_id is None or front.delegate_id is None:
            continue
        if behind.delegation_id is None or behind.delegation_id == front.delegation_id:
            continue
        if head_of.get(front.delegation_id or -1) != front.delegate_id:
            continue  # only a head's own row is a delegation's place
        info = delegations.get(behind.delegation_id)
        who = names.get(behind.delegate_id, f"#{behind.delegate_id}")
        conflicts.append(
            Conflict(
                CONFLICT_SPLIT,
                f"{who} ({info.name_en if info else 'another delegation'}) "
                f"sits behind the head of another delegation, in {label.get(seat_id)}",
                (label.get(seat_id, "?"), label.get(front_id, "?")),
                (behind.delegate_id,),
                f"\u200f{who} ({info.name_fa if info else 'هیئتی دیگر'}) از هیئت خود جدا شده و پشت سر رئیس هیئتی دیگر "
                f"نشسته است، در {label.get(seat_id)}",
            )
        )
    return conflicts


def plan_conflicts(session: Session, plan: SeatingPlan) -> list[Conflict]:
    seats = load_seats(session, plan.room_id)
    event_id = session.scalar(select(EventSession.event_id).where(EventSession.id == plan.session_id))
    delegations = load_delegations(session, event_id)
    rows = session.execute(
        select(
            SeatAssignment.seat_id,
            SeatAssignment.delegate_id,
            Delegate.delegation_id,
            Delegate.given_name,
            Delegate.family_name,
        )
        .outerjoin(Delegate, SeatAssignment.delegate_id == Delegate.id)
        .where(SeatAssignment.plan_id == plan.id)
    ).all()
    names = {r[1]: f"{r[3]} {r[4]}".strip() for r in rows if r[1] is not None}
    return find_conflicts(seats, [Placement(r[0], r[1], r[2]) for r in rows], delegations, names)


# --- what prints and the editor show ---------------------------------------------------------------
@dataclass(frozen=True)
class SeatView:
    seat_id: int
    label: str
    x_mm: int
    y_mm: int
    facing: int
    row: int
    position: int
    role: str
    delegate_id: int | None = None
    reserved_for: str = ""
    locked: bool = False
    rule: str = ""
    #: The rule in Persian, for the desk's working language (see :func:`rule_in_persian`).
    rule_fa: str = ""
    name_fa: str = ""
    name_latin: str = ""
    name_native: str = ""
    title_fa: str = ""
    title_en: str = ""
    affiliation_fa: str = ""
    affiliation_en: str = ""
    country_fa: str = ""
    country_en: str = ""
    category_code: str = ""
    category_fa: str = ""
    category_en: str = ""
    category_color: str = "#777777"
    category_text_color: str = "#FFFFFF"
    delegation_id: int | None = None

    @property
    def occupied(self) -> bool:
        return self.delegate_id is not None or bool(self.reserved_for)

    @property
    def display_latin(self) -> str:
        return self.name_latin or self.reserved_for

    @property
    def display_fa(self) -> str:
        return self.name_fa


@dataclass(frozen=True)
class PersonView:
    """A participant as the editor's list and the cards show them."""

    delegate_id: int
    name_fa: str
    name_latin: str
    name_native: str
    title_fa: str
    title_en: str
    affiliation_fa: str
    affiliation_en: str
    country_fa: str
    country_en: str
    category_code: str
    category_fa: str
    category_en: str
    category_color: str
    category_text_color: str
    rank: int
    delegation_id: int | None


@dataclass
class PlanView:
    plan_id: int
    session_code: str
    session_name_en: str
    session_name_fa: str
    starts_at: object
    room_code: str
    room_name_en: str
    room_name_fa: str
    room_shape: str
    width_mm: int
    depth_mm: int
    seats: list[SeatView]
    unseated: list[PersonView]
    conflicts: list[Conflict]
    precedence: str
    alpha_language: str
    manual_order: list
    event_name_en: str = ""
    event_name_fa: str = ""
    #: How many participants have no seat (``unseated`` lists the first :data:`UNSEATED_SHOWN`).
    unseated_total: int = 0

    def seat(self, label: str) -> SeatView:
        for s in self.seats:
            if s.label == label:
                return s
        raise KeyError(label)


def people_views(
    session: Session, event_id: int, ids: Iterable[int], delegations: dict[int, DelegationInfo] | None = None
) -> dict[int, PersonView]:
    ids = list(ids)
    if not ids:
        return {}
    delegations = delegations if delegations is not None else load_delegations(session, event_id)
    out: dict[int, PersonView] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        rows = session.execute(
            select(
                Delegate.id,
                Delegate.name_fa,
                Delegate.given_name,
                Delegate.family_name,
                Delegate.name_native,
                Delegate.title_fa,
                Delegate.title_en,
                Delegate.delegation_id,
                Category.code,
                Category.name_fa,
                Category.name_en,
                Category.color,
                Category.text_color,
                Category.rank,
            )
            .join(Category, Delegate.category_id == Category.id)
            .where(Delegate.id.in_(chunk))
        )
        for pid, fa, given, family, native, tfa, ten, did, ccode, cfa, cen, color, tcolor, rank in rows:
            info = delegations.get(did or -1)
            out[pid] = PersonView(
                pid,
                fa,
                f"{given} {family}".strip(),
                native,
                tfa,
                ten,
                info.name_fa if info else "",
                info.name_en if info else "",
                info.country_fa if info else "",
                info.country_en if info else "",
                ccode,
                cfa,
                cen,
                color,
                tcolor,
                rank,
                did,
            )
    return out


def plan_view(session: Session, plan: SeatingPlan) -> PlanView:
    event_session = session.get(EventSession, plan.session_id)
    assert event_session is not None
    event = session.get(Event, event_session.event_id)
    assert event is not None
    room = session.get(Room, plan.room_id)
    assert room is not None
    seats = load_seats(session, room.id)
    delegations = load_delegations(session, event.id)
    assignments = session.execute(
        select(
            SeatAssignment.seat_id,
            SeatAssignment.delegate_id,
            SeatAssignment.reserved_for,
            SeatAssignment.locked,
            SeatAssignment.rule,
        ).where(SeatAssignment.plan_id == plan.id)
    ).all()
    at_seat = {a[0]: a for a in assignments}
    persian_names = {d.name_en: d.name_fa for d in delegations.values() if d.name_en and d.name_fa}
    persian_names.update(
        {
            code: fa
            for code, fa in session.execute(
                select(Category.code, Category.name_fa).where(Category.event_id == event.id)
            )
        }
    )
    people = people_views(session, event.id, {a[1] for a in assignments if a[1] is not None}, delegations)
    views: list[SeatView] = []
    for s in seats:
        a = at_seat.get(s.id)
        p = people.get(a[1]) if a is not None and a[1] is not None else None
        base = dict(
            seat_id=s.id,
            label=s.label,
            x_mm=s.x,
            y_mm=s.y,
            facing=s.facing,
            row=s.row,
            position=s.position,
            role=s.role,
        )
        if a is not None:
            base.update(
                delegate_id=a[1],
                reserved_for=a[2] or "",
                locked=bool(a[3]),
                rule=a[4] or "",
                rule_fa=rule_in_persian(a[4] or "", persian_names),
            )
        if p is not None:
            base.update(
                name_fa=p.name_fa,
                name_latin=p.name_latin,
                name_native=p.name_native,
                title_fa=p.title_fa,
                title_en=p.title_en,
                affiliation_fa=p.affiliation_fa,
                affiliation_en=p.affiliation_en,
                country_fa=p.country_fa,
                country_en=p.country_en,
                category_code=p.category_code,
                category_fa=p.category_fa,
                category_en=p.category_en,
                category_color=p.category_color,
                category_text_color=p.category_text_color,
                delegation_id=p.delegation_id,
            )
        views.append(SeatView(**base))
    seated = {a[1] for a in assignments if a[1] is not None}
    # The people still to seat, highest rank first: as many as anyone can drag, not 100,000.
    participants = load_participants(
        session, event, event_session, per_delegation=len(seats) + UNSEATED_SHOWN
    )
    waiting = sorted(
        (p for p in participants if p.id not in seated), key=lambda p: (p.rank, p.delegation_id or 0, p.id)
    )
    unseated_views = people_views(session, event.id, [p.id for p in waiting[:UNSEATED_SHOWN]], delegations)
    unseated = sorted(unseated_views.values(), key=lambda v: (v.rank, v.affiliation_en, v.name_latin))
    unseated_total = max(len(unseated), _count_participants(session, event, event_session) - len(seated))
    names = {v.delegate_id: v.name_latin for v in views if v.delegate_id is not None}
    conflicts = find_conflicts(
        seats,
        [Placement(a[0], a[1], people[a[1]].delegation_id if a[1] in people else None) for a in assignments],
        delegations,
        names,
    )
    return PlanView(
        plan.id,
        event_session.code,
        event_session.name_en,
        event_session.name_fa,
        event_session.starts_at,
        room.code,
        room.name_en,
        room.name_fa,
        room.shape.value,
        room.width_mm,
        room.depth_mm,
        views,
        unseated,
        conflicts,
        plan.precedence,
        plan.alpha_language,
        list(plan.manual_order or []),
        event.name_en,
        event.name_fa,
        unseated_total,
    )


def region_cards(session: Session, event: Event) -> list[dict[str, str]]:
    """One card's text per region (for the region cards printed before names are known)."""
    rows = session.execute(
        select(
            Region.code,
            Region.name_fa,
            Region.name_en,
            Region.name_ru,
            Region.name_native,
            Region.is_host,
            Country.name_fa,
            Country.name_en,
            Country.name_native,
        )
        .join(Country, Region.country_id == Country.id)
        .where(Region.event_id == event.id)
        .order_by(Region.display_order, Region.id)
    )
    return [
        dict(
            code=c,
            name_fa=fa,
            name_en=en,
            name_ru=ru,
            name_native=native,
            is_host="1" if host else "",
            country_fa=cfa,
            country_en=cen,
            country_native=cnative or "",
        )
        for c, fa, en, ru, native, host, cfa, cen, cnative in rows
    ]
