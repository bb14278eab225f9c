"""The preview: every row of a list understood and checked, before anything is written.

For each row it says what would happen -- a new person, an update of someone already registered, or
a rejection -- and lists the row's problems with the row number the region's own list shows. The
desk fixes or skips rows and writes; the writer builds this preview again inside its transaction, so
what is written is checked against the database as it is at that moment.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import count, translate
from accreditation.i18n.digits import to_ascii_digits
from accreditation.intake.headers import ColumnMapping, mapping_for
from accreditation.intake.reading import Cell, Table
from accreditation.intake.values import (
    Choice,
    Lookup,
    ValueProblem,
    category_lookup,
    clean_text,
    parse_date,
    parse_gender,
    region_lookup,
    script_of,
)
from accreditation.names.normalize import match_key
from accreditation.names.transliterate import cyrillic_to_icao
from accreditation.people.delegates import (
    FieldProblem,
    name_keys,
    normalize_document_no,
    validate_delegate_fields,
)
from accreditation.people.photos import PhotoError, PhotoResult, load_photo
from accreditation.store.models import Category, Country, Delegate, Delegation, Organization, Region

#: Columns that can carry a person's name; a file with none of them is not a list of people.
NAME_FIELDS = ("given_name", "family_name", "name_fa", "name_native", "given_name_fa", "family_name_fa")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff")
#: The service's field names as the file's canonical column names, for problem reports.
_COLUMN_OF_FIELD = {"document_no": "passport_no", "title_en": "title", "category_id": "category"}


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong (or worth a look) at one row: the shape the CLI's ``--json`` prints."""

    row: int
    column: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class ImportOptions:
    """Choices the desk makes for a whole file."""

    #: The region for rows that name none (``--region``); a region column in the file wins.
    region_code: str | None = None
    #: The category for rows that name none: a region's list is its official delegation.
    default_category: str = "delegate"
    #: When the file has no region column and no region was chosen, try the file name (astrakhan.csv).
    region_from_file_name: bool = True
    #: Load photos named in a ``photo`` column or found in a folder beside the file.
    photos: bool = True


@dataclass
class RowResult:
    """One data row understood: the person's fields and what would happen to them."""

    row: int
    #: Delegate fields as :mod:`accreditation.people.delegates` takes them (plus ``region_id``).
    values: dict[str, Any]
    #: Fields given a value by a default (the file's category or the region's nationality), not the file.
    defaulted: frozenset[str] = frozenset()
    region: Choice | None = None
    category: Choice | None = None
    organization: str = ""
    problems: list[RowProblem] = field(default_factory=list)
    notices: list[RowProblem] = field(default_factory=list)
    #: The person already in the database this row updates.
    match_id: int | None = None
    photo: PhotoResult | None = None
    photo_source: str = ""

    @property
    def from_file(self) -> set[str]:
        """Fields the file itself gave (not defaults): an update changes only these. Worked out when
        asked, since only rows that update someone need it."""
        return {k for k, v in self.values.items() if v is not None and v != ""} - self.defaulted

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def action(self) -> str:
        """ "create", "update" or "reject": the preview's verdict column."""
        if self.problems:
            return "reject"
        return "update" if self.match_id is not None else "create"

    @property
    def display_name(self) -> str:
        latin = " ".join(p for p in (self.values.get("given_name"), self.values.get("family_name")) if p)
        return (
            latin
            or self.values.get("name_native")
            or self.values.get("name_fa")
            or translate("Import", "row {row}").format(row=self.row)
        )


@dataclass
class ImportPreview:
    """The whole file understood; nothing has been written."""

    table: Table
    mapping: ColumnMapping
    rows: list[RowResult]
    notices: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def row_notices(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.notices]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


# --- the people already registered -------------------------------------------------------------------


