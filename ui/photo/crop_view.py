"""The picture to frame: shown upright as the core will read it, with a movable, resizable 3:4 box."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import (
    QMargins,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from accreditation.people.photos import (
    ASPECT,
    CropBox,
    default_crop_box,
    load_photo,
)

#: The picture shown for framing is at most this many pixels on its longer side (the stored photo is
#: cut from the original file, not from this preview).
PREVIEW_SIDE = 1600
#: The crop box is never smaller than this many source pixels wide.
MIN_CROP_WIDTH = 30
_HANDLE = 12


def upright_preview(source: str | Path | bytes) -> tuple[bytes, int, int, tuple[int, int]]:
    """The picture as the core will see it (EXIF orientation applied, RGB), scaled for the screen.

    Returns RGB bytes, their width and height, and the upright source size. Runs off the UI thread.
    Checked with ``load_photo`` first, so anything unusable raises the core's :class:`PhotoError`.
    """
    checked = load_photo(source)  # PhotoError with the desk's sentence for anything unusable
    from PIL import Image, ImageOps

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (PREVIEW_SIDE, PREVIEW_SIDE))
        upright = ImageOps.exif_transpose(image) or image
        if upright.mode in ("RGBA", "LA", "P", "PA"):
            upright = upright.convert("RGBA")
            background = Image.new("RGB", upright.size, (255, 255, 255))
            background.paste(upright, mask=upright.getchannel("A"))
            upright = background
        else:
            upright = upright.convert("RGB")
        upright.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
        return upright.tobytes(), upright.width, upright.height, checked.source_size


def rgb_image(data: bytes, width: int, height: int) -> QImage:
    return QImage(data, width, height, width * 3, QImage.Format.Format_RGB888).copy()


class CropView(QWidget):
    """The picture with a movable, resizable 3:4 box; the box is kept in fractions of the picture."""

    crop_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cropView")
        # A picture is never mirrored, whatever the interface language.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMinimumSize(360, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._image = QImage()
        self._box: CropBox = (0.0, 0.0, 1.0, 1.0)
        self._drag: str | None = None  # "move" or a corner: "tl", "tr", "bl", "br"
        self._drag_start = QPointF()
        self._box_start: CropBox = self._box
        self.placeholder = ""

    # --- state ----------------------------------------------------------------------------------------
    def has_image(self) -> bool:
        return not self._image.isNull()

    def image(self) -> QImage:
        return self._image

    def set_image(self, image: QImage, keep_box: bool = False) -> None:
        self._image = image
        if not keep_box or image.isNull():
            self._box = (
                default_crop_box(image.width(), image.height())
                if not image.isNull()
                else (0.0, 0.0, 1.0, 1.0)
            )
        self.update()
        self.crop_changed.emit()

    def crop_box(self) -> CropBox:
        return self._box

    def set_crop_box(self, box: CropBox) -> None:
        self._box = self._fitted(box)
        self.update()
        self.crop_changed.emit()

    # --- geometry -------------------------------------------------------------------------------------
    def image_rect(self) -> QRectF:
        """Where the picture is drawn: fitted into the widget, centred, aspect kept."""
        if self._image.isNull():
            return QRectF()
        size = QSize(self._image.width(), self._image.height()).scaled(
            self.size().shrunkBy(QMargins(8, 8, 8, 8)),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def box_rect(self) -> QRectF:
        """The crop box in widget coordinates."""
        r = self.image_rect()
        left, top, right, bottom = self._box
        return QRectF(
            r.x() + left * r.width(),
            r.y() + top * r.height(),
            (right - left) * r.width(),
            (bottom - top) * r.height(),
        )

    def _fitted(self, box: CropBox) -> CropBox:
        """The box made exactly 3:4 in picture pixels, inside the picture, not too small."""
        if self._image.isNull():
            return box
        w_px, h_px = self._image.width(), self._image.height()
        left, top, right, bottom = box
        width = max((right - left) * w_px, min(MIN_CROP_WIDTH, w_px))
        height = width / ASPECT
        if height > h_px:
            height = h_px
            width = height * ASPECT
        if width > w_px:
            width = w_px
            height = width / ASPECT
        cx = (left + right) / 2 * w_px
        cy = (top + bottom) / 2 * h_px
        x0 = min(max(cx - width / 2, 0.0), w_px - width)
        y0 = min(max(cy - height / 2, 0.0), h_px - height)
        return (x0 / w_px, y0 / h_px, (x0 + width) / w_px, (y0 + height) / h_px)

    def _corner_at(self, pos: QPointF) -> str | None:
        rect = self.box_rect()
        corners = {
            "tl": rect.topLeft(),
            "tr": rect.topRight(),
            "bl": rect.bottomLeft(),
            "br": rect.bottomRight(),
        }
        for name, point in corners.items():
            if abs(point.x() - pos.x()) <= _HANDLE and abs(point.y() - pos.y()) <= _HANDLE:
                return name
        return None

    # --- painting -------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#303030"))
        if self._image.isNull():
            painter.setPen(QColor("#E0E0E0"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder
            )
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        image_rect = self.image_rect()
        painter.drawImage(image_rect, self._image)
        box = self.box_rect()
        # Darken what will be cut away.
        shade = QColor(0, 0, 0, 140)
        painter.fillRect(
            QRectF(image_rect.left(), image_rect.top(), image_rect.width(), box.top() - image_rect.top()),
            shade,
        )
        painter.fillRect(
            QRectF(image_rect.left(), box.bottom(), image_rect.width(), image_rect.bottom() - box.bottom()),
            shade,
        )
        painter.fillRect(
            QRectF(image_rect.left(), box.top(), box.left() - image_rect.left(), box.height()), shade
        )
        painter.fillRect(
            QRectF(box.right(), box.top(), image_rect.right() - box.right(), box.height()), shade
        )
        painter.setPen(QPen(QColor("#FFFFFF"), 2))
        painter.drawRect(box)
        # Thirds, to place the eyes.
        painter.setPen(QPen(QColor(255, 255, 255, 110), 1, Qt.PenStyle.DashLine))
        for i in (1, 2):
            painter.drawLine(
                QPointF(box.left() + box.width() * i / 3, box.top()),
                QPointF(box.left() + box.width() * i / 3, box.bottom()),
            )
            painter.drawLine(
                QPointF(box.left(), box.top() + box.height() * i / 3),
                QPointF(box.right(), box.top() + box.height() * i / 3),
            )
        painter.setPen(QPen(QColor("#FFFFFF"), 1))
        painter.setBrush(QColor("#1E88E5"))
        for point in (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()):
            painter.drawRect(QRectF(point.x() - _HANDLE / 2, point.y() - _HANDLE / 2, _HANDLE, _HANDLE))

    # --- mouse and keys -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._image.isNull() or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        corner = self._corner_at(pos)
        if corner is not None:
            self._drag = corner
        elif self.box_rect().contains(pos):
            self._drag = "move"
        else:
            self._drag = None
            return
        self._drag_start = pos
        self._box_start = self._box

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._drag is None:
            corner = self._corner_at(pos) if self.has_image() else None
            if corner in ("tl", "br"):
                self.setCursor(Qt.CursorShape.SizeFDiagCursor)
            elif corner in ("tr", "bl"):
                self.setCursor(Qt.CursorShape.SizeBDiagCursor)
            elif self.has_image() and self.box_rect().contains(pos):
                self.setCursor(Qt.CursorShape.SizeAllCursor)
            else:
                self.unsetCursor()
            return
        self.drag_to(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            self.drag_to(event.position())
        self._drag = None

    def drag_to(self, pos: QPointF) -> None:
        """Move or resize from the press point to ``pos`` (widget coordinates)."""
        r = self.image_rect()
        if r.width() <= 0 or r.height() <= 0 or self._drag is None:
            return
        dx = (pos.x() - self._drag_start.x()) / r.width()
        dy = (pos.y() - self._drag_start.y()) / r.height()
        left, top, right, bottom = self._box_start
        if self._drag == "move":
            w, h = right - left, bottom - top
            nl = min(max(left + dx, 0.0), 1.0 - w)
            nt = min(max(top + dy, 0.0), 1.0 - h)
            self._box = (nl, nt, nl + w, nt + h)
        else:
            # The opposite corner stays; the dragged one follows the mouse, the box stays 3:4.
            w_px, h_px = self._image.width(), self._image.height()
            ax = left if "l" not in self._drag else right
            ay = top if "t" not in self._drag else bottom
            px = (pos.x() - r.x()) / r.width()
            py = (pos.y() - r.y()) / r.height()
            width = abs(px - ax) * w_px
            height = abs(py - ay) * h_px
            width = max(width, height * ASPECT, MIN_CROP_WIDTH)
            # Limited by the picture's edges on the dragged side.
            room_x = (ax if "l" in self._drag else 1.0 - ax) * w_px
            room_y = (ay if "t" in self._drag else 1.0 - ay) * h_px
            width = min(width, room_x, room_y * ASPECT)
            height = width / ASPECT
            fw, fh = width / w_px, height / h_px
            nl = ax - fw if "l" in self._drag else ax
            nt = ay - fh if "t" in self._drag else ay
            self._box = (nl, nt, nl + fw, nt + fh)
        self.update()
        self.crop_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Arrows move the box, + and - resize it: framing without a mouse."""
        if self._image.isNull():
            return super().keyPressEvent(event)
        step = 0.01
        left, top, right, bottom = self._box
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        if key in moves:
            dx, dy = moves[key]
            w, h = right - left, bottom - top
            nl = min(max(left + dx, 0.0), 1.0 - w)
            nt = min(max(top + dy, 0.0), 1.0 - h)
            self.set_crop_box((nl, nt, nl + w, nt + h))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = 1.05 if key != Qt.Key.Key_Minus else 1 / 1.05
            cx, cy = (left + right) / 2, (top + bottom) / 2
            hw, hh = (right - left) * factor / 2, (bottom - top) * factor / 2
            self.set_crop_box((cx - hw, cy - hh, cx + hw, cy + hh))
        else:
            super().keyPressEvent(event)
