"""Passport capitals read in mixed case everywhere a name is shown or printed; the passport form stays stored."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from accreditation.names.display import latin_capitals, latin_display, latin_family_capitals, latin_full_name
from tests.conftest import run_main


@pytest.mark.parametrize(
    ("stored", "nationality", "shown"),
    [
        ("GADZHI GADZHIEV", "RUS", "Gadzhi Gadzhiev"),
        ("KASSYM-JOMART", "KAZ", "Kassym-Jomart"),
        ("ABD AL-AZIZ", "", "Abd al-Aziz"),
        # Azerbaijani letters: İ/i and I/ı are two pairs.
        ("İLHAM ƏLİYEV", "AZE", "İlham Əliyev"),
        ("BAĞIROV İLQAR", "AZ", "Bağırov İlqar"),
        ("RZAYEV İLQAR", "", "Rzayev İlqar"),
        # Plain ASCII is a transliteration: its I is the English i, even for an Azerbaijani.
        ("ILHAM ALIYEV", "AZE", "Ilham Aliyev"),
        # Turkmen letters, and the Turkic casing of an Azerbaijani name with Ç/Ü only.
        ("ÇARYÝEW ŞATLYK", "TKM", "Çaryýew Şatlyk"),
        ("ÜLVI", "AZE", "Ülvı"),
        # Mixed case is someone's deliberate spelling: kept.
        ("McDonald", "", "McDonald"),
        ("de Gaulle", "", "de Gaulle"),
        ("", "", ""),
    ],
)
def test_latin_display(stored: str, nationality: str, shown: str) -> None:
    assert latin_display(stored, nationality) == shown


def test_capitals_for_a_badge_keep_the_turkic_dotted_i() -> None:
    assert latin_capitals("Əliyev", "AZE") == "ƏLİYEV"
    assert latin_capitals("Aliyev", "AZE") == "ALIYEV"
    assert latin_family_capitals("GADZHI", "GADZHIEV", "RUS") == "Gadzhi GADZHIEV"
    assert latin_full_name("GADZHI", "GADZHIEV") == "Gadzhi Gadzhiev"


CAPITALS_CSV = (
    "given_name,family_name,name_native,region,category,gender,nationality,passport_no\n"
    "GADZHI,GADZHIEV,Гаджиев Гаджи Магомедович,dagestan,delegate,M,RUS,751234567\n"
)


def _td3(family: str, given: str, number: str, nationality: str) -> list[str]:
    from accreditation.passports.mrz import check_digit

    names = (family + "<<" + given).ljust(39, "<")
    line1 = f"P<{nationality}{names}"[:44]
    number = number.ljust(9, "<")
    birth, expiry = "700101", "350101"
    line2 = (
        number
        + check_digit(number)
        + nationality
        + birth
        + check_digit(birth)
        + "M"
        + expiry
        + check_digit(expiry)
        + "<" * 14
        + "<"
    )
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    return [line1, line2]


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, int]:
    db = tmp_path / "summit.sqlite"
    source = tmp_path / "dagestan.csv"
    source.write_text(CAPITALS_CSV, encoding="utf-8")
    assert run_main("--db", str(db), "init").returncode == 0
    result = run_main("--db", str(db), "import", str(source), "--json")
    assert result.returncode == 0, result.stderr
    from accreditation.store.database import open_database
    from accreditation.store.models import Delegate

    opened = open_database(db)
    try:
        with opened.sessions() as s:
            pid = s.scalar(select(Delegate.id).where(Delegate.family_name == "GADZHIEV"))
    finally:
        opened.close()
    assert pid is not None
    return db, pid


def test_a_capitals_import_reads_in_mixed_case_and_the_passport_form_stays_for_the_mrz(imported) -> None:
    from accreditation.badges.issuing import badge_view, issue_badge
    from accreditation.passports.mrz import parse_mrz
    from accreditation.people.directory import people_rows
    from accreditation.people.persian_names import missing_persian_names
    from accreditation.store.database import open_database
    from accreditation.store.models import Delegate

    path, pid = imported
    db = open_database(path)
    try:
        with db.transaction() as s:
            row = people_rows(s, [pid])[pid]
            # The people table's data: the reading form.
            assert (row.given_name, row.family_name, row.latin) == ("Gadzhi", "Gadzhiev", "Gadzhi Gadzhiev")
            assert row.passport_latin == "GADZHI GADZHIEV"
            person = s.get(Delegate, pid)
            # Stored as the passport prints it, which is what the machine-readable zone says.
            assert (person.given_name, person.family_name) == ("GADZHI", "GADZHIEV")
            zone = parse_mrz(_td3("GADZHIEV", "GADZHI", "751234567", "RUS"))
            assert (zone.family_name, zone.given_names) == (person.family_name, person.given_name)
            view = badge_view(s, issue_badge(s, person, "test"), b"k" * 32)
            assert view.name_latin == "Gadzhi Gadzhiev"
            assert view.text("name_latin_family_caps") == "Gadzhi GADZHIEV"
            (proposal,) = missing_persian_names(s)
            assert proposal.latin == "Gadzhi Gadzhiev"
    finally:
        db.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_printed_badge_shows_the_mixed_case_name(imported, tmp_path: Path) -> None:
    path, pid = imported
    out = tmp_path / "badge.pdf"
    result = run_main(
        "--db",
        str(path),
        "badges",
        "--ids",
        str(pid),
        "--out",
        str(out),
        "--override-approval",
        "--operator",
        "Desk test",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Gadzhi Gadzhiev" in " ".join(text.split())
    assert "GADZHIEV" not in text


def test_a_template_may_ask_for_the_family_name_in_capitals(tmp_path: Path) -> None:
    from accreditation.badges.templates import load_template, templates_dir
    from accreditation.badges.view import BadgeView

    data = json.loads((templates_dir() / "a6.json").read_text(encoding="utf-8"))
    for element in data["elements"]:
        if element.get("field") == "name_latin":
            element["family_capitals"] = True
    (tmp_path / "protocol.json").write_text(json.dumps(data), encoding="utf-8")
    template = load_template("protocol", tmp_path)
    (name,) = [e for e in template.badge.elements if e.family_capitals]
    view = BadgeView(1, 1, "x", name_latin="Gadzhi Gadzhiev", name_latin_family_caps="Gadzhi GADZHIEV")
    assert view.text(name.field) == "Gadzhi GADZHIEV"
    # A view made without the capitals form prints the name as it is, never an empty line.
    assert BadgeView(1, 1, "x", name_latin="Gadzhi Gadzhiev").text(name.field) == "Gadzhi Gadzhiev"
