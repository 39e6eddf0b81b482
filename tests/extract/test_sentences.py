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


def test_a_sentence_end_with_no_space_after_it_still_ends_the_sentence() -> None:
    assert sents("The hall was full.”The vote comes next.") == ["The hall was full.”", "The vote comes next."]
    assert sents("She backed the Farm Act.Tuesday she spoke again.") == ["She backed the Farm Act.", "Tuesday she spoke again."]
    assert sents("Sales fell in 1998.After that they rose.") == ["Sales fell in 1998.", "After that they rose."]
    # a straight quote that opens the next sentence stays with it
    assert sents('We walked home.“Rain again,” she said.') == ["We walked home.", "“Rain again,” she said."]
    assert sents('It rained.He said "Go home."Then we left.') == ["It rained.", 'He said "Go home."', "Then we left."]
    assert sents('It rained."Go home," he said.') == ["It rained.", '"Go home," he said.']


def test_no_space_marks_inside_addresses_titles_and_abbreviations_do_not_cut() -> None:
    for text in ("Write to Jane.Doe@senate.example.gov today.", "See www.Example.com/Plans.Now for more.",
                 "Dr.Rivera met U.S.Senators at noon.", "J.K.Rowling wrote it.", "Growth was 3.5 percent."):
        assert sents(text) == [text]


def test_split_around_agrees_with_split_on_sentence_ends_with_no_space() -> None:
    from tracker.extract.sentences import split_around

    text = 'We met.”The plan is set.He said "Go."Then Acme Inc.The firm left. Mail a.b@x.org now.'
    every = [(s.start, s.end) for s in split(text)]
    for i, ch in enumerate(text):
        if ch.isalpha():
            want = [sp for sp in every if sp[0] <= i < sp[1]]
            assert [(s.start, s.end) for s in split_around(text, [i])] == want


def test_a_line_break_inside_a_sentence_does_not_end_it() -> None:
    assert sents("Oslo said it would raise the\nfuel tax next year.") == ["Oslo said it would raise the\nfuel tax next year."]
    assert sents("She said she would hire\r\n40 nurses.") == ["She said she would hire\r\n40 nurses."]
    assert sents("He said he would\n    sell the house.") == ["He said he would\n    sell the house."]
    assert sents("The firm said it would\nTrain staff.") == ["The firm said it would\nTrain staff."]


def test_line_breaks_that_end_units_still_do() -> None:
    assert sents("Farm Bill Passes\nThe House voted on Monday.") == ["Farm Bill Passes", "The House voted on Monday."]
    assert sents("It ended.\nthen came more") == ["It ended.", "then came more"]
    assert sents("The party will:\ncut fuel duty\nbuild new homes") == ["The party will:", "cut fuel duty", "build new homes"]
    assert sents("One line\n\nanother paragraph") == ["One line", "another paragraph"]


def test_wrapped_copy_after_a_colon_keeps_its_paragraphs_and_bullets() -> None:
    text = ("The firm listed three aims for the\nyear ahead and its chairman said:\n"
            "    \"We will grow.\"\n    -- cut costs in the\nsteel unit;\n    -- sell the\nshipyard.\n")
    out = sents(text)
    assert "cut costs in the\nsteel unit;" in out and "sell the\nshipyard." in out


def test_a_press_release_end_mark_ends_the_sentence_before_it() -> None:
    assert sents("“We will fund it.”###Contact:Ann Lee, 555-0100") == ["“We will fund it.”", "Contact:Ann Lee, 555-0100"]


def test_crlf_wrapped_copy_reads_as_lf_copy() -> None:
    lf = "Acme said it would\nbuy five plants over the\nnext two years\n\nThe firm also said it would\nhire staff.\n"
    crlf = lf.replace("\n", "\r\n")
    assert [s.replace("\r\n", "\n") for s in sents(crlf)] == sents(lf) == [
        "Acme said it would\nbuy five plants over the\nnext two years", "The firm also said it would\nhire staff."]


