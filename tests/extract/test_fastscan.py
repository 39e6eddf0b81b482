"""fastscan.py: a pattern told the characters its matches start with (as recache.py
compiles every pattern) matches as `re` alone compiles it, on any text: the rules'
patterns, their ASCII twins and a few of its own."""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as _C  # type: ignore[attr-defined]

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import quantities, recache
from tracker.extract import rules as rules_mod
from tracker.extract.fastscan import _first, told_first

TWIN = re.IGNORECASE | re.ASCII
RULES = rules_mod.load(None)
OWN = [r"\b(?:will|shall|won't|won’t|'ll|’ll)\b", r"\bwould(?:n't)?\b", r"(?<!\bnot\s)\b(?:(?:has|have)\s+)?(?:ruled|rules)\s+out",
       r"\b(?:(?:main|key)\s+)?(?:goal|aim)s?\b", r"(?-i:[A-Z])\w+\s+said", r"\b[a-c]x|\bq", r"(?:ab)*c", r"x?y+z{0,2}",
       r"(?<![\w'])(?:Mr|Mrs)\.?\s+[A-Z]", r"(?<=\b(?:is|am)\s)(?:going|due|k\w*)\b", r"(?:(?:sk|ki)+|i)s?",
       r"\b(?:on\s+)?(?P<d>\d{1,2})(?:st|th)?\s+May|\bMay\s+\d", r"\b(?=[\dot])(?:\d+|one|two)\b"]
PATTERNS = [(r.pattern, f) for r in (*RULES.cues, *RULES.guards) for f in (TWIN, re.IGNORECASE)] + \
    [(p, f) for p in OWN for f in (TWIN, re.IGNORECASE, 0)] + \
    [(rx.pattern, rx.flags) for rx in (quantities._NUM, quantities._SAID_ON_RX)]  # (numbers and dates open with "\d")
PIECES = ("will", "Will", "WILL", "won't", "'ll", "’ll", "would", "wouldn't", "pledged", "Pledge", "a", "the", "goal",
          "Aim", "aims", "is", "to", "be", "not", "has", "have", "ruled", "Rules", "out", "made", "said", "we", "It",
          "Key", "main", "expected", "if", "that", "ax", "Bx", "q", "ab", "c", "y", "z", "Mr", "Mrs.", "K", "\u212a",
          "\u017f", "\u0130", "\u0131", "é", "É", " ", "  ", "\n", ",", ".", "-", "'", "’", "“", "”", "–", "10", "7", "\u0663", "\uff15", "on", "st", "May", "one", "two", "Monday", "Jan.", "today", "half", "a", "million", "the", "5", "_", "(", ")")
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def _told(p: str, flags: int) -> bool:
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    return told_first(parsed, flags | parsed.state.flags, code) is not code


# each pattern as recache compiles it, and as `re` alone does
BOTH = [(p, re.compile(p, f), recache._original(p, f) if recache._original else re.compile(p, f)) for p, f in PATTERNS]


def test_most_rule_patterns_are_told() -> None:
    told = [p for p, f in PATTERNS if _told(p, f)]
    assert len(told) >= len(PATTERNS) // 2
    assert _told(OWN[0], TWIN) and _told(OWN[0], 0)


def test_first_characters() -> None:
    first, empty = _first(_parser.parse(OWN[0], TWIN).data, TWIN)
    assert {chr(c) for c in first} == set("wWsS'’") and not empty
    first, _ = _first(_parser.parse(OWN[0], 0).data, 0)
    assert {chr(c) for c in first} == set("ws'’")
    first, _ = _first(_parser.parse(OWN[4], TWIN).data, TWIN)
    assert {chr(c) for c in first} == {chr(c) for c in range(ord("A"), ord("Z") + 1)}  # case kept by (?-i:)


def test_digits_told_as_their_category() -> None:
    from tracker.extract.fastscan import _DIGITS

    first, _ = _first(_parser.parse(OWN[-1], 0).data, 0)
    assert first == {_DIGITS, ord("o"), ord("t")}
    assert _told(OWN[-1], 0) and _told(OWN[-2], re.IGNORECASE)
    # any digit, as the pattern's flags read it: "\u0663" (Arabic-Indic three) unless re.ASCII
    for flags in (0, re.ASCII):
        told = re.compile(OWN[-1], flags)
        plain = recache._original(OWN[-1], flags) if recache._original else told
        for text in ("x \u0663 one", "(7) two", "\uff15th", "x1 on"):
            assert [m.span() for m in told.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_left_as_compiled() -> None:
    assert not _told(r"^\s*by\b", TWIN)  # anchored: tried at the start alone
    assert not _told(r"\b\w+ing", TWIN)  # a category other than digits: not told here
    assert not _told(r"\b(?:\d|\s)x", TWIN)
    assert not _told(r"a?", TWIN)  # may match the empty string
    assert not _told(r"will", 0)  # a literal prefix: re finds it itself
    assert not _told(r"\b(?:will|étude)", re.IGNORECASE)  # a cased letter outside ASCII


def test_unicode_folding_of_ascii_letters() -> None:
    import _sre
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

    from tracker.extract.fastscan import _UNICODE_EXTRA

    # every character that lowers to an ASCII letter, and those re folds to one
    folds: dict[str, set[int]] = {}
    for c in range(0x80, 0x110000):
        low = _sre.unicode_tolower(c)
        if low < 0x80:
            folds.setdefault(chr(low), set()).add(c)
    for low, others in _EXTRA_CASES.items():
        if low < 0x80:
            folds.setdefault(chr(low), set()).update(others)
    assert folds == {k: set(v) for k, v in _UNICODE_EXTRA.items()}
    first, _ = _first(_parser.parse(r"\bki", re.IGNORECASE).data, re.IGNORECASE)
    assert first == {ord("k"), ord("K"), 0x212A}


@settings(max_examples=300, deadline=None)
@given(texts)
def test_matches_as_compiled(text: str) -> None:
    for p, told, plain in BOTH:
        assert [(m.span(), m.groups()) for m in told.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], p[:60]
        assert told.groupindex == plain.groupindex and told.groups == plain.groups


def test_alternatives_open_with_their_first_letters_class() -> None:
    """told_branches: an alternative opening with a case-insensitive letter opens with the
    class of its characters, compared with case; other alternatives are left as they are."""
    from tracker.extract.fastscan import told_branches

    parsed = _parser.parse(r"\b(?:will|'ll|(?:ki)s)", TWIN)
    told_branches(parsed, TWIN)
    alts = parsed.data[1][1][1]  # (the alternation after the word boundary)
    assert alts[0].data[0] == (_C.SUBPATTERN, (None, 0, re.IGNORECASE, alts[0].data[0][1][3]))
    assert alts[0].data[0][1][3].data == [(_C.IN, [(_C.LITERAL, ord("W")), (_C.LITERAL, ord("w"))])]
    assert alts[1].data[0] == (_C.LITERAL, ord("'"))  # no case: left
    assert alts[2].data[0][0] is _C.SUBPATTERN and alts[2].data[0][1][0] is None
    parsed = _parser.parse(r"(?:will|shall)", 0)
    told_branches(parsed, 0)
    assert parsed.data[0][1][1][0].data[0] == (_C.LITERAL, ord("w"))  # compared with case already
