"""Turning whatever a region sends as a photo into the passport-shaped JPEG a badge prints.

Photos arrive as phone JPEGs lying on their side (EXIF orientation), CMYK scans, PNGs with a
transparent background, 16-bit TIFFs, 60-megapixel camera files and files cut short by a mail
gateway. Each either becomes a correct 3:4 photo or a sentence the desk can act on -- never a crash,
never a hung window decoding a decompression bomb.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.people.status import withdraw_on_change
from accreditation.store import audit
from accreditation.store.models import Delegate, DelegatePhoto

#: The stored size: enough for a 30x40 mm badge photo at 500 dpi, small enough for thousands of rows.
TARGET_SIZE = (600, 800)
JPEG_QUALITY = 85
#: Files larger than this are refused before they are read into memory.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Above this the image is refused unread (a decompression bomb or a poster scan, not a portrait).
MAX_PIXELS = 100_000_000
#: Below this the photo is kept but the desk is warned that it will print blurred.
SMALL_SIDE = 300
ASPECT = 3 / 4

#: (left, top, right, bottom) as fractions 0..1 of the upright image, so the UI can work on a preview.
CropBox = tuple[float, float, float, float]


class PhotoError(UserError):
    """A photo that cannot be used, with the reason in words for the desk."""


@dataclass(frozen=True)
class PhotoResult:
    """The stored JPEG and what the desk should know about it."""

    jpeg: bytes
    width: int
    height: int
    #: The upright source size in pixels, for the UI's crop box.
    source_size: tuple[int, int]
    #: Sentences worth showing (e.g. "The photo is small..."); empty when all is well.
    notes: list[str] = field(default_factory=list)


def default_crop_box(width: int, height: int) -> CropBox:
    """The largest centred 3:4 box in an image: where the UI's movable crop box starts."""
    if width <= 0 or height <= 0:
        return (0.0, 0.0, 1.0, 1.0)
    if width / height > ASPECT:
        w = height * ASPECT / width
        return ((1 - w) / 2, 0.0, (1 + w) / 2, 1.0)
    h = width / ASPECT / height
    # A portrait is usually taller than 3:4 with the face in the upper part: keep the top.
    return (0.0, 0.0, 1.0, h)


def _fit_box(box: CropBox, width: int, height: int) -> tuple[int, int, int, int]:
    """A box in pixels, clamped to the image and trimmed to exactly 3:4 around its own centre."""
    left, top, right, bottom = (min(max(v, 0.0), 1.0) for v in box)
    if right <= left or bottom <= top:
        raise PhotoError(translate("Photos", "The crop box is empty; draw it around the face."))
    x0, y0, x1, y1 = left * width, top * height, right * width, bottom * height
    w, h = x1 - x0, y1 - y0
    if w / h > ASPECT:
        new_w = h * ASPECT
        x0 += (w - new_w) / 2
        x1 = x0 + new_w
    else:
        new_h = w / ASPECT
        y0 += (h - new_h) / 2
        y1 = y0 + new_h
    return (round(x0), round(y0), max(round(x1), round(x0) + 1), max(round(y1), round(y0) + 1))