def test_end_marks_match_as_the_plain_alternation() -> None:
    """sentences._END opens with one character class (a fast scan); it matches as the plain
    `(?:[.!?]+|…)` form, from any start (split_around reads from a cue onwards)."""
    import random
    import re

    from tracker.extract.sentences import _END

    plain = re.compile(r"(?:[.!?]+|…)[\"'”’\x9dâ€)\]]*(?=\s|$)")
    rnd = random.Random(7)
    pieces = ["a", "U", ".", "!", "?", "…", "\"", "'", "”", "’", "\x9d", "â", "€", ")", "]", " ", "\n", "3", "S"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(12)))
        lo = rnd.randrange(len(text) + 1)
        assert [m.span() for m in _END.finditer(text, lo)] == [m.span() for m in plain.finditer(text, lo)], text


def test_a_quote_closed_after_an_initial_ends_the_sentence() -> None:
    # an initial goes on with a name, but not after the quote that holds it has closed
    text = 'She said: "It was the worst show since Hill Street Ward B." Labour denied it.'
    assert sents(text) == ['She said: "It was the worst show since Hill Street Ward B."', "Labour denied it."]
    assert sents("He met John F. Kennedy there.") == ["He met John F. Kennedy there."]


def test_a_decimal_number_before_a_period_ends_the_sentence() -> None:
    text = "Profit will fall to between $3.0-$4.5. \"We're on track,\" said Ms Vane. Sales hit $1.2bn. Analysts were calm."
    assert sents(text) == ["Profit will fall to between $3.0-$4.5.", "\"We're on track,\" said Ms Vane.",
                           "Sales hit $1.2bn.", "Analysts were calm."]


def test_a_quote_run_into_the_sentence_before_opens_a_new_one() -> None:
    text = 'The mayor said the depot would not move."I am grateful to the council," Ortiz said.'
    assert sents(text) == ["The mayor said the depot would not move.", '"I am grateful to the council," Ortiz said.']


def test_share_buttons_left_in_a_page_end_the_sentence() -> None:
    from tracker.extract.sentences import split
    text = "I will keep fighting for our farmers.” share: f t Contact: Dana Orr (202) 555-0100"
    spans = [text[s.start:s.end] for s in split(text)]
    assert spans[0] == "I will keep fighting for our farmers.”"
    assert spans[-1].startswith("Contact:")


def test_the_dash_ending_a_dateline_is_found_as_the_pattern_finds_it() -> None:
    """sentences._dash_capital_end (str.find) gives the end of the last `_DASH_THEN_CAPITAL`
    match; the dateline is looked for up to it."""
    import random

    from tracker.extract.sentences import _DASH_THEN_CAPITAL, _dash_capital_end

    rnd = random.Random(11)
    pieces = ["-", "–", "—", " ", "  ", "\n", "\u00a0", "A", "Z", "a", "“", '"', "(", ".", "Reuters"]
    for _ in range(4000):
        head = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(14)))
        want = max((m.end() for m in _DASH_THEN_CAPITAL.finditer(head)), default=-1)
        # (overlapping ends too: a dash in the white space run of another is no match start)
        assert _dash_capital_end(head) >= want, head
        assert _dash_capital_end(head) == max((m.end() for i in range(len(head))
                                               if (m := _DASH_THEN_CAPITAL.match(head, i))), default=-1), head


def test_split_around_agrees_with_split_on_random_marks_and_words() -> None:
    """split_around finds the end marks after a position with str.find and the patterns
    matched where a mark is: the spans are those of split."""
    import random

    from tracker.extract.sentences import split_around

    rnd = random.Random(3)
    pieces = ["Acme", "said", "it", "would", "Inc", "U.S", "Mr", "3", "5bn", "A", "x", " ", " ", " ", ".", ".", "!",
              "?", "…", "”", '"', "’", ")", "\n", "The", "we", "eBay", "WASHINGTON", " – ", "###", "@", ".com"]
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 40)))
        every = [(s.start, s.end) for s in split(text)]
        spots = [i for i, c in enumerate(text) if c.isalpha()]  # (where a need ends: a letter)
        if not spots:
            continue
        positions = sorted(rnd.sample(spots, min(len(spots), rnd.randrange(1, 4))))
        want = [sp for sp in every if any(sp[0] <= p < sp[1] for p in positions)]
        assert [(s.start, s.end) for s in split_around(text, positions)] == want, (text, positions)


