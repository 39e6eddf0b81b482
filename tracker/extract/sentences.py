"""Sentence splitting tuned for news copy, with offsets into the original text.

Why our own splitter: it must keep exact character offsets, run at tens of MB/s
(pysbd and syntok manage 0.5-1.4 MB/s here) and know news conventions: titles and
initials ("Mr.", "U.S.", "George W. Bush"), company suffixes and month abbreviations
that may or may not end a sentence ("... Acme Inc. The company said"), hard-wrapped
wire copy (Reuters 1987 breaks lines mid-sentence and indents paragraphs), bullets,
headlines run into the body and datelines ("WASHINGTON D.C. –", "(Reuters) –").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Titles and the like: a period after them never ends a sentence.
_NEVER_END = frozenset(
    """mr mrs ms messrs mme dr prof sen sens rep reps gov gen lt col capt cmdr adm maj sgt
    rev hon st mt ft no nos vs v fig approx dept cf esp supt insp det pres sec jr sr
    rt gov't""".split()
)
# Abbreviations that end a sentence only when a typical sentence opener follows.
_MAYBE_END = frozenset(
    """inc corp co ltd plc bros llc lp jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun etc al am pm a.m p.m cts pct dlrs mln bln
    u.s u.k u.n e.u n.z n.y d.c calif""".split()
)
_STARTERS = frozenset(
    """the a an it its he she they we i in on at but and this that these those his her
    their our if when while as after before however under for mr mrs ms dr there some
    many most analysts shares earlier last also meanwhile separately one two three
    according under what why how who where no not sales net revenues profit
    officials company""".split()
)

