"""BBC-like news: sentences that name a future but are no one's word, a forecast, an opinion
or a description (sentences written for these tests)."""

from __future__ import annotations

from tracker.extract import Document, Extractor, Finding
from tracker.extract.explain import explain


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source="BBC"))


def refusals(ex: Extractor, text: str, words: str) -> list[str | None]:
    out = []
    for s in explain(ex, Document(doc_id="t", text=text, source="BBC")):
        if words in s.sentence:
            out += [c.refusal for c in s.cues]
    return out


def test_a_modal_conjunct_continues_the_modal_clause_not_the_one_it_embeds(ex: Extractor) -> None:
    # resolution.elided-modal-clause: "would keep" goes on "shoppers would", not "Tesco had"
    text = "The minister said shoppers would notice that Tesco had cut its prices, and would keep buying there."
    assert [f for f in run(ex, text) if "keep" in f.action] == []


def test_a_modal_conjunct_of_an_opinion_is_a_forecast(ex: Extractor) -> None:
    text = "But she argued that the Commission was changing its mind, and would eventually scrap the levy."
    assert run(ex, text) == []
    assert "refusal.opinion-frame" in refusals(ex, text, "scrap the levy")


def test_a_conjunct_of_a_plain_report_still_binds(ex: Extractor) -> None:
    text = "Okafor Steel said the firm was profitable, and would open two plants in Ghana next year."
    assert [f.actor for f in run(ex, text) if "open two plants" in f.action] != []


def test_a_frequency_adverb_after_will_describes_how_things_go(ex: Extractor) -> None:
    text = "Harbour Mutual said stolen luggage will usually be refunded within a month."
    assert run(ex, text) == []
    assert "guard.generic_will" in refusals(ex, text, "usually")


def test_a_regular_report_is_still_promised(ex: Extractor) -> None:
    text = "Harbour Mutual said it will regularly publish its claims figures."
    assert [f.kind for f in run(ex, text)] == ["commitment"]


def test_a_refusal_to_promise_binds_nothing(ex: Extractor) -> None:
    text = "Ms Okafor praised her deputy but said she would not commit to any cabinet post for him."
    assert run(ex, text) == []
    assert "refusal.negated-commissive" in refusals(ex, text, "commit")


def test_a_refused_act_still_binds(ex: Extractor) -> None:
    text = "Kestrel Foods said it will not guarantee the debts of its former unit."
    assert [f.kind for f in run(ex, text)] == ["commitment"]


def test_an_announced_passive_with_its_own_agent_is_not_the_announcers_act(ex: Extractor) -> None:
    text = "Ms Okafor said the treaty would be given teeth by the courts of most member states."
    assert run(ex, text) == []
    assert "refusal.passive-own-agent" in refusals(ex, text, "teeth")


def test_an_announced_passive_by_an_amount_or_a_means_still_binds(ex: Extractor) -> None:
    for text in ("Finance minister Ada Okafor said the deficit would be cut by about 2 billion euros next year.",
                 "Kestrel Foods said the new plant would be financed by bank borrowings."):
        assert [f.kind for f in run(ex, text)] == ["commitment"], text


def test_a_would_under_an_opening_of_frequency_is_a_habit(ex: Extractor) -> None:
    text = "Usually the board would meet in Leeds before the results, the firm said."
    assert run(ex, text) == []
    assert "guard.habitual_would_opening" in refusals(ex, text, "Leeds")


def test_seats_won_and_the_next_government_are_an_elections_outcome(ex: Extractor) -> None:
    for text in ("And the Greens will gain four seats from Labour in the north, the survey suggests.",
                 '"We are not going to be forming the next government," the Green leader said.'):
        assert run(ex, text) == [], text


def test_how_much_someone_will_matter_is_no_promise(ex: Extractor) -> None:
    for text in ("Ms Okafor said her deputy, Tom Reyes, would play a major role in the campaign.",
                 'The rally was meant to show the "key role" Mr Reyes will play in the campaign.'):
        assert run(ex, text) == [], text


def test_playing_ones_part_still_binds(ex: Extractor) -> None:
    text = "First Minister Ada Okafor promised that Wales would play its part in the relief effort."
    assert run(ex, text) != []


def test_a_talk_refused_binds_nothing_and_a_talk_is_an_event(ex: Extractor) -> None:
    assert run(ex, "Ms Okafor will not talk about the leadership, her aides said.") == []
    assert [f.kind for f in run(ex, "Kestrel Foods said it will talk to the unions next week.")] == ["intention"]


def test_a_that_clause_set_off_after_a_noun_of_belief_is_told_of(ex: Extractor) -> None:
    for text in ("The heart of the bargain - that the mayor will hand over the budget to the council - was never written down.",
                 "Shares rose on the belief, widely held in the City, that Kestrel Foods will sell its Irish unit."):
        assert run(ex, text) == [], text


