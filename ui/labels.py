"""Translated words for the core's codes and a person's fields, in one place for every widget; and text
of one direction kept in order inside a sentence of the other (Unicode isolates)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from accreditation.i18n import current_language
from accreditation.i18n.dates import format_datetime
from accreditation.i18n.digits import to_persian_digits
from accreditation.i18n.languages import is_right_to_left
from accreditation.people.fields import FieldProblem
from accreditation.store.models import Category, DelegateStatus, Delegation, Gender, Organization


def status_label(status: DelegateStatus) -> str:
    return {
        DelegateStatus.REGISTERED: QCoreApplication.translate("Status", "Registered"),
        DelegateStatus.APPROVED: QCoreApplication.translate("Status", "Approved"),
        DelegateStatus.BADGE_PRINTED: QCoreApplication.translate("Status", "Badge printed"),
        DelegateStatus.BADGE_COLLECTED: QCoreApplication.translate("Status", "Badge collected"),
        DelegateStatus.CANCELLED: QCoreApplication.translate("Status", "Cancelled"),
    }[status]


def badge_status_label(status: str) -> str:
    return {
        "issued": QCoreApplication.translate("BadgeStatus", "issued"),
        "printed": QCoreApplication.translate("BadgeStatus", "printed"),
        "collected": QCoreApplication.translate("BadgeStatus", "collected"),
        "revoked": QCoreApplication.translate("BadgeStatus", "revoked"),
    }.get(status, status)


def localized_digits(text: str, language: str) -> str:
    """Persian digits in a Persian interface. Never use this on passport numbers or badge payloads."""
    return to_persian_digits(text) if language == "fa" else text


def localized_number(value: int, language: str) -> str:
    return localized_digits(str(value), language)


def data_name(item: object, language: str) -> str:
    """A region's, category's or country's name in the reader's language (``name_fa``, ``name_ru``),
    English where the data has no such name."""
    en = str(getattr(item, "name_en", "") or "")
    if language in ("fa", "ru"):
        return str(getattr(item, f"name_{language}", "") or "") or en
    return en


# --- text of one direction inside a sentence of the other ---------------------------------------------


def isolated(text: str) -> str:
    """Text from elsewhere (a name, a passport number, the core's English sentence) kept in its own
    direction inside a sentence of the other direction (Unicode first-strong isolate)."""
    return f"\u2068{text}\u2069" if text else text


def _quotes_isolated(text: str) -> str:
    return re.sub(r"«(.*?)»", lambda m: f"«{isolated(m.group(1))}»", text)


def problem_text(problem: FieldProblem) -> str:
    """The core's sentence, already in the desk's language (the window switches the core's messages with
    its own), with each quoted value isolated so a Latin value keeps its direction in a Persian sentence."""
    return _quotes_isolated(problem.message)


def core_sentence(text: str) -> str:
    """One of the core's sentences (in the language the core speaks, which the window sets to its own)
    kept in that language's direction, quoted values in theirs.

    A first-strong isolate would guess the direction from the first letter, and «Дата рождения» ذخیره
    نمی‌شود… begins with a Cyrillic one: the Persian sentence was then laid out left to right, its parts
    in the wrong order.
    """
    if not text:
        return text
    opening = "\u2067" if is_right_to_left(current_language()) else "\u2066"  # RLI / LRI
    return f"{opening}{_quotes_isolated(text)}\u2069"


# --- a person's fields --------------------------------------------------------------------------------


def field_label(name: str) -> str:
    """A person's field in words (the form, the history, the stale-edit comparison)."""
    return {
        "given_name": QCoreApplication.translate("DelegateFields", "Given name (as in the passport)"),
        "family_name": QCoreApplication.translate("DelegateFields", "Family name (as in the passport)"),
        "name_fa": QCoreApplication.translate("DelegateFields", "Persian name"),
        "name_native": QCoreApplication.translate("DelegateFields", "Native name"),
        "latin_to_verify": QCoreApplication.translate("DelegateFields", "Latin name to verify"),
        "title_en": QCoreApplication.translate("DelegateFields", "Title (English)"),
        "title_fa": QCoreApplication.translate("DelegateFields", "Title (Persian)"),
        "title_ru": QCoreApplication.translate("DelegateFields", "Title (Russian)"),
        "gender": QCoreApplication.translate("DelegateFields", "Gender"),
        "nationality": QCoreApplication.translate("DelegateFields", "Nationality"),
        "document_no": QCoreApplication.translate("DelegateFields", "Passport / ID number"),
        "phone": QCoreApplication.translate("DelegateFields", "Phone"),
        "email": QCoreApplication.translate("DelegateFields", "Email"),
        "arrival": QCoreApplication.translate("DelegateFields", "Arrival"),
        "departure": QCoreApplication.translate("DelegateFields", "Departure"),
        "dietary": QCoreApplication.translate("DelegateFields", "Dietary needs"),
        "language_needs": QCoreApplication.translate("DelegateFields", "Language needs"),
        "notes": QCoreApplication.translate("DelegateFields", "Notes"),
        "category_id": QCoreApplication.translate("DelegateFields", "Category"),
        "category": QCoreApplication.translate("DelegateFields", "Category"),
        "delegation_id": QCoreApplication.translate("DelegateFields", "Delegation"),
        "organization_id": QCoreApplication.translate("DelegateFields", "Organization"),
        "status": QCoreApplication.translate("DelegateFields", "Status"),
        "photo": QCoreApplication.translate("DelegateFields", "Photo"),
    }.get(name, name)


def gender_label(value: Gender | str | None) -> str:
    return {
        Gender.MALE: QCoreApplication.translate("DelegateFields", "Male"),
        Gender.FEMALE: QCoreApplication.translate("DelegateFields", "Female"),
        Gender.OTHER: QCoreApplication.translate("DelegateFields", "Other"),
    }.get(Gender(value) if value else None, "")  # type: ignore[arg-type]


def value_names(session: Any, language: str) -> dict[str, dict[Any, str]]:
    """Names for the ids a person's fields hold, so a comparison or a history says words, not numbers."""
    persian = language == "fa"

    def name(en: str, fa: str) -> str:
        return (fa or en) if persian else (en or fa)

    return {
        "category_id": {c.id: name(c.name_en, c.name_fa) for c in session.scalars(select(Category))},
        "delegation_id": {d.id: name(d.name_en, d.name_fa) for d in session.scalars(select(Delegation))},
        "organization_id": {o.id: name(o.name_en, o.name_fa) for o in session.scalars(select(Organization))},
    }


def display_value(value: Any, field: str, names: dict[str, dict[Any, str]], language: str = "en") -> str:
    """One field's value as a person reads it (dates in the desk's calendar)."""
    if value is None or value == "":
        return ""
    if field in names:
        try:
            return names[field].get(int(value), str(value))
        except (TypeError, ValueError):
            return str(value)
    if field == "status":
        try:
            return status_label(DelegateStatus(value))
        except ValueError:
            return str(value)
    if field == "gender":
        try:
            return gender_label(value)
        except ValueError:
            return str(value)
    if field == "latin_to_verify":
        return (
            QCoreApplication.translate("DelegateFields", "yes")
            if value
            else QCoreApplication.translate("DelegateFields", "no")
        )
    if isinstance(value, str) and field in ("arrival", "departure"):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        return format_datetime(value, language)
    return str(value)
