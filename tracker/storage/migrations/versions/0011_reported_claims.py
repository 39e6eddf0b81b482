"""A claim may be a second-hand report of a plan or decision: outcome "reported".

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

"According to the FT, Acme will close the plant", "Acme will close the plant, Le Monde
reported": what the press or a firm's unions report of a plan is evidence about a
commitment, never the actor's own (GUIDELINES, Claims). The extractor makes such findings
claims of outcome ``reported`` (a guard of effect "claim"), which suggest no status.

The outcome's CHECK constraint gains it. It cannot be changed in place on SQLite: the
claims table is copied (batch mode; no view or trigger names it, and the foreign keys are
off while migrating, so ``suggestions.claim_id`` holds). PostgreSQL drops the constraint
and adds it again. The rows stay as they are: every stored claim has
one of the five older outcomes. Downgrading deletes the ``reported`` claims (and the
suggestions that cite one: none are made) before the narrower constraint returns.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_OUTCOMES = ("delivered", "partly_delivered", "progress", "stalled", "reversed")  # 0007's
OUTCOMES = (*OLD_OUTCOMES, "reported")  # as tracker.status.CLAIM_OUTCOMES (frozen here)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _outcomes(values: tuple[str, ...]) -> None:
    """The outcome constraint made to allow `values`, under the name the models give it
    (0007 wrote it as ck_claims_ck_claims_outcome: its explicit name went through the
    naming convention once more)."""
    bind = op.get_bind()
    old = [op.f(c["name"]) for c in sa.inspect(bind).get_check_constraints("claims") if "outcome" in c["sqltext"]]
    with op.batch_alter_table("claims") as batch:  # (SQLite: a copy of the table)
        for name in old:
            batch.drop_constraint(name, type_="check")  # (op.f: the name as it is)
        batch.create_check_constraint("outcome", _in("outcome", values))


def upgrade() -> None:
    _outcomes(OUTCOMES)


def downgrade() -> None:
    op.execute("DELETE FROM suggestions WHERE claim_id IN (SELECT id FROM claims WHERE outcome = 'reported')")
    op.execute("DELETE FROM claims WHERE outcome = 'reported'")
    _outcomes(OLD_OUTCOMES)
