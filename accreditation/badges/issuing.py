"""Badge records: numbers, versions, statuses and history, and what a scanned payload means.

A person's badge keeps its number for the whole event; each reissue (lost, damaged, data changed)
adds a version and revokes the previous one, so the old card in someone's pocket stops opening doors
while desk staff can still say "that was badge 00042, replaced because it was lost". Cancelling a
person revokes their badge the same way. Every change writes a history row on the badge and an audit
entry, in the caller's transaction.

The signature check itself (:func:`accreditation.badges.token.verify_payload`) needs no database;
:func:`lookup_payload` adds what only the database knows: whether that number and version is the
current badge or a revoked one.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.badges.token import PayloadStatus, make_payload, verify_payload
from accreditation.badges.view import BadgeView
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.names.display import latin_family_capitals, latin_full_name
from accreditation.people.badge_records import (
    CANCELLED_REASON,
    audit_badge,
    revoke_badge,
    write_history,
)
from accreditation.store import audit
from accreditation.store.enums import REISSUE_REASONS
from accreditation.store.models import (
    Badge,
    BadgeHistory,
    BadgeStatus,
    Delegate,
    DelegateStatus,
    Event,
    utcnow,
)

_ALLOCATION_ATTEMPTS = 5


class BadgeError(UserError):
    """A badge action the desk asked for that cannot be done (one line for the operator)."""


def current_badge(session: Session, delegate: Delegate) -> Badge | None:
    """The badge the person should be wearing: their newest version that is not revoked."""
    return session.scalars(
        select(Badge)
        .where(Badge.delegate_id == delegate.id, Badge.status != BadgeStatus.REVOKED)
        .order_by(Badge.version.desc(), Badge.id.desc())
    ).first()


def _next_number(session: Session, event_id: int) -> int:
    highest = session.scalar(select(func.max(Badge.number)).where(Badge.event_id == event_id))
    return (highest or 0) + 1


def current_badges(session: Session, delegates: Sequence[Delegate]) -> dict[int, Badge]:
    """Each person's current badge (by delegate id), in one query per 500 people."""
    found: dict[int, Badge] = {}
    ids = [d.id for d in delegates]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.scalars(
            select(Badge)
            .where(Badge.delegate_id.in_(chunk), Badge.status != BadgeStatus.REVOKED)
            .order_by(Badge.version)
        )
        for badge in rows:
            found[badge.delegate_id] = badge  # ordered by version: the newest wins
    return found


def issue_badges(session: Session, delegates: Sequence[Delegate], operator: str = "") -> list[Badge]:
    """New badges (version 1, consecutive free numbers of the event) for people who have none.

    Numbers come from the highest number in the event, so two desks issuing at the same moment could
    pick the same ones; the unique constraint on (event, number, version) refuses the second batch,
    which is retried with fresh numbers.
    """
    require(session, Action.BADGE_PRINT, operator)
    if not delegates:
        return []
    for person in delegates:
        if person.status == DelegateStatus.CANCELLED:
            raise BadgeError(
                translate("Badges", "{latin_name} (#{id}) is cancelled; no badge can be issued").format(
                    latin_name=person.latin_name, id=person.id
                )
            )
    existing = current_badges(session, delegates)
    for person in delegates:
        badge = existing.get(person.id)
        if badge is not None:
            raise BadgeError(
                translate(
                    "Badges",
                    "{latin_name} (#{id}) already has badge {number:05d} version {version}; reissue it "
                    "instead",
                ).format(
                    latin_name=person.latin_name, id=person.id, number=badge.number, version=badge.version
                )
            )
    event_ids = {d.event_id for d in delegates}
    if len(event_ids) != 1:
        raise ValueError("issue_badges works on one event at a time")
    event_id = event_ids.pop()
    for attempt in range(_ALLOCATION_ATTEMPTS):
        first = _next_number(session, event_id)
        now = utcnow()
        badges = [
            Badge(
                event_id=event_id,
                delegate_id=d.id,
                number=first + i,
                version=1,
                status=BadgeStatus.ISSUED,
                issued_at=now,
            )
            for i, d in enumerate(delegates)
        ]
        try:
            with session.begin_nested():
                session.add_all(badges)
                session.flush()
        except IntegrityError:
            if attempt == _ALLOCATION_ATTEMPTS - 1:
                raise
            continue
        session.add_all(
            BadgeHistory(badge_id=b.id, action="issued", detail="version 1", operator=operator[:100], at=now)
            for b in badges
        )
        audit.record_many(
            session,
            (
                audit.entry_values(
                    operator=operator,
                    action="issue",
                    entity="badge",
                    entity_id=b.id,
                    changes={"number": (None, b.number)},
                    detail=f"badge {b.number:05d} v1 for delegate {b.delegate_id}",
                )
                for b in badges
            ),
        )
        return badges
    raise AssertionError("unreachable")


