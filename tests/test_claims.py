"""Claims at ingest (stored, matched, suggested; never commitments) and `tracker claims`,
with the real extraction engine on sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import Invoke, ok, one_line_error, rows
from tests.test_postgres import pg_database, pg_url  # noqa: F401  (fixtures: a PostgreSQL database)

PLEDGE = {"id": "p1", "date": "2022-03-01", "source": "Daily Wire",
          "text": "Norway will deliver 40 ambulances to Moldova by June, the Norwegian government said on Tuesday."}
DELIVERED = {"id": "c1", "date": "2022-09-15", "source": "Evening Post",
             "text": "Norway has delivered the ambulances it promised to Moldova, officials said."}
EARLY = {"id": "c0", "date": "2021-01-10", "source": "Old Times",
         "text": "Norway has delivered the ambulances it promised to Moldova, officials said in Oslo."}
REVERSED = {"id": "c2", "date": "2022-10-01", "source": "Evening Post",
            "text": "Finland scrapped plans to build a second reactor at Loviisa."}


def _corpus(folder: Path, name: str, *docs: dict) -> str:
    path = folder / name
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def _db(db_url: str) -> list[tuple]:
    engine = create_engine(db_url if "://" in db_url else f"sqlite:///{db_url}")
    try:
        with engine.connect() as c:
            return [
                *c.execute(text("SELECT 'claim', id, outcome, commitment_id, rule FROM claims ORDER BY id")),
                *c.execute(text("SELECT 'suggestion', kind, commitment_id, to_status, claim_id, state, reason "
                                "FROM suggestions ORDER BY id")),
                *c.execute(text("SELECT 'commitment', id, status FROM commitments ORDER BY id")),
            ]
    finally:
        engine.dispose()


@pytest.fixture
def db_url(workdir: Path) -> str:
    return str(workdir / "claims.db")


def test_a_matching_claim_becomes_a_pending_suggestion_and_never_a_commitment(run: Invoke, workdir: Path,
                                                                              db_url: str) -> None:
    ok(run("ingest", _corpus(workdir, "a.jsonl", PLEDGE), "--db", db_url))
    # a later ingest: the pledge stored before is a candidate; the claim said before it is not about it
    ok(run("ingest", _corpus(workdir, "b.jsonl", EARLY, DELIVERED, REVERSED), "--db", db_url))
    assert _db(db_url) == [
        ("claim", 1, "delivered", None, "claim.has-delivered"),  # said before the pledge
        ("claim", 2, "delivered", 1, "claim.has-delivered"),
        ("claim", 3, "reversed", None, "claim.dropped-plan"),  # no such pledge stored
        ("suggestion", "status", 1, "fulfilled", 2, "pending", "claim.has-delivered; match.claim_action 1.00"),
        ("commitment", 1, "open"),  # nothing changes a status by itself
    ]


def test_the_same_suggestion_is_not_pending_twice_nor_one_the_commitment_has(run: Invoke, workdir: Path,
                                                                              db_url: str) -> None:
    again = dict(DELIVERED, id="c9", text=DELIVERED["text"] + " Moldova thanked Oslo.")
    # in one run: the pledge earlier in the same ingest is a candidate
    ok(run("ingest", _corpus(workdir, "a.jsonl", PLEDGE, DELIVERED, again), "--db", db_url))
    got = _db(db_url)
    assert [r for r in got if r[0] == "claim"] == [("claim", 1, "delivered", 1, "claim.has-delivered"),
                                                  ("claim", 2, "delivered", 1, "claim.has-delivered")]
    assert [r[:6] for r in got if r[0] == "suggestion"] == [("suggestion", "status", 1, "fulfilled", 1, "pending")]
    ok(run("update", "1", "--status", "fulfilled", "--db", db_url))
    third = dict(DELIVERED, id="c10", text="Norway has delivered the ambulances it promised to Moldova at last.")
    ok(run("ingest", _corpus(workdir, "b.jsonl", third), "--db", db_url))
    got = _db(db_url)
    assert got[2] == ("claim", 3, "delivered", 1, "claim.has-delivered")  # matched, but it is fulfilled already
    assert len([r for r in got if r[0] == "suggestion"]) == 1


CLAIMS_TABLE = """\
  ID   Said         Actor     Outcome     For   Suggests    Sentence
 ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
   1   2022-09-15   Norway    delivered     1   fulfilled   Norway has delivered the ambulances it promised to Moldova, officials
                                                            said.
   2   2022-10-01   Finland   reversed                      Finland scrapped plans to build a second reactor at Loviisa.
