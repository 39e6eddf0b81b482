"""Properties of the extractor on any text (hypothesis): it never raises, every finding's
offsets slice the original text to its sentence, and its time grows linearly with the
input, also on pathological inputs (1 MB lines, deep quote and bracket nests).

Text from the world is untrusted: control characters, NUL, right-to-left marks and emoji
reach the engine as they are; lone surrogates (a JSON ``"\\ud800"`` decodes to one) are
refused by the readers, and the engine, a library too, must not fail on them either.
The timing tests are slow tests; ``TRACKER_PROPERTY_EXAMPLES=20`` makes hypothesis try
20 times as many examples.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extract import Document, Extractor, Finding

# TRACKER_PROPERTY_EXAMPLES=20 searches 20 times as many examples (a longer hunt for bugs)
MORE = int(os.environ.get("TRACKER_PROPERTY_EXAMPLES", "1"))

# --- what the extractor is fed --------------------------------------------------------------------

# Sentences it finds commitments in, and the parts the engine keys on (cues, guards,
# names, quotes, titles, abbreviations, amounts, deadlines), for hypothesis to mix with noise.
PIECES = (
    "France will build 300 schools by 2030.", "The minister pledged to cut taxes.", "Mr. Brown said",
    "“We will act,” she said.", '"I promise," he said.', "Acme Inc. plans to open a plant.",
    "Labour will:", "- abolish tuition fees", "Paris", "the government", "would", "will not",
    "is to", "agreed to", "(Reuters) -", "WASHINGTON D.C. –", "on Thursday", "$5 billion",
    "within five years", "U.S.", "e.g.", "...", "?", "!", "\n\n", "\n", " ", ",", ";", "—", "'", "’",
    "(", ")", "[", "]", "{", "}", "«", "»", "‘", "“", "”", '"',
)
NOISE = (
    "\x00", "\x01", "\x1b", "\x7f", "\u0085", "\u2028", "\u2029", "\u200b", "\u200e", "\u200f",  # NUL, controls, separators
    "\u202e", "\u2066", "\u2069",  # right-to-left override, isolates
    "שלום", "مرحبا", "\u05d0\u05de\u05e8 \u05e9",  # right-to-left scripts
    "😀", "👩‍👩‍👧", "🇫🇷", "\U0010ffff", "\ufeff", "\ufffd", "İ", "ß", "ﬁ", "Å",  # emoji, case-changing letters
    "\ud800", "\udfff", "\udc80",  # lone surrogates
    "\t", "\r", "\r\n", "\x0b", "\x0c", "\u00a0", "\u3000",
)
texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(NOISE), st.text(max_size=20),
              st.text(alphabet=st.characters(codec=None), max_size=12)),
    max_size=40,
).map("".join)
metadata = st.fixed_dictionaries({
    "title": st.none() | st.text(max_size=30),
    "source": st.none() | st.sampled_from(["Reuters", "US Congress press release: Sen. Jane Roe", "BBC"]),
    "date": st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    "author": st.none() | st.sampled_from(["Jane Roe", "the Labour Party", "\x00"]),
})


def _check(findings: list[Finding], doc: Document) -> None:
    for f in findings:
        assert 0 <= f.start <= f.end <= len(doc.text), f
        assert doc.text[f.start:f.end] == f.sentence, f
        assert f.doc_id == doc.doc_id
        assert 0.0 <= f.confidence <= 1.0, f
        assert f.rule


@settings(max_examples=300 * MORE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, meta=metadata)
def test_any_text_extracts_without_error_and_offsets_slice_the_sentence(ex: Extractor, text: str, meta: dict) -> None:
    doc = Document("d", text, **meta)
    _check(ex.extract(doc), doc)


@settings(max_examples=150 * MORE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=texts, after=texts)
def test_a_commitment_among_noise_keeps_its_offsets(ex: Extractor, before: str, after: str) -> None:
    doc = Document("d", f"{before}\n\nFrance will build 300 new schools by 2030.\n\n{after}")
    _check(ex.extract(doc), doc)


@settings(max_examples=100 * MORE, deadline=None)
@given(text=st.text(alphabet=st.characters(codec=None), max_size=300))
def test_any_code_points_in_any_case(ex: Extractor, text: str) -> None:
    for variant in (text, text.upper(), text.lower()):  # the engine has a case view for one-case text
        doc = Document("d", variant)
        _check(ex.extract(doc), doc)


PAIRS = ("()", "[]", "{}", "“”", '""', "‘’", "''", "«»", "<>", "‹›", "„“")


@settings(max_examples=100 * MORE, deadline=None)
@given(opens=st.lists(st.sampled_from(PAIRS), max_size=300), closes=st.integers(0, 300),
       inner=st.sampled_from(PIECES[:7]))
def test_deep_nests_of_quotes_and_brackets_balanced_or_not(ex: Extractor, opens: list[str], closes: int,
                                                            inner: str) -> None:
    text = "".join(p[0] for p in opens) + inner + "".join(p[1] for p in reversed(opens))[:closes] + " Mr. Brown said."
    doc = Document("d", text)
    _check(ex.extract(doc), doc)


# --- pathological inputs: no error, and time linear in the size ---------------------------------------

# news-like prose: one sentence in four holds a commitment
SENTENCE = ("The minister said France will build 300 schools by 2030. Officials met in Paris on Thursday. "
            "Prices rose by 2% in the year to March, figures showed. The talks ended late in the evening. ")


def _long_line(n: int) -> str:  # one line, no newline at all
    return (SENTENCE * (n // len(SENTENCE) + 1))[:n]


def _no_sentence_end(n: int) -> str:  # one "sentence" of n characters: no full stop anywhere
    words = "France will build schools and Acme would open plants while the minister said "
    return (words * (n // len(words) + 1))[:n]


def _nested_quotes(n: int) -> str:
    depth = n // 20
    return "“" * depth + '"' * depth + "France will build schools." + "”" * depth + '"' * depth


def _nested_brackets(n: int) -> str:
    depth = n // 12
    return "France will (" * depth + "build schools" + ")" * depth + "."


def _alternating_quotes(n: int) -> str:  # quotes that never close where a reader expects
    unit = "“We will act, ‘he said “ "
    return unit * (n // len(unit))


def _dots(n: int) -> str:  # abbreviations and initials: "U.S. A. B. C. ..."
    unit = "A. U.S. Mr. e.g. "
    return "France will " + unit * (n // len(unit)) + "build."


def _whitespace(n: int) -> str:
    return "France will\n \t\u00a0" * (n // 15) + "act."


def _controls(n: int) -> str:
    unit = "France will\x00build\u202e schools\ud800 by 2030\x1b. "
    return unit * (n // len(unit))


def _capitals(n: int) -> str:  # a text in one case: the case view reads it
    return _long_line(n).upper()


def _names(n: int) -> str:  # a run of capitalised words: subject and name readers
    unit = "Minister Jean Claude Van Der Berg Smith "
    return unit * (n // len(unit)) + "will build schools."


PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "1 MB line": _long_line, "no sentence end": _no_sentence_end, "nested quotes": _nested_quotes,
    "nested brackets": _nested_brackets, "alternating quotes": _alternating_quotes, "dots": _dots,
    "whitespace": _whitespace, "controls": _controls, "capitals": _capitals, "names": _names,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_do_not_raise(ex: Extractor, name: str) -> None:
    doc = Document("d", PATHOLOGICAL[name](20_000))
    _check(ex.extract(doc), doc)


def _seconds(ex: Extractor, *texts: str, runs: int = 3) -> list[float]:
    """Each text's best time of ``runs``, the texts taken in turn so that a burst of other
    work on the machine falls on all of them alike; the best run is the least disturbed."""
    best = [float("inf")] * len(texts)
    for _ in range(runs):
        for i, text in enumerate(texts):
            started = time.perf_counter()
            ex.extract(Document("d", text))
            best[i] = min(best[i], time.perf_counter() - started)
    return best


# Linear time, checked as the growth from n to 4n characters: 4x plus a wide margin for a
# noisy shared machine. Quadratic work grows 16x. A floor keeps tiny, noise-dominated
# timings from deciding: below it, the 4n run is also compared with a same-run baseline
# (plain news-like text of 4n characters), which carries the machine's current speed.
N = 25_000
GROWTH = 10.0


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_take_linear_time(ex: Extractor, name: str) -> None:
    make = PATHOLOGICAL[name]
    # baseline: the machine's speed now, on ordinary text of the large size
    small, large, baseline = _seconds(ex, make(N), make(4 * N), _long_line(4 * N))
    floor = max(0.05, baseline)
    assert large <= GROWTH * max(small, floor / 4), (
        f"{name}: {N:,} chars {small:.3f}s, {4 * N:,} chars {large:.3f}s (baseline {baseline:.3f}s)")


@pytest.mark.slow
def test_a_megabyte_line_extracts_in_time_proportional_to_ordinary_text(ex: Extractor) -> None:
    line = _long_line(1_000_000)
    doc = Document("d", line)
    started = time.perf_counter()
    findings = ex.extract(doc)
    took = time.perf_counter() - started
    _check(findings, doc)
    # the same text with its sentences on separate lines: what the engine normally meets
    lines = line.replace(". ", ".\n")
    [baseline] = _seconds(ex, lines, runs=1)
    assert took <= 4 * baseline + 0.5, f"1 MB line {took:.2f}s, same text in lines {baseline:.2f}s"
