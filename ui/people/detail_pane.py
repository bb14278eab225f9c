"""The right-hand pane: one person's data and photo, read from the core."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from accreditation.i18n.dates import format_datetime
from accreditation.people.directory import PersonDetail

from ..labels import badge_status_label, localized_digits, status_label

PHOTO_WIDTH = 150


class DetailPane(QScrollArea):
    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._language = language
        self._persian = language == "fa"
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.photo = QLabel()
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(PHOTO_WIDTH, PHOTO_WIDTH * 4 // 3)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        #: The name's other spellings, under the one the reader reads first.
        self.other_names = QLabel()
        self.other_names.setObjectName("otherNames")
        self.other_names.setWordWrap(True)
        self.other_names.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.other_names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.other_names)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.setWidget(body)
        self._fields: dict[str, QLabel] = {}
        for key, label in self._field_labels():
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"field_{key}")
            self._fields[key] = value
            self.form.addRow(label, value)
        self.show_person(None)

    def _field_labels(self) -> list[tuple[str, str]]:
        return [
            ("name_latin", self.tr("Name (passport)")),
            ("name_fa", self.tr("Persian name")),
            ("name_native", self.tr("Native name")),
            ("title", self.tr("Title")),
            ("category", self.tr("Category")),
            ("delegation", self.tr("Delegation")),
            ("region", self.tr("Region")),
            ("organization", self.tr("Organization")),
            ("status", self.tr("Status")),
            ("badge", self.tr("Badge")),
            ("nationality", self.tr("Nationality")),
            ("document_no", self.tr("Passport / ID")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("stay", self.tr("Arrival – departure")),
            ("needs", self.tr("Dietary and language needs")),
            ("notes", self.tr("Notes")),
        ]

    def _badge_text(self, detail: PersonDetail) -> str:
        if detail.badge_number is None:
            return self.tr("Not issued yet")
        text = self.tr("No. %1, version %2 — %3").replace("%1", str(detail.badge_number)).replace(
            "%2", str(detail.badge_version)).replace("%3", badge_status_label(detail.badge_status or ""))
        return localized_digits(text, self._language)

    def field_text(self, key: str) -> str:
        return self._fields[key].text()

    def add_section(self, widget: QWidget) -> None:
        """Put ``widget`` under the card's fields and the sections added before it (above the closing stretch)."""
        layout = self.widget().layout()
        layout.insertWidget(max(layout.count() - 1, 0), widget)

    def show_person(self, detail: PersonDetail | None) -> None:
        if detail is None:
            self.heading.setText(self.tr("Select a person to see their details"))
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo"))
            self.other_names.clear()
            for value in self._fields.values():
                value.clear()
            return
        row = detail.row
        fa = self._persian
        lang = self._language
        latin = row.latin
        names = row.names(lang)
        self.heading.setText(names[0] if names else "")
        # Each spelling isolated, so a Latin name inside a Persian line keeps its own direction.
        self.other_names.setText(" · ".join(f"\u2068{n}\u2069" for n in names[1:]))
        values = {
            "name_latin": latin + (" " + self.tr("(to verify)") if detail.latin_to_verify else ""),
            "name_fa": row.name_fa,
            "name_native": row.name_native,
            # The reader's form first; the English one under it when they differ (it is the passport's language).
            "title": "\n".join(dict.fromkeys(t for t in (row.title(lang), row.title_en) if t)),
            "category": row.category_fa if fa else (row.category_ru or row.category_en) if lang == "ru" else row.category_en,
            "delegation": row.delegation(lang),
            "region": " — ".join(x for x in (detail.region(lang), detail.country(lang)) if x),
            "organization": detail.organization(lang),
            "status": status_label(row.status),
            "badge": self._badge_text(detail),
            "nationality": detail.nationality,
            "document_no": detail.document_no,
            "phone": detail.phone,
            "email": detail.email,
            "stay": " – ".join(format_datetime(d, self._language) for d in (detail.arrival, detail.departure) if d),
            "needs": " · ".join(x for x in (detail.dietary, detail.language_needs) if x),
            "notes": detail.notes,
        }
        for key, text in values.items():
            self._fields[key].setText(text)
        # Latin and Cyrillic values read left to right even in a mirrored window.
        for key in ("name_latin", "name_native", "document_no", "phone", "email"):
            self._fields[key].setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        pixmap = QPixmap()
        if detail.photo_jpeg and pixmap.loadFromData(detail.photo_jpeg):
            self.photo.setPixmap(
                pixmap.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo"))
