"""Long alternations of a guard's pattern rebuilt as character tries (a speed-up only).

`guard.expectation_frame` opens with a group of some 150 words ("expect(?:s|ed|ing)?|bet|
...|where"); Python's engine tries them one after another at every word start. The
branches that are a finite set of plain words ("expect(?:s|ed|ing)?" is expect, expects,
expected, expecting) are gathered into one trie (`char_trie`, gazetteer.py's too), tried first; the
other branches (lookarounds, \\w+, case-sensitive parts) follow in their order.

The new group matches exactly the strings the old one does, but may prefer another of
them first: a pattern so rebuilt finds a match where and only where the old one does,
though that match may end elsewhere. Guards are used only for whether they match (the
matched text is shown by `tracker explain`), so only guards are rebuilt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]


def char_trie(keys: Iterable[str]) -> str:
    """A regex matching exactly `keys`, shaped as a character trie (longest first)."""
    root: dict[str, Any] = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    # Deep tries recurse once per character: keys are short (names), so this is fine.
    return build(root)


MIN_BRANCHES = 20  # groups with fewer branches are left as written
_MAX_WORDS = 64  # a branch spelling more words than this is left as written
# what makes the order of branches matter, or the flags global: an atomic group, a possessive
# quantifier, a back reference, a conditional, verbose mode
_ORDERED = re.compile(r"\(\?>|(?<!\\)[*+?}]\+|\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsu]*x")
_WORD = re.compile(r"[a-z]+(?: [a-z]+)*")  # what a trie may hold: lower-case words


def _words(items: Any) -> set[str] | None:
    """The finite set of strings a parsed sequence matches, or None when it is not a
    small set of plain lower-case words (or holds anything else: classes, lookarounds,
    anchors, captures, flags)."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            alts = {chr(av)}
        elif op is _c.SUBPATTERN:
            group, add, dele, sub = av
            if group is not None or add or dele:
                return None
            alts = _words(sub)
        elif op is _c.BRANCH:
            alts = set()
            for sub in av[1]:
                got = _words(sub)
                if got is None:
                    return None
                alts |= got
        elif op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            got = _words(av[2])
            alts = None if got is None else got | {""}
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av):
            alts = {chr(a) for _, a in av}
        else:
            return None
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > _MAX_WORDS:
            return None
    return out


def _branch_words(branch: str) -> set[str] | None:
    try:
        parsed = _p.parse(branch, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError):
        return None
    got = _words(list(parsed))
    if not got or not all(_WORD.fullmatch(w) for w in got):
        return None
    return got


def _class_end(pattern: str, i: int) -> int:
    """For the class whose "[" is at `i`: the index of its "]" ("]" first in it, or
    escaped, is a member), or len(pattern) when it does not close."""
    n = len(pattern)
    j = i + 1
    if j < n and pattern[j] == "^":
        j += 1
    if j < n and pattern[j] == "]":
        j += 1
    while j < n and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def _group_end(pattern: str, i: int) -> tuple[int, list[int]]:
    """For the group whose "(" is at `i`: the index of its ")" and the indices of its
    top-level "|" (-1 when the group does not close)."""
    depth = 0
    bars: list[int] = []
    j = i
    n = len(pattern)
    while j < n:
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j, bars
        elif ch == "|" and depth == 1:
            bars.append(j)
        j += 1
    return -1, bars


def trie_alternations(pattern: str, min_branches: int = MIN_BRANCHES) -> str:
    """`pattern` with each non-capturing group of at least `min_branches` branches, of which
    at least two are plain words, rebuilt as (?:TRIE|other branches...). Patterns with
    verbose or inline-global flags, or that do not parse, are returned as they are."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern) or _ORDERED.search(pattern):
        return pattern
    out: list[str] = []
    i = last = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i) + 1
            continue
        if pattern.startswith("(?:", i):
            end, bars = _group_end(pattern, i)
            if end > 0 and len(bars) + 1 >= min_branches:
                cuts = [i + 2, *bars, end]
                branches = [pattern[cuts[k] + 1 : cuts[k + 1]] for k in range(len(cuts) - 1)]
                words: set[str] = set()
                rest: list[str] = []
                plain = 0
                for b in branches:
                    got = _branch_words(b)
                    if got is None:
                        rest.append(trie_alternations(b, min_branches))
                    else:
                        words |= got
                        plain += 1
                if plain >= 2:
                    out.append(pattern[last:i])
                    out.append("(?:" + "|".join([char_trie(words), *rest]) + ")")
                    i = last = end + 1
                    continue
        i += 1
    out.append(pattern[last:])
    return "".join(out)
