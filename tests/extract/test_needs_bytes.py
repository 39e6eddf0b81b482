"""_NeedIndex.doc_hits: the DFA over a document's lowered UTF-8 bytes (ahocorasick_rs, when
installed) gives the hits, in the same order, that pyahocorasick gives in the lowered text
(prefilter.py); without the DFA the pyahocorasick path is taken."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import prefilter
from tracker.extract import rules as rules_mod
from tracker.extract.prefilter import _NeedIndex

CUES = rules_mod.load(None).cues
PURE = _NeedIndex(CUES, rust=False)
FAST = _NeedIndex(CUES)
needs_dfa = pytest.mark.skipif(prefilter.ahocorasick_rs is None, reason="ahocorasick_rs not installed")

# cue words in every case, multi-word needs with odd separators, letters of two and three
# bytes, the characters `_lowered` treats apart, a lone surrogate
PIECES = ("Will", "WILL", "would", "Pledged", "PROMISE", "is to", "IS\u00a0TO", "is\n to", "is “to", "goal",
          "Going To", "going  to", "won’t", "WE’LL", "we'll", "plans to", "vowed", "É", "é", "Ä", "ß", "Σ", "ς",
          "\u0130", "\u212a", "\u0131", "\u017f", "ǅ", "—", "“", "”", "«", " ", "\n", "\t", "\u3000", "\ud800",
          "😀", "x", ".", "said")
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)

OWN = [
    "The council said it would reopen the library in May.",
    "“We will build 3,000 homes,” the mayor — Zoë Brontë — said.",
    "THE BOARD IS TO VOTE ON THE PLAN; IT PLEDGED TO CUT FEES.",
    "Ministers are going\n  to publish the review, and the firm is\u00a0to sell its stake.",
    "İstanbul’s governor vowed to ﬁx the roads; the Kelvin sign \u212a will stay.",
    "No cue word here at all.",
    "",
]


def _both(text: str) -> None:
    encoded = text.encode("utf-8", "surrogatepass")
    assert FAST.doc_hits(text) == PURE.doc_hits(text)
    assert FAST.doc_hits(text, encoded) == PURE.doc_hits(text, encoded)
    low = PURE.lowered(text)
    assert PURE.doc_hits(text) == (None if low is None else PURE.hits(low))


@needs_dfa
@pytest.mark.parametrize("text", OWN)
def test_own_sentences(text: str) -> None:
    _both(text)


@needs_dfa
@settings(max_examples=400, deadline=None)
@given(texts)
def test_same_hits_as_pyahocorasick(text: str) -> None:
    _both(text)


@needs_dfa
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(OWN + list(PIECES)), min_size=5, max_size=60).map(" ".join))
def test_long_texts(text: str) -> None:
    # (many hits, far apart: the byte offsets made character offsets across the text)
    _both(text)


def test_fallback_without_the_dfa() -> None:
    assert PURE._dfa is None
    assert PURE.doc_hits("They said they would go.") == PURE.hits("they said they would go.")


def _index_state(index: _NeedIndex) -> tuple[object, ...]:
    return index.keys, [(rx.pattern, rx.flags, mask) for rx, mask in index.checks], index.ascii_needs


def test_need_keys_read_back_from_the_regex_cache_are_those_built(monkeypatch):
    """The need keys a later run reads from the regex cache (recache.memo) make the index
    the keys built anew make: the cues' and made-up needs (one a word of another, odd
    characters, several words, a need in two cues)."""
    from types import SimpleNamespace

    from tracker.extract import recache

    made_up = [SimpleNamespace(needs=n) for n in (("pledg", "pledged", "is to"), ("vow", "zoë", "’ll"),
                                                   ("going to be", "is to", "pledged"), ("a\tb", "x\ny z"))]
    for cues in (CUES, made_up):
        monkeypatch.setattr(recache, "_installed", False)
        built = _index_state(_NeedIndex(cues))
        monkeypatch.setattr(recache, "_installed", True)
        for name in ("_cache", "_used", "_seen", "_new"):
            monkeypatch.setattr(recache, name, {})
        _NeedIndex(cues)  # first run: only seen
        recache._seen.update(recache._new)  # (what the next run reads from the file)
        _NeedIndex(cues)  # second run: kept
        assert any(flags == recache._MEMO | prefilter._NEED_KEYS_TAG for _, flags in recache._cache)
        assert _index_state(_NeedIndex(cues)) == built  # read back
