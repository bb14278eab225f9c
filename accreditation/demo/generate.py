"""Believable synthetic delegations written to the database: regions' members, guests, photos.

Everything is drawn from a seeded generator so a run is repeatable; the names come from
:mod:`accreditation.demo.names`.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from PIL import Image, ImageDraw
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accreditation.access.policy import Action, require
from accreditation.demo import DEFAULT_DELEGATES, MAX_DELEGATES
from accreditation.demo.names import PRESS_OUTLETS, SEED_HEADS, TITLES, Person, iranian, person_for
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import translate
from accreditation.store.models import (
    Category,
    Delegate,
    DelegatePhoto,
    DelegateStatus,
    Delegation,
    Event,
    Gender,
    Organization,
    OrganizationKind,
    Region,
)

#: Above this many people, only this many get a generated photo (keeps big benchmark files sane).
PHOTO_LIMIT = 5_000

_PHOTO_COLOURS = [(196, 214, 230), (222, 210, 190), (205, 225, 205), (230, 205, 210), (215, 215, 228)]


def synthetic_photo(rng: random.Random) -> tuple[bytes, int, int]:
    """A head-and-shoulders silhouette, 3:4, so badges and the detail pane have something to show."""
    width, height = 300, 400
    image = Image.new("RGB", (width, height), rng.choice(_PHOTO_COLOURS))
    draw = ImageDraw.Draw(image)
    tone = rng.choice([(110, 85, 70), (150, 115, 95), (185, 150, 125), (90, 70, 60)])
    suit = rng.choice([(30, 35, 50), (60, 60, 65), (25, 45, 80), (80, 30, 40)])
    draw.ellipse((40, 250, 260, 470), fill=suit)
    draw.ellipse((95, 90, 205, 230), fill=tone)
    draw.rectangle((130, 215, 170, 265), fill=tone)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue(), width, height


@dataclass
class Plan:
    """How many people of which kind: regions carry most, guests the rest."""

    per_region: int
    guests: int


def plan_for(total: int, regions: int) -> Plan:
    guests = max(total // 4, min(total, 20)) if total >= 40 else total // 3
    per_region = max(1, (total - guests) // regions)
    guests = total - per_region * regions
    return Plan(per_region=per_region, guests=max(0, guests))


def _ensure_org_delegation(
    session: Session, event: Event, org: Organization, cache: dict[int, Delegation]
) -> Delegation:
    if org.id in cache:
        return cache[org.id]
    delegation = session.scalars(select(Delegation).where(Delegation.organization_id == org.id)).first()
    if delegation is None:
        delegation = Delegation(
            event_id=event.id, organization_id=org.id, name_en=org.name_en, name_fa=org.name_fa
        )
        session.add(delegation)
        session.flush()
    cache[org.id] = delegation
    return delegation


class DemoBuilder:
    def __init__(self, session: Session, event: Event, rng: random.Random, photos_for: int) -> None:
        self.session = session
        self.event = event
        self.rng = rng
        self.photos_left = photos_for
        self.categories = {
            c.code: c for c in session.scalars(select(Category).where(Category.event_id == event.id))
        }
        self.orgs = {
            o.code: o for o in session.scalars(select(Organization).where(Organization.event_id == event.id))
        }
        self.org_delegations: dict[int, Delegation] = {}
        self.serial = 0
        self.pending: list[Delegate] = []

    def add(
        self,
        person: Person,
        category: str,
        title: tuple[str, ...],
        delegation: Delegation,
        organization: Organization | None = None,
    ) -> Delegate:
        self.serial += 1
        day = self.event.start_date
        arrival = datetime(day.year, day.month, day.day, 8, 0) - timedelta(days=self.rng.choice([0, 1, 1, 1]))
        delegate = Delegate(
            event_id=self.event.id,
            delegation_id=delegation.id,
            organization_id=organization.id if organization else None,
            category_id=self.categories[category].id,
            given_name=person.given,
            family_name=person.family,
            name_fa=person.name_fa,
            name_native=person.name_native,
            title_en=title[0],
            title_fa=title[1],
            title_ru=title[2] if len(title) > 2 else "",
            gender=person.gender,
            nationality=person.nationality,
            document_no=self._document_no(person.nationality),
            phone=self._phone(person.nationality),
            email=f"{person.given.lower()[:1]}.{self.serial}@example.org".encode("ascii", "ignore").decode(),
            arrival=arrival,
            departure=datetime(
                self.event.end_date.year, self.event.end_date.month, self.event.end_date.day, 18, 0
            ),
            dietary=self.rng.choice(["", "", "", "halal", "vegetarian", "no fish"]),
            # Protocol has approved all but one in twenty, so the approval queue has work to show;
            # decided by the serial number, not the generator, so the people stay the same.
            status=DelegateStatus.REGISTERED if self.serial % 20 == 7 else DelegateStatus.APPROVED,
        )
        if self.photos_left > 0:
            jpeg, width, height = synthetic_photo(self.rng)
            delegate.photo = DelegatePhoto(jpeg=jpeg, width=width, height=height)
            self.photos_left -= 1
        self.pending.append(delegate)
        self.session.add(delegate)
        return delegate

    def _document_no(self, nationality: str) -> str:
        prefix = {"IR": "X", "RU": "7", "AZ": "C", "KZ": "N", "TM": "A"}.get(nationality, "P")
        return f"{prefix}{self.serial:08d}"

    def _phone(self, nationality: str) -> str:
        code = {"IR": "+98 911", "RU": "+7 927", "AZ": "+994 50", "KZ": "+7 701", "TM": "+993 65"}.get(
            nationality, "+1"
        )
        return f"{code} {self.rng.randint(100, 999)} {self.rng.randint(1000, 9999)}"

    def flush(self) -> None:
        self.session.flush()
        self.pending.clear()

    def org_delegation(self, code: str) -> tuple[Delegation, Organization]:
        org = self.orgs[code]
        return _ensure_org_delegation(self.session, self.event, org, self.org_delegations), org

    def press_org(self, code: str, country: str, name_en: str, name_fa: str, native: str) -> Organization:
        if code not in self.orgs:
            from accreditation.store.models import Country

            country_row = self.session.scalars(select(Country).where(Country.code == country)).one()
            org = Organization(
                event_id=self.event.id,
                code=code,
                kind=OrganizationKind.PRESS,
                name_en=name_en,
                name_fa=name_fa,
                name_native=native,
                country_id=country_row.id,
            )
            self.session.add(org)
            self.session.flush()
            self.orgs[code] = org
        return self.orgs[code]


def _region_members(builder: DemoBuilder, region: Region, delegation: Delegation, count: int) -> None:
    rng = builder.rng
    country = region.country.code
    seed_head = SEED_HEADS.get(region.code)
    if seed_head:
        given, family, fa, native = seed_head
        person = Person(given, family, fa, native, Gender.MALE, country)
    else:
        person = person_for(rng, region.code, country)
    head = builder.add(person, "head", TITLES["head"], delegation)
    builder.flush()
    delegation.head_delegate_id = head.id
    roles = ["deputy", "adviser", "freezone", "economy", "international", "port", "protocol"]
    for index in range(1, count):
        if country != "IR" and index % 12 == 3:
            member = person_for(rng, "", "IR")  # foreign delegations travel with Iranian interpreters
            builder.add(member, "interpreter", TITLES["interpreter"], delegation)
        elif index % 12 == 7:
            builder.add(person_for(rng, region.code, country), "support", TITLES["driver"], delegation)
        else:
            role = roles[(index - 1) % len(roles)]
            builder.add(person_for(rng, region.code, country), "delegate", TITLES[role], delegation)
        if len(builder.pending) >= 2000:
            builder.flush()


def _guests(builder: DemoBuilder, count: int) -> None:
    """Ambassadors, ministers, officials, ECO, chambers, press, organizers and security, in that order."""
    rng = builder.rng
    fixed: list[tuple[str, str, str, tuple[str, str]]] = [
        ("emb-ru-tehran", "RU", "ambassador", ("Ambassador of the Russian Federation", "سفیر روسیه")),
        (
            "emb-az-tehran",
            "AZ",
            "ambassador",
            ("Ambassador of the Republic of Azerbaijan", "سفیر جمهوری آذربایجان"),
        ),
        ("emb-kz-tehran", "KZ", "ambassador", ("Ambassador of the Republic of Kazakhstan", "سفیر قزاقستان")),
        ("emb-tm-tehran", "TM", "ambassador", ("Ambassador of Turkmenistan", "سفیر ترکمنستان")),
        (
            "emb-ir-moscow",
            "IR",
            "ambassador",
            ("Ambassador of Iran to the Russian Federation", "سفیر ایران در روسیه"),
        ),
        ("emb-ir-baku", "IR", "ambassador", ("Ambassador of Iran to Azerbaijan", "سفیر ایران در آذربایجان")),
        ("emb-ir-astana", "IR", "ambassador", ("Ambassador of Iran to Kazakhstan", "سفیر ایران در قزاقستان")),
        (
            "emb-ir-ashgabat",
            "IR",
            "ambassador",
            ("Ambassador of Iran to Turkmenistan", "سفیر ایران در ترکمنستان"),
        ),
        ("moi-ir", "IR", "minister", ("Minister of Interior", "وزیر کشور")),
        ("mfa-ir", "IR", "minister", ("Minister of Foreign Affairs", "وزیر امور خارجه")),
        ("mimt-ir", "IR", "minister", ("Minister of Industry, Mine and Trade", "وزیر صنعت، معدن و تجارت")),
        ("mrud-ir", "IR", "minister", ("Minister of Roads and Urban Development", "وزیر راه و شهرسازی")),
        (
            "mefa-ir",
            "IR",
            "minister",
            ("Minister of Economic Affairs and Finance", "وزیر امور اقتصادی و دارایی"),
        ),
        ("doe-ir", "IR", "vip", ("Head of the Department of Environment", "رئیس سازمان حفاظت محیط زیست")),
        ("fisheries-ir", "IR", "vip", ("Head of the Iran Fisheries Organization", "رئیس سازمان شیلات ایران")),
        ("eco", "TM", "international", ("Secretary General of ECO", "دبیرکل سازمان همکاری اقتصادی اکو")),
        ("eco", "KZ", "international", ("Director, ECO Secretariat", "مدیر دبیرخانه اکو")),
        ("iccima", "IR", "chamber", ("President of the Chamber", "رئیس اتاق بازرگانی")),
        ("chamber-gilan", "IR", "chamber", ("President of the Rasht Chamber", "رئیس اتاق بازرگانی رشت")),
        ("chamber-ir-ru", "IR", "chamber", ("Secretary General", "دبیرکل اتاق مشترک")),
        ("chamber-ru", "RU", "chamber", ("Vice-President", "نایب رئیس")),
        ("chamber-az", "AZ", "chamber", ("Vice-President", "نایب رئیس")),
        ("chamber-kz", "KZ", "chamber", ("Board member", "عضو هیئت رئیسه")),
        ("chamber-tm", "TM", "chamber", ("Head of Department", "رئیس اداره")),
    ]
    added = 0
    for org_code, country, category, title in fixed:
        if added >= count:
            return
        delegation, org = builder.org_delegation(org_code)
        builder.add(person_for(rng, "", country), category, title, delegation, org)
        added += 1
    cycle = 0
    while added < count:
        cycle += 1
        kind = cycle % 10
        if kind in (0, 1, 2, 3):
            code, country, name_en, name_fa, native = PRESS_OUTLETS[rng.randrange(len(PRESS_OUTLETS))]
            org = builder.press_org(code, country, name_en, name_fa, native)
            delegation = _ensure_org_delegation(builder.session, builder.event, org, builder.org_delegations)
            title = rng.choice(
                [("Correspondent", "خبرنگار"), ("Photographer", "عکاس"), ("Camera operator", "تصویربردار")]
            )
            builder.add(person_for(rng, "", country), "press", title, delegation, org)
        elif kind in (4, 5, 6):
            delegation, org = builder.org_delegation("gov-gilan")
            title = rng.choice(
                [
                    ("Protocol Officer", "کارشناس تشریفات"),
                    ("Registration Desk", "کارشناس پذیرش"),
                    ("Liaison Officer", "افسر رابط"),
                ]
            )
            builder.add(iranian(rng), "staff", title, delegation, org)
        elif kind == 7:
            delegation, org = builder.org_delegation("gov-gilan")
            builder.add(iranian(rng), "security", ("Security Officer", "مامور حفاظت"), delegation, org)
        elif kind == 8:
            delegation, org = builder.org_delegation("gov-gilan")
            builder.add(iranian(rng), "interpreter", TITLES["interpreter"], delegation, org)
        else:
            org_code, country = rng.choice(
                [
                    ("iccima", "IR"),
                    ("chamber-ru", "RU"),
                    ("chamber-az", "AZ"),
                    ("chamber-kz", "KZ"),
                    ("chamber-tm", "TM"),
                    ("chamber-gilan", "IR"),
                ]
            )
            delegation, org = builder.org_delegation(org_code)
            builder.add(person_for(rng, "", country), "chamber", ("Member", "عضو"), delegation, org)
        added += 1
        if len(builder.pending) >= 2000:
            builder.flush()


def generate_demo(
    session: Session,
    *,
    delegates: int = DEFAULT_DELEGATES,
    seed: int = 1404,
    photos: bool | None = None,
    append: bool = False,
) -> int:
    """Add about ``delegates`` synthetic people; returns how many were added."""
    require(session, Action.IMPORT)
    if not 1 <= delegates <= MAX_DELEGATES:
        raise UserError(
            translate("Database", "--delegates must be between 1 and {max_delegates:,}").format(
                max_delegates=MAX_DELEGATES
            )
        )
    event = current_event(session)
    existing = session.scalar(select(func.count(Delegate.id)).where(Delegate.event_id == event.id)) or 0
    if existing and not append:
        raise UserError(
            translate(
                "Database",
                "This database already has {existing} people; add --append to add demo people anyway",
            ).format(existing=existing)
        )
    rng = random.Random(seed)
    if photos is None:
        photos_for = delegates if delegates <= PHOTO_LIMIT else 2_000
    else:
        photos_for = delegates if photos else 0
    builder = DemoBuilder(session, event, rng, photos_for)
    regions = list(
        session.scalars(select(Region).where(Region.event_id == event.id).order_by(Region.display_order))
    )
    plan = plan_for(delegates, len(regions))
    for region in regions:
        delegation = session.scalars(
            select(Delegation).where(Delegation.region_id == region.id, Delegation.organization_id.is_(None))
        ).first()
        if delegation is None:
            raise UserError(
                translate("Database", "Region {code} has no delegation: run 'init' again").format(
                    code=region.code
                )
            )
        _region_members(builder, region, delegation, plan.per_region)
    _guests(builder, plan.guests)
    builder.flush()
    return builder.serial
