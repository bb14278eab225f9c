"""The check-in desk and the session doors: scan, see the verdict and the face, let in or refuse.

A keyboard-wedge scanner "types" the badge payload fast and ends with Enter; while a check-in window is
shown, :class:`~ui.widgets.scanner.ScanDetector` tells its bursts from a person's typing in every widget
of the window, so the name search on the same screen keeps working.

Recording happens in the core (durably, before a verdict exists) on the thread pool; the window shows
the verdict in big colour with the person's photo, names, region, delegation, category and title, and
keeps it until the next scan or until dismissed (Esc).
"""

from __future__ import annotations

import logging
import socket
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QImage, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from accreditation.checkin import desk as checkin
from accreditation.checkin.verdicts import ScanOutcome, Severity, verdict_title
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.paths import data_dir
from accreditation.people.directory import photos_for
from accreditation.store.database import Database, is_connection_error
from accreditation.store.models import EventSession, Verdict

from ..background import run_in_background
from ..labels import localized_digits
from ..operator import ask_operator, saved_operator
from ..widgets.scanner import ScanDetector
from ..widgets.search_panel import SearchPanel
from .passport_zone import DeskPassportZone
from .verdict import COLOURS, VerdictPanel, VerdictSound

if TYPE_CHECKING:
    from accreditation.offline.link import DeskLink

log = logging.getLogger(__name__)

DESK_KEY = "checkin/desk"
SOUND_KEY = "checkin/sound"


