"""Deciding on the server, a batch at a time, the scans a desk made offline.

The same rules as a scan at the desk (:func:`accreditation.checkin.decision.decide`), with the server's
data and at the moment the desk made each scan, but read and written for a whole batch at once: the
badges, the people and their check-ins with one query each, the scans and the new check-ins with one
statement each. 5,000 queued scans then take seconds, not minutes.

The first admission of a person on a day at a place goes to the earliest scan: a queued scan earlier than
the admission on record takes it over (the check-in moves to it) and the later scan becomes "already
checked in"; an admission made by the desk while cut off that the server finds was not the first is
flagged ``double_admission``; one the server would have refused (revoked, cancelled...) is flagged
``refused_on_server``. Pushes of several desks take turns (a transaction-scoped advisory lock on
PostgreSQL); a desk scanning online in the same instant is caught by the check-in's unique constraint.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session

from accreditation.badges.token import PayloadStatus, verify_payload
from accreditation.checkin.decision import (
    BadgeFacts,
    Door,
    decide,
    door_facts,
    event_facts,
    event_secret,
    not_issued,
    people_facts,
    refused_by_payload,
    starting_outcome,
)
from accreditation.checkin.verdicts import LET_IN, ScanOutcome
from accreditation.scanner_input import decode_scanned
from accreditation.store import audit
from accreditation.store.models import Badge, CheckIn, Scan, Verdict
from accreditation.store.sync_models import OfflineItem

DOUBLE_ADMISSION = "double_admission"
REFUSED_ON_SERVER = "refused_on_server"
#: Pushes of several desks take turns on this PostgreSQL advisory lock (any number, the same for all).
PUSH_LOCK = 16_0016
CHUNK = 1000
_LET_IN_VALUES = frozenset(v.value for v in LET_IN)


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass
class _Admission:
    """The first admission of a person on a day at a place, as the batch sees it."""

    at: datetime
    desk: str
    #: The check-in's row (None: made by this batch, not written yet) and the scan that made it: a row
    #: id, or the position of a scan of this batch.
    checkin_id: int | None
    scan_id: int | None
    scan_index: int | None
    badge_id: int | None
    operator: str = ""
    moved: bool = False


_BADGES_BY_NUMBERS = select(
    Badge.id, Badge.delegate_id, Badge.number, Badge.version, Badge.status, Badge.revoke_reason
).where(Badge.event_id == bindparam("event_id"), Badge.number.in_(bindparam("numbers", expanding=True)))


def take_turn(session: Session) -> None:
    """Wait for any other desk's push to finish (PostgreSQL); a no-op elsewhere."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PUSH_LOCK})")


def _badges(
    conn: Connection, event_id: int, pairs: set[tuple[int, int]]
) -> dict[tuple[int, int], BadgeFacts]:
    """The badges these (number, version) pairs name, read by number (an index) and matched here."""
    found: dict[tuple[int, int], BadgeFacts] = {}
    numbers = sorted({number for number, _version in pairs})
    for start in range(0, len(numbers), CHUNK):
        for row in conn.execute(
            _BADGES_BY_NUMBERS, {"event_id": event_id, "numbers": numbers[start : start + CHUNK]}
        ):
            if (row.number, row.version) in pairs:
                found[(row.number, row.version)] = BadgeFacts(*row)
    return found


def _admissions(conn: Connection, event_id: int, people: set[int]) -> dict[tuple[int, date, str], _Admission]:
    found: dict[tuple[int, date, str], _Admission] = {}
    ordered = sorted(people)
    for start in range(0, len(ordered), CHUNK):
        rows = conn.execute(
            select(
                CheckIn.id,
                CheckIn.delegate_id,
                CheckIn.day,
                CheckIn.place,
                CheckIn.at,
                CheckIn.desk,
                CheckIn.scan_id,
            ).where(CheckIn.event_id == event_id, CheckIn.delegate_id.in_(ordered[start : start + CHUNK]))
        )
        for row in rows:
            found[(row.delegate_id, row.day, row.place)] = _Admission(
                at=aware(row.at),
                desk=row.desk,
                checkin_id=row.id,
                scan_id=row.scan_id,
                scan_index=None,
                badge_id=None,
            )
    return found


