"""leads.py: a guard tried only near its needs (where its matches may start) finds what a
search of its whole window finds."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

from hypothesis import HealthCheck, given, settings, strategies as st

from tracker.extract import Extractor
from tracker.extract.engine import _guard_body
from tracker.extract.leads import _bodies, leading_literals, start_reach, starts_near


def _leads(pattern: str) -> set[str] | None:
    return leading_literals(_parser.parse(pattern, re.IGNORECASE))


def test_leading_literals_of_patterns() -> None:
    assert _leads(r"\b(?:House|subcommittee)\s+will") == {"house", "subcommittee"}
    assert _leads(r"(?<!White\s)\b(?:Senate|Lords)\b") == {"senate", "lords"}
    assert _leads(r"^\s*foo") is None  # (a class first: no literal)
    assert _leads(r"(?:foo|)bar") is None  # (an empty branch)
    assert _leads(r"(?:foo)?bar") is None  # (a repeat)
    assert _leads(r"[A-Z]oo") is None
    assert _leads(r"(?:fo\w+|baz)") == {"fo", "baz"}
    assert _leads(r"\bwill\s") == {"will"}
    assert _leads(r"caf\u00e9s") == {"caf"}  # (up to a cased letter outside ASCII: its lowering is not told)


def test_start_reach_of_patterns() -> None:
    assert start_reach(r"\b(?:House|subcommittee)\s+will", ("house", "committee")) == 3
    assert start_reach(r"\b(?:House|Senate)\s+will", ("house",)) is None  # (a literal holding no need)
    assert start_reach(r"\s+will", ("will",)) is None


# words that open the guards' matches, their needs, and words around them
_WORDS = ["the", "House", "house", "subcommittee", "committee", "Senate", "senators", "will", "shall", "is", "going",
          "to", "vote", "consider", "debate", "on", "bill", "said", "that", "it", "would", "be", "we", "expect",
          "if", "than", "as", "more", "question", "report", "according", "poll", "after", "because", "plan",
          "White", "MPs", "board", "council", ",", ".", "?", "(", ")", "whether", "not", "likely", "call", "on",
          "urged", "aims", "to", "named", "by", "has", "had", "wanted", "forecast", "analysts", "expected"]


def _check(ex: Extractor, sentence: str) -> None:
    low = sentence.lower()
    hits = ex._guard_needs.hits(low)
    cuts = sorted({0, len(sentence), *(i for i, c in enumerate(sentence) if c == " ")})
    for g in ex.ruleset.guards:
        reach = ex._guard_reach(g)
        if reach is None:
            continue
        slot = ex._guard_needs.slot[g.id]
        for lo, hi in [(0, len(sentence))] + [(0, k) for k in cuts[1::3]] + [(k, len(sentence)) for k in cuts[1::3]]:
            w = sentence[lo:hi]
            for at in (0, len(w) // 3):
                want = g.regex.search(w, at)
                got = None
                for p in starts_near(hits.get(slot, []), lo, at, hi, reach):
                    got = g.regex.match(w, p)
                    if got:
                        break
                assert (got and got.span()) == (want and want.span()), (g.id, sentence, lo, hi, at)


def test_guards_tried_near_their_needs_on_sentences(ex: Extractor) -> None:
    assert any(ex._guard_reach(g) for g in ex.ruleset.guards)  # ("subcommittee" opens guard.body_agenda)
    for sentence in ["The House will vote on the bill next week, the Speaker said.",
                     "The subcommittee is going to consider the measure, and the Senate will debate it.",
                     "White House officials said the board will meet again.",
                     "Analysts expected that the firm would cut 300 jobs, according to a poll.",
                     "We will do more than that, because the plan is likely to fail.",
                     "Will the council vote? The committee, which met on Monday, will then vote.",
                     "a subcommittee committee subcommittee will consider",
                     ""]:
        _check(ex, sentence)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=24))
def test_guards_tried_near_their_needs_on_word_runs(ex: Extractor, words: list[str]) -> None:
    _check(ex, " ".join(words))


def test_scan_bodies_of_patterns() -> None:
    assert _bodies(r"^(?!a)(?=b)[\s\S]*xy") == ("xy",)
    assert _bodies(r"^(?![\s\S]*we)[\s\S]*?\bwill\b") == (r"\bwill\b",)  # (a run inside a look-ahead is passed)
    assert _bodies(r"^[\s\S]*x") == ("x",)
    assert _bodies(r"^(?![]|)])(?:^\s*x|[\s\S]*?y[|(]|[\s\S]*z\)|^w)") == (r"^\s*x", "^w", r"(?:y[|(])|(?:z\))")
    assert _bodies(r"^(?!a)(?:[\s\S]*y|^x)") == ("^x", "y")  # (an anchored alternative: its own body)
    assert _bodies(r"^(?!a)(?:x|[\s\S]*y)") == ()  # (an alternative neither run nor anchored)
    assert _bodies(r"^(?!a)[\s\S]*?xy|z") == ()  # (a top-level alternation: "z" matches with no "xy")
    assert _bodies(r"^(?!a)(?:x|y)|z") == ()
    assert _bodies(r"^(?!a)(?:x|y)z") == ()  # (the group does not end the pattern)
    assert _bodies(r"^(?<!a)[\s\S]*x") == ()  # (only look-aheads)
    assert _bodies(r"^(?!a)b[\s\S]*x") == ()
    assert _bodies(r"(?!a)[\s\S]*x") == ()  # (no anchor)
    assert _bodies(r"^(?!a)[\s\S]*+x") == ()  # (a possessive run)
    assert _bodies(r"^(?!a)[\s\S]*") == ()
    assert _bodies(r"^\[\s\S]*x") == ()  # (an escaped bracket: no class)
    assert _bodies(r"^(?!(a))(?:[\s\S]*b|[\s\S]*\1)") == ()  # (a reference to the look-ahead's group)


# words of the sentence guards with bodies (guard.post_held, guard.role_told, guard.past_record ...) and around them
_ROLE_WORDS = ["he", "she", "I", "we", "will", "would", "shall", "is", "are", "to", "serve", "as", "on", "the",
               "board", "chairman", "remain", "director", "take", "over", "said", "who", "become", "new",
               "replace", "succeed", "fill", "seat", "join", "sought", "has", "had", "agreed", "in", "2009",
               "committee", "\"", ",", ".", "also", "continue", "role", "of", "post", "title", "We'll"]


def _check_bodies(ex: Extractor, sentence: str) -> None:
    for g in ex.ruleset.guards:
        body = _guard_body(g.regex)
        if body is None:
            continue
        for at in (0, 3):
            if g.regex.search(sentence, at):
                assert any(b.search(sentence, at) for b in body[0]), (g.id, sentence, at)
                assert any(b.search(sentence, at) for b in body[1]), (g.id, sentence, at)


def test_guard_bodies_found_wherever_the_guards_match(ex: Extractor) -> None:
    assert any(_guard_body(g.regex) for g in ex.ruleset.guards)
    for sentence in ["Jones will serve as chairman of the board.",
                     "Smith, who will remain director, said he would take over as head.",
                     "She will become the new chief executive and will replace Brown as chairman.",
                     "We will fill the seat.",
                     "He has long sought to join the committee as chairman.",
                     "In 2009, the firm agreed to sell the unit.",
                     "For many years, the group has been committed to the plan.",
                     "But by early 2012 it had agreed to buy the rest in 2013."]:
        _check_bodies(ex, sentence)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_ROLE_WORDS), min_size=1, max_size=20))
def test_guard_bodies_on_word_runs(ex: Extractor, words: list[str]) -> None:
    _check_bodies(ex, " ".join(words))
