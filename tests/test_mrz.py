"""MRZ reading: ICAO 9303 specimens parse to their documented fields, and altered lines are refused."""

from __future__ import annotations

import string
from datetime import date

import pytest

from accreditation.passports.mrz import (
    ALPHA2_TO_ALPHA3,
    ALPHA3_TO_ALPHA2,
    MrzError,
    char_value,
    check_digit,
    country_alpha2,
    delegate_fields,
    parse_mrz,
)

TODAY = date(2026, 11, 25)

#: ICAO Doc 9303 Part 4 (TD3 passport), Part 5 (TD1 card) and Part 6 (TD2) specimens of Utopia.
ICAO_TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
ICAO_TD1 = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
]
ICAO_TD2 = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"]
#: Doc 9303 Part 5's TD1 with a document number longer than nine characters (continued in the
#: optional data, its check digit after it).
ICAO_TD1_LONG = [
    "I<UTOD23145890<7349<<<<<<<<<<<",
    "3407127M9507122UTO<<<<<<<<<<<2",
    "STEVENSON<<PETER<JOHN<<<<<<<<<",
]
#: Germany's published specimens ("Erika Mustermann"): the one-letter code D, an ID card without sex.
DE_PASSPORT = ["P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<", "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4"]
DE_ID_CARD = [
    "IDD<<T220001293<<<<<<<<<<<<<<<",
    "6408125<2010315D<<<<<<<<<<<<<4",
    "MUSTERMANN<<ERIKA<<<<<<<<<<<<<",
]

SPECIMENS = {
    "icao-td3": ICAO_TD3,
    "icao-td1": ICAO_TD1,
    "icao-td2": ICAO_TD2,
    "icao-td1-long": ICAO_TD1_LONG,
    "de-passport": DE_PASSPORT,
    "de-id-card": DE_ID_CARD,
}


def test_check_digit_examples_from_the_standard():
    # Doc 9303 Part 3's worked example: 520727 -> 3; fillers count as zero, letters from 10.
    assert check_digit("520727") == "3"
    assert check_digit("L898902C3") == "6"
    assert check_digit("<<<<") == "0"
    assert (char_value("A"), char_value("Z"), char_value("<")) == (10, 35, 0)


