"""Browsing the people of an event: the country → region → delegation tree and the rows of a selection.

The window shows 100,000 people without loading them: it asks for the ordered ids of a selection
(one indexed query) and then for the rows it is about to draw, a page at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from accreditation.i18n.languages import in_language
from accreditation.names.collation import name_sort_key
from accreditation.names.display import latin_display, names_for_reader
from accreditation.store.models import (
    Badge,
    BadgeStatus,
    Category,
    Country,
    Delegate,
    DelegatePhoto,
    DelegateStatus,
    Delegation,
    Event,
    Organization,
    OrganizationKind,
    Region,
)


@dataclass
class TreeNode:
    """One entry of the left-hand tree. ``kind`` says what ``key`` selects."""

    kind: str  # "all", "country", "region", "delegation", "guests", "org_kind", "organization"
    key: int | str | None
    label_en: str
    label_fa: str
    label_native: str = ""
    count: int = 0
    #: The Russian name, where the data has one (countries, regions, delegations, organizations).
    label_ru: str = ""
    children: list[TreeNode] = field(default_factory=list)


@dataclass(frozen=True)
class PeopleFilter:
    """Which people a tree node selects."""

    kind: str = "all"
    key: int | str | None = None
    include_cancelled: bool = True


#: Columns the people table can sort by, mapped to SQL expressions. Names sort by their ``*_sort``
#: keys (each reader's alphabet: پ after ب, ё after е, ə after e), the text itself only breaks ties.
SORT_COLUMNS = {
    "family_name": (Delegate.family_sort, Delegate.given_sort, Delegate.family_name),
    "given_name": (Delegate.given_sort, Delegate.family_sort, Delegate.given_name),
    "name_fa": (Delegate.name_fa_sort, Delegate.name_fa),
    "name_native": (Delegate.native_sort, Delegate.name_native),
    "category": (Category.rank, Delegate.family_sort),
    "title": (Delegate.title_en,),
    "status": (Delegate.status, Delegate.family_sort),
    "delegation": (Delegation.name_en, Delegate.family_sort),
    "id": (Delegate.id,),
    #: The reader's-script name column: given name first, as it reads.
    "name": (Delegate.given_sort, Delegate.family_sort),
}
#: What changes when the list is read in Persian: the Persian text is shown, so it is what sorts.
PERSIAN_SORT_COLUMNS = {
    "category": (Category.rank, Delegate.name_fa_sort, Delegate.family_sort),
    "title": (Delegate.title_fa, Delegate.title_en),
    "status": (Delegate.status, Delegate.name_fa_sort, Delegate.family_sort),
    "delegation": (Delegation.name_fa_sort, Delegation.name_en, Delegate.name_fa_sort),
    "name": (Delegate.name_fa_sort, Delegate.given_sort, Delegate.family_sort),
}
#: In Russian the name column shows the Cyrillic name where there is one.
RUSSIAN_SORT_COLUMNS = {
    "name": (Delegate.native_sort, Delegate.given_sort, Delegate.family_sort),
    "title": (Delegate.title_ru, Delegate.title_en),
    "delegation": (Delegation.name_ru, Delegation.name_en, Delegate.family_sort),
}


@dataclass(frozen=True)
class PersonRow:
    """What one line of the people table shows."""

    id: int
    given_name: str
    family_name: str
    name_fa: str
    name_native: str
    title_en: str
    title_fa: str
    category_code: str
    category_en: str
    category_fa: str
    category_color: str
    status: DelegateStatus
    delegation_en: str
    delegation_fa: str
    region_code: str | None
    category_ru: str = ""
    title_ru: str = ""
    delegation_ru: str = ""
    nationality: str = ""
    #: The Latin names as stored (the passport's form, "GADZHIEV"); ``given_name`` and ``family_name``
    #: are their reading form ("Gadzhiev", see :func:`accreditation.names.display.latin_display`).
    passport_given: str = ""
    passport_family: str = ""

    @property
    def latin(self) -> str:
        """The Latin name as one line in its reading form, given name first."""
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def passport_latin(self) -> str:
        """The Latin name as the passport prints it (what the MRZ is checked against)."""
        return " ".join(p for p in (self.passport_given or self.given_name, self.passport_family or self.family_name) if p)

    def names(self, language: str) -> list[str]:
        """Every spelling of the name, the reader's script first (the card's heading, a search result)."""
        return names_for_reader(language, latin=self.latin, name_fa=self.name_fa, name_native=self.name_native)

    def name(self, language: str) -> str:
        """The spelling a reader of ``language`` reads first: the table's Name column."""
        names = self.names(language)
        return names[0] if names else ""

    def title(self, language: str) -> str:
        return in_language(language, en=self.title_en, fa=self.title_fa, ru=self.title_ru)

    def delegation(self, language: str) -> str:
        return in_language(language, en=self.delegation_en, fa=self.delegation_fa, ru=self.delegation_ru)


