"""The machine-readable zone of passports (TD3), ID cards (TD1) and TD2 documents (ICAO Doc 9303).

Parsing is pure: no database, no clock unless the caller leaves ``today`` out. A zone is read only when
every check digit verifies (the composite included); otherwise :class:`MrzError` names the field whose
check failed ("document number", "date of birth", "expiry date", "personal number", "composite") or the
part that is not well formed, and nothing is returned to fill a form from.

What the check digits cannot see, and so no reader can: the names, the sex letter and the two country
codes are outside every check (ICAO protects numbers and dates only); and because the 7-3-1 weights work
modulo 10, replacing a character by one whose value differs by 10, 20 or 30 ("<" and "A", "0" and "K",
"8" and "S") leaves every check digit right. Date, code and layout checks here catch what they can of
the rest.

Text typed by a reader through a Persian or Russian keyboard layout, or with Caps Lock on, is brought
back first with the badge scanner's :func:`~accreditation.scanner_input.decode_scanned`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from accreditation.errors import UserError
from accreditation.i18n import numeral, translate
from accreditation.scanner_input import decode_scanned

#: ISO 3166-1 alpha-2 and alpha-3 pairs, as ICAO 9303 prints nationality and issuing state.
_ISO_PAIRS = (
    "AF AFG AX ALA AL ALB DZ DZA AS ASM AD AND AO AGO AI AIA AQ ATA AG ATG AR ARG AM ARM AW ABW AU AUS "
    "AT AUT AZ AZE BS BHS BH BHR BD BGD BB BRB BY BLR BE BEL BZ BLZ BJ BEN BM BMU BT BTN BO BOL BQ BES "
    "BA BIH BW BWA BV BVT BR BRA IO IOT BN BRN BG BGR BF BFA BI BDI CV CPV KH KHM CM CMR CA CAN KY CYM "
    "CF CAF TD TCD CL CHL CN CHN CX CXR CC CCK CO COL KM COM CG COG CD COD CK COK CR CRI CI CIV HR HRV "
    "CU CUB CW CUW CY CYP CZ CZE DK DNK DJ DJI DM DMA DO DOM EC ECU EG EGY SV SLV GQ GNQ ER ERI EE EST "
    "SZ SWZ ET ETH FK FLK FO FRO FJ FJI FI FIN FR FRA GF GUF PF PYF TF ATF GA GAB GM GMB GE GEO DE DEU "
    "GH GHA GI GIB GR GRC GL GRL GD GRD GP GLP GU GUM GT GTM GG GGY GN GIN GW GNB GY GUY HT HTI HM HMD "
    "VA VAT HN HND HK HKG HU HUN IS ISL IN IND ID IDN IR IRN IQ IRQ IE IRL IM IMN IL ISR IT ITA JM JAM "
    "JP JPN JE JEY JO JOR KZ KAZ KE KEN KI KIR KP PRK KR KOR KW KWT KG KGZ LA LAO LV LVA LB LBN LS LSO "
    "LR LBR LY LBY LI LIE LT LTU LU LUX MO MAC MG MDG MW MWI MY MYS MV MDV ML MLI MT MLT MH MHL MQ MTQ "
    "MR MRT MU MUS YT MYT MX MEX FM FSM MD MDA MC MCO MN MNG ME MNE MS MSR MA MAR MZ MOZ MM MMR NA NAM "
    "NR NRU NP NPL NL NLD NC NCL NZ NZL NI NIC NE NER NG NGA NU NIU NF NFK MK MKD MP MNP NO NOR OM OMN "
    "PK PAK PW PLW PS PSE PA PAN PG PNG PY PRY PE PER PH PHL PN PCN PL POL PT PRT PR PRI QA QAT RE REU "
    "RO ROU RU RUS RW RWA BL BLM SH SHN KN KNA LC LCA MF MAF PM SPM VC VCT WS WSM SM SMR ST STP SA SAU "
    "SN SEN RS SRB SC SYC SL SLE SG SGP SX SXM SK SVK SI SVN SB SLB SO SOM ZA ZAF GS SGS SS SSD ES ESP "
    "LK LKA SD SDN SR SUR SJ SJM SE SWE CH CHE SY SYR TW TWN TJ TJK TZ TZA TH THA TL TLS TG TGO TK TKL "
    "TO TON TT TTO TN TUN TR TUR TM TKM TC TCA TV TUV UG UGA UA UKR AE ARE GB GBR US USA UM UMI UY URY "
    "UZ UZB VU VUT VE VEN VN VNM VG VGB VI VIR WF WLF EH ESH YE YEM ZM ZMB ZW ZWE"
).split()

ALPHA3_TO_ALPHA2: dict[str, str] = dict(zip(_ISO_PAIRS[1::2], _ISO_PAIRS[0::2], strict=True))
ALPHA2_TO_ALPHA3: dict[str, str] = {a2: a3 for a3, a2 in ALPHA3_TO_ALPHA2.items()}

#: Codes ICAO 9303 (Part 3) adds to ISO 3166: Germany's one letter, the British nationality classes,
#: the United Nations, refugees and stateless persons, organizations, and Utopia of the specimens.
ICAO_SPECIAL_CODES: dict[str, str | None] = {
    "D": "DE",
    "GBD": "GB",
    "GBN": "GB",
    "GBO": "GB",
    "GBP": "GB",
    "GBS": "GB",
    "RKS": "XK",
    "UNO": None,
    "UNA": None,
    "UNK": "XK",
    "XXA": None,
    "XXB": None,
    "XXC": None,
    "XXX": None,
    "EUE": None,
    "XPO": None,
    "XOM": None,
    "XBA": None,
    "XIM": None,
    "XCC": None,
    "XCE": None,
    "XCO": None,
    "XDC": None,
    "XEC": None,
    "XES": None,
    "XMP": None,
    "UTO": None,
}

#: The field names an error can carry: a failing check digit names one of the first five.
DOCUMENT_NUMBER = "document number"
DATE_OF_BIRTH = "date of birth"
EXPIRY_DATE = "expiry date"
PERSONAL_NUMBER = "personal number"
COMPOSITE = "composite"


def _field_label(field_name: str) -> str:
    """A field's name inside a sentence, in the reader's language (the field itself stays a code)."""
    labels = {
        DOCUMENT_NUMBER: translate("Passport", "document number"),
        DATE_OF_BIRTH: translate("Passport", "date of birth"),
        EXPIRY_DATE: translate("Passport", "expiry date"),
        PERSONAL_NUMBER: translate("Passport", "personal number"),
        "issuing state": translate("Passport", "issuing state"),
        "nationality": translate("Passport", "nationality"),
    }
    return labels.get(field_name, field_name)


_CHARS = re.compile(r"^[A-Z0-9<]*$")
_WEIGHTS = (7, 3, 1)


class MrzError(UserError):
    """The zone cannot be read; ``field`` names the check or the part that failed, ``check_digit`` says
    whether a check digit failed (the message is in the reader's language, so callers ask this instead)."""

    def __init__(self, field: str, message: str, *, check_digit: bool = False) -> None:
        super().__init__(message)
        self.field = field
        self.check_digit = check_digit


@dataclass(frozen=True)
class MrzData:
    """What a verified zone says, names decoded ("<" as spaces), dates as dates."""

    format: str  # "TD1", "TD2" or "TD3"
    document_code: str  # "P", "PD", "I", "ID", "AC"...: fillers removed
    issuing_state: str  # ICAO code as printed ("UTO", "D", "IRN")
    family_name: str
    given_names: str
    document_number: str
    nationality: str  # ICAO code as printed
    birth_date: date | None  # None when the zone gives no day or month ("<<")
    sex: str  # "M", "F", "X", or "" when the zone leaves it unspecified ("<")
    expiry_date: date | None
    personal_number: str = ""  # TD3's personal number, TD1's first optional data
    optional_data: str = ""  # TD1's second optional data
    lines: tuple[str, ...] = field(default=(), compare=False)

    @property
    def nationality_alpha2(self) -> str:
        """The nationality as the country table keys it (ISO alpha-2), or "" when it has none."""
        return country_alpha2(self.nationality) or ""

    def as_dict(self) -> dict[str, str]:
        return {
            "format": self.format,
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "family_name": self.family_name,
            "given_names": self.given_names,
            "document_number": self.document_number,
            "nationality": self.nationality,
            "birth_date": self.birth_date.isoformat() if self.birth_date else "",
            "sex": self.sex,
            "expiry_date": self.expiry_date.isoformat() if self.expiry_date else "",
            "personal_number": self.personal_number,
            "optional_data": self.optional_data,
        }


def is_known_code(code: str) -> bool:
    """Whether ``code`` (fillers removed) is a state or organization ICAO 9303 lets a zone print."""
    return code in ALPHA3_TO_ALPHA2 or code in ICAO_SPECIAL_CODES


def country_alpha2(code: str) -> str | None:
    """ICAO alpha-3 (or "D") to ISO alpha-2; None for organizations, stateless people and specimens."""
    code = code.replace("<", "").upper()
    if code in ALPHA3_TO_ALPHA2:
        return ALPHA3_TO_ALPHA2[code]
    return ICAO_SPECIAL_CODES.get(code)


def char_value(ch: str) -> int:
    """A character's value in a check: digits as themselves, A=10 ... Z=35, the filler "<" as 0."""
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    if ch == "<":
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(text: str) -> str:
    """ICAO 9303's check digit: the weighted sum (7, 3, 1, 7...) of the values, modulo 10."""
    return str(sum(char_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(text)) % 10)


def _verify(field_name: str, text: str, digit: str, *, may_be_empty: bool = False) -> None:
    if may_be_empty and digit == "<" and set(text) <= {"<"}:
        return
    if not digit.isdigit():
        raise MrzError(
            field_name,
            translate("Passport", "The {field} check digit «{digit}» is not a digit.").format(
                field=_field_label(field_name), digit=digit
            ),
            check_digit=True,
        )
    if check_digit(text) != digit:
        what = (
            translate(
                "Passport",
                "The composite check digit does not match the line: the zone was misread or altered.",
            )
            if field_name == COMPOSITE
            else translate(
                "Passport", "The {field} does not match its check digit: the zone was misread or altered."
            ).format(field=_field_label(field_name))
        )
        raise MrzError(field_name, what, check_digit=True)


def normalize_lines(lines: list[str] | tuple[str, ...] | str) -> list[str]:
    """The zone's lines as the reader meant them: layouts undone, upper case, no spaces or blank lines.

    One string may hold all lines (separated by line breaks, as a reader types them with Enter).
    """
    if isinstance(lines, str):
        lines = lines.splitlines()
    out: list[str] = []
    for line in lines:
        text = decode_scanned(line).upper().replace(" ", "")
        if text:
            out.append(text)
    return out


def _date(text: str, field_name: str, *, kind: str, today: date) -> date | None:
    if not text.isdigit():
        if len(text) == 6 and text[:2].isdigit() and set(text[2:]) <= {"<"}:
            return None  # ICAO: an unknown day and month are printed as fillers
        raise MrzError(
            field_name,
            translate("Passport", "The {field} «{text}» is not a date (YYMMDD).").format(
                field=_field_label(field_name), text=text
            ),
        )
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:])
    if kind == "birth":
        # Born in the past: this century unless that would be in the future.
        year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    else:
        # Expiry: within fifty years of today, either side (documents run ten years at most).
        year = 2000 + yy if 2000 + yy <= today.year + 50 else 1900 + yy
    try:
        value = date(year, mm, dd)
    except ValueError:
        raise MrzError(
            field_name,
            translate("Passport", "The {field} «{text}» is not a date (YYMMDD).").format(
                field=_field_label(field_name), text=text
            ),
        ) from None
    if kind == "birth" and value > today:
        value = date(year - 100, mm, dd)
    return value


