"""Understanding one cell: dates in three notations, genders in five languages, regions and categories.

Each parser returns the value or raises :class:`ValueProblem` with a sentence for the desk that quotes
what was in the file, so the preview can say exactly what is wrong at which row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from accreditation.i18n import current_language, numeral, translate
from accreditation.i18n.dates import from_solar_hijri
from accreditation.i18n.digits import to_ascii_digits
from accreditation.intake.reading import Cell
from accreditation.names.normalize import match_key, tidy_persian
from accreditation.store.models import Category, Gender, Region


class ValueProblem(ValueError):
    """A cell that cannot be understood; the message is shown to the desk as it is."""


_SPACES = re.compile(r"\s+")
#: A leading apostrophe our own export (and Excel users) put before = + - @ to stop formulas.
_NEUTRALISED = re.compile(r"^'(?=[=+\-@])")


def clean_text(value: Cell) -> str:
    """A cell as stored text: single spaces, Persian ی/ک for Arabic ي/ك, no formula-guard apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str):
        if value.isascii():
            # The common case (Latin names, codes, numbers), cleaned here without the Unicode work
            # below: cheaper than a cache lookup, and most of these (names, passport numbers,
            # e-mail addresses) occur once, so caching them would only cost.
            text = value.strip()
            if "  " in text or "\t" in text or "\n" in text:
                text = _SPACES.sub(" ", text)
            return text[1:] if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@") else text
        return _clean_unicode(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return clean_text(str(value))


@lru_cache(maxsize=65536)
def _clean_unicode(text: str) -> str:
    # Cached: Persian and Cyrillic categories, regions, titles and genders repeat on most rows of a list.
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").strip()
    if text[:1] == "'":
        text = _NEUTRALISED.sub("", text)
    # tidy_persian makes the spaces single, so they are not collapsed here first.
    return tidy_persian(text)


_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_CYRILLIC = re.compile(r"[\u0400-\u052F\u1C80-\u1C8F\uA640-\uA69F]")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def script_of(text: str) -> str | None:
    """The script of a name's letters: "latin", "cyrillic", "arabic", "mixed" or None (no letters).

    Character-class searches rather than a lookup per character: it runs on every name of every row.
    """
    if not text:
        return None
    if text.isascii():
        return "latin" if _LATIN.search(text) else None
    found = [
        name
        for name, pattern in (("latin", _LATIN), ("cyrillic", _CYRILLIC), ("arabic", _ARABIC))
        if pattern.search(text)
    ]
    if not found:
        return "other" if any(ch.isalpha() for ch in text) else None
    return found[0] if len(found) == 1 else "mixed"


# --- dates ---------------------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
#: Years this far back are Solar Hijri: 1300-1499 SH is 1921-2121 AD, and no one alive was born in 1400 AD.
_HIJRI_YEARS = range(1300, 1500)
_MONTHS_HIJRI = 12


def parse_date(value: Cell) -> datetime | None:
    """A date (midnight) or date and time from ISO, dd.mm.yyyy or Solar Hijri (Persian or Latin digits).

    ``۱۴۰۴/۰۸/۲۶`` and ``1404/08/26`` are 17 November 2025. Empty gives None; anything unreadable or
    impossible (32.11.2025, month 13) raises :class:`ValueProblem` quoting the cell.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    original = str(value).strip()
    if not original:
        return None
    parsed = _parse_date_text(original, current_language())
    if isinstance(parsed, str):
        raise ValueProblem(parsed)
    return parsed


@lru_cache(maxsize=4096)
def _parse_date_text(original: str, language: str) -> datetime | str:
    """The date, or the problem's sentence: cached, because a list repeats the same few arrival days (per
    language, since the sentence is in the reader's language)."""
    try:
        return _parse_date_uncached(original)
    except ValueProblem as exc:
        return str(exc)


def _parse_date_uncached(original: str) -> datetime:
    text = to_ascii_digits(original).replace("\u200f", "").replace("\u200e", "").strip()
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups()[:3])
        clock = match.groups()[3:]
        order = "ymd"
    elif match := _DMY.match(text):
        day, month, year = (int(g) for g in match.groups()[:3])
        clock = match.groups()[3:]
        order = "dmy"
    else:
        raise ValueProblem(
            translate(
                "Import", "«{value}» is not a date; write it as 2025-11-18, 18.11.2025 or ۱۴۰۴/۰۸/۲۷."
            ).format(value=original)
        )
    hour, minute, second = (int(g) if g else 0 for g in clock)
    if year in _HIJRI_YEARS and order == "ymd":
        if not 1 <= month <= _MONTHS_HIJRI:
            raise ValueProblem(
                translate(
                    "Import", "«{value}» is not a real date: the Solar Hijri calendar has no month {month}."
                ).format(value=original, month=numeral(month))
            )
        try:
            gregorian = from_solar_hijri(year, month, day)
        except ValueError as exc:
            raise ValueProblem(
                translate(
                    "Import", "«{value}» is not a real date: month {month} of {year} has no day {day}."
                ).format(value=original, month=numeral(month), year=numeral(year), day=numeral(day))
            ) from exc
        year, month, day = gregorian.year, gregorian.month, gregorian.day
    elif year in _HIJRI_YEARS:
        raise ValueProblem(
            translate(
                "Import", "«{value}» looks like a Solar Hijri date; write it year first: {date}."
            ).format(value=original, date=f"{year}/{month:02d}/{day:02d}")
        )
    if not 1 <= month <= 12:
        raise ValueProblem(
            translate("Import", "«{value}» is not a real date: there is no month {month}.").format(
                value=original, month=numeral(month)
            )
        )
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        if hour > 23 or minute > 59 or second > 59:
            raise ValueProblem(
                translate("Import", "«{value}» has an impossible time of day.").format(value=original)
            ) from exc
        raise ValueProblem(
            translate("Import", "«{value}» is not a real date: month {month} has no day {day}.").format(
                value=original, month=numeral(month), day=numeral(day)
            )
        ) from exc


