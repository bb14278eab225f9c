"""Badge templates are data: JSON files in ``assets/templates`` with millimetre coordinates.

Two kinds of file:

* a *badge* layout: the card's size and its elements, each a box measured from the card's top-left
  corner (the way a designer measures a card on paper);
* a *sheet*: a page size and a grid of badges of one layout, with cut marks.

A badge layout printed alone is one badge a page (card printers, single A6 sheets); a sheet places
several on each page. Elements are checked when the file is loaded, so a typing error in a template is
reported before anything is printed, not as a blank space on 500 badges.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from accreditation.badges.view import BadgeView
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.paths import assets_dir

ElementType = Literal["text", "rect", "band", "photo", "logo", "qr"]
ELEMENT_TYPES: tuple[str, ...] = ("text", "rect", "band", "photo", "logo", "qr")


def templates_dir() -> Path:
    return assets_dir() / "templates"


# eq=False: elements and layouts are compared and hashed by identity, so caching per element costs a
# pointer, not a walk over every field of the whole template.
@dataclass(frozen=True, eq=False)
class Element:
    """One thing drawn on a badge, in mm from the badge's top-left corner."""

    type: ElementType
    x: float
    y: float
    w: float
    h: float
    #: text: the BadgeView attribute to print (e.g. "name_fa"); prefix/suffix are added around it.
    field: str = ""
    prefix: str = ""
    #: text sizes in points: start at ``max_pt``, shrink to ``min_pt``, then wrap to ``lines``.
    max_pt: float = 10.0
    min_pt: float = 6.0
    lines: int = 1
    align: Literal["left", "right", "center", "start"] = "center"
    bold: bool = False
    #: "#RRGGBB", or "category" / "category_text" for the category's colours.
    color: str = "#000000"
    fill: str = ""
    stroke: str = ""
    #: logo: an image file (absolute, or relative to the templates folder); none draws a light frame.
    path: str = ""
    #: text "name_latin": print the family name in capitals, as protocol badges often do ("Gadzhi
    #: GADZHIEV"); the given name stays in its reading form.
    family_capitals: bool = False


@dataclass(frozen=True, eq=False)
class BadgeLayout:
    name: str
    title: str
    width_mm: float
    height_mm: float
    elements: tuple[Element, ...]


@dataclass(frozen=True)
class SheetLayout:
    columns: int
    rows: int
    page_width_mm: float
    page_height_mm: float
    #: top-left corner of the grid, from the page's top-left corner
    origin_x_mm: float
    origin_y_mm: float
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    cut_mark_mm: float = 4.0
    cut_mark_offset_mm: float = 1.0


@dataclass(frozen=True)
class Template:
    """What ``render_badges`` needs: a badge layout and, for sheets, how badges go on a page."""

    name: str
    title: str
    badge: BadgeLayout
    sheet: SheetLayout | None = None
    source: Path | None = field(default=None, compare=False)

    @property
    def page_size_mm(self) -> tuple[float, float]:
        if self.sheet:
            return self.sheet.page_width_mm, self.sheet.page_height_mm
        return self.badge.width_mm, self.badge.height_mm

    @property
    def per_page(self) -> int:
        return self.sheet.columns * self.sheet.rows if self.sheet else 1


class TemplateError(UserError):
    pass


_ELEMENT_FIELDS = {f.name for f in dataclasses.fields(Element)}


def _element(raw: dict[str, Any], where: str, text_fields: frozenset[str]) -> Element:
    unknown = set(raw) - _ELEMENT_FIELDS
    if unknown:
        raise TemplateError(
            translate("Badges", "{where}: unknown key(s) {keys}").format(where=where, keys=sorted(unknown))
        )
    if raw.get("type") not in ELEMENT_TYPES:
        raise TemplateError(
            translate("Badges", "{where}: type must be one of {element_types}, not {type!r}").format(
                where=where, element_types=ELEMENT_TYPES, type=raw.get("type")
            )
        )
    try:
        element = Element(**raw)
    except TypeError as exc:
        raise TemplateError(f"{where}: {exc}") from exc
    if element.family_capitals and element.field == "name_latin":
        element = dataclasses.replace(element, field="name_latin_family_caps")
    if element.w <= 0 or element.h <= 0:
        raise TemplateError(
            translate("Badges", "{where}: width and height must be positive").format(where=where)
        )
    if element.type == "text":
        if element.field not in text_fields:
            raise TemplateError(
                translate("Badges", "{where}: no badge field named {field!r}").format(
                    where=where, field=element.field
                )
            )
        if not 0 < element.min_pt <= element.max_pt:
            raise TemplateError(translate("Badges", "{where}: need 0 < min_pt <= max_pt").format(where=where))
    return element


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TemplateError(
            translate("Badges", "Cannot read the badge template {path}: {exc}").format(path=path, exc=exc)
        ) from exc
    if not isinstance(data, dict):
        raise TemplateError(translate("Badges", "{path}: a template is a JSON object").format(path=path))
    return data


