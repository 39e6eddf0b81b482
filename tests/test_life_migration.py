"""Migration 0007 carries a database made at 0006 forward: what a person rated counts as
reviewed, nothing else changes, and it goes back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from tracker.storage import db


def _seed(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.executescript("""
            INSERT INTO documents (id, publisher, text, content_hash, ingested_at)
              VALUES (1, 'Daily', 'Norway will plant trees. Chile will build dams. Peru will sign.', 'h1',
                      '2026-01-01 00:00:00');
            INSERT INTO commitments (id, kind, action, negated, status, created_at, updated_at, version) VALUES
              (1, 'commitment', 'plant trees', 0, 'open', '2026-01-01', '2026-01-01', 1),
              (2, 'commitment', 'build dams', 0, 'fulfilled', '2026-01-01', '2026-01-01', 2),
              (3, 'commitment', 'sign', 0, 'dismissed', '2026-01-01', '2026-01-01', 2);
            INSERT INTO mentions (id, commitment_id, document_id, sentence, start, "end", rule, confidence, created_at)
              VALUES (1, 1, 1, 'Norway will plant trees.', 0, 24, 'r', 0.9, '2026-01-01'),
                     (2, 2, 1, 'Chile will build dams.', 25, 47, 'r', 0.9, '2026-01-01');
            INSERT INTO status_changes (commitment_id, from_status, to_status, changed_at, changed_by)
              VALUES (2, 'open', 'fulfilled', '2026-02-01', 'ana'), (3, 'open', 'dismissed', '2026-02-01', 'ana');
        """)


def test_0007_marks_rated_commitments_reviewed_and_goes_back(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = db.create_engine(db.resolve_url(str(path)))
    db.upgrade(engine, "0006")
    _seed(path)
    db.upgrade(engine)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id, status, review, merged_into_id FROM commitments ORDER BY id").fetchall() == [
            (1, "open", "unreviewed", None), (2, "fulfilled", "confirmed", None), (3, "dismissed", "dismissed", None)]
        assert conn.execute("SELECT count(*) FROM status_changes").fetchone() == (2,)
        # the views and the full-text index survived the table copy
        assert conn.execute("SELECT count(*) FROM commitments_view").fetchone() == (3,)
        assert conn.execute("SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH 'dams'").fetchall() == [(2,)]
        conn.execute("UPDATE commitments SET action = 'build canals' WHERE id = 2")  # the trigger still indexes
        assert conn.execute("SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH 'canals'").fetchall() == [(2,)]
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        with conn.begin():
            command.downgrade(db.alembic_config(conn), "0006")
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(commitments)")}
        assert "review" not in columns and "merged_into_id" not in columns
        assert conn.execute("SELECT count(*) FROM commitments").fetchone() == (3,)
