"""What a preview says: each row's outcome (new, update, rejected) and its problems, and the whole file's.

The CLI's ``--json`` prints these shapes; the import wizard shows them row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accreditation.i18n import translate
from accreditation.intake.headers import ColumnMapping
from accreditation.intake.reading import Table
from accreditation.intake.values import Choice
from accreditation.people.photos import PhotoResult


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong (or worth a look) at one row: the shape the CLI's ``--json`` prints."""

    row: int
    column: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class ImportOptions:
    """Choices the desk makes for a whole file."""

    #: The region for rows that name none (``--region``); a region column in the file wins.
    region_code: str | None = None
    #: The category for rows that name none: a region's list is its official delegation.
    default_category: str = "delegate"
    #: When the file has no region column and no region was chosen, try the file name (astrakhan.csv).
    region_from_file_name: bool = True
    #: Load photos named in a ``photo`` column or found in a folder beside the file.
    photos: bool = True


@dataclass
class RowResult:
    """One data row understood: the person's fields and what would happen to them."""

    row: int
    #: Delegate fields as :mod:`accreditation.people.delegates` takes them (plus ``region_id``).
    values: dict[str, Any]
    #: Fields given a value by a default (the file's category or the region's nationality), not the file.
    defaulted: frozenset[str] = frozenset()
    region: Choice | None = None
    category: Choice | None = None
    organization: str = ""
    problems: list[RowProblem] = field(default_factory=list)
    notices: list[RowProblem] = field(default_factory=list)
    #: The person already in the database this row updates.
    match_id: int | None = None
    photo: PhotoResult | None = None
    photo_source: str = ""

    @property
    def from_file(self) -> set[str]:
        """Fields the file itself gave (not defaults): an update changes only these. Worked out when
        asked, since only rows that update someone need it."""
        return {k for k, v in self.values.items() if v is not None and v != ""} - self.defaulted

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def action(self) -> str:
        """ "create", "update" or "reject": the preview's verdict column."""
        if self.problems:
            return "reject"
        return "update" if self.match_id is not None else "create"

    @property
    def display_name(self) -> str:
        latin = " ".join(p for p in (self.values.get("given_name"), self.values.get("family_name")) if p)
        return (
            latin
            or self.values.get("name_native")
            or self.values.get("name_fa")
            or translate("Import", "row {row}").format(row=self.row)
        )


@dataclass
class ImportPreview:
    """The whole file understood; nothing has been written."""

    table: Table
    mapping: ColumnMapping
    rows: list[RowResult]
    notices: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def row_notices(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.notices]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)
