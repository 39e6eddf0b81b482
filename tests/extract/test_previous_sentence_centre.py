"""A "he"/"she" that opens a sentence continues the centre of the sentence before: its subject
when that sentence opens with a person and names another later ("Mr Ashcombe argued ... Mr
Pellow's handling of the budget. And he pledged": Mr Ashcombe), or, when it names no person
but an office, that office's holder (resolution.previous-sentence-centre; sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


def found(ex: Extractor, text: str) -> list[tuple[str | None, str]]:
    return [(f.actor, f.kind) for f in ex.extract(Document(doc_id="t", text=text, source="BBC"))]


def test_the_subject_of_the_sentence_before_not_a_name_later_in_it(ex: Extractor) -> None:
    text = ("Party chairman Colin Ashcombe spoke to reporters in Leeds on Monday. Mr Ashcombe argued that "
            "the region had done well in part because of Mr Pellow's handling of the budget. "
            "And he pledged to open twelve new clinics in the county.")
    got = found(ex, text)
    assert ("Colin Ashcombe", "pledge") in got
    assert all(actor != "Pellow" and not (actor or "").endswith("Pellow") for actor, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # the one chosen "to" act is whom the next sentence is about
        "Mr Greaves has selected Mr Verity to lead the housing review. He will report to the full council in March.",
        # a statement after a colon: the person it speaks of, not the one who issues it
        "Mr Greaves issued a statement on Friday: I congratulate Mr Verity on his election as chairman. "
        "He will serve the council well.",
    ],
)
def test_the_later_person_stays_when_told_to_act_or_after_a_colon(ex: Extractor, text: str) -> None:
    got = found(ex, text)
    assert any(actor == "Verity" for actor, _ in got)
    assert all(actor != "Greaves" for actor, _ in got)


def test_an_office_in_the_sentence_before_binds_its_holder(ex: Extractor) -> None:
    text = ("Chancellor Anna Lindqvist met the unions on Monday. Union leader Per Dahl said the talks "
            "had gone well. The protests prompted the chancellor to promise a review. "
            "She will publish its findings in June.")
    got = found(ex, text)
    assert any(actor == "Anna Lindqvist" for actor, _ in got)
    assert all(actor != "Per Dahl" for actor, _ in got)


def test_a_person_the_subject_reports_of_is_passed_over_even_when_told_to_act(ex: Extractor) -> None:
    # "said ... caused X to resign": X is inside what the subject reports, not the new centre
    text = ("Mr Greaves said he could not explain what had caused Mr Verity to resign. "
            "He will name a successor in May.")
    got = found(ex, text)
    assert any(actor == "Greaves" for actor, _ in got)
    assert all(actor != "Verity" for actor, _ in got)


def test_a_participle_opening_the_sentence_before_is_not_its_subject(ex: Extractor) -> None:
    text = ("Backing the plan for Mr Verity, Mr Greaves argues the council must change. "
            "He promises to cut council tax by 5%.")
    got = found(ex, text)
    assert any(actor == "Greaves" for actor, _ in got)
