"""Initial schema: documents, actors, commitments, mentions, status history.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the vocabularies at this revision (a later change needs a migration).
KINDS = ("pledge", "commitment", "intention")
STATUSES = ("open", "in_progress", "stalled", "fulfilled", "partially_fulfilled", "broken", "dismissed")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


APPEND_ONLY_SQLITE = [
    """CREATE TRIGGER status_changes_no_update BEFORE UPDATE ON status_changes
       BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END""",
    """CREATE TRIGGER status_changes_no_delete BEFORE DELETE ON status_changes
       BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END""",
]
APPEND_ONLY_POSTGRESQL = [
    """CREATE FUNCTION status_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'status history is append-only'; END $$""",
    """CREATE TRIGGER status_changes_append_only BEFORE UPDATE OR DELETE ON status_changes
       FOR EACH ROW EXECUTE FUNCTION status_changes_append_only()""",
]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(), nullable=True),
        sa.Column("publisher", sa.String(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("path", sa.String(), nullable=True),
        sa.Column("author", sa.String(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_documents_content_hash")),
    )
    with op.batch_alter_table("documents") as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_external_id"), ["external_id"], unique=False)

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["actors.id"], name=op.f("fk_actors_parent_id_actors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("key", name=op.f("uq_actors_key")),
    )
    with op.batch_alter_table("actors") as batch_op:
        batch_op.create_index(batch_op.f("ix_actors_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name=op.f("fk_actor_aliases_actor_id_actors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_aliases")),
        sa.UniqueConstraint("actor_id", "key", name=op.f("uq_actor_aliases_actor_id_key")),
    )
    with op.batch_alter_table("actor_aliases") as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_aliases_key"), ["key"], unique=False)

    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("amount", sa.String(), nullable=True),
        sa.Column("amount_value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("deadline", sa.String(), nullable=True),
        sa.Column("deadline_date", sa.Date(), nullable=True),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(_in("kind", KINDS), name=op.f("ck_commitments_kind")),
        sa.CheckConstraint(_in("status", STATUSES), name=op.f("ck_commitments_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitments")),
    )
    with op.batch_alter_table("commitments") as batch_op:
        batch_op.create_index(batch_op.f("ix_commitments_deadline_date"), ["deadline_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitments_status"), ["status"], unique=False)

    op.create_table(
        "commitment_actors",
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name=op.f("fk_commitment_actors_actor_id_actors")),
        sa.ForeignKeyConstraint(
            ["commitment_id"], ["commitments.id"], name=op.f("fk_commitment_actors_commitment_id_commitments")
        ),
        sa.PrimaryKeyConstraint("commitment_id", "actor_id", name=op.f("pk_commitment_actors")),
    )
    with op.batch_alter_table("commitment_actors") as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_actors_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.String(), nullable=True),
        sa.Column("said_on", sa.Date(), nullable=True),
        sa.Column("rule", sa.String(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"], ["commitments.id"], name=op.f("fk_mentions_commitment_id_commitments")
        ),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_mentions_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentions")),
    )
    with op.batch_alter_table("mentions") as batch_op:
        batch_op.create_index(batch_op.f("ix_mentions_commitment_id"), ["commitment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_document_id"), ["document_id"], unique=False)

    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=False),
        sa.Column("to_status", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("evidence_url", sa.String(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"], ["commitments.id"], name=op.f("fk_status_changes_commitment_id_commitments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_changes")),
    )
    with op.batch_alter_table("status_changes") as batch_op:
        batch_op.create_index(batch_op.f("ix_status_changes_commitment_id"), ["commitment_id"], unique=False)

    # History is never rewritten: the database itself refuses UPDATE and DELETE.
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": APPEND_ONLY_SQLITE, "postgresql": APPEND_ONLY_POSTGRESQL}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS status_changes_append_only ON status_changes")
        op.execute("DROP FUNCTION IF EXISTS status_changes_append_only()")
    for table in ("status_changes", "mentions", "commitment_actors", "commitments", "actor_aliases", "actors", "documents"):
        op.drop_table(table)
