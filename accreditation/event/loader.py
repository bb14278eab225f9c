"""Loading an event from its data file (the bundled Caspian summit lives in ``assets/events/``).

Loading is idempotent: rows are matched by their stable codes and updated in place, so running
``init`` twice, or after the organizers corrected a spelling in the file, never duplicates anything.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.paths import assets_dir
from accreditation.store.models import (
    Category,
    Country,
    Delegation,
    Event,
    EventSession,
    Organization,
    OrganizationKind,
    Region,
    SessionKind,
    Zone,
)

BUNDLED_EVENT = "caspian-governors-2025"


def bundled_event_file() -> Path:
    return assets_dir() / "events" / f"{BUNDLED_EVENT}.json"


def read_event_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UserError(translate("Database", "Event file not found: {path}").format(path=path)) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(
            translate("Database", "Event file {path} is not valid JSON: {exc}").format(path=path, exc=exc)
        ) from exc
    for key in ("event", "countries", "regions", "categories", "zones", "sessions"):
        if key not in data:
            raise UserError(
                translate("Database", "Event file {path} has no '{key}' section").format(path=path, key=key)
            )
    return data


def _upsert(session: Session, model: type, match: dict[str, Any], values: dict[str, Any]) -> Any:
    row = session.scalars(select(model).filter_by(**match)).one_or_none()
    if row is None:
        row = model(**match, **values)
        session.add(row)
    else:
        for key, value in values.items():
            setattr(row, key, value)
    return row


def _names(item: dict[str, Any], *keys: str) -> dict[str, str]:
    return {k: item.get(k, "") for k in keys}


def load_event(session: Session, path: Path | None = None) -> Event:
    """Create or update the event described by ``path`` (default: the bundled summit)."""
    require(session, Action.SETTINGS)
    data = read_event_file(path or bundled_event_file())
    ev = data["event"]
    event = _upsert(
        session,
        Event,
        {"code": ev["code"]},
        {
            **_names(ev, "name_en", "name_fa", "name_ru", "slogan_en", "slogan_fa", "city_en", "city_fa"),
            "host_country_code": ev["host_country"],
            "start_date": date.fromisoformat(ev["start_date"]),
            "end_date": date.fromisoformat(ev["end_date"]),
            "timezone": ev.get("timezone", "UTC"),
        },
    )
    session.flush()

    countries: dict[str, Country] = {}
    for order, item in enumerate(data["countries"]):
        countries[item["code"]] = _upsert(
            session,
            Country,
            {"code": item["code"]},
            {**_names(item, "name_en", "name_fa", "name_ru", "name_native"), "display_order": order},
        )
    session.flush()

    for order, item in enumerate(data["regions"]):
        if item["country"] not in countries:
            raise UserError(
                translate("Database", "Region {region} names unknown country {country}").format(
                    region=item["code"], country=item["country"]
                )
            )
        region = _upsert(
            session,
            Region,
            {"event_id": event.id, "code": item["code"]},
            {
                **_names(item, "name_en", "name_fa", "name_ru", "name_native"),
                "country_id": countries[item["country"]].id,
                "is_host": bool(item.get("host", False)),
                "display_order": order,
            },
        )
        session.flush()
        _ensure_region_delegation(session, event, region, item.get("delegation_ru", ""))

    zones: dict[str, Zone] = {}
    for item in data["zones"]:
        zones[item["code"]] = _upsert(
            session,
            Zone,
            {"event_id": event.id, "code": item["code"]},
            _names(item, "name_en", "name_fa", "name_ru"),
        )
    session.flush()

    for item in data["categories"]:
        unknown = [z for z in item.get("zones", []) if z not in zones]
        if unknown:
            raise UserError(
                translate("Database", "Category {category} names unknown zones: {zones}").format(
                    category=item["code"], zones=", ".join(unknown)
                )
            )
        category = _upsert(
            session,
            Category,
            {"event_id": event.id, "code": item["code"]},
            {
                **_names(item, "name_en", "name_fa", "name_ru"),
                "color": item["color"],
                "text_color": item.get("text_color", "#FFFFFF"),
                "letter": item["letter"],
                "rank": item.get("rank", 100),
            },
        )
        category.zones = [zones[z] for z in item.get("zones", [])]

    for item in data["sessions"]:
        _upsert(
            session,
            EventSession,
            {"event_id": event.id, "code": item["code"]},
            {
                **_names(item, "name_en", "name_fa", "name_ru", "topics_en", "topics_fa"),
                "kind": SessionKind(item["kind"]),
                "zone_id": zones[item["zone"]].id if item.get("zone") else None,
                "room_code": item.get("room", ""),
                "starts_at": datetime.fromisoformat(item["starts_at"]),
                "ends_at": datetime.fromisoformat(item["ends_at"]),
            },
        )

    from accreditation.event.rooms import (
        load_rooms,  # rooms are the seating module's data, loaded with their event
    )

    session.flush()
    load_rooms(session, event)

    for item in data.get("organizations", []):
        country = item.get("country")
        _upsert(
            session,
            Organization,
            {"event_id": event.id, "code": item["code"]},
            {
                **_names(item, "name_en", "name_fa", "name_ru", "name_native"),
                "kind": OrganizationKind(item["kind"]),
                "country_id": countries[country].id if country else None,
            },
        )
    session.flush()
    return event


def _ensure_region_delegation(session: Session, event: Event, region: Region, name_ru: str = "") -> Delegation:
    """Every region has its official delegation from the start, before its members are known.

    Its Russian name is the event file's (``delegation_ru``: Russian declines the region's name), else
    one that needs no declension."""
    delegation = session.scalars(
        select(Delegation).where(Delegation.region_id == region.id, Delegation.organization_id.is_(None))
    ).first()
    if delegation is None:
        delegation = Delegation(event_id=event.id, region_id=region.id, name_en="", name_fa="")
        session.add(delegation)
    delegation.name_en = f"Official delegation of {region.name_en}"
    delegation.name_fa = f"هیئت رسمی {region.name_fa}"
    delegation.name_ru = name_ru or (f"Официальная делегация: {region.name_ru}" if region.name_ru else "")
    return delegation


def current_event(session: Session) -> Event:
    """The event this database serves (one event per database for now)."""
    event = session.scalars(select(Event).order_by(Event.id)).first()
    if event is None:
        raise UserError(translate("Database", "This database has no event yet: run 'init' first"))
    return event