# --- gender -------------------------------------------------------------------------------------------

_GENDERS: dict[str, Gender] = {}
for _words, _gender in (
    # K/Q: Azerbaijani kişi/qadın. (Turkish uses K for kadın, female; the regions here write Azerbaijani.)
    (
        (
            "m",
            "male",
            "man",
            "mr",
            "k",
            "kişi",
            "kisi",
            "erkek",
            "м",
            "муж",
            "мужской",
            "мужчина",
            "ер",
            "مرد",
            "آقا",
            "ذكر",
        ),
        Gender.MALE,
    ),
    (
        (
            "f",
            "female",
            "woman",
            "w",
            "mrs",
            "ms",
            "q",
            "qadın",
            "qadin",
            "aýal",
            "аял",
            "ж",
            "жен",
            "женский",
            "женщина",
            "әйел",
            "زن",
            "خانم",
            "انثى",
        ),
        Gender.FEMALE,
    ),
    (("x", "other", "diverse", "другой", "digər"), Gender.OTHER),
):
    for _word in _words:
        _GENDERS[match_key(_word)] = _gender


def parse_gender(value: Cell) -> Gender | None:
    """M/F/X, Azerbaijani K/Q, Russian М/Ж (муж/жен), Persian مرد/زن and the English words."""
    text = clean_text(value).rstrip(".")
    if not text:
        return None
    gender = _GENDERS.get(match_key(text))
    if gender is None:
        raise ValueProblem(
            translate("Import", "«{value}» is not a gender this list understands; use M or F.").format(
                value=text
            )
        )
    return gender


# --- regions and categories ---------------------------------------------------------------------------

#: Words the regions write in a category column that are not a category's own name.
CATEGORY_ALIASES: dict[str, str] = {
    "هیئت رسمی": "delegate",
    "هیات رسمی": "delegate",
    "عضو هیئت": "delegate",
    "رئیس هیئت": "head",
    "رسانه": "press",
    "خبرنگار": "press",
    "ستادی": "staff",
    "ستاد": "staff",
    "عوامل اجرایی": "staff",
    "مترجم": "interpreter",
    "حفاظت": "security",
    "پشتیبانی": "support",
    "راننده": "support",
    "مهمان ویژه": "vip",
    "делегация": "delegate",
    "член делегации": "delegate",
    "глава делегации": "head",
    "пресса": "press",
    "сми": "press",
    "журналист": "press",
    "переводчик": "interpreter",
    "охрана": "security",
    "персонал": "staff",
    "водитель": "support",
    "nümayəndə": "delegate",
    "nümayəndə heyəti": "delegate",
    "heyətin rəhbəri": "head",
    "mətbuat": "press",
    "tərcüməçi": "interpreter",
    "mühafizə": "security",
    "guest": "vip",
    "journalist": "press",
    "media": "press",
    "organizer": "staff",
    "driver": "support",
}


@dataclass(frozen=True)
class Choice:
    """A region or category as the importer needs it: id and code, plus the region's country code."""

    id: int
    code: str
    country_code: str = ""


class Lookup:
    """Finds a region or category by its code or any of its names, in any script, ignoring case and ی/ي."""

    def __init__(
        self,
        kind: str,
        entries: Iterable[tuple[Choice, Iterable[str]]],
        aliases: dict[str, str] | None = None,
    ):
        self.kind = kind
        self._by_key: dict[str, Choice] = {}
        self._codes: list[str] = []
        by_code: dict[str, Choice] = {}
        for choice, names in entries:
            self._codes.append(choice.code)
            by_code[choice.code] = choice
            for name in (choice.code, *names):
                key = match_key(name or "")
                if key:
                    self._by_key.setdefault(key, choice)
        for alias, code in (aliases or {}).items():
            if code in by_code:
                self._by_key.setdefault(match_key(alias), by_code[code])
        self.by_code = by_code

    def find(self, value: str) -> Choice:
        key = match_key(value)
        choice = self._by_key.get(key)
        if choice is None:
            # "استان مازندران" and "مازندران", "Astrakhan Oblast" and "Astrakhan": try without the generic word.
            for candidate_key, candidate in self._by_key.items():
                if key and (candidate_key.startswith(key + " ") or candidate_key.endswith(" " + key)):
                    choice = candidate
                    break
        if choice is None:
            if self.kind == "region":
                message = translate("Import", "«{value}» is not a known region; use one of: {codes}.")
            else:
                message = translate("Import", "«{value}» is not a known category; use one of: {codes}.")
            raise ValueProblem(message.format(value=value, codes=", ".join(self._codes)))
        return choice

    @property
    def codes(self) -> list[str]:
        return list(self._codes)


def region_lookup(regions: Iterable[Region]) -> Lookup:
    entries = []
    for region in regions:
        names = [region.name_en, region.name_fa, region.name_ru]
        # "Bakı / Баку": each spelling on its own.
        names += [part.strip() for part in (region.name_native or "").split("/")]
        entries.append((Choice(region.id, region.code, region.country.code if region.country else ""), names))
    return Lookup("region", entries)


def category_lookup(categories: Iterable[Category]) -> Lookup:
    return Lookup(
        "category",
        ((Choice(c.id, c.code), (c.name_en, c.name_fa, c.name_ru)) for c in categories),
        CATEGORY_ALIASES,
    )
