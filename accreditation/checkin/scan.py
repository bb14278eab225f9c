"""Check-in at the desk and at the doors: what a scanned badge means today, recorded before it is shown.

A scan goes: undo the keyboard layout (:mod:`.scanner_input`), check the signature with the event's
key alone (:func:`.badge_token.verify_payload`), find the badge and its person, decide, record. The
decision is made from data, never from a branch per category:

* **cancelled** -- the person's status; **revoked** -- the badge version was replaced (with why);
* **not valid today** -- today (in the event's time zone) is outside the person's days: the event days,
  narrowed by the person's arrival and departure dates when those are known (unknown: the event days
  apply; a stay that does not overlap the event at all is treated as unknown, since it can only be a
  typing error). A category whose zones include the back-office zone :data:`SETUP_ZONE` also opens
  the :data:`SETUP_DAYS` days before the event (set-up: organizers, security, drivers); which categories
  that is comes from the event file, not from this module.
* **no access** -- at a door, the session's zone is not among the zones of the person's category.
* **admitted** / **already checked in** -- the first admission of a person on a day at a place (the
  desk, or one session's door) creates a :class:`~.models.CheckIn`; the unique constraint on
  (event, person, day, place) makes two desks scanning the same badge at once produce exactly one,
  the loser reporting "already checked in" with the winner's time and desk.

Every scan, refusals included, becomes a :class:`~.models.Scan` row; a forged badge also writes an
audit entry (a security event). Durability: :func:`scan` given a :class:`~.database.Database` runs in
its own transaction that takes SQLite's write lock up front (``BEGIN IMMEDIATE``, waiting up to the
busy timeout instead of failing half-way with "database is locked") with ``PRAGMA synchronous=FULL``
on that connection, and returns only after the commit: WAL with ``synchronous=NORMAL`` survives a
killed process but can lose the last transactions when the machine loses power, and a desk that
showed "admitted" must never lose it.

The messages are one sentence per verdict in Persian, English and Russian (Persian digits in
Persian), so the CLI and any desk show the same words; the window uses them too.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.badges.issuing import ensure_badge
from accreditation.badges.token import PayloadStatus, load_event_secret, secret_path, verify_payload
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import translate
from accreditation.i18n.dates import format_date_range
from accreditation.i18n.digits import to_persian_digits
from accreditation.people.badge_records import CANCELLED_REASON
from accreditation.scanner_input import decode_scanned
from accreditation.store import audit
from accreditation.store.database import SQLITE_BEGIN_OPTION, Database
from accreditation.store.models import (
    Badge,
    BadgeStatus,
    Category,
    CheckIn,
    Delegate,
    DelegateStatus,
    Delegation,
    Event,
    EventSession,
    Region,
    Scan,
    Verdict,
    Zone,
    category_zone,
    utcnow,
)

log = logging.getLogger(__name__)

#: The back-office zone: a category that opens it works on the set-up days before the event too.
SETUP_ZONE = "ops"
SETUP_DAYS = 3
#: Verdicts that let the person in (the CLI exits 0 for these).
LET_IN: frozenset[Verdict] = frozenset({Verdict.ADMITTED, Verdict.ALREADY_CHECKED_IN})
LANGUAGES = ("fa", "en", "ru")
#: Time zones the desk must get right even where the system lacks the tz database (Windows without
#: tzdata): Iran has kept +03:30 all year since 2022.
_FIXED_ZONES = {"Asia/Tehran": timezone(timedelta(hours=3, minutes=30))}


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
    return TITLES[verdict.value][_language(language)]


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


def _language(code: str) -> str:
    base = (code or "en").replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def _isolate(text: str) -> str:
    # A Latin name or a desk name inside a Persian sentence keeps its own direction (FSI ... PDI).
    return f"\u2068{text}\u2069"


# --- what a scan decided ----------------------------------------------------------------------------


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

    @property
    def latin_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    def name(self, language: str) -> str:
        """The name a reader of ``language`` reads most easily."""
        if language == "fa" and self.name_fa:
            return self.name_fa
        if (
            language == "ru"
            and self.name_native
            and any("\u0400" <= ch <= "\u04ff" for ch in self.name_native)
        ):
            return self.name_native
        return self.latin_name or self.name_fa or self.name_native

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
        lang = _language(language or self.language)
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
            "day": self.day.isoformat(),
        }


# --- time -------------------------------------------------------------------------------------------


def event_timezone(event: Event | EventFacts) -> tzinfo:
    name = event.timezone or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        fixed = _FIXED_ZONES.get(name)
        if fixed is None:
            log.warning("time zone %s unknown on this system; using UTC for event days", name)
        return fixed or UTC


def event_moment(event: Event | EventFacts, now: datetime | None) -> tuple[datetime, date]:
    """(the moment in UTC, the event day it falls on). A naive ``now`` is the event's local time."""
    zone = event_timezone(event)
    if now is None:
        moment = datetime.now(UTC)
    elif now.tzinfo is None:
        moment = now.replace(tzinfo=zone).astimezone(UTC)
    else:
        moment = now.astimezone(UTC)
    return moment, moment.astimezone(zone).date()


