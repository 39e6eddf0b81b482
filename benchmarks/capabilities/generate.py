#!/usr/bin/env python3
"""Write a second capability suite, with names, verbs and wording of our own.

The public capability suite (../shared/eval/checklist-public.jsonl) tests one capability
per family; rules tuned until it passes may only have learnt its names and verbs. This
generator writes the same capabilities with other people, countries, companies, parties,
commissive verbs, participles and sentence shapes, in the same JSON Lines format, so
that the shared scorer reads it:

    python3 benchmarks/capabilities/generate.py > /tmp/own-cases.jsonl
    python3 ../shared/eval/checklist.py --cases /tmp/own-cases.jsonl \
        --cmd '.venv/bin/tracker extract {docs} --format jsonl' --failures 3

Nothing here is read by the extractor or its tests; it is a measuring instrument.
Deterministic: a fixed seed, so two runs give the same cases.
"""

from __future__ import annotations


from suite import Case, Country, Person, Suite, write  # (benchmarks/capabilities/suite.py, beside this script)
from typing import Callable, Iterator

SUITE = Suite("own", 20261203)
RNG = SUITE.rng



PEOPLE = [
    Person("Nkechi", "Adeyemi", "she"), Person("Tomas", "Lindqvist", "he"),
    Person("Priya", "Raghunathan", "she"), Person("Mateus", "Carvalho", "he"),
    Person("Oksana", "Hrytsenko", "she"), Person("Kwame", "Boateng", "he"),
    Person("Ingrid", "Solberg", "she"), Person("Farhan", "Siddiqui", "he"),
    Person("Lucia", "Moravcova", "she"), Person("Hamid", "Karimi", "he"),
    Person("Mere", "Tautahi", "she"), Person("Yusuf", "Demirci", "he"),
]
SPECIAL_PEOPLE = [  # hyphens, apostrophes, accents, initials, particles
    (Person("Jean-Luc", "Ndiaye", "he"), ["Jean-Luc Ndiaye", "Ndiaye", "Jean Luc Ndiaye"]),
    (Person("Siobhán", "Ní Bhriain", "she"), ["Siobhán Ní Bhriain", "Ní Bhriain", "Siobhan Ni Bhriain"]),
    (Person("Mary-Kate", "O'Rourke", "she"), ["Mary-Kate O'Rourke", "O'Rourke", "Mary Kate O'Rourke"]),
    (Person("Björn", "Ødegaard", "he"), ["Björn Ødegaard", "Ødegaard", "Bjorn Odegaard"]),
    (Person("T.K.", "Obuya", "he"), ["T.K. Obuya", "Obuya", "TK Obuya"]),
    (Person("Ana-María", "Núñez", "she"), ["Ana-María Núñez", "Núñez", "Ana Maria Nunez"]),
    (Person("Dmitri", "von Harten", "he"), ["Dmitri von Harten", "von Harten", "Harten"]),
    (Person("Aoife", "MacCarthy", "she"), ["Aoife MacCarthy", "MacCarthy"]),
]



COUNTRIES = [
    Country("Norway", "Norwegian", "Oslo"), Country("Kenya", "Kenyan", "Nairobi"),
    Country("Chile", "Chilean", "Santiago"), Country("Vietnam", "Vietnamese", "Hanoi"),
    Country("Portugal", "Portuguese", "Lisbon"), Country("Nigeria", "Nigerian", "Abuja"),
    Country("Argentina", "Argentine", "Buenos Aires"), Country("Sweden", "Swedish", "Stockholm"),
    Country("Thailand", "Thai", "Bangkok"), Country("Morocco", "Moroccan", "Rabat"),
    Country("Ghana", "Ghanaian", "Accra"), Country("Peru", "Peruvian", "Lima"),
]
COMPANIES = ["Corvane Logistics", "Meridale Foods", "Talvik Energy", "Brightwater Telecom", "Nestle",
             "Siemens", "Tata Steel", "Petrobras", "Carlsberg", "Ikea", "Holloway Pharma", "Kestrel Airways"]
PARTIES = ["the Green Left", "the Liberal Union", "the National Renewal Party", "the Farmers' League",
           "the Progressive Movement", "the Christian Democrats"]
ROLES = ["finance minister", "prime minister", "transport minister", "energy minister", "president",
         "health minister"]
