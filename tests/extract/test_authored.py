"""Authored documents: what an actor states of itself in its own report, programme or
press release (the document's author is who "we" is)."""

from __future__ import annotations

import pytest

from tracker.extract import Document
from tracker.extract.engine import Extractor


def found(ex: Extractor, text: str, author: str | None = None) -> list[tuple[str | None, str, str]]:
    return [(f.actor, f.rule, f.kind) for f in ex.extract(Document("r", text, author=author))]


def test_targets_and_goals_bind_the_author(ex: Extractor) -> None:
    text = ("Our target is to cut water use in our breweries by a third by 2028. "
            "We have set ourselves a goal to recycle every bottle we sell. "
            "Our aim is to open a training centre in every region.")
    assert found(ex, text, author="Carlsberg") == [
        ("Carlsberg", "commitment.target", "commitment"),
        ("Carlsberg", "commitment.target", "commitment"),
        ("Carlsberg", "intention.goal", "intention"),
    ]


def test_a_named_owner_of_a_goal_is_the_actor(ex: Extractor) -> None:
    assert found(ex, "Volvo's goal is to sell only electric cars by 2030.") == [("Volvo", "intention.goal", "intention")]


def test_a_goal_of_a_thing_or_a_pledge_only_mentioned_binds_no_one(ex: Extractor) -> None:
    assert found(ex, "The goal of the new fund is to help small farms.", author="Carlsberg") == []
    # (a possessive owns a target or a goal, not a pledge it mentions)
    assert found(ex, "Critics recalled his pledge to cut fuel duty.") == []


PROGRAMME = (
    "Our programme for the coast\n\n"
    "Eight new lifeboat stations will be built. "
    "There will be no increase in ferry fares. "
    "By 2029, all our council buildings will be heated by renewable energy. "
    "There will be difficult choices. "
    "Our towns will be stronger. "
    "The harbour wall will be repaired by the county council. "
    "The survey results will be published in June. "
    "We fear there will be no easy answer."
)


def test_a_bodys_programme_binds_its_author_to_passives_there_will_be_and_its_own_things(ex: Extractor) -> None:
    got = [(f.actor, f.rule, f.kind, f.sentence) for f in ex.extract(Document("p", PROGRAMME, author="Coastal Party"))]
    assert got == [
        ("Coastal Party", "reading.authored_passive", "commitment", "Eight new lifeboat stations will be built."),
        ("Coastal Party", "reading.authored_there", "commitment", "There will be no increase in ferry fares."),
        ("Coastal Party", "reading.authored_outcome", "commitment",
         "By 2029, all our council buildings will be heated by renewable energy."),
        ("Coastal Party", "reading.authored_passive", "intention", "The survey results will be published in June."),
    ]


def test_a_persons_press_release_does_not_bind_its_author_to_passives(ex: Extractor) -> None:
    doc = Document("q", PROGRAMME, source="US Congress press release: Dana Whitcombe")
    assert [f.rule for f in ex.extract(doc)] == []


def test_items_under_a_list_heading_bind_the_author_bulleted_or_not(ex: Extractor) -> None:
    text = ("Our pledges to rural voters:\n- reopen 40 branch railway lines\n- double bus subsidies\n\n"
            "We will:\nscrap tolls on the coast road\nrecruit 900 paramedics\n\nThe rain kept turnout low.\n")
    got = [(f.actor, f.rule, f.sentence) for f in ex.extract(Document("l", text, author="Coastal Party"))]
    assert got == [
        ("Coastal Party", "reading.list_item", "reopen 40 branch railway lines"),
        ("Coastal Party", "reading.list_item", "double bus subsidies"),
        ("Coastal Party", "reading.list_item", "scrap tolls on the coast road"),
        ("Coastal Party", "reading.list_item", "recruit 900 paramedics"),
    ]


@pytest.mark.parametrize("by", ["by 2028", "by the end of the parliament", "by March"])
def test_a_deadline_after_by_is_no_agent(ex: Extractor, by: str) -> None:
    assert found(ex, f"Six new lifeboat stations will be opened {by}.", author="Coastal Party") == [
        ("Coastal Party", "reading.authored_passive", "commitment")]


def test_an_agent_after_by_is_another_body(ex: Extractor) -> None:
    assert found(ex, "Six new lifeboat stations will be opened by the harbour trust.", author="Coastal Party") == []


def test_an_authored_passive_keeps_its_subject_and_fronted_deadline(ex: Extractor) -> None:
    text = "By 2029, all our ferries will be electric. Two new depots will be built in Oban."
    got = [(f.action, f.deadline, f.testable) for f in ex.extract(Document("p", text, author="Coastal Party"))]
    assert got == [("By 2029, all our ferries will be electric", "By 2029", True),
                   ("Two new depots will be built in Oban", None, True)]
