#!/usr/bin/env python3
"""Write a third capability suite of our own (set C), independent of generate.py,
generate_b.py and the public one.

Same capability names (so the tables line up), everything else new: people's names from
Turkish, Swahili, Korean, Finnish, Portuguese, Irish, Georgian, Tamil, Icelandic and Arabic;
countries, firms whose names are made of common English words (Brightwater Freight, Sable
Rock Insurance: hard in lower case and capitals), parties, commissive verbs (swore,
guaranteed, gave a cast-iron guarantee, renewed its promise, put in writing ...),
announcement participles (irregular ones too: shut, sold, torn down, frozen, withdrawn,
laid off, brought forward), frames (dates, "on Tuesday", inserted clauses, a quote split
by its attribution, line breaks, CRLF, straight quotes) and the negatives.

    python3 benchmarks/capabilities/generate_c.py > /tmp/own-c.jsonl
    python3 ../shared/eval/checklist.py --cases /tmp/own-c.jsonl \
        --cmd '.venv/bin/tracker extract {docs} --format jsonl' --failures 3

Nothing here is read by the extractor or its tests. Deterministic: a fixed seed.
"""

from __future__ import annotations

import textwrap
from typing import Callable, Iterator

from suite import Case, Country, Person, Suite, cap1, party_names, we, write  # (benchmarks/capabilities/suite.py, beside this script)

SUITE = Suite("ownc", 90210577)
RNG = SUITE.rng
pick = SUITE.pick
case = SUITE.case

PEOPLE = [
    Person("Elif", "Karaca", "she"), Person("Mehmet", "Yildirim", "he"),
    Person("Wanjiru", "Mwangi", "she"), Person("Baraka", "Otieno", "he"),
    Person("Ji-woo", "Park", "she"), Person("Min-jun", "Choi", "he"),
    Person("Aino", "Lehtinen", "she"), Person("Juha", "Virtanen", "he"),
    Person("Leonor", "Figueiredo", "she"), Person("Tiago", "Carvalho", "he"),
    Person("Siobhan", "Ni Bhriain", "she"), Person("Cathal", "O'Rourke", "he"),
    Person("Nino", "Beridze", "she"), Person("Levan", "Kapanadze", "he"),
    Person("Kavitha", "Subramaniam", "she"), Person("Arjun", "Raghavan", "he"),
    Person("Hafdis", "Gunnarsdottir", "she"), Person("Yasmin", "Haddad", "she"),
    Person("Omar", "Benali", "he"),
]
SPECIAL_PEOPLE = [  # spelt as they are written, with what a reader would accept
    Person("Şükrü", "Öztürk", "he", ("Sukru Ozturk", "Ozturk")),
    Person("Hafdís", "Gunnarsdóttir", "she", ("Hafdis Gunnarsdottir", "Gunnarsdottir")),
    Person("Siobhán", "Ní Bhriain", "she", ("Siobhan Ni Bhriain", "Ni Bhriain")),
    Person("Seán", "Ó Briain", "he", ("Sean O Briain", "O Briain")),
    Person("João", "Araújo-Figueiredo", "he", ("Joao Araujo-Figueiredo", "Araujo-Figueiredo")),
    Person("M.K.", "Raghavan", "he", ("MK Raghavan", "Raghavan")),
    Person("Ji-woo", "Park-Lindqvist", "she", ("Park-Lindqvist",)),
    Person("Nuño", "de la Peña", "he", ("Nuno de la Pena", "de la Pena", "De la Peña")),
]
COUNTRIES = [
    Country("Kenya", "Kenyan", "Nairobi"), Country("Chile", "Chilean", "Santiago"),
    Country("Finland", "Finnish", "Helsinki"), Country("Tunisia", "Tunisian", "Tunis"),
    Country("Portugal", "Portuguese", "Lisbon"), Country("Croatia", "Croatian", "Zagreb"),
    Country("Bangladesh", "Bangladeshi", "Dhaka"), Country("Peru", "Peruvian", "Lima"),
    Country("Latvia", "Latvian", "Riga"), Country("Ghana", "Ghanaian", "Accra"),
    Country("Nepal", "Nepali", "Kathmandu"), Country("Ireland", "Irish", "Dublin"),
]
COMPANIES = ["Brightwater Freight", "Sable Rock Insurance", "Harbourlight Ceramics", "Kestrel Mining",
             "Northgate Paper Mills", "Copperfield Rail", "Blue Heron Foods", "Ironbridge Cement",
             "Silverline Ferries", "Redcliff Breweries", "Meadowvale Dairies", "Falconer Aerospace"]
