"""The fast path (cue-word prefilter, anchored context scans) must not change findings:
`extract(doc, fast=True)` equals `extract(doc, fast=False)` on real news documents."""

from __future__ import annotations

import gzip
import json
import re
from datetime import date
from itertools import islice
from pathlib import Path

import pytest

from tracker.extract import clause, prefilter
from tracker.extract import Document
from tracker.extract.engine import Extractor

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
PER_CORPUS = 300


def _docs(name: str, n: int) -> list[Document]:
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"corpus {path} not available")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in islice(fh, n)]
    return [
        Document(doc_id=r["id"], text=r["text"], source=r.get("source"),
                 date=date.fromisoformat(r["date"]) if r.get("date") else None)
        for r in rows
    ]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.mark.parametrize("corpus", ["bbc.jsonl.gz", "reuters21578.jsonl.gz", "congress-sample.jsonl.gz"])
def test_fast_path_gives_the_same_findings(extractor: Extractor, corpus: str) -> None:
    found = 0
    for doc in _docs(corpus, PER_CORPUS):
        fast = extractor.extract(doc, fast=True)
        assert fast == extractor.extract(doc, fast=False), doc.doc_id
        found += len(fast)
    assert found > 0


@pytest.mark.parametrize("corpus", ["bbc.jsonl.gz", "reuters21578.jsonl.gz", "congress-sample.jsonl.gz"])
def test_guard_speed_hints_never_hide_a_match(extractor: Extractor, corpus: str) -> None:
    """A guard's speed hints in rules.toml (`needs`, `needs_words`, `after_last`,
    `last_words`) may let a window through that the guard then refuses, never the
    reverse: checked on the clause windows of real sentences, cut at every cue."""
    from tracker.extract import engine
    from tracker.extract.sentences import split

    index = extractor._guard_needs  # every guard's needs, found in one pass a sentence
    # (a guard with no needs in rules.toml gets those of its own pattern: derived_needs)
    hinted = [g for g in extractor.ruleset.guards if g.id in index.slot or g.after_last or g.last_words]
    assert {"guard.expectation_frame", "guard.call_on_others", "guard.possibility"} <= {g.id for g in hinted}
    assert {"guard.passive_intention", "guard.hedged_modal", "guard.predicate_gerund"} <= set(index.slot)
    checked = 0
    for doc in _docs(corpus, 150):
        for span in split(doc.text):
            norm = clause._WS.sub(" ", doc.text[span.start : span.end].translate(clause._QUOTES)).strip()
            low = prefilter._lowered(norm)
            if low is None:
                continue
            hits = index.hits(low)
            for _, m in extractor._cues(norm):
                windows = {"sentence": (norm, 0, len(norm)), "before": (norm[: m.start()], 0, m.start()),
                           "after": (norm[m.end() :], m.end(), len(norm))}
                for g in hinted:
                    if g.where not in windows:
                        continue
                    w, lo, hi = windows[g.where]
                    if not g.regex.search(w):
                        continue
                    at = max(w.rfind(c) for c in g.after_last) + 1 if g.after_last else 0
                    if g.last_words:
                        at = max(at, prefilter._tail_start(w, g.last_words))
                    assert g.regex.search(w, at), (g.id, w)
                    if g.id in index.slot:
                        assert index.may_match(hits, index.slot[g.id], lo + at, hi, low), (g.id, w)
                    checked += 1
    assert checked > 0


@pytest.mark.parametrize("corpus", ["bbc.jsonl.gz", "reuters21578.jsonl.gz", "congress-sample.jsonl.gz"])
def test_every_cue_match_holds_one_of_its_needs(extractor: Extractor, corpus: str) -> None:
    """`needs` are what the fast path looks for before it tries a cue: each match of a
    built-in cue on real sentences holds one of them (lowered)."""
    from tracker.extract import engine
    from tracker.extract.sentences import split

    matched = 0
    for doc in _docs(corpus, 150):
        for span in split(doc.text):
            norm = clause._WS.sub(" ", doc.text[span.start : span.end].translate(clause._QUOTES)).strip()
            for rule in extractor.ruleset.cues:
                for m in rule.regex.finditer(norm):
                    assert any(n in m.group().lower() for n in rule.needs), (rule.id, m.group())
                    matched += 1
    assert matched > 0


@pytest.mark.parametrize("text", [
    "Freedom of the seas is “to sail wherever the law allows.”",
    "The council is\nto meet on Monday.", "The council is  to meet.", 'Its aim is "to win".',
    "The board is also\n  to review it.", "They are\u00a0due to\tvote.",
])
def test_multi_word_needs_are_found_across_any_separators(extractor: Extractor, text: str) -> None:
    """A multi-word need ("is to") may have any white space or quote marks between its
    words in raw text: the need index must still see it, or the fast path would skip a
    sentence that the full analysis reads."""
    doc = Document(doc_id="d", text=text)
    index = extractor._needs
    assert index is not None
    # "is to" and "is due to" (a schedule) are two cues
    cues = [i for i, r in enumerate(extractor.ruleset.cues) if r.id in ("future.is_to", "future.due_to")]
    assert any(mask >> i & 1 for _, mask in index.hits(text.lower()) for i in cues)
    assert extractor.extract(doc, fast=True) == extractor.extract(doc, fast=False)


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"\bhad\s+(?:\w+\s+)?$", ("had",)),  # a literal run
    (r"\b(?:is|was)\s+(?:planned|meant|aimed)\s+to\b", ("aimed", "meant", "planned")),  # the longest part
    (r"(?:submit|submitted|draw\s+up)\b", ("draw", "submit")),  # one of each branch (a common prefix kept)
    (r"^\s*(?:not\s+)?(?:Likely|(?:most\s+)+probably)", ("likely", "probably")),  # lowered; a repeat's own
    (r"\b(?:a|an|the)\s+(?:new\s+)?plan", ("plan",)),  # an optional group needs nothing
    (r"\b(?:by|in)\s+which", ("which",)),
    (r"^\s*(?:if|unless|should)\b|\bwhich\s+\w+$", ()),  # a branch with a short literal: nothing to ask
    (r"(?:a|an|the)\s+[a-z]+", ()),  # literals too short to tell
    (r"ex[*]pect(?=\s)", ("pect",)),  # "*" would read as a prefix need's mark
])
def test_guard_needs_are_read_off_the_pattern(pattern: str, needs: tuple[str, ...]) -> None:
    """A guard with no `needs` is skipped by literals its own pattern shows: every match
    holds one of them (derived, so editing the pattern can never leave them stale)."""
    assert prefilter.derived_needs(pattern) == needs
    rx = re.compile(pattern, re.I)
    for text in ("it had been planned", "the plan was meant to", "we will draw up a plan",
                 "Likely", "most most probably", "by which it", "expect it", "ex*pect it"):
        m = rx.search(text)
        if m and needs:
            assert any(n in m.group().lower() for n in needs), (pattern, text)
