"""Printing badges from the window: choose a region, see the real pages, save or print them, hand them over.

The preview's pages are the template's exact size; Save PDF writes a PDF whose QR codes decode (pdftoppm
and zxing-cpp, the way a door scanner reads them) and marks the badges printed, and only then; the
QPrinter path is checked with a PDF-output printer; the queue moves a person from to-print to printed
to collected when their badge is scanned; a revoked badge at hand-over changes nothing; reissue from
the card makes version 2 and offers to print it."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from tests.test_gui_checkin import scanner_types, through_persian

pytestmark = pytest.mark.gui

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdfinfo") is None, reason="poppler-utils is not installed"
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from accreditation.demo.generate import generate_demo
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database

    path = tmp_path_factory.mktemp("gui-badges") / "demo.sqlite"
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
def db(demo_file: Path, tmp_path: Path):
    """A copy of the demo database with this test's signing key."""
    from accreditation.badges.token import ensure_event_secret
    from accreditation.event.loader import current_event
    from accreditation.store.database import open_database

    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    with database.sessions() as session:
        ensure_event_secret(current_event(session).code)
    yield database
    database.close()


@pytest.fixture
def window(qtbot, db, tmp_path: Path):
    from ui.main_window import MainWindow
    from ui.operator import remember_operator

    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    remember_operator(settings, "Maryam")
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.table.currentIndex().isValid(), timeout=10_000)
    return win


def _secret(db) -> bytes:
    from accreditation.badges.token import load_event_secret
    from accreditation.event.loader import current_event

    with db.sessions() as session:
        return load_event_secret(current_event(session).code)


def _region_people(db, code: str) -> list[int]:
    from accreditation.store.models import Delegate, DelegateStatus, Delegation, Region

    with db.sessions() as session:
        return list(
            session.scalars(
                select(Delegate.id)
                .join(Delegation, Delegate.delegation_id == Delegation.id)
                .join(Region, Delegation.region_id == Region.id)
                .where(Region.code == code, Delegate.status.not_in([DelegateStatus.CANCELLED, DelegateStatus.REGISTERED]))
            )
        )


def _badges(db) -> dict[int, tuple[str, int, int]]:
    """Current badges by delegate id: (status, number, version)."""
    from accreditation.store.models import Badge, BadgeStatus

    with db.sessions() as session:
        rows = session.scalars(select(Badge).where(Badge.status != BadgeStatus.REVOKED).order_by(Badge.version))
        return {b.delegate_id: (b.status.value, b.number, b.version) for b in rows}


def _preview(qtbot, window, region: str = "gilan", template: str = "a4-4x-a6"):
    dialog = window.badge_actions.print_badges()
    qtbot.addWidget(dialog)
    dialog.choose_region(region)
    dialog.choose_template(template)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000) as signal:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] is not None, dialog.summary_label.text()
    return dialog, signal.args[0]


def _pdf_pages(path: Path) -> list[tuple[float, float]]:
    """Each page's size in millimetres, as pdfinfo reads it."""
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "1000", str(path)], capture_output=True, text=True, check=True)
    return [
        (round(float(w) / 72 * 25.4, 1), round(float(h) / 72 * 25.4, 1))
        for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out.stdout, re.MULTILINE)
    ]


