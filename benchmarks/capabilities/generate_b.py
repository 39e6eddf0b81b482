#!/usr/bin/env python3
"""Write a second capability suite of our own (set B), independent of generate.py and the public one.

generate.py's suite is now passed in full, so it no longer tells us anything new. This
set keeps the same capability names (so the tables line up) but changes everything a
rule could have learnt from the others: people's names (Vietnamese, Yoruba, Polish,
Basque, Maori, Hungarian), countries, firms with unusual trade words, commissive verbs,
policy verbs (mothball, privatise, wind down, ringfence, levy ...), reporting frames
(wrote in a letter, told analysts, said in a statement on Tuesday, according to a
spokesperson for ...), surface forms (capitals, lower case, hard-wrapped lines, straight
and curly single and double quotes, parentheses, dashes) and the negatives (analysts'
forecasts, may/might/could, questions, past facts, future-in-the-past, second-hand
reports, courtesies, laws and things as subjects, generic people).

Guideline cases the scorer has no capability for are written as templates of the
nearest capability, their template names starting with "g_": calls and demands aimed at
others (prediction_about_others), agreements and offers (commissive_verbs), statements
about what a law will do and generic people (world_forecast), refusals to comment
(question_conditional), courtesies (noun_will), a press release's first person
(first_person_quote).

    python3 benchmarks/capabilities/generate_b.py > /tmp/own-b.jsonl
    python3 ../shared/eval/checklist.py --cases /tmp/own-b.jsonl \
        --cmd '.venv/bin/tracker extract {docs} --format jsonl' --failures 3

Nothing here is read by the extractor or its tests. Deterministic: a fixed seed.
"""

from __future__ import annotations

import textwrap

from suite import Case, Country, Person, Suite, cap1, party_names, we, write  # (benchmarks/capabilities/suite.py, beside this script)
from typing import Callable, Iterator

SUITE = Suite("ownb", 7340511)
RNG = SUITE.rng



PEOPLE = [
    Person("Vo Thi", "Hoa", "she"), Person("Dang Quoc", "Bao", "he"),
    Person("Folasade", "Ogunbiyi", "she"), Person("Babatunde", "Oyelaran", "he"),
    Person("Grzegorz", "Szczepanski", "he"), Person("Agnieszka", "Wrobel", "she"),
    Person("Itziar", "Etxeberria", "she"), Person("Inaki", "Goikoetxea", "he"),
    Person("Aroha", "Waititi", "she"), Person("Rawiri", "Ngata", "he"),
    Person("Zsofia", "Kertesz", "she"), Person("Gergely", "Balogh", "he"),
]
DIACRITIC_PEOPLE = [  # the same kinds of names as they are really spelt
    Person("Nguyễn Thị", "Lan", "she", ("Nguyen Thi Lan",)),
    Person("Trần Văn", "Đức", "he", ("Tran Van Duc", "Duc")),
    Person("Ọláolúwa", "Adébáyọ̀", "he", ("Olaoluwa Adebayo", "Adebayo")),
    Person("Adéwálé", "Ògúnlẹ́yẹ", "he", ("Adewale Ogunleye", "Ogunleye")),
    Person("Małgorzata", "Wójcik-Zielińska", "she", ("Malgorzata Wojcik-Zielinska", "Wojcik-Zielinska")),
    Person("Jędrzej", "Szczęsny", "he", ("Jedrzej Szczesny", "Szczesny")),
    Person("Iñaki", "Goñi Etxeberria", "he", ("Inaki Goni Etxeberria", "Goni Etxeberria", "Goñi")),
    Person("Tāne", "Te Whāiti", "he", ("Tane Te Whaiti", "Te Whaiti")),
    Person("Mereana", "Ngāwhare-Pōmare", "she", ("Mereana Ngawhare-Pomare", "Ngawhare-Pomare")),
    Person("Zsófia", "Szőke", "she", ("Zsofia Szoke", "Szoke")),
]