def test_a_that_clause_after_a_reporting_verb_still_binds(ex: Extractor) -> None:
    text = "Chief executive Ada Okafor told shareholders, however, that she will step down in June."
    assert [f.kind for f in run(ex, text)] == ["commitment"]


def test_a_plan_from_a_named_newspaper_is_second_hand(ex: Extractor) -> None:
    text = "According to Italian newspaper La Stampa, the government will sell its stake in the airline."
    findings, claims = ex.extract_all(Document(doc_id="t", text=text, source="BBC"))
    assert findings == [] and [(c.outcome, c.rule) for c in claims] == [("reported", "guard.media_report")]


def test_a_reading_keeps_what_a_schedule_made_an_intention(ex: Extractor) -> None:
    text = "Kestrel Foods has finished its new cereal. The product is due to be launched in Spain in May."
    assert [f.kind for f in run(ex, text) if "launched" in f.action] == ["intention"]


def test_a_decision_dated_to_a_past_year_is_backstory(ex: Extractor) -> None:
    text = "The book claims Ms Okafor had decided in March 2002 she would leave the cabinet."
    assert [f.kind for f in run(ex, text)] in ([], ["intention"])
    text = "Kestrel Foods said it had decided it would sell the Irish unit."
    assert [f.kind for f in run(ex, text)] == ["commitment"]


def test_a_breach_foretold_is_a_forecast(ex: Extractor) -> None:
    assert run(ex, "Italy and Spain will breach the deficit limit again this year.") == []


def test_a_role_or_title_told_by_the_writer_is_no_ones_word(ex: Extractor) -> None:
    for text in ("Finance director Tom Reyes will take on the role of chief executive in March.",
                 "Ms Okafor will take the title Baroness Okafor of Leeds after the ceremony."):
        assert run(ex, text) == [], text


def test_a_modal_inside_a_because_clause_is_backing_not_a_word_given(ex: Extractor) -> None:
    text = "Kestrel Foods pulled out of the deal because the regulator would not approve it."
    assert run(ex, text) == []
    assert "guard.because_clause" in refusals(ex, text, "regulator")


def test_because_of_does_not_open_a_reason_clause(ex: Extractor) -> None:
    text = "Because of the strike, Kestrel Foods said it would close the Leeds plant in May."
    assert [f.kind for f in run(ex, text)] == ["commitment"]


def test_a_saying_only_advised_binds_no_one(ex: Extractor) -> None:
    text = "Ms Okafor said the two ministers could only end the row by continuing to say they would not resign."
    assert run(ex, text) == []
    assert "refusal.unsaid-frame" in refusals(ex, text, "resign")


def test_a_role_kept_told_in_a_relative_clause_is_a_description(ex: Extractor) -> None:
    text = "Kestrel Foods said it named Ada Okafor chief executive, replacing Tom Reyes, who will remain as chairman."
    assert [f for f in run(ex, text) if "chairman" in f.action] == []
    assert "refusal.role-relative" in refusals(ex, text, "remain as")


def test_a_firm_reporting_anothers_agreement_reports_its_act(ex: Extractor) -> None:
    text = "Kestrel Foods said Harbour Mutual has agreed to lend it a further 20 million pounds."
    assert [f.actor for f in run(ex, text)] == ["Harbour Mutual"]


def test_a_word_recalled_from_a_past_year_is_an_intention_at_most(ex: Extractor) -> None:
    for text in ("In 1996 Leeds City Council said it would never sell the park, but it did so in 2001.",
                 "Initially, Kestrel Foods said it would make 5,000 tonnes a year, but the target was soon raised."):
        assert [f.kind for f in run(ex, text)] == ["intention"], text


def test_a_word_given_before_told_in_the_past_perfect_is_recalled(ex: Extractor) -> None:
    text = "But Greece had previously insisted it would not accept the new border line."
    assert [f.kind for f in run(ex, text)] == ["intention"]


def test_an_agreement_in_the_past_perfect_told_by_the_writer_is_backstory(ex: Extractor) -> None:
    text = "Harbour Mutual had previously agreed to sell its Irish unit for 40 million pounds."
    assert [f.kind for f in run(ex, text)] == ["intention"]
    text = "Harbour Mutual said it had agreed to sell its Irish unit for 40 million pounds."
    assert [f.kind for f in run(ex, text)] == ["commitment"]


def test_an_assurance_of_a_present_fact_past_a_long_object_is_no_promise(ex: Extractor) -> None:
    text = "Peru has repeatedly assured foreign mining firms with large projects in the south that it honours existing contracts."
    assert run(ex, text) == []