@needs_poppler
def test_preview_of_a_region_shows_its_pages_at_the_templates_size_and_save_pdf_marks_printed(
    qtbot, window, db, tmp_path: Path
) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    from accreditation.badges.issuing import ScanStatus, lookup_payload

    people = _region_people(db, "gilan")
    assert len(people) > 4
    dialog, preview = _preview(qtbot, window)
    pages = math.ceil(len(people) / 4)
    assert (preview.badges, preview.pages, preview.issued) == (len(people), pages, len(people))
    labels = dialog.page_labels()
    assert len(labels) == pages
    assert all(tuple(label.property("pageSizeMm")) == (210.0, 297.0) for label in labels)
    assert all(not label.pixmap().isNull() for label in labels)
    assert f"Badges: {len(people)} on {pages} pages (newly numbered: {len(people)})." in dialog.summary_label.text()
    # Numbered for the preview, not yet printed.
    badges = _badges(db)
    assert {pid: badges[pid][0] for pid in people} == dict.fromkeys(people, "issued")

    out = tmp_path / "gilan.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        assert dialog.save_pdf(out)
    assert _pdf_pages(out) == [(210.0, 297.0)] * pages
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    payloads: set[str] = set()
    for png in sorted(tmp_path.glob("page-*.png")):
        payloads |= {code.text for code in zxingcpp.read_barcodes(Image.open(png))}
    secret = _secret(db)
    with db.sessions() as session:
        found = [lookup_payload(session, secret, text) for text in payloads]
        assert all(r.status is ScanStatus.VALID for r in found)
        assert sorted(r.delegate.id for r in found) == sorted(people)
    badges = _badges(db)
    assert {pid: badges[pid][0] for pid in people} == dict.fromkeys(people, "printed")


@needs_poppler
def test_print_through_a_pdf_qprinter_draws_every_page_at_its_exact_size(qtbot, window, db, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from ui.badges.printing import setup_printer

    people = _region_people(db, "mazandaran")
    dialog, preview = _preview(qtbot, window, "mazandaran", "a6")
    assert preview.pages == len(people)
    assert all(tuple(label.property("pageSizeMm")) == (105.0, 148.0) for label in dialog.page_labels())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    setup_printer(printer, preview.page_sizes_mm[0])
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        dialog.print_to(printer)
    # Qt writes page sizes in whole points: each page is A6 within one point (0.35 mm).
    sizes = _pdf_pages(out)
    assert len(sizes) == len(people)
    assert all(abs(w - 105.0) <= 0.36 and abs(h - 148.0) <= 0.36 for w, h in sizes)
    # Drawn at its exact size, not scaled to fit: the QR code is where the badge's PDF has it.
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    def first_code(pdf: Path, name: str):
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(tmp_path / name)], check=True)
        (code,) = zxingcpp.read_barcodes(Image.open(tmp_path / f"{name}.png"))
        return code

    printed, original = first_code(out, "printed"), first_code(preview.pdf, "original")
    assert printed.text == original.text
    for corner in ("top_left", "bottom_right"):
        a, b = getattr(printed.position, corner), getattr(original.position, corner)
        assert abs(a.x - b.x) <= 2 and abs(a.y - b.y) <= 2
    badges = _badges(db)
    assert {pid: badges[pid][0] for pid in people} == dict.fromkeys(people, "printed")


def test_a_name_no_font_can_draw_is_refused_before_anyone_is_numbered(qtbot, window, db) -> None:
    from accreditation.store.models import DelegateStatus
    from tests.test_badges_service import add_person

    with db.transaction() as session:
        person = add_person(session, "gilan", "delegate", "Xiaoming", "Wang", "شیائومینگ وانگ", "王小明")
        person.status = DelegateStatus.APPROVED
        person_id = person.id
    dialog = window.badge_actions.print_badges()
    qtbot.addWidget(dialog)
    dialog.choose_region("gilan")
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as signal:
        dialog.start_preview()
    message = signal.args[0]
    assert f"Xiaoming Wang (#{person_id})" in message and "Chinese/Japanese (CJK)" in message
    assert message.startswith("Nobody was given a badge number.")
    assert dialog.message_box is not None and dialog.message_box.text() == message
    assert _badges(db) == {}
    assert not dialog.save_button.isEnabled()


def _print_core(db, ids: list[int]) -> None:
    from accreditation.badges.print_run import mark_badges_printed, prepare_badges, select_delegates
    from accreditation.event.loader import current_event

    with db.transaction() as session:
        people, _ = select_delegates(session, current_event(session), ids=ids)
        prepared = prepare_badges(session, people, _secret(db), "test")
        mark_badges_printed(session, prepared.badge_ids, "test")


