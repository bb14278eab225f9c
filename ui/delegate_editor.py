"""Creating and editing one person: every field of the passport form, checked while the desk types.

The rules are the core's (``validate_delegate_fields``, ``find_possible_duplicates``, the optimistic lock
of ``update_delegate``); this dialog only shows them where the eye already is: a sentence under the
field, a warning strip about a possible duplicate with a way to open the other record, both versions
side by side when another desk saved first. Nothing is written until Save, and a refused Save writes
nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QCalendar,
    QCoreApplication,
    QDateTime,
    QLocale,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.i18n import current_language
from accreditation.i18n.dates import format_date, format_datetime
from accreditation.i18n.languages import is_right_to_left
from accreditation.names.collation import name_sort_key
from accreditation.names.transliterate import suggest_latin, suggest_persian
from accreditation.people.delegates import (
    DELEGATE_FIELDS,
    FieldProblem,
    InvalidDelegate,
    StaleEdit,
    cancel_delegate,
    clean_fields,
    create_delegate,
    find_possible_duplicates,
    snapshot,
    update_delegate,
    validate_delegate_fields,
)
from accreditation.store.database import Database
from accreditation.store.models import (
    Category,
    Country,
    Delegate,
    DelegateStatus,
    Delegation,
    Gender,
    Organization,
    Region,
)

from .labels import localized_number, status_label

log = logging.getLogger(__name__)

#: The form's fields (the Delegate's own, less the status, which has its own actions).
FORM_FIELDS = tuple(f for f in DELEGATE_FIELDS if f != "status")
_ERROR_STYLE = "color: #B71C1C;"
_WARNING_STYLE = (
    "QFrame#duplicateBanner { background: #FFF8E1; border: 1px solid #F9A825; border-radius: 4px; }"
)
_PATRONYMIC = re.compile(r"(ovich|evich|ich|ovna|evna|ichna|inichna)$", re.IGNORECASE)
_AZ_PATRONYMIC = ("oğlu", "qızı", "ogly", "kyzy", "oglu", "gizi", "ogli", "qizi")


def isolated(text: str) -> str:
    """Text from elsewhere (a name, a passport number, the core's English sentence) kept in its own
    direction inside a sentence of the other direction (Unicode first-strong isolate)."""
    return f"\u2068{text}\u2069" if text else text


def field_label(name: str) -> str:
    """A person's field in words (the form, the history, the stale-edit comparison)."""
    return {
        "given_name": QCoreApplication.translate("DelegateFields", "Given name (as in the passport)"),
        "family_name": QCoreApplication.translate("DelegateFields", "Family name (as in the passport)"),
        "name_fa": QCoreApplication.translate("DelegateFields", "Persian name"),
        "name_native": QCoreApplication.translate("DelegateFields", "Native name"),
        "latin_to_verify": QCoreApplication.translate("DelegateFields", "Latin name to verify"),
        "title_en": QCoreApplication.translate("DelegateFields", "Title (English)"),
        "title_fa": QCoreApplication.translate("DelegateFields", "Title (Persian)"),
        "gender": QCoreApplication.translate("DelegateFields", "Gender"),
        "nationality": QCoreApplication.translate("DelegateFields", "Nationality"),
        "document_no": QCoreApplication.translate("DelegateFields", "Passport / ID number"),
        "phone": QCoreApplication.translate("DelegateFields", "Phone"),
        "email": QCoreApplication.translate("DelegateFields", "Email"),
        "arrival": QCoreApplication.translate("DelegateFields", "Arrival"),
        "departure": QCoreApplication.translate("DelegateFields", "Departure"),
        "dietary": QCoreApplication.translate("DelegateFields", "Dietary needs"),
        "language_needs": QCoreApplication.translate("DelegateFields", "Language needs"),
        "notes": QCoreApplication.translate("DelegateFields", "Notes"),
        "category_id": QCoreApplication.translate("DelegateFields", "Category"),
        "category": QCoreApplication.translate("DelegateFields", "Category"),
        "delegation_id": QCoreApplication.translate("DelegateFields", "Delegation"),
        "organization_id": QCoreApplication.translate("DelegateFields", "Organization"),
        "status": QCoreApplication.translate("DelegateFields", "Status"),
        "photo": QCoreApplication.translate("DelegateFields", "Photo"),
    }.get(name, name)


def gender_label(value: Gender | str | None) -> str:
    return {
        Gender.MALE: QCoreApplication.translate("DelegateFields", "Male"),
        Gender.FEMALE: QCoreApplication.translate("DelegateFields", "Female"),
        Gender.OTHER: QCoreApplication.translate("DelegateFields", "Other"),
    }.get(Gender(value) if value else None, "")  # type: ignore[arg-type]


def _quotes_isolated(text: str) -> str:
    return re.sub(r"«(.*?)»", lambda m: f"«{isolated(m.group(1))}»", text)


def problem_text(problem: FieldProblem) -> str:
    """The core's sentence, already in the desk's language (the window switches the core's messages with
    its own), with each quoted value isolated so a Latin value keeps its direction in a Persian sentence."""
    return _quotes_isolated(problem.message)


def core_sentence(text: str) -> str:
    """One of the core's sentences (in the language the core speaks, which the window sets to its own)
    kept in that language's direction, quoted values in theirs.

    A first-strong isolate would guess the direction from the first letter, and «Дата рождения» ذخیره
    نمی‌شود… begins with a Cyrillic one: the Persian sentence was then laid out left to right, its parts
    in the wrong order.
    """
    if not text:
        return text
    opening = "\u2067" if is_right_to_left(current_language()) else "\u2066"  # RLI / LRI
    return f"{opening}{_quotes_isolated(text)}\u2069"


def split_latin_name(full: str) -> tuple[str, str]:
    """A suggested full Latin name as (given, family): a patronymic is not part of the passport form."""
    words = full.split()
    if len(words) >= 3 and words[-1].lower() in _AZ_PATRONYMIC:
        # "Elşən Rauf oğlu" has no family name in it.
        return words[0], ""
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _PATRONYMIC.search(w))]
    if len(kept) >= 3 and kept[-1].lower() in _AZ_PATRONYMIC:
        kept = kept[:1]
    # "Elşən Həsənov Rauf oğlu": the patronymic and its marker go.
    for marker in _AZ_PATRONYMIC:
        if marker in (w.lower() for w in kept):
            at = [w.lower() for w in kept].index(marker)
            kept = kept[: max(at - 1, 0)] + kept[at + 1 :]
    if not kept:
        return "", ""
    if len(kept) == 1:
        return kept[0], ""
    return " ".join(kept[:-1]), kept[-1]


