"""QR codes drawn as vector rectangles on a reportlab canvas.

Why vectors: a pasted bitmap is resampled by the printer driver and its module edges blur; rectangles
print at the printer's full resolution, so scanners read the code from further away and at an angle.
Each row's dark modules are merged into runs, so a code is a few hundred rectangles in one path.

The code uses error correction M (15 % of the code words can be lost to a scratch or a punched hole),
numeric mode (the payload is digits only) and a quiet zone of 4 modules, and refuses a size that
would make a module smaller than 0.5 mm.

Mask choice: the QR standard picks, out of 8 mask patterns, the one with the lowest penalty (long runs,
2 × 2 blocks, finder-like patterns, dark/light imbalance). The ``qrcode`` package does this by building
the whole symbol 8 times, which costs about 3 ms a code — 3 s for a thousand badges. Here the symbol
is built once (mask 0), the other masks are obtained by flipping the data modules where the mask
functions differ, and the penalty is computed on integer bitmaps. The result is the symbol ``qrcode``
would have built with that mask (a test checks this).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import qrcode
from qrcode.base import rs_blocks
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_NUMBER, QRData
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE_MODULES = 4
MIN_MODULE_MM = 0.5

_MASKS: tuple[Callable[[int, int], bool], ...] = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i * j) % 3 + (i + j) % 2) % 2 == 0,
)


@dataclass(frozen=True)
class QrMatrix:
    """The symbol without quiet zone: ``rows[r][c]`` is True for a dark module."""

    rows: tuple[tuple[bool, ...], ...]
    version: int
    mask: int

    @property
    def size(self) -> int:
        return len(self.rows)


class QrTooSmallError(ValueError):
    pass


class _Geometry:
    """Bit layouts of one QR version, for evaluating masks with big-integer operations.

    A symbol of ``n`` modules is held as one integer per orientation: bit ``r * S + c`` is module
    (r, c) for rows (and (c, r) for columns), with stride ``S = n + 1``. The spare bit between lines is
    neither dark nor light, so no run or pattern can continue from one line into the next.
    """

    def __init__(self, version: int) -> None:
        n = version * 4 + 17
        self.n = n
        self.stride = n + 1
        q = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
        q.modules_count = n
        q.modules = [[None] * n for _ in range(n)]
        q.setup_position_probe_pattern(0, 0)
        q.setup_position_probe_pattern(n - 7, 0)
        q.setup_position_probe_pattern(0, n - 7)
        q.setup_position_adjust_pattern()
        q.setup_timing_pattern()
        if version >= 7:
            q.setup_type_number(True)
        before_format = [row[:] for row in q.modules]
        q.setup_type_info(True, 0)
        data = [(r, c) for r in range(n) for c in range(n) if q.modules[r][c] is None]
        format_cells = [
            (r, c)
            for r in range(n)
            for c in range(n)
            if before_format[r][c] is None and q.modules[r][c] is not None
        ]
        self.valid = self.pack((r, c) for r in range(n) for c in range(n))
        self.format_cells = self.pack(format_cells)
        self.flips: list[tuple[int, int]] = []
        self.format_set: list[tuple[int, int]] = []
        for mask in range(8):
            m0, mk = _MASKS[0], _MASKS[mask]
            self.flips.append(self.pack((r, c) for r, c in data if m0(r, c) != mk(r, c)))
            q.modules = [[None] * n for _ in range(n)]
            q.setup_type_info(False, mask)
            self.format_set.append(self.pack((r, c) for r in range(n) for c in range(n) if q.modules[r][c]))

    def pack(self, cells: Iterable[tuple[int, int]]) -> tuple[int, int]:
        """The cells as (row layout, column layout) integers."""
        rows = cols = 0
        s = self.stride
        for r, c in cells:
            rows |= 1 << (r * s + c)
            cols |= 1 << (c * s + r)
        return rows, cols


@functools.cache
def _geometry(version: int) -> _Geometry:
    return _Geometry(version)


_FINDER_PATTERNS = ("10111010000", "00001011101")


def _line_penalty(dark: int, light: int, stride: int) -> tuple[int, int, int]:
    """Rules N1 (runs of 5 or more), N2 (2 × 2 blocks) and N3 (finder-like patterns) for one layout."""
    equal = (dark & dark >> 1) | (light & light >> 1)
    run5 = equal & equal >> 1 & equal >> 2 & equal >> 3
    n1 = run5.bit_count() + 2 * (run5 & ~(run5 >> 1)).bit_count()
    block = (dark & dark >> 1 & dark >> stride & dark >> (stride + 1)) | (
        light & light >> 1 & light >> stride & light >> (stride + 1)
    )
    finder = 0
    for pattern in _FINDER_PATTERNS:
        match = -1
        for k, bit in enumerate(pattern):
            match &= (dark if bit == "1" else light) >> k
        finder += match.bit_count()
    return n1, 3 * block.bit_count(), 40 * finder


def penalty_bits(geometry: _Geometry, rows: int, cols: int) -> int:
    """The ISO/IEC 18004 mask penalty (rules N1-N4) of a symbol given as bit layouts."""
    valid_rows, valid_cols = geometry.valid
    n1r, n2, n3r = _line_penalty(rows, valid_rows & ~rows, geometry.stride)
    n1c, _n2c, n3c = _line_penalty(cols, valid_cols & ~cols, geometry.stride)
    total = geometry.n * geometry.n
    n4 = 10 * (abs(rows.bit_count() * 20 - total * 10) // total)
    return n1r + n1c + n2 + n3r + n3c + n4


# --- data codewords: numeric mode and Reed-Solomon, per ISO/IEC 18004 --------------------------------
# ``qrcode`` builds its bit stream one bit at a time and divides polynomials with generic objects, which
# is most of its time for a small code. The same codewords come from integer arithmetic below; the
# symbol layout (placement, masks, format bits) stays ``qrcode``'s, and a test compares the results.

_GF_EXP = [0] * 512
_GF_LOG = [0] * 256
_value = 1
for _i in range(255):
    _GF_EXP[_i] = _value
    _GF_LOG[_value] = _i
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D  # x^8 + x^4 + x^3 + x^2 + 1, the QR code field
for _i in range(255, 512):
    _GF_EXP[_i] = _GF_EXP[_i - 255]


@functools.cache
def _generator(degree: int) -> tuple[int, ...]:
    """Coefficients (highest first, leading 1 dropped) of prod(x - a^i), i < degree."""
    poly = [1]
    for i in range(degree):
        nxt = poly + [0]
        for j, coef in enumerate(poly):
            if coef:
                nxt[j + 1] ^= _GF_EXP[_GF_LOG[coef] + i]
        poly = nxt
    return tuple(poly[1:])


def _ec_codewords(data: list[int], degree: int) -> list[int]:
    """The remainder of data(x) * x^degree divided by the generator: the error-correction codewords."""
    gen = _generator(degree)
    remainder = [0] * degree
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = remainder[1:] + [0]
        if factor:
            log = _GF_LOG[factor]
            for j, coef in enumerate(gen):
                if coef:
                    remainder[j] ^= _GF_EXP[_GF_LOG[coef] + log]
    return remainder


def _numeric_codewords(digits: str, version: int) -> list[int]:
    """Mode, count, 10 bits per 3 digits (7 or 4 for the rest), terminator, padding, then EC, interleaved."""
    blocks = rs_blocks(version, ERROR_CORRECT_M)
    capacity_bits = 8 * sum(b.data_count for b in blocks)
    count_bits = 10 if version < 10 else 12 if version < 27 else 14
    value, length = 0b0001, 4
    value, length = (value << count_bits) | len(digits), length + count_bits
    for start in range(0, len(digits), 3):
        group = digits[start : start + 3]
        width = (4, 7, 10)[len(group) - 1]
        value, length = (value << width) | int(group), length + width
    if length > capacity_bits:
        raise ValueError("payload too long for this QR version")
    terminator = min(4, capacity_bits - length)
    value, length = value << terminator, length + terminator
    if length % 8:
        value, length = value << (8 - length % 8), length + (8 - length % 8)
    data = list(value.to_bytes(length // 8, "big"))
    pad = (0xEC, 0x11)
    data += [pad[i % 2] for i in range(capacity_bits // 8 - len(data))]
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    offset = 0
    for block in blocks:
        chunk = data[offset : offset + block.data_count]
        offset += block.data_count
        data_blocks.append(chunk)
        ec_blocks.append(_ec_codewords(chunk, block.total_count - block.data_count))
    out: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            out += [b[i] for b in group if i < len(b)]
    return out


@functools.lru_cache(maxsize=4096)
def qr_matrix(payload: str) -> QrMatrix:
    """The QR symbol for a digits-only payload, at error correction M, with the best mask."""
    if not payload.isascii() or not payload.isdigit():
        raise ValueError("badge payloads are digits only (QR numeric mode)")
    q = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=0)
    q.add_data(QRData(payload, mode=MODE_NUMBER))
    q.best_fit()
    q.data_cache = _numeric_codewords(payload, q.version)  # qrcode then skips its own, slower encoder
    q.makeImpl(False, 0)
    geometry = _geometry(q.version)
    base_rows, base_cols = geometry.pack(
        (r, c) for r, row in enumerate(q.modules) for c, v in enumerate(row) if v
    )
    fmt_rows, fmt_cols = geometry.format_cells
    best: tuple[int, int, int] | None = None  # score, mask, rows
    for mask in range(8):
        flip_rows, flip_cols = geometry.flips[mask]
        set_rows, set_cols = geometry.format_set[mask]
        rows = ((base_rows ^ flip_rows) & ~fmt_rows) | set_rows
        cols = ((base_cols ^ flip_cols) & ~fmt_cols) | set_cols
        score = penalty_bits(geometry, rows, cols)
        if best is None or score < best[0]:
            best = (score, mask, rows)
    assert best is not None
    _score, mask, rows = best
    n, s = geometry.n, geometry.stride
    matrix = tuple(tuple(bool(rows >> (r * s + c) & 1) for c in range(n)) for r in range(n))
    return QrMatrix(matrix, q.version, mask)


def qr_total_modules(matrix: QrMatrix) -> int:
    return matrix.size + 2 * QUIET_ZONE_MODULES


@functools.lru_cache(maxsize=65536)
def _row_ops(row: tuple[bool, ...], y: int) -> str:
    """Rectangles for one row's runs of dark modules (rows repeat a lot: finder and timing rows)."""
    ops: list[str] = []
    n = len(row)
    c = 0
    while c < n:
        if row[c]:
            start = c
            while c < n and row[c]:
                c += 1
            ops.append(f"{start} {y} {c - start} 1 re")
        else:
            c += 1
    return "\n".join(ops)


