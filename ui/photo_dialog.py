"""A person's photo: from a file or the desk's camera, framed with a 3:4 box the desk drags into place.

What is stored is the core's business (``load_photo`` turns the picture upright, to RGB, crops and
scales it; ``set_delegate_photo`` stores it with an audit entry). This dialog shows the upright picture,
lets the desk move and resize the crop box, and reports any :class:`PhotoError` as a sentence.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMargins,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from accreditation.errors import UserError
from accreditation.people.photos import (
    ASPECT,
    SMALL_SIDE,
    CropBox,
    PhotoError,
    default_crop_box,
    load_photo,
    set_delegate_photo,
)
from accreditation.store.database import Database
from accreditation.store.models import Delegate

from .background import run_in_background
from .labels import localized_number

log = logging.getLogger(__name__)

#: The picture shown for framing is at most this many pixels on its longer side (the stored photo is
#: cut from the original file, not from this preview).
PREVIEW_SIDE = 1600
#: The crop box is never smaller than this many source pixels wide.
MIN_CROP_WIDTH = 30
_HANDLE = 12
_ERROR_STYLE = "color: #B71C1C;"
_NOTE_STYLE = "color: #8D6E00;"


def photo_file_filter() -> str:
    return QCoreApplication.translate(
        "PhotoDialog", "Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;All files (*)"
    )


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


def camera_module() -> Any | None:
    """Qt Multimedia if this installation has it (it comes with PySide6-Addons), else None."""
    try:
        from PySide6 import QtMultimedia
    except ImportError:
        return None
    return QtMultimedia


class PhotoDialog(QDialog):
    """Choose a file or take a picture, frame it, save it as the person's photo."""

    #: The person's id after their photo was saved.
    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        delegate_id: int,
        operator: Callable[[], str | None],
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoDialog")
        self.db = db
        self.delegate_id = delegate_id
        self._operator = operator
        self.language = language
        self._source: str | Path | bytes | None = None
        self._source_name = ""
        self._source_size: tuple[int, int] = (0, 0)
        self._loading = 0
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self.notes: list[str] = []
        self._pending_box: CropBox | None = None
        with db.sessions() as session:
            delegate = session.get(Delegate, delegate_id)
            if delegate is None:
                raise UserError(self.tr("This person no longer exists in the database."))
            name = delegate.latin_name or delegate.name_fa or delegate.name_native
        self.setWindowTitle(self.tr("Photo — %1").replace("%1", name))

        layout = QVBoxLayout(self)
        sources = QHBoxLayout()
        self.file_button = QPushButton(self.tr("Choose a file…"))
        self.file_button.setObjectName("chooseFileButton")
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setObjectName("cameraButton")
        self.take_button = QPushButton(self.tr("Take the picture"))
        self.take_button.setObjectName("takePictureButton")
        self.take_button.setVisible(False)
        sources.addWidget(self.file_button)
        sources.addWidget(self.camera_button)
        sources.addWidget(self.take_button)
        sources.addStretch(1)
        layout.addLayout(sources)

        middle = QHBoxLayout()
        self.crop_view = CropView()
        self.crop_view.placeholder = self.tr("Choose a photo file or use the camera.")
        middle.addWidget(self.crop_view, 1)
        side_panel = QWidget()
        side_panel.setFixedWidth(200)
        side = QVBoxLayout(side_panel)
        side.setContentsMargins(0, 0, 0, 0)
        self.result_preview = QLabel()
        self.result_preview.setObjectName("resultPreview")
        self.result_preview.setFixedSize(150, 200)
        self.result_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(QLabel(self.tr("The badge will show:")))
        side.addWidget(self.result_preview)
        self.info = QLabel()
        self.info.setObjectName("photoInfo")
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.info.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        side.addWidget(self.info)
        help_text = QLabel(
            self.tr("Drag the box to move it, drag a corner to resize it (arrow keys and +/− also work).")
        )
        help_text.setWordWrap(True)
        side.addWidget(help_text)
        side.addStretch(1)
        middle.addWidget(side_panel)
        layout.addLayout(middle, 1)

        self.message = QLabel()
        self.message.setObjectName("photoMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save photo"))
        self.save_button.setObjectName("savePhotoButton")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.file_button.clicked.connect(self.choose_file)
        self.camera_button.clicked.connect(self.start_camera)
        self.take_button.clicked.connect(self.take_picture)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.crop_view.crop_changed.connect(self._crop_changed)
        self.resize(820, 620)

    # --- messages ---------------------------------------------------------------------------------
    def _show(self, text: str, style: str = _ERROR_STYLE) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def is_loading(self) -> bool:
        return self._loading > 0

    # --- sources ----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), str(Path.home()), photo_file_filter()
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Read the file off the UI thread; a file that cannot be used gives a sentence, and no change."""
        self.stop_camera()
        self._begin_loading(self.tr("Reading %1…").replace("%1", Path(path).name))
        self._open_source(Path(path), Path(path).name)

    def open_bytes(self, data: bytes, name: str) -> None:
        self._begin_loading(self.tr("Reading the picture…"))
        self._open_source(data, name)

    def _begin_loading(self, text: str) -> None:
        self._loading += 1
        self.save_button.setEnabled(False)
        self._show(text, "")

    def _open_source(self, source: str | Path | bytes, name: str) -> None:
        def done(result: tuple[bytes, int, int, tuple[int, int]]) -> None:
            if not isValid(self):
                return
            self._loading -= 1
            data, width, height, source_size = result
            self._source, self._source_name, self._source_size = source, name, source_size
            self.crop_view.set_image(rgb_image(data, width, height))
            self._show("")
            self._update_save()

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            self._loading -= 1
            if isinstance(exc, UserError):
                self._show(exc.message)
            else:
                self._show(
                    self.tr("%1 cannot be used as a photo: the file is damaged or not a picture.").replace(
                        "%1", name
                    )
                )
            self._update_save()

        run_in_background(lambda: upright_preview(source), done, failed)

    def start_camera(self) -> None:
        """Live pictures from the first camera; a sentence when there is no camera support or camera."""
        multimedia = camera_module()
        if multimedia is None:
            self._show(
                self.tr(
                    "There is no camera support in this installation (Qt Multimedia is missing). "
                    "Take the picture with another device and choose the file instead."
                )
            )
            return
        devices = multimedia.QMediaDevices.videoInputs()
        if not devices:
            self._show(self.tr("No camera was found. Connect a camera, or choose a photo file instead."))
            return
        try:
            self._camera = multimedia.QCamera(devices[0])
            self._session = multimedia.QMediaCaptureSession()
            self._sink = multimedia.QVideoSink()
            self._session.setCamera(self._camera)
            self._session.setVideoSink(self._sink)
            self._sink.videoFrameChanged.connect(self._frame)
            self._camera.errorOccurred.connect(
                lambda _e, text: self._show(self.tr("The camera stopped: %1").replace("%1", text))
            )
            self._camera.start()
        except Exception:
            log.exception("camera start failed")
            self.stop_camera()
            self._show(self.tr("The camera could not be started. Choose a photo file instead."))
            return
        self._show(self.tr("Camera on: frame the face, then press «Take the picture»."), "")
        self.take_button.setVisible(True)
        self.save_button.setEnabled(False)

    def _frame(self, frame: Any) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.crop_view.set_image(
                image.convertToFormat(QImage.Format.Format_RGB888), keep_box=self.crop_view.has_image()
            )

    def take_picture(self) -> None:
        image = self.crop_view.image()
        self.stop_camera()
        if image.isNull():
            self._show(self.tr("The camera gave no picture yet; try again."))
            return
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        box = self.crop_view.crop_box()
        self.open_bytes(bytes(QByteArray(buffer.data())), self.tr("camera"))
        self._pending_box = box

    def stop_camera(self) -> None:
        self.take_button.setVisible(False)
        if self._camera is not None:
            try:
                self._camera.stop()
            except Exception:  # the device may already be gone
                log.exception("camera stop failed")
        self._camera = self._session = self._sink = None

    # --- framing ----------------------------------------------------------------------------------
    def _crop_changed(self) -> None:
        if not self.crop_view.has_image():
            self.result_preview.clear()
            self.info.clear()
            return
        pending = self._pending_box
        if pending is not None and self._source is not None and self._camera is None:
            self._pending_box = None
            self.crop_view.set_crop_box(pending)
            return
        image = self.crop_view.image()
        left, top, right, bottom = self.crop_view.crop_box()
        part = image.copy(
            round(left * image.width()),
            round(top * image.height()),
            round((right - left) * image.width()),
            round((bottom - top) * image.height()),
        )
        self.result_preview.setPixmap(
            QPixmap.fromImage(part).scaled(
                self.result_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        w, h = self._source_size if self._source is not None else (image.width(), image.height())
        crop_w, crop_h = round((right - left) * w), round((bottom - top) * h)
        text = (
            self.tr("%1 × %2 pixels from a %3 × %4 picture.")
            .replace("%1", localized_number(crop_w, self.language))
            .replace("%2", localized_number(crop_h, self.language))
            .replace("%3", localized_number(w, self.language))
            .replace("%4", localized_number(h, self.language))
        )
        if crop_w < SMALL_SIDE * ASPECT:
            text += " " + self.tr("This is small; the badge photo may print blurred.")
        self.info.setText(text)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self._source is not None and self._loading == 0 and self._camera is None)

    # --- saving -----------------------------------------------------------------------------------
    def save(self) -> bool:
        if self._source is None:
            self._show(self.tr("Choose a photo file or take a picture first."))
            return False
        operator = self._operator()
        if not operator:
            self._show(self.tr("Not saved: the operator's name is needed to record the change."))
            return False
        try:
            result = load_photo(self._source, crop=self.crop_view.crop_box())
            with self.db.transaction() as session:
                delegate = session.get(Delegate, self.delegate_id)
                if delegate is None:
                    raise UserError(self.tr("This person no longer exists in the database."))
                set_delegate_photo(session, delegate, result, operator, detail=self._source_name)
        except UserError as exc:  # PhotoError included
            self._show(exc.message)
            return False
        except Exception:
            log.exception("saving a photo failed")
            self._show(
                self.tr(
                    "The photo was not saved: an unexpected error occurred (details are in the log file)."
                )
            )
            return False
        self.notes = list(result.notes)
        self.saved.emit(self.delegate_id)
        self.accept()
        return True

    def done(self, code: int) -> None:  # noqa: D401 - Qt's name
        self.stop_camera()
        super().done(code)


__all__ = ["CropView", "PhotoDialog", "PhotoError", "camera_module", "upright_preview"]
