"""A case-normalised view of text written in one case: all capitals ("BASF SAID IT
WOULD FREEZE ITS PRICES."), all lower case ("yuki morimoto said she would ..."), or
every word capitalised ("Canada Pledged To Build 3,500 New Homes.").

The rules read case: a capital marks a name, a lower-case word a verb. Text in one case
carries no such marks, so it is read through a view of the same length in which common
English words (data/common_words.txt) are lower case and the other words capitalised
as names. Offsets are unchanged, and the finding keeps the original sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.context import _COMMON_WORDS
from tracker.extract.model import Document

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?")
# closed-class words missing from the common-words list or shadowed by names there
_ALWAYS_LOWER = frozenset("a an the may might must can could shall should will would".split())
_TITLE_SMALL = frozenset("a an the and or but nor of to in on at by for with from as".split())
_LOWER_WORD_OF_4 = re.compile(r"(?<![\w'’-])[a-z]{4,}")
_ACRONYM_MAX = 4  # an all-capitals word this short, not a common word, stays in capitals ("BASF")
_MIN_LETTERS = 8
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _uniform_case(text: str) -> str | None:
    """'upper', 'lower' or 'title' when `text` is written in one case, else None."""
    if text.isupper():
        return "upper"
    if text.islower():
        return "lower"
    if _LOWER_WORD_OF_4.search(text):
        return None  # (most sentences: a lower-case word of four letters)
    words = _WORD.findall(text)
    if len(words) < 3:
        return None
    common = 0
    for w in words:
        low = w.lower()
        if w[0].islower() and low not in _TITLE_SMALL:
            return None
        if w[0].isupper() and low in _COMMON_WORDS:
            common += 1
    # a run of capitalised names ("Rafael Nadal Of Spain") is no title: common words are
    return "title" if common >= 2 else None


def case_view(text: str) -> str | None:
    """The view of `text` with common words in lower case and names capitalised, when
    `text` is written in one case; None otherwise (or when no view of the same length
    exists)."""
    case = _uniform_case(text)
    if case is None or sum(c.isalpha() for c in text[:64]) < _MIN_LETTERS:
        return None
    out: list[str] = []
    last = 0
    first = True
    for m in _WORD.finditer(text):
        w = m.group()
        low = w.lower()
        if low == "i":
            new = "I"
        elif _INITIALS.fullmatch(low):
            new = low.upper()  # "u.s" -> "U.S"
        elif low in _ALWAYS_LOWER or (low in _COMMON_WORDS and not (first and case == "lower")):
            new = low
        elif case == "upper" and len(w) <= _ACRONYM_MAX and low not in _COMMON_WORDS:
            new = w  # "BASF", "NATO"
        else:
            new = low[:1].upper() + low[1:]  # a name, or the first word
        if first and new[:1].islower():
            new = new[:1].upper() + new[1:]
        first = False
        out.append(text[last : m.start()])
        out.append(new)
        last = m.end()
    out.append(text[last:])
    view = "".join(out)
    return view if len(view) == len(text) and view != text else None


def doc_in_case(doc: Document) -> Document:
    """`doc`, or a copy whose text is its case view when the whole text is in one case
    (the document's people and firms are then found as in normally cased text)."""
    view = case_view(doc.text)
    return doc if view is None else replace(doc, text=view)


# quote marks and runs of whitespace fold to one space: the rules read "said it would"
# whatever quotes or line breaks the text has
FOLD = re.compile(r'(?: [\s“”"‘«»]+|[^\S ][\s“”"‘«»]*|[“”"‘«»][\s“”"‘«»]*)')


# what FOLD finds something in: a double space, or a character it folds other than a
# space (white space other than " ", a quote mark); one class, which the regex engine
# scans for fast (FOLD itself is tried at every position)
# (tests/extract/test_casing.py checks that these are all of str.isspace's, which \s uses)
_SPACES_BUT_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_FOLDED = re.compile("[" + _SPACES_BUT_SPACE + '“”"‘«»]')


def reading_form(raw: str) -> str:
    """A sentence as the rules read it: quotes and whitespace folded, through its case
    view when it is written in one case ("BASF SAID IT WOULD ...": "BASF said it would")."""
    view = case_view(raw)
    text = raw if view is None else view
    if "  " in text or _FOLDED.search(text) is not None:  # (else FOLD changes nothing)
        text = FOLD.sub(" ", text)
    return text.strip()
