"""Text sized to its box on paper: fitted, wrapped and drawn with per-character font fallback.

Persian reaches here already shaped and ordered by :mod:`accreditation.printing.shaping`.

Fitting: a text gets a box and a size range. It is drawn at the largest size (in small steps) at which
it fits on one line; if it does not fit even at the floor, it is split into two lines at the space that
balances them best, at the largest size where both fit; if even that fails, it keeps shrinking below
the floor (and says so) rather than overflow or clip. The returned :class:`TextLayout` has every
line's position and width, so tests can check it stays in its box.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from accreditation.printing.fonts import FontFace, FontSet
from accreditation.printing.shaping import base_direction, visual

Align = Literal["left", "right", "center", "start"]


@dataclass(frozen=True)
class Box:
    """A rectangle in points, origin bottom-left as reportlab has it."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w


@dataclass(frozen=True)
class Run:
    face: FontFace
    text: str  # visual order
    x: float  # absolute, points
    width: float


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    x: float  # left edge of the first glyph's advance
    width: float
    baseline: float
    ascent: float  # points above the baseline the line's fonts may reach
    descent: float  # points below it

    @property
    def top(self) -> float:
        return self.baseline + self.ascent

    @property
    def bottom(self) -> float:
        return self.baseline - self.descent

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class TextLayout:
    """Where a text was put: its lines at one size, inside ``box`` (see :meth:`inside`)."""

    text: str
    box: Box
    size: float
    lines: tuple[Line, ...]
    wrapped: bool
    below_floor: bool

    def inside(self, tolerance: float = 0.01) -> bool:
        """True when every line's advance and font extent lie within the box."""
        b = self.box
        return all(
            line.x >= b.x - tolerance
            and line.x + line.width <= b.right + tolerance
            and line.bottom >= b.y - tolerance
            and line.top <= b.top + tolerance
            for line in self.lines
        )


@dataclass(frozen=True)
class _Measured:
    visual: str
    runs: tuple[tuple[FontFace, str, float], ...]  # face, visual text, width at 1 pt
    unit_width: float
    ascent: float  # em
    descent: float  # em


def _measure(text: str, direction: Literal["L", "R"], fonts: FontSet) -> _Measured:
    vis = visual(text, direction)
    runs = tuple((face, part, face.width(part, 1.0)) for face, part in fonts.runs(vis))
    reaches = [face.reach(part) for face, part, _w in runs] or [
        (f.ascent, f.descent) for f in fonts.faces[:1]
    ]
    return _Measured(
        visual=vis,
        runs=runs,
        unit_width=sum(w for _f, _p, w in runs),
        ascent=max(a for a, _d in reaches),
        descent=max(d for _a, d in reaches),
    )


def _break_points(text: str) -> list[int]:
    """Indexes where a line may end: at spaces, and after a hyphen inside a word."""
    points = [i for i, ch in enumerate(text) if ch == " "]
    points += [i + 1 for i, ch in enumerate(text[:-1]) if ch in "-‐" and text[i + 1] != " "]
    return sorted(set(points))


def _split(text: str, at: int) -> tuple[str, str]:
    if text[at : at + 1] == " ":
        return text[:at].rstrip(), text[at + 1 :].lstrip()
    return text[:at].rstrip(), text[at:].lstrip()


def _sizes(start: float, stop: float, step: float) -> list[float]:
    sizes: list[float] = []
    size = start
    while size >= stop - 1e-9:
        sizes.append(round(size, 2))
        size -= step
    return sizes


def layout_text(
    text: str,
    box: Box,
    fonts: FontSet,
    *,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
    align: Align = "center",
    step: float = 0.5,
    line_spacing: float = 1.0,
) -> TextLayout:
    """Fit ``text`` into ``box``: shrink to ``min_size``, then wrap, then (last resort) shrink more."""
    return _layout_cached(text, box, fonts, max_size, min_size, max_lines, align, step, line_spacing)


