"""The person editor's form: every field of the passport form, in two columns, as the core takes them."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from accreditation.names.transliterate import suggest_latin, suggest_persian
from accreditation.store.models import Gender

from ..labels import field_label, gender_label
from .choices import EditorChoices
from .fields import _DateTimeField, field_row, latin_line, persian_line

_PATRONYMIC = re.compile(r"(ovich|evich|ich|ovna|evna|ichna|inichna)$", re.IGNORECASE)
_AZ_PATRONYMIC = ("oğlu", "qızı", "ogly", "kyzy", "oglu", "gizi", "ogli", "qizi")


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


class PersonForm(QDialog):
    """The person editor's form (:class:`~ui.editor.dialog.DelegateEditor` is this form with a record behind
    it): the fields in two columns, reading and setting them as the core takes them, and filling them as
    typing would (the Suggest buttons, the passport's zone). Its words are the editor's ("DelegateEditor")."""

    def __init__(self, choices: EditorChoices, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._persian = language == "fa"
        self._choices = choices
        self._loading = False
        self.problem_labels: dict[str, QLabel] = {}

    def _edited(self, name: str) -> None:
        """The desk changed field ``name`` (the editor marks it touched and checks the form again)."""

    # --- building ---------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, name: str, widget: QWidget, extra: QWidget | None = None) -> None:
        self.problem_labels[name] = field_row(form, name, widget, extra)

    def _build_form(self, columns: QHBoxLayout) -> None:
        """The two columns of fields: names and passport; delegation, stay and contact."""
        names = QGroupBox(QCoreApplication.translate("DelegateEditor", "Names and passport"))
        names_form = QFormLayout(names)
        names_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.given_name = latin_line("given_name")
        self.family_name = latin_line("family_name")
        self.suggest_latin_button = QPushButton(QCoreApplication.translate("DelegateEditor", "Suggest"))
        self.suggest_latin_button.setObjectName("suggestLatin")
        self._field(names_form, "given_name", self.given_name, self.suggest_latin_button)
        self._field(names_form, "family_name", self.family_name)
        self.latin_to_verify = QCheckBox(
            QCoreApplication.translate("DelegateEditor", "Check the Latin name against the passport")
        )
        self.latin_to_verify.setObjectName("latin_to_verify")
        names_form.addRow("", self.latin_to_verify)
        self.name_fa = persian_line("name_fa")
        self.suggest_persian_button = QPushButton(QCoreApplication.translate("DelegateEditor", "Suggest"))
        self.suggest_persian_button.setObjectName("suggestPersian")
        self._field(names_form, "name_fa", self.name_fa, self.suggest_persian_button)
        self.name_native = latin_line("name_native")
        self.name_native.setPlaceholderText(
            QCoreApplication.translate(
                "DelegateEditor", "Cyrillic, Azerbaijani or Turkmen spelling, with patronymic"
            )
        )
        self._field(names_form, "name_native", self.name_native)
        self.title_en = latin_line("title_en")
        self._field(names_form, "title_en", self.title_en)
        self.title_fa = persian_line("title_fa")
        self._field(names_form, "title_fa", self.title_fa)
        self.title_ru = latin_line("title_ru")  # Cyrillic reads left to right too
        self._field(names_form, "title_ru", self.title_ru)
        self.gender = QComboBox()
        self.gender.setObjectName("gender")
        self.gender.addItem("", None)
        for g in (Gender.MALE, Gender.FEMALE, Gender.OTHER):
            self.gender.addItem(gender_label(g), g.value)
        self._field(names_form, "gender", self.gender)
        self.nationality = latin_line("nationality")
        self.nationality.setMaxLength(3)
        self.nationality.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self))
        self.nationality.setCompleter(QCompleter(sorted(self._choices.countries)))
        self.nationality_name = QLabel()
        self.nationality_name.setObjectName("nationalityName")
        self.nationality_name.setMinimumWidth(120)
        self._field(names_form, "nationality", self.nationality, self.nationality_name)
        self.document_no = latin_line("document_no")
        self._field(names_form, "document_no", self.document_no)
        columns.addWidget(names, 1)

        place = QGroupBox(QCoreApplication.translate("DelegateEditor", "Delegation, stay and contact"))
        place_form = QFormLayout(place)
        place_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.delegation = QComboBox()
        self.delegation.setObjectName("delegation")
        for label, data in self._choices.delegations:
            self.delegation.addItem(label, data)
        self._field(place_form, "delegation_id", self.delegation)
        self.organization = QComboBox()
        self.organization.setObjectName("organization")
        for oid, label in self._choices.organizations:
            self.organization.addItem(label, oid)
        self._field(place_form, "organization_id", self.organization)
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.addItem(QCoreApplication.translate("DelegateEditor", "— choose —"), None)
        for cid, label, color in self._choices.categories:
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(color))
            self.category.addItem(QIcon(swatch), label, cid)
        self._field(place_form, "category", self.category)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        place_form.addRow(field_label("status"), self.status_label)
        self.phone = latin_line("phone")
        self._field(place_form, "phone", self.phone)
        self.email = latin_line("email")
        self._field(place_form, "email", self.email)
        self.arrival = _DateTimeField(self.language, self._choices.event_start)
        self.arrival.setObjectName("arrival")
        self._field(place_form, "arrival", self.arrival)
        self.departure = _DateTimeField(self.language, self._choices.event_start.replace(hour=18))
        self.departure.setObjectName("departure")
        self._field(place_form, "departure", self.departure)
        self.dietary = QLineEdit()
        self.dietary.setObjectName("dietary")
        self.dietary.setCompleter(
            QCompleter(
                [
                    QCoreApplication.translate("DelegateEditor", "Halal"),
                    QCoreApplication.translate("DelegateEditor", "Vegetarian"),
                    QCoreApplication.translate("DelegateEditor", "Vegan"),
                    QCoreApplication.translate("DelegateEditor", "No pork"),
                    QCoreApplication.translate("DelegateEditor", "Gluten-free"),
                    QCoreApplication.translate("DelegateEditor", "Diabetic"),
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

    def _line_edits(self) -> dict[str, QLineEdit]:
        return {
            "given_name": self.given_name,
            "family_name": self.family_name,
            "name_fa": self.name_fa,
            "name_native": self.name_native,
            "title_en": self.title_en,
            "title_fa": self.title_fa,
            "title_ru": self.title_ru,
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

    def _show_country(self, text: str) -> None:
        if text != text.upper():
            position = self.nationality.cursorPosition()
            self.nationality.setText(text.upper())
            self.nationality.setCursorPosition(position)
            return
        self.nationality_name.setText(self._choices.countries.get(text.upper(), ""))

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
            QCoreApplication.translate("DelegateEditor", "Fill in: %1").replace(
                "%1", " ".join(p for p in latin if p)
            )
            if latin
            else QCoreApplication.translate("DelegateEditor", "Type the Persian or native name first")
        )
        persian = self._persian_suggestion()
        self.suggest_persian_button.setEnabled(bool(persian))
        self.suggest_persian_button.setToolTip(
            QCoreApplication.translate("DelegateEditor", "Fill in: %1").replace("%1", persian)
            if persian
            else QCoreApplication.translate("DelegateEditor", "Type the Latin or native name first")
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

    def fill_as_typed(self, values: dict[str, Any]) -> None:
        """Set fields as typing would (undoable, marked as touched, checked live)."""
        edits = self._line_edits()
        for name, value in values.items():
            if name in edits:
                self._replace_text(edits[name], str(value))
                self._edited(name)
            elif name == "gender":
                index = self.gender.findData(value)
                if index >= 0:
                    self.gender.setCurrentIndex(index)
        if {"given_name", "family_name"} & set(values):
            # The names come from the passport itself: nothing left to check against it.
            self.latin_to_verify.setChecked(False)
