"""An actor the text describes without naming ("Donor nations", "a group of Labour
backbenchers") binds no stored actor (resolution.description-unstored), but the reader is
told what the text said: the description is kept on the mention (migration 0010) and shown
where the actor's name would be, marked "(description, no actor)"."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from tests.conftest import Invoke, ok, rows
from tests.test_actors import dump, tagged  # noqa: F401 (fixture)
from tests.test_postgres import pg_database, pg_url  # noqa: F401 (fixtures)
from tracker.storage import db

TEXTS = {
    "a.txt": "Flood relief agencies [organisation] will send tents.\n"
             "Kestrel Foods [company] will open a bakery.\n",
    "b.txt": "Flood relief agencies [organisation] will rebuild two bridges.\n",
}
MARKED = "Flood relief agencies (description, no actor)"


def _ingest(run: Invoke, workdir: Path, target: str) -> None:
    folder = workdir / "described"
    folder.mkdir(exist_ok=True)
    for name, body in TEXTS.items():
        (folder / name).write_text(body, encoding="utf-8")
    ok(run("ingest", str(folder), "--db", target))


def test_a_description_is_shown_where_the_actor_would_be_and_makes_no_actor(
        run: Invoke, workdir: Path, tagged: type) -> None:
    target = str(workdir / "d.db")
    _ingest(run, workdir, target)
    assert [a[0] for a in dump(Path(target))["actors"]] == ["Kestrel Foods"]  # still no actor made
    listed = {r["action"]: r for r in rows(run("list", "-f", "json", "--db", target))}
    tents = listed["send tents"]
    assert (tents["actor"], tents["actors"], tents["actor_description"]) == (
        MARKED, [MARKED], "Flood relief agencies")
    bakery = listed["open a bakery"]
    assert (bakery["actor"], bakery["actor_description"]) == ("Kestrel Foods", None)
    table = ok(run("list", "--db", target)).stdout
    assert "Flood relief" in table and "(not identified)" not in table
    shown = ok(run("show", str(tents["id"]), "--db", target)).stdout
    assert f"Actor:    {MARKED}" in shown
    # `--actor` finds named actors only: a description is no actor to ask for
    assert rows(run("list", "--actor", "Flood relief agencies", "-f", "json", "--db", target)) == []
    # the Datasette views say it too
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT actor FROM commitments_view WHERE action = 'send tents'").fetchone() == (MARKED,)
        assert conn.execute("SELECT actor FROM mentions_view WHERE sentence LIKE '%bridges%'").fetchone() == (MARKED,)


def test_a_description_travels_in_exports_and_imports(run: Invoke, workdir: Path, tagged: type) -> None:
    target = str(workdir / "d.db")
    _ingest(run, workdir, target)
    exported = ok(run("export", "-f", "jsonl", "--db", target)).stdout
    records = [json.loads(line) for line in exported.splitlines()]
    assert {m["actor_description"] for r in records for m in r["mentions"]} == {"Flood relief agencies", None}
    csv_text = ok(run("export", "-f", "csv", "--db", target)).stdout
    assert MARKED in csv_text
    (workdir / "e.jsonl").write_text(exported, encoding="utf-8")
    ok(run("import", str(workdir / "e.jsonl"), "--db", str(workdir / "copy.db")))
    copied = {r["action"]: r["actor"] for r in rows(run("list", "-f", "json", "--db", str(workdir / "copy.db")))}
    assert copied["rebuild two bridges"] == MARKED
    # a file written before the field existed still imports (its mentions without one)
    older = [{**r, "mentions": [{k: v for k, v in m.items() if k != "actor_description"} for m in r["mentions"]]}
             for r in records]
    (workdir / "old.jsonl").write_text("".join(json.dumps(r) + "\n" for r in older), encoding="utf-8")
    ok(run("import", str(workdir / "old.jsonl"), "--db", str(workdir / "old.db")))
    assert {r["actor_description"] for r in rows(run("list", "-f", "json", "--db", str(workdir / "old.db")))} == {None}


def test_reprocess_gives_a_stored_finding_its_description(run: Invoke, workdir: Path, tagged: type) -> None:
    # a database migrated forward has no descriptions: reading its documents again fills them
    target = workdir / "d.db"
    _ingest(run, workdir, str(target))
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE mentions SET actor_description = NULL")
    ok(run("reprocess", "--db", str(target)))
    assert sorted(r["actor"] for r in rows(run("list", "-f", "json", "--db", str(target)))) == [
        MARKED, MARKED, "Kestrel Foods"]
    assert [a[0] for a in dump(target)["actors"]] == ["Kestrel Foods"]


def _seed_0009(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.executescript("""
            INSERT INTO documents (id, publisher, text, content_hash, ingested_at)
              VALUES (1, 'Gazette', 'Local charities will plant trees.', 'h1', '2026-01-01 00:00:00');
            INSERT INTO commitments (id, kind, action, negated, status, created_at, updated_at, version, review)
              VALUES (1, 'commitment', 'plant trees', 0, 'open', '2026-01-01', '2026-01-01', 1, 'unreviewed');
            INSERT INTO mentions (id, commitment_id, document_id, sentence, start, "end", rule, confidence, created_at)
              VALUES (1, 1, 1, 'Local charities will plant trees.', 0, 33, 'r', 0.9, '2026-01-01');
        """)


def test_0010_carries_a_database_forward_and_goes_back(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = db.create_engine(db.resolve_url(str(path)))
    db.upgrade(engine, "0009")
    _seed_0009(path)
    db.upgrade(engine)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT actor_description FROM mentions").fetchall() == [(None,)]
        assert conn.execute("SELECT id, actor, sources FROM commitments_view").fetchall() == [(1, None, 1)]
        conn.execute("UPDATE mentions SET actor_description = 'Local charities'")
        assert conn.execute("SELECT actor FROM history_view UNION ALL SELECT actor FROM commitments_view"
                            ).fetchall() == [("Local charities (description, no actor)",)]
        # the full-text index and its triggers were left alone (no table copy)
        assert conn.execute("SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH 'trees'").fetchall() == [(1,)]
    with engine.connect() as conn, conn.begin():
        command.downgrade(db.alembic_config(conn), "0009")
    with sqlite3.connect(path) as conn:
        assert "actor_description" not in {row[1] for row in conn.execute("PRAGMA table_info(mentions)")}
        assert conn.execute("SELECT id, actor FROM commitments_view").fetchall() == [(1, None)]
    db.upgrade(engine)  # and forward again
    engine.dispose()


@pytest.mark.postgres
def test_a_description_reads_the_same_on_postgresql(run: Invoke, workdir: Path, tagged: type, pg_url: str) -> None:
    _ingest(run, workdir, pg_url)
    listed = {r["action"]: r["actor"] for r in rows(run("list", "-f", "json", "--db", pg_url))}
    assert listed == {"send tents": MARKED, "open a bakery": "Kestrel Foods", "rebuild two bridges": MARKED}
    engine = db.create_engine(db.resolve_url(pg_url))
    with engine.connect() as conn:
        assert set(conn.execute(text("SELECT actor FROM commitments_view")).scalars()) == {MARKED, "Kestrel Foods"}
    engine.dispose()
