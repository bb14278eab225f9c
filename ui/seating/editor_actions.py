"""The seating editor's menus: the plan (arrange, print), the seat under the keyboard's cursor, and the
zoom, each with its shortcut shown beside it.

The seat's keys (Enter, Delete, Esc) work while the room has the focus, so that they keep their usual
meaning in the lists and boxes beside it; the zoom's work anywhere in the editor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolButton, QWidget

from ..widgets.icons import themed_icon
from .room_view import RoomView

_Keys = Sequence[QKeySequence | QKeySequence.StandardKey | str]


class EditorCommands(Protocol):
    """What the menus ask of the seating editor."""

    room_view: RoomView

    def arrange(self) -> None: ...

    def ask_order(self) -> None: ...

    def ask_print(self) -> None: ...

    def place_at_cursor(self) -> None: ...

    def unseat_at_cursor(self) -> None: ...

    def lock_at_cursor(self) -> None: ...

    def cancel_move(self) -> None: ...


class EditorActions:
    """The actions, by name (``zoom_in``, ``place``...), and the menus they are in."""

    def __init__(self, window: QMainWindow, editor: EditorCommands) -> None:
        self.window = window
        view = editor.room_view
        bar = window.menuBar()

        plan = bar.addMenu(QCoreApplication.translate("SeatingEditor", "P&lan"))
        self.arrange = self._action(
            plan,
            "arrangeAction",
            QCoreApplication.translate("SeatingEditor", "&Arrange"),
            editor.arrange,
            ["Ctrl+R"],
            icon=("view-refresh", QStyle.StandardPixmap.SP_BrowserReload),
        )
        self.order = self._action(
            plan,
            "orderAction",
            QCoreApplication.translate("SeatingEditor", "&Order by hand…"),
            editor.ask_order,
            [],
        )
        self.print = self._action(
            plan,
            "printAction",
            QCoreApplication.translate("SeatingEditor", "&Print…"),
            editor.ask_print,
            [QKeySequence.StandardKey.Print],
            icon=("document-print", QStyle.StandardPixmap.SP_DialogSaveButton),
        )
        plan.addSeparator()
        self.close = self._action(
            plan,
            "closeAction",
            QCoreApplication.translate("SeatingEditor", "&Close"),
            window.close,
            [QKeySequence.StandardKey.Close],
        )

        seat = bar.addMenu(QCoreApplication.translate("SeatingEditor", "S&eat"))
        seat_keys = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.place = self._action(
            seat,
            "placeAction",
            QCoreApplication.translate("SeatingEditor", "&Place or move the chosen person"),
            editor.place_at_cursor,
            ["Return", "Enter", "Space"],
            view,
            seat_keys,
        )
        self.remove = self._action(
            seat,
            "removeAtCursorAction",
            QCoreApplication.translate("SeatingEditor", "&Remove from seat"),
            editor.unseat_at_cursor,
            ["Del", "Backspace"],
            view,
            seat_keys,
        )
        self.lock = self._action(
            seat,
            "lockAtCursorAction",
            QCoreApplication.translate("SeatingEditor", "&Lock or unlock seat"),
            editor.lock_at_cursor,
            ["Ctrl+L"],
            view,
            seat_keys,
        )
        self.cancel = self._action(
            seat,
            "cancelMoveAction",
            QCoreApplication.translate("SeatingEditor", "&Cancel the move"),
            editor.cancel_move,
            ["Esc"],
            view,
            seat_keys,
        )

        zoom = bar.addMenu(QCoreApplication.translate("SeatingEditor", "&View"))
        self.zoom_in = self._action(
            zoom,
            "zoomInAction",
            QCoreApplication.translate("SeatingEditor", "Zoom &in"),
            view.zoom_in,
            [QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"],
            icon=("zoom-in", None),
        )
        self.zoom_out = self._action(
            zoom,
            "zoomOutAction",
            QCoreApplication.translate("SeatingEditor", "Zoom &out"),
            view.zoom_out,
            [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"],
            icon=("zoom-out", None),
        )
        self.fit = self._action(
            zoom,
            "fitAction",
            QCoreApplication.translate("SeatingEditor", "&Fit the whole room"),
            view.fit,
            ["Ctrl+0"],
            icon=("zoom-fit-best", None),
        )
        self.readable = self._action(
            zoom,
            "readableAction",
            QCoreApplication.translate("SeatingEditor", "&Readable size"),
            view.show_default,
            ["Ctrl+1"],
            icon=("zoom-original", None),
        )

    def _action(
        self,
        menu,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: _Keys,  # type: ignore[no-untyped-def]
        widget: QWidget | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
        icon: tuple[str, QStyle.StandardPixmap | None] | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            for sequence in (
                QKeySequence.keyBindings(key)
                if isinstance(key, QKeySequence.StandardKey)
                else [QKeySequence(key)]
            ):
                if not sequence.isEmpty() and sequence not in shortcuts:
                    shortcuts.append(sequence)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(context)
        if icon is not None:
            action.setIcon(themed_icon(*icon, self.window))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        (widget or self.window).addAction(action)
        return action

    def tool_button(self, action: QAction) -> QToolButton:
        """A flat button that does ``action``: its theme icon, else its words; the tooltip names the
        shortcut."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if not action.icon().isNull()
            else Qt.ToolButtonStyle.ToolButtonTextOnly
        )
        button.setToolTip(
            f"{action.text().replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        return button
