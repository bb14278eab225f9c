"""The main window's Check-in menu: a check-in desk, a session's door, the protocol dashboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ..desk import Desk
from ..widgets.icons import SP, set_icon

if TYPE_CHECKING:  # the screens themselves load when first opened (start-up speed)
    pass


class CheckinActions:
    """The Check-in menu, and the windows it opened (kept alive with the main window)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.windows: list[QWidget] = []
        self.menu = QMenu(QCoreApplication.translate("CheckIn", "&Check-in"), desk.window)
        self.menu.setObjectName("checkinMenu")
        actions: list[QAction] = []
        for text, slot, name, shortcut, icon in (
            (QCoreApplication.translate("CheckIn", "Check-in &desk…"), lambda: self.open_desk(False),
             "actionCheckinDesk", "Ctrl+K", ("scanner", SP.SP_DialogApplyButton)),
            (QCoreApplication.translate("CheckIn", "D&oor…"), lambda: self.open_desk(True),
             "actionCheckinDoor", "Ctrl+Shift+K", ("go-next", SP.SP_ArrowForward)),
            (QCoreApplication.translate("CheckIn", "&Dashboard…"), self.open_dashboard,
             "actionDashboard", "Ctrl+Shift+D", ("x-office-presentation", SP.SP_FileDialogInfoView)),
        ):
            action = set_icon(QAction(text, desk.window), *icon)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.menu.addAction(action)
            actions.append(action)
        self.action_desk, self.action_door, self.action_dashboard = actions

    def _open(self, widget: QWidget) -> None:
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        widget.destroyed.connect(lambda *_: self.windows.remove(widget) if widget in self.windows else None)
        self.windows.append(widget)
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def open_desk(self, door: bool) -> None:
        from .window import CheckInWindow

        operator = self.desk.operator()
        if operator is None:
            return
        desk = self.desk
        self._open(CheckInWindow(desk.db, desk.settings, desk.language, door=door, operator=operator, link=desk.link))

    def open_dashboard(self) -> None:
        from ..dashboard import DashboardWindow

        self._open(DashboardWindow(self.desk.db, self.desk.language, settings=self.desk.settings))


def install_checkin_actions(desk: Desk) -> CheckinActions:
    """The Check-in menu (desk, door, dashboard), for the main window to put in place."""
    return CheckinActions(desk)