ACTIONS = [  # (action, is it a concrete pledge)
    "scrap the road toll on the coastal highway", "build 300 affordable homes in the capital",
    "recruit 2,000 extra nurses", "halve tuition fees for students", "phase out coal power by 2035",
    "plant a million trees along its rivers", "cap rail fares for three years",
    "extend the metro line to the airport", "repay the emergency loan within two years",
    "hire 800 apprentices next year", "double funding for rural clinics", "cut its water use by a third",
]
CO_ACTIONS = [
    "shut its smelter in Bristol", "open 45 new branches in Lagos", "cut 600 jobs at its head office",
    "invest $2bn in a battery plant", "raise its dividend by 8%", "buy back shares worth $500m",
    "move its headquarters to Dublin", "stop using plastic packaging by 2028",
    "pay its suppliers within 30 days", "build a recycling plant near Leeds",
]
PARTIES_ACTIONS = [
    "abolish prescription charges", "raise the minimum wage to £12 an hour", "renationalise the railways",
    "hold a referendum on the treaty", "cut income tax by two pence", "give every pupil a laptop",
]
PASSIVES = [  # participles outside any short list
    "dismantled", "refurbished", "privatised", "shut down", "expanded", "rebuilt", "upgraded",
    "auctioned off", "scrapped", "reopened", "overhauled", "phased out", "demolished", "sold",
    "relocated", "decommissioned", "electrified", "modernised",
]
PASSIVE_THINGS = [
    "The old steelworks", "Twelve regional airports", "The state railway", "Two coal mines in the north",
    "The central prison", "Forty rural post offices", "The national broadcaster", "The harbour bridge",
]

pick = SUITE.pick
case = SUITE.case


def minister_context(p: Person, c: Country) -> str:
    return f"{p.full} is {c.name}'s {pick(ROLES)}."


# --- positives ---------------------------------------------------------------------------

def speech_country() -> Iterator[Case]:
    for _ in range(5):
        p, c, a = pick(PEOPLE), pick(COUNTRIES), pick(ACTIONS)
        yield case("speech_country", "named_minister_told_country_would", minister_context(p, c),
                   f"{p.last} told parliament that {c.name} would {a}.", "found", c.names())
        yield case("speech_country", "no_context_announced_country_will", "",
                   f"{p.full} announced that {c.name} will {a}.", "found", c.names())
        yield case("speech_country", "country_would_role_said", "",
                   f"{c.name} would {a}, the {c.adj} {pick(ROLES)} said on Monday.", "found", c.names())
        yield case("speech_country", "capital_will_person_insisted", minister_context(p, c),
                   f"{c.capital} will {a}, {p.last} insisted.", "found", c.names())
        yield case("speech_country", "government_said_it_would", "",
                   f"The {c.adj} government said it would {a}.", "found", c.names())


def speech_person() -> Iterator[Case]:
    for _ in range(5):
        p, a = pick(PEOPLE), pick(["resign from the board", "donate his salary to charity",
                                   "stand down at the next election", "publish his tax returns",
                                   "repay the expenses claim", "give evidence to the inquiry"])
        a = a.replace("his", p.his)
        yield case("speech_person", "full_name_insisted_he_would", "", f"{p.full} insisted {p.he} would {a}.",
                   "found", p.names())
        yield case("speech_person", "title_surname_announced", f"{p.full} is a senior opposition figure.",
                   f"{p.title} {p.last} announced that {p.he} will {a}.", "found", p.names())
        yield case("speech_person", "surname_told_radio", "",
                   f"{p.full} told a radio station on Sunday that {p.he} would {a}.", "found", p.names())
        yield case("speech_person", "pronoun_after_intro", f"{p.full} spoke to supporters in the evening.",
                   f"{p.he.capitalize()} said {p.he} was going to {a}.", "found", p.names())


def company() -> Iterator[Case]:
    for _ in range(6):
        co, a = pick(COMPANIES), pick(CO_ACTIONS)
        yield case("company", "company_announced_it_will", "", f"{co} announced that it will {a}.", "found", [co])
        yield case("company", "company_will_spokeswoman_said", "",
                   f"{co} will {a}, a spokeswoman for the group said.", "found", [co])
        yield case("company", "the_firm_said_after_intro", f"{co} reported lower profits on Tuesday.",
                   f"The firm said it would {a}.", "found", [co])
        yield case("company", "company_is_set_to_statement", "",
                   f"{co} is to {a}, the company confirmed in a statement.", "found", [co])


