"""Pushing a desk's offline queue to the server: each item once, the earlier admission first.

Items go in batches, each batch one server transaction that also writes a :class:`SyncReceipt` per item:
a push cut short (the server gone again, the desk killed) leaves whole batches done or not done, and an
item pushed again is recognised by its id -- in the receipts, or on a scan the desk first tried to make
online (its commit may have reached the server although the answer never came back) -- and counted as
``already``, never done twice.

A scan is decided again on the server, at the moment the desk made it, with the server's data:
- two desks that admitted the same badge while cut off are both recorded; the earlier scan keeps the
  admission (the check-in moves to it if the later one was pushed first) and the later one becomes
  "already checked in", flagged ``double_admission`` for the supervisor;
- a person the desk let in and the server would not have (the badge revoked or the person cancelled on
  the server meanwhile) is recorded with the server's verdict, flagged ``refused_on_server``.
Prints and hand-overs are written with the desk's time and operator. An item the server cannot take
(a bug, a badge that vanished) stays in the queue, logged and counted in ``failed``: nothing is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from accreditation.badges.issuing import record_collected, record_printed
from accreditation.offline.queue import HANDOVER, PRINT, SCAN, mark_pushed, pending, waiting
from accreditation.offline.replay import DOUBLE_ADMISSION, REFUSED_ON_SERVER, aware, replay_scans, take_turn
from accreditation.store import audit
from accreditation.store.database import Database, is_connection_error
from accreditation.store.models import Badge, BadgeStatus, Scan
from accreditation.store.sync_models import OfflineItem, SyncReceipt

log = logging.getLogger(__name__)

BATCH = 1000


@dataclass
class SyncReport:
    """What a push did: the ``sync --json`` contract (``pushed``, ``already``, ``conflicts``, ``waiting``)."""

    pushed: int = 0
    already: int = 0
    conflicts: int = 0
    waiting: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, earlier: SyncReport | None) -> SyncReport:
        """This push and one made just before it (when the desk found the server back), as one report."""
        if earlier is None:
            return self
        return SyncReport(
            pushed=self.pushed + earlier.pushed,
            already=self.already + earlier.already,
            conflicts=self.conflicts + earlier.conflicts,
            waiting=self.waiting,
            failed=self.failed + earlier.failed,
            errors=earlier.errors + self.errors,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "already": self.already,
            "conflicts": self.conflicts,
            "waiting": self.waiting,
            "failed": self.failed,
        }


def _known(session: Session, client_ids: list[str]) -> set[str]:
    """Which of these items the server already has: a receipt, or a scan made online with that id."""
    known = set(session.scalars(select(SyncReceipt.client_id).where(SyncReceipt.client_id.in_(client_ids))))
    known |= set(session.scalars(select(Scan.client_id).where(Scan.client_id.in_(client_ids))))
    return known


def _badge(session: Session, item: OfflineItem) -> Badge | None:
    return session.scalars(
        select(Badge).where(
            Badge.number == item.data.get("number"), Badge.version == item.data.get("version")
        )
    ).first()


def _push_badge_event(session: Session, item: OfflineItem) -> tuple[str, int]:
    badge = _badge(session, item)
    detail = f"offline at {item.desk or 'a desk'}"
    if badge is None:
        raise LookupError(f"badge {item.data.get('number')} v{item.data.get('version')} is not on the server")
    if badge.status == BadgeStatus.REVOKED:
        audit.record(
            session,
            operator=item.operator,
            action="offline-conflict",
            entity="badge",
            entity_id=badge.id,
            changes={},
            detail=f"{item.kind} of revoked badge {badge.number:05d} v{badge.version} {detail} at {item.done_at}",
        )
        return "revoked", 1
    if item.kind == PRINT:
        record_printed(session, badge, item.operator, at=aware(item.done_at), detail=detail)
    else:
        record_collected(session, badge, item.operator, at=aware(item.done_at), detail=detail)
    return item.kind, 0


def _receipt(item: OfflineItem, result: str) -> dict[str, Any]:
    return {
        "client_id": item.client_id,
        "kind": item.kind,
        "desk": item.desk[:100],
        "operator": item.operator[:100],
        "done_at": aware(item.done_at),
        "received_at": datetime.now(UTC),
        "result": result[:32],
    }


def _push_batch(server: Database, items: list[OfflineItem], report: SyncReport) -> dict[str, str]:
    """One server transaction: the items the server does not have yet, done, each with its receipt."""
    results: dict[str, str] = {}
    counts = {"pushed": 0, "already": 0, "conflicts": 0}
    with server.transaction() as session:
        take_turn(session)
        known = _known(session, [item.client_id for item in items])
        todo = [item for item in items if item.client_id not in known]
        for item in items:
            if item.client_id in known:
                results[item.client_id] = "already"
                counts["already"] += 1
        scans = [item for item in todo if item.kind == SCAN]
        receipts = []
        for item, (verdict, flagged) in zip(scans, replay_scans(session, scans), strict=True):
            results[item.client_id] = verdict
            counts["conflicts"] += flagged
            receipts.append(_receipt(item, verdict))
        for item in todo:
            if item.kind == SCAN:
                continue
            if item.kind not in (PRINT, HANDOVER):
                raise ValueError(f"unknown queue item kind {item.kind!r}")
            result, flagged = _push_badge_event(session, item)
            results[item.client_id] = result
            counts["conflicts"] += flagged
            receipts.append(_receipt(item, result))
        counts["pushed"] = len(todo)
        if receipts:
            session.execute(insert(SyncReceipt), receipts)
    report.pushed += counts["pushed"]
    report.already += counts["already"]
    report.conflicts += counts["conflicts"]
    return results


def push(server: Database, replica: Database, *, batch: int = BATCH) -> SyncReport:
    """Push everything waiting in ``replica``'s queue to ``server``; what happened.

    A connection error ends the push (what was committed stays pushed) and is raised to the caller, who
    goes on offline; an item the server refuses for any other reason is set aside (logged, counted in
    ``failed``) so the rest still go.
    """
    report = SyncReport()
    after = 0
    while True:
        items = pending(replica, batch, after=after)
        if not items:
            break
        try:
            results = _push_batch(server, items, report)
        except Exception as exc:
            if is_connection_error(exc):
                raise
            log.exception("a batch of %d queued items was refused; pushing them one by one", len(items))
            results = {}
            for item in items:
                try:
                    results.update(_push_batch(server, [item], report))
                except Exception as single:  # noqa: BLE001 - one bad item must not stop the queue
                    if is_connection_error(single):
                        mark_pushed(replica, results)
                        raise
                    log.exception("queued item %s (%s) was refused by the server", item.client_id, item.kind)
                    report.failed += 1
                    report.errors.append(f"{item.kind} {item.client_id}: {single}")
        mark_pushed(replica, results)
        after = items[-1].id
    report.waiting = waiting(replica)
    return report


__all__ = ["DOUBLE_ADMISSION", "REFUSED_ON_SERVER", "SyncReport", "push"]
