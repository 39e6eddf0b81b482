"""What a reader learns from the whole document before judging one sentence.

People and their affiliations ("French minister Sebastien Lecornu" makes a later
"Lecornu said" or "he said" resolve, with France as his affiliation), the firms and
bodies named ("the company" -> the firm named before), quotations and who speaks them
("We ... will continue this work," Lecornu said -> "we" is Lecornu's side), and the
document's author (a press release's "I" is its author).
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from dataclasses import dataclass, field, replace

import ahocorasick

from tracker.extract import recache
from tracker.extract.tomlcache import data_text
from tracker.extract.cabinet import UK, may_end_title, uk_cabinet_title
from tracker.extract.gazetteer import Gazetteer, trie_pattern
from tracker.extract.literal import followed_by
from tracker.extract.model import Document
from tracker.extract.model import ActorInfo
from tracker.extract.places import place_or_thing, products
from tracker.extract.prefilter import _SPACES_BUT_SPACE
from tracker.extract.titled_sex import full_name_sex, spouse_first_name, title_sex

# A capitalised word. Written so that backtracking tries each end once: the plain form
# "[A-Z][\w'’\-]*[a-z0-9][\w'’\-]*|[A-Z]{2,}[\w'’\-]*" tries the same ends again and again
# (quadratic in the word's length) and yields the same matches, ends in the same order.
# Run-together initials before a name are one word ("J.R. Whitaker", not "J." and then
# "R. Whitaker"); a place's ("U.S. Senator", "N.Y. Telephone") and a degree's ("M.D. (R-TX)",
# no capitalised word after it) are not.
_RUN_INITIALS = r"(?!(?:U\.[SKN]|N\.[YJ]|E\.U|D\.C|L\.A)\.)(?:[A-Z]\.){2,3}(?=\s+[A-Z][a-z])"
_CAP = rf"(?:[A-Z](?:(?![a-z0-9])[\w'’\-])*[a-z0-9][\w'’\-]*|[A-Z]{{2}}[\w'’\-]*|{_RUN_INITIALS}|[A-Z]\.)"
_PARTICLE = r"(?:de|van|von|der|den|al|el|bin|da|di|du|le|la|dos|del|ap|ibn|St\.?)"
# A middle initial written without its dot ("George W Bush", BBC style) continues a name
# ("A" and "I" are words: "Like A Virgin", a headline in title case).
_BARE_INITIAL = r"(?![AI]\b)[A-Z](?=\s+[A-Z][a-z])"
NAME = rf"{_CAP}(?:\s+(?:{_CAP}|{_PARTICLE}(?:\s+{_PARTICLE})?(?=\s+[A-Z])|{_BARE_INITIAL})){{0,3}}"  # ("van der Berg")

_TITLES = (
    r"Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Rep|Reps|Sen|Senator|Congressman|"
    r"Congresswoman|Representative|Gov|Governor|President|Vice President|Prime Minister|Chancellor|"
    r"Minister|Secretary|Mayor|Judge|Justice|Chairman|Chairwoman|Captain|Capt|General|Gen|Prof|"
    r"Professor|Rev|Father|King|Queen|Prince|Princess|Commissioner|Ambassador|Speaker|Premier|"
    r"Attorney General|Sheikh|Leader|Commander|Admiral|Colonel|Col|Lt|Sgt|Inspector|Det|Chief"
)
# Ranks that make another office of a role: a "deputy prime minister" is not "the prime
# minister" (person_by_role)
_OTHER_OFFICE = frozenset({"deputy", "shadow", "vice", "former", "ex", "assistant", "junior", "acting",
                           "associate", "under", "junior"})
_ROLE_WORD = re.compile(r"[a-z]+")
_ROLE_WORDS = (
    r"minister|president|leader|secretary|chancellor|spokesman|spokeswoman|spokesperson|chairman|"
    r"chairwoman|chair|chief executive|executive|director|boss|prosecutor|governor|senator|rep\.|"
    r"congressman|congresswoman|mp|mep|ambassador|envoy|commissioner|economist|analyst|head|founder|"
    r"chief|master|official|general|judge|mayor|premier|deputy|treasurer|manager|editor|adviser|"
    r"advisor|aide|counterpart|member|candidate|campaigner|negotiator|delegate|representative|"
    r"strategist|ceo|cfo|coo|vice-president|vice president|managing director|owner|partner|"
    r"attorney|lawyer|officer|inspector|professor|captain|commander|coach|consultant|researcher|"
    r"spokesman|secretary-general|governor|investor|billionaire|businessman|businesswoman|entrepreneur|"
    r"activist|politician|lawmaker|legislator|tycoon|banker|diplomat|magnate|mogul|co-chairman|co-chair|co-leader"
)
# "[French] [Defence] minister Sebastien Lecornu", "Labour leader Tony Blair"
_ROLE_NAME = re.compile(
    rf"(?P<pre>(?:(?:[A-Z][\w'’&.\-]*|[a-z][\w'’\-]*)\s+){{0,5}}?)"
    rf"(?P<role>(?:(?:{_ROLE_WORDS})\s+){{0,2}}(?:{_ROLE_WORDS}))\s*,?\s+"
    rf"(?P<name>{NAME})",
)
_TITLE_NAME = re.compile(rf"\b(?P<title>{_TITLES})\.?\s+(?P<name>{NAME})")
# "Sebastien Lecornu, the French defence minister," / "Paul Collins, chief executive of BIL"
_NAME_APPOS = re.compile(
    # (no quote opens the description: 'said Vo Thi Hoa of Pellucid Cryogenics, “shall sell
    # ...”' goes on with the quote its name split, no apposition)
    rf"(?P<name>{NAME}),\s+(?![“\"‘])(?:the\s+|a\s+|an\s+)?(?P<desc>[^,;()]{{3,90}}?)(?=,|;|\.|\s+said|\s+told)"
)
_PARTY_TAG = re.compile(rf"(?P<name>{NAME})\s*\((?P<party>[DRI])\s*[-–,]\s*[\w.\- ]{{2,14}}\)")
# Verbs that report what someone said; a name before one, and "he"/"she" after, is a person.
# (not "promised" or "announced": "our President promised us when he ..." makes no person "President")
_SAID_VERBS = ("said", "says", "added", "told", "insisted", "stressed", "confirmed", "explained",
               "declared")  # no two of them overlap
_SAID_NAME = re.compile(
    rf"(?:\bsaid|\bsays|\badded|\btold)\s+(?P<name>{NAME})|(?P<name2>{NAME})\s+(?:(?:has|had)\s+)?"
    rf"(?:{'|'.join(_SAID_VERBS)})\b"
)
# "Diego Villarreal said he would", "X told reporters she", "X told a radio station on
# Sunday that she": the pronoun makes X a person
_SAID_PRONOUN = re.compile(r"(?:\s+(?!that\b)[\w’'\-]+){0,2}?\s+(?:that\s+)?(?:he|she)\b"
                           r"|(?:\s+(?!that\b)[\w’'\-]+){3,6}?\s+that\s+(?:he|she)\b")
_PRONOUN_WORD = re.compile(r"\b(?:He|She|It|They|We|I|You)\b")
# "Anders Lindqvist is a Swedish billionaire investor", "Giulia Ferraro is Italy's foreign
# minister": a copula and a role or occupation make a person (of the side it names)
_COPULA_ROLE = re.compile(
    rf"(?P<name>{NAME})\s+(?:is|was|has\s+been|had\s+been|became|becomes)\s+"
    rf"(?P<desc>(?:(?:a|an|the)\s+|[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{0,2}}['’]s?\s+)"
    rf"(?:[\w'’\-]+\s+){{0,4}}?(?i:{_ROLE_WORDS}))\b"
)
_ORG_SUFFIX = (
    r"Corp|Corporation|Inc|Co|Company|Ltd|Limited|PLC|plc|Group|Holdings|Industries|Bank|AG|SA|NV|"
    r"N\.V|Airways|Airlines|Motors|Partners|LP|LLC|Trust|Association|Institute|Foundation|Council|"
    r"Commission|Committee|Department|Ministry|Agency|Authority|Service|Services|Office|Party|Union|"
    r"Federation|Board|Reserve|Exchange|Enterprises|Systems|Technologies|International|Resources|"
    r"Petroleum|Oil|Energy|Telecom|Communications|Electric|Steel|Mining|Insurance|Securities|Capital"
)
# (a list with commas before the last "and" is in the name: "Science, Space, and Technology Committee")
_ORG = re.compile(rf"\b(?P<org>(?:{_CAP}\s+|(?:{_CAP},\s+){{2,3}}and\s+(?=[A-Z])|&\s+|and\s+(?=[A-Z])|of\s+(?=[A-Z])){{0,5}}"
                  rf"(?:{_ORG_SUFFIX}))\b\.?")
# A name acting as a subject ("Metlife said", "MCI agreed"), anywhere in a sentence.
# the words after a name that show it acting: "Metlife said", "MCI's shares"
_ACTING_WORDS = (
    "said says has have had is was will would agreed announced reported posted published plans expects pledged promised "
    "shares stock chief chairman spokesman "
    # (what a firm does in a story: "Yukos accused Gazprom", "MG Rover produced 110,000 cars")
    "sued accused filed bought sold acquired produced launched unveiled rejected "
    "wants hopes intends aims owns employs may might could can must should insists"
).split()
_SUBJECT_NAME = re.compile(rf"(?<![\w’'])(?P<name>{NAME})(?:'s)?\s+(?:{'|'.join(_ACTING_WORDS)})\b")
_QUOTE_AFTER = re.compile(
    # (the verbs of a reply or a speech going on too, as _QUOTE_BEFORE has them: '“...,” replied
    # Chair Yellen', '“...,” concluded Rep. Royce', '“...,” continued Burgess')
    r"\s*,?\s*(?:(?:said|says|added|told\s+[\w\s]{1,30}?|insisted|stressed|explained|declared|warned|stated|noted|"
    r"remarked|commented|replied|responded|answered|continued|concluded|argued|admitted|acknowledged|emphasi[sz]ed|"
    r"wrote|testified|observed|affirmed|recalled)\s+"
    # (the name ends at a clause after it: "said Fitzwater when questioned about ...")
    r"(?P<n1>(?:the\s+)?[^,.;“”\"]{1,80}?)(?=[,.;]|\s+(?:when|after|as|while|before|during|adding|in\s+a|in\s+an|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|$)|(?P<d3>[^,.;“”\"()]{1,60}?),\s+(?P<n3>[A-Z][^,.;“”\"()]{1,60}?),\s+(?:said|added|told|wrote|stated|insisted)\b"
    # ('“...,” Zephyr Batteries' chair, Budi Santoso, wrote': the name in apposition speaks)
    r"|(?P<n2>(?:the\s+)?[^,.;“”\"]{1,80}?)\s+"
    r"(?:said|says|added|told|insisted|stressed|explained|declared|warned|stated|noted|remarked|commented|"
    r"replied|responded|answered|continued|concluded|argued|admitted|acknowledged|emphasi[sz]ed|wrote|testified|"
    r"observed|affirmed|recalled)\b)"
)
_QUOTE_BEFORE = re.compile(
    # ("Lord Hanningfield, leader of Essex County Council, told ...:": the name, not its appositive)
    # ("Crapo, who advocated for the pardon in a call to President Bush at Camp David, said": a
    # relative clause on the speaker, commas and all, between the name and the verb)
    # ('Senator Chris Dodd (D-CT), said, "We must ...', 'Hensarling, added, "The ...': a comma
    # before the verb, as a release may set one, does not part the name from its verb:
    # resolution.quote-tag-comma)
    r"(?P<n>(?:the\s+)?[A-Z][^,.;“”\"]{0,80}?|he|she|they|we)(?:,\s+[^,.;“”\"]{3,80}?,|,\s+who\s+[^.;:“”\"]{3,200}?,|(?<=[\w)]),)?\s+(?:said|says|added|told\s+[\w\s'’]{1,40}?|"
    r"insisted|stressed|explained|declared|wrote|writes|warned|argued|replied|responded|admitted|stated|states|noted|"
    r"remarked|commented|continued|(?:went|goes)\s+on\s+to\s+say)\s*(?:,|:)?\s*$"
)
# after a closing quote, a dash and a name ("” – Rep. Denny Heck", "” -President Barack Obama July
# 13, 2009", "” – Bob Patel, CEO of ..."): the name ends before a comma, a bracket, a quote, a
# date, a lower-case word or a capitalised word that opens a sentence ("Ensminger For years")
_QUOTE_DASH_AFTER = re.compile(
    r"[ \t]*[-–—]{1,2}[ \t]*(?P<n>(?:U\.\s?S\.\s+)?[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,5}?)"
    r"(?=[ \t]*(?:[,(“\"\[]|$|\n)|[ \t]+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|[ \t]+[A-Z][a-z]+[ \t]+[a-z]|[ \t]+[a-z]|\.)")
_NOT_DASH_NAME = frozenset("the a an this that these those it we i you he she they our my his her their in on at "
                           "for and but or as if when while today now".split())
_QUOTED_SAYING = re.compile(
    r"(?P<n>(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}|he|she|they|we)\s+(?:(?:was|were|is|has\s+been)\s+"
    r"quoted|ended|closed|concluded|responded|replied|added|continued|went\s+on)\b[^.;“”\"]{0,70}?\s+(?:as\s+|by\s+)?saying\s*[:,]?\s*$")
# a speaker named before the quote with a comma before the verb: 'Senator Chris Dodd (D-CT), said, "', 'Hensarling, added, "'
_TAG_COMMA = re.compile(r"[^“”\"(),]{1,80}(?:\([^()]{1,20}\))?,\s+\w+\s*[,:]?\s*$")
_QUOTE_BEFORE_VERBS = ("said", "says", "added", "insisted", "stressed", "explained", "declared", "wrote", "writes",
                       "stated", "states", "noted", "continued", "remarked", "commented", "warned", "argued",
                       "replied", "responded", "admitted", "on to say")
# words that open a clause whose speaker is elided ('And continued: "...'): no speaker
_NOT_A_SPEAKER = frozenset({"and", "but", "then", "so", "also", "and then", "he then", "she then", "later"})
# after the verb of a new sentence "X said", a clause of its own: "said he had", "said that", "said the party would"
_OWN_REPORT = re.compile(r"\s+(?:that|he|she|they|it|we|there|the|a|an|his|her|their|its)\s")
# after a quote, "X said," or "X said:" then an opening mark: X introduces the next quote
_INTRODUCES_NEXT = re.compile(r"""\s*[,:]\s*[“"]""")
# the dots of titles and initials before a name, which `_undot_titles` drops: what follows
# such a dot, and the title or initial that ends right before it
_NAME_AFTER_DOT = re.compile(r"\s+[A-Z]|[A-Z]\.\s+[A-Z]")  # ("C.A. Dutch Ruppersberger": run-together initials too)
_TITLE_BEFORE_DOT = re.compile(r"\b(?:Rep|Reps|Sen|Mr|Mrs|Ms|Dr|Gov|St|Jr|Sr|Lt|Gen|Col|Capt|Prof|[A-Z])\Z")


def _undot_titles(s: str) -> str:
    """`s` less the dots of titles and initials before a name ("Rep. Darrell Issa" -> "Rep
    Darrell Issa"): ``re.sub(r"\\b(Rep|Reps|Sen|...|[A-Z])\\.(?=\\s+[A-Z]|[A-Z]\\.\\s+[A-Z])",
    r"\\1", s)``, the dots found with `str.find` and each tested on both sides (that pattern,
    a word boundary first, is tried at every character: ~5 times the instructions). Its
    matches never overlap (a title holds no dot), so it drops exactly the dots that pass."""
    out: list[str] = []
    last = 0
    d = s.find(".")
    while d >= 0:
        if _NAME_AFTER_DOT.match(s, d + 1) and _TITLE_BEFORE_DOT.search(s, max(0, d - 4), d):
            out.append(s[last:d])
            last = d + 1
        d = s.find(".", d + 1)
    return "".join(out) + s[last:] if last else s


_AUTHOR_FROM_SOURCE = re.compile(r"(?:press release|statement|op-ed|newsletter|manifesto)\s*:\s*(?P<a>.+)$", re.I)


