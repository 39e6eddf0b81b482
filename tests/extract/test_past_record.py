"""A commissive verb told as a past act or a record is a past fact (guard.past_record);
a report of it, or a word still given, binds (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, source: str = "BBC") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source=source))


@pytest.mark.parametrize(
    "text",
    [
        "In May of 1998, the Delmar Water Board agreed to a $4 million settlement with the county.",
        "In early 2001, Harlow Foods agreed to sell its dairy arm to Brenmoor.",
        "And in all five cases, the ruling coalition agreed to bring the motion to a vote.",
        "Soon after the election, which Mr Osei won, port officials agreed to double the operator's fee.",
        "Norvale Mining agreed to halt blasting at its Tarn quarry in 2002, after complaints.",
        "Both unions agreed to drop their legal claims at the end of March, to let the talks go on.",
        "For two decades, Congresswoman Ilsley has sought to protect the Marren wetlands.",
        "Senator Okafor has long sought to widen the Harbour Road bridge.",
        "Congressman Vale has been committed to supporting rural clinics since 1994.",
        "Ms Ilsley has been committed to the cause since her time on the city council.",
    ],
)
def test_a_past_act_or_record_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2001, Harlow Foods said, it agreed to sell its dairy arm to Brenmoor.",
        "Hydroval agreed to sell power to the state starting in 2030.",
        "Norvale Mining agreed to halt blasting at its Tarn quarry by 2030.",
        "Congressman Vale remains committed to supporting rural clinics.",
        "Senator Okafor said she has long sought to widen the Harbour Road bridge.",
    ],
)
def test_a_reported_or_present_word_is_still_found(ex: Extractor, text: str) -> None:
    assert run(ex, text) != []