def _names(text: str) -> tuple[str, str]:
    """(family, given) from "FAMILY<<GIVEN<NAMES<<<"; a name with no "<<" is all family name."""
    stripped = text.rstrip("<")
    if not stripped:
        raise MrzError("name", translate("Passport", "The name field is empty."))
    if not re.fullmatch(r"[A-Z<]+", stripped):
        raise MrzError(
            "name", translate("Passport", "The name field holds characters other than letters and fillers.")
        )
    family, _sep, given = stripped.partition("<<")
    family_name = " ".join(p for p in family.split("<") if p)
    given_names = " ".join(p for p in given.split("<") if p)
    if not family_name:
        raise MrzError(
            "name", translate("Passport", "The name field has no family name (it starts with fillers).")
        )
    return family_name, given_names


def _code(text: str, field_name: str) -> str:
    code = text.replace("<", "")
    if not re.fullmatch(r"[A-Z]{1,3}", code) or not text.startswith(code) or not is_known_code(code):
        raise MrzError(
            field_name,
            translate("Passport", "The {field} «{text}» is not a state or organization code.").format(
                field=_field_label(field_name), text=text
            ),
        )
    return code


def _sex(ch: str) -> str:
    if ch == "<":
        return ""
    if ch in ("M", "F", "X"):
        return ch
    raise MrzError(
        "sex", translate("Passport", "The sex «{value}» is not M, F or < (unspecified).").format(value=ch)
    )


