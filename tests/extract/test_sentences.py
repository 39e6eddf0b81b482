"""Sentence splitting on news conventions, with exact offsets."""

from __future__ import annotations

from tracker.extract.sentences import split


def sents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text)]


def test_titles_initials_and_abbreviations_do_not_end_sentences() -> None:
    text = "Mr. Smith met George W. Bush in the U.S. capital on Jan. 5. They talked."
    assert sents(text) == ["Mr. Smith met George W. Bush in the U.S. capital on Jan. 5.", "They talked."]


def test_abbreviation_then_a_sentence_opener_ends_the_sentence() -> None:
    text = "The shares were sold to Acme Inc. The company said it was pleased."
    assert sents(text) == ["The shares were sold to Acme Inc.", "The company said it was pleased."]


def test_quote_closing_after_the_period_stays_with_its_sentence() -> None:
    text = '"We will win." He smiled. "It is done," he said.'
    assert sents(text) == ['"We will win."', "He smiled.", '"It is done," he said.']


def test_hard_wrapped_wire_copy_is_joined_within_paragraphs() -> None:
    text = (
        "The company said it would\nbuy back five mln shares over the\nnext two years.\n"
        "    It also said profits rose\nin the quarter."
    )
    out = sents(text)
    assert len(out) == 2
    assert out[0].startswith("The company") and out[0].endswith("two years.")
    assert out[1].startswith("It also said")


def test_bullets_and_headlines_are_units() -> None:
    text = "TAX PLAN UNVEILED\n\nThe party's pledges:\n- cut income tax\n- hire 10,000 nurses\n"
    out = sents(text)
    assert "cut income tax" in out and "hire 10,000 nurses" in out
    assert out[0] == "TAX PLAN UNVEILED"


def test_datelines_are_not_part_of_the_first_sentence() -> None:
    text = "WASHINGTON D.C. – Senator Jones said she will vote no."
    assert sents(text)[-1] == "Senator Jones said she will vote no."
    text = "(Reuters) – France pledged to help."
    assert sents(text)[-1] == "France pledged to help."


def test_offsets_are_exact() -> None:
    text = "  First one.  Second one!\nThird?  "
    for span in split(text):
        piece = text[span.start : span.end]
        assert piece == piece.strip() and piece


def test_split_around_gives_the_sentences_of_split_that_hold_a_position() -> None:
    from tracker.extract.sentences import split_around

    text = ("Mr. Smith said the U.S. would act. Acme Inc. will pay $5.5 million!\n"
            "“We will,” he said. Nothing here. The end... Or not? Yes.")
    every = split(text)
    for positions in ([0], [len(text) - 2], [text.index("pay"), text.index("We")], list(range(len(text))),
                      [i for i, c in enumerate(text) if c.isalpha()],
                      [text.index("U.S.") + 3]):  # a position on a dot: judged the slow way
        spans = split_around(text, positions)
        assert spans == [s for s in every if any(s.start <= p < s.end for p in positions)], positions
