"""Speed shortcuts of the reading of a candidate (clause.py, engine.py) agree with what they stand for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from tracker.extract import clause
from tracker.extract import Extractor
from tracker.extract.plaintext import _plain, _twin


def test_odd_space_is_the_pattern() -> None:
    for text in ["a plain clause said", "two  spaces", "a\ttab", "a line\nbreak", "a\x1cmark",
                 "a\x0bvertical tab", "\r", "non-ASCII caf\u00e9 said", "non-ASCII\u00a0space",
                 "caf\u00e9  twice", "em\u2003space", "", " ", "  "]:
        assert clause._odd_space(text) == (clause._ODD_SPACE.search(text) is not None), repr(text)
    for c in range(128):
        for text in (chr(c), f"a{chr(c)}b", f"x {chr(c)}"):
            assert clause._odd_space(text) == (clause._ODD_SPACE.search(text) is not None), repr(text)


def test_age_hint_holds_every_age_apposition(ex: Extractor) -> None:
    for text in ["Anna Kowalczyk, 54, vowed", "Kowalczyk, aged 61, a former banker,", "Smith,  7, and",
                 "Jones, 54,", "the firm, 1999, said", "a, 5 ,b", "Ruiz, \u0665\u0664, said"]:
        if clause._AGE_APPOSITION.search(text):
            assert clause._AGE_HINT.search(text), text
    # (and the subject read is the same with or without the hint: the age is read past)
    g = ex._g
    assert clause._subject("Anna Kowalczyk, 54, ", g)[0] == "Anna Kowalczyk"


def test_subject_read_is_the_subject_remembered(ex: Extractor) -> None:
    g = ex._g
    befores = ["The company said it", "Ms Ruiz, chief executive of Ferrovial, said the firm",
               "Paul Boateng, Chief Secretary to the Treasury,", "the bill, which", "", "We"]
    for before in befores * 2:
        assert clause.subject_read(before, g) == clause._subject(before, g)
    memo = clause._SUBJECTS[id(g)][1]
    assert all(b in memo for b in befores)


def test_subject_read_forgets_past_its_limit(ex: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    g = ex._g
    monkeypatch.setattr(clause, "_SUBJECTS_KEPT", 3)
    monkeypatch.setattr(clause, "_SUBJECTS", {})
    for i in range(7):
        clause.subject_read(f"Smith number {i} said he", g)
        assert len(clause._SUBJECTS[id(g)][1]) <= 3
    assert clause.subject_read("Smith number 6 said he", g) == clause._subject("Smith number 6 said he", g)


def test_subject_read_keeps_each_grammar_apart(ex: Extractor) -> None:
    g = ex._g
    other = clause._grammar(frozenset({"said"}), frozenset({"believed"}))
    before = "Acme's chairman announced that the firm"
    assert clause.subject_read(before, g) == clause._subject(before, g)
    assert clause.subject_read(before, other) == clause._subject(before, other)


def test_guards_present_are_the_guards_filtered(ex: Extractor) -> None:
    """The text guards a sentence's guard needs leave, in their order, as the plain filter
    over every guard of the rule has them."""
    sentences = ["The company said it would not comment on the plan to sell the unit.",
                 "We will expect the bill, which was introduced by Rep. Smith, to pass.",
                 "If elected, I will fight for lower taxes and I believe we can win.",
                 "nothing here"]
    for rule in ex.ruleset.cues:
        text_guards = ex._guards_for(rule)[0]
        for sentence in sentences:
            hits = ex._guard_needs.hits(sentence.lower())
            want = [t for t in text_guards if t[4] is None or t[4] in hits]
            assert ex._guards_present(rule, text_guards, hits) == want
            assert ex._guards_present(rule, text_guards, hits) == want  # (and from its index)


def test_reported_in_skips_verbs_inside_words(ex: Extractor) -> None:
    assert ex._reported_in("The firm said it would close the plant.")
    assert ex._reported_in('"We will", announced the minister.')
    assert not ex._reported_in("The aforesaid plant will close.")  # (no verb opens a word)
    assert ex._g.post_verb_start.search("The aforesaid plant will close.") is None
    assert not ex._reported_in("The VA will only pay for new claims.")  # (a noun, found but not counted)


def test_frames_read_with_and_without_a_verb_near_the_end(ex: Extractor) -> None:
    g = ex._g
    assert clause._subject("Acme said on Tuesday that the firm", g)[1:3] == ("Acme", "said")
    assert clause._subject("Makoto Kuroda, vice minister for international affairs, said the ministry", g)[1] \
        == "Makoto Kuroda"
    # (no verb of a frame near the end: no frame, the subject read all the same)
    assert clause._subject("In a long and winding statement about nothing in particular the firm", g)[1:3] \
        == (None, None)


_ADVERB_WORDS = ["also", "now", "still", "then", "not", "never", "in", "turn", "future", "the", "last", "week", "on",
                 "monday", "has", "have", "'ve", "’ve", "is", "been", "once", "again", "of", "course", "as", "well",
                 "formally", "firmly", "long", "later", "today", "said", "he", "Smith", ",", ", ", "  ", "\n", "ALSO"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ADVERB_WORDS), min_size=0, max_size=14))
def test_adverb_tail_trie_is_the_written_pattern(words: list[str]) -> None:
    """`_ADVERB_TAIL` (its words as a trie) matches where and as the pattern as written does."""
    written = re.compile(clause._ADVERB_TAIL_PATTERN, re.I)
    for text in (" ".join(words), "".join(words), "The firm said it " + " ".join(words)):
        assert clause._ADVERB_TAIL.sub("", text) == written.sub("", text), repr(text)
        for at in range(0, len(text) + 1, 7):
            got, want = clause._ADVERB_TAIL.search(text, at), written.search(text, at)
            assert (got and got.span()) == (want and want.span()), repr(text)


_AFTER_WORDS = ["also", "all", "always", "ever", "everyone", "eventually", "of", "course", "in", "turn", "indeed", "then",
                "therefore", "not", "never", "no", "longer", "n't", "greatly", "apply", "rally", "build", "be", "able",
                "cut", "jobs", ",", "’", "'build", "—", "despite", "opposition", "ALSO", "Just", "fully", "each", "either"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_WORDS), min_size=0, max_size=10))
def test_verb_after_trie_is_the_written_pattern(words: list[str]) -> None:
    """`_VERB_AFTER` (its adverbs as a trie) matches as the pattern as written does, with the
    same groups, and so does its ASCII twin."""
    from tracker.extract.engine import _twin

    written = re.compile(clause._VERB_AFTER_PATTERN, re.I)
    written_twin = re.compile(clause._VERB_AFTER_PATTERN, re.I | re.A)
    # (its optional parts are branches "(?:X|)": as "(?:X)?" would be)
    optional = re.compile(clause._VERB_AFTER_PATTERN.replace("|)", ")?"), re.I)
    for text in (" " + " ".join(words), " ".join(words) + " to the plan"):
        got, want = clause._VERB_AFTER.match(text), written.match(text)
        assert (got and got.regs) == (want and want.regs), repr(text)
        got = optional.match(text)
        assert (got and got.regs) == (want and want.regs), repr(text)
        got, want = _twin(clause._VERB_AFTER).match(text), written_twin.match(text)
        assert (got and got.regs) == (want and want.regs), repr(text)


def test_frame_search_is_the_frame_searched(ex: Extractor) -> None:
    """`_frame_search` (tried only before a verb that `frame_end` lets end a frame) finds
    what `g.frame.search` finds, on clauses cut at every word."""
    g = ex._g
    verbs = set(ex.ruleset.lexicon["report_verbs"]) | set(ex.ruleset.lexicon["opinion_verbs"])
    # (no verb starts inside another after a space: each match's verb is one `frame_verb` finds)
    assert not any(f" {w}" in v for v in verbs for w in verbs if w != v), verbs
    for sentence in ["The company said on Monday, after weeks of talks with the union, that it",
                     "Acme's chairman, John Smith, told reporters in London late on Friday that the firm",
                     "He said the plan, which was announced last week, would be dropped and the ministry said it",
                     "The minister has also said in a statement that she made it clear that the government",
                     "Officials said it would cost more, analysts warned, and the bank said",
                     "We believe, and the report shows, that the plan said nothing about what they"]:
        words = sentence.split(" ")
        for k in range(1, len(words) + 1):
            before = " ".join(words[:k])
            want, got = g.frame.search(before), clause._frame_search(before, g)
            assert (got and got.regs) == (want and want.regs), before


_REPORT_WORDS = ["will", "would", "shall", "to", "he'll", "we’ll", "say", "said", "says", "announce", "announcing",
                 "states", "that", "statement", "statements", "commit", "committee", "promise", "promising", "told",
                 "SBA-said", "Said", "WILL", "aforesaid", "position", "the", "plan", ",", " ", "ll", "’ll", "caf\u00e9"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_REPORT_WORDS), min_size=0, max_size=12))
def test_reporting_form_is_the_pattern_searched(words: list[str]) -> None:
    """`_reporting_form` (look-behinds tried only where a reporting word starts) finds what
    `_REPORTING_FORM.search` finds."""
    from tracker.extract import engine

    for text in (" ".join(words), "".join(words)):
        want = engine._REPORTING_FORM.search(text)
        for plain in (False, engine._plain(text)):
            got = engine._reporting_form(text, plain)
            assert (got and got.regs) == (want and want.regs), repr(text)


@pytest.mark.parametrize("text", [
    "The statesman stated that the plan would go ahead.",
    "She recommitted to the plan; the committee will meet.",
    "x_said nothing, 3states that, and_told them",
    "Mr Lee, who will say more, has pledged to act.",
    "It is said they'll announce it; to assure them, we promised.",
    "The vowel sounds said so. SAYS the board, Confirming it.",
    "",
])
def test_reporting_form_leads_find_what_the_pattern_finds(text: str) -> None:
    """On plain text `_reporting_form` tries the pattern only where a lead starts a word of
    the lowered text: it finds the match `_REPORTING_FORM.search` finds, groups included."""
    from tracker.extract import engine

    want = engine._REPORTING_FORM.search(text)
    got = engine._reporting_form(text, engine._plain(text))
    assert (got and got.regs) == (want and want.regs)


_NEAR_END_WORDS = ["The", "firm", "said", "says", "told", "believes", "unsaid", "that", "it", ",", "\u00a0", "\t",
                   "  ", "Acme's", "chairman", "caf\u00e9", "noted", "(said)", "\u2014said"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NEAR_END_WORDS), min_size=0, max_size=40))
def test_frame_verb_near_end_is_the_look_behind_searched(ex: Extractor, words: list[str]) -> None:
    """`_frame_verb_near_end` (the white space before the verb matched) agrees with
    `g.frame_verb` (looked behind at) searched over the last `g.frame_tail` characters."""
    g = ex._g
    for text in (" ".join(words), "".join(words), " " + " ".join(words)):
        for tail in (g.frame_tail, 12, 0):
            want = g.frame_verb.search(text, max(0, len(text) - tail)) is not None
            got = g.frame_verb_spaced.search(text, max(0, len(text) - tail - 1)) is not None
            assert got == want, (repr(text), tail)
        assert clause._frame_verb_near_end(text, g) == (
            g.frame_verb.search(text, max(0, len(text) - g.frame_tail)) is not None)


def test_degree_end_matches_end_as_its_quick_test_says() -> None:
    """Every match of `_DEGREE_END` ends with one of `_DEGREE_LAST` (the pattern's last
    characters: each degree's, or the closing bracket after it)."""
    degrees = re.search(r"\(\?:(.*?)\)\(", clause._DEGREE_END.pattern).group(1).replace("\\", "").split("|")
    assert {d[-1] for d in degrees} | {")"} == set(clause._DEGREE_LAST)
    for d in degrees:
        for text in (f"Michael Burgess, {d}", f"Michael Burgess, {d} (R-TX)", f"Michael Burgess,{d}  (TX-26)"):
            m = clause._DEGREE_END.search(text)
            assert m is not None and text.endswith(clause._DEGREE_LAST), text


def test_subject_only_is_the_subject_read(ex: Extractor) -> None:
    """`_subject(..., subject_only=True)` skips the frame: the subject is the same."""
    g = ex._g
    for before in ["Acme said on Tuesday that the firm", "The company, which said it", "the bill that",
                   "Ms Ruiz, chief executive of Ferrovial, said the firm", "Under a plan announced by the "
                   "Bulgarian government on Sunday, the stadium", "Rest assured that I", "He said that we", ""]:
        for relative_head in (False, True):
            full = clause._subject(before, g, relative_head)
            assert clause._subject(before, g, relative_head, subject_only=True) == (full[0], None, None, full[3])
        got = clause._elided_clause(before + " will go and", g)
        assert clause._elided_subject(before + " will go and", g) == (got[0] if got else None)


def test_adverb_words_by_end_hold_every_word() -> None:
    assert sorted(w for ws in clause._ADVERB_LAST_WORDS_BY_END.values() for w in ws) == sorted(clause._ADVERB_LAST_WORDS)
    for text in ["He has", "they have also", "it is now,", "said it", "the firm", "", ",", "X TODAY", "caf\u00e9"]:
        t = text.rstrip().rstrip(",").rstrip().lower()
        assert clause._may_end_in_adverb(text) == t.endswith(clause._ADVERB_LAST_WORDS), text


_TAIL_WORDS = _ADVERB_WORDS + ["u.s.has", "x'has", "it's", "'ve", "caf\u00e9", "9has", "re-also", "(also)", "alſo",
                               "\u212aept", "\u0130s", "\u00a0", "\x1c", "also,", "NOW,", "now.", "Today", "aha"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TAIL_WORDS), min_size=0, max_size=14))