@dataclass
class PeopleIndex:
    """Everyone already in the event, by passport number and by name keys within a region.

    Built with one query so checking 10,000 rows costs dictionary lookups, not 10,000 queries.
    """

    by_document: dict[str, int] = field(default_factory=dict)
    by_name: dict[tuple[int | None, str], int] = field(default_factory=dict)
    documents: dict[int, str] = field(default_factory=dict)
    cancelled: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session, event_id: int) -> PeopleIndex:
        index = cls()
        stmt = (
            select(
                Delegate.id,
                Delegate.document_no,
                Delegate.given_name,
                Delegate.family_name,
                Delegate.name_fa,
                Delegate.name_native,
                Delegate.status,
                Delegation.region_id,
            )
            .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
            .where(Delegate.event_id == event_id)
            .order_by(Delegate.id)
        )
        for pid, document, given, family, name_fa, native, status, region_id in session.execute(stmt):
            if document:
                index.by_document.setdefault(document, pid)
                index.documents[pid] = document
            for key in name_keys(given, family, name_fa, native):
                index.by_name.setdefault((region_id, key), pid)
            if status == "cancelled":
                index.cancelled.add(pid)
        return index

    def match(self, document: str, keys: Iterable[str], region_id: int | None) -> tuple[int | None, str]:
        """The person this is, and why: same passport number, else same name in the same region.

        A name match with a different passport number on both sides is two people who share a name.
        """
        if document and document in self.by_document:
            return self.by_document[document], "the same passport number"
        for key in keys:
            pid = self.by_name.get((region_id, key))
            if pid is not None and not (document and self.documents.get(pid)):
                return pid, "the same name in the same region"
        return None, ""


# --- reading one row --------------------------------------------------------------------------------------


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


class _RowReader:
    """Turns the cells of one row into a :class:`RowResult`; holds the lookups shared by all rows."""

    def __init__(
        self,
        mapping: ColumnMapping,
        regions: Lookup,
        categories: Lookup,
        countries: dict[str, str],
        default_region: Choice | None,
        default_category: Choice | None,
        default_category_code: str,
    ) -> None:
        self.columns = {f: i for i, f in enumerate(mapping.fields) if f is not None}
        self.mapping = mapping
        self.regions = regions
        self.categories = categories
        self.countries = countries
        self.default_region = default_region
        self.default_category = default_category
        self.default_category_code = default_category_code

    def cell(self, cells: list[Cell], name: str) -> Cell:
        index = self.columns.get(name)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    def read(self, number: int, cells: list[Cell]) -> RowResult:
        # Each cell cleaned once, up front (empty ones, a third of a typical list, without a call: a Cell
        # is text, a date or None, so only an empty one is falsy); then a field's text is one dictionary
        # lookup (unmapped columns land under the key None, never asked for).
        by_field = dict(zip(self.mapping.fields, [clean_text(c) if c else "" for c in cells], strict=False))
        get = by_field.get

        result = RowResult(row=number, values={})
        values = result.values
        problems = result.problems

        def problem(column: str, message: str) -> None:
            problems.append(RowProblem(number, column, message))

        def notice(column: str, message: str) -> None:
            result.notices.append(RowProblem(number, column, message))

        # Names: each part goes to the script it is written in, whatever the column claimed.
        given, family = get("given_name", ""), get("family_name", "")
        given_fa, family_fa = get("given_name_fa", ""), get("family_name_fa", "")
        given_native, family_native = get("given_name_native", ""), get("family_name_native", "")
        patronymic = get("patronymic", "")
        given_script, family_script = script_of(given), script_of(family)  # once each, not per branch
        if given_script == "cyrillic":
            given_native, given = given_native or given, ""
        elif given_script == "arabic":
            given_fa, given = given_fa or given, ""
        if family_script == "cyrillic":
            family_native, family = family_native or family, ""
        elif family_script == "arabic":
            family_fa, family = family_fa or family, ""
        name_fa = get("name_fa", "") or _join(given_fa, family_fa)
        name_native = get("name_native", "")
        if not name_native and (given_native or family_native):
            name_native = _join(given_native, patronymic, family_native)
        elif not name_native and patronymic:
            # Azerbaijani "Rauf oğlu" is part of the full native name, never a family name.
            name_native = _join(given, patronymic, family)
        derived = []
        if not given and script_of(given_native) == "cyrillic":
            given = cyrillic_to_icao(given_native)
            derived.append(given)
        if not family and script_of(family_native) == "cyrillic":
            family = cyrillic_to_icao(family_native)
            derived.append(family)
        if derived:
            values["latin_to_verify"] = True
            notice(
                "given_name",
                translate(
                    "Import",
                    "The Latin name {latin} was derived from «{native}» by the ICAO passport table; "
                    "check it against the passport.",
                ).format(latin=_join(given, family), native=_join(given_native, family_native)),
            )
        values.update(given_name=given, family_name=family, name_fa=name_fa, name_native=name_native)

        title = get("title", "")
        title_fa = get("title_fa", "")
        if script_of(title) == "arabic" and not title_fa:
            title, title_fa = "", title
        values.update(title_en=title, title_fa=title_fa)

        for source, target in (
            ("email", "email"),
            ("dietary", "dietary"),
            ("notes", "notes"),
            ("passport_no", "document_no"),
        ):
            values[target] = get(source, "")
        values["phone"] = to_ascii_digits(get("phone", ""))

        for column in ("arrival", "departure", "birth_date"):
            try:
                parsed = parse_date(self.cell(cells, column))
            except ValueProblem as exc:
                problem(column, str(exc))
                continue
            if column != "birth_date":
                values[column] = parsed
        try:
            values["gender"] = parse_gender(self.cell(cells, "gender"))
        except ValueProblem as exc:
            problem("gender", str(exc))

        # Region and category: by code or any name; defaults for rows (or files) that give none.
        region_text = get("region", "")
        if region_text:
            try:
                result.region = self.regions.find(region_text)
            except ValueProblem as exc:
                problem("region", str(exc))
        else:
            result.region = self.default_region
        category_text = get("category", "")
        if category_text:
            try:
                result.category = self.categories.find(category_text)
            except ValueProblem as exc:
                problem("category", str(exc))
        elif self.default_category is not None:
            result.category = self.default_category
        else:
            problem(
                "category",
                translate("Import", "No category given, and the default «{code}» does not exist.").format(
                    code=self.default_category_code
                ),
            )
        values["category_id"] = result.category.id if result.category else None

        nationality = get("nationality", "")
        if nationality:
            code = nationality.upper() if len(nationality) <= 3 and nationality.isascii() else None
            code = code or self.countries.get(match_key(nationality))
            if code:
                values["nationality"] = code
            else:
                problem(
                    "nationality",
                    translate(
                        "Import", "«{value}» is not a country code (RU, AZ, IR...) or country name."
                    ).format(value=nationality),
                )
        elif result.region is not None and result.region.country_code:
            values["nationality"] = result.region.country_code
        organization = get("organization", "") or ""
        if len(organization) > _ORGANIZATION_MAX:
            # SQLite would store it, PostgreSQL would fail the whole import with an error: refuse the row.
            problem(
                "organization",
                translate(
                    "Import", "The organization's name is {length} characters long; at most {limit} fit."
                ).format(length=count(len(organization)), limit=count(_ORGANIZATION_MAX)),
            )
            organization = ""
        result.organization = organization

        for service_problem in validate_delegate_fields(values):
            if service_problem.column == "category" and result.category is None:
                continue  # the row's own category problem above says why
            self._report(result, service_problem)

        # The stored forms. Every other value above already is one (clean cell text, parsed dates and
        # gender, ASCII phone digits, an upper-case country code), so instead of a second pass through
        # clean_fields only the passport number, checked as typed, is made compact (a test holds the two
        # ways to the same result).
        values["document_no"] = normalize_document_no(values["document_no"])
        if not category_text:
            result.defaulted |= {"category_id"}
        if not nationality:
            result.defaulted |= {"nationality"}
        return result

    def _report(self, result: RowResult, service_problem: FieldProblem) -> None:
        column = _COLUMN_OF_FIELD.get(service_problem.column, service_problem.column)
        result.problems.append(RowProblem(result.row, column, service_problem.message))


