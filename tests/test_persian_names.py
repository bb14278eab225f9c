"""Persian name proposals and their review: what is proposed, with what confidence, and what acceptance stores."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from accreditation.errors import AccessDenied, UserError
from accreditation.names.persian import ZWNJ, propose_persian, same_but_a_vowel
from accreditation.people.delegates import StaleEdit, create_delegate, update_delegate
from accreditation.people.persian_names import (
    REVIEWED_ACTION,
    accept_all,
    accept_persian_name,
    missing_persian_names,
)
from accreditation.store.audit import history
from accreditation.store.enums import Role
from accreditation.store.models import Category, Delegate, Region

OPERATOR = "Leila Nouri (protocol)"


# --- proposals ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "family", "native", "nationality", "expected"),
    [
        # The two examples: a Russian from Cyrillic, an Azerbaijani with the ZWNJ of «علی‌اف».
        ("Igor", "Babushkin", "Бабушкин Игорь Юрьевич", "RUS", "ایگور بابوشکین"),
        ("Ilham", "Aliyev", "İlham Əliyev", "AZE", f"الهام علی{ZWNJ}اف"),
        # Russian given names in their fixed press form; -ов as «وف», -ев after a consonant «ف».
        ("Sergei", "Lavrov", "Сергей Лавров", "RUS", "سرگئی لاوروف"),
        ("Dmitrii", "Medvedev", "Дмитрий Медведев", "RUS", "دیمیتری مدودف"),
        # ё after ч read as е; с + consonant at the start takes «ا».
        ("Mikhail", "Gorbachev", "Михаил Горбачёв", "RUS", "میخائیل گورباچف"),
        ("Leonid", "Slutskii", "Леонид Слуцкий", "RUS", "لئونید اسلوتسکی"),
        # Arabic-origin names in their Arabic-Persian form, with the Turkic suffixes.
        ("Ramzan", "Kadyrov", "Рамзан Кадыров", "RUS", "رمضان قدیروف"),
        ("Nursultan", "Nazarbayev", "Нұрсұлтан Назарбаев", "KAZ", "نورسلطان نظربایف"),
        ("Serdar", "Berdimuhamedov", "Serdar Berdimuhamedow", "TKM", f"سردار بردی{ZWNJ}محمداف"),
        ("Mehriban", "Aliyeva", "Mehriban Əliyeva", "AZE", f"مهربان علی{ZWNJ}اوا"),
    ],
)
def test_proposals_follow_the_press_conventions(given, family, native, nationality, expected) -> None:
    proposal = propose_persian(given, family, native, nationality)
    assert proposal is not None
    assert proposal.text == expected
    assert proposal.source == "native"


def test_the_native_name_is_read_rather_than_the_passport_transliteration() -> None:
    # ICAO's "IURII" and "KH" lose what the Cyrillic says; the Cyrillic gives the press form.
    from_native = propose_persian("IURII", "USHAKOV", "Ушаков Юрий Викторович", "RUS")
    from_latin = propose_persian("IURII", "USHAKOV")
    assert from_native is not None and from_latin is not None
    assert from_native.text == "یوری اوشاکوف"
    assert from_native.confidence > from_latin.confidence
    assert from_latin.source == "latin"


def test_confidence_is_high_for_known_names_and_lower_letter_by_letter() -> None:
    known = propose_persian("Ilham", "Aliyev", "İlham Əliyev", "AZE")
    mixed = propose_persian("Igor", "Babushkin", "Игорь Бабушкин", "RUS")
    letters = propose_persian("Badma", "Ochirov", "Очиров Бадма Церенович", "RUS")
    passport = propose_persian("Badma", "Ochirov")
    assert known and mixed and letters and passport
    assert known.level == "high" and known.confidence >= 0.9
    assert mixed.level == "medium"
    assert known.confidence > mixed.confidence > letters.confidence > passport.confidence
    assert passport.level == "low"


def test_a_persian_native_name_is_proposed_as_it_is_and_nothing_is_proposed_without_a_name() -> None:
    proposal = propose_persian("Hadi", "Haghshenas", "هادی حق‌شناس")
    assert proposal is not None and proposal.text == "هادی حق‌شناس" and proposal.source == "persian"
    assert propose_persian("", "", "") is None


@pytest.mark.parametrize(
    ("proposal", "press", "same"),
    [
        ("ایگور بابوشکین", "ایگور بابوشکین", True),
        ("ایوانوف", "ایوانف", True),  # one vowel letter more
        (f"عظیم{ZWNJ}اف", "عظیم اف", True),  # joining is not spelling
        ("مصطفی‌اف", "مصطفی‌یف", True),  # one vowel letter for another
        ("قدیروف", "کادیروف", False),  # a consonant differs
        ("لاوروف", "لاورو", False),  # the ف is a consonant
        ("اسدوف", "اسادووف", False),  # two vowel letters
    ],
)
def test_same_but_a_vowel(proposal: str, press: str, same: bool) -> None:
    assert same_but_a_vowel(proposal, press) is same


# --- review: listing and accepting ---------------------------------------------------------------------


def _add(
    db, given: str, family: str, native: str, region: str = "astrakhan", nationality: str = "RUS"
) -> int:
    with db.transaction() as s:
        category = s.scalar(select(Category.id).where(Category.code == "delegate"))
        region_id = s.scalar(select(Region.id).where(Region.code == region))
        person = create_delegate(
            s,
            {
                "given_name": given,
                "family_name": family,
                "name_native": native,
                "nationality": nationality,
                "category_id": category,
                "region_id": region_id,
            },
            OPERATOR,
        )
        return person.id


def _name_fa(db, pid: int) -> str:
    with db.sessions() as s:
        return s.get(Delegate, pid).name_fa


def test_people_without_a_persian_name_are_listed_with_proposals_and_nothing_is_written(event_db) -> None:
    igor = _add(event_db, "IGOR", "BABUSHKIN", "Бабушкин Игорь Юрьевич")
    ilham = _add(event_db, "Ilham", "Aliyev", "İlham Əliyev", region="baku", nationality="AZE")
    with event_db.transaction() as s:
        found = missing_persian_names(s)
        only_baku = missing_persian_names(s, "baku")
    by_id = {p.id: p for p in found}
    assert set(by_id) == {igor, ilham}
    assert by_id[igor].proposal == "ایگور بابوشکین"
    assert by_id[igor].latin == "Igor Babushkin"  # the reading form; the passport form stays stored
    assert by_id[igor].region == "astrakhan" and by_id[igor].native.startswith("Бабушкин")
    assert [p.id for p in only_baku] == [ilham]
    # Listing is not accepting: nothing was stored.
    assert _name_fa(event_db, igor) == _name_fa(event_db, ilham) == ""
    with event_db.sessions() as s:
        assert [e.action for e in history(s, "delegate", igor)] == ["create"]


def test_an_unknown_region_code_is_a_clear_error(event_db) -> None:
    with event_db.sessions() as s, pytest.raises(UserError, match="no region with the code atlantis"):
        missing_persian_names(s, "atlantis")


def test_accepting_stores_the_name_and_marks_it_reviewed_in_the_audit_trail(event_db) -> None:
    pid = _add(event_db, "Igor", "Babushkin", "Игорь Бабушкин")
    with event_db.transaction() as s:
        (item,) = missing_persian_names(s)
        accept_persian_name(s, item.id, "ایگور بابوشکین", OPERATOR, item.version, proposal=item.proposal)
    assert _name_fa(event_db, pid) == "ایگور بابوشکین"
    with event_db.sessions() as s:
        entry = history(s, "delegate", pid)[-1]
        assert (entry.action, entry.operator, entry.detail) == (REVIEWED_ACTION, OPERATOR, "reviewed")
        assert entry.changes["name_fa"] == ["", "ایگور بابوشکین"]
        assert missing_persian_names(s) == []


def test_a_corrected_name_keeps_the_proposal_in_the_trail(event_db) -> None:
    pid = _add(event_db, "Levan", "Dzhagarian", "Леван Джагарян")
    with event_db.transaction() as s:
        (item,) = missing_persian_names(s)
        accept_persian_name(s, pid, "  لوان   جاگاریان ", OPERATOR, item.version, proposal="لوان دژاگاریان")
    assert _name_fa(event_db, pid) == "لوان جاگاریان"
    with event_db.sessions() as s:
        assert history(s, "delegate", pid)[-1].detail == "reviewed; proposed: لوان دژاگاریان"


def test_acceptance_refuses_an_empty_name_and_a_stale_version(event_db) -> None:
    pid = _add(event_db, "Igor", "Babushkin", "Игорь Бабушкин")
    with event_db.transaction() as s:
        (item,) = missing_persian_names(s)
    with event_db.transaction() as s:
        update_delegate(s, pid, {"title_en": "Governor"}, "someone else")
    with event_db.transaction() as s, pytest.raises(UserError, match="empty"):
        accept_persian_name(s, pid, "   ", OPERATOR, item.version)
    with event_db.transaction() as s, pytest.raises(StaleEdit):
        accept_persian_name(s, pid, item.proposal, OPERATOR, item.version)
    assert _name_fa(event_db, pid) == ""


def test_accept_all_writes_every_proposal(event_db) -> None:
    ids = [
        _add(event_db, "Igor", "Babushkin", "Игорь Бабушкин"),
        _add(event_db, "Ilham", "Aliyev", "İlham Əliyev", region="baku", nationality="AZE"),
    ]
    with event_db.transaction() as s:
        accepted = accept_all(s, missing_persian_names(s), OPERATOR)
    assert sorted(p.id for p in accepted) == sorted(ids)
    assert _name_fa(event_db, ids[1]) == f"الهام علی{ZWNJ}اف"
    with event_db.sessions() as s:
        assert all(history(s, "delegate", pid)[-1].action == REVIEWED_ACTION for pid in ids)


def test_acceptance_follows_the_access_policy(event_db) -> None:
    from accreditation.access import policy

    pid = _add(event_db, "Igor", "Babushkin", "Игорь Бабушкин")
    policy.set_pin(event_db, Role.ADMIN, "2468")
    with policy.signed_in(policy.authenticate(event_db, "Setup", Role.ADMIN, "2468")):
        policy.set_pin(event_db, Role.DESK, "1357")
    with policy.signed_in(policy.authenticate(event_db, "Desk", Role.DESK, "1357")):
        with event_db.transaction() as s:
            (item,) = missing_persian_names(s)  # anyone may look
        with event_db.transaction() as s, pytest.raises(AccessDenied):
            accept_persian_name(s, pid, item.proposal, "Desk", item.version)
    assert _name_fa(event_db, pid) == ""
