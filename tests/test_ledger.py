"""The status history as a hash chain: `tracker db verify` passes on an honest database
and names the first broken link of a forged, deleted or emptied history, on SQLite and
PostgreSQL; the triggers refuse INSERT OR REPLACE (SQLite) and TRUNCATE (PostgreSQL)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError

from tests.conftest import Invoke, ok
from tests.test_postgres import pg_database, pg_url  # noqa: F401  (fixtures)
from tracker.storage import db
from tracker.storage.tables import history

UPDATES = (["1", "-s", "in_progress", "--note", "Bill tabled", "--by", "ann"],
           ["1", "-s", "fulfilled", "--evidence", "https://example.org/law", "--by", "bob"],
           ["2", "-s", "broken", "--note", "Dropped — ça alors", "--by", "ann"],
           ["3", "-s", "stalled", "--by", "cy"])


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, db_path: Path) -> str:
    """The database of a test: the SQLite file, or the PostgreSQL session database."""
    if request.param == "sqlite":
        return str(db_path)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def rated(run: Invoke, target: str, articles: Path, fake_engine: type) -> Invoke:
    """The articles ingested and four status changes made; runs commands on that database."""

    def on(*args: str) -> object:
        return run(*args, "--db", target)

    ok(on("ingest", str(articles)))
    for args in UPDATES:
        ok(on("update", *args))
    return on  # type: ignore[return-value]


@pytest.fixture
def engine(target: str, rated: Invoke) -> Iterator[Engine]:
    engine = db.open_database(target)
    yield engine
    engine.dispose()


def unguarded(engine: Engine, sql: str) -> None:
    """Run ``sql`` on status_changes as someone who sets the triggers aside, then puts them back."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            saved = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name = 'status_changes'")).all()
            for name, _ in saved:
                conn.execute(text(f"DROP TRIGGER {name}"))
            conn.execute(text(sql))
            for _, create in saved:
                conn.execute(text(create))
        else:
            conn.execute(text("ALTER TABLE status_changes DISABLE TRIGGER USER"))
            conn.execute(text(sql))
            conn.execute(text("ALTER TABLE status_changes ENABLE TRIGGER USER"))


def failed(result: object, first: str) -> None:
    """verify's failure: every problem on stdout, the first one on stderr, exit 1."""
    assert result.exit_code == 1, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    assert result.stdout.splitlines()[0] == first  # type: ignore[attr-defined]
    assert result.stderr.startswith(f"Error: verification failed: {first}")  # type: ignore[attr-defined]
    assert len(result.stderr.strip().splitlines()) == 1  # type: ignore[attr-defined]


def test_an_honest_history_verifies(rated: Invoke, engine: Engine) -> None:
    out = ok(rated("db", "verify")).stdout.splitlines()  # type: ignore[attr-defined]
    assert out[0] == "ok: 4 changes, chain intact, integrity ok"
    with engine.connect() as conn:
        last = conn.execute(text("SELECT hash FROM status_changes ORDER BY id DESC LIMIT 1")).scalar()
    assert out[1] == f"head: {last}"


def test_each_change_hashes_its_content_and_the_previous_hash(rated: Invoke, engine: Engine) -> None:
    """The documented serialisation, recomputed here by hand from the rows."""
    with engine.connect() as conn:
        found = conn.execute(text("SELECT id, commitment_id, from_status, to_status, note, evidence_url, "
                                  "changed_at, changed_by, prev_hash, hash FROM status_changes ORDER BY id")).all()
        head = conn.execute(text("SELECT changes, last_id, last_hash FROM status_chain")).one()
    prev = "0" * 64
    for row in found:
        at = row.changed_at if isinstance(row.changed_at, datetime) else datetime.fromisoformat(row.changed_at)
        content = {"commitment_id": row.commitment_id, "from_status": row.from_status, "to_status": row.to_status,
                   "note": row.note, "evidence_url": row.evidence_url, "changed_by": row.changed_by,
                   "changed_at": at.replace(tzinfo=at.tzinfo or timezone.utc).astimezone(timezone.utc)
                   .strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "prev": prev}
        canonical = json.dumps({k: v for k, v in content.items() if v is not None}, sort_keys=True,
                               ensure_ascii=False, separators=(",", ":"))
        assert row.prev_hash == prev
        assert row.hash == hashlib.sha256(canonical.encode()).hexdigest()
        prev = row.hash
    assert tuple(head) == (4, found[-1].id, prev)


def test_a_forged_row_is_named(rated: Invoke, engine: Engine) -> None:
    unguarded(engine, "UPDATE status_changes SET note = 'Law passed' WHERE id = 3")
    failed(rated("db", "verify"), "status change 3: hash does not match its content")


def test_a_forged_row_with_its_hash_recomputed_breaks_the_next_link(rated: Invoke, engine: Engine) -> None:
    with engine.connect() as conn:
        row = dict(conn.execute(select(history).where(history.c.id == 2)).one()._mapping)  # typed values
    row["changed_by"] = "mallory"
    from tracker.storage import ledger  # here: the module is new, and the other tests run without it

    forged = ledger.digest(row["prev_hash"], row)
    unguarded(engine, f"UPDATE status_changes SET changed_by = 'mallory', hash = '{forged}' WHERE id = 2")
    failed(rated("db", "verify"), "status change 3 does not follow 2: the previous hash differs")


def test_a_deleted_row_is_named(rated: Invoke, engine: Engine) -> None:
    unguarded(engine, "DELETE FROM status_changes WHERE id = 2")
    failed(rated("db", "verify"), "status change 3 follows 1: 2 missing")