def _document_code(text: str, allowed: str) -> str:
    if text[0] not in allowed or not re.fullmatch(r"[A-Z]<|[A-Z]{2}", text):
        raise MrzError(
            "document code",
            translate("Passport", "The document code «{text}» does not fit this kind of document.").format(
                text=text
            ),
        )
    return text.replace("<", "")


def _document_number(text: str) -> str:
    number = text.rstrip("<")
    if not number or "<" in number:
        raise MrzError(
            DOCUMENT_NUMBER,
            translate("Passport", "The document number «{text}» is not well formed.").format(text=text),
        )
    return number


def _optional(text: str) -> str:
    """Optional data as text: the issuing state's own content, fillers read as spaces."""
    return " ".join(p for p in text.split("<") if p)


def _parse_td3(l1: str, l2: str, today: date) -> MrzData:
    code = _document_code(l1[0:2], "P")
    issuing = _code(l1[2:5], "issuing state")
    family, given = _names(l1[5:44])
    _verify(DOCUMENT_NUMBER, l2[0:9], l2[9])
    _verify(DATE_OF_BIRTH, l2[13:19], l2[19])
    _verify(EXPIRY_DATE, l2[21:27], l2[27])
    _verify(PERSONAL_NUMBER, l2[28:42], l2[42], may_be_empty=True)
    _verify(COMPOSITE, l2[0:10] + l2[13:20] + l2[21:43], l2[43])
    return MrzData(
        format="TD3",
        document_code=code,
        issuing_state=issuing,
        family_name=family,
        given_names=given,
        document_number=_document_number(l2[0:9]),
        nationality=_code(l2[10:13], "nationality"),
        birth_date=_date(l2[13:19], DATE_OF_BIRTH, kind="birth", today=today),
        sex=_sex(l2[20]),
        expiry_date=_date(l2[21:27], EXPIRY_DATE, kind="expiry", today=today),
        personal_number=_optional(l2[28:42]),
        lines=(l1, l2),
    )


