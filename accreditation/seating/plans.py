"""A session's seating plan and the changes made to it: finding the session and its room, the plan's
precedence and language, and seats moved, locked, reserved or cleared by hand.

Changes by hand write their rule in words, as the arrangement does (:mod:`.precedence`), so the plan
always says why each person sits where they sit; locked and reserved seats are what arranging again
keeps.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, object_session

from accreditation.access.policy import Action, require
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.seating.precedence import LANGUAGE_NAMES
from accreditation.store.enums import PRECEDENCE_MANUAL, PRECEDENCE_RANK_REGION, PRECEDENCES
from accreditation.store.models import Event, EventSession, Room, Seat, SeatAssignment, SeatingPlan


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
