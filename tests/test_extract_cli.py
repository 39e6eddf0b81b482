"""tracker extract: the same reading and finding as ingest, printed, nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Invoke, ok
from tracker.extract import Finding


def test_extract_jsonl_prints_each_finding_as_is(tracker: Invoke, workdir: Path, fake_engine: type, db_path: Path) -> None:
    (workdir / "c.jsonl").write_text('{"id": "x/1", "text": "Hello. Acme will hire 50 people by 2025."}\n')
    out = ok(tracker("extract", "c.jsonl", "--format", "jsonl")).stdout
    [line] = out.splitlines()
    assert json.loads(line) == Finding(
        doc_id="x/1", start=7, end=40, sentence="Acme will hire 50 people by 2025.", kind="commitment",
        actor="Acme Corp", rule="fake.will", confidence=0.8, actor_type="company", actors=["Acme Corp"],
        action="hire 50 people", deadline="by 2025", deadline_date="2025-12-31", testable=True,
        testable_reason="fake.deadline: 'by 2025'",
    ).to_dict()
    assert not db_path.exists()  # nothing stored, no database opened


def test_extract_formats(tracker: Invoke, articles: Path, fake_engine: type) -> None:
    table = ok(tracker("extract", str(articles))).stdout
    assert "Paris will send tanks." in table and "fake.will" not in table
    header, *lines = ok(tracker("extract", str(articles), "-f", "csv")).stdout.splitlines()
    assert header.startswith("doc_id,start,end,sentence,kind,actor,rule,confidence,")
    assert len(lines) == 5
    assert len(json.loads(ok(tracker("extract", str(articles), "-f", "json")).stdout)) == 5


def test_extract_stdin_with_a_date(tracker: Invoke, fake_engine: type) -> None:
    out = ok(tracker("extract", "-", "--date", "2024-05-01", "-f", "jsonl", input="France will act."))
    assert json.loads(out.stdout)["doc_id"] == "<stdin>"


def test_extract_finds_nothing(tracker: Invoke, workdir: Path, fake_engine: type) -> None:
    (workdir / "a.txt").write_text("Nothing to see.")
    assert ok(tracker("extract", "a.txt", "-f", "jsonl")).stdout == ""
    result = ok(tracker("extract", "a.txt"))
    assert (result.stdout, result.stderr) == ("", "No commitments found.\n")
