"""The domain as SQLAlchemy 2 typed models.

One event holds countries' regions, organizations, delegations and their delegates. Codes (region,
category, zone, session) are the project's stable identifiers: files, the CLI and tests use them.
Every constraint has a stable name from the naming convention so Alembic migrations can address it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import event as sa_event
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accreditation.names.collation import native_language, sort_bytes
from accreditation.store import sync_models  # noqa: F401 - the offline desks' tables share this metadata
from accreditation.store.base import Base, utcnow
from accreditation.store.base import enum_column as _enum
from accreditation.store.enums import (
    BadgeStatus,
    DelegateStatus,
    Gender,
    OrganizationKind,
    Role,
    RoomShape,
    SessionKind,
    Verdict,
)

#: ``*_sort`` columns: the name's alphabetical key as bytes (see :func:`collation.sort_bytes`), so the
#: database sorts a name column as its reader expects (پ after ب) on SQLite and PostgreSQL alike.
#: Name field -> its sort column.
DELEGATE_SORT_KEYS: dict[str, str] = {
    "family_name": "family_sort",
    "given_name": "given_sort",
    "name_fa": "name_fa_sort",
    "name_native": "native_sort",
}


def delegate_sort_values(fields: dict) -> dict[str, bytes]:
    """The ``*_sort`` values of a delegate with these name fields (and nationality)."""
    native = fields.get("name_native")
    return {
        "family_sort": sort_bytes(fields.get("family_name"), "en"),
        "given_sort": sort_bytes(fields.get("given_name"), "en"),
        "name_fa_sort": sort_bytes(fields.get("name_fa"), "fa"),
        "native_sort": sort_bytes(native, native_language(native, fields.get("nationality"))),
    }


def _delegate_sort_default(column: str):  # noqa: ANN202 - a SQLAlchemy default callable
    def default(context: DefaultExecutionContext | None) -> bytes | None:
        if context is None:  # asked for a constant (a bulk insert): the caller supplies the keys
            return None
        return delegate_sort_values(context.get_current_parameters())[column]

    return default


def _delegation_sort_default(context: DefaultExecutionContext | None) -> bytes | None:
    if context is None:
        return None
    return sort_bytes(context.get_current_parameters().get("name_fa"), "fa")


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name_en: Mapped[str] = mapped_column(String(300))
    name_fa: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    slogan_en: Mapped[str] = mapped_column(String(300), default="")
    slogan_fa: Mapped[str] = mapped_column(String(300), default="")
    city_en: Mapped[str] = mapped_column(String(100), default="")
    city_fa: Mapped[str] = mapped_column(String(100), default="")
    host_country_code: Mapped[str] = mapped_column(String(2))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")

    regions: Mapped[list[Region]] = relationship(back_populates="event", order_by="Region.display_order")
    categories: Mapped[list[Category]] = relationship(back_populates="event", order_by="Category.rank")
    zones: Mapped[list[Zone]] = relationship(back_populates="event", order_by="Zone.code")
    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="event", order_by="EventSession.starts_at"
    )

    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_ordered"),)


class Country(Base):
    __tablename__ = "country"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(2), unique=True)  # ISO 3166-1 alpha-2
    name_en: Mapped[str] = mapped_column(String(120))
    name_fa: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str] = mapped_column(String(120))
    name_native: Mapped[str] = mapped_column(String(120), default="")
    display_order: Mapped[int] = mapped_column(Integer, default=0)

    regions: Mapped[list[Region]] = relationship(back_populates="country", order_by="Region.display_order")


class Region(Base):
    """A participating province, oblast, republic, city or velayat."""

    __tablename__ = "region"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("country.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fa: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    name_native: Mapped[str] = mapped_column(String(200), default="")
    is_host: Mapped[bool] = mapped_column(Boolean, default=False)
    display_order: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="regions")
    country: Mapped[Country] = relationship(back_populates="regions")
    delegations: Mapped[list[Delegation]] = relationship(back_populates="region")

    __table_args__ = (UniqueConstraint("event_id", "code"),)


class Organization(Base):
    """A ministry, embassy, chamber of commerce, international organization or press outlet."""

    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[OrganizationKind] = mapped_column(_enum(OrganizationKind, "organization_kind"))
    name_en: Mapped[str] = mapped_column(String(300))
    name_fa: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    name_native: Mapped[str] = mapped_column(String(300), default="")

    country: Mapped[Country | None] = relationship()

    __table_args__ = (UniqueConstraint("event_id", "code"),)


class Delegation(Base):
    """The people who come on behalf of one region or one organization, led by a head of delegation."""

    __tablename__ = "delegation"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    name_en: Mapped[str] = mapped_column(String(300))
    name_fa: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    #: Persian alphabetical key of ``name_fa`` (kept by a default and an ORM event).
    name_fa_sort: Mapped[bytes | None] = mapped_column(LargeBinary, default=_delegation_sort_default)
    head_delegate_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegate.id", use_alter=True, ondelete="SET NULL")
    )

    region: Mapped[Region | None] = relationship(back_populates="delegations")
    organization: Mapped[Organization | None] = relationship()
    head: Mapped[Delegate | None] = relationship(foreign_keys=[head_delegate_id], post_update=True)
    delegates: Mapped[list[Delegate]] = relationship(
        back_populates="delegation", foreign_keys="Delegate.delegation_id"
    )

    __table_args__ = (
        CheckConstraint(
            "region_id IS NOT NULL OR organization_id IS NOT NULL", name="of_region_or_organization"
        ),
    )


category_zone = Table(
    "category_zone",
    Base.metadata,
    Column("category_id", ForeignKey("category.id", ondelete="CASCADE"), primary_key=True),
    Column("zone_id", ForeignKey("zone.id", ondelete="CASCADE"), primary_key=True),
)


class Zone(Base):
    """An area a badge opens: the plenary hall, the panel rooms, the VIP lounge, the press area..."""

    __tablename__ = "zone"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fa: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200), default="")

    event: Mapped[Event] = relationship(back_populates="zones")

    __table_args__ = (UniqueConstraint("event_id", "code"),)


class Category(Base):
    """A participant category: its badge colour and letter and the zones it opens come from data."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fa: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    color: Mapped[str] = mapped_column(String(7))  # "#RRGGBB"
    text_color: Mapped[str] = mapped_column(String(7), default="#FFFFFF")
    letter: Mapped[str] = mapped_column(String(2))
    #: Protocol rank: lower comes first in lists and in precedence.
    rank: Mapped[int] = mapped_column(Integer, default=100)

    event: Mapped[Event] = relationship(back_populates="categories")
    zones: Mapped[list[Zone]] = relationship(secondary=category_zone, order_by="Zone.code")

    __table_args__ = (UniqueConstraint("event_id", "code"),)


