"""Forecasts named by a noun ('expressed optimism that X would', 'the consensus is that X
will') and things described by what they will do ('the Harlow Corridor will ease traffic'):
no one's word (sentences written for these tests)."""

from __future__ import annotations

from typing import Callable

from tracker.extract import Document, Extractor, Finding

Refused = Callable[[Document], set[str]]


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source="Reuters"))


def wire(text: str) -> Document:
    return Document(doc_id="t", text=text, source="Reuters")


def test_optimism_about_another_is_a_forecast(ex: Extractor, refused: Refused) -> None:
    text = "The envoy expressed optimism that, despite the row, Parliament would approve the treaty this year."
    assert run(ex, text) == []
    assert "guard.belief_noun_frame" in refused(wire(text))


def test_a_consensus_on_what_a_firm_will_do_is_a_forecast(ex: Extractor, refused: Refused) -> None:
    text = "The consensus among brokers is that Halvard Mining will sell its copper unit."
    assert run(ex, text) == []
    assert "guard.belief_noun_frame" in refused(wire(text))


def test_a_forecast_across_an_inserted_clause(ex: Extractor, refused: Refused) -> None:
    text = "Ministry officials have forecast that because the rains came early, Ghana will export more cocoa."
    assert run(ex, text) == []
    assert "guard.belief_noun_frame" in refused(wire(text))


def test_a_concern_before_a_whilst_clause(ex: Extractor, refused: Refused) -> None:
    text = '"My concern is that, whilst the two big parties will debate calmly, smaller ones will stir up fear."'
    assert run(ex, text) == []
    assert "guard.belief_noun_frame" in refused(wire(text))


def test_confidence_then_a_new_clause_still_binds(ex: Extractor) -> None:
    text = "Okafor Steel said it had confidence that demand would recover, and the firm will open two plants in Ghana next year."
    assert [f.actor for f in run(ex, text) if "recover" in f.action] == []
    assert [f.actor for f in run(ex, text) if "open two plants" in f.action] == ["Okafor Steel"]


def test_a_named_corridor_is_described_not_bound(ex: Extractor, refused: Refused) -> None:
    text = '"The Harlow Corridor will remove a bottleneck on the coastal trade route," said Mayor Jane Dunmore.'
    assert run(ex, text) == []
    assert "refusal.subject-never-agent" in refused(wire(text))


def test_a_festival_is_described_not_bound(ex: Extractor) -> None:
    text = "Organisers say this year's Lisbon Jazz Festival will celebrate young Portuguese players."
    assert run(ex, text) == []


def test_a_monument_is_described_not_bound(ex: Extractor) -> None:
    text = "A Cedar Ridge National Monument would protect rivers and bring visitors to nearby towns."
    assert run(ex, text) == []


def test_a_gain_to_be_booked_is_a_result_not_a_pledge(ex: Extractor, refused: Refused) -> None:
    text = "Halvard Mining said it will record a gain of 3 mln dlrs in the second quarter from the sale of its zinc unit."
    assert run(ex, text) == []
    assert "guard.financial_result" in refused(wire(text))


def test_a_charge_to_be_taken_is_a_result_not_a_pledge(ex: Extractor, refused: Refused) -> None:
    text = "Orla Textiles said it would take an after-tax charge of 12 mln dlrs against fourth quarter earnings."
    assert run(ex, text) == []
    assert "guard.financial_result" in refused(wire(text))


def test_continued_growth_is_a_forecast(ex: Extractor, refused: Refused) -> None:
    text = "The chairman said Orla Textiles will continue to show earnings growth next year."
    assert run(ex, text) == []
    assert "guard.financial_result" in refused(wire(text))


def test_a_date_to_publish_results_is_still_announced(ex: Extractor) -> None:
    text = "Halvard Mining said it will report second quarter results on July 21."
    assert [f.kind for f in run(ex, text)] == ["intention"]


def test_posting_updates_is_still_an_act(ex: Extractor) -> None:
    text = "Halvard Mining said it will post weekly safety updates on its website."
    assert [f.actor for f in run(ex, text)] == ["Halvard Mining"]


def test_a_date_to_publish_its_profits_is_still_announced(ex: Extractor) -> None:
    text = "Halvard Mining is due to report its half-year copper profits next week."
    assert [f.actor for f in run(ex, text)] == ["Halvard Mining"]


def test_what_a_bill_would_do_is_its_effect(ex: Extractor, refused: Refused) -> None:
    text = "We thank Senator Dunmore for sponsoring legislation that would help rural hospitals buy ambulances."
    assert run(ex, text) == []
    assert "guard.law_relative" in refused(wire(text))


def test_what_an_amendment_will_do_is_its_effect(ex: Extractor, refused: Refused) -> None:
    text = "The package includes an amendment backed by Representative Oyelaran which will give tribal colleges more grants."
    assert run(ex, text) == []
    assert "guard.law_relative" in refused(wire(text))


def test_the_sponsor_still_binds_himself(ex: Extractor) -> None:
    text = "Senator Dunmore said he will introduce a bill that caps drug prices next month."
    assert [f.actor for f in run(ex, text) if "introduce" in f.action] == ["Dunmore"]
