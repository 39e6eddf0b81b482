"""News wording: schedules and events, unnamed voices of bodies, roles with a rank, and
assertions or forecasts that look like promises (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text))


def kinds(ex: Extractor, text: str) -> list[str]:
    return [f.kind for f in run(ex, text)]


def actors(ex: Extractor, text: str) -> list[str | None]:
    return [f.actor for f in run(ex, text)]


@pytest.mark.parametrize("text", [
    "Ms Okafor is due to visit the flooded towns on Friday.",
    "Senator Lindqvist will deliver a keynote speech to the conference on Monday.",
    "Mr Ferreira will make his decision on the appeal next week.",
])
def test_a_schedule_or_an_event_is_an_intention(ex: Extractor, text: str) -> None:
    assert kinds(ex, text) == ["intention"]


def test_a_light_verb_with_a_real_object_stays_a_commitment(ex: Extractor) -> None:
    assert kinds(ex, "Mr Ferreira said he would make budget cuts of 5%.") == ["commitment"]


def test_an_unnamed_voice_speaks_for_its_body(ex: Extractor) -> None:
    text = 'A Nestle spokesman said: "We will close the plant in Ohio."'
    assert actors(ex, text) == ["Nestle"]


def test_she_after_an_unnamed_voice_is_that_voice(ex: Extractor) -> None:
    text = ('A Labour spokeswoman said the party followed the rules. '
            'She said: "We will publish every donation."')
    assert actors(ex, text) == ["Labour Party"]


def test_members_of_a_body_bind_the_body(ex: Extractor) -> None:
    assert actors(ex, "Members of the European Commission will review the merger.") == ["European Commission"]


def test_a_quote_no_one_is_named_to_speak_binds_no_one(ex: Extractor) -> None:
    assert run(ex, '"We will give you every support," a voice shouted from the crowd.') == []


def test_the_role_with_a_rank_is_another_office(ex: Extractor) -> None:
    text = ("Deputy prime minister Harriet Moss opened the debate. "
            "The prime minister is to announce the new cabinet.")
    assert "Harriet Moss" not in actors(ex, text)


def test_the_government_after_a_constituent_country_is_the_states(ex: Extractor) -> None:
    text = "Police numbers rose in England and Wales. The government will recruit 2,000 more officers."
    assert actors(ex, text) == ["United Kingdom"]


@pytest.mark.parametrize("text", [
    "Ms Varga assured the committee that the figures were accurate.",
    "Traders are betting that the central bank will cut rates.",
    "The organisers hope that the new chairman, Mr Tanaka, will attend the summit.",
    "And I'll bet he never checked it with the treasury.",
])
def test_assertions_bets_and_hopes_are_no_promises(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_promise_to_make_sure_that_is_still_a_promise(ex: Extractor) -> None:
    assert kinds(ex, "Ms Varga promised to make sure that every school gets a nurse.") == ["pledge"]
