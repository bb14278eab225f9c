"""What a scan concludes and how it is said: the verdicts, their colours, words and the outcome.

The lowest piece of check-in. A :class:`ScanOutcome` carries a verdict and everything needed to say
it (:meth:`ScanOutcome.message`) and to show it (:class:`PersonCard`, :func:`verdict_title`,
:class:`Severity`), so the window needs no database to draw a verdict. :class:`CheckInError`, the
one line a desk action that cannot be done answers with, is here too.

The messages are one sentence per verdict in Persian, English and Russian (Persian digits in
Persian), so the CLI and any desk show the same words; the window uses them too. Nothing here reads the
database or the clock, so the rest of check-in (and the window) can import it without cost.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from accreditation.errors import UserError
from accreditation.i18n.dates import format_date_range
from accreditation.i18n.digits import to_persian_digits
from accreditation.i18n.languages import in_language
from accreditation.names.display import latin_full_name, names_for_reader
from accreditation.people.badge_records import CANCELLED_REASON
from accreditation.store.models import Verdict

#: Verdicts that let the person in (the CLI exits 0 for these).
LET_IN: frozenset[Verdict] = frozenset({Verdict.ADMITTED, Verdict.ALREADY_CHECKED_IN})
LANGUAGES = ("fa", "en", "ru")


class CheckInError(UserError):
    """A check-in action the desk asked for that cannot be done (one line for the operator)."""


class Severity(enum.StrEnum):
    """The colour a verdict is shown in."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


def severity(verdict: Verdict) -> Severity:
    if verdict is Verdict.ADMITTED:
        return Severity.GREEN
    if verdict is Verdict.ALREADY_CHECKED_IN:
        return Severity.AMBER
    return Severity.RED


# --- messages ---------------------------------------------------------------------------------------

#: One sentence per verdict and language. Keys with "@" are variants (at a door, badge not issued).
MESSAGES: dict[str, dict[str, str]] = {
    "admitted": {
        "en": "{name} is admitted: first check-in today.",
        "fa": "ورود {name} پذیرفته شد: نخستین پذیرش امروز.",
        "ru": "{name}: проход разрешён, первая регистрация сегодня.",
    },
    "admitted@door": {
        "en": "{name} may enter {session} ({zone}).",
        "fa": "{name} مجاز به ورود به {session} ({zone}) است.",
        "ru": "{name}: вход на «{session}» ({zone}) разрешён.",
    },
    "already_checked_in": {
        "en": "{name} already checked in today at {time} at {desk}; still admitted.",
        "fa": "{name} امروز ساعت {time} در {desk} پذیرش شده است؛ ورود همچنان مجاز است.",
        "ru": "{name}: регистрация уже пройдена сегодня в {time} ({desk}); проход разрешён.",
    },
    "already_checked_in@door": {
        "en": "{name} already entered {session} today at {time} at {desk}; still admitted.",
        "fa": "{name} امروز ساعت {time} در {desk} وارد {session} شده است؛ ورود همچنان مجاز است.",
        "ru": "{name}: вход на «{session}» уже отмечен сегодня в {time} ({desk}); проход разрешён.",
    },
    "revoked": {
        "en": "Badge {badge} of {name} is no longer valid ({reason}): do not admit; send to the accreditation desk.",
        "fa": "کارت {badge} متعلق به {name} باطل شده است ({reason})؛ اجازه ورود ندهید و به میز اعتبارنامه بفرستید.",
        "ru": "Бейдж {badge} ({name}) недействителен ({reason}): не пропускать, направить на стойку аккредитации.",
    },
    "forged": {
        "en": "The signature of this badge is false: do not admit, keep the badge and call security.",
        "fa": "امضای این کارت جعلی است؛ اجازه ورود ندهید، کارت را نگه دارید و حفاظت را خبر کنید.",
        "ru": "Подпись бейджа поддельная: не пропускать, изъять бейдж и вызвать охрану.",
    },
    "unknown": {
        "en": "This is not a badge of this accreditation system: do not admit.",
        "fa": "این کارت متعلق به این سامانه اعتبارنامه نیست؛ اجازه ورود ندهید.",
        "ru": "Это не бейдж этой системы аккредитации: не пропускать.",
    },
    "unknown@not-issued": {
        "en": "Badge {badge} is not in this desk's database: do not admit; send to the accreditation desk.",
        "fa": "کارت {badge} در پایگاه داده این میز نیست؛ اجازه ورود ندهید و به میز اعتبارنامه بفرستید.",
        "ru": "Бейджа {badge} нет в базе этой стойки: не пропускать, направить на стойку аккредитации.",
    },
    "wrong_event": {
        "en": "This badge belongs to another event: do not admit.",
        "fa": "این کارت مربوط به رویداد دیگری است؛ اجازه ورود ندهید.",
        "ru": "Это бейдж другого мероприятия: не пропускать.",
    },
    "cancelled": {
        "en": "The accreditation of {name} was cancelled: do not admit; send to the accreditation desk.",
        "fa": "اعتبارنامه {name} لغو شده است؛ اجازه ورود ندهید و به میز اعتبارنامه بفرستید.",
        "ru": "{name}: аккредитация отменена, не пропускать, направить на стойку аккредитации.",
    },
    "not_valid_today": {
        "en": "The badge of {name} is not valid today; it is valid on {days}.",
        "fa": "کارت {name} امروز معتبر نیست؛ اعتبار آن {days} است.",
        "ru": "{name}: бейдж сегодня недействителен, срок действия: {days}.",
    },
    "no_access": {
        "en": "{name} ({category}) has no access to {zone}: do not admit to {session}.",
        "fa": "{name} ({category}) به {zone} دسترسی ندارد؛ اجازه ورود به {session} ندهید.",
        "ru": "{name} ({category}): нет доступа в зону «{zone}», на «{session}» не пропускать.",
    },
}