# ---- exact anchored scanning ------------------------------------------------------------
# The patterns above start with a name, so `finditer` tries a backtracking name match at
# every capital (~15 ms for a 2.5 kB press release). Each can only match just before a
# cheap literal: a role word, an org suffix, a reporting verb, "(D-", a comma. We find
# those literals with fast patterns (a literal or [A-Z] first, so the regex engine skips
# ahead in C), list the few positions a match could start at, and `_scan` tries the full
# pattern there only: exactly the matches `finditer` yields, at a fraction of the cost.
_UPPER = re.compile(r"[A-Z]")
_LETTER = re.compile(r"[A-Za-z]")
_ORG_FIRST = re.compile(r"[A-Z&aop]")  # a name, "&", "and", "of" or "plc" opens an _ORG match
# (word lists as character tries: the engine tries one branch per letter, not ~70 words)
# the role words (Aho-Corasick: one pass over the text finds every one), and what must
# follow the last of them: a capitalised name
# follow of the last of them: a capitalised name. Each word is keyed with each character
# that may follow it (white space, a comma), so only such places are hits.
_SPACES = sorted(" " + _SPACES_BUT_SPACE)  # what \s matches, in code point order


def _finder(*lists: tuple[Iterable[str], Iterable[str]]) -> Any:
    """An automaton of the words of each list of (words, the characters that may follow
    one): a hit's value is the word's length and its list's index."""
    automaton = ahocorasick.Automaton()
    for k, (words, after) in enumerate(lists):
        for w in words:
            for c in after:
                assert automaton.get(w + c, (len(w), k)) == (len(w), k)  # (no key in two lists)
                automaton.add_word(w + c, (len(w), k))
    automaton.make_automaton()
    return automaton


def _found(automaton: Any, text: str, lo: int, hi: int) -> Iterable[tuple[int, int]]:
    """`automaton.iter(text, lo, hi)`: its hits in text[lo:hi]. (Searched in the slice: `iter`
    copies the whole text to UCS-4 on each call, and most calls read a small window.)"""
    if lo == 0 and hi >= len(text):
        return automaton.iter(text)  # type: ignore[no-any-return]
    return [(e + lo, v) for e, v in automaton.iter(text[lo:hi])]


# the role words and the titles ("Sen. ", "Mr "): one automaton, a window read once for both
_PEOPLE_WORD_FINDER = _finder(((w.replace("\\.", ".") for w in _ROLE_WORDS.split("|")), [*_SPACES, ","]),
                              (_TITLES.split("|"), [*_SPACES, "."]))
_ROLE_FOLLOW = re.compile(r"\s*,?\s+[A-Z]")


