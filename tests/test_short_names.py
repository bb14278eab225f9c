"""A name cut to a seat's size, in the reader's script, keeping the family name."""

from __future__ import annotations

from itertools import pairwise

import pytest

from accreditation.names.short_names import short_names_for_reader


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Badma Tsererov", "B. Tsererov", "Tsererov"]),
        # A Cyrillic native name written family name first, with a patronymic: the family name is the
        # word that spells the Latin one, and the patronymic is left out.
        ("ru", ["Бадма Цереров", "Б. Цереров", "Цереров"]),
        ("fa", ["بادما تسرروف", "تسرروف"]),  # a Persian name whole, then its family name; no initials
    ],
)
def test_each_reader_gets_the_short_forms_in_their_script(language: str, expected: list[str]) -> None:
    names = short_names_for_reader(
        language,
        given_latin="BADMA",  # passport capitals are read in mixed case
        family_latin="TSEREROV",
        name_fa="بادما تسرروف",
        name_native="Цереров Бадма Эрдниевич",
    )
    assert names == expected


def test_given_then_family_in_cyrillic_and_kazakh_patronymics() -> None:
    assert short_names_for_reader("ru", given_latin="Igor", family_latin="Babushkin", name_fa="",
                                  name_native="Игорь Бабушкин") == ["Игорь Бабушкин", "И. Бабушкин", "Бабушкин"]
    assert short_names_for_reader("ru", given_latin="Gulnar", family_latin="Nurmaganbetova", name_fa="",
                                  name_native="Нұрмағанбетова Гүлнар Дәуренқызы")[-1] == "Нұрмағанбетова"


def test_a_latin_native_name_and_a_name_in_one_script_only() -> None:
    # An Azerbaijani native name is Latin: a Russian reader sees the Latin name, family name kept.
    assert short_names_for_reader("ru", given_latin="Ilqar", family_latin="Rzayev", name_fa="",
                                  name_native="Rzayev İlqar Ramil oğlu") == ["Ilqar Rzayev", "I. Rzayev", "Rzayev"]
    assert short_names_for_reader("en", given_latin="Mehdi Younes", family_latin="Rostami", name_fa="",
                                  name_native="") == ["Mehdi Younes Rostami", "M. Rostami", "Rostami"]
    assert short_names_for_reader("fa", given_latin="", family_latin="", name_fa="هادی حق‌شناس",
                                  name_native="") == ["هادی حق‌شناس", "حق‌شناس"]
    assert short_names_for_reader("en", given_latin="", family_latin="", name_fa="", name_native="") == []


def test_region_colours_are_stable_and_tell_neighbours_apart(demo_db) -> None:
    from accreditation.event.loader import current_event
    from accreditation.seating.plans import plan_for_session
    from accreditation.seating.precedence import arrange
    from accreditation.seating.views import REGION_PALETTE, plan_view, region_colours

    with demo_db.transaction() as session:
        plan = plan_for_session(session, current_event(session), "plenary")
        before = region_colours(plan_view(session, plan))
        arrange(session, plan)
        view = plan_view(session, plan)
    after = region_colours(view)
    assert after == before  # a region keeps its colour while people are seated and moved
    assert set(after.values()) <= set(REGION_PALETTE)
    heads = sorted((s for s in view.seats if s.row == 0 and s.delegation_id), key=lambda s: s.x_mm)
    assert all(after[a.delegation_id] != after[b.delegation_id] for a, b in pairwise(heads))