COUNTRIES = [
    Country("Uruguay", "Uruguayan", "Montevideo"), Country("Estonia", "Estonian", "Tallinn"),
    Country("Malawi", "Malawian", "Lilongwe"), Country("Mongolia", "Mongolian", "Ulaanbaatar"),
    Country("Ecuador", "Ecuadorian", "Quito"), Country("Slovenia", "Slovenian", "Ljubljana"),
    Country("Senegal", "Senegalese", "Dakar"), Country("Iceland", "Icelandic", "Reykjavik"),
    Country("Namibia", "Namibian", "Windhoek"), Country("Paraguay", "Paraguayan", "Asuncion"),
    Country("Hungary", "Hungarian", "Budapest"), Country("Poland", "Polish", "Warsaw"),
]
COMPANIES = ["Kettleby Glassworks", "Pellucid Cryogenics", "Bramblewick Tannery", "Ostrava Ropeworks",
             "Quillon Reinsurance", "Marrowbone Dredging", "Tarn Valley Creameries", "Vossberg Ferroalloys",
             "Lumen Saltworks", "Ashgrove Hatcheries", "Halvard Bulk Carriers", "Odalys Vellum"]
PARTIES = ["the Civic Coalition", "the Homeland Front", "the Workers' Alliance", "the Rural Democrats",
           "the Reform Bloc", "the Social Pact Party"]
ROLES = ["treasury minister", "deputy prime minister", "minister for industry", "agriculture minister",
         "chancellor", "interior minister"]
GOV_ACTIONS = [
    "mothball the state oil refinery", "privatise the national postal service", "wind down the coal subsidy scheme",
    "nationalise the water utilities", "levy a 20% duty on sugary drinks", "ringfence the hospital budget",
    "subsidise bus fares for pensioners", "decommission two ageing reactors by 2031",
    "index state pensions to average wages", "waive visa fees for foreign students",
    "underwrite loans to small farmers", "dredge the main harbour before 2029",
]
CO_ACTIONS = [
    "mothball its kiln at Tarnow", "wind down its marine reinsurance book", "decommission its oldest dredger",
    "spin off its cryogenics arm", "delist its shares from the Warsaw exchange", "retrofit 40 furnaces by 2030",
    "reinstate its final-salary pension scheme", "consolidate its three depots into one site",
    "sell its stake in the Gdynia terminal", "pay a special dividend of 30 cents a share",
]
PARTY_ACTIONS = [
    "nationalise the grid", "levy a windfall tax on bank profits", "ringfence spending on rural schools",
    "subsidise childcare for the under-threes", "privatise the state lottery", "lower the voting age to 16",
]
PERSON_ACTIONS = ["repay the disputed allowances", "sell his shares in the family firm",
                  "give up his seat at the next election", "waive his severance payment",
                  "hand back the honorary title", "forgo his salary for a year"]


pick = SUITE.pick


def gerund(action: str) -> str:
    verb, _, rest = action.partition(" ")
    special = {"wind": "winding", "levy": "levying", "retrofit": "retrofitting", "spin": "spinning",
               "ringfence": "ringfencing", "subsidise": "subsidising", "decommission": "decommissioning",
               "privatise": "privatising", "nationalise": "nationalising", "waive": "waiving",
               "underwrite": "underwriting", "dredge": "dredging", "reinstate": "reinstating",
               "consolidate": "consolidating", "delist": "delisting", "sell": "selling", "pay": "paying",
               "mothball": "mothballing", "index": "indexing", "lower": "lowering", "give": "giving",
               "hand": "handing", "appear": "appearing", "repay": "repaying", "forgo": "forgoing"}
    return f"{special.get(verb, verb + 'ing')} {rest}"


case = SUITE.case


def role_context(p: Person, c: Country) -> str:
    return f"{p.full} is {c.name}'s {pick(ROLES)}."


# --- positives ---------------------------------------------------------------------------

