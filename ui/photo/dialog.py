"""A person's photo: from a file or the desk's camera, framed with a 3:4 box the desk drags into place.

What is stored is the core's business (``load_photo`` turns the picture upright, to RGB, crops and
scales it; ``set_delegate_photo`` stores it with an audit entry). This dialog shows the upright picture,
lets the desk move and resize the crop box, and reports any :class:`PhotoError` as a sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from accreditation.errors import UserError
from accreditation.people.photos import (
    ASPECT,
    SMALL_SIDE,
    CropBox,
    load_photo,
    set_delegate_photo,
)
from accreditation.store.database import Database
from accreditation.store.models import Delegate

from ..background import run_in_background
from ..labels import localized_number
from .crop_view import CropView, rgb_image, upright_preview

log = logging.getLogger(__name__)

_ERROR_STYLE = "color: #B71C1C;"
_NOTE_STYLE = "color: #8D6E00;"


def photo_file_filter() -> str:
    return QCoreApplication.translate(
        "PhotoDialog", "Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;All files (*)"
    )


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