def commissive_verbs() -> Iterator[Case]:
    verbs = ["guaranteed to", "swore to", "has resolved to", "gave an undertaking to", "committed itself to",
             "promised voters it would", "vowed on Friday to", "has pledged to"]
    for _ in range(4):
        for v in verbs:
            who = pick(["country", "party", "company"])
            if who == "country":
                c = pick(COUNTRIES)
                subj, names, a = c.name, c.names(), pick(ACTIONS)
            elif who == "party":
                subj = pick(PARTIES)
                names, a = [subj, subj.removeprefix("the ")], pick(PARTIES_ACTIONS)
            else:
                subj = pick(COMPANIES)
                names, a = [subj], pick(CO_ACTIONS)
            vv = v.replace("itself", "themselves") if subj.startswith("the ") and "itself" in v else v
            if subj.startswith("the "):
                vv = vv.replace("it would", "they would")
            yield case("commissive_verbs", v.replace(" ", "_"), "",
                       f"{subj[0].upper() + subj[1:]} {vv} {a}.", "found", names)


def first_person_quote() -> Iterator[Case]:
    for _ in range(5):
        p, c, co = pick(PEOPLE), pick(COUNTRIES), pick(COMPANIES)
        a, ca = pick(ACTIONS), pick(CO_ACTIONS)
        ca_we = ca.replace("its ", "our ")
        a_we = a.replace("its ", "our ")
        yield case("first_person_quote", "we_shall_ceo_of", "",
                   f"\u201cWe shall {ca_we},\u201d said {p.full}, chief executive of {co}.", "found", [co])
        yield case("first_person_quote", "we_will_minister_told", "",
                   f"\"We will {a_we},\" {p.full}, {c.name}'s {pick(ROLES)}, told reporters.", "found", c.names())
        yield case("first_person_quote", "we_intend_adj_official", "",
                   f"\"Our government will {a_we},\" the {c.adj} {pick(ROLES)} said.", "found", c.names())
        yield case("first_person_quote", "we_are_committed_company_chairman", "",
                   f"\"We are committed to {ing(ca_we)},\" {co}'s chairman, {p.full}, said.", "found", [co])


def ing(action: str) -> str:
    verb, _, rest = action.partition(" ")
    irregular = {"shut": "shutting", "cut": "cutting", "stop": "stopping", "plant": "planting",
                 "build": "building", "pay": "paying", "buy": "buying", "move": "moving", "raise": "raising",
                 "invest": "investing", "open": "opening", "hire": "hiring", "double": "doubling",
                 "scrap": "scrapping", "recruit": "recruiting", "halve": "halving", "phase": "phasing",
                 "cap": "capping", "extend": "extending", "repay": "repaying"}
    return f"{irregular.get(verb, verb + 'ing')} {rest}"


def passive_announcement() -> Iterator[Case]:
    for _ in range(5):
        c, co, thing, part = pick(COUNTRIES), pick(COMPANIES), pick(PASSIVE_THINGS), pick(PASSIVES)
        yr = pick(["by 2028", "next year", "within five years", "before the end of 2027"])
        ministry = f"{c.adj} {pick(['transport', 'energy', 'industry', 'interior'])} ministry"
        yield case("passive_announcement", "passive_ministry_announced", "",
                   f"{thing} will be {part} {yr}, the {ministry} announced.", "found",
                   [ministry, ministry.split(' ', 1)[1], *c.names()])
        yield case("passive_announcement", "company_confirmed_passive", "",
                   f"{co} confirmed that its Hamburg depot would be {pick(PASSIVES)} {yr}.", "found", [co])
        yield case("passive_announcement", "government_said_passive_shall", "",
                   f"The {c.adj} government said {thing.lower() if thing.startswith('The') else thing} "
                   f"would be {pick(PASSIVES)} {yr}.", "found", c.names())
        yield case("passive_announcement", "passive_are_to_be_spokesman", "",
                   f"{thing} {'are' if not thing.startswith('The') else 'is'} to be {pick(PASSIVES)}, "
                   f"a {co} spokesman said.", "found", [co])


