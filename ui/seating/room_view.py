"""The view of the room: zoom (Ctrl+wheel, Ctrl+plus and minus, fit), and a seat cursor for the keyboard.

It opens at the zoom where the seats' words are drawn at the window's small font size (the whole room
when the window is large enough for that, else its front, the head table, where the work starts);
"fit" shows the whole room, with the names left to the tooltips when they would be too small to read.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from .items import SeatItem
from .legibility import SEAT_FONT_MM, small_font_px

#: One step of Ctrl+plus, Ctrl+minus or of the wheel.
ZOOM_STEP = 1.25
#: How far in one can zoom, in multiples of the readable zoom.
MAX_ZOOM = 6.0

_DIRECTIONS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}


class RoomView(QGraphicsView):
    """``zoom_changed`` carries the new scale (device pixels per scene millimetre); ``cursor_moved`` the
    label of the seat the arrow keys went to."""

    zoom_changed = Signal(float)
    cursor_moved = Signal(str)

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A floor plan is drawn as the room is, whatever the language's direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        #: "default" (readable, or the whole room when that is readable too), "fit" or "manual": what a
        #: resize keeps.
        self.mode = "default"
        self.cursor_label = ""
        # Whether the default view has been placed in a visible window (later resizes keep the place).
        self._placed = False

    # --- zoom ---------------------------------------------------------------------------------------
    def scale_now(self) -> float:
        return self.transform().m11()

    def readable_scale(self) -> float:
        """The zoom at which the seats' words are the window's small font size (a hair above)."""
        return (small_font_px(self) + 0.25) / SEAT_FONT_MM

    def fit_scale(self) -> float:
        rect = self.scene().sceneRect() if self.scene() is not None else QRectF()
        if rect.isEmpty():
            return 1.0
        port = self.viewport().rect()
        return min((port.width() - 4) / rect.width(), (port.height() - 4) / rect.height())

    def default_scale(self) -> float:
        return max(self.fit_scale(), self.readable_scale())

    def _set_scale(self, scale: float, anchor: QGraphicsView.ViewportAnchor) -> None:
        low = min(self.fit_scale(), self.readable_scale()) * 0.5
        scale = max(low, min(scale, self.readable_scale() * MAX_ZOOM))
        self.setTransformationAnchor(anchor)
        factor = scale / self.scale_now()
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_changed.emit(self.scale_now())

    def show_default(self) -> None:
        """The readable zoom, the front of the room (its head table) at the top of the view."""
        self.mode = "default"
        self._placed = self.isVisible()
        self._set_scale(self.default_scale(), QGraphicsView.ViewportAnchor.AnchorViewCenter)
        rect = self.scene().sceneRect() if self.scene() is not None else QRectF()
        if not rect.isEmpty():
            seats = [item.sceneBoundingRect().top() for item in self.seat_items()]
            top = max(rect.top(), min(seats, default=rect.top()) - SEAT_FONT_MM * 2)
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(QPointF(rect.center().x(), top + visible.height() / 2))

    def fit(self) -> None:
        """The whole room in the window."""
        self.mode = "fit"
        if self.scene() is not None and not self.scene().sceneRect().isEmpty():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit(self.scale_now())

    def zoom_in(self) -> None:
        self.mode = "manual"
        self._set_scale(self.scale_now() * ZOOM_STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_out(self) -> None:
        self.mode = "manual"
        self._set_scale(self.scale_now() / ZOOM_STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self.mode == "fit":
            self.fit()
        elif self.mode == "default" and not self._placed:
            self.show_default()
        elif self.mode == "default":  # the zoom follows the window; where the reader scrolled to stays
            self._set_scale(self.default_scale(), QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        """Ctrl+wheel zooms about the mouse pointer; the wheel alone scrolls, as everywhere."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.mode = "manual"
            self._set_scale(
                self.scale_now() * ZOOM_STEP**steps, QGraphicsView.ViewportAnchor.AnchorUnderMouse
            )
        event.accept()

    # --- the seat cursor ------------------------------------------------------------------------------
    def seat_items(self) -> list[SeatItem]:
        return [item for item in self.scene().items() if isinstance(item, SeatItem)] if self.scene() else []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """The arrow keys move the seat cursor to the nearest seat that way (the view follows)."""
        direction = _DIRECTIONS.get(Qt.Key(event.key()))
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if direction is None or not plain:
            super().keyPressEvent(event)
            return
        target = self.next_seat(direction)
        if target is not None:
            self.cursor_moved.emit(target.seat.label)
        event.accept()

    def next_seat(self, direction: tuple[float, float]) -> SeatItem | None:
        items = self.seat_items()
        here = next((i for i in items if i.seat.label == self.cursor_label), None)
        if here is None:
            return min(items, key=lambda i: (i.seat.row, i.pos().x()), default=None)
        dx, dy = direction
        best: tuple[float, SeatItem] | None = None
        for item in items:
            delta = item.pos() - here.pos()
            along = delta.x() * dx + delta.y() * dy
            if along <= 1:
                continue
            across = abs(delta.x() * dy) + abs(delta.y() * dx)
            if across > along * 3:  # more sideways than that way
                continue
            score = along + 2.5 * across
            if best is None or score < best[0]:
                best = (score, item)
        return best[1] if best else None

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        """The menu key (or Shift+F10) opens the menu of the seat under the keyboard's cursor."""
        item = next((i for i in self.seat_items() if i.seat.label == self.cursor_label), None)
        if event.reason() == event.Reason.Keyboard and item is not None:
            at = self.viewport().mapToGlobal(self.mapFromScene(item.scenePos()))
            item.editor.seat_menu(item.seat.label).exec(at)
            return
        super().contextMenuEvent(event)

    def show_cursor(self, item: SeatItem) -> None:
        self.cursor_label = item.seat.label
        margin = max(20, int(math.ceil(item.rect().width() * self.scale_now() * 0.3)))
        self.ensureVisible(item, margin, margin)
