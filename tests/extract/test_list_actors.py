"""Who a list binds, and whom "he" is: every item of a list of names ending in a
coordination (resolution.coordination-list), and never a firm's name for "he"
(resolution.pronoun-not-firm)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


def _actors(ex: Extractor, text: str) -> list[list[str]]:
    return [f.actors for f in ex.extract(Document(doc_id="t", text=text))]


@pytest.mark.parametrize("text, actors", [
    ("Spain, Portugal and Greece will share the cost of the new coastguard fleet.",
     ["Spain", "Portugal", "Greece"]),
    ("The minister said that Canada, Mexico and Chile will cut tariffs on copper by 2027.",
     ["Canada", "Mexico", "Chile"]),
    ("A coalition of Norway, Denmark, Finland and Sweden will fund the Arctic survey.",
     ["Norway", "Denmark", "Finland", "Sweden"]),
])
def test_every_item_of_a_list_is_bound(ex: Extractor, text: str, actors: list[str]) -> None:
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize("text, actors", [
    # an adverb before the comma is no item; a place after a preposition is no subject
    ("Meanwhile, Spain and Portugal will share the cost of the new coastguard fleet.", ["Spain", "Portugal"]),
    ("Speaking in Madrid, Spain and Portugal will share the cost of the new coastguard fleet.", ["Spain", "Portugal"]),
])
def test_words_before_the_list_are_not_items(ex: Extractor, text: str, actors: list[str]) -> None:
    assert _actors(ex, text) == [actors]


def test_a_firm_taken_for_a_person_is_not_he(ex: Extractor) -> None:
    text = ("Trade Minister Ramon Ibarra met the owners of port operator Terminales Pacifico on Monday. "
            "Mr Ibarra said the talks were going well. "
            "The state wants Terminales Pacifico to dredge the harbour. "
            "He said the government will decide on the concession by June.")
    found = ex.extract(Document(doc_id="t", text=text))
    assert [f.speaker for f in found if "concession" in f.sentence] in ([], ["Ramon Ibarra"])
    assert all(f.actor != "Terminales Pacifico" for f in found if "concession" in f.sentence)


def test_the_government_is_not_of_a_country_named_only_as_a_place(ex: Extractor) -> None:
    # (resolution.government-place-passed)
    text = ("The White House sent its budget to Congress on Monday. The US Treasury said the deficit would narrow. "
            "Washington officials said the Pentagon would get more money. "
            "The costs of the missions in Somalia and Haiti have grown since 1993. "
            "The government will cut farm subsidies by $500m next year.")
    found = [f for f in ex.extract(Document(doc_id="t", text=text)) if "farm subsidies" in f.sentence]
    assert [f.actor for f in found] == ["United States"]


@pytest.mark.parametrize("text, actors", [
    ("Chile and the European Union will sign the fisheries accord in May.", ["Chile", "European Union"]),
    ("Norway, Iceland and the Faroe Islands agreed to cut the mackerel quota by 10%.",
     ["Norway", "Iceland", "Faroe Islands"]),
])
def test_a_name_and_the_name_binds_both(ex: Extractor, text: str, actors: list[str]) -> None:
    # (resolution.coordination: "X and the Y")
    assert _actors(ex, text) == [actors]


def test_a_prepositions_object_before_and_the_is_not_a_conjunct(ex: Extractor) -> None:
    text = "Talks resumed in Oslo and the European Union will sign the fisheries accord in May."
    assert _actors(ex, text) == [["European Union"]]


@pytest.mark.parametrize("text, actors", [
    ("Spain, Portugal and Greece said they would share the cost of the new coastguard fleet.",
     ["Spain", "Portugal", "Greece"]),
    ("So far only Chile, Peru and Ecuador have said that they will join the fisheries pact.",
     ["Chile", "Peru", "Ecuador"]),
])
def test_a_list_that_speaks_binds_every_item(ex: Extractor, text: str, actors: list[str]) -> None:
    # (resolution.coordination-list: the frame's speaker)
    assert _actors(ex, text) == [actors]


def test_both_parties_are_the_two_political_parties_not_a_place(ex: Extractor) -> None:
    # (resolution.pair-of-parties)
    text = ("The Green Party will campaign in Cornwall this spring. "
            "Ms Ashdown said both parties will cut farm grants - the Green Party by 5% and Labour by 8%.")
    found = [f for f in ex.extract(Document(doc_id="t", text=text)) if "both parties" in f.sentence]
    assert [sorted(f.actors) for f in found] == [["Green Party", "Labour Party"]]


@pytest.mark.parametrize("text", [
    "The Transport Ministry said fares would rise. Its officials met on Monday. He said the union will press for a new pay deal.",
    "The Transport Ministry said fares would rise. Senator Ann Hale said the committee would examine the fare rises.",
])
def test_a_body_noun_is_not_the_main_firm(ex: Extractor, text: str) -> None:
    # (resolution.body-noun-not-main-firm): neither the union nor the committee is the ministry
    found = [f for f in ex.extract(Document(doc_id="t", text=text)) if "union" in f.sentence or "committee" in f.sentence]
    assert [f.actor for f in found] == []


def test_a_firms_committee_is_the_firms(ex: Extractor) -> None:
    text = ("Acme Holdings Inc said it received a new offer from Zenith Partners. "
            "The company said the special committee plans to meet on Friday to review the offer.")
    found = [f for f in ex.extract(Document(doc_id="t", text=text)) if "committee" in f.sentence]
    assert [f.actor for f in found] == ["Acme Holdings Inc"]
