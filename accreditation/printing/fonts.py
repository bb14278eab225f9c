"""Finding installed fonts and choosing, character by character, one that has a glyph.

No single font covers a desk's names: Noto Sans has Latin (ə ş ğ ı ň ý ž...) and Cyrillic (with the
Kazakh ә ғ қ ң ө ұ ү һ і) but no Arabic script; Noto Naskh Arabic has Persian and its presentation
forms but not Cyrillic. A :class:`FontSet` is an ordered list of fonts; each character of a string goes
to the font already in use if that font has it (so spaces and punctuation stay in the run around
them), otherwise to the first font that has it. Coverage comes from each font's ``cmap`` read with
fontTools, which is cheap, before reportlab ever loads the font.

Fonts come from the system (Noto and DejaVu packages on Debian; Tahoma, Segoe UI and Arial on
Windows), never from the repository. ``ACCREDITATION_FONTS`` lists font files (separated by the OS
path separator) to try before those; a folder in the list adds every font in it.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fontTools.ttLib import TTFont as FTFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as RLTTFont

from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.printing.shaping import shape

log = logging.getLogger(__name__)

FONTS_ENV = "ACCREDITATION_FONTS"

#: File names in order of preference. Latin/Cyrillic first: for characters several fonts share
#: (digits, punctuation) in Latin text the Latin font's shapes are wanted; Arabic text never reaches the
#: Latin font because it has no Arabic glyphs.
REGULAR_CANDIDATES: tuple[str, ...] = (
    "NotoSans-Regular.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoSansArabic-Regular.ttf",
    "DejaVuSans.ttf",
    "segoeui.ttf",
    "tahoma.ttf",
    "arial.ttf",
    "FreeSans.ttf",
)
BOLD_CANDIDATES: tuple[str, ...] = (
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansArabic-Bold.ttf",
    "DejaVuSans-Bold.ttf",
    "segoeuib.ttf",
    "tahomabd.ttf",
    "arialbd.ttf",
    "FreeSansBold.ttf",
)

#: Characters that never need a glyph of their own: joiners and direction marks.
_ZERO_WIDTH = frozenset(
    "\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff"
)

#: Unicode character-name prefixes and the script name a person at the desk understands.
_SCRIPT_PREFIXES: tuple[tuple[str, str], ...] = (
    ("ARABIC", "Arabic/Persian"),
    ("EXTENDED ARABIC", "Arabic/Persian"),
    ("PERSIAN", "Arabic/Persian"),
    ("CYRILLIC", "Cyrillic"),
    ("LATIN", "Latin"),
    ("GREEK", "Greek"),
    ("ARMENIAN", "Armenian"),
    ("GEORGIAN", "Georgian"),
    ("HEBREW", "Hebrew"),
    ("DEVANAGARI", "Devanagari"),
    ("THAI", "Thai"),
    ("HANGUL", "Korean (Hangul)"),
    ("HIRAGANA", "Japanese (Kana)"),
    ("KATAKANA", "Japanese (Kana)"),
    ("CJK", "Chinese/Japanese (CJK)"),
)


def script_of(ch: str) -> str:
    """A human name for the script of one character ("Arabic/Persian", "Cyrillic", ...)."""
    name = unicodedata.name(ch, "")
    for prefix, script in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return script
    if "DIGIT" in name:
        return "digits"
    return f"symbols (U+{ord(ch):04X})"


@dataclass(frozen=True, eq=False)
class FontFace:
    """One installed font: its file, the characters it has, and its vertical metrics in em units."""

    path: Path
    name: str
    codepoints: frozenset[int] = field(repr=False)
    ascent: float
    descent: float  # positive: how far below the baseline glyphs reach
    #: Characters whose glyphs reach beyond ``ascent``/``descent``: (ascent, descent) in em.
    taller: Mapping[int, tuple[float, float]] = field(default_factory=dict, repr=False)

    def has(self, ch: str) -> bool:
        return ord(ch) in self.codepoints

    def reach(self, text: str) -> tuple[float, float]:
        """How far above and below the baseline ``text``'s glyphs reach, in em."""
        ascent, descent = self.ascent, self.descent
        if self.taller:
            for ch in text:
                extra = self.taller.get(ord(ch))
                if extra is not None:
                    ascent, descent = max(ascent, extra[0]), max(descent, extra[1])
        return ascent, descent

    def registered(self) -> str:
        """The reportlab font name, registering the font on first use (it parses the whole file)."""
        return _register(self.name, str(self.path))

    def width(self, text: str, size: float) -> float:
        """Advance width of ``text`` in points (no kerning: reportlab does not apply it either)."""
        return _unit_width(self.registered(), text) * size


