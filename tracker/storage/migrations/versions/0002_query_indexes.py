"""Indexes for listing a million commitments: by actor, by speaker, by date said.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain CREATE/DROP INDEX (no batch table copy): both databases index in place.
    # Covering (actor_id, commitment_id): `list --actor X` never visits the table;
    # it makes the single-column actor_id index redundant.
    op.create_index("ix_commitment_actors_actor_id_commitment_id", "commitment_actors", ["actor_id", "commitment_id"])
    op.drop_index("ix_commitment_actors_actor_id", table_name="commitment_actors")
    op.create_index("ix_mentions_speaker_lower", "mentions", [sa.text("lower(speaker)")])
    op.create_index("ix_mentions_said_on", "mentions", ["said_on"])


def downgrade() -> None:
    op.drop_index("ix_mentions_said_on", table_name="mentions")
    op.drop_index("ix_mentions_speaker_lower", table_name="mentions")
    op.create_index("ix_commitment_actors_actor_id", "commitment_actors", ["actor_id"])
    op.drop_index("ix_commitment_actors_actor_id_commitment_id", table_name="commitment_actors")
