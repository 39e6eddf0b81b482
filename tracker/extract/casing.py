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
_SPACE_LOWER_4 = re.compile(" [a-z]{4}")  # (a quick case of it)
_ACRONYM_MAX = 4  # an all-capitals word this short, not a common word, stays in capitals ("BASF")
_MIN_LETTERS = 8
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _uniform_case(text: str) -> str | None:
    """'upper', 'lower' or 'title' when `text` is written in one case, else None."""
    if text.isupper():
        return "upper"
    if text.islower():
        return "lower"
    # (most texts: a lower-case word of four letters; a long text's is looked for from its
    # middle first: its headline may be in title case, its body seldom is; first as one after
    # a space, which the regex engine finds by its literal: such a word is a match too)
    half = len(text) // 2
    if _SPACE_LOWER_4.search(text, half) or _LOWER_WORD_OF_4.search(text, half) or _LOWER_WORD_OF_4.search(text):
        return None
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


# In one case a name of common words ("BRIGHTWATER FREIGHT SAID", "the homeland front is")
# loses its capitals: the words after a name word up to the subject's verb are the rest of
# the name. These verbs end a subject; the words these sets hold never join a name.
_SUBJECT_END = frozenset("""said says told tells announced announces confirmed confirms insisted insists declared
declares is are was were has have had will would shall can could may might must should plans planned
pledged pledges promised promises vowed vows swore swears undertook agreed agrees guaranteed guarantees
intends aims hopes wants gave gives stands stand""".split())
_NOT_IN_NAME = frozenset("""a an the this that these those its their his her our my your it they he she we i you
and or but nor of to in on at by for with from as than then also now still not never just only
who which whose what when where why how there here all some any each every both either neither
new old last next first""".split())
# the head noun of a party or movement named only by common words ("THE SOCIAL PACT PARTY")
# (and the plural or the centre a party is named for: "the coastal independents", "the
# democratic centre", "the rural democrats")
_PARTY_HEADS = frozenset("party front alliance coalition league movement bloc union list congress "
                         "independents democrats republicans socialists liberals conservatives greens "
                         "centre center".split())
_NAME_RUN_MAX = 3


def _join_name_runs(words: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    """Capitalise the common words that continue a name up to the subject's verb: after a
    word taken as a name (`named`), or, after an opening "the", a run that holds a name
    word or ends in a party's head noun. Only words right before a verb of _SUBJECT_END
    are joined."""
    out = list(words)

    def joins(k: int) -> bool:
        low = words[k][2].lower()
        if low in ("for", "of") and k > 0 and words[k - 1][2].lower() in _PARTY_HEADS:
            return True  # "the movement for renewal", "the party of the regions": the head's complement
        return low not in _NOT_IN_NAME and low not in _SUBJECT_END \
            and words[k][2].isalpha() and not low.endswith("ly")

    for i, (_, _, w, named) in enumerate(words):
        after_the = i == 1 and words[0][2].lower() == "the" and joins(i)
        if not named and not after_the:
            continue
        j = i + 1
        while j < len(words) and j - i <= _NAME_RUN_MAX and joins(j):
            j += 1
        if j == i + 1 or j >= len(words) or words[j][2].lower() not in _SUBJECT_END:
            continue
        if after_the and not (words[j - 1][2].lower() in _PARTY_HEADS or any(x[3] for x in words[i:j])
                              or any(x[2].lower() in ("for", "of") for x in words[i:j])):
            continue
        for k in range(i, j):
            a, b, w2, _ = out[k]
            if w2.lower() not in ("for", "of"):
                out[k] = (a, b, w2[:1].upper() + w2[1:], True)
        if after_the:
            break  # (the sentence's subject: once)
    return out


def case_view(text: str) -> str | None:
    """The view of `text` with common words in lower case and names capitalised, when
    `text` is written in one case; None otherwise (or when no view of the same length
    exists)."""
    case = _uniform_case(text)
    if case is None or sum(c.isalpha() for c in text[:64]) < _MIN_LETTERS:
        return None
    words: list[tuple[int, int, str, bool]] = []  # start, end, the word in the view, read as a name
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
        named = new[:1].isupper() and low not in _COMMON_WORDS and low not in _ALWAYS_LOWER
        if first and new[:1].islower():
            new = new[:1].upper() + new[1:]
        first = False
        words.append((m.start(), m.end(), new, named))
    if case != "title":
        words = _join_name_runs(words)
    out: list[str] = []
    last = 0
    for start, end, new, _ in words:
        out.append(text[last:start])
        out.append(new)
        last = end
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
# (written as one class then the rest of the run: " " + [\s“”"‘«»]+, or any other of them + the
# rest, so that the regex engine scans for the class instead of trying each position)
FOLD = re.compile(r'[\s“”"‘«»](?:(?<= )[\s“”"‘«»]+|(?<! )[\s“”"‘«»]*)')


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
    # FOLD makes each run of white space and quote marks one space, and leaves a lone space:
    # so does turning the quote marks into spaces and joining the words `str.split` (white
    # space: what \s matches) finds with one space, which strips the ends as well (a
    # string method each, not a pattern tried at every space)
    for q in '"' if text.isascii() else _QUOTE_MARKS:  # (the one an ASCII text may hold)
        if q in text:
            text = text.replace(q, " ")
    # (a text with no double space and no white space but " " is already joined so, but for
    # a space at either end; every white space character but " " is unprintable, so one
    # isprintable scan tells: tests/extract/test_casing.py)
    if "  " not in text and text.isprintable():
        return text.strip(" ")
    return " ".join(text.split())


_QUOTE_MARKS = '“”"‘«»'  # (FOLD's characters that are no white space)