@functools.lru_cache(maxsize=64)  # (the role and the title scanners read the same windows in turn)
def _people_words(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The hits (`_found`: where the word ends, its length) of the role words and of the
    titles in text[lo:hi]."""
    found: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    for e, (n, k) in _found(_PEOPLE_WORD_FINDER, text, lo, hi):
        found[k].append((e, n))
    return found
_SUBJECT_VERB = re.compile(rf"[A-Z][\w'’\-]*\.?(?:'s)?\s+(?=(?:{'|'.join(_ACTING_WORDS)})\b)")
_PARTY_OPEN = re.compile(r"\([DRI]")
_ORG_SUFFIX_WORD = re.compile("(?:" + trie_pattern(w.replace("\\.", ".") for w in _ORG_SUFFIX.split("|")) + r")\b")


def _scan(rx: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, trying `rx` only at `starts` (ascending, and holding every
    position where `rx` can match; `rx` never matches the empty string)."""
    cur = 0
    for s in starts:
        if s >= cur:
            m = rx.match(text, s)  # pos keeps lookbehinds and \b seeing the text before s
            if m is not None:
                yield m
                cur = m.end()


class _Scanner:
    """A pattern tried only where its anchors say it may match: `starts(text, lo, hi)` gives
    the positions to try for the anchors in text[lo:hi] (see the scanners below). Called as
    `scanner(text, lo, hi)`, its matches found from those starts (`_scan`); `over(text,
    windows)` gives the matches of every window in one call. With `anchor`, a pattern whose
    `search(text, lo, hi)` finds a match wherever `starts` finds an anchor in text[lo:hi],
    `over` passes over the windows where it finds none (they have no starts) with one
    search each, not the calls that find the anchors themselves."""

    __slots__ = ("rx", "starts", "anchor")

    def __init__(self, rx: re.Pattern[str], starts: Callable[[str, int, int | None], list[int]],
                 anchor: re.Pattern[str] | None = None) -> None:
        self.rx, self.starts, self.anchor = rx, starts, anchor

    def __call__(self, text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
        return _scan(self.rx, text, self.starts(text, lo, hi))

    def over(self, text: str, windows: list[tuple[int, int]]) -> list[re.Match[str]]:
        """The matches of `self(text, lo, hi)` for each window, one a start, in order of
        their starts (`_scan` of each window on its own starts: a match at a start is the
        same whichever window tries it, so a start tried twice is matched once)."""
        rx, starts, anchor = self.rx, self.starts, self.anchor
        got: dict[int, re.Match[str]] = {}
        for lo, hi in windows:
            if anchor is not None and anchor.search(text, lo, hi) is None:
                continue  # (no anchor: no starts)
            cur = 0
            for s in starts(text, lo, hi):
                if s >= cur:
                    m = got.get(s) or rx.match(text, s)
                    if m is not None:
                        got[s] = m
                        cur = m.end()
        return list(got.values()) if len(windows) == 1 else [got[k] for k in sorted(got)]


def _scanner(rx: re.Pattern[str], anchor: re.Pattern[str] | None = None
             ) -> Callable[[Callable[[str, int, int | None], list[int]]], _Scanner]:
    """Makes a `_Scanner` of `rx` (and `anchor`) of the function that gives its starts."""
    return lambda starts: _Scanner(rx, starts, anchor)


def _back_words(text: str, p: int, k: int) -> int:
    """Where the k-th whitespace-separated word before `p` starts (a word cut at `p` counts)."""
    # Fast path: split a window before `p` in C. If it holds more than k words, the k-th
    # word from the right and the white space before it lie wholly inside it.
    lo = p - 16 * k
    if lo > 0:
        seg = text[lo:p]
        parts = seg.rsplit(None, k)
        if len(parts) > k:
            tail = seg[len(parts[0]) :]
            return p - len(tail.lstrip())
    # Else the same on all the text before `p`: with fewer than k words there, the first
    # word's start if it holds k, else 0.
    seg = text[:p]
    parts = seg.rsplit(None, k)
    if len(parts) > k:
        return p - len(seg[len(parts[0]) :].lstrip())
    if len(parts) == k and k > 0:
        return p - len(seg.lstrip())
    return 0 if k > 0 else p  # (k == 0 with only white space before p)


def _starts_before(text: str, ends: Iterable[int], words: int, first: re.Pattern[str] = _UPPER,
                   extra: Iterable[int] = ()) -> list[int]:
    """Positions matching `first` (one character) in the `words` words before each end (a
    NAME spans at most 4 words, each a run without white space), plus `extra`, sorted."""
    if not ends:
        return sorted(set(extra)) if extra else []
    # (the stretches [the words' start, end] of the ends, merged: one search a stretch)
    spans = sorted((_back_words(text, e, words), e + 1) for e in ends)
    out: list[int] = []
    lo, hi = spans[0]
    for a, b in spans[1:]:
        if a > hi:
            out += [m.start() for m in first.finditer(text, lo, hi)]
            lo = a
        hi = max(hi, b)
    out += [m.start() for m in first.finditer(text, lo, hi)]
    return sorted(set(out).union(extra)) if extra else out


def _all_starts(rx: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Every position in [lo, hi) where `rx` matches, overlapping ones included."""
    hi = len(text) if hi is None else hi
    out = []
    m = rx.search(text, lo, hi)
    while m is not None:
        out.append(m.start())
        m = rx.search(text, m.start() + 1, hi)
    return out


# Each scanner (a `_Scanner`: its pattern, and the function below that finds where to try
# it) yields its pattern's matches whose anchor (role word, title, "(D-", the word before
# ", ", reporting verb) lies in text[lo:hi]; over the whole text, exactly
# `finditer`'s matches. The anchors are searched with `hi` as the end of the text, so a
# window must reach a little past the name it is for (see `DocContext._people_named`).
@_scanner(_ROLE_NAME)
def _role_names(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    # a match is <= 5 leading words + up to 3 role words (some of two words) before the name
    hi = len(text) if hi is None else hi
    # every role word in [lo, hi) that a name follows: all the ends of the role part of a
    # match (and more: a role word inside a longer word), so `_scan` misses none
    # (a hit ends at the character after the word: `e` is where the word ends)
    ends = [e for e, _ in _people_words(text, lo, hi)[0] if _ROLE_FOLLOW.match(text, e, hi)]
    return _starts_before(text, ends, 11, _LETTER)


@_scanner(_TITLE_NAME)
def _title_names(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    # where a title starts (a match starts with one)
    return sorted({e - n for e, n in _people_words(text, lo, len(text) if hi is None else hi)[1]})


@_scanner(_PARTY_TAG, _PARTY_OPEN)
def _party_tags(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    ends = [m.start() for m in _PARTY_OPEN.finditer(text, lo, len(text) if hi is None else hi)]
    return _starts_before(text, ends, 4)


@_scanner(_NAME_APPOS)
def _name_appositions(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    # a name ends right before ", ": each comma followed by white space whose word
    # (back to the last space) holds a capital letter
    hi = len(text) if hi is None else hi
    ends = []
    for cm in _COMMA_SPACE.finditer(text, lo, hi):
        c = cm.start()
        word = text[text.rfind(" ", 0, c) + 1 : c]
        if word != word.lower():
            ends.append(c)
    return _starts_before(text, ends, 4)


_COMMA_SPACE = re.compile(r",\s")  # (a comma before `hi` - 1 with white space after it)


@_scanner(_SAID_NAME)
def _said_names(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    hi = len(text) if hi is None else hi
    verbs = []
    for verb in _SAID_VERBS:
        i = text.find(verb, lo, hi)
        while i >= 0:
            verbs.append(i)
            i = text.find(verb, i + 1, hi)
    verbs.sort()
    return _starts_before(text, verbs, 5, extra=verbs)


# "Ingrid Solberg spoke to supporters. She said ...": a name opening a sentence and "He"/"She"
# opening the next make the name a person
_PRONOUN_OPENS = re.compile(
    r"[.!?][\"”’']?\s+(?:(?:Afterwards|Afterward|Later|Then|Yesterday|Today|Earlier|There),?\s+(?:he|she)|He|She)\s+[a-z]")
_NAME_OPENS = re.compile(
    r"(?:(?:Later|Earlier|Afterwards|Then|Yesterday|Today|On\s+\w+day|Last\s+\w+|This\s+\w+)"
    r"(?:\s+that\s+(?:day|week|night|morning|evening|afternoon))?,?\s+)?"  # ("Later that day X spoke")
    rf"(?P<name>{NAME})\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z][\w’'\-]*)")


_ADJ_BEFORE_ROLE = frozenset("former new acting interim senior deputy chief vice late then outgoing incoming".split())


def _pronoun_next_names(text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
    hi = len(text) if hi is None else hi
    for p in _PRONOUN_OPENS.finditer(text, lo, hi):
        start = max(text.rfind(". ", lo, p.start()), text.rfind("\n", lo, p.start()))
        start = lo if start < 0 else start + 1
        while start < p.start() and text[start] in " \t\n\"“'‘":
            start += 1
        m = _NAME_OPENS.match(text, start, p.start())
        if m is not None:
            yield m


_COPULAS = ("is", "was", "has been", "had been", "became", "becomes")
# "Ramon Dizon leads the Reform Party", "X heads Acme Corp": the body is the person's side
_LEAD_VERBS = ("leads", "led", "heads", "headed", "chairs", "chaired", "founded", "co-founded")
# a name's characters; a full stop after a word of lower-case letters ends the sentence
# ("leads the Civic Coalition. Once"), not the name ("U.S. Steel")
_ORG_CHARS = r"(?:[\w'’&\-]|\.(?=\S)|(?<![a-z]{2})\.)*"
_LEADS = re.compile(
    # ("Ana Ruiz, who chairs Ferrovial,": the relative clause tells it as well; "chairs the
    # city's planning board": a body with no name makes a person all the same)
    rf"(?P<name>{NAME})(?:,\s+who)?\s+(?:{'|'.join(_LEAD_VERBS)})\s+(?:(?P<org>(?:the\s+)?[A-Z]{_ORG_CHARS}"
    rf"(?:\s+(?:[A-Z]{_ORG_CHARS}|of|and|for)){{0,5}})|(?:the|a|an|its|their)\s+(?=[a-z]))"
)


def _anchors(text: str, words: re.Pattern[str], lo: int, hi: int | None) -> list[int]:
    """Where one of `words` (" is ", " leads " ...) occurs in [lo, hi) right after a word
    that starts with a capital (the end of a name), in order."""
    out = []
    for m in words.finditer(text, lo, len(text) if hi is None else hi):
        i = m.start()
        j = text.rfind(" ", 0, i) + 1
        while j < i and not text[j].isalnum():
            j += 1  # ("(Ms Kerr is", "“Kerr is")
        if "A" <= text[j : j + 1] <= "Z":
            out.append(i)
    return out


_COPULA_AT = re.compile(" (?:" + "|".join(_COPULAS) + ") ")
_LEAD_AT = re.compile(" (?:" + "|".join(_LEAD_VERBS) + ") ")
_LEAD_WHO_AT = re.compile(", who (?:" + "|".join(_LEAD_VERBS) + ") ")


@_scanner(_COPULA_ROLE, _COPULA_AT)
def _copula_roles(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    return _starts_before(text, _anchors(text, _COPULA_AT, lo, hi), 4)


_AGED = re.compile(rf"(?P<name>{NAME}),\s+(?:aged\s+)?\d{{1,3}},\s")
_AGE_AT = re.compile(r",\s+(?:aged\s+)?\d{1,3},\s")


@_scanner(_AGED, _AGE_AT)
def _aged_names(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    ages = [m.start() for m in _AGE_AT.finditer(text, lo, len(text) if hi is None else hi)]
    return _starts_before(text, ages, 4)


@_scanner(_LEADS, _LEAD_AT)  # (", who leads " holds " leads ")
def _leaders(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    who = [m.start() for m in _LEAD_WHO_AT.finditer(text, lo, len(text) if hi is None else hi)]
    return _starts_before(text, sorted(_anchors(text, _LEAD_AT, lo, hi) + who), 4)


@_scanner(_SUBJECT_NAME)
def _subject_names(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    ends = [m.end() for m in _SUBJECT_VERB.finditer(text, lo, len(text) if hi is None else hi)]
    return _starts_before(text, ends, 4)


@_scanner(_ORG)
def _orgs(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    # up to 5 words (names, "&", "and", "of") before the suffix word
    ends = _all_starts(_ORG_SUFFIX_WORD, text, lo, hi)
    return _starts_before(text, ends, 5, _ORG_FIRST)


@functools.lru_cache(maxsize=256)
def _mention_regex(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")


@dataclass
class Person:
    name: str
    affiliation: ActorInfo | None = None
    role: str | None = None
    party: ActorInfo | None = None  # "Labour's Gordon Brown", "(R-S.C.)"
    chamber: str | None = None  # "Senator ..." -> the upper house of the person's country
    # the decision that chose the affiliation over another the text gave, for `tracker explain`
    affiliation_how: str | None = None
    sex_how: str | None = None  # a title of the other sex passed over this person (resolution.title-sex)


class Quote:
    """A quotation and who speaks it. The speaker is read when first asked for: most
    quotes of a document never hold a cue."""

    __slots__ = ("start", "end", "_chain", "_i", "mixed")

    def __init__(self, start: int, end: int, chain: "_QuoteChain", i: int, mixed: bool = False) -> None:
        self.start, self.end, self._chain, self._i = start, end, chain, i
        self.mixed = mixed  # opened “ and closed " (resolution.quote-marks-mixed)

    @property
    def speaker(self) -> str | None:  # raw attribution text ("Lecornu", "he", "the spokesman")
        return self._chain.attribution(self._i)[0]

    @property
    def speaker_pos(self) -> int:
        return self._chain.attribution(self._i)[1]

    @property
    def note(self) -> str | None:  # the resolution id that named the speaker, if one did
        return self._chain.note(self._i)

    @property
    def paragraph_break(self) -> bool:  # an "X said" after it opens the next paragraph
        return paragraph_after(self._chain.text, self.end)


class DocContext:
    """What a reader learns from a document, computed lazily and in parts: most cue
    candidates are refused by checks on their own clause, so each part (gazetteer
    mentions, people, firms, quotes) is built once per document when first needed."""

    def __init__(self, doc: Document, gaz: Gazetteer) -> None:
        self.doc = doc
        self.gaz = gaz
        self.cache: dict[str, Any] = {}  # the engine's per-document memos
        self._people_by_surname: dict[str, _People] = {}  # see `person`

    # the author is read when first asked for: most documents' cues are refused before
    @functools.cached_property
    def _authors(self) -> tuple[str | None, str | None]:
        doc = self.doc
        author = doc.author or _author_from_source(doc.source) or _author_from_header(doc.text)
        spelled = _author_as_spelled(author, doc.text) if author else None
        # the source label's name when the text knows the member by another first name
        # (resolution.author-known-as): an alias of the author
        label = author if author and spelled and author.split()[0] != \
            spelled.split()[0] and author.split()[-1] == spelled.split()[-1] else None
        return spelled, label

    @functools.cached_property
    def author(self) -> str | None:
        return self._authors[0]

    @functools.cached_property
    def author_label(self) -> str | None:
        return self._authors[1]

    # ---- the parts, each computed on first use -------------------------------------------
    @functools.cached_property
    def actor_mentions(self) -> list[tuple[int, ActorInfo]]:
        """Gazetteer hits, in text order."""
        return [(m[0], m[2]) for m in self._mention_spans]

    @functools.cached_property
    def _mention_spans(self) -> list[Any]:
        return self.gaz.find(self.doc.text)

    @property
    def mentions(self) -> list[Any]:
        """The gazetteer's mentions (`Gazetteer.find`) of the text, found once."""
        return self._mention_spans

    @functools.cached_property
    def _mention_ends(self) -> dict[int, int]:
        return {m[0]: m[1] for m in self._mention_spans}

    @functools.cached_property
    def _people(self) -> "_People":
        people = _People()
        _learn_people(people, self.gaz, self.doc.text, self.author)
        return people

    @property
    def people(self) -> dict[str, Person]:  # full name -> Person
        return self._people.people

    @property
    def by_surname(self) -> dict[str, str]:  # surname -> full name
        return self._people.by_surname

    @property
    def by_role(self) -> list[tuple[int, str, str]]:  # (pos, role, full name)
        return self._people.by_role

    @functools.cached_property
    def _plain_mentions(self) -> list[tuple[int, str]]:
        """Every mention of a known person, a surname standing for its full name."""
        return _person_mentions(self._people, self.doc.text)

    @functools.cached_property
    def person_mentions(self) -> list[tuple[int, str]]:
        """Every mention of a known person, by full name or surname, in order; a surname
        after a title of the other sex than the full name's is the person that title names
        (resolution.title-sex: "Mrs Howard" of a text naming Michael Howard's wife Sandra)."""
        out = list(self._plain_mentions)
        text = self.doc.text
        for i, (at, name) in enumerate(out):
            if " " in name and not text.startswith(name, at):
                m = _SEX_TITLE_BEFORE.search(text, max(0, at - 16), at)
                if m is not None:
                    who = self.person(f"{m.group(1)} {name.split()[-1]}", at)
                    if who is not None and who.name != name:
                        out[i] = (at, who.name)
                        self.cache.setdefault("titled_sex_of", {})[who.name] = title_sex(m.group(1) + " X")
        return out

    @functools.cached_property
    def _org_parts(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        return _learn_orgs(self._people, self.gaz, self.doc.text, self.actor_mentions)

    @property
    def org_mentions(self) -> list[tuple[int, str]]:  # sorted (pos, org name)
        return self._org_parts[0]

    @property
    def subject_orgs(self) -> list[tuple[int, str]]:  # firms seen acting
        return self._org_parts[1]

    @functools.cached_property
    def quotes(self) -> list[Quote]:
        return _find_quotes(self.doc.text)

    # ---- queries ------------------------------------------------------------------------
    def quote_at(self, pos: int) -> Quote | None:
        """The first quote (by start) that holds `pos`. Quotes may nest, so: among those
        starting at or before `pos`, the first whose end passes it, found by bisecting
        the running maximum of their ends."""
        quotes = self.quotes
        if not quotes:
            return None
        starts, reach = self._quote_index
        n = bisect.bisect_right(starts, pos)  # quotes[:n] start at or before pos
        i = bisect.bisect_right(reach, pos)  # the first whose end (and all before) passes pos
        return quotes[i] if i < n else None

    @functools.cached_property
    def _quote_index(self) -> tuple[list[int], list[int]]:
        starts = [q.start for q in self.quotes]
        reach: list[int] = []
        top = -1
        for q in self.quotes:
            top = max(top, q.end)
            reach.append(top)
        return starts, reach

    def last_person(self, pos: int) -> str | None:
        i = bisect.bisect_left(self.person_mentions, (pos, ""))
        return self.person_mentions[i - 1][1] if i else None

    def last_subject_person(self, pos: int, pronoun: str = "") -> str | None:
        """What "he"/"she" refers to: the last person named, passing over (up to two) people
        named as the object of a verb ("Mr Brown accused shadow chancellor Oliver Letwin of
        ...": a later "he" is Mr Brown), and people the text shows to be of the other sex
        ("Ms Kelly" is no "he")."""
        i = bisect.bisect_left(self.person_mentions, (pos, ""))
        other = {"he": "f", "she": "m"}.get(pronoun.lower())
        if other is not None:
            while i and self.sex(self.person_mentions[i - 1][1]) == other:
                i -= 1
        return self.last_subject_person_how(pos, pronoun, i, other)[0]

    def last_subject_person_how(self, pos: int, pronoun: str = "", i: int | None = None,
                                other: str | None = None) -> tuple[str | None, bool]:
        """last_subject_person, and whether it passed over people named only inside a quote
        before it: a "he" told outside quotes is not someone a quote spoke of ('Mr Blair told
        the programme: "Since Jack Straw gave those figures ..." ... But he pledged': Mr Blair,
        resolution.quoted-name-passed)."""
        if i is None:
            i = bisect.bisect_left(self.person_mentions, (pos, ""))
            other = {"he": "f", "she": "m"}.get(pronoun.lower())
            if other is not None:
                while i and self.sex(self.person_mentions[i - 1][1]) == other:
                    i -= 1
        last = self.person_mentions[i - 1][1] if i else None
        window = list(reversed(self.person_mentions[max(0, i - 3) : i]))
        outside = self.quote_at(pos) is None
        passed = False
        for at, name in window:
            if not _OBJECT_BEFORE.search(self.doc.text, max(0, at - 60), at) \
                    and not _PASSIVE_AGENT_BEFORE.search(self.doc.text, max(0, at - 60), at) and (
                    other is None or self.sex(name) != other):
                q = self.quote_at(at) if outside else None
                if q is not None and self._quote_by_named(q, window, other):
                    passed = True
                    continue  # a person the quote speaks of; its speaker is named outside it
                return name, passed
        return last, False

    def _quote_by_named(self, q: Quote, window: list[tuple[int, str]], other: str | None) -> bool:
        """Is the quote spoken by one of the people of `window` named outside quotes?"""
        spk = q.speaker or ""
        return any(self.quote_at(a) is None and (other is None or self.sex(n) != other)
                   and n.split()[-1] in spk.split() for a, n in window)

    def sex(self, name: str) -> str | None:
        """"m" or "f" when the text gives the person's surname only with a man's or only with
        a woman's title ("Mr Blair", "Ms Kelly"), else None."""
        table = self.cache.get("titled_sex")
        if table is None:
            seen: dict[str, set[str]] = {}
            for m in _SEX_TITLE.finditer(self.doc.text):
                seen.setdefault(m.group(2), set()).add("m" if m.group(1) in _MALE_TITLES else "f")
            table = self.cache["titled_sex"] = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
        if not name:
            return None
        got = table.get(name.split()[-1])
        if got is None and " " in name:
            # both sexes' titles before the surname: what the text tells of this full name
            # (resolution.title-sex)
            memo = self.cache.setdefault("full_sex", {})
            if name not in memo:
                memo[name] = self.cache.get("titled_sex_of", {}).get(name) or self._full_sex(name)
            got = memo[name]
        return got

    def last_org(self, pos: int) -> str | None:
        i = bisect.bisect_left(self.org_mentions, (pos, ""))
        return self.org_mentions[i - 1][1] if i else None

    def main_org(self, pos: int) -> str | None:
        """What "the company" or "it said" refers to: the last firm or body seen acting
        (as the subject of "said", "will", "agreed" ...) before `pos`, else the last named."""
        i = bisect.bisect_left(self.subject_orgs, (pos, ""))
        if i:
            return self.subject_orgs[i - 1][1]
        return self.last_org(pos)

    def main_firm(self, pos: int, firm: bool = False) -> str | None:
        """What "the company", "the airline" or "it" refers to: `main_org`, passing over the
        names seen acting that the text shows to be people ("president Luiz Inacio Lula da
        Silva has decided", "Tony Blair said" where it also says "Mr Blair"); with `firm`
        ("the company"), also over known government bodies ("the U.S. Air Force")."""
        for names in (self.subject_orgs, self.org_mentions):
            i = bisect.bisect_left(names, (pos, ""))
            while i:
                i -= 1
                at, name = names[i]
                if not self._shown_person(at, name) and not self._place_named(at, name) \
                        and not (firm and self._government(name)):
                    return name
        return None

    def _government(self, name: str) -> bool:
        info = self.gaz.lookup(name)
        return info is not None and info.type == "government"

    def _place_named(self, at: int, name: str) -> bool:
        """A one-word name after "in"/"at"/"near": a place ("its depot in Tampere")."""
        return " " not in name and _PLACE_BEFORE.search(self.doc.text, max(0, at - 16), at) is not None

    def _shown_person(self, at: int, name: str) -> bool:
        core = " ".join(w for w in name.split() if w not in _NAME_PARTICLES)  # "Lula da Silva"
        if " " not in core or not _looks_like_person(core):
            return False
        before = self.doc.text[max(0, at - 30) : at].split()[-2:]
        if before and before[-1][:1].isupper() and len(before) == 2:
            before = before[:1]  # a first name the name pattern left out: "Luiz"
        if before and _TITLE_WORD.fullmatch(before[-1].strip(",")):
            return True  # "president Luiz Inacio Lula da Silva"
        titled = self.cache.get("titled_surnames")
        if titled is None:
            titled = self.cache["titled_surnames"] = {
                m.group(1) for m in _PERSONAL_TITLE_SURNAME.finditer(self.doc.text)}
        return name.split()[-1] in titled

    def last_actor(self, pos: int, types: tuple[str, ...], within: int | None = None,
                   acting: bool = False) -> ActorInfo | None:
        """The last gazetteer actor of one of `types` before `pos` (no further back than
        `within`); with `acting`, not a place a sentence only goes to ("will be in Scotland")."""
        return self.last_actor_how(pos, types, within, acting)[0]

    def last_actor_how(self, pos: int, types: tuple[str, ...], within: int | None = None,
                       acting: bool = False) -> tuple[ActorInfo | None, bool]:
        """last_actor, and whether it passed over a country named only as a place after a
        coordination or 'of' ('a ban on hunting in England and Wales', 'the issue will be
        that of Turkey': resolution.they-place-passed)."""
        for p, info in reversed(self.actor_mentions):
            if within is not None and p < pos - within:
                return None, False
            if p < pos and info.type in types:
                if acting and info.type == "country":
                    if _LOCATIVE_BEFORE.search(self.doc.text, max(0, p - 12), p):
                        continue
                    if _NAME_GOES_ON.match(self.doc.text, self._mention_ends.get(p, p)):
                        # "the United States Air Force Academy", "Israel Defense Forces": the
                        # country opens a longer name, it is not the one named
                        # (resolution.they-country-opens-name)
                        continue
                    if _PLACE_PHRASE_BEFORE.search(self.doc.text, max(0, p - 40), p):
                        return None, True  # the nearest is a place: 'they' is someone the text does not name
                if acting and _POSSESSED_BEFORE.search(self.doc.text, max(0, p - 8), p):
                    continue  # "its FEMA certified team", "their NHS care": a modifier, not who acts
                return info, False
        return None, False

    def person_by_role(self, role: str, pos: int, phrase: str = "") -> str | None:
        """The person last named before `pos` in `role`. With `phrase` (the role as the
        clause writes it, "the prime minister"), its modifiers must be in the role as
        written before the name, and a rank that makes another office ("deputy", "shadow")
        must be in both: "the prime minister" is not "deputy prime minister John Prescott",
        "the chancellor" not "shadow chancellor Oliver Letwin"."""
        mods = set(_ROLE_WORD.findall(phrase.lower())) - {"the", "its", "their", *role.split()}
        best = None
        for p, r, full in self.by_role:
            if r.endswith(role) and p < pos:
                if phrase:
                    written = set(_ROLE_WORD.findall(self.doc.text[max(0, p - 50):p].lower())[-4:])
                    if not mods <= written or (written & _OTHER_OFFICE) - mods:
                        continue
                best = full
        return best

    def person(self, name: str, pos: int | None = None) -> Person | None:
        """The person a name (full, or a surname) refers to, named in full when the document
        gives the full name anywhere (resolution.person-full-name). A surname two people of
        the document share ("Gordon Brown", "Nick Brown") is the one named last before `pos`
        (resolution.person-same-surname). Only the people sharing its surname matter, so
        only the text around that surname's mentions is read."""
        sex = title_sex(name)
        made = self.cache.get("titled_people", {}).get(" ".join(name.split()))
        if made is not None:
            return made  # a person only a title of the other sex told apart ("Sandra Howard")
        got = self._person(_clean_name(name), pos)
        if sex is not None and got is not None and " " in got.name:
            return self._titled_person(got, sex, _clean_name(name), name)
        return got

    def _titled_person(self, got: Person, sex: str, surname: str, phrase: str) -> Person:
        """ "Mrs Howard" where the text shows Michael Howard to be a man: the woman of that
        surname the text names ("his wife, Sandra", "Sandra Howard"), else a person called
        by the title and surname (resolution.title-sex)."""
        text = self.doc.text
        if self._full_sex(got.name) != ("f" if sex == "m" else "m"):
            return got
        ppl = self._people_named(surname)
        fulls = [f for f in ppl.fulls.get(surname, []) if f != got.name and f in ppl.people]
        why = f"resolution.title-sex: '{' '.join(phrase.split())}' is no {got.name}, a {'man' if sex == 'f' else 'woman'}"
        for f in fulls:
            if self._full_sex(f) == sex:
                return replace(ppl.people[f], sex_how=why)
        first = spouse_first_name(text, got.name, sex)
        if first is not None:
            return self._made_person(Person(f"{first} {surname}", sex_how=why))
        for f in fulls:
            if self._full_sex(f) is None:
                return replace(ppl.people[f], sex_how=why)
        return self._made_person(Person(" ".join(phrase.split()), sex_how=why))

    def _full_sex(self, name: str) -> str | None:
        memo = self.cache.setdefault("full_name_sex", {})
        if name not in memo:
            memo[name] = full_name_sex(self.doc.text, name)
        return memo[name]

    def _made_person(self, p: Person) -> Person:
        return self.cache.setdefault("titled_people", {}).setdefault(p.name, p)

    def _person(self, name: str, pos: int | None = None) -> Person | None:
        if not name:
            return None
        if _RUN_TOGETHER.fullmatch(name):
            # "Congressman JimMcGovern said" in a text that names Jim McGovern: two words run
            # together by a lost space are the person the text names apart (resolution.run-together)
            for i in range(2, len(name) - 1):
                if name[i].isupper() and name[i - 1].islower():
                    apart = f"{name[:i]} {name[i:]}"
                    if apart in self.doc.text:
                        who = self.person(apart, pos)
                        if who is not None:
                            return who
        surname = name.split()[-1]
        if _PLACE_END.search(surname):
            return None  # "House", "Committee": no one learned bears it (see _People.add)
        ppl = self._people_named(surname)
        if " " in name and name in ppl.people:
            return ppl.people[name]
        fulls = ppl.fulls.get(surname, [])
        if " " not in name and len(fulls) > 1 and pos is not None:
            last = None
            for at, who in self._plain_mentions:
                if at >= pos:
                    break
                if who in fulls and self.doc.text.startswith(who, at):  # (named in full there)
                    last = who
            if last is not None:
                return ppl.people[last]
        full = ppl.by_surname.get(surname) if " " not in name and name not in ppl.apart else None
        if full and full in ppl.people:
            return ppl.people[full]
        return ppl.people.get(name)

    def is_person_name(self, name: str) -> bool:
        """`name` (cleaned) is a person's full name or surname: as `_learn_orgs` asks of
        the whole document's people."""
        ppl = self._people_named(name.split()[-1])
        return name in ppl.people or name in ppl.by_surname

    def _people_named(self, surname: str) -> "_People":
        ppl = self._people_by_surname.get(surname)
        if ppl is None and "_people" in self.__dict__:
            ppl = self._people_by_surname[surname] = self._people  # (the whole text is read: its windows are not needed)
        elif ppl is None:
            # a name the patterns learn ends in a capitalised word ("this funding": no one's,
            # unless the author's)
            windows = (_windows(self.doc.text, surname, _WINDOW_BEFORE, len(surname) + _WINDOW_AFTER)
                       if "A" <= surname[:1] <= "Z" else [])
            if sum(hi - lo for lo, hi in windows) * 2 > len(self.doc.text):
                ppl = self._people  # a word named all over: read the whole text once
            else:
                ppl = _People()
                _learn_people(ppl, self.gaz, self.doc.text, self.author, surname, windows)
            self._people_by_surname[surname] = ppl
        return ppl

    def org_named(self, name: str) -> str | None:
        """The firm or body `name` stands for: the first one named (in `org_mentions`) whose
        name is `name`, or `name` and one or two words ending in a legal suffix ("Chrysler"
        -> "Chrysler Corp"). Read only around the mentions of the name's last word, where
        the org word or verb that makes a mention a firm's must be."""
        memo = self.cache.setdefault("org_named", {})
        if name not in memo:
            memo[name] = self._org_named(name) if self._may_name_org(name) else None
        return memo[name]

    def _may_name_org(self, name: str) -> bool:
        """False when no firm or body of the document can be `name` or `name` plus a legal
        suffix: the firms are names ending in an org word (Corp, Bank, Committee ...),
        names seen acting and the gazetteer's bodies. So unless the name ends in such a
        word, a known body starts with it, or one of its mentions is followed by an acting
        word or (within three words) an org word, it names none."""
        words = name.split()
        if not words:
            return False
        if words[-1].rstrip(".") in _ORG_WORDS:
            return True
        if name in self.gaz.name_prefixes():
            for _, info in self.actor_mentions:
                if info.name == name or info.name.startswith(name + " "):
                    return True
        text, last = self.doc.text, words[-1]
        i = text.find(last)
        while i >= 0:
            after = text[i + len(last) : i + len(last) + 100]
            if after[:2] in ("'s", "’s"):
                after = after[2:]
            follow = after.split(None, 3)[:3]
            if follow and (follow[0].startswith(_ACTING_PREFIXES)
                           or any(w.strip(_PUNCTUATION) in _ORG_WORDS for w in follow)):
                return True
            i = text.find(last, i + 1)
        return False

    def _org_named(self, name: str) -> str | None:
        words = name.split()
        text, last = self.doc.text, words[-1]
        found: list[tuple[int, str]] = []

        def wanted(org: str) -> bool:
            return org == name or org.startswith(name + " ")

        for lo, hi in _windows(text, last, 0, len(last) + 80):
            found.extend(m for m in _org_mentions(text, lo, hi) if wanted(m[1]))
            for pos, cand in _subject_candidates(text, lo, hi):
                if wanted(cand) and not self.is_person_name(cand) and self.gaz.lookup(cand) is None:
                    found.append((pos, cand))
        if name in self.gaz.name_prefixes():
            found.extend((pos, info.name) for pos, info in self.actor_mentions
                         if info.type in ("company", "organisation", "government") and wanted(info.name))
        for _, org in sorted(found):
            if org == name:
                return org
            if _LEGAL_END.search(org):
                w = org.split()
                if " ".join(w[:-1]) == name or " ".join(w[:-2]) == name:
                    return org
        return None


# ---- the parts of a context -------------------------------------------------------------
@dataclass
class _People:
    people: dict[str, Person] = field(default_factory=dict)  # full name -> Person
    by_surname: dict[str, str] = field(default_factory=dict)  # surname -> full name
    by_role: list[tuple[int, str, str]] = field(default_factory=list)  # (pos, role, full name)
    fulls: dict[str, list[str]] = field(default_factory=dict)  # surname -> the full names bearing it
    apart: set[str] = field(default_factory=set)  # surnames the text shows alone and in full, side by side

    def add(self, gaz: Gazetteer, name: str, pos: int, affiliation: ActorInfo | None = None,
            role: str | None = None, how: str | None = None) -> None:
        learned = _learned_name(gaz, name)
        if learned is None:
            return
        name = learned
        surname = name.split()[-1]
        full = self.by_surname.get(surname) if " " not in name else name
        full = full or name
        person = self.people.get(full)
        if person is None:
            person = self.people[full] = Person(full)
        if affiliation is not None and person.affiliation is None:
            person.affiliation, person.affiliation_how = affiliation, how
        if role and not person.role:
            person.role = role.lower()
        if " " in full:
            self.by_surname.setdefault(surname, full)
            names = self.fulls.setdefault(surname, [])
            if full not in names and not any(_same_person(full, n) for n in names):
                names.append(full)
        if role:
            self.by_role.append((pos, role.lower(), full))

    def settle(self) -> None:
        """A bare surname learned before its full name ("Mr Brown" ... "Gordon Brown") is
        the same person: its role and affiliation go to the full name, and the surname
        stops being a person of its own (resolution.person-full-name)."""
        for name in [n for n in self.people if " " not in n]:
            full = self.by_surname.get(name)
            if full and full in self.people and name in self.apart:
                continue  # "Reagan and Nancy Reagan": two people (resolution.person-same-surname)
            if full and full in self.people:
                bare, whole = self.people.pop(name), self.people[full]
                whole.affiliation = whole.affiliation or bare.affiliation
                whole.role = whole.role or bare.role
                whole.party = whole.party or bare.party
                whole.chamber = whole.chamber or bare.chamber
                self.by_role = [(p, r, full if f == name else f) for p, r, f in self.by_role]


@functools.lru_cache(maxsize=65536)  # (a name is added again by each surname's reading and each release of its author)
def _learned_name(gaz: Gazetteer, name: str) -> str | None:
    """The name `_People.add` learns for `name`, or None when it names no person (a pure
    function of the name and the gazetteer: memoised)."""
    name = _clean_name(name)
    words = name.split()
    # "Delegation Alcee L. Hastings", "Coast Congressman Mike Thompson": common words and
    # titles left before a full name (resolution.title-stripped)
    cut = max((i + 1 for i, w in enumerate(words[:-2]) if _TITLE_WORD.fullmatch(_singular(w))
               and _looks_like_person(" ".join(words[i + 1:]))), default=0)  # "Committee Chairman Ron Johnson"
    words = words[cut:]
    while len(words) > 2 and (words[0].lower() in _COMMON_WORDS or _TITLE_WORD.fullmatch(words[0])
                              or words[0].endswith(("-", ":"))) \
            and words[1][:1].isupper() and _looks_like_person(" ".join(words[1:])):
        words = words[1:]
    name = " ".join(words)
    if not name or " " not in name and len(name) < 3 or _CUT_AT_INITIAL.search(name) \
            or _INNER_POSSESSIVE.search(name):  # (nor "Straw's China": a possessive and its thing)
        return None  # (not a name cut at a middle initial: 'Robert C. "Bobby" Scott' is no "Robert C")
    if any(w in _HEADLINE_WORDS for w in words[1:]):
        return None  # "Trump To Help Puerto Rico": a headline in title case, no one's name
    if gaz.lookup(name) is not None or _PLACE_END.search(name) or _ORG_END.search(name):
        return None  # a country, organisation, firm or place, not a person ("General Motors Corp")
    return name


_CAP_RUN_BEFORE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’\-]*\s+){1,3}$")
# Titles that are also adjectives: one common word after one names no one ("the General
# Election", "Chief Economist") unless a title word comes first ("Attorney General Holder",
# "Majority Leader Delay").
_ADJECTIVE_TITLE = re.compile(r"General|Gen|Chief|Leader|Premier")
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w'’\-]*\.?\s+$")


def _singular(word: str) -> str:
    """ "Congressmen" -> "Congressman", "Senators" -> "Senator": a plural title."""
    return word[:-3] + "man" if word.endswith("men") else word[:-1] if word.endswith("s") else word


# what follows the first name of "Reagan and Nancy Reagan" (see the end of `_learn_people`;
# in step with its pattern there: a gate looser than the pattern is fine, a stricter one not)
_AND_CAPITAL = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def _learn_people(ppl: _People, gaz: Gazetteer, text: str, author: str | None,
                  surname: str | None = None, windows: list[tuple[int, int]] | None = None) -> None:
    """Learn the people a text names, in a fixed order of patterns (the first affiliation
    and role found for a person stay). With `surname`, only the people of that surname,
    reading only the text around its mentions (`windows`)."""
    if surname is None or windows is None:
        def scan(scanner: Callable[..., Iterator[re.Match[str]]]) -> Iterable[re.Match[str]]:
            return scanner(text)

        def wanted(name: str) -> bool:
            return True
    else:
        def scan(scanner: Callable[..., Iterator[re.Match[str]]]) -> Iterable[re.Match[str]]:
            if isinstance(scanner, _Scanner):  # (all the windows in one call)
                return scanner.over(text, windows)
            if len(windows) == 1:  # (a scanner's matches start in ascending order)
                return list({m.start(): m for m in scanner(text, *windows[0])}.values())
            got = {m.start(): m for lo, hi in windows for m in scanner(text, lo, hi)}
            return [got[k] for k in sorted(got)]

        def wanted(name: str) -> bool:
            clean = _clean_name(name)
            return bool(clean) and clean.split()[-1] == surname
    for m in scan(_role_names):
        pre, role, name = m.group("pre").strip(), m.group("role"), m.group("name")
        rank = pre.rsplit(None, 1)[-1].lower() if pre else ""
        if rank in _FIRM_RANKS and role.lower().startswith("vice"):
            # "senior vice president Robert Stearns": a firm's rank, no government's office
            # (resolution.affiliations; actor_types.toml [offices] firm)
            role, pre = f"{rank} {role}", pre[: -len(rank)].strip()
        if wanted(name):
            aff = _affiliation(gaz, pre) if pre else None
            if aff is None and pre.endswith(("'s", "’s", "s'", "s’")):
                aff = _owner(f"{pre} {role}")  # "Siemens's chairman, Priya Raghunathan": whose
            how = None
            if aff is None and (aff := _cabinet(gaz, pre, role)) is not None:
                how = _CABINET_HOW  # "Environment Secretary Margaret Beckett"
            if aff is None and (aff := _body_before_role(text, m.start("pre"), pre, role)) is not None:
                how = _BODY_BEFORE_ROLE_HOW  # "Qantas chief executive Geoff Dixon": Qantas's "we"
            ppl.add(gaz, name, m.start("name"), aff, role, how=how)
    for m in scan(_title_names):
        title = m.group("title")
        if _ADJECTIVE_TITLE.fullmatch(title) and m.group("name").lower() in _COMMON_WORDS \
                and not _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the General Election", "General Partners": an adjective, no one's title (resolution.title-common-word)
        if wanted(m.group("name")):
            # "French Defence Minister Lucien Arnaud": the capitalised words before the title
            # name the holder's side (resolution.affiliations)
            # (only an adjective of an office title: "Tanzania Mr Brown" is where, not whose)
            personal = title.lower() in ("mr", "mrs", "ms", "miss", "dr", "sir", "dame")
            run = _CAP_RUN_BEFORE.search(text, max(0, m.start() - 50), m.start()) if not personal else None
            hits = [h for h in gaz.find(run.group()) if h.form == "adjective"] if run else []
            aff = hits[-1].actor if hits else None
            cab = _cabinet(gaz, text[max(0, m.start() - 50):m.start()], title) if aff is None and not personal else None
            ppl.add(gaz, m.group("name"), m.start("name"), aff or cab,
                    title if not personal else None, how=_CABINET_HOW if cab is not None else None)
    party_tags = list(scan(_party_tags))  # (read twice: here and after the names are known)
    for m in party_tags:
        if wanted(m.group("name")):
            party = {"D": "Democratic Party", "R": "Republican Party", "I": None}[m.group("party")]
            ppl.add(gaz, m.group("name"), m.start("name"), gaz.lookup(party) if party else None, None)
    for m in scan(_name_appositions):
        name = _clean_name(m.group("name"))
        if not wanted(name):
            continue
        if name in ppl.people or (" " in name and _looks_like_person(name) and gaz.lookup(name) is None
                                  and name.split()[0] not in _COMMON_OPENERS):
            desc = m.group("desc")
            # ("Mr Brown, on a week-long visit to Tanzania,": where he is, not whose he is)
            aff = _affiliation(gaz, desc) if not _NOT_DESC.match(desc) else None
            # "Graham Cluley, senior technology consultant for Sophos": a role makes a
            # person, and the body it names is theirs ("Heineken's chief executive")
            # (the role before any "by": "Air Deccan, set up by army officer X," is X's role)
            role = not _NOT_DESC.match(desc) and _DESC_ROLE.search(" ".join(re.split(r"\bby\b", desc)[0].split()[:6]))
            body = None
            if role and aff is None:
                aff = _owner(desc)
                if aff is not None and _GOVERNMENT_ROLE.search(desc) and _portfolio(gaz, aff.name):
                    # "State Minister for National Development Planning": a minister's portfolio,
                    # no body of that name (resolution.role-body-over-nationality)
                    aff = None
            if aff is None and uk_cabinet_title(desc) and (aff := gaz.lookup(UK)) is not None:
                # "Jack Straw, the foreign secretary," (resolution.uk-cabinet-title)
                body = None
                ppl.add(gaz, name, m.start("name"), aff, None, how=_CABINET_HOW)
                continue
            if role and aff is not None and aff.type == "country":
                # "Rainer Hertrich, the German co-head of EADS": the body whose role it is,
                # not the holder's nationality (resolution.role-body-over-nationality)
                body = _role_body(gaz, desc)
                aff = body or aff
            if not role and name not in ppl.people and _ORG.fullmatch(desc.strip()):
                # "for United Way, the School Board Energy Committee, and": a body's name alone
                # after it, no role: a list of bodies, or the body itself; no person
                # (resolution.body-apposition)
                continue
            if aff is not None or name in ppl.people or role:
                ppl.add(gaz, name, m.start("name"), aff, None, how=None if body is None else (
                    f"resolution.role-body-over-nationality: a role of {body.name}, not a nationality"))
    for m in scan(_leaders):
        name = _clean_name(m.group("name"))
        words = (m.group("org") or "").split()
        while words and words[-1] in ("of", "and", "for"):
            words.pop()  # "leads the Greens and ...": the name ends before the function word
        org = " ".join(words[1:] if words[:1] == ["the"] else words)
        if not org and name.split()[0].lower() in _COMMON_WORDS:
            continue  # ("Since Lerner heads a bank": with no body named, a common word opens no name)
        if wanted(name) and name.split()[0] not in _COMMON_OPENERS and _looks_like_person(name) \
                and not _ORG_END.search(name) and gaz.lookup(name) is None:
            ppl.add(gaz, name, m.start("name"), (gaz.lookup(org) or ActorInfo(org, "organisation")) if org else None, None)
    for m in scan(_aged_names):
        # "Anna Kowalczyk, 54, a former banker": an age set off after a name makes a person
        name = _clean_name(m.group("name"))
        if wanted(name) and name.split()[0] not in _COMMON_OPENERS and gaz.lookup(name) is None \
                and name.split()[0].lower() not in _COMMON_WORDS:
            ppl.add(gaz, name, m.start("name"), None, None)
    for m in scan(_copula_roles):
        name = _clean_name(m.group("name"))
        if wanted(name) and name.split()[0] not in _COMMON_OPENERS and _looks_like_person(name) \
                and not _ORG_END.search(name):
            ppl.add(gaz, name, m.start("name"), _affiliation(gaz, m.group("desc")) or _owner(m.group("desc")), None)
    for m in scan(_said_names):
        # "Martin T. Sosnoff said": a middle initial marks a person; "Norfolk Southern
        # said" could as well be a firm, so plain two-word names are learned here only
        # when a pronoun for a person follows ("... said he would").
        name = _clean_name(m.group("name") or m.group("name2"))
        if not wanted(name) or gaz.lookup(name) is not None or _ORG_END.search(name):
            continue
        if _MIDDLE_INITIAL.search(name):
            ppl.add(gaz, name, m.start(), None, None)
        elif m.group("name2") and _SAID_PRONOUN.match(text, m.end()) and not (
                m.start("name2") and text[m.start("name2") - 1].isalnum()) and not _PRONOUN_WORD.search(name):
            # (not a name cut out of a word, "MP. She said she": "P. She")
            # "Home Secretary Charles Clarke said he": the name after the last title word
            words = name.split()
            cut = max((i + 1 for i, w in enumerate(words[:-1])
                       if _TITLE_WORD.fullmatch(w) or w.endswith(("'s", "’s"))), default=0)
            name = " ".join(words[cut:])
            if name.split()[0] not in _COMMON_OPENERS and not _common_single(name) \
                    and gaz.lookup(name) is None:
                ppl.add(gaz, name, m.start() + len(" ".join(words[:cut])), None, None)
    for m in scan(_pronoun_next_names):
        name = _clean_name(m.group("name"))
        if wanted(name) and _looks_like_person(name) and name.split()[0] not in _COMMON_OPENERS \
                and not _ORG_END.search(name) and not _common_single(name) and gaz.lookup(name) is None \
                and not _PRONOUN_WORD.search(name) and not _TITLE_WORD.fullmatch(m.group("verb")) \
                and not any(_TITLE_WORD.fullmatch(w) or w.lower() in _ADJ_BEFORE_ROLE for w in name.split()):
            # ("Former Labour leader Neil Kinnock ...": a description, not a name)
            ppl.add(gaz, name, m.start("name"), None, None)
    if author and wanted(author):
        ppl.add(gaz, author, 0, None, None)
    for m in scan(_owned_names):
        # "Labour's Gordon Brown", "Plaid Cymru's Elfyn Llwyd": a party's own person
        owner = gaz.lookup(m.group("owner"))
        name = _clean_name(m.group("name"))
        if owner is None or not wanted(name) or gaz.lookup(name) is not None or _ORG_END.search(name):
            continue
        known = name in ppl.people or name in ppl.by_surname
        if owner.type == "party" and (known or _looks_like_person(name)) and name.split()[0] not in _COMMON_OPENERS:
            ppl.add(gaz, name, m.start("name"), None, None)
            full = name if " " in name else ppl.by_surname.get(name, name)
            if full in ppl.people and ppl.people[full].party is None:
                ppl.people[full].party = owner
    for m in scan(_party_members):
        # "Conservative MP Tim Collins", "Labour peer Lord Puttnam": a party's member by the
        # party named before the member's title (resolution.party-member-title)
        owner = m.group("owner")
        if re.search(r"(?i)(?:^|\s)(?:ex-|former\b)", owner) or re.search(r"(?i)\b(?:former|ex)\W*$", text[max(0, m.start() - 8):m.start()]):
            continue  # "Ex-Labour MP George Galloway": no longer the party's
        party = _affiliation(gaz, owner)
        name = _clean_name(m.group("name"))
        if party is None or party.type != "party" or not wanted(name) or gaz.lookup(name) is not None \
                or _ORG_END.search(name) or not _looks_like_person(name) or name.split()[0] in _COMMON_OPENERS:
            continue
        ppl.add(gaz, name, m.start("name"), None, None)
        full = name if " " in name else ppl.by_surname.get(name, name)
        if full in ppl.people and ppl.people[full].party is None:
            ppl.people[full].party = party
    for m in party_tags:
        party = {"D": "Democratic Party", "R": "Republican Party"}.get(m.group("party"))
        person = ppl.people.get(_clean_name(m.group("name")))
        if party and person is not None and person.party is None:
            person.party = gaz.lookup(party)
    _learn_full_names(ppl, gaz, text, windows)
    for name in [n for n in ppl.people if " " not in n]:
        # "Reagan and Nancy Reagan", "Mr Hartley and Miriam Hartley": the bare surname is another person
        if name and not followed_by(text, name, _AND_CAPITAL):
            continue  # (no need to build the pattern: it cannot match)
        if _named_apart(text, name):
            ppl.apart.add(name)
    ppl.settle()


# (the words between the two names of `_named_apart`: one given name, or two)
_AND_ONE_NAME = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’\-]*\.?\s+")
_AND_TWO_NAMES = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’\-]*\.?\s+[A-Z][\w'’\-]*\.?\s+")


def _named_apart(text: str, name: str) -> bool:
    """Whether ``re.search(rf"\\b{re.escape(name)}\\s+(?:and|&)\\s+(?:[A-Z][\\w'’\\-]*\\.?\\s+){{1,2}}{re.escape(name)}\\b",
    text)`` matches ("Reagan and Nancy Reagan"), found with str.find (speed: no pattern
    compiled for each name, unless it has white space at its ends)."""
    n = len(name)
    if not n or name[0].isspace() or name[-1].isspace():
        return re.search(rf"\b{re.escape(name)}\s+(?:and|&)\s+(?:[A-Z][\w'’\-]*\.?\s+){{1,2}}{re.escape(name)}\b",
                         text) is not None
    i = text.find(name)
    while i >= 0:
        if _BOUNDARY.match(text, i):
            for rx in (_AND_ONE_NAME, _AND_TWO_NAMES):  # (each word ends where its \.?\s+ can)
                m = rx.match(text, i + n)
                if m is not None and text.startswith(name, m.end()) and _BOUNDARY.match(text, m.end() + n):
                    return True
        i = text.find(name, i + 1)
    return False


# "Conservative MP Tim Collins", "Lib Dem MSP Ann Ure": a party before a member's title, then
# the name (the role words of `_ROLE_NAME` are lower case; these titles are capitals)
_MEMBER_TITLES = "MP|MSP|MEP|AM|MLA|peer"
_PARTY_MEMBER = re.compile(rf"(?<![\w'’])(?P<owner>{_CAP}(?:\s+{_CAP}){{0,2}})\s+(?:{_MEMBER_TITLES})\s+(?P<name>{NAME})")
_MEMBER_TITLE_AT = re.compile(rf"\s(?:{_MEMBER_TITLES})\s+[A-Z]")  # (the anchors: the white space before a title)
# the same matches, each one character later: searched from the title's letters, not from
# every white space (six times fewer instructions)
_TITLE_AFTER_SPACE = re.compile(rf"(?<=\s)(?:{_MEMBER_TITLES})\s+[A-Z]")


@_scanner(_PARTY_MEMBER, _TITLE_AFTER_SPACE)
def _party_members(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    # (`_MEMBER_TITLE_AT.finditer(text, lo, hi)`'s starts: a title's match's start less one)
    ends = [m.start() - 1 for m in _TITLE_AFTER_SPACE.finditer(text, lo + 1, len(text) if hi is None else hi)]
    return _starts_before(text, ends, 3)


# "Labour's Gordon Brown", "Plaid Cymru's Elfyn Llwyd": a name after a possessive owner
_OWNED_NAME = re.compile(rf"(?P<owner>{_CAP}(?:\s+{_CAP}){{0,2}})['’]s\s+(?P<name>{NAME})")
_POSSESSIVE_AT = re.compile(r"['’]s\s+[A-Z]")


@_scanner(_OWNED_NAME, _POSSESSIVE_AT)
def _owned_names(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    ends = [m.start() for m in _POSSESSIVE_AT.finditer(text, lo, len(text) if hi is None else hi)]
    return _starts_before(text, ends, 3)


# a first name (and a middle initial) right before a surname: "Gordon Brown", "George W. Bush"
# (the initial with or without its dot: "George W Bush" in British style)
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.])(?P<first>[A-Z][a-z][\w'’\-]*)\s+(?:[A-Z]\.?\s+)?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n\s*)$")


def _learn_full_names(ppl: _People, gaz: Gazetteer, text: str, windows: list[tuple[int, int]] | None) -> None:
    """A surname learned alone ("Mr Blair said") is named in full where the text puts a
    first name before it ("Tony Blair"): the first such name that is no title, function
    word, place or body, and, at the start of a sentence, no common word
    (resolution.person-full-name). Two first names for one surname: two people."""
    for surname in [n for n in ppl.people if " " not in n and n not in ppl.by_surname]:
        spans = windows if windows is not None else [(0, len(text))]
        for lo, hi in spans:
            i = text.find(surname, lo, hi + len(surname))
            found = None
            while i >= 0 and found is None:
                if _BOUNDARY_AFTER.match(text, i + len(surname)):
                    m = _FIRST_NAME_BEFORE.search(text, max(0, i - 40), i)
                    if m is not None:
                        first = m.group("first")
                        starts = _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) is not None
                        if first not in _COMMON_OPENERS and first not in _CALENDAR \
                                and not _TITLE_WORD.fullmatch(first) and gaz.lookup(first) is None \
                                and not (starts and first.lower() in _COMMON_WORDS) \
                                and not first.endswith(("'s", "’s")):
                            found = (m.start(), " ".join(text[m.start() : i + len(surname)].split()))
                i = text.find(surname, i + 1, hi + len(surname))
            if found is not None:
                ppl.add(gaz, found[1], found[0], None, None)
                break


# the surname ends there; a possessive may follow ("Gordon Brown's Budget" names him in full)
_BOUNDARY_AFTER = re.compile(r"(?![\w\-])(?!['’](?![sS]\b))")


def _same_person(a: str, b: str) -> bool:
    """Two full names of one surname that may be one person: the same first name, or one
    given as an initial of the other ("George Bush", "George W. Bush", "G. Bush")."""
    fa, fb = a.split()[0].rstrip("."), b.split()[0].rstrip(".")
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


# Where a match's anchor may lie around its name's surname: before it by the rest of the
# name (at most four words) and a role word, title or "said" (the match itself may start
# further back: the scanners look back from their anchors), or after it (", ", "(D-",
# "said").
_WINDOW_BEFORE = 100
_WINDOW_AFTER = 40


def _windows(text: str, word: str, before: int = _WINDOW_BEFORE, after: int = _WINDOW_AFTER
             ) -> list[tuple[int, int]]:
    """The stretches of text around each mention of `word` (`before` characters before
    it, `after` after its start), merged."""
    out: list[tuple[int, int]] = []
    i = text.find(word)
    while i >= 0:
        lo, hi = max(0, i - before), min(len(text), i + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
        i = text.find(word, i + 1)
    return out


def _person_mentions(ppl: _People, text: str) -> list[tuple[int, str]]:
    """`_mention_regex(keys).finditer(text)` (keys longest first, each between word
    boundaries), without compiling a regex per document: at each position where a key's
    first character follows a boundary, the longest key there that ends at a boundary."""
    if not ppl.people:
        return []
    by_first: dict[str, list[str]] = {}
    for k in sorted({*ppl.people, *ppl.by_surname}, key=len, reverse=True):
        by_first.setdefault(k[0], []).append(k)
    firsts = _first_chars("".join(sorted(by_first)))
    out: list[tuple[int, str]] = []
    pos = 0
    m = firsts.search(text)
    while m is not None:
        p = m.start()
        for k in by_first[text[p]]:
            e = p + len(k)
            if text.startswith(k, p) and _BOUNDARY.match(text, e):
                out.append((p, k if k in ppl.people else ppl.by_surname.get(k, k)))
                pos = e
                break
        else:
            pos = p + 1
        m = firsts.search(text, pos)
    return out


_BOUNDARY = re.compile(r"\b")


@functools.lru_cache(maxsize=1024)  # the same few capitals open names in document after document
def _first_chars(chars: str) -> re.Pattern[str]:
    return re.compile(r"\b[" + "".join(re.escape(c) for c in chars) + "]")


def _org_mentions(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, str]]:
    """(position, name) of the firms and bodies named with an org word ("Acme Corp")."""
    for m in _orgs(text, lo, hi):
        org = _TICKER.sub("", " ".join(m.group("org").split()))  # one line, no "<TSBA.T>"
        while org and (org.split()[0] in ("The", "A", "An", "In", "But", "And", "and", "of", "&")
                       or org.split()[0] in _COMMON_OPENERS and " " in org):  # ("This Committee")
            org = org.split(None, 1)[1] if " " in org else ""
        if org and org.split()[-1] != org:
            yield m.start("org"), org


def _subject_candidates(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, str]]:
    """(position, name) of the names seen acting ("Metlife said") that may be firms: not
    capitalised common words ("Listing will be in London", "District will")."""
    for m in _subject_names(text, lo, hi):
        name = _clean_name(m.group("name"))
        if name and _suffix_tail(text, m, name):
            # the whole name instead, when an org word names it: "Ministry of Communications"
            end = m.start("name") + len(m.group("name"))
            whole = [(p, o) for p, o in _org_mentions(text, max(0, end - 60), end) if end - 60 <= p < end]
            if whole:
                yield whole[-1]
        elif name and name.split()[0] not in _COMMON_OPENERS and not _common_single(name):
            joined = _JOINED_BEFORE.search(text, max(0, m.start("name") - 40), m.start("name")) \
                if _ORG_END.search(name) else None
            if joined and joined.group(1) not in _COMMON_OPENERS and not _ORG_END.search(joined.group(1)) \
                    and not _CAP_WORD_END.search(text, max(0, joined.start() - 30), joined.start()):
                # (the joined word opens the name: not "Kansas Power and Light Co", "Ltd and Wood Gundy Inc")
                # "the Finance and Economy Ministry said": one body, named whole
                # (resolution.coordination: a name ending in a body's word holds the parts before it)
                yield joined.start(), f"{joined.group(1)} and {name}"
            else:
                yield m.start("name"), name


# one capitalised word and "and" right before a name: "Finance and " of "Finance and Economy Ministry"
_CAP_WORD_END = re.compile(r"[A-Z][\w.&'’\-]*\s+(?:(?:of|for|on|and|&)\s+)?$")
_JOINED_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+)\s+and\s+$")
# an owner before the owned name: "Pearson's Financial Times", "Spain's Aguas de Barcelona"
_OWNER_LEAD = re.compile(r"^[A-Z][\w.&\-]*['’]s\s+(?=[A-Z])")


