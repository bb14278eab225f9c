"""The protocol dashboard: who was expected and who arrived, per region, per category, per day.

Read-only counts over the check-in records (:mod:`.recording` writes them): arrived means checked in
that day, at the desk or at any door; expected means not cancelled and a known stay that covers the
day. The days are the event's, in its time zone (:mod:`.validity`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from accreditation.checkin.validity import event_days, event_moment, event_timezone
from accreditation.event.loader import current_event
from accreditation.i18n.languages import in_language
from accreditation.names.display import latin_full_name, names_for_reader
from accreditation.store.models import (
    Category,
    CheckIn,
    Delegate,
    DelegateStatus,
    Delegation,
    Event,
    Region,
    Scan,
)


@dataclass(frozen=True)
class Arrivals:
    """Expected against arrived for one group (a region, the guests, or a category) on one day."""

    code: str | None
    name_en: str
    name_fa: str
    name_ru: str
    expected: int
    arrived: int
    color: str = ""

    def name(self, language: str) -> str:
        return {"fa": self.name_fa, "ru": self.name_ru}.get(language) or self.name_en


@dataclass(frozen=True)
class WaitingHead:
    """A head of delegation not yet checked in today."""

    delegate_id: int
    latin_name: str
    name_fa: str
    name_native: str
    title_en: str
    title_fa: str
    region_code: str | None
    region_en: str
    region_fa: str
    arrival: datetime | None
    title_ru: str = ""
    region_ru: str = ""

    def names(self, language: str) -> list[str]:
        """The head's spellings, the reader's script first."""
        return names_for_reader(
            language, latin=self.latin_name, name_fa=self.name_fa, name_native=self.name_native
        )

    def title(self, language: str) -> str:
        return in_language(language, en=self.title_en, fa=self.title_fa, ru=self.title_ru)

    def region(self, language: str) -> str:
        return in_language(language, en=self.region_en, fa=self.region_fa, ru=self.region_ru)


@dataclass(frozen=True)
class Dashboard:
    day: date
    days: tuple[date, ...]
    #: Per event day: arrivals per region (guests last, code None).
    regions_by_day: dict[date, list[Arrivals]]
    heads_waiting: list[WaitingHead]
    categories: list[Arrivals]
    scans_today: int

    @property
    def expected(self) -> int:
        return sum(a.expected for a in self.regions_by_day.get(self.day, []))

    @property
    def arrived(self) -> int:
        return sum(a.arrived for a in self.regions_by_day.get(self.day, []))


def _expected_on(day: date) -> Any:
    """Delegates expected on ``day``: not cancelled, and their known stay covers it."""
    start = datetime.combine(day, time.min)
    end = start + timedelta(days=1)
    return and_(
        Delegate.status != DelegateStatus.CANCELLED,
        or_(Delegate.arrival.is_(None), Delegate.arrival < end),
        or_(Delegate.departure.is_(None), Delegate.departure >= start),
    )


_GUESTS = {"en": "Guests", "fa": "مهمانان", "ru": "Гости"}


def arrivals_by_region(session: Session, day: date, event: Event | None = None) -> list[Arrivals]:
    """Per region (in the event's order), then the guests: people expected on ``day`` and arrived.

    Arrived means checked in that day, at the desk or at any door.
    """
    event = event or current_event(session)
    expected = dict(
        session.execute(
            select(Delegation.region_id, func.count(Delegate.id))
            .select_from(Delegate)
            .outerjoin(Delegation, Delegation.id == Delegate.delegation_id)
            .where(Delegate.event_id == event.id, _expected_on(day))
            .group_by(Delegation.region_id)
        ).all()
    )
    arrived = dict(
        session.execute(
            select(Delegation.region_id, func.count(func.distinct(CheckIn.delegate_id)))
            .select_from(CheckIn)
            .join(Delegate, Delegate.id == CheckIn.delegate_id)
            .outerjoin(Delegation, Delegation.id == Delegate.delegation_id)
            .where(CheckIn.event_id == event.id, CheckIn.day == day)
            .group_by(Delegation.region_id)
        ).all()
    )
    rows = [
        Arrivals(r.code, r.name_en, r.name_fa, r.name_ru, expected.get(r.id, 0), arrived.get(r.id, 0))
        for r in session.scalars(
            select(Region).where(Region.event_id == event.id).order_by(Region.display_order)
        )
    ]
    rows.append(
        Arrivals(
            None, _GUESTS["en"], _GUESTS["fa"], _GUESTS["ru"], expected.get(None, 0), arrived.get(None, 0)
        )
    )
    return rows


def heads_not_arrived(session: Session, day: date, event: Event | None = None) -> list[WaitingHead]:
    """Heads of delegation (as each delegation names its head) not checked in on ``day``, region order."""
    event = event or current_event(session)
    arrived = select(CheckIn.delegate_id).where(CheckIn.event_id == event.id, CheckIn.day == day)
    rows = session.execute(
        select(Delegate, Region)
        .join(Delegation, Delegation.head_delegate_id == Delegate.id)
        .outerjoin(Region, Region.id == Delegation.region_id)
        .where(
            Delegate.event_id == event.id,
            Delegate.status != DelegateStatus.CANCELLED,
            Delegate.id.not_in(arrived),
        )
        .order_by(func.coalesce(Region.display_order, 10_000), Delegate.family_name, Delegate.id)
    ).all()
    return [
        WaitingHead(
            d.id,
            latin_full_name(d.given_name, d.family_name, d.nationality),
            d.name_fa,
            d.name_native,
            d.title_en,
            d.title_fa,
            r.code if r else None,
            r.name_en if r else "",
            r.name_fa if r else "",
            d.arrival,
            d.title_ru,
            r.name_ru if r else "",
        )
        for d, r in rows
    ]


def counts_per_category(session: Session, day: date, event: Event | None = None) -> list[Arrivals]:
    """Per category (protocol rank order): expected on ``day`` and arrived."""
    event = event or current_event(session)
    expected = dict(
        session.execute(
            select(Delegate.category_id, func.count(Delegate.id))
            .where(Delegate.event_id == event.id, _expected_on(day))
            .group_by(Delegate.category_id)
        ).all()
    )
    arrived = dict(
        session.execute(
            select(Delegate.category_id, func.count(func.distinct(CheckIn.delegate_id)))
            .select_from(CheckIn)
            .join(Delegate, Delegate.id == CheckIn.delegate_id)
            .where(CheckIn.event_id == event.id, CheckIn.day == day)
            .group_by(Delegate.category_id)
        ).all()
    )
    return [
        Arrivals(
            c.code, c.name_en, c.name_fa, c.name_ru, expected.get(c.id, 0), arrived.get(c.id, 0), c.color
        )
        for c in session.scalars(
            select(Category).where(Category.event_id == event.id).order_by(Category.rank)
        )
    ]


def dashboard(session: Session, now: datetime | None = None, day: date | None = None) -> Dashboard:
    """Everything the protocol dashboard shows, for ``day`` (default: today, or the event's nearest day)."""
    event = current_event(session)
    _at, today = event_moment(event, now)
    days = event_days(event)
    day = day or min(max(today, days[0]), days[-1])
    scans_today = (
        session.scalar(
            select(func.count(Scan.id)).where(
                Scan.event_id == event.id,
                Scan.at >= datetime.combine(day, time.min, event_timezone(event)).astimezone(UTC),
                Scan.at
                < datetime.combine(day + timedelta(days=1), time.min, event_timezone(event)).astimezone(UTC),
            )
        )
        or 0
    )
    return Dashboard(
        day=day,
        days=days,
        regions_by_day={d: arrivals_by_region(session, d, event) for d in days},
        heads_waiting=heads_not_arrived(session, day, event),
        categories=counts_per_category(session, day, event),
        scans_today=int(scans_today),
    )


__all__ = [
    "Arrivals",
    "Dashboard",
    "WaitingHead",
    "arrivals_by_region",
    "counts_per_category",
    "dashboard",
    "heads_not_arrived",
]
