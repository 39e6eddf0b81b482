"""Plain texts, and the twins of a pattern that run in them faster than it does (engine,
quantities, testable)."""

from __future__ import annotations

import re
from typing import Any

from tracker.extract import recache

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]


# Rule patterns are compiled with IGNORECASE over Unicode, and the regex engine then
# compares every letter through Unicode case tables. On a "plain" text, the same pattern
# compiled with re.ASCII as well matches exactly the same: \w, \d, \b and case agree on
# ASCII characters, except \s, which in Unicode also takes the separators \x1c-\x1f (so a
# text holding one is not plain); the typographic marks of _INERT are neither word, digit,
# space nor cased in either mode, so only a pattern's own literal or class takes them, as
# before. A pattern's own non-ASCII letter may fold to an ASCII one (the Kelvin sign to
# "k"): such a pattern gets no twin. The twins run 25-45% faster (commissive.nominal,
# guard.expectation_frame).
_INERT = "‘’“”–—…£€"
_NOT_PLAIN = re.compile("[^\x00-\x1b\x20-\x7f" + _INERT + "]")
# id(pattern) -> (pattern, twin): a Pattern's own hash reads its whole compiled code, and
# the pattern is kept so that its id is not reused
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _plain(text: str) -> bool:
    """`text` holds only ASCII characters but \x1c-\x1f, and the marks of _INERT: an ASCII
    twin matches in it as its pattern does."""
    if text.isascii():  # (then only \x1c-\x1f may be out: four scans in C, not a regex's)
        return "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text
    return _NOT_PLAIN.search(text) is None


