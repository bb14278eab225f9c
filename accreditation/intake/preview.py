"""The preview: every row of a list understood and checked, before anything is written.

For each row it says what would happen -- a new person, an update of someone already registered, or
a rejection -- and lists the row's problems with the row number the region's own list shows. The
desk fixes or skips rows and writes; the writer builds this preview again inside its transaction, so
what is written is checked against the database as it is at that moment.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import count, translate
from accreditation.intake.headers import ColumnMapping, mapping_for
from accreditation.intake.outcome import ImportOptions, ImportPreview, RowProblem, RowResult
from accreditation.intake.photos import attach_photos
from accreditation.intake.reading import Table
from accreditation.intake.row_reader import PeopleIndex, RowReader
from accreditation.intake.values import (
    Choice,
    Lookup,
    category_lookup,
    region_lookup,
)
from accreditation.names.normalize import match_key
from accreditation.people.fields import name_keys
from accreditation.store.models import Category, Country, Organization, Region

#: Columns that can carry a person's name; a file with none of them is not a list of people.
NAME_FIELDS = ("given_name", "family_name", "name_fa", "name_native", "given_name_fa", "family_name_fa")


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

    reader = RowReader(
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
