"""The database as a person browsing it sees it (migration 0006): readable views, and
full-text search over the sentences that triggers keep in step, used by `list --search`.

The articles fixture gives, in order: 1 France will train (a.txt), 2 Lecornu will visit
(a.txt), 3 Ukraine and France pledged (b.md), 4 Acme plans (b.md), 5 Paris will send (c.txt).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from tests.conftest import Invoke, ok, rows
from tracker.storage import db
from tracker.storage.read import fts_match


def ids(tracker: Invoke, *args: str) -> list[int]:
    return [r["id"] for r in rows(tracker("list", *args, "--format", "json"))]


@contextmanager
def sqlite(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path)) as conn:
        yield conn
        conn.commit()


def matches(conn: sqlite3.Connection, words: str) -> list[int]:
    """Mention ids whose sentence or action hold the words (asked of the FTS table itself)."""
    return [r[0] for r in conn.execute(
        "SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ? ORDER BY rowid", (fts_match(words),))]


def intact(conn: sqlite3.Connection) -> None:
    """FTS5's own check that the index holds exactly what the content holds: a trigger that
    deleted with the wrong values, or missed a change, fails it."""
    conn.execute("INSERT INTO mentions_fts(mentions_fts, rank) VALUES ('integrity-check', 1)")


SEARCHES = [
    (["--search", "tanks"], [5]),
    (["--search", "TANK"], [5]),  # stemmed: tank, tanks
    (["--search", "send tanks"], [5]),  # every word ...
    (["--search", "tanks send"], [5]),  # ... in any order
    (["--search", "tanks soldiers"], []),  # not in one sentence
    (["--search", "build fund"], [3]),  # the action: "build a fund"
    (["--search", "will"], [1, 2, 5]),
    (["--search", "submarines"], []),  # a word no sentence holds: nothing, never everything
    (["--search", ""], []),
    (["--search", "%  * - ()"], []),  # no word at all
    (["--search", 'tanks" OR "soldiers'], []),  # quotes and operators are words, not query syntax
    (["--search", "NEAR(tanks"], []),
    (["--search", "AND"], [3]),  # the word "and" (Ukraine and France), not an operator
    (["--search", "tanks*"], [5]),
    (["--search", "Paris", "--kind", "pledge"], []),  # and the other filters still apply
]


def test_list_search(loaded: Invoke) -> None:
    """One database for every case (each one is a query, none writes)."""
    assert [(args, ids(loaded, *args)) for args, _ in SEARCHES] == SEARCHES


def test_fts_match_quotes_each_word() -> None:
    assert fts_match('send "the" tanks') == '"send" """the""" "tanks"'
    assert fts_match(" - * ") is None


def test_triggers_keep_the_index_in_step(loaded: Invoke, db_path: Path) -> None:
    with sqlite(db_path) as conn:
        intact(conn)
        [tanks] = matches(conn, "tanks")  # the sentence "Paris will send tanks." and its action "send tanks"
        conn.execute("UPDATE commitments SET action = 'deliver artillery' WHERE id = 5")
        assert (matches(conn, "artillery"), matches(conn, "send tanks")) == ([tanks], [tanks])
        intact(conn)
        conn.execute("UPDATE mentions SET sentence = 'Paris will deliver howitzers.' WHERE id = ?", (tanks,))
        assert (matches(conn, "tanks"), matches(conn, "howitzers"), matches(conn, "artillery")) == ([], [tanks], [tanks])
        intact(conn)
        conn.execute("DELETE FROM mentions WHERE id = ?", (tanks,))
        assert matches(conn, "howitzers") == matches(conn, "artillery") == []
        intact(conn)
    assert ids(loaded, "--search", "howitzers") == []
    assert ids(loaded, "--search", "visit Kyiv") == [2]


def test_a_new_ingest_is_searchable(loaded: Invoke, workdir: Path, db_path: Path) -> None:
    (workdir / "d.txt").write_text("Ukraine will rebuild the bridges by 2027.\n", encoding="utf-8")
    ok(loaded("ingest", str(workdir / "d.txt")))
    assert ids(loaded, "--search", "bridge") == [6]
    with sqlite(db_path) as conn:
        intact(conn)


def test_views_read_as_a_person_would(loaded: Invoke, db_path: Path) -> None:
    ok(loaded("update", "3", "--status", "in_progress", "--note", "Fund set up", "--by", "ann"))
    with sqlite(db_path) as conn:
        conn.row_factory = sqlite3.Row
        [row] = conn.execute("SELECT * FROM commitments_view WHERE id = 3")
        assert {k: row[k] for k in ("actor", "actors", "kind", "status", "action", "sentence", "sources", "source",
                                    "testable")} == {
            "actor": "Ukraine", "actors": "Ukraine, France", "kind": "pledge", "status": "in_progress",
            "action": "build a fund", "sentence": "Ukraine and France pledged to build a fund.", "sources": 1,
            "source": None, "testable": None}
        [one] = conn.execute("SELECT testable, deadline FROM commitments_view WHERE id = 1")
        assert tuple(one) == ("testable", "by 2024")
        assert conn.execute("SELECT count(*) FROM commitments_view").fetchone()[0] == 5
        [history] = conn.execute("SELECT actor, from_status, to_status, note, changed_by FROM history_view")
        assert tuple(history) == ("Ukraine", "open", "in_progress", "Fund set up", "ann")
        [france] = conn.execute("SELECT type, aliases, commitments FROM actors_view WHERE name = 'France'")
        assert tuple(france) == ("country", "Paris, the French government", 3)
        [lecornu] = conn.execute("SELECT part_of FROM actors_view WHERE name = 'Sebastien Lecornu'")
        assert lecornu[0] == "France"
        assert [r["commitment_id"] for r in conn.execute(
            "SELECT commitment_id FROM mentions_view WHERE id IN "
            "(SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH 'fund')")] == [3]


def test_migration_0006_indexes_an_existing_database_and_goes_back(run: Invoke, workdir: Path) -> None:
    """A database at 0003 with a commitment in it: 0006 indexes what is there; down removes it all."""
    path = workdir / "old.db"
    engine = db.create_engine(db.resolve_url(str(path)))
    db.upgrade(engine, "0003")
    with sqlite(path) as conn:
        conn.executescript("""
            INSERT INTO documents (id, publisher, text, content_hash, ingested_at)
              VALUES (1, 'Daily', 'Norway will plant a million trees.', 'h1', '2026-01-01 00:00:00');
            INSERT INTO commitments (id, kind, action, negated, status, created_at, updated_at, version)
              VALUES (1, 'commitment', 'plant a million trees', 0, 'open', '2026-01-01 00:00:00',
                      '2026-01-01 00:00:00', 1);
            INSERT INTO actors (id, name, key, type, created_at) VALUES (1, 'Norway', 'norway', 'country',
                                                                          '2026-01-01 00:00:00');
            INSERT INTO commitment_actors (commitment_id, actor_id, position) VALUES (1, 1, 0);
            INSERT INTO mentions (id, commitment_id, document_id, sentence, start, "end", rule, confidence, created_at)
              VALUES (7, 1, 1, 'Norway will plant a million trees.', 0, 35, 'r', 0.9, '2026-01-01 00:00:00');
        """)
    db.upgrade(engine)
    with sqlite(path) as conn:
        assert matches(conn, "tree") == [7]
        intact(conn)
        assert conn.execute("SELECT actor, source, sources FROM commitments_view").fetchall() == [("Norway", "Daily", 1)]
    assert [r["id"] for r in rows(run("list", "--db", str(path), "--search", "trees", "-f", "json"))] == [1]

    with engine.connect() as conn:
        # as db.upgrade does: batch steps copy tables, so foreign keys rest meanwhile
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        with conn.begin():
            command.downgrade(db.alembic_config(conn), "0003")
    names = set(inspect(engine).get_table_names()) | set(inspect(engine).get_view_names())
    assert not {n for n in names if "fts" in n or n.endswith("_view")}
    with sqlite(path) as conn:
        assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1  # the data stays
        assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'").fetchall() == []
    db.upgrade(engine)  # and up again
    with sqlite(path) as conn:
        assert matches(conn, "million") == [7]
