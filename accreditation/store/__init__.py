"""The database: typed models, opening and migrating, the audit trail and the search index.

- :mod:`.models`: the domain as SQLAlchemy 2 typed models; :mod:`.enums`: the vocabularies they store
  (statuses, roles, verdicts...), loadable without SQLAlchemy.
- :mod:`.database`: opening a SQLite file or a server URL, brought to the current schema on open (after
  a consistent backup of the file), one session factory, write transactions.
- :mod:`.audit`: who changed what, written in the same transaction as the change.
- :mod:`.search_index`: the name keys derived from each person's names, kept right on every flush.

The bottom of the core's own layers: it uses only names, i18n, errors and paths. Backups and restores
need a role check, so they live above access (:mod:`accreditation.backup`).
"""