@dataclass(frozen=True)
class PersonDetail:
    row: PersonRow
    gender: str
    nationality: str
    document_no: str
    phone: str
    email: str
    arrival: datetime | None
    departure: datetime | None
    dietary: str
    language_needs: str
    notes: str
    latin_to_verify: bool
    organization_en: str
    organization_fa: str
    region_en: str
    region_fa: str
    country_en: str
    country_fa: str
    photo_jpeg: bytes | None
    version: int
    #: The badge in force (the latest version not revoked), if one was issued.
    badge_number: int | None = None
    badge_version: int | None = None
    badge_status: str | None = None
    region_ru: str = ""
    organization_ru: str = ""
    country_ru: str = ""

    def region(self, language: str) -> str:
        return in_language(language, en=self.region_en, fa=self.region_fa, ru=self.region_ru)

    def country(self, language: str) -> str:
        return in_language(language, en=self.country_en, fa=self.country_fa, ru=self.country_ru)

    def organization(self, language: str) -> str:
        return in_language(language, en=self.organization_en, fa=self.organization_fa, ru=self.organization_ru)


def directory_tree(session: Session, event: Event, language: str = "en") -> list[TreeNode]:
    """Countries with their regions and delegations, then the guests by kind of organization.

    Countries and regions keep the protocol order (host first); organizations are alphabetical in
    the reader's ``language`` (by their Persian names in Persian)."""
    counts = dict(
        session.execute(
            select(Delegate.delegation_id, func.count(Delegate.id))
            .where(Delegate.event_id == event.id, Delegate.status != DelegateStatus.CANCELLED)
            .group_by(Delegate.delegation_id)
        ).all()
    )
    total = sum(counts.values())
    delegations = session.scalars(
        select(Delegation).where(Delegation.event_id == event.id).order_by(Delegation.id)
    ).all()
    by_region: dict[int, list[Delegation]] = {}
    by_org: dict[int, list[Delegation]] = {}
    for delegation in delegations:
        if delegation.region_id is not None:
            by_region.setdefault(delegation.region_id, []).append(delegation)
        elif delegation.organization_id is not None:
            by_org.setdefault(delegation.organization_id, []).append(delegation)

    def delegation_node(d: Delegation) -> TreeNode:
        return TreeNode("delegation", d.id, d.name_en, d.name_fa, count=counts.get(d.id, 0), label_ru=d.name_ru)

    roots: list[TreeNode] = [TreeNode("all", None, "Everyone", "همه", count=total)]
    countries = session.scalars(select(Country).order_by(Country.display_order)).all()
    regions = session.scalars(
        select(Region).where(Region.event_id == event.id).order_by(Region.display_order)
    ).all()
    for country in countries:
        country_node = TreeNode(
            "country",
            country.id,
            country.name_en,
            country.name_fa,
            country.name_native,
            label_ru=country.name_ru,
        )
        for region in (r for r in regions if r.country_id == country.id):
            region_node = TreeNode(
                "region",
                region.id,
                region.name_en,
                region.name_fa,
                region.name_native,
                label_ru=region.name_ru,
            )
            region_node.children = [delegation_node(d) for d in by_region.get(region.id, [])]
            region_node.count = sum(c.count for c in region_node.children)
            country_node.children.append(region_node)
        country_node.count = sum(c.count for c in country_node.children)
        if country_node.children:
            roots.append(country_node)

    guests = TreeNode("guests", None, "Guests (not a region)", "مهمانان (غیر استانی)")
    organizations = session.scalars(
        select(Organization).where(Organization.event_id == event.id).order_by(Organization.name_en)
    ).all()
    for kind in OrganizationKind:
        kind_node = TreeNode("org_kind", kind.value, *_KIND_LABELS[kind])
        for org in (o for o in organizations if o.kind == kind and o.id in by_org):
            org_node = TreeNode("organization", org.id, org.name_en, org.name_fa, org.name_native, label_ru=org.name_ru)
            org_node.count = sum(counts.get(d.id, 0) for d in by_org[org.id])
            kind_node.children.append(org_node)
        kind_node.children.sort(key=lambda n: _label_key(n, language))
        kind_node.count = sum(c.count for c in kind_node.children)
        if kind_node.children:
            guests.children.append(kind_node)
    guests.count = sum(c.count for c in guests.children)
    roots.append(guests)
    return roots


