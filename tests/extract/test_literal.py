"""tracker/extract/literal.py answers as the regexes it stands for, on any text
(hypothesis mixes names, titles, brackets, odd white space and word characters)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.literal import followed_by, preceded_by, word_spans

PIECES = ("Brown", "Browne", "_Brown", "Mr", "Mrs", "Dr", "Lady", ".", " ", "  ", "\n", "\t", "\u00a0",
          "\u2003", ",", "which", "said", "it", "and", "&", "Nancy", "(", ")", "FRA", "é", "9", "_", "-", "'",
          "’", "x", "MrBrown", "Brown.")
WORDS = ("Brown", "FRA", "Brown.", "é", "_x", "Mr Brown", "-", "Nancy")

texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(WORDS))
def test_word_spans_are_the_whole_word_matches(text: str, word: str) -> None:
    expected = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert list(word_spans(text, word)) == expected


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(WORDS), st.sampled_from(("", ".", "e", " Nancy", "_", "Brown")))
def test_overlapping_word_spans_are_every_place_search_may_match(text: str, word: str, rest: str) -> None:
    # as _introduced_as asks: the word, whole, not followed by `rest`
    expected = re.search(rf"\b{re.escape(word)}\b(?!{re.escape(rest)})", text) is not None
    assert any(not text.startswith(rest, e) for _, e in word_spans(text, word, overlapping=True)) == expected


TAIL = re.compile(r",\s+which\b|\s+(?:has\s+|had\s+)?said\s+it\b")


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(WORDS))
def test_followed_by_is_the_pattern_ending(text: str, word: str) -> None:
    whole = re.search(rf"{re.escape(word)}(?:{TAIL.pattern})", text)
    assert followed_by(text, word, TAIL) == (whole is not None)


HEADS = ("Mr", "Mrs", "Dr", "Lady")


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(WORDS))
def test_preceded_by_never_hides_a_match(text: str, word: str) -> None:
    # a necessary condition of the pattern (which also asks for word boundaries)
    whole = re.search(rf"\b(?:Mr|Mrs|Dr|Lady)\.?\s+{re.escape(word)}\b", text)
    if whole is not None:
        assert preceded_by(text, word, HEADS)
    loose = re.search(rf"(?:Mr|Mrs|Dr|Lady)\.?\s+{re.escape(word)}", text)
    assert preceded_by(text, word, HEADS) == (loose is not None)


def test_examples() -> None:
    text = "Mr. Brown met Browne; Brown_ left, Nancy Brown stayed."
    assert list(word_spans(text, "Brown")) == [(4, 9), (41, 46)]  # not "Browne", not "Brown_"
    assert preceded_by(text, "Brown", ("Mr",))
    assert preceded_by("Mrs\u00a0 Brown", "Brown", ("Mrs",))  # any white space
    assert not preceded_by("Mr.Brown", "Brown", ("Mr",))  # none between
    assert followed_by("Brown said it would", "Brown", TAIL)
    assert not followed_by("Brown, who said it", "Brown", TAIL)
    assert list(word_spans("A.A.A", "A.A")) == [(0, 3)]
    assert list(word_spans("A.A.A", "A.A", overlapping=True)) == [(0, 3), (2, 5)]
