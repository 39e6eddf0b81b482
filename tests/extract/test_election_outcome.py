"""Who wins a vote is a forecast, not a promise (guard.election_outcome; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source="BBC"))


@pytest.mark.parametrize(
    "text",
    [
        '"Let us be honest, we are not going to be forming the next government," Ms Okafor said.',
        "And the Harbour Party will take four key seats from the Greens.",
        '"But Valdez will and should win."',
        "Mr Valdez said the Harbour Party would comfortably retain power in May.",
    ],
)
def test_a_forecast_of_a_vote_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Norvale Mining said it will take the seat on the board held by its rival.", "Norvale Mining"),
        ("Ms Okafor said she would win back the trust of voters by cutting fares.", "Okafor"),
    ],
)
def test_a_seat_on_a_board_or_winning_back_trust_still_binds(ex: Extractor, text: str, actor: str) -> None:
    assert [actor in f.actor for f in run(ex, text)] == [True]


def test_an_aim_to_win_stays_an_intention(ex: Extractor) -> None:
    found = run(ex, "Harbour Rovers are hoping to win the cup for a third time.")
    assert [f.kind for f in found] == ["intention"]