def _owner_cut(gaz: Gazetteer, name: str) -> int:
    """Where the owned name starts after a possessive owner (0: none): after a known actor
    ("Iraq's Ministry of Communications"), or before a name of two words or more with no
    legal-form word closing it; else the possessive is the firm's own ("Scott's
    Hospitality Inc", "Broker's Choice")."""
    m = _OWNER_LEAD.match(name)
    if m is None:
        return 0
    rest = name[m.end():].split()
    if gaz.lookup(name[: m.end()].rstrip()[:-2]) is not None and not _ORG_SUFFIX_WORD.fullmatch(" ".join(rest)):
        return m.end()
    return m.end() if len(rest) >= 2 and not _ORG_SUFFIX_WORD.fullmatch(rest[-1]) else 0


# the word before a lone org word that makes it the tail of a longer name: "General Motors",
# "Ministry of Communications", "US Airways" ("General" or "US" was cut off as a title or pronoun)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’.\-]*|of|&)\s+$")


def _suffix_tail(text: str, m: re.Match[str], name: str) -> bool:
    """A lone org word ("Motors", "Communications") read as a name is the tail of a longer one."""
    start = m.start("name")
    return " " not in name and _ORG_SUFFIX_WORD.fullmatch(name) is not None \
        and (" " in m.group("name").strip() or _NAME_BEFORE.search(text, max(0, start - 40), start) is not None)


