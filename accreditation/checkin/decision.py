"""Deciding a scan: the facts it is decided on, read from the database, and the rules that decide it.

The decision is made from data, never from a branch per category:

* **cancelled** -- the person's status; **revoked** -- the badge version was replaced (with why);
* **not valid today** -- today (in the event's time zone) is outside the person's days
  (:func:`~.validity.person_days`);
* **no access** -- at a door, the session's zone is not among the zones of the person's category;
* **admitted** -- otherwise. Whether it is the first admission of the day or "already checked in" is
  the record's to say (:mod:`.recording`), since only the write can settle it when two desks scan at once.

The facts (the event, its key, the person, the badge, the door) are read here, with statements built
once, so that :func:`decide` itself is plain data in, verdict out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from accreditation.badges.token import PayloadStatus, Verification, load_event_secret, secret_path
from accreditation.checkin.validity import EventFacts, event_moment, event_timezone, person_days
from accreditation.checkin.verdicts import CheckInError, PersonCard, ScanOutcome, message_language
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.store.models import (
    Badge,
    BadgeStatus,
    Category,
    Delegate,
    DelegateStatus,
    Delegation,
    Event,
    EventSession,
    Region,
    Verdict,
    Zone,
    category_zone,
)

_secrets: dict[str, bytes] = {}

# The scan path's statements are built once: building a statement costs more than running it.
_EVENT = (
    select(Event.id, Event.code, Event.start_date, Event.end_date, Event.timezone).order_by(Event.id).limit(1)
)


def event_facts(session: Session) -> EventFacts:
    row = session.connection().execute(_EVENT).first()
    if row is None:
        raise UserError(translate("CheckIn", "This database has no event yet: run 'init' first"))
    return EventFacts(*row)


def event_secret(event: EventFacts | Event) -> bytes:
    """The event's key, read once per key file (a scan must not pay for a file read)."""
    key = str(secret_path(event.code))
    secret = _secrets.get(key)
    if secret is None:
        secret = _secrets[key] = load_event_secret(event.code)
    return secret


@dataclass(frozen=True)
class PersonFacts:
    """A person as the decision needs them: the card, the status and the stay."""

    card: PersonCard
    status: DelegateStatus
    arrival: datetime | None
    departure: datetime | None


@dataclass(frozen=True)
class BadgeFacts:
    id: int
    delegate_id: int
    number: int
    version: int
    status: BadgeStatus
    revoke_reason: str


_REGION = Region.__table__.alias("r")
_PERSON_QUERY = (
    select(
        Delegate.id,
        Delegate.given_name,
        Delegate.family_name,
        Delegate.name_fa,
        Delegate.name_native,
        Delegate.title_en,
        Delegate.title_fa,
        Delegate.status,
        Delegate.arrival,
        Delegate.departure,
        Category.id,
        Category.code,
        Category.name_en,
        Category.name_fa,
        Category.name_ru,
        Category.color,
        Category.text_color,
        Category.letter,
        Delegation.name_en,
        Delegation.name_fa,
        Delegation.head_delegate_id,
        _REGION.c.code,
        _REGION.c.name_en,
        _REGION.c.name_fa,
        _REGION.c.name_ru,
        Delegate.title_ru,
        Delegation.name_ru,
    )
    .select_from(Delegate)
    .join(Category, Category.id == Delegate.category_id)
    .outerjoin(Delegation, Delegation.id == Delegate.delegation_id)
    .outerjoin(_REGION, _REGION.c.id == Delegation.region_id)
)
_PEOPLE_BY_IDS = _PERSON_QUERY.where(Delegate.id.in_(bindparam("ids", expanding=True)))
_ZONES_OF = (
    select(Zone.code)
    .join(category_zone, category_zone.c.zone_id == Zone.id)
    .where(category_zone.c.category_id == bindparam("category_id"))
    .order_by(Zone.code)
)
_BADGE_COLUMNS = (Badge.id, Badge.delegate_id, Badge.number, Badge.version, Badge.status, Badge.revoke_reason)
_BADGE_BY_NUMBER = select(*_BADGE_COLUMNS).where(
    Badge.event_id == bindparam("event_id"),
    Badge.number == bindparam("number"),
    Badge.version == bindparam("version"),
)
_BADGE_BY_ID = select(*_BADGE_COLUMNS).where(Badge.id == bindparam("badge_id"))
_DOOR = (
    select(
        EventSession.id,
        EventSession.code,
        EventSession.name_en,
        EventSession.name_fa,
        EventSession.name_ru,
        Zone.code,
        Zone.name_en,
        Zone.name_fa,
        Zone.name_ru,
    )
    .outerjoin(Zone, Zone.id == EventSession.zone_id)
    .where(EventSession.event_id == bindparam("event_id"), EventSession.code == bindparam("code"))
)


