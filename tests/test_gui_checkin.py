"""The check-in screen: a scanner typing through a Persian layout reaches the verdict whatever has focus,
a person typing does not; amber on a second scan; door mode refuses a zone; a person found by name is
checked in and their badge printed; the dashboard follows scans; the main window's Check-in menu."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from tests.test_gui_search import type_text

pytestmark = pytest.mark.gui

NOW = datetime(2025, 11, 18, 9, 30)
US_KEYS = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
PERSIAN_KEYS = "\u200d۱۲۳۴۵۶۷۸۹۰-=ضصثقفغعهخحجچ\\شسیبلاتنمکگظطزرذدپو./"


def through_persian(text: str) -> str:
    return "".join(PERSIAN_KEYS[US_KEYS.index(ch)] if ch in US_KEYS else ch for ch in text)


def scanner_types(widget, text: str) -> None:
    """A keyboard-wedge scanner: every key at once (no pause between them), then Enter."""
    type_text(widget, text)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from accreditation.demo.generate import generate_demo
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database

    path = tmp_path_factory.mktemp("gui-checkin") / "demo.sqlite"
    db = open_database(path)
    with db.transaction() as session:
        load_event(session)
    with db.transaction() as session:
        generate_demo(session, delegates=300, seed=7)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def desk_db(demo_file: Path, tmp_path: Path):
    """A copy of the demo database with badges for everyone in the Gilan delegation; (db, payloads by category)."""
    from accreditation.badges.issuing import issue_badges
    from accreditation.badges.token import ensure_event_secret, make_payload
    from accreditation.store.database import open_database
    from accreditation.store.models import Category, Delegate, Event

    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    with db.transaction() as session:
        secret = ensure_event_secret(session.scalars(select(Event)).one().code)
        people = session.scalars(select(Delegate).order_by(Delegate.id).limit(20)).all()
        badges = issue_badges(session, people, "test")
        codes = {d.id: session.get(Category, d.category_id).code for d in people}
        payloads: dict[str, list[str]] = {}
        for badge in badges:
            payloads.setdefault(codes[badge.delegate_id], []).append(
                make_payload(secret, badge.event_id, badge.number, badge.version)
            )
    yield db, payloads
    db.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    from ui.operator import remember_operator

    store = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    remember_operator(store, "Maryam")
    return store


def _window(qtbot, db, settings, *, door: bool = False, language: str = "en"):
    from ui.checkin.window import CheckInWindow

    win = CheckInWindow(db, settings, language, door=door, now=NOW)
    qtbot.addWidget(win)
    win.desk_edit.setText("Desk 1")
    win.show()
    qtbot.waitExposed(win)
    return win


def _scans(db) -> int:
    from accreditation.store.models import Scan

    with db.sessions() as session:
        return session.scalar(select(func.count(Scan.id)))


def test_fast_scan_through_persian_layout_admits_whatever_has_focus_then_amber(qtbot, desk_db, settings) -> None:
    from accreditation.store.models import Verdict

    db, payloads = desk_db
    win = _window(qtbot, db, settings)
    box = win.search.box
    box.setFocus()
    typed = through_persian(payloads["head"][0])
    assert typed.startswith("۷۱")
    with qtbot.waitSignal(win.verdict_shown, timeout=15_000) as signal:
        scanner_types(box, typed)
    outcome = signal.args[0]
    assert outcome.verdict is Verdict.ADMITTED
    assert box.text() == ""  # the scan never reached the search box
    assert win.verdict.banner.text() == "Admitted"
    assert "#1B7F3B" in win.verdict.banner.styleSheet()
    assert win.verdict.name_latin.text().endswith("Hadi Haghshenas")
    assert win.verdict.name_fa.text().endswith("هادی حق‌شناس")
    assert win.verdict.fields["region"].text().endswith("Gilan Province")
    assert win.verdict.photo.pixmap() is not None and not win.verdict.photo.pixmap().isNull()
    assert win.recent.count() == 1

    win.desk_edit.setFocus()  # another widget has focus this time
    with qtbot.waitSignal(win.verdict_shown, timeout=15_000) as signal:
        scanner_types(win.desk_edit, typed)
    assert signal.args[0].verdict is Verdict.ALREADY_CHECKED_IN
    assert win.desk_edit.text() == "Desk 1"
    assert win.verdict.banner.text() == "Already checked in"
    assert "#F2A900" in win.verdict.banner.styleSheet()
    assert "09:30" in win.verdict.message.text() and "Desk 1" in win.verdict.message.text()
    assert _scans(db) == 2
    # A mistaken admission is undone from the recent list (the first scan made the check-in).
    win.recent.setCurrentRow(1)
    assert win.undo_button.isEnabled()
    with qtbot.waitSignal(win.checkin_undone, timeout=15_000) as undone:
        win.undo_selected("scanned for the wrong person")
    assert undone.args[0] == outcome.checkin_id
    from accreditation.store.models import AuditEntry, CheckIn

    with db.sessions() as session:
        assert session.get(CheckIn, outcome.checkin_id) is None
        assert session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "undo-checkin")) == 1
    # The verdict stays until dismissed.
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert win.verdict.shown is None and win.verdict.banner.text() == "Ready: scan a badge"


def test_slow_human_typing_is_not_a_scan(qtbot, desk_db, settings) -> None:
    db, payloads = desk_db
    win = _window(qtbot, db, settings)
    box = win.search.box
    box.setFocus()
    for ch in "Haghshenas":
        type_text(box, ch)
        qtbot.wait(90)  # a person's pace: longer than a scanner's gap between keys
    qtbot.waitUntil(lambda: box.text() == "Haghshenas", timeout=5_000)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
    qtbot.wait(200)
    assert win.verdict.shown is None and _scans(db) == 0
    # A person typing a payload's digits slowly does not check anyone in either.
    box.clear()
    for ch in payloads["head"][0][:12]:
        type_text(box, ch)
        qtbot.wait(130)
    qtbot.waitUntil(lambda: len(box.text()) == 12, timeout=5_000)
    assert _scans(db) == 0
    box.clear()  # a search still running answers into nothing


def test_door_mode_refuses_a_zone_the_category_does_not_open(qtbot, desk_db, settings) -> None:
    from accreditation.store.models import Verdict

    db, payloads = desk_db
    win = _window(qtbot, db, settings, door=True)
    win.session_combo.setCurrentIndex(win.session_combo.findData("plenary"))
    win.search.box.setFocus()
    with qtbot.waitSignal(win.verdict_shown, timeout=15_000) as signal:
        scanner_types(win.search.box, payloads["support"][0])
    outcome = signal.args[0]
    assert outcome.verdict is Verdict.NO_ACCESS and outcome.session_code == "plenary"
    assert win.verdict.banner.text() == "No access"
    assert "#C62828" in win.verdict.banner.styleSheet()
    assert "Plenary hall: no access" in win.verdict.fields["zones"].text()
    with qtbot.waitSignal(win.verdict_shown, timeout=15_000) as signal:
        scanner_types(win.search.box, payloads["head"][0])
    assert signal.args[0].verdict is Verdict.ADMITTED
    assert "Plenary hall: access granted" in win.verdict.fields["zones"].text()


def test_person_without_badge_found_by_name_checked_in_and_badge_printed(qtbot, desk_db, settings, tmp_path) -> None:
    from accreditation.store.models import Verdict

    db, _ = desk_db
    win = _window(qtbot, db, settings)
    with qtbot.waitSignal(win.search.results_ready, timeout=15_000):
        win.search.box.setText("Babushkin")
    win.search.results.setCurrentIndex(win.search.model.index(0, 0))
    assert win.chosen is not None and win.checkin_button.isEnabled()
    with qtbot.waitSignal(win.verdict_shown, timeout=15_000) as signal:
        qtbot.mouseClick(win.checkin_button, Qt.MouseButton.LeftButton)
    outcome = signal.args[0]
    assert outcome.verdict is Verdict.ADMITTED and outcome.badge_issued
    assert win.verdict.name_latin.text().endswith("Igor Babushkin")
    out = tmp_path / "babushkin.pdf"
    with qtbot.waitSignal(win.badge_printed, timeout=60_000):
        win.print_badge(out)
    assert out.read_bytes().startswith(b"%PDF")


def test_dashboard_shows_heads_first_and_follows_scans(qtbot, desk_db) -> None:
    from accreditation.checkin import desk as checkin
    from ui.dashboard import DashboardWindow

    db, payloads = desk_db
    dash = DashboardWindow(db, "en", now=NOW, refresh_ms=200)
    qtbot.addWidget(dash)
    dash.show()
    qtbot.waitUntil(lambda: dash.data is not None, timeout=15_000)
    assert len(dash.data.heads_waiting) == 14 and dash.heads.count() == 14
    assert dash.heads.item(0).text().startswith("Hadi Haghshenas")
    assert dash.chart.rows[0].code == "gilan" and dash.chart.rows[0].arrived == 0
    checkin.scan(db, payloads["head"][0], desk="Another desk", operator="o", now=NOW)
    qtbot.waitUntil(lambda: dash.data.arrived == 1, timeout=15_000)  # another desk's scan shows up
    assert dash.heads.count() == 13 and dash.chart.rows[0].arrived == 1
    assert "Arrived 1 of" in dash.summary.text()
    assert dash.category_model.rowCount() > 0
    dash.close()


def test_main_window_has_the_checkin_menu(qtbot, desk_db, settings) -> None:
    from ui.main_window import MainWindow

    db, _ = desk_db
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    names = {a.objectName() for a in win.checkin_menu.actions()}
    assert names == {"actionCheckinDesk", "actionCheckinDoor", "actionDashboard"}