def negated_commitment() -> Iterator[Case]:
    for _ in range(5):
        c, co, party, p = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES), pick(PEOPLE)
        yield case("negated_commitment", "company_promised_never", "",
                   f"{co} promised never to {pick(['close its Leeds plant', 'sell its rail unit', 'cut staff pensions'])}.",
                   "found", [co])
        yield case("negated_commitment", "party_vowed_not", "",
                   f"{party[0].upper() + party[1:]} vowed not to {pick(['raise VAT', 'privatise the water supply', 'close rural schools'])}.",
                   "found", [party, party.removeprefix('the ')])
        yield case("negated_commitment", "country_will_never_minister_said", minister_context(p, c),
                   f"{c.name} will never {pick(['devalue its currency', 'recognise the breakaway region', 'default on its debt'])}, {p.last} said.",
                   "found", c.names())
        yield case("negated_commitment", "company_said_it_would_not", "",
                   f"{co} said on Thursday it would not {pick(['pay a dividend this year', 'move jobs abroad', 'raise its prices'])}.",
                   "found", [co])


def intention() -> Iterator[Case]:
    for _ in range(5):
        c, co, party = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES)
        yield case("intention", "company_intends_to", "", f"{co} intends to {pick(CO_ACTIONS)}.", "found", [co], True)
        yield case("intention", "country_is_planning_to", "", f"{c.name} is planning to {pick(ACTIONS)}.",
                   "found", c.names(), True)
        yield case("intention", "party_wants_to", "",
                   f"{party[0].upper() + party[1:]} wants to {pick(PARTIES_ACTIONS)}.", "found",
                   [party, party.removeprefix('the ')], True)
        yield case("intention", "company_said_it_aimed_to", "", f"{co} said it aimed to {pick(CO_ACTIONS)}.",
                   "found", [co], True)


def conditional_pledge() -> Iterator[Case]:
    for _ in range(6):
        party, p = pick(PARTIES), pick(PEOPLE)
        P = party[0].upper() + party[1:]
        yield case("conditional_pledge", "should_it_win_party_will", "",
                   f"Should it win the vote, {party} will {pick(PARTIES_ACTIONS)}.", "found",
                   [party, party.removeprefix('the ')], True)
        yield case("conditional_pledge", "party_promised_if_returned", "",
                   f"{P} promised to {pick(PARTIES_ACTIONS)} if it is returned to power.", "found",
                   [party, party.removeprefix('the ')], True)
        yield case("conditional_pledge", "leader_said_party_would_if_elected",
                   f"{p.full} leads {party}.",
                   f"{p.last} said {party} would {pick(PARTIES_ACTIONS)} if elected in May.", "found",
                   [party, party.removeprefix('the ')], True)


# --- negatives ---------------------------------------------------------------------------

def prediction_about_others() -> Iterator[Case]:
    for _ in range(5):
        c, c2, co, p = pick(COUNTRIES), pick(COUNTRIES), pick(COMPANIES), pick(PEOPLE)
        yield case("prediction_about_others", "economists_believe", "",
                   f"Economists believe {co} will {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("prediction_about_others", "minister_worries_other", minister_context(p, c),
                   f"{p.last} worries that {c2.name} will close its border.", "not_found", [])
        yield case("prediction_about_others", "markets_betting", "",
                   f"Markets are betting that {c.name}'s central bank will raise interest rates.", "not_found", [])
        yield case("prediction_about_others", "observers_predict", "",
                   f"Observers predict that {co} would {pick(CO_ACTIONS)} within a year.", "not_found", [])


def world_forecast() -> Iterator[Case]:
    for _ in range(5):
        c = pick(COUNTRIES)
        yield case("world_forecast", "harvest_will_shrink", "", "Rice harvests will shrink this year, farmers warned.",
                   "not_found", [])
        yield case("world_forecast", "unemployment_will_rise", "",
                   f"Unemployment in {c.name} will rise to 9% next year, the central bank forecast.", "not_found", [])
        yield case("world_forecast", "temperatures_will_climb", "",
                   f"Temperatures will climb above 40C in {c.capital} this weekend.", "not_found", [])
        yield case("world_forecast", "oil_demand_would_peak", "",
                   "Oil demand would peak before 2030, the agency's report said.", "not_found", [])


