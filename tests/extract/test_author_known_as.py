"""A release's member by the name the text gives them when the source label gives another
first name (resolution.author-known-as)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _actors(extractor: Extractor, text: str, label: str) -> list[str | None]:
    doc = Document(doc_id="t", text=text, source=f"US Congress press release: {label}")
    return [f.actor for f in extractor.extract(doc)]


def test_the_member_the_release_opens_with_is_its_author(extractor: Extractor) -> None:
    text = ("Congressman Skip Pemberton (R-Ohio) issued the following statement on the flood relief bill: "
            "\u201cWe will keep working until every family in the valley has the help it needs.\u201d")
    assert _actors(extractor, text, "Walter Pemberton") == ["Skip Pemberton"]


def test_another_member_of_that_surname_later_in_the_release_is_not_the_author(extractor: Extractor) -> None:
    text = ("Today the House passed the river bill. \u201cWe will keep working until every family in the valley "
            "has the help it needs,\u201d said the member. " + "The bill now goes to the Senate. " * 12 +
            "It was first written by the late Congressman Harold Pemberton in 1998.")
    assert _actors(extractor, text, "Walter Pemberton") == ["Walter Pemberton"]
