"""Claim rules (data/claims.toml): statements on a commitment's fate, read with the
extractor's own actor resolution; never commitments, and commitments are never claims."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import Document, Extractor, RuleError
from tracker.extract.claims import load_claims, parse_claims
from tracker.extract.explain import explain, render


def _read(ex: Extractor, text: str) -> tuple[list, list]:
    return ex.extract_all(Document("t", text, date=date(2021, 5, 4)))


@pytest.mark.parametrize(("text", "outcome", "actor", "rule", "action"), [
    ("Norway has delivered the ambulances it promised to Moldova.", "delivered", "Norway", "claim.has-delivered",
     "delivered the ambulances it promised to Moldova"),
    ("Poland has trained 4,000 nurses since the election.", "delivered", "Poland", "claim.has-delivered",
     "trained 4,000 nurses since the election"),
    ("Canada kept its promise to resettle the refugees.", "delivered", "Canada", "claim.kept-promise",
     "resettle the refugees"),
    ("Sweden has sent only 300 of the pledged 900 tents.", "partly_delivered", "Sweden", "claim.part-of-promised",
     "sent 900 tents"),
    ("Spain began building the new rail link in March.", "progress", "Spain", "claim.began",
     "building the new rail link in March"),
    ("Ireland has yet to pay the compensation.", "stalled", "Ireland", "claim.yet-to", "pay the compensation"),
    ("Italy postponed its plans to sell the state airline.", "stalled", "Italy", "claim.postponed",
     "sell the state airline"),
    ("Finland scrapped plans to build a second reactor.", "reversed", "Finland", "claim.dropped-plan",
     "build a second reactor"),
    ("Portugal broke its pledge to freeze fuel duty.", "reversed", "Portugal", "claim.broke-promise",
     "freeze fuel duty"),
])
def test_a_claim_reports_a_fate_with_its_actor(ex: Extractor, text: str, outcome: str, actor: str, rule: str,
                                               action: str) -> None:
    findings, claims = _read(ex, text)
    assert [(c.outcome, c.actor, c.rule, c.action) for c in claims] == [(outcome, actor, rule, action)]
    assert findings == []  # a report on a fate is no commitment
    assert claims[0].sentence == text and claims[0].said_on == "2021-05-04"


def test_an_agentless_passive_has_no_actor_unless_by_names_one(ex: Extractor) -> None:
    _, claims = _read(ex, "The old smelter was closed last winter.")
    assert [(c.outcome, c.actor, c.action) for c in claims] == [("delivered", None, "closed The old smelter")]
    _, claims = _read(ex, "The old smelter was closed by Rio Tinto last winter.")
    assert [c.actor for c in claims] == ["Rio Tinto"]


@pytest.mark.parametrize("text", [
    "Norway will deliver the ambulances to Moldova.",  # a pledge, not a delivery
    "Finland plans to scrap the second reactor.",  # an intention, not a reversal
    "Finland has not scrapped plans to build a second reactor.",  # denied
    "Ministers denied that Finland had scrapped plans to build a reactor.",
    "Has Norway delivered the ambulances?",  # a question
    "If Canada kept its promise to resettle the refugees, the camps would close.",  # a condition
    "Poland would have trained 4,000 nurses by now.",  # hypothetical
    "The football match was postponed because of snow.",  # an event, not a plan
    "The ball was delivered from the left.",
    "They met to fix the Deferred Action program for young migrants.",  # a name, not a verb
    "When the treaty was ratified, the war ended.",  # a time clause
    "Norway has sent a letter to the ministry.",  # an everyday act
    "Acme has raised its offer for the rival brewer.",  # a bid goes on: nothing done
])
def test_no_claim_in_pledges_intentions_denials_and_look_alikes(ex: Extractor, text: str) -> None:
    assert _read(ex, text)[1] == []


def test_a_pledge_stays_a_pledge_and_its_reversal_is_no_pledge(ex: Extractor) -> None:
    findings, claims = _read(ex, "Norway pledged to deliver 40 ambulances to Moldova by June.")
    assert [f.kind for f in findings] == ["pledge"] and claims == []
    findings, claims = _read(ex, "The ministry made a U-turn on its pledge to close the coal plants.")
    assert findings == [] and [c.outcome for c in claims] == ["reversed"]


def test_has_not_delivered_is_stalled(ex: Extractor) -> None:
    _, claims = _read(ex, "Norway has still not delivered the ambulances.")
    assert [(c.outcome, c.rule, c.actor) for c in claims] == [("stalled", "claim.yet-to", "Norway")]


def test_explain_shows_the_claim_rules_decisions(ex: Extractor) -> None:
    text = render(explain(ex, Document("t", "Finland scrapped plans to build a second reactor. So Norway has delivered the ambulances?")))
    assert "cue claim.dropped-plan 'scrapped plans to'" in text
    assert "=> found: claim: reversed, confidence 0.85" in text
    assert "refused by guard.reported-fate" in text  # the "plans to" cue inside it
    assert "refused by claim-guard.question" in text


def test_every_claim_rule_match_holds_one_of_its_needs() -> None:
    rules = load_claims()
    samples = ["has delivered the", "has now cut taxes", "kept its promise", "was closed", "only 3 of the promised", "began training",
               "passed its second reading", "construction is under way", "postponed the sale", "has yet to pay",
               "scrapped plans to", "broke its pledge", "made a U-turn"]
    for text in samples:
        for rule in rules.rules:
            m = rule.regex.search(text)
            if m:  # (a need may end with the space after the match)
                held = f" {text.lower()} "[m.start():m.end() + 2]
                assert any(n in held for n in rule.needs), (rule.id, m.group())


@pytest.mark.parametrize(("data", "message"), [
    ({"claim": [{"id": "x.y", "outcome": "won", "score": 0.5, "description": "d", "pattern": "a"}]},
     "unknown outcome 'won'"),
    ({"claim": [{"id": "x.y", "outcome": "delivered", "score": 2, "description": "d", "pattern": "a"}]},
     "score must be a number from 0 to 1"),
    ({"claim": [{"id": "x.y", "outcome": "delivered", "score": 0.5, "description": "d", "pattern": "("}]},
     "not a valid regular expression"),
    ({"claim": [{"id": "x.y", "outcome": "delivered", "score": 0.5, "description": "d", "pattern": "a", "colour": 1}]},
     "unknown key 'colour'"),
    ({"claim_guard": [{"id": "g.h", "where": "after", "description": "d", "pattern": "a"}]}, "unknown where 'after'"),
    ({"claims": []}, "unknown section 'claims'"),
])
def test_claim_rules_are_validated(data: dict, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_claims(data, "mine.toml")