class CheckInWindow(QMainWindow):
    """A desk (no session) or a door (a chosen session): scans, verdicts, find by name, print on the spot."""

    #: Emitted after each recorded verdict (the outcome), for the dashboard and tests.
    verdict_shown = Signal(object)
    #: Emitted when a scan could not be recorded (the message shown).
    scan_failed = Signal(str)

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        language: str = "en",
        *,
        door: bool = False,
        operator: str | None = None,
        now: datetime | None = None,
        parent: QWidget | None = None,
        link: DeskLink | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinWindow")
        #: A desk on a server: scans and prints go to the server, or to the desk's replica without it.
        self.link = link
        #: A fixed moment for rehearsals and tests (event local time); None follows the clock.
        self.now = now
        self.db = db
        self.settings = settings
        self.language = language
        self.door = door
        self.operator = operator or saved_operator(settings)
        self.sound = VerdictSound()
        self._generation = 0
        self._pending = 0
        with db.sessions() as session:
            event = current_event(session)
            self.event_id = event.id
            sessions = [
                (s.code, {"en": s.name_en, "fa": s.name_fa, "ru": s.name_ru or s.name_en}[self._lang()])
                for s in session.query(EventSession).filter(EventSession.event_id == event.id).order_by(
                    EventSession.starts_at, EventSession.code
                )
            ]
        self.setWindowTitle(self.tr("Door check") if door else self.tr("Check-in desk"))

        # top bar: where and who
        self.desk_edit = QLineEdit(str(settings.value(DESK_KEY, "") or socket.gethostname()))
        self.desk_edit.setObjectName("deskName")
        self.desk_edit.setMaxLength(100)
        self.desk_edit.setMaximumWidth(320)
        self.desk_edit.editingFinished.connect(lambda: settings.setValue(DESK_KEY, self.desk_edit.text().strip()))
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("doorSession")
        for code, name in sessions:
            self.session_combo.addItem(name, code)
        self.session_combo.setVisible(door)
        self.operator_label = QLabel()
        self.operator_label.setObjectName("operatorLabel")
        self._show_operator()
        self.sound_box = QCheckBox(self.tr("Sound"))
        self.sound_box.setObjectName("soundBox")
        self.sound_box.setChecked(str(settings.value(SOUND_KEY, "true")).lower() == "true")
        self.sound_box.toggled.connect(self._sound_toggled)
        self.sound.enabled = self.sound_box.isChecked()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Door:") if door else self.tr("Desk:")))
        if door:
            top.addWidget(self.session_combo, 2)
            top.addWidget(QLabel(self.tr("Name:")))
        top.addWidget(self.desk_edit, 1)
        top.addStretch(1)
        top.addWidget(self.operator_label)
        top.addWidget(self.sound_box)

        self.verdict = VerdictPanel(self._lang())

        # a person without a badge
        self.search = SearchPanel(db, event.id, self._lang())
        self.search.setObjectName("checkinSearch")
        self.search.person_chosen.connect(self._person_chosen)
        self.chosen: int | None = None
        self.chosen_label = QLabel(self.tr("Nobody chosen"))
        self.chosen_label.setObjectName("chosenPerson")
        self.chosen_label.setWordWrap(True)
        self.checkin_button = QPushButton(self.tr("Check in"))
        self.checkin_button.setObjectName("checkinButton")
        self.checkin_button.setEnabled(False)
        self.checkin_button.clicked.connect(self.check_in_chosen)
        self.print_button = QPushButton(self.tr("Print badge…"))
        self.print_button.setObjectName("printBadgeButton")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self.print_badge())
        finder = QWidget()
        finder_layout = QVBoxLayout(finder)
        finder_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Person without a badge: find by name"))
        heading.setStyleSheet("font-weight: bold;")
        finder_layout.addWidget(heading)
        # At the desk the name is enough: the filters stay out of the narrow column.
        for combo in (self.search.region, self.search.category, self.search.status):
            combo.hide()
        finder_layout.addWidget(self.search.bar)
        finder_layout.addWidget(self.search, 1)
        finder_layout.addWidget(self.chosen_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.print_button)
        finder_layout.addLayout(buttons)
        self.recent = QListWidget()
        self.recent.setObjectName("recentScans")
        self.recent.setMaximumHeight(160)
        self.recent.currentItemChanged.connect(self._recent_chosen)
        self.undo_button = QPushButton(self.tr("Undo this check-in…"))
        self.undo_button.setObjectName("undoCheckinButton")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        finder_layout.addWidget(QLabel(self.tr("Recent scans")))
        finder_layout.addWidget(self.recent)
        finder_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.verdict)
        splitter.addWidget(finder)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 460])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)
        self.status = self.statusBar()

        dismiss = QAction(self.tr("Dismiss"), self)
        dismiss.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        dismiss.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        dismiss.triggered.connect(self.verdict.clear)
        self.addAction(dismiss)

        self.detector = ScanDetector(self)
        self.resize(1240, 760)
        if link is not None:  # the operator at the desk sees whether the server answers
            from ..widgets.connection import install_connection_indicator

            self.link_watcher = install_connection_indicator(self, link, self._lang())
        # The passport's zone heads the "person without a badge" column; a reader's lines go to it, never
        # to the badge check.
        self.passport = DeskPassportZone(
            self,
            db,
            self._lang(),
            search=self.search,
            status=self.status,
            choose=self._person_found,
            operator=self._ensure_operator,
        )
        finder_layout.insertWidget(0, self.passport.field)
        self.mrz_field = self.passport.field
        self.mrz_collector = self.passport.collector
        self.detector.scanned.connect(lambda text: self.mrz_collector.feed(text) or self.handle_scan(text))

    def _lang(self) -> str:
        return self.language if self.language in ("fa", "en", "ru") else "en"

    def _show_operator(self) -> None:
        self.operator_label.setText(
            self.tr("Operator: %1").replace("%1", self.operator) if self.operator else self.tr("Operator: —")
        )

    def _sound_toggled(self, on: bool) -> None:
        self.sound.enabled = on
        self.settings.setValue(SOUND_KEY, "true" if on else "false")

    # --- shown / hidden: the scanner listens only while the screen is up ----------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.detector.start()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.detector.stop()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.detector.stop()
        self.search.box.clear()  # a search still running must not answer into a closed window
        self.settings.setValue(DESK_KEY, self.desk_edit.text().strip())
        super().closeEvent(event)

    # --- scanning -----------------------------------------------------------------------------------
    @property
    def desk_name(self) -> str:
        return self.desk_edit.text().strip()

    @property
    def session_code(self) -> str | None:
        return self.session_combo.currentData() if self.door else None

    def _ensure_operator(self) -> str:
        if not self.operator:
            self.operator = ask_operator(self, self.settings) or ""
            self._show_operator()
        return self.operator

    def handle_scan(self, text: str) -> None:
        """A scan arrived: record it on the thread pool, then show the verdict."""
        operator = self._ensure_operator()
        desk, session_code, language, now = self.desk_name, self.session_code, self._lang(), self.now
        db = self.db

        link = self.link

        def work() -> tuple[ScanOutcome, QImage | None]:
            if link is not None:  # a desk on a server: the replica answers when the server does not
                outcome = link.scan(text, desk=desk, operator=operator, session_code=session_code,
                                    language=language, now=now)
            else:
                outcome = checkin.scan(db, text, desk=desk, operator=operator, session_code=session_code,
                                       language=language, now=now)
            return outcome, _photo(db, outcome, link)

        self._start(work)

    def check_in_chosen(self) -> None:
        """Check in the person found by name (issuing a badge if they have none)."""
        if self.chosen is None:
            return
        operator = self._ensure_operator()
        delegate_id = self.chosen
        desk, session_code, language, now = self.desk_name, self.session_code, self._lang(), self.now
        db = self.db

        def work() -> tuple[ScanOutcome, QImage | None]:
            outcome = checkin.find_and_checkin(db, delegate_id, desk=desk, operator=operator,
                                               session_code=session_code, language=language, now=now)
            return outcome, _photo(db, outcome)

        self._start(work)

    def _start(self, work: Any) -> None:
        self._generation += 1
        generation = self._generation
        self._pending += 1
        self.status.showMessage(self.tr("Recording…"))

        def done(result: tuple[ScanOutcome, QImage | None]) -> None:
            self._pending -= 1
            outcome, photo = result
            if not isValid(self):  # recorded; the window was closed meanwhile
                return
            self._add_recent(outcome)
            if generation == self._generation:  # a later scan's verdict is not covered by an earlier one
                self.verdict.show_outcome(outcome, photo)
                self.sound.play(outcome.severity)
                self.status.clearMessage()
            self.verdict_shown.emit(outcome)

        def failed(exc: Exception) -> None:
            self._pending -= 1
            if not isValid(self):
                return
            if isinstance(exc, UserError):
                text = exc.message
            else:
                text = self.tr("The scan could not be recorded. Scan the badge again; if it fails again, "
                               "call the supervisor. Details are in the log file.")
            self.verdict.show_error(text)
            self.sound.play(Severity.RED)
            self.status.clearMessage()
            self.scan_failed.emit(text)

        run_in_background(work, done, failed)

    def _add_recent(self, outcome: ScanOutcome) -> None:
        lang = self._lang()
        moment = outcome.local(outcome.at).strftime("%H:%M:%S")
        who = outcome.person.name(lang) if outcome.person else "—"
        item = QListWidgetItem(localized_digits(f"{moment}  {verdict_title(outcome.verdict, lang)}  {who}", lang))
        colour = COLOURS[outcome.severity][0]
        item.setForeground(QColor(colour if outcome.severity is not Severity.AMBER else "#9A6B00"))
        if outcome.verdict is Verdict.ADMITTED and outcome.checkin_id is not None:
            item.setData(Qt.ItemDataRole.UserRole, outcome.checkin_id)  # this scan made the check-in
        self.recent.insertItem(0, item)
        while self.recent.count() > 50:
            self.recent.takeItem(self.recent.count() - 1)

    # --- undoing a mistaken admission ---------------------------------------------------------------
    def _recent_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.undo_button.setEnabled(current is not None and current.data(Qt.ItemDataRole.UserRole) is not None)

    def undo_selected(self, reason: str | None = None) -> None:
        """Undo the check-in the selected recent scan made (asks why; audited by the core)."""
        item = self.recent.currentItem()
        checkin_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if checkin_id is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Undo check-in"),
                                              self.tr("Why is this check-in undone?"))
            if not ok:
                return
        if not reason.strip():
            self.status.showMessage(self.tr("Say why the check-in is undone."), 10_000)
            return
        operator = self._ensure_operator()
        db = self.db

        def work() -> None:
            with db.transaction() as session:
                checkin.undo_checkin(session, int(checkin_id), operator, reason)

        def done(_result: None) -> None:
            if not isValid(self):
                return
            item.setData(Qt.ItemDataRole.UserRole, None)
            item.setText(item.text() + "  " + self.tr("(undone)"))
            self.undo_button.setEnabled(False)
            self.status.showMessage(self.tr("Check-in undone."), 10_000)
            self.checkin_undone.emit(int(checkin_id))

        def failed(exc: Exception) -> None:
            if isValid(self):
                self.status.showMessage(exc.message if isinstance(exc, UserError) else self.tr(
                    "The check-in could not be undone. Details are in the log file."), 15_000)

        run_in_background(work, done, failed)

    #: Emitted with the check-in's id once it was undone.
    checkin_undone = Signal(int)

    # --- a person without a badge --------------------------------------------------------------------
    def _person_chosen(self, delegate_id: int) -> None:
        self.chosen = delegate_id
        model = self.search.model
        text = ""
        for row in range(model.rowCount()):
            if model.index(row, 0).data(model.DelegateIdRole) == delegate_id:
                text = model.index(row, 0).data()
                break
        self.chosen_label.setText(text or str(delegate_id))
        self.checkin_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _person_found(self, delegate_id: int, text: str) -> None:
        """The passport's zone found ``delegate_id``: chosen as by name, shown as ``text``."""
        self._person_chosen(delegate_id)
        self.chosen_label.setText(text)

    def print_badge(self, path: str | Path | None = None) -> None:
        """Save the chosen person's badge as a one-badge PDF (issuing a badge if needed) and open it."""
        if self.chosen is None:
            return
        if path is None:
            folder = data_dir() / "badges"
            folder.mkdir(parents=True, exist_ok=True)
            suggested = folder / f"badge-{self.chosen}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the badge"), str(suggested),
                                                    self.tr("PDF (*.pdf)"))
            if not chosen:
                return
            path = chosen
            open_after = True
        else:
            open_after = False
        operator = self._ensure_operator()
        delegate_id = self.chosen
        db = self.db
        out = Path(path)

        link, desk = self.link, self.desk_name

        def work() -> Path:
            if link is not None:  # from the replica when the server does not answer (badges already issued)
                return link.print_badge(delegate_id, out, desk=desk, operator=operator)[0]
            with db.transaction() as session:
                return checkin.badge_pdf_for(session, delegate_id, out, operator=operator)

        def done(result: Path) -> None:
            if not isValid(self):
                return
            self.status.showMessage(self.tr("Badge saved to %1").replace("%1", str(result)), 10_000)
            self.badge_printed.emit(str(result))
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            text = exc.message if isinstance(exc, UserError) else self.tr(
                "The badge could not be printed. Details are in the log file."
            )
            self.status.showMessage(text, 15_000)
            self.scan_failed.emit(text)

        run_in_background(work, done, failed)

    #: Emitted with the PDF's path when a badge was printed on the spot.
    badge_printed = Signal(str)


def _photo(db: Database, outcome: ScanOutcome, link: DeskLink | None = None) -> QImage | None:
    """The person's photo as an image, made on the worker thread (QImage, never QPixmap, off the UI).

    A desk on a server reads it from the server and keeps a copy in its replica; a verdict from the
    replica shows that copy (a face the desk has not shown before has none there)."""
    if outcome.person is None:
        return None
    person = outcome.person.id
    source = link.replica if link is not None and outcome.offline else db
    try:
        with source.sessions() as session:
            jpeg = photos_for(session, [person]).get(person)
    except Exception as exc:
        if link is None or not is_connection_error(exc):
            raise
        with link.replica.sessions() as session:
            jpeg = photos_for(session, [person]).get(person)
        source = link.replica
    if not jpeg:
        return None
    image = QImage.fromData(jpeg)
    if image.isNull():
        return None
    if link is not None and source is not link.replica:
        link.cache_photo(person, jpeg, image.width(), image.height())
    return image
