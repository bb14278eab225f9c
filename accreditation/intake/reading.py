"""Reading a delegation list into rows of cells, whatever program and keyboard produced it.

Regions send CSV from Excel in their own code page (Windows-1251 in Russia, Windows-1256 in Iran), with
their locale's separator (``;`` where the comma is the decimal mark), or UTF-8/UTF-16 with or without a
byte-order mark, or an XLSX workbook. Each is read into the same :class:`Table`, so everything after
this module is independent of the file format.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from xml.etree import ElementTree
from xml.parsers import expat

from accreditation.errors import UserError
from accreditation.i18n import count, translate

#: What a cell can hold once read: text from CSV, also dates and numbers from XLSX.
Cell = str | date | datetime | None

#: Encodings tried when there is no byte-order mark, after strict UTF-8 fails.
LEGACY_ENCODINGS = ("cp1251", "cp1256")
SEPARATORS = (",", ";", "\t")
#: The largest list accepted. A summit's whole list (10,000 people) is about 4 MB as CSV; a file 2.5
#: times that is a wrong file or an attack, and reading one whole (as the preview needs) would cost the
#: desk PC several hundred MB. Refused before anything is read.
MAX_FILE_BYTES = 10 * 1024 * 1024
#: The same for an XLSX once unpacked (its XML is ~10 times its CSV): a small zip can hide gigabytes.
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
#: Rows above the header that a region may have added (a title, the date): how far to look for it.
HEADER_SEARCH_ROWS = 10


@dataclass
class Table:
    """A sheet as read: its header row and data rows; ``row_numbers[i]`` is what the desk calls row i.

    Row numbers count data rows from 1 (the header is not a data row), blank lines included, which is
    how the regions number their lists (the «№» / «ردیف» column).
    """

    headers: list[str]
    rows: list[list[Cell]]
    row_numbers: list[int]
    source: Path | None = None
    encoding: str | None = None
    separator: str | None = None
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """How the file was understood, for the preview's first line."""
        parts = []
        if self.encoding:
            parts.append(translate("Import", "encoding {encoding}").format(encoding=self.encoding))
        if self.separator:
            separator = {
                "\t": translate("Import", "separator tab"),
                ",": translate("Import", "separator comma"),
                ";": translate("Import", "separator semicolon"),
            }
            parts.append(separator[self.separator])
        if self.sheet:
            parts.append(translate("Import", "sheet «{sheet}»").format(sheet=self.sheet))
        return translate("Import", ", ").join(parts)


# --- text decoding ----------------------------------------------------------------------------------------


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for script in ("CYRILLIC", "ARABIC", "LATIN"):
        if name.startswith(script):
            return script
    return "OTHER"


#: Cyrillic letters of Serbian, Macedonian and Belarusian: Windows-1251 has them where Windows-1256 has
#: common Persian letters, so in a Russian or Kazakh list they are a sign of the wrong code page.
_RARE_CYRILLIC = set("ђѓљњќћџўјЂЃЉЊЌЋЏЎЈ")


