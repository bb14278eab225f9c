"""The fixed vocabularies the database stores: statuses, genders, kinds, roles, verdicts, room shapes,
reissue reasons and orders of precedence.

Their values are a contract: the command line's options and ``--json`` output, import files and the
migrations use them. Plain enums with no SQLAlchemy, so the command line can list a choice (``--role``)
without loading the models; :mod:`accreditation.store.models` stores them as checked strings.
"""

from __future__ import annotations

import enum


class DelegateStatus(enum.StrEnum):
    REGISTERED = "registered"
    APPROVED = "approved"
    BADGE_PRINTED = "badge_printed"
    BADGE_COLLECTED = "badge_collected"
    CANCELLED = "cancelled"


class Gender(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"
    OTHER = "X"


class OrganizationKind(enum.StrEnum):
    MINISTRY = "ministry"
    GOVERNMENT = "government"
    EMBASSY = "embassy"
    CHAMBER = "chamber"
    INTERNATIONAL = "international"
    PRESS = "press"
    OTHER = "other"


class BadgeStatus(enum.StrEnum):
    ISSUED = "issued"
    PRINTED = "printed"
    COLLECTED = "collected"
    REVOKED = "revoked"


class Role(enum.StrEnum):
    """What an operator signed in as; :mod:`accreditation.access.policy` says what each may do."""

    DESK = "desk"
    PROTOCOL = "protocol"
    ADMIN = "admin"


class SessionKind(enum.StrEnum):
    PLENARY = "plenary"
    PANEL = "panel"
    SIDE_MEETING = "side_meeting"
    SITE_VISIT = "site_visit"


class Verdict(enum.StrEnum):
    """What a scan at a desk or a door decided. The codes are a contract of the ``checkin`` CLI."""

    ADMITTED = "admitted"
    ALREADY_CHECKED_IN = "already_checked_in"
    REVOKED = "revoked"
    FORGED = "forged"
    UNKNOWN = "unknown"
    WRONG_EVENT = "wrong_event"
    CANCELLED = "cancelled"
    NOT_VALID_TODAY = "not_valid_today"
    NO_ACCESS = "no_access"


class RoomShape(enum.StrEnum):
    HEAD_TABLE_ROWS = "head_table_rows"
    U_SHAPE = "u_shape"
    HOLLOW_SQUARE = "hollow_square"
    ROUND = "round"
    THEATRE = "theatre"


#: Why a badge was replaced (``reissue --reason``), kept with the revoked version.
REISSUE_REASONS: tuple[str, ...] = ("lost", "damaged", "data-changed")

#: The orders of precedence a seating plan can follow (``seating --precedence``), kept with the plan.
PRECEDENCE_RANK_REGION = "rank_alpha"
PRECEDENCE_RANK_COUNTRY = "rank_country_alpha"
PRECEDENCE_MANUAL = "manual"
PRECEDENCES = (PRECEDENCE_RANK_REGION, PRECEDENCE_RANK_COUNTRY, PRECEDENCE_MANUAL)
