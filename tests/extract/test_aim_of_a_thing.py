"""An aim after 'by / to / from / against' and a name is the aim of the thing before it
(guard.aim_of_a_thing_named_by; sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source="Reuters"))


@pytest.mark.parametrize(
    "text",
    [
        "A judge threw out a lawsuit by fired aide Tom Harlan seeking to stop the audit.",
        "Ms Okafor sent a letter to Transport Secretary Tom Harlan seeking to keep the depot open.",
    ],
)
def test_the_aim_of_a_lawsuit_or_a_letter_is_not_the_names(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.kind != "claim"] == []


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Mr Valdez said in a speech to bankers he hopes to cut fees.", "Valdez"),
        ("Norvale Mining has protested against the Harbour Council plan to raise port fees.", "Harbour Council"),
        ("The group led by chairman Sam Harlan intends to sweeten its bid for Norvale Mining.", "Harlan"),
    ],
)
def test_a_speaker_a_councils_plan_or_a_led_group_still_bind(ex: Extractor, text: str, actor: str) -> None:
    assert any(actor in f.actor for f in run(ex, text) if f.kind == "intention")
