"""prefilter.cue_branches: a cue's alternative that may start at any letter, left out of
its ASCII twin where its needs are absent, finds the same matches as the whole twin."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from tracker.extract import Extractor
from tracker.extract.engine import _plain, _prunable, _twin
from tracker.extract.fastscan import starts_at_any_letter
from tracker.extract.prefilter import _branches


def test_branches_of_patterns() -> None:
    # (only "[a-z]+ly ... fixed" may start at any letter: its needs are tested)
    assert _branches(r"\b(?:has\s+)?(?:made\s+a\s+pledge|(?:[a-z]+ly\s+)?fixed)") == (
        r"\b(?:has\s+)?", [r"made\s+a\s+pledge", r"(?:[a-z]+ly\s+)?fixed"], [(), ("fixed",)])
    assert _branches(r"\bwill\b|(?:\w+\s+)?would\b") == ("", [r"\bwill\b", r"(?:\w+\s+)?would\b"], [(), ("would",)])
    assert _branches(r"\b(?:will|shall)\b") is None  # (no alternative starts at any letter)
    assert _branches(r"(?:\w+\s+)?would\b|[a-z]+ly\s+will") is None  # (all do: one is always kept)
    assert _branches(r"\b(?:will|(?:\w+\s+)?would)x") is None  # (the group does not end the pattern)


def test_starts_at_any_letter() -> None:
    assert starts_at_any_letter(r"(?:[a-z]+ly\s+)?resolved", 2)
    assert starts_at_any_letter(r"\w+", 2)
    assert starts_at_any_letter(r"(?:x)?", 2)  # (may be empty)
    assert not starts_at_any_letter(r"\b(?:made|gave)\s+", 2)


_WORDS = ["they", "have", "has", "made", "gave", "a", "firm", "clear", "pledge", "promise", "word", "to", "cut",
          "taxes", "that", "is", "are", "was", "firmly", "now", "resolved", "not", "the", "been", "be", "put",
          "it", "in", "writing", "Resolved", "fully", "stand", "by", "their", "commitment", ",", ".", "never"]


def _check(ex: Extractor, sentence: str) -> None:
    if not _plain(sentence):
        return
    for rule in ex.ruleset.cues:
        pruned = _prunable(rule.regex)
        if pruned is None:
            continue
        rx = pruned.without(sentence.lower()) or _twin(rule.regex)
        assert [m.span() for m in rx.finditer(sentence)] == [m.span() for m in _twin(rule.regex).finditer(sentence)]


def test_cue_without_its_absent_alternatives_on_sentences(ex: Extractor) -> None:
    assert any(_prunable(r.regex) for r in ex.ruleset.cues)  # (commissive.nominal)
    for sentence in ["They have made a firm pledge to cut taxes.",
                     "The board is firmly resolved to cut costs, and has given its word that it will.",
                     "He has put it in writing that he will stand by the deal.",
                     "We gave our word to the voters."]:
        _check(ex, sentence)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=20))
def test_cue_without_its_absent_alternatives_on_word_runs(ex: Extractor, words: list[str]) -> None:
    _check(ex, " ".join(words))


_CASED = ["Will Smith said the firm will cut costs.", "WE WILL NOT RAISE TAXES, they Pledged.",
          "The Guaranteed Fund has pledged to act; It Will Be Done.", "They have Made A Firm Pledge to cut taxes."]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from([*_WORDS, "Will", "WILL", "Pledged", "It", "Made"]), min_size=1, max_size=20))
def test_cues_by_lowered_twins_as_by_twins(ex: Extractor, words: list[str]) -> None:
    # the lowered twins, run on the sentence's lower(), find the same cues (a capital at the
    # match's start still read as a name) with match data on the sentence as written
    for sentence in [" ".join(words), *_CASED]:
        if _plain(sentence):
            assert [(r.id, m.span(), m.group(), m.groups(), m.string) for r, m in ex._cues(sentence, None, True)] == \
                [(r.id, m.span(), m.group(), m.groups(), m.string)
                 for r, m in ex._cues(sentence, None, True, sentence.lower())]