def speech_country() -> Iterator[Case]:
    for _ in range(4):
        p, c, a = pick(PEOPLE), pick(COUNTRIES), pick(GOV_ACTIONS)
        yield case("speech_country", "told_parliament_govt_would", role_context(p, c),
                   f"Addressing parliament, {p.last} said the government would {a}.", "found", c.names())
        yield case("speech_country", "wrote_in_letter_country_will", "",
                   f"In a letter to the European Commission, {c.name}'s {pick(ROLES)} wrote that {c.name} will {a}.",
                   "found", c.names())
        yield case("speech_country", "adj_authorities_said_statement_tuesday", "",
                   f"The {c.adj} authorities said in a statement on Tuesday that they would {a}.", "found", c.names())
        yield case("speech_country", "capital_is_to_role_told", role_context(p, c),
                   f"{c.capital} is to {a}, {p.title} {p.last} told a news conference.", "found", c.names())
        yield case("speech_country", "role_person_country_shall", "",
                   f"{c.name} shall {a}, {p.full}, the {c.adj} {pick(ROLES)}, declared.", "found", c.names())


def speech_person() -> Iterator[Case]:
    for _ in range(5):
        p = pick(PEOPLE)
        a = pick(PERSON_ACTIONS).replace("his", p.his)
        yield case("speech_person", "wrote_in_letter_would", f"{p.full} is a member of the upper house.",
                   f"{p.title} {p.last} wrote in a letter to constituents that {p.he} would {a}.", "found", p.names())
        yield case("speech_person", "said_in_statement_is_going_to", "",
                   f"{p.full} said in a statement on Tuesday that {p.he} is going to {a}.", "found", p.names())
        yield case("speech_person", "surname_would_told_channel", f"{p.full} has faced weeks of criticism.",
                   f"{p.last} would {a}, {p.he} told a television channel.", "found", p.names())
        yield case("speech_person", "pronoun_confirmed_will", f"{p.full} met party officials on Monday.",
                   f"Afterwards {p.he} confirmed that {p.he} will {a}.", "found", p.names())


def company() -> Iterator[Case]:
    for _ in range(5):
        co, p, a = pick(COMPANIES), pick(PEOPLE), pick(CO_ACTIONS)
        yield case("company", "ceo_told_analysts_company_would", "",
                   f"{co}'s chief executive, {p.full}, told analysts the company would {a}.", "found", [co])
        yield case("company", "according_to_spokesperson_firm_will", f"{co} has struggled with rising costs.",
                   f"According to a spokesperson for {co}, the firm will {a}.", "found", [co])
        yield case("company", "company_said_in_statement_tuesday", "",
                   f"{co} said in a statement on Tuesday that it was going to {a}.", "found", [co])
        yield case("company", "group_wrote_to_shareholders", f"{co} published its annual results.",
                   f"The group wrote to shareholders that it shall {a}.", "found", [co])


def commissive_verbs() -> Iterator[Case]:
    verbs = ["undertook to", "gave an assurance that {it} would", "is resolved to", "has given its word that {it} will",
             "made a firm commitment to", "reaffirmed {its} pledge to", "bound {itself} to",
             "signed a pledge to", "g_agreed to", "g_offered to"]
    for _ in range(2):
        for v in verbs:
            who = pick(["country", "party", "company"])
            if who == "country":
                c = pick(COUNTRIES)
                subj, names, a = c.name, c.names(), pick(GOV_ACTIONS)
            elif who == "party":
                subj = pick(PARTIES)
                names, a = party_names(subj), pick(PARTY_ACTIONS)
            else:
                subj = pick(COMPANIES)
                names, a = [subj], pick(CO_ACTIONS)
            plural = subj.startswith("the ")
            vv = v.removeprefix("g_").format(it="they" if plural else "it", its="their" if plural else "its",
                                             itself="themselves" if plural else "itself")
            if v.startswith("g_agreed"):
                vv = "agreed with the unions to" if who == "company" else "agreed with lenders to"
            if v.startswith("g_offered"):
                vv = "offered to"
            yield case("commissive_verbs", v.replace("{", "").replace("}", "").replace(" ", "_"), "",
                       f"{cap1(subj)} {vv} {a}.", "found", names)