def issue_badge(session: Session, delegate: Delegate, operator: str = "") -> Badge:
    """A new badge (next free number in the event, version 1) for someone who has none."""
    return issue_badges(session, [delegate], operator)[0]


def ensure_badge(session: Session, delegate: Delegate, operator: str = "") -> tuple[Badge, bool]:
    """The current badge, issuing one if needed; the flag says whether it was just issued."""
    badge = current_badge(session, delegate)
    if badge is not None:
        return badge, False
    return issue_badge(session, delegate, operator), True


def ensure_badges(
    session: Session, delegates: Sequence[Delegate], operator: str = ""
) -> tuple[list[Badge], int]:
    """Everyone's current badge in the given order, issuing badges for those without; returns the
    badges and how many were newly issued."""
    existing = current_badges(session, delegates)
    new = iter(issue_badges(session, [d for d in delegates if d.id not in existing], operator))
    badges = [existing.get(d.id) or next(new) for d in delegates]
    return badges, len(badges) - len(existing)


def reissue(session: Session, delegate_id: int, reason: str, operator: str = "") -> Badge:
    """Replace a person's badge: same number, next version; the old version is revoked with ``reason``."""
    require(session, Action.BADGE_REISSUE, operator)
    if reason not in REISSUE_REASONS:
        raise BadgeError(
            translate("Badges", "Reason must be one of {value}, not '{reason}'").format(
                value=", ".join(REISSUE_REASONS), reason=reason
            )
        )
    delegate = session.get(Delegate, delegate_id)
    if delegate is None:
        raise BadgeError(
            translate("Badges", "No person with id {delegate_id}").format(delegate_id=delegate_id)
        )
    if delegate.status == DelegateStatus.CANCELLED:
        raise BadgeError(
            translate("Badges", "{latin_name} (#{id}) is cancelled; their badge cannot be reissued").format(
                latin_name=delegate.latin_name, id=delegate.id
            )
        )
    old = current_badge(session, delegate)
    if old is None:
        raise BadgeError(
            translate(
                "Badges", "{latin_name} (#{id}) has no badge to reissue; print one with 'badges --ids {id}'"
            ).format(latin_name=delegate.latin_name, id=delegate.id)
        )
    revoke_badge(session, old, reason, operator)
    new = Badge(
        event_id=old.event_id,
        delegate_id=delegate.id,
        number=old.number,
        version=old.version + 1,
        status=BadgeStatus.ISSUED,
        issued_at=utcnow(),
    )
    session.add(new)
    write_history(
        session, new, "issued", f"version {new.version}, replacing version {old.version} ({reason})", operator
    )
    audit_badge(
        session,
        new,
        "reissue",
        operator,
        f"badge {new.number:05d} v{old.version} -> v{new.version}: {reason}",
        {"version": (old.version, new.version)},
    )
    return new


def mark_printed(session: Session, badge: Badge, operator: str = "") -> None:
    """The badge went to the printer. Reprinting the same version is recorded, not refused."""
    require(session, Action.BADGE_PRINT, operator)
    record_printed(session, badge, operator)


def record_printed(
    session: Session, badge: Badge, operator: str = "", *, at: datetime | None = None, detail: str = ""
) -> None:
    """Write that ``badge`` was printed ``at`` (now), by ``operator`` who was allowed to print it.

    :func:`mark_printed` checks the right first; a desk pushing a print it made offline (checked on the
    desk then) records it with the time it was made.
    """
    if badge.status == BadgeStatus.REVOKED:
        raise BadgeError(
            translate(
                "Badges", "Badge {number:05d} version {version} is revoked; it cannot be printed"
            ).format(number=badge.number, version=badge.version)
        )
    now = at or utcnow()
    reprint = badge.printed_at is not None
    badge.printed_at = now
    if badge.status == BadgeStatus.ISSUED:
        badge.status = BadgeStatus.PRINTED
    write_history(session, badge, "printed", detail or ("reprint" if reprint else ""), operator, now)
    delegate = badge.delegate
    if delegate.status in (DelegateStatus.REGISTERED, DelegateStatus.APPROVED):
        delegate.status = DelegateStatus.BADGE_PRINTED


def mark_collected(session: Session, badge: Badge, operator: str = "") -> None:
    """The person picked the badge up at the desk."""
    require(session, Action.BADGE_HANDOVER, operator)
    record_collected(session, badge, operator)


