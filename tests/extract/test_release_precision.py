"""Precision on members' press releases: what the author says others will do, courtesies
and things are not commitments (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, author: str = "Maria Okafor") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, author=author))


def rules(ex: Extractor, text: str) -> list[tuple[str | None, str]]:
    return [(f.actor, f.kind) for f in run(ex, text)]


@pytest.mark.parametrize("quote", [
    "Judge Alvarez will bring fairness and decency to the bench.",
    "The Harbor Renewal Fund will help fishermen and small firms create jobs.",
    "Lakeview Transit will transform the way families in our county get to work.",
])
def test_the_authors_quote_about_another_is_a_forecast(ex: Extractor, quote: str) -> None:
    text = f'Rep. Maria Okafor issued a statement today. "{quote}" Okafor said.'
    assert run(ex, text) == []


def test_the_authors_own_side_in_her_quote_binds(ex: Extractor) -> None:
    text = ('Rep. Maria Okafor issued a statement today. '
            '"The House Agriculture Committee will hold hearings on the dam in March," Okafor said.')
    assert [k for _, k in rules(ex, text)] != []


def test_the_authors_first_person_in_her_quote_binds(ex: Extractor) -> None:
    text = '"I will keep fighting to reopen the clinic in Dunmore," Okafor said.'
    assert rules(ex, text) == [("Maria Okafor", "commitment")]


def test_another_speakers_quote_is_not_the_authors_forecast(ex: Extractor) -> None:
    # the quoted firm speaks for itself: its side is not refused here
    text = '"Brightwell Foods will open a plant in Dunmore next year," said Ana Ruiz, chief executive of Brightwell Foods.'
    assert [a for a, _ in rules(ex, text)] == ["Brightwell Foods"]


@pytest.mark.parametrize("text", [
    "I want to express my deepest sympathy to the Harlan family.",
    "Today I want to specifically mention the volunteers of the Red Brook shelter.",
    "I wanted to share with you a few of the stories I heard in Millbrook.",
    "I would contend that the rules of the chamber need a second look.",
    "With that, I will now turn to the ranking member for her opening statement.",
    "I want to take this opportunity to recognize the nurses of St. Agnes.",
    "Mayor Lind was to visit us in June, and we will sorely miss her.",
])
def test_courtesies_and_speech_acts_promise_nothing(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_an_adverb_before_a_real_action_still_binds(ex: Extractor) -> None:
    assert rules(ex, "I will personally and quickly reopen the Dunmore clinic.") != []
    assert rules(ex, "I will swiftly introduce a bill to reopen the Dunmore clinic.") == [("Maria Okafor", "commitment")]


def test_a_quote_introduced_with_a_comma_is_its_introducers(ex: Extractor) -> None:
    text = ('Rep. Tomas Reyna said, "As a son of Lima, I am committed to deepening our ties with Peru." '
            'Rep. Edith Marlow said, "The agreement is a good start."')
    found = [a or "" for a, _ in rules(ex, text)]
    assert len(found) == 1 and "Tomas Reyna" in found[0]


def test_stated_introduces_a_quote(ex: Extractor) -> None:
    text = ('Okafor praised the grant. Harlan County Sheriff Dale Pruitt stated, "We are grateful. '
            'As Sheriff, I am committed to hiring four new deputies this year."')
    found = [a or "" for a, _ in rules(ex, text)]
    assert len(found) == 1 and found[0].endswith("Dale Pruitt")  # (how much of the title is kept is not asked)


def test_a_stray_closing_mark_does_not_open_a_quote(ex: Extractor) -> None:
    # the first mark closes a quote whose opening was lost; the next quotes are Baird's
    text = ('He said it would be fixed down the road." A narrower bill was filed. '
            '"We will build new docks across the bay," Governor Baird said. '
            '"And we will do it on time."')
    found = [a or "" for a, _ in rules(ex, text)]
    assert len(found) == 2 and all("Baird" in a for a in found)


@pytest.mark.parametrize("text", [
    '"The surest way to lower rents is to build more homes," Okafor said.',
    '"I trust that the Senate will move quickly to confirm Dr. Ibsen," Okafor said.',
    '"It is outrageous that the agency, after all these warnings, would close the Dunmore office," Okafor said.',
    '"Beijing wants to dominate the market for rare metals," Okafor said.',
])
def test_judgements_and_definitions_bind_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_judgement_ends_where_the_authors_own_clause_begins(ex: Extractor) -> None:
    text = '"It is wrong, and I will fight these cuts with everything I have," Okafor said.'
    assert rules(ex, text) == [("Maria Okafor", "commitment")]


def test_stated_after_a_quote_names_its_speaker(ex: Extractor) -> None:
    text = ('Rep. Lena Vos praised the bill. '
            '"I will keep pressing for a vote on the Harbor Safety Act," stated Congressman Paul Irwin.')
    found = [a or "" for a, _ in rules(ex, text)]
    assert len(found) == 1 and found[0].endswith("Paul Irwin")


def test_an_initial_in_the_next_introducer_does_not_steal_the_quote(ex: Extractor) -> None:
    text = ('Okafor stated, "I will fight to keep the Dunmore clinic open." '
            'Congresswoman Rosa T. Ilves stated, "This is a good day."')
    assert rules(ex, text) == [("Maria Okafor", "commitment")]


@pytest.mark.parametrize("text", [
    "I want to offer my heartfelt congratulations to Dr. Ibsen on her nomination.",
    "We want to extend our deepest condolences to the Harlan family.",
    "I will always cherish our friendship.",
])
def test_more_courtesies(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_passive_the_member_announces_is_not_the_members_act(ex: Extractor) -> None:
    text = ("Today, Congresswoman Maria Okafor announced that a grant will be awarded to the "
            "Dunmore Public Library by the Institute of Museum and Library Services. "
            "Okafor announced that the new farm loans will be distributed in May.")
    assert [a for a, _ in rules(ex, text)] == []


def test_a_passive_a_body_announces_still_binds_it(ex: Extractor) -> None:
    text = "The Harbor Authority said the old pier will be closed next spring."
    assert [f.actor for f in ex.extract(Document(doc_id="t", text=text))] == ["Harbor Authority"]


@pytest.mark.parametrize("text", [
    '"I trust the council will act before the winter," Okafor said.',
    "Most importantly, I want to convey my sympathy to the families of the crew.",
    "However, I will tell you that the grant has been indispensable to Dunmore.",
])
def test_more_judgements_and_speech_acts(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


# ---- the Congress sample's wrong findings, by class (sentences written for these tests) ----

def test_a_grant_an_agency_will_make_is_not_the_agencys_word_in_a_release(ex: Extractor) -> None:
    # "State and local" is no reporting verb: the relay stays a relay
    text = ("The Department of Transportation will also provide Millbrook a grant of $412,300 "
            "to repair bridges by funding State and local road projects.")
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "Rep. Maria Okafor announced today that the Forest Service will award $250,000 to the county.",
    "Congresswoman Okafor announced that the Postal Service will issue a stamp honoring nurses.",
    "The National Park Service will reopen the visitor center in May, Okafor said.",
])
def test_what_the_member_announces_another_will_do_is_a_relay(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "Rep. Maria Okafor announced that she will introduce a bill to raise the grant.",
    'Okafor said, "We will keep pressing the Forest Service to reopen the trail."',
])
def test_what_the_member_announces_of_herself_still_binds(ex: Extractor, text: str) -> None:
    assert [a for a, _ in rules(ex, text)] == ["Maria Okafor"]


@pytest.mark.parametrize("text", [
    "The bill funds the license review, ensuring the federal government will meet its duty to the state.",
    "I look forward to working with him and making sure he will put our farmers first.",
    "This vote ensures we will avoid a shutdown of the rail lines this winter.",
])
def test_a_will_inside_what_is_ensured_is_an_outcome(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_ensure_them_said_for_assure_them_is_still_a_pledge(ex: Extractor) -> None:
    text = "I want to ensure them that we will continue to provide whatever support the family needs."
    assert ("Maria Okafor", "commitment") in rules(ex, text)


@pytest.mark.parametrize("text", [
    "I want to assure you that the county will get the help it needs.",
    "Today I want to pay tribute to the volunteers of the Harbor Rescue Squad.",
    "First I want to remember the miners who were lost at Crandall Canyon.",
])
def test_assurances_and_tributes_are_speech_acts(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "Republicans are willing to cut school lunches to pay for tax breaks.",
    "First they wanted to repeal the law. Now they only want to delay it.",
    "Senator Whitcombe wants to sell off our public lands to the highest bidder.",
])
def test_what_the_member_says_another_side_wants_is_a_charge(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.kind != "claim"] == []


def test_the_authors_own_party_wanting_still_counts(ex: Extractor) -> None:
    text = ("Rep. Maria Okafor (D-Ohio) spoke on the floor today. "
            "Democrats want to lower the cost of insulin for every family.")
    assert [k for _, k in rules(ex, text)] == ["intention"]


def test_a_wish_someone_is_reported_saying_still_counts(ex: Extractor) -> None:
    text = "Forest Service officials said they want to study the fire road further."
    assert [k for _, k in rules(ex, text)] == ["intention"]


def test_an_announcement_the_frame_reader_cannot_name_is_still_the_members(ex: Extractor) -> None:
    # commas keep the frame from naming a speaker; the member still announces it
    text = ("Today, Rep. Maria Okafor (D-Ohio), co-chair of the Rural Caucus, announced that, starting "
            "Monday, the Forest Service will reopen the Pine Ridge trail.")
    assert run(ex, text) == []


def test_the_member_announcing_with_a_colleague_still_binds(ex: Extractor) -> None:
    text = ("Today, Congresswoman Maria Okafor (D-Ohio) announced that she and Congressman Paul Brandt "
            "will host a town hall on flood insurance in Marietta.")
    assert run(ex, text) != []


def test_a_letter_the_member_received_speaks_for_its_sender(ex: Extractor) -> None:
    text = ("Congresswoman Maria Okafor received a letter from the Postmaster General today which said "
            "that the Postal Service will not be closing the Zanesville processing plant.")
    assert [a for a, _ in rules(ex, text)] != []


@pytest.mark.parametrize("text", [
    "Today, Congresswoman Maria Okafor was sworn in for her third term in the House.",
    "Twenty years ago, Americans were promised that the trade deal would bring jobs home.",
    "Farmers were promised an end to the tariffs, and they are still waiting.",
])
def test_a_passive_commissive_binds_no_one_named(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.kind != "claim"] == []


def test_an_active_promise_still_binds(ex: Extractor) -> None:
    text = "I promised the farmers of my district that I would fight the tariffs."
    assert ("Maria Okafor", "pledge") in rules(ex, text)


@pytest.mark.parametrize("text", [
    "Families will either lose their coverage or pay twice as much for it.",
])
def test_a_verb_after_either_is_read(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "It has been widely reported that Halvorsen Steel has committed to keeping its mill open for five years.",
    "But the sooner those repairs begin, the quicker we'll stop the flooding on Route 9.",
    "I hope that after the committee votes, the Senate will bring the bill to the floor.",
    "The treaty, negotiated and agreed to by both governments, is a course of action that could end the dispute.",
])
def test_reports_correlatives_hopes_and_agreed_participles(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.kind in ("commitment", "pledge")] == []


def test_an_agreement_to_act_still_binds(ex: Extractor) -> None:
    text = "The Corps of Engineers has agreed to dredge the harbor at Port Clinton this spring."
    assert [k for _, k in rules(ex, text)] == ["commitment"]


@pytest.mark.parametrize("text", [
    "My seat on the Ways and Means Committee will allow me to keep pressing for answers.",
    "This federal assistance from HUD will fund the program for three more years.",
    "Our success in Afghanistan will define the security of our children.",
])
def test_a_name_after_a_preposition_is_not_the_subject(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.actor != "Maria Okafor"] == []


def test_people_at_a_body_still_speak_for_it(ex: Extractor) -> None:
    text = '"Our friends at Halvorsen Steel will retrofit the old mill and hire 40 workers," Okafor said.'
    assert [a for a, _ in rules(ex, text)] == ["Halvorsen Steel"]


def test_rest_assured_is_said_to_the_reader_not_by_rest(ex: Extractor) -> None:
    text = "Rest assured that I will keep fighting to reopen the Dunmore clinic."
    assert rules(ex, text) == [("Maria Okafor", "commitment")]


def test_be_assured_that_a_thing_will_is_no_ones_word(ex: Extractor) -> None:
    text = "Rest assured that this money will be put to good use in our schools."
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "They were told that the Harbor Act would cut their premiums in half.",
    "I was informed that the Forest Service will release its plan in the coming days.",
])
def test_what_someone_was_told_will_happen_is_second_hand(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.kind != "claim"] == []


def test_the_reader_rest_assured_of_our_own_work_still_binds(ex: Extractor) -> None:
    text = "Our veterans should rest assured that we will continue to fight for their benefits."
    assert rules(ex, text) == [("Maria Okafor", "commitment")]


def test_what_news_reports_have_stated_is_second_hand(ex: Extractor) -> None:
    text = "Recent news reports have stated that the suspect pledged allegiance to the militia."
    assert [f for f in run(ex, text) if f.kind in ("commitment", "pledge")] == []


def test_likely_that_across_an_adverbial_is_a_forecast(ex: Extractor) -> None:
    text = ("It is far more likely that in ten years, as the deadline nears, a different Congress "
            "will offer a full amnesty.")
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "It would also bar an insured credit union proposing to convert from offering prizes to voters.",
    "We must be mindful of extremist elements seeking to exploit the unrest.",
])
def test_a_participle_after_a_common_noun_states_no_aim(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.kind == "intention"] == []


@pytest.mark.parametrize("text", [
    "Manila, seeking to reschedule its debt, asked the banks for new terms.",
    "The Forest Service is planning to reopen the trail in May.",
])
def test_an_aim_with_its_subject_still_counts(ex: Extractor, text: str) -> None:
    assert [f.kind for f in ex.extract(Document(doc_id="t", text=text))] == ["intention"]


def test_the_author_named_with_a_bare_would_describes_a_proposal(ex: Extractor) -> None:
    text = "Okafor would treat a second home in the county the same way under the bill."
    assert run(ex, text) == []


def test_the_authors_accented_name_is_the_author(ex: Extractor) -> None:
    # the source names "Ines Nunez"; the text writes "Núñez"
    got = ex.extract(Document(doc_id="t", text="Congresswoman Núñez will host a town hall on flood insurance on Saturday.",
                              source="US Congress press release: Ines Nunez"))
    assert [f.actor for f in got] != []


def test_the_authors_accented_quote_about_a_thing_is_a_forecast(ex: Extractor) -> None:
    text = ('Congresswoman Ines Núñez spoke today. "Through its reviews, the Harbor Board will save '
            'taxpayers millions of dollars," said Congresswoman Núñez.')
    got = ex.extract(Document(doc_id="t", text=text, source="US Congress press release: Ines Nunez"))
    assert [f for f in got if f.kind != "claim"] == []


@pytest.mark.parametrize("text", [
    "The Harbor Energy Act was introduced today. It aims to lower prices at the pump for families.",
    "Okafor's bill has wide support. It seeks to expand broadband to rural schools.",
])
def test_it_aims_in_a_members_release_is_the_bill(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.kind == "intention"] == []


def test_it_plans_in_a_news_story_is_still_the_firm(ex: Extractor) -> None:
    text = "Halvorsen Steel reported record profits. It plans to open a new mill in Ohio next year."
    assert [f.actor for f in ex.extract(Document(doc_id="t", text=text))] == ["Halvorsen Steel"]


@pytest.mark.parametrize("text", [
    '"The Harbor Teen Court will allow volunteers to mentor their peers," said Judge Ann Riley.',
    "The Coastal Mental Health Act will transform care for families across the state.",
])
def test_what_a_body_or_law_will_bring_about_is_a_forecast(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.kind != "claim"] == []


def test_the_authors_own_effect_verb_still_binds(ex: Extractor) -> None:
    assert rules(ex, "I will strengthen the levees along the Muskingum River before next spring.") == [
        ("Maria Okafor", "commitment")]


def test_a_fellow_members_we_in_a_release_binds_that_member(ex: Extractor) -> None:
    text = ('Rep. Maria Okafor (D-Ohio) and Rep. Daniel Pryce (D-Ind.) wrote to the ambassador. '
            '"We will keep pressing the ambassador until the reporters are freed," said Representative Pryce.')
    assert [a for a, _ in rules(ex, text)] == ["Daniel Pryce"]


def test_the_authors_we_binds_her_whatever_the_case_of_her_name(ex: Extractor) -> None:
    got = ex.extract(Document(doc_id="t", text='"We will keep fighting for the salmon fishery," said Congressman DeWitt.',
                              source="US Congress press release: Paul Dewitt"))
    assert len(got) == 1 and got[0].actor in ("Paul DeWitt", "Paul Dewitt", "DeWitt")  # the member, not a party


@pytest.mark.parametrize("text", [
    # (the House of the country the release is about: Congress names it)
    "Members of Congress have waited a year. Tomorrow, the House will vote on the Flood Insurance Relief Act.",
    "On Tuesday at 10 a.m., the House Agriculture Committee will hold a hearing on dairy prices.",
])
def test_the_authors_chamber_and_committee_business_still_binds(ex: Extractor, text: str) -> None:
    assert [k for _, k in rules(ex, text)] != []


def test_a_chamber_inside_a_relative_clause_is_not_the_subject(ex: Extractor) -> None:
    text = "The President's budget, which passed the House and Senate this week, will make the crisis worse."
    assert run(ex, text) == []


def test_a_means_clause_after_and_tells_an_effect_not_a_pledge(ex: Extractor) -> None:
    # "by keeping X, we will preserve Y" after a dash and "and": what the act brings about
    text = ("The depot is central to the valley's economy – and by keeping the depot open, "
            "we will continue to protect hundreds of jobs in the county.")
    found = ex.extract(Document(doc_id="t", text=text, source="US Congress press release: Orla Brennan"))
    assert [f for f in found if "protect hundreds" in f.action] == []


def test_a_record_of_devotion_and_groundwork_are_no_act(ex: Extractor) -> None:
    doc = Document(doc_id="t", source="US Congress press release: Orla Brennan",
                   text=("Congresswoman Brennan has been committed to expanding rural broadband since 2011. "
                         "Brennan is laying the groundwork for a wider rural agenda."))
    found = ex.extract(doc)
    # guard.past_record: a devotion told with its span ("since 2011") is a record, not a word given
    assert [f.kind for f in found if "broadband" in f.action] == []
    assert [f for f in found if "groundwork" in f.action] == []


@pytest.mark.parametrize("text", [
    "In March of 2004, the county agreed to a land swap with the state forest service.",
    "In all four cases, the majority party agreed to bring the bill to the floor.",
])
def test_an_agreement_dated_in_the_past_is_recalled_not_made(ex: Extractor, text: str) -> None:
    found = ex.extract(Document(doc_id="t", text=text, source="US Congress press release: Orla Brennan"))
    assert all(f.kind == "intention" for f in found)


@pytest.mark.parametrize("text", [
    "Congressman Orin Vale announced today that he will once again sit on the Agriculture Committee.",
    "Vale will also retain his membership on the forestry subcommittee.",
])
def test_a_seat_kept_on_a_committee_is_an_assignment(ex: Extractor, text: str) -> None:
    found = ex.extract(Document(doc_id="t", text=text, source="US Congress press release: Orin Vale"))
    assert found == []


def test_what_an_issue_is_is_no_act_in_progress(ex: Extractor) -> None:
    text = "Rep. Orin Vale said the most pressing issue facing the council this year is cutting the deficit."
    found = ex.extract(Document(doc_id="t", text=text, source="US Congress press release: Orin Vale"))
    assert [f for f in found if "cutting the deficit" in f.action] == []
