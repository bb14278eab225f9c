"""The core's and the command line's messages in the reader's language (Persian, English, Russian).

The window translates its own strings with Qt; the core has no Qt, yet its messages (a refused import, a
badge that does not verify, a command's report) reach the same people. They are written in English in
the code as ``translate("Context", "English text {placeholder}")`` -- the call ``pyside6-lupdate``
recognises, so the same Qt Linguist workflow keeps their catalogues:

    .venv/bin/pyside6-lupdate -extensions py accreditation -ts assets/translations/core_fa.ts \\
        assets/translations/core_ru.ts

The ``.ts`` files themselves are read here with the standard library's XML parser (no compiled ``.qm``,
no Qt). Placeholders are ``str.format`` names, filled in *after* translation::

    raise UserError(translate("Delegates", "There is no person with id {id}.").format(id=pid))

The language is the process's: the command line sets it from ``--lang`` or the environment, the window
sets it whenever the person switches language. English, or a message with no finished translation, is
the source text unchanged.
"""

from __future__ import annotations

import logging
import os
import threading
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from accreditation.i18n.languages import LANGUAGES
from accreditation.i18n.languages import language as language_for
from accreditation.paths import assets_dir

log = logging.getLogger(__name__)

#: Overrides the system locale for the command line (``fa``, ``en`` or ``ru``).
LANGUAGE_ENV = "ACCREDITATION_LANG"

_lock = threading.Lock()
_current = "en"


def catalogue_path(code: str) -> Path:
    """The Qt Linguist source holding the core's messages in ``code``."""
    return assets_dir() / "translations" / f"core_{code}.ts"


@cache
def _catalogue(code: str) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> finished translation, for one language."""
    path = catalogue_path(code)
    if not path.exists():
        log.warning("no catalogue of the core's messages for %r at %s", code, path)
        return {}
    table: dict[tuple[str, str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            text = translation.text or ""
            if not text:
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", "") or "")
            table[key] = text
    return table


def set_language(code: str | None) -> str:
    """Make ``code`` (``fa``, ``fa_IR``, ``ru-RU``...) the language of every later message; returns the
    language code in effect (English for a language the desk does not have)."""
    global _current
    chosen = language_for(code).code
    with _lock:
        _current = chosen
    return chosen


def current_language() -> str:
    return _current


def language_from_environment() -> str:
    """The language asked for by ``ACCREDITATION_LANG``, else by the system locale, else English."""
    for variable in (LANGUAGE_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").strip()
        if value and value not in {"C", "POSIX"} and not value.startswith("C."):
            base = value.replace("-", "_").split("_")[0].split(".")[0].lower()
            return base if base in LANGUAGES else "en"
    return "en"


def translate(context: str, source: str, disambiguation: str | None = None) -> str:
    """``source`` in the current language (``source`` itself in English or when not yet translated)."""
    code = _current
    if code == "en":
        return source
    return _catalogue(code).get((context, source, disambiguation or ""), source)


def count(value: int | float) -> str:
    """A quantity for a sentence (``1,250``; ``۱٬۲۵۰`` in Persian). Never for what a person copies: badge,
    passport and row numbers, ids and paths keep ASCII digits in every language."""
    text = f"{value:,}"
    if _current == "fa":
        from accreditation.i18n.digits import to_persian_digits

        return to_persian_digits(text.replace(",", "\u066c").replace(".", "\u066b"))
    return text


def numeral(value: int) -> str:
    """A number named inside a sentence, without grouping (a year, a month, a day): ``1404``, or
    ``۱۴۰۴`` in Persian."""
    text = str(value)
    if _current == "fa":
        from accreditation.i18n.digits import to_persian_digits

        return to_persian_digits(text)
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``source`` for lupdate where it is defined; ``translate(context, source)`` when it is shown."""
    return source
