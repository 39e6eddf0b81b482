"""Anyone can be a person: unknown names become people by what the text says of them
(a pronoun after "said", a copula and a role, an appositive role), and a role names the
body its holder speaks for."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _actors(extractor: Extractor, text: str) -> list[tuple[str | None, str]]:
    return [(f.actor, f.kind) for f in extractor.extract(Document(doc_id="t", text=text))]


@pytest.mark.parametrize("text, actor", [
    ("Oksana Drozdenko said she would return the donation.", "Oksana Drozdenko"),
    ("Tomasz Wierzbicki has said he will serve out his term.", "Tomasz Wierzbicki"),
    ("Home Secretary Ayodele Bankole said he would resign from the board.", "Ayodele Bankole"),
    ("Henrik Aaltonen is a Finnish shipping magnate. He said he would sell his stake.", "Henrik Aaltonen"),
])
def test_an_unknown_name_with_a_pronoun_or_a_role_is_a_person(extractor: Extractor, text: str, actor: str) -> None:
    assert _actors(extractor, text) == [(actor, "commitment")]


def test_a_minister_of_a_country_speaks_for_it(extractor: Extractor) -> None:
    text = "Ines Valcarcel is Portugal's energy minister. Valcarcel said Portugal would close its last coal plant."
    assert _actors(extractor, text) == [("Portugal", "commitment")]


def test_we_of_a_chief_executive_is_the_firm_the_attribution_names(extractor: Extractor) -> None:
    text = '"We will cut 400 jobs," said Morten Halvorsen, Brightwater\'s chief executive.'
    assert _actors(extractor, text) == [("Brightwater", "commitment")]
    text = '"We are going to list the shares in May," Ana Petrescu, chairman of Voltaria, told reporters.'
    assert _actors(extractor, text) == [("Voltaria", "commitment")]


def test_a_clause_after_a_firm_name_does_not_make_it_a_person(extractor: Extractor) -> None:
    text = "Harbourline Corp, which lost an earlier bid for Quayside, said it would raise its offer."
    assert _actors(extractor, text) == [("Harbourline Corp", "commitment")]


@pytest.mark.parametrize("text, actor", [
    ("Marta Lindgren leads the Harbour Party. Lindgren said the Harbour Party would scrap the toll if it won power.",
     "Harbour Party"),
    ("Ostwind Haulage, which employs 12,500 people in Austria, said it would open a depot in Graz.", "Ostwind Haulage"),
    ("Ostwind Haulage said on Friday, after a two-day strike, that it would raise wages by 4%.", "Ostwind Haulage"),
    ("The road tolls are to be scrapped in May, officials at the Danish transport ministry said.", "Denmark"),
    ("Creditor nations have agreed to write off the debt.", "Creditor nations"),
    ("zTrade will open 40 branches, its chief executive said.", "zTrade"),
    ("Pellworth Foods said it was going to close its Leeds bakery.", "Pellworth Foods"),
])
def test_who_is_bound_across_clauses_groups_and_frames(extractor: Extractor, text: str, actor: str) -> None:
    assert [a for a, _ in _actors(extractor, text)] == [actor]


@pytest.mark.parametrize("text", [
    "According to press reports, Norway will buy six submarines.",
    "Pellworth Foods will close its Leeds bakery, the Yorkshire Post reported.",
])
def test_a_plan_known_from_the_press_is_no_commitment(extractor: Extractor, text: str) -> None:
    assert all(k == "intention" for _, k in _actors(extractor, text))


@pytest.mark.parametrize("text", [
    "We will answer the questions the auditors raised by June.",
    "Pellworth Foods will open and run a bakery in Hull.",
])
def test_an_act_that_looks_like_a_speech_step_is_still_found(extractor: Extractor, text: str) -> None:
    assert _actors(extractor, text) != []


def test_a_past_plan_told_as_a_story_is_no_commitment(extractor: Extractor) -> None:
    assert _actors(extractor, "Pellworth Foods was going to close the bakery, but the bank stepped in.") == []
    assert _actors(extractor, "Poor countries will open new markets.") == []


@pytest.mark.parametrize("text", [
    "I want to thank the volunteers of Marlow County.",
    "I will admit that the figures disappoint me.",
    "We would stress that the plant is safe.",
    "I look forward to hearing from our witnesses.",
    "Had we passed the levy, we would already have the money.",
    "Both of these levies would hurt farmers.",
    # the order of a speech or a press conference
    "Thank you, and now I'll respond to questions.",
    "Now I want to bring in my colleagues from the Farm Caucus.",
    "Finally, I will finish this tour of our county with the new library.",
    # what a deal leaves each side with: a description, no act
    "After the offer, Pellworth Foods will own 60 pct of the bakery chain.",
])
def test_courtesies_performatives_and_counterfactuals_bind_no_one(extractor: Extractor, text: str) -> None:
    assert _actors(extractor, text) == []


@pytest.mark.parametrize("text, actor", [
    ('"We will publish the audit in full," the Brightwater team said.', "Brightwater"),
    ("Pellworth Foods expects flat sales in 2027 but said it will open a bakery in Hull.", "Pellworth Foods"),
    ("Pellworth Foods said it has built a new oven which it will start using within 30 days.", "Pellworth Foods"),
    ("The Tarn Angling Club said: \"Once the survey is in then we'll look at the weir.\"", "Tarn Angling Club"),
])
def test_clause_breaks_and_bodies_named_before_their_noun(extractor: Extractor, text: str, actor: str) -> None:
    assert [a for a, _ in _actors(extractor, text)] == [actor]


def test_making_public_is_a_promise_unless_a_time_is_set(extractor: Extractor) -> None:
    assert _actors(extractor, "Tomasz Wierzbicki said he would release his medical records.") == [
        ("Tomasz Wierzbicki", "commitment")]
    assert _actors(extractor, "Pellworth Foods said it would publish its results on Thursday.") == [
        ("Pellworth Foods", "intention")]


@pytest.mark.parametrize("text, actor", [
    # the full name only in a possessive: "Dariusz Kowalczyk's budget" names him in full
    ("Opposition parties attacked Dariusz Kowalczyk's budget. Mr Kowalczyk said he would cut the deficit.",
     "Dariusz Kowalczyk"),
    # a middle initial without its dot, British style
    ("Harriet B Okonkwo will visit Lagos next month, aides said. Ms Okonkwo will meet the governor.",
     "Harriet B Okonkwo"),
])
def test_a_surname_alone_is_the_person_named_in_full_earlier(extractor: Extractor, text: str, actor: str) -> None:
    found = _actors(extractor, text)
    assert found and all(a == actor for a, _ in found)
