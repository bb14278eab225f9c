"""Transliteration suggestions (issue 4, part 2)."""

from __future__ import annotations

import pytest

from accreditation.names import cyrillic_to_icao


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
