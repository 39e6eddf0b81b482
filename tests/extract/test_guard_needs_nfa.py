"""prefilter._GuardNeeds: the guards' needs found by ahocorasick_rs's contiguous NFA are
the hits pyahocorasick's automaton finds, in the same order."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tracker.extract import Extractor, prefilter

pytestmark = pytest.mark.skipif(prefilter.ahocorasick_rs is None, reason="ahocorasick_rs not installed")


@pytest.fixture(scope="module")
def both(ex: Extractor) -> tuple[prefilter._GuardNeeds, prefilter._GuardNeeds]:
    guards = [g for g in ex.ruleset.guards if g.where in ("sentence", "before", "after")]
    rust = prefilter._GuardNeeds(guards)
    saved = prefilter.ahocorasick_rs
    prefilter.ahocorasick_rs = None
    try:
        plain = prefilter._GuardNeeds(guards)
    finally:
        prefilter.ahocorasick_rs = saved
    assert rust._nfa is not None and plain.finder is not None
    return rust, plain


def test_same_hits_on_sentences(both: tuple[prefilter._GuardNeeds, prefilter._GuardNeeds]) -> None:
    rust, plain = both
    for text in ["if the committee said it would, as expected, act by 2025 to fund the programme",
                 "we’ll see — café owners can’t expect that; they’re sure it’s so",
                 "", "to", "legislation legislative act acts actor", "if \ud800as to\udfff, that"]:
        assert rust.hits(text) == plain.hits(text)


_PIECES = ["if", "as", "to", "the", "committee", "said", "expect", "ed", "ing", "café", "’ll", "—", " ", " ", "\ud800",
           "act", "fund", "20", "19", "that", "sure", "report", "by", "é", "x"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=30))
def test_same_hits_on_piece_runs(both: tuple[prefilter._GuardNeeds, prefilter._GuardNeeds], pieces: list[str]) -> None:
    rust, plain = both
    text = "".join(pieces)
    assert rust.hits(text) == plain.hits(text)


def _reference(low: str, needs: tuple[str, ...], whole: bool, lo: int, hi: int) -> bool:
    """may_match as written out: a need's hit inside the window, as a whole word (or a
    word's start, for a prefix need "x*") when the guard asks."""
    for need in needs:
        key, prefix = need.rstrip("*"), need.endswith("*")
        for start in range(len(low)):
            end = start + len(key)
            if not low.startswith(key, start) or start < lo or end > hi:
                continue
            if not whole:
                return True
            before, after = (low[start - 1] if start else " "), low[end : end + 1]
            left = not (before.isalnum() or before == "_")
            on = after.isalnum() or after == "_"
            if (left or start == lo) and (on if prefix else (not on or end == hi)):
                return True
    return False


_NEED_SETS = [("specul*", "if"), ("specul*", "specul"), ("as", "as*", "a")]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(["specul", "ate", "if", "as", "a", " ", "_", ",", "x"]), max_size=12),
       which=st.integers(0, len(_NEED_SETS) - 1), whole=st.booleans(), cut=st.tuples(st.integers(0, 20), st.integers(0, 20)))
def test_may_match_is_the_needs_looked_for(ex: Extractor, pieces: list[str], which: int, whole: bool,
                                           cut: tuple[int, int]) -> None:
    from dataclasses import replace

    needs = _NEED_SETS[which]
    guard = replace(ex.ruleset.guards[0], id="guard.test", needs=needs, needs_words=whole)
    index = prefilter._GuardNeeds([guard])
    low = "".join(pieces)
    lo, hi = min(cut[0], len(low)), min(max(cut), len(low))
    hits = index.hits(low)
    assert index.may_match(hits, index.slot["guard.test"], lo, hi, low) == _reference(low, needs, whole, lo, hi)