def _badge_layout(path: Path, data: dict[str, Any], text_fields: frozenset[str]) -> BadgeLayout:
    width, height = data["size_mm"]
    elements = tuple(
        _element(raw, f"{path.name} element {i}", text_fields) for i, raw in enumerate(data["elements"])
    )
    for i, e in enumerate(elements):
        if e.x < 0 or e.y < 0 or e.x + e.w > width + 1e-6 or e.y + e.h > height + 1e-6:
            raise TemplateError(
                translate("Badges", "{name} element {i} ({type} {field}) lies outside the badge").format(
                    name=path.name, i=i, type=e.type, field=e.field
                )
            )
    return BadgeLayout(data.get("name", path.stem), data.get("title", path.stem), width, height, elements)


def available_templates(directory: Path | None = None) -> list[str]:
    return sorted(p.stem for p in (directory or templates_dir()).glob("*.json"))


@functools.cache
def _text_fields() -> frozenset[str]:
    # The fields a template may print are BadgeView's.
    return BadgeView.text_fields()


def load_template(name: str, directory: Path | None = None) -> Template:
    """Load ``<name>.json`` (a badge layout or a sheet of one) from the templates folder."""
    directory = directory or templates_dir()
    path = directory / f"{name}.json"
    if not path.is_file():
        names = ", ".join(available_templates(directory)) or "none"
        raise TemplateError(
            translate("Badges", "No badge template named '{name}' (available: {names})").format(
                name=name, names=names
            )
        )
    data = _read(path)
    kind = data.get("kind")
    try:
        if kind == "badge":
            badge = _badge_layout(path, data, _text_fields())
            return Template(name, badge.title, badge, None, path)
        if kind == "sheet":
            badge_template = load_template(data["badge"], directory)
            grid = data["grid"]
            sheet = SheetLayout(
                columns=grid["columns"],
                rows=grid["rows"],
                page_width_mm=data["page_mm"][0],
                page_height_mm=data["page_mm"][1],
                origin_x_mm=grid["origin_mm"][0],
                origin_y_mm=grid["origin_mm"][1],
                gap_x_mm=grid.get("gap_mm", [0, 0])[0],
                gap_y_mm=grid.get("gap_mm", [0, 0])[1],
                cut_mark_mm=data.get("cut_marks", {}).get("length_mm", 4.0),
                cut_mark_offset_mm=data.get("cut_marks", {}).get("offset_mm", 1.0),
            )
            b = badge_template.badge
            right = sheet.origin_x_mm + sheet.columns * b.width_mm + (sheet.columns - 1) * sheet.gap_x_mm
            bottom = sheet.origin_y_mm + sheet.rows * b.height_mm + (sheet.rows - 1) * sheet.gap_y_mm
            if right > sheet.page_width_mm + 1e-6 or bottom > sheet.page_height_mm + 1e-6:
                raise TemplateError(
                    translate("Badges", "{name}: the grid of badges does not fit on the page").format(
                        name=path.name
                    )
                )
            return Template(name, data.get("title", name), b, sheet, path)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, TemplateError):
            raise
        raise TemplateError(
            translate("Badges", "{name}: malformed template ({exc!r})").format(name=path.name, exc=exc)
        ) from exc
    raise TemplateError(
        translate("Badges", "{name}: kind must be 'badge' or 'sheet', not {kind!r}").format(
            name=path.name, kind=kind
        )
    )
