"""The ASCII twins of the rule patterns (engine._twin) match as the patterns do on any
plain text (engine._plain): the cue and guard regexes run them on plain sentences. So do
their lowered twins (plaintext._low_twin) on the lowered text, and those of the deadline
starts (quantities) and the vague phrases (testable). A pattern's lowered gate
(plaintext._low_gate) finds a match in the lowered text wherever the pattern finds one."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import rules as rules_mod
from tracker.extract.engine import _REPORTING_FORM, _VERB_AFTER, _low_twin, _plain, _twin
from tracker.extract.plaintext import _low_gate
from tracker.extract.quantities import _DEADLINE_RX, _DEADLINE_START, _deadline_matches
from tracker.extract.testable import _rules as testable_rules

RULES = rules_mod.load(None)
# the rules' patterns and the module patterns _analyse, find_deadline and judge run as twins
PATTERNS = [r.regex for r in (*RULES.cues, *RULES.guards)] + \
    [_VERB_AFTER, _REPORTING_FORM, _DEADLINE_START, testable_rules().vague_phrases]
# words the cues and guards read, written in several cases, with the marks a plain text may hold
PIECES = ("will", "Will", "WILL", "would", "pledged", "Pledge", "a", "an", "the", "goal", "Aim", "is", "to",
          "be", "not", "never", "has", "made", "commitment", "resolved", "plans", "intends", "said", "if",
          "expected", "we", "We", "they", "It", "our", "main", "of", "promise", "that", "'s", "going",
          " ", " ", " ", "  ", "\n", "\t", ",", ".", "-", "'", "’", "‘", "“", "”", "–", "—", "…", "£", "€",
          "(", ")", "10", "_", "$", "K", "k", "s", "S", "i", "I", "By", "by", "next", "Year", "IN", "within",
          "2030", "months", "work", "Towards", "toward", "on", "March", "JAN.", "5", "1st", "Monday", "today")
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def test_every_built_in_pattern_has_a_twin() -> None:
    assert all(_twin(rx) is not rx and _twin(rx).flags & re.ASCII for rx in PATTERNS)
    assert all(_twin(rx) is _twin(rx) for rx in PATTERNS[:3])  # compiled once


def test_a_pattern_whose_letter_folds_to_ascii_keeps_its_own() -> None:
    kelvin = re.compile("\u212a", re.I)  # the Kelvin sign matches "k" only without re.ASCII
    assert _twin(kelvin) is kelvin
    escaped = re.compile(r"\u017f", re.I)  # the long s, written as an escape
    assert _twin(escaped) is escaped


def test_plain_texts() -> None:
    assert _plain("He said “we will” – £10…")
    assert not _plain("a\x1cb")  # a separator: white space (\s) only in Unicode
    assert not _plain("café") and not _plain("a\u00a0b") and not _plain("\u212a")


@settings(max_examples=200, deadline=None)
@given(texts)
def test_twins_match_as_their_patterns_on_plain_text(text: str) -> None:
    assert _plain(text)
    for rx in PATTERNS:
        twin = _twin(rx)
        assert [(m.span(), m.groups()) for m in twin.finditer(text)] == \
            [(m.span(), m.groups()) for m in rx.finditer(text)], rx.pattern[:60]


def test_low_twins() -> None:
    low = _low_twin(_VERB_AFTER)
    assert low is not None and not low.flags & re.IGNORECASE and low.flags & re.ASCII
    assert _low_twin(_VERB_AFTER) is low  # compiled once
    # an upper-case letter, written or escaped, a back reference or a flag set inside: none
    # ("[!-_]" holds A-Z but spells none)
    for pat in ("wIll", r"\x41", r"\u0061", r"\101", "(?-i:a)", "(?P<x>a)(?P=x)", "[!-_]", "[^!-_]x", "a|(?-i:b)"):
        assert _low_twin(re.compile(pat, re.I)) is None, pat
    assert _low_twin(re.compile("a")) is None  # (not case-insensitive: nothing to gain)
    assert _low_twin(re.compile(r"(?P<Word>\w+)\S\B", re.I)) is not None  # (no letter to match)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_low_twins_match_as_their_patterns_on_plain_lowered_text(text: str) -> None:
    assert _plain(text)
    for rx in PATTERNS:
        low = _low_twin(rx)
        if low is not None:
            assert [(m.span(), m.groups()) for m in low.finditer(text.lower())] == \
                [(m.span(), tuple(g and g.lower() for g in m.groups())) for m in rx.finditer(text)], rx.pattern[:60]


@settings(max_examples=200, deadline=None)
@given(texts)
def test_deadlines_found_as_the_pattern_finds_them(text: str) -> None:
    # (_deadline_matches looks for the starts with their lowered twin in a plain text)
    assert [m.span() for m in _deadline_matches(text)] == [m.span() for m in _DEADLINE_RX.finditer(text)]


def test_low_gates() -> None:
    goal = next(r.regex for r in RULES.cues if r.id == "intention.goal")  # (its "(?-i:[a-z0-9])": no lowered twin)
    gate = _low_gate(goal)
    assert _low_twin(goal) is None and gate is not None and not gate.flags & re.IGNORECASE and gate.flags & re.ASCII
    assert _low_gate(goal) is gate  # compiled once
    # none: a pattern with a lowered twin, or not case-insensitive, a case-sensitive group in a
    # negative look-around or holding a capital, a back reference, an atomic group, a "(?-i:"
    # that opens no group
    for pat in ("will", r"a(?!(?-i:b))", r"a(?<!(?-i:x)a)", "(?-i:A)", r"(?-i:a)(?P<x>b)(?P=x)", r"(?>(?-i:a)|b)c",
                r"(?-i:a)++", r"\(?-i:a", r"[(?-i:]x(?-i:a)", "(?i:a)(?-i:b)"):
        assert _low_gate(re.compile(pat, re.I)) is None, pat
    assert _low_gate(re.compile("(?-i:a)b")) is None
    assert _low_gate(re.compile(r"x(?=(?-i:[a-z]))", re.I)) is not None  # (a positive look-ahead: relaxed, it takes more)


_GOAL_TEXTS = ["Our goal is to build", "Its main aim would be to cut costs", "The goal of Operation Streamline is to stop",
               "MENTOR's goal is to help", "Our GOAL IS TO Win", "the aim of the plan is to end", "His priority remains to fix",
               "a goal in 2030 will be to grow", "the long-term ambition is to 5x", "Focus is to", "focus for Acme is to rise"]


@settings(max_examples=200, deadline=None)
@given(texts)
def test_low_gates_find_a_match_wherever_their_patterns_do(text: str) -> None:
    # (in a plain text's lowering: where the gate finds none, the pattern has none, and its cue is not tried)
    for t in (text, *_GOAL_TEXTS):
        assert _plain(t)
        for rx in PATTERNS:
            gate = _low_gate(rx)
            if gate is not None and rx.search(t) is not None:
                assert gate.search(t.lower()) is not None, (rx.pattern[:60], t)
