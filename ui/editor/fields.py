"""The editor's fields: a line for Latin or Persian text, a date that may be unknown, and a form row with the
field's problem in words under it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCalendar, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accreditation.i18n.dates import format_date

from ..labels import field_label

ERROR_STYLE = "color: #B71C1C;"


def latin_line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    # Latin, Cyrillic, numbers and addresses read left to right even in a mirrored window.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


def persian_line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return edit


def field_row(form: QFormLayout, name: str, widget: QWidget, extra: QWidget | None = None) -> QLabel:
    """A row: the label, the widget (and a button), and under it the field's problem in words (returned)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    if extra is not None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1)
        row.addWidget(extra)
        column.addLayout(row)
    else:
        column.addWidget(widget)
    problem = QLabel()
    problem.setObjectName(f"problem_{name}")
    problem.setStyleSheet(ERROR_STYLE)
    problem.setWordWrap(True)
    problem.setVisible(False)
    column.addWidget(problem)
    label = QLabel(field_label(name))
    label.setBuddy(widget)
    form.addRow(label, box)
    return problem


class _DateTimeField(QWidget):
    """A date and time that may be unknown: a tick box, and the picker in the desk's calendar."""

    changed = Signal()

    def __init__(self, language: str, default: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(self.tr("Known"))
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        if language == "fa":
            # Solar Hijri with Persian digits, as the desk reads dates.
            self.edit.setCalendar(QCalendar(QCalendar.System.Jalali))
            self.edit.setLocale(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
        # Numeric dates read left to right in Persian too (۱۴۰۴/۰۸/۲۷ ۰۸:۰۰), as the desk writes them. Set
        # before the format: a right-to-left date edit reverses the order of the format's sections.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setDisplayFormat("yyyy/MM/dd  HH:mm")
        self.edit.setDateTime(QDateTime(default.date(), default.time()))
        self.edit.setEnabled(False)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        #: In Persian, the Gregorian day beside the Solar Hijri one: itineraries and visas are Gregorian.
        self.gregorian: QLabel | None = None
        if language == "fa":
            self.gregorian = QLabel()
            self.gregorian.setObjectName("gregorianDate")
            self.gregorian.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            layout.addWidget(self.gregorian)
            self.edit.dateTimeChanged.connect(self._show_gregorian)
            # Typed Latin digits are read as well; once typed, the field shows them as Persian ones.
            self.edit.editingFinished.connect(self._redisplay)
            self.known.toggled.connect(lambda _on: self._show_gregorian())
            self._show_gregorian()
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateTimeChanged.connect(lambda _dt: self.changed.emit())

    def _redisplay(self) -> None:
        moment = self.edit.dateTime()
        self.edit.blockSignals(True)
        self.edit.setDateTime(moment.addSecs(60))
        self.edit.blockSignals(False)
        self.edit.setDateTime(moment)

    def _show_gregorian(self, *_args: object) -> None:
        if self.gregorian is None:
            return
        day = self.edit.date()
        known = self.known.isChecked()
        self.gregorian.setText(format_date(date(day.year(), day.month(), day.day()), "en") if known else "")

    def value(self) -> datetime | None:
        if not self.known.isChecked():
            return None
        moment = self.edit.dateTime()
        date_part, clock = moment.date(), moment.time()
        return datetime(date_part.year(), date_part.month(), date_part.day(), clock.hour(), clock.minute())

    def set_value(self, value: datetime | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDateTime(QDateTime(value.date(), value.time()))