SPECIAL_COMPANIES = [("Müller & Söhne", ["Muller & Sohne", "Müller"]), ("Marks-Whitby", ["Marks Whitby"]),
                     ("Ó Sé Hauliers", ["O Se Hauliers"]), ("Åkerlund Timber", ["Akerlund Timber"]),
                     ("D'Arcy Brothers", ["DArcy Brothers", "D Arcy Brothers"]), ("K.P. Oyelowo", ["KP Oyelowo"])]
PARTIES = ["the Green Left", "the Liberal Union", "the People's Movement", "the National Renewal Party",
           "the Farmers' League", "the Unity List"]
ROLES = ["finance minister", "prime minister", "labour minister", "energy minister", "president",
         "minister of transport"]
GOV_ACTIONS = [
    "scrap the tax on sanitary products", "raise the minimum wage to $12 an hour", "open 40 new clinics by 2028",
    "freeze rail fares for two years", "phase out coal power by 2032", "build a second runway at the main airport",
    "cap rents in the capital", "hire 5,000 new teachers", "abolish university tuition fees",
    "extend free school meals to all pupils", "halve the waiting list for hip operations",
]
CO_ACTIONS = [
    "shut its smelter in Kemi", "cut 1,200 jobs", "move its headquarters to Dublin", "buy back $500m of its shares",
    "relocate its call centre to Cork", "halve its carbon emissions by 2030", "open 60 new branches",
    "recall 80,000 vehicles", "raise wages for warehouse staff by 8%", "sell its stake in the Lisbon port",
]
PARTY_ACTIONS = ["abolish the upper house", "scrap prescription charges", "cap energy bills for pensioners",
                 "build 200,000 council homes", "cut the voting age to 16", "renationalise the railways"]
PERSON_ACTIONS = ["donate his salary to a children's hospital", "publish his tax returns",
                  "step down at the end of the year", "pay back the expenses he claimed",
                  "serve a full five-year term", "sell his holiday home"]
FILLERS = ["The sun came out after a wet morning.", "Traffic was heavy on the ring road.",
           "A choir sang outside the town hall.", "The harbour was busy with fishing boats.",
           "Ticket sales for the festival opened on Friday."]


def pa(p: Person) -> str:
    """A person's action with the person's pronouns."""
    a = pick(PERSON_ACTIONS)
    return a.replace("his", p.his).replace(" he ", f" {p.he} ")


def day() -> str:
    return pick(["on Tuesday", "on Thursday", "on 3 March", "late on Friday", "on Monday evening"])


def role_context(p: Person, c: Country) -> str:
    return f"{p.full} is {c.name}'s {pick(ROLES)}."


# --- positives ---------------------------------------------------------------------------

def speech_country() -> Iterator[Case]:
    for _ in range(4):
        p, c, a = pick(PEOPLE), pick(COUNTRIES), pick(GOV_ACTIONS)
        yield case("speech_country", "surname_said_day_country_would", role_context(p, c),
                   f"{p.last} said {day()} that {c.name} would {a}.", "found", c.names())
        yield case("speech_country", "country_will_demonym_role_announced", "",
                   f"{c.name} will {a}, the {c.adj} {pick(ROLES)} announced.", "found", c.names())
        yield case("speech_country", "pronoun_assured_voters_capital_would", role_context(p, c),
                   f"{cap1(p.he)} assured voters that {c.capital} would {a}.", "found", c.names())
        yield case("speech_country", "in_interview_role_said_country_shall", "",
                   f"In an interview with a radio station, {c.name}'s {pick(ROLES)} said that {c.name} shall {a}.",
                   "found", c.names())
        yield case("speech_country", "person_told_summit_country_is_going_to", "",
                   f"{p.full} told the summit that {c.name} is going to {a}.", "found", c.names())


