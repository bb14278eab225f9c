"""The four sample lists in ../shared/samples imported as a new user would, quirk by quirk."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from accreditation.intake import ImportRejected, build_preview, import_file, read_table
from accreditation.store.database import Database
from accreditation.store.models import AuditEntry, Delegate, Delegation, Gender

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
pytestmark = pytest.mark.skipif(
    not (SAMPLES / "README.md").exists(),
    reason=f"the shared sample lists are not beside the clone ({SAMPLES})",
)


def _count(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count(Delegate.id))) or 0


def _problems_by_row(db: Database, name: str) -> dict[int, list[tuple[str, str]]]:
    with db.sessions() as s:
        preview = build_preview(s, read_table(SAMPLES / name))
    found: dict[int, list[tuple[str, str]]] = {}
    for p in preview.problems:
        found.setdefault(p.row, []).append((p.column, p.message))
    return found


def _people(db: Database) -> dict[str, Delegate]:
    """Everyone by passport number (or Latin name), with what the assertions look at loaded."""
    stmt = select(Delegate).options(
        selectinload(Delegate.category),
        selectinload(Delegate.organization),
        selectinload(Delegate.delegation).selectinload(Delegation.region),
    )
    with db.sessions() as s:
        return {d.document_no or d.latin_name: d for d in s.scalars(stmt)}


# --- astrakhan.csv: Windows-1251, ';', Russian headers, no Latin names ------------------------------------


def test_astrakhan_is_read_without_mojibake():
    table = read_table(SAMPLES / "astrakhan.csv")
    assert table.encoding == "Windows-1251"
    assert table.separator == ";"
    assert table.headers[1:4] == ["Фамилия", "Имя", "Отчество"]
    assert table.rows[0][1] == "Воронцов"


def test_astrakhan_quirks_are_reported_at_their_rows(event_db):
    problems = _problems_by_row(event_db, "astrakhan.csv")
    assert sorted(problems) == [7, 8, 9]
    assert problems[7] == [("family_name", "The family name is missing; the passport form needs one.")]
    assert problems[8][0][0] == "passport_no" and "Repeats row 2" in problems[8][0][1]
    assert problems[9][0][0] == "arrival" and "32.11.2025" in problems[9][0][1]


def test_astrakhan_refused_as_a_whole_writes_nothing(event_db):
    with pytest.raises(ImportRejected) as refused:
        import_file(event_db, SAMPLES / "astrakhan.csv", operator="desk")
    assert {p.row for p in refused.value.result.problems} == {7, 8, 9}
    assert _count(event_db) == 0
    with event_db.sessions() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == 0


def test_astrakhan_with_skip_invalid_derives_icao_latin_and_keeps_patronymic(event_db):
    result = import_file(event_db, SAMPLES / "astrakhan.csv", operator="desk", skip_invalid=True)
    assert (result.accepted, result.updated, result.rejected) == (6, 0, 3)
    people = _people(event_db)
    vorontsov = people["751234567"]
    assert (vorontsov.given_name, vorontsov.family_name) == ("PAVEL", "VORONTSOV")
    assert vorontsov.latin_to_verify is True
    assert vorontsov.name_native == "Павел Андреевич Воронцов"
    assert vorontsov.gender == Gender.MALE
    assert vorontsov.arrival == datetime(2025, 11, 17)
    assert vorontsov.nationality == "RU"
    # Ё is kept in the native name; the passport form follows ICAO (Ё -> E).
    elkin = people["756789012"]
    assert elkin.name_native == "Дмитрий Ёлкин" and elkin.family_name == "ELKIN"
    lebedev = people["755678901"]
    assert lebedev.name_native == "Артём Юрьевич Лебедев"
    with event_db.sessions() as s:
        regions = {d.delegation.region.code for d in s.scalars(select(Delegate))}
    assert regions == {"astrakhan"}


# --- mazandaran.csv: UTF-8 BOM, Persian headers and digits, Solar Hijri --------------------------------


def test_mazandaran_quirks_are_reported_at_their_rows(event_db):
    problems = _problems_by_row(event_db, "mazandaran.csv")
    assert sorted(problems) == [5, 6]
    assert problems[5][0][0] == "family_name"
    assert problems[6][0][0] == "arrival" and "month 13" in problems[6][0][1]


def test_mazandaran_persian_names_hijri_dates_and_categories(event_db):
    result = import_file(event_db, SAMPLES / "mazandaran.csv", operator="desk", skip_invalid=True)
    assert (result.accepted, result.rejected) == (4, 2)
    people = _people(event_db)
    shirazi = people["P23456789"]
    assert shirazi.name_fa == "نرگس شیرازی"  # typed with Arabic ي, stored with Persian ی
    assert "ي" not in shirazi.name_fa
    assert (shirazi.given_name, shirazi.family_name) == ("Narges", "Shirazi")
    assert shirazi.arrival == datetime(2025, 11, 17)  # ۱۴۰۴/۰۸/۲۶
    assert shirazi.phone == "09122345678"  # Persian digits become ASCII
    assert shirazi.category.code == "delegate"  # هیئت رسمی
    kazeminia = people["P12345678"]
    assert kazeminia.name_fa == "علیرضا کاظمی\u200cنیا"  # ZWNJ kept
    karimi = people["Mohammad Hossein Karimi"]
    assert karimi.name_fa == "محمدحسین کریمی"  # Arabic ي and ك both fixed
    mehrabadi = people["Sara Mehrabadi"]
    assert mehrabadi.category.code == "press"  # رسانه
    assert mehrabadi.arrival == datetime(2025, 11, 18)  # ۱۴۰۴/۰۸/۲۷
    assert mehrabadi.delegation.region.code == "mazandaran"


def test_mazandaran_staff_category_is_understood(event_db):
    with event_db.sessions() as s:
        preview = build_preview(s, read_table(SAMPLES / "mazandaran.csv"))
    assert preview.rows[5].category is not None and preview.rows[5].category.code == "staff"  # ستادی


# --- baku.xlsx: Azerbaijani headers, letters and patronymics, K/Q ------------------------------------------


def test_baku_keeps_azerbaijani_letters_and_patronymics(event_db):
    result = import_file(event_db, SAMPLES / "baku.xlsx", operator="desk")
    assert (result.accepted, result.rejected) == (5, 0)
    people = _people(event_db)
    hasanov = people["C01234567"]
    assert (hasanov.given_name, hasanov.family_name) == ("Elşən", "Həsənov")
    assert hasanov.name_native == "Elşən Rauf oğlu Həsənov"
    assert "oğlu" not in hasanov.family_name
    assert hasanov.gender == Gender.MALE  # K: kişi
    guliyeva = people["C02345678"]
    assert guliyeva.gender == Gender.FEMALE  # Q: qadın
    assert guliyeva.family_name == "Quliyeva" and "qızı" in guliyeva.name_native
    assert people["C04567890"].family_name == "Şirinov"
    assert {d.delegation.region.code for d in people.values()} == {"baku"}
    assert hasanov.latin_to_verify is False


# --- guests.csv: canonical headers, people without a region -------------------------------------------


def test_guests_are_imported_with_their_organizations_and_categories(event_db):
    result = import_file(event_db, SAMPLES / "guests.csv", operator="desk")
    assert (result.accepted, result.rejected) == (9, 0)
    with event_db.sessions() as s:
        people = {d.latin_name: d for d in s.scalars(select(Delegate))}
        sokolov = people["Viktor Sokolov"]
        assert sokolov.category.code == "ambassador"
        assert sokolov.organization.name_en == "Embassy of the Russian Federation in Tehran"
        assert sokolov.delegation.region is None and sokolov.delegation.organization is sokolov.organization
        assert sokolov.name_native == "Виктор Соколов" and sokolov.name_fa == "ویکتور سوکولوف"
        assert people["Reza Amini"].delegation.region.code == "gilan"
        assert people["Farid Hakimov"].category.code == "international"
        assert people["Farid Hakimov"].nationality == "TJ"
        assert people["Leila Navabi"].dietary == "vegetarian"
        assert people["Anna Belova"].category.code == "press"


# --- twice ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["astrakhan.csv", "mazandaran.csv", "baku.xlsx", "guests.csv"])
def test_importing_a_sample_twice_adds_nobody(event_db, name):
    first = import_file(event_db, SAMPLES / name, operator="desk", skip_invalid=True)
    count = _count(event_db)
    assert count == first.accepted > 0
    again = import_file(event_db, SAMPLES / name, operator="desk", skip_invalid=True)
    assert again.accepted == 0
    assert again.updated == first.accepted
    assert again.unchanged == first.accepted  # nothing new in the file, so nothing changed
    assert _count(event_db) == count


def test_all_samples_together_then_again(event_db):
    names = ["astrakhan.csv", "mazandaran.csv", "baku.xlsx", "guests.csv"]
    for name in names:
        import_file(event_db, SAMPLES / name, operator="desk", skip_invalid=True)
    total = _count(event_db)
    assert total == 6 + 4 + 5 + 9
    for name in names:
        assert import_file(event_db, SAMPLES / name, operator="desk", skip_invalid=True).accepted == 0
    assert _count(event_db) == total
