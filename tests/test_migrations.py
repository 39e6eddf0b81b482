"""Migrations and models agree, there is one head, and empty -> head -> base -> head works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from tracker.storage import db
from tracker.storage.models import Base, include_object

TABLES = {"documents", "actors", "actor_aliases", "commitments", "commitment_actors", "mentions", "status_changes"}


def schema_diff(engine: Engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object}), Base.metadata)


def test_single_head() -> None:
    assert len(db.script_directory().get_heads()) == 1


def test_every_revision_has_a_downgrade_path_to_base() -> None:
    script = db.script_directory()
    revisions = list(script.walk_revisions())
    assert revisions[-1].down_revision is None
    assert len(revisions) == len({r.revision for r in revisions})


def test_upgrade_from_empty_to_head_matches_the_models(tmp_path: Path) -> None:
    engine = db.create_engine(db.resolve_url(str(tmp_path / "m.db")))
    before, after = db.upgrade(engine)
    assert (before, after) == (None, db.script_directory().get_current_head())
    assert TABLES <= set(inspect(engine).get_table_names())
    assert schema_diff(engine) == []


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    engine = db.create_engine(db.resolve_url(str(tmp_path / "m.db")))
    db.upgrade(engine)
    with engine.begin() as conn:
        command.downgrade(db.alembic_config(conn), "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    db.upgrade(engine)
    assert schema_diff(engine) == []


def test_constraints_follow_the_naming_convention(tmp_path: Path) -> None:
    engine = db.open_database(str(tmp_path / "m.db"))
    insp = inspect(engine)
    assert insp.get_unique_constraints("documents")[0]["name"] == "uq_documents_content_hash"
    assert {fk["name"] for fk in insp.get_foreign_keys("mentions")} == {
        "fk_mentions_commitment_id_commitments", "fk_mentions_document_id_documents"}
    assert {c["name"] for c in insp.get_check_constraints("commitments")} == {
        "ck_commitments_kind", "ck_commitments_status", "ck_commitments_review"}


def test_migration_vocabularies_match_the_code() -> None:
    """The initial migration froze the kinds and statuses; a change needs a new migration."""
    from tracker.extract import KINDS
    from tracker.status import CLAIM_OUTCOMES, REVIEW_STATES, STATUSES, SUGGESTION_KINDS, SUGGESTION_STATES

    module = db.script_directory().get_revision("0001").module
    assert (module.KINDS, module.STATUSES) == (KINDS, STATUSES)
    life = db.script_directory().get_revision("0007").module
    assert (life.REVIEW_STATES, life.SUGGESTION_KINDS, life.SUGGESTION_STATES) == (
        REVIEW_STATES, SUGGESTION_KINDS, SUGGESTION_STATES)
    reported = db.script_directory().get_revision("0011").module  # 0011 added "reported" to 0007's outcomes
    assert (life.OUTCOMES, reported.OUTCOMES) == (reported.OLD_OUTCOMES, tuple(CLAIM_OUTCOMES))


def test_a_failed_migration_leaves_the_schema_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = db.create_engine(db.resolve_url(str(tmp_path / "m.db")))
    real_upgrade = command.upgrade

    def upgrade_then_fail(config: Any, revision: str) -> None:
        real_upgrade(config, revision)  # every table is created ...
        raise RuntimeError("the last step failed")  # ... and then something goes wrong

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)  # db imports it when migrating
    with pytest.raises(RuntimeError):
        db.upgrade(engine)
    assert inspect(engine).get_table_names() == []  # DDL rolled back, even on SQLite
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # and restored for the next user