def replay_scans(session: Session, items: list[OfflineItem]) -> list[tuple[str, int]]:
    """Decide and record ``items`` (queued scans, oldest first) in the caller's transaction.

    Returns, per item, the server's verdict and 1 when the item was flagged for the supervisor (or made
    an earlier scan flagged), else 0.
    """
    conn = session.connection()
    event = event_facts(session)
    secret = event_secret(event)
    doors: dict[str | None, Door | None] = {}
    checks = []
    for item in items:
        code = item.data.get("session") or None
        if code not in doors:
            doors[code] = door_facts(session, event, code)
        checks.append(verify_payload(secret, item.data.get("payload", ""), event_id=event.id))
    badges = _badges(
        conn,
        event.id,
        {(c.number, c.version) for c in checks if c.status is PayloadStatus.VALID},  # type: ignore[misc]
    )
    people = people_facts(session, {b.delegate_id for b in badges.values()})
    admissions = _admissions(conn, event.id, set(people))

    scans: list[dict[str, Any]] = []
    outcomes: list[ScanOutcome] = []
    results: list[tuple[str, int]] = []
    demoted_scans: list[int] = []  # scans on record whose admission an earlier queued scan took
    for index, (item, check) in enumerate(zip(items, checks, strict=True)):
        door = doors[item.data.get("session") or None]
        at = aware(item.done_at)
        base = starting_outcome(event, at, item.desk, item.data.get("language", "en"), door)
        person = badge = None
        refused = refused_by_payload(base, check)
        if refused is not None:
            base = refused
        else:
            badge = badges.get((check.number, check.version))  # type: ignore[arg-type]
            person = people.get(badge.delegate_id) if badge else None
            if badge is None or person is None:
                badge = None
                base = not_issued(base, check)
        outcome = decide(event, base, door=door, person=person, badge=badge)
        local = item.data.get("verdict", "")
        flag, flagged = "", 0
        if outcome.verdict is Verdict.ADMITTED:
            assert person is not None
            key = (person.card.id, outcome.day, door.code if door else "")
            first = admissions.get(key)
            if first is None:
                admissions[key] = _Admission(
                    at, item.desk, None, None, index, badge.id if badge else None, item.operator
                )
                outcome = replace(outcome, first_checkin_at=at, first_checkin_desk=item.desk[:100])
            elif first.at <= at:
                outcome = replace(
                    outcome,
                    verdict=Verdict.ALREADY_CHECKED_IN,
                    first_checkin_at=first.at,
                    first_checkin_desk=first.desk,
                )
                if local == Verdict.ADMITTED.value:
                    flag, flagged = DOUBLE_ADMISSION, 1
            else:  # this scan came first: it takes the admission, the one on record is the double
                flagged = 1
                if first.scan_index is not None:
                    _demote(scans, outcomes, first.scan_index, item.desk, at)
                elif first.scan_id is not None:
                    demoted_scans.append(first.scan_id)
                admissions[key] = _Admission(
                    at,
                    item.desk,
                    first.checkin_id,
                    None,
                    index,
                    badge.id if badge else None,
                    item.operator,
                    moved=first.checkin_id is not None,
                )
                outcome = replace(outcome, first_checkin_at=at, first_checkin_desk=item.desk[:100])
        elif local in _LET_IN_VALUES and outcome.verdict.value not in _LET_IN_VALUES:
            flag, flagged = REFUSED_ON_SERVER, 1
        outcomes.append(outcome)
        scans.append(
            {
                "event_id": event.id,
                "at": at,
                "desk": item.desk[:100],
                "operator": item.operator[:100],
                "session_id": door.id if door else None,
                "payload": decode_scanned(item.data.get("payload", ""))[:200],
                "badge_id": badge.id if badge else None,
                "delegate_id": person.card.id if person else None,
                "verdict": outcome.verdict,
                "message": outcome.message()[:500],
                "client_id": item.client_id,
                "offline_verdict": local[:32],
                "flag": flag,
            }
        )
        results.append((outcome.verdict.value, flagged))

    scan_ids = _insert_scans(session, scans)
    _write_admissions(session, event.id, admissions, scan_ids, scans, results)
    for taken in admissions.values():
        if taken.moved and taken.scan_index is not None:
            conn.execute(
                update(CheckIn)
                .where(CheckIn.id == taken.checkin_id)
                .values(
                    at=taken.at,
                    desk=taken.desk[:100],
                    operator=taken.operator[:100],
                    scan_id=scan_ids[taken.scan_index],
                    badge_id=taken.badge_id,
                )
            )
    for old_scan in demoted_scans:
        conn.execute(
            update(Scan)
            .where(Scan.id == old_scan)
            .values(
                verdict=Verdict.ALREADY_CHECKED_IN,
                flag=DOUBLE_ADMISSION,
                message="already checked in: a desk cut off from the server admitted this badge earlier",
            )
        )
    forged = [i for i, row in enumerate(scans) if row["verdict"] is Verdict.FORGED]
    if forged:
        audit.record_many(
            session,
            (
                audit.entry_values(
                    operator=scans[i]["operator"],
                    action="forged-scan",
                    entity="scan",
                    entity_id=scan_ids[i],
                    changes={},
                    detail=f"SECURITY: badge with a false signature scanned offline at "
                    f"{scans[i]['desk'] or 'an unnamed desk'}: payload {scans[i]['payload'][:40]}",
                )
                for i in forged
            ),
        )
    return results