_DOTTED_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")
_PARTNER_BEFORE = re.compile(r"(?<![\w'’.\-])[A-Z][\w'’.\-]*\s+&\s+$")
_DOTTED_NAME = re.compile(r"(?:[A-Z]\.){2,}\s+[A-Z]")


def _learn_orgs(ppl: _People, gaz: Gazetteer, text: str, actor_mentions: list[tuple[int, ActorInfo]]
                ) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(org mentions, firms seen acting), each sorted by position."""
    def owned(pos: int, name: str, body: bool = False) -> tuple[int, str]:  # "Pearson's Financial Times"
        name = _POSSESSIVE_END.sub("", name) if name.endswith(("s'", "s’")) else name  # ("Pemberton Foods' chair")
        cut = _owner_cut(gaz, name)
        if not cut and name[1:3] == ". " and name[:1].isupper():
            lead = _DOTTED_BEFORE.search(text, max(0, pos - 12), pos)
            if lead is not None and (body or _ORG_END.search(name)):
                # "S. Olympic Committee" cut out of "U.S. Olympic Committee": the dotted
                # initials before it belong to the body's name
                return lead.start(), text[lead.start():pos] + name
            if lead is not None and gaz.lookup(lead.group() + name[:2]) is not None:
                return pos + 3, name[3:]  # "in the U.S. Blackburn said": a sentence after a country's initials
        if not cut and text[max(0, pos - 2):pos] == "& ":
            # "Marsh & McLennan said" read from "McLennan": the partner before the "&" is in the name
            lead = _PARTNER_BEFORE.search(text, max(0, pos - 40), pos)
            if lead is not None:
                return lead.start(), text[lead.start():pos] + name
        return pos + cut, name[cut:]

    # (a city or a programme is no firm "the company" or "it" can be: resolution.place-named)
    found: list[tuple[int, str]] = [owned(p, o, True) for p, o in _org_mentions(text)]
    found = [(p, o) for p, o in found if not place_or_thing(o)]
    subjects: list[tuple[int, str]] = []
    candidates = list(_subject_candidates(text))
    if ", which " in text:
        # "MG Rover, which employs 6,000 people, produced": a name a relative clause tells
        # of as a firm's doing is a firm seen acting, which a later "it" may be
        candidates = sorted(candidates + [(m.start("name"), _clean_name(m.group("name")))
                                          for m in _WHICH_FIRM.finditer(text)])
    for pos, name in (owned(p, n) for p, n in candidates):
        # (a body named after dotted initials is seen acting, known or not: "the U.S.
        # Agriculture Department said" is what "it" may refer to, as it was cut without them)
        if name not in ppl.people and name not in ppl.by_surname and not place_or_thing(name):
            info = gaz.lookup(name)
            if info is None or _DOTTED_NAME.match(name):
                found.append((pos, name))
                subjects.append((pos, name))
            elif info.type in ("company", "organisation", "government"):
                # a known firm seen acting ("Deutsche Bank is involved ... It had agreed")
                # is what a later "it" refers to as much as an unknown one
                subjects.append((pos, info.name))
    # (a product the text names as one is no firm: "drug Tysabri ... Tysabri": resolution.thing-named)
    made = products(text, {o for _, o in found})
    if made:
        found = [(p, o) for p, o in found if o not in made]
        subjects = [(p, o) for p, o in subjects if o not in made]
    for pos, info in actor_mentions:
        if info.type in ("company", "organisation", "government"):
            found.append((pos, info.name))
    found.sort()
    return found, sorted(subjects)


# a relative clause that tells of a firm's doing: "MG Rover, which employs 6,000 people,",
# "Laura Ashley, which is due to issue its next trading statement" (resolution.type-company-context)
FIRM_RELATIVE = (r",\s+which\s+(?:employs|owns|makes|sells|runs|operates|manufactures|supplies|trades|"
                 r"is\s+due\s+to\s+(?:issue|report|publish))\b")
_WHICH_FIRM = re.compile(rf"(?<![\w’'])(?P<name>{NAME}){FIRM_RELATIVE}")
# a possessive right before a name makes it a modifier of what is owned
_NAME_GOES_ON = re.compile(r"[ \t]+(?-i:[A-Z][a-z]+)(?![’']s\b)")  # a capitalised word goes on from a name
_POSSESSED_BEFORE = re.compile(r"\b(?:its|their|his|her|our|your|my)\s+$")
# a preposition of place right before a name: "in Scotland", "to the UK", "across Britain"
# a country as the second of a coordinated place ("in England and Wales") or after "of"
# ("that of Turkey", "the future of Iraq"): named, not acting
_PLACE_PHRASE_BEFORE = re.compile(
    r"(?:\b(?:in|to|into|from|at|across|around|throughout|within|outside)\s+(?:the\s+)?[A-Z][\w'’\-]*"
    r"(?:\s+[A-Z][\w'’\-]*)?(?:,\s+[A-Z][\w'’\-]*)*,?\s+(?:and|or)\s+|(?-i:\b(?:that|those|the\s+[a-z]+)\s+of\s+))$")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|to|into|from|at|across|around|throughout|visit|visiting|within|outside)\s+(?:the\s+)?$")
# a person named as a verb's object: "accused (shadow chancellor) Oliver Letwin", "met Mr X"
_OBJECT_BEFORE = re.compile(
    r"\b(?:accused|attacked|criticised|criticized|praised|thanked|met|told|urged|asked|challenged|blamed|"
    r"replaced|succeeded|defeated|beat|sacked|appointed|named|backed|invited|warned|called\s+on|joined|"
    r"congratulated|interviewed|visited)\s+(?:(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:chancellor|minister|secretary|"
    r"leader|president|spokesman|spokeswoman|chairman|mp|senator|congressman|congresswoman|mayor|governor|"
    r"(?-i:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Prime\s+Minister|Chancellor|Senator|Governor))\.?\s+)?$")
# a person named as the agent of a passive ("feel let down by Tony Blair", "was criticised by
# Mr Brown"): a later "he" is more often the sentence's subject (resolution.passive-agent-passed)
_PASSIVE_AGENT_BEFORE = re.compile(
    r"\b[a-z]{2,}(?:ed|en|wn|t)\s+(?:(?:down|up|out|off|back|over)\s+)?by\s+(?:(?:the\s+)?(?:[A-Za-z]+\s+){0,2}?"
    r"(?i:chancellor|minister|secretary|leader|president|chairman|mp|mr|mrs|ms|dr|sir|lord|lady)\.?\s+)?$")
_NAME_PARTICLES = frozenset("da de do dos das del della di du la le van von der den bin ibn al ap".split())
# a man's or a woman's title before a surname ("Mr Blair", "Ms Kelly"): the person's sex
# a title of one sex right before a surname's mention
_SEX_TITLE_BEFORE = re.compile(r"\b(Mr|Sir|Lord|Mrs|Ms|Miss|Lady|Dame|Baroness)\.?\s+$")
_MALE_TITLES = frozenset({"Mr", "Sir", "Lord", "Congressman", "Prince", "King"})
_SEX_TITLE = re.compile(r"\b(Mr|Sir|Lord|Congressman|Prince|King|Mrs|Ms|Miss|Lady|Dame|Baroness|Congresswoman|Princess|Queen)"
                        r"\.?\s+([A-Z][\w'’\-]+)\b(?!\s+[A-Z])")  # (the surname: "Mr Blair", not "Mr Tony Blair")
# a surname after a personal title ("Mr Blair", "Mrs Granger"): the name is a person's
_PERSONAL_TITLE_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Rep|Sen)\.?\s+([A-Z][\w'’\-]+)")


_QUOTE_MARKS = '“”"‘’\n'
_OPEN_MARKS = '“"‘'  # the marks of `_QUOTE_MARKS` that may open a quote
_DOUBLE_MARKS = '“”"‘\n'  # ... and those that matter with no "‘" open


def _next_mark(text: str, marks: str, pos: int) -> int:
    """Where the first of `marks` lies at or after `pos`, else -1: the search of their set,
    one `find` a mark, each reading no further than the nearest found before it (a set of
    characters is a list the regex engine walks at each character)."""
    at, end = -1, len(text)
    for c in marks:
        i = text.find(c, pos, end)
        if i >= 0:
            at = end = i
    return at


def _find_quotes(text: str) -> list[Quote]:
    # (a mark absent from the text is no use looking for: "“" in a text of Latin-1
    # characters is told absent at once)
    quote_marks = "".join(c for c in _QUOTE_MARKS if c in text)
    open_marks = "".join(c for c in _OPEN_MARKS if c in quote_marks)
    if not open_marks:
        return []  # (nothing opens a quote)
    double_marks = "".join(c for c in _DOUBLE_MARKS if c in quote_marks)
    opens: list[int] = []
    straight_open: int | None = None
    regions: list[tuple[int, int]] = []
    mixed: set[tuple[int, int]] = set()  # opened with a curly mark, closed with a straight one
    single_open: int | None = None  # a curly single quote: ‘We will …,’ said X (British style)
    pos = 0
    while True:  # only quote marks and newlines matter
        # (with no quote open, "”", "’" and newlines change nothing: only the opening marks
        # are looked for; with no curly single quote open, "’" changes nothing)
        if single_open is not None:
            marks = quote_marks
        else:
            marks = open_marks if straight_open is None and not opens else double_marks
        i = _next_mark(text, marks, pos)
        if i < 0:
            break
        pos = i + 1
        ch = text[i]
        if ch == "‘":
            if single_open is None and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–"):
                single_open = i
            continue
        if ch == "’":
            # closes only an open ‘ and only at a word's end before a space or a mark ("’s" and
            # "don’t" are apostrophes); it may be a plural's apostrophe: a quote shorter than meant
            if single_open is not None and (i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in ",.;:!?)"):
                regions.append((single_open, i + 1))
                single_open = None
            continue
        if ch == "“":
            opens.append(i)
        elif ch == "”":
            if opens:
                regions.append((opens.pop(), i + 1))
        elif ch == '"':
            if straight_open is None and i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([{—–-/" \
                    and (i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in ",.;:)"):
                # 'down the road." A more ...': a mark closing a word, with no quote open, closes
                # one whose opening was lost; opening a quote here would pair it with the next
                # quote's opening and swallow everything between. With a curly quote open, it
                # closes that one: '“The bottom line is ... down the road." A more ...' (the
                # marks of a text pasted together: resolution.quote-marks-mixed)
                if opens:
                    regions.append((opens.pop(0), i + 1))
                    mixed.add(regions[-1])
                    opens = []
                continue
            if straight_open is None:
                straight_open = i
            elif i > 0 and text[i - 1] == " " and text[i - 2 : i - 1] in (".", "!", "?") \
                    and text[i + 1 : i + 2].isalpha() and text[i + 1 : i + 2].isupper():
                # 'said: "... in Britain. "We want ...': a new quoted paragraph opens, the
                # last one ran on unclosed (news style); the mark opens, it closes nothing
                regions.append((straight_open, i - 1))
                straight_open = i
            else:
                regions.append((straight_open, i + 1))
                straight_open = None
        elif ch == "\n" and single_open is not None:
            single_open = None  # (a curly single quote does not run over a paragraph)
            if opens or straight_open is not None:
                start = opens[0] if opens else straight_open
                if start is not None and text[i + 1 : i + 2] in ("\n", " ", "“", '"'):
                    regions.append((start, i))
                    opens, straight_open = [], None
        elif (opens or straight_open is not None) and text[i + 1 : i + 2] in ("\n", " ", "“", '"'):
            # paragraph end closes an open quote (news: a quote may run on unclosed)
            start = opens[0] if opens else straight_open
            if start is not None:
                regions.append((start, i))
            opens, straight_open = [], None
    kept = [(s, e) for s, e in sorted(regions) if e - s >= 12]  # shorter: a quoted word or title
    chain = _QuoteChain(text, kept)
    if mixed:
        # a quote closed by a mark of the other kind is kept only when someone is named as
        # saying it: else it may run over narrative the author tells (resolution.quote-marks-mixed)
        drop = {r for i, r in enumerate(kept) if r in mixed and chain.attribution(i)[0] is None}
        if drop:
            kept = [r for r in kept if r not in drop]
            chain = _QuoteChain(text, kept)
    return [Quote(s, e, chain, i, (s, e) in mixed) for i, (s, e) in enumerate(kept)]


# the sentence just before a quote that has no attribution of its own, when a named person
# (or "he"/"she") opens it reporting speech: 'Eric Shanteau said he felt angry when ... "Getting
# to the Olympics was ... I want to ..."' is Shanteau's quote (resolution.quote-after-said)
_SCARE_QUOTE = 50  # (characters: a few words quoted inside a sentence, not a quote of their own)
_SAID_SENTENCE = re.compile(
    # ("Peter Nielson, who is UKIP Scotland chairman, said he had suspended ...": a relative
    # clause or an apposition between the name and the verb; "said abortion was a "difficult
    # issue"": a few words quoted in the sentence)
    r"(?P<n>(?:(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)\s+){0,4}[A-Z][\w'’\-]+|He|She)\s*(?:,\s+(?:who\s+[^.;:“”\"]{3,200}?|[^,“”\"()]{3,80}),\s*)?\s(?:\([^()]{1,20}\)\s*,?\s+)?"
    r"(?:said|says|told|added|explained|stressed|noted|stated|recalled|remembers|recalls)\b(?:[^“”\"]|[“\"][^“”\"]{1,48}[”\"])*$")
# a sentence ending with its speaker after the words said: ', said Sen. Booker.', ', said
# Congresswoman Mary Bono.' (the quote after it goes on in that voice: _QuoteChain._said_before)
_SAID_NAME_END = re.compile(
    r"[,”\"]\s*(?:said|added|stated|continued|concluded)\s+(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms)\.\s+|(?:Senator|Congressman|"
    r"Congresswoman|Congresswomen|Representative|Governor|Secretary|Chairman|Chairwoman|Mayor|Director|Administrator)\s+)?"
    r"(?P<n>(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]+)\.$")
# after '“...,” said NAME': its apposition or relative clause, one sentence to its end
# (', Executive Director of the Maryland Clean Energy Center.', ', who represents the district.')
_APPOSITION_TAIL = re.compile(r",\s+(?:(?![.!?]\s)[^“”\"‘\n]){3,150}[.]\s*")
_NOT_SAID_SUBJECT = frozenset("the this that these those it its they we i you our my there".split())
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")


class _QuoteChain:
    """Who speaks each quote: its own attribution, else, for a quote right after an
    attributed one, the same voice (“...,” said Stabenow. “I will be working ...”), else
    the person the sentence just before it reports (resolution.quote-after-said)."""

    def __init__(self, text: str, regions: list[tuple[int, int]]) -> None:
        self.text, self.regions = text, regions
        self.memo: dict[int, tuple[str | None, int]] = {}
        self.notes: dict[int, str] = {}  # quote index -> the resolution id that named its voice

    def _said_before(self, j: int) -> tuple[str | None, int]:
        """The person the sentence right before quote j names as speaking ('Eric Shanteau said
        he felt angry ...' then the quote), when nothing else names the quote's voice."""
        s = self.regions[j][0]
        b = j - 1
        while b >= 0 and self.regions[b][1] - self.regions[b][0] <= _SCARE_QUOTE and self.regions[b][1] > s - 400:
            b -= 1  # ('Mr Blair said abortion was a "difficult issue".': a few words quoted in the sentence)
        lo = max(self.regions[b][1] if b >= 0 else 0, s - 400, self.text.rfind("\n", 0, s) + 1)
        window = self.text[lo:s].rstrip()
        if not window.endswith((".", "!", "?")):
            return None, s  # ('X said the bill, "which ..."': the quote is inside the sentence)
        tail = _SAID_NAME_END.search(window, max(0, len(window) - 90)) if window.endswith(".") else None
        if tail is not None and tail.group("n").split()[0].lower() not in _NOT_SAID_SUBJECT:
            # '“When Port Newark is strong, ... we must make investments, said Sen. Booker. “I will
            # continue to advocate ...”': a sentence ending with its speaker, then a quote with
            # none of its own: the same voice goes on (its first quote mark lost or unpaired)
            return tail.group("n"), lo + tail.start("n")
        starts = [m.end() for m in _SENTENCE_BREAK.finditer(window, 0, len(window) - 1)]
        k = starts[-1] if starts else 0
        if k == 0 and b >= 0 and lo == self.regions[b][1] and self.text[lo - 2 : lo - 1] in ".!?":
            k = len(window) - len(window.lstrip())  # ('“... interactive.” Mr Florin said ...': a finished quote ends the sentence before)
        elif k == 0 and lo > 0 and self.text[lo - 1] not in "\n":
            return None, s  # (the sentence began before the window: not known to open with a name)
        m = _SAID_SENTENCE.match(window, k)
        if m is None or m.group("n").split()[0].lower() in _NOT_SAID_SUBJECT:
            return None, s
        return m.group("n"), lo + m.start("n")

    def _follows(self, j: int) -> bool:
        if j <= 0:
            return False
        gap_start, gap_end = self.regions[j - 1][1], self.regions[j][0]
        if gap_end - gap_start < 60:
            # ('“...” Sullivan Opening Statement: “We will ...”', '“...” (7/12/2018) 27 State
            # Senators: “...”': a label between the two, not read as a speaker, opens another
            # voice; "And continued:", "He told reporters:" do not)
            gap = self.text[gap_start + 1 : gap_end].rstrip()
            return not gap.endswith(":") or gap[:-1].rstrip().endswith(_QUOTE_BEFORE_VERBS) \
                or _TOLD_OR_SAYING.search(gap) is not None
        # (“...,” said RAINN Vice President for Public Policy Rebecca O’Connor. “It will ...”:
        # a long attribution and nothing else between the two quotes)
        gap = _undot_titles(self.text[gap_start:gap_end])
        m = _QUOTE_AFTER.match(gap) if gap_end - gap_start < 220 else None
        if m is None or m.group("n1") is None:
            return False
        rest = gap[m.end():]
        # ('“...,” said Linda Rosenberg, President and CEO of the National Council. “We pledge
        # ...”', '“...,” said Rep. Heck, who represents the district. “We will ...”': the name's
        # apposition or relative clause, one sentence, runs the voice on: resolution.quote-run-on)
        return not rest.strip(" \t.,;:") or _APPOSITION_TAIL.fullmatch(rest) is not None

    def _runs_on_apposition(self, j: int) -> bool:
        gap = _undot_titles(self.text[self.regions[j - 1][1] : self.regions[j][0]])
        m = _QUOTE_AFTER.match(gap)
        return m is not None and bool(gap[m.end():].strip(" \t.,;:"))

    def attribution(self, i: int) -> tuple[str | None, int]:
        got = self.memo.get(i)
        if got is not None:
            return got
        # walk back (iteratively: a run of quotes may be long) to a quote whose voice is known
        todo: list[tuple[int, tuple[str | None, int]]] = []
        j = i
        while j not in self.memo:
            own = _attribution(self.text, *self.regions[j])
            todo.append((j, own))
            if own[0] is not None or not self._follows(j):
                break
            j -= 1
        for j, own in reversed(todo):
            if own[0] is None and self._follows(j) and self.memo[j - 1][0]:
                own = self.memo[j - 1]
                if self._runs_on_apposition(j):
                    self.notes[j] = "resolution.quote-run-on"
                elif j - 1 in self.notes:
                    self.notes[j] = self.notes[j - 1]
            elif own[0] is None:
                own = self._said_before(j)
                if own[0] is not None:
                    self.notes[j] = "resolution.quote-after-said"
            elif _TAG_COMMA.match(self.text, own[1], self.regions[j][0]):
                self.notes[j] = "resolution.quote-tag-comma"
            elif split_quote(self.text, self.regions[j][1]) and j + 1 < len(self.regions) \
                    and self.regions[j + 1][0] - self.regions[j][1] < 150 \
                    and self.text[self.regions[j][1] : self.regions[j + 1][0]].rstrip().endswith(","):
                self.notes[j] = "resolution.quote-split"  # (the quote after the attribution goes on)
            self.memo[j] = own
        return self.memo[i]

    def note(self, i: int) -> str | None:
        self.attribution(i)
        return self.notes.get(i)


def _attribution(text: str, s: int, e: int) -> tuple[str | None, int]:
    head = text[max(0, s - 260) : s]  # (a relative clause may part the name from "said")
    # 'Ivan Lewis said: "We will ..." Tim Collins said ...': a quote introduced with a
    # colon is its introducer's; the "X said" after it opens the next sentence. So is one
    # introduced with a comma ('Rep. Gallego said, "I am ..." Rep. Byrne said, "...')
    if head.rstrip().endswith((":", ",")):
        before = _attribution_before(head, s)
        if before[0] is None and head.rstrip().endswith(":"):
            before = speaker_label(text, s)  # 'Sen. Tom Udall (D-NM): "We will ..."'
        if before[0] is not None:
            return before
    # "said Rep. Darrell Issa", "said Richard E. Neal": the dots of titles and initials
    # do not end the name
    tail = _undot_titles(text[e : e + 120])
    m = _QUOTE_AFTER.match(tail)
    if m and _paragraph_between(tail, m):
        m = None
    if m and m.group("n2") is not None and text[e - 2 : e - 1] in ".!?" and _OWN_REPORT.match(tail, m.end()):
        # '“... although the debate will continue.” Mr Kennedy said he had voted ...': after a
        # finished quote, "X said" with a clause of its own opens a new sentence reporting X's
        # own words; it does not claim the quote before it (resolution.quote-new-report)
        m = None
    if m and _INTRODUCES_NEXT.match(tail, m.end()) and not split_quote(text, e):
        m = None  # '...” Speaker Ryan said, “I appreciate': the next quote's introducer
    if m and m.group("n3") and text[e - 2 : e - 1] != ",":
        m = None  # (a description and a name after a finished quote open a sentence of their own)
    if m and m.group("n3") and _ALL_CAPITALISED.fullmatch(m.group("d3").strip()):
        return m.group("d3").strip(), e  # ('“...,” Vo Thi Hoa, Pellucid's chief executive, told': the name first)
    if m:
        n = (m.group("n1") or m.group("n2") or m.group("n3")).split("(", 1)[0]  # not "(R-Calif."
        return n.strip() or None, e
    if head.rstrip().endswith((":", ",")):
        return _attribution_before(head, s)
    d = _QUOTE_DASH_AFTER.match(text, e, e + 120)
    if d and d.group("n").split()[0].lower() not in _NOT_DASH_NAME:
        # '“... and then figure out what the federal government should do.” -President Barack
        # Obama July 13, 2009', '“...” – Bob Patel, CEO of Lyondell': the one a dash names
        return d.group("n").strip(), e
    return _attribution_before(head, s)


_ALL_CAPITALISED = re.compile(r"(?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’.\-]*")


def split_quote(text: str, e: int) -> bool:
    """Whether the quote ending at `e` breaks off mid-sentence for its attribution: its last
    words end in a comma or a dash inside the closing mark ('“This company,” said Ana Ruiz,
    “shall ...”', '“We,” she said, “will ...”'). A quote that ends so is unfinished: the
    attribution after it is its own, and the quote after that goes on in the same voice
    (resolution.quote-split), though the attribution also ends with a comma."""
    return e >= 2 and text[e - 2] in ",—–" and text[e - 1] in "”\"’"


def _attribution_before(head: str, s: int) -> tuple[str | None, int]:
    # (a match ends with a reporting verb, then at most a comma or colon and white space,
    # or holds "told")
    t = head.rstrip()
    t = t[:-1].rstrip() if t.endswith((",", ":")) else t
    if t.endswith("saying"):
        # "Mr Kruger was quoted in the Guardian saying:", "He ended by saying:"
        q = _QUOTED_SAYING.search(head)
        return (q.group("n").strip(), s - len(head) + q.start("n")) if q else (None, s)
    if not t.endswith(_QUOTE_BEFORE_VERBS) and "told" not in t:
        return None, s
    m = _QUOTE_BEFORE.search(head)
    if m and m.group("n").strip().lower() not in _NOT_A_SPEAKER and m.group("n").strip() not in _CONNECTIVES:
        return m.group("n").strip(), s - len(head) + m.start("n")
    return None, s  # ("And continued:": the voice of the quote before, _QuoteChain)


# A speaker label opening a paragraph of statements: "Sen. Tom Udall (D-NM):", "Chairwoman
# Murkowski (AK):", "Rep. Diaz-Balart:", "Ranking Member Cummings (D-MD):", "SEN. BARRASSO (WY):",
# "Congresswoman Judy Chu (CA-27), CAPAC Chair:". A person's name only: a title (or a party and
# state in brackets) and capitalised name words; a committee or a qualifier may come before the
# title ("Oversight Chairman Jason Chaffetz", "U.S. Sen. Mark Warner").
_LABEL_TITLE = (r"(?:Sen|Senator|Rep|Representative|Congressman|Congresswoman|Delegate|Resident Commissioner|"
                r"Chairman|Chairwoman|Chair|Vice Chairman|Vice Chair|Ranking Member|Leader|Majority Leader|General|Gen|"
                r"Minority Leader|Democratic Leader|Republican Leader|Whip|Speaker|Mr|Mrs|Ms|Dr|Gov|Governor|"
                r"Secretary|Administrator|Commissioner|Mayor|Ambassador|Attorney General|President|Vice President)")
_LABEL_NAME_WORD = rf"(?!(?i:{_LABEL_TITLE})\b)(?:[A-Z](?:[^\W\d_]|[’'\-])*[^\W\d_]|[A-Z]\.|[A-Z])"  # ("Sánchez")
# (D-NY), (R-Calif.), (I-Vt.), (D-NY-13), (CA-27), (AK), (CNMI): a party and/or a state or district
_LABEL_PARTY = r"\((?:(?P<party>[RDI])\s*[-–]\s*)?[A-Z][A-Za-z.]{1,9}(?:\s*[-–]\s*(?:\d{1,2}|AL))?\)"
# (it opens a paragraph or a sentence: after a full stop, a closing quote or a colon)
_SPEAKER_LABEL = re.compile(
    rf"(?<=[.!?:;”\"’])\s*(?:U\.\s?S\.\s+)?(?:(?:[A-Z][A-Za-z&’'\-]*|of|on|and|the|for)\s+){{0,8}}?"
    rf"(?P<label>(?P<title>(?:(?i:{_LABEL_TITLE})\.?\s+)+)?(?P<name>{_LABEL_NAME_WORD}(?:\s+{_LABEL_NAME_WORD}){{0,3}}))"
    rf"(?:,\s+(?:M\.D\.|Jr\.|Sr\.|Ph\.D\.|[IV]{{2,3}}))?\s*(?P<paren>{_LABEL_PARTY})?(?:,\s+[A-Z][\w&’'\-]*(?:\s+[\w&’'\-]+){{0,4}})?\s*:\s*$")
# words of a heading, not of a name: "Sullivan Opening Statement:", "Hearing Highlights:" (and
# a headline holds more than one common word: "President Backs Puerto Rico Assistance:")
_LABEL_NOT_NAME = frozenset(
    """statement statements question questions testimony remarks remark opening closing hearing hearings
    highlights background contact note fact facts transcript excerpts excerpt video audio summary details
    update letter press release report bill act amendment text full additional information what who when where
    why how location date time quote quotes comments comment response reaction answer q a says said
    wants will would icymi notes watch op-ed oped editorial column interview speech committee subcommittee
    caucus delegation""".split())


_TOLD_OR_SAYING = re.compile(r"\b(?:told|saying)\b")


def speaker_label(text: str, s: int) -> tuple[str | None, int]:
    """The person a paragraph's speaker label names ('Chairwoman Murkowski (AK):' before the
    quote at `s`), with where the name starts; (None, s) when the text before the colon is no
    such label: a heading ("Sullivan Opening Statement:"), a possessive ("McCaul's Question:"),
    a body ("the Federal Communications Commission (FCC):") or a bare name ("Background:").
    A transcript's capitals ("OBAMA:", "MR. SCOTT:") name a speaker without a title."""
    at = max(0, s - 200)
    head = text[at:s]
    m = _SPEAKER_LABEL.search(head if at else ". " + head)  # (the document's start opens one too)
    if m is None:
        return None, s
    lead = (head if at else ". " + head)[: m.start("label")].rstrip()
    if _ABBREVIATION_END.search(lead):
        return None, s  # "chaired by Rep. Rob Bishop (R-UT):": a title's dot ends no sentence
    if re.search(r"\bDear\b", m.group()[: m.start("label") - m.start()], re.I):
        return None, s  # "Dear Chairman Camp:": a letter's addressee, not its writer
    title, name = m.group("title"), m.group("name")
    if title and not title[0].isupper():
        return None, s  # ("... house.gov. Chairman Smith:": an address, not a title)
    words = name.split()
    capitals = m.group("label").isupper()
    if any(w.lower().strip(".") in _LABEL_NOT_NAME for w in words) or _INNER_POSSESSIVE.search(name + " ") \
            or sum(w.lower() in _COMMON_WORDS for w in words) > 1 \
            or any(w[:1].islower() for w in words) or not capitals and any(
                w.isupper() and len(w) > 1 and not w.endswith(".") for w in words):
        return None, s
    # a title, or a party in brackets: "(D-NY)"; a state alone ("(FCC)", "(AK)") needs the title
    if not title and not m.group("party") and not (
            capitals and len(words) <= 2 and all(len(w) > 3 and w.lower() not in _COMMON_WORDS for w in words)
            and _named_elsewhere(text, words[-1])):
        return None, s  # ("NOTEWORTHY:", "DURANGO HERALD:": no one the text names so)
    label = " ".join(m.group("label").split())
    if capitals:  # "MR. McDERMOTT": as the document writes the name elsewhere, else "Mr. Mcdermott"
        label = " ".join(_as_written(text, w) for w in label.split())
    return label, at + m.start("label") - (0 if at else 2)


_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[A-Z]|Rep|Reps|Sen|Sens|Mr|Mrs|Ms|Dr|St|Gov|Jr|Sr|Lt|Gen|Col|U\.S)\.$")


