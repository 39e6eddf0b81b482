"""A "the company" speaking in a frame that closes its sentence ("Proceeds will repay debt,
the company said.") takes up the subject of the sentence before, as one opening a sentence
does (resolution.previous-subject), not a parent firm or a firm named only as an object."""

from __future__ import annotations

from tracker.extract import Document, Extractor
from tracker.extract.explain import explain, render


def _actors(ex: Extractor, text: str) -> list[str | None]:
    return [f.actor for f in ex.extract(Document(doc_id="t", text=text))]


def test_closing_frame_takes_up_the_previous_subject_not_its_parent(ex: Extractor) -> None:
    text = ("Harbour Light Power Co, a unit of Westmarch Holdings Inc, filed with regulators for an issue of "
            "40 mln dlrs of bonds. Proceeds will be used to repay bank debt, the company said.")
    assert _actors(ex, text) == ["Harbour Light Power Co"]
    assert "resolution.previous-subject" in render(explain(ex, Document(doc_id="t", text=text)))


def test_closing_frame_takes_up_the_previous_subject_not_an_object(ex: Extractor) -> None:
    text = ("Orvale Mining Corp said it received five mln shares of Kestrel Gold Ltd in settlement of a loan. "
            "Orvale said the dividend will include one mln Kestrel shares it already holds. "
            "The dividend will be paid to holders of record May 2, the company said.")
    assert _actors(ex, text)[-1] == "Orvale Mining Corp"


def test_closing_frame_with_a_time_after_the_verb(ex: Extractor) -> None:
    text = ("Harbour Light Power Co, a unit of Westmarch Holdings Inc, filed with regulators for an issue of "
            "40 mln dlrs of bonds. Proceeds will be used to repay bank debt, the company said on Tuesday.")
    assert _actors(ex, text) == ["Harbour Light Power Co"]
