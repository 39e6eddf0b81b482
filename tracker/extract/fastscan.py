"""Speed only: a regex's program told the set of characters its matches can start with.

`re` tells its C engine where a match may start only when a pattern opens with a literal
or a class whose characters have no case; a rule's pattern is case-insensitive and most
open with a word boundary and an alternation (``\\b(?:will|shall|won't)``), so the engine
tries the whole pattern at every position of a sentence. Here the characters a match can
start with are read off the parsed pattern, both cases of each letter included, and
written into the program's optimisation block, as `re` does for the patterns it can
tell: the engine then skips, in C, every position whose character is not one of them.
The pattern, its groups and its matches are the same (a match starts with one of these
characters, so no match is skipped); tests/extract/test_fastscan.py checks it on text.

recache.py applies it to every pattern it compiles. Under re.IGNORECASE a letter stands
for each character `re` folds to it: both cases of an ASCII letter (and, without
re.ASCII, the few others that fold to one); a pattern that may start with a cased letter
outside ASCII is left as it is.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import _sre
from re import _compiler, _constants as _C, _parser  # type: ignore[attr-defined]

_MAX_FIRST = 64  # a larger set of first characters skips too little to be worth it
_DIGITS = -1  # in a set of first characters: any digit "\d" matches (told as its category)

# the layout of the optimisation block written here is that of CPython's `re` from 3.11
# (tested here) to 3.13 (the same _compiler code); any other Python compiles its programs untouched
_SUPPORTED = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)


class _Unknown(Exception):
    """A part whose first characters are not told here (a class of categories, any
    character, a back reference ...): the pattern is left as `re` compiles it."""


# Unicode case folding (re.IGNORECASE without re.ASCII) of the ASCII letters: besides the
# two cases, the characters that lower to one ("İ", the Kelvin sign) and those `re` adds
# as the same letter (re._casefix: "ı", "ſ"). tests/extract/test_fastscan.py reads them
# off every code point.
_UNICODE_EXTRA = {"i": (0x130, 0x131), "k": (0x212A,), "s": (0x17F,)}


def _variants(code: int, flags: int) -> set[int]:
    """The characters a literal `code` of a pattern matches."""
    if not flags & re.IGNORECASE:
        return {code}
    ch = chr(code)
    if ch.isascii():
        if not ch.isalpha():
            return {code}
        low = ch.lower()
        extra = () if flags & re.ASCII else _UNICODE_EXTRA.get(low, ())
        return {ord(low), ord(low.upper()), *extra}
    if flags & re.ASCII or not _sre.unicode_iscased(code):
        return {code}
    raise _Unknown  # a cased letter outside ASCII: its folding is not told here


def _class_chars(items: list[tuple[Any, Any]], flags: int) -> set[int]:
    out: set[int] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out |= _variants(av, flags)
        elif op is _C.RANGE and av[1] - av[0] <= _MAX_FIRST:
            for c in range(av[0], av[1] + 1):
                out |= _variants(c, flags)
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            out.add(_DIGITS)  # ("\d": the digits as the pattern's flags read them; no case)
        else:  # another category, a negation, a wide range
            raise _Unknown
    return out


def _first(items: Any, flags: int) -> tuple[set[int], bool]:
    """(the characters a match of the sequence `items` can start with, whether it can
    match the empty string)."""
    out: set[int] = set()
    for op, av in items:
        if op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT:
            continue  # a boundary or a look-around consumes nothing
        if op is _C.LITERAL:
            return out | _variants(av, flags), False
        if op is _C.IN:
            return out | _class_chars(av, flags), False
        if op is _C.SUBPATTERN:
            _group, add, drop, sub = av
            got, empty = _first(sub.data, (flags | add) & ~drop)
        elif op is _C.ATOMIC_GROUP:
            got, empty = _first(av.data, flags)
        elif op is _C.BRANCH:
            got, empty = set(), False
            for alt in av[1]:
                g, e = _first(alt.data, flags)
                got |= g
                empty = empty or e
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            got, empty = _first(sub.data, flags)
            empty = empty or lo == 0
        else:
            raise _Unknown
        out |= got
        if not empty:
            return out, False
    return out, True


def starts_at_any_letter(pattern: str, flags: int) -> bool:
    """Whether a match of `pattern` may start with any ASCII letter (or with characters
    not told here, or be empty): the engine tries it at every word of a text."""
    try:
        first, empty = _first(_parser.parse(pattern, flags).data, flags)
    except _Unknown:
        return True
    return empty or all(ord(c) in first for c in "abcdefghijklmnopqrstuvwxyz")


def told_first(parsed: Any, flags: int, code: list[Any]) -> list[Any]:
    """`code`, the program `re` compiled from the parsed pattern `parsed` (with its
    `flags`), with the characters its matches start with in its optimisation block; `code`
    itself when `re` found a prefix or a set there already, or they cannot be told
    exactly (a locale's case folding, a cased letter outside ASCII), or are too many."""
    if not _SUPPORTED or flags & re.LOCALE:
        return code
    # the block: INFO, its length, its flags, the shortest and longest match, then a
    # prefix or a set when `re` found one
    if code[0] != _C.INFO or code[2] or code[3] == 0:
        return code
    if parsed.data and parsed.data[0] == (_C.AT, _C.AT_BEGINNING):
        return code  # ("^..."): the engine tries such a pattern at the start alone
    try:
        first, empty = _first(parsed.data, flags)
    except _Unknown:
        return code
    if empty or not first or len(first) > _MAX_FIRST:
        return code
    items = [(_C.LITERAL, c) for c in sorted(first) if c != _DIGITS]
    if _DIGITS in first:
        items.append((_C.CATEGORY, _C.CATEGORY_DIGIT))
    charset, hascased = _compiler._optimize_charset(items)
    assert not hascased
    info = [_C.INFO, 0, _C.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:]  # (the jumps of the program are relative: it holds)


def told_branches(parsed: Any, flags: int) -> None:
    """Speed only: in the parsed pattern `parsed`, each alternative of an alternation that
    opens with a case-insensitive letter opens instead with the class of the characters
    that letter matches, compared with case (``(?:will|shall)`` under re.IGNORECASE reads
    ``(?:(?-i:[wW])ill|(?-i:[sS])hall)``). The engine tries an alternative that opens with a
    letter or a class only when the character there is one of them, and every other one
    in full: at each word of a sentence, a cue's long alternation is tried one letter
    each, not one alternative each. The same characters match, so the same matches are
    found (tests/extract/test_fastscan.py). Changed in place."""
    if not _SUPPORTED or flags & re.LOCALE:
        return
    _tell(parsed.data, flags)


def _tell(items: Any, flags: int) -> None:
    for op, av in items:
        if op is _C.SUBPATTERN:
            _tell(av[3].data, (flags | av[1]) & ~av[2])
        elif op is _C.ATOMIC_GROUP or op is _C.ASSERT or op is _C.ASSERT_NOT:
            _tell((av if op is _C.ATOMIC_GROUP else av[1]).data, flags)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            _tell(av[2].data, flags)
        elif op is _C.BRANCH:
            for alt in av[1]:
                _tell(alt.data, flags)
                _open_with_class(alt, flags)


def _open_with_class(alt: Any, flags: int) -> None:
    """The alternative `alt` opening with the class of its first letter's characters, when
    it opens with a cased letter under re.IGNORECASE whose characters are told here."""
    if not flags & re.IGNORECASE or not alt.data:
        return
    op, av = alt.data[0]
    if op is not _C.LITERAL:
        return
    try:
        chars = _variants(av, flags)
    except _Unknown:
        return
    if len(chars) < 2:
        return  # an uncased character: the engine compares it as it is already
    sub = _parser.SubPattern(alt.state, [(_C.IN, [(_C.LITERAL, c) for c in sorted(chars)])])
    alt.data[0] = (_C.SUBPATTERN, (None, 0, re.IGNORECASE, sub))