# A run of [.!?] or one "…" (each alternative starts with a mark: written so that the
# pattern opens with one character class, which the regex engine scans for fast; it was
# `(?:[.!?]+|…)`, the same matches, 2.6 times slower), its closing quotes, white space after.
_END = re.compile(r"[.!?…](?:(?<=…)|(?<=[.!?])[.!?]*)[\"'”’\x9dâ€)\]]*(?=\s|$)")
# A sentence end with no space after it ("... met.”The", "... Act.Monday", "... 2008.As"):
# one end mark after a lower-case word, a digit or a bracket, its closing quotes, then a
# capitalised word (an opening quote may come first). Acronyms before the mark ("U.S.The")
# are left alone; `_tight_cut` judges the rest.
_TIGHT = re.compile(r"[.!?](?<=[a-z0-9)\]%][.!?])[\"'”’)\]]*(?=[\"“‘]?(?:[A-Z][a-z]|I['’ ]))")  # (mark first: a fast scan)
_ADDRESS = re.compile(r"@|/|www\.|\.(?:com|org|gov|net|edu|int|co|uk|us)\b", re.I)
_QUOTE_PARITY_WINDOW = 3000  # how far back straight quotes are counted
# ("”" read in the wrong encoding is "â€\x9d", or U+009D alone: a closing quote all the same)
_CLOSERS = frozenset("\"'”’\x9dâ€)]")  # what may follow an end mark inside an _END match
_MARK_CHARS = _CLOSERS | frozenset(".!?…")  # what an _END match is made of
_NEWLINE = re.compile(r"\n")
_LIST_HEAD_LINE = re.compile(r":[ \t\r]*\n")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_LIST_LOOKBACK = 600
_LIST_HEAD_MAX = 40  # a list's heading is a short line: "We will:", "Our pledges to you:"
_LINE_END_MARKS = frozenset(".!?:;…\"'”’)]|")  # a line ending so ends its unit
# words a sentence never ends with: a line ending with one goes on in the next line
_NEVER_LAST = frozenset(
    """the a an to of and or but would will shall should could can may might must said says
    that which who with for from by in on at as than its their his her our your my this these
    those be been is are was were has have had not""".split()
)
_BULLET = re.compile(r"[ \t]*(?:[-*•·–—]|\d{1,2}[.)])\s")
# A dateline opening a story: "WASHINGTON D.C. –", "LONDON, March 3 (Reuters) -", "(Reuters) –".
_DATELINE = re.compile(
    r"(?:(?<=\s)|^)(?:[A-Z][A-Z.'’]+(?:[ ,]+(?:[A-Z][A-Z.'’]*|[A-Z][a-z]+\.?|\d{1,2}))*\s*"
    r"(?:\((?:Reuters|AP|AFP|UPI)\)\s*)?|\((?:Reuters|AP|AFP|UPI)\)\s*)[–—-]{1,2}\s+(?=[A-Z“\"])"
)
_SHARE_BUTTONS = re.compile(r"\bshare:[ \t]*(?:[a-z][ \t]+){1,4}(?=[A-Z“\"])")  # ("share: f t ": the buttons' letters)
_DASH_THEN_CAPITAL = re.compile(r"[–—-]\s+[A-Z“\"]")  # every dateline ends so
_CAMEL_NAME = re.compile(r"[a-z]{1,5}[A-Z]\w")  # a brand: "eBay", "easyJet", "iRobot"
_WORD_BEFORE = re.compile(r"([\w.'’]+)$")
# a decimal number, with a unit run into it ("5.0", "2.5bn", "1.2m"): its period is no abbreviation's
_DECIMAL = re.compile(r"\d[\d,]*\.\d+(?:[a-z]{1,3})?")
_WORD_AFTER = re.compile(r"\s*[\"'“‘(\[]*([\w']+)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


# Span(start, end) made without the frozen dataclass's __init__ (which sets each field with
# object.__setattr__): 1.8 times faster, and one is made for each sentence
_new_object = object.__new__
_set_start, _set_end = Span.start.__set__, Span.end.__set__  # type: ignore[attr-defined]


def _is_wrapped(text: str) -> bool:
    """Hard-wrapped copy: many lines, none much longer than a terminal width."""
    lines = text.count("\n")
    if lines < 3:
        return False
    return max(map(len, text.split("\n"))) <= 100


def _continues(text: str, i: int) -> bool:
    """Whether the line break at `i` falls inside a sentence: the line before ends with
    no sentence or clause mark, and the next line goes on in lower case or with a number
    ("... would lift the\nban on beef imports", "... would send\n12 tanks"), or the line
    before ends with a word that cannot end a sentence ("... said he would\nServe")."""
    j = i + 1
    n = len(text)
    while j < n and text[j] in " \t\r":
        j += 1
    if j >= n or text[j] == "\n" or _BULLET.match(text, i + 1, min(n, i + 12)):
        return False  # a blank line or a bullet
    k = i
    while k > 0 and text[k - 1] in " \t\r":
        k -= 1
    if k == 0 or text[k - 1] in _LINE_END_MARKS:
        return False
    first = text[j]
    if first.islower() or first.isdigit():
        pass
    else:
        word = _WORD_BEFORE.search(text, max(0, k - 20), k)
        if not (word and first.isalpha() and word.group(1) in _NEVER_LAST):
            return False
    return True


def _list_lines(text: str) -> Callable[[int], bool]:
    """A test of whether the newline at i falls in a list under a heading line ("We
    will:\ncut taxes\nhire nurses"): a line ending in ":" above it, no blank line between.
    Each such line is an item, whatever the wrapping."""
    # the heading's newline, when the heading is a short line and its list is unmarked:
    # its first item starts the next line with a letter (bullets mark their own items,
    # each of which may be wrapped; an indented or quoted line is a paragraph)
    heads = [m.end() - 1 for m in _LIST_HEAD_LINE.finditer(text)
             if m.start() - text.rfind("\n", 0, m.start()) <= _LIST_HEAD_MAX and text[m.end() : m.end() + 1].isalpha()]
    if not heads:
        return lambda i: False
    blanks = [m.start() for m in _BLANK_LINE.finditer(text)]

    def in_list(i: int) -> bool:
        k = bisect.bisect_right(heads, i) - 1
        if k < 0 or i - heads[k] > _LIST_LOOKBACK:
            return False
        b = bisect.bisect_left(blanks, heads[k])
        return not (b < len(blanks) and blanks[b] < i)

    return in_list


def _hard_newlines(text: str) -> list[int]:
    """Offsets of newlines that end a unit (paragraph, bullet, headline); a newline inside
    a sentence (see `_continues`) ends nothing."""
    out: list[int] = []
    if "\n" not in text:
        return out
    wrapped = _is_wrapped(text)
    in_list = _list_lines(text)
    if not wrapped:  # every newline ends a unit, unless a sentence runs on across it
        i = text.find("\n")
        while i >= 0:
            if not _continues(text, i) or in_list(i):
                out.append(i)
            i = text.find("\n", i + 1)
        return out
    n = len(text)
    for m in _NEWLINE.finditer(text):
        i = m.start()
        nxt = text[i + 1 : i + 4]
        if in_list(i):
            out.append(i)  # a line of a list under a heading
            continue
        if (nxt.startswith("  ") or nxt.startswith("\t")) and _continues(text, i):
            continue  # an indented line that goes on with the sentence ("would\n    double")
        # blank line, indented paragraph, bullet: a break even in wrapped copy
        if nxt[:1] == "\n" or nxt[:2] == "\r\n" or nxt.startswith("  ") or nxt.startswith("\t") or _BULLET.match(text, i + 1, min(n, i + 8)):
            out.append(i)
            continue
        line_start = text.rfind("\n", 0, i) + 1
        line = text[line_start:i].strip()
        if line and line.upper() == line and any(c.isalpha() for c in line):
            out.append(i)  # an all-caps headline line
    return out


_CLOSING_QUOTES = frozenset('"”’\x9dâ')  # (see _CLOSERS)


# The word before a mark: the run of word characters, periods and apostrophes ending at the
# mark, in the 30 characters before it; matched from the mark in the window reversed.
_RUN_BEFORE = re.compile(r"[\w.'’]+")


# a word with periods this short may be an abbreviation ("e.g", "Ph.D"), not a number
_DOTTED_MAX = 6
# a word of more letters than any abbreviation: the period after it ends a sentence, unless a
# lower-case word follows (no abbreviation, initial or number comes before it)
_LONG_WORD = max(_DOTTED_MAX, *map(len, _NEVER_END | _MAYBE_END)) + 1


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    """Decide whether the punctuation at `dot` (a period) ends a sentence."""
    # the next word's first character: read in place after one space (most marks), else
    # with _WORD_AFTER (quotes or brackets may open the word); the word itself is read
    # only when a verdict needs it
    next_word: str | None = None
    first = text[after + 1] if after + 1 < len(text) and text[after] == " " else ""
    if not first.isalnum():
        nxt = _WORD_AFTER.match(text, after)
        if nxt is None:
            return True  # no word follows
        next_word = nxt.group(1)
        first = next_word[0]
    if first.islower() and not _CAMEL_NAME.match(next_word or _word_after(text, after)):  # ("eBay" opens a sentence)
        return False
    if dot >= _LONG_WORD and text[dot - _LONG_WORD : dot].isalpha():
        return True  # (most marks: see _LONG_WORD)
    # the run of word characters, periods and apostrophes ending at the dot, in the 30
    # characters before it: most often a word after a space, read in place (a run with
    # other characters than letters and digits is matched from the dot in the window reversed)
    lo = dot - 30 if dot > 30 else 0
    word = text[text.rfind(" ", lo, dot) + 1 or lo : dot]
    if not word.isalnum():
        word = _RUN_BEFORE.match(text[lo : dot + 1][::-1]).group()[::-1].rstrip(".")  # type: ignore[union-attr]
    word = word.lower()
    if word in _NEVER_END:
        return False
    if text[dot + 1 : dot + 2] in _CLOSING_QUOTES:
        return True  # a quote closed after the dot ('since Prisoner Cell Block H." Labour'): no initial goes on
    dotted = "." in word
    if dotted and _DECIMAL.fullmatch(word):
        return not first.isdigit()  # "... between $4.0-$5.0. We're", "$2.5bn. Attaining": a number, no abbreviation
    initial = len(word) == 1 and word.isalpha()  # ("George W. Bush")
    if dotted and len(word) <= _DOTTED_MAX or word in _MAYBE_END or initial:
        # an abbreviation or an initial: it ends a sentence before a clear opener only (an
        # initial not before "A" or "I")
        next_word = next_word or _word_after(text, after)
        return next_word.lower() in _STARTERS and not (initial and next_word in ("A", "I"))
    if word.isdigit() and first.isdigit():
        return False
    return True


def _word_after(text: str, after: int) -> str:
    """The word after a mark ending at `after` (when one follows)."""
    return _WORD_AFTER.match(text, after).group(1)  # type: ignore[union-attr]


def _fixed_cuts(text: str) -> list[int]:
    """The cuts that need no judging: hard newlines, and around a dateline."""
    cuts = set(_hard_newlines(text))
    # a press release's end mark "###" (often with no space around it: 'met.”###Contact:')
    # (looked for from each "#": a search for one character is several times faster, and
    # most texts hold no "#" or only the mark's)
    i = text.find("#")
    while i >= 0 and not text.startswith("###", i):
        i = text.find("#", i + 1)
    while i >= 0:
        j = i
        while j < len(text) and text[j] == "#":
            j += 1
        cuts.update((i, j))
        i = text.find("###", j)
    # a web page's share buttons left in the text ('... and beyond.” share: f t Contact: ...',
    # '... unchallenged.” share: f t Following House passage ...'): what follows is another
    # part of the page, never the sentence before it
    for m in _SHARE_BUTTONS.finditer(text) if ":" in text and "share:" in text else ():
        cuts.update((m.start(), m.end()))
    # Datelines and headlines run into the body: cut before the story starts.
    # (a dateline ends at a dash followed by a capital: it is looked for only up to the last one)
    head = text[:400]
    last = _dash_capital_end(head)
    m = _DATELINE.search(head, 0, last) if last > 0 else None
    if m is not None and m.end() - m.start() > 1:
        cuts.add(m.start())
        cuts.add(m.end())
    return sorted(cuts)


def _dash_capital_end(head: str) -> int:
    """The end of the last match of `_DASH_THEN_CAPITAL` in `head` (-1 if none), found with
    str.rfind: a regex scan for the dash tests every character. Each dash is read from the
    right, and its rightmost match is its last: a later match starts after the white space
    of an earlier one, so it ends later."""
    last = -1
    n = len(head)
    for dash in "–—-":
        i = head.rfind(dash)
        while i >= 0:
            j = i + 1
            while j < n and head[j].isspace():
                j += 1
            if j > i + 1 and j < n and ("A" <= head[j] <= "Z" or head[j] in "“\""):
                last = max(last, j + 1)
                break
            i = head.rfind(dash, 0, i)
    return last


def _is_end(text: str, start: int, end: int) -> bool:
    """Whether the punctuation text[start:end] (an `_END` match) ends a sentence."""
    return text[start] != "." or text.startswith("..", start) or _ends_sentence(text, start, end)


def _tight_cut(text: str, m: re.Match[str]) -> int | None:
    """Where a `_TIGHT` match cuts the text (after the mark and its closing quotes, or
    before a straight quote that opens the next sentence), or None if it ends no sentence:
    a web or mail address ("John.Smith@house.gov"), a title or initial ("Mr.Smith")."""
    s, e = m.start(), m.end()
    lo = s
    while lo > 0 and s - lo < 80 and not text[lo - 1].isspace():
        lo -= 1
    hi = e
    while hi < len(text) and hi - e < 80 and not text[hi].isspace():
        hi += 1
    if _ADDRESS.search(text, lo, hi):
        return None
    if text[s] == "." and not _ends_sentence(text, s, e):
        return None
    if text[e - 1] == '"':
        # a straight quote: it closes a quotation when an odd number of them opened one
        # before the mark (in this paragraph), else it opens the next sentence
        line = max(text.rfind("\n", 0, s) + 1, s - _QUOTE_PARITY_WINDOW)
        if text.count('"', line, s) % 2 == 0:
            return e - 1
    return e


def split(text: str) -> list[Span]:
    """Split `text` into sentence spans (start, end) with surrounding space trimmed."""
    cuts = set(_fixed_cuts(text))
    for m in _END.finditer(text):
        if _is_end(text, m.start(), m.end()):
            cuts.add(m.end())
    for m in _TIGHT.finditer(text):
        cut = _tight_cut(text, m)
        if cut is not None:
            cuts.add(cut)
    spans: list[Span] = []
    prev = 0
    for cut in sorted(cuts):
        _add(text, prev, cut, spans)
        prev = cut
    _add(text, prev, len(text), spans)
    return spans


def _first_mark(text: str, marks: tuple[str, ...], at: int, right: int) -> int:
    """The first place in text[at:right] of any of `marks`, -1 for none (a str.find for each,
    each bounded by the nearest found so far: a regex scan would test every character)."""
    k = -1
    for c in marks:
        j = text.find(c, at, right if k < 0 else k)
        if j >= 0:
            k = j
    return k


def split_around(text: str, positions: Iterable[int]) -> list[Span]:
    """The spans of `split(text)` that hold one of `positions` (ascending), judging only the sentence ends next to them: most of a long text holds no
    cue word. Sentence-end marks are looked for from positions no mark can span (white
    space, a letter, a cut), so they are the marks `split` finds there."""
    positions = list(positions)
    for p in positions:
        if text[p] in _MARK_CHARS:
            # a position a mark may span (a user's need ending in "."): judge every end
            return [sp for sp in split(text) if any(sp.start <= p < sp.end for p in positions)]
    fixed = _fixed_cuts(text)
    n = len(text)
    verdicts: dict[int, bool] = {}  # mark start -> whether it ends a sentence
    tight_verdicts: dict[int, int | None] = {}  # tight mark start -> where it cuts

    def tight_cuts(m: re.Match[str]) -> int | None:
        if m.start() not in tight_verdicts:
            tight_verdicts[m.start()] = _tight_cut(text, m)
        return tight_verdicts[m.start()]

    # the end marks other than "." the text holds at all (most hold none: no rfind for them)
    others = [c for c in "!?…" if c in text]
    end_marks = (".", *others)  # (_TIGHT's matches start with one of them but "…")

    def last_end(lo: int, p: int) -> int:
        """The end of the last sentence-ending mark in (lo, p], else lo. Read backwards:
        a mark is a run of [.!?] (or one "…") and the closing quotes after it, followed
        by white space; the run nearest p is found with rfind."""
        hi = p
        while hi > lo:
            k = text.rfind(".", lo, hi)
            for c in others:
                k = max(k, text.rfind(c, lo, hi))
            if k < 0:
                return lo
            start = k
            if text[k] != "…":
                while start > lo and text[start - 1] in ".!?":
                    start -= 1
            end = k + 1
            while end < p and text[end] in _CLOSERS:
                end += 1
            if end < n and not text[end].isspace():
                tight = _TIGHT.match(text, k) if start == k else None
                cut = tight_cuts(tight) if tight is not None else None
                if cut is not None and cut <= p:
                    return cut  # "... met.”The"
                hi = start  # not a mark ("U.S.A", "3.5")
                continue
            v = verdicts.get(start)
            if v is None:
                v = verdicts[start] = _is_end(text, start, end)
            if v:
                return end
            hi = start
        return lo

    spans: list[Span] = []
    right = -1
    for p in positions:
        if p < right:
            continue  # in the sentence just found
        # a sentence runs from the last cut at or before p to the first cut after it
        i = bisect.bisect_right(fixed, p)
        left = last_end(max(fixed[i - 1] if i else 0, right), p)
        right = fixed[i] if i < len(fixed) else n
        # the first sentence end from p on: a mark as _END.finditer(text, p, right) finds
        # it, or one with no space after it as _TIGHT.finditer does, read in one pass: a
        # match starts at a mark character, found with str.find (a regex scan tests every
        # character). (No _TIGHT match starts where an _END match does, or inside one: its
        # mark follows a letter, a digit or a bracket and is followed by no white space;
        # and its look-ahead ends before the next mark: the limit `right` changes nothing.)
        at = p
        limit = right
        while True:
            k = text.find(".", at, limit) if not others else _first_mark(text, end_marks, at, limit)
            if k < 0:
                break
            m = _END.match(text, k, limit)
            if m is not None:
                v = verdicts.get(k)
                if v is None:
                    v = verdicts[k] = _is_end(text, k, m.end())
                if v:
                    right = m.end()
                    break
                at = m.end()
                continue
            m = _TIGHT.match(text, k, limit) if text[k] != "…" else None
            if m is None:
                at = k + 1
                continue
            cut = tight_cuts(m)
            if cut is not None and cut > p:
                right = cut
                break
            at = m.end()
        _add(text, left, right, spans)
    return spans


_LEAD_JUNK = re.compile(r"[\s\-*•·–—]*")


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    # the unit with the white space around it left out (read in place: no stripped copies)
    s = start
    while s < end and text[s].isspace():
        s += 1
    if s >= end:
        return
    e = end
    while text[e - 1].isspace():
        e -= 1
    # Drop bullet marks and a dateline's dash that open the unit.
    if text[s] in "-*•·–—":
        m = _LEAD_JUNK.match(text, s, e)
        s = m.end() if m else s
    if s < e and (text[s].isalnum() or any(c.isalnum() for c in text[s:e])):
        span = _new_object(Span)
        _set_start(span, s)
        _set_end(span, e)
        spans.append(span)