def _long_number(number_field: str, digit: str, optional: str) -> tuple[str, str, str]:
    """(document number, the text its check digit covers, its check digit), for TD1 and TD2.

    A number longer than nine characters puts "<" where the check digit goes and continues in the
    optional data, its check digit last, then a filler (Doc 9303 Part 5, 4.2.4).
    """
    if digit != "<":
        return _document_number(number_field), number_field, digit
    rest = optional.split("<", 1)[0]
    if len(rest) < 2 or "<" in number_field:
        raise MrzError(DOCUMENT_NUMBER, translate("Passport", "The long document number is not well formed."))
    return number_field + rest[:-1], number_field + rest[:-1], rest[-1]


def _parse_td1(l1: str, l2: str, l3: str, today: date) -> MrzData:
    code = _document_code(l1[0:2], "IAC")
    issuing = _code(l1[2:5], "issuing state")
    number, covered, digit = _long_number(l1[5:14], l1[14], l1[15:30])
    _verify(DOCUMENT_NUMBER, covered, digit)
    _verify(DATE_OF_BIRTH, l2[0:6], l2[6])
    _verify(EXPIRY_DATE, l2[8:14], l2[14])
    _verify(COMPOSITE, l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29])
    optional1 = l1[15:30]
    if l1[14] == "<":
        optional1 = optional1.split("<", 1)[1] if "<" in optional1 else ""
    family, given = _names(l3)
    return MrzData(
        format="TD1",
        document_code=code,
        issuing_state=issuing,
        family_name=family,
        given_names=given,
        document_number=number,
        nationality=_code(l2[15:18], "nationality"),
        birth_date=_date(l2[0:6], DATE_OF_BIRTH, kind="birth", today=today),
        sex=_sex(l2[7]),
        expiry_date=_date(l2[8:14], EXPIRY_DATE, kind="expiry", today=today),
        personal_number=_optional(optional1),
        optional_data=_optional(l2[18:29]),
        lines=(l1, l2, l3),
    )


