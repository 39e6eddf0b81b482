"""`_undot_titles` answers as the substitution it stands for (speed only: the quote
attribution reads the text it returns)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import context

# the plain form: a title or initial at a word boundary, its dot, a name after it
_TITLE_DOT = re.compile(r"\b(Rep|Reps|Sen|Mr|Mrs|Ms|Dr|Gov|St|Jr|Sr|Lt|Gen|Col|Capt|Prof|[A-Z])\.(?=\s+[A-Z]|[A-Z]\.\s+[A-Z])")
_PIECES = ["Rep", "Reps", "Sen", "Mrs", "Ms", "Dr", "Capt", "Prof", "St", "J", "R", "A", "x", "ep", "s", "o",
           ".", " ", "  ", "\n", ",", "é", "É", "_", "1", "'", "’", "“", "Darrell", "Issa"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_undot_titles_is_the_substitution(text: str) -> None:
    assert context._undot_titles(text) == _TITLE_DOT.sub(r"\1", text)


def test_the_dots_of_titles_and_initials_before_a_name_go() -> None:
    assert context._undot_titles(" said Rep. Darrell Issa. He") == " said Rep Darrell Issa. He"
    assert context._undot_titles("C.A. Dutch Ruppersberger said") == "CA Dutch Ruppersberger said"
    assert context._undot_titles("the U.S. Senate. Then Sen. Lee") == "the US Senate. Then Sen Lee"
    assert context._undot_titles("Mrs. and Mr. said.") == "Mrs. and Mr. said."  # (no name after the dot)
    assert context._undot_titles("AbcRep. Lee") == "AbcRep. Lee"  # (no title: a word's end)
