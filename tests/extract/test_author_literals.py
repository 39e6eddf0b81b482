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
