"""The protocol officer's search: always there, results as you type, keyboard only is enough.

Typing goes to the search box from anywhere in the window (or Ctrl+F); each keystroke restarts a short
timer, and the core search runs on the thread pool so the window never freezes. Down arrow moves into
the results, Enter shows the person's card, Escape clears and returns to the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from accreditation.names.collation import order_ties
from accreditation.people.directory import PersonRow, people_rows, photos_for
from accreditation.search.engine import search
from accreditation.store.database import Database
from accreditation.store.models import Category, DelegateStatus, Region

from ..background import run_in_background
from ..labels import data_name, localized_digits, status_label

ModelIndex = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 120
RESULT_LIMIT = 30
THUMB = QSize(36, 48)


@dataclass
class Result:
    row: PersonRow
    tier: str
    thumbnail: QImage | None


class SearchResultsModel(QAbstractListModel):
    DelegateIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._results: list[Result] = []
        self._pixmaps: dict[int, QPixmap] = {}

    def set_results(self, results: list[Result]) -> None:
        self.beginResetModel()
        self._results = results
        self._pixmaps = {}
        self.endResetModel()

    def result(self, row: int) -> Result | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        row = result.row
        if role == Qt.ItemDataRole.DisplayRole:
            # The reader's script first: Persian, Cyrillic where there is one, or Latin; then the others.
            return " — ".join(row.names(self._language))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Match: %1").replace("%1", result.tier)
        if role == Qt.ItemDataRole.DecorationRole and result.thumbnail is not None:
            pixmap = self._pixmaps.get(row.id)
            if pixmap is None:  # QPixmap only on the UI thread; the worker made a QImage
                pixmap = QPixmap.fromImage(result.thumbnail)
                self._pixmaps[row.id] = pixmap
            return pixmap
        if role == self.DelegateIdRole:
            return row.id
        return None

    def second_line(self, row: int) -> str:
        result = self._results[row].row
        lang = self._language
        title = result.title(lang)
        delegation = result.delegation(lang)
        category = {"fa": result.category_fa, "ru": result.category_ru}.get(lang) or result.category_en
        return " · ".join(x for x in (title, delegation, category) if x)


class ResultDelegate(QStyledItemDelegate):
    """Photo thumbnail, the names in every script on one line, title and delegation under them."""

    def __init__(self, model: SearchResultsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        height = max(THUMB.height() + 8, option.fontMetrics.height() * 2 + 14)
        return QSize(1, height)  # the view gives each row its full width; never scroll sideways

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        rect = option.rect.adjusted(4, 4, -4, -4)
        thumb_rect = QRect(0, rect.top(), THUMB.width(), THUMB.height())
        thumb_rect.moveLeft(rect.right() - THUMB.width() if rtl else rect.left())
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            painter.drawPixmap(thumb_rect, pixmap)
        else:
            painter.fillRect(thumb_rect, QColor("#E0E0E0"))
        result = self._model.result(index.row())
        if result is not None:
            band = QRect(thumb_rect.right() + 1 if not rtl else thumb_rect.left() - 5, rect.top(), 4, THUMB.height())
            painter.fillRect(band, QColor(result.row.category_color))
        text_rect = rect.adjusted(0 if rtl else THUMB.width() + 10, 0, -(THUMB.width() + 10) if rtl else 0, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.highlightedText().color() if selected else option.palette.text().color())
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        line = option.fontMetrics.height() + 2
        # Leading edge: Qt mirrors AlignLeft for a right-to-left painter by itself.
        painter.setLayoutDirection(option.direction)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRect(text_rect.left(), text_rect.top(), text_rect.width(), line), align,
                         index.data(Qt.ItemDataRole.DisplayRole) or "")
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(QRect(text_rect.left(), text_rect.top() + line, text_rect.width(), line), align,
                         self._model.second_line(index.row()))
        painter.restore()


class SearchPanel(QWidget):
    """The search box with its filters, and the results list the window shows while a query is typed."""

    #: A person was chosen (Enter, click): the window shows their card.
    person_chosen = Signal(int)
    #: Results for the current text arrived (also emitted for an empty query).
    results_ready = Signal()
    #: The query was cleared: the window goes back to its table.
    cleared = Signal()

    def __init__(self, db: Database, event_id: int, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self._generation = 0
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Find anyone: name in any script, badge, passport, phone… (Ctrl+F)"))
        self.region = QComboBox()
        self.region.setObjectName("searchRegion")
        self.category = QComboBox()
        self.category.setObjectName("searchCategory")
        self.status = QComboBox()
        self.status.setObjectName("searchStatus")
        self._fill_filters(event_id)

        self.model = SearchResultsModel(language, self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.model, self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.box, 4)
        bar.addWidget(self.region, 1)
        bar.addWidget(self.category, 1)
        bar.addWidget(self.status, 1)
        self.bar = QWidget()
        self.bar.setLayout(bar)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_query)
        self.box.textChanged.connect(self._text_changed)
        for combo in (self.region, self.category, self.status):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.box.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)
        self.results.selectionModel().currentChanged.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

    def _fill_filters(self, event_id: int) -> None:
        self.region.addItem(self.tr("All regions"), None)
        self.category.addItem(self.tr("All categories"), None)
        self.status.addItem(self.tr("Any status"), None)
        with self.db.sessions() as session:
            for region in session.query(Region).filter(Region.event_id == event_id).order_by(Region.display_order):
                self.region.addItem(data_name(region, self.language), region.code)
            for category in session.query(Category).filter(Category.event_id == event_id).order_by(Category.rank):
                self.category.addItem(data_name(category, self.language), category.code)
        for status in DelegateStatus:
            self.status.addItem(status_label(status), status.value)

    # --- typing -----------------------------------------------------------------------------------
    def start_typing(self, text: str) -> None:
        """A key typed elsewhere in the window starts a search with it."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.setText(self.box.text() + text)

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self._generation += 1
            self.model.set_results([])
            self.summary.clear()
            self.cleared.emit()
            return
        self.timer.start()

    def _filters_changed(self) -> None:
        if self.box.text().strip():
            self.timer.start()

    def run_query(self) -> None:
        """Search on the thread pool; only the answer to the latest keystroke is shown."""
        query = self.box.text()
        self._generation += 1
        generation = self._generation
        filters = {
            "region": self.region.currentData(),
            "category": self.category.currentData(),
            "status": self.status.currentData(),
        }

        def work() -> list[Result]:
            with self.db.sessions() as session:
                hits = search(session, query, limit=RESULT_LIMIT, language=self.language, **filters)
                ids = [h.delegate_id for h in hits]
                rows = people_rows(session, ids)
                photos = photos_for(session, ids)
            # People who match equally well are listed alphabetically for the reader.
            hits = order_ties(hits, lambda h: (h.tier, h.score), lambda h: self._tie_name(rows.get(h.delegate_id)),
                              self.language)
            results = []
            for hit in hits:
                image = None
                if hit.delegate_id in photos:
                    loaded = QImage.fromData(photos[hit.delegate_id])
                    if not loaded.isNull():
                        image = loaded.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation)
                if hit.delegate_id in rows:
                    results.append(Result(rows[hit.delegate_id], hit.tier, image))
            return results

        def arrived(results: list[Result]) -> None:
            if generation != self._generation:
                return
            self.model.set_results(results)
            count = localized_digits(str(len(results)), self.language)
            self.summary.setText(self.tr("%1 found — ↓ to choose, Enter to open, Esc to clear").replace("%1", count)
                                 if results else self.tr("Nobody found"))
            self.results_ready.emit()

        run_in_background(work, arrived, owner=self)

    def _tie_name(self, row: PersonRow | None) -> str:
        if row is None:
            return ""
        if self.language == "en":
            return f"{row.family_name} {row.given_name}".strip()
        return row.name(self.language)

    # --- keyboard ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.box:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount() > 0:
                self.results.setFocus()
                self.results.setCurrentIndex(self.model.index(0, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.timer.stop()
                    self.run_query()
                if self.model.rowCount() > 0:
                    self._activated(self.model.index(0, 0))
                return True
            if key == Qt.Key.Key_Escape:
                self.box.clear()
                return True
        elif watched is self.results:
            if key == Qt.Key.Key_Escape:
                self.box.clear()
                self.box.setFocus()
                return True
            if key == Qt.Key.Key_Up and self.results.currentIndex().row() == 0:
                self.box.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activated(self.results.currentIndex())
                return True
            text = event.text()
            if text and text.isprintable() and not text.isspace():
                self.start_typing(text)
                return True
        return False

    def _activated(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            return
        delegate_id = index.data(SearchResultsModel.DelegateIdRole)
        if delegate_id is not None:
            self.person_chosen.emit(int(delegate_id))
