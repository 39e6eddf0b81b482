"""A name right before the cue that is the object of a preposition after a noun ("talks with
rival bidder X will", "donors to X pledged") is inside the subject, not its head, so it is not
the actor; a name after a part or voice of its body ("members of", "officials at"), after a
phrase fronted without a comma, or a relative clause's antecedent still is
(resolution.name-in-prepositional-phrase; sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor
from tracker.extract.clause import _grammar, _subject


def found(ex: Extractor, text: str) -> list[tuple[str | None, str]]:
    return [(f.actor, f.kind) for f in ex.extract(Document(doc_id="t", text=text, source="BBC"))]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Negotiations with the regulator and with rival suitor Halvard Shipping will resume next week, "
         "Norland Ports said.", "Halvard Shipping"),
        ("A union representing 900 pilots at struggling Skyline Air have agreed to a two-year pay freeze.",
         "Skyline Air"),
        ("Creditors to Norland pledged a total of 2bn euros in new loans on Friday.", "Norland"),
        ("Steel shipments from Corvane Motors will double by 2008, analysts said.", "Corvane Motors"),
    ],
)
def test_a_name_inside_a_prepositional_phrase_is_not_the_actor(ex: Extractor, text: str, name: str) -> None:
    assert all(actor != name for actor, _ in found(ex, text))


@pytest.mark.parametrize(
    "text, name",
    [
        # a part or voice of the body named
        ("Officials at Halvard Shipping said they would sell two ferries to a Danish line.", "Halvard Shipping"),
        # a phrase fronted without a comma
        ("In talks with its creditors Corvane Motors would offer to sell its Luton site.", "Corvane Motors"),
        # a relative clause's antecedent
        ("The bill was sent to the Norland Assembly, which will vote on it next week.", "Norland Assembly"),
    ],
)
def test_the_name_stays_the_actor(ex: Extractor, text: str, name: str) -> None:
    assert any(actor == name for actor, _ in found(ex, text))


def test_the_noun_before_the_preposition_heads_the_subject() -> None:
    g = _grammar(frozenset({"said", "told"}), frozenset({"believes"}))
    assert _subject("Aid donors to Norland ", g)[0] == "donors to Norland"
    assert _subject("Talks with rival bidder Halvard Shipping ", g)[0] == "Talks with rival bidder Halvard Shipping"
    assert _subject("A union of pilots at struggling Skyline Air ", g)[0] == "pilots at struggling Skyline Air"
    # not "to" before a verb, nor a pronoun, nor a capitalised name after a fronted phrase
    assert _subject("The system is not able to monitor Norland ", g)[0] == "Norland"
    assert _subject("Crazy with fury I ", g)[0] == "I"
    assert _subject("In addition to the stake Halvard ", g)[0] == "Halvard"
    # "of" with no modifier heads the subject; with one it may open a reduced relative
    assert _subject("The agenda of Norland ", g)[0] == "The agenda of Norland"
    assert _subject("He sang the songs of a band Halvard ", g)[0] == "Halvard"
