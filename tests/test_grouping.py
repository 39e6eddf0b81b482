"""One commitment, many sources: the matcher, grouping at ingest and at reprocess, and the
corrections a person makes (`tracker merge`, `tracker split`), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import Invoke, Seams, ok, one_line_error
from tests.test_postgres import pg_database, pg_url  # noqa: F401  (fixtures)
from tests.test_reprocess import SwitchableFake
from tracker.storage.matching import SAME, SUGGEST, Pledge, best_match, compare, normalise_action

# --- the matcher ---------------------------------------------------------------------------------------


def P(action: str, actor: int | None = 1, **fields: Any) -> Pledge:
    return Pledge(actor, action, **fields)


def test_the_same_pledge_in_other_words_is_same() -> None:
    verdict = compare(P("will cut income tax for families, the minister said"), P("pledged to cut income taxes for families"))
    assert verdict.same and verdict.reason.startswith("match.action")


@pytest.mark.parametrize("a, b", [
    (P("will deliver 40 tanks to Poland by the end of the year"), P("promised to send 40 tanks to Poland before 2027")),
    (P("is slashing 300 jobs at its Leeds plant"), P("will cut 300 jobs at the Leeds plant")),
    (P("plans to hire 2,000 nurses"), P("will recruit 2,000 nurses")),
])
def test_synonyms_and_deadline_words_do_not_make_another_pledge(a: Any, b: Any) -> None:
    assert compare(a, b).same, compare(a, b)


def test_opposite_verbs_are_not_synonyms() -> None:
    assert not compare(P("will cut fuel duty"), P("will raise fuel duty")).same


@pytest.mark.parametrize("a, b, reason", [
    (P("send troops", actor=1), P("send troops", actor=2), "match.actor_differs"),
    (P("send troops", actor=None), P("send troops", actor=None), "match.actor_differs"),
    (P("raise taxes"), P("raise taxes", negated=True), "match.negation_differs"),
    (P("train 7,000 soldiers"), P("train 5,000 soldiers"), "match.amount_differs"),
    (P("give aid", amount_value=5e9, unit="USD"), P("give aid", amount_value=5e9, unit="EUR"), "match.amount_differs"),
    (P("cut emissions", deadline_date=date(2030, 12, 31)), P("cut emissions", deadline_date=date(2040, 12, 31)),
     "match.deadline_differs"),
    (P("send aid to Sudan", target="Sudan"), P("send aid to Chad", target="Chad"), "match.target_differs"),
])
def test_what_makes_two_pledges_different(a: Pledge, b: Pledge, reason: str) -> None:
    assert compare(a, b).score == 0.0 and compare(a, b).reason == reason


def test_what_does_not_make_them_different() -> None:
    # the thing counted said in other words; a resolved target the action does not say
    assert compare(P("send 2,000 soldiers to Mali", amount_value=2000, unit="soldiers"),
                   P("send 2,000 troops to Mali", amount_value=2000, unit="troops")).score >= SUGGEST
    assert compare(P("put Africa at the top of the G8 agenda", target="G8"),
                   P("put Africa at the top of the agenda when Britain chairs the G8", target="United Kingdom")
                   ).score >= SUGGEST


def test_normalise_action_keeps_what_is_pledged() -> None:
    assert normalise_action("will continue to fight for our vote. share: f t Contact") == "continue fight vote"
    assert normalise_action("is to send 7,000 troops, the defence minister said") == "deliver 7000 troop"  # send, deliver, supply ...: one act


def test_best_match_takes_the_best_and_the_older_on_a_tie() -> None:
    candidates = [P("build a school"), P("open a plant in Leeds"), P("open a plant in Leeds")]
    found = best_match(P("open a plant in Leeds"), candidates)
    assert found is not None and found[0] == 1 and found[1].score >= SAME
    assert best_match(P("repair the road"), candidates) is None
    assert best_match(P("open a plant in Leeds", actor=None), candidates) is None


# --- grouping at ingest --------------------------------------------------------------------------------

DOCS = [
    {"id": "g1", "source": "Daily A", "date": "2025-03-01",
     "text": "France will train 7,000 soldiers by 2026. Acme plans to open a plant."},
    {"id": "g2", "source": "Other B", "date": "2025-03-08",
     "text": "France will train 7,000 soldiers by 2026. France and Ukraine pledged to train 7,000 soldiers by 2026."},
    {"id": "g3", "source": "Third C", "date": "2025-03-09",
     "text": "France will train 5,000 soldiers by 2026. Acme plans to open a new plant in Leeds and hire staff. "
             "Ukraine will train 7,000 soldiers by 2026."},
]


def write(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def groups(db: Path) -> set[frozenset[tuple[str, int]]]:
    """Each commitment as the set of its mentions (document, offset): independent of ids."""
    found: dict[int, set[tuple[str, int]]] = {}
    for cid, doc, start in query(db, "SELECT m.commitment_id, d.external_id, m.start FROM mentions m "
                                     "JOIN documents d ON d.id = m.document_id"):
        found.setdefault(cid, set()).add((doc, start))
    return {frozenset(g) for g in found.values()}


@pytest.fixture
def grouped(tracker: Invoke, workdir: Path, fake_engine: type) -> Invoke:
    ok(tracker("ingest", str(write(workdir / "g.jsonl", DOCS))))
    return tracker


def test_a_pledge_stated_again_is_one_commitment_with_a_mention_per_source(grouped: Invoke, db_path: Path) -> None:
    assert query(db_path, "SELECT id, action FROM commitments ORDER BY id") == [
        (1, "train 7,000 soldiers"), (2, "open a plant"), (3, "train 5,000 soldiers"),
        (4, "open a new plant in Leeds and hire staff"), (5, "train 7,000 soldiers")]
    assert query(db_path, "SELECT commitment_id, document_id, start FROM mentions ORDER BY id") == [
        (1, 1, 0), (2, 1, 42), (1, 2, 0), (1, 2, 42), (3, 3, 0), (4, 3, 42), (5, 3, 98)]
    # the co-actor of the second statement is bound too; the first stays main
    assert query(db_path, "SELECT a.name, l.position FROM commitment_actors l JOIN actors a ON a.id = l.actor_id "
                          "WHERE l.commitment_id = 1 ORDER BY l.position") == [("France", 0), ("Ukraine", 1)]
    assert query(db_path, "SELECT version FROM commitments WHERE id = 1") == [(2,)]  # one more source: changed
    # perhaps the same: a new commitment and a suggestion for a person
    assert query(db_path, "SELECT kind, commitment_id, other_id, state, reason FROM suggestions") == [
        ("merge", 2, 4, "pending", "match.action 0.75")]


def test_the_grouping_does_not_depend_on_the_order_of_documents(grouped: Invoke, run: Invoke, workdir: Path,
                                                                  db_path: Path) -> None:
    ok(run("ingest", str(write(workdir / "r.jsonl", DOCS[::-1])), "--db", str(workdir / "r.db")))
    assert groups(workdir / "r.db") == groups(db_path)


def test_a_dismissed_or_merged_commitment_takes_no_new_mention(grouped: Invoke, workdir: Path, db_path: Path) -> None:
    ok(grouped("update", "5", "-s", "dismissed"))
    ok(grouped("ingest", str(write(workdir / "more.jsonl", [
        {"id": "g4", "text": "Ukraine will train 7,000 soldiers by 2026. Acme plans to open a plant."}]))))
    assert query(db_path, "SELECT commitment_id FROM mentions WHERE document_id = 4 ORDER BY id") == [(6,), (2,)]


# --- reprocess -----------------------------------------------------------------------------------------


@pytest.fixture
def two_sources(tracker: Invoke, workdir: Path, seams: Seams) -> Invoke:
    seams.extractor = SwitchableFake
    write(workdir / "s.jsonl", [
        {"id": "r1", "text": "France will train 500 pilots. France will open a plant."},
        {"id": "r2", "text": "France pledged to train 500 pilots. France pledged to open a new plant in Leeds and hire staff."},
    ])
    (workdir / "no-will.txt").write_text("fake.will\n")
    (workdir / "no-pledge.txt").write_text("fake.pledge\n")
    ok(tracker("ingest", "s.jsonl"))
    return tracker


def test_reprocess_removes_one_document_s_mention_not_the_commitment(two_sources: Invoke, db_path: Path) -> None:
    assert query(db_path, "SELECT commitment_id, document_id FROM mentions ORDER BY id") == [(1, 1), (2, 1), (1, 2), (3, 2)]
    assert query(db_path, "SELECT commitment_id, other_id FROM suggestions") == [(2, 3)]
    out = ok(two_sources("reprocess", "--doc", "r2", "--rules", "no-pledge.txt")).stdout.splitlines()
    assert out[1] == "Findings: 0 added, 0 updated, 0 unchanged, 2 vanished."
    # commitment 1 keeps r1's mention; 3 had only r2's: it goes, with the suggestion naming it
    assert query(db_path, "SELECT commitment_id, document_id FROM mentions ORDER BY id") == [(1, 1), (2, 1)]
    assert query(db_path, "SELECT id FROM commitments ORDER BY id") == [(1,), (2,)]
    assert query(db_path, "SELECT count(*) FROM suggestions") == [(0,)]
    # read again with every rule: r2's findings come back, grouped again (SQLite reuses the freed id 3)
    ok(two_sources("reprocess", "--doc", "r2"))
    assert query(db_path, "SELECT commitment_id, document_id FROM mentions ORDER BY id") == [(1, 1), (2, 1), (1, 2), (3, 2)]


def test_reprocess_of_a_source_does_not_rewrite_a_commitment_others_state(two_sources: Invoke, db_path: Path) -> None:
    before = query(db_path, "SELECT id, action, version FROM commitments WHERE id = 1")
    out = ok(two_sources("reprocess")).stdout.splitlines()
    assert out[1] == "Findings: 0 added, 0 updated, 4 unchanged, 0 vanished."
    assert query(db_path, "SELECT id, action, version FROM commitments WHERE id = 1") == before


# --- tracker merge / tracker split ----------------------------------------------------------------------


def edits(db: Path) -> list[tuple[Any, ...]]:
    return query(db, "SELECT commitment_id, action, old_value, new_value, note, changed_by FROM commitment_edits ORDER BY id")


def test_merge_moves_mentions_and_actors_and_keeps_the_history(grouped: Invoke, run: Invoke, db_path: Path) -> None:
    db = str(db_path)
    assert ok(run("merge", "2", "4", "--by", "ann", "--note", "the same plant", "--db", db)).stdout == \
        "Merged commitment 4 into 2.\n"
    assert query(db_path, "SELECT id, merged_into_id FROM commitments WHERE id IN (2, 4) ORDER BY id") == [(2, None), (4, 2)]
    assert query(db_path, "SELECT commitment_id FROM mentions WHERE commitment_id IN (2, 4)") == [(2,), (2,)]
    assert query(db_path, "SELECT state, decided_by, note FROM suggestions") == [("accepted", "ann", "the same plant")]
    assert edits(db_path) == [(2, "merge", None, "4", "the same plant", "ann"), (4, "merge", None, "2", "the same plant", "ann")]
    one_line_error(run("merge", "2", "4", "--db", db), "commitment 4 was merged into 2; use 2")
    one_line_error(run("merge", "4", "1", "--db", db), "commitment 4 was merged into 2; use 2")
    one_line_error(run("merge", "2", "2", "--db", db), "cannot merge commitment 2 into itself")
    one_line_error(run("merge", "2", "99", "--db", db), "no commitment with id 99")


def test_merge_carries_a_rating_and_refuses_two(grouped: Invoke, run: Invoke, db_path: Path) -> None:
    db = str(db_path)
    ok(grouped("update", "3", "-s", "fulfilled", "--by", "ann"))
    ok(grouped("update", "1", "-s", "broken", "--by", "ann"))
    one_line_error(run("merge", "1", "3", "--db", db),
                   "commitment 1 is broken and 3 is fulfilled: set one status for both first (tracker update), then merge")
    assert ok(run("merge", "5", "3", "--by", "bob", "--db", db)).stdout == "Merged commitment 3 into 5.\n"
    assert query(db_path, "SELECT status FROM commitments WHERE id = 5") == [("fulfilled",)]
    assert query(db_path, "SELECT from_status, to_status, note, changed_by FROM status_changes WHERE commitment_id = 5") == [
        ("open", "fulfilled", "carried from commitment 3, merged into it", "bob")]
    ok(grouped("update", "2", "-s", "dismissed"))
    one_line_error(run("merge", "4", "2", "--db", db), "commitment 2 is dismissed (not a commitment)")


def test_split_moves_a_mention_to_a_new_commitment(grouped: Invoke, run: Invoke, db_path: Path) -> None:
    db = str(db_path)
    assert ok(run("split", "1", "--mention", "4", "--by", "ann", "--note", "a second pledge", "--db", db)).stdout == \
        "Split mention 4 off commitment 1: now commitment 6.\n"
    assert query(db_path, "SELECT id, action, status, review, merged_into_id FROM commitments WHERE id = 6") == [
        (6, "train 7,000 soldiers", "open", "unreviewed", None)]
    assert query(db_path, "SELECT commitment_id FROM mentions WHERE id IN (1, 3, 4) ORDER BY id") == [(1,), (1,), (6,)]
    assert query(db_path, "SELECT actor_id, position FROM commitment_actors WHERE commitment_id = 6 ORDER BY position") == \
        query(db_path, "SELECT actor_id, position FROM commitment_actors WHERE commitment_id = 1 ORDER BY position")
    assert edits(db_path) == [(1, "split", "4", "6", "a second pledge", "ann"), (6, "split", "1", "4", "a second pledge", "ann")]
    one_line_error(run("split", "6", "-m", "4", "--db", db), "commitment 6 has only one mention: nothing to split off")
    one_line_error(run("split", "1", "-m", "2", "--db", db), "mention 2 is not a mention of commitment 1")
    one_line_error(run("split", "99", "-m", "1", "--db", db), "no commitment with id 99")


# --- PostgreSQL ------------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_grouping_merge_and_split_on_postgresql(run: Invoke, pg_url: str, workdir: Path,  # noqa: F811
                                                fake_engine: type) -> None:
    def pg(*args: str) -> Any:
        return run(*args, "--db", pg_url)

    ok(pg("ingest", str(write(workdir / "g.jsonl", DOCS))))
    engine = create_engine(pg_url)

    def fetch(sql: str) -> list[tuple[Any, ...]]:
        with engine.connect() as connection:
            return [tuple(r) for r in connection.execute(text(sql))]

    assert fetch("SELECT commitment_id, document_id FROM mentions ORDER BY id") == [
        (1, 1), (2, 1), (1, 2), (1, 2), (3, 3), (4, 3), (5, 3)]
    assert fetch("SELECT commitment_id, other_id, state FROM suggestions") == [(2, 4, "pending")]
    assert ok(pg("merge", "2", "4", "--by", "ann")).stdout == "Merged commitment 4 into 2.\n"
    assert ok(pg("split", "1", "-m", "4", "--by", "ann")).stdout == "Split mention 4 off commitment 1: now commitment 6.\n"
    one_line_error(pg("merge", "2", "4"), "commitment 4 was merged into 2; use 2")
    assert fetch("SELECT commitment_id, action FROM commitment_edits ORDER BY id") == [
        (2, "merge"), (4, "merge"), (1, "split"), (6, "split")]
    assert fetch("SELECT state FROM suggestions") == [("accepted",)]
    engine.dispose()
