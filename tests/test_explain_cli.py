"""tracker explain: why the real engine found, or refused, what it did."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import SEED_DIR, Invoke, ok, one_line_error

FOUND = "The German government pledged to build 400,000 new homes a year."
GUARDED = "Analysts expect that Germany will cut its income tax."
NOT_AGENT = "The new rules will make the market fairer."


def _cues(result_stdout: str) -> list[dict[str, Any]]:
    record = json.loads(result_stdout)
    return [cue for sentence in record["sentences"] for cue in sentence["cues"]]


def test_a_finding_says_which_cue_and_actor(tracker: Invoke) -> None:
    out = ok(tracker("explain", FOUND, "--format", "json")).stdout
    record = json.loads(out)
    assert record["doc_id"] == "text"
    [sentence] = record["sentences"]
    assert sentence["sentence"] == FOUND and (sentence["start"], sentence["end"]) == (0, len(FOUND))
    found = [c for c in sentence["cues"] if c["decision"] == "found"]
    assert found and found[0]["cue"].startswith("commissive.")
    assert found[0]["actor"]["actor"] == "Germany"
    assert 0 < found[0]["confidence"] <= 1
    text = ok(tracker("explain", FOUND)).stdout
    assert f"[0-{len(FOUND)}] {FOUND}" in text
    assert "=> found: " in text and "Germany" in text


def test_a_guard_refusal_names_the_guard_and_its_words(tracker: Invoke) -> None:
    [cue, *_] = _cues(ok(tracker("explain", GUARDED, "-f", "json")).stdout)
    assert cue["decision"] == "refused"
    assert cue["refusal"].startswith("guard.")
    fired = {f["id"]: f for f in cue["fired"]}
    assert fired[cue["refusal"]]["effect"] == "reject" and fired[cue["refusal"]]["words"]
    assert f"=> refused ({cue['refusal']})" in ok(tracker("explain", GUARDED)).stdout


def test_a_subject_that_cannot_bind_itself_is_refused_by_name(tracker: Invoke) -> None:
    cues = _cues(ok(tracker("explain", NOT_AGENT, "-f", "json")).stdout)
    assert cues and all(c["decision"] == "refused" for c in cues)
    assert all(c["refusal"] and not c["refusal"].startswith("guard.") for c in cues)


def test_every_id_explain_prints_is_a_listed_rule(tracker: Invoke, workdir: Path) -> None:
    listed = {row["id"] for row in json.loads(ok(tracker("rules", "-f", "json")).stdout)}
    (workdir / "mixed.txt").write_text(" ".join([FOUND, GUARDED, NOT_AGENT, "Will Acme pay? It may close a plant."]))
    ids: set[str] = set()
    for cue in _cues(ok(tracker("explain", "--file", "mixed.txt", "-f", "json")).stdout):
        ids |= {cue["cue"], *(f["id"] for f in cue["fired"]), *(a["id"] for a in cue["adjustments"])}
        ids |= {x for x in (cue["refusal"], cue["reading"]) if x}
    assert len(ids) >= 4 and ids <= listed, ids - listed


def test_no_cue_says_so(tracker: Invoke) -> None:
    assert ok(tracker("explain", "The weather was fine.")).stdout == "No sentence holds a cue.\n"
    assert json.loads(ok(tracker("explain", "The weather was fine.", "-f", "json")).stdout)["sentences"] == []


def test_a_stored_document_by_its_external_id_or_id(tracker: Invoke) -> None:
    ok(tracker("ingest", str(SEED_DIR)))
    stored = json.loads(ok(tracker("show", "1", "-f", "json")).stdout)["mentions"][0]["document"]
    by_external = ok(tracker("explain", "--doc", stored["external_id"], "--db", "t.db", "-f", "json")).stdout
    by_id = ok(tracker("explain", "--doc", str(stored["id"]), "--db", "t.db", "-f", "json")).stdout
    assert by_external == by_id
    assert any(c["decision"] == "found" and c["actor"]["actor"] == "France" for c in _cues(by_id))


def test_one_document_of_a_corpus(tracker: Invoke, workdir: Path) -> None:
    rows = [{"id": "a/1", "text": GUARDED}, {"id": "a/2", "text": FOUND}]
    (workdir / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    record = json.loads(ok(tracker("explain", "--file", "c.jsonl", "--doc", "a/2", "-f", "json")).stdout)
    assert record["doc_id"] == "a/2" and record["sentences"][0]["sentence"] == FOUND
    one_line_error(tracker("explain", "--file", "c.jsonl"), "holds more than one document")
    one_line_error(tracker("explain", "--file", "c.jsonl", "--doc", "a/9"), "no document with id 'a/9'")


def test_bad_requests_are_one_line(tracker: Invoke) -> None:
    one_line_error(tracker("explain"), "nothing to explain")
    one_line_error(tracker("explain", FOUND, "--file", "x.txt"), "not several")
    one_line_error(tracker("explain", "  "), "empty")
    one_line_error(tracker("explain", "--file", "missing.txt"), "missing.txt")
    ok(tracker("ingest", str(SEED_DIR)))
    one_line_error(tracker("explain", "--doc", "nope", "--db", "t.db"), "no document with id or external id 'nope'")
    one_line_error(tracker("explain", "--doc", "nope", "--db", "none.db"), "no database")