def first_person_quote() -> Iterator[Case]:
    for _ in range(4):
        p, c, co = pick(PEOPLE), pick(COUNTRIES), pick(COMPANIES)
        a, ca = pick(GOV_ACTIONS), pick(CO_ACTIONS)
        yield case("first_person_quote", "curly_single_we_will_ceo", "",
                   f"\u2018We will {we(ca)},\u2019 {p.full}, {co}'s chief executive, told analysts.", "found", [co])
        yield case("first_person_quote", "straight_we_are_going_to_minister", "",
                   f"\"We are going to {we(a)}. Full stop,\" said {p.full}, {c.name}'s {pick(ROLES)}.",
                   "found", c.names())
        yield case("first_person_quote", "i_give_you_my_word_person", "",
                   f"\u201cI give you my word that I will {pick(PERSON_ACTIONS).replace('his', 'my')},\u201d "
                   f"{p.full} said.", "found", p.names())
        yield case("first_person_quote", "quote_split_said_we_shall", "",
                   f"\u201cThis company,\u201d said {p.full} of {co}, \u201cshall {ca}.\u201d", "found", [co])
        yield case("first_person_quote", "g_press_release_we_will",
                   f"PRESS RELEASE \u2014 {co}\n\n{co} today published its plans for the coming year.",
                   f"We will {we(pick(CO_ACTIONS))}.", "found", [co])


PASSIVE_THINGS = [("The state refinery", "mothballed"), ("The national postal service", "privatised"),
                  ("The coal subsidy scheme", "wound down"), ("The regional water boards", "nationalised"),
                  ("The hospital budget", "ringfenced"), ("Two ageing reactors", "decommissioned"),
                  ("The loss-making ferry line", "sold off"), ("A duty on sugary drinks", "levied"),
                  ("Bus fares for pensioners", "subsidised"), ("The old customs house", "handed to the city")]


def passive_announcement() -> Iterator[Case]:
    for _ in range(5):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        thing, part = pick(PASSIVE_THINGS)
        when = pick(["from January", "by 2030", "within 18 months", "before the next election"])
        plural = not thing.startswith(("The ", "A "))
        ministry = f"{c.adj} {pick(['finance', 'health', 'economy', 'infrastructure'])} ministry"
        yield case("passive_announcement", "passive_will_be_ministry_said_in_statement", "",
                   f"{thing} will be {part} {when}, the {ministry} said in a statement.", "found",
                   [ministry, ministry.split(' ', 1)[1], *c.names()])
        yield case("passive_announcement", "govt_wrote_passive_would", "",
                   f"The {c.adj} cabinet wrote in its budget paper that {thing[0].lower() + thing[1:]} "
                   f"would be {part} {when}.", "found", [f"{c.adj} cabinet", *c.names()])
        yield case("passive_announcement", "company_passive_is_to_be", "",
                   f"{co}'s Gdansk plant is to be mothballed {when}, the company told staff.", "found", [co])
        yield case("passive_announcement", "passive_are_to_be_according_to_spokesperson", "",
                   f"{thing} {'are' if plural else 'is'} to be {part}, according to a spokesperson for the "
                   f"{c.adj} government.", "found", c.names())


def negated_commitment() -> Iterator[Case]:
    for _ in range(4):
        c, co, party, p = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES), pick(PEOPLE)
        yield case("negated_commitment", "company_gave_assurance_would_not", "",
                   f"{co} gave an assurance that it would not {pick(['mothball its kiln', 'cut the staff pension', 'sell its Baltic fleet'])}.",
                   "found", [co])
        yield case("negated_commitment", "party_under_no_circumstances", "",
                   f"{cap1(party)} will under no circumstances {pick(['privatise the state lottery', 'raise the pension age', 'levy a tax on homes'])}, its leader said.",
                   "found", party_names(party))
        yield case("negated_commitment", "country_wont_role_said", role_context(p, c),
                   f"\u201c{c.name} won\u2019t {pick(['nationalise private banks', 'devalue the currency', 'reopen the mine'])},\u201d {p.last} said.",
                   "found", c.names())
        yield case("negated_commitment", "country_is_resolved_not", "",
                   f"{c.name} is resolved not to {pick(['wind down its peacekeeping mission', 'subsidise the airline again', 'ringfence the defence budget'])}.",
                   "found", c.names())
        yield case("negated_commitment", "person_vowed_never_again", "",
                   f"{p.full} vowed never again to {pick(['accept gifts from lobbyists', 'take a second job', 'fly by private jet'])}.",
                   "found", p.names())


