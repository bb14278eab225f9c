"""Protocol seating by precedence: the orders of precedence and who sits where, and why.

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

Every assignment carries its rule in words (``SeatAssignment.rule``; :mod:`.persian_rules` reads it
back in Persian). The arrangement works on the plain tuples of :mod:`.loading` and writes with one
bulk insert, so a 1,000-seat hall is arranged in a fraction of a second even in a 100,000-person
database. Plans themselves (finding, configuring, changing by hand) are :mod:`.plans`'s.
"""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.event.rooms import (
    ROLE_ADVISER,
    ROLE_DELEGATION,
    ROLE_GUEST,
    ROLE_HEAD,
    ROLE_HOST,
    ROLE_INTERPRETER,
)
from accreditation.names.collation import sort_key
from accreditation.seating.loading import (
    DelegationInfo,
    Person,
    SeatRow,
    count_participants,
    front_seat_of,
    load_delegations,
    load_participants,
    load_seats,
)
from accreditation.store.enums import (
    PRECEDENCE_MANUAL,
    PRECEDENCE_RANK_COUNTRY,
)
from accreditation.store.models import Event, EventSession, SeatAssignment, SeatingPlan

LANGUAGE_NAMES = {"fa": "Persian", "en": "English", "ru": "Russian"}

#: Categories seated as guests when they do not belong to a region's delegation.
GUEST_CATEGORIES = frozenset({"minister", "ambassador", "vip", "international"})
INTERPRETER_CATEGORY = "interpreter"


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


@dataclass
class ArrangeResult:
    plan_id: int
    seated: int
    unseated: int  # how many participants have no seat
    kept_locked: int
    seconds: float
    host_id: int | None
    order: list[int] = field(default_factory=list)  # heads of delegation in order of precedence


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
    unseated = count_participants(session, event, event_session) - len(placed_people)
    return ArrangeResult(
        plan_id=plan.id,
        seated=len(rows),
        unseated=unseated,
        kept_locked=len(kept),
        seconds=time.perf_counter() - started,
        host_id=host.id if host else None,
        order=[p.id for p in ordered],
    )


def _lazy(make):  # type: ignore[no-untyped-def]
    """Iterate what ``make()`` returns, calling it only when the first item is wanted."""
    yield from make()