def test_the_word_before_a_period_is_read_in_the_thirty_characters_before_it() -> None:
    # a long dotted token: its last 30 characters are the word, no abbreviation
    assert sents("See the file at data.archive.example.internal.records. The rest waits.") == [
        "See the file at data.archive.example.internal.records.", "The rest waits."]
    assert sents("Ask at the front desk of the ministry (Room 4b). He said so.") == [
        "Ask at the front desk of the ministry (Room 4b).", "He said so."]
    # a title, an initial, an abbreviation before a sentence opener, a decimal number
    assert sents("Sen. Ruiz spoke. Then Gov. Ames left. Acme Corp. The firm grew 2.5. Sales rose.") == [
        "Sen. Ruiz spoke.", "Then Gov. Ames left.", "Acme Corp.", "The firm grew 2.5.", "Sales rose."]
    assert sents("We met J. Ortiz at noon. We left.") == ["We met J. Ortiz at noon.", "We left."]


def test_a_period_is_judged_by_the_words_on_both_sides_of_it() -> None:
    # (a word longer than any abbreviation before the period, or one space then a word
    # after it, is read in place: the verdicts are those of the full reading)
    from tracker.extract.sentences import split_around

    cases = {
        "Senators approved the legislation. Voters cheered.": 2,
        "Senators approved the legislation. voters cheered.": 1,  # a lower-case word goes on
        "Senators approved the legislation. “Voters cheered,” she said.": 2,
        "We met Ambassadors. eBay agreed.": 2,  # a brand opens the sentence
        "He thanked Messrs. Smith and Jones.": 1,  # a title of six letters
        "The firm is based in Calif. The move was made.": 2,  # an abbreviation before an opener
        "The firm is based in Calif. Smith moved it.": 1,
        "It was signed by John Q. Public today.": 1,  # an initial
        "It was signed by John Q. The end came.": 2,
        "The rate was 3.5. Prices rose.": 2,  # a number
        "It rose 2.5bn. Attaining it was hard.": 2,
        "Growth hit 12. 5 firms closed.": 1,
    }
    for text, count in cases.items():
        assert len(sents(text)) == count, text
        every = [(s.start, s.end) for s in split(text)]
        for i, ch in enumerate(text):
            if ch.isalpha():
                assert [(s.start, s.end) for s in split_around(text, [i])] == [sp for sp in every if sp[0] <= i < sp[1]]


def test_spans_are_made_as_their_constructor_makes_them() -> None:
    # (`_add` makes them without the dataclass's __init__: they must be the same values)
    import dataclasses

    import pytest

    from tracker.extract.sentences import Span

    span = split("It rained. We left.")[1]
    assert span == Span(11, 19) and hash(span) == hash(Span(11, 19)) and repr(span) == "Span(start=11, end=19)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]


def test_a_closing_quote_read_in_the_wrong_encoding_still_closes_the_sentence() -> None:
    # '”' decoded as Windows-1252 is 'â€\x9d', or U+009D alone where the rest was dropped
    text = "We will keep the depot open.\x9d Mayor Lund backed the plan, said Ann Vale."
    assert sents(text) == ["We will keep the depot open.\x9d", "Mayor Lund backed the plan, said Ann Vale."]
    text = "We will keep the depot open.â€\x9d Mayor Lund backed the plan."
    assert sents(text) == ["We will keep the depot open.â€\x9d", "Mayor Lund backed the plan."]
