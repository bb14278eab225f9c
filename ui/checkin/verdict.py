"""The verdict of a scan in big colour, with the face to compare and who the person is; and its sound."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accreditation.checkin.verdicts import PersonCard, ScanOutcome, Severity, verdict_title

from ..labels import localized_digits, localized_number

log = logging.getLogger(__name__)

PHOTO_SIZE = QSize(240, 320)
#: Point sizes of the names, in the reader's order: the script they read first is the biggest.
NAME_SIZES = (24, 20, 15)
COLOURS = {
    Severity.GREEN: ("#1B7F3B", "#FFFFFF"),
    Severity.AMBER: ("#F2A900", "#000000"),
    Severity.RED: ("#C62828", "#FFFFFF"),
}
IDLE_COLOURS = ("#ECEFF1", "#37474F")


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
        names_col = self.names_column = QVBoxLayout()
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

    def _names_in_reading_order(self, person: PersonCard) -> None:
        """The name labels top to bottom in the order the reader reads the scripts, the first the biggest."""
        by_text = {person.name_fa: self.name_fa, person.latin_name: self.name_latin, person.name_native: self.name_native}
        order: list[QLabel] = []
        for name in person.names(self.language):
            label = by_text.get(name)
            if label is not None and label not in order:
                order.append(label)
        order += [label for label in (self.name_fa, self.name_latin, self.name_native) if label not in order]
        for position, (label, size) in enumerate(zip(order, NAME_SIZES, strict=True)):
            self.names_column.removeWidget(label)
            self.names_column.insertWidget(position, label)
            font = QFont(label.font())
            font.setPointSize(size)
            font.setBold(size >= 20)
            label.setFont(font)

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
        text = outcome.message(lang)
        if outcome.offline:  # said on the screen, not only in the status bar: the supervisor may ask
            text += "\n" + self.tr(
                "Decided by this desk's copy: the server does not answer. The scan is kept here and goes to the "
                "server when it is back."
            )
        self.message.setText(text)
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
        self._names_in_reading_order(person)
        title = person.title(lang)
        if person.is_head and person.category_code != "head":  # e.g. an ambassador leading a delegation
            title = f"{title} — {self.tr('head of delegation')}" if title else self.tr("Head of delegation")
        region = person.region(lang)
        delegation = person.delegation(lang)
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
