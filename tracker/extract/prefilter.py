"""Speed only: where the cues and the guards may match, found before they are tried.

A rule's `needs` (data, with the rule) are literals one of which each of its matches
holds; `_NeedIndex` finds the cues' needs in a document and `_GuardNeeds` the guards'
needs in a sentence, each in one Aho-Corasick pass. Nothing here decides a finding:
tests/extract/test_fast_path.py checks that skipping loses nothing.
"""

from __future__ import annotations

import ast
import re
from re import _constants as _C, _parser  # type: ignore[attr-defined]
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TypeVar

import ahocorasick

try:  # (optional: a DFA in Rust reads a document's bytes ~3 times faster; see _NeedIndex)
    import ahocorasick_rs
except ImportError:  # pragma: no cover - the pyahocorasick path finds the same hits
    ahocorasick_rs = None

from tracker.extract import recache
from tracker.extract.fastscan import starts_at_any_letter
from tracker.extract.leads import alternatives, top_level
from tracker.extract.rules import Rule


class _Spanned(Protocol):
    start: int
    end: int


_S = TypeVar("_S", bound=_Spanned)

# A case-insensitive guard regex with a leading alternation is tried at every
# position of its window (~5-15 µs a search). A guard's `needs` (data, with the guard) say
# when it cannot match: one of them is in every window it matches. The needs of every
# guard are found in a sentence in one Aho-Corasick pass, shared by its cues.
# tests/extract/test_fast_path.py checks on real text that no guard's needs ever hide a
# match.


_DERIVED_TAG = 1  # the key of derived needs in the regex cache (recache.memo)
_MIN_DERIVED = 3  # a derived need shorter than this ("s", "by") hits in most sentences: none
_BRANCHES_TAG = 12  # the key of a cue's branches and their needs in the regex cache (cue_branches)
_NEED_KEYS_TAG = 21  # the key of the cues' need keys in the regex cache (_need_keys)


def _literal_char(c: int) -> bool:
    """Whether a pattern's literal character, lowered, is what IGNORECASE matches in a
    lowered text (`_lowered` makes sure of that for the ASCII letters; a character with no
    case matches only itself). White space and "*" (a prefix need's mark) end a literal."""
    ch = chr(c)
    return not ch.isspace() and ch != "*" and (ch.isascii() or ch.lower() == ch.upper())


