"""Actors as readers know them, within one document (issue 10): one person, one full name;
role words bind their holder or their office; no junk actors; every actor typed; parents
read from the text. All documents are written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor
from tracker.extract.model import Finding


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _found(extractor: Extractor, text: str, **meta: str) -> list[Finding]:
    return extractor.extract(Document(doc_id="t", text=text, **meta))  # type: ignore[arg-type]


def _actors(extractor: Extractor, text: str) -> list[str | None]:
    return [f.actor for f in _found(extractor, text)]


# ---- 1. one person, one full name ---------------------------------------------------------
PERSON_DOC = (
    "Labour's Harriet Vane addressed the conference in Leeds on Tuesday. "
    "Mrs Vane pledged to build 40 new schools. "
    "Vane also promised to cut class sizes. "
    "She said she would publish the plans in June. "
    "Later Chancellor Harriet Vane vowed to freeze fuel duty."
)


def test_every_mention_of_a_person_is_one_full_name(extractor: Extractor) -> None:
    found = _found(extractor, PERSON_DOC)
    assert len(found) >= 4
    assert {f.actor for f in found} == {"Harriet Vane"}
    assert all(f.actor_type == "person" for f in found)


def test_a_surname_named_in_full_elsewhere_is_the_full_name(extractor: Extractor) -> None:
    text = ("Mr Okonkwo said he would resign from the board. "
            "The party later confirmed that Emeka Okonkwo had written to its chairman.")
    assert _actors(extractor, text) == ["Emeka Okonkwo"]


def test_two_people_sharing_a_surname_stay_apart(extractor: Extractor) -> None:
    text = ("Daniel Hartley, the energy minister, pledged to close two coal plants. "
            "His sister Miriam Hartley, the city mayor, promised to plant 5,000 trees.")
    assert _actors(extractor, text) == ["Daniel Hartley", "Miriam Hartley"]


def test_a_bare_surname_of_two_people_is_the_one_named_last(extractor: Extractor) -> None:
    text = ("Daniel Hartley, the energy minister, spoke first. Miriam Hartley, the city mayor, spoke next. "
            "Hartley pledged to plant 5,000 trees.")
    assert _actors(extractor, text) == ["Miriam Hartley"]


def test_titles_are_not_part_of_the_name(extractor: Extractor) -> None:
    text = "First Minister Callum Rennie will open the new bridge in March."
    found = _found(extractor, text)
    assert [(f.actor, f.actor_type) for f in found] == [("Callum Rennie", "person")]


# ---- 2. role words alone --------------------------------------------------------------------
def test_a_role_word_binds_the_holder_the_document_names(extractor: Extractor) -> None:
    text = ("Prime Minister Agnes Thornbury met union leaders in London. "
            "The prime minister pledged to raise the minimum wage.")
    assert _actors(extractor, text) == ["Agnes Thornbury"]


def test_a_role_word_with_no_holder_binds_the_office_not_an_actor_called_president(extractor: Extractor) -> None:
    text = ("The French government faces strikes across France. Paris rejected the unions' demands. "
            "The president pledged to keep the pension reform.")
    found = _found(extractor, text)
    assert [f.actor for f in found] == ["France"]
    assert all(f.actor not in ("President", "president", "Administration") for f in found)


def test_a_role_word_with_no_holder_and_no_country_binds_no_named_actor(extractor: Extractor) -> None:
    found = _found(extractor, "The president pledged to veto the bill.")
    assert all(f.actor is None or f.actor.lower() != "president" for f in found)


# ---- 3. no junk actors, every actor typed -----------------------------------------------
@pytest.mark.parametrize("text, actor", [
    ("And Brightmoor Council will close the library.", "Brightmoor Council"),
    ("Last month the Harbour Party pledged to scrap the toll.", "Harbour Party"),
    ("Tonight Governor Ellis Varga vowed to sign the budget.", "Ellis Varga"),
])
def test_leading_function_and_time_words_are_not_part_of_an_actor(extractor: Extractor, text: str,
                                                                   actor: str) -> None:
    assert _actors(extractor, text) == [actor]


def test_a_bare_function_word_is_no_actor(extractor: Extractor) -> None:
    assert all(f.actor not in ("And", "As", "But") for f in _found(extractor, "And will close the library."))


@pytest.mark.parametrize("text, actor, kind", [
    # firms a pattern could take for people: the words around them say otherwise
    ("Car giant Lumora is to stop making diesel engines. Lumora shares fell 3%.", "Lumora", "company"),
    ("Rival bidder Kessler Borse said it would raise its offer. Kessler Borse shares rose.", "Kessler Borse",
     "company"),
    # a suffix says what a name is
    ("Harwick Bank said it would close 40 branches.", "Harwick Bank", "company"),
    ("The Merrow Valley Commission will publish its report in May.", "Merrow Valley Commission", "organisation"),
    # an acronym seen acting with firm words
    ("QX said it would cut 2,000 jobs. QX shares fell after the results.", "QX", "company"),
])
def test_unknown_names_get_a_type_from_general_signals(extractor: Extractor, text: str, actor: str,
                                                       kind: str) -> None:
    found = _found(extractor, text)
    assert [(f.actor, f.actor_type) for f in found][:1] == [(actor, kind)]


def test_a_coordination_of_two_firms_is_two_actors(extractor: Extractor) -> None:
    text = "Harwick Bank and Ohio-based Pellman Bank said they would merge their card businesses."
    found = _found(extractor, text)
    assert found and found[0].actors == ["Harwick Bank", "Pellman Bank"]


def test_a_committee_name_with_and_stays_one_actor(extractor: Extractor) -> None:
    found = _found(extractor, "The Energy and Fisheries Committee will hold a hearing on the bill in May.")
    assert [f.actors for f in found] in ([], [["Energy and Fisheries Committee"]])


def test_every_found_actor_has_a_type(extractor: Extractor) -> None:
    text = ("Borvik Holdings said it would buy Talsen. Talsen chief executive Irma Kolb said she would stay. "
            "Mr Kolb's rival, Soren Dahl, pledged to fight the deal.")
    found = _found(extractor, text)
    assert found and all(f.actor_type for f in found if f.actor)


# ---- 4. parents from the text ---------------------------------------------------------------
def test_a_party_possessive_gives_the_party(extractor: Extractor) -> None:
    text = "Labour's Harriet Vane pledged to build 40 new schools."
    found = _found(extractor, text)
    assert found[0].actor == "Harriet Vane" and found[0].affiliations[:1] == ["Labour Party"]
    assert "United Kingdom" in found[0].affiliations


def test_a_country_adjective_of_a_role_gives_the_country(extractor: Extractor) -> None:
    text = "French Defence Minister Lucien Arnaud said he would send 40 more instructors."
    found = _found(extractor, text)
    assert found[0].actor == "Lucien Arnaud" and "France" in found[0].affiliations


def test_a_senator_with_a_party_tag_gets_party_chamber_and_country(extractor: Extractor) -> None:
    text = "Senator Dana Whitcombe (R-Ore.) said she would introduce the bill next week."
    found = _found(extractor, text)
    assert found[0].actor == "Dana Whitcombe"
    assert found[0].affiliations == ["Republican Party", "United States Senate", "United States"]


def test_a_government_role_in_a_national_story_gives_the_country(extractor: Extractor) -> None:
    text = ("The Conservatives and the Liberal Democrats attacked the Home Office plans. "
            "Chancellor Harriet Vane pledged to cut fuel duty by 2p.")
    found = _found(extractor, text)
    assert found[-1].actor == "Harriet Vane" and found[-1].affiliations == ["United Kingdom"]


@pytest.mark.parametrize("office", ["Shadow Chancellor", "former chancellor", "shadow home secretary"])
def test_an_office_held_outside_the_government_gives_no_country(extractor: Extractor, office: str) -> None:
    text = ("The Conservatives and the Liberal Democrats attacked the Home Office plans. "
            f"{office.capitalize()} Harriet Vane pledged to cut fuel duty by 2p.")
    found = _found(extractor, text)
    assert found[-1].actor == "Harriet Vane" and "United Kingdom" not in found[-1].affiliations


def test_a_firm_s_national_chief_belongs_to_the_firm_not_the_country(extractor: Extractor) -> None:
    text = ("Talsen has named its French chief executive Irma Kolb to run its Asian arm. "
            "Ms Kolb pledged to cut costs by 10%.")
    found = _found(extractor, text)
    assert found[-1].actor == "Irma Kolb" and "France" not in found[-1].affiliations


def test_resolution_ids_show_in_explain_and_are_listed_rules(extractor: Extractor) -> None:
    import re

    from tracker.extract.explain import explain, to_dict
    listed = {r.id for r in extractor.ruleset.all}
    doc = Document(doc_id="t", text=PERSON_DOC + " The Harbour Party attacked the plan. The president pledged to resign.")
    shown = set(re.findall(r"resolution\.[a-z-]+", str(to_dict(explain(extractor, doc)))))
    assert {"resolution.person-full-name", "resolution.affiliations", "resolution.role-office"} <= shown
    assert shown <= listed


@pytest.mark.parametrize("text, actor", [
    # a description before a firm's name is not part of it
    ("Danish shipping group Halvorsen Line said it would order six vessels.", "Halvorsen Line"),
    # a spokesman of a named body is its voice
    ("New routes will be opened in May, the Tarnby Airways spokesman said.", "Tarnby Airways"),
    # a conjunction opening the subject is not part of the name
    ("Officials said that Norway and Chile will sign the treaty in May.", "Norway"),
])
def test_descriptions_and_openers_are_left_out_of_names(extractor: Extractor, text: str, actor: str) -> None:
    assert _actors(extractor, text)[:1] == [actor]


@pytest.mark.parametrize("text", [
    "The panel said this CR will fund the agency until March.",
    "The best way to strengthen Social Security for the future is to lift the cap.",
])
def test_phrases_opening_with_a_lower_case_word_are_no_actor(extractor: Extractor, text: str) -> None:
    assert all(f.actor is None or f.actor[:1].isupper() for f in _found(extractor, text))


def test_a_surname_beside_its_namesake_is_another_person(extractor: Extractor) -> None:
    text = ("Mr Brennan and Nora Brennan, the city mayor, will attend the opening. "
            "Mr Brennan pledged to open the museum.")
    assert _actors(extractor, text)[-1:] == ["Brennan"]  # not his namesake "Nora Brennan"


def test_a_presidents_administration_is_the_countrys_government(extractor: Extractor) -> None:
    text = ("President Halvard Stone met the governors in Washington. "
            "The Stone Administration will send the budget to the House of Representatives in May.")
    assert _actors(extractor, text) == ["United States"]


def test_a_coordination_of_a_person_and_a_body_is_two_actors(extractor: Extractor) -> None:
    text = "Mayor Ellen Ruiz and The Coastal Land Trust will buy the 40-acre marsh."
    found = _found(extractor, text)
    assert found and found[0].actors == ["Ellen Ruiz", "Coastal Land Trust"]


@pytest.mark.parametrize("text", [
    '"We will close the last coal mine by 2030," Ilse Varga, Hungary\'s energy minister, told reporters.',
    '"Our government will close the last coal mine by 2030," the Hungarian energy minister said.',
])
def test_a_ministers_role_with_a_country_speaks_for_its_government(extractor: Extractor, text: str) -> None:
    assert _actors(extractor, text) == ["Hungary"]
