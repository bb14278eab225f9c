"""What the main window hands each screen it installs: the desk's database, settings and language, the window
the screen's menus and dialogs belong to, and the people the window shows.

A screen (the People menu, badges, check-in, seating, approval) never sees the main window: it gets a
:class:`Desk`, builds its menu, actions and dialogs from it, and returns them; ``ui/main_window.py`` puts
them in the window. So the dependency goes one way, and a screen can be read and tested on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from accreditation.errors import UserError
from accreditation.store.database import Database

from .operator import ask_operator
from .people.selection import PeopleSelection

if TYPE_CHECKING:  # the offline machinery loads only for a desk on a server
    from accreditation.offline.link import DeskLink


@dataclass(frozen=True)
class Desk:
    db: Database
    settings: QSettings
    #: The window's language code ("fa", "en", "ru").
    language: str
    #: The parent of the screen's menus, dialogs and messages, whose status bar says what was done.
    window: QMainWindow
    #: Who is selected and on the card, and re-reading them after a change.
    people: PeopleSelection
    #: Shows a refusal of the core as the main window does.
    show_error: Callable[[UserError], None]
    #: A desk on a server: the server and this desk's replica (scans and prints fall back to it).
    link: DeskLink | None = None

    def operator(self) -> str | None:
        """The operator's name, asked once per shift; None when the person closed the dialog."""
        return ask_operator(self.window, self.settings)

    def status(self, text: str, timeout_ms: int = 8000) -> None:
        """A passing message in the window's status bar."""
        self.window.statusBar().showMessage(text, timeout_ms)
