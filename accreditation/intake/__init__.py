"""Importing the regions' delegation lists: read, map columns, preview with row problems, write.

The UI drives the steps one by one (:func:`read_table`, :func:`mapping_for` / :func:`save_mapping`,
:func:`build_preview`, :func:`import_table`); the CLI calls :func:`import_file`.
"""

from accreditation.intake.headers import (
    CANONICAL_HEADERS,
    ColumnMapping,
    guess_mapping,
    mapping_for,
    save_mapping,
)
from accreditation.intake.preview import ImportOptions, ImportPreview, RowProblem, RowResult, build_preview
from accreditation.intake.reading import Table, read_table
from accreditation.intake.writer import ImportRejected, ImportResult, import_file, import_table, write_preview

__all__ = [
    "CANONICAL_HEADERS",
    "ColumnMapping",
    "ImportOptions",
    "ImportPreview",
    "ImportRejected",
    "ImportResult",
    "RowProblem",
    "RowResult",
    "Table",
    "build_preview",
    "guess_mapping",
    "import_file",
    "import_table",
    "mapping_for",
    "read_table",
    "save_mapping",
    "write_preview",
]