def intention() -> Iterator[Case]:
    for _ in range(4):
        c, co, party = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES)
        yield case("intention", "company_has_drawn_up_plans", "", f"{co} has drawn up plans to {pick(CO_ACTIONS)}.",
                   "found", [co], True)
        yield case("intention", "country_is_looking_at", "",
                   f"{c.name} is looking at ways to {pick(GOV_ACTIONS)}.", "found", c.names(), True)
        yield case("intention", "party_hopes_to", "", f"{cap1(party)} hopes to {pick(PARTY_ACTIONS)}.",
                   "found", party_names(party), True)
        yield case("intention", "company_is_prepared_to", "", f"{co} said it was prepared to {pick(CO_ACTIONS)}.",
                   "found", [co], True)
        yield case("intention", "govt_seeks_to", "", f"The {c.adj} government seeks to {pick(GOV_ACTIONS)}.",
                   "found", c.names(), True)


def conditional_pledge() -> Iterator[Case]:
    for _ in range(5):
        party, p, c = pick(PARTIES), pick(PEOPLE), pick(COUNTRIES)
        yield case("conditional_pledge", "if_reelected_party_will", "",
                   f"If re-elected, {party} will {pick(PARTY_ACTIONS)}.", "found", party_names(party), True)
        yield case("conditional_pledge", "once_in_office_party_would", f"{p.full} leads {party}.",
                   f"Once in office, {p.last} said, the party would {pick(PARTY_ACTIONS)}.", "found",
                   party_names(party) + p.names(), True)
        yield case("conditional_pledge", "party_undertook_should_voters_back", "",
                   f"{cap1(party)} undertook to {pick(PARTY_ACTIONS)} should voters hand it a majority.", "found",
                   party_names(party), True)
        yield case("conditional_pledge", "provided_budget_passes_country_will", "",
                   f"Provided the budget passes, {c.name} will {pick(GOV_ACTIONS)}, the {c.adj} {pick(ROLES)} said.",
                   "found", c.names(), True)


# --- negatives ---------------------------------------------------------------------------

def prediction_about_others() -> Iterator[Case]:
    for _ in range(4):
        c, c2, co, p = pick(COUNTRIES), pick(COUNTRIES), pick(COMPANIES), pick(PEOPLE)
        yield case("prediction_about_others", "analysts_at_bank_forecast", "",
                   f"Analysts at Harrow Brothers forecast that {co} will {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("prediction_about_others", "rivals_expect_it_to", "",
                   f"{co}'s rivals expect it to {pick(CO_ACTIONS)} within months.", "not_found", [])
        yield case("prediction_about_others", "minister_suspects_other", role_context(p, c),
                   f"{p.last} suspects that {c2.name} will {pick(['close its airspace', 'expel the ambassador', 'raise tariffs on steel'])}.",
                   "not_found", [])
        yield case("prediction_about_others", "g_urged_other_to", "",
                   f"{c.name} urged {co} to {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("prediction_about_others", "g_demanded_that_other_will", "",
                   f"Unions demanded that {co} {pick(['reinstate', 'restore'])} its final-salary pension scheme.",
                   "not_found", [])


