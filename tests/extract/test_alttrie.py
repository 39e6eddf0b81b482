"""alttrie.py: long alternations of words in a guard's pattern rebuilt as tries; a pattern
so rebuilt finds a match at the same place as the pattern as written, on any text."""

from __future__ import annotations

import random
import re

import pytest

from tracker.extract import rules
from tracker.extract.alttrie import trie_alternations
from tracker.extract.engine import _twin

_WORDS = [
    "expect", "expects", "expected", "hope", "hoped", "hoping", "think", "thought", "fear", "if", "when",
    "whenever", "once", "until", "before", "after", "so that", "what", "why", "where", "like", "likely",
    "unlikely", "sure", "surely", "perhaps", "aware", "chance", "sign", "signs", "signal",
]
_LONG = r"\b(?:" + "|".join(re.escape(w) for w in _WORDS) + r")\b[^,;:]*$"


def test_a_long_group_of_words_becomes_a_trie() -> None:
    got = trie_alternations(r"\b(?:expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|" + "|".join(_WORDS) + r"|specul\w+)\b")
    assert "specul\\w+" in got  # a branch that is no set of words is kept as written, after the trie
    assert "|hope|" not in got and "hop(?:e(?:" in got and "wh(?:at|e(?:n" in got  # words share their beginnings


@pytest.mark.parametrize("pattern", [
    r"\b(?:a|b|c)\b",  # too few branches
    r"(?>" + _LONG[2:] + ")",  # an atomic group: the order of branches matters
    r"(\w)\1" + _LONG,  # a back reference
    r"(?x)" + _LONG,  # verbose: white space is no literal
])
def test_left_as_written(pattern: str) -> None:
    assert trie_alternations(pattern) == pattern


def test_captures_and_case_sensitive_branches_are_kept() -> None:
    pat = r"\b(?:" + "|".join(_WORDS) + r"|(?-i:[A-Z])\w+|(foo|bar))\b"
    got = trie_alternations(pat)
    assert "(?-i:[A-Z])\\w+" in got and "(foo|bar)" in got


def _texts(vocab: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    seps = [" ", " ", " ", ", ", "; ", " - ", "'s ", ". "]
    out = []
    for _ in range(n):
        words = [rnd.choice(vocab) for _ in range(rnd.randint(1, 10))]
        if rnd.random() < 0.3:
            words = [w.capitalize() if rnd.random() < 0.3 else w.upper() if rnd.random() < 0.1 else w for w in words]
        text = "".join(w + rnd.choice(seps) for w in words)
        out.append(text if rnd.random() < 0.5 else text[rnd.randint(0, len(text)):])
    return out


def _same(old: re.Pattern[str], new: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        for at in (0, len(text) // 3):
            a, b = old.search(text, at), new.search(text, at)
            assert (a is None) == (b is None), (old.pattern, text)
            if a is not None and b is not None:
                assert a.start() == b.start(), (old.pattern, text)


def test_same_matches_on_random_text() -> None:
    pat = r"\b(?:expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|" + "|".join(_WORDS) + r"|specul\w+)\b(?:(?!\bbut\s)[^,;:])*$"
    old, new = re.compile(pat, re.I), re.compile(trie_alternations(pat), re.I)
    assert old.pattern != new.pattern
    _same(old, new, _texts([*_WORDS, "speculate", "but", "then", "the", "plan", "hopeful", "exp"], 3000, 7))


def test_the_guards_so_rebuilt_match_as_written() -> None:
    """Every built-in guard with a rebuilt pattern, and its ASCII twin, on random phrases of
    the words of the guards and a few sentences."""
    guards = [g for g in rules.load().guards if g.regex.pattern != g.pattern]
    assert any(g.id == "guard.expectation_frame" for g in guards)
    vocab = sorted({w for g in guards for w in re.findall(r"[a-z]+", g.pattern) if len(w) > 1})
    vocab += ["the", "a", "it", "he", "They", "X", "but", "then", "that", "is", "10", "%", "–"]
    texts = _texts(vocab, 1500, 11) + [
        "The minister said she expects that the company will open a plant",
        "It is possible that they will build it, but then again",
        "whenever she spoke they would listen",
        "Analysts were surprised to learn that the firm would cut jobs",
    ]
    for g in guards:
        old = re.compile(g.pattern, re.I)
        _same(old, g.regex, texts)
        _same(_twin(old), _twin(g.regex), texts)
