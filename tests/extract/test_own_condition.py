"""'We' on condition of what 'we' do is reasoning about an outcome, a forecast or a
warning, not a promise (guard.own_condition); a condition on what others do or give,
a judgment, 'only if', a need or 'I' promising still binds (sentences written for
these tests)."""

from __future__ import annotations

from typing import Callable

import pytest

from tracker.extract import Document, Extractor, Finding

Refused = Callable[[Document], set[str]]


def run(ex: Extractor, text: str, author: str = "Odette Marlow") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, author=author))


def release(text: str) -> Document:
    return Document(doc_id="t", text=text, author="Odette Marlow")


@pytest.mark.parametrize("text", [
    "If we stay on this road much longer, we will leave our grandchildren a mountain of debt.",
    "If we stand together as one community, we will overcome this flood.",
    "We would save the state $2 billion a year if we bought prescription drugs in bulk.",
    "We will keep leading the world in aerospace if we train enough young engineers.",
    "If we keep ignoring the warning signs in the harbour, we're going to close the fishing port.",
    "Unless we repair the levees this spring, we will spend twice as much on cleanup next year.",
    "We will not protect our rivers if we keep cutting the inspection budget.",
])
def test_we_on_condition_of_what_we_do_is_a_forecast(ex: Extractor, refused: Refused, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.own_condition" in refused(release(text))


@pytest.mark.parametrize("text", [
    # the condition is what others give or do
    "If we get the funding from the state, we will open the clinic in March.",
    "If we find that the company is still dumping waste, we will take it to court.",
    # a judgment of ours decides the act
    "We will not release the detainees if we think they are still dangerous.",
    # a condition set on a promise
    "We will raise the cap only if we cut spending by the same amount.",
    # a need
    "We will keep the offices open on weekends if we have to.",
    # "I" promises
    "If we defeat the motion today, I will offer my amendment on the floor.",
])
def test_a_condition_that_still_binds(ex: Extractor, refused: Refused, text: str) -> None:
    assert run(ex, text) != []
    assert "guard.own_condition" not in refused(release(text))


@pytest.mark.parametrize("text", [
    "My guess is if the county is serious about the road, it will come back with a new plan.",
    # ("It is my belief that ..." is guard.belief_noun_frame's: a belief named by a noun)
    "My guess is that once the Administrator tours the plant, she will order the repairs.",
    "I hope that by sending these grants to the towns, we will hire more firefighters across the county.",
    "I am confident that with the new board in place, the agency will hire more inspectors.",
    "I am confident the next Congress, under new leadership, will restore the program.",
])
def test_a_forecast_frame_reaches_over_an_opening_clause(ex: Extractor, refused: Refused, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.frame_across_adverbial" in refused(release(text))


@pytest.mark.parametrize("text", [
    # a main clause of its own after the frame
    "I strongly believe that the state should pay for the levee, and I will keep pushing for it.",
    # a noun, not the verb of a frame
    "As a firm believer in rural schools, I will fight to keep the Dunmore school open.",
])
def test_a_pledge_after_an_opinion_still_binds(ex: Extractor, refused: Refused, text: str) -> None:
    assert run(ex, text) != []
    assert "guard.frame_across_adverbial" not in refused(release(text))
