"""Rooms as data: a shape and numbered seats with positions, generated from a few numbers.

A room file in ``assets/rooms/`` names a shape and its sizes (how many seats at the head table, how
many rows behind...); :func:`make_room` turns that into seats with millimetre positions, the way the
room is set up on the day. A file may also list its seats one by one (``"seats": [...]``) for a room
no generator draws. Loading is idempotent: rooms match by code and seats by label, so loading again
after a file changed moves seats without touching the plans that use them.

Geometry: millimetres from the room's top-left corner, y downwards, as on a floor plan. ``facing`` is
the direction a seated person looks, in degrees clockwise from the top of the drawing. ``position``
is counted from the centre seat as the seated host sees it: 1, 2, ... to the host's right, -1, -2...
to the host's left; so precedence alternating right and left is positions 0, 1, -1, 2, -2...
For a person facing ``facing``, "behind" is ``-f`` and "to their right" is ``r`` where
``f = (sin θ, -cos θ)`` and ``r = (cos θ, sin θ)`` in drawing coordinates.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.paths import assets_dir
from accreditation.store.models import Event, Room, RoomShape, Seat

#: Seat roles the arrangement understands.
ROLE_HOST = "host"
ROLE_HEAD = "head"
ROLE_ADVISER = "adviser"
ROLE_INTERPRETER = "interpreter"
ROLE_GUEST = "guest"
ROLE_DELEGATION = "delegation"
ROLES = (ROLE_HOST, ROLE_HEAD, ROLE_ADVISER, ROLE_INTERPRETER, ROLE_GUEST, ROLE_DELEGATION)

TABLE_PITCH = 900  # mm between chairs at a conference table
ROW_PITCH = 600  # mm between chairs in rows of seating
ROW_DEPTH = 1000  # mm from one row to the next
BACK_OFFSET = 750  # mm from a table chair to the chairs behind it
SEAT_SIZE = 500  # mm, a chair as drawn


def rooms_dir() -> Path:
    return assets_dir() / "rooms"


@dataclass
class SeatSpec:
    label: str
    x_mm: int
    y_mm: int
    facing: int = 0
    row: int = 0
    position: int = 0
    role: str = ROLE_DELEGATION


@dataclass
class TableSpec:
    """A table drawn under the seats (not a seat): a rectangle, or an ellipse for round tables."""

    x_mm: int
    y_mm: int
    w_mm: int
    h_mm: int
    round: bool = False


@dataclass
class RoomSpec:
    code: str
    name_en: str
    name_fa: str
    shape: RoomShape
    width_mm: int
    depth_mm: int
    seats: list[SeatSpec] = field(default_factory=list)
    tables: list[TableSpec] = field(default_factory=list)

    def seat(self, label: str) -> SeatSpec:
        for seat in self.seats:
            if seat.label == label:
                return seat
        raise KeyError(label)


def facing_vectors(facing: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """(forward, right) unit vectors in drawing coordinates for a person facing ``facing`` degrees."""
    theta = math.radians(facing)
    return (math.sin(theta), -math.cos(theta)), (math.cos(theta), math.sin(theta))


def _row_name(index: int) -> str:
    """Row letters as halls print them: A, B, ... Z, AA, AB... (I and O skipped: they read as 1, 0)."""
    letters = [c for c in "ABCDEFGHJKLMNPQRSTUVWXYZ"]
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, len(letters))
        name = letters[rest] + name
    return name


def _alternating(count: int) -> list[int]:
    """Positions of ``count`` seats centred on 0, listed from the drawing's left to its right for a
    host facing down the drawing (host's right is the drawing's left): e.g. 5 -> [2, 1, 0, -1, -2].
    With an even count the extra seat goes to the host's right."""
    right = count // 2
    left = count - 1 - right
    return list(range(right, 0, -1)) + [0] + [-i for i in range(1, left + 1)]


def _add_back_chairs(seats: list[SeatSpec], table: list[SeatSpec], interpreters: bool = True) -> None:
    """Behind each table chair: an adviser's chair, and an interpreter's behind and to the right."""
    for seat in table:
        (fx, fy), (rx, ry) = facing_vectors(seat.facing)
        bx, by = seat.x_mm - fx * BACK_OFFSET, seat.y_mm - fy * BACK_OFFSET
        shift = TABLE_PITCH * 0.25 if interpreters else 0
        seats.append(
            SeatSpec(
                f"{seat.label}a",
                round(bx - rx * shift),
                round(by - ry * shift),
                seat.facing,
                1,
                seat.position,
                ROLE_ADVISER,
            )
        )
        if interpreters:
            seats.append(
                SeatSpec(
                    f"{seat.label}b",
                    round(bx + rx * shift),
                    round(by + ry * shift),
                    seat.facing,
                    1,
                    seat.position,
                    ROLE_INTERPRETER,
                )
            )


