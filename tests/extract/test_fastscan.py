"""fastscan.py: a pattern told the characters its matches start with matches as `re`
compiles it, on any text (the rules' patterns and a few of its own)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import rules as rules_mod
from tracker.extract.fastscan import _first, compile_fast, program

FLAGS = re.IGNORECASE | re.ASCII
RULES = rules_mod.load(None)
OWN = [r"\b(?:will|shall|won't|won’t|'ll|’ll)\b", r"\bwould(?:n't)?\b", r"(?<!\bnot\s)\b(?:(?:has|have)\s+)?(?:ruled|rules)\s+out",
       r"\b(?:(?:main|key)\s+)?(?:goal|aim)s?\b", r"(?-i:[A-Z])\w+\s+said", r"\b[a-c]x|\bq", r"(?:ab)*c", r"x?y+z{0,2}"]
PATTERNS = [r.pattern for r in (*RULES.cues, *RULES.guards)] + OWN
PIECES = ("will", "Will", "WILL", "won't", "'ll", "’ll", "would", "wouldn't", "pledged", "Pledge", "a", "the", "goal",
          "Aim", "aims", "is", "to", "be", "not", "has", "have", "ruled", "Rules", "out", "made", "said", "we", "It",
          "Key", "main", "expected", "if", "that", "ax", "Bx", "q", "ab", "c", "y", "z", "K", "\u212a", "\u017f", "é",
          " ", "  ", "\n", ",", ".", "-", "'", "’", "“", "”", "–", "10", "_", "(", ")")
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
FAST = [(p, compile_fast(p, FLAGS), re.compile(p, FLAGS)) for p in PATTERNS]


def test_most_rule_patterns_get_a_program() -> None:
    told = [p for p, fast, _ in FAST if fast is not None]
    assert len(told) >= len(PATTERNS) // 2
    assert compile_fast(OWN[0], FLAGS) is not None


def test_first_characters() -> None:
    from re import _parser  # type: ignore[attr-defined]

    first, empty = _first(_parser.parse(OWN[0], FLAGS).data, FLAGS)
    assert {chr(c) for c in first} == set("wWsS'’") and not empty
    first, _ = _first(_parser.parse(OWN[4], FLAGS).data, FLAGS)
    assert {chr(c) for c in first} == {chr(c) for c in range(ord("A"), ord("Z") + 1)}  # case kept by (?-i:)


def test_left_as_compiled() -> None:
    assert program(r"^\s*by\b", FLAGS) is None  # anchored: tried at the start alone
    assert program(r"\b\w+ing", FLAGS) is None  # a category: not told here
    assert program(r"a?", FLAGS) is None  # may match the empty string
    assert program(r"will", re.ASCII) is None  # case-sensitive: re finds its prefix itself
    assert program(r"\bwill", re.IGNORECASE) is None  # Unicode case folding: not here


@settings(max_examples=300, deadline=None)
@given(texts)
def test_matches_as_compiled(text: str) -> None:
    for p, fast, plain in FAST:
        if fast is None:
            continue
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], p[:60]
        assert fast.groupindex == plain.groupindex and fast.groups == plain.groups
