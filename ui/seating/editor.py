"""The seating editor: a session's room drawn to scale, people dragged into seats, the plan printed.

Every seat shows its occupant's short name in the reader's script at the window's small font size or
larger (:mod:`.legibility`); the view zooms (:mod:`.room_view`) and everything the mouse does has a key
(:mod:`.editor_actions`): Enter on a person in the list takes them to the plan, the arrow keys move the
seat cursor, Enter seats the person there (or picks up the seat's occupant, to be put elsewhere: an
occupied seat swaps), Delete unseats, Esc lets go.

Everything that changes the plan goes through :mod:`accreditation.seating` in one transaction and the
drawing is rebuilt from what was stored, so the window never shows a plan the database does not have.
The room drawing keeps the room's own orientation in a Persian interface (a floor plan is not text);
the panels beside it mirror with the layout.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.event.rooms import room_tables
from accreditation.names.collation import sort_key
from accreditation.names.display import name_for_reader, names_for_reader
from accreditation.seating.loading import load_delegations
from accreditation.seating.plans import configure_plan, lock_seat, move_person, plan_for_session, unseat
from accreditation.seating.precedence import arrange
from accreditation.seating.views import PlanView, SeatView, plan_view, region_colours
from accreditation.store.database import Database
from accreditation.store.enums import PRECEDENCE_MANUAL, PRECEDENCE_RANK_COUNTRY, PRECEDENCE_RANK_REGION
from accreditation.store.models import EventSession

from ..background import run_in_background
from ..labels import localized_digits
from .editor_actions import EditorActions
from .items import SeatItem, TableItem, UnseatedList
from .keyboard import SeatCursor
from .legibility import seat_boxes, small_font_px
from .order_dialog import OrderDialog
from .room_view import RoomView

__all__ = ["OrderDialog", "SeatingEditor"]

log = logging.getLogger(__name__)


class SeatingEditor(SeatCursor, QMainWindow):
    """One session's plan. ``plan_changed`` is emitted after every change has been stored and drawn."""

    plan_changed = Signal()
    printed = Signal(list)
    failed = Signal(str)

    def __init__(self, db: Database, session_code: str = "plenary", language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatingEditor")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.db = db
        self.language = language
        self.session_code = session_code
        self.view_data: PlanView | None = None
        self.items: dict[str, SeatItem] = {}
        self._drawn_room: tuple | None = None
        self.busy = False
        self.small_px = small_font_px(self)
        self.colours: dict[int, str] = {}
        self.delegations: dict[int, str] = {}
        # The person the keyboard is moving (picked up from a seat or taken from the list), if any.
        self.carrying: int | None = None

        with db.sessions() as session:
            event = current_event(session)
            self.sessions = [
                (s.code, s.name_fa if language == "fa" else s.name_en, s.room_code)
                for s in session.query(EventSession).filter(EventSession.event_id == event.id).order_by(
                    EventSession.starts_at, EventSession.id)
                if s.room_code
            ]

        self.session_box = QComboBox()
        self.session_box.setObjectName("sessionBox")
        for code, name, _room in self.sessions:
            self.session_box.addItem(name, code)
        self.precedence_box = QComboBox()
        self.precedence_box.setObjectName("precedenceBox")
        self.precedence_box.addItem(self.tr("Rank, then region name"), PRECEDENCE_RANK_REGION)
        self.precedence_box.addItem(self.tr("Rank, then country and region"), PRECEDENCE_RANK_COUNTRY)
        self.precedence_box.addItem(self.tr("Order set by hand"), PRECEDENCE_MANUAL)
        self.alpha_box = QComboBox()
        self.alpha_box.setObjectName("alphabetBox")
        self.alpha_box.addItem(self.tr("Persian alphabet"), "fa")
        self.alpha_box.addItem(self.tr("English alphabet"), "en")
        self.alpha_box.addItem(self.tr("Russian alphabet"), "ru")
        self.arrange_button = QPushButton(self.tr("&Arrange"))
        self.arrange_button.setObjectName("arrangeButton")
        self.arrange_button.setToolTip(self.tr("Seat everyone by protocol; locked seats stay as they are"))
        self.order_button = QPushButton(self.tr("&Order by hand…"))
        self.order_button.setObjectName("orderButton")
        self.order_button.setToolTip(self.tr("Put the delegations in the order of precedence you want"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(self.tr("Save the seating chart, the name cards and the seat slips as PDF"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Session:")))
        bar.addWidget(self.session_box, 2)
        bar.addWidget(QLabel(self.tr("Precedence:")))
        bar.addWidget(self.precedence_box, 1)
        bar.addWidget(self.alpha_box, 1)
        bar.addStretch(1)
        bar.addWidget(self.order_button)
        bar.addWidget(self.arrange_button)
        bar.addWidget(self.print_button)

        self.scene = QGraphicsScene(self)
        self.room_view = RoomView(self.scene)
        self.room_view.setObjectName("roomView")
        self.editor_actions = EditorActions(self, self)

        self.unseated = UnseatedList(self)
        self.unseated.setObjectName("unseatedList")
        self.unseated_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.unseated_label)
        left_layout.addWidget(self.unseated, 1)

        self.conflicts = QListWidget()
        self.conflicts.setObjectName("conflictList")
        self.conflicts.setWordWrap(True)
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unseated.setWordWrap(True)
        self.conflicts_label = QLabel()
        self.seat_info = QLabel()
        self.seat_info.setObjectName("seatInfo")
        self.seat_info.setWordWrap(True)
        self.seat_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.conflicts_label)
        right_layout.addWidget(self.conflicts, 1)
        right_layout.addWidget(QLabel(self.tr("Selected seat")))
        right_layout.addWidget(self.seat_info, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.room_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([220, 860, 220])

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(body)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.statusBar().addPermanentWidget(self.editor_actions.tool_button(self.editor_actions.zoom_out))
        self.statusBar().addPermanentWidget(self.zoom_label)
        for action in (self.editor_actions.zoom_in, self.editor_actions.fit, self.editor_actions.readable):
            self.statusBar().addPermanentWidget(self.editor_actions.tool_button(action))
        self.room_view.zoom_changed.connect(self._zoom_shown)
        self.room_view.cursor_moved.connect(self.set_cursor)
        self.resize(1300, 800)

        self.session_box.setCurrentIndex(max(0, self.session_box.findData(session_code)))
        self.session_box.currentIndexChanged.connect(self._session_chosen)
        self.arrange_button.clicked.connect(self.arrange)
        self.order_button.clicked.connect(self.ask_order)
        self.print_button.clicked.connect(self.ask_print)
        self.conflicts.itemActivated.connect(self._conflict_chosen)
        self.unseated.itemDoubleClicked.connect(self._unseated_chosen)
        self.unseated.itemSelectionChanged.connect(self._list_chosen)
        self.reload()

    # --- reading --------------------------------------------------------------------------------
    def _title(self) -> str:
        name = next((n for c, n, _r in self.sessions if c == self.session_code), self.session_code)
        return self.tr("Seating — %1").replace("%1", name)

    def reload(self) -> None:
        """Read the plan (creating it empty the first time) and redraw everything."""
        with self.db.transaction() as session:
            event = current_event(session)
            plan = plan_for_session(session, event, self.session_code)
            self.view_data = plan_view(session, plan)
            self.tables = room_tables(plan.room)
            # Delegations by the reader's name for them (Russian where the data has it).
            self.delegations = {
                did: info.name(self.language) for did, info in load_delegations(session, event.id).items()
            }
        self._sync_options()
        self._draw()
        self.setWindowTitle(self._title())

    def _sync_options(self) -> None:
        assert self.view_data is not None
        for box, value in ((self.precedence_box, self.view_data.precedence),
                           (self.alpha_box, self.view_data.alpha_language)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)

    def region_colour(self, seat: SeatView) -> str:
        return self.colours.get(seat.delegation_id or -1, seat.category_color)

    def region_name(self, seat: SeatView) -> str:
        if seat.delegation_id in self.delegations:
            return self.delegations[seat.delegation_id]
        return seat.affiliation_fa if self.language == "fa" and seat.affiliation_fa else seat.affiliation_en

    def _draw(self) -> None:
        view = self.view_data
        assert view is not None
        conflicted = {label for c in view.conflicts for label in c.seats}
        self.colours = region_colours(view)
        if self._drawn_room == (view.room_code, tuple(s.seat_id for s in view.seats)):
            # Same room: the seats' items stay (zoom, selection, the cursor and pending repaints with them).
            for seat in view.seats:
                item = self.items[seat.label]
                item.conflict = seat.label in conflicted
                item.is_carried = self.carrying is not None and seat.delegate_id == self.carrying
                item.set_seat(seat)
        else:
            self._draw_room(view, conflicted)
        self._fill_lists(view)

    def _draw_room(self, view: PlanView, conflicted: set[str]) -> None:
        self._drawn_room = (view.room_code, tuple(s.seat_id for s in view.seats))
        self.scene.clear()
        self.items.clear()
        margin = 300
        self.scene.setSceneRect(QRectF(-margin, -margin, view.width_mm + 2 * margin, view.depth_mm + 2 * margin))
        outline = self.scene.addRect(QRectF(0, 0, view.width_mm, view.depth_mm), QPen(QColor("#BDBDBD"), 30))
        outline.setZValue(-2)
        for table in self.tables:
            self.scene.addItem(TableItem(table))
        sizes = seat_boxes(view.seats)
        for seat in view.seats:
            w, h = sizes[seat.seat_id]
            item = SeatItem(self, seat, w, h)
            item.conflict = seat.label in conflicted
            self.scene.addItem(item)
            self.items[seat.label] = item
        self.room_view.cursor_label = ""
        self.room_view.show_default()

    def _fill_lists(self, view: PlanView) -> None:
        self.unseated.clear()
        for person in view.unseated:
            text = name_for_reader(self.language, latin=person.name_latin, name_fa=person.name_fa,
                                   name_native=person.name_native)
            where = self.delegations.get(person.delegation_id or -1) or (
                person.affiliation_fa if self.language == "fa" else person.affiliation_en)
            item = QListWidgetItem(f"{text} — {where}" if where else text)
            item.setData(Qt.ItemDataRole.UserRole, person.delegate_id)
            spellings = names_for_reader(self.language, latin=person.name_latin, name_fa=person.name_fa,
                                         name_native=person.name_native)
            item.setToolTip("\n".join([*spellings, person.category_fa if self.language == "fa" else person.category_en]))
            self.unseated.addItem(item)
        self.unseated_label.setText(localized_digits(
            self.tr("Unseated: %1").replace("%1", str(view.unseated_total)), self.language))

        self.conflicts.clear()
        for conflict in view.conflicts:
            item = QListWidgetItem(conflict.message_fa if self.language == "fa" and conflict.message_fa else conflict.message)
            item.setData(Qt.ItemDataRole.UserRole, list(conflict.seats))
            item.setForeground(QColor("#C62828"))
            self.conflicts.addItem(item)
        self.conflicts_label.setText(localized_digits(
            self.tr("Conflicts: %1").replace("%1", str(len(view.conflicts))), self.language))
        seated = sum(1 for s in view.seats if s.occupied)
        self.status.setText(localized_digits(
            self.tr("%1 of %2 seats taken").replace("%1", str(seated)).replace("%2", str(len(view.seats))),
            self.language))

    def show_seat(self, seat: SeatView) -> None:
        lines = [self.tr("Seat %1").replace("%1", seat.label)]
        spellings = names_for_reader(self.language, latin=seat.display_latin, name_fa=seat.name_fa,
                                     name_native=seat.name_native)
        for text in (*spellings, self.region_name(seat)):
            if text:
                lines.append(text)
        rule = seat.rule_fa if self.language == "fa" else seat.rule
        if rule:
            lines.append(self.tr("Why here: %1").replace("%1", rule))
        if seat.locked:
            lines.append(self.tr("Locked"))
        self.seat_info.setText("\n".join(lines))

    # --- changing -------------------------------------------------------------------------------
    def _change(self, work) -> bool:  # type: ignore[no-untyped-def]
        try:
            with self.db.transaction() as session:
                event = current_event(session)
                plan = plan_for_session(session, event, self.session_code)
                work(session, plan)
        except UserError as exc:
            self.status.setText(exc.message)
            self.failed.emit(exc.message)
            return False
        self.reload()
        self.plan_changed.emit()
        return True

    def move_to_seat(self, delegate_id: int, label: str) -> bool:
        """Put a person in a seat; an occupied seat swaps with the person's old seat."""
        return self._change(lambda session, plan: move_person(session, plan, delegate_id, label))

    def unseat_person(self, delegate_id: int) -> bool:
        return self._change(lambda session, plan: unseat(session, plan, delegate_id))

    def set_locked(self, label: str, locked: bool) -> bool:
        return self._change(lambda session, plan: lock_seat(session, plan, label, locked))

    def seat_menu(self, label: str) -> QMenu:
        seat = self.items[label].seat
        # No parent: the caller's reference is the menu's life. A menu parented to the editor and never
        # shown would outlive every use, its actions' slots holding the editor (PySide then crashes
        # collecting the cycle at exit).
        menu = QMenu()
        menu.setLayoutDirection(self.layoutDirection())
        lock = QAction(self.tr("Unlock seat") if seat.locked else self.tr("Lock seat"), menu)
        lock.setObjectName("lockAction")
        lock.triggered.connect(lambda: self.set_locked(label, not seat.locked))
        menu.addAction(lock)
        if seat.delegate_id is not None:
            remove = QAction(self.tr("Remove from seat"), menu)
            remove.setObjectName("removeAction")
            remove.setEnabled(not seat.locked)
            remove.triggered.connect(lambda: self.unseat_person(seat.delegate_id))  # type: ignore[arg-type]
            menu.addAction(remove)
        return menu

    def regions_in_order(self) -> list[tuple[str, str]]:
        """(code, name) of the regions in the plan's current order of precedence (host first)."""
        with self.db.sessions() as session:
            event = current_event(session)
            plan = plan_for_session(session, event, self.session_code)
            delegations = [d for d in load_delegations(session, event.id).values() if d.regional]
            manual = [str(x) for x in plan.manual_order or []]
            language = plan.alpha_language or "en"
        rank = {code: i for i, code in enumerate(manual)}
        delegations.sort(key=lambda d: (not d.is_host, rank.get(d.code, len(rank)), sort_key(d.name(language), language)))
        return [(d.code, d.name_fa if self.language == "fa" else d.name_en) for d in delegations]

    def ask_order(self) -> None:
        dialog = OrderDialog(self.regions_in_order(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_manual_order(dialog.codes())

    def set_manual_order(self, codes: list[str]) -> None:
        """Keep the officer's order of precedence and arrange by it."""
        if self._change(lambda session, plan: configure_plan(plan, precedence=PRECEDENCE_MANUAL, manual_order=codes)):
            self.arrange()

    def arrange(self) -> None:
        """Arrange by protocol off the UI thread; locked seats stay."""
        if self.busy:
            return
        self.busy = True
        self.arrange_button.setEnabled(False)
        self.status.setText(self.tr("Arranging…"))
        code = self.session_code
        precedence = self.precedence_box.currentData()
        alphabet = self.alpha_box.currentData()
        db = self.db

        def work() -> float:
            with db.transaction() as session:
                plan = plan_for_session(session, current_event(session), code)
                configure_plan(plan, precedence=precedence, language=alphabet)
                return arrange(session, plan).seconds

        def done(seconds: float) -> None:
            self.busy = False
            self.arrange_button.setEnabled(True)
            self.reload()
            self.status.setText(self.status.text() + " — " + localized_digits(
                self.tr("arranged in %1 ms").replace("%1", str(round(seconds * 1000))), self.language))
            self.plan_changed.emit()

        def error(exc: Exception) -> None:
            self.busy = False
            self.arrange_button.setEnabled(True)
            message = exc.message if isinstance(exc, UserError) else str(exc)
            self.status.setText(message)
            self.failed.emit(message)

        run_in_background(work, done, error)

    def ask_print(self) -> None:
        if not self.confirm_missing_persian():
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the seating PDFs in"), str(Path.home()))
        if folder:
            self.print_to(Path(folder))

    def confirm_missing_persian(self) -> bool:
        """Before printing: say who has no Persian name (the Persian sheets mark them for review)."""
        from accreditation.seating.views import missing_persian

        missing = missing_persian(self.view_data) if self.view_data is not None else []
        if not missing:
            return True
        names = ", ".join(s.display_latin for s in missing[:8]) + (" …" if len(missing) > 8 else "")
        text = self.tr(
            "%1 seated people have no Persian name: the Persian sheets show their Latin name marked for "
            "review (Protocol → Persian names adds them).\n\n%2\n\nPrint anyway?"
        ).replace("%1", localized_digits(str(len(missing)), self.language)).replace("%2", names)
        answer = QMessageBox.question(self, self.tr("Persian names missing"), text)
        return answer == QMessageBox.StandardButton.Yes

    def print_to(self, folder: Path) -> None:
        """Write the chart, the name cards and the seat slips into ``folder`` (off the UI thread)."""
        view, tables = self.view_data, self.tables
        assert view is not None
        code = self.session_code
        self.status.setText(self.tr("Printing…"))

        def work() -> list[str]:
            from accreditation.seating.chart import render_seating_chart
            from accreditation.seating.slips import render_seat_slips
            from accreditation.seating.tent_cards import card_for_seat, render_tent_cards

            written = [render_seating_chart(view, folder / f"seating-{code}.pdf", tables=tables).out_path]
            seated = [s for s in view.seats if s.occupied]
            if seated:
                written.append(render_tent_cards([card_for_seat(s) for s in seated], folder / f"cards-{code}.pdf").out_path)
            if any(s.delegate_id for s in seated):
                written.append(render_seat_slips(view, folder / f"slips-{code}.pdf", tables=tables).out_path)
            return [str(p) for p in written]

        def done(paths: list[str]) -> None:
            self.status.setText(self.tr("Saved: %1").replace("%1", ", ".join(Path(p).name for p in paths)))
            self.printed.emit(paths)

        def error(exc: Exception) -> None:
            message = exc.message if isinstance(exc, UserError) else str(exc)
            QMessageBox.warning(self, self.tr("Cannot print"), message)
            self.failed.emit(message)

        run_in_background(work, done, error)

    # --- choosing ---------------------------------------------------------------------------------
    def _session_chosen(self, index: int) -> None:
        code = self.session_box.itemData(index)
        if code and code != self.session_code:
            self.session_code = code
            self.reload()

    def _conflict_chosen(self, item: QListWidgetItem) -> None:
        self.scene.clearSelection()
        for label in item.data(Qt.ItemDataRole.UserRole) or []:
            if label in self.items:
                self.items[label].setSelected(True)
                self.room_view.centerOn(self.items[label])

    def _unseated_chosen(self, item: QListWidgetItem) -> None:
        """Double-click: the person goes to the first free seat (then drag them where they belong)."""
        assert self.view_data is not None
        free = next((s for s in self.view_data.seats if not s.occupied and not s.locked), None)
        if free is not None:
            self.move_to_seat(int(item.data(Qt.ItemDataRole.UserRole)), free.label)