class _DateTimeField(QWidget):
    """A date and time that may be unknown: a tick box, and the picker in the desk's calendar."""

    changed = Signal()

    def __init__(self, language: str, default: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(self.tr("Known"))
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        if language == "fa":
            # Solar Hijri with Persian digits, as the desk reads dates.
            self.edit.setCalendar(QCalendar(QCalendar.System.Jalali))
            self.edit.setLocale(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
        # Numeric dates read left to right in Persian too (۱۴۰۴/۰۸/۲۷ ۰۸:۰۰), as the desk writes them. Set
        # before the format: a right-to-left date edit reverses the order of the format's sections.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setDisplayFormat("yyyy/MM/dd  HH:mm")
        self.edit.setDateTime(QDateTime(default.date(), default.time()))
        self.edit.setEnabled(False)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        #: In Persian, the Gregorian day beside the Solar Hijri one: itineraries and visas are Gregorian.
        self.gregorian: QLabel | None = None
        if language == "fa":
            self.gregorian = QLabel()
            self.gregorian.setObjectName("gregorianDate")
            self.gregorian.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            layout.addWidget(self.gregorian)
            self.edit.dateTimeChanged.connect(self._show_gregorian)
            # Typed Latin digits are read as well; once typed, the field shows them as Persian ones.
            self.edit.editingFinished.connect(self._redisplay)
            self.known.toggled.connect(lambda _on: self._show_gregorian())
            self._show_gregorian()
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateTimeChanged.connect(lambda _dt: self.changed.emit())

    def _redisplay(self) -> None:
        moment = self.edit.dateTime()
        self.edit.blockSignals(True)
        self.edit.setDateTime(moment.addSecs(60))
        self.edit.blockSignals(False)
        self.edit.setDateTime(moment)

    def _show_gregorian(self, *_args: object) -> None:
        if self.gregorian is None:
            return
        day = self.edit.date()
        known = self.known.isChecked()
        self.gregorian.setText(format_date(date(day.year(), day.month(), day.day()), "en") if known else "")

    def value(self) -> datetime | None:
        if not self.known.isChecked():
            return None
        moment = self.edit.dateTime()
        date_part, clock = moment.date(), moment.time()
        return datetime(date_part.year(), date_part.month(), date_part.day(), clock.hour(), clock.minute())

    def set_value(self, value: datetime | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDateTime(QDateTime(value.date(), value.time()))


class StaleEditDialog(QDialog):
    """Another desk saved this person first: their version and this form's, field by field."""

    RELOAD = 2

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleEditDialog")
        self.setWindowTitle(self.tr("Someone else saved this person"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Another desk saved this person while you were editing, so your changes were not saved. "
                "Compare the two versions, then reload the saved one and make your changes again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("staleTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved by the other desk"), self.tr("Your copy")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for r, (label, theirs, mine) in enumerate(rows):
            for c, text in enumerate((label, theirs, mine)):
                # Values keep their own direction ("+98 911 ..." stays in order in a Persian table).
                item = QTableWidgetItem(text if c == 0 else isolated(text))
                if c == 2:
                    item.setBackground(QColor("#FFF3E0"))
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.reload_button = buttons.addButton(
            self.tr("Reload the saved version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button.setObjectName("reloadButton")
        self.back_button = buttons.addButton(
            self.tr("Back to my copy"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reload_button.clicked.connect(lambda: self.done(self.RELOAD))
        self.back_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)


class CancelPersonDialog(QDialog):
    """Cancelling keeps the record (badges, check-ins and the trail still point at it); a reason is required."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelPersonDialog")
        self.setWindowTitle(self.tr("Cancel this person"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "%1 will be marked as cancelled; the record and its history are kept and their badge stops working."
            ).replace("%1", name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(self.tr("Reason (for example: the region withdrew this person)"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Cancel this person"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("confirmCancelButton")
        self.buttons.addButton(self.tr("Keep"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(False)
        self.resize(460, self.sizeHint().height())

    def reason_text(self) -> str:
        return self.reason.text().strip()


class DelegateEditor(QDialog):
    """The person form. ``delegate_id`` None creates a new person."""

    #: The person's id after a save (a new person's new id).
    saved = Signal(int)
    #: The person's id after they were cancelled.
    person_cancelled = Signal(int)
    #: The desk chose to open this other record (a possible duplicate) instead.
    open_other = Signal(int)

    def __init__(
        self,
        db: Database,
        operator: Callable[[], str | None],
        delegate_id: int | None = None,
        language: str = "en",
        parent: QWidget | None = None,
        *,
        defaults: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delegateEditor")
        self.db = db
        self._operator = operator
        self.language = language
        self._persian = language == "fa"
        self.delegate_id = delegate_id
        self._version: int | None = None
        self._original: dict[str, Any] = {}
        self._status: DelegateStatus = DelegateStatus.REGISTERED
        self._touched: set[str] = set()
        self._save_tried = False
        self._warned_duplicates: tuple[int, ...] = ()
        self._loading = False
        self.problem_labels: dict[str, QLabel] = {}
        self.child_dialog: QDialog | None = None

        with db.sessions() as session:
            self._load_choices(session)
        self._build()
        if delegate_id is not None:
            self.load(delegate_id)
        else:
            self.setWindowTitle(self.tr("New person"))
            if defaults:
                self._apply_values(defaults)
        self._revalidate()
        self.resize(980, 660)

    # --- building ---------------------------------------------------------------------------------
    def _name(self, en: str, fa: str) -> str:
        return (fa or en) if self._persian else (en or fa)

    def _load_choices(self, session: Any) -> None:
        event = current_event(session)
        self._event_start = datetime.combine(event.start_date, time(8, 0))
        self._categories = [
            (c.id, self._name(c.name_en, c.name_fa), c.color)
            for c in session.scalars(
                select(Category).where(Category.event_id == event.id).order_by(Category.rank)
            )
        ]
        regions = list(
            session.scalars(select(Region).where(Region.event_id == event.id).order_by(Region.display_order))
        )
        delegations = list(
            session.scalars(select(Delegation).where(Delegation.event_id == event.id).order_by(Delegation.id))
        )
        with_delegation = {d.region_id for d in delegations if d.region_id is not None}
        #: (label, "delegation_id:<id>" or "region_id:<id>" for a region's first delegation, or None)
        self._delegation_items: list[tuple[str, str | None]] = [(self.tr("— none —"), None)]
        for d in delegations:
            if d.region_id is not None:
                self._delegation_items.append((self._name(d.name_en, d.name_fa), f"delegation_id:{d.id}"))
        for r in regions:
            if r.id not in with_delegation:
                label = self.tr("%1 (new delegation)").replace("%1", self._name(r.name_en, r.name_fa))
                self._delegation_items.append((label, f"region_id:{r.id}"))
        # Regions keep the protocol order; guests' delegations and organizations are alphabetical.
        alphabetical = "fa" if self._persian else "en"
        guests = [
            (self._name(d.name_en, d.name_fa), f"delegation_id:{d.id}")
            for d in delegations
            if d.region_id is None
        ]
        self._delegation_items += sorted(guests, key=lambda item: name_sort_key(item[0], alphabetical))
        organizations = [
            (o.id, self._name(o.name_en, o.name_fa))
            for o in session.scalars(select(Organization).where(Organization.event_id == event.id))
        ]
        organizations.sort(key=lambda item: name_sort_key(item[1], alphabetical))
        self._organizations = [(None, self.tr("— none —")), *organizations]
        self._countries = {c.code: self._name(c.name_en, c.name_fa) for c in session.scalars(select(Country))}

    def _latin_line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        # Latin, Cyrillic, numbers and addresses read left to right even in a mirrored window.
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return edit

    def _persian_line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        return edit

    def _field(self, form: QFormLayout, name: str, widget: QWidget, extra: QWidget | None = None) -> None:
        """A row: the label, the widget (and a button), and under it the field's problem in words."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if extra is not None:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget, 1)
            row.addWidget(extra)
            column.addLayout(row)
        else:
            column.addWidget(widget)
        problem = QLabel()
        problem.setObjectName(f"problem_{name}")
        problem.setStyleSheet(_ERROR_STYLE)
        problem.setWordWrap(True)
        problem.setVisible(False)
        column.addWidget(problem)
        self.problem_labels[name] = problem
        label = QLabel(field_label(name))
        label.setBuddy(widget)
        form.addRow(label, box)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("editorHeader")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.header.setFont(font)
        outer.addWidget(self.header)

        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        names = QGroupBox(self.tr("Names and passport"))
        names_form = QFormLayout(names)
        names_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.given_name = self._latin_line("given_name")
        self.family_name = self._latin_line("family_name")
        self.suggest_latin_button = QPushButton(self.tr("Suggest"))
        self.suggest_latin_button.setObjectName("suggestLatin")
        self._field(names_form, "given_name", self.given_name, self.suggest_latin_button)
        self._field(names_form, "family_name", self.family_name)
        self.latin_to_verify = QCheckBox(self.tr("Check the Latin name against the passport"))
        self.latin_to_verify.setObjectName("latin_to_verify")
        names_form.addRow("", self.latin_to_verify)
        self.name_fa = self._persian_line("name_fa")
        self.suggest_persian_button = QPushButton(self.tr("Suggest"))
        self.suggest_persian_button.setObjectName("suggestPersian")
        self._field(names_form, "name_fa", self.name_fa, self.suggest_persian_button)
        self.name_native = self._latin_line("name_native")
        self.name_native.setPlaceholderText(
            self.tr("Cyrillic, Azerbaijani or Turkmen spelling, with patronymic")
        )
        self._field(names_form, "name_native", self.name_native)
        self.title_en = self._latin_line("title_en")
        self._field(names_form, "title_en", self.title_en)
        self.title_fa = self._persian_line("title_fa")
        self._field(names_form, "title_fa", self.title_fa)
        self.gender = QComboBox()
        self.gender.setObjectName("gender")
        self.gender.addItem("", None)
        for g in (Gender.MALE, Gender.FEMALE, Gender.OTHER):
            self.gender.addItem(gender_label(g), g.value)
        self._field(names_form, "gender", self.gender)
        self.nationality = self._latin_line("nationality")
        self.nationality.setMaxLength(3)
        self.nationality.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self))
        self.nationality.setCompleter(QCompleter(sorted(self._countries)))
        self.nationality_name = QLabel()
        self.nationality_name.setObjectName("nationalityName")
        self.nationality_name.setMinimumWidth(120)
        self._field(names_form, "nationality", self.nationality, self.nationality_name)
        self.document_no = self._latin_line("document_no")
        self._field(names_form, "document_no", self.document_no)
        columns.addWidget(names, 1)

        place = QGroupBox(self.tr("Delegation, stay and contact"))
        place_form = QFormLayout(place)
        place_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.delegation = QComboBox()
        self.delegation.setObjectName("delegation")
        for label, data in self._delegation_items:
            self.delegation.addItem(label, data)
        self._field(place_form, "delegation_id", self.delegation)
        self.organization = QComboBox()
        self.organization.setObjectName("organization")
        for oid, label in self._organizations:
            self.organization.addItem(label, oid)
        self._field(place_form, "organization_id", self.organization)
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.addItem(self.tr("— choose —"), None)
        for cid, label, color in self._categories:
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(color))
            self.category.addItem(QIcon(swatch), label, cid)
        self._field(place_form, "category", self.category)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        place_form.addRow(field_label("status"), self.status_label)
        self.phone = self._latin_line("phone")
        self._field(place_form, "phone", self.phone)
        self.email = self._latin_line("email")
        self._field(place_form, "email", self.email)
        self.arrival = _DateTimeField(self.language, self._event_start)
        self.arrival.setObjectName("arrival")
        self._field(place_form, "arrival", self.arrival)
        self.departure = _DateTimeField(self.language, self._event_start.replace(hour=18))
        self.departure.setObjectName("departure")
        self._field(place_form, "departure", self.departure)
        self.dietary = QLineEdit()
        self.dietary.setObjectName("dietary")
        self.dietary.setCompleter(
            QCompleter(
                [
                    self.tr("Halal"),
                    self.tr("Vegetarian"),
                    self.tr("Vegan"),
                    self.tr("No pork"),
                    self.tr("Gluten-free"),
                    self.tr("Diabetic"),
                ]
            )
        )
        self._field(place_form, "dietary", self.dietary)
        self.language_needs = QLineEdit()
        self.language_needs.setObjectName("language_needs")
        self._field(place_form, "language_needs", self.language_needs)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMinimumHeight(self.fontMetrics().height() * 3)
        self._field(place_form, "notes", self.notes)
        columns.addWidget(place, 1)

        # A possible duplicate: a warning strip, never a refusal.
        self.duplicate_banner = QFrame()
        self.duplicate_banner.setObjectName("duplicateBanner")
        self.duplicate_banner.setStyleSheet(_WARNING_STYLE)
        banner = QVBoxLayout(self.duplicate_banner)
        self.duplicate_text = QLabel()
        self.duplicate_text.setObjectName("duplicateText")
        self.duplicate_text.setWordWrap(True)
        banner.addWidget(self.duplicate_text)
        self.duplicate_buttons = QHBoxLayout()
        banner.addLayout(self.duplicate_buttons)
        self.duplicate_banner.setVisible(False)
        outer.addWidget(self.duplicate_banner)

        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setVisible(False)
        outer.addWidget(self.message)

        buttons = QHBoxLayout()
        self.cancel_person_button = QPushButton(self.tr("Cancel this person…"))
        self.cancel_person_button.setObjectName("cancelPersonButton")
        buttons.addWidget(self.cancel_person_button)
        self.reinstate_button = QPushButton(self.tr("Reinstate this person"))
        self.reinstate_button.setObjectName("reinstateButton")
        self.reinstate_button.setToolTip(self.tr("Undo a cancellation: the person is registered again."))
        buttons.addWidget(self.reinstate_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.cancel_person_button.clicked.connect(self.ask_cancel_person)
        self.reinstate_button.clicked.connect(self.reinstate_person)
        self.suggest_latin_button.clicked.connect(self.fill_latin_suggestion)
        self.suggest_persian_button.clicked.connect(self.fill_persian_suggestion)
        for name, edit in self._line_edits().items():
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            edit.textChanged.connect(lambda _t: self._revalidate())
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        for name, combo in (
            ("gender", self.gender),
            ("delegation_id", self.delegation),
            ("organization_id", self.organization),
            ("category", self.category),
        ):
            combo.currentIndexChanged.connect(lambda _i, n=name: self._edited(n))
        self.latin_to_verify.toggled.connect(lambda _on: self._edited("latin_to_verify"))
        self.arrival.changed.connect(lambda: self._edited("arrival"))
        self.departure.changed.connect(lambda: self._edited("departure"))
        self.nationality.textChanged.connect(self._show_country)
        for source in (self.name_fa, self.name_native, self.given_name, self.family_name):
            source.textChanged.connect(self._update_suggestion_tips)
        self._update_suggestion_tips()
        # The passport's machine-readable zone, above the columns (ui/mrz_field.py).
        __import__("ui.mrz_field", fromlist=["install_in_editor"]).install_in_editor(self, outer)

    def _line_edits(self) -> dict[str, QLineEdit]:
        return {
            "given_name": self.given_name,
            "family_name": self.family_name,
            "name_fa": self.name_fa,
            "name_native": self.name_native,
            "title_en": self.title_en,
            "title_fa": self.title_fa,
            "nationality": self.nationality,
            "document_no": self.document_no,
            "phone": self.phone,
            "email": self.email,
            "dietary": self.dietary,
            "language_needs": self.language_needs,
        }

    # --- values -----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form as the core takes it (delegate fields, or ``region_id`` for a new delegation)."""
        data: dict[str, Any] = {name: edit.text() for name, edit in self._line_edits().items()}
        data["notes"] = self.notes.toPlainText()
        data["latin_to_verify"] = self.latin_to_verify.isChecked()
        data["gender"] = self.gender.currentData()
        data["arrival"] = self.arrival.value()
        data["departure"] = self.departure.value()
        data["category_id"] = self.category.currentData()
        data["organization_id"] = self.organization.currentData()
        choice = self.delegation.currentData()
        if choice is None:
            data["delegation_id"] = None
        else:
            key, ident = str(choice).split(":")
            data[key] = int(ident)
            if key == "region_id":
                data.pop("delegation_id", None)
        return data

    def _apply_values(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            for name, edit in self._line_edits().items():
                if name in data:
                    edit.setText(str(data.get(name) or ""))
            if "notes" in data:
                self.notes.setPlainText(data.get("notes") or "")
            self.latin_to_verify.setChecked(bool(data.get("latin_to_verify")))
            gender = data.get("gender")
            self.gender.setCurrentIndex(
                max(self.gender.findData(Gender(gender).value if gender else None), 0)
            )
            self.arrival.set_value(data.get("arrival"))
            self.departure.set_value(data.get("departure"))
            self.category.setCurrentIndex(max(self.category.findData(data.get("category_id")), 0))
            self.organization.setCurrentIndex(max(self.organization.findData(data.get("organization_id")), 0))
            if data.get("region_id") is not None:
                index = self.delegation.findData(f"region_id:{data['region_id']}")
            elif data.get("delegation_id") is not None:
                index = self.delegation.findData(f"delegation_id:{data['delegation_id']}")
            else:
                index = 0
            self.delegation.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False

    def load(self, delegate_id: int) -> None:
        """Read the person as saved now (also after another desk's save)."""
        with self.db.sessions() as session:
            delegate = session.get(Delegate, delegate_id)
            if delegate is None:
                raise UserError(self.tr("This person no longer exists in the database."))
            data = snapshot(delegate)
            self._version = delegate.version
            self._status = DelegateStatus(delegate.status)
            name = delegate.latin_name or delegate.name_fa or delegate.name_native
        self.delegate_id = delegate_id
        self._original = data
        self._apply_values(data)
        self._touched.clear()
        self._save_tried = False
        self._hide_duplicates()
        self.message.setVisible(False)
        self.setWindowTitle(self.tr("Edit person — %1").replace("%1", name))
        self._revalidate()

    # --- live checks ------------------------------------------------------------------------------
    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        if name in ("document_no", "given_name", "family_name", "name_fa", "name_native", "delegation_id"):
            # The data the warning was about changed: warn again on the next Save.
            self._warned_duplicates = ()
            self._hide_duplicates()
        self._revalidate()

    def current_problems(self) -> list[FieldProblem]:
        data = self.values()
        try:
            cleaned = clean_fields({k: v for k, v in data.items()})
        except ValueError:
            cleaned = data
        problems = validate_delegate_fields(cleaned)
        return problems

    def _revalidate(self) -> None:
        """Show each field's problem under it; a missing required field only once it matters."""
        if not hasattr(self, "save_button"):
            return
        problems = self.current_problems()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            column = problem.column
            if (
                problem.missing
                and not self._save_tried
                and column not in self._touched
                and not (column == "given_name" and "family_name" in self._touched)
            ):
                continue
            by_field.setdefault(column, []).append(problem_text(problem))
        for name, label in self.problem_labels.items():
            texts = by_field.get(name, [])
            label.setText(" ".join(texts))
            label.setVisible(bool(texts))
        self._update_header()

    def _update_header(self) -> None:
        latin = " ".join(p for p in (self.given_name.text().strip(), self.family_name.text().strip()) if p)
        persian = self.name_fa.text().strip()
        shown = (persian or latin) if self._persian else (latin or persian)
        status = status_label(self._status) if self.delegate_id is not None else self.tr("New person")
        name = isolated(shown) if shown else self.tr("(no name yet)")
        self.header.setText(f"{name} — {status}")
        self.status_label.setText(status)
        cancelled = self._status == DelegateStatus.CANCELLED
        self.cancel_person_button.setEnabled(self.delegate_id is not None and not cancelled)
        self.cancel_person_button.setVisible(not cancelled)
        self.reinstate_button.setVisible(cancelled)

    def _show_country(self, text: str) -> None:
        if text != text.upper():
            position = self.nationality.cursorPosition()
            self.nationality.setText(text.upper())
            self.nationality.setCursorPosition(position)
            return
        self.nationality_name.setText(self._countries.get(text.upper(), ""))

    # --- suggestions --------------------------------------------------------------------------------
    def _latin_suggestion(self) -> tuple[str, str] | None:
        full = suggest_latin(self.name_fa.text(), self.name_native.text())
        if not full:
            return None
        return split_latin_name(full)

    def _persian_suggestion(self) -> str | None:
        latin = " ".join(p for p in (self.given_name.text().strip(), self.family_name.text().strip()) if p)
        return suggest_persian(latin, self.name_native.text())

    def _update_suggestion_tips(self) -> None:
        latin = self._latin_suggestion()
        self.suggest_latin_button.setEnabled(latin is not None)
        self.suggest_latin_button.setToolTip(
            self.tr("Fill in: %1").replace("%1", " ".join(p for p in latin if p))
            if latin
            else self.tr("Type the Persian or native name first")
        )
        persian = self._persian_suggestion()
        self.suggest_persian_button.setEnabled(bool(persian))
        self.suggest_persian_button.setToolTip(
            self.tr("Fill in: %1").replace("%1", persian)
            if persian
            else self.tr("Type the Latin or native name first")
        )

    @staticmethod
    def _replace_text(edit: QLineEdit, text: str) -> None:
        """Replace as typing would, so Ctrl+Z brings the previous text back."""
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()
        edit.insert(text)

    def fill_latin_suggestion(self) -> None:
        """Only on the desk's click: the suggestion is a proposal to check against the passport."""
        suggestion = self._latin_suggestion()
        if suggestion is None:
            return
        given, family = suggestion
        self._replace_text(self.given_name, given)
        if family:
            self._replace_text(self.family_name, family)
        self.latin_to_verify.setChecked(True)
        self._edited("given_name")
        self._edited("family_name")

    def fill_persian_suggestion(self) -> None:
        suggestion = self._persian_suggestion()
        if suggestion:
            self._replace_text(self.name_fa, suggestion)
            self._edited("name_fa")

    # --- saving -------------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _hide_duplicates(self) -> None:
        self.duplicate_banner.setVisible(False)
        self.save_button.setText(self.tr("Save"))

    def _show_duplicates(self, others: list[Delegate]) -> None:
        while self.duplicate_buttons.count():
            item = self.duplicate_buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        document = clean_fields({"document_no": self.document_no.text()})["document_no"]
        lines = []
        for other in others[:5]:
            why = (
                self.tr("the same passport number")
                if document and other.document_no == document
                else self.tr("the same name in the same region")
            )
            name = other.latin_name or other.name_fa or other.name_native
            state = " " + self.tr("(cancelled)") if other.status == DelegateStatus.CANCELLED else ""
            lines.append(
                self.tr("#%1 %2%3: %4")
                .replace("%1", localized_number(other.id, self.language))
                .replace("%2", isolated(name))
                .replace("%3", state)
                .replace("%4", why)
            )
            button = QPushButton(
                self.tr("Open #%1 instead").replace("%1", localized_number(other.id, self.language))
            )
            button.setObjectName(f"openDuplicate{other.id}")
            button.clicked.connect(lambda _c=False, pid=other.id: self._open_other(pid))
            self.duplicate_buttons.addWidget(button)
        self.duplicate_buttons.addStretch(1)
        self.duplicate_text.setText(
            self.tr("This may be someone already registered:")
            + "\n"
            + "\n".join(lines)
            + "\n"
            + self.tr("Open that record instead, or press «Save anyway» if this is a different person.")
        )
        self.duplicate_banner.setVisible(True)
        self.save_button.setText(self.tr("Save anyway"))

    def _open_other(self, delegate_id: int) -> None:
        self.open_other.emit(delegate_id)
        self.reject()

    def save(self) -> bool:
        """Check, warn about duplicates once, then create or update in one transaction."""
        self._save_tried = True
        self._show_message("")
        problems = self.current_problems()
        if problems:
            self._revalidate()
            self._show_message(self.tr("Nothing was saved: correct the fields marked in red."))
            return False
        data = self.values()
        try:
            with self.db.sessions() as session:
                others = find_possible_duplicates(session, data, exclude_id=self.delegate_id)
                ids = tuple(o.id for o in others)
                if others and ids != self._warned_duplicates:
                    self._warned_duplicates = ids
                    self._show_duplicates(others)
                    return False
        except Exception:  # a failed warning must not stop the desk from saving
            log.exception("duplicate check failed")
        operator = self._operator()
        if not operator:
            self._show_message(
                self.tr("Nothing was saved: the operator's name is needed to record the change.")
            )
            return False
        try:
            with self.db.transaction() as session:
                if self.delegate_id is None:
                    delegate = create_delegate(session, data, operator)
                    saved_id = delegate.id
                else:
                    update_delegate(session, self.delegate_id, data, operator, expected_version=self._version)
                    saved_id = self.delegate_id
        except StaleEdit:
            self._show_stale(data)
            return False
        except InvalidDelegate as exc:
            for problem in exc.problems:
                label = self.problem_labels.get(problem.column)
                if label is not None:
                    label.setText(problem_text(problem))
                    label.setVisible(True)
            self._show_message(self.tr("Nothing was saved: correct the fields marked in red."))
            return False
        except UserError as exc:
            self._show_message(self.tr("Nothing was saved: %1").replace("%1", core_sentence(exc.message)))
            return False
        except Exception:
            log.exception("saving a person failed")
            self._show_message(
                self.tr("Nothing was saved: an unexpected error occurred (details are in the log file).")
            )
            return False
        self.delegate_id = saved_id
        self.saved.emit(saved_id)
        self.accept()
        return True

    def _show_stale(self, mine: dict[str, Any]) -> None:
        assert self.delegate_id is not None
        with self.db.sessions() as session:
            delegate = session.get(Delegate, self.delegate_id)
            theirs = snapshot(delegate) if delegate is not None else {}
            names = self._value_names(session)
        mine_clean = clean_fields({k: v for k, v in mine.items() if k != "region_id"})
        rows = []
        for field in FORM_FIELDS:
            a, b = theirs.get(field), mine_clean.get(field)
            shown = _display(a, field, names, self.language), _display(b, field, names, self.language)
            if shown[0] != shown[1]:
                rows.append((field_label(field), *shown))
        if not rows:
            rows.append(
                (
                    field_label("status"),
                    status_label(theirs.get("status", self._status)),
                    status_label(self._status),
                )
            )
        dialog = StaleEditDialog(rows, self)
        self.child_dialog = dialog

        def finished(code: int) -> None:
            if code == StaleEditDialog.RELOAD and self.delegate_id is not None:
                self.load(self.delegate_id)
                self._show_message(self.tr("The saved version is shown; make your changes again and save."))
            else:
                self._show_message(
                    self.tr("Not saved: another desk changed this person. Reload to see their changes.")
                )

        dialog.finished.connect(finished)
        dialog.open()

    def _value_names(self, session: Any) -> dict[str, dict[Any, str]]:
        return value_names(session, self.language)

    # --- cancelling ---------------------------------------------------------------------------------
    def ask_cancel_person(self) -> None:
        if self.delegate_id is None:
            return
        name = (
            " ".join(p for p in (self.given_name.text(), self.family_name.text()) if p) or self.name_fa.text()
        )
        dialog = CancelPersonDialog(name, self)
        self.child_dialog = dialog

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted:
                self.cancel_person(dialog.reason_text())

        dialog.finished.connect(finished)
        dialog.open()

    def cancel_person(self, reason: str) -> bool:
        if self.delegate_id is None:
            return False
        operator = self._operator()
        if not operator:
            self._show_message(self.tr("Not cancelled: the operator's name is needed to record the change."))
            return False
        try:
            with self.db.transaction() as session:
                cancel_delegate(session, self.delegate_id, operator, reason, expected_version=self._version)
        except StaleEdit:
            self._show_stale(self.values())
            return False
        except UserError as exc:
            self._show_message(self.tr("Not cancelled: %1").replace("%1", core_sentence(exc.message)))
            return False
        except Exception:
            log.exception("cancelling a person failed")
            self._show_message(
                self.tr("Not cancelled: an unexpected error occurred (details are in the log file).")
            )
            return False
        self.person_cancelled.emit(self.delegate_id)
        self.accept()
        return True

    def reinstate_person(self) -> bool:
        """A cancellation made by mistake is undone as a change of status, recorded like any other."""
        if self.delegate_id is None or self._status != DelegateStatus.CANCELLED:
            return False
        operator = self._operator()
        if not operator:
            self._show_message(self.tr("Not reinstated: the operator's name is needed to record the change."))
            return False
        try:
            with self.db.transaction() as session:
                update_delegate(
                    session,
                    self.delegate_id,
                    {"status": DelegateStatus.REGISTERED},
                    operator,
                    expected_version=self._version,
                    action="reinstate",
                )
        except StaleEdit:
            self._show_stale(self.values())
            return False
        except UserError as exc:
            self._show_message(self.tr("Not reinstated: %1").replace("%1", core_sentence(exc.message)))
            return False
        except Exception:
            log.exception("reinstating a person failed")
            self._show_message(
                self.tr("Not reinstated: an unexpected error occurred (details are in the log file).")
            )
            return False
        self.load(self.delegate_id)
        self._show_message("")
        self.saved.emit(self.delegate_id)
        return True


def value_names(session: Any, language: str) -> dict[str, dict[Any, str]]:
    """Names for the ids a person's fields hold, so a comparison or a history says words, not numbers."""
    persian = language == "fa"

    def name(en: str, fa: str) -> str:
        return (fa or en) if persian else (en or fa)

    return {
        "category_id": {c.id: name(c.name_en, c.name_fa) for c in session.scalars(select(Category))},
        "delegation_id": {d.id: name(d.name_en, d.name_fa) for d in session.scalars(select(Delegation))},
        "organization_id": {o.id: name(o.name_en, o.name_fa) for o in session.scalars(select(Organization))},
    }


def _display(value: Any, field: str, names: dict[str, dict[Any, str]], language: str = "en") -> str:
    """One field's value as a person reads it (dates in the desk's calendar)."""
    if value is None or value == "":
        return ""
    if field in names:
        try:
            return names[field].get(int(value), str(value))
        except (TypeError, ValueError):
            return str(value)
    if field == "status":
        try:
            return status_label(DelegateStatus(value))
        except ValueError:
            return str(value)
    if field == "gender":
        try:
            return gender_label(value)
        except ValueError:
            return str(value)
    if field == "latin_to_verify":
        return (
            QCoreApplication.translate("DelegateFields", "yes")
            if value
            else QCoreApplication.translate("DelegateFields", "no")
        )
    if isinstance(value, str) and field in ("arrival", "departure"):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        return format_datetime(value, language)
    return str(value)


display_value = _display
