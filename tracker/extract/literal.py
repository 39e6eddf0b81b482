"""Speed only: tests on a literal word (a name, a surname, an acronym) of a document,
answered with str.find instead of a regex built around the word.

A pattern such as ``rf"\\bMr\\.?\\s+{re.escape(surname)}\\b"`` is compiled anew for every
name of every document (Python's regex cache holds 512 patterns, and names rarely
repeat across documents): ~0.2 ms each, 7% of an extraction. The functions here find
the word's occurrences with str.find and either answer exactly as the regex would
(`word_spans`) or tell when the regex cannot match (`followed_by`), so that it is
compiled only for the few documents where it may. Nothing here decides a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def _is_word(c: str) -> bool:
    # what \b and \w mean in a str pattern: str.isalnum() or "_" (sre's Unicode word test)
    return c.isalnum() or c == "_"


def _boundary(text: str, i: int) -> bool:
    """Whether \\b holds at `i` of `text`."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


def word_spans(text: str, word: str, overlapping: bool = False) -> Iterator[tuple[int, int]]:
    """The (start, end) of each match of ``re.finditer(rf"\\b{re.escape(word)}\\b", text)``,
    in order (`word` not empty). `overlapping`: every place the pattern matches, as
    ``re.search`` tries them ("A.A" in "A.A.A" twice)."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if _boundary(text, i) and _boundary(text, i + n):
            yield i, i + n
            i = text.find(word, i + 1 if overlapping else i + n)
        else:
            i = text.find(word, i + 1)


def followed_by(text: str, word: str, tail: re.Pattern[str]) -> bool:
    """Whether `tail` matches right after some occurrence of `word` (`word` not empty):
    a regex of the form ``{word}{tail}`` matches nowhere else."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if tail.match(text, i + n) is not None:
            return True
        i = text.find(word, i + 1)
    return False


def preceded_by(text: str, word: str, heads: tuple[str, ...]) -> bool:
    """Whether some occurrence of `word` (not empty) has white space before it, and right
    before that one of `heads` (plain words), maybe with a period after it: a regex of the
    form ``(?:head1|head2)\\.?\\s+{word}`` matches nowhere else."""
    i = text.find(word)
    while i >= 0:
        j = i
        while j > 0 and text[j - 1].isspace():  # (\s: str.isspace)
            j -= 1
        if j < i:
            if text.endswith(heads, 0, j - 1 if j > 0 and text[j - 1] == "." else j):
                return True  # (a head is a word: a period before the space is the \.?)
        i = text.find(word, i + 1)
    return False


try:  # the characters IGNORECASE equates beyond lower() ("i" with dotless "ı", "s" with "ſ", ...)
    from re import _casefix  # type: ignore[attr-defined]

    _EXTRA_CASES: dict[str, str] | None = {chr(k): "".join(map(chr, v)) for k, v in _casefix._EXTRA_CASES.items()}
except (ImportError, AttributeError):  # pragma: no cover - another Python: ASCII only
    _EXTRA_CASES = None


def folded(text: str, word: str) -> tuple[str, str] | None:
    """`text.lower()` and `word.lower()` when str.find of the one in the other finds exactly
    where ``re.compile(re.escape(word), re.I)`` matches (the same places, the same lengths),
    else None: both keep their lengths (not "İ"), and no letter of the word has a case
    twin IGNORECASE equates with it (dotless "ı" for "i", long "ſ" for "s") in the text."""
    low_word = word.lower()
    if len(low_word) != len(word):
        return None
    low = text.lower()
    if len(low) != len(text):
        return None
    if _EXTRA_CASES is None:
        return (low, low_word) if text.isascii() and word.isascii() else None
    for c in set(low_word):
        twins = _EXTRA_CASES.get(c)
        if twins is not None and any(t in low for t in twins):
            return None
    return low, low_word


def folded_starts(text: str, word: str) -> list[int] | None:
    """Every place, overlapping ones too, where ``re.compile(re.escape(word), re.I)``
    matches `text` (`word` not empty), found with str.find; None when `folded` cannot tell."""
    got = folded(text, word)
    if got is None:
        return None
    low, low_word = got
    out = []
    i = low.find(low_word)
    while i >= 0:
        out.append(i)
        i = low.find(low_word, i + 1)
    return out


def matches_after(text: str, word: str, tail: re.Pattern[str], head: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """The matches of `tail` right after `word` (not empty) where ``re.finditer`` of the
    pattern ``{head}{re.escape(word)}{tail}`` matches, in order and not overlapping: `head`
    (optional) a zero-width test of where the word starts (a lookbehind, ``\\b``), tried
    at the word's start as the pattern tries it."""
    n = len(word)
    cur = 0
    i = text.find(word)
    while i >= 0:
        if i >= cur and (head is None or head.match(text, i) is not None):
            m = tail.match(text, i + n)
            if m is not None:
                yield m
                cur = m.end()
        i = text.find(word, i + 1)


def occurs(text: str, word: str, head: re.Pattern[str] | None = None, tail: re.Pattern[str] | None = None) -> bool:
    """Whether ``re.search`` of the pattern ``{head}{re.escape(word)}{tail}`` matches (`word`
    not empty; `head` a zero-width test of where the word starts, `tail` what follows it):
    at some occurrence of the word, found with str.find."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if (head is None or head.match(text, i) is not None) and (tail is None or tail.match(text, i + n) is not None):
            return True
        i = text.find(word, i + 1)
    return False
