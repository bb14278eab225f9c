"""Believable synthetic delegations for demonstrations, training and benchmarks.

Names come in the scripts each country really uses: Persian with a Latin passport form for Iranians,
Cyrillic with the ICAO passport form for Russians and Kazakhs (patronymic kept in the native name),
Azerbaijani and Turkmen Latin. Everything is drawn from a seeded generator so a run is repeatable.
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
from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import translate
from accreditation.names.transliterate import cyrillic_to_icao
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

DEFAULT_DELEGATES = 300
MAX_DELEGATES = 100_000
#: Above this many people, only this many get a generated photo (keeps big benchmark files sane).
PHOTO_LIMIT = 5_000

# (Persian, Latin) pairs; Latin as Iranian passports usually print it.
IR_MALE = [
    ("محمد", "Mohammad"),
    ("علی", "Ali"),
    ("حسین", "Hossein"),
    ("رضا", "Reza"),
    ("مهدی", "Mehdi"),
    ("سعید", "Saeed"),
    ("امیر", "Amir"),
    ("حمید", "Hamid"),
    ("مجید", "Majid"),
    ("جواد", "Javad"),
    ("محسن", "Mohsen"),
    ("کامران", "Kamran"),
    ("بهروز", "Behrouz"),
    ("فرهاد", "Farhad"),
    ("یوسف", "Yousef"),
    ("غلامرضا", "Gholamreza"),
    ("قاسم", "Ghasem"),
    ("صادق", "Sadegh"),
]
IR_FEMALE = [
    ("مریم", "Maryam"),
    ("فاطمه", "Fatemeh"),
    ("زهرا", "Zahra"),
    ("نرگس", "Narges"),
    ("سارا", "Sara"),
    ("لیلا", "Leila"),
    ("شیرین", "Shirin"),
    ("پریسا", "Parisa"),
    ("الهام", "Elham"),
    ("ژاله", "Zhaleh"),
    ("طاهره", "Tahereh"),
    ("معصومه", "Masoumeh"),
]
IR_FAMILY = [
    ("حسینی", "Hosseini"),
    ("رضایی", "Rezaei"),
    ("محمدی", "Mohammadi"),
    ("کریمی", "Karimi"),
    ("احمدی", "Ahmadi"),
    ("موسوی", "Mousavi"),
    ("جعفری", "Jafari"),
    ("قاسمی", "Ghasemi"),
    ("صادقی", "Sadeghi"),
    ("رحیمی", "Rahimi"),
    ("نوری", "Nouri"),
    ("طالبی", "Talebi"),
    ("شریفی", "Sharifi"),
    ("ابراهیمی", "Ebrahimi"),
    ("یزدانی", "Yazdani"),
    ("گیلانی", "Gilani"),
    ("لاهیجی", "Lahiji"),
    ("پورحسن", "Pourhasan"),
    ("میرزایی", "Mirzaei"),
    ("عباسی", "Abbasi"),
    ("ظهیری", "Zahiri"),
    ("طاهرخانی", "Taherkhani"),
    ("صالح‌پور", "Salehpour"),
    ("خسروشاهی", "Khosroshahi"),
    ("بلوچ‌زهی", "Baloochzehi"),
    ("هرمزی", "Hormozi"),
    ("ترکمانی", "Torkamani"),
    ("نجفی", "Najafi"),
    ("ثابتی", "Sabeti"),
    ("عطایی", "Ataei"),
]

RU_MALE = [
    "Алексей",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Игорь",
    "Михаил",
    "Николай",
    "Павел",
    "Юрий",
    "Владимир",
    "Артём",
    "Евгений",
    "Константин",
    "Олег",
    "Фёдор",
]
RU_FEMALE = [
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Анна",
    "Мария",
    "Екатерина",
    "Юлия",
    "Светлана",
]
RU_FAMILY = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Морозов",
    "Волков",
    "Фёдоров",
    "Лебедев",
    "Козлов",
    "Новиков",
    "Орлов",
    "Щербаков",
    "Журавлёв",
    "Зайцев",
    "Воронцов",
    "Яковлев",
    "Черных",
]
DAGESTAN_MALE = ["Магомед", "Рамазан", "Гаджи", "Шамиль", "Абдулла", "Руслан", "Мурад"]
DAGESTAN_FAMILY = ["Магомедов", "Гаджиев", "Алиев", "Абдуллаев", "Омаров", "Рамазанов", "Курбанов"]
KALMYK_MALE = ["Бадма", "Санджи", "Церен", "Очир", "Батр", "Эрдни"]
KALMYK_FAMILY = ["Бадмаев", "Санджиев", "Очиров", "Цереров", "Эрдниев", "Манджиев"]

AZ_MALE = [
    "Elçin",
    "Rəşad",
    "Tural",
    "Vüqar",
    "Anar",
    "Orxan",
    "Nicat",
    "Elnur",
    "Şahin",
    "Ramil",
    "Fərid",
    "İlqar",
    "Cavid",
    "Ülvi",
]
AZ_FEMALE = ["Günay", "Aytən", "Səbinə", "Leyla", "Nigar", "Könül", "Gülnarə", "Şəbnəm", "Xədicə"]
AZ_FAMILY = [
    "Məmmədov",
    "Əliyev",
    "Həsənov",
    "Quliyev",
    "Hüseynov",
    "Rzayev",
    "Cəfərov",
    "İsmayılov",
    "Bağırov",
    "Şükürov",
    "Qasımov",
    "Ələkbərov",
    "Məmmədəliyev",
    "Nəsirov",
]

TM_MALE = ["Merdan", "Serdar", "Annamyrat", "Döwlet", "Ýusup", "Begenç", "Çary", "Gurbanguly", "Şatlyk"]
TM_FEMALE = ["Ogulgerek", "Jemile", "Aýna", "Maýsa", "Ýazgül", "Bägül", "Näzik"]
TM_FAMILY = [
    "Annaýew",
    "Orazow",
    "Berdiýew",
    "Çaryýew",
    "Gurbanow",
    "Myradow",
    "Täçmyradow",
    "Öwezow",
    "Baýramow",
    "Ýazmyradow",
]

KZ_MALE = ["Нұрлан", "Ерлан", "Асқар", "Бауыржан", "Серік", "Мұрат", "Дәурен", "Ғалым", "Қайрат"]
KZ_FEMALE = ["Айгүл", "Гүлнар", "Жанар", "Әсел", "Динара", "Ақмарал", "Сәуле"]
KZ_FAMILY = [
    "Нұрмағанбетов",
    "Жұмабаев",
    "Серікбаев",
    "Қасымов",
    "Әбдірахманов",
    "Тоқаев",
    "Өтегенов",
    "Ысқақов",
    "Құдайбергенов",
]

TITLES = {
    "head": ("Governor", "استاندار"),
    "deputy": ("Deputy Governor", "معاون استاندار"),
    "adviser": ("Adviser to the Governor", "مشاور استاندار"),
    "freezone": ("CEO of the Free Zone", "مدیرعامل منطقه آزاد"),
    "economy": ("Director General for Economic Affairs", "مدیرکل امور اقتصادی"),
    "international": ("Head of International Relations", "رئیس روابط بین‌الملل"),
    "port": ("Director of the Ports and Maritime Administration", "مدیرکل بنادر و دریانوردی"),
    "interpreter": ("Interpreter", "مترجم"),
    "driver": ("Driver", "راننده"),
    "protocol": ("Protocol Officer", "کارشناس تشریفات"),
}

SEED_HEADS = {
    "gilan": ("Hadi", "Haghshenas", "هادی حق‌شناس", ""),
    "mazandaran": ("Mehdi", "Younes Rostami", "مهدی یونس رستمی", ""),
    "astrakhan": ("Igor", "Babushkin", "ایگور بابوشکین", "Игорь Бабушкин"),
}

PRESS_OUTLETS = [
    ("press-irna", "IR", "Islamic Republic News Agency (IRNA)", "خبرگزاری جمهوری اسلامی (ایرنا)", ""),
    ("press-ilna", "IR", "Iranian Labour News Agency (ILNA)", "خبرگزاری کار ایران (ایلنا)", ""),
    ("press-irib-gilan", "IR", "IRIB Gilan", "صدا و سیمای مرکز گیلان", ""),
    ("press-tass", "RU", "TASS", "خبرگزاری تاس", "ТАСС"),
    ("press-ria", "RU", "RIA Novosti", "ریا نووستی", "РИА Новости"),
    ("press-trend", "AZ", "Trend News Agency", "خبرگزاری ترند", "Trend"),
    ("press-kazinform", "KZ", "Kazinform", "قزاق‌اینفورم", "Қазинформ"),
    ("press-tdh", "TM", "Turkmenistan State News Agency (TDH)", "خبرگزاری دولتی ترکمنستان", "TDH"),
]


@dataclass
class Person:
    given: str
    family: str
    name_fa: str
    name_native: str
    gender: Gender
    nationality: str


def _iranian(rng: random.Random) -> Person:
    female = rng.random() < 0.25
    given_fa, given = rng.choice(IR_FEMALE if female else IR_MALE)
    family_fa, family = rng.choice(IR_FAMILY)
    return Person(
        given, family, f"{given_fa} {family_fa}", "", Gender.FEMALE if female else Gender.MALE, "IR"
    )


def _patronymic(father: str, female: bool) -> str:
    """Юрий → Юрьевич, Андрей → Андреевич, Игорь → Игоревич, Павел → Павлович-style stems."""
    if father.endswith("ий"):
        stem = father[:-2] + "ьев"
    elif father.endswith(("й", "ь")):
        stem = father[:-1] + "ев"
    elif father.endswith(("и", "е")):
        stem = father + "ев"
    elif father.endswith("а"):
        stem = father[:-1] + "ов"
    elif father.endswith("ел"):  # Павел → Павлович: the fleeting vowel drops
        stem = father[:-2] + "лов"
    elif father.endswith("аил"):  # Михаил → Михайлович
        stem = father[:-3] + "айлов"
    else:
        stem = father + "ов"
    return stem + ("на" if female else "ич")


def _russian(rng: random.Random, males: list[str], families: list[str]) -> Person:
    female = males is RU_MALE and rng.random() < 0.3
    given = rng.choice(RU_FEMALE if female else males)
    family = rng.choice(families) + ("а" if female else "")
    patronymic = _patronymic(rng.choice(RU_MALE if males is RU_MALE else males), female)
    native = f"{family} {given} {patronymic}"
    return Person(
        cyrillic_to_icao(given),
        cyrillic_to_icao(family),
        "",
        native,
        Gender.FEMALE if female else Gender.MALE,
        "RU",
    )


def _kazakh(rng: random.Random) -> Person:
    female = rng.random() < 0.3
    given = rng.choice(KZ_FEMALE if female else KZ_MALE)
    family = rng.choice(KZ_FAMILY) + ("а" if female else "")
    father = rng.choice(KZ_MALE)
    native = f"{family} {given} {father}{'қызы' if female else 'ұлы'}"
    return Person(
        cyrillic_to_icao(given),
        cyrillic_to_icao(family),
        "",
        native,
        Gender.FEMALE if female else Gender.MALE,
        "KZ",
    )


def _azerbaijani(rng: random.Random) -> Person:
    female = rng.random() < 0.3
    given = rng.choice(AZ_FEMALE if female else AZ_MALE)
    family = rng.choice(AZ_FAMILY) + ("a" if female else "")
    father = rng.choice(AZ_MALE)
    native = f"{family} {given} {father} {'qızı' if female else 'oğlu'}"
    return Person(given, family, "", native, Gender.FEMALE if female else Gender.MALE, "AZ")


def _turkmen(rng: random.Random) -> Person:
    female = rng.random() < 0.3
    given = rng.choice(TM_FEMALE if female else TM_MALE)
    family = rng.choice(TM_FAMILY) + ("a" if female else "")
    return Person(given, family, "", f"{family} {given}", Gender.FEMALE if female else Gender.MALE, "TM")


def person_for(rng: random.Random, region_code: str, country: str) -> Person:
    if country == "IR":
        return _iranian(rng)
    if country == "RU":
        if region_code == "dagestan":
            return _russian(rng, DAGESTAN_MALE, DAGESTAN_FAMILY)
        if region_code == "kalmykia":
            return _russian(rng, KALMYK_MALE, KALMYK_FAMILY)
        return _russian(rng, RU_MALE, RU_FAMILY)
    if country == "AZ":
        return _azerbaijani(rng)
    if country == "KZ":
        return _kazakh(rng)
    return _turkmen(rng)


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
        title: tuple[str, str],
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
            builder.add(_iranian(rng), "staff", title, delegation, org)
        elif kind == 7:
            delegation, org = builder.org_delegation("gov-gilan")
            builder.add(_iranian(rng), "security", ("Security Officer", "مامور حفاظت"), delegation, org)
        elif kind == 8:
            delegation, org = builder.org_delegation("gov-gilan")
            builder.add(_iranian(rng), "interpreter", TITLES["interpreter"], delegation, org)
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