def person_facts(session: Session, delegate_id: int) -> PersonFacts | None:
    return people_facts(session, [delegate_id]).get(delegate_id)


def people_facts(session: Session, delegate_ids: Iterable[int]) -> dict[int, PersonFacts]:
    """:func:`person_facts` of many people with one query (a desk's queue pushed to the server)."""
    conn = session.connection()
    zones_of: dict[int, tuple[str, ...]] = {}
    found: dict[int, PersonFacts] = {}
    for row in conn.execute(_PEOPLE_BY_IDS, {"ids": sorted(set(delegate_ids))}):
        facts = _person_from_row(conn, row, zones_of)
        found[facts.card.id] = facts
    return found


def _person_from_row(conn: Connection, row: Any, zones_of: dict[int, tuple[str, ...]]) -> PersonFacts:
    (
        pid,
        given,
        family,
        name_fa,
        native,
        title_en,
        title_fa,
        status,
        arrival,
        departure,
        category_id,
        c_code,
        c_en,
        c_fa,
        c_ru,
        c_color,
        c_text,
        c_letter,
        d_en,
        d_fa,
        head_id,
        r_code,
        r_en,
        r_fa,
        r_ru,
        title_ru,
        d_ru,
    ) = row
    zones = zones_of.get(category_id)
    if zones is None:
        zones = zones_of[category_id] = tuple(conn.execute(_ZONES_OF, {"category_id": category_id}).scalars())
    card = PersonCard(
        id=pid,
        given_name=given,
        family_name=family,
        name_fa=name_fa,
        name_native=native,
        title_en=title_en,
        title_fa=title_fa,
        status=DelegateStatus(status).value,
        region_code=r_code,
        region_en=r_en or "",
        region_fa=r_fa or "",
        region_ru=r_ru or "",
        delegation_en=d_en or "",
        delegation_fa=d_fa or "",
        delegation_ru=d_ru or "",
        title_ru=title_ru or "",
        category_code=c_code,
        category_en=c_en,
        category_fa=c_fa,
        category_ru=c_ru or "",
        category_color=c_color,
        category_text_color=c_text,
        category_letter=c_letter,
        zones=zones,
        is_head=head_id == pid,
    )
    return PersonFacts(card, DelegateStatus(status), arrival, departure)


def person_card(session: Session, delegate_id: int) -> PersonCard | None:
    """What the desk shows of a person (names, region, delegation, category, zones)."""
    person = person_facts(session, delegate_id)
    return person.card if person else None


def _badge(session: Session, statement: Any, params: dict[str, Any]) -> BadgeFacts | None:
    row = session.connection().execute(statement, params).first()
    return BadgeFacts(*row) if row else None


def badge_by_number(session: Session, event_id: int, number: int, version: int) -> BadgeFacts | None:
    """The badge a well-signed payload names, if this database has it."""
    return _badge(session, _BADGE_BY_NUMBER, {"event_id": event_id, "number": number, "version": version})


def badge_by_id(session: Session, badge_id: int) -> BadgeFacts | None:
    return _badge(session, _BADGE_BY_ID, {"badge_id": badge_id})


@dataclass(frozen=True)
class Door:
    id: int
    code: str
    names: dict[str, str]
    zone_code: str | None
    zone_names: dict[str, str]


