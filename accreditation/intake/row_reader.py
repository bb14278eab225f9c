"""One row of a list understood: its cells turned into a person's fields, checked, and matched.

:class:`PeopleIndex` holds everyone already registered (by passport number, and by name within a
region), loaded with one query so that checking 10,000 rows costs dictionary lookups, not queries;
:class:`RowReader` turns the cells of one row into a :class:`~accreditation.intake.outcome.RowResult`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.i18n import count, translate
from accreditation.i18n.digits import to_ascii_digits
from accreditation.intake.headers import ColumnMapping
from accreditation.intake.outcome import RowProblem, RowResult
from accreditation.intake.reading import Cell
from accreditation.intake.values import (
    Choice,
    Lookup,
    ValueProblem,
    clean_text,
    parse_date,
    parse_gender,
    script_of,
)
from accreditation.names.normalize import match_key
from accreditation.names.transliterate import cyrillic_to_icao
from accreditation.people.fields import (
    FieldProblem,
    name_keys,
    normalize_document_no,
    validate_delegate_fields,
)
from accreditation.store.models import Delegate, Delegation, Organization

#: The service's field names as the file's canonical column names, for problem reports.
_COLUMN_OF_FIELD = {"document_no": "passport_no", "title_en": "title", "category_id": "category"}
#: The longest organization name the database keeps (PostgreSQL refuses a longer one).
_ORGANIZATION_MAX: int = Organization.__table__.c.name_en.type.length


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


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


class RowReader:
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
        title_ru = get("title_ru", "")
        if script_of(title) == "arabic" and not title_fa:
            title, title_fa = "", title
        elif script_of(title) == "cyrillic" and not title_ru:
            title, title_ru = "", title
        if title_ru and script_of(title_ru) not in ("cyrillic", "mixed") and not title:
            title, title_ru = title_ru, ""  # an English title under a Russian header
        values.update(title_en=title, title_fa=title_fa, title_ru=title_ru)

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
