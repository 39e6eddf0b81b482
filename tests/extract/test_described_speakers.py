"""A speaker described before the reporting verb ("Name, an analyst at X, said") or where
a quote is attributed is read by the guards on the speaker as one described after the verb
is (guard.third_party_report); where the speaker works, or a speaker telling of themselves,
is not (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor
from tracker.extract.clause import _grammar, frame_description, name_description
from tracker.extract.engine import person_description


def found(ex: Extractor, text: str) -> list[tuple[str | None, str]]:
    return [(f.actor, f.kind) for f in ex.extract(Document(doc_id="t", text=text, source="BBC"))]


@pytest.mark.parametrize(
    "text",
    [
        "Rhona Tait, an analyst at Harcourt Securities, said the company would cut 400 jobs next year.",
        "Osric Velde, chief economist at Norland Bank, said the government would raise fuel duty in March.",
        "Pim Adeyemi, a journalist based in the port city, said the council was considering closing the market.",
        "Lena Vos, a correspondent for a Dutch weekly, said Halvard Shipping planned to sell two ferries.",
    ],
)
def test_an_analyst_or_a_journalist_described_before_the_verb_reports(ex: Extractor, text: str) -> None:
    assert found(ex, text) == []


def test_an_analyst_introducing_a_quote_reports(ex: Extractor) -> None:
    text = ('Corvane Motors makes vans in Luton. Rhona Tait, an analyst at Harcourt Securities, said: '
            '"Corvane Motors will cut 400 jobs next year."')
    assert found(ex, text) == []
    text = ('Corvane Motors makes vans in Luton. "Corvane Motors will sell the Luton site," said Rhona '
            'Tait, an analyst at Harcourt Securities. "Corvane Motors will also close its depot."')
    assert found(ex, text) == []


def test_where_the_speaker_works_is_no_reporter(ex: Extractor) -> None:
    # the agency the speaker works for names no news agency
    text = ("Kenji Ota, director of the London office of Japan's Marine Research Agency, said "
            "Japan plans to launch three survey ships next year.")
    assert [a for a, _ in found(ex, text)] == ["Japan"]


def test_a_spokeswoman_or_a_chief_described_still_speaks_for_her_body(ex: Extractor) -> None:
    assert found(ex, "Ines Marlow, a spokeswoman for Tolvane Foods, said the firm would close its Hull plant.") == [
        ("Tolvane Foods", "commitment")]
    text = 'Tolvane Foods makes pies. Ines Marlow, chief executive of Tolvane Foods, said: "Tolvane Foods will close its Hull plant."'
    assert found(ex, text) == [("Tolvane Foods", "commitment")]


def test_a_described_speaker_telling_of_themselves_still_binds(ex: Extractor) -> None:
    # what the speaker is (a critic, an investor) makes them no reporter of their own plans
    text = "Walt Brenner, an investor with a 6 pct stake in Corvane Motors, said he intends to seek a board seat."
    assert [a for a, _ in found(ex, text)] == ["Walt Brenner"]


def test_the_description_read_is_its_head() -> None:
    g = _grammar(frozenset({"said", "told"}), frozenset({"believes"}))
    before = "Rhona Tait, an analyst at Harcourt Securities, said the company "
    assert frame_description(before, "the company", "Rhona Tait", g) == "analyst"
    assert frame_description(before, "the company", "Harcourt", g) == ""
    text = "Mr Ota, who runs the research unit, said"
    assert name_description(text, len("Mr Ota")) == ""
    text = '"...," said Rhona Tait, chief economist at Harcourt Securities.'
    assert name_description(text, text.index("Tait") + 4) == "economist"
    text = "Ana Ruiz, investor relations director at Tolvane Foods, said"
    assert name_description(text, len("Ana Ruiz")) == "director"
    assert name_description("Ana Ruiz, a journalist based in Lagos, said", len("Ana Ruiz")) == "journalist"


def test_the_head_before_a_name_is_its_last_word() -> None:
    text = "Tolvane investor relations director Ana Ruiz said sales fell. Then Ruiz said more."
    assert person_description(text, "Ana Ruiz", len(text)) == "director"
    text = "In a report to President Ana Ruiz the panel said so. Ruiz said more."
    assert person_description(text, "Ana Ruiz", len(text)) == "president"


@pytest.mark.parametrize(
    "text",
    [
        'Corvane Motors makes vans in Luton. Harcourt analyst Rhona Tait said sales fell. '
        '"Corvane Motors will cut 400 jobs next year," she said.',
        "Corvane Motors makes vans in Luton. Rhona Tait, an economist at Harcourt, said sales fell. "
        "She said Corvane Motors would cut 400 jobs next year.",
    ],
)
def test_a_person_described_before_reports_in_later_sentences(ex: Extractor, text: str) -> None:
    assert found(ex, text) == []


def test_a_chief_described_before_still_speaks_in_later_sentences(ex: Extractor) -> None:
    text = ("Corvane Motors makes vans in Luton. Rhona Tait, chief executive of Corvane Motors, spoke on "
            "Monday. She said Corvane Motors would cut 400 jobs next year.")
    assert found(ex, text) == [("Corvane Motors", "commitment")]
