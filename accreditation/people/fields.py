"""A person's fields: which there are, how each is cleaned, and what makes a value wrong.

The editor window, the importer and the services of :mod:`accreditation.people.delegates` all check a
person's data here, so the desk and a region's spreadsheet meet the same rules with the same words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from accreditation.i18n import count, translate
from accreditation.i18n.digits import to_ascii_digits
from accreditation.names.normalize import match_key
from accreditation.store.models import Delegate, DelegateStatus, Gender

#: The person's own fields the editor and the importer may set; everything else is bookkeeping.
DELEGATE_FIELDS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "name_fa",
    "name_native",
    "latin_to_verify",
    "title_en",
    "title_fa",
    "title_ru",
    "gender",
    "nationality",
    "document_no",
    "phone",
    "email",
    "arrival",
    "departure",
    "dietary",
    "language_needs",
    "notes",
    "category_id",
    "delegation_id",
    "organization_id",
    "status",
)

#: The longest text each field stores (the columns' lengths). PostgreSQL refuses longer text with an
#: error and SQLite would keep it, so both get the same clear refusal here, before anything is written.
FIELD_MAX_LENGTHS: dict[str, int] = {
    column.name: column.type.length
    for column in Delegate.__table__.columns
    if column.name in DELEGATE_FIELDS and getattr(column.type, "length", None)
}


def _field_label(field: str) -> str:
    """A field's name inside a sentence, in the reader's language."""
    labels = {
        "given_name": translate("Delegates", "given name"),
        "family_name": translate("Delegates", "family name"),
        "name_fa": translate("Delegates", "Persian name"),
        "name_native": translate("Delegates", "name in the native script"),
        "title_en": translate("Delegates", "title in English"),
        "title_fa": translate("Delegates", "title in Persian"),
        "title_ru": translate("Delegates", "title in Russian"),
        "gender": translate("Delegates", "gender"),
        "nationality": translate("Delegates", "nationality"),
        "document_no": translate("Delegates", "passport number"),
        "phone": translate("Delegates", "phone number"),
        "email": translate("Delegates", "email address"),
        "dietary": translate("Delegates", "dietary needs"),
        "language_needs": translate("Delegates", "language needs"),
        "status": translate("Delegates", "status"),
    }
    return labels.get(field, field.replace("_", " "))


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_ALLOWED = re.compile(r"^\+?[0-9 ()\-./]+$")
_DOCUMENT = re.compile(r"^[A-Z0-9]{5,20}$")
_NOT_DOCUMENT_CHAR = re.compile(r"[^0-9A-Za-z]")
_NOT_DIGIT = re.compile(r"[^0-9]+")
#: Letters of the Latin script, ASCII or not (Azerbaijani ə ş ğ, Turkmen ň ý ž).
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field, in words the desk can act on."""

    column: str
    message: str
    #: The field is empty and must not be: a form may hold this back until the field has been visited.
    missing: bool = False


def normalize_document_no(text: str | None) -> str:
    """Passport numbers compared and stored as the machine-readable zone prints them: A-Z and 0-9 only.

    "75 2345678", "75-2345678" and "۷۵۲۳۴۵۶۷۸" are one passport; storing the compact form lets an
    indexed equality lookup find it whichever way it was typed.
    """
    if not text:
        return ""
    return _NOT_DOCUMENT_CHAR.sub("", to_ascii_digits(text)).upper()


def name_keys(
    given_name: str | None, family_name: str | None, name_fa: str | None = "", name_native: str | None = ""
) -> set[str]:
    """The matching keys of a person's names, word order ignored (lists put family names first or last)."""
    keys: set[str] = set()
    latin = " ".join(p for p in (given_name, family_name) if p)
    for text in (latin, name_fa or "", name_native or ""):
        key = match_key(text) if text else ""
        if key:
            keys.add(" ".join(sorted(key.split())))
    return keys


