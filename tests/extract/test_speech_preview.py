"""A reporter's preview of a coming speech or event (guard.speech_preview): what someone
will say or do there, told with no one announcing it, is a forecast of another's words, not a
word given; the speech itself, the actor's own announcement and an author's own release stay
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, source: str | None = None) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source=source))


@pytest.mark.parametrize("text", [
    "Ms Okonkwo will also attack the government for closing rural post offices.",
    "In her speech, Ms Lindqvist will announce a review of school meals.",
    "Mr Ferreira will tell delegates that the party is ready to govern.",
    "The party leader is to make a fresh pitch for the farming vote.",
    "Mr Castellano will set out his vision for a smaller state.",
    "Mrs Adeyemi will use her keynote address to criticise the banks.",
    "The chancellor will seek to reassure small firms when he delivers his statement.",
    "Mr Varga will focus on pensions and the cost of heating.",
    "The prime minister will focus on trade at the summit in Lisbon.",
    "Mr Hollis will again plead his case in a televised address next week.",
])
def test_a_reporters_preview_of_a_speech_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    # the event itself: an announced speech or visit (intention)
    "Mr Ferreira will deliver a keynote speech in Leeds on Friday.",
    "Ms Okonkwo will make her speech during a visit to Cardiff.",
    # the actor's own word
    "Mr Castellano said he will use the speech to set out plans for a smaller state.",
    "Mrs Adeyemi will announce a review of school meals, her office said.",
    # a firm's plan: 'focus on' with no person and no speech
    "For next year, Acme Hotels will focus on expansion in eastern Europe.",
    # 'restate' its accounts is an act, not words
    "Brightwater Media is to restate its accounts for the past three years.",
])
def test_the_event_and_the_actors_own_word_stay(ex: Extractor, text: str) -> None:
    assert run(ex, text)


def test_an_authors_own_release_announces_its_own_event(ex: Extractor) -> None:
    # news copy only: in a member's release, the member's office tells what the member will do
    text = "During the visit, Congresswoman Delgado will highlight the cuts and will call on the agency to act."
    src = "US Congress press release: Maria Delgado"
    assert run(ex, text, source=src)


def test_a_first_person_pledge_is_no_preview(ex: Extractor) -> None:
    text = 'Mr Varga told the rally: "In this speech and every day after it, we will cut heating bills."'
    assert run(ex, text)