#: The verdict in two or three words, for the big banner of the desk screen.
TITLES: dict[str, dict[str, str]] = {
    "admitted": {"en": "Admitted", "fa": "پذیرفته شد", "ru": "Проход разрешён"},
    "already_checked_in": {"en": "Already checked in", "fa": "قبلاً پذیرش شده", "ru": "Уже зарегистрирован"},
    "revoked": {"en": "Badge revoked", "fa": "کارت باطل شده", "ru": "Бейдж аннулирован"},
    "forged": {"en": "Forged badge", "fa": "کارت جعلی", "ru": "Поддельный бейдж"},
    "unknown": {"en": "Not our badge", "fa": "کارت ناشناخته", "ru": "Неизвестный бейдж"},
    "wrong_event": {"en": "Another event", "fa": "رویداد دیگر", "ru": "Другое мероприятие"},
    "cancelled": {"en": "Cancelled", "fa": "لغو شده", "ru": "Аккредитация отменена"},
    "not_valid_today": {"en": "Not valid today", "fa": "امروز معتبر نیست", "ru": "Сегодня недействителен"},
    "no_access": {"en": "No access", "fa": "دسترسی ندارد", "ru": "Нет доступа"},
}


def verdict_title(verdict: Verdict, language: str) -> str:
    return TITLES[verdict.value][message_language(language)]


#: Why a badge was revoked, as the operator reads it (codes from :mod:`.badges`).
REASONS: dict[str, dict[str, str]] = {
    "lost": {"en": "replaced: reported lost", "fa": "جایگزین شده: مفقود اعلام شده", "ru": "заменён: утерян"},
    "damaged": {"en": "replaced: damaged", "fa": "جایگزین شده: آسیب‌دیده", "ru": "заменён: повреждён"},
    "data-changed": {
        "en": "replaced: the details were corrected",
        "fa": "جایگزین شده: اطلاعات اصلاح شد",
        "ru": "заменён: данные исправлены",
    },
    CANCELLED_REASON: {
        "en": "accreditation cancelled",
        "fa": "اعتبارنامه لغو شده",
        "ru": "аккредитация отменена",
    },
}

_NO_DESK = {"en": "an unnamed desk", "fa": "میزی بی‌نام", "ru": "стойка без имени"}
_NOBODY = {"en": "This person", "fa": "این شخص", "ru": "Этот человек"}


def message_language(code: str) -> str:
    """The language a verdict is said in: fa, en or ru, English for any other code."""
    base = (code or "en").replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def _isolate(text: str) -> str:
    # A Latin name or a desk name inside a Persian sentence keeps its own direction (FSI ... PDI).
    return f"\u2068{text}\u2069"


# --- what a scan concluded ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonCard:
    """What the desk shows of the person, read once so the window needs no database to draw it."""

    id: int
    given_name: str
    family_name: str
    name_fa: str
    name_native: str
    title_en: str
    title_fa: str
    status: str
    region_code: str | None
    region_en: str
    region_fa: str
    region_ru: str
    delegation_en: str
    delegation_fa: str
    category_code: str
    category_en: str
    category_fa: str
    category_ru: str
    category_color: str
    category_text_color: str
    category_letter: str
    #: The zones the person's category opens, as codes.
    zones: tuple[str, ...] = ()
    is_head: bool = False
    title_ru: str = ""
    delegation_ru: str = ""

    @property
    def latin_name(self) -> str:
        """The Latin name in its reading form (passport capitals in mixed case); the fields keep the
        passport's form."""
        return latin_full_name(self.given_name, self.family_name)

    def names(self, language: str) -> list[str]:
        """Every spelling of the name, the one a reader of ``language`` reads most easily first."""
        return names_for_reader(
            language, latin=self.latin_name, name_fa=self.name_fa, name_native=self.name_native
        )

    def name(self, language: str) -> str:
        """The name a reader of ``language`` reads most easily."""
        names = self.names(language)
        return names[0] if names else ""

    def title(self, language: str) -> str:
        return in_language(language, en=self.title_en, fa=self.title_fa, ru=self.title_ru)

    def delegation(self, language: str) -> str:
        return in_language(language, en=self.delegation_en, fa=self.delegation_fa, ru=self.delegation_ru)

    def region(self, language: str) -> str:
        return in_language(language, en=self.region_en, fa=self.region_fa, ru=self.region_ru)

    def category_name(self, language: str) -> str:
        return {"fa": self.category_fa, "ru": self.category_ru}.get(language) or self.category_en

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "name_fa": self.name_fa,
            "name_native": self.name_native,
            "region": self.region_code,
            "category": self.category_code,
            "title": self.title_en,
            "title_fa": self.title_fa,
        }


