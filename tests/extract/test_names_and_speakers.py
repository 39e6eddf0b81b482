"""Names and speakers read alone: a surname reporting a country's plan, run-together
initials, a union that is not the firm of the story (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


@pytest.mark.parametrize(("text", "actor"), [
    ("Okonkwo said Nigeria would double its grain reserves by 2027.", "Nigeria"),
    ("Vasquez said Chile would not devalue the peso this year.", "Chile"),
    ("Lindqvist said Sweden would send two more field hospitals to the region.", "Sweden"),
])
def test_a_surname_alone_reporting_a_countrys_plan_binds_the_country(ex: Extractor, text: str, actor: str) -> None:
    found = ex.extract(Document(doc_id="t", text=text))
    assert [(f.actor, f.speaker) for f in found] == [(actor, text.split()[0])]


def test_a_firm_the_text_shows_is_still_another_side(ex: Extractor) -> None:
    text = ("Halvard Shipping Corp posted a loss. Halvard said Norway would cut the tonnage tax next year.")
    assert [f for f in ex.extract(Document(doc_id="t", text=text)) if f.actor == "Norway"] == []


@pytest.mark.parametrize("name", ["J.R. Whitaker", "T.K. Osei-Bonsu", "A.B.C. Lindgren"])
def test_run_together_initials_stay_with_the_name(ex: Extractor, name: str) -> None:
    text = f"{name} said he would repay the loan before the end of the year."
    assert [f.actor for f in ex.extract(Document(doc_id="t", text=text))] == [name]


def test_a_places_initials_are_no_part_of_a_persons_name(ex: Extractor) -> None:
    text = "U.S. Senator Maribel Ostrander said she would vote against the bill."
    assert [f.actor for f in ex.extract(Document(doc_id="t", text=text))] == ["Maribel Ostrander"]


def test_the_union_is_not_the_firm_of_the_story(ex: Extractor) -> None:
    text = "Brightwater Foods Inc said it would close its Leeds plant. The union said it would strike."
    found = ex.extract(Document(doc_id="t", text=text))
    assert [(f.actor, f.action) for f in found] == [("Brightwater Foods Inc", "would close its Leeds plant")]


@pytest.mark.parametrize("text", [
    "Torvald Jensen said he was looking at her when the vote was called.",
    "We are looking at more than 4,000 flooded homes in the valley, Mayor Ines Carvalho said.",
    "The harbour police said they were looking at the contents of the parcel.",
])
def test_looking_at_what_is_seen_is_no_intention(ex: Extractor, text: str) -> None:
    assert ex.extract(Document(doc_id="t", text=text)) == []


def test_looking_at_ways_to_act_is_still_an_intention(ex: Extractor) -> None:
    text = "Mayor Ines Carvalho said she was looking at ways to rehouse the flooded families."
    assert [(f.kind, f.actor) for f in ex.extract(Document(doc_id="t", text=text))] == [("intention", "Ines Carvalho")]


@pytest.mark.parametrize("text", [
    "Our navy will remain the strongest in the region, Admiral Tove Rask said.",
    "Halvard Shipping Corp said Norway would remain an attractive place for shipowners.",
    "The Greens would remain the second largest party, Mona Vestby said.",
])
def test_remaining_the_strongest_is_a_forecast_of_standing(ex: Extractor, text: str) -> None:
    assert ex.extract(Document(doc_id="t", text=text)) == []


def test_remaining_committed_still_binds(ex: Extractor) -> None:
    text = "Admiral Tove Rask said she would remain committed to closing the base by 2027."
    assert [f.actor for f in ex.extract(Document(doc_id="t", text=text))] == ["Tove Rask"]


@pytest.mark.parametrize("phrase", ["the General Election", "the General Assembly", "General Partners"])
def test_an_adjective_title_before_a_common_word_names_no_one(ex: Extractor, phrase: str) -> None:
    # "General" here is an adjective: "Election" or "Partners" is no person for a later "he" or "she"
    text = (f"Officials met before {phrase} on Monday. She said the ministry would publish its plans in May.")
    found = ex.extract(Document(doc_id="t", text=text))
    assert all(f.speaker != phrase.split()[-1] and f.actor != phrase.split()[-1] for f in found)


def test_a_title_word_before_an_adjective_title_keeps_the_name(ex: Extractor) -> None:
    text = "Attorney General Holder said he would appoint a special counsel."
    assert [f.actor for f in ex.extract(Document(doc_id="t", text=text))] == ["Holder"]