def person_days(
    event: Event | EventFacts,
    zones: tuple[str, ...] | set[str],
    arrival: datetime | None,
    departure: datetime | None,
) -> tuple[date, date]:
    """The first and last day a person's badge is valid (see the module's docstring for the rule)."""
    first, last = event.start_date, event.end_date
    if SETUP_ZONE in zones:
        first -= timedelta(days=SETUP_DAYS)
    narrowed_first = max(first, arrival.date()) if arrival else first
    narrowed_last = min(last, departure.date()) if departure else last
    if narrowed_first > narrowed_last:  # a stay outside the event can only be a typing error
        return first, last
    return narrowed_first, narrowed_last


# --- transactions -----------------------------------------------------------------------------------


@contextmanager
def scan_transaction(db: Database) -> Iterator[Session]:
    """A write transaction for one scan: the write lock taken up front, committed durably.

    On SQLite: ``BEGIN IMMEDIATE`` (waits up to the busy timeout for another desk's scan, never fails
    half-way) and ``synchronous=FULL`` on this connection for this transaction, restored after. The
    block's end is the commit: a caller returns its verdict after the ``with``.
    """
    if not db.is_sqlite:
        with db.sessions.begin() as session:
            yield session
        return
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous=FULL")
        try:
            conn.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA synchronous=NORMAL")


# --- the decision -----------------------------------------------------------------------------------

_secrets: dict[str, bytes] = {}


@dataclass(frozen=True)
class EventFacts:
    """The few columns of the event a scan needs, read with one small query."""

    id: int
    code: str
    start_date: date
    end_date: date
    timezone: str


# The scan path's statements are built once: building a statement costs more than running it.
_EVENT = (
    select(Event.id, Event.code, Event.start_date, Event.end_date, Event.timezone).order_by(Event.id).limit(1)
)


def _event(session: Session) -> EventFacts:
    row = session.connection().execute(_EVENT).first()
    if row is None:
        raise UserError(translate("CheckIn", "This database has no event yet: run 'init' first"))
    return EventFacts(*row)


def _secret(event: EventFacts | Event) -> bytes:
    """The event's key, read once per key file (a scan must not pay for a file read)."""
    key = str(secret_path(event.code))
    secret = _secrets.get(key)
    if secret is None:
        secret = _secrets[key] = load_event_secret(event.code)
    return secret


@dataclass(frozen=True)
class _Person:
    """A person as the decision needs them: the card, the status and the stay."""

    card: PersonCard
    status: DelegateStatus
    arrival: datetime | None
    departure: datetime | None


@dataclass(frozen=True)
class _BadgeFacts:
    id: int
    delegate_id: int
    number: int
    version: int
    status: BadgeStatus
    revoke_reason: str


