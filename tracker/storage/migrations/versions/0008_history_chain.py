"""A tamper-evident status history: a hash chain over status_changes, its head, more triggers.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Each status change gains ``prev_hash`` and ``hash`` (see tracker.storage.ledger for the
chain and its canonical serialisation); the rows already stored are chained here, in id
order. ``status_chain`` holds the head of the chain (one row): how many changes, the last
id and hash. New triggers close the two holes left by 0001's: on SQLite ``INSERT OR
REPLACE`` over an existing id deletes the old row without firing the delete trigger (it
only does with recursive_triggers), so a BEFORE INSERT trigger refuses an id that exists;
on PostgreSQL ``TRUNCATE`` fires no row trigger, so a BEFORE TRUNCATE trigger refuses it.

Plain ADD COLUMN (nullable): no table copy, so 0006's views and triggers stay as they are.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of tracker.storage.ledger's serialisation for the columns of this revision.
HASH_FIELDS = ("commitment_id", "from_status", "to_status", "note", "evidence_url", "changed_at", "changed_by")
GENESIS = "0" * 64


def _canonical(name: str, value: Any) -> Any:
    if name == "changed_at" and isinstance(value, str):
        value = datetime.fromisoformat(value)  # SQLite returns the timestamp as text
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value


def _digest(prev_hash: str, row: dict[str, Any]) -> str:
    content = {name: _canonical(name, row[name]) for name in HASH_FIELDS if row[name] is not None}
    content["prev"] = prev_hash
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


NO_REPLACE_SQLITE = """CREATE TRIGGER status_changes_no_replace BEFORE INSERT ON status_changes
   WHEN EXISTS (SELECT 1 FROM status_changes WHERE id = new.id)
   BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END"""
# 0001's function raises whatever fires it; a statement trigger may use it too.
NO_TRUNCATE_POSTGRESQL = """CREATE TRIGGER status_changes_no_truncate BEFORE TRUNCATE ON status_changes
   FOR EACH STATEMENT EXECUTE FUNCTION status_changes_append_only()"""


def upgrade() -> None:
    op.add_column("status_changes", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("status_changes", sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_table(
        "status_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=True),
        sa.Column("last_hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_chain")),
    )
    bind = op.get_bind()
    dialect = bind.dialect.name
    # The rows already there: chained in id order. UPDATE is refused by 0001's triggers,
    # so they are set aside meanwhile (in this migration's transaction).
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS status_changes_no_update")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE status_changes DISABLE TRIGGER status_changes_append_only")
    prev, count, last_id = GENESIS, 0, None
    rows = bind.execute(sa.text(f"SELECT id, {', '.join(HASH_FIELDS)} FROM status_changes ORDER BY id")).all()
    for row in rows:
        new = _digest(prev, dict(row._mapping))
        bind.execute(sa.text("UPDATE status_changes SET prev_hash = :p, hash = :h WHERE id = :i"),
                     {"p": prev, "h": new, "i": row.id})
        prev, count, last_id = new, count + 1, row.id
    bind.execute(sa.text("INSERT INTO status_chain (id, changes, last_id, last_hash) VALUES (1, :n, :i, :h)"),
                 {"n": count, "i": last_id, "h": prev if count else None})
    if dialect == "sqlite":
        op.execute("""CREATE TRIGGER status_changes_no_update BEFORE UPDATE ON status_changes
       BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END""")
        op.execute(NO_REPLACE_SQLITE)
    elif dialect == "postgresql":
        op.execute("ALTER TABLE status_changes ENABLE TRIGGER status_changes_append_only")
        op.execute(NO_TRUNCATE_POSTGRESQL)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS status_changes_no_replace")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS status_changes_no_truncate ON status_changes")
    op.drop_table("status_chain")
    if dialect == "sqlite":
        # In place (SQLite 3.35+): a batch copy would drop 0001's triggers and trip on 0006's view.
        op.execute("ALTER TABLE status_changes DROP COLUMN hash")
        op.execute("ALTER TABLE status_changes DROP COLUMN prev_hash")
    else:
        op.drop_column("status_changes", "hash")
        op.drop_column("status_changes", "prev_hash")
