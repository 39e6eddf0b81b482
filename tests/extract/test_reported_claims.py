"""Second-hand reports of a plan or decision ("According to the Bergen Herald, Norway will
...", "..., Le Soir reported", "unions at the firm have said"): a guard of effect "claim"
makes them claims of outcome "reported" (engine `_reported`), never findings; `extract`
leaves them out, `extract_all` and `extract --claims` give them. Sentences written for
these tests (storage: tests/test_reported_claims.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import Invoke, ok
from tracker.extract import Document, Extractor
from tracker.extract.explain import explain, render


def _read(ex: Extractor, text: str) -> tuple[list, list]:
    return ex.extract_all(Document("t", text, date=date(2022, 4, 2)))


@pytest.mark.parametrize(("text", "guard", "actor"), [
    ("According to the Bergen Herald, Norway will deliver the ambulances to Moldova in May.",
     "guard.media_report", "Norway"),
    ("According to people familiar with the talks, Halvorsen Shipping will sell its tanker fleet.",
     "guard.media_report", "Halvorsen Shipping"),
    ("Halvorsen Shipping will sell its tanker fleet to a Greek rival, Le Soir reported.",
     "guard.reported_by", "Halvorsen Shipping"),
    ("The paper quoted unnamed officials as saying Chile would buy 12 patrol boats.",
     "guard.quoted_as_saying", "Chile"),
    ("Brenner Motors is to stop making diesel engines at its Leeds plant, unions at the carmaker have said.",
     "guard.unions_report", "Brenner Motors"),
    ("Minister Ilse Brandt assured me that the inquiry will end in June.",
     "guard.assured_teller", "Ilse Brandt"),
    ("The Navy told the delegation it will move two frigates to Norfolk next year.",
     "guard.told_teller", "Navy"),
    ("Admiral Kerr informed Congresswoman Ruiz that the Navy would keep the shipyard open.",
     "guard.told_teller", "Navy"),
])
def test_a_second_hand_report_is_a_claim_not_a_finding(ex: Extractor, text: str, guard: str, actor: str) -> None:
    findings, claims = _read(ex, text)
    assert findings == [] and ex.extract(Document("t", text)) == []
    assert [(c.outcome, c.rule, c.actor, c.kind) for c in claims] == [("reported", guard, actor, "claim")]
    claim = claims[0]
    assert claim.sentence == text and claim.said_on == "2022-04-02" and claim.action and claim.action in text


def test_the_actors_own_word_stays_a_finding(ex: Extractor) -> None:
    findings, claims = _read(ex, "Brenner Motors is to stop making diesel engines at its Leeds plant, "
                                 "the company has said.")
    assert [(f.kind, f.actor) for f in findings] == [("commitment", "Brenner Motors")] and claims == []


@pytest.mark.parametrize(("text", "found"), [
    # the teller's own word, and a word given to others than the teller, stay findings
    ("I told the delegation we will fight the closure.", [("commitment", "future.will")]),
    ("Minister Ilse Brandt assured the farmers that she would reopen the clinic by June.",
     [("pledge", "commissive.pledge"), ("commitment", "future.would")]),
    ("The Navy told reporters it will move two frigates to Norfolk next year.", [("commitment", "future.will")]),
])
def test_a_word_not_given_to_the_teller_stays_a_finding(ex: Extractor, text: str, found: list) -> None:
    findings, claims = _read(ex, text)
    assert [(f.kind, f.rule) for f in findings] == found and claims == []


def test_a_claim_rule_and_a_report_in_one_document_come_in_order(ex: Extractor) -> None:
    findings, claims = _read(ex, "Finland scrapped plans to build a second reactor. According to the Turku "
                                 "Gazette, Finland will build a wind farm instead.")
    assert findings == [] and [(c.outcome, c.rule) for c in claims] == [
        ("reversed", "claim.dropped-plan"), ("reported", "guard.media_report")]


def test_explain_shows_the_guard_and_the_claim(ex: Extractor) -> None:
    rendered = render(explain(ex, Document("t", "Halvorsen Shipping will sell its tanker fleet, Le Soir reported.")))
    assert "made a second-hand report (a claim) by guard.reported_by" in rendered
    assert "=> found: claim: reported" in rendered


def test_extract_prints_the_report_with_claims_only(run: Invoke, workdir: Path) -> None:
    corpus = workdir / "r.jsonl"
    corpus.write_text(json.dumps({"id": "r", "text": "Halvorsen Shipping will sell its tanker fleet, Le Soir "
                                                     "reported. Halvorsen Shipping pledged to hire 200 sailors."})
                      + "\n", encoding="utf-8")
    plain = [json.loads(line) for line in ok(run("extract", str(corpus), "--format", "jsonl")).stdout.splitlines()]
    assert [(r["kind"], r["rule"]) for r in plain] == [("pledge", "commissive.pledge")]
    both = [json.loads(line) for line in
            ok(run("extract", str(corpus), "--format", "jsonl", "--claims")).stdout.splitlines()]
    assert [(r["kind"], r.get("outcome"), r["rule"]) for r in both] == [
        ("pledge", None, "commissive.pledge"), ("claim", "reported", "guard.reported_by")]