_REGION = Region.__table__.alias("r")
_PERSON_QUERY = (
    select(
        Delegate.id,
        Delegate.given_name,
        Delegate.family_name,
        Delegate.name_fa,
        Delegate.name_native,
        Delegate.title_en,
        Delegate.title_fa,
        Delegate.status,
        Delegate.arrival,
        Delegate.departure,
        Category.id,
        Category.code,
        Category.name_en,
        Category.name_fa,
        Category.name_ru,
        Category.color,
        Category.text_color,
        Category.letter,
        Delegation.name_en,
        Delegation.name_fa,
        Delegation.head_delegate_id,
        _REGION.c.code,
        _REGION.c.name_en,
        _REGION.c.name_fa,
        _REGION.c.name_ru,
    )
    .select_from(Delegate)
    .join(Category, Category.id == Delegate.category_id)
    .outerjoin(Delegation, Delegation.id == Delegate.delegation_id)
    .outerjoin(_REGION, _REGION.c.id == Delegation.region_id)
)
_PERSON_BY_ID = _PERSON_QUERY.where(Delegate.id == bindparam("delegate_id"))
_ZONES_OF = (
    select(Zone.code)
    .join(category_zone, category_zone.c.zone_id == Zone.id)
    .where(category_zone.c.category_id == bindparam("category_id"))
    .order_by(Zone.code)
)
_BADGE_COLUMNS = (Badge.id, Badge.delegate_id, Badge.number, Badge.version, Badge.status, Badge.revoke_reason)
_BADGE_BY_NUMBER = select(*_BADGE_COLUMNS).where(
    Badge.event_id == bindparam("event_id"),
    Badge.number == bindparam("number"),
    Badge.version == bindparam("version"),
)
_BADGE_BY_ID = select(*_BADGE_COLUMNS).where(Badge.id == bindparam("badge_id"))
_DOOR = (
    select(
        EventSession.id,
        EventSession.code,
        EventSession.name_en,
        EventSession.name_fa,
        EventSession.name_ru,
        Zone.code,
        Zone.name_en,
        Zone.name_fa,
        Zone.name_ru,
    )
    .outerjoin(Zone, Zone.id == EventSession.zone_id)
    .where(EventSession.event_id == bindparam("event_id"), EventSession.code == bindparam("code"))
)
_FIRST_CHECKIN = select(CheckIn.id, CheckIn.at, CheckIn.desk).where(
    CheckIn.event_id == bindparam("event_id"),
    CheckIn.delegate_id == bindparam("delegate_id"),
    CheckIn.day == bindparam("day"),
    CheckIn.place == bindparam("place"),
)
_INSERT_SCAN = insert(Scan).returning(Scan.id)
_UPDATE_SCAN = (
    update(Scan)
    .where(Scan.id == bindparam("scan_id"))
    .values(verdict=bindparam("verdict"), message=bindparam("message"))
)
_INSERT_CHECKIN: dict[str, Any] = {}


def _insert_checkin_statement(dialect: str) -> Any:
    stmt = _INSERT_CHECKIN.get(dialect)
    if stmt is None:
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        stmt = _INSERT_CHECKIN[dialect] = (
            dialect_insert(CheckIn).on_conflict_do_nothing().returning(CheckIn.id)
        )
    return stmt


def _person(session: Session, delegate_id: int) -> _Person | None:
    conn = session.connection()
    row = conn.execute(_PERSON_BY_ID, {"delegate_id": delegate_id}).first()
    if row is None:
        return None
    (
        pid,
        given,
        family,
        name_fa,
        native,
        title_en,
        title_fa,
        status,
        arrival,
        departure,
        category_id,
        c_code,
        c_en,
        c_fa,
        c_ru,
        c_color,
        c_text,
        c_letter,
        d_en,
        d_fa,
        head_id,
        r_code,
        r_en,
        r_fa,
        r_ru,
    ) = row
    zones = tuple(conn.execute(_ZONES_OF, {"category_id": category_id}).scalars())
    card = PersonCard(
        id=pid,
        given_name=given,
        family_name=family,
        name_fa=name_fa,
        name_native=native,
        title_en=title_en,
        title_fa=title_fa,
        status=DelegateStatus(status).value,
        region_code=r_code,
        region_en=r_en or "",
        region_fa=r_fa or "",
        region_ru=r_ru or "",
        delegation_en=d_en or "",
        delegation_fa=d_fa or "",
        category_code=c_code,
        category_en=c_en,
        category_fa=c_fa,
        category_ru=c_ru or "",
        category_color=c_color,
        category_text_color=c_text,
        category_letter=c_letter,
        zones=zones,
        is_head=head_id == pid,
    )
    return _Person(card, DelegateStatus(status), arrival, departure)


def person_card(session: Session, delegate_id: int) -> PersonCard | None:
    """What the desk shows of a person (names, region, delegation, category, zones)."""
    person = _person(session, delegate_id)
    return person.card if person else None


