"""The people table: a Qt model over the database, not a copy of it.

It holds only the ordered ids of the selection (one query) and fetches rows a page at a time when the
view asks for them, so 100,000 people show their first rows at once and scroll smoothly.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from accreditation.people.directory import PeopleFilter, PersonRow, people_ids, people_rows
from accreditation.store.database import Database
from accreditation.store.models import DelegateStatus, Event

from ..background import run_in_background
from ..labels import localized_number, status_label

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex


class PeopleTableModel(QAbstractTableModel):
    #: Emitted when a selection's rows have arrived (they are loaded off the UI thread).
    loaded = Signal()
    #: (sort key in the core, header text source)
    COLUMNS: list[tuple[str, str]] = [
        ("name", "Name"),  # in the reader's script: Persian, Cyrillic where there is one, else Latin
        ("family_name", "Family name"),
        ("given_name", "Given name"),
        ("name_fa", "Persian name"),
        ("name_native", "Native name"),
        ("category", "Category"),
        ("title", "Title"),
        ("delegation", "Delegation"),
        ("status", "Status"),
    ]

    def __init__(self, db: Database, event: Event, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._language = language
        self._persian = language == "fa"
        self._filter = PeopleFilter()
        self._sort = "category"  # protocol order: heads of delegation first
        self._descending = False
        self._ids: list[int] = []
        self._generation = 0
        self._reload_pending = False
        self._pages: OrderedDict[int, dict[int, PersonRow]] = OrderedDict()
        self._headers = {
            "name": self.tr("Name"),
            "family_name": self.tr("Family name"),
            "given_name": self.tr("Given name"),
            "name_fa": self.tr("Persian name"),
            "name_native": self.tr("Native name"),
            "category": self.tr("Category"),
            "title": self.tr("Title"),
            "delegation": self.tr("Delegation"),
            "status": self.tr("Status"),
        }

    @classmethod
    def column_of(cls, key: str) -> int:
        return [k for k, _ in cls.COLUMNS].index(key)

    # --- what the window asks of it -------------------------------------------------------------
    def set_filter(self, flt: PeopleFilter, *, background: bool = True) -> None:
        self._filter = flt
        if background:
            self.reload()
        else:
            self.reload_now()

    def reload(self) -> None:
        """Re-read the selection's ids on the thread pool; the view keeps working meanwhile.

        Requests made in one turn of the event loop (the window's start sets a filter, restores the
        sort column, selects a tree node) become one query, and a query a newer request superseded
        before it ran is skipped: at 100,000 people each costs a quarter of a second.
        """
        self._generation += 1
        if not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self, self._start_reload)  # not called once the model is gone

    def _start_reload(self) -> None:
        self._reload_pending = False
        if self._db.closed:  # the window is on its way out with its database
            return
        generation = self._generation
        flt, sort, descending, language = self._filter, self._sort, self._descending, self._language

        def work() -> list[int] | None:
            if generation != self._generation:  # superseded while it waited for a thread
                return None
            with self._db.sessions() as session:
                return people_ids(session, self._event, flt, sort, descending, language)

        def arrived(ids: list[int] | None) -> None:
            if ids is None or generation != self._generation or self._db.closed:  # superseded, or closed
                return
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
            self.loaded.emit()

        def failed(exc: Exception) -> None:
            # The server went away or the database was closed: the table keeps the rows it shows.
            log.warning("people not reloaded: %s", exc)

        run_in_background(work, arrived, failed, owner=self)

    def reload_now(self) -> None:
        """The same, on the calling thread (for scripts and benchmarks)."""
        self._generation += 1
        self.beginResetModel()
        with self._db.sessions() as session:
            self._ids = people_ids(
                session, self._event, self._filter, self._sort, self._descending, self._language
            )
        self._pages.clear()
        self.endResetModel()
        self.loaded.emit()

    def delegate_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, delegate_id: int) -> int | None:
        try:
            return self._ids.index(delegate_id)
        except ValueError:
            return None

    def total(self) -> int:
        return len(self._ids)

    def person(self, row: int) -> PersonRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            with self._db.sessions() as session:
                rows = people_rows(session, ids)
            self._pages[page] = rows
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    # --- QAbstractTableModel ----------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self._headers[self.COLUMNS[section][0]]
        if orientation == Qt.Orientation.Vertical:
            return localized_number(section + 1, self._language)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.person(index.row())
        if person is None:
            return None
        column = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "category":
            return QColor(person.category_color)
        if role == Qt.ItemDataRole.ForegroundRole and person.status == DelegateStatus.CANCELLED:
            return QBrush(QColor("#9E9E9E"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "name_fa":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return "\n".join(person.names(self._language))
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None

    def _display(self, person: PersonRow, column: str) -> str:
        if column == "name":
            return person.name(self._language)
        if column == "family_name":
            return person.family_name
        if column == "given_name":
            return person.given_name
        if column == "name_fa":
            return person.name_fa
        if column == "name_native":
            return person.name_native
        if column == "category":
            if self._persian:
                return person.category_fa
            return (person.category_ru or person.category_en) if self._language == "ru" else person.category_en
        if column == "title":
            return person.title(self._language)
        if column == "delegation":
            return person.delegation(self._language)
        if column == "status":
            return status_label(person.status)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = self.COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
