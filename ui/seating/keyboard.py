"""The seating editor's keyboard: a seat cursor the arrow keys move, Enter to seat or to pick up, Delete
to unseat, Esc to let go: everything the mouse does by dragging.

A mix-in of :class:`~.editor.SeatingEditor`, which stores the changes (``move_to_seat``, ``unseat_person``,
``set_locked``) through the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from accreditation.names.display import name_for_reader
from accreditation.seating.views import PlanView, SeatView

from ..labels import localized_digits
from .items import SeatItem, UnseatedList
from .room_view import RoomView


class SeatCursor:
    """The keyboard's way through the plan."""

    language: str
    items: dict[str, SeatItem]
    room_view: RoomView
    unseated: UnseatedList
    status: QLabel
    zoom_label: QLabel
    view_data: PlanView | None
    # The person the keyboard is moving (picked up from a seat or taken from the list), if any.
    carrying: int | None = None

    if TYPE_CHECKING:  # the editor's own

        def show_seat(self, seat: SeatView) -> None: ...

        def move_to_seat(self, delegate_id: int, label: str) -> bool: ...

        def unseat_person(self, delegate_id: int) -> bool: ...

        def set_locked(self, label: str, locked: bool) -> bool: ...

    def set_cursor(self, label: str) -> None:
        """Put the seat cursor on ``label`` (the view follows) and show the seat beside the plan."""
        item = self.items.get(label)
        if item is None:
            return
        old = self.items.get(self.room_view.cursor_label)
        if old is not None and old is not item:
            old.is_cursor = False
            old.update()
        item.is_cursor = True
        item.update()
        self.room_view.show_cursor(item)
        self.show_seat(item.seat)

    def _set_carrying(self, delegate_id: int | None) -> None:
        self.carrying = delegate_id
        for item in self.items.values():
            carried = delegate_id is not None and item.seat.delegate_id == delegate_id
            if item.is_carried != carried:
                item.is_carried = carried
                item.update()

    def _chosen_in_list(self) -> int | None:
        chosen = self.unseated.selectedItems()
        return int(chosen[0].data(Qt.ItemDataRole.UserRole)) if chosen else None

    def _person_name(self, delegate_id: int) -> str:
        view = self.view_data
        assert view is not None
        for seat in view.seats:
            if seat.delegate_id == delegate_id:
                return name_for_reader(self.language, latin=seat.display_latin, name_fa=seat.name_fa,
                                       name_native=seat.name_native)
        for person in view.unseated:
            if person.delegate_id == delegate_id:
                return name_for_reader(self.language, latin=person.name_latin, name_fa=person.name_fa,
                                       name_native=person.name_native)
        return str(delegate_id)

    def _say_moving(self, delegate_id: int) -> None:
        self.status.setText(QCoreApplication.translate("SeatingEditor", "Seating %1: choose a seat with the arrow keys and press Enter; Esc lets go")
                            .replace("%1", self._person_name(delegate_id)))

    def pick_from_list(self, delegate_id: int) -> None:
        """Take a person from the unseated list to the plan: the cursor goes to a free seat if it is not on
        one, and Enter there seats them."""
        self._set_carrying(delegate_id)
        here = self.items.get(self.room_view.cursor_label)
        if here is None or here.seat.occupied or here.seat.locked:
            free = next((i for i in sorted(self.items.values(), key=lambda i: (i.seat.row, abs(i.seat.position), i.seat.position))
                         if not i.seat.occupied and not i.seat.locked), None)
            if free is not None:
                self.set_cursor(free.seat.label)
        self.room_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say_moving(delegate_id)

    def place_at_cursor(self) -> None:
        """Enter on the plan: seat the person being moved (or the one chosen in the list) at the cursor,
        swapping with whoever sits there; with nobody being moved, pick up the seat's occupant."""
        item = self.items.get(self.room_view.cursor_label)
        if item is None:
            first = self.room_view.next_seat((1.0, 0.0))
            if first is not None:
                self.set_cursor(first.seat.label)
            return
        seat = item.seat
        person = self.carrying if self.carrying is not None else self._chosen_in_list()
        if person is not None:
            self._set_carrying(None)
            if person != seat.delegate_id:
                self.move_to_seat(person, seat.label)
            return
        if seat.delegate_id is not None and not seat.locked:
            self._set_carrying(seat.delegate_id)
            self._say_moving(seat.delegate_id)

    def unseat_at_cursor(self) -> None:
        item = self.items.get(self.room_view.cursor_label)
        if item is not None and item.seat.delegate_id is not None:
            self._set_carrying(None)
            self.unseat_person(item.seat.delegate_id)

    def lock_at_cursor(self) -> None:
        item = self.items.get(self.room_view.cursor_label)
        if item is not None:
            self.set_locked(item.seat.label, not item.seat.locked)

    def cancel_move(self) -> None:
        self._set_carrying(None)
        self.unseated.clearSelection()
        self.status.setText("")

    def _list_chosen(self) -> None:
        if self.unseated.selectedItems():
            self._set_carrying(None)  # the list's choice is the one Enter will seat

    def _zoom_shown(self, scale: float) -> None:
        percent = round(100 * scale / self.room_view.readable_scale())
        self.zoom_label.setText(localized_digits(QCoreApplication.translate("SeatingEditor", "Zoom %1%").replace("%1", str(percent)), self.language))
