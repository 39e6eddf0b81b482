"""_NeedIndex.lowered: the cues' needs hit where they hit in `_lowered(text)`, whichever
lowering is made (prefilter.py)."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import rules as rules_mod
from tracker.extract.prefilter import _LOWER_SPECIAL, _NeedIndex, _lowered

INDEX = _NeedIndex(rules_mod.load(None).cues)
PIECES = ("Will", "WILL", "would", "Pledged", "PROMISE", "is to", "IS\u00a0TO", "goal", "Going To", "won’t", "WE’LL",
          "É", "é", "Ä", "ß", "Σ", "ς", "\u0130", "\u212a", "\u0131", "\u017f", "ǅ", "—", "“", "”", " ", "\n", "\ud800")
texts = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)


def test_only_the_special_characters_change_length_or_fold_to_ascii() -> None:
    # (what `lowered` relies on: no other character lowers to two, nor to "ı" or "ſ")
    odd = {chr(c) for c in range(sys.maxunicode + 1)
           if len(chr(c).lower()) != 1 or chr(c).lower() in ("\u0131", "\u017f") and chr(c) not in _LOWER_SPECIAL}
    assert odd == {"\u0130"}


def test_built_in_needs_are_ascii_or_caseless() -> None:
    assert INDEX.ascii_needs


@settings(max_examples=300, deadline=None)
@given(texts)
def test_same_hits(text: str) -> None:
    full, fast = _lowered(text), INDEX.lowered(text)
    assert (full is None) == (fast is None)
    if full is not None:
        assert fast is not None and len(fast) == len(full)
        assert INDEX.hits(fast) == INDEX.hits(full)
