"""The speed tests in front of patterns never hide a match: each is checked against the
pattern it guards on real sentences (and the clause windows the engine cuts from them)
from ../shared/corpora (skipped when the folder is absent)."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import pytest

from tracker.extract import clause
from tracker.extract import engine, quantities
from tracker.extract.sentences import split

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def _sentences(name: str, docs: int = 150) -> list[str]:
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"corpus {path} not available")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in islice(fh, docs)]
    return [t[s.start : s.end] for t in texts for s in split(t)]


CORPUS_NAMES = ["bbc.jsonl.gz", "reuters21578.jsonl.gz", "congress-sample.jsonl.gz"]


@pytest.mark.parametrize("corpus", CORPUS_NAMES)
def test_quantity_patterns_are_tried_wherever_they_match(corpus: str) -> None:
    matched = 0
    for s in _sentences(corpus):
        full = [m.span() for m in quantities._DEADLINE_RX.finditer(s)]
        assert [m.span() for m in quantities._deadline_matches(s)] == full, s
        if full:
            assert quantities._may_hold(s, quantities._DEADLINE_WORDS, True), s
            matched += 1
        if quantities._SAID_ON_RX.search(s):
            assert quantities._may_date_statement(s), s
            matched += 1
    assert matched > 0


@pytest.mark.parametrize("corpus", CORPUS_NAMES)
def test_clause_patterns_are_tried_wherever_they_match(corpus: str) -> None:
    """The reporting-frame and attribution patterns, on every clause before and after a
    word of the sentence (as the engine cuts them at a cue)."""
    g = engine.Extractor.load()._g  # built from the lexicon's report_verbs and opinion_verbs
    matched = 0
    for raw in _sentences(corpus, 60):
        norm = engine._FOLD.sub(" ", raw).strip()
        for i in [j for j, c in enumerate(norm) if c == " "][:40]:
            before, after = norm[:i].rstrip(), norm[i:]
            full = g.frame_appos.search(before)
            fast = clause._frame_appos(before, g)
            assert (full and full.span()) == (fast and fast.span()), before
            full_frame = g.frame.search(before)
            fast_frame = clause._frame_search(before, g)
            assert (full_frame and full_frame.span()) == (fast_frame and fast_frame.span()), before
            if not clause._odd_space(before) and g.frame_verb.search(before, max(0, len(before) - g.frame_tail)) is None:
                assert full is None and full_frame is None, before  # (_subject's test before both)
            if g.post_verb_start.search(norm) is None:
                # (`Extractor._reported_in` counts no verb inside a word, so it returns at once)
                assert all(engine._INSIDE_WORD.match(norm[max(0, m.start() - 1) : m.start()])
                           for m in g.post_verb.finditer(norm)), norm
            if g.post_attrib.search(clause._ABBREV_DOT.sub(r"\1", after)):
                assert "," in after and g.post_verb.search(after), after
                matched += 1
            matched += bool(full) + bool(full_frame)
    assert matched > 0


@pytest.mark.parametrize("corpus", CORPUS_NAMES)
def test_subject_shortcuts_hide_no_match(corpus: str) -> None:
    """`_odd_space` agrees with `_ODD_SPACE`, and `_AGE_HINT` finds something wherever
    `_AGE_APPOSITION` matches, on every clause before a word of real sentences (raw, with
    their line breaks, and folded as the cues read them)."""
    for raw in _sentences(corpus, 60):
        for text in (raw, engine._FOLD.sub(" ", raw).strip()):
            for i in [j for j, c in enumerate(text) if c == " "][:40]:
                before = text[:i]
                assert clause._odd_space(before) == (clause._ODD_SPACE.search(before) is not None), before
                if clause._AGE_APPOSITION.search(before):
                    assert clause._AGE_HINT.search(before), before


def test_the_separators_a_need_index_knows_are_every_white_space_but_the_space() -> None:
    import sys

    from tracker.extract.prefilter import _SPACES_BUT_SPACE

    assert list(_SPACES_BUT_SPACE) == [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " "]


def test_the_order_words_enter_the_automaton_changes_no_hit() -> None:
    """The needs go into the automaton with common letters first (prefilter._trie_order,
    for speed): the hits, in their order, are those of the automaton built in any order."""
    import random

    import ahocorasick

    from tracker.extract.prefilter import _trie_order

    rnd = random.Random(2)
    words = ["will", "would", "pledg", "pledge", "is to", "is\nto", "’ll", "'ll", "aim", "claim", "to", "o", "plan to",
             "planned", "an", "any", "nation", "ion", "on"]
    texts = ["The nation will pledge to claim any planned aim.", "is\nto go; it’ll plan to", ""] + [
        "".join(rnd.choice("aeilnopstw ’'\nd") for _ in range(rnd.randrange(60))) for _ in range(300)]
    plain, ordered = ahocorasick.Automaton(), ahocorasick.Automaton()
    for i, w in enumerate(words):
        plain.add_word(w, (len(w), i))
    for w in sorted(words, key=_trie_order):
        ordered.add_word(w, (len(w), words.index(w)))
    plain.make_automaton()
    ordered.make_automaton()
    for text in texts:
        assert list(plain.iter(text)) == list(ordered.iter(text)), text