def speech_person() -> Iterator[Case]:
    for _ in range(4):
        p = pick(PEOPLE)
        yield case("speech_person", "title_surname_announced_would", f"{p.full} is a regional governor.",
                   f"{p.title} {p.last} announced {day()} that {p.he} would {pa(p)}.", "found", p.names())
        yield case("speech_person", "full_name_told_newspaper_will", "",
                   f"{p.full} told a local newspaper {p.he} will {pa(p)}.", "found", p.names())
        yield case("speech_person", "pronoun_insisted_would", f"{p.full} has been under pressure for weeks.",
                   f"{cap1(p.he)} insisted that {p.he} would {pa(p)}.", "found", p.names())
        yield case("speech_person", "full_name_has_made_clear_will", "",
                   f"{p.full} has made clear that {p.he} will {pa(p)}.", "found", p.names())
        yield case("speech_person", "will_surname_said_inverted", f"{p.full} chairs the audit committee.",
                   f"\"I will {pa(p).replace(p.his, 'my').replace(f' {p.he} ', ' I ')},\" {p.last} said.",
                   "found", p.names())


def company() -> Iterator[Case]:
    for _ in range(4):
        co, p, a = pick(COMPANIES), pick(PEOPLE), pick(CO_ACTIONS)
        yield case("company", "company_announced_day_it_will", "",
                   f"{co} announced {day()} that it will {a}.", "found", [co])
        yield case("company", "chair_said_group_would", f"{co} reported a fall in profits.",
                   f"The group would {a}, its chair, {p.full}, said.", "found", [co])
        yield case("company", "company_is_to_spokeswoman", "",
                   f"{co} is to {a}, a spokeswoman confirmed.", "found", [co])
        yield case("company", "company_told_investors_it_would", "",
                   f"{co} told investors at its annual meeting that it would {a}.", "found", [co])
        yield case("company", "possessive_board_has_decided_company_will", "",
                   f"{co}'s board has decided that the company will {a}.", "found", [co])


def commissive_verbs() -> Iterator[Case]:
    verbs = ["swore to", "guaranteed that {it} would", "gave a cast-iron guarantee to", "committed {itself} to",
             "renewed {its} promise to", "has pledged to", "put in writing that {it} will",
             "made a solemn promise to", "vowed {day} to", "g_agreed to"]
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
                                             itself="themselves" if plural else "itself", day=day())
            if v.startswith("g_agreed"):
                vv = "agreed in talks with unions to" if who == "company" else "agreed with donors to"
            yield case("commissive_verbs", v.replace("{", "").replace("}", "").replace(" ", "_"), "",
                       f"{cap1(subj)} {vv} {a}.", "found", names)


def first_person_quote() -> Iterator[Case]:
    for _ in range(4):
        p, c, co = pick(PEOPLE), pick(COUNTRIES), pick(COMPANIES)
        a, ca = pick(GOV_ACTIONS), pick(CO_ACTIONS)
        yield case("first_person_quote", "we_will_role_of_country_said", "",
                   f"\u201cWe will {we(a)},\u201d {p.full}, the {c.adj} {pick(ROLES)}, said {day()}.",
                   "found", c.names())
        yield case("first_person_quote", "split_quote_we_shall_ceo", "",
                   f"\u201cWe,\u201d said {p.full}, chief executive of {co}, \u201cshall {we(ca)}.\u201d",
                   "found", [co])
        yield case("first_person_quote", "split_quote_this_country_will", "",
                   f"\u201c{c.name},\u201d the {c.adj} {pick(ROLES)} said, \u201cwill {a}.\u201d",
                   "found", c.names())
        yield case("first_person_quote", "straight_we_are_going_to_spokesman", "",
                   f"\"We are going to {we(ca)},\" a spokesman for {co} told reporters.", "found", [co])
        yield case("first_person_quote", "we_intend_and_will_company_statement", "",
                   f"\u201cOur decision is final: we will {we(ca)},\u201d {co} said in a statement.", "found", [co])


