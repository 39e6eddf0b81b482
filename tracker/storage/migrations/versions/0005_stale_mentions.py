"""Stale mentions: a finding `tracker reprocess` no longer finds, kept because a person rated it.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-03

NULL: the current rules still find it (every mention stored before this revision).
(Chained after 0003 on its branch; re-chain after 0004 when both are merged.)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, nullable: both databases add it in place, no table copy.
    op.add_column("mentions", sa.Column("stale_since", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("mentions", "stale_since")
