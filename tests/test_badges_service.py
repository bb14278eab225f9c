"""Badge records over a real database: numbers, versions, revocation, and what a scan means."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accreditation.badges.issuing import (
    BadgeError,
    ScanStatus,
    badge_view,
    current_badge,
    ensure_badges,
    issue_badge,
    issue_badges,
    lookup_payload,
    mark_collected,
    mark_printed,
    reissue,
)
from accreditation.badges.token import ensure_event_secret, make_payload
from accreditation.people.badge_records import badges_of, revoke_for_cancelled
from accreditation.store.database import Database
from accreditation.store.models import (
    AuditEntry,
    Badge,
    BadgeHistory,
    BadgeStatus,
    Category,
    Delegate,
    DelegatePhoto,
    DelegateStatus,
    Delegation,
    Event,
    Organization,
    Region,
)

PEOPLE = [
    # (region code, category, given, family, fa, native)
    (
        "gilan",
        "head",
        "Seyed Mohammad-Mahdi",
        "Hosseinizadeh Khorasani",
        "سید محمدمهدی حسینی‌زاده خراسانی",
        "",
    ),
    (
        "astrakhan",
        "delegate",
        "Konstantin",
        "Vereshchagin-Preobrazhenskii",
        "کنستانتین ورشچاگین-پرئوبراژنسکی",
        "Константин Александрович Верещагин-Преображенский",
    ),
    ("lankaran", "chamber", "Gulnara", "Mammadaliyeva", "گلناره محمدعلی‌یوا", "Gülnarə Məmmədəliyeva"),
    ("balkan", "press", "Yazgul", "Tachmyradowa", "یازگل تاچمرادوا", "Ýazgül Täçmyradowa"),
    (
        "mangystau",
        "interpreter",
        "Assel",
        "Kassymzhomartova",
        "آسل قاسیم‌جومارتووا",
        "Әсел Нұрланқызы Қасымжомартова",
    ),
]


def jpeg(colour: tuple[int, int, int] = (120, 140, 160)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 80), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def add_person(
    session: Session,
    region_code: str,
    category_code: str,
    given: str,
    family: str,
    name_fa: str = "",
    name_native: str = "",
    *,
    photo: bytes | None = None,
    organization_code: str | None = None,
) -> Delegate:
    """A delegate in the region's official delegation (or an organization's guest), the way the
    services of the other modules leave them."""
    event = session.scalars(select(Event)).one()
    category = session.scalars(
        select(Category).where(Category.event_id == event.id, Category.code == category_code)
    ).one()
    delegation = None
    organization = None
    if organization_code:
        organization = session.scalars(
            select(Organization).where(Organization.code == organization_code)
        ).one()
    else:
        region = session.scalars(
            select(Region).where(Region.event_id == event.id, Region.code == region_code)
        ).one()
        delegation = session.scalars(
            select(Delegation).where(Delegation.region_id == region.id, Delegation.organization_id.is_(None))
        ).first()
        if delegation is None:
            delegation = Delegation(
                event_id=event.id, region_id=region.id, name_en=region.name_en, name_fa=region.name_fa
            )
            session.add(delegation)
    person = Delegate(
        event_id=event.id,
        category_id=category.id,
        delegation=delegation,
        organization=organization,
        given_name=given,
        family_name=family,
        name_fa=name_fa,
        name_native=name_native,
        title_en="Adviser to the Governor",
        title_fa="مشاور استاندار",
    )
    session.add(person)
    session.flush()
    if photo is not None:
        session.add(DelegatePhoto(delegate_id=person.id, jpeg=photo, width=60, height=80))
        session.flush()
    return person


@pytest.fixture
def people_db(event_db: Database) -> Database:
    with event_db.transaction() as session:
        for i, row in enumerate(PEOPLE):
            add_person(session, *row, photo=jpeg((40 * i, 120, 160)) if i != 2 else None)
    return event_db


@pytest.fixture
def session(people_db: Database) -> Iterator[Session]:
    with people_db.transaction() as s:
        yield s


@pytest.fixture
def secret(session: Session) -> bytes:
    return ensure_event_secret(session.scalars(select(Event)).one().code)


def people(session: Session) -> list[Delegate]:
    return list(session.scalars(select(Delegate).order_by(Delegate.id)))


def payload_of(badge: Badge, secret: bytes) -> str:
    return make_payload(secret, badge.event_id, badge.number, badge.version)


def test_badges_get_unique_consecutive_numbers_in_the_event(session: Session) -> None:
    everyone = people(session)
    first = issue_badge(session, everyone[0], "desk-1")
    rest = issue_badges(session, everyone[1:], "desk-1")
    numbers = [first.number] + [b.number for b in rest]
    assert numbers == list(range(1, len(everyone) + 1))
    assert all(b.version == 1 and b.status is BadgeStatus.ISSUED for b in [first, *rest])
    history = session.scalars(select(BadgeHistory).where(BadgeHistory.badge_id == first.id)).all()
    assert [(h.action, h.operator) for h in history] == [("issued", "desk-1")]
    audits = session.scalar(
        select(func.count(AuditEntry.id)).where(AuditEntry.entity == "badge", AuditEntry.action == "issue")
    )
    assert audits == len(everyone)


def test_a_person_with_a_badge_cannot_get_a_second_one(session: Session) -> None:
    person = people(session)[0]
    badge = issue_badge(session, person)
    with pytest.raises(BadgeError, match="already has badge 00001"):
        issue_badge(session, person)
    badges, issued = ensure_badges(session, people(session))
    assert badges[0] is badge and issued == len(PEOPLE) - 1
    assert current_badge(session, person) is badge


def test_a_cancelled_person_gets_no_badge(session: Session) -> None:
    person = people(session)[0]
    person.status = DelegateStatus.CANCELLED
    with pytest.raises(BadgeError, match="cancelled"):
        issue_badge(session, person)


def test_reissue_keeps_the_number_adds_a_version_and_revokes_the_old_one(
    session: Session, secret: bytes
) -> None:
    person = people(session)[1]
    old = issue_badge(session, person)
    new = reissue(session, person.id, "lost", "desk-2")
    assert (new.number, new.version) == (old.number, 2)
    assert old.status is BadgeStatus.REVOKED and old.revoke_reason == "lost" and old.revoked_at is not None
    assert current_badge(session, person) is new
    assert [(b.version, b.status) for b in badges_of(session, person)] == [
        (1, BadgeStatus.REVOKED),
        (2, BadgeStatus.ISSUED),
    ]
    old_history = [
        h.action for h in session.scalars(select(BadgeHistory).where(BadgeHistory.badge_id == old.id))
    ]
    assert old_history == ["issued", "revoked"]
    newer = reissue(session, person.id, "damaged")
    assert newer.version == 3 and new.status is BadgeStatus.REVOKED

    scan = lookup_payload(session, secret, payload_of(old, secret))
    assert scan.status is ScanStatus.REVOKED and scan.reason == "lost" and scan.version == 1
    assert lookup_payload(session, secret, payload_of(new, secret)).reason == "damaged"
    current = lookup_payload(session, secret, payload_of(newer, secret))
    assert current.ok and current.delegate is person and current.version == 3


def test_reissue_refuses_what_it_cannot_do(session: Session) -> None:
    person = people(session)[0]
    with pytest.raises(BadgeError, match="no badge to reissue"):
        reissue(session, person.id, "lost")
    issue_badge(session, person)
    with pytest.raises(BadgeError, match="Reason must be one of lost, damaged, data-changed"):
        reissue(session, person.id, "stolen")
    with pytest.raises(BadgeError, match="No person with id 9999"):
        reissue(session, 9999, "lost")


def test_cancelling_a_person_through_the_delegate_service_revokes_their_badge(
    people_db: Database, isolated_data_dir: Path
) -> None:
    from accreditation.people.delegates import cancel_delegate

    with people_db.transaction() as session:
        secret = ensure_event_secret(session.scalars(select(Event)).one().code)
        person = people(session)[2]
        badge = issue_badge(session, person)
        payload = payload_of(badge, secret)
        person_id, version = person.id, person.version
    with people_db.transaction() as session:
        cancel_delegate(session, person_id, "desk-3", "did not travel", expected_version=version)
    with people_db.transaction() as session:
        scan = lookup_payload(session, secret, payload)
        assert scan.status is ScanStatus.REVOKED and scan.reason == "cancelled"
        assert session.get(Badge, scan.badge.id).status is BadgeStatus.REVOKED  # type: ignore[union-attr]


def test_revoke_for_cancelled_revokes_every_live_badge(session: Session) -> None:
    person = people(session)[0]
    issue_badge(session, person)
    reissue(session, person.id, "damaged")
    revoked = revoke_for_cancelled(session, person, operator="desk", reason="visa refused")
    assert [b.version for b in revoked] == [2]
    assert all(b.status is BadgeStatus.REVOKED for b in badges_of(session, person))
    assert current_badge(session, person) is None


def test_printed_then_collected(session: Session) -> None:
    person = people(session)[0]
    badge = issue_badge(session, person)
    mark_printed(session, badge, "desk")
    assert badge.status is BadgeStatus.PRINTED and badge.printed_at is not None
    assert person.status is DelegateStatus.BADGE_PRINTED
    mark_printed(session, badge, "desk")  # a reprint is recorded, not refused
    mark_collected(session, badge, "desk")
    assert badge.status is BadgeStatus.COLLECTED and person.status is DelegateStatus.BADGE_COLLECTED
    actions = [
        h.action
        for h in session.scalars(
            select(BadgeHistory).where(BadgeHistory.badge_id == badge.id).order_by(BadgeHistory.id)
        )
    ]
    assert actions == ["issued", "printed", "printed", "collected"]
    reissue(session, person.id, "damaged")
    with pytest.raises(BadgeError, match="revoked"):
        mark_printed(session, badge)
    with pytest.raises(BadgeError, match="revoked"):
        mark_collected(session, badge)


def test_scans_that_are_not_valid_badges(session: Session, secret: bytes) -> None:
    badge = issue_badge(session, people(session)[0])
    payload = payload_of(badge, secret)
    event_id = badge.event_id
    one_digit_changed = payload[:-1] + str((int(payload[-1]) + 3) % 10)
    assert lookup_payload(session, secret, one_digit_changed).status is ScanStatus.FORGED
    assert lookup_payload(session, secret, "https://example.org/x").status is ScanStatus.UNKNOWN
    other_event = make_payload(secret, event_id + 1, badge.number, 1)
    assert lookup_payload(session, secret, other_event).status is ScanStatus.OTHER_EVENT
    never_issued = make_payload(secret, event_id, 4242, 1)
    assert lookup_payload(session, secret, never_issued).status is ScanStatus.NOT_ISSUED
    typed_on_persian_layout = payload.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert lookup_payload(session, secret, typed_on_persian_layout).ok


def test_the_badge_view_holds_everything_printed(session: Session, secret: bytes) -> None:
    person = people(session)[1]
    badge = issue_badge(session, person)
    view = badge_view(session, badge, secret)
    assert view.payload == payload_of(badge, secret)
    assert (view.number, view.version) == (badge.number, 1)
    assert view.name_latin == "Konstantin Vereshchagin-Preobrazhenskii"
    assert view.name_native_line == "Константин Александрович Верещагин-Преображенский"
    assert view.name_fa == person.name_fa
    assert view.affiliation_en == "Astrakhan Oblast" and view.country_en == "Russian Federation"
    assert view.affiliation_line_fa == "آستراخان، روسیه"
    category = person.category
    assert (view.category_letter, view.category_color, view.category_name_en) == (
        category.letter,
        category.color,
        category.name_en,
    )
    assert view.zones == tuple(z.code.upper() for z in category.zones) and view.zones
    assert (view.event_start, view.event_end) == (date(2025, 11, 18), date(2025, 11, 19))
    assert view.dates_fa == "۲۷–۲۸ آبان ۱۴۰۴" and view.dates_en == "18–19 November 2025"
    assert view.photo_jpeg == person.photo.jpeg  # type: ignore[union-attr]
    assert view.delegate_id == person.id


def test_a_guest_of_an_organization_shows_the_organization_and_its_country(
    session: Session, secret: bytes
) -> None:
    guest = add_person(session, "", "vip", "Maryam", "Tehrani", "مریم تهرانی", organization_code="mfa-ir")
    view = badge_view(session, issue_badge(session, guest), secret)
    assert view.affiliation_en == "Ministry of Foreign Affairs of Iran" and view.country_en == "Iran"
    assert view.photo_jpeg is None