def _badge(session: Session, statement: Any, params: dict[str, Any]) -> _BadgeFacts | None:
    row = session.connection().execute(statement, params).first()
    return _BadgeFacts(*row) if row else None


@dataclass(frozen=True)
class _Door:
    id: int
    code: str
    names: dict[str, str]
    zone_code: str | None
    zone_names: dict[str, str]


def _door(session: Session, event: EventFacts, session_code: str | None) -> _Door | None:
    if not session_code:
        return None
    row = session.connection().execute(_DOOR, {"event_id": event.id, "code": session_code}).first()
    if row is None:
        codes = ", ".join(session.scalars(select(EventSession.code).where(EventSession.event_id == event.id)))
        raise CheckInError(
            translate("CheckIn", "No session with code '{session_code}' (known: {codes})").format(
                session_code=session_code, codes=codes
            )
        )
    sid, code, s_en, s_fa, s_ru, z_code, z_en, z_fa, z_ru = row
    zone_names = {"en": z_en or "", "fa": z_fa or "", "ru": z_ru or ""} if z_code else {}
    return _Door(sid, code, {"en": s_en, "fa": s_fa, "ru": s_ru or ""}, z_code, zone_names)


def _first_checkin(session: Session, event_id: int, delegate_id: int, day: date, place: str) -> Any:
    """(id, at, desk) of the person's first admission on ``day`` at ``place``, if any."""
    return (
        session.connection()
        .execute(
            _FIRST_CHECKIN, {"event_id": event_id, "delegate_id": delegate_id, "day": day, "place": place}
        )
        .first()
    )


def _insert_first_checkin(session: Session, values: dict[str, Any]) -> int | None:
    """Insert the check-in unless the unique constraint says one exists; its id, or None when it did.

    SQLite and PostgreSQL say so with ``ON CONFLICT DO NOTHING`` (no savepoint, no error); other
    databases get a savepoint and the IntegrityError.
    """
    conn = session.connection()
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        return conn.execute(_insert_checkin_statement(dialect), values).scalar()
    try:
        with session.begin_nested():
            return session.execute(insert(CheckIn).values(**values).returning(CheckIn.id)).scalar()
    except IntegrityError:
        return None


def _decide_and_record(
    session: Session,
    event: EventFacts,
    base: ScanOutcome,
    *,
    payload: str,
    operator: str,
    door: _Door | None,
    person: _Person | None,
    badge: _BadgeFacts | None,
) -> ScanOutcome:
    """Decide for a found person (or record a refusal already decided in ``base``), write the rows."""
    outcome = base
    if person is not None:
        card = person.card
        first, last = person_days(event, card.zones, person.arrival, person.departure)
        outcome = replace(
            outcome,
            person=card,
            valid_from=first,
            valid_until=last,
            badge_number=badge.number if badge else None,
            badge_version=badge.version if badge else None,
        )
        if person.status == DelegateStatus.CANCELLED:
            outcome = replace(outcome, verdict=Verdict.CANCELLED)
        elif badge is not None and badge.status == BadgeStatus.REVOKED:
            outcome = replace(outcome, verdict=Verdict.REVOKED, reason=badge.revoke_reason)
        elif not first <= outcome.day <= last:
            outcome = replace(outcome, verdict=Verdict.NOT_VALID_TODAY)
        elif door is not None and door.zone_code is not None and door.zone_code not in card.zones:
            outcome = replace(outcome, verdict=Verdict.NO_ACCESS)
        else:
            outcome = replace(outcome, verdict=Verdict.ADMITTED)
    place = door.code if door else ""
    if outcome.verdict is Verdict.ADMITTED:
        assert person is not None
        existing = _first_checkin(session, event.id, person.card.id, outcome.day, place)
        if existing is not None:
            outcome = replace(
                outcome,
                verdict=Verdict.ALREADY_CHECKED_IN,
                checkin_id=existing.id,
                first_checkin_at=existing.at,
                first_checkin_desk=existing.desk,
            )
        else:
            outcome = replace(outcome, first_checkin_at=outcome.at, first_checkin_desk=outcome.desk[:100])
    scan_values = {
        "event_id": event.id,
        "at": outcome.at,
        "desk": outcome.desk[:100],
        "operator": operator[:100],
        "session_id": door.id if door else None,
        "payload": payload[:200],
        "badge_id": badge.id if badge else None,
        "delegate_id": person.card.id if person else None,
        "verdict": outcome.verdict,
        "message": outcome.message()[:500],
    }
    scan_id = session.connection().execute(_INSERT_SCAN, scan_values).scalar()
    outcome = replace(outcome, scan_id=scan_id)
    if outcome.verdict is Verdict.ADMITTED and outcome.checkin_id is None:
        assert person is not None
        checkin_id = _insert_first_checkin(
            session,
            {
                "event_id": event.id,
                "delegate_id": person.card.id,
                "badge_id": badge.id if badge else None,
                "day": outcome.day,
                "place": place,
                "at": outcome.at,
                "desk": outcome.desk[:100],
                "operator": operator[:100],
                "scan_id": scan_id,
            },
        )
        if checkin_id is not None:
            outcome = replace(outcome, checkin_id=checkin_id)
        else:
            # Another desk's first admission committed between our look and our insert (a server
            # database; SQLite's IMMEDIATE transactions already serialize scans): theirs stands.
            existing = _first_checkin(session, event.id, person.card.id, outcome.day, place)
            if existing is None:
                raise RuntimeError("check-in refused by the database but not found")
            outcome = replace(
                outcome,
                verdict=Verdict.ALREADY_CHECKED_IN,
                checkin_id=existing.id,
                first_checkin_at=existing.at,
                first_checkin_desk=existing.desk,
            )
            session.connection().execute(
                _UPDATE_SCAN,
                {"scan_id": scan_id, "verdict": outcome.verdict, "message": outcome.message()[:500]},
            )
    if outcome.verdict is Verdict.FORGED:
        audit.record(
            session,
            operator=operator,
            action="forged-scan",
            entity="scan",
            entity_id=scan_id,
            changes={},
            detail=f"SECURITY: badge with a false signature scanned at {outcome.desk or 'an unnamed desk'}"
            f"{' (door ' + door.code + ')' if door else ''}: payload {payload[:40]}",
        )
    return outcome


