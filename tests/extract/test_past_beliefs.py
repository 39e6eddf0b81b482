"""What someone never dreamed or would have believed is no one's promise (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source="BBC"))


@pytest.mark.parametrize(
    "text",
    [
        "Ten years ago Ms Okafor would never have dreamed the Harbour Council would build a tram line.",
        '"I never dreamt I would be standing in the Senate chamber," said Mr Valdez.',
        "Until I saw the figures myself, I never would’ve believed that Norvale Mining would shut the pit.",
        "Mr Valdez said he would've preferred a vote in the spring.",
    ],
)
def test_a_past_disbelief_or_dream_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_plain_promise_after_a_dream_still_binds(ex: Extractor) -> None:
    found = run(ex, "Norvale Mining said it will reopen the pit by June.")
    assert [f.actor for f in found] == ["Norvale Mining"]


@pytest.mark.parametrize(
    "text",
    [
        'Ms Okafor said: "That contract with voters - that the council will only borrow for homes - can only last if we are honest."',
        "The budget rests on the assumption that Harbour Council will cut fares by June.",
    ],
)
def test_a_premise_someone_states_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_firm_under_a_contract_still_binds_itself(ex: Extractor) -> None:
    found = run(ex, "Under the contract, Norvale Mining will build the bridge by June.")
    assert [f.actor for f in found] == ["Norvale Mining"]
