"""The str.find shortcuts of the resolution side answer exactly as the patterns they stand
for (speed only: nothing here decides a finding by itself)."""

from __future__ import annotations

import itertools
import re

import pytest

from tracker.extract import context, gazetteer, resolve
from tracker.extract.engine import _coordinated_with_author

_MEMBER_TEXTS = [
    "Congressman Walt Ferris (D-OR) spoke. Later Rep. Walt Q. Ferris said more.",
    "Senator Senator Dana Okafor said; Sen. Dana Okafors did not.",
    "Representative Lou  Ferris\nand Congresswoman Ann B. Ferris-Lake met Rep. Al Ferris_2.",
    "Rep. Ferris, Rep.Tim Ferris and Rep. Tim F Ferris",
]


@pytest.mark.parametrize("text", _MEMBER_TEXTS)
@pytest.mark.parametrize("last", ["Ferris", "Okafor", "B.", "Ferris-Lake"])
def test_members_named_is_the_title_pattern(text: str, last: str) -> None:
    rx = rf"\b{context._MEMBER_TITLE}\s+([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+{re.escape(last)})\b"
    assert context._members_named(text, last) == [(m.start(), m.group(1)) for m in re.finditer(rx, text)]


@pytest.mark.parametrize("text", [
    "The Harbor Board Chairman Lena Voss said", "harbor board chairman  lena voss, and",
    "Chairman Lena Voss", "x-ray chairman\tLena Vossberg and NTLC Chairman Lena Voss.",
    "Board, chairman Lena Voss", "A&B Chairman Lena Voss's plan",
])
@pytest.mark.parametrize("role", ["chairman", "board chairman"])
def test_word_before_role_is_the_office_pattern(text: str, role: str) -> None:
    m = re.search(rf"([\w&.'’\-]+)\s+{re.escape(role)}\s+{re.escape('lena voss')}\b", text, re.I)
    assert resolve._word_before_role(text, role, "lena voss") == (m.group(1) if m else None)


def test_back_words_is_the_word_walk() -> None:
    def walk(text: str, p: int, k: int) -> int:
        i = p
        for _ in range(k):
            while i > 0 and text[i - 1].isspace():
                i -= 1
            while i > 0 and not text[i - 1].isspace():
                i -= 1
        return i

    texts = ["", "one", "  two words ", "a\nlong " * 40 + "tail", "x" * 300 + " y  z", "\u00a0lead and more words here"]
    for text in texts:
        for p, k in itertools.product(range(0, len(text) + 1, 7), (0, 1, 4, 11)):
            assert context._back_words(text, p, k) == walk(text, p, k), (text, p, k)


@pytest.mark.parametrize("text", [
    "the government of the Kestrel Islands", "GOVERNMENT OF\tKestrel", "cabinet of \nKestrel",
    "the people of Kestrel", "Kestrel", "government ofKestrel", "Authorities of The  Kestrel",
])
def test_gov_before_check_never_misses(text: str) -> None:
    s = text.index("Kestrel")
    lo = max(0, s - 40)
    if gazetteer._FIND_GOV_BEFORE.search(text, lo, s) is not None:
        assert gazetteer._may_end_gov_before(text, lo, s)


def test_author_spelling_and_known_as() -> None:
    text = "WASHINGTON - Rep. Nora McCallister (D-ME) said the bill will pass. McCallister added more."
    assert context._author_as_spelled("Nora Mccallister", text) == "Nora McCallister"
    assert context._author_as_spelled("Nora Mccalister", text) == "Nora McCallister"  # (one letter apart)
    text2 = "Congressman Mac Halvorsen announced today that Halvorsen will hold a hearing."
    assert context._author_as_spelled("William Halvorsen", text2) == "Mac Halvorsen"


def test_quotes_with_apostrophes_inside() -> None:
    text = ("Ms Varga said: “We won’t stop, and it’s the town’s choice.” "
            "Then ‘we’ll see,’ he added. \"They don’t know\" was all.")
    spans = [(q.start, q.end) for q in context._find_quotes(text)]
    assert spans[0] == (text.index("“"), text.index("”") + 1)
    assert (text.index("‘"), text.index("see,’") + 5) in spans


@pytest.mark.parametrize("before, subj, expected", [
    ("Congressman Ortiz and Congressman Bell", "Congressman Bell", True),
    ("Congressman Ortiz met Congressman Bell", "Congressman Bell", False),
    ("Congressman Ortiz and his staff", "Congressman Bell", False),
])
def test_coordination_with_author(before: str, subj: str, expected: bool) -> None:
    assert _coordinated_with_author("Ray Ortiz", before, subj) is expected
