"""The extraction engine on sentences written for these tests (news style).

Each test states a behaviour from the extraction guidelines: what is a commitment, who
is bound, and what only looks like one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, **meta: object) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, **meta))  # type: ignore[arg-type]


def found(ex: Extractor, text: str, **meta: object) -> list[tuple[str, str | None]]:
    return [(f.kind, f.actor) for f in run(ex, text, **meta)]


# ---- commissive verbs and future action ------------------------------------------------
@pytest.mark.parametrize(
    "text, actor",
    [
        ("Germany pledged on Monday to double its aid to Kenya.", "Germany"),
        ("The Liberal Democrats promised to scrap tuition fees.", "Liberal Democrats"),
        ("Canada vowed to keep its troops in the region until 2010.", "Canada"),
        ("Japan has undertaken to cut its tariffs on rice.", "Japan"),
        ("The European Union remains committed to the peace process.", "European Union"),
        ("Spain guaranteed that it would repay the loans in full.", "Spain"),
    ],
)
def test_commissive_verbs_are_pledges(ex: Extractor, text: str, actor: str) -> None:
    assert ("pledge", actor) in found(ex, text)


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Acme Corp said it will close its plant in Ohio next year.", "Acme Corp"),
        ("Italy will send 500 engineers to the region, the defence ministry said.", "Italy"),
        ("Nestle is to raise its dividend by 11%.", "Nestle"),
        ("The Tories are going to cut income tax, Mr Howard said.", "Conservative Party"),
        ("Brazil said it would maintain its current export quota.", "Brazil"),
        ("Poland will continue to buy American gas, the minister said.", "Poland"),
    ],
)
def test_own_future_action_is_a_commitment(ex: Extractor, text: str, actor: str) -> None:
    kinds = found(ex, text)
    assert ("commitment", actor) in kinds, kinds


def test_agreements_and_offers(ex: Extractor) -> None:
    assert ("commitment", "Fiat") in found(ex, "Fiat agreed to sell its stake in the bank.")
    assert ("commitment", "Norway") in found(ex, "Norway offered to host the next round of talks.")


def test_negative_pledge_is_kept_and_marked(ex: Extractor) -> None:
    [f] = run(ex, "Labour will not raise income tax, Mr Brown said.")
    assert f.actor == "Labour Party" and f.kind == "commitment" and f.negated


# ---- look-alikes ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Profits will rise by 5% next year.",
        "Analysts expect the bank will cut rates in June.",
        "Kyiv fears Russia will conduct a campaign of air strikes.",
        "The minister urged Germany to send tanks to the front.",
        "France may send more troops.",
        "This war could keep going on.",
        "Will the government raise taxes?",
        "The new law will give police more powers.",
        "The measures would create thousands of jobs, Mr Brown said.",
        "The company would not comment on the reports.",
        "It will be a difficult year for the industry.",
        "Sales of the new model will be strong, the company said.",
        "Economists predict China will become the largest economy.",
        "France has supplied Caesar artillery units to Ukraine.",
        "Mr Smith said he would probably retire next year.",
        "Japan is expected to send a trade envoy to Washington.",
        "Diplomatic sources said Chile would sign the treaty in May.",
        "If the bill passes, the agency would then cut the ethanol quota.",
        "By buying the mine, Acme would be able to cut its costs, an analyst said.",
        "Acme Corp expects to return to profit in 1988.",
        "The plan was intended to cut costs.",
        "Republicans had planned to pass the bill by June.",
        "H.R. 5143 would create a commission on prisons.",
        "The three-year CDs will carry interest at 7 pct.",
        "Europeans must hope that Washington will listen, and that it will act swiftly.",
        "I know that my colleagues will do a superb job.",
    ],
)
def test_look_alikes_are_not_findings(ex: Extractor, text: str) -> None:
    assert found(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gap Inc reported higher sales. The company plans to open ten new stores.",
        "Ford intends to sell its stake in Mazda.",
        "The government would consider raising the limit, the minister said.",
        "Ford and Mazda are considering a merger.",
    ],
)
def test_intentions_are_kept_as_intentions(ex: Extractor, text: str) -> None:
    kinds = {k for k, _ in found(ex, text)}
    assert kinds == {"intention"}


def test_a_mentioned_pledge_is_at_most_an_intention(ex: Extractor) -> None:
    kinds = {k for k, _ in found(ex, "He attacked Mr Brown's pledge in 2001 not to increase income tax.")}
    assert kinds <= {"intention"}


def test_reported_speech_about_another_actor_is_not_theirs(ex: Extractor) -> None:
    # The Tories speak about the Liberal Democrats: a claim, not the Lib Dems' pledge.
    assert found(ex, "The Tories say the Lib Dems would raise taxes for families.") == []


# ---- who is bound ----------------------------------------------------------------------
def test_capitals_and_governments_resolve_to_countries(ex: Extractor) -> None:
    assert ("commitment", "France") in found(ex, "Paris would maintain its current levels of training.")
    assert ("commitment", "United Kingdom") in found(ex, "The British government will publish the report in May, officials said.") or \
        ("intention", "United Kingdom") in found(ex, "The British government will publish the report in May, officials said.")


def test_people_learn_their_affiliation_from_the_document(ex: Extractor) -> None:
    text = (
        "French minister Sebastien Lecornu visited Kyiv on Thursday. "
        "Lecornu said he would continue to support the training mission. "
        "\"We will keep sending instructors,\" Lecornu told reporters."
    )
    fs = run(ex, text)
    by_sentence = {f.sentence[:8]: f for f in fs}
    assert by_sentence["Lecornu "].actor == "Sebastien Lecornu"
    assert "France" in by_sentence["Lecornu "].affiliations
    we = by_sentence["\"We will"]
    assert we.actor == "France" and we.speaker == "Sebastien Lecornu"


def test_party_leader_and_pronoun(ex: Extractor) -> None:
    text = "Labour leader Tony Blair spoke in Gateshead. He said he would cut class sizes."
    [f] = run(ex, text)
    assert f.actor == "Tony Blair" and "Labour Party" in f.affiliations


def test_the_company_is_the_firm_named_before(ex: Extractor) -> None:
    text = "Norfolk Southern Corp said profits fell. The company said it will sell its trucking unit."
    [f] = run(ex, text)
    assert f.actor == "Norfolk Southern Corp"


def test_first_person_in_a_press_release_is_its_author(ex: Extractor) -> None:
    text = "WASHINGTON D.C. – Today the House passed the farm bill. I will continue to fight for our farmers."
    [f] = run(ex, text, source="US Congress press release: Jane Doe")
    assert f.actor == "Jane Doe"


def test_quote_speaker_binds_we(ex: Extractor) -> None:
    text = "“We will build the bridge by 2010,” said Acme chief executive John Smith."
    [f] = run(ex, text)
    assert f.speaker == "John Smith"
    assert f.actor in ("Acme", "John Smith")


def test_the_two_sides(ex: Extractor) -> None:
    text = "Chile and Peru met in Lima. The two sides agreed to open the border crossing."
    [f] = run(ex, text)
    assert set(f.actors) == {"Chile", "Peru"}


def test_two_commitments_in_one_sentence(ex: Extractor) -> None:
    fs = run(ex, "Japan and India pledged to build a railway and to jointly develop ports.")
    assert len(fs) == 2
    assert {f.actor for f in fs} == {"Japan"}
    assert "railway" in fs[0].action and "ports" in fs[1].action


# ---- quantities, deadlines and the date it was said -------------------------------------
def test_money_deadline_and_date_resolved_against_the_document(ex: Extractor) -> None:
    [f] = run(ex, "Sweden pledged on Thursday to give $5 billion by 2010.", date=date(2008, 5, 8))
    assert f.amount_value == 5e9 and f.unit == "USD"
    assert f.deadline == "by 2010" and f.deadline_date == "2010-12-31"
    assert f.said_on == "2008-05-08"


def test_relative_deadline_without_a_date_stays_text(ex: Extractor) -> None:
    [f] = run(ex, "Sweden will double its aid this year, the minister said.")
    assert f.deadline == "this year" and f.deadline_date is None


def test_a_relative_deadline_counts_from_the_day_it_was_said(ex: Extractor) -> None:
    # said on Friday 2023-12-29, published on Wednesday 2024-01-03: "the end of the month" is December's
    [f] = run(ex, "Norway said on Friday it will repay the loan by the end of the month.", date=date(2024, 1, 3))
    assert f.said_on == "2023-12-29"
    assert f.deadline == "by the end of the month" and f.deadline_date == "2023-12-31"


def test_the_words_of_the_deadline_do_not_date_the_statement(ex: Extractor) -> None:
    [f] = run(ex, "Norway will repay the loan by March 5.", date=date(2024, 1, 2))
    assert f.deadline == "by March 5" and f.deadline_date == "2024-03-05"


def test_a_date_ahead_is_not_when_it_was_said(ex: Extractor) -> None:
    # "March 11" in a March 2 story is ahead: not last year's March 11; said on the day published
    [f] = run(ex, "Norway said it would sell the bonds in Oslo on March 11, and repay them later this month.",
              date=date(2024, 3, 2))
    assert f.said_on == "2024-03-02"
    assert f.deadline == "on March 11" and f.deadline_date == "2024-03-11"


# ---- confidence and rules -----------------------------------------------------------------
def test_confidence_is_higher_for_an_explicit_pledge_than_a_bare_would(ex: Extractor) -> None:
    [pledge] = run(ex, "Austria pledged to cut emissions by 2020.")
    [would] = run(ex, "Austria would cut emissions by 2020.")
    assert 0 < would.confidence < pledge.confidence <= 1


def test_every_finding_names_a_listed_rule(ex: Extractor) -> None:
    ids = {r.id for r in ex.rules}
    text = open_seed()
    assert all(f.rule in ids for f in run(ex, text))


def open_seed() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[2] / "seeds" / "000_cabbcd3e3189ad2f.txt").read_text("utf-8")


def test_offsets_point_at_the_sentence(ex: Extractor) -> None:
    text = open_seed()
    for f in run(ex, text):
        assert text[f.start : f.end] == f.sentence


# ---- quotes, wire copy, user actors ------------------------------------------------------
def test_a_quote_spanning_sentences_keeps_its_speaker(ex: Extractor) -> None:
    text = (
        "Acme Corp chief executive Jane Roe spoke on Monday. "
        "“The market is hard. We will cut 500 jobs by June,” Roe said."
    )
    [f] = run(ex, text)
    assert f.speaker == "Jane Roe" and "cut 500 jobs" in (f.action or "")


@pytest.mark.parametrize("attribution, speaker", [
    ("said Rep. Darrell Issa (R-Calif.)", "Darrell Issa"),
    ("said Richard E. Neal, the committee chairman", "Richard E. Neal"),
])
def test_a_title_or_initial_in_the_attribution_does_not_end_the_speaker(
        ex: Extractor, attribution: str, speaker: str) -> None:
    text = f"“I will keep fighting for these veterans,” {attribution}."
    [f] = run(ex, text)
    assert f.speaker == speaker and f.actor == speaker


def test_hard_wrapped_wire_copy(ex: Extractor) -> None:
    text = (
        "Chrysler Corp said it will\nphase out production at its Kenosha\nplant over the next two years.\n"
        "    The company said profits fell."
    )
    [f] = run(ex, text)
    assert f.actor == "Chrysler Corp"
    assert text[f.start : f.end] == f.sentence and "Kenosha" in f.sentence


def test_user_actors_file_adds_names_and_aliases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    actors = tmp_path / "actors.toml"
    actors.write_text('[[actor]]\nname = "Zorblax Holdings"\ntype = "company"\naliases = ["Zorblax"]\n', "utf-8")
    ex = Extractor.load(actors_path=actors)
    [f] = ex.extract(Document(doc_id="t", text="Zorblax said it will open a plant in Ohio."))
    assert f.actor == "Zorblax Holdings" and f.actor_type == "company"


# ---- manifestos ----------------------------------------------------------------------------
def test_bullets_under_a_we_will_heading_are_commitments(ex: Extractor) -> None:
    text = "OUR PLEDGES\n\nLabour will:\n- cut class sizes to 30\n- not raise income tax\n\nThat is our record.\n"
    fs = run(ex, text)
    assert [(f.actor, f.rule, f.sentence, f.negated) for f in fs] == [
        ("Labour Party", "reading.list_item", "cut class sizes to 30", False),
        ("Labour Party", "reading.list_item", "not raise income tax", True),
    ]


def test_each_of_several_headings_reads_its_own_bullets(ex: Extractor) -> None:
    # (the text is split into sentences once for all its headings: each reads the bullets after it)
    text = ("OUR PLEDGES\n\nLabour will:\n- cut class sizes to 30\n- hire more midwives\n\n"
            "The Conservatives will:\n- freeze council tax\n\nThat is the choice.\n")
    fs = run(ex, text)
    assert [(f.actor, f.rule, f.sentence) for f in fs] == [
        ("Labour Party", "reading.list_item", "cut class sizes to 30"),
        ("Labour Party", "reading.list_item", "hire more midwives"),
        ("Conservative Party", "reading.list_item", "freeze council tax"),
    ]


def test_first_person_without_an_author_is_kept_with_no_actor(ex: Extractor) -> None:
    [f] = run(ex, "We will cut income tax for working families.")
    assert f.kind == "commitment" and f.actor is None
    [f] = run(ex, "We will cut income tax for working families.", author="Green Party")
    assert f.actor == "Green Party"


def test_runaway_text_is_not_read_as_one_sentence(ex: Extractor) -> None:
    # a table or a dump with no sentence ends: skipped whole, so hostile input stays linear
    junk = "the firm will pay and " * 200
    fs = run(ex, junk + "\n\nCanada pledged to send aid.")
    assert [(f.actor, f.sentence) for f in fs] == [("Canada", "Canada pledged to send aid.")]


def test_quote_at_finds_the_first_quote_holding_a_position_among_nested_ones(ex: Extractor) -> None:
    from tracker.extract.context import DocContext

    text = ('He said: “The plan “as drafted” will cut costs,” and “we will hire 500 nurses.” '
            'Then "a straight quote with “a curly one” inside it" ended it.')
    ctx = DocContext(Document(doc_id="q", text=text), ex.gaz)
    assert len(ctx.quotes) >= 3
    for pos in range(len(text)):
        first = next((q for q in ctx.quotes if q.start <= pos < q.end), None)
        assert ctx.quote_at(pos) is first, pos


@pytest.mark.parametrize("text", [
    "Halvor Shipping will sell four tankers next year, the company said on Monday.",
    "Halvor Shipping will sell four tankers next year, the Oslo-based shipping group said.",
    "Halvor Shipping will sell four tankers next year, a company spokeswoman said.",
    "Halvor Shipping will sell four tankers next year, a senior official told reporters.",
])
def test_the_attribution_after_a_comma_is_not_part_of_the_action(ex: Extractor, text: str) -> None:
    (f,) = ex.extract(Document(doc_id="t", text=text))
    assert f.action == "will sell four tankers next year"


@pytest.mark.parametrize(("text", "actor"), [
    ("Brenner Tools said it is raising its prices by 4 pct from June 1.", "Brenner Tools"),
    ("Halvor Shipping is cutting 300 jobs at its Bergen yard.", "Halvor Shipping"),
    ("The ministry said it is extending the consultation by two weeks.", None),  # found, whoever binds
])
def test_a_decided_action_in_the_present_progressive_is_a_commitment(
    ex: Extractor, text: str, actor: str | None
) -> None:
    fs = ex.extract(Document(doc_id="t", text=text))
    assert [f.rule for f in fs] == ["announce.progressive"]
    assert actor is None or fs[0].actor == actor


@pytest.mark.parametrize("text", [
    "Brenner Tools said sales are increasing in Asia.",  # a trend, intransitive
    "Brenner Tools said it is considering a bid for Halvor.",  # not decided
    "Brenner Tools is seeking a buyer for its Bergen yard.",  # a search
])
def test_trends_and_searches_in_the_progressive_are_not_commitments(ex: Extractor, text: str) -> None:
    assert [f for f in ex.extract(Document(doc_id="t", text=text)) if f.kind == "commitment"] == []


@pytest.mark.parametrize("text", [
    "The priority for Finance Minister Anil Rao is to cut the deficit and keep his coalition partners happy.",
    "Coach Dan Moss said his team's task against Rovers would not be made easier by the injury.",
    "The goal for Mayor Ruth Kaye is to build 2,000 homes.",
])
def test_an_abstract_noun_is_no_actor(ex: Extractor, text: str) -> None:
    assert [f for f in ex.extract(Document(doc_id="t", text=text)) if f.kind == "commitment"] == []
