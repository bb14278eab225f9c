"""The room as the seating editor draws it: seats and tables, the unseated people, drag and drop."""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QDrag, QFont, QFontMetricsF, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QListWidget,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from accreditation.event.rooms import TableSpec
from accreditation.names.display import has_persian
from accreditation.names.short_names import short_names_for_reader
from accreditation.seating.views import SeatView

from .legibility import UNREADABLE_SHARE, fit_name, seat_font


class SeatHost(Protocol):
    """What the room's items ask of the seating editor they are drawn in."""

    language: str
    #: The window's small font size in pixels (:func:`~.legibility.small_font_px`).
    small_px: float

    def font(self) -> QFont: ...

    def region_colour(self, seat: SeatView) -> str: ...

    def region_name(self, seat: SeatView) -> str: ...

    def set_cursor(self, label: str) -> None: ...

    def pick_from_list(self, delegate_id: int) -> None: ...

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


def start_drag(source: QWidget | None, delegate_id: int, text: str) -> None:
    """Drag a person (from the list or a seat) with their name under the pointer."""
    drag = QDrag(source)
    drag.setMimeData(delegate_mime(delegate_id))
    if text and source is not None:
        metrics = source.fontMetrics()
        pixmap = QPixmap(metrics.horizontalAdvance(text) + 16, metrics.height() + 8)
        pixmap.fill(QColor("#FFF8E1"))
        painter = QPainter(pixmap)
        painter.setPen(QColor("#000000"))
        painter.setFont(source.font())
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        drag.setPixmap(pixmap)
    drag.exec(Qt.DropAction.MoveAction)


