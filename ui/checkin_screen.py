"""The check-in desk and the session doors: scan, see the verdict and the face, let in or refuse.

A keyboard-wedge scanner "types" the badge payload fast and ends with Enter. While a check-in window
is shown, :class:`ScanDetector` watches every key press of the application that is bound for a widget
of that window, whatever has focus: keys arriving in a fast burst (each within ``max_gap_ms`` of the
previous; twice that while the burst has our payload's shape, digits on any layout) are held back; a
burst of at least ``min_chars`` characters ended by Enter is a scan, decoded by the core through any
keyboard layout. Keys a person types (slower) are given back to the focused
widget after ``hold_ms``, so the name search on the same screen keeps working.

Recording happens in the core (durably, before a verdict exists) on the thread pool; the window shows
the verdict in big colour with the person's photo, names, region, delegation, category and title, and
keeps it until the next scan or until dismissed (Esc).
"""

from __future__ import annotations

import logging
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QFont, QImage, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
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

from accreditation.badges.token import PAYLOAD_LENGTH
from accreditation.checkin import scan as checkin
from accreditation.checkin.scan import ScanOutcome, Severity, verdict_title
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.paths import data_dir
from accreditation.people.directory import photos_for
from accreditation.scanner_input import decode_scanned
from accreditation.store.database import Database
from accreditation.store.models import EventSession, Verdict

from .background import run_in_background
from .labels import localized_digits, localized_number
from .operator import ask_operator, saved_operator
from .search_panel import SearchPanel

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

PHOTO_SIZE = QSize(240, 320)
COLOURS = {
    Severity.GREEN: ("#1B7F3B", "#FFFFFF"),
    Severity.AMBER: ("#F2A900", "#000000"),
    Severity.RED: ("#C62828", "#FFFFFF"),
}
IDLE_COLOURS = ("#ECEFF1", "#37474F")
DESK_KEY = "checkin/desk"
SOUND_KEY = "checkin/sound"


# --- the scanner ------------------------------------------------------------------------------------


class ScanDetector(QObject):
    """Tells a scanner's burst of keys from a person's typing, for every widget inside ``scope``.

    Installed on the application while ``scope`` is shown (:meth:`start` / :meth:`stop`). A scan is a
    burst of at least ``min_chars`` keys, each within ``max_gap_ms`` of the previous, ended by Enter.
    Held keys that turn out not to be a scan are delivered to the focused widget as they were typed.
    """

    scanned = Signal(str)

    def __init__(self, scope: QWidget, *, min_chars: int = 8, max_gap_ms: float = 30.0, hold_ms: int = 60) -> None:
        super().__init__(scope)
        self.scope = scope
        self.min_chars = min_chars
        self.max_gap_ms = max_gap_ms
        self._held: list[tuple[QWidget, int, Qt.KeyboardModifier, str]] = []
        self._last = 0.0
        self._replaying = False
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.release)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self.release()

    @staticmethod
    def looks_like_payload(text: str) -> bool:
        """The shape of our badges: the payload's length in digits once the layout is undone."""
        decoded = decode_scanned(text)
        return len(decoded) == PAYLOAD_LENGTH and decoded.isascii() and decoded.isdigit()

    def _gap_limit(self) -> float:
        """The longest pause still inside a scan. Our payloads are digits on every layout, so a burst
        with that shape so far may be a little slower (a scanner behind a USB hub or a remote desktop)
        without being mistaken for a person, who types digits far slower than that."""
        held = "".join(h[3] for h in self._held)
        decoded = decode_scanned(held)
        if decoded and decoded.isascii() and decoded.isdigit():
            return self.max_gap_ms * 2
        return self.max_gap_ms

    def _in_scope(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget):
            return False
        # Key events propagate from the focused widget to its parents; look at the first delivery only.
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False
        return watched is self.scope or watched.window() is self.scope

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self._in_scope(watched):
            return False
        now = time.monotonic() * 1000
        gap = now - self._last
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = "".join(h[3] for h in self._held)
            if self._held and gap <= self._gap_limit() and (
                len(text) >= self.min_chars or self.looks_like_payload(text)
            ):
                self._held.clear()
                self._timer.stop()
                self._last = 0.0
                self.scanned.emit(text)
                return True
            self.release()
            return False
        text = event.text()
        if modifiers or not text or not text.isprintable():
            self.release()
            return False
        if self._held and gap > self._gap_limit():
            self.release()  # a pause: what was held was typed by a person
        self._held.append((watched, key, event.modifiers(), text))  # type: ignore[arg-type]
        self._last = now
        self._timer.start()
        return True

    def release(self) -> None:
        """Give held keys to the widget they were meant for (a person typed them)."""
        self._timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for widget, key, modifiers, text in held:
                target = widget if widget is not None and _alive(widget) else QApplication.focusWidget()
                if target is None:
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))
        finally:
            self._replaying = False