def test_strip_adverb_tail_is_the_pattern_removed(words: list[str]) -> None:
    """`_strip_adverb_tail` (searched for only after what no match may hold) removes what
    `_ADVERB_TAIL.sub` removes."""
    for text in (" ".join(words), "".join(words), "The firm said it " + " ".join(words),
                 "x" * 200 + " " + " ".join(words)):
        assert clause._strip_adverb_tail(text) == clause._ADVERB_TAIL.sub("", text), repr(text)


@pytest.mark.parametrize("text", ["The firm", "Smith, Jones and the U.S. Treasury", "a,a,a a", "x  y\tz",
                                  "Mr. Smith's (R-TX) office", "the the the", "caf\u00e9 \u00a0 na\u00efve", ""])
def test_token_start_is_where_the_token_starts(text: str) -> None:
    """`_token_start` (found back from the end) is the start of each token `_TOKEN` finds."""
    tokens = clause._tail_tokens(text)
    want = [m.start() for m in clause._TOKEN.finditer(text)][-len(tokens):] if tokens else []
    assert [clause._token_start(text, tokens, i) for i in range(len(tokens))] == want


def test_ascii_tokens_are_the_tokens() -> None:
    """On ASCII text `_TOKEN_ASCII` finds what `_TOKEN` finds (every character, alone and
    between words)."""
    for c in map(chr, range(128)):
        for text in (c, f"ab{c}cd", f"x {c} y", f"{c}{c}a"):
            assert clause._TOKEN_ASCII.findall(text) == clause._TOKEN.findall(text), repr(text)
    assert clause._tail_tokens("Sen. Smith (R-TX), the U.S. firm's\x1cchief") == \
        clause._TOKEN.findall("Sen. Smith (R-TX), the U.S. firm's\x1cchief")


