"""What one badge shows, as plain values: the person's names, affiliation, category, zones, the QR payload.

Gathered from the database by :mod:`accreditation.badges.issuing` and printed by
:mod:`accreditation.badges.pdf`; templates (:mod:`accreditation.badges.templates`) may print any of its
text fields. No reportlab here: a desk that only scans never loads the PDF library.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from accreditation.i18n.dates import format_date_range
from accreditation.printing.shaping import localize_digits


@functools.lru_cache(maxsize=64)
def _date_range(start: date, end: date, language: str) -> str:
    return format_date_range(start, end, language)


def _join(parts: Sequence[str], separator: str) -> str:
    return separator.join(p for p in parts if p)


@dataclass(frozen=True)
class BadgeView:
    """Everything printed on one badge, as plain values."""

    number: int
    version: int
    payload: str
    name_fa: str = ""
    name_latin: str = ""
    #: The name in the person's own script (Cyrillic for Russians and Kazakhs, Azerbaijani Latin...).
    name_native: str = ""
    title_fa: str = ""
    title_en: str = ""
    #: The region, or for guests not in a regional delegation, the organization.
    affiliation_fa: str = ""
    affiliation_en: str = ""
    country_fa: str = ""
    country_en: str = ""
    category_code: str = ""
    category_name_fa: str = ""
    category_name_en: str = ""
    category_letter: str = ""
    category_color: str = "#555555"
    category_text_color: str = "#FFFFFF"
    #: Short labels of the zones the badge opens.
    zones: tuple[str, ...] = ()
    event_name_fa: str = ""
    event_name_en: str = ""
    event_start: date | None = None
    event_end: date | None = None
    photo_jpeg: bytes | None = field(default=None, repr=False)
    delegate_id: int | None = None
    #: The Latin name with the family name in capitals ("Gadzhi GADZHIEV"), for templates whose name
    #: element asks for it (``"family_capitals": true``); ``name_latin`` is the reading form.
    name_latin_family_caps: str = ""

    # Derived lines a template can print as well as the fields above.
    @property
    def name_native_line(self) -> str:
        """The native name, unless it is just the Latin name again."""
        if self.name_native.casefold().strip() == self.name_latin.casefold().strip():
            return ""
        return self.name_native

    @property
    def affiliation_line_fa(self) -> str:
        return _join([self.affiliation_fa, self.country_fa], "، ")

    @property
    def affiliation_line_en(self) -> str:
        return _join([self.affiliation_en, self.country_en], ", ")

    @property
    def dates_fa(self) -> str:
        if not self.event_start:
            return ""
        return _date_range(self.event_start, self.event_end or self.event_start, "fa")

    @property
    def dates_en(self) -> str:
        if not self.event_start:
            return ""
        return _date_range(self.event_start, self.event_end or self.event_start, "en")

    @property
    def number_text(self) -> str:
        text = f"№ {self.number:05d}"
        return text if self.version == 1 else f"{text} · v{self.version}"

    @property
    def zones_text(self) -> str:
        return "  ".join(self.zones)

    @property
    def category_line(self) -> str:
        return _join([self.category_name_en, self.category_name_fa], " · ")

    @property
    def display_name(self) -> str:
        """How messages at the desk name the person."""
        name = self.name_latin or self.name_native or self.name_fa
        return f"{name} (#{self.delegate_id})" if self.delegate_id is not None else name

    _DERIVED = (
        "name_native_line",
        "affiliation_line_fa",
        "affiliation_line_en",
        "dates_fa",
        "dates_en",
        "number_text",
        "zones_text",
        "category_line",
    )

    @classmethod
    def text_fields(cls) -> frozenset[str]:
        return _text_fields(cls)

    def text(self, name: str) -> str:
        value = getattr(self, name)
        if name == "name_latin_family_caps" and not value:
            value = self.name_latin  # a view made without it (a sample badge) prints the name as it is
        text = value if isinstance(value, str) else str(value)
        # Persian fields get Persian digits where their Persian words want them.
        return localize_digits(text) if name.endswith("_fa") else text

    def printed_texts(self) -> list[str]:
        return [self.text(name) for name in _sorted_text_fields(type(self))]


@functools.cache
def _text_fields(cls: type[BadgeView]) -> frozenset[str]:
    plain = {f.name for f in dataclasses.fields(cls) if f.type in ("str", str)}
    return frozenset(plain | set(cls._DERIVED))


@functools.cache
def _sorted_text_fields(cls: type[BadgeView]) -> tuple[str, ...]:
    return tuple(sorted(_text_fields(cls)))
