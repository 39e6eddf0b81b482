"""Speed only: a regex's program given the set of characters its matches can start with.

`re` tells its C engine where a match may start only when a pattern opens with a literal
or a class whose characters have no case; a rule's pattern is case-insensitive and most
open with a word boundary and an alternation (``\\b(?:will|shall|won't)``), so the engine
tries the whole pattern at every position of a sentence. Here the characters a match can
start with are read off the parsed pattern, both cases of each letter included, and
written into the program's optimisation block, as `re` does for the patterns it can
tell: the engine then skips, in C, every position whose character is not one of them.
The pattern, its groups and its matches are the same (a match starts with one of these
characters, so no match is skipped); tests/extract/test_fastscan.py checks it on text.

Only for ASCII twins (see engine._twin: re.ASCII | re.IGNORECASE, run on plain text),
where case folding is that of the ASCII letters alone.
"""

from __future__ import annotations

import re
from typing import Any

from tracker.extract import recache

try:
    import _sre
    from re import _compiler, _constants as _C, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: patterns as compiled
    _compiler = None  # type: ignore[assignment]

_MAX_FIRST = 64  # a larger set of first characters skips too little to be worth it


class _Unknown(Exception):
    """A part whose first characters are not told here (a class of categories, any
    character, a back reference ...): the pattern is left as `re` compiles it."""


def _variants(code: int, ignorecase: bool) -> set[int]:
    ch = chr(code)
    if ignorecase and ch.isascii() and ch.isalpha():
        return {ord(ch.lower()), ord(ch.upper())}
    return {code}


def _class_chars(items: list[tuple[Any, Any]], ignorecase: bool) -> set[int]:
    out: set[int] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out |= _variants(av, ignorecase)
        elif op is _C.RANGE and av[1] - av[0] <= _MAX_FIRST:
            for c in range(av[0], av[1] + 1):
                out |= _variants(c, ignorecase)
        else:  # a category, a negation, a wide range
            raise _Unknown
    return out


def _first(items: Any, flags: int) -> tuple[set[int], bool]:
    """(the characters a match of the sequence `items` can start with, whether it can
    match the empty string)."""
    out: set[int] = set()
    ignorecase = bool(flags & re.IGNORECASE)
    for op, av in items:
        if op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT:
            continue  # a boundary or a look-around consumes nothing
        if op is _C.LITERAL:
            return out | _variants(av, ignorecase), False
        if op is _C.IN:
            return out | _class_chars(av, ignorecase), False
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


def program(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What `re` gives its C engine for `pattern` (flags, code, groups, groupindex,
    indexgroup), with the characters its matches start with in the optimisation block;
    None when `re` finds a prefix itself, or they cannot be told or are too many."""
    if _compiler is None or not flags & re.ASCII or not flags & re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern, flags)
    flags = parsed.state.flags | flags
    code = _compiler._code(parsed, flags)
    # the block: INFO, its length, its flags, the shortest and longest match, then a
    # prefix or a set when `re` found one
    if code[0] != _C.INFO or code[2] or code[3] == 0:
        return None
    if parsed.data and parsed.data[0] == (_C.AT, _C.AT_BEGINNING):
        return None  # ("^..."): the engine tries such a pattern at the start alone
    try:
        first, empty = _first(parsed.data, flags)
    except _Unknown:
        return None
    if empty or not first or len(first) > _MAX_FIRST:
        return None
    charset, hascased = _compiler._optimize_charset([(_C.LITERAL, c) for c in sorted(first)])
    assert not hascased
    info = [_C.INFO, 0, _C.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    body = code[1 + code[1]:]
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (int(flags), list(map(int, info + body)), parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def compile_fast(pattern: str, flags: int) -> re.Pattern[str] | None:
    """`re.compile(pattern, flags)` with the first characters of its matches told to the
    engine (see `program`), or None when there is nothing to tell. The program is kept in
    the regex cache (recache.py)."""
    if _compiler is None:
        return None
    return recache.compile_built(pattern, flags, program)
