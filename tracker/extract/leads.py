"""Speed only: where a guard's match may start, read off its pattern and its `needs`.

A guard whose pattern opens (after zero-width tests: ``\\b``, look-arounds) with one of a
set of literals ("House|Senate|subcommittee|...") starts every match with one of them.
When each of those literals holds one of the guard's needs ("subcommittee" holds
"committee", 3 characters in), every match starts at most that many characters before a
hit of the guard's needs in the sentence: the engine tries the guard's regex only at
those few places (`re.match`), not at every position of its window (`re.search`). The
leftmost place where it matches is where the search would have found it, so the match
is the same. Nothing here decides a finding: tests/extract/test_guard_leads.py compares
the two on sentences.

A guard on a whole sentence may open with tests of the sentence from its start (``^``,
then look-aheads: "no 'I will' in it") and go on with ``[\s\S]*`` and the words it looks
for anywhere: every match then holds a match of those words alone (`scan_body`), and where
a search of them finds none (most sentences) the look-aheads, each a scan of the whole
sentence, are not run.
"""

from __future__ import annotations

import re
from re import _constants as _C, _parser  # type: ignore[attr-defined]
from typing import Any

from tracker.extract import recache

_LEADS_TAG = 9  # the key of a pattern's leading literals in the regex cache (recache.memo; prefilter.py has 1)
_BODY_TAG = 10  # the key of a pattern's scanned body (scan_body)
# zero-width items a pattern may open with: they consume no character
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


def _literal_char(c: int) -> bool:
    """A literal character whose lowering is what IGNORECASE matches in a lowered text
    (as prefilter.py takes needs: ASCII or caseless, no white space)."""
    ch = chr(c)
    return not ch.isspace() and (ch.isascii() or ch.lower() == ch.upper())


def leading_literals(items: Any) -> set[str] | None:
    """Lowered literals one of which every match of the parsed sequence `items` starts
    with (a prefix of the match), or None when that cannot be told."""
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL and _literal_char(av):
            run.append(chr(av).lower())
            continue
        if run:
            break  # (a prefix is enough)
        if op in _ZERO_WIDTH:
            continue
        if op is _C.SUBPATTERN:
            return leading_literals(av[3])
        if op is _C.BRANCH:
            alts = [leading_literals(a) for a in av[1]]
            return set().union(*alts) if all(alts) else None  # type: ignore[arg-type]
        return None  # a class, a repeat, any other: no literal told
    return {"".join(run)} if run else None


def _pattern_leads(pattern: str) -> tuple[str, ...] | None:
    """`leading_literals` of a case-insensitive pattern, sorted (None if it has none)."""
    try:
        parsed = _parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    lead = leading_literals(parsed)
    return tuple(sorted(lead)) if lead else None


def start_reach(pattern: str, needs: tuple[str, ...]) -> int | None:
    """How far before one of `needs` (found as substrings) every match of `pattern`
    (case-insensitive) starts at most, or None when the pattern does not tell it: the
    largest, over the literals a match opens with, of the offset of the first need in it."""
    # (read off the pattern once: kept in the regex cache, recache.py)
    lead = recache.memo(pattern, _LEADS_TAG, _pattern_leads)
    if not lead:
        return None
    keys = [n.rstrip("*") for n in needs]
    reach = 0
    for lit in lead:
        offsets = [lit.find(k) for k in keys if k and k in lit]
        if not offsets:
            return None
        reach = max(reach, min(offsets))
    return reach


def starts_near(hits: list[tuple[int, int, bool, bool, bool]], lo: int, at: int, hi: int, reach: int) -> list[int]:
    """The places in a window (starting at `lo` in the sentence, searched from `at`, ending
    at `hi`) where a match may start: up to `reach` characters before each of its need
    `hits` (sentence offsets) inside it, in order."""
    first = lo + at
    got: set[int] = set()
    for start, end, _, _, _ in hits:
        if start >= first and end <= hi:
            got.update(range(max(first, start - reach) - lo, start - lo + 1))
    return sorted(got)


# "[\s\S]*" or "[\s\S]*?": any run of characters, as a sentence guard's pattern writes it
_ANY_RUN = re.compile(r"\[\\s\\S\]\*\??")
_QUANTIFIER = ("*", "+", "?", "{")


def _any_run(op: Any, av: Any) -> bool:
    """Whether a parsed item is a repeat, from none up, of any character."""
    return op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0 and av[1] == _C.MAXREPEAT and \
        list(av[2]) == [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_SPACE), (_C.CATEGORY, _C.CATEGORY_NOT_SPACE)])]


def _body(pattern: str) -> str:
    """`scan_body` (computed; "" for none)."""
    try:
        whole = _parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return ""
    for run in _ANY_RUN.finditer(pattern):
        head, body = pattern[: run.end()], pattern[run.end():]
        if not body or body.startswith(_QUANTIFIER):
            continue
        try:  # (a head that does not parse ends inside a group or a class: not a top-level split)
            items = list(_parser.parse(head, re.IGNORECASE))
            rest = _parser.parse(body, re.IGNORECASE)
        except re.error:
            continue
        if items[0] != (_C.AT, _C.AT_BEGINNING) or not _any_run(*items[-1]) or len(items) + len(rest) != len(whole):
            return ""  # (a top-level alternation parses as one branch: never split)
        if all(op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] == 1 for op, av in items[1:-1]):
            return body
        return ""
    return ""


def scan_body(pattern: str) -> str | None:
    """For a pattern that is ``^``, look-aheads, ``[\s\S]*`` (or ``*?``) and a body: the
    body, whose search finds a match in every text the pattern matches (its match goes on
    from the run's end; the look-aheads and the anchor only narrow it). None for another
    pattern. The body alone may fail to compile (a reference to a look-ahead's group):
    the caller then does without it."""
    # (read off the pattern once: kept in the regex cache, recache.py)
    return recache.memo(pattern, _BODY_TAG, _body) or None