@functools.lru_cache(maxsize=8192)
def _layout_cached(
    text: str,
    box: Box,
    fonts: FontSet,
    max_size: float,
    min_size: float,
    max_lines: int,
    align: Align,
    step: float,
    line_spacing: float,
) -> TextLayout:
    text = " ".join(text.split())
    direction = base_direction(text)
    if not text:
        return TextLayout(text, box, max_size, (), False, False)
    single = _measure(text, direction, fonts)

    def fits(parts: list[_Measured], size: float) -> bool:
        height = sum((m.ascent + m.descent) * size for m in parts) * line_spacing
        if len(parts) > 1:
            height -= (parts[-1].ascent + parts[-1].descent) * size * (line_spacing - 1)
        return height <= box.h + 1e-6 and all(m.unit_width * size <= box.w + 1e-6 for m in parts)

    for size in _sizes(max_size, min_size, step):
        if fits([single], size):
            return _place(text, box, [single], size, align, direction, False, False, line_spacing)

    candidates: list[list[_Measured]] = []
    if max_lines >= 2:
        for at in _break_points(text):
            first, second = _split(text, at)
            if first and second:
                candidates.append([_measure(first, direction, fonts), _measure(second, direction, fonts)])
        candidates.sort(key=lambda parts: max(m.unit_width for m in parts))
    if candidates:
        best = candidates[0]
        for size in _sizes(max_size, min_size, step):
            for parts in candidates[:3]:
                if fits(parts, size):
                    return _place(text, box, parts, size, align, direction, True, False, line_spacing)
    # Last resort: below the floor, on two lines if that allows a larger size, never outside the box.
    options = [[single]] + ([best] if candidates else [])
    for size in _sizes(min_size - step, 1.0, step / 2):
        for parts in sorted(options, key=len):
            if fits(parts, size):
                return _place(text, box, parts, size, align, direction, len(parts) > 1, True, line_spacing)
    return TextLayout(text, box, 0.0, (), False, True)


def _place(
    text: str,
    box: Box,
    parts: list[_Measured],
    size: float,
    align: Align,
    direction: Literal["L", "R"],
    wrapped: bool,
    below_floor: bool,
    line_spacing: float,
) -> TextLayout:
    heights = [(m.ascent + m.descent) * size for m in parts]
    block = sum(heights) + sum(heights[:-1]) * (line_spacing - 1)
    top = box.top - (box.h - block) / 2
    if align == "start":
        align = "right" if direction == "R" else "left"
    lines: list[Line] = []
    for m, height in zip(parts, heights, strict=True):
        width = m.unit_width * size
        if align == "left":
            x = box.x
        elif align == "right":
            x = box.right - width
        else:
            x = box.x + (box.w - width) / 2
        baseline = top - m.ascent * size
        runs: list[Run] = []
        cursor = x
        for face, part, unit in m.runs:
            runs.append(Run(face, part, cursor, unit * size))
            cursor += unit * size
        lines.append(Line(tuple(runs), x, width, baseline, m.ascent * size, m.descent * size))
        top -= height * line_spacing
    return TextLayout(text, box, size, tuple(lines), wrapped, below_floor)


class TextOpsCache:
    """The PDF operators of layouts already drawn in one document, to draw them again for free.

    The event's name, its dates and the category lines are identical on hundreds of badges; encoding
    them (TrueType subset lookup, escaping, number formatting) once per document instead of once per
    badge is most of the text cost. Valid for one canvas only: subset font names are per document.
    """

    def __init__(self) -> None:
        # id -> (layout, code); holding the layout keeps its id from being reused while cached.
        self._code: dict[int, tuple[TextLayout, str]] = {}

    def get(self, layout: TextLayout) -> str | None:
        entry = self._code.get(id(layout))
        return entry[1] if entry is not None else None

    def put(self, layout: TextLayout, code: str) -> None:
        self._code[id(layout)] = (layout, code)


def draw_layout(canvas: Canvas, layout: TextLayout, cache: TextOpsCache | None = None) -> None:
    """Draw a layout made by :func:`layout_text`; the caller sets the fill colour."""
    if not layout.lines:
        return
    code = cache.get(layout) if cache is not None else None
    if code is None:
        # One text object for the whole layout: far fewer operators than a drawString per run.
        text = canvas.beginText()
        for line in layout.lines:
            for run in line.runs:
                text.setFont(run.face.registered(), layout.size)
                text.setTextOrigin(run.x, line.baseline)
                text.textOut(run.text)
        code = text.getCode()
        if cache is not None:
            cache.put(layout, code)
    canvas.addLiteral(code)
