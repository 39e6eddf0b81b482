"""Untraced, a cue's text guards are read only before the first step of `_analyse` that may
give a finding (engine `settle`): a guard's reject gives no finding, as each refusal does,
and its other effects (an intention, a claim) count only in a finding. Traced, they are read
first, in the rules' order. Both ways give the same findings and claims. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import Document, Extractor
from tracker.extract.explain import Tracer, explain

COUNCIL = "Harbour District Council"

DOCS = [
    # an authored passive a sentence guard makes an intention (the authored reading is read
    # again with the guards' kind), and a relayed agenda refused before the guards are needed
    ("Eight new lifeboat stations will be built, and the board will vote on the sites in May.", COUNCIL),
    ("Eight new lifeboat stations will be built by 2027, the council will consider the sites next week.", COUNCIL),
    ("By 2030 all our ferries will be electric. The survey results will be published in June.", COUNCIL),
    ("The harbour wall will be repaired by the county council, which will be required to pay for it.", COUNCIL),
    # claims: a second-hand report, with and without a speaker
    ("According to local reports, Norvale Mining will close the Tarran smelter by 2027.", None),
    ("Halvorsen Shipping will sell its tanker fleet to a Greek rival, Le Soir reported.", None),
    ("There will be no new taxes this year, the finance minister told the Bergen Herald.", None),
    # a guard that rejects a candidate the reading would bind, and one that makes it an intention
    ("Norvale Mining will be required to close the Tarran smelter.", None),
    ("Norvale Mining said it would seek to close the Tarran smelter by 2027.", None),
    ("Ms Ruiz, chief executive of Ferrovial, said the firm would sell the Leeds depot next year.", None),
    # refusals before the guards are read (a thing as subject, an effect in a member's release)
    ("This bill will cut fuel duty, and the new fund will help small farms.", "Dan Marlow"),
    ("Congressman Marlow will host a town hall on Friday, and the committee will vote on the bill.", "Dan Marlow"),
    ("We will cut class sizes, Labour said, as the party is committed to hiring 10,000 nurses.", None),
    # passives in a member's release: refused before the guards are read, unless a speaker is named
    ("A new clinic will be opened in Dayton next spring.", "Dan Marlow"),
    ("A new clinic will be opened in Dayton next spring, the county health board said.", "Dan Marlow"),
    ("Importers will be required to present a bill, and the depot will be closed in May.", "Dan Marlow"),
]


@pytest.mark.parametrize(("text", "author"), DOCS)
def test_untraced_reading_gives_what_the_traced_one_does(ex: Extractor, text: str, author: str | None) -> None:
    doc = Document("t", text, date=date(2022, 4, 2), author=author)
    assert ex._read(doc) == ex._read(doc, tracer=Tracer())


def test_an_authored_reading_takes_the_kind_a_guard_read_after_it_gives(ex: Extractor) -> None:
    doc = Document("t", DOCS[0][0], author=COUNCIL)
    assert [(f.kind, f.rule, f.actor) for f in ex.extract(doc)] == [
        ("intention", "reading.authored_passive", COUNCIL)]


def test_a_rejecting_guard_still_ends_the_candidate(ex: Extractor) -> None:
    assert ex.extract(Document("t", "Norvale Mining will be required to close the Tarran smelter.")) == []
    assert [f.actor for f in ex.extract(Document("t", "Norvale Mining will close the Tarran smelter."))] == [
        "Norvale Mining"]


def test_the_trace_still_shows_a_guard_that_fired_before_a_refusal(ex: Extractor) -> None:
    [sentence] = explain(ex, Document("t", DOCS[0][0], author=COUNCIL))
    relayed = sentence.cues[1]
    assert relayed.refusal == "refusal.authored-relay"
    assert [f.id for f in relayed.fired] == ["guard.body_agenda", "refusal.authored-relay"]
