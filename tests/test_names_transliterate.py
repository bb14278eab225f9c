"""Transliteration suggestions (issue 4, part 2)."""

from __future__ import annotations

import pytest

from accreditation.names import (
    cyrillic_to_icao,
    cyrillic_to_persian,
    latin_to_persian,
    persian_to_latin,
    phonetic_key,
    phonetic_variants,
    suggest_latin,
    suggest_persian,
)


@pytest.mark.parametrize(
    ("cyrillic", "passport"),
    [
        ("Андрей", "ANDREI"),
        ("Юрий", "IURII"),
        ("Воронцов", "VORONTSOV"),
        ("Щукин", "SHCHUKIN"),
        ("Цветкова", "TSVETKOVA"),
        ("Жанна", "ZHANNA"),
        ("Хабаров", "KHABAROV"),
        ("Подъячев", "PODIEIACHEV"),
        ("Крылов", "KRYLOV"),
        ("Королёв", "KOROLEV"),
        ("Эдуард", "EDUARD"),
        ("Ольга", "OLGA"),
        ("Яковлева", "IAKOVLEVA"),
        ("Игорь Бабушкин", "IGOR BABUSHKIN"),
        ("Римский-Корсаков", "RIMSKII-KORSAKOV"),
    ],
)
def test_cyrillic_to_icao_as_russian_passports_print(cyrillic: str, passport: str) -> None:
    assert cyrillic_to_icao(cyrillic) == passport


def test_cyrillic_to_icao_kazakh_letters() -> None:
    assert cyrillic_to_icao("Нұрсұлтан Әбішұлы") == "NURSULTAN ABISHULY"
    assert cyrillic_to_icao("Қайрат Ғалымжан Өмірзақ Үмбетов Маңғыстау Һ") == (
        "KAIRAT GALYMZHAN OMIRZAK UMBETOV MANGYSTAU H"
    )


# --- Latin <-> Persian suggestions -------------------------------------------------------------------



@pytest.mark.parametrize(
    ("latin", "persian"),
    [
        ("Igor Babushkin", "ایگور بابوشکین"),
        ("Sergei Lavrov", "سرگی لاوروف"),  # final в is written ف
        ("Tchaikovsky", "چایکوفسکی"),  # в before a voiceless consonant too
        ("Olga", "اولگا"),  # initial o is او, final a is ا
        ("Fatemeh", "فاتمه"),  # inner short e unwritten, final eh is ه
        ("Davood", "داوود"),
    ],
)
def test_latin_to_persian_writes_long_vowels_and_drops_short_e(latin: str, persian: str) -> None:
    assert latin_to_persian(latin) == persian


@pytest.mark.parametrize(
    ("persian", "latin"),
    [
        ("هادی حق‌شناس", "Hadi Haghshenas"),
        ("علی کریمی", "Ali Karimi"),
        ("جواد ظریف", "Javad Zarif"),
        ("داوود", "Davoud"),  # و after ا is v, the second of وو a vowel
        ("یوسف", "Yousef"),
        ("سعید", "Said"),
        ("خواجه", "Khajeh"),  # خوا reads kha; final ه is eh
        ("ابراهیم", "Ebrahim"),
    ],
)
def test_persian_to_latin_supplies_short_vowels_by_syllable_structure(persian: str, latin: str) -> None:
    assert persian_to_latin(persian) == latin


def test_suggestions_keep_the_phonetic_key_of_the_source() -> None:
    # Whatever vowels a suggestion guesses, search must still connect it with the original.
    for persian in ["مهدی یونس رستمی", "فاطمه موسوی", "عباس عراقچی", "اسماعیل خطیب", "هادی حق‌شناس"]:
        latin_words = persian_to_latin(persian).split()
        for fa_word, latin_word in zip(persian.split(), latin_words, strict=True):
            assert phonetic_variants(latin_word)[0] in phonetic_variants(fa_word), (fa_word, latin_word)
    for latin in ["Igor Babushkin", "Nursultan Nazarbayev", "Sergei Lavrov"]:
        assert phonetic_key(latin_to_persian(latin)) == phonetic_key(latin)


def test_cyrillic_to_persian() -> None:
    assert cyrillic_to_persian("Игорь Бабушкин") == "ایگور بابوشکین"
    assert cyrillic_to_persian("Юрий Воронцов") == "یوری ورونتسوف"


def test_suggest_latin_prefers_the_passport_form() -> None:
    assert suggest_latin(name_fa="ایگور بابوشکین", name_native="Игорь Бабушкин") == "Igor Babushkin"
    assert suggest_latin(name_native="Əli Həsənov") == "Əli Həsənov"
    assert suggest_latin(name_fa="هادی حق‌شناس") == "Hadi Haghshenas"
    assert suggest_latin() is None
    assert suggest_latin(name_fa="  ", name_native="") is None


def test_suggest_persian() -> None:
    assert suggest_persian(latin="Igor Babushkin", native="Игорь Бабушкин") == "ایگور بابوشکین"
    assert suggest_persian(latin="Sergei Lavrov") == "سرگی لاوروف"
    assert suggest_persian() is None
