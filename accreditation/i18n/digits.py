"""Digits across the scripts a desk meets.

Persian keyboards type Extended Arabic-Indic digits (۰-۹); Arabic sources carry Arabic-Indic digits
(٠-٩). Numbers are compared and stored as ASCII so a passport or badge number typed on either keyboard
finds the same record, and shown in Persian digits where Persian text is printed.
"""

from __future__ import annotations

_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_ASCII = "0123456789"

_TO_ASCII = str.maketrans(_PERSIAN + _ARABIC_INDIC, _ASCII * 2)
_TO_PERSIAN = str.maketrans(_ASCII + _ARABIC_INDIC, _PERSIAN * 2)


def to_ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits become 0-9; everything else is left as it is."""
    # ASCII text (most phone and passport numbers) has none; translate would still look up each character.
    return text if text.isascii() else text.translate(_TO_ASCII)


def to_persian_digits(text: str) -> str:
    """ASCII and Arabic-Indic digits become Persian ۰-۹, the form a Persian reader expects on paper."""
    return text.translate(_TO_PERSIAN)
