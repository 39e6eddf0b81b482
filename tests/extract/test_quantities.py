"""Amounts, deadlines and statement dates (own example sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.quantities import Amount, Deadline, find_amounts, find_deadline, resolve_said_on


def amounts(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(a.text, a.value, a.unit) for a in find_amounts(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Washington pledged $5 billion in aid.", [("$5 billion", 5e9, "USD")]),
        ("Tokyo offered $5bn.", [("$5bn", 5e9, "USD")]),
        ("The group will pay 5 bln dlrs for the stake.", [("5 bln dlrs", 5e9, "USD")]),
        ("Net profit was 145 mln U.S. Dlrs.", [("145 mln U.S. Dlrs", 145e6, "USD")]),
        ("It raised 300 mln Canadian dlrs.", [("300 mln Canadian dlrs", 300e6, "CAD")]),
        ("The bank lent 1.5 mln stg.", [("1.5 mln stg", 1.5e6, "GBP")]),
        ("The council will spend £3.2m on roads.", [("£3.2m", 3.2e6, "GBP")]),
        ("Brussels promised €10 million.", [("€10 million", 1e7, "EUR")]),
        ("Berlin will give 10 million euros.", [("10 million euros", 1e7, "EUR")]),
        ("Japan set aside 1.2 billion yen and ¥3 trillion.", [("1.2 billion yen", 1.2e9, "JPY"), ("¥3 trillion", 3e12, "JPY")]),
        ("The firm will invest US$2.5 billion.", [("US$2.5 billion", 2.5e9, "USD")]),
        ("The dividend is 20 cts a share.", [("20 cts", 0.2, "USD")]),
        ("France will send 7,000 soldiers.", [("7,000 soldiers", 7000.0, "soldiers")]),
        ("The plant will create 500 new jobs.", [("500 new jobs", 500.0, "jobs")]),
        ("Output will rise 2.5 pct this year and 10% next year.", [("2.5 pct", 2.5, "%"), ("10%", 10.0, "%")]),
        ("Taxes will rise by 3 per cent.", [("3 per cent", 3.0, "%")]),
        ("He promised two thousand nurses and a million homes.", [("two thousand nurses", 2000.0, "nurses"), ("a million homes", 1e6, "homes")]),
        ("Five hundred troops will stay.", [("Five hundred troops", 500.0, "troops")]),
    ],
)
def test_find_amounts(sentence: str, expected: list) -> None:
    assert amounts(sentence) == expected


def test_amount_offsets_and_qualifier() -> None:
    s = "Kyiv said more than 7,000 were trained."
    [a] = find_amounts(s)
    assert isinstance(a, Amount)
    assert (a.text, a.value, a.unit, a.qualifier) == ("7,000", 7000.0, None, "more than")
    assert s[a.start:a.end] == a.text


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2006 the plan was signed.",
        "The talks open on March 5 and end on 12 April.",
        "The vote is at 10:30 or at 5 pm.",
        "Smith, 45, is a 45-year-old lawyer aged 45.",
        "Section 5 of H.R. 1234 was amended by Article 12.",
        "She finished 1st in the 100m race.",
        "The two leaders met; one said nothing.",
        "(3) The Secretary shall report.",
        "",
    ],
)
def test_not_amounts(sentence: str) -> None:
    assert find_amounts(sentence) == []


@pytest.mark.parametrize("sentence", ["$" + "9" * 500 + " billion", "5 " * 3000, "\x00\uffff☃ £", "₹", "1" * 10000])
def test_amounts_never_raise(sentence: str) -> None:
    for a in find_amounts(sentence):
        assert a.value == a.value and a.value != float("inf")


DOC = date(2005, 3, 10)  # a Thursday


@pytest.mark.parametrize(
    "sentence, text, iso",
    [
        ("The government will double aid by 2010.", "by 2010", "2010-12-31"),
        ("It will be built by 2010-11.", "by 2010-11", "2011-12-31"),
        ("Cuts will be made by the end of the year.", "by the end of the year", "2005-12-31"),
        ("The report will be out by year-end.", "by year-end", "2005-12-31"),
        ("Labour will publish it this year.", "this year", "2005-12-31"),
        ("The law will pass later this year.", "later this year", "2005-12-31"),
        ("Troops will leave next year.", "next year", "2006-12-31"),
        ("The plan will be ready by March.", "by March", "2005-03-31"),
        ("The plan will be ready by February.", "by February", "2006-02-28"),  # February is past: roll forward
        ("The plan will be ready by March 2007.", "by March 2007", "2007-03-31"),
        ("The plan will be ready by the end of June.", "by the end of June", "2005-06-30"),
        ("Paris would deliver the guns within five years.", "within five years", "2010-03-10"),
        ("They will build 100 schools in the next two years.", "in the next two years", "2007-03-10"),
        ("Emissions will fall over the next decade.", "over the next decade", "2015-03-10"),
        ("Aid will arrive within 18 months.", "within 18 months", "2006-09-10"),
        ("Generators will be delivered ahead of winter.", "ahead of winter", "2005-12-21"),
        ("Generators will be delivered before winter.", "before winter", "2005-12-21"),
        ("Shops will reopen by Christmas.", "by Christmas", "2005-12-25"),
        ("The bridge will open by the summer.", "by the summer", "2005-06-21"),
        ("Growth will return by mid-2007.", "by mid-2007", "2007-06-30"),
        ("He will answer by Friday.", "by Friday", "2005-03-11"),
        ("Results will be known by the end of the first quarter.", "by the end of the first quarter", "2005-03-31"),
        ("Labour will hold a referendum before the election.", "before the election", None),
        ("The party will cut taxes by the next election.", "by the next election", None),
        ("Ministers will decide in the coming weeks.", "in the coming weeks", None),
    ],
)
def test_find_deadline(sentence: str, text: str, iso: str | None) -> None:
    d = find_deadline(sentence, DOC)
    assert d == Deadline(text, iso)


SAID = date(2024, 11, 14)  # a Thursday in autumn


@pytest.mark.parametrize(
    "sentence, text, iso",
    [
        # the start, middle or end of a period
        ("The depot will be finished by the start of next year.", "by the start of next year", "2025-01-01"),
        ("The depot will be finished by the beginning of the year.", "by the beginning of the year", "2025-01-01"),
        ("The depot will be finished by the middle of next year.", "by the middle of next year", "2025-06-30"),
        ("The depot will be finished by the end of the week.", "by the end of the week", "2024-11-17"),
        ("The depot will be finished by the end of next week.", "by the end of next week", "2024-11-24"),
        ("The depot will be finished by the end of the decade.", "by the end of the decade", "2029-12-31"),
        ("The depot will be finished by the turn of the decade.", "by the turn of the decade", "2030-01-01"),
        # a quarter already over this year is next year's
        ("Fees will be paid by the end of the second quarter.", "by the end of the second quarter", "2025-06-30"),
        ("Fees will be paid by the end of the fourth quarter.", "by the end of the fourth quarter", "2024-12-31"),
        # part of a year
        ("The canal will reopen early next year.", "early next year", "2025-03-31"),
        ("The canal will reopen by late next year.", "by late next year", "2025-12-31"),
        ("The canal will reopen in the first half of next year.", "in the first half of next year", "2025-06-30"),
        ("The canal will reopen in the second half of 2026.", "in the second half of 2026", "2026-12-31"),
        # spans with "the next"
        ("Clinics will open within the next 12 months.", "within the next 12 months", "2025-11-14"),
        ("Clinics will open within the next year.", "within the next year", "2025-11-14"),
        # seasons: "by" a season is its start, "in" or "this" one its end
        ("Pipes will be replaced by summer 2025.", "by summer 2025", "2025-06-21"),
        ("Pipes will be replaced in the spring.", "in the spring", "2025-06-20"),
        ("Pipes will be replaced this winter.", "this winter", "2025-03-19"),
        ("Pipes will be replaced next summer.", "next summer", "2025-09-21"),
        ("Pipes will be replaced in the autumn of 2025.", "in the autumn of 2025", "2025-12-20"),
        ("Pipes will be replaced by the end of the summer.", "by the end of the summer", "2025-09-21"),
        # no date for these
        ("The mayor will call a vote before the election.", "before the election", None),
        ("The mayor will decide in the coming months.", "in the coming months", None),
    ],
)
def test_find_deadline_against_the_day_it_was_said(sentence: str, text: str, iso: str | None) -> None:
    assert find_deadline(sentence, SAID) == Deadline(text, iso)


@pytest.mark.parametrize("sentence", [
    "The mayor, elected in 1997, will open the depot.",  # a past year is no deadline
    "Floods hit the valley in the spring.",  # a season without a future
    "This spring's floods will be studied.",
    "He spoke of the fall in prices and will cut fees.",  # fall: a decline
])
def test_not_a_deadline_when_said(sentence: str) -> None:
    d = find_deadline(sentence, SAID)
    assert d is None or d.text not in ("in 1997", "in the spring", "This spring", "the fall"), d


def test_deadline_without_doc_date() -> None:
    assert find_deadline("Aid will double within five years.") == Deadline("within five years", None)
    assert find_deadline("Aid will double by the end of the year.") == Deadline("by the end of the year", None)
    assert find_deadline("Aid will double by 2010.") == Deadline("by 2010", "2010-12-31")


@pytest.mark.parametrize(
    "sentence",
    [
        "Taxes have risen since 2001.",
        "He promised in 2001 not to raise income tax.",
        "Prices fell earlier this year.",
        "The minister spoke about the economy.",
        "",
    ],
)
def test_no_deadline(sentence: str) -> None:
    assert find_deadline(sentence, DOC) is None


def test_past_year_is_not_a_deadline_but_future_is() -> None:
    assert find_deadline("It was built in 2003.", DOC) is None
    assert find_deadline("It will be built in 2008.", DOC) == Deadline("in 2008", "2008-12-31")


THU = date(2024, 2, 15)


@pytest.mark.parametrize(
    "sentence, iso",
    [
        ("France and Ukraine pledged on Thursday to work together.", "2024-02-15"),
        ("The minister said on Monday that Paris would maintain its aid.", "2024-02-12"),
        ("Kyiv said Friday it would act.", "2024-02-09"),
        ("The company said yesterday it will cut jobs.", "2024-02-14"),
        ("The party promised today to cut taxes.", "2024-02-15"),
        ("He pledged on Jan. 5 to resign.", "2024-01-05"),
        ("He pledged on January 5 to resign.", "2024-01-05"),
        ("He pledged on December 20 to resign.", "2023-12-20"),  # after doc date: previous year
        ("He pledged on 5 March 2020 to resign.", "2020-03-05"),
        # a date after publication is a date ahead, not when it was said
        ("The council said it will vote on March 1.", None),  # not March 1, 2023
        ("The council said it will vote on March 1, 2024.", None),
        ("The council said on February 1 it will vote on March 1.", "2024-02-01"),
        ("They agreed last week to meet.", None),
        ("They will meet next Monday.", None),
        ("No date here.", None),
        ("", None),
    ],
)
def test_resolve_said_on(sentence: str, iso: str | None) -> None:
    assert resolve_said_on(sentence, THU) == iso


def test_said_on_needs_doc_date_unless_year_given() -> None:
    assert resolve_said_on("He said on Thursday he would go.", None) is None
    assert resolve_said_on("He said on January 5, 2006 he would go.", None) == "2006-01-05"


def test_the_minutes_of_a_clock_time_are_no_amount() -> None:
    from tracker.extract.quantities import find_amounts

    assert find_amounts("will open the depot from 9:00 a.m. to 5:30 p.m. on Friday") == []
