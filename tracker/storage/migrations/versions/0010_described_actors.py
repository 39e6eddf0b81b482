"""A commitment whose actor the text describes without naming it keeps the description.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

``mentions.actor_description``: the words the sentence tells its actor by when they name no
one ("Donor nations", "a group of Republican lawmakers"). Such an actor is no stored actor
(resolution.description-unstored: another document's same words would join it), so without
this the reader saw "(not identified)". NULL: the actor was named, or no one was (every
mention stored before this revision). A plain nullable ADD COLUMN: both databases add it in
place, no table copy, so the views and the full-text triggers of 0006 stay.

The views that name a commitment's actor (``commitments_view``, ``mentions_view``,
``history_view``) give the description, marked "(description, no actor)", where no actor is
bound. A view has no data: each is dropped and made again.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_browsable = importlib.import_module("tracker.storage.migrations.versions.0006_browsable")
_views_0009 = importlib.import_module("tracker.storage.migrations.versions.0009_views")

VIEWS = ("commitments_view", "mentions_view", "history_view")
DESCRIBED = " (description, no actor)"  # as tracker.status.DESCRIBED_MARK (frozen here)


# The first description among a commitment's mentions, marked as one (NULL if none; both
# databases concatenate with ||).
DESCRIBED_ACTOR = (f"(SELECT min(dm.actor_description) || '{DESCRIBED}' FROM mentions dm "
                   f"WHERE dm.commitment_id = c.id AND dm.actor_description IS NOT NULL)")
ACTOR = f"coalesce({_browsable.MAIN_ACTOR}, {DESCRIBED_ACTOR})"


def _statements(dialect: str) -> list[str]:
    """The CREATE VIEW statements at this revision: 0009's and 0006's, the actor column
    falling back on the description."""
    old = {s.split("CREATE VIEW ", 1)[1].split()[0]: s for s in _browsable._views(dialect)}
    old["commitments_view"] = _views_0009.commitments_view(dialect)
    main = f"{_browsable.MAIN_ACTOR} AS actor"
    out = []
    for view in VIEWS:
        statement = old[view]
        assert main in statement, view  # (the view names the main actor as 0006 wrote it)
        out.append(statement.replace(main, f"{ACTOR} AS actor", 1))
    return out


def _drop_views() -> None:
    for view in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {view}")


def upgrade() -> None:
    _drop_views()  # (SQLite: no view may name the table while its columns change)
    op.add_column("mentions", sa.Column("actor_description", sa.String(), nullable=True))
    for statement in _statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _drop_views()
    op.drop_column("mentions", "actor_description")
    old = {s.split("CREATE VIEW ", 1)[1].split()[0]: s for s in _browsable._views(dialect)}
    old["commitments_view"] = _views_0009.commitments_view(dialect)
    for view in VIEWS:
        op.execute(old[view])