PASSIVE_THINGS = [("The Kemi smelter", "shut", False), ("The state airline", "sold", False),
                  ("The old stadium", "torn down", False), ("Rail fares", "frozen", True),
                  ("The controversial tax", "withdrawn", False), ("The pension system", "overhauled", False),
                  ("About 900 staff", "laid off", True), ("The election", "brought forward", False),
                  ("The harbour wall", "rebuilt", False), ("Student debts", "written off", True),
                  ("Speed limits on motorways", "cut", True)]


def passive_announcement() -> Iterator[Case]:
    for _ in range(4):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        thing, part, plural = pick(PASSIVE_THINGS)
        when = pick(["next spring", "by the end of 2027", "within two years", "from 1 April"])
        ministry = f"{c.adj} {pick(['transport', 'finance', 'labour', 'environment'])} ministry"
        yield case("passive_announcement", "passive_will_be_ministry_announced", "",
                   f"{thing} will be {part} {when}, the {ministry} announced.", "found",
                   [ministry, ministry.split(' ', 1)[1], *c.names()])
        yield case("passive_announcement", "govt_said_day_passive_would_be", "",
                   f"The {c.adj} government said {day()} that {thing[0].lower() + thing[1:]} would be {part} {when}.",
                   "found", [f"{c.adj} government", *c.names()])
        yield case("passive_announcement", "possessive_firm_site_will_be_firm_said", "",
                   f"{co}'s depot in Tampere will be {pick(['shut', 'sold', 'torn down', 'rebuilt'])} {when}, "
                   f"the firm said.", "found", [co])
        yield case("passive_announcement", "passive_are_to_be_officials_confirmed", "",
                   f"{thing} {'are' if plural else 'is'} to be {part}, {c.adj} officials confirmed.",
                   "found", c.names())
        yield case("passive_announcement", "company_said_passive_would_be", "",
                   f"{co} said {pick(['about 300 jobs', 'two of its stores', 'its oldest plant'])} would be "
                   f"{pick(['cut', 'shut', 'sold'])} {when}.", "found", [co])


def negated_commitment() -> Iterator[Case]:
    for _ in range(4):
        c, co, party, p = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES), pick(PEOPLE)
        yield case("negated_commitment", "company_swore_it_would_never", "",
                   f"{co} swore it would never {pick(['close the Kemi smelter', 'cut staff pensions', 'sell the brand'])}.",
                   "found", [co])
        yield case("negated_commitment", "party_will_not_leader_insisted", "",
                   f"{cap1(party)} will not {pick(['raise income tax', 'privatise the health service', 'cut child benefit'])}, "
                   f"its leader insisted.", "found", party_names(party))
        yield case("negated_commitment", "country_has_no_intention_will_not", role_context(p, c),
                   f"{p.last} said {c.name} would not {pick(['devalue its currency', 'reopen the border', 'raise the fuel duty'])}.",
                   "found", c.names())
        yield case("negated_commitment", "country_guaranteed_no", "",
                   f"{c.name} guaranteed that it would not {pick(['cut pensions', 'sell the national airline', 'raise VAT'])}.",
                   "found", c.names())
        yield case("negated_commitment", "person_promised_never", "",
                   f"{p.full} promised never to {pick(['take donations from lobbyists', 'accept a second salary', 'use the official jet for holidays'])}.",
                   "found", p.names())


