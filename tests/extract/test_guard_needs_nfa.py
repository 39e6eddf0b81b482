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
