"""Undo what the desk PC's keyboard layout did to a keyboard-wedge scanner's keystrokes.

A USB scanner in keyboard mode sends key codes, not characters: it presses the US key for each
character it read, and the operating system turns each key into whatever the *active* layout puts on
it. With the Persian layout active, the key "1" becomes "۱"; with the Russian layout, the key "q"
becomes "й"; with Caps Lock on, "a" becomes "A". This module maps each character back to the US key
that produced it, so a payload can be checked whatever the layout was.

The layout is guessed from the text itself: a Persian letter or digit means the Persian layout, a
Cyrillic letter means the Russian one. The guess matters only for ASCII punctuation, which some keys
produce on one layout and other keys on another (e.g. "." is the "/" key on the Russian layout).
Caps Lock only swaps the case of letters, which cannot be undone without knowing it was on; our badge
payloads are digits only, which Caps Lock does not touch.
"""

from __future__ import annotations

import unicodedata

#: The US keys in a fixed order, unshifted and shifted; the layouts below follow the same order.
_US_PLAIN = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
_US_SHIFT = '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'

#: Persian standard layout (ISIRI 9147, "Persian (Standard)" on Windows).
_FA_PLAIN = (
    "\u200d۱۲۳۴۵۶۷۸۹۰-="  # ` is ZWJ; the digit row gives Persian digits
    "ضصثقفغعهخحجچ\\"
    "شسیبلاتنمکگ"
    "ظطزرذدپو./"
)
_FA_SHIFT = (
    "÷!٬٫﷼٪×،*)(ـ+"
    "\u0652\u064c\u064d\u064b\u064f\u0650\u064e\u0651][}{|"
    "ؤئيإأآة»«:؛"
    "ك\u0653ژ\u0670\u200c\u0654ء><؟"
)

#: Russian layout (ЙЦУКЕН).
_RU_PLAIN = "ё1234567890-=йцукенгшщзхъ\\фывапролджэячсмитьбю."
_RU_SHIFT = 'Ё!"№;%:?*()_+ЙЦУКЕНГШЩЗХЪ/ФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,'

for _layout in (_FA_PLAIN, _FA_SHIFT, _RU_PLAIN, _RU_SHIFT):
    assert len(_layout) == len(_US_PLAIN), _layout


def _reverse(plain: str, shifted: str) -> dict[str, str]:
    table: dict[str, str] = {}
    # Shifted first so an unshifted key wins when both produce the same character.
    for produced, key in zip(shifted, _US_SHIFT, strict=True):
        table.setdefault(produced, key)
    for produced, key in zip(plain, _US_PLAIN, strict=True):
        table[produced] = key
    return table


_FROM_PERSIAN = _reverse(_FA_PLAIN, _FA_SHIFT)
_FROM_RUSSIAN = _reverse(_RU_PLAIN, _RU_SHIFT)

#: Digits from any Arabic-script source: Persian (۰-۹, U+06F0) and Arabic-Indic (٠-٩, U+0660), which
#: older Persian and Arabic layouts and some numeric keypads produce.
_DIGITS = {chr(0x06F0 + i): str(i) for i in range(10)} | {chr(0x0660 + i): str(i) for i in range(10)}

#: Invisible direction marks some applications insert around typed text; never part of a payload.
_INVISIBLE = {
    "\u200e",
    "\u200f",
    "\ufeff",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
}


def guess_layout(text: str) -> str:
    """ "fa", "ru" or "us": which layout most likely typed ``text``."""
    for ch in text:
        if ch in _DIGITS or ("\u0600" <= ch <= "\u06ff") or ch in ("\u200c", "\u200d", "﷼", "÷", "×"):
            return "fa"
        if "\u0400" <= ch <= "\u04ff" or ch == "№":
            return "ru"
    return "us"


def decode_scanned(text: str) -> str:
    """The characters the scanner meant, i.e. the US keys behind ``text``.

    Leading and trailing whitespace (the scanner's Enter or Tab suffix) and invisible direction marks
    are dropped. Characters no layout explains are kept as they are, so a caller can still tell a
    foreign barcode from ours.
    """
    text = unicodedata.normalize("NFC", text).strip()
    layout = guess_layout(text)
    table = _FROM_PERSIAN if layout == "fa" else _FROM_RUSSIAN if layout == "ru" else {}
    out: list[str] = []
    for ch in text:
        if ch in _INVISIBLE:
            continue
        digit = _DIGITS.get(ch)
        if digit is not None:
            out.append(digit)
            continue
        out.append(table.get(ch, ch))
    return "".join(out)
