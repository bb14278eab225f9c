"""Which column holds what: canonical headers, the aliases regions really use, and remembered mappings.

The canonical headers are the importer's own format. Lists from the regions come with Persian,
Russian or Azerbaijani headers; those seen in practice are recognised here. Anything else is mapped
by the desk in the column-mapping step, and that mapping is remembered for the next file with the same
header row (its "shape"), so a region's second list imports without asking again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from accreditation.i18n import translate
from accreditation.names.normalize import match_key
from accreditation.paths import data_dir

#: The importer's own columns, in the order an export writes them.
CANONICAL_HEADERS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "name_fa",
    "name_native",
    "region",
    "organization",
    "category",
    "title",
    "title_fa",
    "title_ru",
    "gender",
    "nationality",
    "passport_no",
    "email",
    "phone",
    "arrival",
    "departure",
    "dietary",
    "notes",
    "photo",
)

#: Columns the importer understands beyond the canonical ones: name parts in other scripts, a
#: patronymic (kept in the native name, never taken for a family name), and columns read but not stored.
EXTRA_FIELDS: tuple[str, ...] = (
    "given_name_fa",
    "family_name_fa",
    "given_name_native",
    "family_name_native",
    "patronymic",
    "birth_date",
    "national_id",
    "row_number",
)

ALL_FIELDS: tuple[str, ...] = CANONICAL_HEADERS + EXTRA_FIELDS

#: Fields that are checked but deliberately not stored (the model keeps no birth date or national id).
UNSTORED_FIELDS = frozenset({"birth_date", "national_id", "row_number"})

_ALIASES: dict[str, tuple[str, ...]] = {
    "given_name": (
        "given name",
        "first name",
        "firstname",
        "name",
        "forename",
        "given names",
        "имя",
        "ad",
        "adı",
        "نام لاتین",
        "نام انگلیسی",
        "ady",
    ),
    "family_name": (
        "family name",
        "last name",
        "lastname",
        "surname",
        "фамилия",
        "soyad",
        "soyadı",
        "نام خانوادگی لاتین",
        "نام خانوادگی انگلیسی",
        "familiýasy",
    ),
    "name_fa": ("persian name", "name persian", "نام کامل", "نام و نام خانوادگی"),
    "name_native": ("native name", "name native", "фио", "полное имя"),
    "given_name_fa": ("نام",),
    "family_name_fa": ("نام خانوادگی",),
    "patronymic": ("patronymic", "отчество", "ata adı", "ata adi", "atasynyň ady", "әкесінің аты"),
    "region": ("region", "province", "регион", "область", "region kodu", "bölgə", "استان", "منطقه"),
    "organization": (
        "organization",
        "organisation",
        "organization name",
        "организация",
        "ведомство",
        "təşkilat",
        "qurum",
        "سازمان",
        "دستگاه",
        "نهاد",
    ),
    "category": ("category", "категория", "kateqoriya", "رده", "دسته", "گروه"),
    "title": ("title", "position", "job title", "title en", "title english", "vəzifə", "wezipesi", "سمت لاتین"),
    "title_fa": ("سمت", "عنوان", "سمت فارسی", "title persian", "title fa"),
    # A Russian list's «Должность» is the title in Russian.
    "title_ru": (
        "title ru",
        "title russian",
        "title in russian",
        "russian title",
        "должность",
        "должность на русском",
        "должность рус",
        "سمت روسی",
    ),
    "gender": ("gender", "sex", "пол", "cins", "jynsy", "جنسیت", "جنس"),
    "nationality": ("nationality", "citizenship", "гражданство", "vətəndaşlıq", "ملیت", "تابعیت"),
    "passport_no": (
        "passport",
        "passport no",
        "passport number",
        "document",
        "document no",
        "номер паспорта",
        "паспорт",
        "серия и номер паспорта",
        "pasport",
        "pasport nömrəsi",
        "شماره گذرنامه",
        "گذرنامه",
        "شماره پاسپورت",
    ),
    "email": (
        "email",
        "e mail",
        "e-mail",
        "mail",
        "электронная почта",
        "эл почта",
        "e-poçt",
        "e poçt",
        "ایمیل",
        "پست الکترونیک",
    ),
    "phone": (
        "phone",
        "telephone",
        "mobile",
        "phone number",
        "телефон",
        "моб телефон",
        "мобильный",
        "telefon",
        "mobil",
        "تلفن",
        "تلفن همراه",
        "شماره تماس",
        "موبایل",
    ),
    "arrival": (
        "arrival",
        "arrival date",
        "прибытие",
        "дата прибытия",
        "дата приезда",
        "gəliş",
        "gəliş tarixi",
        "تاریخ ورود",
        "ورود",
    ),
    "departure": (
        "departure",
        "departure date",
        "отъезд",
        "убытие",
        "дата отъезда",
        "gediş",
        "gediş tarixi",
        "تاریخ خروج",
        "خروج",
        "تاریخ عزیمت",
    ),
    "dietary": ("dietary", "diet", "meal", "питание", "qida", "رژیم غذایی"),
    "notes": (
        "notes",
        "note",
        "remarks",
        "comment",
        "примечание",
        "примечания",
        "комментарий",
        "qeyd",
        "qeydlər",
        "توضیحات",
        "ملاحظات",
    ),
    "photo": ("photo", "picture", "фото", "фотография", "şəkil", "foto", "عکس", "تصویر"),
    "birth_date": (
        "birth date",
        "date of birth",
        "birthday",
        "dob",
        "дата рождения",
        "doğum tarixi",
        "تاریخ تولد",
    ),
    "national_id": ("national id", "کد ملی", "شماره ملی"),
    "row_number": ("no", "nr", "#", "№", "№ п/п", "п/п", "s/n", "ردیف", "sıra", "sıra nömrəsi"),
}


def _key(text: str) -> str:
    return match_key(text.replace("_", " ")).strip()


def _build_alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for field_name in ALL_FIELDS:
        index[_key(field_name)] = field_name
    for field_name, aliases in _ALIASES.items():
        for alias in aliases:
            index.setdefault(_key(alias), field_name)
    return index


_ALIAS_INDEX = _build_alias_index()


def recognise_header(text: str) -> str | None:
    """The field a header names, in any of the recognised languages; None if unknown."""
    key = _key(text or "")
    if not key:
        return None
    if key in _ALIAS_INDEX:
        return _ALIAS_INDEX[key]
    if text.strip() in ("№", "#"):
        return "row_number"
    return None


def shape_key(headers: list[str]) -> str:
    """A stable hash of a header row, ignoring case, spacing and script variants of the same letters."""
    normalized = "\x1f".join(_key(h) for h in headers)
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:24]


def mappings_dir() -> Path:
    path = data_dir() / "import_mappings"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class ColumnMapping:
    """Per column of the file, the field it fills (None: ignored). The UI shows and edits this."""

    headers: list[str]
    fields: list[str | None]
    #: True when this came from a mapping the desk saved for a file of the same shape.
    remembered: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def shape(self) -> str:
        return shape_key(self.headers)

    def set(self, column: int, field_name: str | None) -> None:
        """Map one column (None ignores it); a field can be filled by one column only."""
        if field_name is not None and field_name not in ALL_FIELDS:
            raise ValueError(f"not an import field: {field_name}")
        if field_name is not None:
            self.fields = [None if f == field_name else f for f in self.fields]
        self.fields[column] = field_name

    def column_of(self, field_name: str) -> int | None:
        try:
            return self.fields.index(field_name)
        except ValueError:
            return None

    def header_of(self, field_name: str) -> str:
        """The file's own header for a field, for messages; the field name when not in the file."""
        column = self.column_of(field_name)
        return self.headers[column] if column is not None else field_name

    def unmapped(self) -> list[int]:
        """Columns with a header that nothing reads: what the mapping step asks about."""
        return [
            i
            for i, (h, f) in enumerate(zip(self.headers, self.fields, strict=True))
            if f is None and h.strip()
        ]

    def to_json(self) -> dict[str, object]:
        return {"headers": self.headers, "fields": self.fields}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ColumnMapping:
        headers = [str(h) for h in data["headers"]]  # type: ignore[union-attr]
        fields = [f if f in ALL_FIELDS else None for f in data["fields"]]  # type: ignore[union-attr]
        return cls(headers, fields[: len(headers)] + [None] * (len(headers) - len(fields)))