def _named_elsewhere(text: str, surname: str) -> bool:
    """Whether the text names a person with this surname after a first name or a title
    ("Senator Graham", "Lindsey Graham" for a transcript's "GRAHAM:")."""
    pattern = rf"(?<![Tt]he\s)\b[A-Z][\w.’'\-]*\s+{re.escape(surname[:1])}(?i:{re.escape(surname[1:])})\b"
    return any(not m.group().split()[-1].isupper() and m.group().split()[0].lower() not in _COMMON_WORDS
               or m.group().split()[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Senator", "President")
               for m in re.finditer(pattern, text))


def _as_written(text: str, word: str) -> str:
    """A word in capitals as the text writes it elsewhere ("McCAUL": "McCaul"), else in title case."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.I):
        if not m.group().isupper():
            return m.group()
    return word.title()


# a sentence opened by a connective has its subject elided: "And continued: ..."
_CONNECTIVES = frozenset("And But Then So Also Yet Or Nor Later Finally".split())



_COMMON_WORDS_TAG = 20  # the key of the common words in the regex cache (recache.memo; gazetteer.py has 13)


def _load_common_words() -> frozenset[str]:
    """The words of data/common_words.txt, kept in the regex cache's file under the file's
    text: the set of ~17,000 words is read back in a fifth of the instructions of
    splitting the text and hashing the words again (~30M of each start-up)."""
    text = data_text("common_words.txt")
    return recache.memo(text, _COMMON_WORDS_TAG, _words_of)  # type: ignore[no-any-return]


def _words_of(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_COMMON_WORDS = _load_common_words()
# a locative preposition right before a one-word name: "its depot in Tampere" names a
# place, no firm (not "shares in Multiplex", "a stake in Vodafone")
_PLACE_BEFORE = re.compile(r"(?<!\bshares\s)(?<!\bstake\s)(?<!\bstakes\s)(?<!\binvest\s)(?<!\binvested\s)"
                           r"\b(?:in|at|near|outside)\s+$")
# Names of bodies and places that title patterns can catch ("Speaker of the Upper House").
_PLACE_END = re.compile(
    r"\b(?:House|Chamber|Court|Council|Assembly|Parliament|Congress|Senate|Office|Department|Ministry|"
    r"Street|Road|Square|Palace|Hall|Centre|Center|Hospital|University|School|College|Club|Stadium|"
    r"Airport|Party|Committee|Commission|Agency|Bank|Group|Union|Board|Service|Forces|Army|Navy)$"
)
_DESC_ROLE = re.compile(rf"\b(?:{_ROLE_WORDS})\b", re.I)
_TICKER = re.compile(r"\s*<[^<>]{1,15}>")
_MIDDLE_INITIAL = re.compile(r"^[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+")
# a legal suffix ending a firm's name: "Chrysler" names "Chrysler Corp"
_LEGAL_SUFFIXES = "Corp Corporation Inc Co Company Ltd Limited PLC plc Group Holdings AG SA NV N.V LLC LP Cos".split()
_LEGAL_END = re.compile(r"\s(?:" + "|".join(map(re.escape, _LEGAL_SUFFIXES)) + r")\.?$")
# the last words of the firms' names: org words and legal suffixes
_ORG_WORDS = frozenset(w.replace("\\.", ".") for w in _ORG_SUFFIX.split("|")) | frozenset(_LEGAL_SUFFIXES)
_PUNCTUATION = string.punctuation + "‘’“”"  # around a word: "<Pesch and Co>", "Corp.,"
_ACTING_PREFIXES = tuple(_ACTING_WORDS)
_ORG_END = re.compile(rf"\b(?:{_ORG_SUFFIX})\.?$")
_COMMON_OPENERS = frozenset(
    """The A An It He She They We I In On At But And This That These Those His Her Their Our If
    When While As After Before However Under For There Some Many Most Analysts Shares Earlier Last
    Also Meanwhile Separately According What Why How Who Where No Not Sales Net Revenues Profit
    Officials Company Today Yesterday Now Then Both Each Such Other Its One Two""".split()
)
# Days and months name no one ("The prime minister on Sunday said": not a firm "Sunday");
# "May" is left out, it is a surname as often ("May said she would").
_CALENDAR = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
    August September October November December""".split()
)