# --- photos -------------------------------------------------------------------------------------------------


def photo_folders(source: Path) -> list[Path]:
    """Folders beside an import where its photos may be: photos/, <name>/, <name>_photos/ ..."""
    stem = source.stem
    names = ("photos", "Photos", "фото", "عکس", stem, f"{stem}_photos", f"{stem} photos", f"{stem}-photos")
    seen: list[Path] = []
    for name in names:
        folder = source.parent / name
        if folder.is_dir() and folder not in seen:
            seen.append(folder)
    return seen


def _photo_index(folders: list[Path]) -> tuple[dict[str, Path], dict[int, Path]]:
    by_document: dict[str, Path] = {}
    by_row: dict[int, Path] = {}
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in PHOTO_SUFFIXES or not path.is_file():
                continue
            stem = to_ascii_digits(path.stem.strip())
            if stem.isdigit() and len(stem) <= 5:
                by_row.setdefault(int(stem), path)
            by_document.setdefault(normalize_document_no(stem), path)
    return by_document, by_row


def attach_photos(preview: ImportPreview) -> None:
    """Load each row's photo: the ``photo`` column (relative to the file) first, else the folder beside it.

    A photo that cannot be used is a notice, not a rejection: the person is registered and the photo
    can be added at the desk.
    """
    source = preview.table.source
    if source is None:
        return
    has_column = preview.mapping.column_of("photo") is not None
    folders = photo_folders(source)
    if not has_column and not folders:
        return
    by_document, by_row = _photo_index(folders)
    column = preview.mapping.column_of("photo")
    for result, cells in zip(preview.rows, _cells_by_row(preview), strict=True):
        path: Path | None = None
        if column is not None and column < len(cells) and cells[column]:
            named = Path(clean_text(cells[column]))
            path = named if named.is_absolute() else source.parent / named
        elif not folders:
            continue  # an empty photo cell and no photo folder beside the file
        else:
            document = normalize_document_no(result.values.get("document_no"))
            path = by_document.get(document) if document else None
            path = path or by_row.get(result.row)
        if path is None:
            continue
        result.photo_source = str(path)
        try:
            result.photo = load_photo(path)
        except PhotoError as exc:
            result.notices.append(
                RowProblem(
                    result.row,
                    "photo",
                    translate("Import", "{problem} The person is imported without it.").format(
                        problem=exc.message
                    ),
                )
            )
            continue
        for note in result.photo.notes:
            result.notices.append(RowProblem(result.row, "photo", note))


