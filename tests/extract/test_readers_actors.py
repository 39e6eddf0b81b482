"""The actor list a reader reads: no junk (a title alone, a thing, a place that is not a
polity, a name mangled or run together) and every actor typed as what it is."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _found(extractor: Extractor, text: str, source: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(f.actor, f.actor_type) for f in extractor.extract(Document(doc_id="t", text=text, source=source))]


@pytest.mark.parametrize("source, text, actor", [
    ("US Congress press release: Orla Vandekamp",
     "WASHINGTON – Congresswoman Orla Van-Dekamp (OR-3) issued this statement. "
     "I will keep fighting for the dairy farmers of our valley.", "Orla Van-Dekamp"),
    ("US Congress press release: Bernard Kesler",
     "Rep. Bernard Kessler (R-Ohio) toured the locks on Monday. "
     "I will introduce a bill to fund the lock repairs next month.", "Bernard Kessler"),
    ("US Congress press release: Tess Macandrew",
     "Congresswoman Tess MacAndrew visited the shipyard. I will fight to keep these jobs in Maine.",
     "Tess MacAndrew"),
])
def test_a_release_author_is_named_as_the_text_spells_them(extractor: Extractor, source: str, text: str,
                                                           actor: str) -> None:
    # (resolution.author-spelling)
    assert _found(extractor, text, source) == [(actor, "person")]


def test_an_author_the_text_spells_as_the_label_keeps_the_label(extractor: Extractor) -> None:
    text = "Rep. Bernard Kesler toured the locks. I will introduce a bill to fund the lock repairs next month."
    assert _found(extractor, text, "US Congress press release: Bernard Kesler") == [("Bernard Kesler", "person")]


def test_a_run_together_name_is_the_person_named_apart(extractor: Extractor) -> None:
    # (resolution.run-together)
    text = ("Senators Ruth Okafor (D-MN) and Dale Pruett (R-ND) toured the grain terminal. "
            "“We will press the railroads to add more cars before harvest,” Senator DalePruett said.")
    assert [a for a, _ in _found(extractor, text)] != ["DalePruett"]
    assert "DalePruett" not in str(_found(extractor, text))


@pytest.mark.parametrize("text", [
    "The 112th Congress will take up the farm bill in its first month.",
    "Leaders of the 114th Congress said they would take up the farm bill in its first month.",
])
def test_a_numbered_sitting_is_the_legislature(extractor: Extractor, text: str) -> None:
    # (resolution.ordinal-session)
    assert _found(extractor, text) == [("United States Congress", "government")]


@pytest.mark.parametrize("text, junk", [
    ("Big Pharma will fight the price cap in court, she said.", "Big Pharma"),
    ("Operation Safe Harbor will send 200 agents to the border towns next month.", "Operation Safe Harbor"),
    ("Forward Supply Bases will store fuel and spare parts for the fleet.", "Forward Supply Bases"),
    ("The Rural Broadband Access Act (RBAA) passed the committee. RBAA will connect two million homes by 2030.",
     "RBAA"),
])
def test_a_thing_or_a_trade_binds_no_one(extractor: Extractor, text: str, junk: str) -> None:
    # (resolution.thing-named: a thing's first or last word; an acronym of a thing's name)
    assert junk not in [actor for actor, _ in _found(extractor, text)]


def test_watch_opening_a_web_caption_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = ("Rep. Alma Lund (D-WI) and Rep. Carl Ortega (R-TX) met growers on Friday. "
            "Click here to Watch Lund and Ortega plan to visit the dairy plant in Wausau.")
    got = _found(extractor, text)
    assert got and all(not (actor or "").startswith("Watch") for actor, _ in got)


def test_a_place_after_in_is_where_the_speaker_is(extractor: Extractor) -> None:
    # (resolution.place-named)
    text = "Last month, a furniture maker in Eau Claire announced that they would cut 200 jobs."
    assert "Eau Claire" not in [actor for actor, _ in _found(extractor, text)]


def test_a_product_after_a_is_no_firm_it_refers_to(extractor: Extractor) -> None:
    # (resolution.thing-named: "a new Vela Sport" is a car; resolution.type-company-context:
    # "Corvane, which employs 3,000 people," is a firm)
    text = ("Buyers will have to pay £12,000 to own a new Vela Sport, or more for the GT. "
            "Last year, Corvane, which employs 3,000 people, built 80,000 cars, though it hopes to double output.")
    assert _found(extractor, text) == [("Corvane", "company")]


def test_a_founders_name_told_of_as_a_firm_is_a_company(extractor: Extractor) -> None:
    text = ("Agnes Fairlie, which is due to issue its next trading statement in March, "
            "has said it will close 20 shops.")
    assert ("Agnes Fairlie", "company") in _found(extractor, text)


def test_a_firm_called_by_its_first_word_is_a_company(extractor: Extractor) -> None:
    # (resolution.short-name: "Ortuno will pay" after "Ortuno Calvet")
    text = ("Spain's Ortuno Calvet has agreed to buy 20% of Weltbrau. Weltbrau said Ortuno will pay €40m. "
            "The Spanish sherry maker will acquire the shares from the state.")
    got = _found(extractor, text)
    assert got and all(found == ("Ortuno Calvet", "company") for found in got)


def test_the_agency_is_the_body_its_apposition_named(extractor: Extractor) -> None:
    text = ("Lindqvist Brewing has agreed to buy 30% of Norrmalt. The Gavle Asset Management Bureau - a "
            "government agency in the north - owns 55% of Norrmalt. The state agency will also sell 10% of its stake.")
    assert ("Gavle Asset Management Bureau", "organisation") in _found(extractor, text)


@pytest.mark.parametrize("text, actor", [
    ("The royal couple toured Leeds. In Britain, the Queen will open the new children's hospital in May, "
     "the British government said.", "Queen of the United Kingdom"),
    ("The King will open the new bridge in Madrid next week, Spanish officials said.", "King of Spain"),
    ("Queen Margrethe visited the flooded towns. The Queen will also host a dinner for the rescue crews.",
     "Queen Margrethe"),
])
def test_a_royal_title_alone_is_its_holder_or_the_countrys_monarch(extractor: Extractor, text: str, actor: str) -> None:
    # (resolution.royal-title): a monarch is a person, never the country nor "Queen"
    got = _found(extractor, text)
    assert (actor, "person") in got and "Queen" not in [a for a, _ in got] and "United Kingdom" not in [a for a, _ in got]


def test_a_rock_band_named_queen_is_no_monarch(extractor: Extractor) -> None:
    text = "The remaining members of rock band Queen are to tour Japan next year with a new singer."
    got = [a for a, _ in _found(extractor, text)]
    assert "United Kingdom" not in got and "Queen of the United Kingdom" not in got


def test_a_house_named_in_apposition_is_a_place(extractor: Extractor) -> None:
    # (resolution.place-named)
    text = "Delegates at the talks at the prime minister's country house, Dorneywood, will draft a new accord."
    assert "Dorneywood" not in [a for a, _ in _found(extractor, text)]


def test_two_words_joined_before_a_ministry_are_one_name(extractor: Extractor) -> None:
    text = ("\"Exports will stay weak,\" the Trade and Energy Ministry said in a statement. "
            "It also pledged to cut fuel duty for fishing fleets.")
    assert ("Trade and Energy Ministry", "government") in _found(extractor, text)


def test_a_committee_named_with_a_serial_comma_is_named_whole(extractor: Extractor) -> None:
    text = ("Energy, Water, and Mining Committee Chairwoman Ada Roe met the regulators on Monday. "
            "The Committee will review the permits before the summer recess.")
    assert _found(extractor, text) == [("Energy, Water, and Mining Committee", "organisation")]


def test_an_acronym_of_a_council_named_in_the_text_is_a_body(extractor: Extractor) -> None:
    # (resolution.acronym-expansion: the initials of a body the text names, no brackets), named by it (resolution.acronym-name)
    text = ("“RWCA will keep pressing Congress to fund the pipelines,” said Ana Ruiz, "
            "Vice President, Rural & Water Council of America.")
    assert _found(extractor, text) == [("Rural & Water Council of America", "organisation")]


def test_a_student_called_by_the_first_name_stays_a_person(extractor: Extractor) -> None:
    text = ("Noah Keller, a student at Lakeview High School, will attend West Point in the autumn. "
            "Noah has led the debate team throughout his school years.")
    assert ("Noah Keller", "person") in _found(extractor, text)


def test_it_after_because_is_the_body_the_sentence_opens_with(extractor: Extractor) -> None:
    # (resolution.sentence-owner: not the body named sentences before)
    text = ("The Pensions Research Institute (PRI) said life expectancy for unskilled men has been understated. "
            "The government has ruled out raising the retirement age, because it says it would hurt manual workers.")
    assert "Pensions Research Institute" not in [a for a, _ in _found(extractor, text)]


def test_the_dead_in_their_graves_promise_nothing(extractor: Extractor) -> None:
    # (guard.hypothetical)
    text = "Adam Ferguson would be turning in his grave at these new tariffs."
    assert _found(extractor, text) == []


def test_the_head_before_among_is_who_acts(extractor: Extractor) -> None:
    # (the names after "among" are whom the head is among; a head no one binds binds no one)
    text = ("Representatives Ada Moss and Carl Byrne are the only Southern Californians among the 40 "
            "Representatives and Senators who will serve on the conference committee.")
    assert _found(extractor, text) == []


def test_the_company_opening_a_sentence_types_the_firm_it_refers_to(ex) -> None:
    text = ("Tolvanen ordered ten new jets on Monday. "
            "The US company said it would begin taking deliveries in 2009.")
    got = [f for f in ex.extract(Document(doc_id="t", text=text)) if "deliveries" in f.sentence]
    assert [(f.actor, f.actor_type) for f in got] == [("Tolvanen", "company")]


@pytest.mark.parametrize("text, cue, actor", [
    # (resolution.pronoun-chain) a repeated subject pronoun is the first one's referent
    ("Finance minister Peter Ashdown spoke to the committee on Monday. When he was asked to back "
     "chancellor Anne Ridley and Sir Colin Marsh over the bank merger, he said: \"I will not resign.\"",
     "resign", "Peter Ashdown"),
    ("Mr Lindqvist spoke to reporters on Tuesday. Pressed on whether he would criticise Mr Okafor's "
     "record, he replied: \"I will keep his religion out of the campaign.\"",
     "religion", "Lindqvist"),
    ("Despite backing the scheme, the Liberal Democrats insisted they would watch its cost. They said they "
     "would also press ministers over whether the Home Office would deliver the savings. And they pledged "
     "to review the cards within two years.",
     "review the cards", "Liberal Democrats"),
])
def test_a_repeated_pronoun_is_the_first_ones_referent(extractor: Extractor, text: str, cue: str,
                                                     actor: str) -> None:
    got = [f.actor for f in extractor.extract(Document(doc_id="t", text=text)) if cue in f.sentence]
    assert got and all(a is not None and actor in a for a in got)


def test_a_pronoun_after_a_name_in_a_reported_clause_is_that_name(extractor: Extractor) -> None:
    # not a chain: "praise on Mr Harker saying he would" is Harker's, no opening clause before it
    text = ("Mr Dunmore spoke at the conference. And he heaped praise on Mr Harker saying he would "
            "continue to cut the deficit.")
    got = [a for a, _ in _found(extractor, text)]
    assert not any("Dunmore" in a for a in got)
