"""Precision on real-text wording: who is bound when a day, a colon-introduced quote or
another speaker's sentence sits next to the cue (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor.load()


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text))


def actors(ex: Extractor, text: str) -> list[str | None]:
    return [f.actor for f in run(ex, text)]


def test_a_day_in_the_frame_is_when_not_who(ex: Extractor) -> None:
    text = "Mr Odhiambo on Thursday said he was considering a fresh appeal to the court."
    assert actors(ex, text) == ["Odhiambo"]


def test_a_day_seen_saying_is_no_firm(ex: Extractor) -> None:
    # "on Friday said" must not make "Friday" a firm that later passives bind
    text = ("The minister on Friday said the scheme was overdue. "
            "Twelve new clinics will be opened in the northern districts.")
    assert "Friday" not in actors(ex, text)


def test_a_colon_quote_is_its_introducers_not_the_next_speakers(ex: Extractor) -> None:
    text = ('Housing minister Carla Benton said: "We will continue to build homes for rent." '
            'Opposition spokesman Martin Hale said the figures were a disgrace.')
    assert actors(ex, text) == ["Carla Benton"]
