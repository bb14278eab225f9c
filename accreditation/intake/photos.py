"""Photos sent beside a list: a folder of files named after the people, matched to their rows.

A region sends its list with a folder of photos (``photos/`` or ``<list name>_photos/`` beside it);
each file is matched to its row by passport number or by row number and read with the same photo
rules as the desk's photo dialog (:mod:`accreditation.people.photos`).
"""

from __future__ import annotations

from pathlib import Path

from accreditation.i18n import translate
from accreditation.i18n.digits import to_ascii_digits
from accreditation.intake.outcome import ImportPreview, RowProblem
from accreditation.intake.reading import Cell
from accreditation.intake.values import clean_text
from accreditation.people.fields import normalize_document_no
from accreditation.people.photos import PhotoError, load_photo

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff")

def photo_folders(source: Path) -> list[Path]:
    """Folders beside an import where its photos may be: photos/, <name>/, <name>_photos/ ..."""
    stem = source.stem
    names = ("photos", "Photos", "фото", "عکس", stem, f"{stem}_photos", f"{stem} photos", f"{stem}-photos")
    seen: list[Path] = []
    for name in names:
        folder = source.parent / name
        if folder.is_dir() and folder not in seen:
            seen.append(folder)
    return seen


def _photo_index(folders: list[Path]) -> tuple[dict[str, Path], dict[int, Path]]:
    by_document: dict[str, Path] = {}
    by_row: dict[int, Path] = {}
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in PHOTO_SUFFIXES or not path.is_file():
                continue
            stem = to_ascii_digits(path.stem.strip())
            if stem.isdigit() and len(stem) <= 5:
                by_row.setdefault(int(stem), path)
            by_document.setdefault(normalize_document_no(stem), path)
    return by_document, by_row


def attach_photos(preview: ImportPreview) -> None:
    """Load each row's photo: the ``photo`` column (relative to the file) first, else the folder beside it.

    A photo that cannot be used is a notice, not a rejection: the person is registered and the photo
    can be added at the desk.
    """
    source = preview.table.source
    if source is None:
        return
    has_column = preview.mapping.column_of("photo") is not None
    folders = photo_folders(source)
    if not has_column and not folders:
        return
    by_document, by_row = _photo_index(folders)
    column = preview.mapping.column_of("photo")
    for result, cells in zip(preview.rows, _cells_by_row(preview), strict=True):
        path: Path | None = None
        if column is not None and column < len(cells) and cells[column]:
            named = Path(clean_text(cells[column]))
            path = named if named.is_absolute() else source.parent / named
        elif not folders:
            continue  # an empty photo cell and no photo folder beside the file
        else:
            document = normalize_document_no(result.values.get("document_no"))
            path = by_document.get(document) if document else None
            path = path or by_row.get(result.row)
        if path is None:
            continue
        result.photo_source = str(path)
        try:
            result.photo = load_photo(path)
        except PhotoError as exc:
            result.notices.append(
                RowProblem(
                    result.row,
                    "photo",
                    translate("Import", "{problem} The person is imported without it.").format(
                        problem=exc.message
                    ),
                )
            )
            continue
        for note in result.photo.notes:
            result.notices.append(RowProblem(result.row, "photo", note))


def _cells_by_row(preview: ImportPreview) -> list[list[Cell]]:
    return preview.table.rows
