"""The outcome of a legislature's vote ('the Senate will pass', 'Congress would approve',
'the House will not pass') is decided by its members' votes: at most an announced vote, an
intention of the body (guard.body_agenda), never its pledge; a company's board deciding a
deal, and a member's own vote, are left to the other rules (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding
from tracker.extract.explain import explain


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source="BBC"))


def fired(ex: Extractor, text: str) -> list[str]:
    [sentence] = explain(ex, Document("t", text, source="BBC"))
    return [g.id for c in sentence.cues for g in c.fired]


def test_an_announced_vote_outcome_is_found_as_the_bodys_intention(ex: Extractor) -> None:
    found = run(ex, "On Thursday the Senate will pass a two-year extension of the dairy subsidy.")
    assert [(f.kind, f.actor) for f in found] == [("intention", "United States Senate")]


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday the Senate will pass a two-year extension of the dairy subsidy.",
        "The House will not pass the harbour bill in its present form.",
        "Congress would approve a first grant of 40 million dollars for the Marren dam.",
        "Later this month the state legislature will ratify the water compact with Ontario.",
        "Parliament will spend several weeks debating the new fisheries code.",
        "The committee will approve the port security bill next Tuesday.",
    ],
)
def test_a_vote_outcome_of_a_legislature_is_an_intention(ex: Extractor, text: str) -> None:
    assert [f.kind for f in run(ex, text) if f.kind != "intention"] == []
    assert "guard.body_agenda" in fired(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Okafor said she will push to pass the dairy subsidy bill.",
        "Harlow Foods said its board would approve the sale of the dairy arm.",
        "Marren Council will build a new library on Dock Street, its leader said.",
    ],
)
def test_a_members_vote_a_board_or_a_councils_act_is_not_an_agenda(ex: Extractor, text: str) -> None:
    assert "guard.body_agenda" not in fired(ex, text)
    assert [f.kind for f in run(ex, text)] == ["commitment"]
