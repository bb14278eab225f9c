"""Checks on a travel document that protocol wants flagged, never silently passed: expiry and nationality.

A passport that expires before the event's last day cannot carry the person through the event; many
states (Iran among them) refuse entry on one valid for less than six months, so that is flagged too,
counted from the event's last day. A nationality different from the delegation's country is not wrong
(foreign delegations travel with Iranian interpreters) but protocol wants to see it.

Nationalities arrive in two forms: the country table keys ISO 3166 alpha-2 ("IR"), the machine-readable
zone prints ICAO alpha-3 ("IRN", or "D" for Germany); both are brought to alpha-2 before comparing.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from accreditation.i18n import current_language, translate
from accreditation.i18n.dates import format_date
from accreditation.passports.mrz import ALPHA2_TO_ALPHA3, country_alpha2
from accreditation.store.models import Delegate, Event


class Flag(enum.StrEnum):
    EXPIRED = "expired"  # already expired today
    EXPIRES_DURING_EVENT = "expires-before-event-end"
    EXPIRES_WITHIN_SIX_MONTHS = "expires-within-six-months"
    NATIONALITY_DIFFERS = "nationality-differs"


@dataclass(frozen=True)
class DocumentFlag:
    flag: Flag
    message: str


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it has no such day (31 Aug + 6 = 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def to_alpha2(code: str | None) -> str | None:
    """A nationality in either form as ISO alpha-2, or None when it names no country (UTO, XXA, "")."""
    code = (code or "").replace("<", "").strip().upper()
    if len(code) == 2:
        return code if code in ALPHA2_TO_ALPHA3 else None
    return country_alpha2(code) if code else None


def _day(day: date) -> str:
    """A date inside a sentence, as the reader writes dates (۲۷ آبان ۱۴۰۴ in Persian)."""
    return format_date(day, current_language())


def check_expiry(expiry: date | None, event_end: date, *, today: date | None = None) -> list[DocumentFlag]:
    """Flags for a document expiring before ``event_end`` or within six months after it."""
    if expiry is None:
        return []
    today = today or date.today()
    if expiry < today:
        return [
            DocumentFlag(
                Flag.EXPIRED,
                translate("Documents", "The document expired on {expiry}.").format(expiry=_day(expiry)),
            )
        ]
    if expiry < event_end:
        return [
            DocumentFlag(
                Flag.EXPIRES_DURING_EVENT,
                translate(
                    "Documents", "The document expires on {expiry}, before the event ends ({end})."
                ).format(expiry=_day(expiry), end=_day(event_end)),
            )
        ]
    limit = add_months(event_end, 6)
    if expiry < limit:
        return [
            DocumentFlag(
                Flag.EXPIRES_WITHIN_SIX_MONTHS,
                translate(
                    "Documents",
                    "The document expires on {expiry}, less than six months after the event "
                    "(needed until {limit} by many border controls).",
                ).format(expiry=_day(expiry), limit=_day(limit)),
            )
        ]
    return []


def check_nationality(nationality: str | None, delegation_country: str | None) -> list[DocumentFlag]:
    """A flag when the person's nationality is not the delegation's country (both known)."""
    mine, theirs = to_alpha2(nationality), to_alpha2(delegation_country)
    if not nationality or not delegation_country or mine == theirs:
        return []
    shown = (nationality or "").replace("<", "")
    return [
        DocumentFlag(
            Flag.NATIONALITY_DIFFERS,
            translate(
                "Documents", "The nationality {nationality} is not the delegation's country ({country})."
            ).format(nationality=shown, country=delegation_country),
        )
    ]


def delegation_country(delegate: Delegate) -> str | None:
    """The ISO alpha-2 country a person's delegation belongs to (its region's, else its organization's)."""
    delegation = delegate.delegation
    if delegation is not None and delegation.region is not None:
        return delegation.region.country.code
    organization = delegate.organization or (delegation.organization if delegation else None)
    if organization is not None and organization.country is not None:
        return organization.country.code
    return None


def check_document(
    session: Session,
    delegate: Delegate | None,
    *,
    expiry: date | None,
    nationality: str | None,
    delegation_country_code: str | None = None,
    today: date | None = None,
) -> list[DocumentFlag]:
    """Every flag for a document read for ``delegate`` (or for a new person of ``delegation_country_code``)."""
    event = session.get(Event, delegate.event_id) if delegate is not None else None
    if event is None:
        from accreditation.event.loader import current_event

        event = current_event(session)
    country = delegation_country_code or (delegation_country(delegate) if delegate is not None else None)
    return check_expiry(expiry, event.end_date, today=today) + check_nationality(nationality, country)