def _alive(obj: QObject) -> bool:
    try:
        from shiboken6 import isValid

        return bool(isValid(obj))
    except ImportError:  # pragma: no cover
        return True


# --- sound ------------------------------------------------------------------------------------------


class VerdictSound:
    """An optional sound per verdict: the system beep once (green), twice (amber), three times (red).

    QtMultimedia is not part of PySide6-Essentials; when it is installed, its QSoundEffect could be used
    with files in ``assets/sounds``. Without any audio the desk simply stays silent.
    """

    def __init__(self) -> None:
        self.enabled = True

    def play(self, level: Severity) -> None:
        if not self.enabled:
            return
        count = {Severity.GREEN: 1, Severity.AMBER: 2, Severity.RED: 3}[level]
        try:
            for i in range(count):
                QTimer.singleShot(i * 180, QApplication.beep)
        except Exception:  # noqa: BLE001 - a missing sound must never stop the desk
            log.debug("no sound available", exc_info=True)


# --- the verdict panel ------------------------------------------------------------------------------


@dataclass
class ShownScan:
    outcome: ScanOutcome
    photo: QImage | None


class VerdictPanel(QFrame):
    """The verdict in big colour, the face to compare, the names in both scripts, who the person is."""

    dismissed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.language = language
        self.banner = QLabel()
        self.banner.setObjectName("verdictBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(30)
        font.setBold(True)
        self.banner.setFont(font)
        self.banner.setMinimumHeight(80)
        self.message = QLabel()
        self.message.setObjectName("verdictMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(15)
        self.message.setFont(font)
        self.message.setContentsMargins(12, 6, 12, 10)

        self.photo = QLabel()
        self.photo.setObjectName("verdictPhoto")
        self.photo.setFixedSize(PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #E0E0E0; color: #616161; border: 1px solid #BDBDBD;")

        self.name_fa = self._big_label("nameFa", 24)
        self.name_latin = self._big_label("nameLatin", 22)
        self.name_native = self._big_label("nameNative", 15)
        self.fields: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        # The person card's own words, already translated for the detail pane.
        rows = [
            ("title", QCoreApplication.translate("DetailPane", "Title")),
            ("region", QCoreApplication.translate("DetailPane", "Region")),
            ("delegation", QCoreApplication.translate("DetailPane", "Delegation")),
            ("category", QCoreApplication.translate("DetailPane", "Category")),
            ("zones", QCoreApplication.translate("VerdictPanel", "Zones")),
            ("badge", QCoreApplication.translate("VerdictPanel", "Badge")),
            ("first", QCoreApplication.translate("VerdictPanel", "First check-in")),
        ]
        for row, (key, caption) in enumerate(rows):
            label = QLabel(caption)
            label.setStyleSheet("color: #607D8B;")
            value = QLabel()
            value.setObjectName(f"field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            f = QFont(self.font())
            f.setPointSize(13)
            value.setFont(f)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.fields[key] = value
            self.captions[key] = label
        grid.setColumnStretch(1, 1)
        self.category_chip = QLabel()
        self.category_chip.setObjectName("categoryChip")
        self.category_chip.setFixedSize(56, 56)
        self.category_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chip_font = QFont(self.font())
        chip_font.setPointSize(22)
        chip_font.setBold(True)
        self.category_chip.setFont(chip_font)

        self.dismiss_button = QPushButton(self.tr("Dismiss (Esc)"))
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.clicked.connect(self.clear)

        names = QVBoxLayout()
        names_top = QHBoxLayout()
        names_col = QVBoxLayout()
        names_col.addWidget(self.name_fa)
        names_col.addWidget(self.name_latin)
        names_col.addWidget(self.name_native)
        names_top.addLayout(names_col, 1)
        names_top.addWidget(self.category_chip, 0, Qt.AlignmentFlag.AlignTop)
        names.addLayout(names_top)
        names.addSpacing(8)
        names.addLayout(grid)
        names.addStretch(1)
        names.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignRight)

        body = QHBoxLayout()
        body.setContentsMargins(14, 10, 14, 14)
        body.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        body.addSpacing(16)
        body.addLayout(names, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.shown: ShownScan | None = None
        self.clear()

    def _big_label(self, name: str, size: int) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        font = QFont(self.font())
        font.setPointSize(size)
        font.setBold(size >= 20)
        label.setFont(font)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _colour(self, background: str, text: str) -> None:
        self.banner.setStyleSheet(f"background: {background}; color: {text}; padding: 8px;")
        self.message.setStyleSheet(f"background: {background}; color: {text};")

    def clear(self) -> None:
        """Back to waiting for the next scan."""
        was_shown = self.shown is not None
        self.shown = None
        self._colour(*IDLE_COLOURS)
        self.banner.setText(self.tr("Ready: scan a badge"))
        self.message.setText(self.tr("Or find a person without a badge by name below."))
        self.photo.clear()
        self.photo.setText("")
        self.photo.setVisible(False)
        for label in (self.name_fa, self.name_latin, self.name_native, *self.fields.values()):
            self._set(label, "")
        self.category_chip.clear()
        self.category_chip.setStyleSheet("")
        self.dismiss_button.setVisible(False)
        if was_shown:
            self.dismissed.emit()

    def show_error(self, text: str) -> None:
        self.shown = None
        self._colour(*COLOURS[Severity.RED])
        self.banner.setText(self.tr("Not recorded"))
        self.message.setText(text)
        self.dismiss_button.setVisible(True)

    def show_outcome(self, outcome: ScanOutcome, photo: QImage | None) -> None:
        self.shown = ShownScan(outcome, photo)
        lang = self.language
        self._colour(*COLOURS[outcome.severity])
        self.banner.setText(verdict_title(outcome.verdict, lang))
        self.message.setText(outcome.message(lang))
        person = outcome.person
        self.dismiss_button.setVisible(True)
        for label in (self.name_fa, self.name_latin, self.name_native, *self.fields.values()):
            self._set(label, "")
        self.category_chip.clear()
        self.category_chip.setStyleSheet("")
        self.photo.setVisible(person is not None)  # no empty frame when nobody was recognised
        if photo is not None and not photo.isNull():
            self.photo.setText("")
            self.photo.setPixmap(
                QPixmap.fromImage(photo).scaled(
                    PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.photo.clear()
            self.photo.setText(self.tr("No photo") if person else "")
        if person is None:
            return
        # Each name starts at the screen's leading edge whatever its script (a direction mark sets the
        # paragraph direction; the name itself keeps its own).
        self._set(self.name_fa, person.name_fa)
        self._set(self.name_latin, person.latin_name)
        self._set(self.name_native, person.name_native if person.name_native != person.latin_name else "")
        fa = lang == "fa"
        title = (person.title_fa or person.title_en) if fa else person.title_en or person.title_fa
        if person.is_head and person.category_code != "head":  # e.g. an ambassador leading a delegation
            title = f"{title} — {self.tr('head of delegation')}" if title else self.tr("Head of delegation")
        region = {"fa": person.region_fa, "ru": person.region_ru}.get(lang) or person.region_en
        delegation = (person.delegation_fa or person.delegation_en) if fa else person.delegation_en
        self._set(self.fields["title"], title)
        self._set(self.fields["region"], region or "—")
        self._set(self.fields["delegation"], delegation or "—")
        self._set(self.fields["category"], person.category_name(lang))
        self.category_chip.setText(person.category_letter)
        self.category_chip.setStyleSheet(
            f"background: {person.category_color}; color: {person.category_text_color}; border-radius: 6px;"
        )
        zones = ", ".join(z.upper() for z in person.zones)
        if outcome.zone_code:
            zone_name = outcome.zone_names.get(lang) or outcome.zone_names.get("en") or outcome.zone_code
            access = (
                self.tr("%1: access granted") if outcome.zone_code in person.zones else self.tr("%1: no access")
            ).replace("%1", zone_name)
            zones = f"{access}  ({zones})"
        self._set(self.fields["zones"], zones)
        if outcome.badge_number is not None:
            badge = self.tr("%1 (version %2)").replace("%1", localized_digits(f"{outcome.badge_number:05d}", lang))
            badge = badge.replace("%2", localized_number(outcome.badge_version or 1, lang))
            if outcome.badge_issued:
                badge += " " + self.tr("— just issued: print it")
            self._set(self.fields["badge"], badge)
        if outcome.first_checkin_at is not None:
            moment = localized_digits(outcome.local(outcome.first_checkin_at).strftime("%H:%M"), lang)
            desk = outcome.first_checkin_desk or self.tr("unnamed desk")
            self._set(self.fields["first"], f"{moment} — \u2068{desk}\u2069")

    def _set(self, label: QLabel, text: str) -> None:
        """Start every value at the screen's leading edge whatever its script: a direction mark sets the
        paragraph's direction, the text keeps its own. Empty values take no room."""
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
        label.setText(mark + text if text else "")
        if label in (self.name_fa, self.name_latin, self.name_native):
            label.setVisible(bool(text))
        for key, value in self.fields.items():
            if value is label:
                value.setVisible(bool(text))
                self.captions[key].setVisible(bool(text))


# --- the window -------------------------------------------------------------------------------------


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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinWindow")
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
        self.detector.scanned.connect(self.handle_scan)
        self.resize(1240, 760)
        __import__("ui.mrz_field", fromlist=["install_at_checkin"]).install_at_checkin(self, finder_layout)

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

        def work() -> tuple[ScanOutcome, QImage | None]:
            outcome = checkin.scan(db, text, desk=desk, operator=operator, session_code=session_code,
                                   language=language, now=now)
            return outcome, _photo(db, outcome)

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
            if not _alive(self):  # recorded; the window was closed meanwhile
                return
            self._add_recent(outcome)
            if generation == self._generation:  # a later scan's verdict is not covered by an earlier one
                self.verdict.show_outcome(outcome, photo)
                self.sound.play(outcome.severity)
                self.status.clearMessage()
            self.verdict_shown.emit(outcome)

        def failed(exc: Exception) -> None:
            self._pending -= 1
            if not _alive(self):
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
            if not _alive(self):
                return
            item.setData(Qt.ItemDataRole.UserRole, None)
            item.setText(item.text() + "  " + self.tr("(undone)"))
            self.undo_button.setEnabled(False)
            self.status.showMessage(self.tr("Check-in undone."), 10_000)
            self.checkin_undone.emit(int(checkin_id))

        def failed(exc: Exception) -> None:
            if _alive(self):
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

        def work() -> Path:
            with db.transaction() as session:
                return checkin.badge_pdf_for(session, delegate_id, out, operator=operator)

        def done(result: Path) -> None:
            if not _alive(self):
                return
            self.status.showMessage(self.tr("Badge saved to %1").replace("%1", str(result)), 10_000)
            self.badge_printed.emit(str(result))
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

        def failed(exc: Exception) -> None:
            if not _alive(self):
                return
            text = exc.message if isinstance(exc, UserError) else self.tr(
                "The badge could not be printed. Details are in the log file."
            )
            self.status.showMessage(text, 15_000)
            self.scan_failed.emit(text)

        run_in_background(work, done, failed)

    #: Emitted with the PDF's path when a badge was printed on the spot.
    badge_printed = Signal(str)


def _photo(db: Database, outcome: ScanOutcome) -> QImage | None:
    """The person's photo as an image, made on the worker thread (QImage, never QPixmap, off the UI)."""
    if outcome.person is None:
        return None
    with db.sessions() as session:
        jpeg = photos_for(session, [outcome.person.id]).get(outcome.person.id)
    if not jpeg:
        return None
    image = QImage.fromData(jpeg)
    return None if image.isNull() else image


# --- the main window's menu -------------------------------------------------------------------------


def install_checkin_actions(window: MainWindow) -> None:
    """Add the Check-in menu (desk, door, dashboard) to the main window."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("CheckIn", "&Check-in"))
    windows: list[QWidget] = []
    window._checkin_windows = windows  # type: ignore[attr-defined]  # kept alive with the main window

    def open_window(widget: QWidget) -> None:
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        widget.destroyed.connect(lambda *_: windows.remove(widget) if widget in windows else None)
        windows.append(widget)
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def desk(door: bool) -> None:
        operator = ask_operator(window, window.settings)
        if operator is None:
            return
        open_window(CheckInWindow(window.db, window.settings, window.language, door=door, operator=operator))

    def dashboard() -> None:
        from .dashboard import DashboardWindow

        open_window(DashboardWindow(window.db, window.language))

    for text, slot, name in (
        (QCoreApplication.translate("CheckIn", "Check-in &desk…"), lambda: desk(False), "actionCheckinDesk"),
        (QCoreApplication.translate("CheckIn", "D&oor…"), lambda: desk(True), "actionCheckinDoor"),
        (QCoreApplication.translate("CheckIn", "&Dashboard…"), dashboard, "actionDashboard"),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
    window.checkin_menu = menu  # type: ignore[attr-defined]


__all__ = ["CheckInWindow", "ScanDetector", "VerdictPanel", "install_checkin_actions"]
