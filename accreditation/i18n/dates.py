"""Dates as each reader expects them: Solar Hijri with Persian digits in Persian, Gregorian elsewhere.

18 November 2025 is «۲۷ آبان ۱۴۰۴» to the desk, "18 November 2025" to an English reader and
"18 ноября 2025" to a Russian one. Year numbers never get thousands separators.
"""

from __future__ import annotations

from datetime import date, datetime

import jdatetime

from accreditation.i18n.digits import to_persian_digits

PERSIAN_MONTHS = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
#: Russian month names in the genitive, as used after a day number.
RUSSIAN_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def to_solar_hijri(day: date) -> tuple[int, int, int]:
    """(year, month, day) in the Solar Hijri calendar."""
    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def from_solar_hijri(year: int, month: int, day: int) -> date:
    """The Gregorian day; raises ValueError for an impossible Solar Hijri date (month 13, Esfand 31...)."""
    return jdatetime.date(year, month, day).togregorian()


def format_date(day: date | datetime, language: str) -> str:
    if isinstance(day, datetime):
        day = day.date()
    if language == "fa":
        year, month, d = to_solar_hijri(day)
        return to_persian_digits(f"{d} {PERSIAN_MONTHS[month - 1]} {year}")
    if language == "ru":
        return f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


def format_datetime(moment: datetime, language: str) -> str:
    clock = moment.strftime("%H:%M")
    if language == "fa":
        clock = to_persian_digits(clock)
    return (
        f"{format_date(moment, language)}، {clock}"
        if language == "fa"
        else f"{format_date(moment, language)}, {clock}"
    )


def format_date_range(start: date, end: date, language: str) -> str:
    """ "۲۷–۲۸ آبان ۱۴۰۴", "18–19 November 2025": the shared month and year written once."""
    if start == end:
        return format_date(start, language)
    if language == "fa":
        (y1, m1, d1), (y2, m2, d2) = to_solar_hijri(start), to_solar_hijri(end)
        if (y1, m1) == (y2, m2):
            return to_persian_digits(f"{d1}–{d2} {PERSIAN_MONTHS[m1 - 1]} {y1}")
        return f"{format_date(start, language)} – {format_date(end, language)}"
    months = RUSSIAN_MONTHS if language == "ru" else ENGLISH_MONTHS
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {months[start.month - 1]} {start.year}"
    return f"{format_date(start, language)} – {format_date(end, language)}"
