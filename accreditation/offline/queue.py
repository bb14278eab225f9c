"""Work done on the replica while the server is gone, and the queue that carries it to the server.

Each scan, print and hand-over made offline is written to the replica together with its queue item, in
one transaction committed durably (``synchronous=FULL``, like every scan): a desk killed or powered off
after showing a verdict still has it. The item carries an id made on the desk (a UUID: the key that
makes pushing it twice record it once), the desk's name, the operator and the time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from accreditation.badges.print_run import HandOver

from accreditation.access.policy import current
from accreditation.checkin.decision import event_facts, event_secret
from accreditation.checkin.desk import badge_pdf_for, scan
from accreditation.checkin.recording import scan_transaction
from accreditation.checkin.verdicts import ScanOutcome
from accreditation.store.database import Database
from accreditation.store.models import Badge, Scan
from accreditation.store.sync_models import OfflineItem

SCAN = "scan"
PRINT = "print"
HANDOVER = "handover"


def new_client_id() -> str:
    return str(uuid.uuid4())


def enqueue(
    session: Session, kind: str, *, desk: str, operator: str, done_at: datetime, data: dict[str, Any]
) -> str:
    """Add an item to the queue in the caller's transaction; its id."""
    client_id = data.pop("client_id", None) or new_client_id()
    who = current()
    data.setdefault("role", who.role.value if who is not None and who.role is not None else "")
    session.add(
        OfflineItem(
            client_id=client_id,
            kind=kind,
            desk=desk[:100],
            operator=operator[:100],
            done_at=done_at,
            data=data,
        )
    )
    return client_id


@contextmanager
def scanned(
    db: Database,
    raw_text: str,
    client_id: str,
    *,
    desk: str,
    operator: str,
    session_code: str | None = None,
    now: datetime | None = None,
    language: str = "en",
) -> Iterator[tuple[Session, ScanOutcome]]:
    """One durable scan on ``db`` (the server or the replica) whose scan row carries the desk's id for it;
    the caller adds what goes with it to the same transaction, committed at the end of the block."""
    with scan_transaction(db) as session:
        outcome = scan(
            session,
            raw_text,
            desk=desk,
            operator=operator,
            session_code=session_code,
            now=now,
            language=language,
        )
        session.execute(update(Scan).where(Scan.id == outcome.scan_id).values(client_id=client_id))
        yield session, outcome


def scan_offline(
    replica: Database,
    raw_text: str,
    *,
    desk: str,
    operator: str,
    session_code: str | None = None,
    now: datetime | None = None,
    language: str = "en",
    client_id: str | None = None,
) -> ScanOutcome:
    """Decide a scan from the replica and the signed QR, record it there and queue it, durably.

    ``client_id``: the id the desk gave the scan when it first tried the server with it."""
    client_id = client_id or new_client_id()
    where = dict(desk=desk, operator=operator, session_code=session_code, now=now, language=language)
    with scanned(replica, raw_text, client_id, **where) as (session, outcome):  # type: ignore[arg-type]
        session.execute(
            update(Scan).where(Scan.id == outcome.scan_id).values(offline_verdict=outcome.verdict.value)
        )
        data = {"client_id": client_id, "payload": raw_text, "session": session_code, "language": language}
        enqueue(
            session,
            SCAN,
            desk=desk,
            operator=operator,
            done_at=outcome.at,
            data={**data, "verdict": outcome.verdict.value},
        )
    return replace(outcome, offline=True)


def print_offline(
    replica: Database,
    delegate_id: int,
    out: str | Path,
    *,
    desk: str,
    operator: str,
    template: str = "a6",
) -> Path:
    """Print an approved person's existing badge from the replica; the print is queued for the server."""
    with replica.transaction() as session:
        path = badge_pdf_for(session, delegate_id, out, operator=operator, template=template, issue_new=False)
        badge = session.scalars(
            select(Badge).where(Badge.delegate_id == delegate_id).order_by(Badge.version.desc()).limit(1)
        ).one()
        queue_prints(session, [badge], desk=desk, operator=operator)
    return path


def queue_prints(session: Session, badges: list[Badge], *, desk: str, operator: str) -> None:
    """Queue the prints of ``badges`` just made from the replica, in the caller's transaction."""
    now = datetime.now(UTC)
    for badge in badges:
        enqueue(
            session,
            PRINT,
            desk=desk,
            operator=operator,
            done_at=now,
            data={"number": badge.number, "version": badge.version, "delegate_id": badge.delegate_id},
        )


def collected(session: Session, raw_text: str, operator: str) -> HandOver:
    """The hand-over of a scanned badge in the caller's transaction, with the person's names read while it
    is open (the desk shows them after it closed)."""
    from accreditation.badges.print_run import collect_scanned  # printing's module: off the scan path

    result = collect_scanned(session, event_secret(event_facts(session)), raw_text, operator)
    person = result.scan.delegate
    if person is not None:
        (person.latin_name, person.name_fa, person.name_native)  # noqa: B018 - loaded now, read later
    return result


def handover_offline(replica: Database, raw_text: str, *, desk: str, operator: str) -> HandOver:
    """Hand a scanned badge over from the replica; the hand-over is queued when one was made."""
    with replica.transaction() as session:
        result = collected(session, raw_text, operator)
        if result.collected and result.scan.badge is not None:
            enqueue(
                session,
                HANDOVER,
                desk=desk,
                operator=operator,
                done_at=datetime.now(UTC),
                data={"number": result.scan.badge.number, "version": result.scan.badge.version},
            )
    return result


def waiting(replica: Database) -> int:
    """How many items wait for the server."""
    with replica.sessions() as session:
        return int(
            session.scalar(select(func.count(OfflineItem.id)).where(OfflineItem.pushed_at.is_(None))) or 0
        )


def oldest_waiting(replica: Database) -> datetime | None:
    with replica.sessions() as session:
        return session.scalar(select(func.min(OfflineItem.done_at)).where(OfflineItem.pushed_at.is_(None)))


def pending(replica: Database, limit: int, *, after: int = 0) -> list[OfflineItem]:
    """The oldest items not yet pushed (past queue position ``after``), in the order they were made."""
    with replica.sessions() as session:
        return list(
            session.scalars(
                select(OfflineItem)
                .where(OfflineItem.pushed_at.is_(None), OfflineItem.id > after)
                .order_by(OfflineItem.id)
                .limit(limit)
            )
        )


_MARK_PUSHED = (
    update(OfflineItem)
    .where(OfflineItem.client_id == bindparam("cid"))
    .values(pushed_at=bindparam("now"), result=bindparam("res"))
)


def mark_pushed(replica: Database, results: dict[str, str]) -> None:
    """Record that the server has these items (client id -> what it made of them)."""
    if not results:
        return
    now = datetime.now(UTC)
    rows = [{"cid": client_id, "now": now, "res": result[:32]} for client_id, result in results.items()]
    with replica.transaction() as session:
        session.connection().execute(_MARK_PUSHED, rows)


__all__ = [
    "HANDOVER",
    "collected",
    "PRINT",
    "SCAN",
    "enqueue",
    "handover_offline",
    "mark_pushed",
    "new_client_id",
    "oldest_waiting",
    "pending",
    "print_offline",
    "queue_prints",
    "scan_offline",
    "scanned",
    "waiting",
]
