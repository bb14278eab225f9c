"""Icons from the desktop's theme, with Qt's own standard icons where the theme has none.

One helper for every menu and toolbar, so an action looks the same wherever it appears: on a Linux desk
the theme's icon (Breeze, Adwaita...), on Windows and macOS (no icon theme) the style's standard one.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QStyle, QWidget

SP = QStyle.StandardPixmap


def themed_icon(name: str, fallback: QStyle.StandardPixmap | None, widget: QWidget | None = None) -> QIcon:
    """The theme's icon ``name`` (a freedesktop icon name), else the style's ``fallback`` (None: no icon,
    and the button shows its words)."""
    style = widget.style() if widget is not None else QApplication.style()
    return QIcon.fromTheme(name, style.standardIcon(fallback) if fallback is not None else QIcon())


def set_icon(action: QAction, name: str, fallback: QStyle.StandardPixmap | None) -> QAction:
    """Give ``action`` its icon (shown in menus and on toolbars) and return it."""
    action.setIcon(themed_icon(name, fallback))
    return action