def test_reported_in_gate_is_the_word_start_search(ex: Extractor) -> None:
    """The gate of `_reported_in` (a non-word character, or the text's start, then a verb)
    finds a verb exactly where `post_verb_start` does."""
    for text in ["said the minister", "The firm said", "the re-said line", "the un_said line", "café said",
                 "Ésaid nothing", "(said)", "“said”", "1said", "aforesaid", "—announced", "x\nadded", "",
                 "pre-announced plans", "Réannounced", "she  told them", "-said"]:
        want = ex._g.post_verb_start.search(text) is not None
        assert (ex._post_verb_after.search(" " + text) is not None) is want, text


_PP_WORDS = ["of", "from", "on", "for", "in", "at", "such", "as", "such as", "including", "like", "who", "to",
             "Bank", "England", "proceeds", "sales", "off", "into", "the", "tow", ",", "(", "’s"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PP_WORDS), st.sampled_from([" ", "  ", "\t", "\n ", "", "\u00a0", "\u2003"])),
                max_size=12))
def test_pp_finds_what_its_plus_form_finds(parts: list[tuple[str, str]]) -> None:
    """`_PP`, opened by `\\s\\s*` (scanned for), finds the matches and groups that `\\s+` opening it would."""
    np = "".join(sep + word for word, sep in parts)
    plus = re.compile(r"\s+" + clause._PP.pattern.removeprefix(r"\s\s*"))
    assert [(m.span(), m.group(1)) for m in clause._PP.finditer(np)] == \
        [(m.span(), m.group(1)) for m in plus.finditer(np)]


def test_reported_in_is_the_same_with_the_ascii_twin(ex: Extractor) -> None:
    """On a plain sentence `_reported_in` looks for a verb with its gate's ASCII twin: the same answer."""
    assert _twin(ex._post_verb_after) is not ex._post_verb_after
    for text in ["said the minister", "The firm said", "the re-said line", "the un_said line", "(said)", "“said”",
                 "1said", "aforesaid", "—announced", "x\tadded", "", "pre-announced plans", "she  told them", "-said",
                 "new claims will be paid", "Acme states that it will", "He vowed it would", "They wrote to us"]:
        assert _plain(text)
        assert (_twin(ex._post_verb_after).search(" " + text) is None) is (ex._post_verb_after.search(" " + text) is None)
        assert ex._reported_in(text, True) is ex._reported_in(text), text
