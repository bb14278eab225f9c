"""name keys under the extended sound classes: German, French and Polish romanizations, Persian press spelling

The phonetic keys of ``delegate_name_key`` follow new rules (German w/ch/sch/dsch/s/z, Polish
cz/sz/ż/c, Russian Г for the h Persian writes, Azerbaijani c without diacritics, letters written apart
kept as two sounds). Keys stored under the old rules would not meet a query keyed under the new ones,
so every person is keyed again, once, in the upgrade's transaction (about 15 s at 100,000 people).
No table changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 04:00:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy.orm import Session

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The keys are derived data: the code that keeps them right on every write derives them here too.
    from accreditation.store.search_index import rebuild_all

    bind = op.get_bind()
    session = Session(bind=bind)
    try:
        rebuild_all(session)
        session.flush()
    finally:
        session.close()
    if bind.dialect.name == "postgresql":
        # 1.5 million key rows replaced at 100,000 people: fresh statistics for the first searches,
        # rather than waiting for autovacuum to notice.
        op.execute("ANALYZE delegate_name_key")


def downgrade() -> None:
    # Nothing to undo in the tables. Keys made under the newer rules stay until the next change of a
    # name re-keys that person, or ``main.py search --reindex`` re-keys everyone.
    pass