def intention() -> Iterator[Case]:
    for _ in range(4):
        c, co, party = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES)
        yield case("intention", "company_is_weighing", "", f"{co} is weighing whether to {pick(CO_ACTIONS)}.",
                   "found", [co], True)
        yield case("intention", "country_wants_to", "", f"{c.name} wants to {pick(GOV_ACTIONS)}.",
                   "found", c.names(), True)
        yield case("intention", "party_is_exploring", "", f"{cap1(party)} is exploring ways to {pick(PARTY_ACTIONS)}.",
                   "found", party_names(party), True)
        yield case("intention", "company_has_set_target", "",
                   f"{co} has set itself the goal to {pick(CO_ACTIONS)}.", "found", [co], True)
        yield case("intention", "govt_is_ready_to", "", f"The {c.adj} government said it was ready to {pick(GOV_ACTIONS)}.",
                   "found", c.names(), True)


def conditional_pledge() -> Iterator[Case]:
    for _ in range(4):
        party, p, c = pick(PARTIES), pick(PEOPLE), pick(COUNTRIES)
        yield case("conditional_pledge", "if_it_wins_party_will", "",
                   f"If it wins the election, {party} will {pick(PARTY_ACTIONS)}.", "found", party_names(party), True)
        yield case("conditional_pledge", "leader_said_party_would_if_returned", f"{p.full} leads {party}.",
                   f"{p.last} said a government led by {party} would {pick(PARTY_ACTIONS)} if it won.",
                   "found", party_names(party) + p.names(), True)
        yield case("conditional_pledge", "party_pledged_if_voted_in", "",
                   f"{cap1(party)} pledged to {pick(PARTY_ACTIONS)} if voted into office.", "found",
                   party_names(party), True)
        yield case("conditional_pledge", "as_long_as_country_will", "",
                   f"As long as parliament approves the budget, {c.name} will {pick(GOV_ACTIONS)}, "
                   f"the {c.adj} {pick(ROLES)} said.", "found", c.names(), True)
        yield case("conditional_pledge", "unless_courts_block_company_will", "",
                   f"Unless the courts block the deal, {pick(COMPANIES)} will {pick(CO_ACTIONS)}, it said.",
                   "found", [], True)


def _fix_conditional(cases: Iterator[Case]) -> Iterator[Case]:
    """The unless-case's actor is the company it names (filled after the sentence is written)."""
    for c in cases:
        if c["template"] == "unless_courts_block_company_will":
            c["actors"] = [co for co in COMPANIES if co in c["sentence"]]
        yield c


# --- negatives ---------------------------------------------------------------------------

def prediction_about_others() -> Iterator[Case]:
    for _ in range(4):
        c, c2, co, p = pick(COUNTRIES), pick(COUNTRIES), pick(COMPANIES), pick(PEOPLE)
        yield case("prediction_about_others", "brokers_reckon_company_will", "",
                   f"Brokers reckon {co} will {pick(CO_ACTIONS)} before the summer.", "not_found", [])
        yield case("prediction_about_others", "minister_predicted_other_would", role_context(p, c),
                   f"{p.last} predicted that {c2.name} would {pick(['impose sanctions', 'recall its ambassador', 'close the border'])}.",
                   "not_found", [])
        yield case("prediction_about_others", "economists_think_central_bank_will", "",
                   f"Most economists think the {c.adj} central bank will raise interest rates in June.",
                   "not_found", [])
        yield case("prediction_about_others", "g_called_on_other_to", "",
                   f"Campaigners called on {co} to {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("prediction_about_others", "g_pressed_other_to", role_context(p, c),
                   f"{p.last} pressed {c2.name} to {pick(['lift its ban on imports', 'release the detained journalists', 'pay its debts'])}.",
                   "not_found", [])


def world_forecast() -> Iterator[Case]:
    for _ in range(4):
        c = pick(COUNTRIES)
        yield case("world_forecast", "unemployment_will_climb", "",
                   f"Unemployment in {c.name} will climb above 7% next year, the central bank forecast.",
                   "not_found", [])
        yield case("world_forecast", "storm_will_reach", "",
                   f"The storm will reach the coast near {c.capital} on Thursday night.", "not_found", [])
        yield case("world_forecast", "copper_prices_would_stay", "",
                   "Copper prices would stay high for the rest of the decade, traders said.", "not_found", [])
        yield case("world_forecast", "g_the_rule_will_mean", "",
                   f"The new rule will mean {pick(['drivers pay more to park in the centre', 'shops must close on Sundays', 'farmers get paid sooner'])}.",
                   "not_found", [])
        yield case("world_forecast", "g_visitors_will", "",
                   f"Thousands of visitors will {pick(['crowd into the old town this weekend', 'queue for the exhibition', 'travel by ferry over Easter'])}.",
                   "not_found", [])


