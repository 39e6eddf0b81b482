"""Statements listed under speaker labels in members' releases ('Sen. Rhea Dalton (D-NM):
"..."'): whose word each quote is, and what another member says others will do (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding
from tracker.extract.context import speaker_label

INTRO = "WASHINGTON – Members released the following statements on the Harbor Act today. "


def run(ex: Extractor, text: str, author: str = "Maria Okafor") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source=f"US Congress press release: {author}"))


def actors(ex: Extractor, text: str) -> list[str | None]:
    return [f.actor for f in run(ex, text)]


def label(text: str) -> str | None:
    return speaker_label(text, len(text))[0]  # (the quote would open where the text ends)


@pytest.mark.parametrize("head, name", [
    ("The bill passed. Sen. Rhea Dalton (D-NM): ", "Sen. Rhea Dalton"),
    ("The bill passed. Chairwoman Halvorsen (AK): ", "Chairwoman Halvorsen"),
    ("on the bill.” Ranking Member Quill (D-MD): ", "Ranking Member Quill"),
    ("on the bill.” Rep. Tom Varga, M.D. (GA-10): ", "Rep. Tom Varga"),
    ("on the bill.” Oversight Chairman Jon Ferris (R-UT): ", "Chairman Jon Ferris"),
    ("Today: Congresswoman Ana Ruiz (CA-27), Caucus Chair: ", "Congresswoman Ana Ruiz"),
    ("on the bill.” Dale Brennan (R-Ohio): ", "Dale Brennan"),
    ("on the bill.” Rep. Diaz-Ferrer: ", "Rep. Diaz-Ferrer"),
    ("on the bill.” Caucus Chairwoman Lucía T. Sáenz: ", "Chairwoman Lucía T. Sáenz"),
])
def test_a_paragraphs_speaker_label_names_its_speaker(head: str, name: str) -> None:
    assert label(head) == name


@pytest.mark.parametrize("head", [
    "on the bill.” Halvorsen Opening Statement: ",  # a heading
    "on the bill.” Chairman Halvorsen Opening Statement: ",
    "on the bill.” Rep. Halvorsen’s Question: ",  # a possessive
    "on the bill.” Background: ",
    "on the bill.” Dale Brennan: ",  # a bare name: no title, no party
    "the rule issued by the Federal Communications Commission (FCC): ",  # a body, mid-sentence
    "at the hearing chaired by Rep. Jon Ferris (R-UT): ",  # a title's dot ends no sentence
    "on the bill.” Harbor Act Highlights: ",
])
def test_a_heading_or_a_name_in_a_sentence_is_no_label(head: str) -> None:
    assert label(head) is None


def test_a_transcripts_capitals_name_the_speaker_as_written_elsewhere() -> None:
    text = "Senator McCarrick spoke on the news. Host: “Will you vote?” MCCARRICK: "
    assert label(text) == "McCarrick"


def test_a_labelled_members_i_will_binds_that_member(ex: Extractor) -> None:
    text = (INTRO + "Rep. Maria Okafor (D-CA): “This bill is good for our ports.” "
            "Sen. Rhea Dalton (D-NM): “I will keep fighting to dredge the Santa Rosa harbor.”")
    assert actors(ex, text) == ["Rhea Dalton"]


def test_a_titled_label_binds_its_we_too(ex: Extractor) -> None:
    text = INTRO + "Chairwoman Halvorsen (AK): “We will hold a hearing on the Harbor Act in March.”"
    assert actors(ex, text) == ["Halvorsen"]


def test_a_quote_under_a_heading_is_not_the_last_speakers(ex: Extractor) -> None:
    # the heading opens another voice, here the author's release's own
    text = (INTRO + "Sen. Rhea Dalton (D-NM): “This bill is good for our ports.” "
            "Harbor Act Opening Statement: “I will keep fighting to dredge the Santa Rosa harbor.”")
    assert actors(ex, text) == ["Maria Okafor"]


@pytest.mark.parametrize("quote", [
    "Judge Ellery Vance will bring fairness and decency to the bench.",
    "The Harbor Renewal Fund will help fishermen and small firms create jobs.",
])
def test_another_members_word_on_a_third_party_is_a_forecast(ex: Extractor, quote: str) -> None:
    assert run(ex, INTRO + f"Sen. Rhea Dalton (D-NM): “{quote}”") == []


def test_another_members_word_on_herself_still_binds(ex: Extractor) -> None:
    text = INTRO + "Sen. Rhea Dalton (D-NM): “Dalton will introduce a companion bill in the Senate next week.”"
    assert actors(ex, text) == ["Rhea Dalton"]


def test_a_governors_word_on_a_judge_is_a_forecast(ex: Extractor) -> None:
    text = INTRO + "Governor Neil Castor: “Judge Ellery Vance will make a fine addition to the Court.”"
    assert run(ex, text) == []


def test_a_letters_salutation_names_its_addressee_not_a_speaker() -> None:
    assert label("The letter reads in full. Dear Chairman Halvorsen: ") is None


@pytest.mark.parametrize("text", [
    "The report is out. NOTEWORTHY: ",
    "As reported in the Durango Herald on Monday. DURANGO HERALD: ",
])
def test_capitals_no_person_is_named_by_are_a_heading(text: str) -> None:
    assert label(text) is None


@pytest.mark.parametrize("text", [
    "Read it online. Senator Ellis Warrick Op-Ed: ",
    "Press coverage. President Backs Harbor Assistance: ",
    "The committee met. Judiciary Committee Dale Brennan: ",
])
def test_a_headline_or_a_committee_is_no_speaker(text: str) -> None:
    assert label(text) is None


def test_a_we_reported_inside_a_members_quote_is_the_reported_speakers(ex: Extractor) -> None:
    text = INTRO + "Sen. Rhea Dalton (D-NM): “The President has said we will take care of the harbor.”"
    assert run(ex, text) == []  # the President's word, and no one named to hold to it
    text = INTRO + "Sen. Rhea Dalton (D-NM): “Governor Neil Castor has said we will reopen the Dunmore clinic.”"
    assert actors(ex, text) == ["Neil Castor"]
