"""The audit trail: who, when, each field before and after; per person and exportable."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from accreditation.intake import import_file
from accreditation.intake.export import export_audit_csv
from accreditation.people.delegates import create_delegate, update_delegate
from accreditation.store import audit
from accreditation.store.models import Category, DelegateStatus, Gender


def test_record_and_history_in_order(event_db):
    with event_db.transaction() as s:
        audit.record(
            s,
            operator="Maryam",
            action="edit",
            entity="delegate",
            entity_id=7,
            changes={"title_en": ("", "Adviser")},
        )
        audit.record(
            s,
            operator="Reza",
            action="photo",
            entity="delegate",
            entity_id=7,
            changes={"photo": (None, "600×800 JPEG")},
        )
        audit.record(s, operator="Reza", action="edit", entity="delegate", entity_id=8, changes={})
    with event_db.sessions() as s:
        entries = audit.history(s, "delegate", 7)
        assert [(e.operator, e.action) for e in entries] == [("Maryam", "edit"), ("Reza", "photo")]
        assert entries[0].changes == {"title_en": ["", "Adviser"]}
        assert entries[0].at is not None


def test_delegate_changes_compares_plain_values():
    before = {"gender": Gender.MALE, "arrival": datetime(2025, 11, 17), "notes": None, "title_en": "Adviser"}
    after = {"gender": "M", "arrival": datetime(2025, 11, 18), "notes": "", "title_en": "Adviser"}
    assert audit.delegate_changes(before, after) == {
        "arrival": (datetime(2025, 11, 17), datetime(2025, 11, 18))
    }
    assert audit.delegate_changes({"status": DelegateStatus.REGISTERED}, {"status": "cancelled"}) == {
        "status": (DelegateStatus.REGISTERED, "cancelled")
    }


def test_a_rolled_back_change_leaves_no_trail(event_db):
    try:
        with event_db.transaction() as s:
            audit.record(
                s, operator="x", action="edit", entity="delegate", entity_id=1, changes={"a": (1, 2)}
            )
            raise RuntimeError("the change failed")
    except RuntimeError:
        pass
    with event_db.sessions() as s:
        assert audit.history(s, "delegate", 1) == []


def test_export_of_the_trail_one_line_per_field_and_formula_safe(event_db, tmp_path: Path):
    with event_db.sessions() as s:
        category = s.scalar(select(Category.id).where(Category.code == "delegate"))
    with event_db.transaction() as s:
        person = create_delegate(
            s,
            {
                "given_name": "Anna",
                "family_name": "Belova",
                "category_id": category,
                "notes": '=HYPERLINK("x")',
            },
            "Maryam",
        )
        update_delegate(s, person.id, {"notes": "+ visa"}, "Reza")
        pid = person.id
    out = tmp_path / "trail.csv"
    with event_db.sessions() as s:
        assert export_audit_csv(s, out, entity="delegate", entity_id=pid) == 2
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["action"] for r in rows} == {"create", "edit"}
    notes = [r for r in rows if r["field"] == "notes"]
    assert notes[0]["after"] == '\'=HYPERLINK("x")'
    assert notes[1]["before"] == '\'=HYPERLINK("x")' and notes[1]["after"] == "'+ visa"
    assert notes[1]["operator"] == "Reza"
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values() if cell)


def test_an_import_records_who_created_each_person_and_the_import_itself(event_db, tmp_path: Path):
    path = tmp_path / "guests.csv"
    path.write_text(
        "given_name,family_name,category\nAnna,Belova,press\nViktor,Sokolov,ambassador\n", encoding="utf-8"
    )
    result = import_file(event_db, path, operator="Maryam")
    path.write_text(
        "given_name,family_name,category,title\nAnna,Belova,press,Correspondent\n", encoding="utf-8"
    )
    again = import_file(event_db, path, operator="Reza")
    assert (again.accepted, again.updated, again.unchanged) == (0, 1, 0)
    with event_db.sessions() as s:
        anna = min(result.created_ids)
        entries = audit.history(s, "delegate", anna)
        assert [(e.operator, e.action) for e in entries] == [("Maryam", "import"), ("Reza", "import")]
        assert entries[0].detail == "import of guests.csv"
        assert entries[1].changes == {"title_en": ["", "Correspondent"]}
        summaries = [
            e for e in s.scalars(select(audit.AuditEntry).where(audit.AuditEntry.entity == "import"))
        ]
        assert [e.changes["accepted"][1] for e in summaries] == [2, 0]