def possibility_hedge() -> Iterator[Case]:
    for _ in range(4):
        c, co, party = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES)
        yield case("possibility_hedge", "company_could_well", "", f"{co} could well {pick(CO_ACTIONS)}.",
                   "not_found", [])
        yield case("possibility_hedge", "country_might_eventually", "",
                   f"{c.name} might eventually {pick(GOV_ACTIONS)}, diplomats said.", "not_found", [])
        yield case("possibility_hedge", "party_ought_to", "",
                   f"{cap1(party)} ought to {pick(PARTY_ACTIONS)}, a columnist argued.", "not_found", [])
        yield case("possibility_hedge", "company_is_likely_to", "",
                   f"{co} is likely to {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("possibility_hedge", "country_may_decide_to", "",
                   f"{c.name} may decide to {pick(GOV_ACTIONS)}.", "not_found", [])


def question_conditional() -> Iterator[Case]:
    for _ in range(4):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        yield case("question_conditional", "would_company_ever_question", "",
                   f"Would {co} ever {pick(CO_ACTIONS)}?", "not_found", [])
        yield case("question_conditional", "nobody_knows_if", "",
                   f"Nobody knows if {c.name} will {pick(GOV_ACTIONS)}.", "not_found", [])
        yield case("question_conditional", "had_country_it_would_have", "",
                   f"Had {c.name} acted sooner, it would have {pick(['saved millions', 'avoided the strike', 'kept the factory open'])}.",
                   "not_found", [])
        yield case("question_conditional", "g_refused_to_say_whether", "",
                   f"{co} refused to say whether it would {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("question_conditional", "should_prices_fall_company_would_lose", "",
                   f"Should prices fall further, {co} would lose money on every tonne, analysts said.",
                   "not_found", [])


def past_fact() -> Iterator[Case]:
    for _ in range(4):
        c, co, p = pick(COUNTRIES), pick(COMPANIES), pick(PEOPLE)
        yield case("past_fact", "country_scrapped_in_year", "",
                   f"{c.name} scrapped its tax on sanitary products in 2021.", "not_found", [])
        yield case("past_fact", "company_has_already_shut", "",
                   f"{co} has already shut two of its plants.", "not_found", [])
        yield case("past_fact", "person_was_going_to_but", "",
                   f"{p.full} was going to {pa(p)} but changed {p.his} mind.", "not_found", [])
        yield case("past_fact", "company_told_it_had_cut", "",
                   f"{co} told investors {day()} that it had cut 400 jobs.", "not_found", [])
        yield case("past_fact", "last_month_country_opened", "",
                   f"Last month {c.name} opened its first offshore wind farm.", "not_found", [])


def noun_will() -> Iterator[Case]:
    for _ in range(4):
        c, p = pick(COUNTRIES), pick(PEOPLE)
        yield case("noun_will", "will_firstname_surname_past", "",
                   f"Will {pick(['Haddad', 'Otieno', 'Lehtinen', 'Carvalho'])} scored twice in the second half.",
                   "not_found", [])
        yield case("noun_will", "against_their_will", "",
                   f"Dozens of workers were held against their will, {p.last} said.", "not_found", [])
        yield case("noun_will", "show_of_goodwill", "",
                   f"As a gesture of good will, {c.name} released two fishermen.", "not_found", [])
        yield case("noun_will", "contested_the_will", "",
                   f"{p.full}'s children contested the will in court.", "not_found", [])
        yield case("noun_will", "g_courtesy_we_will_now_take_questions", "",
                   f"\u201cWe will now take a few questions,\u201d {p.last} said.", "not_found", [])


