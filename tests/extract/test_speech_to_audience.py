"""What a speaker wants or is going to do to the audience in the speaking itself (the
topic of the speech, a word to the listeners, a call on them, a request for their
views) is said as it is spoken: no act to check later (guard.speech_to_audience).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, author: str = "Maria Okafor") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, author=author))


@pytest.mark.parametrize("text", [
    "This evening I want to talk about the harbor and the jobs it carries.",
    "I am going to speak briefly about the clinic in Dunmore.",
    "We're going to talk a little more about the water rule in a moment.",
    "The numbers moved a lot last year, and I want to explain it.",
    "I'm going to show you some charts on rural broadband.",
    "I want to let you know that the district office stays open all summer.",
    "I want to encourage every family in the valley to sign up for the program.",
    "We want to encourage all eligible veterans to apply before May.",
    "During the recess I want to hear from you about the issues that matter to your family.",
    "We want to hear your story about the flood.",
    "I hope to hear from you today that the agency has a plan to fix the backlog.",
])
def test_speech_to_the_audience_promises_nothing(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "I want to speak to the Secretary about the base closure.",
    "I plan to talk with the governor about the flood money next week.",
    "Okafor plans to talk about the farm bill at the town hall in Dunmore.",
    "I want to show the agency that our farmers will not be ignored.",
    "We want to encourage such investment in the harbor.",
    "I am going to introduce a bill to reopen the Dunmore clinic.",
])
def test_plans_beside_the_speech_still_count(ex: Extractor, text: str) -> None:
    assert run(ex, text)
