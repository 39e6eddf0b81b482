"""Testable or vague: whether one could check that a commitment was kept, and why.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

Both columns are nullable: commitments stored before this revision, and findings the
extraction left undecided, are neither testable nor vague (NULL).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch table copy, which would drop the CHECK constraints on
    # SQLite): both databases add a nullable column in place.
    op.add_column("commitments", sa.Column("testable", sa.Boolean(), nullable=True))
    op.add_column("commitments", sa.Column("testable_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    # SQLite >= 3.35 drops a column in place, as PostgreSQL does.
    op.drop_column("commitments", "testable_reason")
    op.drop_column("commitments", "testable")