def _twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` compiled with re.ASCII too (on first use), or `rx` itself when that could
    change what it matches in a plain text (see _NOT_PLAIN)."""
    known = _TWINS.get(id(rx))
    if known is not None and known[0] is rx:
        return known[1]
    got = rx
    if _twinnable(rx):
        try:
            got = re.compile(rx.pattern, (rx.flags & ~re.UNICODE) | re.ASCII)
        except (re.error, ValueError):
            got = rx
    _TWINS[id(rx)] = (rx, got)
    return got


def _twinnable(rx: re.Pattern[str]) -> bool:
    """Whether `rx` with re.ASCII matches as it does in a plain text (see _twin)."""
    pat = rx.pattern
    return isinstance(pat, str) and not rx.flags & re.ASCII \
        and not any(e in pat for e in ("\\u", "\\U", "\\N", "(?u", "(?L")) \
        and (pat.isascii() or all(c.isascii() or c.lower() == c.upper() for c in set(pat)))  # (each character once)


def _may_need_case(items: Any) -> bool:
    """Whether a parsed pattern holds an upper-case ASCII letter (a literal, or in a class's
    range: "[!-_]" holds A-Z), a back reference, a flag set inside, or anything not known
    here: what keeps it from matching a lowered text case-sensitively as it matches the text
    case-insensitively (`_low_twin`)."""
    for op, av in items:
        if op is _c.LITERAL or op is _c.NOT_LITERAL:
            if 65 <= av <= 90:
                return True
        elif op is _c.RANGE:
            if av[0] <= 90 and av[1] >= 65:
                return True
        elif op is _c.IN:
            if _may_need_case(av):
                return True
        elif op is _c.SUBPATTERN:
            if av[1] or av[2] or _may_need_case(av[3]):
                return True
        elif op is _c.BRANCH:
            if any(_may_need_case(b) for b in av[1]):
                return True
        elif op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
            if _may_need_case(av[2]):
                return True
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            if _may_need_case(av[1]):
                return True
        elif op not in (_c.ANY, _c.AT, _c.CATEGORY, _c.NEGATE):
            return True
    return False


def _case_free_pattern(key: str) -> bool:
    """`not _may_need_case` of the pattern in `key` ("flags\0pattern")."""
    flags, _, pattern = key.partition("\0")
    return not _may_need_case(_p.parse(pattern, int(flags)))


_CASE_TAG = 15  # the key of `_case_free_pattern` in the regex cache (recache.memo)
_LOW_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _low_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """`rx` (re.IGNORECASE) compiled with re.ASCII and without IGNORECASE (on first use), to
    match a plain text's lower() as `rx` matches the text: at the same offsets, its groups
    lowered. None when `rx` holds an upper-case letter (or may: `_may_need_case`).

    In a plain text lower() changes only A-Z (one for one), and with re.ASCII IGNORECASE
    compares a character's ASCII lower case with the pattern's lowered literal or class;
    with no upper-case letter in the pattern, that is the lowered character against the
    pattern as written. The engine then skips an alternative at its first literal that
    differs, which it does not do for a literal compared case-insensitively: a pattern of
    many alternatives (_VERB_AFTER's adverbs) runs ~30% faster."""
    known = _LOW_TWINS.get(id(rx))
    if known is not None and known[0] is rx:
        return known[1]
    got = None
    if _twinnable(rx) and rx.flags & re.IGNORECASE:
        try:
            # (read off the pattern once, kept in the regex cache as its program is)
            if recache.memo(f"{int(rx.flags)}\0{rx.pattern}", _CASE_TAG, _case_free_pattern):
                got = re.compile(rx.pattern, (rx.flags & ~(re.UNICODE | re.IGNORECASE)) | re.ASCII)
        except (re.error, ValueError):
            got = None
    _LOW_TWINS[id(rx)] = (rx, got)
    return got


def _case_relaxed(key: str) -> str:
    """The pattern in `key` ("flags\0pattern") with each case-sensitive group "(?-i:" made an
    ordinary "(?:", or "" when that may not give a superset of its matches: a group inside a
    negative look-around (relaxed, it refuses more), a back reference, an atomic group,
    another inline flag, or a "(?-i:" that opens no group (in a class, escaped)."""
    flags, _, pattern = key.partition("\0")
    relaxed = pattern.replace("(?-i:", "(?:")
    groups = _case_groups(_p.parse(pattern, int(flags)), False)
    if groups is None or groups != pattern.count("(?-i:") or _case_groups(_p.parse(relaxed, int(flags)), False) != 0:
        return ""
    return relaxed


def _case_groups(items: Any, negated: bool) -> int | None:
    """The number of "(?-i:" groups in a parsed pattern; None if one is inside a negative
    look-around or the pattern holds a back reference, an atomic group or possessive repeat,
    or another inline flag."""
    n = 0
    for op, av in items:
        subs: list[tuple[Any, bool]] = []
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                if av[1] or av[2] != _c.SRE_FLAG_IGNORECASE or negated:
                    return None
                n += 1
            subs = [(av[3], negated)]
        elif op is _c.BRANCH:
            subs = [(b, negated) for b in av[1]]
        elif op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
            subs = [(av[2], negated)]
        elif op is _c.ASSERT:
            subs = [(av[1], negated)]
        elif op is _c.ASSERT_NOT:
            subs = [(av[1], True)]
        elif op in (_c.GROUPREF, _c.GROUPREF_EXISTS, _c.GROUPREF_IGNORE, _c.ATOMIC_GROUP, _c.POSSESSIVE_REPEAT):
            return None  # (a group that commits to its first match may commit elsewhere relaxed)
        for sub, neg in subs:
            got = _case_groups(sub, neg)
            if got is None:
                return None
            n += got
    return n


_RELAXED_TAG = 41  # the key of `_case_relaxed` in the regex cache (recache.memo)
_LOW_GATES: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _low_gate(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern with no lowered twin (`_low_twin`) only for its case-sensitive groups
    ("(?-i:[a-z])"): the lowered twin of the pattern with them case-insensitive. It matches
    whatever `rx` matches and more, so in a plain text's lowering it finds a match wherever
    `rx` finds one in the text: where it finds none, `rx` has none (a gate, faster). None
    when there is no such pattern."""
    known = _LOW_GATES.get(id(rx))
    if known is not None and known[0] is rx:
        return known[1]
    got = None
    if _low_twin(rx) is None and _twinnable(rx) and rx.flags & re.IGNORECASE and "(?-i:" in rx.pattern:
        try:
            relaxed = recache.memo(f"{int(rx.flags)}\0{rx.pattern}", _RELAXED_TAG, _case_relaxed)
            got = _low_twin(re.compile(relaxed, rx.flags)) if relaxed else None
        except (re.error, ValueError):
            got = None
    _LOW_GATES[id(rx)] = (rx, got)
    return got
