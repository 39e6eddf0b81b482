"""The people scanners' speed paths answer exactly as the plain forms they stand for:
`_starts_before` as one search per anchor, `_Scanner.over` as one scan per window, `_found`
as the automaton's own search of a stretch (speed only: nothing here decides a finding)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import context

# words of the scanners' anchors, and of names: a text of them is dense in hits
_WORDS = ["Mr", "Dr.", "Sen.", "minister", "chairman", "said", "says", "told", "is", "was", "leads", "led",
          "MP", "peer", "Labour's", "’s", "(D-OR)", "(R-TX),", "54,", "aged", "the", "a", "of", "and", "who",
          "Anna", "Kowalczyk", "Lee", "O'Neill", "Ferris-Lake", "J.", "U.S.", "van", "der", "Berg", "Acme",
          "Corp", "Bank", "He", "She", "he", "she", ",", ".", "“", "”", "\n", "—", "éclair", "Zoë"]
_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join)
_SEPARATED = st.lists(st.sampled_from(_WORDS), max_size=60).map(lambda ws: "".join(
    w + (" " if i % 3 else ", ") for i, w in enumerate(ws)))
_SCANNERS = [context._role_names, context._title_names, context._party_tags, context._name_appositions,
             context._said_names, context._copula_roles, context._aged_names, context._leaders,
             context._subject_names, context._orgs, context._party_members, context._owned_names]


def _windows(data: st.DataObject, n: int) -> list[tuple[int, int]]:
    cuts = sorted(data.draw(st.lists(st.integers(0, n), max_size=8)))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]


@settings(max_examples=300, deadline=None)
@given(_TEXTS | _SEPARATED, st.data())
def test_starts_before_is_one_search_an_end(text: str, data: st.DataObject) -> None:
    ends = data.draw(st.lists(st.integers(0, len(text)), max_size=6))
    extra = data.draw(st.lists(st.integers(0, len(text)), max_size=3))
    words = data.draw(st.sampled_from([3, 4, 5, 11]))
    for first in (context._UPPER, context._LETTER, context._ORG_FIRST):
        plain = set(extra)
        for e in ends:
            plain.update(m.start() for m in first.finditer(text, context._back_words(text, e, words), e + 1))
        assert context._starts_before(text, ends, words, first, extra) == sorted(plain)


@settings(max_examples=200, deadline=None)
@given(_TEXTS | _SEPARATED, st.data())
def test_over_is_one_scan_a_window(text: str, data: st.DataObject) -> None:
    windows = _windows(data, len(text))
    for scanner in _SCANNERS:
        got = {m.start(): m for lo, hi in windows for m in scanner(text, lo, hi)}
        assert [m.span() for m in scanner.over(text, windows)] == [got[k].span() for k in sorted(got)]


@settings(max_examples=200, deadline=None)
@given(_TEXTS | _SEPARATED, st.data())
def test_found_is_the_automaton_search(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    automaton = context._PEOPLE_WORD_FINDER
    assert list(context._found(automaton, text, lo, hi)) == list(automaton.iter(text, lo, hi))


_ROLE_WORDS_ALONE = context._finder(([w.replace("\\.", ".") for w in context._ROLE_WORDS.split("|")],
                                     [*context._SPACES, ","]))
_TITLES_ALONE = context._finder((context._TITLES.split("|"), [*context._SPACES, "."]))


@settings(max_examples=200, deadline=None)
@given(_TEXTS | _SEPARATED, st.data())
def test_one_automaton_finds_the_hits_of_each_list(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    roles, titles = context._people_words(text, lo, hi)
    assert sorted(roles) == sorted((e, n) for e, (n, _) in context._found(_ROLE_WORDS_ALONE, text, lo, hi))
    assert sorted(titles) == sorted((e, n) for e, (n, _) in context._found(_TITLES_ALONE, text, lo, hi))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["MP", "MSP", "MEP", "AM", "MLA", "peer", "Tim", "x", " ", "\n", "\u00a0",
                                 "  ", "(", ".", "MPs"]), max_size=30).map("".join), st.data())
def test_member_titles_are_the_anchor_pattern(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    plain = [m.start() for m in context._MEMBER_TITLE_AT.finditer(text, lo, hi)]
    assert [m.start() - 1 for m in context._TITLE_AFTER_SPACE.finditer(text, lo + 1, hi)] == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", '"', "‘", "’", "\n", "x", " ", "é", "said"]), max_size=30).map("".join),
       st.data())
def test_next_mark_is_the_search_of_the_set(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text) + 1))
    for marks in (context._QUOTE_MARKS, context._OPEN_MARKS, context._DOUBLE_MARKS, '"\n', '"'):
        m = re.compile("[" + re.escape(marks) + "]").search(text, pos)
        assert context._next_mark(text, marks, pos) == (m.start() if m else -1)


@settings(max_examples=200, deadline=None)
@given(_TEXTS | _SEPARATED, st.data())
def test_a_window_without_its_anchor_has_no_starts(text: str, data: st.DataObject) -> None:
    # (`_Scanner.over` passes over such windows: the anchor's search is a necessary test)
    for lo, hi in _windows(data, len(text)):
        for scanner in _SCANNERS:
            if scanner.anchor is not None and scanner.anchor.search(text, lo, hi) is None:
                assert scanner.starts(text, lo, hi) == []