def third_party_report() -> Iterator[Case]:
    for _ in range(4):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        yield case("third_party_report", "broadcaster_reported_company_would", "",
                   f"The public broadcaster reported {day()} that {co} would {pick(CO_ACTIONS)}.",
                   "no_commitment", [])
        yield case("third_party_report", "insiders_say_country_will", "",
                   f"Insiders say {c.name} will {pick(GOV_ACTIONS)}.", "no_commitment", [])
        yield case("third_party_report", "company_is_to_people_familiar", "",
                   f"{co} is to {pick(CO_ACTIONS)}, people familiar with the matter said.", "no_commitment", [])
        yield case("third_party_report", "according_to_a_report_in", "",
                   f"According to a report in the Irish Times, {c.name} will {pick(GOV_ACTIONS)}.", "no_commitment", [])
        yield case("third_party_report", "gossip_has_it", "",
                   f"Gossip in the industry has it that {co} will {pick(CO_ACTIONS)}.", "not_found", [])


# --- robustness: a perturbed case and its unperturbed twin (id suffix -base) ----------------

def twin(cap: str, template: str, context: str, base: str, perturbed: str, actors: list[str],
         perturbed_context: str | None = None) -> Iterator[Case]:
    return SUITE.twin(cap, template, context, base, perturbed, actors, perturbed_context, mark_base=True)


def robust_names() -> Iterator[Case]:
    for person in SPECIAL_PEOPLE:
        plain = pick(PEOPLE)
        yield from twin("robust_names", "special_person_swore", "", f"{plain.full} swore to {pa(plain)}.",
                        f"{person.full} swore to {pa(person)}.", person.names() + plain.names())
        yield from twin("robust_names", "special_title_said_would", "",
                        f"{plain.title} {plain.last} said {plain.he} would {pa(plain)}.",
                        f"{person.title} {person.last} said {person.he} would {pa(person)}.",
                        person.names() + plain.names())
    for co, plain_names in SPECIAL_COMPANIES:
        plain = pick(COMPANIES)
        a = pick(CO_ACTIONS)
        yield from twin("robust_names", "special_company_announced_will", "", f"{plain} announced it will {a}.",
                        f"{co} announced it will {a}.", [co, *plain_names, plain])


def robust_casing() -> Iterator[Case]:
    for _ in range(5):
        co, c, p = pick(COMPANIES), pick(COUNTRIES), pick(PEOPLE)
        s = f"{co} announced that it would {pick(CO_ACTIONS)}."
        yield from twin("robust_casing", "upper_company_announced", "", s, s.upper(), [co])
        s = f"{co} swore to {pick(CO_ACTIONS)}."
        yield from twin("robust_casing", "lower_company_swore", "", s, s.lower(), [co])
        s = f"{p.full} said {p.he} would {pa(p)}."
        yield from twin("robust_casing", "lower_person_said", "", s, s.lower(), p.names())
        s = f"{c.name} guaranteed it would {pick(GOV_ACTIONS)}."
        yield from twin("robust_casing", "title_country_guaranteed", "", s, s.title().replace("'S ", "'s "),
                        c.names())


def robust_quotes() -> Iterator[Case]:
    for _ in range(5):
        co, p, c = pick(COMPANIES), pick(PEOPLE), pick(COUNTRIES)
        a = pick(CO_ACTIONS)
        yield from twin("robust_quotes", "straight_double_we_will_ceo", "",
                        f"\u201cWe will {we(a)},\u201d {p.full}, the head of {co}, said.",
                        f"\"We will {we(a)},\" {p.full}, the head of {co}, said.", [co])
        ga = pick(GOV_ACTIONS)
        yield from twin("robust_quotes", "straight_quoted_action", role_context(p, c),
                        f"{p.last} said {c.name} would {ga}.", f"{p.last} said {c.name} would \"{ga}\".", c.names())
        yield from twin("robust_quotes", "split_quote_country_will", role_context(p, c),
                        f"\u201c{c.name} will {ga},\u201d {p.last} said.",
                        f"\u201c{c.name},\u201d {p.last} said, \u201cwill {ga}.\u201d", c.names())
        yield from twin("robust_quotes", "guillemets_company", "",
                        f"{co} said it would {a}.", f"{co} said it would \u00ab{a}\u00bb.", [co])


