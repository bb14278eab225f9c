"""What the editor's lists offer (categories, delegations, organizations, countries), read once as it opens.

A delegation choice is ``"delegation_id:<id>"``, or ``"region_id:<id>"`` for a region that has no
delegation yet (the core makes it on Save), or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from accreditation.event.loader import current_event
from accreditation.names.collation import name_sort_key
from accreditation.store.database import Database
from accreditation.store.models import Category, Country, Delegation, Organization, Region


@dataclass(frozen=True)
class EditorChoices:
    #: A new arrival or departure starts at 8:00 on the event's first day.
    event_start: datetime
    #: The event's last day (a passport must not expire before it).
    event_end: date
    #: (id, name, colour), in protocol order
    categories: list[tuple[int, str, str]]
    #: (label, delegation choice): the regions' delegations in protocol order, then the guests' alphabetically
    delegations: list[tuple[str, str | None]]
    #: (id or None for none, name), alphabetical
    organizations: list[tuple[int | None, str]]
    #: country code → name
    countries: dict[str, str]


def load_choices(session: Any, language: str) -> EditorChoices:
    persian = language == "fa"

    def name(en: str, fa: str) -> str:
        return (fa or en) if persian else (en or fa)

    event = current_event(session)
    categories = [
        (c.id, name(c.name_en, c.name_fa), c.color)
        for c in session.scalars(select(Category).where(Category.event_id == event.id).order_by(Category.rank))
    ]
    regions = list(
        session.scalars(select(Region).where(Region.event_id == event.id).order_by(Region.display_order))
    )
    delegations = list(
        session.scalars(select(Delegation).where(Delegation.event_id == event.id).order_by(Delegation.id))
    )
    with_delegation = {d.region_id for d in delegations if d.region_id is not None}
    none = QCoreApplication.translate("DelegateEditor", "— none —")
    items: list[tuple[str, str | None]] = [(none, None)]
    for d in delegations:
        if d.region_id is not None:
            items.append((name(d.name_en, d.name_fa), f"delegation_id:{d.id}"))
    for r in regions:
        if r.id not in with_delegation:
            label = QCoreApplication.translate("DelegateEditor", "%1 (new delegation)").replace(
                "%1", name(r.name_en, r.name_fa)
            )
            items.append((label, f"region_id:{r.id}"))
    # Regions keep the protocol order; guests' delegations and organizations are alphabetical.
    alphabetical = "fa" if persian else "en"
    guests = [(name(d.name_en, d.name_fa), f"delegation_id:{d.id}") for d in delegations if d.region_id is None]
    items += sorted(guests, key=lambda item: name_sort_key(item[0], alphabetical))
    organizations: list[tuple[int | None, str]] = [
        (o.id, name(o.name_en, o.name_fa))
        for o in session.scalars(select(Organization).where(Organization.event_id == event.id))
    ]
    organizations.sort(key=lambda item: name_sort_key(item[1], alphabetical))
    return EditorChoices(
        event_start=datetime.combine(event.start_date, time(8, 0)),
        event_end=event.end_date,
        categories=categories,
        delegations=items,
        organizations=[(None, none), *organizations],
        countries={c.code: name(c.name_en, c.name_fa) for c in session.scalars(select(Country))},
    )


def country_of_choice(db: Database, choice: str | None) -> str | None:
    """The country of a delegation choice (for the passport's nationality check)."""
    if not choice:
        return None
    key, ident = str(choice).split(":")
    with db.sessions() as session:
        if key == "region_id":
            region = session.get(Region, int(ident))
            return region.country.code if region else None
        delegation = session.get(Delegation, int(ident))
        if delegation is None:
            return None
        if delegation.region is not None:
            return delegation.region.country.code
        organization = delegation.organization
        return organization.country.code if organization and organization.country else None