def _mojibake_score(text: str) -> float:
    """Share of letters in implausible words: mixed scripts, capitals inside a word, rare letters.

    A wrong code page turns Russian into Arabic mixed with French accents, and Persian into Cyrillic
    with random capitals (Arabic script has no case); real names do neither.
    """
    mixed = letters = 0
    for word in text.split():
        alpha = [ch for ch in word if ch.isalpha()]
        count = len(alpha)
        letters += count
        scripts = {_script(ch) for ch in alpha}
        seen_lower = False
        capital_inside = False
        for ch in alpha:
            if ch.islower():
                seen_lower = True
            elif ch.isupper() and seen_lower:
                capital_inside = True
                break
        if len(scripts) > 1 or capital_inside or any(ch in _RARE_CYRILLIC for ch in alpha):
            mixed += count
        # Letters no text in these lists uses (Latin-1 accents inside what should be Cyrillic or Arabic).
        elif scripts == {"LATIN"} and any(not ch.isascii() for ch in word):
            mixed += count * 0.5
    control = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\r\n\t")
    return (mixed + 10 * control) / max(letters, 1)


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding name: BOMs first, then UTF-16 by its zero bytes, UTF-8, then code pages.

    Windows-1251 and Windows-1256 both accept any byte sequence, so the one whose decoding does not
    produce words mixing scripts (the signature of mojibake) wins.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    sample = data[:4000]
    if b"\x00" in sample:
        # No 8-bit text has NUL bytes; UTF-16 without a BOM does (ASCII halves, or Cyrillic's 0x04 and
        # Arabic's 0x06 on the other side). The byte order that does not read as mojibake wins.
        options = []
        for encoding, name in (("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE")):
            text = data[: len(data) // 2 * 2].decode(encoding, errors="replace")
            options.append((_mojibake_score(text[:20000]), name, text))
        options.sort(key=lambda o: o[0])
        return options[0][2], options[0][1]
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in LEGACY_ENCODINGS:
        text = data.decode(encoding, errors="replace")
        candidates.append((_mojibake_score(text[:20000]), encoding, text))
    candidates.sort(key=lambda c: c[0])
    _score, encoding, text = candidates[0]
    return text, {"cp1251": "Windows-1251", "cp1256": "Windows-1256"}[encoding]


def detect_separator(text: str) -> str:
    """The separator that splits the first lines into the same number (>1) of columns most often."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best = (",", -1.0)
    for sep in SEPARATORS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=sep)]
        except csv.Error:  # a cell over the csv module's size limit when split this way
            continue
        header_count = counts[0]
        if header_count < 2:
            continue
        agree = sum(1 for c in counts if c == header_count) / len(counts)
        score = agree * 1000 + header_count
        if score > best[1]:
            best = (sep, score)
    return best[0]


def read_csv_bytes(data: bytes, source: Path | None = None) -> Table:
    text, encoding = decode_text(data)
    text = text.lstrip("\ufeff")  # a BOM left inside the text by a double-encoded export
    first, _newline, rest = text.partition("\n")
    hint = first.rstrip("\r").strip('"')
    if hint.lower().startswith("sep=") and len(hint) == 5:
        # Excel's own hint line ("sep=;"), written by some locales' exports: obey it and drop it.
        separator = hint[4]
        text = rest
    else:
        separator = detect_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        rows: list[list[Cell]] = [[c.strip() or None for c in r] for r in reader]
    except csv.Error as exc:
        # The only error left with strict=False: a cell over csv.field_size_limit() (128 K characters).
        name = source.name if source else translate("Import", "The file")
        raise UserError(
            translate(
                "Import",
                "{file} cannot be read as a list: line {line} has a cell of more than {limit} characters. "
                "Check that this is the right file.",
            ).format(file=name, line=reader.line_num, limit=count(csv.field_size_limit()))
        ) from exc
    return _table_from_rows(rows, source, encoding=encoding, separator=separator)


# --- XLSX -------------------------------------------------------------------------------------------------------


def _xlsx_cell(value: object) -> Cell:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0, 0) else value
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def read_xlsx(path: Path) -> Table:
    """The first sheet with data. Streamed with expat; openpyxl (read-only) if the file is unusual.

    openpyxl builds a cell object per cell, ~25 µs each on the desk PC: 5 s for a 10,000-row, 19-column
    list, the whole time budget of an import. The sheet XML is simple enough to stream directly, with
    openpyxl's own rules for which number formats are dates and how serial numbers become dates.
    Anything the streaming reader does not expect falls back to openpyxl, which reads everything.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        unpacked = 0  # openpyxl below says what is wrong with it
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise UserError(
            translate(
                "Import",
                "{file} unpacks to {size} MB; workbooks over {limit} MB unpacked are not accepted. "
                "Check that this is the right file, or split it by region.",
            ).format(
                file=path.name,
                size=count(round(unpacked / 1024 / 1024)),
                limit=count(MAX_XLSX_UNPACKED_BYTES // 1024 // 1024),
            )
        )
    try:
        found = _stream_xlsx(path)
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError, expat.ExpatError, ElementTree.ParseError):
        found = None
    if found is None:
        found = _openpyxl_xlsx(path)
    rows, title = found
    return _table_from_rows(rows, path, sheet=title)


def _openpyxl_xlsx(path: Path) -> tuple[list[list[Cell]], str]:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            # "no default style" and similar: about formatting, which an import does not use.
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or mislabelled file
        raise UserError(
            translate("Import", "{file} cannot be read as an Excel workbook: {reason}").format(
                file=path.name, reason=exc
            )
        ) from exc
    try:
        for sheet in workbook.worksheets:
            rows = [[_xlsx_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            if any(any(c is not None for c in row) for row in rows):
                return rows, sheet.title
    finally:
        workbook.close()
    raise UserError(translate("Import", "{file} has no data in any sheet.").format(file=path.name))


_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _zip_path(target: str) -> str:
    target = target.lstrip("/")
    return target if target.startswith("xl/") else f"xl/{target}"


def _column_index(ref: str) -> int:
    index = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            index = index * 26 + (ord(ch) - 64)
        else:
            break
    return index - 1


def _shared_strings(archive: zipfile.ZipFile, name: str | None) -> list[str]:
    if name is None or name not in archive.namelist():
        return []
    strings: list[str] = []
    parts: list[str] = []
    depth_phonetic = 0
    collecting = False

    def start(tag: str, _attrs: dict[str, str]) -> None:
        nonlocal collecting, depth_phonetic
        local = _local(tag)
        if local == "si":
            parts.clear()
        elif local == "rPh":
            depth_phonetic += 1
        elif local == "t" and not depth_phonetic:
            collecting = True

    def end(tag: str) -> None:
        nonlocal collecting, depth_phonetic
        local = _local(tag)
        if local == "si":
            strings.append("".join(parts))
        elif local == "rPh":
            depth_phonetic -= 1
        elif local == "t":
            collecting = False

    def chars(data: str) -> None:
        if collecting:
            parts.append(data)

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    with archive.open(name) as handle:
        parser.ParseFile(handle)
    return strings


def _date_styles(archive: zipfile.ZipFile, name: str | None) -> set[int]:
    """Indexes of the cell styles whose number format is a date (openpyxl's rule for 'is a date')."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if name is None or name not in archive.namelist():
        return set()
    root = ElementTree.fromstring(archive.read(name))
    custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "") for f in root.iter(f"{_MAIN_NS}numFmt")}
    dates: set[int] = set()
    xfs = root.find(f"{_MAIN_NS}cellXfs")
    for index, xf in enumerate(xfs if xfs is not None else []):
        fmt_id = int(xf.get("numFmtId", "0"))
        code = custom.get(fmt_id) or BUILTIN_FORMATS.get(fmt_id, "General")
        if is_date_format(code):
            dates.add(index)
    return dates


def _stream_xlsx(path: Path) -> tuple[list[list[Cell]], str] | None:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    with zipfile.ZipFile(path) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets: dict[str, str] = {}
        shared_name = styles_name = None
        for rel in relations.iter(f"{_PKG_REL_NS}Relationship"):
            kind = rel.get("Type", "")
            target = _zip_path(rel.get("Target", ""))
            targets[rel.get("Id", "")] = target
            if kind.endswith("/sharedStrings"):
                shared_name = target
            elif kind.endswith("/styles"):
                styles_name = target
        properties = workbook.find(f"{_MAIN_NS}workbookPr")
        epoch = CALENDAR_WINDOWS_1900
        if properties is not None and properties.get("date1904", "0") in ("1", "true"):
            epoch = CALENDAR_MAC_1904
        shared = _shared_strings(archive, shared_name)
        date_styles = _date_styles(archive, styles_name)
        sheets = workbook.find(f"{_MAIN_NS}sheets")
        if sheets is None:
            return None
        for sheet in sheets:
            target = targets.get(sheet.get(f"{_REL_NS}id", ""))
            if target is None:
                return None
            rows = _stream_sheet(archive, target, shared, date_styles, lambda v: from_excel(v, epoch))
            if any(any(c is not None for c in row) for row in rows):
                return rows, sheet.get("name", "")
    return None


def _stream_sheet(
    archive: zipfile.ZipFile,
    name: str,
    shared: list[str],
    date_styles: set[int],
    to_date: Callable[[float], object],
) -> list[list[Cell]]:
    """The sheet's rows, streamed: a callback per XML element, nothing kept but the cell values.

    Written for speed (it runs ~500,000 times for a 10,000-row list): element names are resolved
    once per distinct tag, the current cell lives in local variables, not objects. Each cell is
    converted as it ends (text, the usual case, is only stripped) and goes straight into a new list
    per row, instead of a second pass over every row through :func:`_xlsx_cell`.
    """
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    #: "AB" -> 27: a cell reference's letters repeat on every row, so each is worked out once.
    column_of: dict[str, int] = {}
    parts: list[str] = []
    locals_of: dict[str, str] = {}
    collecting = False
    kind = "n"
    style = 0
    column = 0
    row_number = 0

    def local_name(tag: str) -> str:
        found = locals_of.get(tag)
        if found is None:
            found = locals_of[tag] = _local(tag)
        return found

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal collecting, kind, style, column, row_number, row
        local = locals_of.get(tag) or local_name(tag)
        if local == "c":
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                column = column_of.get(letters, -1)
                if column < 0:
                    column = column_of[letters] = _column_index(letters)
            else:
                column = len(row)
            kind = attrs.get("t", "n")
            style = int(attrs.get("s", "0"))
            parts.clear()
        elif local == "v" or local == "t":
            collecting = True
        elif local == "row":
            number = int(attrs["r"]) if "r" in attrs else row_number + 1
            while len(rows) < number - 1:  # rows Excel left out because they are empty
                rows.append([])
            row_number = number
            row = []
        elif local == "rPh":
            collecting = False

    def end(tag: str) -> None:
        nonlocal collecting
        local = locals_of.get(tag) or local_name(tag)
        if local == "v" or local == "t":
            collecting = False
        elif local == "c":
            value = _cell_value("".join(parts), kind, style)
            # What _xlsx_cell makes of a value, with text (nearly every cell of a list) first.
            value = (value.strip() or None) if type(value) is str else _xlsx_cell(value)
            while len(row) < column:
                row.append(None)
            if len(row) == column:
                row.append(value)
            else:
                row[column] = value
        elif local == "row":
            rows.append(row)

    def chars(data: str) -> None:
        if collecting:
            parts.append(data)

    def _cell_value(text: str, kind: str, style: int) -> object:
        if kind == "s":
            return shared[int(text)] if text else None
        if kind == "inlineStr" or kind == "str":
            return text
        if kind == "b":
            return text == "1"
        if kind == "e":
            return None
        if not text:
            return None
        number = float(text)
        if style in date_styles:
            return to_date(number)
        return int(number) if number.is_integer() and "E" not in text.upper() else number

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.buffer_text = True
    with archive.open(name) as handle:
        parser.ParseFile(handle)
    return rows


# --- common ----------------------------------------------------------------------------------------------------


def _header_index(rows: list[list[Cell]]) -> int:
    """The header row: the first of the top rows with the most recognised names, else the first non-empty."""
    from accreditation.intake.headers import recognise_header

    best_index, best_known = -1, 0
    first_nonempty = -1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if not any(c is not None for c in row):
            continue
        if first_nonempty < 0:
            first_nonempty = index
        known = sum(1 for c in row if isinstance(c, str) and recognise_header(c))
        if known > best_known:
            best_index, best_known = index, known
    if best_known >= 2:
        return best_index
    return max(first_nonempty, 0)


def _table_from_rows(
    rows: list[list[Cell]],
    source: Path | None,
    *,
    encoding: str | None = None,
    separator: str | None = None,
    sheet: str | None = None,
) -> Table:
    if not rows or not any(any(c is not None for c in r) for r in rows):
        name = source.name if source else translate("Import", "The file")
        raise UserError(translate("Import", "{file} is empty.").format(file=name))
    header_at = _header_index(rows)
    header = ["" if c is None else str(c) for c in rows[header_at]]
    while header and not header[-1]:
        header.pop()
    width = len(header)
    data: list[list[Cell]] = []
    numbers: list[int] = []
    for number, row in enumerate(rows[header_at + 1 :], start=1):
        if not any(c is not None for c in row):
            continue
        cells = list(row[:width]) + [None] * (width - len(row))
        if len(row) > width and any(c is not None for c in row[width:]):
            cells.extend(row[width:])
        data.append(cells)
        numbers.append(number)
    # Trailing empty rows are common in Excel exports; they were skipped above and are not rows.
    return Table(header, data, numbers, source, encoding=encoding, separator=separator, sheet=sheet)


def read_table(path: str | Path) -> Table:
    """Read a CSV or XLSX file by its content (an XLSX is a ZIP), not only by its extension."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                translate(
                    "Import",
                    "{file} is {size} MB; delegation lists over {limit} MB are not accepted (10,000 people "
                    "take about 4 MB). Check that this is the right file, or split it by region.",
                ).format(
                    file=path.name,
                    size=count(round(size / 1024 / 1024)),
                    limit=count(MAX_FILE_BYTES // 1024 // 1024),
                )
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(translate("Import", "There is no file {path}.").format(path=path)) from exc
    except OSError as exc:
        raise UserError(
            translate("Import", "{path} cannot be read: {reason}.").format(path=path, reason=exc.strerror)
        ) from exc
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(path)
    if path.suffix.lower() in (".xls",) or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(
            translate(
                "Import", "{file} is an old Excel (.xls) file; save it as .xlsx or CSV and import that."
            ).format(file=path.name)
        )
    return read_csv_bytes(data, path)
