"""General constructions of commitment that news and releases use besides a subject +
modal: a pledge named as the subject of a copula, a spokesman speaking for a body, a
collective subject, an announcement about what a body runs, "there will be no ..."."""

from __future__ import annotations

from tracker.extract import Document
from tracker.extract.engine import Extractor


def found(ex: Extractor, text: str, author: str | None = None, title: str | None = None
          ) -> list[tuple[str | None, str, str]]:
    return [(f.actor, f.rule, f.kind) for f in ex.extract(Document("r", text, author=author, title=title))]


def test_a_possessed_pledge_with_a_copula_binds_its_owner(ex: Extractor) -> None:
    assert found(ex, "Plaid Cymru's main promise is to scrap prescription charges.") == [
        ("Plaid Cymru", "commitment.nominal_pledge", "commitment")]
    assert found(ex, "My commitment is to open a clinic in every county.", author="Jane Roe") == [
        ("Jane Roe", "commitment.nominal_pledge", "commitment")]


def test_the_pledge_with_no_possessor_is_the_story_s_body(ex: Extractor) -> None:
    text = ("The Scottish National Party set out its programme on Tuesday in Perth. "
            "The central pledge is to abolish tolls on the Forth bridge.")
    assert found(ex, text) == [("Scottish National Party", "reading.pledge_owner", "commitment")]


def test_a_reported_past_pledge_or_a_pledge_to_a_thing_is_not_cued(ex: Extractor) -> None:
    assert found(ex, "One of the party's pledges was to halve the deficit.") == []
    assert found(ex, "Observers doubt how real the commitment is to such reform.") == []


def test_the_band_and_its_spokesman_speak_for_the_band(ex: Extractor) -> None:
    text = ("Folk band The Waterboys cancelled two shows after their drummer fell ill. "
            "The band's spokesman said they would reschedule the Dublin dates.")
    assert [(a, k) for a, _, k in found(ex, text)] == [("The Waterboys", "commitment")]


def test_a_modal_hedged_by_undoubtedly_is_a_forecast(ex: Extractor) -> None:
    assert found(ex, "Ministers said the Treasury will undoubtedly overspend next year.") == []


def test_both_clubs_are_the_two_bodies_named_before(ex: Extractor) -> None:
    text = ("Leeds United were fined by the league on Monday, and Hull City were fined on Tuesday. "
            "Leeds United said it would not appeal. Hull City said it accepted the ruling. "
            "Both clubs have agreed to pay the fines within a month.")
    got = [f for f in ex.extract(Document("r", text)) if f.rule == "agreement.agreed"]
    assert len(got) == 1 and set(got[0].actors) == {"Leeds United", "Hull City"}


def test_the_two_sides_of_a_named_dispute_bind_as_the_phrase_names_them(ex: Extractor) -> None:
    text = "The two sides in the Antwerp dock strike have agreed to resume talks on Monday."
    assert [(a, k) for a, _, k in found(ex, text)] == [("two sides in the Antwerp dock strike", "commitment")]
    # with no qualifier and no one named before, "the two sides" binds no one
    assert found(ex, "The two sides have agreed to resume talks on Monday.") == []


def test_a_named_speaker_ruling_a_change_out_with_there_will_be_is_bound(ex: Extractor) -> None:
    text = "Northwind Energy Corp said there will be no job cuts at its Aberdeen depot."
    assert found(ex, text) == [("Northwind Energy Corp", "reading.there_speaker", "commitment")]
    text = "There would be no fare increases this year, said Transit Authority chairman Ruth Okafor."
    assert [(a, r) for a, r, _ in found(ex, text)] == [("Ruth Okafor", "reading.there_speaker")]


def test_there_will_be_an_outcome_or_from_an_analyst_binds_no_one(ex: Extractor) -> None:
    assert found(ex, "Northwind Energy Corp said there will be no recession next year.") == []
    assert found(ex, "Tom Reyes, an analyst at Brightline Securities, said there will be no job cuts.") == []
    assert found(ex, "Mary Lowe, a former adviser to the minister, said there would be no tax rises.") == []
    assert found(ex, "There will be no job cuts.") == []  # no one named says it


def test_a_body_announcing_what_it_does_to_its_sites_is_bound(ex: Extractor) -> None:
    text = "Halvorsen Foods Corp announced that the Leeds depots would be closing by the end of June."
    assert found(ex, text) == [("Halvorsen Foods Corp", "reading.facility_change", "commitment")]
    text = "The two Dundee stores will reopen on Monday, Halvorsen Foods Corp said."
    assert [(a, r) for a, r, _ in found(ex, text)] == [("Halvorsen Foods Corp", "reading.facility_change")]


def test_what_a_site_does_or_a_rival_s_site_binds_no_one(ex: Extractor) -> None:
    assert found(ex, "Halvorsen Foods Corp said the depot will handle 500 lorries a day.") == []
    assert found(ex, "Halvorsen Foods Corp said Kellner's plant will close in June.") == []


def test_keeping_in_contact_is_an_act_and_a_later_clause_has_its_own_subject(ex: Extractor) -> None:
    text = ("“It is my hope that the county will reopen the shelter soon, and I will be in close "
            "contact with its managers until it does,” said Rep. Dana Whitfield.")
    got = found(ex, text)
    assert [(a, k) for a, _, k in got] == [("Dana Whitfield", "commitment")]
    # a state "in" something is still no act
    assert found(ex, "Rep. Dana Whitfield said she would be in Ohio on Monday.") == []
