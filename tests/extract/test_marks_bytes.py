"""The byte test of marks.py and the lowering of prefilter.py given a text's UTF-8 bytes
answer as the pattern and the text alone do."""

from __future__ import annotations

import pytest

from tracker.extract import Extractor
from tracker.extract.marks import _HAS_MARK, marks_view
from tracker.extract.model import Document

TEXTS = [
    "The mayor said the council will repave Elm Street.",  # ASCII
    "Councillor Zoë Brandt said the town will open a library.",  # Latin-1
    "The minister said “we will build 40 homes” — and she will.",  # quotes and dashes
    "Mr Ade\u0301wa\u0301le\u0323 said he will stand again.",  # combining marks
    "A Greek letter \u0370 and \u037f, no mark: she will go.",  # lead byte 0xCD, no mark
    "Mark at the end\u036f",
    "\u0300",
    "A lone surrogate \ud800 and a mark \u0301 will do.",
    "A lone surrogate \udfff and none.",
    "İstanbul’s mayor will visit KELVIN (\u212a) and ſ.",  # characters whose lowering differs
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_byte_test_answers_as_the_pattern(text: str) -> None:
    doc = Document(doc_id="t", text=text)
    encoded = text.encode("utf-8", "surrogatepass")
    want = _HAS_MARK.search(text) is not None
    for given in (None, encoded):
        view = marks_view(doc, given)
        assert (view is not None) == want
        if view is not None:
            assert view == marks_view(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_the_lowering_given_the_bytes_is_the_lowering(ex: Extractor, text: str) -> None:
    needs = ex._needs
    assert needs is not None
    assert needs.lowered(text, text.encode("utf-8", "surrogatepass")) == needs.lowered(text)