def robust_clause() -> Iterator[Case]:
    for _ in range(5):
        co, c, p, party = pick(COMPANIES), pick(COUNTRIES), pick(PEOPLE), pick(PARTIES)
        a = pick(CO_ACTIONS)
        yield from twin("robust_clause", "company_whose_clause_announced", "", f"{co} announced it would {a}.",
                        f"{co}, whose shares have fallen by a third this year, announced it would {a}.", [co])
        ga = pick(GOV_ACTIONS)
        yield from twin("robust_clause", "country_said_date_and_place", "", f"{c.name} said it would {ga}.",
                        f"{c.name} said on 12 May, at a donors' conference in Geneva, that it would {ga}.", c.names())
        pa_ = pick(PARTY_ACTIONS)
        yield from twin("robust_clause", "party_parenthesis_pledged", "", f"{cap1(party)} pledged to {pa_}.",
                        f"{cap1(party)} (in opposition since 2019) pledged to {pa_}.", party_names(party))
        yield from twin("robust_clause", "person_adverb_swore", "", f"{p.full} swore to {pa(p)}.",
                        f"{p.full}, visibly moved, swore once again to {pa(p)}.", p.names())


def robust_linebreak() -> Iterator[Case]:
    for _ in range(5):
        co, c, p = pick(COMPANIES), pick(COUNTRIES), pick(PEOPLE)
        s = f"{co} announced on Wednesday that it would {pick(CO_ACTIONS)} over the next three years."
        yield from twin("robust_linebreak", "crlf_wrapped_35", "", s, "\r\n".join(textwrap.wrap(s, 35)), [co])
        s = f"{p.last} said {c.name} would {pick(GOV_ACTIONS)}."
        yield from twin("robust_linebreak", "break_after_name", role_context(p, c), s,
                        s.replace(f"{c.name} would", f"{c.name}\nwould"), c.names())
        s = f"{c.name} guaranteed that it would {pick(GOV_ACTIONS)}."
        yield from twin("robust_linebreak", "tab_indented_break", "", s, s.replace(" that ", " that\n\t"), c.names())


def robust_paragraph() -> Iterator[Case]:
    for _ in range(5):
        co, c, party, p = pick(COMPANIES), pick(COUNTRIES), pick(PARTIES), pick(PEOPLE)
        for s, names in ((f"{co} swore to {pick(CO_ACTIONS)}.", [co]),
                         (f"{c.name} said {day()} it would {pick(GOV_ACTIONS)}.", c.names()),
                         (f"{cap1(party)} renewed its promise to {pick(PARTY_ACTIONS)}.", party_names(party)),
                         (f"{p.full} told reporters {p.he} would {pa(p)}.", p.names())):
            before = " ".join(RNG.sample(FILLERS, 2))
            after = RNG.choice(FILLERS)
            pc = case("robust_paragraph", "fillers_around", before, s, "found", names, after=after)
            b = case("robust_paragraph", "fillers_around", "", s, "found", names)
            b["id"] = pc["id"] + "-base"
            b["base_of"] = pc["id"]
            yield pc
            yield b


GENERATORS: list[Callable[[], Iterator[Case]]] = [
    speech_country, speech_person, company, commissive_verbs, first_person_quote, passive_announcement,
    negated_commitment, intention, lambda: _fix_conditional(conditional_pledge()), prediction_about_others,
    world_forecast, possibility_hedge, question_conditional, past_fact, noun_will, third_party_report,
    robust_names, robust_casing, robust_quotes, robust_clause, robust_linebreak, robust_paragraph,
]


def main() -> None:
    write(GENERATORS)


if __name__ == "__main__":
    main()
