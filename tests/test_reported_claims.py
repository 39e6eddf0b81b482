"""Second-hand reports stored at ingest: a claim of outcome "reported" (a guard of effect
"claim" made it, tests/extract/test_reported_claims.py) is kept in `claims`, matched to a
commitment like any claim and suggesting no status, never a commitment; migration 0011
lets the claims table hold it. Sentences written for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from tests.conftest import Invoke, ok
from tests.test_postgres import pg_database, pg_url  # noqa: F401  (fixtures: a PostgreSQL database)
from tracker.status import CLAIM_OUTCOMES
from tracker.storage import db


PLEDGE = {"id": "p1", "date": "2022-03-01", "source": "Daily Wire",
          "text": "Norway will deliver 40 ambulances to Moldova by June, the Norwegian government said on Tuesday."}
REPORT = {"id": "r1", "date": "2022-04-02", "source": "Evening Post",
          "text": "According to the Bergen Herald, Norway will deliver the ambulances to Moldova in May."}


def _ingested(run: Invoke, workdir: Path, db_url: str) -> list[tuple]:
    corpus = workdir / "a.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in (PLEDGE, REPORT)), encoding="utf-8")
    ok(run("ingest", str(corpus), "--db", db_url))
    engine = create_engine(db_url if "://" in db_url else f"sqlite:///{db_url}")
    try:
        with engine.connect() as c:
            return [*c.execute(text("SELECT 'claim', outcome, commitment_id, rule FROM claims ORDER BY id")),
                    *c.execute(text("SELECT 'suggestion', id FROM suggestions")),
                    *c.execute(text("SELECT 'commitment', id, action FROM commitments ORDER BY id"))]
    finally:
        engine.dispose()


STORED = [("claim", "reported", 1, "guard.media_report"),  # matched to the pledge: no suggestion
          ("commitment", 1, "will deliver 40 ambulances to Moldova by June")]


def test_ingest_stores_a_report_as_a_claim_matched_with_no_suggestion(run: Invoke, workdir: Path) -> None:
    assert CLAIM_OUTCOMES["reported"] is None
    assert _ingested(run, workdir, str(workdir / "r.db")) == STORED


@pytest.mark.postgres
def test_ingest_stores_a_report_as_a_claim_on_postgresql(run: Invoke, workdir: Path, pg_url: str) -> None:
    assert _ingested(run, workdir, pg_url) == STORED


# a database at 0010 with a claim and its suggestion (negated false: 0 on SQLite, false on PostgreSQL)
SEED_0010 = [
    "INSERT INTO documents (id, publisher, text, content_hash, ingested_at) "
    "VALUES (1, 'Gazette', 'Peru will build dams. Peru has built the dams.', 'h1', '2026-01-01 00:00:00')",
    "INSERT INTO commitments (id, kind, action, negated, status, created_at, updated_at, version, review) "
    "VALUES (1, 'commitment', 'build dams', {false}, 'open', '2026-01-01', '2026-01-01', 1, 'unreviewed')",
    "INSERT INTO claims (id, document_id, outcome, action, sentence, start, \"end\", rule, confidence, "
    "commitment_id, created_at) VALUES (1, 1, 'delivered', 'built the dams', 'Peru has built the dams.', 22, 46, "
    "'claim.has-delivered', 0.9, 1, '2026-01-01')",
    "INSERT INTO suggestions (id, kind, commitment_id, to_status, claim_id, score, reason, state, created_at) "
    "VALUES (1, 'status', 1, 'fulfilled', 1, 0.9, 'r', 'pending', '2026-01-01')",
]


def _seed_0010(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        for statement in SEED_0010:
            conn.execute(statement.format(false=0))


def _add_claim(path: Path, claim_id: int, outcome: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO claims (id, document_id, outcome, sentence, start, \"end\", rule, confidence, "
                     "created_at) VALUES (?, 1, ?, 'Peru will build dams.', 0, 21, 'guard.media_report', 0.7, "
                     "'2026-01-01')", (claim_id, outcome))


def test_0011_carries_a_database_forward_and_goes_back(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = db.create_engine(db.resolve_url(str(path)))
    db.upgrade(engine, "0010")
    _seed_0010(path)
    with pytest.raises(sqlite3.IntegrityError):
        _add_claim(path, 2, "reported")  # not yet an outcome
    db.upgrade(engine)
    _add_claim(path, 2, "reported")
    with pytest.raises(sqlite3.IntegrityError):
        _add_claim(path, 3, "rumoured")  # the constraint still holds
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id, outcome, commitment_id FROM claims ORDER BY id").fetchall() == [
            (1, "delivered", 1), (2, "reported", None)]
        assert conn.execute("SELECT claim_id, state FROM suggestions").fetchall() == [(1, "pending")]
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # (as db.upgrade does: the table is copied)
        conn.commit()
        with conn.begin():
            command.downgrade(db.alembic_config(conn), "0010")
    with sqlite3.connect(path) as conn:  # a report is no outcome of 0010: it goes
        assert conn.execute("SELECT id, outcome FROM claims").fetchall() == [(1, "delivered")]
    with pytest.raises(sqlite3.IntegrityError):
        _add_claim(path, 2, "reported")
    db.upgrade(engine)  # and forward again
    engine.dispose()


@pytest.mark.postgres
def test_0011_carries_a_postgresql_database_forward_and_goes_back(pg_url: str) -> None:
    from sqlalchemy.exc import IntegrityError

    engine = db.create_engine(db.resolve_url(pg_url))
    db.upgrade(engine, "0010")
    with engine.begin() as conn:
        for statement in SEED_0010:
            conn.execute(text(statement.format(false="false")))
    db.upgrade(engine)
    report = text("INSERT INTO claims (id, document_id, outcome, sentence, start, \"end\", rule, confidence, "
                  "created_at) VALUES (:id, 1, :outcome, 'Peru will build dams.', 0, 21, 'guard.media_report', 0.7, "
                  "'2026-01-01')")
    with engine.begin() as conn:
        conn.execute(report, {"id": 2, "outcome": "reported"})
        names = set(conn.execute(text("SELECT conname FROM pg_constraint WHERE conrelid = 'claims'::regclass "
                                      "AND contype = 'c'")).scalars())
    assert names == {"ck_claims_outcome"}  # the models' name
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(report, {"id": 3, "outcome": "rumoured"})
    with engine.begin() as conn:
        command.downgrade(db.alembic_config(conn), "0010")
    with engine.connect() as conn:
        assert list(conn.execute(text("SELECT id, outcome FROM claims"))) == [(1, "delivered")]
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(report, {"id": 2, "outcome": "reported"})
    db.upgrade(engine)
    engine.dispose()