def _cells_by_row(preview: ImportPreview) -> list[list[Cell]]:
    return preview.table.rows


# --- the preview ------------------------------------------------------------------------------------------


def _region_from_file_name(source: Path | None, regions: Lookup) -> Choice | None:
    if source is None:
        return None
    stem = source.stem.replace("_", " ").replace("-", " ")
    for candidate in (source.stem, stem, stem.split()[0] if stem.split() else ""):
        if candidate and candidate.lower() in regions.by_code:
            return regions.by_code[candidate.lower()]
    return None


def build_preview(
    session: Session,
    table: Table,
    mapping: ColumnMapping | None = None,
    options: ImportOptions | None = None,
) -> ImportPreview:
    """Check every row of ``table`` against the rules and the database; writes nothing.

    Raises :class:`UserError` only for what makes the whole file unusable (no name column, an unknown
    ``--region``); everything about a single row is a :class:`RowProblem` at that row.
    """
    options = options or ImportOptions()
    mapping = mapping or mapping_for(table.headers)
    if len(mapping.fields) != len(table.headers):
        raise UserError(
            translate("Import", "The column mapping does not fit this file's columns; map the columns again.")
        )
    if not any(f in mapping.fields for f in NAME_FIELDS):
        raise UserError(
            translate(
                "Import",
                "No column of this file holds names. Map the columns (given_name, family_name ...) and try "
                "again.",
            )
        )
    event = current_event(session)
    regions = session.scalars(
        select(Region).where(Region.event_id == event.id).options(selectinload(Region.country))
    ).all()
    region_index = region_lookup(regions)
    category_index = category_lookup(session.scalars(select(Category).where(Category.event_id == event.id)))
    countries: dict[str, str] = {}
    for country in session.scalars(select(Country)):
        for name in (
            country.name_en,
            country.name_fa,
            country.name_ru,
            *(country.name_native or "").split("/"),
        ):
            if name.strip():
                countries.setdefault(match_key(name.strip()), country.code)

    notices: list[str] = [*mapping.notes]
    if table.describe():
        notices.insert(
            0,
            translate("Import", "Read {count} rows ({how}).").format(
                count=count(len(table.rows)), how=table.describe()
            ),
        )
    default_region: Choice | None = None
    if options.region_code:
        default_region = region_index.by_code.get(options.region_code)
        if default_region is None:
            raise UserError(
                translate("Import", "There is no region «{code}»; use one of: {codes}.").format(
                    code=options.region_code, codes=", ".join(region_index.codes)
                )
            )
    elif mapping.column_of("region") is None and options.region_from_file_name:
        default_region = _region_from_file_name(table.source, region_index)
        if default_region is not None:
            notices.append(
                translate(
                    "Import",
                    "The file has no region column; its name says «{code}», so its people join that region's "
                    "delegation. Choose another region if that is wrong.",
                ).format(code=default_region.code)
            )
    default_category = category_index.by_code.get(options.default_category)
    if mapping.column_of("category") is None and default_category is not None:
        notices.append(
            translate(
                "Import", "The file has no category column; its people are registered as «{code}»."
            ).format(code=default_category.code)
        )
    unstored = [
        f"«{mapping.header_of(f)}»" for f in ("birth_date", "national_id") if mapping.column_of(f) is not None
    ]
    if unstored:
        if len(unstored) == 1:
            not_stored = translate(
                "Import",
                "{column} is not stored: the accreditation keeps no birth dates or national ID numbers "
                "(an impossible birth date is still reported).",
            ).format(column=unstored[0])
        else:
            not_stored = translate(
                "Import",
                "{column} and {other} are not stored: the accreditation keeps no birth dates or national ID "
                "numbers (an impossible birth date is still reported).",
            ).format(column=unstored[0], other=unstored[1])
        notices.append(not_stored)
    unmapped = [mapping.headers[i] for i in mapping.unmapped()]
    if unmapped:
        notices.append(
            translate("Import", "Columns not imported (map them if they matter): {columns}.").format(
                columns=", ".join(f"«{h}»" for h in unmapped)
            )
        )

    reader = _RowReader(
        mapping,
        region_index,
        category_index,
        countries,
        default_region,
        default_category,
        options.default_category,
    )
    people = PeopleIndex.load(session, event.id)
    rows: list[RowResult] = []
    seen_documents: dict[str, int] = {}
    #: (region, name key) -> (first row, its passport number): a name repeats only if one side has none.
    seen_names: dict[tuple[int | None, str], tuple[int, str]] = {}
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        result = reader.read(number, cells)
        rows.append(result)
        values = result.values
        document = values.get("document_no") or ""  # already in its compact stored form
        region_id = result.region.id if result.region else None
        keys = name_keys(
            values["given_name"], values["family_name"], values["name_fa"], values["name_native"]
        )
        # Inside the file: the same passport, or the same name in the same region, seen in an earlier row.
        earlier = seen_documents.get(document) if document else None
        reason = "the same passport number"
        if earlier is None:
            for key in keys:
                candidate = seen_names.get((region_id, key))
                if candidate is not None and not (document and candidate[1]):
                    earlier, reason = candidate[0], "the same name in the same region"
                    break
        if earlier is not None:
            if reason == "the same passport number":
                column = "passport_no"
                repeat = translate(
                    "Import", "Repeats row {row} (the same passport number); only the first is imported."
                )
            else:
                column = "given_name"
                repeat = translate(
                    "Import",
                    "Repeats row {row} (the same name in the same region); only the first is imported.",
                )
            result.problems.append(RowProblem(number, column, repeat.format(row=earlier)))
        else:
            if document:
                seen_documents[document] = number
            for key in keys:
                seen_names.setdefault((region_id, key), (number, document))
        # In the database: an update of that person, never a second one.
        match_id, why = people.match(document, keys, region_id)
        if match_id is not None:
            result.match_id = match_id
            by_passport = why.startswith("the same passport")
            cancelled = match_id in people.cancelled
            if by_passport and cancelled:
                already = translate(
                    "Import",
                    "Already registered as person #{id} (cancelled) with the same passport number: "
                    "this row updates that person.",
                )
            elif by_passport:
                already = translate(
                    "Import",
                    "Already registered as person #{id} with the same passport number: this row updates that "
                    "person.",
                )
            elif cancelled:
                already = translate(
                    "Import",
                    "Already registered as person #{id} (cancelled) with the same name in the same region: "
                    "this row updates that person.",
                )
            else:
                already = translate(
                    "Import",
                    "Already registered as person #{id} with the same name in the same region: "
                    "this row updates that person.",
                )
            result.notices.append(
                RowProblem(
                    number, "passport_no" if by_passport else "given_name", already.format(id=match_id)
                )
            )
        if result.region is not None:
            values["region_id"] = result.region.id
    preview = ImportPreview(table, mapping, rows, notices)
    if options.photos:
        attach_photos(preview)
    return preview


_ORGANIZATION_MAX: int = Organization.__table__.c.name_en.type.length


def organization_code(name: str, taken: set[str]) -> str:
    """A stable, unique code for an organization first met in an import."""
    ascii_part = "-".join(w for w in match_key(name).split() if w.isascii())[:40].strip("-")
    base = ascii_part or "org-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    taken.add(code)
    return code


def known_organizations(session: Session, event_id: int) -> dict[str, Organization]:
    """The event's organizations by the matching key of each of their names."""
    found: dict[str, Organization] = {}
    for org in session.scalars(select(Organization).where(Organization.event_id == event_id)):
        for name in (org.name_en, org.name_fa, org.name_native):
            if name:
                found.setdefault(match_key(name), org)
    return found