def _demote(
    scans: list[dict[str, Any]], outcomes: list[ScanOutcome], index: int, desk: str, at: datetime
) -> None:
    """A scan of this batch that held the admission becomes the flagged double of an earlier one."""
    outcomes[index] = replace(
        outcomes[index],
        verdict=Verdict.ALREADY_CHECKED_IN,
        first_checkin_at=at,
        first_checkin_desk=desk[:100],
    )
    scans[index]["verdict"] = Verdict.ALREADY_CHECKED_IN
    scans[index]["message"] = outcomes[index].message()[:500]
    scans[index]["flag"] = DOUBLE_ADMISSION


def _insert_scans(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    result = session.connection().execute(insert(Scan).returning(Scan.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())


def _write_admissions(
    session: Session,
    event_id: int,
    admissions: dict[tuple[int, date, str], _Admission],
    scan_ids: list[int],
    scans: list[dict[str, Any]],
    results: list[tuple[str, int]],
) -> None:
    """Insert the check-ins this batch made; one another desk made meanwhile (online) wins the constraint,
    and the scan that lost says "already checked in"."""
    new = [(key, a) for key, a in admissions.items() if a.checkin_id is None and a.scan_index is not None]
    if not new:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    values = [
        {
            "event_id": event_id,
            "delegate_id": key[0],
            "day": key[1],
            "place": key[2],
            "badge_id": a.badge_id,
            "at": a.at,
            "desk": a.desk[:100],
            "operator": a.operator[:100],
            "scan_id": scan_ids[a.scan_index],  # type: ignore[index]
        }
        for key, a in new
    ]
    statement = (
        dialect_insert(CheckIn)
        .on_conflict_do_nothing()
        .returning(CheckIn.delegate_id, CheckIn.day, CheckIn.place)
    )
    written = {(r.delegate_id, r.day, r.place) for r in conn.execute(statement, values)}
    for key, a in new:
        if key in written:
            continue
        index = a.scan_index
        assert index is not None
        flag = DOUBLE_ADMISSION if scans[index]["offline_verdict"] == Verdict.ADMITTED.value else ""
        conn.execute(
            update(Scan)
            .where(Scan.id == scan_ids[index])
            .values(
                verdict=Verdict.ALREADY_CHECKED_IN,
                flag=flag,
                message="already checked in: another desk admitted this person at the same moment",
            )
        )
        results[index] = (Verdict.ALREADY_CHECKED_IN.value, 1 if flag else results[index][1])


__all__ = ["DOUBLE_ADMISSION", "REFUSED_ON_SERVER", "aware", "replay_scans", "take_turn"]