def _base(
    event: EventFacts, now: datetime | None, desk: str, language: str, door: _Door | None
) -> ScanOutcome:
    at, day = event_moment(event, now)
    return ScanOutcome(
        verdict=Verdict.UNKNOWN,
        at=at,
        day=day,
        event_tz=event_timezone(event),
        desk=desk,
        language=_language(language),
        session_code=door.code if door else None,
        session_names=door.names if door else {},
        zone_code=door.zone_code if door else None,
        zone_names=door.zone_names if door else {},
    )


def _scan_in(
    session: Session,
    raw_text: str,
    *,
    desk: str,
    operator: str,
    session_code: str | None,
    now: datetime | None,
    language: str,
    secret: bytes | None,
) -> ScanOutcome:
    require(session, Action.CHECKIN, operator)
    event = _event(session)
    door = _door(session, event, session_code)
    base = _base(event, now, desk, language, door)
    decoded = decode_scanned(raw_text or "")
    check = verify_payload(
        secret if secret is not None else _secret(event), raw_text or "", event_id=event.id
    )
    person = badge = None
    if check.status is PayloadStatus.UNKNOWN:
        base = replace(base, verdict=Verdict.UNKNOWN)
    elif check.status is PayloadStatus.OTHER_EVENT:
        base = replace(base, verdict=Verdict.WRONG_EVENT)
    elif check.status is PayloadStatus.FORGED:
        base = replace(base, verdict=Verdict.FORGED)
    else:
        badge = _badge(
            session,
            _BADGE_BY_NUMBER,
            {"event_id": event.id, "number": check.number, "version": check.version},
        )
        person = _person(session, badge.delegate_id) if badge else None
        if badge is None or person is None:
            badge = None
            base = replace(
                base,
                verdict=Verdict.UNKNOWN,
                detail="not-issued",
                badge_number=check.number,
                badge_version=check.version,
            )
    return _decide_and_record(
        session, event, base, payload=decoded, operator=operator, door=door, person=person, badge=badge
    )


