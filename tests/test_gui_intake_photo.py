"""The photo dialog: real files as regions send them, framed with the mouse, stored through the core."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

OPERATOR = "Desk 2"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    store.setValue("operator/name", OPERATOR)
    return store


@pytest.fixture
def dialog(qtbot, demo_db):
    from ui.photo.dialog import PhotoDialog

    dlg = PhotoDialog(demo_db, 7, lambda: OPERATOR, "en")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _sideways_jpeg(path: Path) -> Path:
    """A phone photo lying on its side: stored 400×300 with EXIF orientation 6 (rotate 90° clockwise).

    The stored image's left half is red; upright, that red is the top half of a 300×400 portrait.
    """
    image = Image.new("RGB", (400, 300), (30, 60, 200))
    image.paste((220, 20, 20), (0, 0, 200, 300))
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", exif=exif.tobytes(), quality=92)
    return path


def _open(qtbot, dialog, path: Path) -> None:
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10_000)


def _stored_photo(db, delegate_id: int):
    from accreditation.store.models import DelegatePhoto

    with db.sessions() as session:
        photo = session.get(DelegatePhoto, delegate_id)
        return None if photo is None else (photo.width, photo.height, photo.jpeg)


def _drag(widget, start: QPointF, end: QPointF, steps: int = 5) -> None:
    """Press, move with the button held, release: what a mouse drag sends."""
    left = Qt.MouseButton.LeftButton

    def send(kind, pos, button, buttons):
        event = QMouseEvent(
            kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)

    send(QEvent.Type.MouseButtonPress, start, left, left)
    for i in range(1, steps + 1):
        point = QPointF(
            start.x() + (end.x() - start.x()) * i / steps, start.y() + (end.y() - start.y()) * i / steps
        )
        send(QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left)
    send(QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)


def _aspect_in_pixels(dialog) -> float:
    left, top, right, bottom = dialog.crop_view.crop_box()
    image = dialog.crop_view.image()
    return ((right - left) * image.width()) / ((bottom - top) * image.height())


def test_a_sideways_phone_photo_is_shown_upright_framed_and_stored(qtbot, dialog, demo_db, tmp_path) -> None:
    from accreditation.store.audit import history

    _open(qtbot, dialog, _sideways_jpeg(tmp_path / "phone.jpg"))
    assert dialog.message_text() == ""
    image = dialog.crop_view.image()
    assert (image.width(), image.height()) == (300, 400)  # upright
    top = image.pixelColor(150, 20)
    bottom = image.pixelColor(150, 380)
    assert top.red() > 180 and top.blue() < 80  # red on top, as the camera saw it
    assert bottom.blue() > 150 and bottom.red() < 80
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    width, height, jpeg = _stored_photo(demo_db, 7)
    assert width * 4 == height * 3
    stored = Image.open(io.BytesIO(jpeg))
    assert stored.getpixel((width // 2, 5))[0] > 180  # still upright when stored
    with demo_db.sessions() as session:
        last = history(session, "delegate", 7)[-1]
    assert (last.action, last.operator, last.detail) == ("photo", OPERATOR, "phone.jpg")


def test_the_crop_box_moves_and_resizes_with_the_mouse_and_stays_3_by_4(qtbot, dialog, tmp_path) -> None:
    Image.new("RGB", (1200, 900), (200, 180, 150)).save(tmp_path / "wide.png")
    _open(qtbot, dialog, tmp_path / "wide.png")
    view = dialog.crop_view
    start_box = view.crop_box()
    assert start_box[1] == 0.0 and start_box[3] == 1.0  # the largest centred 3:4 box
    assert _aspect_in_pixels(dialog) == pytest.approx(0.75, abs=0.01)
    # Drag a corner inwards: smaller, still 3:4, the opposite corner stays.
    rect = view.box_rect()
    _drag(view, rect.bottomRight(), rect.bottomRight() - QPointF(rect.width() / 3, rect.height() / 3))
    smaller = view.crop_box()
    assert smaller[2] - smaller[0] < start_box[2] - start_box[0]
    assert smaller[:2] == pytest.approx(start_box[:2])
    assert _aspect_in_pixels(dialog) == pytest.approx(0.75, abs=0.01)
    # Drag the box itself to the right: it moves, and never leaves the picture.
    rect = view.box_rect()
    _drag(view, rect.center(), rect.center() + QPointF(2000, 0))
    moved = view.crop_box()
    assert moved[2] == pytest.approx(1.0) and moved[0] > smaller[0]
    assert _aspect_in_pixels(dialog) == pytest.approx(0.75, abs=0.01)
    # Keys do the same without a mouse.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.crop_box()[0] < moved[0]
    assert "pixels from a 1200 × 900 picture" in dialog.info.text()


def test_the_stored_photo_is_the_framed_part(qtbot, dialog, demo_db, tmp_path) -> None:
    image = Image.new("RGB", (900, 1200), (255, 255, 255))
    image.paste((0, 160, 0), (0, 600, 900, 1200))  # green lower half
    image.save(tmp_path / "portrait.jpg", quality=95)
    _open(qtbot, dialog, tmp_path / "portrait.jpg")
    dialog.crop_view.set_crop_box((0.25, 0.55, 0.75, 0.55 + 0.5 * 900 / 1200))  # a box in the green
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    width, height, jpeg = _stored_photo(demo_db, 7)
    stored = Image.open(io.BytesIO(jpeg)).convert("RGB")
    r, g, b = stored.getpixel((width // 2, height // 2))
    assert g > 120 and r < 60


def test_a_cmyk_scan_is_accepted(qtbot, dialog, demo_db, tmp_path) -> None:
    Image.new("CMYK", (600, 800), (0, 80, 160, 0)).save(tmp_path / "scan.jpg", "JPEG")
    _open(qtbot, dialog, tmp_path / "scan.jpg")
    assert dialog.message_text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    width, height, jpeg = _stored_photo(demo_db, 7)
    assert (width, height) == (600, 800)
    assert Image.open(io.BytesIO(jpeg)).mode == "RGB"


def test_a_truncated_file_is_a_clear_message_and_nothing_changes(qtbot, dialog, demo_db, tmp_path) -> None:
    before = _stored_photo(demo_db, 7)
    full = io.BytesIO()
    Image.effect_noise((800, 1000), 60).convert("RGB").save(full, "JPEG", quality=90)
    (tmp_path / "cut.jpg").write_bytes(full.getvalue()[: len(full.getvalue()) // 3])
    _open(qtbot, dialog, tmp_path / "cut.jpg")
    assert "incomplete" in dialog.message_text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.crop_view.has_image()
    assert _stored_photo(demo_db, 7) == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("notes.jpg", b"this is not a picture", "not a picture this program can read"),
        ("empty.png", b"", "empty file"),
    ],
)
def test_files_that_are_not_photos_are_explained(qtbot, dialog, tmp_path, name, content, expected) -> None:
    (tmp_path / name).write_bytes(content)
    _open(qtbot, dialog, tmp_path / name)
    assert expected in dialog.message_text()
    assert not dialog.save_button.isEnabled()


def test_a_missing_file_is_explained(qtbot, dialog, tmp_path) -> None:
    _open(qtbot, dialog, tmp_path / "gone.jpg")
    assert "missing or unreadable" in dialog.message_text()


def test_a_bad_file_after_a_good_one_keeps_the_good_one(qtbot, dialog, demo_db, tmp_path) -> None:
    _open(qtbot, dialog, _sideways_jpeg(tmp_path / "good.jpg"))
    (tmp_path / "bad.jpg").write_bytes(b"\xff\xd8\xff\xe0garbage")
    _open(qtbot, dialog, tmp_path / "bad.jpg")
    assert dialog.message_text()
    assert dialog.save_button.isEnabled()  # the picture on screen is still the good one
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _stored_photo(demo_db, 7) is not None


def test_the_camera_button_explains_when_there_is_no_camera(qtbot, dialog) -> None:
    from ui.photo.dialog import camera_module

    qtbot.mouseClick(dialog.camera_button, Qt.MouseButton.LeftButton)
    text = dialog.message_text()
    if camera_module() is None:
        assert "no camera support" in text
    else:  # Qt Multimedia installed: offscreen there is no device
        assert "No camera was found" in text or "Camera on" in text
    assert dialog.isVisible()


def test_photo_from_the_window_updates_the_card_and_the_history(qtbot, demo_db, settings, tmp_path) -> None:
    from ui.main_window import MainWindow

    win = MainWindow(demo_db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.intake.current_person() is not None, timeout=10_000)
    person = win.intake.current_person()
    dialog = win.intake.photo()
    _open(qtbot, dialog, _sideways_jpeg(tmp_path / "phone.jpg"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not win.intake.refreshing() and win.intake.current_person() == person, timeout=10_000
    )
    pixmap = win.detail.photo.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert pixmap.toImage().pixelColor(pixmap.width() // 2, 10).red() > 150
    photo_entry = next(e for e in win.intake.history.entries() if "photo changed" in e)
    assert OPERATOR in photo_entry


@pytest.mark.parametrize("suffix", ["png", "webp", "bmp", "tiff"])
def test_every_accepted_format_is_shown_and_stored(qtbot, dialog, demo_db, tmp_path, suffix) -> None:
    image = Image.new("RGBA" if suffix in ("png", "webp") else "RGB", (450, 600), (10, 120, 200, 255))
    if image.mode == "RGBA":
        image.paste((0, 0, 0, 0), (0, 0, 450, 100))  # a transparent band: white once stored
    path = tmp_path / f"photo.{suffix}"
    image.save(path)
    _open(qtbot, dialog, path)
    assert dialog.message_text() == ""
    assert (dialog.crop_view.image().width(), dialog.crop_view.image().height()) == (450, 600)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    width, height, jpeg = _stored_photo(demo_db, 7)
    assert (width, height) == (450, 600)
    if suffix in ("png", "webp"):
        assert min(Image.open(io.BytesIO(jpeg)).convert("RGB").getpixel((225, 20))) > 240