class EventSession(Base):
    """A plenary, panel, side meeting or site visit; entering it needs the badge to open its zone."""

    __tablename__ = "event_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[SessionKind] = mapped_column(_enum(SessionKind, "session_kind"))
    name_en: Mapped[str] = mapped_column(String(300))
    name_fa: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    topics_en: Mapped[str] = mapped_column(Text, default="")
    topics_fa: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    room_code: Mapped[str] = mapped_column(String(64), default="")

    event: Mapped[Event] = relationship(back_populates="sessions")
    zone: Mapped[Zone | None] = relationship()

    __table_args__ = (
        UniqueConstraint("event_id", "code"),
        CheckConstraint("ends_at >= starts_at", name="times_ordered"),
    )


class Delegate(Base):
    """A person to accredit. Latin names are as in the passport; other scripts are kept as typed."""

    __tablename__ = "delegate"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), index=True)

    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200), default="")
    name_fa: Mapped[str] = mapped_column(String(300), default="")
    #: The name in the person's own script (Cyrillic, Azerbaijani Latin...), patronymic included.
    name_native: Mapped[str] = mapped_column(String(300), default="")
    #: The Latin name was derived (e.g. ICAO transliteration) and the desk must check it.
    latin_to_verify: Mapped[bool] = mapped_column(Boolean, default=False)
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_fa: Mapped[str] = mapped_column(String(300), default="")
    title_ru: Mapped[str] = mapped_column(String(300), default="")
    gender: Mapped[Gender | None] = mapped_column(_enum(Gender, "gender"))
    nationality: Mapped[str] = mapped_column(String(3), default="")
    document_no: Mapped[str] = mapped_column(String(40), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    arrival: Mapped[datetime | None] = mapped_column(DateTime)
    departure: Mapped[datetime | None] = mapped_column(DateTime)
    dietary: Mapped[str] = mapped_column(String(200), default="")
    language_needs: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[DelegateStatus] = mapped_column(
        _enum(DelegateStatus, "delegate_status"), default=DelegateStatus.REGISTERED, index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    #: Optimistic locking: a save based on an old read fails instead of overwriting silently.
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: Alphabetical keys of the names (see ``DELEGATE_SORT_KEYS``): derived, never typed.
    family_sort: Mapped[bytes | None] = mapped_column(
        LargeBinary, default=_delegate_sort_default("family_sort")
    )
    given_sort: Mapped[bytes | None] = mapped_column(
        LargeBinary, default=_delegate_sort_default("given_sort")
    )
    name_fa_sort: Mapped[bytes | None] = mapped_column(
        LargeBinary, default=_delegate_sort_default("name_fa_sort")
    )
    native_sort: Mapped[bytes | None] = mapped_column(
        LargeBinary, default=_delegate_sort_default("native_sort")
    )

    delegation: Mapped[Delegation | None] = relationship(
        back_populates="delegates", foreign_keys=[delegation_id]
    )
    organization: Mapped[Organization | None] = relationship()
    category: Mapped[Category] = relationship()
    photo: Mapped[DelegatePhoto | None] = relationship(
        back_populates="delegate", cascade="all, delete-orphan", uselist=False, lazy="select"
    )
    badges: Mapped[list[Badge]] = relationship(back_populates="delegate", order_by="Badge.version")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_delegate_family_given", "family_name", "given_name"),
        CheckConstraint("departure IS NULL OR arrival IS NULL OR departure >= arrival", name="stay_ordered"),
    )

    @property
    def latin_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def region(self) -> Region | None:
        return self.delegation.region if self.delegation else None


class DelegatePhoto(Base):
    """The passport-shaped JPEG, kept apart so listing people never loads image bytes."""

    __tablename__ = "delegate_photo"

    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="CASCADE"), primary_key=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    delegate: Mapped[Delegate] = relationship(back_populates="photo")