def door_facts(session: Session, event: EventFacts, session_code: str | None) -> Door | None:
    if not session_code:
        return None
    row = session.connection().execute(_DOOR, {"event_id": event.id, "code": session_code}).first()
    if row is None:
        codes = ", ".join(session.scalars(select(EventSession.code).where(EventSession.event_id == event.id)))
        raise CheckInError(
            translate("CheckIn", "No session with code '{session_code}' (known: {codes})").format(
                session_code=session_code, codes=codes
            )
        )
    sid, code, s_en, s_fa, s_ru, z_code, z_en, z_fa, z_ru = row
    zone_names = {"en": z_en or "", "fa": z_fa or "", "ru": z_ru or ""} if z_code else {}
    return Door(sid, code, {"en": s_en, "fa": s_fa, "ru": s_ru or ""}, z_code, zone_names)


def starting_outcome(
    event: EventFacts, now: datetime | None, desk: str, language: str, door: Door | None
) -> ScanOutcome:
    """The outcome before anything is decided: the moment, the event day, the desk and the door."""
    at, day = event_moment(event, now)
    return ScanOutcome(
        verdict=Verdict.UNKNOWN,
        at=at,
        day=day,
        event_tz=event_timezone(event),
        desk=desk,
        language=message_language(language),
        session_code=door.code if door else None,
        session_names=door.names if door else {},
        zone_code=door.zone_code if door else None,
        zone_names=door.zone_names if door else {},
    )


def refused_by_payload(base: ScanOutcome, check: Verification) -> ScanOutcome | None:
    """The refusal a payload earns before any badge is looked up (not ours, another event's, a false
    signature); None for a well-signed payload of this event."""
    verdict = {
        PayloadStatus.UNKNOWN: Verdict.UNKNOWN,
        PayloadStatus.OTHER_EVENT: Verdict.WRONG_EVENT,
        PayloadStatus.FORGED: Verdict.FORGED,
    }.get(check.status)
    return replace(base, verdict=verdict) if verdict is not None else None


def not_issued(base: ScanOutcome, check: Verification) -> ScanOutcome:
    """A well-signed payload naming a badge (or person) this database does not have."""
    return replace(
        base,
        verdict=Verdict.UNKNOWN,
        detail="not-issued",
        badge_number=check.number,
        badge_version=check.version,
    )


def decide(
    event: EventFacts,
    base: ScanOutcome,
    *,
    door: Door | None,
    person: PersonFacts | None,
    badge: BadgeFacts | None,
) -> ScanOutcome:
    """The verdict for a found person by the rules above; without a person, the refusal in ``base`` stands."""
    outcome = base
    if person is not None:
        card = person.card
        first, last = person_days(event, card.zones, person.arrival, person.departure)
        outcome = replace(
            outcome,
            person=card,
            valid_from=first,
            valid_until=last,
            badge_number=badge.number if badge else None,
            badge_version=badge.version if badge else None,
        )
        if person.status == DelegateStatus.CANCELLED:
            outcome = replace(outcome, verdict=Verdict.CANCELLED)
        elif badge is not None and badge.status == BadgeStatus.REVOKED:
            outcome = replace(outcome, verdict=Verdict.REVOKED, reason=badge.revoke_reason)
        elif not first <= outcome.day <= last:
            outcome = replace(outcome, verdict=Verdict.NOT_VALID_TODAY)
        elif door is not None and door.zone_code is not None and door.zone_code not in card.zones:
            outcome = replace(outcome, verdict=Verdict.NO_ACCESS)
        else:
            outcome = replace(outcome, verdict=Verdict.ADMITTED)
    return outcome


__all__ = [
    "BadgeFacts",
    "Door",
    "PersonFacts",
    "badge_by_id",
    "badge_by_number",
    "decide",
    "door_facts",
    "not_issued",
    "refused_by_payload",
    "event_facts",
    "event_secret",
    "person_card",
    "people_facts",
    "person_facts",
    "starting_outcome",
]
