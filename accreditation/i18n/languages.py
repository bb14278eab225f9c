"""The languages the desk works in, and which of them read right to left.

Policy lives here (the core); the window applies it (layout direction, translators).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    right_to_left: bool


LANGUAGES: dict[str, Language] = {
    "fa": Language("fa", "فارسی", True),
    "en": Language("en", "English", False),
    "ru": Language("ru", "Русский", False),
}

DEFAULT_LANGUAGE = "fa"


def language(code: str | None) -> Language:
    """The language for ``code`` (e.g. "fa", "fa_IR", "ru-RU"), English when unknown."""
    if code:
        base = code.replace("-", "_").split("_")[0].lower()
        if base in LANGUAGES:
            return LANGUAGES[base]
    return LANGUAGES["en"]


def is_right_to_left(code: str | None) -> bool:
    return language(code).right_to_left


def in_language(code: str | None, *, en: str, fa: str = "", ru: str = "") -> str:
    """The form of a text (a title, a delegation's or a region's name) a reader of ``code`` reads.

    The reader's own form where the data has one, else the English one (and the Persian one when even
    that is missing), so a Russian window shows «Губернатор Астраханской области» where it is stored
    and "Governor — Astrakhan Oblast" where it is not.
    """
    own = {"fa": fa, "ru": ru}.get(language(code).code, "")
    return own or en or fa or ru
