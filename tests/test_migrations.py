"""The four standard migration checks: single head, upgrade from empty, models match DDL, up/down/up."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select, text

from accreditation.store.database import (
    alembic_config,
    create_db_engine,
    current_revision,
    database_url,
    head_revision,
)
from accreditation.store.models import Base, Delegate


def _upgrade(url: str, target: str) -> None:
    engine = create_db_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    engine.dispose()


def _downgrade(url: str, target: str) -> None:
    engine = create_db_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
    engine.dispose()


def test_single_head() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1


def test_the_head_read_from_the_files_is_alembics(tmp_path: Path) -> None:
    """The desk reads the head from the migration files without Alembic; Alembic must agree."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert head_revision() == script.get_current_head()
    engine = create_db_engine(database_url(tmp_path / "new.sqlite"))
    assert current_revision(engine) is None  # no alembic_version table yet: one query, no error
    engine.dispose()


def test_upgrade_from_empty_creates_every_table(db_target: str) -> None:
    url = database_url(db_target)
    if "://" in db_target:  # the PostgreSQL test database is a migrated copy: all the way down first
        _downgrade(url, "base")
        engine = create_db_engine(url)
        assert not set(Base.metadata.tables) & set(inspect(engine).get_table_names())
        engine.dispose()
    _upgrade(url, "head")
    engine = create_db_engine(url)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_models_match_the_migrated_schema(db_target: str) -> None:
    url = database_url(db_target)
    _upgrade(url, "head")
    engine = create_db_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_each_step_down_and_up_keeps_the_people(demo_db, db_path: Path) -> None:
    url = demo_db.url
    with demo_db.sessions() as session:
        before = session.scalars(select(Delegate.name_fa).order_by(Delegate.id)).all()
    assert len(before) == 300
    demo_db.close()
    script = ScriptDirectory.from_config(alembic_config(url))
    revisions = [r.revision for r in script.walk_revisions()]  # head first
    for revision in revisions[:-1]:  # every step above the first keeps the core tables
        down_to = script.get_revision(revision).down_revision
        _downgrade(url, down_to)
        _upgrade(url, "head")
        engine = create_db_engine(url)
        with engine.connect() as conn:
            after = conn.execute(text("SELECT name_fa FROM delegate ORDER BY id")).scalars().all()
            if conn.dialect.name == "sqlite":
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(select(func.count()).select_from(text("region"))).scalar() == 14
        engine.dispose()
        assert after == before