@functools.cache
def _register(name: str, path: str) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(RLTTFont(name, path))
    return name


@functools.lru_cache(maxsize=65536)
def _unit_width(font_name: str, text: str) -> float:
    return pdfmetrics.stringWidth(text, font_name, 1.0)


#: The Arabic-script blocks Persian (and Arabic, Urdu...) is written in; the supplements hold letters of
#: African and Asian languages that no name at this desk uses.
_ARABIC_COMMON = ((0x0600, 0x06FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _arabic_reach(
    font: FTFont, cmap: dict[int, str], ascent: int, descent: int
) -> tuple[int, int, dict[int, tuple[int, int]]]:
    """An Arabic font's usual reach (font units) and the characters whose glyphs reach further.

    An Arabic font's line metrics make room for stacked Quranic marks and rare letters (Noto Sans
    Arabic's reach 1.37 em above the baseline, where its tallest Persian letter reaches 1.11). Sizing
    every line for them leaves names smaller and boxes emptier than they need be; so the usual reach
    is that of the common block's letters, and a line that holds one of the taller characters (marks
    survive shaping only if the reshaper does not know them) is measured by that character's glyph.
    """
    if "glyf" not in font:
        return ascent, descent, {}
    glyf = font["glyf"]
    bounds: dict[int, tuple[int, int]] = {}
    for cp, glyph_name in cmap.items():
        glyph = glyf[glyph_name]
        if glyph.numberOfContours:
            bounds[cp] = (glyph.yMax, -glyph.yMin)
    common = [
        b
        for cp, b in bounds.items()
        if any(lo <= cp <= hi for lo, hi in _ARABIC_COMMON) and unicodedata.category(chr(cp)) != "Mn"
    ]
    if not common:
        return ascent, descent, {}
    top = min(ascent, max(t for t, _b in common))
    bottom = min(descent, max(b for _t, b in common))
    taller = {cp: b for cp, b in bounds.items() if b[0] > top or b[1] > bottom}
    return top, bottom, taller


@functools.cache
def load_face(path: Path) -> FontFace:
    """Read a font's character map and metrics (cached: each file is read once per process)."""
    font = FTFont(str(path), lazy=True, fontNumber=0)
    try:
        cmap = font.getBestCmap() or {}
        units = font["head"].unitsPerEm
        hhea = font["hhea"]
        ascent, descent = hhea.ascent, -hhea.descent
        if "OS/2" in font:
            os2 = font["OS/2"]
            ascent = max(ascent, os2.usWinAscent)
            descent = max(descent, os2.usWinDescent)
        taller: dict[int, tuple[int, int]] = {}
        if ord("\u0627") in cmap:
            ascent, descent, taller = _arabic_reach(font, cmap, ascent, descent)
    finally:
        font.close()
    name = "acc-" + path.stem.replace(" ", "_")
    return FontFace(
        path=path,
        name=name,
        codepoints=frozenset(cmap),
        ascent=ascent / units,
        descent=descent / units,
        taller={cp: (t / units, b / units) for cp, (t, b) in taller.items()},
    )


def font_dirs() -> list[Path]:
    """Where this platform keeps fonts, most specific first."""
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts"), Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        dirs += [
            Path.home() / ".local" / "share" / "fonts",
            Path.home() / ".fonts",
            Path("/usr/local/share/fonts"),
            Path("/usr/share/fonts"),
        ]
    return [d for d in dirs if d.is_dir()]


def _is_font_file(path: Path) -> bool:
    return path.suffix.lower() in (".ttf", ".otf") and path.is_file()


@functools.cache
def _installed_index(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """File name (lower case) -> path of every font under ``dirs``; the first folder wins."""
    index: dict[str, Path] = {}
    for root in dirs:
        for folder, _subdirs, files in os.walk(root):
            for file in files:
                if file.lower().endswith((".ttf", ".otf")):
                    index.setdefault(file.lower(), Path(folder) / file)
    return index


def _configured_files() -> list[Path]:
    files: list[Path] = []
    for item in filter(None, os.environ.get(FONTS_ENV, "").split(os.pathsep)):
        path = Path(item).expanduser()
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if _is_font_file(p))
        elif _is_font_file(path):
            files.append(path)
        else:
            log.warning("%s names %s, which is not a font file or folder; ignored", FONTS_ENV, path)
    return files


def discover_font_files(bold: bool = False) -> list[Path]:
    """The configured fonts, then the installed candidates, in order of preference."""
    index = _installed_index(tuple(font_dirs()))
    names = BOLD_CANDIDATES if bold else REGULAR_CANDIDATES
    found = _configured_files() + [index[n.lower()] for n in names if n.lower() in index]
    unique: list[Path] = []
    for path in found:
        if path not in unique:
            unique.append(path)
    return unique


class FontSet:
    """Fonts in order of preference, with per-character fallback and coverage checks."""

    def __init__(self, faces: Sequence[FontFace]) -> None:
        self.faces: tuple[FontFace, ...] = tuple(faces)
        self._runs: dict[str, tuple[tuple[FontFace, str], ...]] = {}
        self._covered: frozenset[int] = frozenset().union(*(f.codepoints for f in self.faces))
        self._missing: dict[str, tuple[str, ...]] = {}

    @classmethod
    def from_paths(cls, paths: Iterable[Path | str]) -> FontSet:
        faces = []
        for p in paths:
            try:
                faces.append(load_face(Path(p)))
            except Exception as exc:  # a broken or unsupported file must not stop printing
                log.warning("cannot read font %s: %s", p, exc)
        return cls(faces)

    def face_for(self, ch: str, current: FontFace | None = None) -> FontFace | None:
        code = ord(ch)
        if current is not None and code in current.codepoints:
            return current
        for face in self.faces:
            if code in face.codepoints:
                return face
        return None

    def runs(self, text: str) -> tuple[tuple[FontFace, str], ...]:
        """``text`` split into (font, characters) runs; characters no font has are dropped here
        (callers check :meth:`missing_scripts` first and refuse to print such text)."""
        cached = self._runs.get(text)
        if cached is not None:
            return cached
        out: list[tuple[FontFace, list[str]]] = []
        current: FontFace | None = None
        for ch in text:
            if ch in _ZERO_WIDTH and current is not None and not current.has(ch):
                continue
            face = self.face_for(ch, current)
            if face is None:
                continue
            if face is current and out:
                out[-1][1].append(ch)
            else:
                out.append((face, [ch]))
                current = face
        result = tuple((face, "".join(chars)) for face, chars in out)
        if len(self._runs) < 100_000:
            self._runs[text] = result
        return result

    def missing_chars(self, text: str) -> list[str]:
        """Characters of ``text`` (in order, once each) that no font here has."""
        covered = self._covered
        missing = {ch for ch in text if ord(ch) not in covered and ch not in _ZERO_WIDTH and not ch.isspace()}
        return sorted(missing, key=text.index)

    def missing_scripts(self, text: str) -> list[str]:
        """Scripts of ``text`` that no font here can draw, e.g. ``["Armenian"]``.

        The text is checked as printed too: Persian is drawn with Arabic presentation forms, which a
        font may lack even when it has the basic letters.
        """
        cached = self._missing.get(text)
        if cached is None:
            scripts: list[str] = []
            for ch in self.missing_chars(text) + self.missing_chars(shape(text)):
                script = script_of(ch)
                if script not in scripts:
                    scripts.append(script)
            cached = tuple(scripts)
            if len(self._missing) < 100_000:
                self._missing[text] = cached
        return list(cached)

    def ascent(self) -> float:
        return max((f.ascent for f in self.faces), default=0.9)

    def descent(self) -> float:
        return max((f.descent for f in self.faces), default=0.25)


@functools.cache
def _default_font_set(bold: bool, env: str) -> FontSet:
    files = discover_font_files(bold)
    if not files and bold:
        files = discover_font_files(False)
    fonts = FontSet.from_paths(files)
    log.info("fonts for printing (%s): %s", "bold" if bold else "regular", [str(f.path) for f in fonts.faces])
    return fonts


def default_font_set(bold: bool = False) -> FontSet:
    """The installed fonts this PC prints with (re-read when ``ACCREDITATION_FONTS`` changes)."""
    fonts = _default_font_set(bold, os.environ.get(FONTS_ENV, ""))
    if not fonts.faces:
        raise UserError(
            translate(
                "Badges",
                "No usable fonts found for printing badges: install Noto or DejaVu fonts (e.g. "
                "fonts-noto-core), or set {fonts_env} to font files",
            ).format(fonts_env=FONTS_ENV)
        )
    return fonts


def missing_scripts(text: str, fonts: FontSet | None = None) -> list[str]:
    """Which scripts of ``text`` no installed font covers (empty when it can be printed)."""
    return (fonts or default_font_set()).missing_scripts(text)
