"""Translated words for the core's codes, in one place for every widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from accreditation.i18n.digits import to_persian_digits
from accreditation.store.models import DelegateStatus


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