def scan(
    session_or_db: Session | Database,
    raw_text: str,
    *,
    desk: str,
    operator: str,
    session_code: str | None = None,
    now: datetime | None = None,
    language: str = "en",
    secret: bytes | None = None,
) -> ScanOutcome:
    """Decide and record one scan; ``raw_text`` is what the scanner typed, through any layout.

    Given a :class:`Database`, the scan is its own durable transaction and the outcome is returned
    only after it committed. Given a ``Session``, it joins the caller's transaction (the caller commits).
    ``now`` defaults to the current time; a naive value is the event's local time. ``secret`` defaults
    to the event's key file. The message is stored in ``language`` (the operator's).
    """
    kwargs = dict(
        desk=desk, operator=operator, session_code=session_code, now=now, language=language, secret=secret
    )
    if isinstance(session_or_db, Database):
        with scan_transaction(session_or_db) as session:
            outcome = _scan_in(session, raw_text, **kwargs)  # type: ignore[arg-type]
        return outcome
    return _scan_in(session_or_db, raw_text, **kwargs)  # type: ignore[arg-type]


def find_and_checkin(
    session_or_db: Session | Database,
    delegate_id: int,
    *,
    desk: str,
    operator: str,
    session_code: str | None = None,
    now: datetime | None = None,
    language: str = "en",
) -> ScanOutcome:
    """Check in a person found by name (no badge at hand), issuing a badge if they have none.

    The same rules as a scan apply (cancelled, days, zone); the scan log gets a row with an empty
    payload and the audit trail says the check-in was made by name. ``outcome.badge_issued`` tells the
    desk a new badge exists and can be printed on the spot.
    """
    if isinstance(session_or_db, Database):
        with scan_transaction(session_or_db) as session:
            outcome = find_and_checkin(
                session,
                delegate_id,
                desk=desk,
                operator=operator,
                session_code=session_code,
                now=now,
                language=language,
            )
        return outcome
    session = session_or_db
    require(session, Action.CHECKIN, operator)
    event = _event(session)
    delegate = session.get(Delegate, delegate_id)
    if delegate is None or delegate.event_id != event.id:
        raise CheckInError(
            translate("CheckIn", "No person with id {delegate_id}").format(delegate_id=delegate_id)
        )
    door = _door(session, event, session_code)
    issued = False
    badge: _BadgeFacts | None = None
    if delegate.status != DelegateStatus.CANCELLED:
        found, issued = ensure_badge(session, delegate, operator)
        session.flush()
        badge = _badge(session, _BADGE_BY_ID, {"badge_id": found.id})
    person = _person(session, delegate_id)
    base = replace(_base(event, now, desk, language, door), badge_issued=issued)
    outcome = _decide_and_record(
        session, event, base, payload="", operator=operator, door=door, person=person, badge=badge
    )
    audit.record(
        session,
        operator=operator,
        action="checkin-by-name",
        entity="delegate",
        entity_id=delegate_id,
        changes={},
        detail=f"{outcome.verdict.value} at {desk or 'an unnamed desk'} without a scanned badge"
        + (f"; badge {badge.number:05d} issued" if issued and badge else ""),
    )
    return outcome


def undo_checkin(session: Session, checkin_id: int, operator: str, reason: str) -> None:
    """Delete a check-in (a mistaken admission); the scan log keeps the scan, the audit says who and why."""
    require(session, Action.CHECKIN_UNDO, operator)
    if not reason.strip():
        raise CheckInError(translate("CheckIn", "Say why the check-in is undone"))
    checkin = session.get(CheckIn, checkin_id)
    if checkin is None:
        raise CheckInError(
            translate("CheckIn", "No check-in with id {checkin_id}").format(checkin_id=checkin_id)
        )
    audit.record(
        session,
        operator=operator,
        action="undo-checkin",
        entity="check_in",
        entity_id=checkin.id,
        changes={
            "delegate_id": (checkin.delegate_id, None),
            "day": (checkin.day, None),
            "place": (checkin.place, None),
            "at": (checkin.at, None),
            "desk": (checkin.desk, None),
        },
        detail=f"check-in of delegate {checkin.delegate_id} undone: {reason.strip()}",
    )
    session.execute(delete(CheckIn).where(CheckIn.id == checkin_id))


