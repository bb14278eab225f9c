"""The room as the seating editor draws it: seats and tables to scale, the unseated people, drag and drop."""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QDrag, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QListWidget,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from accreditation.event.rooms import TableSpec
from accreditation.seating.views import SeatView


class SeatHost(Protocol):
    """What the room's items ask of the seating editor they are drawn in."""

    language: str

    def font(self) -> QFont: ...

    def show_seat(self, seat: SeatView) -> None: ...

    def move_to_seat(self, delegate_id: int, label: str) -> bool: ...

    def unseat_person(self, delegate_id: int) -> bool: ...

    def seat_menu(self, label: str) -> QMenu: ...


MIME_DELEGATE = "application/x-accreditation-delegate"


def delegate_mime(delegate_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_DELEGATE, QByteArray(str(delegate_id).encode()))
    return mime


def mime_delegate(mime: QMimeData) -> int | None:
    if not mime.hasFormat(MIME_DELEGATE):
        return None
    text = bytes(mime.data(MIME_DELEGATE).data()).decode(errors="ignore")
    return int(text) if text.isdigit() else None


class SeatItem(QGraphicsRectItem):
    """One seat: its label, the names in both scripts, the category colour; a drop target."""

    def __init__(self, editor: SeatHost, seat: SeatView, width: float, height: float) -> None:
        super().__init__(QRectF(-width / 2, -height / 2, width, height))
        # Weak: the editor owns the scene which owns this item; no Python reference cycle through Qt objects.
        self._editor = weakref.ref(editor)
        self.seat = seat
        self.conflict = False
        self.setPos(seat.x_mm, seat.y_mm)
        self.setAcceptDrops(True)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self._hover = False
        self._press: QPointF | None = None
        self.update_tooltip()

    def update_tooltip(self) -> None:
        s = self.seat
        lines = [QCoreApplication.translate("SeatingEditor", "Seat %1").replace("%1", s.label)]
        if s.name_fa:
            lines.append(s.name_fa)
        if s.display_latin:
            lines.append(s.display_latin)
        rule = s.rule_fa if self.editor.language == "fa" else s.rule
        if rule:
            lines.append(rule)
        if s.locked:
            lines.append(QCoreApplication.translate("SeatingEditor", "Locked: kept when arranging again"))
        self.setToolTip("\n".join(lines))

    # drawing
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        s = self.seat
        rect = self.rect()
        colour = QColor(s.category_color if s.delegate_id else "#9E9E9E")
        fill = QColor("#FFFFFF") if s.occupied else QColor("#F1F1F1")
        if self._hover:
            fill = QColor("#FFF8E1")
        painter.setBrush(QBrush(fill))
        pen = QPen(QColor("#D32F2F") if self.conflict else colour)
        pen.setWidthF(rect.width() * (0.07 if self.conflict else 0.04))
        painter.setPen(pen)
        painter.drawRect(rect)
        if s.delegate_id:
            painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.14), colour)
        font = QFont(self.editor.font())
        font.setPixelSize(max(1, int(rect.height() * 0.16)))
        painter.setFont(font)
        painter.setPen(QColor("#616161"))
        top = QRectF(rect.left(), rect.top() + rect.height() * 0.14, rect.width(), rect.height() * 0.2)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, s.label + (" 🔒" if s.locked else ""))
        names = [n for n in (s.name_fa, s.display_latin) if n]
        if not names:
            return
        painter.setPen(QColor("#000000"))
        body = QRectF(rect.left() + rect.width() * 0.04, top.bottom(), rect.width() * 0.92,
                      rect.bottom() - top.bottom())
        line_h = body.height() / len(names)
        for i, name in enumerate(names):
            box = QRectF(body.left(), body.top() + i * line_h, body.width(), line_h)
            size = max(1, int(line_h * 0.62))
            font.setPixelSize(size)
            painter.setFont(font)
            while size > 1 and painter.fontMetrics().horizontalAdvance(name) > box.width():
                size = max(1, int(size * 0.88))
                font.setPixelSize(size)
                painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)

    # dragging out of a seat
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._press = event.screenPos().toPointF() if hasattr(event.screenPos(), "toPointF") else QPointF(event.screenPos())
        self.editor.show_seat(self.seat)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.seat.delegate_id is None or self._press is None or self.seat.locked:
            return
        drag = QDrag(event.widget())
        drag.setMimeData(delegate_mime(self.seat.delegate_id))
        self._press = None
        drag.exec(Qt.DropAction.MoveAction)

    # dropping onto a seat
    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 - Qt's name
        ok = mime_delegate(event.mimeData()) is not None and not self.seat.locked
        event.setAccepted(ok)
        self._hover = ok
        self.update()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 - Qt's name
        self._hover = False
        self.update()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 - Qt's name
        self._hover = False
        delegate_id = mime_delegate(event.mimeData())
        if delegate_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.editor.move_to_seat(delegate_id, self.seat.label)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        self.editor.seat_menu(self.seat.label).exec(event.screenPos())


    @property
    def editor(self) -> SeatHost:
        editor = self._editor()
        assert editor is not None
        return editor


class TableItem(QGraphicsRectItem):
    def __init__(self, table: TableSpec) -> None:
        super().__init__(QRectF(table.x_mm, table.y_mm, table.w_mm, table.h_mm))
        self.round = table.round
        self.setBrush(QBrush(QColor("#ECE6DC")))
        self.setPen(QPen(QColor("#9E9E9E"), 20))
        self.setZValue(-1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setBrush(self.brush())
        painter.setPen(self.pen())
        if self.round:
            painter.drawEllipse(self.rect())
        else:
            painter.drawRect(self.rect())


class UnseatedList(QListWidget):
    """People without a seat; drag one onto a seat, or drop a seated person here to unseat them."""

    def __init__(self, editor: SeatHost) -> None:
        super().__init__()
        self._editor = weakref.ref(editor)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    @property
    def editor(self) -> SeatHost:
        editor = self._editor()
        assert editor is not None
        return editor

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [MIME_DELEGATE]

    def mimeData(self, items) -> QMimeData:  # type: ignore[no-untyped-def, override]  # noqa: N802
        if not items:
            return QMimeData()
        return delegate_mime(int(items[0].data(Qt.ItemDataRole.UserRole)))

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        event.setAccepted(mime_delegate(event.mimeData()) is not None)

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        event.setAccepted(mime_delegate(event.mimeData()) is not None)

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        delegate_id = mime_delegate(event.mimeData())
        if delegate_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.editor.unseat_person(delegate_id)


class RoomView(QGraphicsView):
    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setAcceptDrops(True)
        # A floor plan is drawn as the room is, whatever the language's direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if self.scene() is not None and not self.scene().sceneRect().isEmpty():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)
