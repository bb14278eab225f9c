"""The scans a supervisor must look at after desks worked offline: double admissions and people let in
from a replica whom the server would have refused. Listed on the dashboard until someone resolves them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.checkin.validity import event_timezone
from accreditation.checkin.verdicts import CheckInError
from accreditation.event.loader import current_event
from accreditation.i18n import translate
from accreditation.names.display import latin_full_name, names_for_reader
from accreditation.store import audit
from accreditation.store.models import Badge, Delegate, Scan, utcnow


@dataclass(frozen=True)
class Conflict:
    scan_id: int
    at: datetime
    desk: str
    operator: str
    flag: str
    verdict: str
    offline_verdict: str
    delegate_id: int | None
    given_name: str
    family_name: str
    name_fa: str
    name_native: str
    badge_number: int | None
    message: str

    @property
    def latin_name(self) -> str:
        return latin_full_name(self.given_name, self.family_name)

    def names(self, language: str) -> str:
        """The person's name in the reader's script first, then the next spelling."""
        names = names_for_reader(
            language, latin=self.latin_name, name_fa=self.name_fa, name_native=self.name_native
        )
        return " — ".join(names[:2]) if names else "—"

    def as_json(self) -> dict[str, object]:
        return {
            "scan_id": self.scan_id,
            "at": self.at.isoformat(),
            "desk": self.desk,
            "operator": self.operator,
            "flag": self.flag,
            "verdict": self.verdict,
            "offline_verdict": self.offline_verdict,
            "delegate_id": self.delegate_id,
            "name": self.latin_name,
            "name_fa": self.name_fa,
            "badge": self.badge_number,
            "message": self.message,
        }


def open_conflicts(session: Session, *, limit: int = 500) -> list[Conflict]:
    """The flagged scans nobody resolved yet, oldest first; their moments in the event's time zone."""
    zone = event_timezone(current_event(session))
    rows = session.execute(
        select(
            Scan.id,
            Scan.at,
            Scan.desk,
            Scan.operator,
            Scan.flag,
            Scan.verdict,
            Scan.offline_verdict,
            Scan.delegate_id,
            Delegate.given_name,
            Delegate.family_name,
            Delegate.name_fa,
            Delegate.name_native,
            Badge.number,
            Scan.message,
        )
        .outerjoin(Delegate, Delegate.id == Scan.delegate_id)
        .outerjoin(Badge, Badge.id == Scan.badge_id)
        .where(Scan.flag != "", Scan.flag_resolved_at.is_(None))
        .order_by(Scan.at, Scan.id)
        .limit(limit)
    ).all()
    return [
        Conflict(
            scan_id=r[0],
            at=(r[1] if r[1].tzinfo else r[1].replace(tzinfo=UTC)).astimezone(zone),
            desk=r[2],
            operator=r[3],
            flag=r[4],
            verdict=r[5].value if hasattr(r[5], "value") else str(r[5]),
            offline_verdict=r[6],
            delegate_id=r[7],
            given_name=r[8] or "",
            family_name=r[9] or "",
            name_fa=r[10] or "",
            name_native=r[11] or "",
            badge_number=r[12],
            message=r[13] or "",
        )
        for r in rows
    ]


def conflict_count(session: Session) -> int:
    return int(
        session.scalar(select(func.count(Scan.id)).where(Scan.flag != "", Scan.flag_resolved_at.is_(None)))
        or 0
    )


def resolve_conflict(session: Session, scan_id: int, operator: str, note: str = "") -> None:
    """A supervisor has looked at the flagged scan: it leaves the list; the audit says who and why."""
    require(session, Action.CHECKIN_UNDO, operator)
    scan = session.get(Scan, scan_id)
    if scan is None or not scan.flag:
        raise CheckInError(translate("CheckIn", "No flagged scan with id {scan_id}").format(scan_id=scan_id))
    scan.flag_resolved_at = utcnow()
    scan.flag_resolved_by = operator[:100]
    audit.record(
        session,
        operator=operator,
        action="resolve-conflict",
        entity="scan",
        entity_id=scan_id,
        changes={"flag": (scan.flag, scan.flag)},
        detail=f"{scan.flag} at {scan.desk or 'a desk'} resolved"
        + (f": {note.strip()}" if note.strip() else ""),
    )


__all__ = ["Conflict", "conflict_count", "open_conflicts", "resolve_conflict"]