@dataclass(frozen=True)
class ScanOutcome:
    """A recorded verdict and everything needed to say it and show it."""

    verdict: Verdict
    #: The moment of the scan (UTC) and the event day it counted for.
    at: datetime
    day: date
    event_tz: tzinfo = UTC
    scan_id: int | None = None
    checkin_id: int | None = None
    person: PersonCard | None = None
    badge_number: int | None = None
    badge_version: int | None = None
    #: The first admission of the person today at this place (for admitted: this one).
    first_checkin_at: datetime | None = None
    first_checkin_desk: str = ""
    #: Why a badge was revoked (a code of :mod:`.badges` or free text).
    reason: str = ""
    #: "not-issued": a well-signed payload with no badge in this database (verdict unknown).
    detail: str = ""
    #: Decided from the desk's replica while the server did not answer (queued for the server).
    offline: bool = False
    #: The id the desk gave the scan (a desk on a server): the key of its record on the server.
    client_id: str = ""
    #: Door mode: the session and its zone.
    session_code: str | None = None
    session_names: dict[str, str] = field(default_factory=dict)
    zone_code: str | None = None
    zone_names: dict[str, str] = field(default_factory=dict)
    #: The person's days (first, last), when known.
    valid_from: date | None = None
    valid_until: date | None = None
    #: A badge was issued for this check-in (a person found by name).
    badge_issued: bool = False
    desk: str = ""
    language: str = "en"

    @property
    def let_in(self) -> bool:
        return self.verdict in LET_IN

    @property
    def severity(self) -> Severity:
        return severity(self.verdict)

    def local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(self.event_tz)

    def message(self, language: str | None = None) -> str:
        """One sentence for the operator in ``language`` (default: the one the scan was made in)."""
        lang = message_language(language or self.language)
        key = self.verdict.value
        if self.detail == "not-issued" and self.verdict is Verdict.UNKNOWN:
            key += "@not-issued"
        elif self.session_code and self.verdict in LET_IN:
            key += "@door"
        template = MESSAGES[key][lang]
        wrap = _isolate if lang == "fa" else (lambda s: s)
        # Numbers the sentence itself states (time, badge, dates) are in Persian digits in Persian;
        # what people typed (a name, a desk called "Desk 2") is quoted as it is.
        digits = to_persian_digits if lang == "fa" else (lambda s: s)
        values: dict[str, str] = {
            "name": wrap(self.person.name(lang)) if self.person else _NOBODY[lang],
            "badge": digits(f"{self.badge_number:05d}") if self.badge_number is not None else "",
            "category": self.person.category_name(lang) if self.person else "",
            "session": wrap(
                self.session_names.get(lang) or self.session_names.get("en") or self.session_code or ""
            ),
            "zone": self.zone_names.get(lang) or self.zone_names.get("en") or (self.zone_code or ""),
            "reason": REASONS.get(self.reason, {}).get(lang, self.reason),
            "desk": wrap(self.first_checkin_desk) if self.first_checkin_desk else _NO_DESK[lang],
            "time": digits(self.local(self.first_checkin_at).strftime("%H:%M"))
            if self.first_checkin_at
            else "",
            "days": "",
        }
        if self.valid_from and self.valid_until:
            values["days"] = format_date_range(self.valid_from, self.valid_until, lang)
        text = template.format(**values)
        if self.verdict is Verdict.FORGED or not self.person:
            text = text[:1].upper() + text[1:]
        return text

    def as_json(self, language: str | None = None) -> dict[str, Any]:
        """The ``checkin --json`` contract."""
        return {
            "verdict": self.verdict.value,
            "message": self.message(language),
            "delegate": self.person.as_json() if self.person else None,
            "first_checkin_at": self.local(self.first_checkin_at).isoformat()
            if self.first_checkin_at
            else None,
            "first_checkin_desk": self.first_checkin_desk if self.first_checkin_at else None,
            "badge": None
            if self.badge_number is None
            else {"number": self.badge_number, "version": self.badge_version},
            "session": self.session_code,
            "zone": self.zone_code,
            "scan_id": self.scan_id,
            "checkin_id": self.checkin_id,
            "offline": self.offline,
            "day": self.day.isoformat(),
        }


__all__ = [
    "CheckInError",
    "LANGUAGES",
    "LET_IN",
    "MESSAGES",
    "REASONS",
    "TITLES",
    "PersonCard",
    "ScanOutcome",
    "Severity",
    "message_language",
    "severity",
    "verdict_title",
]