def badge_pdf_for(
    session: Session,
    delegate_id: int,
    out: str | Path,
    *,
    operator: str,
    template: str = "a6",
    override_approval: bool = False,
) -> Path:
    """Print one person's current badge (issuing one if needed) to a one-badge PDF, on the spot.

    Only for a person protocol approved (:class:`~accreditation.people.approval.NotApproved` otherwise), unless
    ``override_approval``, recorded in the audit trail under ``operator``.
    """
    require(session, Action.BADGE_PRINT, operator)
    from accreditation.badges.issuing import badge_view, mark_printed
    from accreditation.badges.pdf import render_badges
    from accreditation.people.approval import require_approved

    delegate = session.get(Delegate, delegate_id)
    if delegate is None:
        raise CheckInError(
            translate("CheckIn", "No person with id {delegate_id}").format(delegate_id=delegate_id)
        )
    require_approved(
        session,
        [delegate],
        override_by=operator if override_approval else None,
        detail="badge printed at the check-in desk without protocol approval (override)",
    )
    event = current_event(session)
    badge, _issued = ensure_badge(session, delegate, operator)
    view = badge_view(session, badge, _secret(event))
    render_badges([view], template, out, title=f"{event.name_en} — {delegate.latin_name}")
    mark_printed(session, badge, operator)
    return Path(out)


def scans_of(session: Session, *, limit: int = 50) -> list[Scan]:
    """The latest scans, newest first (the desk's recent list)."""
    return list(session.scalars(select(Scan).order_by(Scan.id.desc()).limit(limit)))


# --- the protocol dashboard -------------------------------------------------------------------------


@dataclass(frozen=True)
class Arrivals:
    """Expected against arrived for one group (a region, the guests, or a category) on one day."""

    code: str | None
    name_en: str
    name_fa: str
    name_ru: str
    expected: int
    arrived: int
    color: str = ""

    def name(self, language: str) -> str:
        return {"fa": self.name_fa, "ru": self.name_ru}.get(language) or self.name_en


@dataclass(frozen=True)
class WaitingHead:
    """A head of delegation not yet checked in today."""

    delegate_id: int
    latin_name: str
    name_fa: str
    name_native: str
    title_en: str
    title_fa: str
    region_code: str | None
    region_en: str
    region_fa: str
    arrival: datetime | None


@dataclass(frozen=True)
class Dashboard:
    day: date
    days: tuple[date, ...]
    #: Per event day: arrivals per region (guests last, code None).
    regions_by_day: dict[date, list[Arrivals]]
    heads_waiting: list[WaitingHead]
    categories: list[Arrivals]
    scans_today: int

    @property
    def expected(self) -> int:
        return sum(a.expected for a in self.regions_by_day.get(self.day, []))

    @property
    def arrived(self) -> int:
        return sum(a.arrived for a in self.regions_by_day.get(self.day, []))


def _expected_on(day: date) -> Any:
    """Delegates expected on ``day``: not cancelled, and their known stay covers it."""
    start = datetime.combine(day, time.min)
    end = start + timedelta(days=1)
    return and_(
        Delegate.status != DelegateStatus.CANCELLED,
        or_(Delegate.arrival.is_(None), Delegate.arrival < end),
        or_(Delegate.departure.is_(None), Delegate.departure >= start),
    )


def event_days(event: Event) -> tuple[date, ...]:
    count = (event.end_date - event.start_date).days + 1
    return tuple(event.start_date + timedelta(days=i) for i in range(count))


_GUESTS = {"en": "Guests", "fa": "مهمانان", "ru": "Гости"}


def arrivals_by_region(session: Session, day: date, event: Event | None = None) -> list[Arrivals]:
    """Per region (in the event's order), then the guests: people expected on ``day`` and arrived.

    Arrived means checked in that day, at the desk or at any door.
    """
    event = event or current_event(session)
    expected = dict(
        session.execute(
            select(Delegation.region_id, func.count(Delegate.id))
            .select_from(Delegate)
            .outerjoin(Delegation, Delegation.id == Delegate.delegation_id)
            .where(Delegate.event_id == event.id, _expected_on(day))
            .group_by(Delegation.region_id)
        ).all()
    )
    arrived = dict(
        session.execute(
            select(Delegation.region_id, func.count(func.distinct(CheckIn.delegate_id)))
            .select_from(CheckIn)
            .join(Delegate, Delegate.id == CheckIn.delegate_id)
            .outerjoin(Delegation, Delegation.id == Delegate.delegation_id)
            .where(CheckIn.event_id == event.id, CheckIn.day == day)
            .group_by(Delegation.region_id)
        ).all()
    )
    rows = [
        Arrivals(r.code, r.name_en, r.name_fa, r.name_ru, expected.get(r.id, 0), arrived.get(r.id, 0))
        for r in session.scalars(
            select(Region).where(Region.event_id == event.id).order_by(Region.display_order)
        )
    ]
    rows.append(
        Arrivals(
            None, _GUESTS["en"], _GUESTS["fa"], _GUESTS["ru"], expected.get(None, 0), arrived.get(None, 0)
        )
    )
    return rows


