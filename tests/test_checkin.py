"""Check-in core: every verdict from data, the records each scan leaves, undo, by-name check-in, dashboard."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from accreditation.badges.issuing import ensure_badge, reissue
from accreditation.badges.token import ensure_event_secret, make_payload
from accreditation.checkin import recording
from accreditation.checkin.dashboard import dashboard
from accreditation.checkin.desk import badge_pdf_for, find_and_checkin, scan, undo_checkin
from accreditation.checkin.verdicts import MESSAGES, CheckInError
from accreditation.people.badge_records import revoke_for_cancelled
from accreditation.store.models import (
    AuditEntry,
    Category,
    CheckIn,
    Delegate,
    DelegateStatus,
    Delegation,
    Event,
    Scan,
    Verdict,
)

DAY1 = datetime(2025, 11, 18, 9, 30)  # event local time (Asia/Tehran)
DAY2 = datetime(2025, 11, 19, 9, 30)
US_KEYS = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
PERSIAN_KEYS = "\u200d۱۲۳۴۵۶۷۸۹۰-=ضصثقفغعهخحجچ\\شسیبلاتنمکگظطزرذدپو./"
RUSSIAN_KEYS = "ё1234567890-=йцукенгшщзхъ\\фывапролджэячсмитьбю."


def through_layout(text: str, layout: str) -> str:
    """What a US-keyboard scanner's keystrokes become on the desk PC's active layout."""
    return "".join(layout[US_KEYS.index(ch)] if ch in US_KEYS else ch for ch in text)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The bundled event and 300 demo people, built once per module and copied for each test."""
    from accreditation.demo.generate import generate_demo
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database

    path = tmp_path_factory.mktemp("checkin-demo") / "demo.sqlite"
    db = open_database(path)
    with db.transaction() as session:
        load_event(session)
    with db.transaction() as session:
        generate_demo(session, delegates=300, seed=7, photos=False)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def desk(db_kind: str, request: pytest.FixtureRequest, tmp_path: Path):
    """(a fresh copy of the demo database, this test's badge key), on SQLite and on PostgreSQL."""
    from accreditation.store.database import open_database

    if db_kind == "postgresql":
        db = request.getfixturevalue("demo_db")
        with db.sessions() as session:
            secret = ensure_event_secret(session.scalars(select(Event)).one().code)
        yield db, secret
        return
    demo_file = request.getfixturevalue("demo_file")
    path = tmp_path / "summit.sqlite"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    with db.sessions() as session:
        secret = ensure_event_secret(session.scalars(select(Event)).one().code)
    yield db, secret
    db.close()


def _person(db, category: str, index: int = 0) -> int:
    with db.sessions() as session:
        ids = session.scalars(
            select(Delegate.id)
            .join(Category, Category.id == Delegate.category_id)
            .where(Category.code == category, Delegate.status != DelegateStatus.CANCELLED)
            .order_by(Delegate.id)
        ).all()
        return ids[index]


def _payload(db, secret: bytes, delegate_id: int) -> str:
    with db.transaction() as session:
        delegate = session.get(Delegate, delegate_id)
        badge, _ = ensure_badge(session, delegate)
        return make_payload(secret, badge.event_id, badge.number, badge.version)


def _count(db, model) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_first_scan_admits_and_the_second_is_amber_with_time_and_desk(desk) -> None:
    db, secret = desk
    head = _person(db, "head")
    payload = _payload(db, secret, head)
    first = scan(db, payload, desk="Desk 1", operator="maryam", now=DAY1)
    assert first.verdict is Verdict.ADMITTED and first.let_in
    assert first.person and first.person.id == head and first.person.is_head
    assert first.checkin_id is not None
    again = scan(db, payload, desk="Desk 2", operator="ali", now=DAY1.replace(hour=11), language="fa")
    assert again.verdict is Verdict.ALREADY_CHECKED_IN and again.let_in
    assert again.checkin_id == first.checkin_id
    assert again.first_checkin_desk == "Desk 1"
    assert again.local(again.first_checkin_at).strftime("%H:%M") == "09:30"
    fa = again.message("fa")
    # The time in Persian digits; the desk's name quoted as the operator typed it.
    assert "۰۹:۳۰" in fa and "Desk 1" in fa and not re.search(r"[0-9]", fa.replace("Desk 1", ""))
    en = again.message("en")
    assert "09:30" in en and "Desk 1" in en and "still admitted" in en
    # The next day is a new first admission.
    assert scan(db, payload, desk="Desk 1", operator="maryam", now=DAY2).verdict is Verdict.ADMITTED
    with db.sessions() as session:
        assert session.scalar(select(func.count(CheckIn.id))) == 2
        rows = session.scalars(select(Scan).order_by(Scan.id)).all()
        assert [r.verdict for r in rows] == [Verdict.ADMITTED, Verdict.ALREADY_CHECKED_IN, Verdict.ADMITTED]
        assert rows[1].desk == "Desk 2" and rows[1].operator == "ali" and rows[1].delegate_id == head
        assert rows[1].message == fa
        assert rows[0].payload == payload