def record_collected(
    session: Session, badge: Badge, operator: str = "", *, at: datetime | None = None, detail: str = ""
) -> None:
    """Write that the person picked ``badge`` up ``at`` (now); the right was checked by the caller."""
    if badge.status == BadgeStatus.REVOKED:
        raise BadgeError(
            translate(
                "Badges", "Badge {number:05d} version {version} is revoked; hand out the current one"
            ).format(number=badge.number, version=badge.version)
        )
    now = at or utcnow()
    badge.status = BadgeStatus.COLLECTED
    badge.collected_at = now
    write_history(session, badge, "collected", detail, operator, now)
    delegate = badge.delegate
    if delegate.status != DelegateStatus.CANCELLED:
        delegate.status = DelegateStatus.BADGE_COLLECTED


def badge_view(session: Session, badge: Badge, secret: bytes) -> BadgeView:
    """Everything printed on ``badge``, gathered from the database once, so rendering needs none."""
    delegate = badge.delegate
    event = session.get(Event, badge.event_id)
    assert event is not None
    category = delegate.category
    delegation = delegate.delegation
    region = delegation.region if delegation else None
    organization = delegate.organization or (delegation.organization if delegation else None)
    if region is not None:
        affiliation_fa, affiliation_en = region.name_fa, region.name_en
        country = region.country
    elif organization is not None:
        affiliation_fa, affiliation_en = organization.name_fa, organization.name_en
        country = organization.country
    else:
        affiliation_fa = affiliation_en = ""
        country = None
    photo = delegate.photo
    return BadgeView(
        number=badge.number,
        version=badge.version,
        payload=make_payload(secret, badge.event_id, badge.number, badge.version),
        name_fa=delegate.name_fa,
        name_latin=latin_full_name(delegate.given_name, delegate.family_name, delegate.nationality),
        name_latin_family_caps=latin_family_capitals(
            delegate.given_name, delegate.family_name, delegate.nationality
        ),
        name_native=delegate.name_native,
        title_fa=delegate.title_fa,
        title_en=delegate.title_en,
        affiliation_fa=affiliation_fa,
        affiliation_en=affiliation_en,
        country_fa=country.name_fa if country else "",
        country_en=country.name_en if country else "",
        category_code=category.code,
        category_name_fa=category.name_fa,
        category_name_en=category.name_en,
        category_letter=category.letter,
        category_color=category.color,
        category_text_color=category.text_color,
        zones=tuple(zone.code.upper() for zone in category.zones),
        event_name_fa=event.name_fa,
        event_name_en=event.name_en,
        event_start=event.start_date,
        event_end=event.end_date,
        photo_jpeg=photo.jpeg if photo is not None else None,
        delegate_id=delegate.id,
    )


class ScanStatus(enum.StrEnum):
    VALID = "valid"  # the current badge of a person who is not cancelled
    REVOKED = "revoked"  # a replaced or cancelled badge: see ``reason``
    FORGED = "forged"  # well-formed, but the signature does not match
    UNKNOWN = "unknown"  # not one of our payloads (another barcode, a misread)
    OTHER_EVENT = "other-event"  # one of our payloads, for another event
    NOT_ISSUED = "not-issued"  # signed with our key, but no such badge in this database


@dataclass(frozen=True)
class ScanResult:
    status: ScanStatus
    number: int | None = None
    version: int | None = None
    reason: str = ""
    badge: Badge | None = None
    delegate: Delegate | None = None

    @property
    def ok(self) -> bool:
        return self.status is ScanStatus.VALID


def lookup_payload(session: Session, secret: bytes, text: str, *, event_id: int | None = None) -> ScanResult:
    """What a scanned text means at this event's doors.

    ``event_id`` defaults to the database's only event; with several events it must be given.
    """
    if event_id is None:
        ids = list(session.scalars(select(Event.id).limit(2)))
        if len(ids) != 1:
            raise ValueError(
                "lookup_payload needs event_id when the database does not hold exactly one event"
            )
        event_id = ids[0]
    check = verify_payload(secret, text, event_id=event_id)
    if check.status is PayloadStatus.UNKNOWN:
        return ScanResult(ScanStatus.UNKNOWN)
    status_map = {PayloadStatus.OTHER_EVENT: ScanStatus.OTHER_EVENT, PayloadStatus.FORGED: ScanStatus.FORGED}
    if check.status in status_map:
        return ScanResult(status_map[check.status], check.number, check.version)
    badge = session.scalars(
        select(Badge).where(
            Badge.event_id == event_id, Badge.number == check.number, Badge.version == check.version
        )
    ).first()
    if badge is None:
        return ScanResult(ScanStatus.NOT_ISSUED, check.number, check.version)
    delegate = badge.delegate
    if badge.status == BadgeStatus.REVOKED:
        return ScanResult(
            ScanStatus.REVOKED, badge.number, badge.version, badge.revoke_reason, badge, delegate
        )
    if delegate.status == DelegateStatus.CANCELLED:
        return ScanResult(ScanStatus.REVOKED, badge.number, badge.version, CANCELLED_REASON, badge, delegate)
    return ScanResult(ScanStatus.VALID, badge.number, badge.version, "", badge, delegate)
