"""In a member's release, what the other party will or would do, told by the member whose
party the text gives, is the member's forecast or mockery of that side, not its word
(refusal.authored-other-party); the member's own party, a report of what the other side
said, and a release whose author's party is unknown are left to the other rules
(sentences written for these tests)."""

from __future__ import annotations

from typing import Callable

import pytest

from tracker.extract import Document, Extractor

Refused = Callable[[Document], set[str]]

AUTHOR = "Dana Ruiz"
OPENING = "Rep. Dana Ruiz (D-CA) released the following statement today on the farm bill: “We need a vote. "


def doc(text: str, opening: str = OPENING) -> Document:
    return Document("t", opening + text + "”", author=AUTHOR)


@pytest.mark.parametrize(
    "text",
    [
        "Republicans will bring the farm bill to the floor with no hearing at all.",
        "I wish Republicans would show some interest in the drought in the valley.",
        "Maybe now the Republicans will finally read the report on the levees.",
    ],
)
def test_the_other_partys_will_in_a_members_release_is_refused(ex: Extractor, refused: Refused, text: str) -> None:
    d = doc(text)
    assert [f for f in ex.extract(d) if f.actor == "Republican Party"] == []
    assert "refusal.authored-other-party" in refused(d)


@pytest.mark.parametrize(
    "text",
    [
        "Democrats will bring the farm bill to the floor next week.",
        "In response to the news that Republican leaders would bring the farm bill to the floor next week, she said it was overdue.",
    ],
)
def test_the_members_own_party_or_a_report_of_the_other_side_is_not_refused_so(ex: Extractor, refused: Refused, text: str) -> None:
    assert "refusal.authored-other-party" not in refused(doc(text))


def test_where_the_authors_party_is_unknown_the_rule_says_nothing(ex: Extractor, refused: Refused) -> None:
    d = doc("Republicans will bring the farm bill to the floor next week.",
            opening="Rep. Dana Ruiz released the following statement today on the farm bill: “We need a vote. ")
    assert "refusal.authored-other-party" not in refused(d)
    assert [f.actor for f in ex.extract(d)] == ["Republican Party"]
