"""Precision on members' press releases: what a role entails, told by the writer, and a
thing whose modifier names someone, are nobody's commitment (sentences written for these
tests)."""

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
    "Rep. Odette Marlow was named today. As Ranking Member of the Rivers Subcommittee, Marlow will lead "
    "a group of five members in overseeing the Corps of Engineers.",
    "Rep. Odette Marlow joined the whip team. As a Deputy Whip, Congresswoman Marlow will work with the "
    "leadership to rally support for the caucus's priorities.",
    "Rep. Odette Marlow hired Jane Fell as chief of staff. In this role, she will oversee the daily "
    "operations of the Washington office.",
    "As Co-Chairs, Rep. Marlow and Rep. Tunde Bakare will work to grow the caucus's membership.",
])
def test_a_role_told_by_the_writer_is_no_commitment(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.role_described" in refusals(ex, text)


@pytest.mark.parametrize("text", [
    "As a member of the Rivers Subcommittee, I will fight to dredge the Dunmore harbor by 2027.",
    "As Chair of the Rivers Subcommittee, I’ll hold a hearing on the Dunmore dam in March.",
])
def test_a_role_with_a_first_person_still_binds(ex: Extractor, text: str) -> None:
    assert run(ex, text) != []
    assert "guard.role_described" not in refusals(ex, text)


def test_a_role_in_someones_quote_is_left_to_the_other_rules(ex: Extractor) -> None:
    text = '"As Chair of the subcommittee, Marlow will hold a hearing on the dam," said Tunde Bakare.'
    assert "guard.role_described" not in refusals(ex, text)


@pytest.mark.parametrize("text", [
    "The legislation introduced today by Marlow and Bakare will help harbor pilots keep their licences.",
    "The company said the money raised from Kestrel Partners will strengthen its balance sheet.",
    "He said the extra funds available to Norvania this year will go towards repaying old loans.",
    "A cost-saving proposal drafted by chairman Tunde Bakare would cap loan rates at one percent.",
    "The pilot program announced yesterday by the Harbor Authority will run in three ports until 2030.",
    "The Harbor Pilots Fairness Act, introduced by Marlow and Bakare today, will let pilots renew their licences online.",
    "The agreement, approved by the Justice Department yesterday, will give Kestrel six months to sell two plants.",
])
def test_a_thing_whose_modifier_names_someone_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.thing_with_modifier" in refusals(ex, text)


@pytest.mark.parametrize("text", [
    "Under the contract, Kestrel Partners will build 40 homes in Dunmore, the company said.",
    "With the funding secured, Marlow will open a clinic in Dunmore next year.",
])
def test_a_name_after_a_thing_in_a_fronted_phrase_still_binds(ex: Extractor, text: str) -> None:
    assert run(ex, text) != []
    assert "guard.thing_with_modifier" not in refusals(ex, text)


@pytest.mark.parametrize("text", [
    "Halvorsen would not name the buyers of the Dunmore plant.",
    "A Kestrel spokesman would not give financial details of the Dunmore deal.",
    "Ministry officials, however, would not commit to any time frame for the new harbor.",
    "Bakare would not predict what the company would earn in the second quarter.",
])
def test_a_refusal_to_tell_is_no_commitment(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.no_comment" in refusals(ex, text)


@pytest.mark.parametrize("text", [
    "The Harbor Caucus aims to strengthen the ties between fishing towns and advocate for their interests.",
    "HARBOR, launched by Rep. Marlow and the governor in 2015, seeks to expand job creation along the coast.",
    "Kestrel Foundation's goal is to help children by providing mentors and training programs nationwide.",
    "The Academy’s primary objective is to develop cheaper and safer batteries.",
])
def test_a_bodys_mission_line_is_no_plan(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.mission-statement" in refusals(ex, text)


@pytest.mark.parametrize("text", [
    "Kestrel's goal is to ship five million phones by March.",
    "The Harbor Caucus plans to hold a hearing on the Dunmore dam in May.",
])
def test_a_bodys_plan_with_a_number_or_a_date_still_binds(ex: Extractor, text: str) -> None:
    assert "guard.mission-statement" not in refusals(ex, text)