def _common_single(name: str) -> bool:
    """A one-word name that is a common or calendar word: no one's name on its own."""
    return " " not in name and (name.lower() in _COMMON_WORDS or name in _CALENDAR)


# words a headline capitalises that no person's name holds
_HEADLINE_WORDS = frozenset("To For With From Into Over Is Are Will Would Can Should Must Help Says Calls".split())
_CUT_AT_INITIAL = re.compile(r"\s[A-Z]\.?$")
_INNER_POSSESSIVE = re.compile(r"\w['’]s?\s")
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")  # ("Pemberton Foods' chief executive": a plural's too)
_HONORIFIC = re.compile(
    rf"^(?:(?:{_TITLES})\.?\s+)+"
)


_DATELINE = re.compile(r"^[A-Z][A-Z.]{2,}(?:\s+[A-Z][A-Z.]+)*\s*[-—–]+\s*(?=[A-Z][a-z])")
# one word of two capitalised parts, a space lost between a first name and a surname
# ("JimMcGovern", "SethMoulton"); "McGovern", "DeGette" alone are one part each
_RUN_TOGETHER = re.compile(r"[A-Z][a-z]+(?:Mc|Mac|De|La|O['’])?[A-Z][a-z]+")


@functools.lru_cache(maxsize=65536)  # a document names the same few people again and again
def _clean_name(name: str) -> str:
    name = " ".join(name.split())  # wire copy breaks lines inside names
    name = _DATELINE.sub("", name)  # "MIAMI-Congressman Mario Diaz-Balart": a dateline glued on
    name = _POSSESSIVE_END.sub("", name.strip().rstrip(",.;:"))
    name = _US_CUT.sub("", name)  # "S. Senator Joni Ernst": "U.S." cut at its first dot
    name = _HONORIFIC.sub("", name)
    return name.strip()


