"""tracker list / show / update / actors / rules, on the fake engine's findings.

The articles fixture gives, in order: 1 France will train (a.txt), 2 Lecornu will visit
(a.txt), 3 Ukraine and France pledged (b.md), 4 Acme plans (b.md), 5 Paris will send (c.txt).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tests.conftest import Invoke, ok, one_line_error, rows
from tracker.errors import TrackerError
from tracker.storage import db, store
from tracker.storage.models import Commitment


def ids(tracker: Invoke, *args: str) -> list[int]:
    return [r["id"] for r in rows(tracker("list", *args, "--format", "json"))]


@pytest.mark.parametrize(
    "args, expected",
    [
        ([], [1, 2, 3, 4, 5]),
        (["--actor", "France"], [1, 2, 3, 5]),  # France, its minister, a joint pledge, Paris
        (["--actor", "paris"], [1, 2, 3, 5]),
        (["-a", "THE FRENCH GOVERNMENT"], [1, 2, 3, 5]),
        (["--actor", "Ukraine"], [3]),
        (["--actor", "kyiv"], [3]),
        (["--actor", "Lecornu"], [2]),
        (["--actor", "acme corp"], [4]),
        (["--actor", "Nobody"], []),
        (["--kind", "pledge"], [3]),
        (["--kind", "pledge", "--kind", "intention"], [3, 4]),
        (["--status", "open"], [1, 2, 3, 4, 5]),
        (["--status", "fulfilled"], []),
        (["--search", "TANKS"], [5]),
        (["--search", "100%"], []),  # a word no sentence holds: nothing, never everything
        (["--source", "c.txt"], [5]),
        (["--min-confidence", "0.85"], [3]),
        (["--limit", "2"], [1, 2]),
        (["--actor", "France", "--kind", "commitment", "--limit", "2"], [1, 2]),
    ],
)
def test_list_filters(loaded: Invoke, args: list[str], expected: list[int]) -> None:
    assert ids(loaded, *args) == expected


def test_unknown_actor_says_so_on_stderr(loaded: Invoke) -> None:
    result = ok(loaded("list", "--actor", "Nobody"))
    assert result.stdout == ""
    assert result.stderr == "No actor named 'Nobody' (see tracker actors).\nNo commitments.\n"


def test_list_by_date(tracker: Invoke, workdir: Path, fake_engine: type) -> None:
    (workdir / "c.jsonl").write_text(
        '{"id": "1", "text": "Acme will hire.", "date": "2020-01-01"}\n'
        '{"id": "2", "text": "Acme will fire.", "date": "2021-06-30"}\n'
        '{"id": "3", "text": "Acme will rest."}\n')
    ok(tracker("ingest", "c.jsonl"))
    assert ids(tracker, "--since", "2020-01-02") == [2]
    assert ids(tracker, "--until", "2020-01-01") == [1]
    assert ids(tracker, "--since", "2020-01-01", "--until", "2021-06-30") == [1, 2]


def test_list_formats_share_one_row_shape(loaded: Invoke) -> None:
    as_json = rows(loaded("list", "--actor", "ukraine", "-f", "json"))
    as_jsonl = [json.loads(line) for line in ok(loaded("list", "--actor", "ukraine", "-f", "jsonl")).stdout.splitlines()]
    assert as_json == as_jsonl
    [row] = as_json
    assert {k: row[k] for k in ("id", "status", "kind", "actor", "actors", "action", "sentence", "mentions", "version")} == {
        "id": 3, "status": "open", "kind": "pledge", "actor": "Ukraine", "actors": ["Ukraine", "France"],
        "action": "build a fund", "sentence": "Ukraine and France pledged to build a fund.", "mentions": 1, "version": 1,
    }
    header, line = ok(loaded("list", "--actor", "ukraine", "-f", "csv")).stdout.splitlines()
    assert header.startswith("id,status,kind,actor,actors,action,target,amount,")
    assert line.startswith("3,open,pledge,Ukraine,Ukraine; France,build a fund,,,")


def test_list_table(loaded: Invoke) -> None:
    out = ok(loaded("list", "--kind", "pledge")).stdout
    assert "Ukraine; France" in out and "Ukraine and France pledged to build a fund." in out
    assert out.count("\n") == 5  # top border, header, rule, one row, bottom border


def test_empty_list_in_every_format(tracker: Invoke) -> None:
    ok(tracker("db", "upgrade"))  # a database with nothing in it yet
    assert ok(tracker("list", "-f", "json")).stdout == "[]\n"
    assert ok(tracker("list", "-f", "jsonl")).stdout == ""
    assert ok(tracker("list", "-f", "csv")).stdout.startswith("id,status,kind,")
    result = ok(tracker("list"))
    assert (result.stdout, result.stderr) == ("", "No commitments.\n")


def test_show_text(loaded: Invoke, articles: Path) -> None:
    out = ok(loaded("show", "1")).stdout
    lines = out.splitlines()
    assert lines[:6] == [
        "Commitment 1: commitment, open (Not yet rated), version 1",
        "  Actor:    France (country)",
        "  Action:   train 7,000 soldiers",
        "  Deadline: by 2024 (2024-12-31)",
        "  Testable: yes (fake.deadline: 'by 2024')",
        "",
    ]
    assert lines[6:10] == [
        "Sources (1): 1 document",
        "  [1] (no publisher or date)",
        f"      {articles / 'a.txt'}",
        '      "France will train 7,000 soldiers by 2024."',
    ]
    assert lines[10] == "      rule fake.will, confidence 0.80, characters 0-41"
    assert lines[12] == "History:" and lines[13].endswith("  found: open")


def test_list_testable_or_vague(loaded: Invoke) -> None:
    assert [(r["id"], r["testable"], r["testable_reason"]) for r in rows(loaded("list", "--testable", "-f", "json"))] == [
        (1, True, "fake.deadline: 'by 2024'")]
    assert [(r["id"], r["testable"], r["testable_reason"]) for r in rows(loaded("list", "--vague", "-f", "json"))] == [
        (4, False, "fake.vague: 'plans to'")]
    undecided = [r["id"] for r in rows(loaded("list", "-f", "json")) if r["testable"] is None]
    assert undecided == [2, 3, 5]  # in neither list
    assert [r["id"] for r in rows(loaded("list", "--vague", "--testable", "-f", "json"))] == [1]  # the last wins
    assert [r["id"] for r in rows(loaded("list", "--testable", "--actor", "Acme", "-f", "json"))] == []
    header = ok(loaded("list", "-f", "csv")).stdout.splitlines()[0].split(",")
    assert header[header.index("negated") + 1:header.index("negated") + 3] == ["testable", "testable_reason"]


def test_show_says_why_a_commitment_is_vague_and_nothing_when_undecided(loaded: Invoke) -> None:
    assert "  Testable: no, vague (fake.vague: 'plans to')\n" in ok(loaded("show", "4")).stdout
    assert "Testable" not in ok(loaded("show", "2")).stdout
    detail = json.loads(ok(loaded("show", "4", "-f", "json")).stdout)
    assert (detail["testable"], detail["testable_reason"]) == (False, "fake.vague: 'plans to'")


def test_update_then_show_and_list(loaded: Invoke) -> None:
    result = ok(loaded("update", "3", "--status", "in_progress", "--by", "ann"))
    assert result.stdout == "Commitment 3: open -> in_progress (version 2).\n"
    result = ok(loaded("update", "3", "--status", "fulfilled", "--evidence", "https://example.org/report",
                       "--note", "Trained 10,000 in 2024", "--by", "bob", "--if-version", "2"))
    assert result.stdout == "Commitment 3: in_progress -> fulfilled (version 3).\n"
    detail = json.loads(ok(loaded("show", "3", "--format", "json")).stdout)
    assert detail["status"] == "fulfilled" and detail["version"] == 3
    assert [(h["from"], h["to"], h["by"], h["note"], h["evidence_url"]) for h in detail["history"]] == [
        ("open", "in_progress", "ann", None, None),
        ("in_progress", "fulfilled", "bob", "Trained 10,000 in 2024", "https://example.org/report"),
    ]
    assert [a["name"] for a in detail["actors"]] == ["Ukraine", "France"]
    assert detail["mentions"][0]["document"]["title"] == "Ukraine and France agree"
    text_out = ok(loaded("show", "3")).stdout
    assert "  2" in text_out and "in_progress -> fulfilled, by bob\n      note: Trained 10,000 in 2024\n" \
        "      evidence: https://example.org/report\n" in text_out
    listed = rows(loaded("list", "--status", "fulfilled", "--format", "json"))
    assert [(r["id"], r["status"]) for r in listed] == [(3, "fulfilled")]


def test_update_by_defaults_to_the_os_user(loaded: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "osuser")
    ok(loaded("update", "1", "-s", "stalled"))
    assert json.loads(ok(loaded("show", "1", "-f", "json")).stdout)["history"][0]["by"] == "osuser"


def test_update_refuses_a_stale_version(loaded: Invoke) -> None:
    ok(loaded("update", "1", "-s", "stalled"))
    one_line_error(loaded("update", "1", "-s", "broken", "--if-version", "1"),
                   "commitment 1 is at version 2, not 1: someone changed it; see tracker show 1")


def test_concurrent_edit_is_caught_by_optimistic_locking(loaded: Invoke, db_path: Path) -> None:
    engine = db.open_database(str(db_path))
    with Session(engine) as alice, alice.begin():
        seen = alice.get(Commitment, 2)  # alice reads the commitment (and keeps it) ...
        assert seen is not None and seen.version == 1
        with Session(engine) as bob, bob.begin():
            store.change_status(bob, 2, "broken", by="bob")  # ... bob changes it meanwhile ...
        with pytest.raises(TrackerError, match="commitment 2 was changed by someone else meanwhile"):
            store.change_status(alice, 2, "fulfilled", by="alice")  # ... and alice's write is refused
    assert json.loads(ok(loaded("show", "2", "-f", "json")).stdout)["status"] == "broken"


def test_history_is_append_only_in_the_database(loaded: Invoke, db_path: Path) -> None:
    ok(loaded("update", "1", "-s", "broken"))
    engine = db.open_database(str(db_path))
    for sql in ("UPDATE status_changes SET note = 'rewritten'", "DELETE FROM status_changes"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(sql))
    assert len(json.loads(ok(loaded("show", "1", "-f", "json")).stdout)["history"]) == 1


def test_status_changes_only_through_the_store(loaded: Invoke, db_path: Path) -> None:
    with Session(db.open_database(str(db_path))) as s, s.begin():
        change = store.change_status(s, 5, "dismissed", by="me", note="not a pledge",
                                     now=datetime(2024, 1, 2, tzinfo=timezone.utc))
        assert (change.from_status, change.to_status, change.changed_at.year) == ("open", "dismissed", 2024)
    assert ids(loaded, "--status", "dismissed") == [5]


def test_actors(loaded: Invoke) -> None:
    got = rows(loaded("actors", "--format", "json"))
    assert [(a["name"], a["type"], a["parent"], a["commitments"]) for a in got] == [
        ("Acme Corp", "company", None, 1),
        ("France", "country", None, 3),
        ("Sebastien Lecornu", "person", "France", 1),
        ("Ukraine", "country", None, 1),
    ]
    assert got[1]["aliases"] == ["Paris", "the French government"]
    assert "Sebastien Lecornu" in ok(loaded("actors")).stdout


def test_rules_from_the_extractor(tracker: Invoke, fake_engine: type) -> None:
    assert ok(tracker("rules", "-f", "csv")).stdout == (
        "id,kind,score,description\n"
        "fake.will,commitment,0.80,WHO will ACTION\n"
        "fake.pledge,pledge,0.90,WHO pledged to ACTION\n"
        "fake.plan,intention,0.50,WHO plans to ACTION\n"
    )
    assert "fake.pledge" in ok(tracker("rules")).stdout


def test_rules_of_the_real_engine(tracker: Invoke) -> None:
    listed = rows(tracker("rules", "--format", "json"))
    assert listed and all(set(r) == {"id", "kind", "score", "description"} for r in listed)
