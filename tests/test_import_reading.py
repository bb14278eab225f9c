"""Reading lists as the regions' programs write them: encodings, separators, XLSX variants."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from accreditation.errors import UserError
from accreditation.intake.reading import (
    _openpyxl_xlsx,
    _stream_xlsx,
    _table_from_rows,
    decode_text,
    detect_separator,
    read_table,
)
from accreditation.intake.values import clean_text

RUSSIAN = "Фамилия;Имя;Пол\nВоронцов;Павел;М\nЁлкин;Дмитрий;М\n"
PERSIAN = "نام,نام خانوادگی,شماره گذرنامه\nنرگس,شیرازی,P23456789\nعلیرضا,کاظمی‌نیا,P12345678\n"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 with BOM"),
        ("utf-16", "UTF-16"),
        ("utf-16-le", "UTF-16 LE"),
        ("cp1251", "Windows-1251"),
    ],
)
def test_russian_list_in_each_encoding(tmp_path: Path, encoding: str, expected: str):
    path = tmp_path / "list.csv"
    path.write_bytes(RUSSIAN.encode(encoding))
    table = read_table(path)
    assert table.encoding == expected
    assert table.headers == ["Фамилия", "Имя", "Пол"]
    assert table.rows[1] == ["Ёлкин", "Дмитрий", "М"]


@pytest.mark.parametrize(("encoding", "expected"), [("cp1256", "Windows-1256"), ("utf-16-be", "UTF-16 BE")])
def test_persian_list_in_windows_1256_and_utf16(tmp_path: Path, encoding: str, expected: str):
    path = tmp_path / "list.csv"
    data = PERSIAN
    if encoding == "cp1256":
        # Windows-1256 has no Persian ی (U+06CC): Persian Windows writes the Arabic ي in its place.
        data = PERSIAN.replace("ی", "ي")
    path.write_bytes(data.encode(encoding))
    table = read_table(path)
    assert table.encoding == expected
    assert [clean_text(h) for h in table.headers] == ["نام", "نام خانوادگی", "شماره گذرنامه"]
    assert [clean_text(c) for c in table.rows[0][:2]] == ["نرگس", "شیرازی"]


def test_windows_1251_and_1256_are_told_apart_by_the_text_itself():
    russian = "Заместитель губернатора Астраханской области по экономике".encode("cp1251")
    persian = "معاون هماهنگي امور اقتصادي استانداري مازندران".encode("cp1256")
    assert decode_text(russian)[1] == "Windows-1251"
    assert decode_text(persian)[1] == "Windows-1256"


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_separator_is_detected(separator: str):
    text = separator.join(["given_name", "family_name", "notes"]) + "\n"
    text += separator.join(["Anna", "Belova", '"a, b; c"']) + "\n"
    assert detect_separator(text) == separator


def test_quoted_commas_do_not_fool_the_semicolon_detection(tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text('a;b;c\n"x, y, z";2;3\n"p, q";5;6\n', encoding="utf-8")
    table = read_table(path)
    assert table.separator == ";"
    assert table.rows[0] == ["x, y, z", "2", "3"]


def test_title_lines_above_the_header_are_skipped_and_blank_lines_keep_row_numbers(tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text(
        "Delegation of Astrakhan Oblast,,\n,,\ngiven_name,family_name,passport_no\nA,B,X1\n,,\nC,D,X2\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.headers == ["given_name", "family_name", "passport_no"]
    assert table.row_numbers == [1, 3]
    assert table.rows[1][0] == "C"


def test_unusable_files_give_one_clear_sentence(tmp_path: Path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="empty"):
        read_table(empty)
    with pytest.raises(UserError, match="no file"):
        read_table(tmp_path / "missing.csv")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(UserError, match=r"\.xls"):
        read_table(old)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match="cannot be read as an Excel workbook"):
        read_table(broken)


def test_xlsx_dates_numbers_and_text_from_openpyxl(tmp_path: Path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Heyət"
    sheet.append(["given_name", "family_name", "passport_no", "arrival", "departure", "notes"])
    sheet.append(["Elşən", "Həsənov", 12345678, datetime(2025, 11, 17), datetime(2025, 11, 19, 14, 30), None])
    sheet.append(["Günel", "Quliyeva", "C02345678", date(2025, 11, 18), None, 1.5])
    path = tmp_path / "baku.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.sheet == "Heyət"
    assert table.rows[0][:5] == [
        "Elşən",
        "Həsənov",
        "12345678",
        date(2025, 11, 17),
        datetime(2025, 11, 19, 14, 30),
    ]
    assert table.rows[1][3] == date(2025, 11, 18)
    assert table.rows[1][5] == "1.5"
    # The streaming reader and openpyxl's own read agree cell for cell.
    _assert_same_as_openpyxl(path)


def _assert_same_as_openpyxl(path: Path) -> None:
    streamed = _stream_xlsx(path)
    assert streamed is not None
    by_openpyxl = _openpyxl_xlsx(path)
    assert streamed[1] == by_openpyxl[1]
    a, b = _table_from_rows(streamed[0], path), _table_from_rows(by_openpyxl[0], path)
    assert (a.headers, a.rows, a.row_numbers) == (b.headers, b.rows, b.row_numbers)


def _minimal_xlsx(path: Path, *, date1904: bool = False) -> Path:
    """A workbook as Excel writes it: shared strings (with a rich-text run and a phonetic hint), styles."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook {ns} {rel_ns}>'
        + ('<workbookPr date1904="1"/>' if date1904 else "")
        + '<sheets><sheet name="Список" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>",
        "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst {ns} count="4" uniqueCount="4">'
        "<si><t>Фамилия</t></si><si><t>Прибытие</t></si>"
        '<si><r><t>Воро</t></r><r><rPr><b/></rPr><t>нцов</t></r><rPh sb="0" eb="1"><t>ヴ</t></rPh></si>'
        "<si><t>Паспорт</t></si></sst>",
        "xl/styles.xml": f'<?xml version="1.0"?><styleSheet {ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet {ns}><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>45978</v></c><c r="C3"><v>752345678</v></c></row>'
        "</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


@pytest.mark.parametrize(("date1904", "day"), [(False, date(2025, 11, 17)), (True, date(2029, 11, 18))])
def test_excel_style_workbook_shared_strings_dates_and_skipped_rows(
    tmp_path: Path, date1904: bool, day: date
):
    path = _minimal_xlsx(tmp_path / "astrakhan.xlsx", date1904=date1904)
    table = read_table(path)
    assert table.sheet == "Список"
    assert table.headers == ["Фамилия", "Прибытие", "Паспорт"]
    # Row 2 of the sheet is absent (empty): the person is data row 2, as the spreadsheet shows.
    assert table.row_numbers == [2]
    assert table.rows[0] == ["Воронцов", day, "752345678"]
    _assert_same_as_openpyxl(path)


@pytest.mark.parametrize("separator", [";", "\t"])
def test_excels_sep_hint_line_is_obeyed_and_dropped(tmp_path: Path, separator: str):
    path = tmp_path / "list.csv"
    path.write_text(
        f"sep={separator}\r\ngiven_name{separator}family_name\r\nAnna, Maria{separator}Belova\r\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.separator == separator
    assert table.headers == ["given_name", "family_name"]
    assert table.rows == [["Anna, Maria", "Belova"]]