def _open(source: str | Path | bytes) -> Image.Image:
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
        name = "The photo"
    else:
        path = Path(source)
        shown = path.name if len(path.name) <= 80 and path.name.isprintable() else ascii(path.name)[:40] + "…"
        name = f"The photo {shown}"
        try:
            size = path.stat().st_size
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the name (a photo cell in an import)
            raise PhotoError(
                translate("Photos", "{name} cannot be opened: the file is missing or unreadable.").format(
                    name=name
                )
            ) from exc
        if size > MAX_FILE_BYTES:
            raise PhotoError(
                translate("Photos", "{name} is {size} MB; photos over 50 MB are not accepted.").format(
                    name=name, size=size // (1024 * 1024)
                )
            )
        data = path.read_bytes()
    if not data:
        raise PhotoError(translate("Photos", "{name} is an empty file.").format(name=name))
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError(
            translate("Photos", "{name} is over 50 MB; photos that large are not accepted.").format(name=name)
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise PhotoError(
            translate(
                "Photos", "{name} is far too large in pixels to be a portrait; please send a smaller one."
            ).format(name=name)
        ) from exc
    except UnidentifiedImageError as exc:
        raise PhotoError(
            translate(
                "Photos", "{name} is not a picture this program can read (JPEG, PNG, WebP, BMP or TIFF)."
            ).format(name=name)
        ) from exc
    except OSError as exc:
        raise PhotoError(
            translate("Photos", "{name} cannot be read: {exc}.").format(name=name, exc=exc)
        ) from exc
    w, h = image.size
    if w * h > MAX_PIXELS:
        raise PhotoError(
            translate(
                "Photos",
                "{name} is {width}×{height} pixels ({megapixels} megapixels); photos over 100 megapixels are not accepted. "
                "Please send a smaller one.",
            ).format(name=name, width=w, height=h, megapixels=w * h // 1000000)
        )
    return image


def _to_rgb(image: Image.Image) -> Image.Image:
    """CMYK, palette, 16-bit and transparent images as plain RGB; transparency becomes white."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda v: v * (1 / 256)).convert("L")
    if image.mode in ("P", "PA", "LA", "La", "RGBa") or "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode == "RGBA":
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    if image.mode != "RGB":
        return image.convert("RGB")
    return image


def load_photo(source: str | Path | bytes, crop: CropBox | None = None) -> PhotoResult:
    """Read, turn upright, crop to 3:4 and store as a ~600×800 JPEG; :class:`PhotoError` if unusable.

    ``crop`` is the UI's box in fractions of the upright image; without it the centred default is
    used. Large JPEGs are decoded at a reduced scale (``draft``) so a 60-megapixel file costs little.
    """
    image = _open(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            if image.format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale while still at least twice the target: fast and enough.
                image.draft("RGB", (TARGET_SIZE[0] * 2, TARGET_SIZE[1] * 2))
            image.load()
            image = ImageOps.exif_transpose(image) or image
            image = _to_rgb(image)
    except PhotoError:
        raise
    except (OSError, SyntaxError, ValueError) as exc:
        message = str(exc)
        if "truncated" in message or "broken data stream" in message or "premature" in message.lower():
            raise PhotoError(
                translate("Photos", "The photo file is incomplete (cut short); ask for the file again.")
            ) from exc
        raise PhotoError(
            translate("Photos", "The photo cannot be read: {reason}.").format(
                reason=message or translate("Photos", "the file is damaged")
            )
        ) from exc
    width, height = image.size
    box = _fit_box(crop or default_crop_box(width, height), width, height)
    cropped = image.crop(box)
    notes: list[str] = []
    if cropped.width >= TARGET_SIZE[0]:
        cropped = cropped.resize(TARGET_SIZE, Image.Resampling.LANCZOS)
    elif cropped.width < SMALL_SIDE * ASPECT:
        notes.append(
            translate(
                "Photos", "The photo is small ({width}×{height} pixels after cropping); it may print blurred."
            ).format(width=cropped.width, height=cropped.height)
        )
    out = io.BytesIO()
    cropped.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=False)
    return PhotoResult(out.getvalue(), cropped.width, cropped.height, (width, height), notes)


def _describe(photo: DelegatePhoto | PhotoResult | None) -> str | None:
    if photo is None:
        return None
    return f"{photo.width}×{photo.height} JPEG, {len(photo.jpeg) // 1024} kB"


def set_delegate_photo(
    session: Session, delegate: Delegate, photo: PhotoResult, operator: str, *, detail: str = ""
) -> DelegatePhoto:
    """Store (or replace) a person's photo and record the change in the audit trail.

    The same picture again (an import run twice) changes nothing and records nothing.
    """
    require(session, Action.PHOTO, operator)
    if delegate.photo is not None and delegate.photo.jpeg == photo.jpeg:
        return delegate.photo
    before = _describe(delegate.photo)
    if delegate.photo is None:
        delegate.photo = DelegatePhoto(jpeg=photo.jpeg, width=photo.width, height=photo.height)
    else:
        delegate.photo.jpeg = photo.jpeg
        delegate.photo.width = photo.width
        delegate.photo.height = photo.height
    # A new photo withdraws an approval given on the old one.
    changes, detail = withdraw_on_change(delegate, {"photo": (before, _describe(photo))}, detail)
    audit.record(
        session,
        operator=operator,
        action="photo",
        entity="delegate",
        entity_id=delegate.id,
        changes=changes,
        detail=detail,
    )
    return delegate.photo