def _payload(db, delegate_id: int, version: int | None = None) -> str:
    from accreditation.badges.token import make_payload
    from accreditation.store.models import Badge

    with db.sessions() as session:
        query = select(Badge).where(Badge.delegate_id == delegate_id).order_by(Badge.version.desc())
        badges = list(session.scalars(query))
    badge = badges[0] if version is None else next(b for b in badges if b.version == version)
    return make_payload(_secret(db), badge.event_id, badge.number, badge.version)


def _queue(qtbot, window):
    queue = window.badge_actions.print_queue()
    qtbot.addWidget(queue)
    qtbot.waitExposed(queue)
    with qtbot.waitSignal(queue.loaded, timeout=10_000):
        queue.reload()
    return queue


def test_queue_moves_a_person_from_to_print_to_printed_to_collected_on_a_fast_scan(
    qtbot, qtmodeltester, window, db
) -> None:
    from accreditation.store.models import Delegate

    person = _region_people(db, "gilan")[0]
    queue = _queue(qtbot, window)
    for model in queue.models.values():
        qtmodeltester.check(model)
    assert queue.stage_of(person) == "to-print"
    with db.sessions() as session:
        waiting = session.scalar(select(func.count(Delegate.id)).where(Delegate.status != "cancelled"))
    assert queue.tabs.tabText(0) == f"To print ({waiting})"

    _print_core(db, [person])
    with qtbot.waitSignal(queue.loaded, timeout=10_000):
        queue.reload()
    assert queue.stage_of(person) == "printed"
    qtmodeltester.check(queue.models["printed"])

    # The scanner types through the Persian layout into whatever has focus; the scan field stays empty.
    queue.tabs.currentWidget().setFocus()
    with qtbot.waitSignal(queue.handed_over, timeout=10_000) as signal:
        scanner_types(queue.tabs.currentWidget(), through_persian(_payload(db, person)))
    assert signal.args[0].collected
    assert "marked collected" in queue.verdict.text()
    qtbot.waitUntil(lambda: queue.stage_of(person) == "collected", timeout=10_000)
    assert queue.tabs.tabText(2) == "Collected (1)"
    assert _badges(db)[person][0] == "collected"
    with db.sessions() as session:
        assert session.get(Delegate, person).status.value == "badge_collected"

    # The same badge again: nothing changes, and the desk is told.
    with qtbot.waitSignal(queue.handed_over, timeout=10_000) as signal:
        queue.scan_edit.setText(_payload(db, person))
        qtbot.keyClick(queue.scan_edit, Qt.Key.Key_Return)
    assert signal.args[0].already_collected and not signal.args[0].collected
    assert "already collected" in queue.verdict.text()


def test_a_revoked_badge_at_hand_over_is_refused_and_changes_nothing(qtbot, window, db) -> None:
    from accreditation.badges.issuing import reissue
    from accreditation.store.models import Badge, BadgeHistory, Delegate

    person = _region_people(db, "gilan")[1]
    _print_core(db, [person])
    old = _payload(db, person)
    with db.transaction() as session:
        reissue(session, person, "lost", "test")
    with db.sessions() as session:
        before = (
            session.get(Delegate, person).status,
            [(b.version, b.status) for b in session.scalars(select(Badge).where(Badge.delegate_id == person))],
            session.scalar(select(func.count(BadgeHistory.id))),
        )
    queue = _queue(qtbot, window)
    with qtbot.waitSignal(queue.handed_over, timeout=10_000) as signal:
        scanner_types(queue.scan_edit, old)
    assert not signal.args[0].collected
    text = queue.verdict.text()
    assert text.startswith("DO NOT HAND OVER: badge ") and "version 1" in text and "revoked (lost)" in text
    assert "Nothing changed." in text
    assert queue.scan_edit.text() == ""
    with db.sessions() as session:
        after = (
            session.get(Delegate, person).status,
            [(b.version, b.status) for b in session.scalars(select(Badge).where(Badge.delegate_id == person))],
            session.scalar(select(func.count(BadgeHistory.id))),
        )
    assert after == before
    # A forged code is told apart from a revoked one.
    forged = old[:-1] + str((int(old[-1]) + 1) % 10)
    with qtbot.waitSignal(queue.handed_over, timeout=10_000):
        scanner_types(queue.scan_edit, forged)
    assert queue.verdict.text().startswith("FORGED OR DAMAGED CODE")