def heads_not_arrived(session: Session, day: date, event: Event | None = None) -> list[WaitingHead]:
    """Heads of delegation (as each delegation names its head) not checked in on ``day``, region order."""
    event = event or current_event(session)
    arrived = select(CheckIn.delegate_id).where(CheckIn.event_id == event.id, CheckIn.day == day)
    rows = session.execute(
        select(Delegate, Region)
        .join(Delegation, Delegation.head_delegate_id == Delegate.id)
        .outerjoin(Region, Region.id == Delegation.region_id)
        .where(
            Delegate.event_id == event.id,
            Delegate.status != DelegateStatus.CANCELLED,
            Delegate.id.not_in(arrived),
        )
        .order_by(func.coalesce(Region.display_order, 10_000), Delegate.family_name, Delegate.id)
    ).all()
    return [
        WaitingHead(
            d.id,
            d.latin_name,
            d.name_fa,
            d.name_native,
            d.title_en,
            d.title_fa,
            r.code if r else None,
            r.name_en if r else "",
            r.name_fa if r else "",
            d.arrival,
        )
        for d, r in rows
    ]


def counts_per_category(session: Session, day: date, event: Event | None = None) -> list[Arrivals]:
    """Per category (protocol rank order): expected on ``day`` and arrived."""
    event = event or current_event(session)
    expected = dict(
        session.execute(
            select(Delegate.category_id, func.count(Delegate.id))
            .where(Delegate.event_id == event.id, _expected_on(day))
            .group_by(Delegate.category_id)
        ).all()
    )
    arrived = dict(
        session.execute(
            select(Delegate.category_id, func.count(func.distinct(CheckIn.delegate_id)))
            .select_from(CheckIn)
            .join(Delegate, Delegate.id == CheckIn.delegate_id)
            .where(CheckIn.event_id == event.id, CheckIn.day == day)
            .group_by(Delegate.category_id)
        ).all()
    )
    return [
        Arrivals(
            c.code, c.name_en, c.name_fa, c.name_ru, expected.get(c.id, 0), arrived.get(c.id, 0), c.color
        )
        for c in session.scalars(
            select(Category).where(Category.event_id == event.id).order_by(Category.rank)
        )
    ]


def dashboard(session: Session, now: datetime | None = None, day: date | None = None) -> Dashboard:
    """Everything the protocol dashboard shows, for ``day`` (default: today, or the event's nearest day)."""
    event = current_event(session)
    _at, today = event_moment(event, now)
    days = event_days(event)
    day = day or min(max(today, days[0]), days[-1])
    scans_today = (
        session.scalar(
            select(func.count(Scan.id)).where(
                Scan.event_id == event.id,
                Scan.at >= datetime.combine(day, time.min, event_timezone(event)).astimezone(UTC),
                Scan.at
                < datetime.combine(day + timedelta(days=1), time.min, event_timezone(event)).astimezone(UTC),
            )
        )
        or 0
    )
    return Dashboard(
        day=day,
        days=days,
        regions_by_day={d: arrivals_by_region(session, d, event) for d in days},
        heads_waiting=heads_not_arrived(session, day, event),
        categories=counts_per_category(session, day, event),
        scans_today=int(scans_today),
    )


__all__ = [
    "Arrivals",
    "CheckInError",
    "Dashboard",
    "LET_IN",
    "MESSAGES",
    "PersonCard",
    "ScanOutcome",
    "Severity",
    "WaitingHead",
    "arrivals_by_region",
    "badge_pdf_for",
    "counts_per_category",
    "dashboard",
    "event_moment",
    "find_and_checkin",
    "heads_not_arrived",
    "person_days",
    "scan",
    "scan_transaction",
    "undo_checkin",
    "utcnow",
]