"""


def test_tracker_claims_lists_them_with_their_filters(run: Invoke, workdir: Path, db_url: str) -> None:
    ok(run("ingest", _corpus(workdir, "a.jsonl", PLEDGE, DELIVERED, REVERSED), "--db", db_url))
    table = ok(run("claims", "--db", db_url)).stdout
    assert "\n".join(line.rstrip() for line in table.splitlines()).strip("\n") == CLAIMS_TABLE.rstrip("\n")
    assert rows(run("claims", "--db", db_url, "--actor", "norway", "-f", "json")) == [{
        "id": 1, "date": "2022-09-15", "actor": "Norway", "outcome": "delivered", "commitment_id": 1,
        "suggested_status": "fulfilled", "suggestion_state": "pending",
        "action": "delivered the ambulances it promised to Moldova",
        "sentence": DELIVERED["text"], "source": "Evening Post", "url": None, "rule": "claim.has-delivered",
        "confidence": 0.75,
    }]
    ids = lambda *args: [r["id"] for r in rows(run("claims", "--db", db_url, "-f", "json", *args))]  # noqa: E731
    assert ids("--outcome", "reversed") == [2]
    assert ids("--outcome", "reversed", "--outcome", "delivered") == [1, 2]
    assert ids("--since", "2022-09-20") == [2]
    assert ids("--until", "2022-09-20") == [1]
    assert ids("--limit", "1") == [1]
    csv = ok(run("claims", "--db", db_url, "-f", "csv", "--outcome", "reversed")).stdout.splitlines()
    assert csv[0] == ("id,date,actor,outcome,commitment_id,suggested_status,suggestion_state,action,sentence,"
                      "source,url,rule,confidence")
    assert csv[1].startswith("2,2022-10-01,Finland,reversed,,,,build a second reactor at Loviisa,")
    missing = run("claims", "--db", db_url, "--actor", "Atlantis")
    assert ok(missing).stdout == "" and missing.stderr == "No actor named 'Atlantis' (see tracker actors).\nNo claims.\n"
    one_line_error(run("claims", "--db", db_url, "--outcome", "won"), "unknown outcome 'won'")
    one_line_error(run("claims", "--db", db_url, "--since", "2022-13-01"), "--since")


def test_extract_prints_claims_only_when_asked_and_the_findings_unchanged(run: Invoke, workdir: Path) -> None:
    corpus = _corpus(workdir, "a.jsonl", PLEDGE, DELIVERED, REVERSED)
    plain = ok(run("extract", corpus, "-f", "jsonl")).stdout.splitlines()
    both = ok(run("extract", corpus, "-f", "jsonl", "--claims")).stdout.splitlines()
    assert [json.loads(line)["kind"] for line in plain] == ["commitment"]
    assert [line for line in both if json.loads(line)["kind"] != "claim"] == plain
    claims = [json.loads(line) for line in both if json.loads(line)["kind"] == "claim"]
    assert [(c["doc_id"], c["outcome"], c["actor"], c["rule"]) for c in claims] == [
        ("c1", "delivered", "Norway", "claim.has-delivered"), ("c2", "reversed", "Finland", "claim.dropped-plan")]


def test_rules_lists_the_claim_rules(run: Invoke) -> None:
    listed = {r["id"]: r for r in rows(run("rules", "-f", "json"))}
    assert listed["claim.dropped-plan"]["kind"] == "claim: reversed"
    assert listed["claim-guard.modal"]["kind"] == "claim-guard"
    assert listed["guard.reported-fate"]["kind"] == "guard"


@pytest.mark.postgres
def test_claims_and_suggestions_on_postgresql(run: Invoke, workdir: Path, pg_url: str) -> None:
    ok(run("ingest", _corpus(workdir, "a.jsonl", PLEDGE, EARLY, DELIVERED, REVERSED), "--db", pg_url))
    assert [r for r in _db(pg_url) if r[0] == "suggestion"] == [
        ("suggestion", "status", 1, "fulfilled", 2, "pending", "claim.has-delivered; match.claim_action 1.00")]
    assert [(r["id"], r["commitment_id"], r["suggested_status"]) for r in
            rows(run("claims", "--db", pg_url, "-f", "json", "--actor", "Norway", "--since", "2022-01-01"))] == [
        (2, 1, "fulfilled")]


def test_claims_travel_from_worker_processes_as_from_one(run: Invoke, workdir: Path) -> None:
    corpus = _corpus(workdir, "a.jsonl", PLEDGE, DELIVERED, REVERSED)
    for workers in ("1", "2"):
        ok(run("ingest", corpus, "--db", str(workdir / f"w{workers}.db"), "--workers", workers))
    assert _db(str(workdir / "w1.db")) == _db(str(workdir / "w2.db"))
    assert len([r for r in _db(str(workdir / "w2.db")) if r[0] == "suggestion"]) == 1


@pytest.mark.parametrize(("claim", "pledge", "same"), [
    ("delivered the ambulances it promised to Moldova", "will deliver 40 ambulances to Moldova by June", True),
    ("build a second reactor at Loviisa", "plans to build a second reactor", True),
    ("trained 4,000 nurses since the election", "pledged to train 4,000 nurses by 2024", True),
    ("cut tuition fees", "will raise tuition fees", False),  # the verbs differ
    ("delivered the tanks", "will deliver 40 ambulances", False),  # one shared verb says nothing
    ("signed into law", "will sign it into law", False),  # only words every bill shares
])
def test_compare_claim(claim: str, pledge: str, same: bool) -> None:
    from tracker.storage.matching import CLAIM_MATCH, compare_claim

    assert (compare_claim(claim, pledge).score >= CLAIM_MATCH) is same


def test_a_claim_does_not_report_on_a_pledge_of_its_own_sentence(run: Invoke, workdir: Path, db_url: str) -> None:
    both = {"id": "x", "date": "2022-03-01", "text": "Norway has delivered the ambulances and will deliver "
            "the ambulances to Moldova again."}
    ok(run("ingest", _corpus(workdir, "a.jsonl", both), "--db", db_url))
    got = _db(db_url)
    assert [r[0] for r in got].count("commitment") == 1 and [r[0] for r in got].count("claim") == 1
    assert [r for r in got if r[0] == "suggestion"] == [] and got[0][3] is None