def test_icao_td3_specimen():
    data = parse_mrz(ICAO_TD3, today=TODAY)
    assert data.format == "TD3"
    assert data.document_code == "P"
    assert data.issuing_state == "UTO"
    assert (data.family_name, data.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert data.document_number == "L898902C3"
    assert data.nationality == "UTO"
    assert data.birth_date == date(1974, 8, 12)
    assert data.sex == "F"
    assert data.expiry_date == date(2012, 4, 15)
    assert data.personal_number == "ZE184226B"


def test_icao_td1_specimen():
    data = parse_mrz(ICAO_TD1, today=TODAY)
    assert data.format == "TD1"
    assert data.document_code == "I"
    assert (data.family_name, data.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert data.document_number == "D23145890"
    assert data.nationality == "UTO"
    assert data.birth_date == date(1974, 8, 12)
    assert data.sex == "F"
    assert data.expiry_date == date(2012, 4, 15)


def test_icao_td2_specimen():
    data = parse_mrz(ICAO_TD2, today=TODAY)
    assert data.format == "TD2"
    assert (data.family_name, data.given_names, data.document_number) == (
        "ERIKSSON",
        "ANNA MARIA",
        "D23145890",
    )
    assert (data.birth_date, data.expiry_date, data.sex) == (date(1974, 8, 12), date(2012, 4, 15), "F")


def test_icao_td1_long_document_number():
    data = parse_mrz(ICAO_TD1_LONG, today=TODAY)
    assert data.document_number == "D23145890734"
    assert (data.family_name, data.given_names) == ("STEVENSON", "PETER JOHN")
    assert data.birth_date == date(1934, 7, 12)
    assert data.sex == "M"
    assert data.expiry_date == date(1995, 7, 12)


def test_german_specimens_use_the_one_letter_code():
    passport = parse_mrz(DE_PASSPORT, today=TODAY)
    assert (passport.issuing_state, passport.nationality, passport.nationality_alpha2) == ("D", "D", "DE")
    assert (passport.family_name, passport.given_names) == ("MUSTERMANN", "ERIKA")
    assert passport.document_number == "C01X00T47"
    assert passport.birth_date == date(1964, 8, 12)
    assert passport.expiry_date == date(2027, 2, 28)
    card = parse_mrz(DE_ID_CARD, today=TODAY)
    assert card.document_code == "ID"
    assert card.document_number == "T22000129"
    assert card.sex == ""  # the German card leaves sex out
    assert card.expiry_date == date(2020, 10, 31)


def test_centuries_birth_in_the_past_expiry_near_today():
    lines = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    assert parse_mrz(lines, today=TODAY).birth_date.year == 1974
    # A child born in 2015, passport expiring in 2030:
    l2 = "L898902C36UTO150101" + check_digit("150101") + "F300101" + check_digit("300101") + "<" * 14 + "<"
    l2 += check_digit(l2[0:10] + l2[13:20] + l2[21:43])
    data = parse_mrz([lines[0], l2], today=TODAY)
    assert (data.birth_date, data.expiry_date) == (date(2015, 1, 1), date(2030, 1, 1))
    assert data.personal_number == ""


def type_through(text: str, layout: str) -> str:
    """What a reader pressing the US keys for ``text`` produces with ``layout`` active."""
    from accreditation import scanner_input as keys

    plain = {"fa": keys._FA_PLAIN, "ru": keys._RU_PLAIN}[layout]
    shifted = {"fa": keys._FA_SHIFT, "ru": keys._RU_SHIFT}[layout]
    out = []
    for ch in text:
        if ch in keys._US_PLAIN:
            out.append(plain[keys._US_PLAIN.index(ch)])
        else:
            out.append(shifted[keys._US_SHIFT.index(ch)])
    return "".join(out)


def test_keyboard_layouts_and_caps_lock_are_undone():
    persian = [type_through(line, "fa") for line in ICAO_TD3]
    russian = [type_through(line, "ru") for line in ICAO_TD3]
    assert persian != ICAO_TD3 and russian != ICAO_TD3
    for lines in (persian, russian, [line.lower() for line in ICAO_TD3], "\n".join(ICAO_TD3) + "\n"):
        assert parse_mrz(lines, today=TODAY).document_number == "L898902C3"


@pytest.mark.parametrize(
    "position, char, field",
    [
        (0, "M", "document number"),
        (18, "3", "date of birth"),
        (26, "6", "expiry date"),
        (30, "F", "personal number"),
        (43, "1", "composite"),
        (9, "7", "document number"),
    ],
)
def test_a_wrong_check_digit_names_its_field(position, char, field):
    line = ICAO_TD3[1][:position] + char + ICAO_TD3[1][position + 1 :]
    with pytest.raises(MrzError) as caught:
        parse_mrz([ICAO_TD3[0], line], today=TODAY)
    assert caught.value.field == field
    assert field in caught.value.message


def test_td1_composite_covers_the_optional_data():
    line = ICAO_TD1[0][:20] + "X" + ICAO_TD1[0][21:]
    with pytest.raises(MrzError) as caught:
        parse_mrz([line, *ICAO_TD1[1:]], today=TODAY)
    assert caught.value.field == "composite"


def test_wrong_shapes_are_refused_with_the_lengths():
    with pytest.raises(MrzError, match="44") as caught:
        parse_mrz([ICAO_TD3[0], ICAO_TD3[1][:-1]], today=TODAY)
    assert caught.value.field == "format"
    with pytest.raises(MrzError) as caught:
        parse_mrz(["P<UTO ERIKSSON?"], today=TODAY)


#: For each specimen, the positions (line, column) a check digit covers, check digits included.
def _protected(kind: str) -> set[tuple[int, int]]:
    if kind == "TD3":
        return {(1, c) for c in (*range(0, 10), *range(13, 20), *range(21, 44))}
    if kind == "TD2":
        return {(1, c) for c in (*range(0, 10), *range(13, 20), *range(21, 36))}
    return {(0, c) for c in range(5, 30)} | {(1, c) for c in (*range(0, 7), *range(8, 15), *range(18, 30))}


@pytest.mark.parametrize("name", sorted(SPECIMENS))
def test_every_single_character_change_is_caught_or_visible(name):
    """Every one-character change to every line either fails a check (digit, date, code, layout) or is
    one no reader can catch: in a field ICAO leaves unprotected (names, sex, country codes, the document
    code's second letter), where it shows as a different value, or a swap between characters whose
    values differ by a multiple of 10 (7-3-1 works modulo 10). Nothing else slips through."""
    lines = SPECIMENS[name]
    original = parse_mrz(lines, today=TODAY)
    protected = _protected(original.format)
    alphabet = string.ascii_uppercase + string.digits + "<"
    accepted_protected = 0
    for row, line in enumerate(lines):
        for column, old in enumerate(line):
            for new in alphabet:
                if new == old:
                    continue
                changed = list(lines)
                changed[row] = line[:column] + new + line[column + 1 :]
                try:
                    data = parse_mrz(changed, today=TODAY)
                except MrzError:
                    continue
                if (row, column) in protected:
                    assert (char_value(new) - char_value(old)) % 10 == 0, (row, column, old, new)
                    accepted_protected += 1
                else:
                    assert data.as_dict() != original.as_dict(), (row, column, old, new)
    # The modulo-10 blind spot is real and small: only letters and fillers trading places with letters
    # or digits ten apart ("<"/"A"/"K"/"U", "0"/"A"/"K"/"U"...).
    assert accepted_protected < 0.05 * sum(len(line) for line in lines) * 36


def test_the_mod_10_blind_spot_is_documented_not_hidden():
    # "8" (8) and "S" (28) differ by 20: every check digit stays right. No MRZ reader can catch this.
    altered = ICAO_TD3[1].replace("L898902C3", "L89S902C3")
    assert parse_mrz([ICAO_TD3[0], altered], today=TODAY).document_number == "L89S902C3"


def test_country_codes_map_between_icao_and_iso():
    assert len(ALPHA3_TO_ALPHA2) == len(ALPHA2_TO_ALPHA3) == 249
    for alpha3, alpha2 in (("IRN", "IR"), ("RUS", "RU"), ("AZE", "AZ"), ("KAZ", "KZ"), ("TKM", "TM")):
        assert country_alpha2(alpha3) == alpha2
        assert ALPHA2_TO_ALPHA3[alpha2] == alpha3
    assert country_alpha2("D<<") == "DE"
    assert country_alpha2("GBD") == "GB"
    assert country_alpha2("UTO") is None
    assert country_alpha2("XXA") is None


def test_delegate_fields_from_a_zone():
    fields = delegate_fields(parse_mrz(ICAO_TD3, today=TODAY))
    assert fields == {
        "family_name": "Eriksson",
        "given_name": "Anna Maria",
        "document_no": "L898902C3",
        "nationality": "UTO",
        "gender": "F",
    }
    fields = delegate_fields(parse_mrz(DE_ID_CARD, today=TODAY))
    assert fields["nationality"] == "DE" and "gender" not in fields
