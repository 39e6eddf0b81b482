"""'the president' alone in a dated US document is the president in office that day, not the
country (resolution.office-holder-by-date; sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, day: date | None) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source="US Congress press release", date=day))


TEXT = ("The rural broadband bill cleared the Senate on Tuesday by a wide margin. "
        "The White House has signalled that the President will sign the bill into law next week.")


def test_the_president_of_a_dated_us_document_is_the_holder_that_day(ex: Extractor) -> None:
    found = [f for f in run(ex, TEXT, date(2014, 3, 4)) if "sign the bill" in f.action]
    assert [f.actor for f in found] == ["Barack Obama"]
    found = [f for f in run(ex, TEXT, date(1986, 3, 4)) if "sign the bill" in f.action]
    assert [f.actor for f in found] == ["Ronald Reagan"]


def test_no_date_leaves_the_government_of_the_country(ex: Extractor) -> None:
    found = [f for f in run(ex, TEXT, None) if "sign the bill" in f.action]
    assert [f.actor for f in found] == ["United States"]


def test_a_holder_the_text_names_comes_first(ex: Extractor) -> None:
    text = ("President Carmody toured the flooded farms in Iowa on Monday. "
            "The President will sign the disaster relief bill on Friday, the White House said.")
    found = [f for f in run(ex, text, date(2014, 3, 4)) if "relief bill" in f.action]
    assert [f.actor for f in found] == ["Carmody"]


def test_the_vice_president_is_not_the_president(ex: Extractor) -> None:
    text = "The bill cleared the Senate on Tuesday. The Vice President will visit the new plant in Ohio on Friday."
    found = [f for f in run(ex, text, date(2014, 3, 4)) if "visit" in f.action]
    assert all(f.actor != "Barack Obama" for f in found)
