"""Document checks: expiry against the event's last day and six months after it; nationality against the
delegation's country, ICAO alpha-3 and ISO alpha-2 alike."""

from __future__ import annotations

from datetime import date

from accreditation.passports.checks import Flag, add_months, check_expiry, check_nationality, to_alpha2

END = date(2025, 10, 30)
TODAY = date(2025, 9, 1)


def test_expiry_flags():
    assert [f.flag for f in check_expiry(date(2025, 8, 1), END, today=TODAY)] == [Flag.EXPIRED]
    assert [f.flag for f in check_expiry(date(2025, 10, 29), END, today=TODAY)] == [Flag.EXPIRES_DURING_EVENT]
    assert [f.flag for f in check_expiry(date(2026, 4, 29), END, today=TODAY)] == [
        Flag.EXPIRES_WITHIN_SIX_MONTHS
    ]
    assert check_expiry(date(2026, 4, 30), END, today=TODAY) == []
    assert check_expiry(None, END, today=TODAY) == []


def test_six_months_on_short_months():
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2025, 12, 15), 6) == date(2026, 6, 15)


def test_nationality_in_either_form():
    assert to_alpha2("IRN") == to_alpha2("IR") == "IR"
    assert to_alpha2("D<<") == "DE"
    assert to_alpha2("UTO") is None
    assert check_nationality("IRN", "IR") == []
    assert check_nationality("RU", "RU") == []
    flags = check_nationality("IRN", "RU")
    assert [f.flag for f in flags] == [Flag.NATIONALITY_DIFFERS] and "IRN" in flags[0].message
    assert [f.flag for f in check_nationality("UTO", "IR")] == [Flag.NATIONALITY_DIFFERS]
    assert check_nationality("", "IR") == [] and check_nationality("IR", None) == []


def test_the_dates_in_a_flag_are_written_as_the_reader_writes_dates() -> None:
    from accreditation.i18n import set_language

    try:
        set_language("fa")
        (flag,) = check_expiry(date(2025, 11, 17), date(2025, 11, 19), today=date(2025, 11, 1))
    finally:
        set_language("en")
    assert "۲۶ آبان ۱۴۰۴" in flag.message and "2025" not in flag.message
    (flag,) = check_expiry(date(2025, 11, 17), date(2025, 11, 19), today=date(2025, 11, 1))
    assert "17 November 2025" in flag.message and "19 November 2025" in flag.message
