"""The Persian spelling of a foreign guest's name, proposed the way Iranian protocol and press write it.

A proposal is never stored by itself: :mod:`accreditation.people.persian_names` lists the proposals for a
person to accept or correct. Each comes with a confidence, high when every word of the name is in the
tables below, lower when a word had to be spelled letter by letter.

Conventions, and where they come from
-------------------------------------
Persian news agencies (IRNA, ISNA, Tasnim, Mehr, BBC Persian) and the foreign ministry's protocol write
foreign names by ear, with conventions that are stable across them (compare, e.g., their reports on
«ولادیمیر پوتین», «سرگئی لاوروف», «الهام علی‌اف», «قاسم ژومارت توکایف», «سردار بردی‌محمداف»):

* **Russian given names have one fixed press form** (Сергей «سرگئی», Дмитрий «دیمیتری», Михаил
  «میخائیل», Евгений «یوگنی»): the form is not a letter-by-letter reading, so they are a table.
* **Russian family names are spelled letter by letter** (Бабушкин «بابوشکین»): о and у are «و», и and ы
  «ی», а «ا» (at the start «آ»), е after a consonant is left unwritten (Медведев «مدودف»); в at the end or
  before a voiceless consonant is «ف», so -ов is «وف» (Лавров «لاوروف») and -ев «ف» or, after a vowel or
  ь, «یف» (Васильев «واسیلیف», Тоқаев «توکایف»); ё after ж ч ш щ is read as е (Горбачёв «گورباچف»); -ин is
  «ین» (Путин «پوتین»); -ский «سکی»; Persian does not begin a word with two consonants, so с + consonant
  at the start takes «ا» (Слуцкий «اسلوتسکی»). Doubled letters are written once (Миллер «میلر»).
* **Turkic and Caucasian names of Arabic or Persian origin are written in their Arabic-Persian form**, not
  by sound: Azerbaijani İlham «الهام», Məmməd «محمد», Əli «علی», Həsən «حسن», Hüseyn «حسین», Rəsul «رسول»;
  Kazakh Қасым «قاسم», Нұрсұлтан «نورسلطان»; Turkmen Gurbanguly «قربانقلی», Saparmyrat «صفرمراد»;
  Chechen and Dagestani Рамзан «رمضان», Кадыров «قدیروف». The table of roots below is the common
  stock of such given names in the region (not a list of particular people); a family name built on a
  root keeps the root's form and takes the suffix.
* **Suffixes of Turkic family names**: -ov/-ow «وف» (Əsədov «اسدوف», Turkmen -ow «اف»: Nyýazow
  «نیازاف»); -yev «اف» after a root ending in «ی», joined with a zero-width non-joiner so the root stays
  readable (Əliyev «علی‌اف», Hacıyev «حاجی‌اف»), «یف» after «ا» (Babayev «بابایف»); feminine -ova «وا»,
  -yeva «اوا» (Əliyeva «علی‌اوا»); -zadə «زاده» (Rasizadə «راسی‌زاده»). Azerbaijani ə at the start is «ا»,
  inside a word unwritten, at the end «ه» (Sahibə «صاحبه»).
* **The source**: where the native name is Cyrillic or an Azerbaijani/Turkmen/Kazakh Latin name, it is
  read rather than the passport's Latin, which is a transliteration of it (ICAO's "KH", "IU", "IA" lose
  what the native spelling says); patronymics (-ович, -овна, oğlu, qızı, ұлы, қызы) are left out, as the
  press leaves them out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from accreditation.names.transliterate import cyrillic_to_persian, latin_to_persian

ZWNJ = "\u200c"

#: Confidence of a word by how its spelling was found.
KNOWN_WORD = 1.0
KNOWN_ROOT = 0.9
LETTERS_NATIVE = 0.6
LETTERS_TURKIC_LATIN = 0.55
LETTERS_PASSPORT_LATIN = 0.4

#: Russian given names as the Persian press prints them (one fixed form each, not a letter reading).
_RUSSIAN_GIVEN = {
    "سرگئی": "сергей sergei sergey", "ولادیمیر": "владимир vladimir",
    "الکساندر": "александр aleksandr alexander alexandr", "الکسی": "алексей aleksei alexei alexey",
    "دیمیتری": "дмитрий dmitrii dmitry dmitri", "میخائیل": "михаил mikhail",
    "نیکلای": "николай nikolai nikolay", "آندری": "андрей andrei andrey", "ایگور": "игорь igor",
    "یوری": "юрий iurii yuri yury", "یوگنی": "евгений evgenii yevgeny evgeny",
    "آناتولی": "анатолий anatolii anatoly", "والنتینا": "валентина valentina",
    "ماریا": "мария mariia maria", "تاتیانا": "татьяна tatiana tatyana", "اولگا": "ольга olga",
    "یلنا": "елена elena yelena", "آنا": "анна anna", "ناتالیا": "наталья natalia nataliia natalya",
    "ایرینا": "ирина irina", "سوتلانا": "светлана svetlana", "الویرا": "эльвира elvira",
    "بوریس": "борис boris", "ویکتور": "виктор viktor victor", "کنستانتین": "константин konstantin",
    "آنتون": "антон anton", "ماکسیم": "максим maksim maxim", "دنیس": "денис denis",
    "پاول": "павел pavel", "پیوتر": "пётр петр petr pyotr", "ایوان": "иван ivan", "اولگ": "олег oleg",
    "ولادیسلاو": "владислав vladislav", "ویاچسلاو": "вячеслав viacheslav vyacheslav",
    "ویتالی": "виталий vitalii vitaly", "والری": "валерий valerii valery", "لئونید": "леонид leonid",
    "گنادی": "геннадий gennadii gennady", "رومان": "роман roman", "گئورگی": "георгий georgii georgy",
    "گریگوری": "григорий grigorii grigory", "نیکیتا": "никита nikita", "کیریل": "кирилл kirill",
    "واسیلی": "василий vasilii vasily", "فئودور": "фёдор федор fedor fyodor",
    "استانیسلاو": "станислав stanislav", "وادیم": "вадим vadim", "آرکادی": "аркадий arkadii arkady",
    "روسلان": "руслан ruslan", "مارات": "марат marat", "آرتور": "артур artur arthur",
    "آرتیوم": "артём артем artem artyom", "الدار": "эльдар eldar", "المار": "эльмар elmar",
    "لوان": "леван levan", "زائور": "заур zaur", "میکائیل": "mikayıl mikayil", "رافائل": "рафаэль rafael",
    "یوسف": "юсуф yusuf yusif jusup", "سمیر": "самир samir", "انار": "anar", "ژومارت": "жомарт jomart zhomart",
}  # fmt: skip

#: Given names and name roots of Arabic or Persian origin common in Azerbaijan, Central Asia and the
#: Caucasus, in their Arabic-Persian form, with the spellings they take in Latin and Cyrillic.
_ROOTS = {
    "علی": "ali əli alı али", "حسن": "hasan həsən hassan гасан хасан", "حسین": "huseyn hüseyn husein hussein huseyin гусейн хусейн",
    "محمد": "mammad məmməd mamed mammed mamad muhammad muhammed muhamed mukhammed mukhamed mohammad magomed muhamet mukhamet mahammad məhəmməd мухаммед мамед мухамед магомед",
    "احمد": "ahmad ahmed əhməd akhmed akhmet akhmat ahmet ахмед ахмат ахмет", "محمود": "mahmud məhmud makhmud махмуд",
    "مصطفی": "mustafa мустафа", "مراد": "murad murat myrat мурад мурат", "رشید": "rashid rəşid raşid рашид",
    "رشاد": "rashad rəşad", "کریم": "karim kərim kerim керим карим", "اسد": "asad əsəd асад",
    "جبار": "jabbar cabbar джаббар", "شهباز": "shahbaz şahbaz", "پرویز": "parviz pərviz perviz",
    "حیدر": "heydar heydər гейдар хайдар", "الهام": "ilham ильхам", "مهربان": "mehriban",
    "حکمت": "hikmat hikmət hikmet хикмет", "صاحبه": "sahiba sahibə", "غفار": "gafar qafar gaffar гаффар",
    "ذاکر": "zakir закир", "نوروز": "novruz nowruz навруз", "مختار": "mukhtar muxtar мухтар mokhtar",
    "شاهین": "shahin şahin шахин", "رمضان": "ramzan ramazan рамазан рамзан", "قدیر": "kadyr qadir kadir кадыр",
    "سلیمان": "suleiman suleyman süleyman сулейман", "رستم": "rustam rüstəm рустам", "بایرام": "bayram байрам",
    "جیحون": "jeyhun ceyhun", "نظر": "nazar назар", "سلطان": "sultan soltan султан сұлтан",
    "نور": "nur нур нұр", "قربان": "gurban qurban kurban курбан", "قلی": "guly quli kuli gulu qulu кули",
    "بردی": "berdi берды берди", "صفر": "safar səfər sapar сафар сапар", "قاسم": "kasym gasym qasim kassym касым қасым",
    "خان": "khan xan хан", "عسکر": "askar asker əsgər аскар асқар", "عظیم": "azim əzim азим",
    "فواد": "fuad fuat фуад", "حافظ": "hafiz хафиз", "بهار": "bahar", "پاشا": "pasha paşa паша",
    "مهدی": "mehdi məhdi мехти мехди", "نبی": "nabi nəbi наби", "ضیا": "ziya зия", "شریف": "sharif şərif шариф",
    "عزیز": "aziz əziz азиз", "طاهر": "tahir tagir тагир", "عمر": "omar ömər умар омар",
    "ابراهیم": "ibrahim ibragim ибрагим", "اسماعیل": "ismail ismayil исмаил", "عبدالله": "abdulla abdullah абдулла",
    "مسلم": "muslim муслим", "سلام": "salam салам", "جمال": "jamal camal джамал", "کمال": "kamal kamol камал",
    "رحیم": "rahim rəhim рахим", "رحمان": "rahman рахман", "رسول": "rasul rəsul расул", "نریمان": "nariman nəriman",
    "توفیق": "tofig tofiq", "فرید": "farid fərid", "فرهاد": "farhad fərhad", "حمید": "hamid həmid гамид хамид",
    "مجید": "majid məcid маджид", "سعید": "said saeed саид", "امیر": "amir əmir амир", "اسلام": "islam ислам",
    "حاجی": "haji hacı hajy gadzhi гаджи хаджи", "ابوالفضل": "abulfaz əbülfəz", "فاطمه": "fatima fatma",
    "لیلا": "leyla leila лейла", "مریم": "maryam məryəm mariam мариам", "زهرا": "zahra", "آمان": "aman аман",
    "گلدی": "geldi гелди", "نیاز": "niyaz nyyaz nyýaz нияз", "دولت": "dovlet döwlet давлет",
    "جعفر": "jafar cəfər джафар", "طالب": "talib", "کاظم": "kazim kazym", "ناصر": "nasir nasər",
    "منصور": "mansur", "خلیل": "khalil xəlil halil", "جلیل": "jalil cəlil", "عادل": "adil ədil адиль",
    "اکبر": "akbar əkbər акбар", "نجف": "najaf nəcəf", "یعقوب": "yagub yaqub yakub", "ایوب": "ayub eyyub",
    "موسی": "musa муса", "عیسی": "isa иса", "الیاس": "ilyas ilias ильяс", "ولی": "vali vəli вели",
    "رضا": "rza reza rıza", "عباس": "abbas аббас", "انور": "anvar ənvər anwar", "غلام": "gulam gholam",
    "بهرام": "bahram bəhram", "نادر": "nadir nadyr", "کامران": "kamran", "ارسلان": "arslan aslan арслан",
    "تیمور": "timur teymur темир", "وحید": "vahid vəhid", "حمزه": "hamza həmzə", "بای": "bay bai бай",
    "امام": "imam имам", "یار": "yar яр", "خدیجه": "khadija xədicə", "عایشه": "aisha ayşə", "زینب": "zeynab zeynəb",
    "قمر": "gamar qəmər", "نسیم": "nasim nəsim", "شمس": "shams şəms", "فیروز": "firuz firuza",
    "عبدالرحمان": "abdurahman abdurrahman abdirakhman abdrakhman абдурахман абдрахман",
}  # fmt: skip


# --- keys: one coarse spelling for Latin, Azerbaijani, Turkmen and Cyrillic forms of a name ------------

_KEY_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "a", "ё": "a", "ж": "j", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "u", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "",
    "э": "a", "ю": "iu", "я": "ia", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "u", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
}  # fmt: skip
#: Latin letter groups first (to placeholders, so that "ch" is not read as Turkic c + h).
_KEY_LATIN_GROUPS = (("shch", "S"), ("sch", "S"), ("ch", "C"), ("sh", "S"), ("dzh", "j"), ("dj", "j"),
                     ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"))  # fmt: skip
_KEY_LATIN = {
    "ə": "a", "ä": "a", "e": "a", "é": "a", "ı": "i", "y": "i", "ý": "i", "o": "u", "ö": "u", "ü": "u",
    "w": "v", "x": "h", "q": "g", "c": "j", "ç": "C", "ş": "S", "ğ": "g", "ž": "j", "ň": "n",
}  # fmt: skip


def _key(word: str) -> str:
    """A coarse spelling to look a word up by, the same for Əli, Ali and Али (and for Məmməd, Mamed)."""
    word = unicodedata.normalize("NFC", word).lower()
    if _CYRILLIC_RE.search(word):
        # е and ё after a vowel are iotated, as Latin writes them: Назарбаев, Nazarbayev.
        word = re.sub(r"(?<=[аеёиоуыэюяәөұүі])[её]", "йе", word).replace("дж", "ж")
        text = "".join(_KEY_CYRILLIC.get(ch, ch) for ch in word)
    else:
        for group, simple in _KEY_LATIN_GROUPS:
            word = word.replace(group, simple)
        text = "".join(_KEY_LATIN.get(ch, ch) for ch in word).replace("C", "ch").replace("S", "sh")
    text = re.sub(r"[^a-z]", "", text)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text.replace("d", "t")


def _table(source: dict[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for persian, spellings in source.items():
        for spelling in spellings.split():
            table.setdefault(_key(spelling), persian)
    return table


_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_PERSIAN_RE = re.compile(r"[\u0600-\u06ff]")
_TURKIC_LATIN_RE = re.compile(r"[əƏıİğĞşŞçÇöÖüÜňŇýÝäÄžŽ]")
#: Nationalities (two- or three-letter codes) whose native names are written in a Turkic Latin alphabet.
_TURKIC_LATIN_NATIONS = frozenset({"AZ", "AZE", "TM", "TKM"})
#: A Turkmen family name: -ow, -owa, -ew, -ewa at a word's end.
_TURKMEN_FAMILY_RE = re.compile(r"[oe]wa?\b", re.IGNORECASE)
_WHOLE = _table(_RUSSIAN_GIVEN)
_ROOT = _table(_ROOTS)
_LONGEST_ROOT = max(len(k) for k in _ROOT)

#: Family-name endings (by key) and their kind; longest first.
_SUFFIXES = (
    ("zada", "zade"), ("iava", "eva"), ("ava", "eva"), ("uva", "ova"), ("iav", "ev"), ("av", "ev"),
    ("uv", "ov"), ("ina", "ina"), ("in", "in"),
)  # fmt: skip
_NON_JOINING = frozenset("اآدذرزژو")

#: Patronymics the press leaves out: Russian -ович/-евич/-ична/-овна, Turkic "oğlu"/"qızı"/"ұлы"/"қызы".
_PATRONYMIC_RE = re.compile(r"(ович|евич|ьич|ич|овна|евна|ична|инична|ұлы|улы|қызы|кызы)$", re.IGNORECASE)
_TURKIC_PATRONYMIC = frozenset(
    {"oğlu", "oglu", "ogly", "qızı", "qizi", "kyzy", "ұлы", "улы", "қызы", "кызы", "оглы"}
)


# --- a word ---------------------------------------------------------------------------------------------


def _segment(key: str) -> list[str] | None:
    """The roots a key is made of, at most three (Nursultan: nur + sultan), or None."""
    if not key:
        return []
    best: list[str] | None = None
    for end in range(min(len(key), _LONGEST_ROOT), 1, -1):
        root = _ROOT.get(key[:end])
        if root is None:
            continue
        rest = _segment(key[end:])
        if rest is not None and len(rest) < 3 and (best is None or len(rest) + 1 < len(best)):
            best = [root, *rest]
    return best


def _join(parts: list[str]) -> str:
    """Roots joined into one word; a root ending in ی or ه is kept apart by a zero-width non-joiner."""
    out = ""
    for part in parts:
        if out and out[-1] in "یه" and part[:1] not in _NON_JOINING:
            out += ZWNJ
        out += part
    return out


def _suffix(stem: str, kind: str, turkmen: bool) -> str:
    last = stem[-1:]
    glue = ZWNJ if last in "یه" else ""
    if kind == "zade":
        return glue + "زاده" if last not in _NON_JOINING else "زاده"
    if kind == "ov":
        return glue + "اف" if (turkmen or last == "ی") else "وف"
    if kind == "ova":
        return glue + "اوا" if last == "ی" else "وا"
    if kind == "ev":
        if stem.endswith("ای"):
            return "ف"
        if last == "ی":
            return ZWNJ + "اف"
        return glue + "یف"
    if kind == "eva":
        if stem.endswith("ای"):
            return "وا"
        return ZWNJ + "اوا" if last == "ی" else glue + "یوا"
    return "ین" if kind == "in" else "ینا"


def _known_word(word: str, turkmen: bool) -> tuple[str, float] | None:
    key = _key(word)
    if key in _WHOLE:
        return _WHOLE[key], KNOWN_WORD
    parts = _segment(key)
    if parts:
        return _join(parts), KNOWN_WORD
    for ending, kind in _SUFFIXES:
        if key.endswith(ending) and len(key) > len(ending) + 1:
            parts = _segment(key[: -len(ending)])
            if parts:
                stem = _join(parts)
                return stem + _suffix(stem, kind, turkmen), KNOWN_ROOT
    return None


def _cyrillic_letters(word: str) -> str:
    """A Cyrillic word letter by letter, with the press conventions above on top of the editor's reading."""
    text = unicodedata.normalize("NFC", word).lower()
    text = re.sub(r"([жчшщ])ё", r"\1е", text)
    text = text.replace("ье", "ие").replace("ьё", "иё").replace("қ", "к").replace("ғ", "г").replace("ң", "н")
    persian = cyrillic_to_persian(text).replace("دژ", "ج")  # дж is one sound: Джагарян «جاگاریان»
    if re.match(r"с[бвгдзклмнпрстфхцчшщ]", text):
        persian = "ا" + persian
    return persian