_US_CUT = re.compile(r"^(?:U\.\s*)?S\.\s+(?=(?:Senators?|Sen|Reps?|Representatives?|Congress(?:wo)?man)\b)")


def _looks_like_person(name: str) -> bool:
    parts = [p for p in name.split() if p not in _NAME_PARTICLES] or name.split()  # "Rhys ap Gwilym"
    return 2 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts) and not any(p.isupper() and len(p) > 2 for p in parts)


# a new paragraph: a blank line, or a line opening indented (a line a wire story wraps
# opens at its margin)
def _paragraph_between(tail: str, m: re.Match[str]) -> bool:
    """'... by the House of Lords."\n\nMrs Robinson said the ruling ...': a quote's
    attribution after it stands in its paragraph; a name opening the next paragraph opens
    a sentence of its own (resolution.quote-paragraph-break)."""
    return _PARAGRAPH_BREAK.search(tail[: m.start("n1") if m.group("n1") is not None else m.start("n2") if m.group("n2") is not None else m.start("n3")]) is not None


def paragraph_after(text: str, end: int) -> bool:
    """Does a quote ending at `end` have an "X said" opening the next paragraph, which is
    not its attribution (for `tracker explain`)?"""
    tail = _undot_titles(text[end : end + 120])
    m = _QUOTE_AFTER.match(tail)
    return m is not None and _paragraph_between(tail, m)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]+$")  # (read on the white space before a name)
_PLACE_OF_HOLDER = re.compile(r"\b[\w.’'\-]+-(?:based|born|raised|educated)\b")


_CABINET_HOW = "resolution.uk-cabinet-title: a UK cabinet title in the text"


def _cabinet(gaz: Gazetteer, before: str, role: str) -> ActorInfo | None:
    """The United Kingdom, when the words before a name end in a UK cabinet title ("Home"
    + "Secretary"), not after "shadow", "former" or "ex-" (resolution.uk-cabinet-title)."""
    ends = role.split()
    if ends and not may_end_title(ends[-1]):
        return None  # (each phrase tried below ends in `role`)
    words = before.split()
    for k in range(min(4, len(words)), -1, -1):
        if uk_cabinet_title(" ".join([*words[len(words) - k:], role])):
            raw = words[len(words) - k - 1] if len(words) > k else ""
            prev = raw.lower()
            if prev in ("the", "britain's", "britain’s", "british", "uk"):
                return gaz.lookup(UK)
            if prev in ("shadow", "former", "ex", "then") or prev.startswith("ex-") \
                    or raw[:1].isupper() and not raw.endswith((".", '"', "”")) or prev.endswith(("'s", "’s")):
                return None  # (nor the tail of a longer title: "Industry and Foreign Trade Secretary")
            return gaz.lookup(UK)
    return None


def _affiliation(gaz: Gazetteer, phrase: str) -> ActorInfo | None:
    """The actor named in a role phrase: "French", "Labour", "the Ministry of Finance",
    "Heineken's chief executive", "chairman of Danone". A place before "-based" or "-born"
    says where the holder lives or was born, not whom the holder serves: "the UK-based
    co-chairman" of a firm speaks for the firm, not for the UK (resolution.place-of-holder)."""
    phrase = _PLACE_OF_HOLDER.sub(" ", phrase)
    hits = gaz.find(phrase)
    if hits:
        return hits[-1][2]
    m = _ORG.search(phrase)
    if m:
        org = re.sub(r"^(?:(?:of|and)\s+)+", "", m.group("org").strip())  # "leader of Essex County Council"
        return ActorInfo(org, "organisation")
    return None


# the words that make "vice president" a firm's rank ("senior vice president", "executive vice
# president"): a government has one vice president and no ranks of them
_FIRM_RANKS = frozenset(("senior", "executive", "corporate", "assistant", "group", "regional"))


def _role_body(gaz: Gazetteer, phrase: str) -> ActorInfo | None:
    """The body a role phrase says the role is of ("the German co-head of EADS", "head of
    European research at Union Bank of Switzerland"), when it is a firm or an organisation,
    not a place, a nationality or a government."""
    if _GOVERNMENT_ROLE.search(phrase):
        return None  # ("the French minister for Europe": a government's office, the country's)
    for m in _OWNER.finditer(phrase):
        org = _clean_name(m.group("org") or m.group("org2"))
        # ("president of US Sprint's Dallas-based Southwest Division": the firm whose unit it is)
        org = re.split(r"['’]s?(?=\s)", org)[0].strip() if m.group("org2") else org
        if not org or org.split()[0] in _COMMON_OPENERS or _COMMON_WORDS.issuperset(w.lower() for w in org.split()):
            continue
        known = gaz.lookup(org)
        if known is not None:
            if known.type in ("company", "organisation"):
                return known
            continue
        if " " not in org and (not org.isupper() and _QUALIFIES_NOUN.match(phrase, m.end()) or any(
                h.form == "adjective" or h.actor.type == "country" for h in gaz.find(org))):
            continue  # ("of European research": a nationality's word before a noun, no body)
        return ActorInfo(org, "organisation")
    return None


def _portfolio(gaz: Gazetteer, name: str) -> bool:
    """Words after a government's office that name what it is for, not a body: several words,
    no acronym, no body's ending, no actor we know ("National Development Planning", "East
    Contra Costa"; not "IPMA", "the Treasury", "Economic Development Board")."""
    words = name.split()
    return len(words) > 1 and not any(w.isupper() for w in words) and not _ORG_END.search(name) \
        and gaz.lookup(name) is None


# a word in lower case right after a capitalised one, not a function word: the capitalised one
# is an adjective ("European research", "Asian operations")
_QUALIFIES_NOUN = re.compile(r"\s+(?!(?:in|of|at|for|and|or|with|on|since|from|to|who|which|until|said|says|will|would|"
                             r"has|had|have|is|was|were|are|can|could|may|might|must|shall|should)\b)[a-z]")
_GOVERNMENT_ROLE = re.compile(r"\b(?:minister|secretary|chancellor|premier|ambassador|envoy|governor|senator|"
                              r"congressman|congresswoman|mp|mep|commissioner|consul|attach[eé])\b", re.I)


# the roles a body's officer holds, whose "we" is the body's (resolution.body-before-role)
_BODY_ROLE = re.compile(r"(?:(?:senior|executive|deputy|managing|co-)?\s*)?(?:chief executive|chairman|chairwoman|"
                        r"co-chairman|president|vice[- ]president|managing director|director|ceo|spokesman|"
                        r"spokeswoman|spokesperson|founder|general manager|chief)", re.I)
# a word ending a sentence: a mark after a word of lower-case letters ("Bay.", "said:"), not
# an abbreviation's ("Corp.", "U.S.")
_SENTENCE_END_WORD = re.compile(r"[a-z]{2}[.!?:;]$|[!?:;]$")
_BODY_BEFORE_ROLE_HOW = "resolution.body-before-role: the body named before the role is the holder's"


def _body_before_role(text: str, start: int, pre: str, role: str) -> ActorInfo | None:
    """The body an unknown name before a firm's or a group's role names ("Qantas chief
    executive Geoff Dixon", "MAB spokesman Azzam Tamimi", "Segas chairman X"): the holder
    speaks for it (resolution.body-before-role); None for a government's office, an
    adjective of rank ("Former", "Acting"), a common opener, or a word capitalised only by
    opening its sentence ("Shell chairman" after a full stop may be "shell")."""
    if not _BODY_ROLE.fullmatch(role.strip()) or _GOVERNMENT_ROLE.search(role):
        return None
    words = pre.split()
    ends = [i for i, w in enumerate(words) if _SENTENCE_END_WORD.search(w)]
    if ends:
        words = words[ends[-1] + 1:]  # the words after a sentence's end ("... Hollin Bay. Its chairman X")
    while words and not (words[0][:1].isupper() or words[0][:1].isdigit()):
        words = words[1:]  # ("the MAB spokesman": the name after the article)
    if not words or not all(w[:1].isupper() or w in ("of", "and", "&") for w in words) \
            or any(w in _COMMON_OPENERS or w in _CALENDAR for w in words) or words[-1].endswith(("'s", "’s", "s'", "s’")) \
            or any(w.lower() in _ADJ_BEFORE_ROLE or w.lower() in _FIRM_RANKS for w in words):
        return None
    at = text.find(words[0], start)
    lead = text[max(0, at - 3):at].strip(" \"“‘'(")
    if len(words) == 1 and words[0].lower() in _COMMON_WORDS and (at <= 0 or not lead or lead[-1:] in ".!?:\n"):
        return None  # ("Shell chairman ..." opening a sentence: no telling a name from a word)
    return ActorInfo(" ".join(words), "organisation")


def _owner(phrase: str) -> ActorInfo | None:
    """The body a role description names as its holder's: "Heineken's chief executive",
    "Philips' chairman", "chairman of Danone" (not "of State", a common word)."""
    for m in _OWNER.finditer(phrase):
        org = _clean_name(m.group("org") or m.group("org2"))
        if org and org.split()[0] not in _COMMON_OPENERS and (" " in org or org.lower() not in _COMMON_WORDS):
            return ActorInfo(org, "organisation")
    return None


# a description that is a clause, not a role: ", which had ...", ", in rejecting ..."
_NOT_DESC = re.compile(
    r"(?:which|who|whose|whom|where|when|while|in|on|at|after|before|as|if|and|but|for|from|with|by|to|"
    r"said|says|has|had|have|is|was|were|are)\b", re.I)
_TITLE_WORD = re.compile(rf"(?:{_TITLES}|{_ROLE_WORDS})\.?", re.I)


# whose role it is: "Heineken's chief executive", "Philips' chairman", "chairman of Danone"
_OWNER = re.compile(
    rf"^(?:the\s+)?(?P<org>{NAME})(?:['’]s?)\s+(?=[a-z])|\b(?:of|at|for|with)\s+(?:the\s+)?(?P<org2>{NAME})"
)


# a release's first line names who issues it: "PRESS RELEASE — Tarn Valley Creameries",
# "News release: Ministry of Finance" (GUIDELINES: the author of a release is its "we")
_RELEASE_HEADER = re.compile(
    r"^\s*(?i:press\s+release|news\s+release|media\s+release|press\s+statement)\s*[—–:|\-]+\s*"
    r"(?P<a>[A-Z][\w&.,'’\- ]{1,80}?)\s*(?:\n|$)")


def _author_from_header(text: str) -> str | None:
    m = _RELEASE_HEADER.match(text[:200])
    return m.group("a").strip(" ,.") if m else None


# a run of capitalised words in a text ("Rep. Darrell Issa", "Mario Diaz-Balart")
_CAP_WORDS = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*")


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter added, dropped or changed ("Darell" / "Darrell")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


_NOT_LETTER = re.compile(r"[^a-z]")


def _letters(word: str) -> str:
    return _NOT_LETTER.sub("", word.lower())


def _is_token_char(c: str) -> bool:
    return c.isalnum() or c in "_'’-"  # ([\w'’\-] of a str pattern)


@functools.lru_cache(maxsize=8)
def _cap_window(n: int) -> re.Pattern[str]:
    """`n` words of a run of `_CAP_WORDS`, from one of its words on."""
    return re.compile(r"[A-Z][\w'’\-]*" + r"(?:\s+[A-Z][\w'’\-]*)" * (n - 1))


def _author_as_spelled(author: str, text: str) -> str:
    """A release's author as its text spells the name: a source label may lose a hyphen or a
    capital ("Mario Diazbalart" for Mario Diaz-Balart, "Betty Mccollum" for Betty McCollum) or
    a letter ("Darell Issa" for Darrell Issa); when the text never spells the author as the
    label does but spells a name of as many words so (each word the same letters, or one word
    one letter apart), the author is the text's spelling (resolution.author-spelling)."""
    words = author.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or author in text:
        return author
    keys = [_letters(w) for w in words]
    initial = keys[0][:1].upper()
    seen: dict[str, int] = {}
    memo: dict[str, str] = {}  # (a release repeats its names: each word's letters once)
    n = len(words)
    # The windows of `n` words of the runs of capitalised words (`_CAP_WORDS`) that open with
    # a word of the author's initial (each word of a run opens with an ASCII capital, the
    # first of its letters; no initial, no window), found from the initial's occurrences
    # (speed: capitals are few, the runs many).
    window = _cap_window(n)
    p = text.find(initial) if initial else -1
    while p >= 0:
        # a run's word starts here unless a capital earlier in the same token opened a run
        t = p
        while t > 0 and _is_token_char(text[t - 1]):
            t -= 1
        m = window.match(text, p) if t == p or _UPPER.search(text, t, p) is None else None
        p = text.find(initial, p + 1)
        if m is None:
            continue
        cand = m.group().split()
        ck = [memo[w] if w in memo else memo.setdefault(w, _letters(w)) for w in cand]
        diff = [j for j, (x, y) in enumerate(zip(keys, ck)) if x != y]
        if not diff or (len(diff) == 1 and min(len(keys[diff[0]]), len(ck[diff[0]])) >= 4
                        and keys[diff[0]][:1] == ck[diff[0]][:1] and _one_edit(keys[diff[0]], ck[diff[0]])):
            name = " ".join(w.rstrip("'’") for w in cand)
            if name.endswith(("'s", "’s")):
                name = name[:-2]
            seen[name] = seen.get(name, 0) + 1
    if seen:
        return max(seen, key=lambda n: seen[n])
    return _author_known_as(author, text) or author


_MEMBER_TITLE = r"(?:Congressman|Congresswoman|Representative|Rep\.|Senator|Sen\.)"


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # (what \w matches in a str pattern)


def _has_word(text: str, word: str) -> bool:
    """`re.search(rf"\\b{re.escape(word)}\\b", text)`, without compiling a pattern per
    document (a \\b: a word character on one side only)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if ((i > 0 and _is_word_char(text[i - 1])) != _is_word_char(word[0])
                and _is_word_char(word[-1]) != (j < len(text) and _is_word_char(text[j]))):
            return True
        i = text.find(word, i + 1)
    return False


_MEMBER_FIRST = re.compile(rf"\b{_MEMBER_TITLE}\s+([A-Z][a-z]+)")
_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.")
_SPACE_RUN = re.compile(r"\s+")


def _members_named(text: str, last: str) -> list[tuple[int, str]]:
    """(start, group 1) of each match of ``re.finditer(rf"\\b{_MEMBER_TITLE}\\s+([A-Z][a-z]+
    (?:\\s+[A-Z]\\.)?\\s+{re.escape(last)})\\b", text)``, without compiling a pattern per
    surname: a title, a first name, maybe a middle initial, the surname."""
    out: list[tuple[int, str]] = []
    pos = 0
    while True:
        m = _MEMBER_FIRST.search(text, pos)
        if m is None:
            return out
        end = -1
        for after in (_INITIAL_AFTER.match(text, m.end()), m):  # with the initial, then without
            sp = _SPACE_RUN.match(text, after.end()) if after is not None else None
            if sp is not None and text.startswith(last, sp.end()) and _BOUNDARY.match(text, sp.end() + len(last)):
                end = sp.end() + len(last)
                break
        if end < 0:
            pos = m.start() + 1
            continue
        out.append((m.start(), text[m.start(1):end]))
        pos = end


def _author_known_as(author: str, text: str) -> str | None:
    """A release's member as the text names them, where the source label gives another first
    name: "William Thornberry" for a release that says "Congressman Mac Thornberry". The one
    name of that surname after a member's title, in the release's opening, whose first name
    the label does not have
    (another first letter: not a short form the store joins anyway) and the text never uses
    (resolution.author-known-as)."""
    words = author.split()
    if len(words) != 2:
        return None  # ("William Lacy Clay": "Congressman Bill Clay" is his father)
    last, first = words[-1], words[0]
    if last not in text or _has_word(text, first):
        return None
    hits = _members_named(text, last)
    found = {" ".join(name.split()) for _, name in hits}
    if len(found) != 1 or hits[0][0] > 400:
        return None  # (a release opens with its member: "Congressman John D. Dingell" later on is another)
    name = found.pop()
    return name if name[0] != first[0] else None


@functools.lru_cache(maxsize=4096)  # (a member's releases share one source label)
def _author_from_source(source: str | None) -> str | None:
    if not source:
        return None
    m = _AUTHOR_FROM_SOURCE.search(source)
    return m.group("a").strip() if m else None