class SeatItem(QGraphicsRectItem):
    """One seat: its label on the region's colour, the occupant's short name in the reader's script, the
    category colour around it; a drop target, and a drag source when someone sits there."""

    def __init__(self, editor: SeatHost, seat: SeatView, width: float, height: float) -> None:
        super().__init__(QRectF(-width / 2, -height / 2, width, height))
        # Weak: the editor owns the scene which owns this item; no Python reference cycle through Qt objects.
        self._editor = weakref.ref(editor)
        self.seat = seat
        self.conflict = False
        #: The keyboard's seat cursor is here / this seat's occupant is being moved by keyboard.
        self.is_cursor = False
        self.is_carried = False
        #: What the last paint drew: the words' size in device pixels (0: too small, not drawn) and the
        #: name's lines.
        self.drawn_px = 0.0
        self.drawn_lines: list[str] = []
        self.setPos(seat.x_mm, seat.y_mm)
        self.setAcceptDrops(True)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self._hover = False
        self._press: QPointF | None = None
        self._lines: tuple[float, list[str]] | None = None
        self.update_tooltip()

    def set_seat(self, seat: SeatView) -> None:
        self.seat = seat
        self._lines = None
        self.update_tooltip()
        self.update()

    def short_names(self) -> list[str]:
        """The occupant's name as this seat can show it, longest first, in the reader's script."""
        s = self.seat
        if s.delegate_id is None:
            return [s.reserved_for] if s.reserved_for else []
        family = s.family_latin
        given = s.name_latin[: -len(family)].strip() if family and s.name_latin.endswith(family) else ""
        return short_names_for_reader(
            self.editor.language,
            given_latin=given,
            family_latin=family or s.name_latin,
            name_fa=s.name_fa,
            name_native=s.name_native,
        )

    def update_tooltip(self) -> None:
        s = self.seat
        lines = [QCoreApplication.translate("SeatingEditor", "Seat %1").replace("%1", s.label)]
        for text in (s.name_fa, s.display_latin, s.name_native):
            if text and text not in lines:
                lines.append(text)
        rule = s.rule_fa if self.editor.language == "fa" else s.rule
        if rule:
            lines.append(rule)
        if s.locked:
            lines.append(QCoreApplication.translate("SeatingEditor", "Locked: kept when arranging again"))
        self.setToolTip("\n".join(lines))

    # drawing
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        s, editor = self.seat, self.editor
        rect = self.rect()
        category = QColor(s.category_color if s.delegate_id else "#9E9E9E")
        fill = QColor("#FFFFFF") if s.occupied else QColor("#F3F3F3")
        if self.isSelected():
            fill = QColor("#FFF3C4")
        if self.is_carried:
            fill = QColor("#E3F2FD")
        if self._hover:
            fill = QColor("#FFF8E1")
        painter.setBrush(QBrush(fill))
        pen = QPen(QColor("#D32F2F") if self.conflict else category)
        pen.setWidthF(rect.width() * (0.07 if self.conflict else 0.035))
        painter.setPen(pen)
        painter.drawRect(rect)
        font = seat_font(editor.font())
        metrics = QFontMetricsF(font)
        band = QRectF(rect.left(), rect.top(), rect.width(), min(metrics.height() * 1.2, rect.height() * 0.4))
        region = QColor(editor.region_colour(s)) if s.delegate_id else QColor("#D6D6D6")
        painter.fillRect(band, region)
        if self.is_cursor:
            cursor = QPen(QColor("#0D47A1"))
            cursor.setWidthF(rect.width() * 0.07)
            cursor.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(cursor)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = cursor.widthF() / 2
            painter.drawRect(rect.adjusted(-inset, -inset, inset, inset))
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        device_px = font.pixelSize() * scale
        if device_px < editor.small_px * UNREADABLE_SHARE:
            self.drawn_px, self.drawn_lines = 0.0, []
            return  # a whole room in the window: colours only, the names in the tooltips
        painter.setFont(font)
        painter.setPen(QColor("#000000") if region.lightnessF() > 0.6 else QColor("#FFFFFF"))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, s.label + (" 🔒" if s.locked else ""))
        pad = rect.width() * 0.05
        body = QRectF(rect.left() + pad, band.bottom() + pad / 2, rect.width() - 2 * pad,
                      rect.bottom() - band.bottom() - pad)
        line_h = metrics.lineSpacing()
        room = max(1, int(body.height() // line_h))
        if self._lines is None or self._lines[0] != body.width():
            self._lines = (body.width(), fit_name(self.short_names(), metrics, body.width(), min(3, room)))
        lines = self._lines[1]
        self.drawn_px, self.drawn_lines = device_px, list(lines)
        painter.setPen(QColor("#000000"))
        top = body.top() + max(0.0, (body.height() - line_h * max(len(lines), 1)) / 2) if room < 3 else body.top()
        for i, line in enumerate(lines):
            # Each name in its own direction (an ellipsis after a Latin name stays on its right in Persian).
            painter.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if has_persian(line) else Qt.LayoutDirection.LeftToRight)
            painter.drawText(QRectF(body.left(), top + i * line_h, body.width(), line_h),
                             Qt.AlignmentFlag.AlignCenter, line)
        where = editor.region_name(s)
        if where and room >= len(lines) + 1:
            painter.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if has_persian(where) else Qt.LayoutDirection.LeftToRight)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(body.left(), body.bottom() - line_h, body.width(), line_h),
                             Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(where, Qt.TextElideMode.ElideRight, body.width()))

    # dragging out of a seat
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._press = QPointF(event.screenPos())
        self.editor.set_cursor(self.seat.label)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.seat.delegate_id is None or self._press is None or self.seat.locked:
            return
        if (QPointF(event.screenPos()) - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        names = self.short_names()
        start_drag(event.widget(), self.seat.delegate_id, names[0] if names else "")

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._press = None
        super().mouseReleaseEvent(event)

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
        self.editor.set_cursor(self.seat.label)
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

    def startDrag(self, supported_actions) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        item = self.currentItem()
        if item is not None:
            start_drag(self, int(item.data(Qt.ItemDataRole.UserRole)), item.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter takes the chosen person to the plan, to be put in a seat with the arrow keys and Enter."""
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.editor.pick_from_list(int(item.data(Qt.ItemDataRole.UserRole)))
            return
        super().keyPressEvent(event)
