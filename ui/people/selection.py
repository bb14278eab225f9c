"""Which people the main window shows and which one the desk is looking at, for the screens that act on them.

The person on the card is the table's current row, or the search's choice while its results are up.
After a screen changed someone (an edit, an import, a printed badge), :meth:`PeopleSelection.after_change`
re-reads the tree and the table and puts that person back under the cursor, showing everyone when the
person is not in the selected branch. The screens get this object (through :class:`ui.desk.Desk`),
never the window's widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QTableView, QTreeView

from accreditation.people.directory import PeopleFilter

from ..widgets.search_panel import SearchPanel
from .table_model import PeopleTableModel
from .tree_model import DirectoryTreeModel


class PeopleSelection(QObject):
    """The tree's branch, the table's rows, the person on the card; re-reading them after a change."""

    #: The person on the card may be another one now, or was read again.
    person_changed = Signal()
    #: The desk asked to open the person on the card (a double click, or Enter in the table).
    person_activated = Signal()

    def __init__(
        self,
        *,
        tree: QTreeView,
        tree_model: DirectoryTreeModel,
        table: QTableView,
        people_model: PeopleTableModel,
        search: SearchPanel,
        centre: QStackedWidget,
        refresh: Callable[[], None],
        show_person: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tree = tree
        self._tree_model = tree_model
        self._table = table
        self._model = people_model
        self._search = search
        self._centre = centre
        self._refresh = refresh
        self._show_person = show_person
        self._pending_select: int | None = None
        self._pending_tries = 0
        #: The search's chosen person: the one on the card while its results are on screen.
        self._search_person: int | None = None
        people_model.loaded.connect(self._people_loaded)
        table.doubleClicked.connect(lambda _index: self.person_activated.emit())
        table.installEventFilter(self)
        table.selectionModel().currentRowChanged.connect(lambda *_: self.person_changed.emit())
        search.person_chosen.connect(self._search_chosen)
        search.results.doubleClicked.connect(lambda _index: self.person_activated.emit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.person_activated.emit()
                return True
        return super().eventFilter(watched, event)

    # --- who ----------------------------------------------------------------------------------------
    def _search_shown(self) -> bool:
        return self._centre.currentWidget() is self._search

    def _search_chosen(self, delegate_id: int) -> None:
        self._search_person = delegate_id
        self.person_changed.emit()

    def current_person(self) -> int | None:
        """The person on the card: the search's choice while its results are shown, else the table's row."""
        if self._search_shown() and self._search_person is not None:
            return self._search_person
        index = self._table.currentIndex()
        return self._model.delegate_id(index.row()) if index.isValid() else None

    def selected_people(self) -> list[int]:
        rows = sorted({i.row() for i in self._table.selectionModel().selectedRows()})
        ids = [self._model.delegate_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def listed_people(self) -> list[int]:
        model = self._model
        return [pid for pid in (model.delegate_id(r) for r in range(model.total())) if pid is not None]

    def branch(self) -> tuple[PeopleFilter | None, str]:
        """The tree's selected branch: its filter and its name (without the count)."""
        index = self._tree.currentIndex()
        if not index.isValid():
            return None, ""
        node = index.data(DirectoryTreeModel.FilterRole)
        name = str(index.data() or "").rsplit(" (", 1)[0]
        return (node if isinstance(node, PeopleFilter) else None), name

    # --- after a change: the same person, freshly read ----------------------------------------------
    def refresh(self) -> None:
        """Re-read the tree and the table, keeping the selected branch."""
        self._refresh()

    def after_change(self, delegate_id: int | None) -> None:
        """Re-read the tree and the table and keep (or put) ``delegate_id`` selected."""
        self._pending_select = delegate_id
        self._pending_tries = 0
        self._refresh()
        # Whatever the tree did, one more reload of the same selection: the model keeps only the newest.
        self._model.reload()

    def refreshing(self) -> bool:
        """True while the table is being re-read after a change (the person is not selected yet)."""
        return self._pending_select is not None

    def _people_loaded(self) -> None:
        pid = self._pending_select
        if pid is None:
            self.person_changed.emit()
            return
        if self._search_shown():
            # The card shows the search's person: keep it there, freshly read, and the results current.
            self._pending_select = None
            self._show_person(pid)
            self._search.run_query()
            self.person_changed.emit()
            return
        row = self._model.row_of(pid)
        if row is None and self._pending_tries == 0:
            # Not in the selected branch (a new person elsewhere): show everyone, where they are.
            self._pending_tries = 1
            everyone = self._tree_model.find("all")
            if everyone.isValid() and everyone != self._tree.currentIndex():
                self._tree.setCurrentIndex(everyone)
                return
        self._pending_select = None
        if row is None:
            self.person_changed.emit()
            return
        index = self._model.index(row, 0)
        self._table.setCurrentIndex(index)
        self._table.scrollTo(index)
        self.person_changed.emit()