class DelegateNameKey(Base):
    """Matching keys derived from a delegate's names (normalized forms, phonetic skeletons).

    Derived data kept in the database so every desk's search sees the same index and a prefix lookup is
    one indexed range scan; rebuilt from the names whenever they change.
    """

    __tablename__ = "delegate_name_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="CASCADE"))
    #: Which kind of key: e.g. "norm" (normalized spelling) or "phon" (cross-script phonetic skeleton).
    kind: Mapped[str] = mapped_column(String(16))
    #: Which name it came from: "given", "family", "fa", "native", "full"...
    source: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(300))

    # Covering indexes: a type-ahead lookup and a person's keys are answered from the index alone.
    __table_args__ = (
        Index("ix_delegate_name_key_kind_key", "kind", "key", "delegate_id"),
        Index("ix_delegate_name_key_delegate_id", "delegate_id", "kind", "key"),
    )


class Badge(Base):
    """One printed version of a person's badge. Reissuing adds a version and revokes the previous one."""

    __tablename__ = "badge"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[BadgeStatus] = mapped_column(
        _enum(BadgeStatus, "badge_status"), default=BadgeStatus.ISSUED
    )
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    printed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    collected_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoke_reason: Mapped[str] = mapped_column(String(40), default="")

    delegate: Mapped[Delegate] = relationship(back_populates="badges")
    history: Mapped[list[BadgeHistory]] = relationship(
        back_populates="badge", order_by="BadgeHistory.at", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("event_id", "number", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )


class BadgeHistory(Base):
    __tablename__ = "badge_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    badge_id: Mapped[int] = mapped_column(ForeignKey("badge.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    action: Mapped[str] = mapped_column(String(32))  # issued, printed, collected, revoked
    detail: Mapped[str] = mapped_column(String(300), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")

    badge: Mapped[Badge] = relationship(back_populates="history")


class AuditEntry(Base):
    """Who changed what, when, with the fields before and after."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    operator: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(32))  # create, edit, cancel, import, photo, ...
    entity: Mapped[str] = mapped_column(String(32))  # "delegate", "badge", ...
    entity_id: Mapped[int | None] = mapped_column(Integer)
    #: {"field": [before, after], ...}
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    detail: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)


class RolePin(Base):
    """A role's PIN, as a salted hash only; the rows live in the database so every desk sharing it
    sees the same PINs. No row for the admin role means open mode (see :mod:`accreditation.access.policy`)."""

    __tablename__ = "role_pin"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), unique=True)
    #: ``scrypt$n$r$p$salt-hex$hash-hex``: the parameters travel with the hash so they can be raised later.
    pin_hash: Mapped[str] = mapped_column(String(300))
    set_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    set_by: Mapped[str] = mapped_column(String(100), default="")


class Scan(Base):
    """Every scan, refusals included: the log that nothing a desk showed may be missing from."""

    __tablename__ = "scan"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    session_id: Mapped[int | None] = mapped_column(ForeignKey("event_session.id"), index=True)
    #: What the scanner typed (after layout decoding), cut to a sane length.
    payload: Mapped[str] = mapped_column(String(200), default="")
    badge_id: Mapped[int | None] = mapped_column(ForeignKey("badge.id", ondelete="SET NULL"), index=True)
    delegate_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegate.id", ondelete="SET NULL"), index=True
    )
    verdict: Mapped[Verdict] = mapped_column(_enum(Verdict, "verdict"))
    message: Mapped[str] = mapped_column(String(500), default="")
    #: A scan made on a desk's replica while the server was gone: the id the desk made for it (the key
    #: that makes pushing it twice record it once), and the verdict the desk showed then.
    client_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    offline_verdict: Mapped[str] = mapped_column(String(32), default="")
    #: Why a supervisor must look at this scan ("" when nothing is wrong): ``double_admission`` (two desks
    #: admitted the badge while cut off; this is the later one), or ``refused_on_server`` (the desk let the
    #: person in from its replica, the server says otherwise: revoked, cancelled...).
    flag: Mapped[str] = mapped_column(String(32), default="", index=True)
    flag_resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    flag_resolved_by: Mapped[str] = mapped_column(String(100), default="")


class CheckIn(Base):
    """A person's first admission on a day, at the desk (no session) or at one session's door.

    One row per person, day and place, enforced by a unique constraint so two desks scanning the same
    badge at the same moment produce exactly one first admission. Undoing deletes the row (audited);
    the scan log keeps everything.
    """

    __tablename__ = "check_in"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="CASCADE"), index=True)
    badge_id: Mapped[int | None] = mapped_column(ForeignKey("badge.id", ondelete="SET NULL"))
    day: Mapped[date] = mapped_column(Date)
    #: "" for the registration desk, else the session code of the door.
    place: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    scan_id: Mapped[int | None] = mapped_column(ForeignKey("scan.id", ondelete="SET NULL"))

    __table_args__ = (UniqueConstraint("event_id", "delegate_id", "day", "place"),)


class Room(Base):
    """A room drawn to scale: seats with positions in millimetres from the room's top-left corner."""

    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fa: Mapped[str] = mapped_column(String(200), default="")
    shape: Mapped[RoomShape] = mapped_column(_enum(RoomShape, "room_shape"))
    width_mm: Mapped[int] = mapped_column(Integer)
    depth_mm: Mapped[int] = mapped_column(Integer)

    seats: Mapped[list[Seat]] = relationship(
        back_populates="room", cascade="all, delete-orphan", order_by="Seat.id"
    )

    __table_args__ = (UniqueConstraint("event_id", "code"),)


class Seat(Base):
    __tablename__ = "seat"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(16))
    x_mm: Mapped[int] = mapped_column(Integer)
    y_mm: Mapped[int] = mapped_column(Integer)
    #: Which way the seated person faces, degrees (0 = towards the top of the drawing).
    facing: Mapped[int] = mapped_column(Integer, default=0)
    #: 0 = head table / first row, 1 = the row behind it, ...
    row: Mapped[int] = mapped_column(Integer, default=0)
    #: Position in the row as the seated host sees it: 0 = centre, 1, 2... to the host's right,
    #: -1, -2... to the host's left. Precedence alternates right and left from the centre.
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: "head", "delegation", "adviser", "interpreter", "guest", "press"...
    role: Mapped[str] = mapped_column(String(32), default="delegation")

    room: Mapped[Room] = relationship(back_populates="seats")

    __table_args__ = (UniqueConstraint("room_id", "label"),)


class SeatingPlan(Base):
    """How one session is seated: its room, the precedence rule, and the assignments."""

    __tablename__ = "seating_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("event_session.id", ondelete="CASCADE"), unique=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    #: "rank_alpha" (category rank, then country/region name in ``alpha_language``) or "manual".
    precedence: Mapped[str] = mapped_column(String(32), default="rank_alpha")
    alpha_language: Mapped[str] = mapped_column(String(8), default="en")
    #: For "manual": the region/organization codes or delegate ids in the order the officer set.
    manual_order: Mapped[list] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    room: Mapped[Room] = relationship()
    assignments: Mapped[list[SeatAssignment]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="SeatAssignment.seat_id"
    )


class SeatAssignment(Base):
    __tablename__ = "seat_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("seating_plan.id", ondelete="CASCADE"), index=True)
    seat_id: Mapped[int] = mapped_column(ForeignKey("seat.id", ondelete="CASCADE"), index=True)
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegate.id", ondelete="CASCADE"), index=True)
    #: A seat held for a named guest who is not (yet) a delegate record, e.g. "ECO Secretary General".
    reserved_for: Mapped[str] = mapped_column(String(200), default="")
    #: Kept where it is when the plan is arranged again.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Why the person is here, in words: "host at the centre", "precedence 3: to the host's right"...
    rule: Mapped[str] = mapped_column(String(300), default="")

    plan: Mapped[SeatingPlan] = relationship(back_populates="assignments")
    seat: Mapped[Seat] = relationship()

    __table_args__ = (UniqueConstraint("plan_id", "seat_id"),)


# --- the sort keys follow the names on every ORM write ---------------------------------------------------
_DELEGATE_SORT_SOURCES = (*DELEGATE_SORT_KEYS, "nationality")


@sa_event.listens_for(Delegate, "before_insert")
@sa_event.listens_for(Delegate, "before_update")
def _delegate_sort_keys(_mapper: object, _connection: object, target: Delegate) -> None:
    values = delegate_sort_values({name: getattr(target, name) for name in _DELEGATE_SORT_SOURCES})
    for column, value in values.items():
        if getattr(target, column) != value:
            setattr(target, column, value)


@sa_event.listens_for(Delegation, "before_insert")
@sa_event.listens_for(Delegation, "before_update")
def _delegation_sort_key(_mapper: object, _connection: object, target: Delegation) -> None:
    value = sort_bytes(target.name_fa, "fa")
    if target.name_fa_sort != value:
        target.name_fa_sort = value
