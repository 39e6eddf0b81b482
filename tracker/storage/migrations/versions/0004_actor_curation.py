"""Actors as readers know them: evidence, curation and its log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

- actors.loose_key: the name without legal suffixes, punctuation and spacing, so that
  "Time Warner Inc" finds "TimeWarner"; filled in for the actors already stored.
- actors.name_curated / type_curated / parent_curated: a person decided it; evidence
  no longer changes it.
- actor_evidence: each document's sighting of an actor (name, type, parent), from which
  an actor's attributes are voted. Existing databases get one row per actor and document
  from their links, with the actor's current attributes.
- actor_pending: actors whose evidence was not counted yet (an interrupted ingest).
- actor_changes: the curation log (who, when, what, old and new value).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.storage.models import UTCDateTime
from tracker.storage.names import loose_key

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch table copy): both databases add columns in place.
    op.add_column("actors", sa.Column("loose_key", sa.String(), nullable=True))
    for flag in ("name_curated", "type_curated", "parent_curated"):
        op.add_column("actors", sa.Column(flag, sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_index("ix_actors_loose_key", "actors", ["loose_key"])
    op.create_table(
        "actor_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name="fk_actor_evidence_actor_id_actors"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name="fk_actor_evidence_document_id_documents"),
        sa.ForeignKeyConstraint(["parent_id"], ["actors.id"], name="fk_actor_evidence_parent_id_actors"),
        sa.PrimaryKeyConstraint("id", name="pk_actor_evidence"),
    )
    op.create_index("ix_actor_evidence_actor_id", "actor_evidence", ["actor_id"])
    op.create_index("ix_actor_evidence_document_id", "actor_evidence", ["document_id"])
    op.create_index("ix_actor_evidence_parent_id", "actor_evidence", ["parent_id"])
    op.create_table(
        "actor_pending",
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name="fk_actor_pending_actor_id_actors"),
        sa.PrimaryKeyConstraint("actor_id", name="pk_actor_pending"),
    )
    op.create_table(
        "actor_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name="fk_actor_changes_actor_id_actors"),
        sa.PrimaryKeyConstraint("id", name="pk_actor_changes"),
    )
    op.create_index("ix_actor_changes_actor_id", "actor_changes", ["actor_id"])

    connection = op.get_bind()
    actors = sa.table("actors", sa.column("id", sa.Integer()), sa.column("name", sa.String()),
                      sa.column("loose_key", sa.String()))
    rows = [{"i": i, "k": loose_key(name)} for i, name in connection.execute(sa.select(actors.c.id, actors.c.name))]
    if rows:
        connection.execute(actors.update().where(actors.c.id == sa.bindparam("i")).values(loose_key=sa.bindparam("k")),
                           rows)
    connection.execute(sa.text(
        "INSERT INTO actor_evidence (actor_id, document_id, name, type, parent_id) "
        "SELECT DISTINCT a.id, m.document_id, a.name, a.type, a.parent_id FROM commitment_actors l "
        "JOIN mentions m ON m.commitment_id = l.commitment_id JOIN actors a ON a.id = l.actor_id"))


def downgrade() -> None:
    op.drop_index("ix_actor_changes_actor_id", table_name="actor_changes")
    op.drop_table("actor_changes")
    op.drop_table("actor_pending")
    op.drop_index("ix_actor_evidence_parent_id", table_name="actor_evidence")
    op.drop_index("ix_actor_evidence_document_id", table_name="actor_evidence")
    op.drop_index("ix_actor_evidence_actor_id", table_name="actor_evidence")
    op.drop_table("actor_evidence")
    op.drop_index("ix_actors_loose_key", table_name="actors")
    # SQLite >= 3.35 drops a column in place, as PostgreSQL does.
    for column in ("parent_curated", "type_curated", "name_curated", "loose_key"):
        op.drop_column("actors", column)
