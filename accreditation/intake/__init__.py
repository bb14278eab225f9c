"""Intake: the regions' delegation lists in (read, map columns, preview with row problems, write) and
people out (CSV, XLSX, the delegation list PDF, the audit trail).

The UI drives an import step by step (:func:`read_table`, :func:`mapping_for` / :func:`save_mapping`,
:func:`build_preview`, :func:`import_table`); the CLI calls :func:`import_file`.

- :mod:`.reading`: a CSV or XLSX file into rows of cells, whatever program and keyboard made it.
- :mod:`.headers`: which column holds what; :mod:`.values`: one cell understood (dates, genders...).
- :mod:`.row_reader`: one row into a person's fields, checked and matched against those registered.
- :mod:`.photos`: the photos sent beside a list, matched to their rows.
- :mod:`.outcome`: what a preview says, row by row; :mod:`.preview`: the whole file previewed.
- :mod:`.writer`: every accepted row in one transaction, or nothing.
- :mod:`.export` and :mod:`.delegation_pdf`: lists out, for protocol, hotels and the airport desk.

Uses people (the one way to create and edit a person), event, access, the store, names and printing.
"""

from accreditation.intake.headers import (
    CANONICAL_HEADERS,
    ColumnMapping,
    guess_mapping,
    mapping_for,
    save_mapping,
)
from accreditation.intake.outcome import ImportOptions, ImportPreview, RowProblem, RowResult
from accreditation.intake.preview import build_preview
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