def _required(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """Literals one of which every match of the parsed pattern `items` holds, or None if
    none can be told. A sequence needs what any one of its parts needs: a run of literal
    characters, a group's or a repeat's (one at least) needs, or one of each branch's;
    the part with the longest shortest literal is taken."""
    best: set[str] | None = None
    run: list[str] = []

    def take(cand: set[str] | None) -> None:
        nonlocal best
        if cand and (best is None or (min(map(len, cand)), -len(cand)) > (min(map(len, best)), -len(best))):
            best = cand

    for op, av in items:
        if op is _C.LITERAL and _literal_char(av):
            run.append(chr(av).lower())
            continue
        take({"".join(run)} if run else None)
        run = []
        if op is _C.SUBPATTERN:
            take(_required(av[3]))
        elif op is _C.ATOMIC_GROUP:
            take(_required(av))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            take(_required(av[2]))
        elif op is _C.BRANCH:
            alts = [_required(a) for a in av[1]]
            if all(alts):
                take(set().union(*alts))  # type: ignore[arg-type]
        # anything else (a class, a look-around, an anchor, a back reference) needs nothing
    take({"".join(run)} if run else None)
    return best


def derived_needs(pattern: str) -> tuple[str, ...]:
    """A guard's needs read off its own pattern (case-insensitive): literals one of which
    every match holds, as substrings (none if the pattern holds no literal of at least
    `_MIN_DERIVED` characters that every match must contain)."""
    try:
        parsed = _parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return ()
    got = _required(parsed)
    if not got or min(map(len, got)) < _MIN_DERIVED:
        return ()
    # (a need holding another one adds nothing: "submitted" holds "submit")
    return tuple(sorted(n for n in got if not any(o != n and o in n for o in got)))


def _branches(pattern: str) -> tuple[str, list[str], list[tuple[str, ...]]] | None:
    """`cue_branches` (computed)."""
    try:
        items = top_level(pattern)
        if any(kind == "|" for _, _, kind in items):
            opening, alts = "", alternatives(pattern)
        elif items and items[-1][1:] == (len(pattern), "(") and pattern.startswith("(?:", items[-1][0]):
            opening, alts = pattern[: items[-1][0]], alternatives(pattern[items[-1][0] + 3 : -1])
        else:
            return None
        # (only an alternative tried at every word costs more than the test of its needs)
        needs = [derived_needs(a) if starts_at_any_letter(a, re.IGNORECASE) else () for a in alts]
    except (IndexError, re.error):
        return None
    if not any(needs) or all(needs):  # (one alternative at least is always kept)
        return None
    return opening, alts, needs


def cue_branches(pattern: str) -> tuple[str, list[str], list[tuple[str, ...]]] | None:
    """For a cue pattern that is alternatives, ``A|B|C``, or ends with a group of them,
    ``O(?:A|B|C)``: its opening ("" for none), the alternatives and the needs of each that
    may start at any letter (`derived_needs`; () for the others), or None when none or
    all have some. An alternative whose needs are
    not in a text matches nowhere in it, so the pattern without it finds the same matches
    there: each other alternative is tried in the same order after each way the opening
    matches (a cue has no groups, whose numbers would change)."""
    # (read off the pattern once: kept in the regex cache, recache.py)
    got = recache.memo(pattern, _BRANCHES_TAG, lambda p: _branches(p) or 0)
    return got or None


_SURROGATE = re.compile("[\ud800-\udfff]")  # (what UTF-8, and so ahocorasick_rs, cannot take)


class _GuardNeeds:
    """Where the guards' `needs` occur in a lowered sentence, found in one Aho-Corasick
    pass for every guard at once (a sentence holds several cues, each tried by ~20
    guards). A guard may match in a window only if one of its needs lies inside it (see
    `may_match`). A guard that declares no needs gets those its pattern shows
    (`derived_needs`), matched as substrings."""

    def __init__(self, guards: list[Rule]) -> None:
        self.slot: dict[str, int] = {}
        self.words: list[bool] = []  # per slot: needs_words
        self.needs: dict[str, tuple[str, ...]] = {}  # guard id -> the needs it is skipped by
        keys: dict[str, list[tuple[int, bool]]] = {}
        for g in guards:
            # (read off the pattern once: kept in the regex cache, recache.py)
            needs = g.needs or recache.memo(g.pattern, _DERIVED_TAG, derived_needs)
            if not needs or g.id in self.slot:
                continue
            k = self.slot[g.id] = len(self.words)
            self.needs[g.id] = needs
            self.words.append(g.needs_words if g.needs else False)
            for n in needs:
                keys.setdefault(n.rstrip("*"), []).append((k, n.endswith("*")))
        ordered = sorted(keys, key=_trie_order)
        self._lengths = [len(key) for key in ordered]
        # per key: the slots it is a need of
        self._users = [tuple(dict.fromkeys(k for k, _ in keys[key])) for key in ordered]
        # per slot: the keys that are its needs as prefixes ("specul*"), and as they are
        self._prefixes: list[set[int]] = [set() for _ in self.words]
        self._plain: list[set[int]] = [set() for _ in self.words]
        for i, key in enumerate(ordered):
            for k, prefix in keys[key]:
                (self._prefixes if prefix else self._plain)[k].add(i)
        # A contiguous NFA in Rust (ahocorasick_rs, when installed) is built in a fifth of
        # the time pyahocorasick's automaton takes and reads a sentence in about half (a
        # DFA reads faster still, but its build costs more than a run's sentences save);
        # the same hits in the same order, by end, the longest first.
        self._nfa: Any = None
        self.finder: Any = None
        if ordered and ahocorasick_rs is not None:
            self._blank = next(c for c in map(chr, range(0x110000)) if not any(c in key for key in ordered))
            self._nfa = ahocorasick_rs.AhoCorasick(ordered, matchkind=ahocorasick_rs.MATCHKIND_STANDARD,
                                                   implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        elif ordered:
            self.finder = ahocorasick.Automaton()
            for i, key in enumerate(ordered):
                self.finder.add_word(key, i)
            self.finder.make_automaton()

    def hits(self, low: str) -> dict[int, list[tuple[int, int, int]]]:
        """slot -> [(the key, start, end)] of its needs in `low`, as the automaton gives
        them (one tuple a hit, shared by the slots of its key; `may_match` reads the
        characters around a hit only for a guard that takes its needs as whole words)."""
        out: dict[int, list[tuple[int, int, int]]] = {}
        if self._nfa is not None:
            try:
                found = self._nfa.find_matches_as_indexes(low, overlapping=True)
            except UnicodeEncodeError:  # (a lone surrogate, which no need holds: read as a character none holds)
                found = self._nfa.find_matches_as_indexes(_SURROGATE.sub(self._blank, low), overlapping=True)
        elif self.finder is not None:
            lengths = self._lengths
            found = [(i, last + 1 - lengths[i], last + 1) for last, i in self.finder.iter(low)]
        else:
            return out
        users = self._users
        for hit in found:
            for k in users[hit[0]]:
                got = out.get(k)
                if got is None:
                    out[k] = [hit]
                else:
                    got.append(hit)
        return out

    def may_match(self, hits: dict[int, list[tuple[int, int, int]]], slot: int, lo: int, hi: int, low: str) -> bool:
        """Whether one of the guard's needs lies in low[lo:hi] (`hits`: found in `low`), as
        whole words if the guard asks (the window's own ends count as word boundaries, as
        they do for its regex searched on the cut text; "specul*" asks for a word that goes
        on)."""
        whole = self.words[slot]
        for i, start, end in hits.get(slot, ()):
            if start < lo or end > hi:
                continue
            if not whole:
                return True
            before = low[start - 1] if start else " "
            after = low[end : end + 1]
            on = after.isalnum() or after == "_"
            if (start == lo or not (before.isalnum() or before == "_")) and (
                    on and i in self._prefixes[slot] or (not on or end == hi) and i in self._plain[slot]):
                return True
        return False


# The automaton (pyahocorasick) finds a node's child by reading its children in the order
# they were added: the needs go in with the letters common in English first, so that the
# child a text's letter leads to is found early (the scan takes ~10% fewer instructions;
# the same automaton, the same hits in the same order: tests/extract/test_prefilters.py).
# (a sort key compared in C: each letter becomes the character of its rank, 1 to 26)
_LETTER_RANK = str.maketrans({c: chr(1 + i) for i, c in enumerate("etaoinsrhldcumfpgwybvkxjqz")})


def _trie_order(word: str) -> str:
    return word.translate(_LETTER_RANK)


def _tail_start(w: str, words: int) -> int:
    """Where the last `words` words of a single-spaced window start (0 if it has fewer)."""
    i = len(w.rstrip())
    for _ in range(words):
        i = w.rfind(" ", 0, i)
        if i < 0:
            return 0
    return i + 1


def _has_need(low: str, needs: tuple[str, ...]) -> bool:
    """Whether a lowered text holds one of `needs` (the engine tests guards' needs with an
    automaton built from them: `_has_any`)."""
    return any(n in low for n in needs)


_NEED_SEP = r"[\s“”\"‘«»]+"
# every character str.isspace (and so \s) takes but " ", in code point order (checked by
# tests/extract/test_prefilters.py)
_SPACES_BUT_SPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                     "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


class _NeedIndex:
    """Where a document may hold each cue: the places its `needs` occur in the lowered
    raw text, found in one Aho-Corasick pass. Each hit is (index of the need's last
    character, bit mask of the cues it may open). A need inside a sentence's folded text
    ends inside its raw span, so a sentence or cue with no hit there cannot match: that
    is all the fast path skips.

    The words of a multi-word need ("is to") may have any run of white space or quote
    marks between them in raw text. The automaton holds the single-spaced form, and each
    of its leading words followed by the start of any other run of separators ("is\n",
    "is  ", "is “"): such a hit is checked with the need's regex where it starts."""

    def __init__(self, cues: list[Rule], rust: bool = True) -> None:
        # (read off the needs once: kept in the regex cache, recache.py; a tuple's repr
        # tells its strings apart whatever they hold)
        keys, checks, self.ascii_needs = recache.memo(repr([r.needs for r in cues]), _NEED_KEYS_TAG, _need_keys)
        # (key, value): a need's cue mask, or a separator key's (length, checks)
        self.keys: list[tuple[str, int | tuple[int, tuple[int, ...]]]] = keys
        self.checks: list[tuple[re.Pattern[str], int]] = [(re.compile(rx), mask) for rx, mask in checks]
        self._automaton: Any = None  # (pyahocorasick's, built when first needed: see `automaton`)
        # The same keys in a DFA over UTF-8 bytes (ahocorasick_rs, when installed): a needle
        # of valid UTF-8 matches in a text's bytes exactly where it matches in the text, and
        # the overlapping matches come by end, the longest first, as pyahocorasick gives them
        # (tests/extract/test_needs_bytes.py). `rust=False` keeps to pyahocorasick.
        self._dfa: Any = None
        if rust and ahocorasick_rs is not None and self.keys:
            self._dfa = ahocorasick_rs.BytesAhoCorasick(
                [k.encode("utf-8", "surrogatepass") for k, _ in self.keys],
                matchkind=ahocorasick_rs.MATCHKIND_STANDARD, implementation=ahocorasick_rs.Implementation.DFA)
            self._values = [v for _, v in self.keys]

    @property
    def automaton(self) -> Any:
        """The keys in a pyahocorasick automaton (built on first use: with the DFA, most
        runs never need it)."""
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for key, value in self.keys:
                automaton.add_word(key, value)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def doc_hits(self, text: str, encoded: bytes | None = None) -> list[tuple[int, int]] | None:
        """`self.hits(self.lowered(text, encoded))`, None when that lowering is None; with
        the DFA, found in the lowered UTF-8 bytes (no lowered text is made but for the
        multi-word checks)."""
        dfa = self._dfa
        if dfa is None:
            low = self.lowered(text, encoded)
            return None if low is None else self.hits(low)
        if text.isascii():
            data = text.encode("ascii").lower()  # (offsets of bytes are those of characters)
            ascii_text = True
        else:
            ascii_text = False
            if not self.ascii_needs or any(c in text for c in _LOWER_SPECIAL):
                low = _lowered(text)
                if low is None:
                    return None
                data = low.encode("utf-8", "surrogatepass")
            else:  # (the lowering `lowered` makes: the ASCII letters of the bytes lowered)
                data = (encoded if encoded is not None else text.encode("utf-8", "surrogatepass")).lower()
        found = dfa.find_matches_as_indexes(data, overlapping=True)
        if not found:
            return []
        values = self._values
        out: list[tuple[int, Any]]
        if ascii_text:
            out = [(e - 1, values[i]) for i, _, e in found]
        else:  # byte offsets made character offsets, counting the characters between ends
            out = []
            at = chars = 0
            for i, _, e in found:
                if e != at:
                    chars += len(data[at:e].decode("utf-8", "surrogatepass"))
                    at = e
                out.append((chars - 1, values[i]))
        if not self.checks or all(type(v) is int for _, v in out):
            return out
        return self._checked(out, data.decode("utf-8", "surrogatepass"))

    def lowered(self, text: str, encoded: bytes | None = None) -> str | None:
        """A lowering of `text` in which the needs have the hits they have in
        `_lowered(text)`, and None when that is None. A text holding none of the characters
        `_lowered` looks for has a lowering of the same length (only "İ" lowers to two),
        and a need of ASCII or caseless characters occurs where the ASCII letters are
        lowered: that lowering is made on the UTF-8 bytes, several times faster than
        str.lower on a text holding a character outside ASCII (most news: "’", "—")."""
        if text.isascii() or not self.ascii_needs or any(c in text for c in _LOWER_SPECIAL):
            return _lowered(text)
        # (`encoded`: the text's UTF-8 bytes, when the caller made them already)
        return (encoded if encoded is not None else text.encode("utf-8", "surrogatepass")).lower().decode(
            "utf-8", "surrogatepass")

    def hits(self, low: str) -> list[tuple[int, int]]:
        """(end, cue mask) of every need in `low`, by end (the index of its last character)."""
        if not low:
            return []
        out = list(self.automaton.iter(low))
        if not self.checks or all(type(v) is int for _, v in out):
            return out
        return self._checked(out, low)

    def _checked(self, out: list[tuple[int, Any]], low: str) -> list[tuple[int, int]]:
        """The hits `out` with each separator key's hit replaced by the hits of the
        multi-word needs that match there (checked with their regexes in `low`)."""
        plain = [h for h in out if type(h[1]) is int]
        for e, (n, ks) in (h for h in out if type(h[1]) is not int):
            for k in ks:
                rx, mask = self.checks[k]
                m = rx.match(low, e + 1 - n)
                if m is not None:
                    plain.append((m.end() - 1, mask))
        plain.sort()
        return plain


def _need_keys(needs_repr: str) -> tuple[list[tuple[str, Any]], list[tuple[str, int]], bool]:
    """`_NeedIndex`'s keys, its multi-word checks as (pattern, mask), and whether every
    need is of ASCII or caseless characters, from the repr of the cues' needs (a list of
    tuples, one a cue)."""
    masks: dict[str, int] = {}
    checks: list[tuple[str, int]] = []  # multi-word needs: (regex, mask)
    flags: dict[str, set[int]] = {}  # key -> the checks it calls for
    # a run of separators other than one space starts with one of these
    odd = [*_SPACES_BUT_SPACE, *"“”\"‘«»"]
    odd_seps = odd + [" " + c for c in odd + [" "]]
    for i, needs in enumerate(ast.literal_eval(needs_repr)):
        words = [n for n in needs if " " in n]
        for n in needs:
            if " " not in n:
                masks[n] = masks.get(n, 0) | 1 << i
        for n in words:
            masks[n] = masks.get(n, 0) | 1 << i  # all single spaces: a plain hit
        if words:
            k = len(checks)
            checks.append(("|".join(_NEED_SEP.join(map(re.escape, w.split())) for w in words), 1 << i))
            for n in words:
                parts = n.split()
                for j in range(1, len(parts)):
                    lead = " ".join(parts[:j])
                    for sep in odd_seps:
                        flags.setdefault(lead + sep, set()).add(k)
    # a need holding another need that opens the same cues adds nothing ("pledged", "pledg")
    keep = {n: m for n, m in masks.items()
            if not any(o != n and o in n and m & ~masks[o] == 0 for o in masks)}
    keys: list[tuple[str, Any]] = [
        *((word, keep[word]) for word in sorted(keep, key=_trie_order)),  # (see _trie_order)
        *((key, (len(key), tuple(sorted(ks)))) for key, ks in flags.items() if key not in keep)]
    # needs of ASCII characters and caseless ones ("’"): their hits are the same in any
    # lowering that lowers the ASCII letters (see `lowered`)
    return keys, checks, all(c.isascii() or c.lower() == c.upper() for n in masks for c in n)


# the characters `_lowered` treats apart: İ (lowers to two characters), the Kelvin sign,
# dotless i and long s (which IGNORECASE equates with an ASCII letter)
_LOWER_SPECIAL = ("\u0130", "\u212a", "\u0131", "\u017f")


def _lowered(text: str) -> str | None:
    """`text.lower()` when a literal test on it agrees with re.IGNORECASE: same length, and
    none of the characters that IGNORECASE equates with an ASCII letter while lower()
    does not map them to it one for one (İ ı ſ K); else None (no literal tests then)."""
    low = text.lower()
    if text.isascii():
        return low
    # (İ lowers to two characters; K lowers to "k", so it is looked for in `text`)
    if len(low) == len(text) and "\u212a" not in text and "\u0131" not in low and "\u017f" not in low:
        return low
    return None


def sentence_masks(spans: Iterable[_S], hits: list[tuple[int, int]]) -> Iterator[tuple[_S, int]]:
    """Each sentence span with the mask of the rules whose needs occur in it (bit i: rule
    i), from `hits` (offset, mask) in text order; spans with none are left out."""
    h, n_hits = 0, len(hits)
    for span in spans:
        while h < n_hits and hits[h][0] < span.start:
            h += 1
        mask = 0
        while h < n_hits and hits[h][0] < span.end:
            mask |= hits[h][1]
            h += 1
        if mask:
            yield span, mask
