"""The names a demo delegation is made of, in the scripts each country really uses.

Persian with a Latin passport form for Iranians, Cyrillic with the ICAO passport form for Russians and
Kazakhs (patronymic kept in the native name), Azerbaijani and Turkmen Latin; Dagestani and Kalmyk
names for those regions. Titles and press outlets as the summit's guests have them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from accreditation.names.transliterate import cyrillic_to_icao
from accreditation.store.models import Gender

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

#: A title in English, Persian and Russian.
TITLES = {
    "head": ("Governor", "استاندار", "Губернатор"),
    "deputy": ("Deputy Governor", "معاون استاندار", "Заместитель губернатора"),
    "adviser": ("Adviser to the Governor", "مشاور استاندار", "Советник губернатора"),
    "freezone": ("CEO of the Free Zone", "مدیرعامل منطقه آزاد", "Генеральный директор свободной экономической зоны"),
    "economy": ("Director General for Economic Affairs", "مدیرکل امور اقتصادی", "Генеральный директор по экономическим вопросам"),
    "international": ("Head of International Relations", "رئیس روابط بین‌الملل", "Руководитель службы международных связей"),
    "port": (
        "Director of the Ports and Maritime Administration",
        "مدیرکل بنادر و دریانوردی",
        "Директор администрации портов и судоходства",
    ),
    "interpreter": ("Interpreter", "مترجم", "Переводчик"),
    "driver": ("Driver", "راننده", "Водитель"),
    "protocol": ("Protocol Officer", "کارشناس تشریفات", "Сотрудник протокольной службы"),
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


def iranian(rng: random.Random) -> Person:
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
        return iranian(rng)
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