def _label_key(node: TreeNode, language: str) -> tuple:
    if language == "fa" and node.label_fa:
        return name_sort_key(node.label_fa, "fa")
    if language == "ru" and node.label_ru:
        return name_sort_key(node.label_ru, "ru")
    return name_sort_key(node.label_en, "en")


_KIND_LABELS = {
    OrganizationKind.MINISTRY: ("Ministries", "وزارتخانه‌ها"),
    OrganizationKind.GOVERNMENT: ("Government bodies", "دستگاه‌های دولتی"),
    OrganizationKind.EMBASSY: ("Embassies", "سفارتخانه‌ها"),
    OrganizationKind.CHAMBER: ("Chambers of commerce", "اتاق‌های بازرگانی"),
    OrganizationKind.INTERNATIONAL: ("International organizations", "سازمان‌های بین‌المللی"),
    OrganizationKind.PRESS: ("Press", "رسانه‌ها"),
    OrganizationKind.OTHER: ("Other", "سایر"),
}


def _filtered(query: Select, flt: PeopleFilter) -> Select:
    if not flt.include_cancelled:
        query = query.where(Delegate.status != DelegateStatus.CANCELLED)
    if flt.kind == "all":
        return query
    if flt.kind == "delegation":
        return query.where(Delegate.delegation_id == flt.key)
    if flt.kind == "region":
        return query.where(Delegation.region_id == flt.key)
    if flt.kind == "country":
        region = aliased(Region)
        return query.join(region, Delegation.region_id == region.id).where(region.country_id == flt.key)
    if flt.kind == "guests":
        return query.where(Delegation.region_id.is_(None))
    if flt.kind in ("organization", "org_kind"):
        org = aliased(Organization)
        query = query.join(org, Delegation.organization_id == org.id).where(Delegation.region_id.is_(None))
        if flt.kind == "organization":
            return query.where(org.id == flt.key)
        return query.where(org.kind == OrganizationKind(str(flt.key)))
    raise ValueError(f"unknown filter kind {flt.kind!r}")


def people_ids(
    session: Session,
    event: Event,
    flt: PeopleFilter,
    sort: str = "family_name",
    descending: bool = False,
    language: str = "en",
) -> list[int]:
    """Ids of the selected people in display order: the one query behind a table of any size.

    ``language`` is the reader's: in Persian the category, status and delegation columns show Persian
    text, so people within them follow the Persian alphabet."""
    query = (
        select(Delegate.id)
        .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
        .join(Category, Delegate.category_id == Category.id)
        .where(Delegate.event_id == event.id)
    )
    query = _filtered(query, flt)
    columns = SORT_COLUMNS.get(sort, SORT_COLUMNS["family_name"])
    if language == "fa":
        columns = PERSIAN_SORT_COLUMNS.get(sort, columns)
    elif language == "ru":
        columns = RUSSIAN_SORT_COLUMNS.get(sort, columns)
    order = [c.desc() if descending else c.asc() for c in columns]
    query = query.order_by(*order, Delegate.id)
    return list(session.scalars(query))


