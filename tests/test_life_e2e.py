"""The life of a commitment, end to end, with the real extraction engine on three short
articles written for this test: a dated pledge; a second outlet repeating it in other
words two days later; a delivery report months later. After ingesting them: one
commitment with two mentions and one pending suggestion; after `review accept`, status
fulfilled with the report as evidence in its history. On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Invoke, ok, rows
from tests.test_postgres import pg_database, pg_url  # noqa: F401  (fixtures: a PostgreSQL database)

ARTICLES = (
    {"id": "ledger-1", "source": "The Baltic Ledger", "date": "2026-03-02",
     "url": "https://ledger.example/norway-howitzers", "title": "Norway pledges howitzers",
     "text": "Norway will deliver 12 howitzers to Estonia by the end of the year, the defence ministry said on "
             "Monday. The guns are part of a wider aid package."},
    {"id": "post-1", "source": "Nordic Post", "date": "2026-03-04",
     "url": "https://post.example/oslo-artillery", "title": "Oslo to send artillery",
     "text": "The Norwegian government has promised to send 12 howitzers to Estonia before the end of 2026. "
             "Officials in Tallinn welcomed the announcement."},
    {"id": "ledger-2", "source": "The Baltic Ledger", "date": "2026-09-15",
     "url": "https://ledger.example/howitzers-arrive", "title": "Howitzers arrive",
     "text": "Norway has delivered the 12 howitzers to Estonia, the defence ministry said on Tuesday. "
             "Estonian gunners began training on them last week."},
)


def _life(run: Invoke, db: str, folder: Path) -> None:
    # one file per article, ingested in the order they were published, as a newsroom would
    for article in ARTICLES:
        path = folder / f"{article['id']}.jsonl"
        path.write_text(json.dumps(article) + "\n", encoding="utf-8")
        ok(run("ingest", str(path), "--db", db))

    (commitment,) = rows(ok(run("list", "--db", db, "-f", "json")))
    assert (commitment["actors"], commitment["kind"], commitment["status"]) == (["Norway"], "commitment", "open")
    assert (commitment["sources"], commitment["first_said"], commitment["last_said"]) == (2, "2026-03-02", "2026-03-04")
    assert commitment["deadline_date"] == "2026-12-31"
    shown = json.loads(ok(run("show", str(commitment["id"]), "--db", db, "-f", "json")).stdout)
    assert [(m["document"]["publisher"], m["said_on"]) for m in shown["mentions"]] == [
        ("The Baltic Ledger", "2026-03-02"), ("Nordic Post", "2026-03-04")]

    # the delivery report is a claim, never a commitment, and a suggestion waits for a person
    (claim,) = [c for c in rows(ok(run("claims", "--db", db, "-f", "json"))) if c["outcome"] == "delivered"]
    assert claim["commitment_id"] == commitment["id"]
    (suggestion,) = rows(ok(run("review", "--db", db, "--type", "status", "-f", "json")))
    assert (suggestion["commitment_id"], suggestion["to_status"]) == (commitment["id"], "fulfilled")
    assert rows(ok(run("review", "--db", db, "--type", "merge", "-f", "json"))) == []
    assert json.loads(ok(run("show", str(commitment["id"]), "--db", db, "-f", "json")).stdout)["status"] == "open"

    ok(run("review", "accept", suggestion["item"], "--by", "ana", "--db", db))
    shown = json.loads(ok(run("show", str(commitment["id"]), "--db", db, "-f", "json")).stdout)
    assert shown["status"] == "fulfilled"
    (change,) = shown["history"]
    assert (change["from"], change["to"], change["by"]) == ("open", "fulfilled", "ana")
    assert change["evidence_url"] == "https://ledger.example/howitzers-arrive"
    assert "Norway has delivered the 12 howitzers to Estonia" in change["note"]
    assert rows(ok(run("review", "--db", db, "--type", "status", "-f", "json"))) == []
    # the history is tamper-evident: the accepted change is on the chain
    assert ok(run("db", "verify", "--db", db)).stdout.startswith("ok: 1 change")


def test_a_pledge_repeated_then_delivered_is_one_commitment_then_kept(run: Invoke, workdir: Path) -> None:
    _life(run, str(workdir / "t.db"), workdir)


@pytest.mark.postgres
def test_the_life_of_a_commitment_on_postgresql(run: Invoke, workdir: Path, pg_database: str) -> None:  # noqa: F811
    _life(run, pg_database.render_as_string(hide_password=False), workdir)
