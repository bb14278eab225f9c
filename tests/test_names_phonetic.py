"""The cross-script phonetic key (issue 4, part 3): spellings of one name meet, different names don't."""

from __future__ import annotations

import itertools

import pytest

from accreditation.names.fuzzy import edit_distance
from accreditation.names.phonetic import phonetic_key, phonetic_variants, phonetic_words


def _meet(a: str, b: str) -> bool:
    return not set(phonetic_variants(a)).isdisjoint(phonetic_variants(b))


SAME_NAME = [
    ["Haghshenas", "Haqshenas", "Hagh-Shenas", "حق‌شناس", "حقشناس", "Хагшенас"],
    ["Aliev", "Əliyev", "Aliyev", "علی‌اف", "Алиев"],
    ["Babushkin", "Babouchkine", "بابوشکین", "Бабушкин"],
    ["Igor", "ایگور", "Игорь"],
    ["Hadi", "هادی", "Хади"],
    ["Mehdi", "Mahdi", "مهدی", "Мехди"],
    ["Younes", "Yunus", "یونس", "Юнес"],
    ["Mousavi", "Musavi", "موسوی", "Мусави"],
    ["Tavakoli", "توکلی"],
    ["Javad", "جواد", "Джавад"],
    ["Davood", "Davud", "داوود", "Давуд"],
    ["Fatemeh", "Fateme", "فاطمه", "Фатеме"],
    ["Mammadov", "Məmmədov", "Мамедов", "ممدوف"],
    ["Qasımov", "Gasimov", "Касымов", "قاسم‌اف"],
    ["Zhukov", "Joukov", "Жуков", "ژوکوف"],
    ["Tchaikovsky", "Чайковский", "چایکوفسکی"],
    ["Nursultan", "Нұрсұлтан", "نورسلطان"],
    ["Çaryýew", "Charyyev", "Чарыев", "چاری‌یف"],
    ["Yekaterina", "Ekaterina", "Екатерина", "یکاترینا"],
    ["Esmaeil", "Ismail", "اسماعیل", "Исмаил"],
    ["Ghorbani", "Qorbani", "قربانی", "Горбани"],
    ["Khajeh", "Khaje", "خواجه"],
    ["Cəfər", "Jafar", "جعفر", "Джафар"],
    ["Xəlilov", "Khalilov", "خلیل‌اف", "Халилов"],
    ["Abbas", "عباس", "Аббас"],
]


@pytest.mark.parametrize("spellings", SAME_NAME, ids=lambda g: g[0])
def test_spellings_of_one_name_share_a_key(spellings: list[str]) -> None:
    for a, b in itertools.combinations(spellings, 2):
        assert _meet(a, b), (a, phonetic_variants(a), b, phonetic_variants(b))


def test_examples_from_the_issue_have_the_documented_keys() -> None:
    assert phonetic_key("Hagh-Shenas") == "hkxns"
    assert phonetic_key("Igor Babushkin") == phonetic_key("Игорь Бабушкин") == "akr bxkn"
    assert phonetic_words("هادی حق‌شناس") == ["hd", "hkxns"]


DIFFERENT = [
    ("Hadi", "Mahdi"),
    ("Omid", "Mahmoud"),
    ("Babushkin", "Babkin"),
    ("Aliev", "Alimov"),
    ("Rostami", "Rahimi"),
    ("Karimi", "Kazemi"),
    ("Ivanov", "Ivanovsky"),
    ("Sharifi", "Jafari"),
    ("Petrov", "Popov"),
    ("Nazarbayev", "Nazarov"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert not _meet(a, b)


def test_persian_vav_gives_both_readings_only_where_ambiguous() -> None:
    assert phonetic_variants("وحید") == ("fhd",)  # initial: consonant
    assert phonetic_variants("جواد") == ("jfd",)  # before alef: consonant
    assert set(phonetic_variants("توکلی")) == {"tkl", "tfkl"}  # Tavakoli / Tokoli: the script can't say


def test_non_letters_give_no_key() -> None:
    assert phonetic_key('"*( % _ \\') == ""
    assert phonetic_key("") == ""


def test_edit_distance_counts_typos_and_stops_at_the_bound() -> None:
    assert edit_distance("babushkin", "babuhskin") == 1  # transposition
    assert edit_distance("hkxns", "hkxn") == 1
    assert edit_distance("kitten", "sitting", limit=5) == 3
    assert edit_distance("a", "abcdef", limit=2) == 3
