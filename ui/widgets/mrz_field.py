"""The passport's machine-readable zone at the desk: typed, pasted or read by an MRZ reader.

:class:`MrzField` validates as the lines arrive (every check digit, through the core's
:func:`~accreditation.passports.mrz.parse_mrz`) and says which field failed; only a zone that verifies is offered
to fill a form. MRZ readers type like a keyboard, line by line, each ended by Enter: the check-in desk's
:class:`~ui.widgets.scanner.ScanDetector` (or one of our own, in the editor) catches those bursts whatever
has focus, and :class:`MrzLineCollector` tells MRZ lines from badge payloads and gathers a full zone.

Against a person already on record, :class:`MrzDifferencesDialog` shows each differing field side by
side with a box to accept the passport's value; nothing changes until the desk accepts.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accreditation.passports.checks import DocumentFlag, Flag, check_expiry, check_nationality
from accreditation.passports.mrz import (
    FORMATS,
    MrzData,
    MrzError,
    delegate_fields,
    normalize_lines,
    parse_mrz,
)

from ..labels import field_label

log = logging.getLogger(__name__)

_OK_STYLE = "color: #1B5E20;"
_ERROR_STYLE = "color: #B71C1C;"
_WARNING_STYLE = "color: #8A5300;"
_LINE_LENGTHS = {length for _count, length in FORMATS.values()}

#: The fields a zone fills, in the order the differences dialog lists them.
MRZ_FIELDS = ("family_name", "given_name", "document_no", "nationality", "gender")


def mrz_text(text: str) -> str:
    """One of the zone's sentences, in the desk's language (the "Mrz" context)."""
    return QCoreApplication.translate("Mrz", text)


def field_name(field: str) -> str:
    """A failing check's field, as the desk reads it."""
    names = {
        "document number": QCoreApplication.translate("Mrz", "document number"),
        "date of birth": QCoreApplication.translate("Mrz", "date of birth"),
        "expiry date": QCoreApplication.translate("Mrz", "expiry date"),
        "personal number": QCoreApplication.translate("Mrz", "personal number"),
        "composite": QCoreApplication.translate("Mrz", "composite (whole line)"),
        "nationality": QCoreApplication.translate("Mrz", "nationality"),
        "issuing state": QCoreApplication.translate("Mrz", "issuing state"),
        "name": QCoreApplication.translate("Mrz", "name"),
        "sex": QCoreApplication.translate("Mrz", "sex"),
        "document code": QCoreApplication.translate("Mrz", "document code"),
    }
    return names.get(field, field)


def error_text(exc: MrzError) -> str:
    """One translated sentence for a zone that does not verify."""
    if exc.field == "format":
        return QCoreApplication.translate(
            "Mrz",
            "Not a complete zone yet: a passport has 2 lines of 44 characters, an ID card 3 lines of 30.",
        )
    if exc.field == "characters":
        return QCoreApplication.translate("Mrz", "The zone holds characters a passport never prints.")
    if exc.check_digit:
        return (
            QCoreApplication.translate(
                "Mrz", "Check digit wrong: %1. Nothing was filled in; read the passport again."
            )
        ).replace("%1", field_name(exc.field))
    return (QCoreApplication.translate("Mrz", "Not valid: %1. Nothing was filled in.")).replace(
        "%1", field_name(exc.field)
    )


def flag_text(flag: DocumentFlag) -> str:
    texts = {
        Flag.EXPIRED: QCoreApplication.translate("Mrz", "The document has expired."),
        Flag.EXPIRES_DURING_EVENT: QCoreApplication.translate(
            "Mrz", "The document expires before the event's last day."
        ),
        Flag.EXPIRES_WITHIN_SIX_MONTHS: QCoreApplication.translate(
            "Mrz", "The document expires less than six months after the event."
        ),
        Flag.NATIONALITY_DIFFERS: QCoreApplication.translate(
            "Mrz", "The nationality differs from the delegation's country."
        ),
    }
    return texts[flag.flag]


