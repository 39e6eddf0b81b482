"""The life of a commitment: review state, merges, corrections, claims and suggestions.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

- commitments.review: has a person vouched for the finding (unreviewed, confirmed,
  dismissed)? Existing commitments a person already rated (any status but open) are
  confirmed, dismissed ones dismissed, the rest unreviewed.
- commitments.merged_into_id: a commitment merged into another keeps its row (and its
  history) and points to the one that holds its mentions now.
- commitment_edits: the append-only log of corrections (edits, review decisions, merges,
  splits, evidence without a status change).
- claims: what reports say about a commitment's fate, with their source.
- suggestions: status changes and merges the machine proposes and a person decides.

The commitments table is rebuilt on SQLite (a CHECK constraint and a foreign key cannot be
added in place), so 0006's views and full-text triggers are dropped first and made again.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.storage.models import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REVIEW_STATES = ("unreviewed", "confirmed", "dismissed")
OUTCOMES = ("delivered", "partly_delivered", "progress", "stalled", "reversed")
SUGGESTION_KINDS = ("status", "merge")
SUGGESTION_STATES = ("pending", "accepted", "rejected")

_browsable = importlib.import_module("tracker.storage.migrations.versions.0006_browsable")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _without_views(dialect: str, change: "callable") -> None:  # type: ignore[valid-type]
    """Run ``change`` with 0006's views (and, on SQLite, the triggers on commitments) out of the way."""
    for view in reversed(_browsable.VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    if dialect == "sqlite":  # every trigger names commitments (the action it indexes)
        for trigger in _browsable.SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP VIEW IF EXISTS mentions_fts_content")
    change()
    for statement in _browsable._views(dialect):
        op.execute(statement)
    if dialect == "sqlite":
        for statement in _browsable.SQLITE_FTS:
            if statement.lstrip().startswith(("CREATE VIEW", "CREATE TRIGGER")):  # the index itself stays
                op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name

    def change() -> None:
        with op.batch_alter_table("commitments") as batch:
            batch.add_column(sa.Column("review", sa.String(length=16), server_default="unreviewed", nullable=False))
            batch.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
            batch.create_foreign_key("fk_commitments_merged_into_id_commitments", "commitments",
                                     ["merged_into_id"], ["id"])
            batch.create_check_constraint("review", _in("review", REVIEW_STATES))
            batch.create_index("ix_commitments_review", ["review"])
            batch.create_index("ix_commitments_merged_into_id", ["merged_into_id"])

    _without_views(dialect, change)
    # A person who rated a finding vouched for it.
    op.execute("UPDATE commitments SET review = 'dismissed' WHERE status = 'dismissed'")
    op.execute("UPDATE commitments SET review = 'confirmed' WHERE status NOT IN ('open', 'dismissed')")

    op.create_table(
        "commitment_edits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("evidence_url", sa.String(), nullable=True),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitments.id"], name="fk_commitment_edits_commitment_id_commitments"),
        sa.PrimaryKeyConstraint("id", name="pk_commitment_edits"),
    )
    op.create_index("ix_commitment_edits_commitment_id", "commitment_edits", ["commitment_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("amount", sa.String(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("said_on", sa.Date(), nullable=True),
        sa.Column("rule", sa.String(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(_in("outcome", OUTCOMES), name="ck_claims_outcome"),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name="fk_claims_actor_id_actors"),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitments.id"], name="fk_claims_commitment_id_commitments"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name="fk_claims_document_id_documents"),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
    )
    for column in ("actor_id", "commitment_id", "document_id", "said_on"):
        op.create_index(f"ix_claims_{column}", "claims", [column])
    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("to_status", sa.String(length=32), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("other_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=16), server_default="pending", nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("decided_by", sa.String(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(_in("kind", SUGGESTION_KINDS), name="ck_suggestions_kind"),
        sa.CheckConstraint(_in("state", SUGGESTION_STATES), name="ck_suggestions_state"),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name="fk_suggestions_claim_id_claims"),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitments.id"], name="fk_suggestions_commitment_id_commitments"),
        sa.ForeignKeyConstraint(["other_id"], ["commitments.id"], name="fk_suggestions_other_id_commitments"),
        sa.PrimaryKeyConstraint("id", name="pk_suggestions"),
    )
    for column in ("claim_id", "commitment_id", "other_id", "state"):
        op.create_index(f"ix_suggestions_{column}", "suggestions", [column])


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.drop_table("suggestions")
    op.drop_table("claims")
    op.drop_table("commitment_edits")

    def change() -> None:
        with op.batch_alter_table("commitments") as batch:
            batch.drop_index("ix_commitments_merged_into_id")
            batch.drop_index("ix_commitments_review")
            batch.drop_constraint("review", type_="check")
            batch.drop_constraint("fk_commitments_merged_into_id_commitments", type_="foreignkey")
            batch.drop_column("merged_into_id")
            batch.drop_column("review")

    _without_views(dialect, change)
