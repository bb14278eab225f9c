"""The delegate service the editor and the importer share: checks, optimistic lock, cancel, duplicates."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from accreditation.people.delegates import (
    InvalidDelegate,
    StaleEdit,
    cancel_delegate,
    create_delegate,
    find_possible_duplicates,
    update_delegate,
)
from accreditation.people.fields import normalize_document_no, validate_delegate_fields
from accreditation.store import audit
from accreditation.store.database import Database
from accreditation.store.models import AuditEntry, Category, Delegate, DelegateStatus, Gender, Region


def _ids(db: Database) -> tuple[dict[str, int], dict[str, int]]:
    with db.sessions() as s:
        categories = {c.code: c.id for c in s.scalars(select(Category))}
        regions = {r.code: r.id for r in s.scalars(select(Region))}
    return categories, regions


def _person(db: Database, **extra: object) -> dict[str, object]:
    categories, regions = _ids(db)
    data: dict[str, object] = {
        "given_name": "Olga",
        "family_name": "Kravchenko",
        "name_native": "Ольга Сергеевна Кравченко",
        "document_no": "75 2345678",
        "email": "o.kravchenko@example.ru",
        "phone": "+7 851 200-11-23",
        "gender": "F",
        "category_id": categories["delegate"],
        "region_id": regions["astrakhan"],
    }
    data.update(extra)
    return data


def test_create_stores_clean_forms_joins_the_region_and_is_audited(event_db):
    with event_db.transaction() as s:
        person = create_delegate(s, _person(event_db), "Maryam")
        pid = person.id
    with event_db.sessions() as s:
        person = s.get(Delegate, pid)
        assert person.document_no == "752345678"
        assert person.gender == Gender.FEMALE
        assert person.status == DelegateStatus.REGISTERED
        assert person.version == 1
        assert person.delegation.region.code == "astrakhan"
        (entry,) = audit.history(s, "delegate", pid)
        assert (entry.operator, entry.action) == ("Maryam", "create")
        assert entry.changes["given_name"] == [None, "Olga"]
        assert entry.changes["document_no"] == [None, "752345678"]


@pytest.mark.parametrize(
    ("change", "column", "words"),
    [
        ({"given_name": "", "family_name": ""}, "given_name", "Latin name"),
        ({"family_name": ""}, "family_name", "family name is missing"),
        ({"given_name": "Ольга"}, "given_name", "not written in Latin letters"),
        ({"email": "kravchenko.example.ru"}, "email", "not an email address"),
        ({"phone": "12"}, "phone", "not a phone number"),
        ({"phone": "call me"}, "phone", "not a phone number"),
        ({"document_no": "75 23"}, "document_no", "not a passport number"),
    ],
)
def test_invalid_fields_are_refused_with_the_reason(event_db, change, column, words):
    data = _person(event_db, **change)
    problems = validate_delegate_fields(data)
    assert [p.column for p in problems] == [column]
    assert words in problems[0].message
    with event_db.transaction() as s, pytest.raises(InvalidDelegate) as refused:
        create_delegate(s, data, "Maryam")
    assert [p.column for p in refused.value.problems] == [column]
    with event_db.sessions() as s:
        assert s.scalar(select(func.count(Delegate.id))) == 0


def test_azerbaijani_letters_and_persian_phone_digits_are_fine():
    assert (
        validate_delegate_fields({"given_name": "Elşən", "family_name": "Həsənov", "phone": "۰۹۱۱۱۲۳۴۵۶۷"})
        == []
    )
    assert normalize_document_no("۷۵ ۲۳۴-۵۶۷۸ ") == "752345678"


def test_update_records_only_real_changes(event_db):
    with event_db.transaction() as s:
        pid = create_delegate(s, _person(event_db), "Maryam").id
    with event_db.transaction() as s:
        update_delegate(
            s,
            pid,
            {"title_en": "Minister of Economic Development", "email": "o.kravchenko@example.ru"},
            "Reza",
            1,
        )
    with event_db.transaction() as s:
        update_delegate(s, pid, {"title_en": "Minister of Economic Development"}, "Reza")  # nothing new
    with event_db.sessions() as s:
        person = s.get(Delegate, pid)
        assert person.version == 2
        entries = audit.history(s, "delegate", pid)
        assert [e.action for e in entries] == ["create", "edit"]
        assert entries[1].operator == "Reza"
        assert entries[1].changes == {"title_en": ["", "Minister of Economic Development"]}


def test_a_save_based_on_an_old_version_is_refused_with_both_versions(event_db):
    with event_db.transaction() as s:
        pid = create_delegate(s, _person(event_db), "Maryam").id
    with event_db.transaction() as s:
        update_delegate(s, pid, {"title_en": "Adviser"}, "desk 1", expected_version=1)
    with event_db.transaction() as s, pytest.raises(StaleEdit) as stale:
        update_delegate(s, pid, {"title_en": "Deputy"}, "desk 2", expected_version=1)
    assert (stale.value.expected_version, stale.value.current_version) == (1, 2)
    assert "version 1" in stale.value.message and "version 2" in stale.value.message
    with event_db.sessions() as s:
        assert s.get(Delegate, pid).title_en == "Adviser"


def test_a_concurrent_save_between_read_and_write_is_caught_at_flush(event_db):
    with event_db.transaction() as s:
        pid = create_delegate(s, _person(event_db), "Maryam").id
    desk2 = event_db.sessions()
    with desk2.begin():
        form_copy = desk2.get(Delegate, pid)  # desk 2 opens the form and keeps the object
        assert form_copy.version == 1
    with event_db.transaction() as s:
        update_delegate(s, pid, {"title_en": "Adviser"}, "desk 1")  # desk 1 saves first
    try:
        with pytest.raises(StaleEdit) as stale, desk2.begin():
            # Desk 2 saves from its old copy without saying which version it read: the version
            # column in the UPDATE's WHERE clause still catches it.
            update_delegate(desk2, pid, {"notes": "from desk 2"}, "desk 2")
        assert stale.value.current_version == 2
        assert form_copy.notes == ""
    finally:
        desk2.close()
    with event_db.sessions() as s:
        person = s.get(Delegate, pid)
        assert (person.title_en, person.notes, person.version) == ("Adviser", "", 2)


def test_cancel_is_a_status_never_a_deletion(event_db):
    with event_db.transaction() as s:
        pid = create_delegate(s, _person(event_db), "Maryam").id
    with event_db.transaction() as s:
        cancel_delegate(s, pid, "Maryam", "visa refused")
    with event_db.sessions() as s:
        person = s.get(Delegate, pid)
        assert person is not None and person.status == DelegateStatus.CANCELLED
        last = audit.history(s, "delegate", pid)[-1]
        assert (last.action, last.detail) == ("cancel", "visa refused")
        assert last.changes == {"status": ["registered", "cancelled"]}


def test_possible_duplicates_by_passport_or_by_name_in_the_same_region(event_db):
    categories, regions = _ids(event_db)
    with event_db.transaction() as s:
        olga = create_delegate(s, _person(event_db), "Maryam").id
    with event_db.sessions() as s:
        by_passport = find_possible_duplicates(
            s, {"given_name": "Other", "family_name": "Name", "document_no": "752345678"}
        )
        assert [d.id for d in by_passport] == [olga]
        # Same name written another way (case, Cyrillic Ё/Е, order), same region: a warning.
        by_name = find_possible_duplicates(
            s, {"name_native": "кравченко ольга сергеевна", "region_id": regions["astrakhan"]}
        )
        assert [d.id for d in by_name] == [olga]
        # The same name in another region is someone else.
        assert (
            find_possible_duplicates(
                s, {"given_name": "Olga", "family_name": "Kravchenko", "region_id": regions["baku"]}
            )
            == []
        )
        # The record being edited is not its own duplicate.
        assert find_possible_duplicates(s, _person(event_db), exclude_id=olga) == []
    # A warning, not a block: the desk may still register the second person.
    with event_db.transaction() as s:
        create_delegate(s, _person(event_db, document_no="75 9999999"), "Maryam")
    with event_db.sessions() as s:
        assert s.scalar(select(func.count(Delegate.id))) == 2
        assert s.scalar(select(func.count(AuditEntry.id))) == 2


def test_cancelling_revokes_the_persons_badge(event_db):
    from accreditation.badges.issuing import current_badge, issue_badge
    from accreditation.store.models import BadgeStatus

    with event_db.transaction() as s:
        person = create_delegate(s, _person(event_db), "Maryam")
        badge = issue_badge(s, person, "Maryam")
        pid, badge_id = person.id, badge.id
    with event_db.transaction() as s:
        cancel_delegate(s, pid, "Maryam", "visa refused")
    with event_db.sessions() as s:
        from accreditation.store.models import Badge

        assert s.get(Badge, badge_id).status == BadgeStatus.REVOKED
        assert (
            current_badge(s, s.get(Delegate, pid)) is None
            or current_badge(s, s.get(Delegate, pid)).status == BadgeStatus.REVOKED
        )


def test_bulk_creation_returns_the_ids_of_the_new_people_in_order(event_db):
    from accreditation.people.delegates import create_delegates

    categories, _ = _ids(event_db)
    items = [
        {"given_name": f"Given{i}", "family_name": "Family", "category_id": categories["staff"]}
        for i in range(5)
    ]
    with event_db.transaction() as s:
        first = create_delegates(s, items[:3], "t")
        s.execute(Delegate.__table__.delete().where(Delegate.id == first[-1]))  # a gap at the end
        second = create_delegates(s, items[3:], "t")
    with event_db.sessions() as s:
        names = {d.id: d.given_name for d in s.scalars(select(Delegate))}
    assert [names[i] for i in first[:2]] == ["Given0", "Given1"]
    assert [names[i] for i in second] == ["Given3", "Given4"]
    with event_db.sessions() as s:
        assert [e.entity_id for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))] == first + second