def _row_query() -> Select:
    region = aliased(Region)
    return (
        select(
            Delegate.id,
            Delegate.given_name,
            Delegate.family_name,
            Delegate.name_fa,
            Delegate.name_native,
            Delegate.title_en,
            Delegate.title_fa,
            Category.code,
            Category.name_en,
            Category.name_fa,
            Category.color,
            Delegate.status,
            Delegation.name_en,
            Delegation.name_fa,
            region.code,
            Category.name_ru,
            Delegate.title_ru,
            Delegation.name_ru,
            Delegate.nationality,
        )
        .join(Category, Delegate.category_id == Category.id)
        .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
        .outerjoin(region, Delegation.region_id == region.id)
    )


def people_rows(session: Session, ids: Sequence[int]) -> dict[int, PersonRow]:
    """The table rows for ``ids`` (a page of them), keyed by id."""
    if not ids:
        return {}
    rows = session.execute(_row_query().where(Delegate.id.in_(list(ids)))).all()
    return {row[0]: _person_row(row) for row in rows}


def _person_row(row: Sequence[object]) -> PersonRow:
    """A table row with the Latin names in their reading form; the passport form is kept beside them."""
    values = list(row)
    given, family, nationality = str(values[1] or ""), str(values[2] or ""), str(values[-1] or "")
    values[1] = latin_display(given, nationality)
    values[2] = latin_display(family, nationality)
    return PersonRow(*values, passport_given=given, passport_family=family)  # type: ignore[arg-type]


def person_detail(session: Session, delegate_id: int) -> PersonDetail | None:
    row = people_rows(session, [delegate_id]).get(delegate_id)
    if row is None:
        return None
    delegate = session.get(Delegate, delegate_id)
    assert delegate is not None
    org = delegate.organization or (delegate.delegation.organization if delegate.delegation else None)
    region = delegate.region
    country = region.country if region else (org.country if org else None)
    photo = session.scalar(select(DelegatePhoto.jpeg).where(DelegatePhoto.delegate_id == delegate_id))
    badge = session.execute(
        select(Badge.number, Badge.version, Badge.status)
        .where(Badge.delegate_id == delegate_id, Badge.status != BadgeStatus.REVOKED)
        .order_by(Badge.version.desc())
        .limit(1)
    ).first()
    return PersonDetail(
        row=row,
        gender=delegate.gender.value if delegate.gender else "",
        nationality=delegate.nationality,
        document_no=delegate.document_no,
        phone=delegate.phone,
        email=delegate.email,
        arrival=delegate.arrival,
        departure=delegate.departure,
        dietary=delegate.dietary,
        language_needs=delegate.language_needs,
        notes=delegate.notes,
        latin_to_verify=delegate.latin_to_verify,
        organization_en=org.name_en if org else "",
        organization_fa=org.name_fa if org else "",
        region_en=region.name_en if region else "",
        region_fa=region.name_fa if region else "",
        country_en=country.name_en if country else "",
        country_fa=country.name_fa if country else "",
        photo_jpeg=photo,
        version=delegate.version,
        badge_number=badge.number if badge else None,
        badge_version=badge.version if badge else None,
        badge_status=badge.status.value if badge else None,
        region_ru=region.name_ru if region else "",
        organization_ru=org.name_ru if org else "",
        country_ru=country.name_ru if country else "",
    )


def photos_for(session: Session, ids: Sequence[int]) -> dict[int, bytes]:
    """The photos of a few people (search results), keyed by delegate id."""
    if not ids:
        return {}
    rows = session.execute(
        select(DelegatePhoto.delegate_id, DelegatePhoto.jpeg).where(DelegatePhoto.delegate_id.in_(list(ids)))
    )
    return {delegate_id: jpeg for delegate_id, jpeg in rows}


def list_order(language: str) -> tuple:
    """How a list read in ``language`` is ordered: a Persian list by the Persian names (پ after ب), a
    Russian one by the names in their own script (Cyrillic in the Russian alphabet, Azerbaijani in
    its own), others by the passport names. The ``*_sort`` keys carry each alphabet's order."""
    if language == "fa":
        return (Delegate.name_fa_sort, Delegate.family_sort, Delegate.given_sort)
    if language == "ru":
        return (Delegate.native_sort, Delegate.family_sort, Delegate.given_sort)
    return (Delegate.family_sort, Delegate.given_sort)