def world_forecast() -> Iterator[Case]:
    for _ in range(4):
        c = pick(COUNTRIES)
        yield case("world_forecast", "inflation_will_ease", "",
                   f"Inflation in {c.name} will ease to 3% by the spring, the statistics office predicted.",
                   "not_found", [])
        yield case("world_forecast", "frost_will_hit", "",
                   f"Heavy frost will hit vineyards around {c.capital} this week.", "not_found", [])
        yield case("world_forecast", "g_the_bill_would", "",
                   f"The bill would {pick(['let councils levy a tourist tax', 'require firms to publish pay gaps', 'allow the state to nationalise failing utilities'])}.",
                   "not_found", [])
        yield case("world_forecast", "g_the_law_will_require", "",
                   f"From July the new law will require {pick(['landlords to register every tenancy', 'employers to pay for training', 'banks to ringfence retail deposits'])}.",
                   "not_found", [])
        yield case("world_forecast", "g_generic_people_will", "",
                   f"Many {pick(['Britons', 'Poles', 'Hungarians', 'pensioners', 'students'])} will "
                   f"{pick(['spend less on holidays this year', 'struggle to pay their heating bills', 'travel abroad for Christmas'])}.",
                   "not_found", [])


def possibility_hedge() -> Iterator[Case]:
    for _ in range(4):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        yield case("possibility_hedge", "company_might_trade_press", "",
                   f"{co} might {pick(CO_ACTIONS)}, the trade press speculated.", "not_found", [])
        yield case("possibility_hedge", "country_could_yet", "", f"{c.name} could yet {pick(GOV_ACTIONS)}.",
                   "not_found", [])
        yield case("possibility_hedge", "company_is_expected_to", "",
                   f"{co} is widely expected to {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("possibility_hedge", "country_would_probably", "",
                   f"{c.name} would probably {pick(GOV_ACTIONS)} if oil prices stayed low, officials conceded.",
                   "not_found", [])
        yield case("possibility_hedge", "company_may_have_to", "",
                   f"{co} may have to {pick(CO_ACTIONS)}.", "not_found", [])


def question_conditional() -> Iterator[Case]:
    for _ in range(4):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        yield case("question_conditional", "will_country_actually_question", "",
                   f"Will {c.name} actually {pick(GOV_ACTIONS)}?", "not_found", [])
        yield case("question_conditional", "whether_remains_unclear", "",
                   f"Whether {co} will {pick(CO_ACTIONS)} remains unclear.", "not_found", [])
        yield case("question_conditional", "were_country_to_rivals_would", "",
                   f"Were {c.name} to {pick(GOV_ACTIONS)}, its neighbours would protest.", "not_found", [])
        yield case("question_conditional", "g_asked_whether_declined", "",
                   f"Asked whether {co} would {pick(CO_ACTIONS)}, a spokesperson declined to comment.",
                   "not_found", [])
        yield case("question_conditional", "if_rates_rise_company_would_have_to", "",
                   f"If interest rates rise again, {co} would have to {pick(CO_ACTIONS)}, analysts said.",
                   "not_found", [])


def past_fact() -> Iterator[Case]:
    for _ in range(4):
        c, co, p = pick(COUNTRIES), pick(COMPANIES), pick(PEOPLE)
        yield case("past_fact", "country_levied_in_year", "",
                   f"{c.name} levied a windfall tax on energy firms in 2022.", "not_found", [])
        yield case("past_fact", "company_has_wound_down", "",
                   f"{co} has wound down its shipping arm.", "not_found", [])
        yield case("past_fact", "future_in_past_would_go_on", "",
                   f"Two years later, {c.name} would go on to nationalise its railways.", "not_found", [])
        yield case("past_fact", "said_it_had_mothballed", "",
                   f"{co} said on Monday it had mothballed its kiln at Tarnow.", "not_found", [])
        yield case("past_fact", "person_stepped_down_in", "",
                   f"{p.full} stepped down as {pick(ROLES)} in March.", "not_found", [])


def noun_will() -> Iterator[Case]:
    for _ in range(4):
        c, p = pick(COUNTRIES), pick(PEOPLE)
        yield case("noun_will", "will_surname_name", "", f"Will Okonkwo-Hart, the club's treasurer, resigned.",
                   "not_found", [])
        yield case("noun_will", "last_will_and_testament", "",
                   f"{p.full}'s last will and testament left the farm to a nephew.", "not_found", [])
        yield case("noun_will", "will_of_the_people", "",
                   f"The result reflected the will of the {c.adj} people, {p.last} said.", "not_found", [])
        yield case("noun_will", "g_courtesy_would_like_to_thank", "",
                   f"\u201cI would like to thank everyone who voted for us,\u201d {p.full} said.", "not_found", [])
        yield case("noun_will", "g_courtesy_will_be_brief", "",
                   f"\u201cI will be brief,\u201d {p.last} told the chamber.", "not_found", [])


