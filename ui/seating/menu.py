"""The main window's Seating menu: one entry per seated session, and the region name cards.

Its words keep the translation context they were first written under ("MainWindow").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.store.models import EventSession

from ..desk import Desk

if TYPE_CHECKING:  # the screens themselves load when first opened (start-up speed)
    from .editor import SeatingEditor


class SeatingActions:
    """The Seating menu and the editors it opened."""

    def __init__(self, desk: Desk) -> None:

        self.desk = desk
        self.menu = QMenu(QCoreApplication.translate("MainWindow", "&Seating"), desk.window)
        self.menu.setObjectName("seatingMenu")
        self.editors: list[SeatingEditor] = []
        with desk.db.sessions() as session:
            event = current_event(session)
            sessions = [
                (s.code, s.name_fa if desk.language == "fa" else s.name_en)
                for s in session.query(EventSession)
                .filter(EventSession.event_id == event.id)
                .order_by(EventSession.starts_at, EventSession.id)
                if s.room_code
            ]
        for code, name in sessions:
            action = QAction(
                QCoreApplication.translate("MainWindow", "Seat %1…").replace("%1", name), desk.window
            )
            action.setObjectName(f"seating_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.open_editor(c))
            self.menu.addAction(action)
        self.menu.addSeparator()
        cards = QAction(QCoreApplication.translate("MainWindow", "Region name cards…"), desk.window)
        cards.setObjectName("regionCardsAction")
        cards.triggered.connect(self.print_region_cards)
        self.menu.addAction(cards)

    def open_editor(self, code: str) -> SeatingEditor:
        from .editor import SeatingEditor

        editor = SeatingEditor(self.desk.db, code, self.desk.language, parent=self.desk.window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.editors.append(editor)
        editor.show()
        return editor

    def print_region_cards(self) -> None:
        from accreditation.seating.tent_cards import card_for_region, render_tent_cards
        from accreditation.seating.views import region_cards

        path, _ = QFileDialog.getSaveFileName(
            self.desk.window,
            QCoreApplication.translate("MainWindow", "Save region cards"),
            str(Path.home() / "region-cards.pdf"),
            QCoreApplication.translate("MainWindow", "PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            with self.desk.db.sessions() as session:
                regions = region_cards(session, current_event(session))
            render_tent_cards([card_for_region(r) for r in regions], path)
        except UserError as exc:
            self.desk.show_error(exc)


def install_seating_actions(desk: Desk) -> SeatingActions:
    """The Seating menu, for the main window to put in place."""
    return SeatingActions(desk)
