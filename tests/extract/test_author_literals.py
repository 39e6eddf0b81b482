"""The author's surname is found with str.find in `_with_author` and `_announcer_ends`
(engine.py), not with a pattern compiled per author: the same answers as the patterns."""

from __future__ import annotations

import itertools
import re

from tracker.extract import engine

_WORDS = ["Smith", "smith", "SMITH", "Smithson", "and", "And", ",", ";", ".", "Rep.", "rep", "Sen.", "senator",
          "congressman", "said", "announced", "that", "O'Neil", "Jr.", "(D-NY)", "the", "ſmith", "Kelvin"]
_AUTHORS = ["John Smith", "Bob O'Neil", "Al Jr.", "Jane Kelvin", "Ann Rep", "Joe Smith-Jones"]


def _clauses() -> list[str]:
    out = []
    for n in (1, 2, 3, 4):
        for words in itertools.islice(itertools.product(_WORDS, repeat=n), 0, None, 7 ** (n - 1)):
            out.append(" ".join(words))
    return out


def test_with_author_as_its_pattern() -> None:
    for author, before in itertools.product(_AUTHORS, _clauses() + ["he and Smith, and Rep. Jones"]):
        surname = author.split()[-1]
        want = engine._WITH_AUTHOR.search(before) is not None or re.search(
            rf"\b{re.escape(surname)}\b[^,;.]*?\band\s+[^,;]*$", before, re.I) is not None
        assert engine._with_author(author, before) is want, (author, before)


def test_announcer_ends_as_its_pattern() -> None:
    for author, before in itertools.product(_AUTHORS, _clauses() + ["Rep. Smith announced that"]):
        name, low = author.split()[-1].lower(), before.lower()
        want = [m.end() for m in re.finditer(rf"\b(?:{re.escape(name)}|{engine._ANNOUNCER_ROLE})(?=\W)", low)]
        assert list(engine._announcer_ends(name, low)) == want, (name, low)


def test_with_author_needs_an_and_in_any_case() -> None:
    """`_with_author` is False at once when the lowered text holds no "and": each of its
    patterns needs one, which re.I finds only as a/A, n/N, d/D."""
    for before in ["he AND Senator Smith", "Smith And Jones", "Smith anD the", "Smith, Jones", "the Band of Smith",
                   "Smith ａnd Jones", "Smith ⅾand Jones", "Smith and", "Smith and,", "we and"]:
        want = engine._WITH_AUTHOR.search(before) is not None or re.search(
            r"\bSmith\b[^,;.]*?\band\s+[^,;]*$", before, re.I) is not None
        assert engine._with_author("John Smith", before) is want, before
    every_char = "".join(map(chr, range(0x110000)))
    assert sorted(re.findall("[and]", every_char, re.I)) == sorted("andAND")


def test_authors_own_surname_kept() -> None:
    """The author's folded surname is kept: the same answers for the same author."""
    for _ in range(2):
        assert engine.Extractor._authors_own("Linda Sanchez", "congresswoman linda sánchez")
        assert not engine.Extractor._authors_own("Linda Sanchez", "the committee")
        assert engine.Extractor._authors_own("", "the congressman")
        assert not engine.Extractor._authors_own("  ", "the board")