def validate_delegate_fields(data: Mapping[str, Any]) -> list[FieldProblem]:
    """Every reason the data cannot be saved; empty when it can.

    The Latin name (given and family) is required because it is what the passport, the visa list and the
    badge print; formats are checked so a typo is caught at the desk, not at the airport.
    """
    problems: list[FieldProblem] = []
    too_long: set[str] = set()
    for field, limit in FIELD_MAX_LENGTHS.items():
        value = data.get(field)
        # The length first: stripping every field of every row of an import only to measure it costs.
        if isinstance(value, str) and len(value) > limit and len(value.strip()) > limit:
            too_long.add(field)
            problems.append(
                FieldProblem(
                    field,
                    translate(
                        "Delegates",
                        "The {field} is {length} characters long; at most {limit} fit on the record and the "
                        "badge.",
                    ).format(field=_field_label(field), length=count(len(value.strip())), limit=count(limit)),
                )
            )
    given = (data.get("given_name") or "").strip()
    family = (data.get("family_name") or "").strip()
    if not given and not family:
        problems.append(
            FieldProblem(
                "given_name",
                translate(
                    "Delegates",
                    "The Latin name is missing: type it in Latin letters exactly as the passport prints it.",
                ),
                missing=True,
            )
        )
    elif not given:
        problems.append(
            FieldProblem(
                "given_name",
                translate("Delegates", "The given name in Latin letters is missing."),
                missing=True,
            )
        )
    elif not family:
        problems.append(
            FieldProblem(
                "family_name",
                translate("Delegates", "The family name is missing; the passport form needs one."),
                missing=True,
            )
        )
    for field in ("given_name", "family_name"):
        value = data.get(field) or ""
        if value and field not in too_long and not _LATIN_LETTER.search(value):
            problems.append(
                FieldProblem(
                    field,
                    translate(
                        "Delegates", "«{value}» is not written in Latin letters as in the passport."
                    ).format(value=value),
                )
            )
    email = (data.get("email") or "").strip()
    if email and "email" not in too_long and not _EMAIL.match(email):
        problems.append(
            FieldProblem(
                "email", translate("Delegates", "«{value}» is not an email address.").format(value=email)
            )
        )
    phone = to_ascii_digits((data.get("phone") or "").strip())
    if phone and "phone" not in too_long:
        if not _PHONE_ALLOWED.match(phone) or not 7 <= len(_NOT_DIGIT.sub("", phone)) <= 15:
            problems.append(
                FieldProblem(
                    "phone",
                    translate("Delegates", "«{value}» is not a phone number (7 to 15 digits).").format(
                        value=phone
                    ),
                )
            )
    raw_document = data.get("document_no") or ""
    document = normalize_document_no(raw_document)
    if raw_document and "document_no" not in too_long and not _DOCUMENT.match(document):
        problems.append(
            FieldProblem(
                "document_no",
                translate(
                    "Delegates", "«{value}» is not a passport number (5 to 20 letters and digits)."
                ).format(value=raw_document),
            )
        )
    arrival, departure = data.get("arrival"), data.get("departure")
    if (
        isinstance(arrival, date)
        and isinstance(departure, date)
        and _as_datetime(departure) < _as_datetime(arrival)
    ):
        problems.append(
            FieldProblem("departure", translate("Delegates", "The departure is before the arrival."))
        )
    gender = data.get("gender")
    if gender is not None and not isinstance(gender, Gender):
        try:
            Gender(gender)
        except ValueError:
            problems.append(
                FieldProblem(
                    "gender",
                    translate("Delegates", "«{value}» is not a gender this system knows (M, F or X).").format(
                        value=gender
                    ),
                )
            )
    if "category_id" in data and not data.get("category_id"):
        problems.append(
            FieldProblem("category", translate("Delegates", "The category is missing."), missing=True)
        )
    return problems


def _as_datetime(value: date) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def _clean_text(value: Any) -> Any:
    return "" if value is None else value.strip() if isinstance(value, str) else value


def _clean_document(value: Any) -> str:
    return normalize_document_no(value.strip() if isinstance(value, str) else value)


def _clean_phone(value: Any) -> str:
    return to_ascii_digits(value.strip()) if isinstance(value, str) else ""


def _clean_moment(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip() or None
    return _as_datetime(value) if isinstance(value, date) else value


def _clean_gender(value: Any) -> Gender | None:
    if type(value) is Gender:  # already one (the importer's preview parsed it): Gender(...) costs ~1 µs
        return value
    if isinstance(value, str):
        value = value.strip()
    return None if value in (None, "") else Gender(value)


def _clean_status(value: Any) -> DelegateStatus | None:
    return None if value is None else DelegateStatus(value.strip() if isinstance(value, str) else value)


def _clean_nationality(value: Any) -> str:
    return (value or "").strip().upper()


def _keep(value: Any) -> Any:
    return value


#: How each field is brought to its stored form; one table lookup per field instead of a chain of tests.
_CLEANERS: dict[str, Any] = {
    **{f: _clean_text for f in DELEGATE_FIELDS},
    "document_no": _clean_document,
    "phone": _clean_phone,
    "arrival": _clean_moment,
    "departure": _clean_moment,
    "gender": _clean_gender,
    "status": _clean_status,
    "nationality": _clean_nationality,
    "category_id": _keep,
    "latin_to_verify": _keep,
    "delegation_id": _keep,
    "organization_id": _keep,
    "region_id": _keep,
}


def clean_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """Stored forms: compact passport numbers, ASCII digits in phones, dates as datetimes, enum genders."""
    cleaners = _CLEANERS
    try:
        return {field: cleaners[field](value) for field, value in data.items()}
    except KeyError as exc:
        raise ValueError(f"not a delegate field: {exc.args[0]}") from None


def snapshot(delegate: Delegate) -> dict[str, Any]:
    """A person's editable fields as a dict: what the audit compares and the editor starts from."""
    return {field: getattr(delegate, field) for field in DELEGATE_FIELDS}
