"""Past participles by morphology, and passive announcements with any verb."""

from __future__ import annotations

import pytest

from tracker.extract import Document
from tracker.extract.engine import Extractor
from tracker.extract.morphology import base_forms, is_action_participle, is_participle


@pytest.mark.parametrize("word", ["demolished", "Relocated", "decommissioned", "sold", "built", "shut", "sent",
                                  "held", "rebuilt", "overtaken", "re-opened", "withdrawn", "paid"])
def test_participles(word: str) -> None:
    assert is_participle(word)


@pytest.mark.parametrize("word", ["hundred", "sacred", "pleased", "open", "seven", "red", "garden", "ten"])
def test_not_participles(word: str) -> None:
    assert not is_participle(word)


def test_outcomes_and_states_are_not_actions() -> None:
    assert [w for w in ("dismantled", "lost", "hard-hit", "seen", "needed", "intimidated", "owned")
            if is_action_participle(w, frozenset({"own"}))] == ["dismantled"]


def test_base_forms() -> None:
    assert base_forms("sold") == ("sell",)
    assert base_forms("supplied")[0] == "supply"
    assert base_forms("planned")[0] == "plan"
    assert "close" in base_forms("closed") and "open" in base_forms("opened")


@pytest.mark.parametrize(("text", "actor"), [
    ("Four coal-fired plants will be dismantled over the next decade, the Dutch energy ministry said.", "Netherlands"),
    ("The old ferry terminal is to be bulldozed in the spring, officials at the Norwegian transport ministry said.",
     "Norway"),
    ("The loss-making glass unit will be spun off next year, Siemens said.", "Siemens"),
])
def test_a_passive_announced_by_a_body_binds_it_whatever_the_verb(ex: Extractor, text: str, actor: str) -> None:
    found = ex.extract(Document("p", text))
    assert [(f.actor, f.rule) for f in found] == [(actor, "reading.passive_announcer")]


@pytest.mark.parametrize("text", [
    "Thousands of jobs will be lost in the region, the Dutch energy ministry said.",  # an outcome
    "The prize winners will be revealed at a gala in Oslo.",  # no one announces it: a scheduled event
    '"Our children will be saddled with debt," said Kerstin Albrecht.',  # a person's opinion
])
def test_outcomes_events_and_opinions_in_the_passive_are_not_found(ex: Extractor, text: str) -> None:
    assert ex.extract(Document("p", text)) == []


def test_passive_refusal_names_why_an_unlisted_verb_binds_no_one() -> None:
    from tracker.extract.morphology import passive_refusal

    assert passive_refusal(True, None, False, "The plant ") is None  # a listed verb: the old readings decide
    assert passive_refusal(False, "organisation", True, "The plant ") is None
    assert passive_refusal(False, None, False, "The plant ") == "refusal.passive-unlisted-agentless"
    assert passive_refusal(False, "person", True, "The plant ") == "refusal.passive-unlisted-person"
    assert passive_refusal(False, "company", True, "the claims, which ") == "refusal.passive-unlisted-relative"