class MrzLineCollector(QObject):
    """Gathers MRZ lines from a reader's bursts into a zone; badge payloads (digits only) are not lines."""

    complete = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[str] = []

    @staticmethod
    def looks_like_line(text: str) -> bool:
        decoded = normalize_lines([text])
        if len(decoded) != 1:
            return False
        line = decoded[0]
        return (
            len(line) in _LINE_LENGTHS
            and not line.isdigit()
            and all(ch.isascii() and (ch.isalnum() or ch == "<") for ch in line)
        )

    def feed(self, text: str) -> bool:
        """Take one scanned line; True when it was an MRZ line (and so not a badge scan)."""
        if not self.looks_like_line(text):
            return False
        line = normalize_lines([text])[0]
        if self.lines and len(self.lines[0]) != len(line):
            self.lines = []
        self.lines.append(line)
        count = next((c for c, length in FORMATS.values() if length == len(line)), 2)
        if len(self.lines) >= count:
            lines, self.lines = self.lines[-count:], []
            self.complete.emit(lines)
        return True


class MrzField(QGroupBox):
    """Lines of the zone with live validation; ``verified`` carries the :class:`MrzData` once it checks."""

    verified = Signal(object)

    def __init__(
        self,
        context: Callable[[], tuple[date | None, str | None]] | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Passport or ID card: machine-readable zone"))
        self.setObjectName("mrzField")
        #: (the event's last day, the delegation's country) for the document checks.
        self._context = context
        self._today = today
        self.data: MrzData | None = None
        layout = QVBoxLayout(self)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("mrzLines")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.edit.setFont(font)
        # The zone is Latin capitals and digits: left to right even in a Persian window.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.edit.setPlaceholderText(
            self.tr(
                "Read the passport with the MRZ reader, or type or paste the lines at the bottom of its photo page"
            )
        )
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("mrzStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("mrzClear")
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.flags = QLabel()
        self.flags.setObjectName("mrzFlags")
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet(_WARNING_STYLE)
        self.flags.setVisible(False)
        layout.addWidget(self.flags)
        self.edit.textChanged.connect(self._validate)
        self._validate()

    def clear(self) -> None:
        self.edit.setPlainText("")

    def set_lines(self, lines: list[str]) -> None:
        """Put a zone in (from a reader burst or a test) and validate it."""
        self.edit.setPlainText("\n".join(lines))

    def document_flags(self, data: MrzData) -> list[DocumentFlag]:
        end, country = self._context() if self._context is not None else (None, None)
        flags: list[DocumentFlag] = []
        if end is not None:
            flags += check_expiry(data.expiry_date, end, today=self._today)
        flags += check_nationality(data.nationality, country)
        return flags

    def _validate(self) -> None:
        text = self.edit.toPlainText()
        self.data = None
        self.flags.setVisible(False)
        if not text.strip():
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Waiting for the zone (2 lines of a passport or 3 of an ID card)."))
            return
        try:
            data = parse_mrz(text, today=self._today)
        except MrzError as exc:
            self.status.setStyleSheet(_ERROR_STYLE if exc.field != "format" else "")
            self.status.setText(error_text(exc))
            return
        self.data = data
        self.status.setStyleSheet(_OK_STYLE)
        summary = " · ".join(
            p
            for p in (
                f"{data.family_name}, {data.given_names}".strip(", "),
                data.document_number,
                data.nationality,
                data.birth_date.isoformat() if data.birth_date else "",
                data.expiry_date.isoformat() if data.expiry_date else "",
            )
            if p
        )
        self.status.setText(self.tr("All check digits verify: %1").replace("%1", f"\u2066{summary}\u2069"))
        flags = self.document_flags(data)
        if flags:
            self.flags.setText("\n".join("⚠ " + flag_text(f) for f in flags))
            self.flags.setVisible(True)
        self.verified.emit(data)


# --- differences against a person on record -------------------------------------------------------


def differences(current: dict[str, Any], data: MrzData) -> list[tuple[str, str, str]]:
    """(field, on record, from the zone) for each field the zone fills and that differs (case aside)."""
    found = []
    for field, value in delegate_fields(data).items():
        mine = (
            ""
            if current.get(field) is None
            else str(getattr(current.get(field), "value", current.get(field)))
        )
        theirs = str(value)
        if mine.strip().casefold() != theirs.casefold():
            found.append((field, mine, theirs))
    return found


class MrzDifferencesDialog(QDialog):
    """Side by side: the record and the passport, one box per field to take the passport's value."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mrzDifferences")
        self.setWindowTitle(self.tr("The passport differs from the record"))
        self.rows = rows
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick the values to take from the passport. Changing a name or the document number of an "
                "approved person sends them back to protocol for approval."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(rows), 4)
        self.table.setObjectName("mrzDifferencesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("On record"), self.tr("In the passport"), self.tr("Accept")]
        )
        self.boxes: dict[str, QCheckBox] = {}
        for r, (field, mine, theirs) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(field_label(field)))
            for c, value in ((1, mine), (2, theirs)):
                item = QTableWidgetItem(value)
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignAbsolute
                )
                self.table.setItem(r, c, item)
            box = QCheckBox()
            box.setObjectName(f"accept_{field}")
            box.setChecked(True)
            holder = QWidget()
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
            self.table.setCellWidget(r, 3, holder)
            self.boxes[field] = box
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("Take the ticked values"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("mrzApply")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(700, 190 + 40 * len(rows))

    def accepted_values(self) -> dict[str, str]:
        return {field: theirs for field, _mine, theirs in self.rows if self.boxes[field].isChecked()}


# --- a reader's lines, caught anywhere in a dialog ------------------------------------------------


class ReaderWatcher(QObject):
    """Catches an MRZ reader's lines anywhere in ``scope`` without holding anyone's typing back.

    Keys pass through as they are; a fast burst (each key within ``max_gap_ms``) of a zone line's length
    ended by Enter is taken back out of the widget it landed in and handed to ``collector``, and the
    Enter is swallowed (it would otherwise press the dialog's default button). A person types far too
    slowly to make such a burst.
    """

    def __init__(self, scope: QWidget, collector: MrzLineCollector, *, max_gap_ms: float = 30.0) -> None:
        super().__init__(scope)
        self.scope = scope
        self.collector = collector
        self.max_gap_ms = max_gap_ms
        self._burst: list[str] = []
        self._target: QWidget | None = None
        self._before = ""
        self._last = 0.0
        self._installed = False

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

    @staticmethod
    def _text_of(widget: QWidget | None) -> str | None:
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.scope:
            return False
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False  # the same key again on its way up to the parents
        now = time.monotonic() * 1000
        fast = now - self._last <= self.max_gap_ms
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text, target, before = "".join(self._burst), self._target, self._before
            self._burst, self._target = [], None
            if not (fast and MrzLineCollector.looks_like_line(text)):
                return False
            if target is not None and target is not self.collector_target():
                if isinstance(target, QLineEdit):
                    target.setText(before)
                elif isinstance(target, QPlainTextEdit):
                    target.setPlainText(before)
            self.collector.feed(text)
            return True
        text = event.text()
        if not text or not text.isprintable():
            self._burst, self._target = [], None
            return False
        if not fast or watched is not self._target:
            self._burst, self._target = [], watched
            self._before = self._text_of(watched) or ""
        self._burst.append(text)
        return False

    def collector_target(self) -> QWidget | None:
        return getattr(self, "field_edit", None)


def capture_reader(window: QDialog, field: MrzField) -> None:
    """A reader's lines caught wherever focus is in ``window``; typing is never delayed."""
    collector = MrzLineCollector(window)
    collector.complete.connect(field.set_lines)
    watcher = ReaderWatcher(window, collector)
    watcher.field_edit = field.edit  # type: ignore[attr-defined]
    watcher.start()
    window.finished.connect(lambda *_: watcher.stop())
    field.watcher = watcher  # type: ignore[attr-defined]
    field.collector = collector  # type: ignore[attr-defined]
