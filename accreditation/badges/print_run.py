"""A print run of badges, step by step, shared by the ``badges`` command and the window.

Choosing whose badges to print, getting everyone a current badge, and marking them printed are one
way of doing each, whoever asks. The window splits the run where the command does not: it issues and
renders first (so the preview shows the real pages, numbers and QR codes included), and marks the
badges printed only once the printer or the PDF file took them; the command does it all in one
transaction.

Badges print only for people protocol approved (:mod:`accreditation.people.approval`): a selection by
region, category or tree node leaves pending people out and lists them in ``.pending``; naming a
pending person by id keeps them in, and :func:`prepare_badges` then refuses the run with a message that
names them, unless an administrator's override is given, which is recorded per person.

Fonts are checked before anything is issued: :func:`prepare_badges` raises
:class:`~accreditation.badges.pdf.MissingGlyphsError` inside the caller's transaction, which
rolls back the badges it had just numbered.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accreditation.access.policy import Action, require
from accreditation.badges.issuing import (
    BadgeError,
    ScanResult,
    ScanStatus,
    badge_view,
    current_badges,
    ensure_badges,
    lookup_payload,
    mark_collected,
    mark_printed,
)
from accreditation.badges.pdf import check_printable
from accreditation.badges.view import BadgeView
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.names.collation import name_sort_key, sort_key
from accreditation.names.display import latin_full_name, names_for_reader
from accreditation.people.approval import require_approved
from accreditation.people.directory import PeopleFilter, people_ids
from accreditation.printing.fonts import FontSet, default_font_set
from accreditation.store.models import (
    Badge,
    BadgeStatus,
    Category,
    Delegate,
    DelegateStatus,
    Delegation,
    Event,
    Region,
)


class Selection(tuple):
    """``(people to print, cancelled people skipped)``, unpacked as a pair; ``pending`` lists the people
    left out because protocol has not approved them yet."""

    pending: list[Delegate]


def select_delegates(
    session: Session,
    event: Event,
    *,
    region: str | None = None,
    category: str | None = None,
    ids: Sequence[int] | None = None,
    node: PeopleFilter | None = None,
    not_printed: bool = False,
    include_unapproved: bool = False,
) -> Selection:
    """(people to print, cancelled people the selection named and who are skipped).

    ``region`` and ``category`` are codes; ``ids`` keeps its order; ``node`` is a branch of the window's
    tree; ``not_printed`` keeps only people whose current badge has not been printed (or who have none).
    Without ``ids``, people awaiting protocol's approval are left out (``.pending``) unless
    ``include_unapproved`` (an administrator's override, which :func:`prepare_badges` records); people
    named by ``ids`` are kept, so that :func:`prepare_badges` says why they cannot be printed.
    """
    query = (
        select(Delegate)
        .where(Delegate.event_id == event.id)
        .options(
            selectinload(Delegate.category).selectinload(Category.zones),
            selectinload(Delegate.photo),
            selectinload(Delegate.delegation).selectinload(Delegation.region).selectinload(Region.country),
            selectinload(Delegate.organization),
        )
    )
    if region:
        found = session.scalars(
            select(Region).where(Region.event_id == event.id, Region.code == region)
        ).first()
        if found is None:
            codes = ", ".join(
                session.scalars(
                    select(Region.code).where(Region.event_id == event.id).order_by(Region.display_order)
                )
            )
            raise UserError(
                translate("Badges", "No region with code '{region}' (known: {codes})").format(
                    region=region, codes=codes
                )
            )
        query = query.join(Delegate.delegation).where(Delegation.region_id == found.id)
    if category:
        found_category = session.scalars(
            select(Category).where(Category.event_id == event.id, Category.code == category)
        ).first()
        if found_category is None:
            codes = ", ".join(
                session.scalars(
                    select(Category.code).where(Category.event_id == event.id).order_by(Category.rank)
                )
            )
            raise UserError(
                translate("Badges", "No category with code '{category}' (known: {codes})").format(
                    category=category, codes=codes
                )
            )
        query = query.where(Delegate.category_id == found_category.id)
    if ids:
        query = query.where(Delegate.id.in_(list(ids)))
    if node is not None:
        query = query.where(Delegate.id.in_(people_ids(session, event, node)))
    people = list(session.scalars(query))
    if ids:
        missing = sorted(set(ids) - {p.id for p in people})
        if missing:
            raise UserError(
                translate("Badges", "No person with id {value} in this selection").format(
                    value=", ".join(map(str, missing))
                )
            )
        order = {pid: i for i, pid in enumerate(ids)}
        people.sort(key=lambda p: order[p.id])
    else:
        people.sort(
            key=lambda p: (
                p.region.display_order if p.region else 10_000,
                p.category.rank,
                sort_key(p.family_name, "en")[0],
                sort_key(p.given_name, "en")[0],
                p.id,
            )
        )
    if not_printed:
        current = current_badges(session, people)
        people = [p for p in people if p.id not in current or current[p.id].printed_at is None]
    active = [p for p in people if p.status != DelegateStatus.CANCELLED]
    cancelled = [p for p in people if p.status == DelegateStatus.CANCELLED]
    pending: list[Delegate] = []
    if not ids and not include_unapproved:
        pending = [p for p in active if p.status == DelegateStatus.REGISTERED]
        active = [p for p in active if p.status != DelegateStatus.REGISTERED]
    selection = Selection((active, cancelled))
    selection.pending = pending
    return selection


@dataclass(frozen=True)
class PreparedBadges:
    """Badges ready to render: their ids (to mark printed later) and what each shows."""

    badge_ids: list[int]
    views: list[BadgeView]
    issued: int


def prepare_badges(
    session: Session,
    people: Sequence[Delegate],
    secret: bytes,
    operator: str = "",
    *,
    fonts: FontSet | None = None,
    bold_fonts: FontSet | None = None,
    override_approval_by: str | None = None,
) -> PreparedBadges:
    """Everyone's current badge (issuing where needed) and its view, after checking the fonts.

    Raises :class:`MissingGlyphsError` naming the person and the script; the caller's transaction then
    rolls back, so nobody is issued a badge that cannot be printed. Raises
    :class:`~accreditation.people.approval.NotApproved` before issuing anything when someone is still pending
    approval, unless ``override_approval_by`` names the administrator who overrides (recorded per person).
    """
    require(session, Action.BADGE_PRINT, operator)
    require_approved(session, people, override_by=override_approval_by)
    badges, issued = ensure_badges(session, people, operator)
    views = [badge_view(session, badge, secret) for badge in badges]
    regular = fonts or default_font_set(False)
    check_printable(views, regular, bold_fonts or (default_font_set(True) if fonts is None else regular))
    return PreparedBadges([b.id for b in badges], views, issued)


def mark_badges_printed(session: Session, badge_ids: Sequence[int], operator: str = "") -> list[Badge]:
    """After the printer or the file took the pages. A badge reissued meanwhile refuses the whole run."""
    require(session, Action.BADGE_PRINT, operator)
    badges = list(session.scalars(select(Badge).where(Badge.id.in_(list(badge_ids)))))
    if len(badges) != len(set(badge_ids)):
        raise BadgeError(translate("Badges", "Some of these badges no longer exist; preview and print again"))
    for badge in badges:
        mark_printed(session, badge, operator)
    return badges


# --- the print queue --------------------------------------------------------------------------------


class QueueStage(enum.StrEnum):
    TO_PRINT = "to-print"
    PRINTED = "printed"
    COLLECTED = "collected"


QUEUE_STAGES = (QueueStage.TO_PRINT, QueueStage.PRINTED, QueueStage.COLLECTED)


@dataclass(frozen=True)
class QueueRow:
    delegate_id: int
    name_latin: str
    name_fa: str
    affiliation_en: str
    affiliation_fa: str
    category_en: str
    category_fa: str
    badge_number: int | None
    badge_version: int | None
    #: when the badge was printed (printed and collected stages) or collected (collected stage)
    printed_at: datetime | None
    collected_at: datetime | None
    #: the person's status (a pending person waits for protocol's approval before printing)
    status: DelegateStatus = DelegateStatus.APPROVED
    #: the same names for a Russian reader (English where the data has no Russian name)
    affiliation_ru: str = ""
    category_ru: str = ""
    name_native: str = ""

    def names(self, language: str) -> list[str]:
        """The person's spellings, the one a reader of ``language`` reads first at the head."""
        return names_for_reader(language, latin=self.name_latin, name_fa=self.name_fa, name_native=self.name_native)


def print_queue(session: Session, event: Event, language: str = "en") -> dict[str, list[QueueRow]]:
    """People who are not cancelled, by where their current badge is: to print, printed, collected.

    Those to print are alphabetical for the reader: by Persian name in Persian (پ after ب), by the
    passport name otherwise; the others newest first."""
    people = list(
        session.scalars(
            select(Delegate)
            .where(Delegate.event_id == event.id, Delegate.status != DelegateStatus.CANCELLED)
            .options(
                selectinload(Delegate.category),
                selectinload(Delegate.delegation).selectinload(Delegation.region),
                selectinload(Delegate.organization),
            )
        )
    )
    current = current_badges(session, people)
    queue: dict[str, list[QueueRow]] = {stage: [] for stage in QUEUE_STAGES}
    for person in people:
        badge = current.get(person.id)
        if badge is None or badge.printed_at is None and badge.status == BadgeStatus.ISSUED:
            stage = QueueStage.TO_PRINT
        elif badge.status == BadgeStatus.COLLECTED:
            stage = QueueStage.COLLECTED
        else:
            stage = QueueStage.PRINTED
        delegation = person.delegation
        region = person.region
        organization = person.organization or (delegation.organization if delegation else None)
        place = region or organization
        queue[stage].append(
            QueueRow(
                delegate_id=person.id,
                name_latin=latin_full_name(person.given_name, person.family_name, person.nationality),
                name_fa=person.name_fa,
                name_native=person.name_native,
                affiliation_en=place.name_en if place else "",
                affiliation_fa=place.name_fa if place else "",
                category_en=person.category.name_en,
                category_fa=person.category.name_fa,
                # organizations have no Russian name in the data: their English one
                affiliation_ru=(getattr(place, "name_ru", "") or place.name_en) if place else "",
                category_ru=person.category.name_ru or person.category.name_en,
                badge_number=badge.number if badge else None,
                badge_version=badge.version if badge else None,
                printed_at=badge.printed_at if badge else None,
                collected_at=badge.collected_at if badge else None,
                status=person.status,
            )
        )
    if language == "fa":
        queue[QueueStage.TO_PRINT].sort(
            key=lambda r: (name_sort_key(r.name_fa or r.name_latin, "fa"), r.delegate_id)
        )
    else:
        queue[QueueStage.TO_PRINT].sort(key=lambda r: (name_sort_key(r.name_latin, "en"), r.delegate_id))
    queue[QueueStage.PRINTED].sort(key=lambda r: (r.printed_at is None, r.printed_at), reverse=True)
    queue[QueueStage.COLLECTED].sort(key=lambda r: (r.collected_at is None, r.collected_at), reverse=True)
    return queue


@dataclass(frozen=True)
class HandOver:
    """What a scan at the hand-over desk did."""

    scan: ScanResult
    #: True when this scan marked the badge collected; False when nothing changed.
    collected: bool
    already_collected: bool = False


def collect_scanned(session: Session, secret: bytes, text: str, operator: str = "") -> HandOver:
    """Mark the scanned badge collected if it is a person's current badge; anything else changes nothing."""
    require(session, Action.BADGE_HANDOVER, operator)
    scan = lookup_payload(session, secret, text)
    if scan.status is not ScanStatus.VALID or scan.badge is None:
        return HandOver(scan, False)
    if scan.badge.status == BadgeStatus.COLLECTED:
        return HandOver(scan, False, already_collected=True)
    mark_collected(session, scan.badge, operator)
    return HandOver(scan, True)
