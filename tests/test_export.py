"""Exports: what a spreadsheet opens runs no formula; passports only on request; round trip adds nobody."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from accreditation.cli.main import run
from accreditation.errors import UserError
from accreditation.intake import import_file
from accreditation.intake.export import export_delegates, neutralise_cell
from accreditation.people.delegates import create_delegate
from accreditation.store.models import Category, Delegate, Region

HOSTILE = {
    "given_name": "Anna",
    "family_name": '=HYPERLINK("http://evil.example","click")',
    "title_en": "+cmd|' /C calc'!A0",
    "notes": "@SUM(1+1)*cmd|' /C calc'!A0",
    "dietary": "-2+3",
    "phone": "+7 851 200-11-22",
    "language_needs": "\tTab",
    "email": "anna@example.org",
    "document_no": "752345678",
}


@pytest.fixture
def people(event_db):
    with event_db.sessions() as s:
        categories = {c.code: c.id for c in s.scalars(select(Category))}
        regions = {r.code: r.id for r in s.scalars(select(Region))}
    with event_db.transaction() as s:
        create_delegate(
            s, {**HOSTILE, "category_id": categories["press"], "region_id": regions["astrakhan"]}, "t"
        )
        create_delegate(
            s,
            {
                "given_name": "Elşən",
                "family_name": "Həsənov",
                "name_native": "Elşən Rauf oğlu Həsənov",
                "name_fa": "الشن حسن‌اف",
                "document_no": "C01234567",
                "category_id": categories["head"],
                "region_id": regions["baku"],
            },
            "t",
        )
    return event_db


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_formula_triggers_are_neutralised(text: str):
    assert neutralise_cell(text) == "'" + text
    assert neutralise_cell("Anna") == "Anna" and neutralise_cell("") == ""


def test_csv_runs_no_formula_and_leaves_passports_out(people, tmp_path: Path):
    out = tmp_path / "people.csv"
    with people.sessions() as s:
        assert export_delegates(s, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the BOM and shows Persian and Cyrillic right
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert "passport_no" not in rows[0]
    assert b"752345678" not in raw and b"C01234567" not in raw
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    anna = next(r for r in rows if r["given_name"] == "Anna")
    assert anna["family_name"].startswith("'=HYPERLINK")
    assert anna["phone"] == "'+7 851 200-11-22"
    assert anna["region"] == "astrakhan" and anna["category"] == "press"
    elshen = next(r for r in rows if r["given_name"] == "Elşən")
    assert elshen["name_native"] == "Elşən Rauf oğlu Həsənov" and elshen["name_fa"] == "الشن حسن‌اف"


def test_xlsx_cells_are_text_never_formulas_and_passports_on_request(people, tmp_path: Path):
    out = tmp_path / "people.xlsx"
    with people.sessions() as s:
        export_delegates(s, out, with_passports=True)
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert "passport_no" in header
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str):
                assert not cell.value.startswith(("=", "+", "-", "@"))
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    passports = {row[header.index("passport_no")] for row in values}
    assert passports == {"752345678", "C01234567"}


def test_region_filter_and_selection_by_ids(people, tmp_path: Path):
    with people.sessions() as s:
        assert export_delegates(s, tmp_path / "baku.csv", region_code="baku") == 1
        ids = list(s.scalars(select(Delegate.id).order_by(Delegate.id.desc())))
        assert export_delegates(s, tmp_path / "chosen.csv", delegate_ids=ids) == 2
        with pytest.raises(UserError, match="no region «nowhere»"):
            export_delegates(s, tmp_path / "x.csv", region_code="nowhere")
        with pytest.raises(UserError, match=r"\.csv, \.xlsx or \.pdf"):
            export_delegates(s, tmp_path / "x.ods")
    with open(tmp_path / "chosen.csv", encoding="utf-8-sig") as handle:
        names = [r["given_name"] for r in csv.DictReader(handle)]
    assert names == ["Elşən", "Anna"]  # the selection's order


def test_an_export_imported_back_adds_nobody(people, tmp_path: Path):
    out = tmp_path / "people.csv"
    with people.sessions() as s:
        export_delegates(s, out, with_passports=True)
        before = s.scalar(select(func.count(Delegate.id)))
    result = import_file(people, out, operator="t")
    assert (result.accepted, result.rejected) == (0, 0)
    assert result.updated == 2 and result.unchanged == 2  # the guard apostrophes came off again
    with people.sessions() as s:
        assert s.scalar(select(func.count(Delegate.id))) == before


def test_cli_export(people, event_db, tmp_path: Path, capsys):
    out = tmp_path / "astrakhan.xlsx"
    assert run(["--db", event_db.url, "export", str(out), "--region", "astrakhan"]) == 0
    assert "Exported 1 people" in capsys.readouterr().out
    assert load_workbook(out).active.max_row == 2
    assert run(["--db", event_db.url, "export", str(tmp_path / "x.txt")]) == 1
    assert "must end in .csv, .xlsx or .pdf" in capsys.readouterr().err


def _pdf_text(path: Path) -> str:
    import shutil
    import subprocess
    import unicodedata

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Shaped Persian comes back as presentation forms; NFKC gives the letters as typed.
    return unicodedata.normalize("NFKC", text)


def test_delegation_list_pdf_per_region_with_persian_and_latin_names(people, tmp_path: Path):
    from accreditation.intake.delegation_pdf import delegation_list_pdf

    with people.sessions() as s:
        categories = {c.code: c.id for c in s.scalars(select(Category))}
        baku = s.scalar(select(Region.id).where(Region.code == "baku"))
    with people.transaction() as s:
        for i in range(40):  # enough for a second page
            create_delegate(
                s,
                {
                    "given_name": f"Tural{i}",
                    "family_name": "Məmmədli",
                    "name_fa": f"تورال ممدلی {i}",
                    "title_en": "Adviser",
                    "title_fa": "مشاور",
                    "category_id": categories["delegate"],
                    "region_id": baku,
                },
                "t",
            )
    out = tmp_path / "baku.pdf"
    with people.sessions() as s:
        assert delegation_list_pdf(s, out, region_code="baku") == 41
    text = _pdf_text(out)
    assert "Delegation: Baku" in text and "هیئت باکو" in text
    assert "Elşən Həsənov" in text and "Elşən Rauf oğlu Həsənov" in text
    assert "الشن حسن‌اف".replace("\u200c", "") in text.replace("\u200c", "")
    assert "Head of delegation" in text  # the category, head first in protocol order
    assert text.index("Elşən Həsənov") < text.index("Tural0 Məmmədli")
    assert "Baku — page 2" in text
    assert "C01234567" not in text  # never passport numbers
    # Every region with people, each on its own pages.
    everyone = tmp_path / "all.pdf"
    with people.sessions() as s:
        assert export_delegates(s, everyone) == 42
    text = _pdf_text(everyone)
    assert "Delegation: Astrakhan Oblast" in text and "Astrakhan Oblast — page 1" in text
