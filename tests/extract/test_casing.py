"""Text in one case (all capitals, all lower case, every word capitalised) is read
through a case view; the finding keeps the original sentence and offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import Document, casing
from tracker.extract.casing import case_view
from tracker.extract.engine import Extractor


@pytest.mark.parametrize(("text", "view"), [
    ("SIEMENS SAID IT WOULD CLOSE TWO PLANTS.", "Siemens said it would close two plants."),
    ("BMW SAID IT WOULD RAISE ITS DIVIDEND.", "BMW said it would raise its dividend."),
    ("portugal will sell its stake in the airline.", "Portugal will sell its stake in the airline."),
    ("the u.k. will open three embassies.", "The U.K. will open three embassies."),
    ("Norway Vowed To Cut Emissions By Half.", "Norway vowed to cut emissions by half."),
])
def test_case_view(text: str, view: str) -> None:
    assert case_view(text) == view
    assert len(view) == len(text)


@pytest.mark.parametrize("text", [
    "Siemens said it would close two plants.",  # cased normally: no view
    "Rafael Nadal Of Spain",  # names, not a title-cased sentence
    "OK.",
])
def test_no_view_for_normally_cased_text(text: str) -> None:
    assert case_view(text) is None


@pytest.mark.parametrize(("text", "actor"), [
    ("SIEMENS SAID IT WOULD CLOSE TWO PLANTS IN BAVARIA.", "Siemens"),
    ("portugal will sell its stake in the national airline, the finance minister said.", "Portugal"),
    ("Norway Pledged To Build 2,000 New Homes.", "Norway"),
    ("zTrade will close its office in Lyon, its chief executive said.", "zTrade"),
])
def test_findings_in_one_case_keep_the_original_sentence(ex: Extractor, text: str, actor: str) -> None:
    calm = "markets were calm. " if text.islower() else "Markets were calm. "  # a document in one case
    found = ex.extract(Document("c", calm + text))
    assert [(f.actor, f.sentence, f.start) for f in found] == [(actor, text, 19)]


def test_the_fold_precheck_knows_every_character_fold_folds() -> None:
    """reading_form skips FOLD when _FOLDED finds nothing: it must know every white-space
    character but the space (those of str.isspace, which \\s matches) and every quote mark."""
    from tracker.extract.casing import _FOLDED

    spaces = {c for c in map(chr, range(0x110000)) if c.isspace()} - {" "}
    assert {c for c in map(chr, range(0x110000)) if _FOLDED.match(c)} == spaces | set('“”"‘«»')


def test_str_split_cuts_at_what_fold_folds() -> None:
    """reading_form folds with str.split and _QUOTE_MARKS: split's white space must be every
    character \\s matches, and the quote marks FOLD's other characters."""
    import re

    from tracker.extract.casing import FOLD, _QUOTE_MARKS

    spaces = {c for c in map(chr, range(0x110000)) if re.fullmatch(r"\s", c)}
    assert spaces == {c for c in map(chr, range(0x110000)) if len(f"a{c}b".split()) == 2}
    # (a lone space is the one thing FOLD leaves as it is)
    assert {c for c in map(chr, range(0x110000)) if FOLD.fullmatch(c)} | {" "} == spaces | set(_QUOTE_MARKS)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u2028", "\x1c", "\x85", "\u3000",
                                 "“", "”", '"', "‘", "«", "»", "’", "a", " a ", "\u200b",
                                 "Will", "WOULD", ".", "it"]), max_size=16).map("".join))
def test_reading_form_folds_as_fold_does(raw: str) -> None:
    from tracker.extract.casing import FOLD, case_view, reading_form

    view = case_view(raw)
    assert reading_form(raw) == FOLD.sub(" ", raw if view is None else view).strip()


def test_every_white_space_but_the_space_is_unprintable() -> None:
    """reading_form returns a quote-free text with no double space and no unprintable
    character as it is (less a space at either end): it then holds no white space but " "."""
    assert not [c for c in map(chr, range(0x110000)) if c.isspace() and c != " " and c.isprintable()]


@pytest.mark.parametrize("raw", [
    "The mayor said she would reopen the baths.", " “We will rebuild,” the mayor said. ",
    "It will\u00adopen in May.", "They vowed\u200bto act.", "“Yes”", " ", "", "a  b", "a\u2029b"])
def test_reading_form_of_own_sentences(raw: str) -> None:
    from tracker.extract.casing import FOLD, case_view, reading_form

    view = case_view(raw)
    assert reading_form(raw) == FOLD.sub(" ", raw if view is None else view).strip()



def test_a_lower_case_word_is_found_wherever_it_is() -> None:
    # (a long text's is looked for from its middle first, then from its start: a word
    # before the middle still tells the text is cased normally)
    title = "Norway Vowed To Cut Emissions By Half And Build New Homes Soon"
    assert case_view(title) is not None
    for k in [i for i, c in enumerate(title) if c == " "]:
        assert case_view(title[:k] + " U.S.homes" + title[k:]) is None, k  # (a word the pattern alone tells)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["said", "SAID", "Said", "it", "would", "WOULD", "Acme", "tour", "’tour", "-tour", "x",
                                 " ", "  ", "\n", "'", "’", "-", "é", "éabcd", "abcd", ",", "."]), max_size=16).map("".join))
def test_a_lower_word_after_a_space_is_a_lower_word_of_4(text: str) -> None:
    """`_uniform_case` tries " [a-z]{4}" first: each of its matches holds one of `_LOWER_WORD_OF_4`."""
    if casing._SPACE_LOWER_4.search(text):
        assert casing._LOWER_WORD_OF_4.search(text)
