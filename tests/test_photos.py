"""Photos from what regions send: sideways phone JPEGs, CMYK, alpha, 16-bit, huge, broken, not images."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from accreditation.people.delegates import create_delegate
from accreditation.people.photos import (
    TARGET_SIZE,
    PhotoError,
    default_crop_box,
    load_photo,
    set_delegate_photo,
)
from accreditation.store import audit
from accreditation.store.models import Category, Delegate


def _portrait(size: tuple[int, int] = (900, 1200), mode: str = "RGB") -> Image.Image:
    """A test card: red top half (the face), blue bottom half, so orientation and crop can be checked."""
    image = Image.new("RGB", size, (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, size[0], size[1] // 2))
    return image.convert(mode) if mode != "RGB" else image


def _bytes(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _decoded(result) -> Image.Image:  # type: ignore[no-untyped-def]
    image = Image.open(io.BytesIO(result.jpeg))
    assert image.format == "JPEG" and image.mode == "RGB"
    return image


def test_a_portrait_becomes_a_600x800_jpeg(tmp_path: Path):
    path = tmp_path / "P12345678.png"
    _portrait().save(path)
    result = load_photo(path)
    assert (result.width, result.height) == TARGET_SIZE
    image = _decoded(result)
    assert image.size == TARGET_SIZE
    assert image.getpixel((300, 100))[0] > 200  # red face at the top
    assert image.getpixel((300, 700))[2] > 200
    assert len(result.jpeg) < 150_000
    assert result.notes == []


def test_exif_orientation_is_applied():
    # A phone held upright stores the pixels sideways and says "rotate 90° clockwise" in EXIF.
    sideways = _portrait().rotate(90, expand=True)  # red now on the left
    exif = Image.Exif()
    exif[0x0112] = 6
    result = load_photo(_bytes(sideways, "JPEG", exif=exif.tobytes()))
    image = _decoded(result)
    assert result.source_size == (900, 1200)
    assert image.getpixel((300, 100))[0] > 200 and image.getpixel((300, 100))[2] < 80


def test_a_wide_picture_is_cropped_to_3_by_4_around_the_centre():
    wide = Image.new("RGB", (1600, 900), (0, 255, 0))
    wide.paste((255, 255, 255), (0, 0, 200, 900))  # white band at the left edge: cropped away
    result = load_photo(_bytes(wide, "PNG"))
    assert result.width * 4 == result.height * 3
    image = _decoded(result)
    assert image.getpixel((5, 400))[1] > 200 and image.getpixel((5, 400))[0] < 60


def test_the_crop_box_from_the_window_is_honoured_and_kept_3_by_4():
    card = _portrait((1200, 1200))
    # The user drew a box around the lower half (blue): the photo is blue.
    result = load_photo(_bytes(card, "PNG"), crop=(0.25, 0.5, 0.75, 1.0))
    image = _decoded(result)
    assert result.width * 4 == result.height * 3
    assert image.getpixel((image.width // 2, image.height // 2))[2] > 200
    assert default_crop_box(1200, 1200) == pytest.approx((0.125, 0.0, 0.875, 1.0))
    with pytest.raises(PhotoError, match="crop box is empty"):
        load_photo(_bytes(card, "PNG"), crop=(0.5, 0.5, 0.5, 0.9))


def test_cmyk_becomes_rgb():
    cmyk = _portrait(mode="CMYK")
    result = load_photo(_bytes(cmyk, "JPEG"))
    pixel = _decoded(result).getpixel((300, 100))
    assert pixel[0] > 200 and pixel[2] < 80


def test_transparency_becomes_white_not_black():
    image = Image.new("RGBA", (900, 1200), (0, 0, 0, 0))
    image.paste((255, 0, 0, 255), (300, 300, 600, 900))
    result = load_photo(_bytes(image, "PNG"))
    assert _decoded(result).getpixel((10, 10)) > (240, 240, 240)
    palette = image.convert("P")
    palette.info["transparency"] = 0
    assert load_photo(_bytes(palette, "PNG")).width == 600


@pytest.mark.parametrize("fmt", ["WEBP", "BMP", "TIFF", "GIF"])
def test_other_formats_are_read(fmt: str):
    assert load_photo(_bytes(_portrait(), fmt)).height == 800


def test_16_bit_greyscale_tiff():
    image = Image.new("I;16", (600, 800), 40000)
    result = load_photo(_bytes(image, "TIFF"))
    value = _decoded(result).getpixel((10, 10))
    assert 140 < value[0] < 170


def test_a_small_photo_is_kept_with_a_warning():
    result = load_photo(_bytes(_portrait((150, 200)), "PNG"))
    assert (result.width, result.height) == (150, 200)
    assert "small" in result.notes[0] and "blurred" in result.notes[0]


def test_a_truncated_file_is_a_clear_message():
    data = _bytes(_portrait(), "JPEG", quality=95)
    with pytest.raises(PhotoError, match="incomplete"):
        load_photo(data[: len(data) // 2])
    png = _bytes(_portrait(), "PNG")
    with pytest.raises(PhotoError):
        load_photo(png[: len(png) // 2])


def test_not_an_image_missing_and_empty_files(tmp_path: Path):
    with pytest.raises(PhotoError, match="not a picture"):
        load_photo(b"%PDF-1.7 this is a passport scan in PDF")
    with pytest.raises(PhotoError, match="missing or unreadable"):
        load_photo(tmp_path / "nobody.jpg")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(PhotoError, match="empty"):
        load_photo(empty)


def test_a_60_megapixel_camera_file_becomes_a_normal_photo():
    big = Image.new("RGB", (6708, 8944), (0, 0, 255))  # 60 MP, 3:4
    big.paste((255, 0, 0), (0, 0, 6708, 4472))
    data = _bytes(big, "JPEG", quality=70)
    del big
    result = load_photo(data)
    assert result.source_size[0] * result.source_size[1] < 60_000_000  # decoded at a reduced scale
    assert (result.width, result.height) == TARGET_SIZE
    assert _decoded(result).getpixel((300, 100))[0] > 200


def test_a_decompression_bomb_is_refused_before_decoding():
    bomb = Image.new("1", (12_000, 10_000))  # 120 MP of nothing: a few kB as PNG
    data = _bytes(bomb, "PNG")
    assert len(data) < 200_000
    with pytest.raises(PhotoError, match="megapixels|too large"):
        load_photo(data)


def test_storing_a_photo_is_audited(event_db):
    from sqlalchemy import select

    with event_db.sessions() as s:
        category = s.scalar(select(Category.id).where(Category.code == "press"))
    with event_db.transaction() as s:
        person = create_delegate(
            s, {"given_name": "Anna", "family_name": "Belova", "category_id": category}, "Maryam"
        )
        set_delegate_photo(s, person, load_photo(_bytes(_portrait(), "PNG")), "Maryam")
        pid = person.id
    with event_db.transaction() as s:
        person = s.get(Delegate, pid)
        set_delegate_photo(s, person, load_photo(_bytes(_portrait((300, 400)), "PNG")), "Reza")
    with event_db.sessions() as s:
        person = s.get(Delegate, pid)
        assert (person.photo.width, person.photo.height) == (300, 400)
        photo_entries = [e for e in audit.history(s, "delegate", pid) if e.action == "photo"]
        assert [e.operator for e in photo_entries] == ["Maryam", "Reza"]
        assert photo_entries[0].changes["photo"][0] is None
        assert photo_entries[1].changes["photo"][0].startswith("600×800 JPEG")