def _rows(
    seats: list[SeatSpec],
    *,
    first_row: int,
    rows: int,
    per_row: int,
    top_mm: int,
    centre_x: int,
    letter_offset: int = 0,
    guest_rows: int = 0,
    facing: int = 0,
) -> int:
    """Rows of chairs facing ``facing``; returns the y of the last row. Positions follow the host's
    right (the drawing's left) as everywhere in the room."""
    y = top_mm
    for r in range(rows):
        y = top_mm + r * ROW_DEPTH
        letter = _row_name(letter_offset + r)
        positions = _alternating(per_row)
        x0 = centre_x - (per_row - 1) * ROW_PITCH / 2
        for i, position in enumerate(positions):
            role = ROLE_GUEST if r < guest_rows else ROLE_DELEGATION
            seats.append(
                SeatSpec(
                    f"{letter}{i + 1}", round(x0 + i * ROW_PITCH), y, facing, first_row + r, position, role
                )
            )
    return y


def head_table_rows(
    code: str,
    name_en: str,
    name_fa: str = "",
    *,
    head_seats: int = 15,
    rows: int = 9,
    per_row: int = 24,
    guest_rows: int = 1,
    back_chairs: bool = True,
) -> RoomSpec:
    """A plenary hall: the head table facing the hall (host at its centre), chairs behind it for
    advisers and interpreters, and rows facing the head table (the first ``guest_rows`` for guests)."""
    table_w = head_seats * TABLE_PITCH
    rows_w = per_row * ROW_PITCH
    width = max(table_w, rows_w) + 2000
    cx = width // 2
    seats: list[SeatSpec] = []
    head_y = 2200 if back_chairs else 1200
    table: list[SeatSpec] = []
    for i, position in enumerate(_alternating(head_seats)):
        x = round(cx - (head_seats - 1) * TABLE_PITCH / 2 + i * TABLE_PITCH)
        table.append(
            SeatSpec(f"T{i + 1}", x, head_y, 180, 0, position, ROLE_HOST if position == 0 else ROLE_HEAD)
        )
    seats += table
    if back_chairs:
        _add_back_chairs(seats, table)
    tables = [TableSpec(cx - table_w // 2, head_y + 350, table_w, 700)]
    first = 2 if back_chairs else 1
    last_y = _rows(
        seats,
        first_row=first,
        rows=rows,
        per_row=per_row,
        top_mm=head_y + 2200,
        centre_x=cx,
        guest_rows=guest_rows,
    )
    return RoomSpec(code, name_en, name_fa, RoomShape.HEAD_TABLE_ROWS, width, last_y + 1000, seats, tables)


def theatre(
    code: str,
    name_en: str,
    name_fa: str = "",
    *,
    rows: int = 25,
    per_row: int = 40,
    front_heads: int | None = None,
    guest_rows: int = 1,
) -> RoomSpec:
    """A big hall in theatre rows facing a stage: the host at the centre of the front row, heads of
    delegation beside them, guests in the next row(s), delegations behind."""
    width = per_row * ROW_PITCH + 3000
    cx = width // 2
    seats: list[SeatSpec] = []
    heads = min(per_row, 15) if front_heads is None else front_heads
    positions = _alternating(per_row)
    x0 = cx - (per_row - 1) * ROW_PITCH / 2
    y0 = 4000
    for i, position in enumerate(positions):
        role = ROLE_HOST if position == 0 else (ROLE_HEAD if abs(position) <= heads // 2 else ROLE_GUEST)
        seats.append(SeatSpec(f"A{i + 1}", round(x0 + i * ROW_PITCH), y0, 0, 0, position, role))
    last_y = _rows(
        seats,
        first_row=1,
        rows=rows - 1,
        per_row=per_row,
        top_mm=y0 + ROW_DEPTH,
        centre_x=cx,
        letter_offset=1,
        guest_rows=guest_rows,
    )
    return RoomSpec(
        code,
        name_en,
        name_fa,
        RoomShape.THEATRE,
        width,
        last_y + 1500,
        seats,
        [TableSpec(cx - width // 3, 600, 2 * width // 3, 2000)],
    )


def _table_seat(label: str, x: float, y: float, facing: float, position: int, centre: bool) -> SeatSpec:
    return SeatSpec(
        label, round(x), round(y), round(facing) % 360, 0, position, ROLE_HOST if centre else ROLE_HEAD
    )


def u_shape(
    code: str,
    name_en: str,
    name_fa: str = "",
    *,
    seats: int = 21,
    back_chairs: bool = True,
    wall_rows: int = 0,
    per_wall_row: int = 16,
) -> RoomSpec:
    """A U of tables opening towards the bottom of the drawing: the chair's side at the top (host at
    its centre), the arms down both sides; everyone faces into the U."""
    base = max(3, seats // 3) | 1
    arm = (seats - base) // 2
    base += seats - base - 2 * arm  # any remainder joins the base
    margin = 2500 if back_chairs else 1500
    inner_w = (base - 1) * TABLE_PITCH
    width = inner_w + 2 * margin + 2 * TABLE_PITCH
    left_x, right_x = margin, width - margin
    top_y = margin
    cx = width / 2
    path: list[tuple[float, float, float]] = []  # x, y, facing, from the left arm's foot round to the right's
    for k in range(arm, 0, -1):
        path.append((left_x, top_y + TABLE_PITCH * k, 90))
    for k in range(base):
        path.append((cx - inner_w / 2 + k * TABLE_PITCH, top_y, 180))
    for k in range(1, arm + 1):
        path.append((right_x, top_y + TABLE_PITCH * k, 270))
    centre = arm + base // 2
    table = [_table_seat(str(i + 1), x, y, f, centre - i, i == centre) for i, (x, y, f) in enumerate(path)]
    all_seats = list(table)
    if back_chairs:
        _add_back_chairs(all_seats, table)
    depth = top_y + TABLE_PITCH * (arm + 1) + margin
    tables = [
        TableSpec(round(cx - inner_w / 2 - 350), top_y + 300, round(inner_w + 700), 600),
        TableSpec(left_x + 300, top_y + 300, 600, TABLE_PITCH * arm + 600),
        TableSpec(right_x - 900, top_y + 300, 600, TABLE_PITCH * arm + 600),
    ]
    if wall_rows:
        depth = (
            _rows(
                all_seats,
                first_row=2,
                rows=wall_rows,
                per_row=per_wall_row,
                top_mm=depth,
                centre_x=round(cx),
                letter_offset=0,
            )
            + 1500
        )
    return RoomSpec(code, name_en, name_fa, RoomShape.U_SHAPE, round(width), round(depth), all_seats, tables)


def hollow_square(
    code: str,
    name_en: str,
    name_fa: str = "",
    *,
    seats: int = 20,
    back_chairs: bool = True,
    wall_rows: int = 0,
    per_wall_row: int = 16,
) -> RoomSpec:
    """Tables on four sides of an empty square, everyone facing in; the host at the centre of the top
    side. Positions run from the host round both ways and meet opposite them."""
    top = max(3, (seats + 3) // 4) | 1
    side = max(1, (seats - 2 * top) // 2)
    bottom = seats - top - 2 * side
    margin = 2500 if back_chairs else 1500
    inner_w = max(top, bottom) * TABLE_PITCH
    inner_h = (side + 1) * TABLE_PITCH
    width = inner_w + 2 * margin
    x_left, x_right = margin, margin + inner_w
    y_top, y_bottom = margin, margin + inner_h
    cx = width / 2
    loop: list[tuple[float, float, float]] = []  # clockwise on the drawing, from the top side's centre
    top_xs = [cx - (top - 1) * TABLE_PITCH / 2 + k * TABLE_PITCH for k in range(top)]
    c = top // 2
    loop += [(x, y_top, 180) for x in top_xs[c:]]
    loop += [(x_right, y_top + TABLE_PITCH * k, 270) for k in range(1, side + 1)]
    bottom_xs = [cx - (bottom - 1) * TABLE_PITCH / 2 + k * TABLE_PITCH for k in range(bottom)]
    loop += [(x, y_bottom, 0) for x in reversed(bottom_xs)]
    loop += [(x_left, y_top + TABLE_PITCH * k, 90) for k in range(side, 0, -1)]
    loop += [(x, y_top, 180) for x in top_xs[:c]]
    n = len(loop)
    table: list[SeatSpec] = []
    for k, (x, y, f) in enumerate(loop):
        # Clockwise on the drawing from the top is towards the host's left.
        position = -k if k <= n // 2 else n - k
        table.append(_table_seat("", x, y, f, position, k == 0))
    table.sort(key=lambda s: (s.y_mm, s.x_mm))
    for i, seat in enumerate(table):
        seat.label = str(i + 1)
    all_seats = list(table)
    if back_chairs:
        _add_back_chairs(all_seats, table)
    tables = [
        TableSpec(round(x_left + 300), round(y_top + 300), round(inner_w - 600), 600),
        TableSpec(round(x_left + 300), round(y_bottom - 900), round(inner_w - 600), 600),
        TableSpec(round(x_left + 300), round(y_top + 300), 600, round(inner_h - 600)),
        TableSpec(round(x_right - 900), round(y_top + 300), 600, round(inner_h - 600)),
    ]
    depth = y_bottom + margin
    if wall_rows:
        depth = (
            _rows(
                all_seats, first_row=2, rows=wall_rows, per_row=per_wall_row, top_mm=depth, centre_x=round(cx)
            )
            + 1500
        )
    return RoomSpec(
        code, name_en, name_fa, RoomShape.HOLLOW_SQUARE, round(width), round(depth), all_seats, tables
    )


def round_table(
    code: str,
    name_en: str,
    name_fa: str = "",
    *,
    seats: int = 16,
    back_chairs: bool = True,
    wall_rows: int = 0,
    per_wall_row: int = 16,
) -> RoomSpec:
    """One round table, the host at the top; positions go round both ways and meet opposite the host."""
    radius = max(1500.0, seats * TABLE_PITCH / (2 * math.pi))
    margin = 2500 if back_chairs else 1500
    width = round(2 * (radius + margin))
    cx = cy = width / 2
    table: list[SeatSpec] = []
    for k in range(seats):
        phi = 2 * math.pi * k / seats  # clockwise on the drawing from the top
        x = cx + radius * math.sin(phi)
        y = cy - radius * math.cos(phi)
        position = -k if k <= seats // 2 else seats - k
        table.append(_table_seat(str(k + 1), x, y, math.degrees(phi) + 180, position, k == 0))
    all_seats = list(table)
    if back_chairs:
        _add_back_chairs(all_seats, table)
    inner = radius - 450
    tables = [TableSpec(round(cx - inner), round(cy - inner), round(2 * inner), round(2 * inner), round=True)]
    depth = width
    if wall_rows:
        depth = (
            _rows(
                all_seats, first_row=2, rows=wall_rows, per_row=per_wall_row, top_mm=width, centre_x=round(cx)
            )
            + 1500
        )
    return RoomSpec(code, name_en, name_fa, RoomShape.ROUND, width, round(depth), all_seats, tables)


GENERATORS = {
    RoomShape.HEAD_TABLE_ROWS: head_table_rows,
    RoomShape.U_SHAPE: u_shape,
    RoomShape.HOLLOW_SQUARE: hollow_square,
    RoomShape.ROUND: round_table,
    RoomShape.THEATRE: theatre,
}


def make_room(
    shape: RoomShape | str,
    seats: int | None = None,
    *,
    code: str = "room",
    name_en: str = "",
    name_fa: str = "",
    **options: Any,
) -> RoomSpec:
    """A room of ``shape`` with about ``seats`` seats at its table (or in total for theatre rows).

    ``options`` are the generator's own (``rows``, ``per_row``, ``back_chairs``, ``wall_rows``...).
    """
    try:
        shape = RoomShape(shape)
    except ValueError as exc:
        raise UserError(
            translate("Seating", "Unknown room shape '{shape}' (known: {value})").format(
                shape=shape, value=", ".join(s.value for s in RoomShape)
            )
        ) from exc
    name_en = name_en or code
    if shape is RoomShape.THEATRE and seats is not None:
        per_row = options.pop("per_row", 40)
        options["rows"] = max(2, math.ceil(seats / per_row))
        options["per_row"] = per_row
    elif shape is RoomShape.HEAD_TABLE_ROWS and seats is not None:
        options["head_seats"] = seats
    elif seats is not None:
        options["seats"] = seats
    try:
        return GENERATORS[shape](code, name_en, name_fa, **options)  # type: ignore[operator]
    except TypeError as exc:
        raise UserError(translate("Seating", "Room {code}: {exc}").format(code=code, exc=exc)) from exc


def room_from_data(data: dict[str, Any]) -> RoomSpec:
    """A room file's content as a :class:`RoomSpec` (generated, or seats listed one by one)."""
    for key in ("code", "shape"):
        if key not in data:
            raise UserError(
                translate("Seating", "A room needs '{key}': {dumps}").format(
                    key=key, dumps=json.dumps(data, ensure_ascii=False)[:80]
                )
            )
    if "seats" in data and isinstance(data["seats"], list):
        seats = [SeatSpec(**{k: v for k, v in s.items()}) for s in data["seats"]]
        labels = [s.label for s in seats]
        if len(set(labels)) != len(labels):
            raise UserError(
                translate("Seating", "Room {data} lists a seat label twice").format(data=data["code"])
            )
        return RoomSpec(
            data["code"],
            data.get("name_en", data["code"]),
            data.get("name_fa", ""),
            RoomShape(data["shape"]),
            int(data["width_mm"]),
            int(data["depth_mm"]),
            seats,
            [TableSpec(**t) for t in data.get("tables", [])],
        )
    options = dict(data.get("options", {}))
    return make_room(
        data["shape"],
        data.get("size"),
        code=data["code"],
        name_en=data.get("name_en", ""),
        name_fa=data.get("name_fa", ""),
        **options,
    )


def read_room_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(
            translate("Seating", "Cannot read room file {path}: {exc}").format(path=path, exc=exc)
        ) from exc
    if not isinstance(data, dict):
        raise UserError(translate("Seating", "Room file {path} must hold one JSON object").format(path=path))
    return data


def save_room(session: Session, event: Event, spec: RoomSpec) -> Room:
    """Create or update a room and its seats (matched by label); seats no longer in it are removed."""
    require(session, Action.SEATING)
    room = session.scalars(
        select(Room).where(Room.event_id == event.id, Room.code == spec.code)
    ).one_or_none()
    if room is None:
        room = Room(
            event_id=event.id,
            code=spec.code,
            name_en=spec.name_en,
            name_fa=spec.name_fa,
            shape=spec.shape,
            width_mm=spec.width_mm,
            depth_mm=spec.depth_mm,
        )
        session.add(room)
    room.name_en, room.name_fa, room.shape = spec.name_en, spec.name_fa, spec.shape
    room.width_mm, room.depth_mm = spec.width_mm, spec.depth_mm
    existing = {s.label: s for s in room.seats}
    wanted = {s.label for s in spec.seats}
    for label, seat in existing.items():
        if label not in wanted:
            room.seats.remove(seat)
    for s in spec.seats:
        seat = existing.get(s.label)
        if seat is None:
            seat = Seat(label=s.label)
            room.seats.append(seat)
        seat.x_mm, seat.y_mm, seat.facing = s.x_mm, s.y_mm, s.facing
        seat.row, seat.position, seat.role = s.row, s.position, s.role
    session.flush()
    return room


def load_rooms(session: Session, event: Event, folder: Path | None = None) -> list[Room]:
    """Load every room file of ``folder`` (default ``assets/rooms``) meant for ``event`` (a file's
    ``"event"`` names the event code; a file without one serves any event)."""
    folder = folder or rooms_dir()
    rooms: list[Room] = []
    if not folder.is_dir():
        return rooms
    for path in sorted(folder.glob("*.json")):
        data = read_room_file(path)
        if data.get("event") not in (None, "", event.code):
            continue
        rooms.append(save_room(session, event, room_from_data(data)))
    return rooms


def room_tables(room: Room) -> list[TableSpec]:
    """The tables to draw under a stored room's seats (regenerated from its file; none if unknown)."""
    path = rooms_dir() / f"{room.code}.json"
    if path.is_file():
        try:
            return room_from_data(read_room_file(path)).tables
        except UserError:
            return []
    return []


def room_spec_of(room: Room) -> RoomSpec:
    return RoomSpec(
        room.code,
        room.name_en,
        room.name_fa,
        room.shape,
        room.width_mm,
        room.depth_mm,
        [SeatSpec(s.label, s.x_mm, s.y_mm, s.facing, s.row, s.position, s.role) for s in room.seats],
        room_tables(room),
    )


def room_to_data(spec: RoomSpec) -> dict[str, Any]:
    """A room as a file with every seat listed (for a room edited seat by seat)."""
    return {
        "code": spec.code,
        "name_en": spec.name_en,
        "name_fa": spec.name_fa,
        "shape": spec.shape.value,
        "width_mm": spec.width_mm,
        "depth_mm": spec.depth_mm,
        "tables": [t.__dict__ for t in spec.tables],
        "seats": [s.__dict__ for s in spec.seats],
    }