def possibility_hedge() -> Iterator[Case]:
    for _ in range(5):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        yield case("possibility_hedge", "company_is_likely_to", "", f"{co} is likely to {pick(CO_ACTIONS)}.",
                   "not_found", [])
        yield case("possibility_hedge", "country_could_perhaps", "",
                   f"{c.name} could perhaps {pick(ACTIONS)}, diplomats said.", "not_found", [])
        yield case("possibility_hedge", "company_ought_to", "",
                   f"{co} ought to {pick(CO_ACTIONS)}, shareholders argued.", "not_found", [])
        yield case("possibility_hedge", "country_may_decide", "",
                   f"{c.name} may decide to {pick(ACTIONS)}.", "not_found", [])


def question_conditional() -> Iterator[Case]:
    for _ in range(5):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        yield case("question_conditional", "would_country_question", "", f"Would {c.name} really {pick(ACTIONS)}?",
                   "not_found", [])
        yield case("question_conditional", "not_known_whether", "",
                   f"It is not yet known whether {co} will {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("question_conditional", "had_company_it_would_have", "",
                   f"Had {co} listened to its engineers, it would have {pick(['avoided the recall', 'saved millions'])}.",
                   "not_found", [])
        yield case("question_conditional", "should_company_decide_prices_will", "",
                   f"Should {co} decide to {pick(CO_ACTIONS)}, its shares will fall.", "not_found", [])


def past_fact() -> Iterator[Case]:
    for _ in range(5):
        c, co, p = pick(COUNTRIES), pick(COMPANIES), pick(PEOPLE)
        yield case("past_fact", "country_scrapped_in_year", "", f"{c.name} scrapped its fuel subsidies in 2019.",
                   "not_found", [])
        yield case("past_fact", "company_has_already", "", f"{co} has already closed two of its plants.",
                   "not_found", [])
        yield case("past_fact", "company_said_it_had_completed", "",
                   f"{co} said it had completed the sale of its shipping arm.", "not_found", [])
        yield case("past_fact", "person_resigned_last_month", "",
                   f"{p.full} resigned from the cabinet last month.", "not_found", [])


def noun_will() -> Iterator[Case]:
    for _ in range(5):
        c = pick(COUNTRIES)
        yield case("noun_will", "will_name_told", "", "Will Harrington told reporters the deal was fair.",
                   "not_found", [])
        yield case("noun_will", "against_her_will", "", "She said she had been held against her will.",
                   "not_found", [])
        yield case("noun_will", "goodwill_gesture", "",
                   f"{c.name} released the prisoners as a gesture of goodwill.", "not_found", [])
        yield case("noun_will", "lack_of_will", "",
                   "Critics blamed a lack of political will for the delays.", "not_found", [])


def third_party_report() -> Iterator[Case]:
    for _ in range(5):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        yield case("third_party_report", "according_to_newswire", "",
                   f"According to Bloomberg, {c.name} will {pick(ACTIONS)}.", "no_commitment", [])
        yield case("third_party_report", "company_will_paper_said_citing", "",
                   f"{co} will {pick(CO_ACTIONS)}, the Wall Street Journal said, citing people familiar with the matter.",
                   "no_commitment", [])
        yield case("third_party_report", "insiders_say", "",
                   f"Insiders say {co} would {pick(CO_ACTIONS)}.", "no_commitment", [])
        yield case("third_party_report", "report_in_paper_suggested", "",
                   f"A report in Le Figaro suggested {c.name} would {pick(ACTIONS)}.", "no_commitment", [])
        yield case("third_party_report", "it_is_rumoured", "",
                   f"It is rumoured that {co} will {pick(CO_ACTIONS)}.", "not_found", [])


# --- robustness: a perturbed case and its unperturbed twin (id suffix -base) ----------------

def twin(cap: str, template: str, context: str, base: str, perturbed: str, actors: list[str],
         perturbed_context: str | None = None) -> Iterator[Case]:
    return SUITE.twin(cap, template, context, base, perturbed, actors, perturbed_context, mark_base=False)


