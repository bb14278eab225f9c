"""What the desk does: scan a badge, check a person in by name, undo a check-in, print a badge on the spot.

The entry points of check-in, for the ``checkin`` command and the desk window. A scan goes: undo the
keyboard layout (:mod:`accreditation.scanner_input`), check the signature with the event's key alone
(:func:`~accreditation.badges.token.verify_payload`), find the badge and its person, decide
(:mod:`.decision`), record (:mod:`.recording`). :func:`scan` given a
:class:`~accreditation.store.database.Database` runs in its own durable transaction and returns only
after the commit: a verdict is recorded before it is shown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.badges.issuing import badge_view, current_badge, ensure_badge, mark_printed
from accreditation.badges.token import verify_payload
from accreditation.checkin.decision import (
    BadgeFacts,
    badge_by_id,
    badge_by_number,
    door_facts,
    event_facts,
    event_secret,
    not_issued,
    person_facts,
    refused_by_payload,
    starting_outcome,
)
from accreditation.checkin.recording import decide_and_record, scan_transaction
from accreditation.checkin.verdicts import CheckInError, ScanOutcome
from accreditation.event.loader import current_event
from accreditation.i18n import translate
from accreditation.people.approval import require_approved
from accreditation.scanner_input import decode_scanned
from accreditation.store import audit
from accreditation.store.database import Database
from accreditation.store.models import CheckIn, Delegate, DelegateStatus, Scan


def _scan_in(
    session: Session,
    raw_text: str,
    *,
    desk: str,
    operator: str,
    session_code: str | None,
    now: datetime | None,
    language: str,
    secret: bytes | None,
) -> ScanOutcome:
    require(session, Action.CHECKIN, operator)
    event = event_facts(session)
    door = door_facts(session, event, session_code)
    base = starting_outcome(event, now, desk, language, door)
    decoded = decode_scanned(raw_text or "")
    check = verify_payload(
        secret if secret is not None else event_secret(event), raw_text or "", event_id=event.id
    )
    person = badge = None
    refused = refused_by_payload(base, check)
    if refused is not None:
        base = refused
    else:
        badge = badge_by_number(session, event.id, check.number, check.version)  # type: ignore[arg-type]
        person = person_facts(session, badge.delegate_id) if badge else None
        if badge is None or person is None:
            badge = None
            base = not_issued(base, check)
    return decide_and_record(
        session, event, base, payload=decoded, operator=operator, door=door, person=person, badge=badge
    )


def scan(
    session_or_db: Session | Database,
    raw_text: str,
    *,
    desk: str,
    operator: str,
    session_code: str | None = None,
    now: datetime | None = None,
    language: str = "en",
    secret: bytes | None = None,
) -> ScanOutcome:
    """Decide and record one scan; ``raw_text`` is what the scanner typed, through any layout.

    Given a :class:`Database`, the scan is its own durable transaction and the outcome is returned
    only after it committed. Given a ``Session``, it joins the caller's transaction (the caller commits).
    ``now`` defaults to the current time; a naive value is the event's local time. ``secret`` defaults
    to the event's key file. The message is stored in ``language`` (the operator's).
    """
    kwargs = dict(
        desk=desk, operator=operator, session_code=session_code, now=now, language=language, secret=secret
    )
    if isinstance(session_or_db, Database):
        with scan_transaction(session_or_db) as session:
            outcome = _scan_in(session, raw_text, **kwargs)  # type: ignore[arg-type]
        return outcome
    return _scan_in(session_or_db, raw_text, **kwargs)  # type: ignore[arg-type]


def find_and_checkin(
    session_or_db: Session | Database,
    delegate_id: int,
    *,
    desk: str,
    operator: str,
    session_code: str | None = None,
    now: datetime | None = None,
    language: str = "en",
) -> ScanOutcome:
    """Check in a person found by name (no badge at hand), issuing a badge if they have none.

    The same rules as a scan apply (cancelled, days, zone); the scan log gets a row with an empty
    payload and the audit trail says the check-in was made by name. ``outcome.badge_issued`` tells the
    desk a new badge exists and can be printed on the spot.
    """
    if isinstance(session_or_db, Database):
        with scan_transaction(session_or_db) as session:
            outcome = find_and_checkin(
                session,
                delegate_id,
                desk=desk,
                operator=operator,
                session_code=session_code,
                now=now,
                language=language,
            )
        return outcome
    session = session_or_db
    require(session, Action.CHECKIN, operator)
    event = event_facts(session)
    delegate = session.get(Delegate, delegate_id)
    if delegate is None or delegate.event_id != event.id:
        raise CheckInError(
            translate("CheckIn", "No person with id {delegate_id}").format(delegate_id=delegate_id)
        )
    door = door_facts(session, event, session_code)
    issued = False
    badge: BadgeFacts | None = None
    if delegate.status != DelegateStatus.CANCELLED:
        found, issued = ensure_badge(session, delegate, operator)
        session.flush()
        badge = badge_by_id(session, found.id)
    person = person_facts(session, delegate_id)
    base = replace(starting_outcome(event, now, desk, language, door), badge_issued=issued)
    outcome = decide_and_record(
        session, event, base, payload="", operator=operator, door=door, person=person, badge=badge
    )
    audit.record(
        session,
        operator=operator,
        action="checkin-by-name",
        entity="delegate",
        entity_id=delegate_id,
        changes={},
        detail=f"{outcome.verdict.value} at {desk or 'an unnamed desk'} without a scanned badge"
        + (f"; badge {badge.number:05d} issued" if issued and badge else ""),
    )
    return outcome


def undo_checkin(session: Session, checkin_id: int, operator: str, reason: str) -> None:
    """Delete a check-in (a mistaken admission); the scan log keeps the scan, the audit says who and why."""
    require(session, Action.CHECKIN_UNDO, operator)
    if not reason.strip():
        raise CheckInError(translate("CheckIn", "Say why the check-in is undone"))
    checkin = session.get(CheckIn, checkin_id)
    if checkin is None:
        raise CheckInError(
            translate("CheckIn", "No check-in with id {checkin_id}").format(checkin_id=checkin_id)
        )
    audit.record(
        session,
        operator=operator,
        action="undo-checkin",
        entity="check_in",
        entity_id=checkin.id,
        changes={
            "delegate_id": (checkin.delegate_id, None),
            "day": (checkin.day, None),
            "place": (checkin.place, None),
            "at": (checkin.at, None),
            "desk": (checkin.desk, None),
        },
        detail=f"check-in of delegate {checkin.delegate_id} undone: {reason.strip()}",
    )
    session.execute(delete(CheckIn).where(CheckIn.id == checkin_id))


def badge_pdf_for(
    session: Session,
    delegate_id: int,
    out: str | Path,
    *,
    operator: str,
    template: str = "a6",
    override_approval: bool = False,
    issue_new: bool = True,
) -> Path:
    """Print one person's current badge (issuing one if needed) to a one-badge PDF, on the spot.

    Only for a person protocol approved (:class:`~accreditation.people.approval.NotApproved` otherwise), unless
    ``override_approval``, recorded in the audit trail under ``operator``. With ``issue_new`` false (a desk
    working from its replica, which may not give out badge numbers) a person without a badge is refused.
    """
    require(session, Action.BADGE_PRINT, operator)
    # Imported here, not above, only to keep reportlab off the scan path: scanning a badge must not
    # load the PDF machinery that printing one needs.
    from accreditation.badges.pdf import render_badges

    delegate = session.get(Delegate, delegate_id)
    if delegate is None:
        raise CheckInError(
            translate("CheckIn", "No person with id {delegate_id}").format(delegate_id=delegate_id)
        )
    require_approved(
        session,
        [delegate],
        override_by=operator if override_approval else None,
        detail="badge printed at the check-in desk without protocol approval (override)",
    )
    event = current_event(session)
    if not issue_new and current_badge(session, delegate) is None:
        raise CheckInError(
            translate(
                "CheckIn",
                "{name} has no badge yet, and a new badge needs the server: print it when the desk is online.",
            ).format(name=delegate.latin_name or delegate.name_fa)
        )
    badge, _issued = ensure_badge(session, delegate, operator)
    view = badge_view(session, badge, event_secret(event))
    render_badges([view], template, out, title=f"{event.name_en} — {delegate.latin_name}")
    mark_printed(session, badge, operator)
    return Path(out)


def scans_of(session: Session, *, limit: int = 50) -> list[Scan]:
    """The latest scans, newest first (the desk's recent list)."""
    return list(session.scalars(select(Scan).order_by(Scan.id.desc()).limit(limit)))


__all__ = ["badge_pdf_for", "find_and_checkin", "scan", "scans_of", "undo_checkin"]