def third_party_report() -> Iterator[Case]:
    for _ in range(4):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        yield case("third_party_report", "company_will_le_monde_reported", "",
                   f"{co} will {pick(CO_ACTIONS)}, Le Monde reported.", "no_commitment", [])
        yield case("third_party_report", "according_to_people_briefed", "",
                   f"{c.name} is to {pick(GOV_ACTIONS)}, according to people briefed on the plan.",
                   "no_commitment", [])
        yield case("third_party_report", "local_media_reported_would", "",
                   f"Local media reported that the {c.adj} government would {pick(GOV_ACTIONS)}.",
                   "no_commitment", [])
        yield case("third_party_report", "leaked_memo_seen_by", "",
                   f"{co} will {pick(CO_ACTIONS)}, according to a leaked memo seen by the Financial Times.",
                   "no_commitment", [])
        yield case("third_party_report", "there_is_speculation", "",
                   f"There is speculation in the City that {co} will {pick(CO_ACTIONS)}.", "not_found", [])


# --- robustness: a perturbed case and its unperturbed twin (id suffix -base) ----------------

def twin(cap: str, template: str, context: str, base: str, perturbed: str, actors: list[str],
         perturbed_context: str | None = None) -> Iterator[Case]:
    return SUITE.twin(cap, template, context, base, perturbed, actors, perturbed_context, mark_base=True)


def robust_names() -> Iterator[Case]:
    for i in range(2):
        for person in DIACRITIC_PEOPLE:
            plain = pick(PEOPLE)
            a = pick(["undertook to repay the allowances", "vowed to forgo the bonus",
                      "promised to hand back the award"])
            if i == 0:
                yield from twin("robust_names", "diacritic_person_commissive", "", f"{plain.full} {a}.",
                                f"{person.full} {a}.", person.names() + plain.names())
            else:
                yield from twin("robust_names", "diacritic_person_said_would", "",
                                f"{plain.title} {plain.last} said {plain.he} would {pick(PERSON_ACTIONS).replace('his', plain.his)}.",
                                f"{person.title} {person.last} said {person.he} would {pick(PERSON_ACTIONS).replace('his', person.his)}.",
                                person.names() + plain.names())


def robust_casing() -> Iterator[Case]:
    for _ in range(7):
        co, c, party = pick(COMPANIES), pick(COUNTRIES), pick(PARTIES)
        s = f"{c.name} undertook to {pick(GOV_ACTIONS)}."
        yield from twin("robust_casing", "all_caps_country_undertook", "", s, s.upper(), c.names())
        s = f"{co} said in a statement that it would {pick(CO_ACTIONS)}."
        yield from twin("robust_casing", "lower_company_statement", "", s, s.lower(), [co])
        s = f"{cap1(party)} is resolved to {pick(PARTY_ACTIONS)}."
        yield from twin("robust_casing", "caps_party_resolved", "", s, s.upper(), party_names(party))


def robust_quotes() -> Iterator[Case]:
    for _ in range(7):
        co, p, c = pick(COMPANIES), pick(PEOPLE), pick(COUNTRIES)
        a = pick(CO_ACTIONS)
        yield from twin("robust_quotes", "curly_single_whole_quote", "",
                        f"\u201cWe will {we(a)},\u201d said {p.full}, head of {co}.",
                        f"\u2018We will {we(a)},\u2019 said {p.full}, head of {co}.", [co])
        ga = pick(GOV_ACTIONS)
        role = pick(ROLES)
        yield from twin("robust_quotes", "straight_single_whole_quote", "",
                        f"\"{c.name} will {ga},\" the {c.adj} {role} said.",
                        f"'{c.name} will {ga},' the {c.adj} {role} said.", c.names())
        yield from twin("robust_quotes", "curly_apostrophe_possessive", "",
                        f"{co}'s board said it would {a}.", f"{co}\u2019s board said it would {a}.", [co])