def test_forged_is_refused_and_is_a_security_event(desk) -> None:
    db, secret = desk
    payload = _payload(db, secret, _person(db, "delegate"))
    last = payload[-1]
    forged = payload[:-1] + ("0" if last != "0" else "1")
    outcome = scan(db, forged, desk="Door 3", operator="reza", now=DAY1)
    assert outcome.verdict is Verdict.FORGED and not outcome.let_in and outcome.person is None
    with db.sessions() as session:
        row = session.get(Scan, outcome.scan_id)
        assert row.verdict is Verdict.FORGED and row.payload == forged
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "forged-scan")).one()
        assert entry.entity == "scan" and entry.entity_id == outcome.scan_id and "SECURITY" in entry.detail
        assert session.scalar(select(func.count(CheckIn.id))) == 0


def test_reissued_badge_old_payload_is_revoked_with_the_reason(desk) -> None:
    db, secret = desk
    person = _person(db, "delegate", 1)
    old = _payload(db, secret, person)
    with db.transaction() as session:
        new_badge = reissue(session, person, "lost", "maryam")
        new = make_payload(secret, new_badge.event_id, new_badge.number, new_badge.version)
    outcome = scan(db, old, desk="D", operator="o", now=DAY1)
    assert outcome.verdict is Verdict.REVOKED and outcome.reason == "lost"
    assert "reported lost" in outcome.message("en") and outcome.badge_version == 1
    assert "مفقود" in outcome.message("fa") and "утерян" in outcome.message("ru")
    assert scan(db, new, desk="D", operator="o", now=DAY1).verdict is Verdict.ADMITTED


def test_cancelled_person_is_refused(desk) -> None:
    db, secret = desk
    person = _person(db, "delegate", 2)
    payload = _payload(db, secret, person)
    with db.transaction() as session:
        delegate = session.get(Delegate, person)
        delegate.status = DelegateStatus.CANCELLED
        revoke_for_cancelled(session, delegate, "maryam")
    outcome = scan(db, payload, desk="D", operator="o", now=DAY1)
    assert outcome.verdict is Verdict.CANCELLED and outcome.person.id == person
    assert "cancelled" in outcome.message("en")


def test_other_event_garbage_and_unissued_payloads(desk) -> None:
    db, secret = desk
    with db.sessions() as session:
        event_id = session.scalars(select(Event.id)).one()
    other = make_payload(b"another event's key!", event_id + 1, 5, 1)
    assert scan(db, other, desk="D", operator="o", now=DAY1).verdict is Verdict.WRONG_EVENT
    assert scan(db, "https://example.org/ticket/5", desk="D", operator="o", now=DAY1).verdict is Verdict.UNKNOWN
    assert scan(db, "", desk="D", operator="o", now=DAY1).verdict is Verdict.UNKNOWN
    unissued = scan(db, make_payload(secret, event_id, 99_999, 1), desk="D", operator="o", now=DAY1)
    assert unissued.verdict is Verdict.UNKNOWN and unissued.detail == "not-issued"
    assert "99999" in unissued.message("en")
    assert _count(db, Scan) == 4


@pytest.mark.parametrize("layout", ["us", "fa", "ru", "caps"])
def test_layouts_and_caps_lock_decode_to_the_same_badge(desk, layout: str) -> None:
    db, secret = desk
    payload = _payload(db, secret, _person(db, "minister"))
    typed = {
        "us": payload,
        "fa": through_layout(payload, PERSIAN_KEYS),
        "ru": through_layout(payload, RUSSIAN_KEYS),
        "caps": payload.upper() + "\r\n",  # digits are untouched by Caps Lock; the Enter suffix is dropped
    }[layout]
    if layout == "fa":
        assert typed != payload and typed[0] == "۷"
    outcome = scan(db, typed, desk="D", operator="o", now=DAY1)
    assert outcome.verdict is Verdict.ADMITTED
    with db.sessions() as session:
        assert session.get(Scan, outcome.scan_id).payload == payload


