"""quantities._NUM opens with a test of a number's first two characters (speed only): it
finds the same matches, with the same groups, as the pattern with the first letters alone."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import quantities as q

# the pattern as it was: the first letters alone
PLAIN = re.compile(q._NUM.pattern.replace(q._NUM_START, r"\b(?=[\dzotfsendhaZOTFSENDHA\u017f])", 1))

PIECES = ("zero", "One", "TWO", "three", "thirteen", "Thirty", "four", "forty", "five", "fifteen", "six", "sixty",
          "seven", "eight", "Eighteen", "nine", "ninety", "ten", "eleven", "twelve", "twenty", "a", "A", "an", "An",
          "half", "dozen", "hundred", "and", "thousand", "million", "billion", "bn", "the", "to", "of", "that", "on",
          "\u017fix", "f\u0131ve", "F\u0130VE", "e\u0131ght", "10", "2,500", "3.5", "\u0663", " ", "  ", "\n", "\t", "\u00a0",
          "-", ",", ".", "$", "£", "'", "s", "x", "e", "é")
texts = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)

OWN = [
    "The council will spend $5 million on a dozen new schools and hire twenty-two teachers.",
    "About half a million people, a thousand more than in 2019, signed the petition.",
    "An estimated one hundred and fifty homes, a-million-dollar plan, an hour, a few, ten.",
    "Seventeen of the forty-one sites reopen; the other eighteen stay shut for eleven weeks.",
]


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_own_sentences() -> None:
    for text in OWN:
        assert _found(q._NUM, text) == _found(PLAIN, text)
    assert _found(q._NUM, OWN[0])  # (it finds numbers at all)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_same_matches_as_first_letters_alone(text: str) -> None:
    assert _found(q._NUM, text) == _found(PLAIN, text)
