"""What makes the plan readable: the window's small font size, the seats' size in the scene, names fitted
to a seat.

The room is a scene in millimetres. A seat is drawn as large as the gap to its neighbours allows (a
chair's real 50 cm would leave no room for a name), and its words at :data:`SEAT_FONT_MM`: the view's
default zoom is the one that makes those words no smaller than :func:`small_font_px`, the size the
desktop itself still writes small print in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QWidget

from accreditation.names.display import has_persian
from accreditation.seating.views import SeatView

#: The height of a seat's words in the scene (millimetres of the room): at the default zoom, this many
#: millimetres are :func:`small_font_px` pixels. About ten letters fit across a row seat (60 cm apart).
SEAT_FONT_MM = 90
#: How much smaller than the window's own font the desktop writes its small print (KDE 8 against 10,
#: macOS 11 against 13).
SMALL_FONT_RATIO = 0.85
#: Below this share of the small size, words on a seat cannot be read and are not drawn (the seat's
#: colours and its tooltip remain): the level of detail of a whole room fitted into the window.
UNREADABLE_SHARE = 0.6


def small_font_px(widget: QWidget | None = None) -> float:
    """The window's small font size in pixels: the system's smallest readable font, or the window's
    font made as small as desktops make small print, whichever is larger, and never more than the
    window's own font (some platforms report a "smallest readable" font larger than the one they use)."""
    window = QFontInfo(widget.font() if widget is not None else QFont()).pixelSize()
    smallest = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.SmallestReadableFont)).pixelSize()
    return float(min(window, max(smallest, math.ceil(window * SMALL_FONT_RATIO))))


def seat_boxes(seats: Sequence[SeatView]) -> dict[int, tuple[float, float]]:
    """Width and height (scene mm) of every seat's box: as wide as the gap to its row neighbours, as
    tall as the gap to the nearest other row (rows a metre apart give tall boxes with room for a name
    on two lines), and never overlapping."""
    by_row: dict[int, list[SeatView]] = {}
    for s in seats:
        by_row.setdefault(s.row, []).append(s)
    boxes: dict[int, tuple[float, float]] = {}
    for row, members in by_row.items():
        others = [o for r, group in by_row.items() if r != row for o in group]
        for s in members:
            nearest = min(
                (math.hypot(o.x_mm - s.x_mm, o.y_mm - s.y_mm) for o in members if o is not s), default=900.0
            )
            w = max(300.0, min(nearest * 0.96, 1100.0))
            beside = [abs(o.y_mm - s.y_mm) for o in others if abs(o.x_mm - s.x_mm) < w]
            if beside and min(beside) > 0:
                h = min(min(beside) * 0.92, 900.0)
            else:
                h = w * 0.95
            boxes[s.seat_id] = (w, max(h, w * 0.75))
    return boxes


def seat_font(base: QFont) -> QFont:
    """The seat's words: the window's typeface at :data:`SEAT_FONT_MM` scene units."""
    font = QFont(base)
    font.setPixelSize(SEAT_FONT_MM)
    return font


#: Put where a name too long for its seat is broken in two (U+2010 HYPHEN: a break, not the name's own "-").
BREAK = "\u2010"


def _split_word(word: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """A word wider than ``width`` in hyphenated pieces that fit, keeping at least three letters on each
    side of a break (a Persian word is not broken: the script has no hyphenation)."""
    if metrics.horizontalAdvance(word) <= width or has_persian(word) or len(word) < 6:
        return [word]
    pieces: list[str] = []
    rest = word
    while metrics.horizontalAdvance(rest) > width and len(rest) >= 6:
        cut = max(
            (n for n in range(3, len(rest) - 2) if metrics.horizontalAdvance(rest[:n] + BREAK) <= width),
            default=0,
        )
        if not cut:
            break
        pieces.append(rest[:cut] + BREAK)
        rest = rest[cut:]
    return [*pieces, rest]


def wrap(text: str, metrics: QFontMetricsF, width: float, hyphenate: bool = False) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width``; with ``hyphenate``, a word wider
    than that is broken too (see :func:`_split_word`)."""
    lines: list[str] = []
    for word in text.split():
        if (
            lines
            and not lines[-1].endswith(BREAK)
            and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width
        ):
            lines[-1] = f"{lines[-1]} {word}"
        elif hyphenate:
            lines.extend(_split_word(word, metrics, width))
        else:
            lines.append(word)
    return lines


def fit_name(candidates: Sequence[str], metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """The longest of a person's ``candidates`` (longest first) that fits ``width`` on at most
    ``max_lines`` lines, broken between words; else broken inside a long family name too; else the
    shortest, cut with an ellipsis."""
    for hyphenate in (False, True):
        for name in candidates:
            lines = wrap(name, metrics, width, hyphenate)
            if 0 < len(lines) <= max_lines and all(
                metrics.horizontalAdvance(line) <= width for line in lines
            ):
                return lines
    if not candidates:
        return []
    return [metrics.elidedText(candidates[-1], Qt.TextElideMode.ElideRight, width)]


def joined(lines: Sequence[str]) -> str:
    """A name drawn on several lines as one text again."""
    return " ".join(lines).replace(BREAK + " ", "")
