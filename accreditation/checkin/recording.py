"""Recording a scan: the durable write of every scan, and of the first admission of a day at a place.

Every scan, refusals included, becomes a :class:`~accreditation.store.models.Scan` row; a forged badge
also writes an audit entry (a security event). The first admission of a person on a day at a place
(the desk, or one session's door) creates a :class:`~accreditation.store.models.CheckIn`; the unique
constraint on (event, person, day, place) makes two desks scanning the same badge at once produce
exactly one, the loser reporting "already checked in" with the winner's time and desk. That is why the
last step of the decision is made here, by the write, and not by :mod:`.decision`.

Durability: :func:`scan_transaction` takes SQLite's write lock up front (``BEGIN IMMEDIATE``, waiting
up to the busy timeout instead of failing half-way with "database is locked") with
``PRAGMA synchronous=FULL`` on that connection, and ends with the commit: WAL with
``synchronous=NORMAL`` survives a killed process but can lose the last transactions when the machine
loses power, and a desk that showed "admitted" must never lose it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accreditation.checkin.decision import BadgeFacts, Door, PersonFacts, decide
from accreditation.checkin.validity import EventFacts
from accreditation.checkin.verdicts import ScanOutcome
from accreditation.store import audit
from accreditation.store.database import SQLITE_BEGIN_OPTION, Database
from accreditation.store.models import CheckIn, Scan, Verdict


@contextmanager
def scan_transaction(db: Database) -> Iterator[Session]:
    """A write transaction for one scan: the write lock taken up front, committed durably.

    On SQLite: ``BEGIN IMMEDIATE`` (waits up to the busy timeout for another desk's scan, never fails
    half-way) and ``synchronous=FULL`` on this connection for this transaction, restored after. The
    block's end is the commit: a caller returns its verdict after the ``with``.
    """
    if not db.is_sqlite:
        with db.sessions.begin() as session:
            yield session
        return
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous=FULL")
        try:
            conn.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA synchronous=NORMAL")


# Built once, like the decision's statements: on the scan path building a statement costs more than
# running it.
_FIRST_CHECKIN = select(CheckIn.id, CheckIn.at, CheckIn.desk).where(
    CheckIn.event_id == bindparam("event_id"),
    CheckIn.delegate_id == bindparam("delegate_id"),
    CheckIn.day == bindparam("day"),
    CheckIn.place == bindparam("place"),
)
_INSERT_SCAN = insert(Scan).returning(Scan.id)
_UPDATE_SCAN = (
    update(Scan)
    .where(Scan.id == bindparam("scan_id"))
    .values(verdict=bindparam("verdict"), message=bindparam("message"))
)
_INSERT_CHECKIN: dict[str, Any] = {}


def _insert_checkin_statement(dialect: str) -> Any:
    stmt = _INSERT_CHECKIN.get(dialect)
    if stmt is None:
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        stmt = _INSERT_CHECKIN[dialect] = (
            dialect_insert(CheckIn).on_conflict_do_nothing().returning(CheckIn.id)
        )
    return stmt


def _first_checkin(session: Session, event_id: int, delegate_id: int, day: date, place: str) -> Any:
    """(id, at, desk) of the person's first admission on ``day`` at ``place``, if any."""
    return (
        session.connection()
        .execute(
            _FIRST_CHECKIN, {"event_id": event_id, "delegate_id": delegate_id, "day": day, "place": place}
        )
        .first()
    )


def _insert_first_checkin(session: Session, values: dict[str, Any]) -> int | None:
    """Insert the check-in unless the unique constraint says one exists; its id, or None when it did.

    SQLite and PostgreSQL say so with ``ON CONFLICT DO NOTHING`` (no savepoint, no error); other
    databases get a savepoint and the IntegrityError.
    """
    conn = session.connection()
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        return conn.execute(_insert_checkin_statement(dialect), values).scalar()
    try:
        with session.begin_nested():
            return session.execute(insert(CheckIn).values(**values).returning(CheckIn.id)).scalar()
    except IntegrityError:
        return None


def decide_and_record(
    session: Session,
    event: EventFacts,
    base: ScanOutcome,
    *,
    payload: str,
    operator: str,
    door: Door | None,
    person: PersonFacts | None,
    badge: BadgeFacts | None,
) -> ScanOutcome:
    """Decide for a found person (or record a refusal already decided in ``base``), write the rows."""
    outcome = decide(event, base, door=door, person=person, badge=badge)
    place = door.code if door else ""
    if outcome.verdict is Verdict.ADMITTED:
        assert person is not None
        existing = _first_checkin(session, event.id, person.card.id, outcome.day, place)
        if existing is not None:
            outcome = replace(
                outcome,
                verdict=Verdict.ALREADY_CHECKED_IN,
                checkin_id=existing.id,
                first_checkin_at=existing.at,
                first_checkin_desk=existing.desk,
            )
        else:
            outcome = replace(outcome, first_checkin_at=outcome.at, first_checkin_desk=outcome.desk[:100])
    scan_values = {
        "event_id": event.id,
        "at": outcome.at,
        "desk": outcome.desk[:100],
        "operator": operator[:100],
        "session_id": door.id if door else None,
        "payload": payload[:200],
        "badge_id": badge.id if badge else None,
        "delegate_id": person.card.id if person else None,
        "verdict": outcome.verdict,
        "message": outcome.message()[:500],
    }
    scan_id = session.connection().execute(_INSERT_SCAN, scan_values).scalar()
    outcome = replace(outcome, scan_id=scan_id)
    if outcome.verdict is Verdict.ADMITTED and outcome.checkin_id is None:
        assert person is not None
        checkin_id = _insert_first_checkin(
            session,
            {
                "event_id": event.id,
                "delegate_id": person.card.id,
                "badge_id": badge.id if badge else None,
                "day": outcome.day,
                "place": place,
                "at": outcome.at,
                "desk": outcome.desk[:100],
                "operator": operator[:100],
                "scan_id": scan_id,
            },
        )
        if checkin_id is not None:
            outcome = replace(outcome, checkin_id=checkin_id)
        else:
            # Another desk's first admission committed between our look and our insert (a server
            # database; SQLite's IMMEDIATE transactions already serialize scans): theirs stands.
            existing = _first_checkin(session, event.id, person.card.id, outcome.day, place)
            if existing is None:
                raise RuntimeError("check-in refused by the database but not found")
            outcome = replace(
                outcome,
                verdict=Verdict.ALREADY_CHECKED_IN,
                checkin_id=existing.id,
                first_checkin_at=existing.at,
                first_checkin_desk=existing.desk,
            )
            session.connection().execute(
                _UPDATE_SCAN,
                {"scan_id": scan_id, "verdict": outcome.verdict, "message": outcome.message()[:500]},
            )
    if outcome.verdict is Verdict.FORGED:
        audit.record(
            session,
            operator=operator,
            action="forged-scan",
            entity="scan",
            entity_id=scan_id,
            changes={},
            detail=f"SECURITY: badge with a false signature scanned at {outcome.desk or 'an unnamed desk'}"
            f"{' (door ' + door.code + ')' if door else ''}: payload {payload[:40]}",
        )
    return outcome


__all__ = ["decide_and_record", "scan_transaction"]
