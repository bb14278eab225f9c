"""A plan as the printed sheets and the editor show it: every seat with its occupant's names, title,
delegation and category colours, the rule in both languages, who is still unseated, and the conflicts.

Plain values gathered in a few queries, so the sheets (:mod:`.chart`, :mod:`.slips`,
:mod:`.tent_cards`) draw without touching the database, and the editor shows what they print.
Region cards' texts are here too: the cards printed before any name is known.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.names.display import latin_display, latin_full_name
from accreditation.seating.conflicts import Conflict, Placement, find_conflicts
from accreditation.seating.loading import (
    DelegationInfo,
    count_participants,
    load_delegations,
    load_participants,
    load_seats,
)
from accreditation.seating.persian_rules import rule_in_persian
from accreditation.store.models import (
    Category,
    Country,
    Delegate,
    Event,
    EventSession,
    Region,
    Room,
    SeatAssignment,
    SeatingPlan,
)

#: How many unseated people a plan view lists (by rank); the total is counted.
UNSEATED_SHOWN = 500


#: How a Persian sheet shows a person who has no Persian name yet: the Latin name, marked for review
#: (never silently the Latin name alone, which a Persian reader takes for a finished sheet).
REVIEW_MARK = "⚠"
REVIEW_NOTE_FA = "(بازبینی)"


def marked_for_review(latin: str) -> str:
    """The Latin name with the review mark, for the Persian place of a sheet."""
    return f"{REVIEW_MARK} {latin} {REVIEW_NOTE_FA}"


@dataclass(frozen=True)
class SeatView:
    seat_id: int
    label: str
    x_mm: int
    y_mm: int
    facing: int
    row: int
    position: int
    role: str
    delegate_id: int | None = None
    reserved_for: str = ""
    locked: bool = False
    rule: str = ""
    #: The rule in Persian, for the desk's working language (see :func:`rule_in_persian`).
    rule_fa: str = ""
    name_fa: str = ""
    name_latin: str = ""
    name_native: str = ""
    title_fa: str = ""
    title_en: str = ""
    affiliation_fa: str = ""
    affiliation_en: str = ""
    country_fa: str = ""
    country_en: str = ""
    category_code: str = ""
    category_fa: str = ""
    category_en: str = ""
    category_color: str = "#777777"
    category_text_color: str = "#FFFFFF"
    delegation_id: int | None = None
    #: The Latin family name on its own (``name_latin`` is given and family), for short names.
    family_latin: str = ""

    @property
    def occupied(self) -> bool:
        return self.delegate_id is not None or bool(self.reserved_for)

    @property
    def display_latin(self) -> str:
        return self.name_latin or self.reserved_for

    @property
    def display_fa(self) -> str:
        return self.name_fa

    @property
    def persian_missing(self) -> bool:
        """A person sits here who has no Persian name: Persian sheets mark them and printing warns."""
        return self.delegate_id is not None and not self.name_fa.strip()

    @property
    def persian_for_sheet(self) -> str:
        """What the Persian place of a sheet shows: the Persian name, or the Latin one marked for review
        (a reserved seat's guest is named as typed)."""
        if self.name_fa.strip() or not self.persian_missing:
            return self.name_fa
        return marked_for_review(self.display_latin)


def missing_persian(view: PlanView) -> list[SeatView]:
    """The seated people whose Persian name is missing, in seat order: what printing the plan's
    Persian sheets (chart, door list, slips, tent cards) warns about first."""
    return [s for s in view.seats if s.persian_missing]


@dataclass(frozen=True)
class PersonView:
    """A participant as the editor's list and the cards show them."""

    delegate_id: int
    name_fa: str
    name_latin: str
    name_native: str
    title_fa: str
    title_en: str
    affiliation_fa: str
    affiliation_en: str
    country_fa: str
    country_en: str
    category_code: str
    category_fa: str
    category_en: str
    category_color: str
    category_text_color: str
    rank: int
    delegation_id: int | None
    family_latin: str = ""


@dataclass
class PlanView:
    plan_id: int
    session_code: str
    session_name_en: str
    session_name_fa: str
    starts_at: object
    room_code: str
    room_name_en: str
    room_name_fa: str
    room_shape: str
    width_mm: int
    depth_mm: int
    seats: list[SeatView]
    unseated: list[PersonView]
    conflicts: list[Conflict]
    precedence: str
    alpha_language: str
    manual_order: list
    event_name_en: str = ""
    event_name_fa: str = ""
    #: How many participants have no seat (``unseated`` lists the first :data:`UNSEATED_SHOWN`).
    unseated_total: int = 0

    def seat(self, label: str) -> SeatView:
        for s in self.seats:
            if s.label == label:
                return s
        raise KeyError(label)


def people_views(
    session: Session, event_id: int, ids: Iterable[int], delegations: dict[int, DelegationInfo] | None = None
) -> dict[int, PersonView]:
    ids = list(ids)
    if not ids:
        return {}
    delegations = delegations if delegations is not None else load_delegations(session, event_id)
    out: dict[int, PersonView] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        rows = session.execute(
            select(
                Delegate.id,
                Delegate.name_fa,
                Delegate.given_name,
                Delegate.family_name,
                Delegate.name_native,
                Delegate.nationality,
                Delegate.title_fa,
                Delegate.title_en,
                Delegate.delegation_id,
                Category.code,
                Category.name_fa,
                Category.name_en,
                Category.color,
                Category.text_color,
                Category.rank,
            )
            .join(Category, Delegate.category_id == Category.id)
            .where(Delegate.id.in_(chunk))
        )
        for pid, fa, given, family, native, nat, tfa, ten, did, ccode, cfa, cen, color, tcolor, rank in rows:
            info = delegations.get(did or -1)
            out[pid] = PersonView(
                pid,
                fa,
                latin_full_name(given or "", family or "", nat or ""),
                native,
                tfa,
                ten,
                info.name_fa if info else "",
                info.name_en if info else "",
                info.country_fa if info else "",
                info.country_en if info else "",
                ccode,
                cfa,
                cen,
                color,
                tcolor,
                rank,
                did,
                family_latin=latin_display(family or "", nat or ""),
            )
    return out


def plan_view(session: Session, plan: SeatingPlan) -> PlanView:
    event_session = session.get(EventSession, plan.session_id)
    assert event_session is not None
    event = session.get(Event, event_session.event_id)
    assert event is not None
    room = session.get(Room, plan.room_id)
    assert room is not None
    seats = load_seats(session, room.id)
    delegations = load_delegations(session, event.id)
    assignments = session.execute(
        select(
            SeatAssignment.seat_id,
            SeatAssignment.delegate_id,
            SeatAssignment.reserved_for,
            SeatAssignment.locked,
            SeatAssignment.rule,
        ).where(SeatAssignment.plan_id == plan.id)
    ).all()
    at_seat = {a[0]: a for a in assignments}
    persian_names = {d.name_en: d.name_fa for d in delegations.values() if d.name_en and d.name_fa}
    persian_names.update(
        {
            code: fa
            for code, fa in session.execute(
                select(Category.code, Category.name_fa).where(Category.event_id == event.id)
            )
        }
    )
    people = people_views(session, event.id, {a[1] for a in assignments if a[1] is not None}, delegations)
    views: list[SeatView] = []
    for s in seats:
        a = at_seat.get(s.id)
        p = people.get(a[1]) if a is not None and a[1] is not None else None
        base = dict(
            seat_id=s.id,
            label=s.label,
            x_mm=s.x,
            y_mm=s.y,
            facing=s.facing,
            row=s.row,
            position=s.position,
            role=s.role,
        )
        if a is not None:
            base.update(
                delegate_id=a[1],
                reserved_for=a[2] or "",
                locked=bool(a[3]),
                rule=a[4] or "",
                rule_fa=rule_in_persian(a[4] or "", persian_names),
            )
        if p is not None:
            base.update(
                name_fa=p.name_fa,
                name_latin=p.name_latin,
                name_native=p.name_native,
                title_fa=p.title_fa,
                title_en=p.title_en,
                affiliation_fa=p.affiliation_fa,
                affiliation_en=p.affiliation_en,
                country_fa=p.country_fa,
                country_en=p.country_en,
                category_code=p.category_code,
                category_fa=p.category_fa,
                category_en=p.category_en,
                category_color=p.category_color,
                category_text_color=p.category_text_color,
                delegation_id=p.delegation_id,
                family_latin=p.family_latin,
            )
        views.append(SeatView(**base))
    seated = {a[1] for a in assignments if a[1] is not None}
    # The people still to seat, highest rank first: as many as anyone can drag, not 100,000.
    participants = load_participants(
        session, event, event_session, per_delegation=len(seats) + UNSEATED_SHOWN
    )
    waiting = sorted(
        (p for p in participants if p.id not in seated), key=lambda p: (p.rank, p.delegation_id or 0, p.id)
    )
    unseated_views = people_views(session, event.id, [p.id for p in waiting[:UNSEATED_SHOWN]], delegations)
    unseated = sorted(unseated_views.values(), key=lambda v: (v.rank, v.affiliation_en, v.name_latin))
    unseated_total = max(len(unseated), count_participants(session, event, event_session) - len(seated))
    names = {v.delegate_id: v.name_latin for v in views if v.delegate_id is not None}
    conflicts = find_conflicts(
        seats,
        [Placement(a[0], a[1], people[a[1]].delegation_id if a[1] in people else None) for a in assignments],
        delegations,
        names,
    )
    return PlanView(
        plan.id,
        event_session.code,
        event_session.name_en,
        event_session.name_fa,
        event_session.starts_at,
        room.code,
        room.name_en,
        room.name_fa,
        room.shape.value,
        room.width_mm,
        room.depth_mm,
        views,
        unseated,
        conflicts,
        plan.precedence,
        plan.alpha_language,
        list(plan.manual_order or []),
        event.name_en,
        event.name_fa,
        unseated_total,
    )


def region_cards(session: Session, event: Event) -> list[dict[str, str]]:
    """One card's text per region (for the region cards printed before names are known)."""
    rows = session.execute(
        select(
            Region.code,
            Region.name_fa,
            Region.name_en,
            Region.name_ru,
            Region.name_native,
            Region.is_host,
            Country.name_fa,
            Country.name_en,
            Country.name_native,
        )
        .join(Country, Region.country_id == Country.id)
        .where(Region.event_id == event.id)
        .order_by(Region.display_order, Region.id)
    )
    return [
        dict(
            code=c,
            name_fa=fa,
            name_en=en,
            name_ru=ru,
            name_native=native,
            is_host="1" if host else "",
            country_fa=cfa,
            country_en=cen,
            country_native=cnative or "",
        )
        for c, fa, en, ru, native, host, cfa, cen, cnative in rows
    ]


#: Colours told apart at a glance (Tableau's and ColorBrewer's); text on them is black or white by contrast.
REGION_PALETTE = (
    "#1F77B4", "#D62728", "#2CA02C", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22",
    "#17BECF", "#FF7F0E", "#393B79", "#637939", "#8C6D31", "#843C39", "#7B4173", "#3182BD",
)  # fmt: skip


def region_colours(view: PlanView) -> dict[int, str]:
    """A colour per delegation on the plan, so a region's seats are seen together and neighbours differ.

    Given by the delegations' order in the event (their ids), not by where they sit, so that a colour
    stays with its region while people are moved about.
    """
    ids = sorted(
        {s.delegation_id for s in view.seats if s.delegation_id is not None}
        | {p.delegation_id for p in view.unseated if p.delegation_id is not None}
    )
    return {did: REGION_PALETTE[i % len(REGION_PALETTE)] for i, did in enumerate(ids)}
