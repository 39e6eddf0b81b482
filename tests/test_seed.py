"""The seed article, through the real extraction engine."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_DIR, Invoke, ok, rows

SEED = SEED_DIR / "000_cabbcd3e3189ad2f.txt"
FRANCE = {  # a phrase from each of France's four commitments in the seed
    "pledged on Thursday to work together",
    "France would “continue to help Ukraine",
    "Paris would maintain its current levels of training",
    "will continue this work",
}


def which(sentence: str) -> str | None:
    return next((phrase for phrase in FRANCE if phrase in sentence), None)


def test_ingest_seeds_picks_up_its_metadata(tracker: Invoke) -> None:
    result = ok(tracker("ingest", str(SEED_DIR)))
    assert result.stdout.startswith("Read 1 document: 1 new, 0 already known; ")  # README and sidecar skipped
    for row in rows(tracker("list", "--format", "json")):
        assert (row["source"], row["said_on"], row["document"]) == ("Reuters", "2023-09-28", str(SEED))
    again = ok(tracker("ingest", str(SEED_DIR))).stdout
    assert again == "Read 1 document: 0 new, 1 already known; 0 commitments found.\n"


def test_extract_seed_offsets_point_into_the_file(run: Invoke) -> None:
    text = SEED.read_text(encoding="utf-8")
    findings = [json.loads(line) for line in ok(run("extract", str(SEED_DIR), "--format", "jsonl")).stdout.splitlines()]
    for f in findings:
        assert f["doc_id"] == str(SEED)
        assert text[f["start"]:f["end"]] == f["sentence"]
        assert {"doc_id", "start", "end", "sentence", "kind", "actor", "speaker", "target", "action", "rule",
                "confidence"} <= set(f)


def _france(tracker: Invoke, name: str) -> tuple[list[dict], list[dict]]:
    ok(tracker("ingest", str(SEED_DIR)))
    listed = rows(tracker("list", "--actor", name, "--format", "json"))
    return [r for r in listed if r["kind"] != "intention"], [r for r in listed if r["kind"] == "intention"]


@pytest.mark.parametrize("name", ["France", "paris", "the French government"])
def test_list_actor_france_has_the_four_seed_commitments(tracker: Invoke, name: str) -> None:
    commitments, intentions = _france(tracker, name)
    assert {which(r["sentence"]) for r in commitments} == FRANCE
    assert len(intentions) <= 2


def test_list_actor_france_shows_four_commitments(tracker: Invoke) -> None:
    commitments, _ = _france(tracker, "France")
    assert len(commitments) == 4


def test_the_seed_traps_are_not_findings(tracker: Invoke) -> None:
    ok(tracker("ingest", str(SEED_DIR)))
    assert rows(tracker("list", "--actor", "Russia", "--format", "json")) == []
    sentences = " ".join(r["sentence"] for r in rows(tracker("list", "--format", "json")))
    assert "Kyiv fears Russia" not in sentences
    assert "This war could keep going on" not in sentences


def test_list_actor_by_a_speakers_surname(tracker: Invoke) -> None:
    ok(tracker("ingest", str(SEED_DIR)))
    said = rows(tracker("list", "--actor", "lecornu", "--format", "json"))
    assert said and all(r["speaker"] == "Sebastien Lecornu" for r in said)
