"""The print queue: who still needs a badge printed, whose badge waits at the desk, who has collected it.

Three tables over the database (one model per stage, filled from one core query on the thread pool and
re-read after every change and every half minute while the window is open). At hand-over the desk
scans the badge: the scanner's fast burst of keys is caught whatever has focus (the check-in screen's
:class:`~ui.widgets.scanner.ScanDetector`), or the payload can be typed in the scan field. A valid
current badge is marked collected; a revoked, forged or unknown code changes nothing and says why in
big colour.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from accreditation.badges.issuing import ScanStatus
from accreditation.badges.print_run import (
    QUEUE_STAGES,
    HandOver,
    QueueRow,
    QueueStage,
    collect_scanned,
    print_queue,
)
from accreditation.badges.token import load_event_secret
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n.dates import format_datetime
from accreditation.names.display import name_for_reader
from accreditation.store.database import Database

from ..background import run_in_background
from ..labels import localized_digits, status_label
from ..widgets.scanner import ScanDetector
from .reissue import reason_label

if TYPE_CHECKING:
    from accreditation.offline.link import DeskLink

log = logging.getLogger(__name__)

REFRESH_MS = 30_000
COLOURS = {"ok": ("#1B7F3B", "#FFFFFF"), "warn": ("#F2A900", "#000000"), "bad": ("#C62828", "#FFFFFF")}


def _local(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


class QueueTableModel(QAbstractTableModel):
    """One stage of the queue: a row per person, read-only."""

    DelegateIdRole = Qt.ItemDataRole.UserRole + 1
    #: The name in the reader's script first (Persian, Cyrillic where there is one, else Latin), then the others.
    COLUMNS = ("name", "other_names", "affiliation", "category", "status", "badge", "when")

    def __init__(self, stage: str, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.language = language
        self._rows: list[QueueRow] = []

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[QueueRow]:
        return list(self._rows)

    def delegate_ids(self) -> list[int]:
        return [r.delegate_id for r in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        when = {
            QueueStage.TO_PRINT: QCoreApplication.translate("BadgeQueue", "Issued"),
            QueueStage.PRINTED: QCoreApplication.translate("BadgeQueue", "Printed"),
            QueueStage.COLLECTED: QCoreApplication.translate("BadgeQueue", "Collected"),
        }[QueueStage(self.stage)]
        return (
            QCoreApplication.translate("BadgeQueue", "Name"),
            QCoreApplication.translate("BadgeQueue", "Other names"),
            QCoreApplication.translate("BadgeQueue", "Region / organization"),
            QCoreApplication.translate("BadgeQueue", "Category"),
            QCoreApplication.translate("BadgeQueue", "Status"),
            QCoreApplication.translate("BadgeQueue", "Badge"),
            when,
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.DelegateIdRole:
            return row.delegate_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        fa = self.language == "fa"
        column = self.COLUMNS[index.column()]
        if column == "name":
            return next(iter(row.names(self.language)), "")
        if column == "other_names":
            return " · ".join(row.names(self.language)[1:])
        if column == "affiliation":
            if self.language == "ru":
                return row.affiliation_ru or row.affiliation_en
            return row.affiliation_fa if fa else row.affiliation_en
        if column == "category":
            if self.language == "ru":
                return row.category_ru or row.category_en
            return row.category_fa if fa else row.category_en
        if column == "status":
            return status_label(row.status)
        if column == "badge":
            if row.badge_number is None:
                return "—"
            text = (
                f"{row.badge_number:05d}"
                if row.badge_version == 1
                else f"{row.badge_number:05d} v{row.badge_version}"
            )
            return localized_digits(text, self.language)
        moment = row.collected_at if self.stage == QueueStage.COLLECTED else row.printed_at
        local = _local(moment)
        return format_datetime(local, self.language) if local else ""


class PrintQueueDialog(QDialog):
    """To print, printed, collected; scan a badge at hand-over to mark it collected."""

    #: Emitted after each scan at hand-over (the core's :class:`HandOver`), for tests and the window.
    handed_over = Signal(object)
    #: Emitted when the three lists were re-read.
    loaded = Signal()
    #: Emitted when a scan changed the data (the window refreshes its table and card).
    changed = Signal()
    #: "Print these" from the to-print list: the delegate ids (empty: all not yet printed).
    print_requested = Signal(list)

    def __init__(
        self,
        db: Database,
        operator: Callable[[], str | None],
        language: str = "en",
        parent: QWidget | None = None,
        link: DeskLink | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printQueueDialog")
        self.link = link
        self.setWindowTitle(self.tr("Badge print queue"))
        self.db = db
        self.operator = operator
        self.language = language
        self._generation = 0
        self.models = {stage: QueueTableModel(stage, language, self) for stage in QUEUE_STAGES}
        self.views: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("queueTabs")
        for stage in QUEUE_STAGES:
            view = QTableView()
            view.setObjectName(f"queue_{stage}")
            view.setModel(self.models[stage])
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate((170, 150, 150, 150, 110, 80)):
                view.setColumnWidth(column, width)
            self.views[stage] = view
            self.tabs.addTab(view, "")
        self._update_tab_titles()

        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scanEdit")
        self.scan_edit.setPlaceholderText(
            self.tr("Scan the badge being handed over (or type its code and press Enter)")
        )
        self.scan_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.scan_edit.returnPressed.connect(self._typed)
        self.collect_button = QPushButton(self.tr("Mark collected"))
        self.collect_button.setObjectName("collectButton")
        self.collect_button.clicked.connect(self._typed)
        self.verdict = QLabel(self.tr("Ready: scan a badge at hand-over."))
        self.verdict.setObjectName("handOverVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(72)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._colour(None)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.verdict.setFont(font)

        self.print_button = QPushButton(self.tr("Print badges not yet printed…"))
        self.print_button.setObjectName("queuePrintButton")
        self.print_button.clicked.connect(self._print_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("queueRefresh")
        self.refresh_button.clicked.connect(self.reload)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)

        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Hand-over:")))
        scan_row.addWidget(self.scan_edit, 1)
        scan_row.addWidget(self.collect_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(scan_row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.detector = ScanDetector(self)
        self.detector.scanned.connect(self.handle_scan)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.resize(1100, 640)
        self.reload()

    # --- shown / hidden: the scanner listens only while the queue is up ----------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.detector.start()
        self.timer.start()
        self.scan_edit.setFocus()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.detector.stop()
        self.timer.stop()
        super().hideEvent(event)

    def done(self, code: int) -> None:
        self.detector.stop()
        self.timer.stop()
        super().done(code)

    # --- the lists --------------------------------------------------------------------------------
    def _update_tab_titles(self) -> None:
        titles = {
            QueueStage.TO_PRINT: self.tr("To print (%1)"),
            QueueStage.PRINTED: self.tr("Printed, not collected (%1)"),
            QueueStage.COLLECTED: self.tr("Collected (%1)"),
        }
        for i, stage in enumerate(QUEUE_STAGES):
            text = titles[QueueStage(stage)].replace("%1", str(self.models[stage].rowCount()))
            self.tabs.setTabText(i, localized_digits(text, self.language))

    def reload(self) -> None:
        """Re-read the three lists on the thread pool; the newest request wins."""
        self._generation += 1
        generation = self._generation
        db = self.db

        def work() -> dict[str, list[QueueRow]]:
            with db.sessions() as session:
                return print_queue(session, current_event(session), self.language)

        def done(queue: dict[str, list[QueueRow]]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            for stage, rows in queue.items():
                self.models[stage].set_rows(rows)
            self._update_tab_titles()
            self.loaded.emit()

        def failed(exc: Exception) -> None:
            if isValid(self) and generation == self._generation:
                self._show(self.tr("The queue could not be read (details are in the log file)."), "bad")

        run_in_background(work, done, failed)

    def stage_of(self, delegate_id: int) -> str | None:
        for stage, model in self.models.items():
            if delegate_id in model.delegate_ids():
                return stage
        return None

    def _print_selected(self) -> None:
        view = self.views[QueueStage.TO_PRINT]
        model = self.models[QueueStage.TO_PRINT]
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        ids = [model.index(r, 0).data(QueueTableModel.DelegateIdRole) for r in rows]
        self.print_requested.emit(ids)

    # --- hand-over --------------------------------------------------------------------------------
    def _colour(self, level: str | None) -> None:
        background, text = COLOURS.get(level or "", ("#ECEFF1", "#37474F"))
        self.verdict.setStyleSheet(
            f"QLabel#handOverVerdict {{ background: {background}; color: {text}; border-radius: 6px; padding: 10px; }}"
        )

    def _show(self, text: str, level: str | None) -> None:
        self.verdict.setText(text)
        self._colour(level)

    def _typed(self) -> None:
        text = self.scan_edit.text()
        self.scan_edit.clear()
        if text.strip():
            self.handle_scan(text)

    def handle_scan(self, text: str) -> None:
        """Mark the scanned badge collected (on the thread pool) and say what happened."""
        operator = self.operator() or ""
        db, link = self.db, self.link

        def work() -> HandOver:
            if link is not None:  # a desk on a server: the hand-over goes to its replica when the server is gone
                return link.hand_over(text, desk=socket.gethostname(), operator=operator)[0]
            with db.transaction() as session:
                secret = load_event_secret(current_event(session).code)
                result = collect_scanned(session, secret, text, operator)
                if result.scan.delegate is not None:  # read the name while the session is open
                    result.scan.delegate.latin_name  # noqa: B018
                    result.scan.delegate.name_fa  # noqa: B018
                    result.scan.delegate.name_native  # noqa: B018
                return result

        def done(result: HandOver) -> None:
            if not isValid(self):
                return
            text, level = self.describe(result)
            self._show(text, level)
            self.handed_over.emit(result)
            if result.collected:
                self.changed.emit()
            self.reload()

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            message = (
                exc.message
                if isinstance(exc, UserError)
                else self.tr(
                    "The scan could not be recorded. Scan again; if it fails again, call the supervisor."
                )
            )
            self._show(message, "bad")
            self.handed_over.emit(None)

        run_in_background(work, done, failed)

    def describe(self, result: HandOver) -> tuple[str, str]:
        """The sentence and colour the desk sees for a hand-over scan."""
        scan = result.scan
        person = ""
        if scan.delegate is not None:
            d = scan.delegate
            person = name_for_reader(self.language, latin=d.latin_name, name_fa=d.name_fa, name_native=d.name_native)
        number = f"{scan.number:05d}" if scan.number is not None else ""

        def fill(text: str) -> str:
            text = text.replace("%1", number).replace("%2", person).replace("%3", str(scan.version or ""))
            return localized_digits(text.replace("%4", reason_label(scan.reason)), self.language)

        if result.collected:
            return fill(self.tr("Badge %1 handed to %2: marked collected.")), "ok"
        if result.already_collected:
            return fill(self.tr("Badge %1 of %2 was already collected. Nothing changed.")), "warn"
        status = scan.status
        if status is ScanStatus.REVOKED:
            return fill(
                self.tr(
                    "DO NOT HAND OVER: badge %1 version %3 of %2 is revoked (%4). Keep it; print the "
                    "current badge. Nothing changed."
                )
            ), "bad"
        if status is ScanStatus.FORGED:
            return self.tr(
                "FORGED OR DAMAGED CODE: this badge was not made with this event's key. Keep it and call "
                "the supervisor. Nothing changed."
            ), "bad"
        if status is ScanStatus.OTHER_EVENT:
            return self.tr("This badge belongs to another event. Nothing changed."), "bad"
        if status is ScanStatus.NOT_ISSUED:
            return fill(
                self.tr("Badge %1 is signed for this event but not in this database. Nothing changed.")
            ), "bad"
        return self.tr(
            "Not a badge code (another barcode, or a misread): scan again. Nothing changed."
        ), "bad"


__all__ = ["PrintQueueDialog", "QueueTableModel"]