def test_deleting_the_last_changes_shows_at_the_head(rated: Invoke, engine: Engine) -> None:
    unguarded(engine, "DELETE FROM status_changes WHERE id = 4")
    failed(rated("db", "verify"), "status history ends at status change 3 (3 changes), but the chain head "
                                  "records 4 changes ending at status change 4: changes were removed")


def test_an_emptied_history_is_detected(rated: Invoke, engine: Engine) -> None:
    unguarded(engine, "DELETE FROM status_changes" if engine.dialect.name == "sqlite" else "TRUNCATE status_changes")
    result = rated("db", "verify")
    failed(result, "status history is empty (0 changes), but the chain head records 4 changes ending at "
                   "status change 4: changes were removed")
    assert "commitment 1 is fulfilled, but it has no status history: changes were removed" in result.stdout  # type: ignore[attr-defined]


def test_an_emptied_history_with_its_head_reset_is_still_detected(rated: Invoke, engine: Engine) -> None:
    unguarded(engine, "DELETE FROM status_changes")
    with engine.begin() as conn:
        conn.execute(text("UPDATE status_chain SET changes = 0, last_id = NULL, last_hash = NULL"))
    failed(rated("db", "verify"), "commitment 1 is fulfilled, but it has no status history: changes were removed")


def test_a_dropped_trigger_is_reported(rated: Invoke, engine: Engine) -> None:
    name = "status_changes_no_replace" if engine.dialect.name == "sqlite" else "status_changes_no_truncate"
    with engine.begin() as conn:
        conn.execute(text(f"DROP TRIGGER {name}" + ("" if engine.dialect.name == "sqlite" else " ON status_changes")))
    failed(rated("db", "verify"), f"trigger {name} is missing or disabled: the history is not protected")


def test_insert_or_replace_is_refused_on_sqlite(loaded: Invoke, db_path: Path) -> None:
    ok(loaded("update", "1", "-s", "broken"))
    engine = db.open_database(str(db_path))
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("INSERT OR REPLACE INTO status_changes (id, commitment_id, from_status, to_status, "
                          "changed_at, changed_by) VALUES (1, 1, 'open', 'fulfilled', '2024-01-01', 'x')"))
    ok(loaded("db", "verify"))
    engine.dispose()


@pytest.mark.postgres
def test_truncate_is_refused_on_postgresql(run: Invoke, pg_url: str, articles: Path, fake_engine: type) -> None:  # noqa: F811
    ok(run("ingest", str(articles), "--db", pg_url))
    ok(run("update", "1", "-s", "broken", "--db", pg_url))
    engine = db.open_database(pg_url)
    for sql in ("TRUNCATE status_changes", "TRUNCATE commitments CASCADE"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(sql))
    engine.dispose()
    ok(run("db", "verify", "--db", pg_url))


def test_import_chains_its_history(rated: Invoke, run: Invoke, workdir: Path) -> None:
    export = workdir / "all.jsonl"
    ok(rated("export", "--format", "jsonl", "--out", str(export)))
    other = str(workdir / "other.db")
    ok(run("import", str(export), "--db", other))
    assert ok(run("db", "verify", "--db", other)).stdout.startswith("ok: 4 changes, chain intact")


def test_the_migration_chains_the_history_already_stored(rated: Invoke, engine: Engine) -> None:
    """A database carried forward from 0007 (before the chain): its changes get the same
    hashes as if written now, and it verifies."""
    query = "SELECT id, prev_hash, hash FROM status_changes ORDER BY id"
    with engine.connect() as conn:
        written = conn.execute(text(query)).all()
    with engine.begin() as conn:
        command.downgrade(db.alembic_config(conn), "0007")
    with engine.connect() as conn:
        assert "hash" not in {c for c in conn.execute(text("SELECT * FROM status_changes")).keys()}
    db.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text(query)).all() == written
    assert ok(rated("db", "verify")).stdout.startswith("ok: 4 changes, chain intact, integrity ok\n")  # type: ignore[attr-defined]


def test_verify_refuses_a_missing_database(run: Invoke, workdir: Path) -> None:
    result = run("db", "verify", "--db", str(workdir / "none.db"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: no database at ")
    assert not (workdir / "none.db").exists()



def test_concurrent_writers_chain_one_after_the_other(rated: Invoke, engine: Engine) -> None:
    """The second writer waits for the first's lock on the chain's head, then chains after it."""
    import threading

    from tracker.storage import ledger

    def change(commitment_id: int, to: str) -> dict[str, object]:
        return {"commitment_id": commitment_id, "from_status": "open", "to_status": to, "changed_by": "t",
                "changed_at": datetime(2025, 1, commitment_id, tzinfo=timezone.utc)}

    done: list[int] = []
    with engine.connect() as first:
        first.begin()
        ledger.append(first, change(4, "broken"))
        if engine.dialect.name == "sqlite":
            first.commit()  # SQLite: one writer at a time; the second simply follows

        def second() -> None:
            with engine.begin() as conn:
                done.append(ledger.append(conn, change(5, "stalled")))

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(0.5)
        if first.in_transaction():
            assert done == []  # waiting for the head's lock
            first.commit()
        thread.join(30)
    assert done
    with engine.begin() as conn:  # the commitments' statuses follow, as change_status would set them
        conn.execute(text("UPDATE commitments SET status = 'broken' WHERE id = 4"))
        conn.execute(text("UPDATE commitments SET status = 'stalled' WHERE id = 5"))
    assert ok(rated("db", "verify")).stdout.startswith("ok: 6 changes, chain intact")  # type: ignore[attr-defined]