def test_days_come_from_the_event_and_the_persons_stay(desk) -> None:
    db, secret = desk
    delegate = _person(db, "delegate", 3)
    staff = _person(db, "staff")
    payload = _payload(db, secret, delegate)
    staff_payload = _payload(db, secret, staff)
    before = datetime(2025, 11, 16, 10, 0)
    assert scan(db, payload, desk="D", operator="o", now=before).verdict is Verdict.NOT_VALID_TODAY
    # Staff open the back-office zone, which opens the set-up days before the event (data, not code).
    with db.transaction() as session:
        session.get(Delegate, staff).arrival = None
    assert scan(db, staff_payload, desk="D", operator="o", now=before).verdict is Verdict.ADMITTED
    assert scan(db, staff_payload, desk="D", operator="o", now=datetime(2025, 11, 12, 10)).verdict is (
        Verdict.NOT_VALID_TODAY
    )
    # A person arriving on the second day is not valid on the first; unknown stay -> the event days.
    with db.transaction() as session:
        person = session.get(Delegate, delegate)
        person.arrival = datetime(2025, 11, 19, 8, 0)
        person.departure = None
    refused = scan(db, payload, desk="D", operator="o", now=DAY1, language="fa")
    assert refused.verdict is Verdict.NOT_VALID_TODAY
    assert refused.valid_from == date(2025, 11, 19) and refused.valid_until == date(2025, 11, 19)
    assert "۲۸ آبان ۱۴۰۴" in refused.message("fa") and "19 November 2025" in refused.message("en")
    with db.transaction() as session:
        person = session.get(Delegate, delegate)
        person.arrival = None
    assert scan(db, payload, desk="D", operator="o", now=DAY1).verdict is Verdict.ADMITTED
    after = datetime(2025, 11, 20, 9, 0)
    assert scan(db, payload, desk="D", operator="o", now=after).verdict is Verdict.NOT_VALID_TODAY


def test_the_local_day_counts_not_utc(desk) -> None:
    db, secret = desk
    payload = _payload(db, secret, _person(db, "head", 1))
    # 00:15 in Rasht on 18 November is still 17 November in UTC.

    outcome = scan(db, payload, desk="D", operator="o", now=datetime(2025, 11, 17, 20, 45, tzinfo=UTC))
    assert outcome.day == date(2025, 11, 18) and outcome.verdict is Verdict.ADMITTED


def test_door_mode_checks_the_sessions_zone(desk) -> None:
    db, secret = desk
    head = _payload(db, secret, _person(db, "head", 2))
    driver = _payload(db, secret, _person(db, "support"))
    admitted = scan(db, head, desk="Plenary door", operator="o", session_code="plenary", now=DAY1)
    assert admitted.verdict is Verdict.ADMITTED and admitted.zone_code == "plenary"
    assert "Plenary hall" in admitted.message("en")
    # The desk and each door are separate places: the desk check-in is still a first admission.
    assert scan(db, head, desk="Desk", operator="o", now=DAY1).verdict is Verdict.ADMITTED
    assert scan(db, head, desk="Plenary door", operator="o", session_code="plenary", now=DAY1).verdict is (
        Verdict.ALREADY_CHECKED_IN
    )
    refused = scan(db, driver, desk="Plenary door", operator="o", session_code="plenary", now=DAY1, language="ru")
    assert refused.verdict is Verdict.NO_ACCESS and not refused.let_in
    assert "Пленарный зал" in refused.message("ru")
    with db.sessions() as session:
        row = session.get(Scan, refused.scan_id)
        assert row.session_id is not None and row.verdict is Verdict.NO_ACCESS
    with pytest.raises(CheckInError):
        scan(db, head, desk="D", operator="o", session_code="no-such-session", now=DAY1)


def test_a_lost_race_reports_already_checked_in(desk, monkeypatch) -> None:
    """The unique constraint decides: a first admission that loses the insert becomes amber."""
    db, secret = desk
    person = _person(db, "delegate", 4)
    payload = _payload(db, secret, person)
    winner = scan(db, payload, desk="Desk A", operator="o", now=DAY1)
    real = recording._first_checkin
    calls = []

    def blind_first_look(*args, **kwargs):
        calls.append(1)
        return None if len(calls) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(recording, "_first_checkin", blind_first_look)
    loser = scan(db, payload, desk="Desk B", operator="o", now=DAY1)
    assert loser.verdict is Verdict.ALREADY_CHECKED_IN and loser.first_checkin_desk == "Desk A"
    assert loser.checkin_id == winner.checkin_id
    with db.sessions() as session:
        assert session.get(Scan, loser.scan_id).verdict is Verdict.ALREADY_CHECKED_IN


