"""What a badge is valid for in time: the event's days in its own time zone, and each person's days.

A badge is valid on the person's days: the event days, narrowed by the person's arrival and departure
dates when those are known (unknown: the event days apply; a stay that does not overlap the event at
all is treated as unknown, since it can only be a typing error). A category whose zones include the
back-office zone :data:`SETUP_ZONE` also opens the :data:`SETUP_DAYS` days before the event (set-up:
organizers, security, drivers); which categories that is comes from the event file, not from this
module.

"Today" is the event's day, in the event's time zone, not the desk computer's: a desk whose clock is
set to another zone still admits on the right day. Nothing here reads the database, so the rule can be
used by the decision and by the dashboard alike.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from accreditation.store.models import Event

log = logging.getLogger(__name__)

#: The back-office zone: a category that opens it works on the set-up days before the event too.
SETUP_ZONE = "ops"
SETUP_DAYS = 3
#: Time zones the desk must get right even where the system lacks the tz database (Windows without
#: tzdata): Iran has kept +03:30 all year since 2022.
_FIXED_ZONES = {"Asia/Tehran": timezone(timedelta(hours=3, minutes=30))}


@dataclass(frozen=True)
class EventFacts:
    """The few columns of the event a scan needs, read with one small query."""

    id: int
    code: str
    start_date: date
    end_date: date
    timezone: str


def event_timezone(event: Event | EventFacts) -> tzinfo:
    name = event.timezone or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        fixed = _FIXED_ZONES.get(name)
        if fixed is None:
            log.warning("time zone %s unknown on this system; using UTC for event days", name)
        return fixed or UTC


def event_moment(event: Event | EventFacts, now: datetime | None) -> tuple[datetime, date]:
    """(the moment in UTC, the event day it falls on). A naive ``now`` is the event's local time."""
    zone = event_timezone(event)
    if now is None:
        moment = datetime.now(UTC)
    elif now.tzinfo is None:
        moment = now.replace(tzinfo=zone).astimezone(UTC)
    else:
        moment = now.astimezone(UTC)
    return moment, moment.astimezone(zone).date()


def event_days(event: Event) -> tuple[date, ...]:
    count = (event.end_date - event.start_date).days + 1
    return tuple(event.start_date + timedelta(days=i) for i in range(count))


def person_days(
    event: Event | EventFacts,
    zones: tuple[str, ...] | set[str],
    arrival: datetime | None,
    departure: datetime | None,
) -> tuple[date, date]:
    """The first and last day a person's badge is valid (see the module's docstring for the rule)."""
    first, last = event.start_date, event.end_date
    if SETUP_ZONE in zones:
        first -= timedelta(days=SETUP_DAYS)
    narrowed_first = max(first, arrival.date()) if arrival else first
    narrowed_last = min(last, departure.date()) if departure else last
    if narrowed_first > narrowed_last:  # a stay outside the event can only be a typing error
        return first, last
    return narrowed_first, narrowed_last


__all__ = [
    "SETUP_DAYS",
    "SETUP_ZONE",
    "EventFacts",
    "event_days",
    "event_moment",
    "event_timezone",
    "person_days",
]
