"""The rule stored with each seat, said in Persian for the desk's working language.

The core writes rules in English from fixed templates (:mod:`.precedence` when arranging, :mod:`.plans`
for changes by hand), so each reads back through the patterns here: a template changed there needs its
pattern changed here. Kept apart from both because the views read rules without arranging anything.
"""

from __future__ import annotations

import re

from accreditation.i18n.digits import to_persian_digits

_LANGUAGES_FA = {"Persian": "فارسی", "English": "انگلیسی", "Russian": "روسی"}
_RULES_FA: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"Host: the head of the host region's delegation, at the centre of the head table"),
        "میزبان: رئیس هیئت استان میزبان، در مرکز میز ریاست",
    ),
    (
        re.compile(r"Precedence (?P<n>\d+) \((?P<words>.+?)\): head of delegation, (?P<side>.+)"),
        "تقدم {n} ({words}): رئیس هیئت، {side}",
    ),
    (
        re.compile(r"Interpreter of (?P<who>.+): behind and to the right of the head of delegation"),
        "مترجم هیئت {who}: پشت سر و سمت راست رئیس هیئت",
    ),
    (
        re.compile(r"Adviser of (?P<who>.+) \(no interpreter\): behind the head of delegation, to the right"),
        "مشاور هیئت {who} (بدون مترجم): پشت سر رئیس هیئت، سمت راست",
    ),
    (
        re.compile(r"Adviser of (?P<who>.+): in the row behind the head of delegation"),
        "مشاور هیئت {who}: در ردیف پشت سر رئیس هیئت",
    ),
    (
        re.compile(
            r"Guest (?P<n>\d+) by rank \((?P<cat>[\w-]+)\), then name: (?P<where>at the table|row \w+), "
            r"(?P<side>.+)"
        ),
        "مهمان {n} به ترتیب رتبه ({cat}) و سپس نام: {where}، {side}",
    ),
    (
        re.compile(r"Guest: guest seats full, seated first in the rows; (?P<where>row \w+)"),
        "مهمان: جایگاه مهمانان پر است، در نخستین ردیف‌ها؛ {where}",
    ),
    (
        re.compile(
            r"Member of the delegation of (?P<who>.+): with the delegation, in order of precedence; "
            r"(?P<where>row \w+)"
        ),
        "عضو هیئت {who}: همراه هیئت، به ترتیب تقدم؛ {where}",
    ),
    (
        re.compile(r"Organization's participant: after the delegations, by rank; (?P<where>row \w+)"),
        "از سازمان‌ها: پس از هیئت‌ها، به ترتیب رتبه؛ {where}",
    ),
    (re.compile(r"Placed by hand"), "جای‌گذاری دستی"),
    (
        re.compile(r"Swapped by hand with the person now in (?P<label>.+)"),
        "جابه‌جایی دستی با فرد صندلی {label}",
    ),
    (re.compile(r"Reserved for (?P<who>.+) by the protocol officer"), "رزرو برای {who} توسط کارشناس تشریفات"),
    (re.compile(r"Kept empty \(locked\)"), "خالی نگه‌داشته‌شده (قفل)"),
]


def _side_fa(text: str) -> str:
    if text == "the centre":
        return "مرکز"
    match = re.fullmatch(r"(\d+)\w\w place to the host's (right|left)", text)
    if not match:
        return text
    return f"جایگاه {match.group(1)} سمت {'راست' if match.group(2) == 'right' else 'چپ'} میزبان"


def _words_fa(text: str) -> str:
    if text == "the protocol officer's order":
        return "ترتیب تعیین‌شده توسط کارشناس تشریفات"
    match = re.fullmatch(r"rank, then (region|country and region) name in (\w+)", text)
    if not match:
        return text
    what = "نام استان" if match.group(1) == "region" else "نام کشور و استان"
    return f"رتبه، سپس {what} به ترتیب الفبای {_LANGUAGES_FA.get(match.group(2), match.group(2))}"


def rule_in_persian(rule: str, names: dict[str, str] | None = None) -> str:
    """A stored rule (English, as the core writes it) said in Persian, names in Persian where known.

    Rules are written from fixed templates (see the module's docstring), so each reads back; a rule
    typed by hand that matches none is returned as it is.
    """
    names = names or {}
    parts = rule.split("; locked by the protocol officer")
    text = parts[0]
    out = text
    for pattern, template in _RULES_FA:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = dict(match.groupdict())
        if "who" in values:
            values["who"] = names.get(values["who"], values["who"])
        if "cat" in values:
            values["cat"] = names.get(values["cat"], values["cat"])
        if "side" in values:
            values["side"] = _side_fa(values["side"])
        if "words" in values:
            values["words"] = _words_fa(values["words"])
        if "where" in values:
            values["where"] = (
                "پشت میز" if values["where"] == "at the table" else values["where"].replace("row", "ردیف")
            )
        out = template.format(**values)
        break
    if len(parts) > 1:
        out += "؛ قفل‌شده توسط کارشناس تشریفات"
    return to_persian_digits(out) if out != text else out