def _latin_letters(word: str, turkmen: bool) -> str:
    """A Latin word (Azerbaijani, Turkmen or a passport's) letter by letter, as the editor reads it."""
    lowered = unicodedata.normalize("NFC", word).lower()
    if turkmen:
        lowered = lowered.replace("w", "v")  # Turkmen w is v: Meredow, Atayew
    persian = latin_to_persian(lowered)
    if re.match(r"s[bcdfgklmnpqrstvwxz]", lowered):
        persian = "ا" + persian
    return persian


def _word(word: str, *, turkmen: bool, passport_latin: bool) -> tuple[str, float]:
    known = _known_word(word, turkmen)
    if known is not None:
        return known
    if _CYRILLIC_RE.search(word):
        return _cyrillic_letters(word), LETTERS_NATIVE
    letters = _latin_letters(word, turkmen)
    return letters, LETTERS_PASSPORT_LATIN if passport_latin else LETTERS_TURKIC_LATIN


# --- a name ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersianProposal:
    """A Persian spelling to propose, how sure it is (0-1), and what it was read from."""

    text: str
    confidence: float
    source: str  # "native", "latin" or "persian" (the native name is already Persian)

    @property
    def level(self) -> str:
        """ "high" when every word is a known name, "medium" for letter-by-letter from the native script."""
        if self.confidence >= 0.85:
            return "high"
        return "medium" if self.confidence >= 0.55 else "low"