def test_undo_deletes_the_checkin_and_audits(desk) -> None:
    db, secret = desk
    payload = _payload(db, secret, _person(db, "chamber"))
    first = scan(db, payload, desk="D", operator="o", now=DAY1)
    with db.transaction() as session, pytest.raises(CheckInError):
        undo_checkin(session, first.checkin_id, "maryam", "  ")
    with db.transaction() as session:
        undo_checkin(session, first.checkin_id, "maryam", "scanned the wrong badge")
    with db.sessions() as session:
        assert session.get(CheckIn, first.checkin_id) is None
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "undo-checkin")).one()
        assert entry.operator == "maryam" and "wrong badge" in entry.detail
        assert session.get(Scan, first.scan_id) is not None  # the scan log keeps everything
    assert scan(db, payload, desk="D", operator="o", now=DAY1).verdict is Verdict.ADMITTED
    with db.transaction() as session, pytest.raises(CheckInError):
        undo_checkin(session, 999_999, "maryam", "x")


def test_person_without_badge_found_by_name_is_checked_in_with_a_new_badge(desk, tmp_path) -> None:
    db, _secret = desk
    person = _person(db, "ambassador")
    outcome = find_and_checkin(db, person, desk="Desk 1", operator="maryam", now=DAY1)
    assert outcome.verdict is Verdict.ADMITTED and outcome.badge_issued and outcome.badge_number
    again = find_and_checkin(db, person, desk="Desk 1", operator="maryam", now=DAY1)
    assert again.verdict is Verdict.ALREADY_CHECKED_IN and not again.badge_issued
    with db.transaction() as session:
        pdf = badge_pdf_for(session, person, tmp_path / "one.pdf", operator="maryam")
    assert pdf.read_bytes().startswith(b"%PDF")
    with db.sessions() as session:
        assert session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "checkin-by-name")) == 2


def test_messages_exist_for_every_verdict_and_language() -> None:
    for verdict in Verdict:
        for lang in ("en", "fa", "ru"):
            assert MESSAGES[verdict.value][lang]
    for key, texts in MESSAGES.items():
        assert set(texts) == {"en", "fa", "ru"}, key
        assert set(re.findall(r"{(\w+)}", texts["en"])) == set(re.findall(r"{(\w+)}", texts["fa"])), key
        assert set(re.findall(r"{(\w+)}", texts["en"])) == set(re.findall(r"{(\w+)}", texts["ru"])), key


def test_dashboard_counts_regions_heads_and_categories(desk) -> None:
    db, secret = desk
    with db.sessions() as session:
        gilan_head = session.scalars(
            select(Delegation.head_delegate_id).join(Delegation.region).where(Delegation.region_id.is_not(None))
        ).first()
        total = session.scalar(select(func.count(Delegate.id)))
    before = None
    with db.sessions() as session:
        before = dashboard(session, now=DAY1)
    assert before.day == date(2025, 11, 18) and before.days == (date(2025, 11, 18), date(2025, 11, 19))
    assert before.arrived == 0 and 0 < before.expected <= total
    assert any(h.delegate_id == gilan_head for h in before.heads_waiting)
    assert len(before.heads_waiting) == 14
    scan(db, _payload(db, secret, gilan_head), desk="D", operator="o", now=DAY1)
    with db.sessions() as session:
        after = dashboard(session, now=DAY1)
    assert after.arrived == 1 and after.scans_today == 1
    assert all(h.delegate_id != gilan_head for h in after.heads_waiting) and len(after.heads_waiting) == 13
    region_rows = after.regions_by_day[date(2025, 11, 18)]
    assert region_rows[0].code == "gilan" and region_rows[0].arrived == 1 and region_rows[-1].code is None
    assert sum(r.expected for r in region_rows) == sum(c.expected for c in after.categories)
    head_row = next(c for c in after.categories if c.code == "head")
    assert head_row.arrived == 1 and head_row.expected >= 14
    assert after.regions_by_day[date(2025, 11, 19)][0].arrived == 0


def test_scan_inside_a_callers_session_joins_its_transaction(desk) -> None:
    db, secret = desk
    payload = _payload(db, secret, _person(db, "press"))
    with db.sessions() as session:
        outcome = scan(session, payload, desk="D", operator="o", now=DAY1, secret=secret)
        assert outcome.verdict is Verdict.ADMITTED
        session.rollback()
    assert _count(db, Scan) == 0
