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
for anywhere: every match then holds a match of those words alone (`scan_bodies`), and
where a search of them finds none (most sentences) the look-aheads, each a scan of the
whole sentence, are not run.
"""

from __future__ import annotations

import re
from re import _constants as _C, _parser  # type: ignore[attr-defined]
from typing import Any

from tracker.extract import recache

_LEADS_TAG = 9  # the key of a pattern's leading literals in the regex cache (recache.memo; prefilter.py has 1)
_BODY_TAG = 11  # the key of a pattern's scanned bodies (scan_bodies)
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


def starts_near(hits: list[tuple[int, int, int]], lo: int, at: int, hi: int, reach: int) -> list[int]:
    """The places in a window (starting at `lo` in the sentence, searched from `at`, ending
    at `hi`) where a match may start: up to `reach` characters before each of its need
    `hits` (sentence offsets) inside it, in order."""
    first = lo + at
    got: set[int] = set()
    for _, start, end in hits:
        if start >= first and end <= hi:
            got.update(range(max(first, start - reach) - lo, start - lo + 1))
    return sorted(got)


_ANY_RUNS = (r"[\s\S]*?", r"[\s\S]*")  # any run of characters, as a sentence guard's pattern writes it
_QUANTIFIER = ("*", "+", "?", "{")


def top_level(text: str) -> list[tuple[int, int, str]]:
    """The items of a pattern's text outside any group or class that open a group or an
    alternative: (start, end, "(" or "|"), a group spanning start..end, "|" at start."""
    out: list[tuple[int, int, str]] = []
    depth, i, opened = 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # (a class: "]" right after "[" or "[^" is one of its characters)
            i += 2 if text.startswith("[^", i) else 1
            i += text.startswith("]", i)
            while text[i] != "]":
                i += 2 if text[i] == "\\" else 1
        elif c == "(":
            depth += 1
            if depth == 1:
                opened = i
        elif c == ")":
            depth -= 1
            if depth == 0:
                out.append((opened, i + 1, "("))
        elif c == "|" and depth == 0:
            out.append((i, i + 1, "|"))
        i += 1
    return out


def alternatives(text: str) -> list[str]:
    """The top-level alternatives of a pattern's text."""
    cuts = [s for s, _, kind in top_level(text) if kind == "|"]
    return [text[a + 1 if a >= 0 else 0 : b] for a, b in zip([-1, *cuts], [*cuts, len(text)])]


def _bodies(pattern: str) -> tuple[str, ...]:
    """`scan_body` (computed; () for none)."""
    if not pattern.startswith("^"):
        return ()
    try:
        items = top_level(pattern)
    except IndexError:  # (an unterminated class: re will say why)
        return ()
    at = 1
    for start, end, kind in items:  # the look-aheads after the anchor
        if kind != "(" or start != at or not pattern.startswith(("(?=", "(?!"), start):
            break
        at = end
    rest = pattern[at:]
    if any(kind == "|" for _, _, kind in items):
        return ()  # (an alternation around the anchor: a match may not begin there)
    if rest.startswith(_ANY_RUNS):
        alts = [rest]
    elif rest.startswith("(?:") and (at, len(pattern), "(") in items:
        alts = alternatives(rest[3:-1])  # (a group of alternatives, up to the end)
    else:
        return ()
    got = []
    for alt in alts:
        run = next((r for r in _ANY_RUNS if alt.startswith(r)), "")
        body = alt[len(run):]
        if not body or body.startswith(_QUANTIFIER) or not run and not body.startswith("^"):
            return ()  # (an alternative neither run nor anchored: searched, it may cost more than it saves)
        try:
            _parser.parse(body, re.IGNORECASE)
        except re.error:  # (a reference to a group of the look-aheads, say)
            return ()
        got.append(body)
    # (the bodies after runs searched as one: the engine skips, in C, the places none of
    # them may start at; an anchored body is tried where the text starts only)
    runs = [b for b in got if not b.startswith("^")]
    joined = "|".join(f"(?:{b})" for b in runs) if len(runs) > 1 else "".join(runs)
    return (*(b for b in got if b.startswith("^")), *([joined] if joined else []))


def scan_bodies(pattern: str) -> tuple[str, ...]:
    """For a pattern that is ``^``, look-aheads, then ``[\s\S]*`` (or ``*?``) and a body,
    or a group of alternatives each of that form or anchored (``^...``): the bodies, one of
    which a search finds in every text the pattern matches (a body's match goes on from
    the run's end; an anchored alternative is its own body; the look-aheads and the anchor
    only narrow the matches), the anchored ones first, then the others as one
    alternation. () for another pattern."""
    # (read off the pattern once: kept in the regex cache, recache.py)
    return tuple(recache.memo(pattern, _BODY_TAG, _bodies))