@needs_poppler
def test_reissue_from_the_card_makes_version_2_revokes_the_old_payload_and_offers_to_print(
    qtbot, window, db
) -> None:
    from accreditation.badges.issuing import ScanStatus, lookup_payload
    from ui.badges.print_dialog import PrintBadgesDialog
    from ui.badges.reissue import ReissueDialog

    person = _region_people(db, "gilan")[2]
    _print_core(db, [person])
    old = _payload(db, person)
    window.table.setCurrentIndex(window.people_model.index(window.people_model.row_of(person), 0))
    assert window.badge_actions.current_person() == person
    actions = window.badge_actions
    qtbot.mouseClick(actions.card_reissue, Qt.MouseButton.LeftButton)
    dialog = actions.dialog
    assert isinstance(dialog, ReissueDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.findChild(type(dialog.reasons.buttons()[0]), "reason_lost").click()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.message_box is not None and actions.message_box.isVisible(), timeout=5_000)
    box = actions.message_box
    assert "is now version 2; version 1 is revoked (lost)" in box.text()
    badges = _badges(db)
    assert badges[person][2] == 2 and badges[person][0] == "issued"
    with db.sessions() as session:
        result = lookup_payload(session, _secret(db), old)
        assert result.status is ScanStatus.REVOKED and result.reason == "lost"
        assert lookup_payload(session, _secret(db), _payload(db, person)).ok

    # "Print it now?" Yes: the print dialog opens on this person and previews the new version.
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, PrintBadgesDialog), timeout=5_000)
    printer = actions.dialog
    qtbot.addWidget(printer)
    assert printer.selected_radio.isChecked() and printer.choice().ids == (person,)
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=30_000)
    preview = printer.preview
    assert preview.pages == 1 and preview.issued == 0
    with db.sessions() as session:
        from accreditation.store.models import Badge

        assert [session.get(Badge, i).version for i in preview.badge_ids] == [2]


@needs_poppler
def test_cancel_stops_a_long_preview_and_leaves_nothing_to_print(qtbot, window, db) -> None:
    dialog = window.badge_actions.print_badges()
    qtbot.addWidget(dialog)
    dialog.node_radio.setChecked(True)  # everyone: about 280 single-badge pages
    dialog.choose_template("a6")
    with qtbot.waitSignal(dialog.failed, timeout=60_000) as signal:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isVisible() and not dialog.preview_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == "Cancelled."
    assert dialog.preview is None and dialog.page_labels() == []
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.preview_button.isEnabled() and not dialog.cancel_button.isVisible()
    assert all(status == "issued" for status, _n, _v in _badges(db).values())  # numbered, never printed


def test_without_poppler_the_pdf_can_still_be_saved(qtbot, window, db, monkeypatch, tmp_path: Path) -> None:
    import ui.badges.printing

    monkeypatch.setattr(ui.badges.printing, "poppler_available", lambda: False)
    people = _region_people(db, "golestan")
    dialog, preview = _preview(qtbot, window, "golestan", "a6")
    assert preview.images == [] and dialog.page_labels() == []
    assert "pdftoppm (poppler-utils) is not installed" in dialog.summary_label.text()
    assert dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        assert dialog.save_pdf(tmp_path / "golestan.pdf")
    assert (tmp_path / "golestan.pdf").read_bytes().startswith(b"%PDF")
    badges = _badges(db)
    assert {pid: badges[pid][0] for pid in people} == dict.fromkeys(people, "printed")