def robust_clause() -> Iterator[Case]:
    for _ in range(7):
        co, c, p = pick(COMPANIES), pick(COUNTRIES), pick(PEOPLE)
        a = pick(CO_ACTIONS)
        yield from twin("robust_clause", "company_parenthetical_owner", "", f"{co} undertook to {a}.",
                        f"{co} (owned since 2019 by a Luxembourg fund) undertook to {a}.", [co])
        ga = pick(GOV_ACTIONS)
        yield from twin("robust_clause", "country_em_dash_aside", "", f"{c.name} said it would {ga}.",
                        f"{c.name} said it would \u2014 despite fierce opposition from farmers \u2014 {ga}.",
                        c.names())
        yield from twin("robust_clause", "person_adverbial_before_verb", "",
                        f"{p.full} vowed to {pick(PERSON_ACTIONS).replace('his', p.his)}.",
                        f"{p.full}, speaking after a stormy four-hour meeting in the capital on Tuesday evening, vowed to "
                        f"{pick(PERSON_ACTIONS).replace('his', p.his)}.", p.names())


def robust_linebreak() -> Iterator[Case]:
    for _ in range(7):
        co, c, party = pick(COMPANIES), pick(COUNTRIES), pick(PARTIES)
        s = (f"In a statement issued late on Tuesday, {co} said that it would {pick(CO_ACTIONS)} "
             f"as part of a review of its operations.")
        yield from twin("robust_linebreak", "hard_wrapped_40", "", s, "\n".join(textwrap.wrap(s, 40)), [co])
        s = f"{cap1(party)} gave an assurance that it would {pick(PARTY_ACTIONS)} within a year of taking office."
        yield from twin("robust_linebreak", "crlf_wrapped_30", "", s, "\r\n".join(textwrap.wrap(s, 30)),
                        party_names(party))
        s = f"The {c.adj} government is to {pick(GOV_ACTIONS)}, the {pick(ROLES)} told parliament."
        yield from twin("robust_linebreak", "break_after_is_to", "", s, s.replace(" is to ", " is to\n"), c.names())


def robust_paragraph() -> Iterator[Case]:
    fillers = ["Fog closed two airports for most of the morning.", "The national football team lost 2-1 on Saturday.",
               "Wheat prices were little changed in early trading.", "A new bridge over the river opened in May.",
               "The museum will host an exhibition of Basque textiles."]
    for _ in range(7):
        co, c, party = pick(COMPANIES), pick(COUNTRIES), pick(PARTIES)
        for s, names in ((f"{co} undertook to {pick(CO_ACTIONS)}.", [co]),
                         (f"The {c.adj} government said it was resolved to {pick(GOV_ACTIONS)}.", c.names()),
                         (f"{cap1(party)} gave an assurance that it would {pick(PARTY_ACTIONS)}.", party_names(party))):
            before = " ".join(RNG.sample(fillers, 2))
            after = RNG.choice(fillers)
            p = case("robust_paragraph", "fillers_before_and_after", before, s, "found", names, after=after)
            b = case("robust_paragraph", "fillers_before_and_after", "", s, "found", names)
            b["id"] = p["id"] + "-base"
            b["base_of"] = p["id"]
            yield p
            yield b


GENERATORS: list[Callable[[], Iterator[Case]]] = [
    speech_country, speech_person, company, commissive_verbs, first_person_quote, passive_announcement,
    negated_commitment, intention, conditional_pledge, prediction_about_others, world_forecast,
    possibility_hedge, question_conditional, past_fact, noun_will, third_party_report, robust_names,
    robust_casing, robust_quotes, robust_clause, robust_linebreak, robust_paragraph,
]


def main() -> None:
    write(GENERATORS)


if __name__ == "__main__":
    main()
