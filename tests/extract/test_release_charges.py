"""Precision on members' press releases: another side's plans told as a charge, a quote's
speaker parted from "said" by a relative clause (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding
from tracker.extract.explain import explain


def run(ex: Extractor, text: str, author: str = "Odette Marlow") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, author=author))


def refusals(ex: Extractor, text: str, author: str = "Odette Marlow") -> set[str]:
    return {c.refusal for s in explain(ex, Document(doc_id="t", text=text, author=author))
            for c in s.cues if c.refusal}


@pytest.mark.parametrize("text", [
    "Secretary Brandt Halvorsen has a long record on schools. He is committed to dragging public education back fifty years.",
    "The Tidewater Republicans plan to gut the coastal protection fund before the summer recess.",
    "Instead of helping farmers, President Lionel Ashby plans to impose higher taxes on small growers.",
    "Governor Pell Darrow is determined to take away collective bargaining from nurses.",
    "Speaker Hale Corbin is now proposing to slash heating aid for seniors this winter.",
])
def test_another_sides_plan_in_words_of_blame_is_a_charge(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "refusal.authored-others-bent" in refusals(ex, text)


@pytest.mark.parametrize("text", [
    # the author's own fight against what is blamed
    "I will fight this reckless scheme with everything I have.",
    # another side acting against what is blamed
    "Senate Democrats are going to repeal this dangerous mandate next week.",
    # someone else named saying it: their own word
    "Governor Ilse Varga said she plans to slash the state's vehicle fees by a third.",
    # a plain plan of another side, told without blame
    "The Tidewater Republicans plan to hold a hearing on the coastal fund in May.",
])
def test_a_plan_not_told_as_a_charge_still_binds(ex: Extractor, text: str) -> None:
    assert run(ex, text) != []


def test_a_capitalised_name_is_no_word_of_blame(ex: Extractor) -> None:
    # "Rob" opens a name here, not the verb "rob"
    text = "The Port Commission will continue to build on the record of Rob Tennant, its founder, the commissioner said."
    assert "refusal.authored-others-bent" not in refusals(ex, text)


def test_a_relative_clause_between_the_speaker_and_said_keeps_the_speaker(ex: Extractor) -> None:
    text = ("“The clinic is a lifeline,” said Marlow. Senator Tobias Renquist, who pressed the agency again in a long "
            "call with the regional director at the state capitol last week, said, “Families have waited long enough. "
            "I will keep pushing the agency until the clinic reopens.”")
    got = [(f.actor, f.speaker) for f in run(ex, text) if "keep pushing" in f.action]
    assert got and got[0][0] == "Tobias Renquist"


@pytest.mark.parametrize("text", [
    "Marlow cut the ribbon at the Fenwick bypass, a $12 million project that employed 140 workers and will shorten commutes.",
    "She praised the shelter program, which has housed 600 veterans and would expand to two more counties.",
])
def test_a_relative_clause_on_a_thing_coordinated_with_the_cue_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "refusal.relative-coordinated" in refusals(ex, text)


def test_a_person_who_did_and_will_still_binds(ex: Extractor) -> None:
    text = "Marlow, who founded the veterans caucus and will chair its first hearing in May, spoke at the event."
    assert "refusal.relative-coordinated" not in refusals(ex, text)


@pytest.mark.parametrize("text", [
    "We will keep the Okonjo family in our thoughts and prayers.",
    "I will continue to pray for the miners and their families.",
    "After the flood, we vowed to never forget the people of Pell River.",
    "On Armistice Day we will gather to remember those who served.",
    "Ann and I will lift up the Teague family in our prayers.",
])
def test_prayer_and_remembrance_are_no_commitments(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.commemoration" in refusals(ex, text)


@pytest.mark.parametrize("text", [
    "Marlow will attend the memorial service to remember the crew of the Halcyon on Sunday.",
    "I will continue to pray and to work for a full inquiry into the mine collapse.",
])
def test_an_event_or_a_promise_beside_remembrance_still_binds(ex: Extractor, text: str) -> None:
    assert run(ex, text) != []


def test_they_passes_over_a_country_that_opens_a_longer_name(ex: Extractor) -> None:
    text = ("Four students from Alder County accepted appointments to the United States Naval Academy in "
            "Annapolis. They will join the incoming class on July 1.")
    assert [f for f in run(ex, text) if f.actor == "United States"] == []


@pytest.mark.parametrize("text", [
    "Today, Senator Wendell Arkwright and Congresswoman Odette Marlow announced that they will introduce the Rural Clinics Act.",
    "Reps. Pia Sorensen (D-MN), Odette Marlow (D-OR) and Glen Tiller (R-KS) announced they will co-chair the Broadband Caucus.",
])
def test_they_after_a_frame_listing_the_author_binds_the_author(ex: Extractor, text: str) -> None:
    assert [f.actor for f in run(ex, text)] == ["Odette Marlow"]


def test_they_after_a_frame_without_the_author_does_not(ex: Extractor) -> None:
    text = "Senators Wendell Arkwright and Pia Sorensen announced that they will introduce the Rural Clinics Act."
    assert "Odette Marlow" not in [f.actor for f in run(ex, text)]


@pytest.mark.parametrize("text", [
    "On Monday, Congresswoman Odette Marlow (OR-04) and Congressman Felix Brandauer (WA-03) will host a job fair in Salem.",
    "Congresswoman Marlow’s staff and Chief Ida Kowalczyk of the Salem Fire Department will explain the grant rules.",
    "Marlow and the Cascadia Food Bank will hand out 500 holiday meals on Saturday.",
])
def test_a_subject_coordinated_with_the_author_binds_the_author(ex: Extractor, text: str) -> None:
    assert [f.actor for f in run(ex, text)] == ["Odette Marlow"]


def test_a_list_with_no_and_is_no_coordination_with_the_author(ex: Extractor) -> None:
    text = "At the urging of Congresswoman Odette Marlow, the Natural Resources Committee will hold a hearing on her bill."
    assert "Odette Marlow" not in [f.actor for f in run(ex, text)]


def test_a_quote_signed_with_a_dash_and_a_name_is_that_persons(ex: Extractor) -> None:
    text = ("Marlow welcomed the grant. “The harbor has waited twenty years for this. We will start dredging "
            "in the spring.” – Mayor Kasimir Oduya, City of Port Ellery “This is a great day,” said Marlow.")
    got = [f.actor for f in run(ex, text) if "dredging" in f.action]
    assert got == ["Kasimir Oduya"]


def test_a_dash_before_a_sentence_is_no_signature(ex: Extractor) -> None:
    text = "“We will fund the clinic in full.” – The money comes from the 2019 health bill, Marlow said."
    assert "The" not in [f.speaker for f in run(ex, text)]


@pytest.mark.parametrize("text", [
    "This grant is welcome news for Port Ellery as we seek to rebuild the waterfront.",
    "As we seek to modernize the grid, it is vital that rural co-ops have a voice.",
    "Our troops have stood by the Kurdish people as they seek to build a stable region.",
    "As we will hear today, the current permit system is badly broken.",
])
def test_an_as_clause_of_background_states_no_aim(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "refusal.as-background" in refusals(ex, text)


def test_a_plan_after_as_still_binds(ex: Extractor) -> None:
    text = "Marlow asked the agency to keep the records, as the Harbor Committee intends to request them in June."
    assert "refusal.as-background" not in refusals(ex, text)


def test_we_are_told_reports_hearsay(ex: Extractor) -> None:
    text = "We’re told the contractors will repay every dollar if they overbill."
    assert run(ex, text) == []
    assert "guard.told_that" in refusals(ex, text)


def test_which_after_for_their_action_is_the_action(ex: Extractor) -> None:
    text = "“I thank the Port Authority for their decision which will bring 300 jobs to Ellery,” said Marlow."
    assert run(ex, text) == []


def test_which_after_a_named_body_is_still_the_body(ex: Extractor) -> None:
    text = "Marlow praised the grant from the Centers for Disease Control, which will open a field office in Salem."
    assert "refusal.subject-not-agent" not in refusals(ex, text) or run(ex, text) != []


@pytest.mark.parametrize("text", [
    "The Congresswoman will remain in the hospital for two days and will return to her normal schedule next week.",
    "Marlow will undergo knee surgery on Monday.",
])
def test_a_patients_course_is_no_commitment(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.medical_course" in refusals(ex, text)


def test_retelling_a_story_is_remembrance(ex: Extractor) -> None:
    text = "On this Passover we will retell the story of the Exodus with our families."
    assert run(ex, text) == []


def test_agreeing_to_disagree_is_no_agreement_to_act(ex: Extractor) -> None:
    text = "Senator Voss and I see this differently, and we have agreed to disagree."
    assert run(ex, text) == []
    assert "guard.agree_to_disagree" in refusals(ex, text)


def test_while_we_are_considering_is_background(ex: Extractor) -> None:
    text = "While we are considering the harbor charter, let me also suggest a look at the port budget."
    assert run(ex, text) == []


def test_plans_after_submits_is_a_noun(ex: Extractor) -> None:
    text = "Each spring the Harbor Board submits to Congress plans to relocate the ferries."
    assert "guard.noun_plan" in refusals(ex, text)


def test_a_misspelt_lose_is_still_an_outcome(ex: Extractor) -> None:
    assert run(ex, "Without this grant we will loose our best teachers.") == []


def test_a_second_that_clause_under_ensuring_is_the_outcome(ex: Extractor) -> None:
    text = ("“This bill is a big step, ensuring that farmers will get fair prices, and that growers will be paid "
            "within thirty days,” said Rep. Ilse Varga.")
    assert "guard.ensure_complement_coordinated" in refusals(ex, text)


@pytest.mark.parametrize("text", [
    "Congresswoman Ngozi Okafor will serve on the House Budget Committee in the new session.",
    "Okafor will also serve on two subcommittees: Water Resources and Coast Guard.",
    "Today Rep. Tomas Lindqvist announced the panels on which he will serve this year.",
    "He will continue to serve on the board of the Marsh Creek Savings Bank, the company said.",
])
def test_a_seat_on_a_committee_is_an_assignment_not_a_pledge(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.committee_seat" in refusals(ex, text)


@pytest.mark.parametrize("text", [
    # the member's own word about the seat, in the first person
    "“I will serve on this committee with every ounce of my energy,” Okafor said.",
    # serving people, not a seat
    "Rep. Ngozi Okafor said she will serve the families of the valley by building a new clinic.",
])
def test_serving_in_the_first_person_or_serving_people_is_kept(ex: Extractor, text: str) -> None:
    assert run(ex, text, author="Ngozi Okafor")
