"""The browsing view of commitments follows the life of a commitment (issue 11).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

``commitments_view`` (migration 0006) as `tracker list` reads now: a commitment merged into
another is left out; ``sources`` counts the documents of the mentions the current rules
still find (not the stale ones); and three columns at the end: ``review``, ``first_said``
and ``last_said`` (the days its mentions were said, else their documents' dates; all its
mentions when every one is stale). A view has no data: it is dropped and made again.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_browsable = importlib.import_module("tracker.storage.migrations.versions.0006_browsable")


def _said(function: str, live_only: bool) -> str:
    live = " AND sm.stale_since IS NULL" if live_only else ""
    return (f"(SELECT {function}(coalesce(sm.said_on, sd.published)) FROM mentions sm "
            f"JOIN documents sd ON sd.id = sm.document_id WHERE sm.commitment_id = c.id{live})")


def commitments_view(dialect: str) -> str:
    """The CREATE VIEW statement of ``commitments_view`` at this revision."""
    names, main = _browsable._names(dialect), _browsable.MAIN_ACTOR
    return f"""CREATE VIEW commitments_view AS
        SELECT c.id, {main} AS actor, {names} AS actors, c.kind, c.status, c.action,
               m.sentence, m.speaker, coalesce(m.said_on, d.published) AS said_on,
               d.publisher AS source, d.title AS source_title, d.url AS source_url,
               (SELECT count(DISTINCT document_id) FROM mentions
                WHERE commitment_id = c.id AND stale_since IS NULL) AS sources,
               c.target, c.amount, c.deadline, c.deadline_date, {_browsable.TESTABLE} AS testable,
               {_browsable.NEGATED} AS negated, c.updated_at, c.review,
               coalesce({_said("min", True)}, {_said("min", False)}) AS first_said,
               coalesce({_said("max", True)}, {_said("max", False)}) AS last_said
        FROM commitments c
        LEFT JOIN mentions m ON m.id = (SELECT min(id) FROM mentions WHERE commitment_id = c.id)
        LEFT JOIN documents d ON d.id = m.document_id
        WHERE c.merged_into_id IS NULL"""


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS commitments_view")
    op.execute(commitments_view(op.get_bind().dialect.name))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS commitments_view")
    (statement,) = [s for s in _browsable._views(op.get_bind().dialect.name) if "VIEW commitments_view " in s]
    op.execute(statement)