def _drop_patronymic(words: list[str]) -> tuple[list[str], bool]:
    """The words without the patronymic, and whether the name was written family name first.

    A patronymic is one word (-ович, -овна, Kazakh -ұлы/-қызы) or a father's name with "oğlu"/"qızı".
    Written last ("Бабушкин Игорь Юрьевич", "Nəsirov Elnur Cavid oğlu") the name starts with the family
    name; written in the middle ("Игорь Юрьевич Бабушкин") it does not. Only one word is dropped, so a
    family name that looks like a patronymic (Абрамович) stays.
    """
    lowered = [w.lower() for w in words]
    if len(words) >= 3 and lowered[-1] in _TURKIC_PATRONYMIC:
        return words[:-2], True
    if len(words) >= 3 and _PATRONYMIC_RE.search(words[-1]):
        return words[:-1], True
    if len(words) >= 3 and _PATRONYMIC_RE.search(words[1]):
        return [words[0], *words[2:]], False
    return words, False


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(_key(a), _key(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _native_words(native: str, given: str, family: str) -> list[str]:
    """The native name's words in given-then-family order, without the patronymic.

    A full name with a patronymic is written family name first (Russian «Бабушкин Игорь Юрьевич»,
    Azerbaijani «Nəsirov Elnur Cavid oğlu»); without one, the order is read off the Latin names.
    """
    words, family_first = _drop_patronymic(native.replace("-", " ").split())
    if len(words) < 2:
        return words
    if family_first:
        return words[1:] + words[:1]
    family_word = (family.split() or [""])[0]
    if family_word and _shared_prefix(words[0], family_word) > _shared_prefix(words[-1], family_word):
        return words[1:] + words[:1]
    return words


def propose_persian(
    given: str, family: str = "", native: str = "", nationality: str = ""
) -> PersianProposal | None:
    """The Persian spelling to propose for a person, or None when there is no name to read.

    ``given`` and ``family`` are the Latin (passport) names; ``native`` the name in the person's own
    script. A native name in Persian script is proposed as it is; a Cyrillic or Turkic-Latin one is read
    in preference to the passport's Latin (see the module's conventions).
    """
    native = (native or "").strip()
    if native and _PERSIAN_RE.search(native):
        return PersianProposal(native, KNOWN_WORD, "persian")
    turkic_latin = nationality.upper() in _TURKIC_LATIN_NATIONS
    turkmen = nationality.upper() in {"TM", "TKM"} or bool(_TURKMEN_FAMILY_RE.search(f"{native} {family}"))
    native_readable = bool(native) and (
        bool(_CYRILLIC_RE.search(native)) or bool(_TURKIC_LATIN_RE.search(native)) or turkic_latin
    )
    if native_readable:
        words, source, passport = _native_words(native, given, family), "native", False
    else:
        words = f"{given} {family}".replace("-", " ").split()
        source = "latin"
        passport = not (_TURKIC_LATIN_RE.search(f"{given}{family}") or turkic_latin)
    if not words:
        return None
    spelled = [_word(w, turkmen=turkmen, passport_latin=passport) for w in words]
    spelled = [(text, conf) for text, conf in spelled if text]
    if not spelled:
        return None
    confidence = round(sum(conf for _, conf in spelled) / len(spelled), 2)
    return PersianProposal(" ".join(text for text, _ in spelled), confidence, source)


# --- comparing with a reference spelling ----------------------------------------------------------------

#: Letters that write vowels in Persian (and the hamza seat ئ, the madda آ): a difference in one of these
#: is a difference of vowel writing, not of the name.
VOWEL_LETTERS = frozenset("اآوییهئأ")


def _compact(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("ي", "ی").replace("ك", "ک")
    return re.sub(rf"[\s{ZWNJ}\-]", "", text)


def same_but_a_vowel(proposal: str, reference: str) -> bool:
    """True when two Persian spellings are equal, or differ in one vowel letter (added, dropped or swapped
    for another vowel letter); spaces and zero-width non-joiners do not count."""
    a, b = _compact(proposal), _compact(reference)
    if a == b:
        return True
    if len(a) == len(b):
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(diffs) == 1 and diffs[0][0] in VOWEL_LETTERS and diffs[0][1] in VOWEL_LETTERS
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    for i, ch in enumerate(longer):
        if ch in VOWEL_LETTERS and longer[:i] + longer[i + 1 :] == shorter:
            return True
    return False
