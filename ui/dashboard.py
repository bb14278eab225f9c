"""The protocol dashboard: who has arrived, region by region, day by day; which heads are still awaited.

The figures come from the core (:func:`accreditation.checkin.dashboard.dashboard`), read on the thread pool every
few seconds, so scans made at other desks appear without anyone pressing a button. The chart is drawn
with QPainter (QtCharts is not part of PySide6-Essentials): one row per region, a light bar for the
people expected that day and a solid one for those who arrived, mirrored in a right-to-left interface.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from accreditation.checkin import dashboard as checkin
from accreditation.checkin.dashboard import Arrivals, Dashboard
from accreditation.checkin.verdicts import verdict_title
from accreditation.errors import UserError
from accreditation.i18n.dates import format_date
from accreditation.offline.conflicts import Conflict, open_conflicts, resolve_conflict
from accreditation.store.database import Database

from .background import run_in_background
from .labels import localized_digits, localized_number
from .operator import ask_operator

log = logging.getLogger(__name__)

REFRESH_MS = 5_000
EXPECTED_COLOUR = QColor("#CFD8DC")
ARRIVED_COLOUR = QColor("#1B7F3B")
COMPLETE_COLOUR = QColor("#0D5C2A")


class ArrivalsChart(QWidget):
    """Horizontal bars: expected (light) and arrived (solid) per region, with "arrived / expected"."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalsChart")
        self.language = language
        self.rows: list[Arrivals] = []
        self.setMinimumSize(QSize(420, 300))

    def set_rows(self, rows: list[Arrivals]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, max(300, 34 * len(self.rows) + 40))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No figures yet"))
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        metrics = painter.fontMetrics()
        margin = 10
        label_width = min(max(metrics.horizontalAdvance(r.name(self.language)) for r in self.rows) + 12,
                          self.width() // 3)
        count_width = metrics.horizontalAdvance("0000 / 0000") + 12
        bar_width = max(40, self.width() - label_width - count_width - 2 * margin)
        row_height = max(22, min(36, (self.height() - 2 * margin) // len(self.rows)))
        top_value = max(1, max(r.expected for r in self.rows), max(r.arrived for r in self.rows))
        text_colour = self.palette().text().color()
        for i, row in enumerate(self.rows):
            y = margin + i * row_height
            label_rect = QRect(margin, y, label_width - 8, row_height)
            bar_x = margin + label_width
            count_rect = QRect(bar_x + bar_width + 6, y, count_width - 6, row_height)
            expected_w = bar_width * row.expected / top_value
            arrived_w = bar_width * min(row.arrived, max(row.expected, row.arrived)) / top_value
            bar_h = row_height - 8
            expected_rect = QRectF(bar_x, y + 4, expected_w, bar_h)
            arrived_rect = QRectF(bar_x, y + 4, arrived_w, bar_h)
            if rtl:  # mirror: labels on the right, bars grow leftwards
                label_rect.moveLeft(self.width() - margin - label_rect.width())
                right = self.width() - margin - label_width
                expected_rect.moveRight(right)
                arrived_rect.moveRight(right)
                count_rect.moveLeft(int(right - bar_width - count_width))
            painter.setPen(text_colour)
            align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            painter.drawText(label_rect, align, metrics.elidedText(row.name(self.language),
                                                                   Qt.TextElideMode.ElideRight, label_rect.width()))
            painter.fillRect(expected_rect, EXPECTED_COLOUR)
            complete = row.expected > 0 and row.arrived >= row.expected
            painter.fillRect(arrived_rect, COMPLETE_COLOUR if complete else ARRIVED_COLOUR)
            painter.setPen(text_colour)
            counts = localized_digits(f"{row.arrived} / {row.expected}", self.language)
            painter.drawText(count_rect, Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft), counts)
        painter.end()


class DashboardWindow(QWidget):
    """Arrivals per region and day (live chart), heads of delegation awaited (first), counts per category."""

    refreshed = Signal()

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None,
                 *, now: datetime | None = None, refresh_ms: int = REFRESH_MS,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.db = db
        self.settings = settings
        self.language = language if language in ("fa", "en", "ru") else "en"
        #: A fixed moment for rehearsals and tests; None follows the clock.
        self.now = now
        self.data: Dashboard | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Protocol dashboard"))

        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        font = self.summary.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.summary.setFont(font)
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("dashboardDay")
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_combo.currentIndexChanged.connect(self._day_changed)
        self.updated = QLabel()
        self.updated.setObjectName("dashboardUpdated")

        self.heads = QListWidget()
        self.heads.setObjectName("headsWaiting")
        self.heads.setAlternatingRowColors(True)
        self.heads.setSpacing(2)
        self.heads_title = QLabel()
        self.heads_title.setStyleSheet("font-weight: bold; color: #C62828;")

        self.category_model = QStandardItemModel(0, 3, self)
        self.category_model.setHorizontalHeaderLabels([QCoreApplication.translate("PeopleTableModel", "Category"), QCoreApplication.translate("DashboardWindow", "Arrived"), QCoreApplication.translate("DashboardWindow", "Expected")])
        self.categories = QTableView()
        self.categories.setObjectName("categoryCounts")
        self.categories.setModel(self.category_model)
        self.categories.verticalHeader().setVisible(False)
        self.categories.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.categories.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)

        self.chart = ArrivalsChart(self.language)
        self.chart_title = QLabel()
        self.chart_title.setStyleSheet("font-weight: bold;")
        legend = QLabel(self.tr("Light bar: expected that day · solid bar: arrived (checked in at a desk or a door)"))
        legend.setStyleSheet("color: #607D8B;")
        legend.setWordWrap(True)

        # Scans flagged when desks that worked offline caught up: two admissions of one badge, or a person
        # let in from a desk's copy whom the server would have refused. Shown only when there are any.
        self.conflicts_title = QLabel()
        self.conflicts_title.setObjectName("conflictsTitle")
        self.conflicts_title.setStyleSheet("font-weight: bold; color: #9A6B00;")
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("conflictList")
        self.resolve_button = QPushButton(self.tr("Mark as resolved…"))
        self.resolve_button.setObjectName("resolveConflictButton")
        self.resolve_button.clicked.connect(lambda: self.resolve_selected())
        for widget in (self.conflicts_title, self.conflicts, self.resolve_button):
            widget.setVisible(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.conflicts_title)
        left_layout.addWidget(self.conflicts, 2)
        left_layout.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignRight)
        left_layout.addWidget(self.heads_title)
        left_layout.addWidget(self.heads, 3)
        left_layout.addWidget(QLabel(self.tr("By category (the day shown)")))
        left_layout.addWidget(self.categories, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart_title)
        right_layout.addWidget(self.chart, 1)
        right_layout.addWidget(legend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 680])

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self.day_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.updated)
        layout.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.resize(1120, 720)
        self.refresh()
        self.timer.start()

    def selected_day(self) -> date | None:
        value = self.day_combo.currentData()
        return date.fromisoformat(value) if value else None

    def refresh(self) -> None:
        """Read the figures on the thread pool; a refresh still running is not doubled."""
        if self._busy:
            return
        self._busy = True
        db, now, day = self.db, self.now, self.selected_day()

        def work() -> tuple[Dashboard, list[Conflict]]:
            with db.sessions() as session:
                return checkin.dashboard(session, now=now, day=day), open_conflicts(session)

        def done(result: tuple[Dashboard, list[Conflict]]) -> None:
            self._busy = False
            if isValid(self):  # the window may have been closed while the figures were read
                self.show_conflicts(result[1])
                self.show_data(result[0])

        def failed(exc: Exception) -> None:
            self._busy = False
            if not isValid(self):
                return
            self.updated.setText(self.tr("Could not read the figures; retrying. Details are in the log file."))

        run_in_background(work, done, failed)

    def _day_changed(self) -> None:
        if self.data is not None and self.selected_day() != self.data.day:
            self.refresh()

    def show_data(self, data: Dashboard) -> None:
        self.data = data
        lang = self.language
        if self.day_combo.count() != len(data.days):
            self.day_combo.blockSignals(True)
            self.day_combo.clear()
            for d in data.days:
                self.day_combo.addItem(format_date(d, lang), d.isoformat())
            self.day_combo.blockSignals(False)
        index = self.day_combo.findData(data.day.isoformat())
        if index >= 0 and index != self.day_combo.currentIndex():
            self.day_combo.blockSignals(True)
            self.day_combo.setCurrentIndex(index)
            self.day_combo.blockSignals(False)
        self.summary.setText(
            localized_digits(
                self.tr("Arrived %1 of %2 expected · %3 scans").replace("%1", str(data.arrived))
                .replace("%2", str(data.expected)).replace("%3", str(data.scans_today)),
                lang,
            )
        )
        self.updated.setText(localized_digits(
            self.tr("Updated %1 (refreshes every few seconds)").replace("%1", datetime.now().strftime("%H:%M:%S")),
            lang,
        ))
        self.chart_title.setText(self.tr("Arrivals per region — %1").replace("%1", format_date(data.day, lang)))
        self.chart.set_rows(data.regions_by_day.get(data.day, []))

        self.heads_title.setText(
            localized_digits(self.tr("Heads of delegation not yet arrived: %1").replace("%1", str(len(data.heads_waiting))), lang)
        )
        self.heads.clear()
        for head in data.heads_waiting:
            # The reader's script first, the Latin (or the next spelling) in brackets.
            names = head.names(lang) or [""]
            name, other = names[0], (names[1] if len(names) > 1 else "")
            region, title = head.region(lang), head.title(lang)
            second = " — ".join(x for x in (title, region) if x)
            item = QListWidgetItem(f"{name}  ({other})\n{second}" if other else f"{name}\n{second}")
            item.setData(Qt.ItemDataRole.UserRole, head.delegate_id)
            self.heads.addItem(item)
        if not data.heads_waiting:
            self.heads.addItem(self.tr("Every head of delegation has arrived."))

        self.category_model.setRowCount(0)
        for row in data.categories:
            if row.expected == 0 and row.arrived == 0:
                continue
            name = QStandardItem(row.name(lang))
            name.setData(QColor(row.color), Qt.ItemDataRole.DecorationRole)
            arrived = QStandardItem(localized_number(row.arrived, lang))
            expected = QStandardItem(localized_number(row.expected, lang))
            for item in (arrived, expected):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.category_model.appendRow([name, arrived, expected])
        self.refreshed.emit()

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        """The flagged scans, oldest first: when, where, who, what the desk said and what the server says."""
        lang = self.language
        keep = self.conflicts.currentItem().data(Qt.ItemDataRole.UserRole) if self.conflicts.currentItem() else None
        self.conflicts.clear()
        for conflict in conflicts:
            names = conflict.names(lang)
            kind = (
                self.tr("Two admissions of one badge")
                if conflict.flag == "double_admission"
                else self.tr("Let in offline; the server says: %1").replace("%1", verdict_title(conflict.verdict, lang))
            )
            moment = conflict.at.strftime("%H:%M:%S")  # the event's time, like every time on the dashboard
            item = QListWidgetItem(localized_digits(f"{moment} · {conflict.desk} · {names}\n{kind}", lang))
            item.setData(Qt.ItemDataRole.UserRole, conflict.scan_id)
            item.setToolTip(conflict.message)
            self.conflicts.addItem(item)
            if conflict.scan_id == keep:
                self.conflicts.setCurrentItem(item)
        self.conflicts_title.setText(
            localized_digits(
                self.tr("To resolve after desks worked offline: %1").replace("%1", str(len(conflicts))), lang
            )
        )
        for widget in (self.conflicts_title, self.conflicts, self.resolve_button):
            widget.setVisible(bool(conflicts))

    def resolve_selected(self, note: str | None = None) -> None:
        """The supervisor has dealt with the selected conflict: it leaves the list (audited, with the note)."""
        item = self.conflicts.currentItem()
        scan_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if scan_id is None:
            return
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("Resolve"), self.tr("What was done (for the audit trail)?"))
            if not ok:
                return
        operator = ask_operator(self, self.settings) if self.settings is not None else ""
        db = self.db

        def work() -> None:
            with db.transaction() as session:
                resolve_conflict(session, int(scan_id), operator or "", note or "")

        def failed(exc: Exception) -> None:
            if isValid(self):
                self.updated.setText(exc.message if isinstance(exc, UserError) else self.tr(
                    "The conflict could not be marked as resolved. Details are in the log file."))

        run_in_background(work, lambda _result: self.refresh(), failed, owner=self)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.timer.stop()
        super().closeEvent(event)