def robust_names() -> Iterator[Case]:
    for _ in range(2):
        for person, names in SPECIAL_PEOPLE:
            plain = pick(PEOPLE)
            a = pick(["step down as chairman", "repay the loan", "publish the report"])
            yield from twin("robust_names", "special_person_vowed", "", f"{plain.full} vowed to {a}.",
                            f"{person.full} vowed to {a}.", names + plain.names())


def robust_casing() -> Iterator[Case]:
    for _ in range(6):
        co, c, p = pick(COMPANIES), pick(COUNTRIES), pick(PEOPLE)
        s = f"{co} said it would {pick(CO_ACTIONS)}."
        yield from twin("robust_casing", "upper_company", "", s, s.upper(), [co])
        s = f"{p.full} said {p.he} would {pick(['resign', 'repay the loan', 'stand down next year'])}."
        yield from twin("robust_casing", "lower_person", "", s, s.lower(), p.names())
        s = f"{c.name} pledged to {pick(ACTIONS)}."
        yield from twin("robust_casing", "headline_case_country", "", s, s.title(), c.names())


def robust_quotes() -> Iterator[Case]:
    for _ in range(6):
        co, p = pick(COMPANIES), pick(PEOPLE)
        a = pick(CO_ACTIONS)
        yield from twin("robust_quotes", "straight_we_will", "",
                        f"\u201cWe will {a.replace('its ', 'our ')},\u201d said {p.full}, head of {co}.",
                        f"\"We will {a.replace('its ', 'our ')},\" said {p.full}, head of {co}.", [co])
        yield from twin("robust_quotes", "single_quoted_action", "",
                        f"{co} said it would {a}.", f"{co} said it would '{a}'.", [co])
        yield from twin("robust_quotes", "guillemets_action", "",
                        f"{co} promised to {a}.", f"{co} promised to \u00ab{a}\u00bb.", [co])


def robust_clause() -> Iterator[Case]:
    for _ in range(6):
        co, c, p = pick(COMPANIES), pick(COUNTRIES), pick(PEOPLE)
        a = pick(CO_ACTIONS)
        yield from twin("robust_clause", "company_parenthetical", "", f"{co} said it would {a}.",
                        f"{co} (which has 9,000 staff) said it would {a}.", [co])
        yield from twin("robust_clause", "company_said_dash_clause", "", f"{co} said it would {a}.",
                        f"{co} said \u2013 after months of talks with unions \u2013 that it would {a}.", [co])
        ca = pick(ACTIONS)
        yield from twin("robust_clause", "country_apposition_pledged", "", f"{c.name} pledged to {ca}.",
                        f"{c.name}, a country of some 20 million people, pledged to {ca}.", c.names())


def robust_linebreak() -> Iterator[Case]:
    for _ in range(6):
        co, c = pick(COMPANIES), pick(COUNTRIES)
        a = pick(CO_ACTIONS)
        s = f"{co} said on Monday that it would {a}."
        yield from twin("robust_linebreak", "break_after_that", "", s, s.replace("that it", "that\nit"), [co])
        s = f"{c.name} has promised to {pick(ACTIONS)}."
        yield from twin("robust_linebreak", "crlf_inside", "", s, s.replace(" promised", "\r\npromised"), c.names())
        words = f"{co} announced that it will {pick(CO_ACTIONS)} as part of a plan to restructure.".split(" ")
        wrapped = " ".join(words[:5]) + "\n  " + " ".join(words[5:])
        yield from twin("robust_linebreak", "indented_wrap", "", " ".join(words), wrapped, [co])


def robust_paragraph() -> Iterator[Case]:
    fillers = ["Snow fell across the north overnight.", "The stock market closed slightly higher.",
               "Trains were delayed by a signal failure.", "The festival drew record crowds last year."]
    for _ in range(6):
        co, c, party = pick(COMPANIES), pick(COUNTRIES), pick(PARTIES)
        for s, names in ((f"{co} said it would {pick(CO_ACTIONS)}.", [co]),
                         (f"{c.name} pledged to {pick(ACTIONS)}.", c.names()),
                         (f"{party[0].upper() + party[1:]} promised to {pick(PARTIES_ACTIONS)}.",
                          [party, party.removeprefix('the ')])):
            before = " ".join(RNG.sample(fillers, 2))
            yield from twin("robust_paragraph", "filler_around", "", s, s, names, perturbed_context=before)


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
