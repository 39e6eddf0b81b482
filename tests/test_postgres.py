"""The same tracker on PostgreSQL: migrations, the ingest -> list -> update loop, and the
guarantees meant for teams (append-only history, optimistic locking, conflict-safe ingest).

A uniquely named database is created for the test session on the server at
TRACKER_TEST_PG_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test) and
dropped afterwards; each test starts from an empty schema. Skipped when the server cannot
be reached, unless TRACKER_TEST_PG_REQUIRED=1 (as in .ci/run), where that is a failure.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from tests.conftest import Invoke, ok, one_line_error, rows
from tests.test_migrations import TABLES, schema_diff
from tracker.errors import TrackerError
from tracker.extract import Document
from tracker.storage import db, store
from tracker.storage.models import Commitment

pytestmark = pytest.mark.postgres

SERVER = os.environ.get("TRACKER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[URL]:
    server = make_url(SERVER)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect():
            pass
    except OperationalError as e:
        admin.dispose()
        if os.environ.get("TRACKER_TEST_PG_REQUIRED") == "1":
            pytest.fail(f"PostgreSQL required but unreachable at {SERVER}: {db.first_line(e)}")
        pytest.skip(f"PostgreSQL unreachable at {SERVER}")
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url(pg_database: URL) -> str:
    """The session database with an empty public schema."""
    engine = create_engine(pg_database)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
        conn.execute(text("DROP FUNCTION IF EXISTS status_changes_append_only()"))
    engine.dispose()
    return pg_database.render_as_string(hide_password=False)


@pytest.fixture
def pg(run: Invoke, pg_url: str) -> Invoke:
    def invoke(*args: str, input: str | None = None) -> object:
        return run(*args, "--db", pg_url, input=input)

    return invoke  # type: ignore[return-value]


def test_migrations_from_empty_to_head_match_the_models(pg_url: str) -> None:
    engine = db.create_engine(db.resolve_url(pg_url))
    before, after = db.upgrade(engine)
    assert (before, after) == (None, db.script_directory().get_current_head())
    with engine.connect() as conn:
        tables = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
    assert TABLES <= tables
    assert schema_diff(engine) == []
    assert db.upgrade(engine) == (after, after)  # a second run is a no-op
    engine.dispose()


def test_ingest_list_show_update_loop(pg: Invoke, articles: Path, fake_engine: type) -> None:
    assert ok(pg("ingest", str(articles))).stdout == "Read 3 documents: 3 new, 0 already known; 5 commitments found.\n"
    assert ok(pg("ingest", str(articles))).stdout == "Read 3 documents: 0 new, 3 already known; 0 commitments found.\n"
    assert [r["id"] for r in rows(pg("list", "--actor", "paris", "--format", "json"))] == [1, 2, 3, 5]
    assert [r["id"] for r in rows(pg("list", "--search", "TANKS", "--format", "json"))] == [5]
    assert ok(pg("update", "3", "--status", "fulfilled", "--evidence", "https://example.org/report",
                 "--note", "Trained 10,000 in 2024", "--by", "ann")).stdout == \
        "Commitment 3: open -> fulfilled (version 2).\n"
    one_line_error(pg("update", "3", "--status", "fulfilled"), "already fulfilled")
    detail = json.loads(ok(pg("show", "3", "--format", "json")).stdout)
    assert [(h["from"], h["to"], h["by"]) for h in detail["history"]] == [("open", "fulfilled", "ann")]
    assert detail["history"][0]["at"].endswith("+00:00")
    assert [r["id"] for r in rows(pg("list", "--status", "fulfilled", "--format", "json"))] == [3]
    assert ok(pg("db", "current")).stdout.endswith("(up to date).\n")
    assert "France" in ok(pg("actors")).stdout


def test_listings_read_the_same_on_postgresql_and_sqlite(
    pg: Invoke, tracker: Invoke, articles: Path, fake_engine: type
) -> None:
    """One read path, two databases: every listing gives the same rows (bar timestamps)."""
    for run in (pg, tracker):
        ok(run("ingest", str(articles)))
    for args in (["actors", "-f", "json"], ["list", "-f", "json"], ["list", "--actor", "France", "-f", "csv"]):
        stamps = re.compile(r"\d{4}-\d\d-\d\dT[\d:.]+\+00:00")
        assert stamps.sub("T", ok(pg(*args)).stdout) == stamps.sub("T", ok(tracker(*args)).stdout), args
    assert json.loads(ok(pg("show", "1", "-f", "json")).stdout)["actors"] == \
        json.loads(ok(tracker("show", "1", "-f", "json")).stdout)["actors"]


def test_history_is_append_only(pg: Invoke, pg_url: str, articles: Path, fake_engine: type) -> None:
    ok(pg("ingest", str(articles)))
    ok(pg("update", "1", "-s", "broken"))
    engine = db.open_database(pg_url)
    for sql in ("UPDATE status_changes SET note = 'x'", "DELETE FROM status_changes"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(sql))
    engine.dispose()


def test_optimistic_locking(pg: Invoke, pg_url: str, articles: Path, fake_engine: type) -> None:
    ok(pg("ingest", str(articles)))
    engine = db.open_database(pg_url)
    with Session(engine) as alice, alice.begin():
        seen = alice.get(Commitment, 2)
        assert seen is not None and seen.version == 1
        with Session(engine) as bob, bob.begin():
            store.change_status(bob, 2, "broken", by="bob")
        with pytest.raises(TrackerError, match="was changed by someone else"):
            store.change_status(alice, 2, "fulfilled", by="alice")
    engine.dispose()


def test_concurrent_ingest_of_the_same_text_stores_it_once(pg_url: str) -> None:
    """Two ingests that both passed the hash check: the unique hash settles it."""
    engine = db.open_database(pg_url)
    doc = Document("d1", "Acme will hire 50 people.")
    text_hash = store.content_hash(doc.text)
    with Session(engine) as first, first.begin():
        assert store.store_document(first, doc, text_hash, [], store.ActorResolver(first)).new
    with Session(engine) as second, second.begin():  # it too found the hash unknown, earlier
        assert not store.store_document(second, doc, text_hash, [], store.ActorResolver(second)).new
    engine.dispose()


def test_reprocess_keeps_ratings(pg: Invoke, articles: Path, seams: object, workdir: Path) -> None:
    """The reprocess SQL (its subqueries, guarded deletes, version bumps) on PostgreSQL."""
    from tests.test_reprocess import SwitchableFake

    seams.extractor = SwitchableFake  # type: ignore[attr-defined]
    ok(pg("ingest", str(articles)))
    ok(pg("update", "1", "-s", "fulfilled", "--by", "ann"))
    (workdir / "no-will.txt").write_text("fake.will\n")
    before = rows(pg("list", "-f", "json"))
    dry = ok(pg("reprocess", "--rules", "no-will.txt", "--dry-run")).stdout.splitlines()
    assert rows(pg("list", "-f", "json")) == before
    assert ok(pg("reprocess", "--actor", "Ukraine", "--source", "b.md", "--dry-run")).stdout.splitlines()[0] == \
        "Read 1 document again (dry run: nothing changed; this is what would change)."
    out = ok(pg("reprocess", "--rules", "no-will.txt")).stdout.splitlines()
    assert out[1:] == dry[1:] == [
        "Findings: 0 added, 0 updated, 2 unchanged, 3 vanished.",
        "Vanished: 1 kept because rated, now marked stale (commitments 1); 2 removed (nobody had rated them).",
    ]
    assert [(r["id"], r["status"], r["stale"]) for r in rows(pg("list", "-f", "json"))] == [
        (1, "fulfilled", True), (3, "open", False), (4, "open", False)]
    assert ok(pg("reprocess")).stdout.splitlines()[1] == "Findings: 2 added, 1 updated, 2 unchanged, 0 vanished."
    detail = json.loads(ok(pg("show", "1", "-f", "json")).stdout)
    assert (detail["status"], detail["stale"], [(h["to"], h["by"]) for h in detail["history"]]) == (
        "fulfilled", False, [("fulfilled", "ann")])
def test_search_uses_postgresql_full_text(pg: Invoke, pg_url: str, articles: Path, fake_engine: type) -> None:
    """`list --search` on PostgreSQL: words in any order and any ending, nothing for no match,
    the GIN indexes of migration 0006 in place; and the readable views exist here too."""
    ok(pg("ingest", str(articles)))

    def ids(words: str) -> list[int]:
        return [r["id"] for r in rows(pg("list", "--search", words, "--format", "json"))]

    assert ids("tank") == ids("TANKS send") == [5]
    assert ids("build fund") == [3]  # the action
    assert ids("tanks soldiers") == ids("submarines") == ids("") == ids('"; drop table x --') == []
    engine = db.open_database(pg_url)
    with engine.connect() as conn:
        indexes = set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")).scalars())
        views = set(conn.execute(text("SELECT viewname FROM pg_views WHERE schemaname = 'public'")).scalars())
        row = conn.execute(text("SELECT actors, status, sentence, sources FROM commitments_view WHERE id = 3")).one()
    engine.dispose()
    assert {"ix_mentions_sentence_fts", "ix_commitments_action_fts"} <= indexes
    assert {"commitments_view", "mentions_view", "actors_view", "history_view"} <= views
    assert tuple(row) == ("Ukraine, France", "open", "Ukraine and France pledged to build a fund.", 1)


def test_migration_0006_down_and_up(pg_url: str) -> None:
    from alembic import command

    engine = db.create_engine(db.resolve_url(pg_url))
    db.upgrade(engine)
    with engine.begin() as conn:
        command.downgrade(db.alembic_config(conn), "0003")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_views WHERE schemaname = 'public'")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname LIKE '%_fts'")).scalar() == 0
    db.upgrade(engine)
    assert schema_diff(engine) == []
    engine.dispose()