def _parse_td2(l1: str, l2: str, today: date) -> MrzData:
    code = _document_code(l1[0:2], "IAC")
    issuing = _code(l1[2:5], "issuing state")
    family, given = _names(l1[5:36])
    number, covered, digit = _long_number(l2[0:9], l2[9], l2[28:35])
    _verify(DOCUMENT_NUMBER, covered, digit)
    _verify(DATE_OF_BIRTH, l2[13:19], l2[19])
    _verify(EXPIRY_DATE, l2[21:27], l2[27])
    _verify(COMPOSITE, l2[0:10] + l2[13:20] + l2[21:35], l2[35])
    optional = l2[28:35]
    if l2[9] == "<":
        optional = optional.split("<", 1)[1] if "<" in optional else ""
    return MrzData(
        format="TD2",
        document_code=code,
        issuing_state=issuing,
        family_name=family,
        given_names=given,
        document_number=number,
        nationality=_code(l2[10:13], "nationality"),
        birth_date=_date(l2[13:19], DATE_OF_BIRTH, kind="birth", today=today),
        sex=_sex(l2[20]),
        expiry_date=_date(l2[21:27], EXPIRY_DATE, kind="expiry", today=today),
        personal_number=_optional(optional),
        lines=(l1, l2),
    )


#: Line count and length of each format.
FORMATS: dict[str, tuple[int, int]] = {"TD1": (3, 30), "TD2": (2, 36), "TD3": (2, 44)}


def detect_format(lines: list[str]) -> str | None:
    """ "TD1", "TD2" or "TD3" from the number and length of lines, or None."""
    for name, (count, length) in FORMATS.items():
        if len(lines) == count and all(len(line) == length for line in lines):
            return name
    return None


def parse_mrz(lines: list[str] | tuple[str, ...] | str, *, today: date | None = None) -> MrzData:
    """Read and verify a machine-readable zone: two lines of 44 (passport) or 36, or three of 30 (ID card).

    Raises :class:`MrzError` naming the failing check or part; returns data only when all checks pass.
    ``today`` decides the century of two-digit years (default: the computer's date).
    """
    today = today or date.today()
    rows = normalize_lines(lines)
    for number, line in enumerate(rows, 1):
        if not _CHARS.match(line):
            bad = next(ch for ch in line if not _CHARS.match(ch))
            raise MrzError(
                "characters",
                translate(
                    "Passport", "Line {number} holds «{bad}», which a machine-readable zone never prints."
                ).format(number=numeral(number), bad=bad),
            )
    kind = detect_format(rows)
    if kind is None:
        lengths = ", ".join(str(len(line)) for line in rows) or translate("Passport", "none")
        raise MrzError(
            "format",
            translate(
                "Passport",
                "Not a machine-readable zone: a passport has two lines of 44 characters, an ID card three "
                "of 30 (these lines have {lengths}).",
            ).format(lengths=lengths),
        )
    if kind == "TD3":
        return _parse_td3(rows[0], rows[1], today)
    if kind == "TD1":
        return _parse_td1(rows[0], rows[1], rows[2], today)
    return _parse_td2(rows[0], rows[1], today)


def delegate_fields(data: MrzData) -> dict[str, object]:
    """The person's fields a verified zone fills, keyed as :mod:`accreditation.people.delegates` takes them.

    Nationality is stored as the country table keys it (ISO alpha-2) when the code has one, else as the
    zone prints it (e.g. "UTO", "XXA").
    """
    fields: dict[str, object] = {
        "family_name": data.family_name.title(),
        "given_name": data.given_names.title(),
        "document_no": data.document_number,
        "nationality": data.nationality_alpha2 or data.nationality,
    }
    if data.sex:
        fields["gender"] = data.sex
    return fields
