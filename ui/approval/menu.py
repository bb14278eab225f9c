"""The main window's Protocol menu: the approval queue (one window per main window, raised when open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..desk import Desk
from ..widgets.icons import SP, set_icon

if TYPE_CHECKING:  # the screens themselves load when first opened (start-up speed)
    from .window import ApprovalQueueWindow


class ApprovalActions:
    """The Protocol menu and its queue window; the main window's people are re-read after each decision."""

    def __init__(self, desk: Desk) -> None:

        self.desk = desk
        self.queue: ApprovalQueueWindow | None = None
        self.menu = QMenu(QCoreApplication.translate("Approval", "&Protocol"), desk.window)
        self.menu.setObjectName("protocolMenu")
        self.action = QAction(QCoreApplication.translate("Approval", "&Approval queue…"), desk.window)
        self.action.setObjectName("actionApprovalQueue")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        set_icon(self.action, "mail-mark-important", SP.SP_MessageBoxQuestion)
        self.menu.addAction(self.action)
        self.action.triggered.connect(self.open_queue)

    def open_queue(self) -> ApprovalQueueWindow:
        from .window import ApprovalQueueWindow

        queue = self.queue
        if queue is None:
            queue = ApprovalQueueWindow(self.desk.db, self.desk.operator, self.desk.language)
            queue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            queue.destroyed.connect(lambda *_: setattr(self, "queue", None))
            queue.decided.connect(lambda _ids: self.desk.people.refresh())
            self.queue = queue
        queue.show()
        queue.raise_()
        queue.activateWindow()
        return queue


def install_approval_actions(desk: Desk) -> ApprovalActions:
    """The Protocol menu, for the main window to put in place."""
    return ApprovalActions(desk)
