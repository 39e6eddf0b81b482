"""`explain` says why each cue of a text was found or refused, by rule id: every id it
prints is one of `Extractor.rules` (what `tracker rules` lists)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tracker.extract import Document, Extractor
from tracker.extract.explain import explain, render, to_dict
from tracker.extract.rules import ADJUSTMENTS, REFUSALS


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _one(extractor: Extractor, text: str):  # the single cue of a one-sentence text
    [sentence] = explain(extractor, Document(doc_id="t", text=text))
    [cue] = sentence.cues
    return cue


def test_a_found_commitment_shows_its_cue_actor_adjustments_and_confidence(extractor: Extractor) -> None:
    cue = _one(extractor, "Norvale Mining said it will close the Tarran smelter by 2027.")
    assert (cue.cue, cue.words, cue.decision, cue.kind) == ("future.will", "will", "found", "commitment")
    assert cue.frame == "Norvale Mining said"
    assert cue.actor is not None and cue.actor.actor == "Norvale Mining"
    assert cue.actor.how.startswith("a pronoun for the speaker of the frame")
    assert cue.speaker is not None and cue.speaker.text == "Norvale Mining"
    assert [a.id for a in cue.adjustments] == ["adjustment.actor-named", "adjustment.speaker-attributed"]
    [finding] = Extractor.load().extract(Document(doc_id="t", text="Norvale Mining said it will close the Tarran smelter by 2027."))
    assert cue.confidence == finding.confidence
    assert cue.actions == [finding.action]
    assert cue.refusal is None and cue.fired == []


def test_a_guard_that_refuses_is_named_with_the_words_it_matched(extractor: Extractor) -> None:
    cue = _one(extractor, "Analysts expect that Norvale Mining will close the smelter.")
    assert cue.decision == "refused"
    assert cue.refusal == "guard.expectation_frame"
    assert [(f.id, f.effect, f.words) for f in cue.fired] == [("guard.expectation_frame", "reject", "expect that Norvale Mining ")]


def test_a_refusal_of_the_reading_is_named(extractor: Extractor) -> None:
    cue = _one(extractor, "The new tax will create two hundred jobs.")
    assert cue.decision == "refused"
    assert cue.refusal == "refusal.subject-never-agent"
    assert cue.subject is not None and cue.subject.text == "The new tax" and cue.subject.actor is None
    cue = _one(extractor, "The mayor would be delighted.")
    assert (cue.refusal, cue.fired[0].words) == ("refusal.stative-be", "be delighted")


def test_an_intention_guard_is_recorded_and_the_cue_still_found(extractor: Extractor) -> None:
    cue = _one(extractor, "Mr Oduya's pledge to build 300 schools was repeated by the party.")
    assert [f.id for f in cue.fired] == ["guard.noun_pledge"]
    assert cue.fired[0].effect == "intention"


def test_the_trace_is_json_and_text(extractor: Extractor) -> None:
    doc = Document(doc_id="t", text="Norvale Mining said it will close the smelter. Rain will fall on Tuesday.")
    traces = explain(extractor, doc)
    data = json.loads(json.dumps(to_dict(traces)))
    assert [t["sentence"] for t in data] == ["Norvale Mining said it will close the smelter.", "Rain will fall on Tuesday."]
    assert data[0]["cues"][0]["decision"] == "found"
    text = render(traces)
    assert "=> found: commitment, confidence" in text
    assert "refusal.stative-verb" in text  # "will fall"
    assert render([]) == "No sentence holds a cue.\n"


def test_explaining_changes_no_finding(extractor: Extractor) -> None:
    text = ("The ministry said the prisoners will be released on Friday. Labour will cut class sizes, "
            "the party said. Ms Keane, who chairs the board, said it would not sell the site.")
    doc = Document(doc_id="t", text=text)
    before = extractor.extract(doc)
    traces = explain(extractor, doc)
    assert extractor.extract(doc) == before
    found = [c for t in traces for c in t.cues if c.decision == "found"]
    assert sum(len(c.actions) for c in found) == len(before)


def test_every_id_the_engine_can_print_is_a_listed_rule(extractor: Extractor) -> None:
    listed = {r.id for r in extractor.rules}
    src = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parents[2] / "tracker" / "extract").glob("*.py"))
    used = set(re.findall(r'"((?:refusal|adjustment|reading)\.[a-z_\-]+)"', src))
    assert used, "the engine names its refusals"
    assert used <= listed
    assert set(REFUSALS) | set(ADJUSTMENTS) <= listed
    for r in extractor.rules:
        if r.kind == "refusal":
            assert r.description


def test_a_user_rules_file_changes_an_adjustment(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[adjustment]]\nid = "adjustment.speaker-attributed"\nscore = 0.0\n'
                     'description = "No credit for a named speaker"\n', encoding="utf-8")
    doc = Document(doc_id="t", text="Norvale Mining said it will close the smelter.")
    [base] = Extractor.load().extract(doc)
    [mine] = Extractor.load(rules_path=rules).extract(doc)
    assert round(base.confidence - mine.confidence, 2) == 0.05


def test_the_engine_loads_without_the_trace_module():
    """Extraction never imports explain.py (its trace dataclasses cost start-up time); the
    engine names the Tracer for its type hints only."""
    import subprocess
    import sys

    code = "import sys; import tracker.extract; print('tracker.extract.explain' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_a_guard_run_on_the_lowered_sentence_shows_the_words_as_written(extractor: Extractor) -> None:
    # (guard.hedge spells no capital: on a plain sentence it reads the lowered words, engine._plain_form)
    cue = _one(extractor, "In Our View, Norvale Mining will close the Tarran smelter.")
    assert (cue.refusal, [f.words for f in cue.fired]) == ("guard.hedge", ["In Our View"])
