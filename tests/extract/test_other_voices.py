"""Whose word a sentence is: one person's word on another, a pronoun that cannot be the
person named last, a known firm seen acting (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source="BBC"))


@pytest.mark.parametrize(
    "text",
    [
        "Helmut Brandauer will take a softer line on tariffs in his second term, Olivia Penhallow has said.",
        "In March Green leader Tamsin Rook said Mr Dewhurst would be running scared if he ducked a debate.",
    ],
)
def test_one_persons_word_on_another_binds_neither(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_person_speaking_of_himself_or_his_own_side_still_binds(ex: Extractor) -> None:
    found = run(ex, "Green leader Tamsin Rook said she would publish a costed plan for rail fares in May.")
    assert [f.actor for f in found] == ["Tamsin Rook"]


def test_a_reported_agreement_of_another_still_binds(ex: Extractor) -> None:
    # "agreed to" reports the other's own act, whoever tells it
    found = run(ex, "Prosecutor Dana Whitcombe said Mr Albrecht Sorel had agreed to testify at the trial.")
    assert [f.actor for f in found] == ["Albrecht Sorel"]


def test_a_party_mans_charge_on_a_minister_is_no_intention(ex: Extractor) -> None:
    text = ("Schools minister Priya Castellane set out her review on Monday. Ms Castellane said "
            "reforms would follow. Conservative spokesman Rupert Ainsley was unimpressed. "
            '"Priya Castellane wants to scrap the exams but has no idea what comes next," he said.')
    assert all("scrap the exams" not in f.sentence for f in run(ex, text))


def test_he_is_not_a_woman_the_text_calls_ms(ex: Extractor) -> None:
    text = ("Mr Galbraith met Ms Orsini last week. A spokesman said Mr Galbraith respected Ms Orsini, "
            "who he called a friend, and that he was willing to travel to Rome to help.")
    found = [f for f in run(ex, text) if "willing" in f.action]
    assert [f.actor for f in found] == ["Galbraith"]


def test_it_is_the_known_firm_seen_acting_last(ex: Extractor) -> None:
    text = ("Yukos filed for bankruptcy in Houston in December. "
            "Deutsche Bank is involved in the case because it is being sued by Yukos. "
            "It had agreed to lend the money for the bid.")
    found = [f for f in run(ex, text) if "lend" in f.action]
    assert [f.actor for f in found] == ["Deutsche Bank"]
