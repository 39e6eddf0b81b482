"""BBC-like news: whose word a sentence is and who "it", "the firm", "officials" are
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding
from tracker.extract.explain import explain


def run(ex: Extractor, text: str) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source="BBC"))


def actors(ex: Extractor, text: str, word: str) -> list[str]:
    return [f.actor for f in run(ex, text) if word in f.action]


def refusals(ex: Extractor, text: str, words: str) -> list[str | None]:
    out = []
    for s in explain(ex, Document(doc_id="t", text=text, source="BBC")):
        if words in s.sentence:
            out += [c.refusal for c in s.cues]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "In her memoir she alleges that Mr Okafor told colleagues in 2009 he would resign before the vote.",
        "The minutes came out a week early, indicating the central bank wants to calm the markets.",
        "I recall that whenever a minister rose to speak they would bang their desks and jeer.",
    ],
)
def test_an_allegation_an_inference_and_a_habit_bind_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_plain_report_of_a_plan_still_binds(ex: Extractor) -> None:
    text = "Kenyan finance minister Ada Okafor said the government would cut fuel duty in May."
    assert [f.kind for f in run(ex, text)] == ["commitment"]


def test_bank_officials_speak_for_the_bank_not_a_government(ex: Extractor) -> None:
    text = ("Ostrava Savings Bank has lost the records of 40,000 Czech customers. "
            "Account holders would be notified of any unusual activity, bank officials said.")
    assert actors(ex, text, "notified") == ["Ostrava Savings Bank"]


def test_union_officials_with_no_union_named_are_not_the_firm(ex: Extractor) -> None:
    text = ("Halden Steel has closed its mill in Ohio. "
            "The plant will be shut down for good, union officials said.")
    assert "Halden Steel" not in actors(ex, text, "shut")


def test_the_agency_is_the_public_body_named_before_not_the_firm(ex: Extractor) -> None:
    text = ("Portugal's Vinhos Lusos has agreed to buy 20% of Tarragona Cellars. "
            "The Tarragona Provincial Holdings Bureau - a government agency - owns 60% of the winery. "
            "The state agency will also sell 15% of its stake to a second foreign buyer.")
    assert actors(ex, text, "15%") == ["Tarragona Provincial Holdings Bureau"]


def test_it_opening_a_sentence_is_the_previous_sentences_subject(ex: Extractor) -> None:
    text = ("Nordbourse said it had held talks with the Wiener Bourse. "
            "The Wiener Bourse rejected Nordbourse's offer in March. "
            "But it agreed to keep talking about a better proposal.")
    assert actors(ex, text, "keep talking") == ["Wiener Bourse"]


def test_the_firm_opening_a_sentence_is_the_previous_sentences_subject(ex: Extractor) -> None:
    text = ("Calder Telecom said on Monday it would sell its cable arm. "
            "Brightline Transit, the private firm which runs the city's trams, has offered a 5% rise. "
            "The firm promised no jobs would be lost.")
    assert actors(ex, text, "no jobs") == ["Brightline Transit"]


def test_it_inside_a_sentence_is_its_subject(ex: Extractor) -> None:
    text = ("Tarrant Cars sold 40,000 vehicles last year. "
            "Last year, Eastfield Motors, which employs 3,000 people, made just 9,000 cars, "
            "though it hopes to sign a deal with a Chinese partner.")
    assert actors(ex, text, "Chinese partner") == ["Eastfield Motors"]


def test_a_name_that_only_describes_the_subject_is_passed_over(ex: Extractor) -> None:
    text = ("Harland Oil bought the unit on Friday. The Harland announcement came hours after Petrovsk "
            "sued its rival over the sale. It has said it will seek damages of $2bn.")
    assert actors(ex, text, "damages") == ["Petrovsk"]


def test_he_passes_over_the_agent_of_a_passive(ex: Extractor) -> None:
    text = ("Opposition leader Dafydd Pryce unveiled his manifesto on Monday. "
            "Mr Pryce argued many voters feel let down by Prime Minister Alun Rees. "
            "In the foreword, he promises to cut council tax.")
    assert actors(ex, text, "council tax") == ["Dafydd Pryce"]


@pytest.mark.parametrize(
    "text",
    [
        "Harcourt Stores is to buy rival Pell & Co for $4bn. The combined firm will operate about 600 shops.",
        "Tamsin Oil agreed to buy Karsk Petroleum. The merged group will keep the Tamsin name.",
    ],
)
def test_the_firm_a_deal_makes_binds_no_one(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if "Tamsin name" in f.action or "600 shops" in f.action] == []
    assert "guard.deal-result" in refusals(ex, text, "will")


def test_what_a_list_or_a_payment_will_include_binds_no_one(ex: Extractor) -> None:
    text = ("The finance minister will set out targets for the summit. "
            "They will include doubling aid and cancelling the debts of the poorest nations.")
    assert actors(ex, text, "doubling aid") == []


def test_they_after_the_plans_is_the_plans_even_with_a_word_after(ex: Extractor) -> None:
    text = ("The Green Party leader said the party had reached a view on the scheme. "
            "He had decided to back the plans as the police said they would help fight crime.")
    assert actors(ex, text, "fight crime") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Baltic Civic Foundation aims to promote free and open societies.",
        "The Lindqvist Conservatory seeks to educate the finest young pianists in Europe.",
    ],
)
def test_a_mission_statement_is_no_plan(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.mission-statement" in refusals(ex, text, "to")


def test_a_plan_to_promote_something_is_still_a_plan(ex: Extractor) -> None:
    text = "The Lindqvist Conservatory plans to promote a new youth festival in Tallinn next year."
    assert [f.kind for f in run(ex, text)] == ["intention"]


@pytest.mark.parametrize(
    "text",
    [
        "Owen Pryce and Dafydd Rees met on Monday. Mr Pryce also left the party saying Mr Rees would "
        "\"do a better job\" as leader.",
        "The Conservatives attacked the budget, saying Labour would raise taxes after the election.",
    ],
)
def test_saying_what_another_will_do_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_saying_what_one_will_do_oneself_still_binds(ex: Extractor) -> None:
    text = "Ms Carys Rees quit the board on Monday, saying she would fight the decision in court."
    assert actors(ex, text, "fight") == ["Carys Rees"]


def test_the_us_company_after_a_described_firm_is_that_firm(ex: Extractor) -> None:
    text = ("Orvik Aerospace and Halden Air agreed to talks on Monday. "
            "Separately, the world's largest parcel carrier, ZPX, said it had ordered 10 jets. "
            "The US company said it would begin receiving the jets from 2009.")
    assert actors(ex, text, "receiving") == ["ZPX"]


def test_a_hard_wrapped_line_does_not_end_a_sentence(ex: Extractor) -> None:
    text = ("Sole underwriter Brandt Securities Inc said an offering of 2,000,000 shares of Computer\n"
            "Depot Inc is under way. The company is selling 1,500,000 shares.")
    assert "Depot Inc" not in actors(ex, text, "selling")


def test_it_said_opening_the_previous_sentence_names_no_subject(ex: Extractor) -> None:
    text = ("Kestrel Retail filed with the Securities and Exchange Commission for an offering. "
            "It said Marlow Brothers Inc are managing the offering. The company is selling 600,000 shares.")
    assert "Securities and Exchange Commission" not in actors(ex, text, "selling")


def test_a_party_named_in_an_unnamed_speakers_quote_is_a_charge(ex: Extractor) -> None:
    text = ('"The Greens are committed to cutting road spending by a massive £9bn," he said.')
    assert run(ex, text) == []


def test_a_shadow_ministers_word_on_the_government_is_a_charge(ex: Extractor) -> None:
    text = ("British shadow health secretary Amrit Sandhu attacked the hospital plans.\n\n"
            '"The government wants to close 40 wards and call it reform," he said.')
    assert run(ex, text) == []


def test_a_ministers_word_on_the_government_still_binds(ex: Extractor) -> None:
    text = ("British health secretary Amrit Sandhu defended the hospital plans.\n\n"
            '"The government will open 40 new wards by 2008," he said.')
    assert [f.actor for f in run(ex, text)] == ["United Kingdom"]


def test_a_modal_in_a_comparison_binds_no_one(ex: Extractor) -> None:
    text = '"The pressure would be far greater on a minister than it would on a judge," Ms Rees said.'
    assert run(ex, text) == []


def test_other_than_that_still_binds(ex: Extractor) -> None:
    text = '"Other than that I will not advertise any gambling sites," said Tomas Berg.'
    assert actors(ex, text, "advertise") == ["Tomas Berg"]


def test_they_after_the_people_is_those_people(ex: Extractor) -> None:
    text = '"Business goes on in Libya, the people take charge, they want to live normal lives," he said.'
    assert run(ex, text) == []


def test_what_a_country_will_remain_binds_no_one(ex: Extractor) -> None:
    assert run(ex, '"Kashmir will remain an issue of division for years to come," he said.') == []


def test_a_firm_that_accused_another_is_seen_acting(ex: Extractor) -> None:
    text = ("Harland Oil bought the unit on Friday. The Harland announcement came hours after Petrovsk "
            "accused its rival of rigging the sale. It has said it will seek damages of $2bn.")
    assert actors(ex, text, "damages") == ["Petrovsk"]


def test_the_share_a_firm_will_hold_binds_no_one(ex: Extractor) -> None:
    assert run(ex, "Petrovsk will now control about 12% of the country's gas output.") == []


def test_he_passes_over_a_president_met_as_an_object(ex: Extractor) -> None:
    text = ("General Amir Qadri flew in from Washington, where he met President Tom Harlan. "
            "He is due to visit the community in Leeds on Tuesday.")
    assert actors(ex, text, "Leeds") == ["Amir Qadri"]


def test_a_passive_after_saying_binds_the_sentences_subject(ex: Extractor) -> None:
    text = ("Plaid Cymru's Owain Rhys has said the security services were involved. "
            "In March, Gwent Police reopened the case, saying samples kept in their files would be re-examined.")
    assert actors(ex, text, "re-examined") == ["Gwent Police"]


def test_it_said_opening_a_sentence_is_the_previous_subject(ex: Extractor) -> None:
    text = ("Harcourt Wines said it had agreed to buy Lomond Vineyards for $40m. "
            "It said Lomond would be merged into its own Scottish business.")
    assert actors(ex, text, "merged") == ["Harcourt Wines"]


def test_it_after_a_government_subject_is_that_government(ex: Extractor) -> None:
    text = ("Tessaly Farms says it owns the land. Under its new president, the Bolivian government "
            "has steadily widened the state's role in farming. It recently said all farm leases held "
            "by foreign firms would be reviewed.")
    assert actors(ex, text, "reviewed") == ["Bolivia"]


def test_a_participle_opener_and_a_dash_aside_keep_the_subject(ex: Extractor) -> None:
    text = ("Rival bourse Nordex held talks with the exchange last week. "
            "Replying to the board's rebuff, Baltic Bourse - whose shares rose 3% - said it still "
            "hoped to make a cash bid.")
    assert actors(ex, text, "cash bid") == ["Baltic Bourse"]


@pytest.mark.parametrize(
    "text",
    [
        "The Danish builder said it would only break even on the new bridge.",
        "Corvan Motors said it will do less well this year, with profit of $1bn.",
        "The airline said it would remain profitable despite high fuel costs.",
        "But Ms Ferris said she would not trust him with her car keys.",
        "Halvard will not make money from the share sale, the filing said.",
    ],
)
def test_a_firms_forecast_of_its_results_and_a_feeling_bind_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_local_authorities_are_not_the_countrys_government(ex: Extractor) -> None:
    text = ("Talks on care homes in Poland stalled. My firm works with local authorities who will not "
            "accept price rises above inflation.")
    assert [f.actor for f in run(ex, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        '"We would however like you to think again about the seats," Ms Orme wrote.',
        'Mr Tallis said: "The minister will no doubt tell us how well the economy is doing."',
    ],
)
def test_a_wish_behind_however_and_a_hedge_bind_no_one(ex: Extractor, text: str) -> None:
    assert [f for f in run(ex, text) if f.kind == "commitment"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Creditors of Chile's largest card issuer have said they will force the firm into liquidation.",
        "Several Brazilian banks have announced they plan to cut their fees.",
    ],
)
def test_they_after_a_group_named_by_a_common_noun_is_not_its_country(ex: Extractor, text: str) -> None:
    assert [f.actor for f in run(ex, text) if f.actor in ("Chile", "Brazil")] == []


def test_they_after_a_countrys_ministers_is_still_the_country(ex: Extractor) -> None:
    text = "Chilean trade ministers said they would cut tariffs on copper by March."
    assert actors(ex, text, "tariffs") == ["Chile"]


def test_they_opening_a_sentence_takes_up_the_subject_before(ex: Extractor) -> None:
    text = ("Members of the Commons transport committee are touring Norway's ferry ports. "
            "They will also talk to the harbour masters.")
    assert [f.actor for f in run(ex, text) if "harbour" in f.action and f.actor] == []
    text = "The Greens unveiled their manifesto on Monday. They would scrap the road levy."
    assert actors(ex, text, "levy") == ["Green Party"]


def test_it_after_a_thing_opening_the_sentence_before_binds_no_one(ex: Extractor) -> None:
    text = ("Marlow Foods said it would review the plan. The Turin Agenda set out to cut red tape "
            "across the region. It also set out to raise spending on research.")
    assert [f.actor for f in run(ex, text) if "research" in f.action and f.actor] == []


def test_hearsay_after_the_modal_binds_no_one(ex: Extractor) -> None:
    text = "Two Irish investors, who own 29% of the club, will reportedly reject any formal offer."
    assert [f for f in run(ex, text) if f.kind == "commitment"] == []


@pytest.mark.parametrize(
    "text",
    [
        # (guard.poll_finding) what a poll shows a party will do is the poll's forecast
        "Two opinion polls published on Sunday showed the governing Liberal Party would stay in power after the May election.",
        "A new survey for the Times shows the Scottish National Party would form the next government in Edinburgh.",
        "Two opinion polls showed the ruling Labour Party would retain control with a reduced majority.",
    ],
)
def test_what_a_poll_shows_is_no_ones_pledge(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []
    assert "guard.poll_finding" in refusals(ex, text, text[:20])


def test_a_party_that_will_publish_a_poll_still_binds_itself(ex: Extractor) -> None:
    text = "The Green Party said it would cut rail fares by 10% from May."
    assert [f.actor for f in run(ex, text)] == ["Green Party"]