def guess_mapping(headers: list[str]) -> ColumnMapping:
    """The mapping from recognised headers; a later column naming a field already taken is ignored."""
    fields: list[str | None] = []
    notes: list[str] = []
    taken: set[str] = set()
    for header in headers:
        field_name = recognise_header(header)
        if field_name is not None and field_name in taken:
            notes.append(
                translate(
                    "Import", "Column «{header}» repeats a column already read as {field}; it is ignored."
                ).format(header=header, field=field_name)
            )
            field_name = None
        if field_name is not None:
            taken.add(field_name)
        fields.append(field_name)
    return ColumnMapping(list(headers), fields, notes=notes)


def save_mapping(mapping: ColumnMapping, directory: Path | None = None) -> Path:
    """Remember the desk's mapping for files with this header row."""
    path = (directory or mappings_dir()) / f"{mapping.shape}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path


def load_saved_mapping(headers: list[str], directory: Path | None = None) -> ColumnMapping | None:
    path = (directory or mappings_dir()) / f"{shape_key(headers)}.json"
    try:
        mapping = ColumnMapping.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if len(mapping.headers) != len(headers):
        return None
    mapping.headers = list(headers)
    mapping.remembered = True
    return mapping


def mapping_for(headers: list[str], directory: Path | None = None) -> ColumnMapping:
    """The remembered mapping for this shape if the desk saved one, else the recognised headers."""
    return load_saved_mapping(headers, directory) or guess_mapping(headers)
