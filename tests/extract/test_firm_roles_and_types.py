"""Who a firm's officer belongs to, and what a market's operator or a brand is: a firm's
role of a named firm gives the firm, not the holder's nationality; a firm's rank gives no
country; an exchange, a "Stock Market" and a camel-case brand are companies."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


def _found(ex: Extractor, text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(f.actor, f.actor_type, list(f.affiliations)) for f in ex.extract(Document(doc_id="t", text=text))]


def test_a_firms_officer_belongs_to_the_firm_not_the_nationality(ex: Extractor) -> None:
    # (resolution.role-body-over-nationality)
    text = ("Marlow Turbines cut its forecast on Monday. Anselm Vogt, the Austrian co-chief of Marlow Turbines "
            "will retire when his term ends in June.")
    assert _found(ex, text) == [("Anselm Vogt", "person", ["Marlow Turbines"])]
    # and `tracker explain` says which decision chose the firm
    from tracker.extract.explain import explain, render
    assert "resolution.role-body-over-nationality: a role of Marlow Turbines" in render(
        explain(ex, Document(doc_id="t", text=text)))


def test_a_governments_office_keeps_the_country(ex: Extractor) -> None:
    # (a minister "for" something: the office is the government's, so the country stays)
    text = "Hedda Lunde, the Norwegian minister for fisheries, will visit the harbour in May."
    assert _found(ex, text) == [("Hedda Lunde", "person", ["Norway"])]


def test_a_firms_rank_of_vice_president_gives_no_country(ex: Extractor) -> None:
    # (resolution.affiliations: "senior vice president" is a firm's rank, no government's office,
    # so the country the story is about is no parent of its holder)
    text = ("The US Securities and Exchange Commission is also looking at the firm. New York's attorney general "
            "said senior vice president Dana Whitcombe had admitted the fraud. The attorney general's office "
            "said Ms Whitcombe had agreed to repay the money.")
    assert ("Dana Whitcombe", "person", []) in _found(ex, text)


@pytest.mark.parametrize("text, actor", [
    ("The Lisbon Grain Exchange will open an evening session next month.", "Lisbon Grain Exchange"),
    ("The Baltic Metals Exchange said it would halve its trading fees.", "Baltic Metals Exchange"),
])
def test_a_markets_operator_is_a_company(ex: Extractor, text: str, actor: str) -> None:
    # (resolution.type-by-suffix: "Exchange" in actor_types.toml [suffix_types] company)
    assert _found(ex, text)[0][:2] == (actor, "company")


def test_a_states_health_insurance_exchange_is_no_firm(ex: Extractor) -> None:
    # (resolution.type-not-firm)
    text = "The Vermont Health Insurance Exchange will reopen enrolment in November."
    assert _found(ex, text)[0][:2] == ("Vermont Health Insurance Exchange", "organisation")


def test_a_short_name_given_in_full_with_a_markets_ending_is_a_company(ex: Extractor) -> None:
    # (resolution.short-name, [suffix_pairs]: "Tarvik Stock Market" says what "Tarvik" is)
    text = ("The owner of the technology-heavy Tarvik stock index plans to sell shares to the public. "
            "According to filings, Tarvik Stock Market hopes to raise $40m from the sale.")
    assert _found(ex, text)[0][:2] == ("Tarvik", "company")


@pytest.mark.parametrize("name", ["BrightOrbit", "CloudHarbor"])
def test_a_camel_case_brand_is_a_company(ex: Extractor, name: str) -> None:
    # (resolution.type-brand-shape: nothing else in the text says what it is)
    text = f"The monitoring project was set up by Ms Harlan and {name}, which will give it ten more satellite passes."
    [found] = ex.extract(Document(doc_id="t", text=text))
    assert dict(zip(found.actors, found.actor_types)) == {"Harlan": "person", name: "company"}


@pytest.mark.parametrize("name", ["McAllister", "DeLuca", "LaPointe"])
def test_a_surname_with_its_prefix_is_no_brand(ex: Extractor, name: str) -> None:
    text = f"The monitoring project was set up by Ms Harlan and Mr {name}, who will give it ten more days."
    [found] = ex.extract(Document(doc_id="t", text=text))
    assert "company" not in found.actor_types


def test_a_nationalitys_word_before_a_noun_is_no_body(ex: Extractor) -> None:
    # (resolution.role-body-over-nationality: "of Nordic research" tells what the head heads,
    # the bank named after "at" is whose role it is)
    text = ("Shares in Oslo fell sharply on Monday. Ivar Brekke, head of Nordic research at Fjordvik Bank of "
            "Norway, said he would resign in June.")
    assert [a for _, _, a in _found(ex, text)] == [["Fjordvik Bank"]]


def test_a_ministers_portfolio_is_no_body(ex: Extractor) -> None:
    # (resolution.role-body-over-nationality: "for Coastal Fisheries Reform" is what the
    # minister is for, not a body; the minister's "we" is the minister, never an actor
    # called "Coastal Fisheries Reform")
    text = ('"We are still weighing whether a 20% cut is wise," said Marta Oyelaran, State Minister for '
            'Coastal Fisheries Reform.')
    assert all("Fisheries" not in (a or "") for a, _, _ in _found(ex, text))


def test_a_secretary_of_a_body_named_by_its_acronym_belongs_to_it(ex: Extractor) -> None:
    # (a body's acronym after "secretary general of" is the body, no portfolio)
    text = "Harriet Vosk, secretary general of EGTA, said she would publish the rules in April."
    assert [a for _, _, a in _found(ex, text)] == [["EGTA"]]
