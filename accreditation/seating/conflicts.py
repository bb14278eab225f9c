"""What is wrong with a plan: a person in two seats, a seat given twice, a delegation member sitting
behind another delegation's head.

:func:`find_conflicts` works on plain placements so that the editor can check its unsaved state with
the same code that checks a stored plan (:func:`plan_conflicts`). Each message is in English and in
Persian.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.i18n.digits import to_persian_digits
from accreditation.seating.loading import (
    DelegationInfo,
    SeatRow,
    front_seat_of,
    load_delegations,
    load_seats,
)
from accreditation.store.models import Delegate, EventSession, SeatAssignment, SeatingPlan

CONFLICT_TWO_SEATS = "person_in_two_seats"
CONFLICT_SEAT_TWICE = "seat_used_twice"
CONFLICT_SPLIT = "delegation_split"


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