def _path_ops(matrix: QrMatrix) -> str:
    """PDF path operators for the dark modules, one rectangle per horizontal run, in module units
    with the origin at the symbol's bottom-left corner. Integer coordinates keep the stream small and
    the formatting cheap; one fill of one path means no seams between touching rectangles."""
    n = matrix.size
    parts = [_row_ops(row, n - 1 - r) for r, row in enumerate(matrix.rows)]
    parts.append("f")
    return "\n".join(p for p in parts if p)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> float:
    """Draw the code with its quiet zone in the square (``x``, ``y``, ``size``) in points, bottom-left
    origin; returns the module size in mm. The quiet zone is painted white so a coloured background
    cannot eat into it."""
    matrix = qr_matrix(payload)
    modules = qr_total_modules(matrix)
    module = size / modules
    if module < MIN_MODULE_MM * mm - 1e-9:
        raise QrTooSmallError(
            f"a {size / mm:.1f} mm QR code has {module / mm:.2f} mm modules; at least {MIN_MODULE_MM} mm needed"
        )
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    origin_x = x + QUIET_ZONE_MODULES * module
    origin_y = y + QUIET_ZONE_MODULES * module
    canvas.addLiteral(f"{module:.5f} 0 0 {module:.5f} {origin_x:.4f} {origin_y:.4f} cm\n{_path_ops(matrix)}")
    canvas.restoreState()
    return module / mm
