"""The preview before writing: column mapping remembered by shape, row problems, matches, photos."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from accreditation.errors import UserError
from accreditation.intake import (
    ImportOptions,
    ImportRejected,
    build_preview,
    import_file,
    import_table,
    mapping_for,
    read_table,
    save_mapping,
)
from accreditation.intake.headers import guess_mapping, recognise_header
from accreditation.store.models import AuditEntry, Delegate
from tests.conftest import SAMPLES


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _preview(db, path: Path, **options):  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return build_preview(s, read_table(path), options=ImportOptions(**options) if options else None)


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(func.count(Delegate.id))) or 0


def test_headers_in_the_regions_languages():
    assert recognise_header("Фамилия") == "family_name"
    assert recognise_header("نام خانوادگی لاتین") == "family_name"
    assert recognise_header("نام خانوادگی") == "family_name_fa"
    assert recognise_header("Ata adı") == "patronymic"
    assert recognise_header("PASSPORT NO.") == "passport_no"
    assert recognise_header("E-poçt") == "email"
    assert recognise_header("Given_Name") == "given_name"
    assert recognise_header("Shoe size") is None


def test_an_unknown_column_is_mapped_once_and_remembered_for_the_same_shape(event_db, tmp_path: Path):
    text = "Vorname,Nachname,Reisepass\nAnna,Belova,752345678\n"
    path = _write(tmp_path, "list1.csv", text)
    table = read_table(path)
    mapping = mapping_for(table.headers)
    assert mapping.fields == [None, None, None] and mapping.unmapped() == [0, 1, 2]
    with event_db.sessions() as s, pytest.raises(UserError, match="No column of this file holds names"):
        build_preview(s, table, mapping)
    mapping.set(0, "given_name")
    mapping.set(1, "family_name")
    mapping.set(2, "passport_no")
    saved = save_mapping(mapping)
    assert saved.parent.name == "import_mappings"
    # Next week's list from the same office: same headers (spacing and case aside), no questions.
    second = read_table(
        _write(tmp_path, "list2.csv", "VORNAME , Nachname,Reisepass\nOlga,Kravchenko,752222222\n")
    )
    remembered = mapping_for(second.headers)
    assert remembered.remembered and remembered.fields == ["given_name", "family_name", "passport_no"]
    result = import_table(event_db, second, operator="t", mapping=remembered)
    assert result.accepted == 1
    # A different shape is not confused with it.
    assert not mapping_for(["Vorname", "Nachname"]).remembered


def test_unknown_region_and_category_are_row_problems(event_db, tmp_path: Path):
    path = _write(
        tmp_path,
        "list.csv",
        "given_name,family_name,region,category\nAnna,Belova,Atlantis,press\nIgor,Babushkin,Астраханская область,Catering\n"
        "Hadi,Haghshenas,استان گیلان,رئیس هیئت\n",
    )
    preview = _preview(event_db, path)
    problems = {(p.row, p.column): p.message for p in preview.problems}
    assert set(problems) == {(1, "region"), (2, "category")}
    assert "«Atlantis» is not a known region" in problems[(1, "region")]
    assert "astrakhan" in problems[(1, "region")]  # the message lists the codes to use
    assert preview.rows[1].region.code == "astrakhan"  # by its Russian name
    assert (preview.rows[2].region.code, preview.rows[2].category.code) == ("gilan", "head")


def test_duplicates_inside_the_file_by_passport_and_by_name_in_region(event_db, tmp_path: Path):
    path = _write(
        tmp_path,
        "dagestan.csv",
        "given_name,family_name,passport_no\nAnna,Belova,751111111\nANNA,BELOVA,\nAnna,Smirnova,75 1111111\nAnna,Belova,759999999\n",
    )
    preview = _preview(event_db, path)
    problems = {p.row: p.message for p in preview.problems}
    assert problems[2] == "Repeats row 1 (the same name in the same region); only the first is imported."
    assert problems[3].startswith("Repeats row 1 (the same passport number)")
    # Same name, different passport numbers: two people who share a name.
    assert 4 not in problems


def test_people_already_registered_are_updated_not_added(event_db, tmp_path: Path):
    first = _write(
        tmp_path,
        "dagestan.csv",
        "given_name,family_name,passport_no,title\nAnna,Belova,751111111,Adviser\nIgor,Petrov,,Driver\n",
    )
    assert import_file(event_db, first, operator="t").accepted == 2
    # The region corrects a title, adds a passport number and one person.
    second = _write(
        tmp_path,
        "dagestan.csv",
        "given_name,family_name,passport_no,title\nAnna,Belova,75 1111111,Deputy Minister\nIgor,Petrov,752222222,Driver\nLev,Orlov,,Interpreter\n",
    )
    preview = _preview(event_db, second)
    assert [r.action for r in preview.rows] == ["update", "update", "create"]
    assert "Already registered as person" in preview.rows[0].notices[0].message
    result = import_file(event_db, second, operator="t")
    assert (result.accepted, result.updated, result.unchanged) == (1, 2, 0)
    assert _count(event_db) == 3
    with event_db.sessions() as s:
        anna = s.scalars(select(Delegate).where(Delegate.family_name == "Belova")).one()
        assert anna.title_en == "Deputy Minister" and anna.version == 2
        igor = s.scalars(select(Delegate).where(Delegate.family_name == "Petrov")).one()
        assert igor.document_no == "752222222"


def test_a_verified_latin_name_is_not_replaced_by_a_derived_one(event_db, tmp_path: Path):
    path = _write(tmp_path, "astrakhan.csv", "Фамилия,Имя,Номер паспорта\nНатальева,Юлия,75 3333333\n")
    (pid,) = import_file(event_db, path, operator="t").created_ids
    with event_db.transaction() as s:
        person = s.get(Delegate, pid)
        assert (person.given_name, person.family_name, person.latin_to_verify) == ("IULIIA", "NATALEVA", True)
        # The desk checks the passport: it says YULIA NATALYEVA.
        from accreditation.people.delegates import update_delegate

        update_delegate(
            s, pid, {"given_name": "YULIA", "family_name": "NATALYEVA", "latin_to_verify": False}, "desk"
        )
    again = import_file(event_db, path, operator="t")
    assert (again.accepted, again.updated, again.unchanged) == (0, 1, 1)
    with event_db.sessions() as s:
        person = s.get(Delegate, pid)
        assert (person.given_name, person.family_name, person.latin_to_verify) == (
            "YULIA",
            "NATALYEVA",
            False,
        )


def test_skipping_rows_by_number_and_refusal_writes_nothing(event_db, tmp_path: Path):
    path = _write(
        tmp_path,
        "list.csv",
        "given_name,family_name,arrival\nAnna,Belova,2025-11-18\nIgor,Petrov,2025-02-30\n",
    )
    with pytest.raises(ImportRejected) as refused:
        import_file(event_db, path, operator="t")
    assert [(p.row, p.column) for p in refused.value.result.problems] == [(2, "arrival")]
    assert _count(event_db) == 0
    with event_db.sessions() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == 0
    # The desk skips row 2 in the preview and writes.
    result = import_file(event_db, path, operator="t", skip_rows={2})
    assert (result.accepted, result.skipped, result.rejected) == (1, 1, 0)


def _photo(path: Path, colour: tuple[int, int, int]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (900, 1200), colour).save(path)
    return path


def test_photos_beside_the_import_by_passport_number_row_number_or_column(event_db, tmp_path: Path):
    path = _write(
        tmp_path,
        "baku.csv",
        "given_name,family_name,passport_no\nElşən,Həsənov,C01234567\nGünel,Quliyeva,C02345678\nTural,Məmmədli,C03456789\n",
    )
    _photo(tmp_path / "baku_photos" / "c01234567.JPG", (255, 0, 0))
    _photo(tmp_path / "baku_photos" / "3.png", (0, 0, 255))
    (tmp_path / "baku_photos" / "C02345678.jpg").write_bytes(b"not a jpeg at all")
    preview = _preview(event_db, path)
    assert preview.rows[0].photo is not None and preview.rows[2].photo is not None
    assert preview.rows[1].photo is None
    assert any(n.column == "photo" and "not a picture" in n.message for n in preview.rows[1].notices)
    assert preview.problems == []  # a bad photo is a note; the person is still imported
    result = import_file(event_db, path, operator="t")
    assert result.accepted == 3
    with event_db.sessions() as s:
        with_photos = {d.family_name: d.photo is not None for d in s.scalars(select(Delegate))}
    assert with_photos == {"Həsənov": True, "Quliyeva": False, "Məmmədli": True}

    (tmp_path / "sub").mkdir()
    column = _write(
        tmp_path / "sub", "guests.csv", "given_name,family_name,photo\nAnna,Belova,pics/anna.png\n"
    )
    _photo(tmp_path / "sub" / "pics" / "anna.png", (0, 255, 0))
    assert _preview(event_db, column).rows[0].photo is not None


def test_guess_mapping_ignores_a_second_column_for_the_same_field():
    mapping = guess_mapping(["Фамилия", "Surname", "Имя"])
    assert mapping.fields == ["family_name", None, "given_name"]
    assert "repeats" in mapping.notes[0]


def test_photos_imported_twice_are_stored_once(event_db, tmp_path: Path):
    from accreditation.store import audit

    path = _write(tmp_path, "baku.csv", "given_name,family_name,passport_no\nElşən,Həsənov,C01234567\n")
    _photo(tmp_path / "photos" / "C01234567.jpg", (255, 0, 0))
    (pid,) = import_file(event_db, path, operator="t").created_ids
    assert import_file(event_db, path, operator="t").unchanged == 1
    with event_db.sessions() as s:
        assert [e.action for e in audit.history(s, "delegate", pid)] == ["import", "photo"]


_QUIRKY = (
    "given_name,family_name,name_fa,region,category,gender,nationality,passport_no,phone,email,arrival,departure\n"
    "  Anna ,  Belova  Smirnova ,آنا   بلووا,astrakhan,delegate,f,ru, 75 234-5678 ,+7 (851) ۲۲۳-۴۵-۶۷,a@b.ru,"
    "۱۴۰۴/۰۸/۲۶,19.11.2025\n"
    "Ali,Karimi,علي كريمي,gilan,head,مرد,IRN,k۱۲۳۴۵۶۷,,,2025-11-17,\n"
    "Олег,Петров,,astrakhan,press,М,россия,,,,,\n"
)


@pytest.mark.parametrize("name", ["quirky.csv", "astrakhan.csv", "baku.xlsx", "guests.csv", "mazandaran.csv"])
def test_previewed_values_are_already_in_their_stored_form(event_db, tmp_path: Path, name: str):
    """The preview hands its values to the writer without a second cleaning pass: they must be exactly
    what the delegate service's own cleaning would make of them, for every row of every sample."""
    from accreditation.people.fields import clean_fields

    path = _write(tmp_path, name, _QUIRKY) if name == "quirky.csv" else SAMPLES / name
    if not path.exists():
        pytest.skip(f"the shared sample lists are not beside the clone ({SAMPLES})")
    preview = _preview(event_db, path)
    assert preview.rows
    for row in preview.rows:
        assert row.values == clean_fields(row.values), f"row {row.row}"
        # Passport numbers are stored compact, as the machine-readable zone prints them.
        document = row.values["document_no"]
        assert document == document.upper() and (not document or document.isalnum())


def test_an_update_leaves_what_the_file_does_not_give(event_db, tmp_path: Path):
    """A list without category or nationality columns falls back to defaults for new people, but never
    overwrites what the desk already set on someone the list updates."""
    first = _write(
        tmp_path,
        "gilan.csv",
        "given_name,family_name,passport_no,category,nationality\nReza,Navabi,K12345678,head,AZ\n",
    )
    assert import_file(event_db, first, operator="t").accepted == 1
    second = _write(
        tmp_path, "gilan.csv", "given_name,family_name,passport_no,title\nReza,Navabi,K12345678,Governor\n"
    )
    preview = _preview(event_db, second)
    assert preview.rows[0].defaulted == {"category_id", "nationality"}
    assert "category_id" not in preview.rows[0].from_file and "title_en" in preview.rows[0].from_file
    result = import_file(event_db, second, operator="t")
    assert (result.accepted, result.updated) == (0, 1)
    with event_db.sessions() as s:
        reza = s.scalars(select(Delegate).where(Delegate.family_name == "Navabi")).one()
        assert (reza.title_en, reza.category.code, reza.nationality) == ("Governor", "head", "AZ")
