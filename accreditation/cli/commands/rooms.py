"""``rooms``: the rooms of the event, and adding or changing one.

main.py rooms list
main.py rooms add --code bilateral --shape round --seats 10 --name-en "Bilateral room" --option back_chairs=false
main.py rooms export plenary-hall --out hall.json     # every seat listed, to edit by hand
main.py rooms import hall.json                         # a generated or seat-by-seat room file
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from accreditation.cli.context import CommandContext
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.store.enums import RoomShape


def _option(text: str) -> tuple[str, object]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(
            translate("Command line", "--option takes NAME=VALUE, not '{text}'").format(text=text)
        )
    lowered = value.strip().lower()
    parsed: object = value
    if lowered in ("true", "yes"):
        parsed = True
    elif lowered in ("false", "no"):
        parsed = False
    elif lowered.lstrip("-").isdigit():
        parsed = int(lowered)
    return key.strip(), parsed


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "rooms", help=translate("Command line", "list, add, export or import the rooms seating plans use")
    )
    actions = parser.add_subparsers(dest="rooms_action", metavar="ACTION", required=True)
    actions.add_parser(
        "list", help=translate("Command line", "the rooms with their shapes and seats")
    ).add_argument("--json", action="store_true")
    add = actions.add_parser(
        "add", help=translate("Command line", "add (or regenerate) a room of a given shape")
    )
    add.add_argument("--code", required=True)
    add.add_argument("--shape", required=True, choices=[s.value for s in RoomShape])
    add.add_argument(
        "--seats",
        type=int,
        required=True,
        help=translate("Command line", "places at the table (theatre: seats in all)"),
    )
    add.add_argument("--name-en", default="")
    add.add_argument("--name-fa", default="")
    add.add_argument(
        "--option",
        action="append",
        type=_option,
        default=[],
        metavar="NAME=VALUE",
        help=translate(
            "Command line",
            "a generator option: rows, per_row, back_chairs, wall_rows, guest_rows, front_heads...",
        ),
    )
    export = actions.add_parser(
        "export", help=translate("Command line", "write a room with every seat listed, to edit by hand")
    )
    export.add_argument("code")
    export.add_argument("--out", required=True, type=Path)
    imported = actions.add_parser(
        "import", help=translate("Command line", "add or update a room from a room file")
    )
    imported.add_argument("file", type=Path)
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from accreditation.event.loader import current_event
    from accreditation.event.rooms import (
        make_room,
        read_room_file,
        room_from_data,
        room_spec_of,
        room_to_data,
        save_room,
    )
    from accreditation.seating.plans import find_room
    from accreditation.store.models import Room

    with ctx.database().transaction() as session:
        event = current_event(session)
        if args.rooms_action == "list":
            rooms = list(session.scalars(select(Room).where(Room.event_id == event.id).order_by(Room.code)))
            rows = [
                {
                    "code": r.code,
                    "name_en": r.name_en,
                    "name_fa": r.name_fa,
                    "shape": r.shape.value,
                    "seats": len(r.seats),
                    "roles": dict(Counter(s.role for s in r.seats)),
                    "width_mm": r.width_mm,
                    "depth_mm": r.depth_mm,
                }
                for r in rooms
            ]
            if args.json:
                ctx.print(json.dumps(rows, ensure_ascii=False))
            else:
                for r in rows:
                    ctx.print(
                        translate("Command line", "{code:20s} {shape:16s} {seats:5d} seats  {name}").format(
                            code=r["code"], shape=r["shape"], seats=r["seats"], name=r["name_en"]
                        )
                    )
            return 0
        if args.rooms_action == "add":
            spec = make_room(
                args.shape,
                args.seats,
                code=args.code,
                name_en=args.name_en,
                name_fa=args.name_fa,
                **dict(args.option),
            )
        elif args.rooms_action == "import":
            spec = room_from_data(read_room_file(args.file))
        else:
            spec = room_spec_of(find_room(session, event, args.code))
            out = args.out.expanduser()
            if not out.parent.is_dir():
                raise UserError(
                    translate("Command line", "Cannot write {out}: folder {parent} does not exist").format(
                        out=out, parent=out.parent
                    )
                )
            out.write_text(json.dumps(room_to_data(spec), ensure_ascii=False, indent=1), encoding="utf-8")
            ctx.print(
                translate("Command line", "{out}: room {code}, {count} seats").format(
                    out=out, code=spec.code, count=len(spec.seats)
                )
            )
            return 0
        room = save_room(session, event, spec)
        ctx.print(
            translate("Command line", "room {code}: {shape}, {count} seats").format(
                code=room.code, shape=spec.shape.value, count=len(room.seats)
            )
        )
    return 0
