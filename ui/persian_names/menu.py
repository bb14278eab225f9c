"""The Protocol menu's "Persian names…": the review screen, one window per main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..desk import Desk
from ..widgets.icons import SP, set_icon

if TYPE_CHECKING:  # the screen loads when first opened (start-up speed)
    from .window import PersianNamesWindow


class PersianNamesActions:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.window: PersianNamesWindow | None = None
        self.action = QAction(QCoreApplication.translate("PersianNames", "&Persian names…"), desk.window)
        self.action.setObjectName("actionPersianNames")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        set_icon(self.action, "accessories-dictionary", SP.SP_FileDialogListView)
        self.action.triggered.connect(self.open_window)

    def open_window(self) -> PersianNamesWindow:
        from .window import PersianNamesWindow

        window = self.window
        if window is None:
            window = PersianNamesWindow(self.desk.db, self.desk.operator, self.desk.language)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.destroyed.connect(lambda *_: setattr(self, "window", None))
            window.accepted.connect(lambda _ids: self.desk.people.refresh())
            self.window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window


def install_persian_names_actions(desk: Desk) -> PersianNamesActions:
    """The "Persian names…" action, for the main window to put in its Protocol menu."""
    return PersianNamesActions(desk)
