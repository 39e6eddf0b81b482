#!/usr/bin/env python3
"""Write a fourth capability suite of our own (set D), independent of generate.py,
generate_b.py, generate_c.py and the public one.

Same capability names (so the tables line up), everything else new: people's names from
Greek, Indonesian, Japanese, Zulu, Dutch, Romanian, Hebrew, Amharic, Mexican Spanish,
Filipino, Marathi and Serbian (with particles, initials, hyphens, cedillas and one name
in decomposed Unicode); countries with an article ("the Philippines", "the Netherlands")
or two words; firms and parties whose names hold a known word ("the Democratic Centre",
"the Labour and Justice Party", "Northwind Airlines"); commissive verbs (undertook to,
gave an undertaking, bound itself, stands by its pledge, ruled out, signed up to ...),
announcement verbs (disclosed, confirmed in a filing, told staff in an email, decided),
irregular participles (spun off, wound up, knocked down, dug, bought back, brought in,
set up, sold off); sentence shapes (inserted relative clauses, fronted time and place
adverbials, quotes split around their attribution, quotes introduced by a colon, quotes
that run on after an attribution, hard-wrapped lines, all-capital headlines, first-person
documents whose header names their author) and the negatives (forecasts, "is expected
to", hedges, questions, refusals to comment, third-party reports, courtesies, laws and
things as subjects, bets and demands aimed at others).

    python3 benchmarks/capabilities/generate_d.py > /tmp/own-d.jsonl
    python3 ../shared/eval/checklist.py --cases /tmp/own-d.jsonl \
        --cmd '.venv/bin/tracker extract {docs} --format jsonl' --failures 3

Nothing here is read by the extractor or its tests. Deterministic: a fixed seed.
"""

from __future__ import annotations

import textwrap
import unicodedata
from typing import Callable, Iterator

from suite import Case, Country, Person, Suite, cap1, party_names, we, write  # (benchmarks/capabilities/suite.py, beside this script)

SUITE = Suite("ownd", 4417023)
RNG = SUITE.rng
pick = SUITE.pick
case = SUITE.case

PEOPLE = [
    Person("Eleni", "Papadaki", "she"), Person("Giorgos", "Stavridis", "he"),
    Person("Siti", "Rahmawati", "she"), Person("Budi", "Santoso", "he"),
    Person("Haruka", "Nishimura", "she"), Person("Takeshi", "Kobayashi", "he"),
    Person("Nomvula", "Mthembu", "she"), Person("Sipho", "Ndlovu", "he"),
    Person("Femke", "Jansen", "she"), Person("Joris", "Bakker", "he"),
    Person("Ioana", "Popescu", "she"), Person("Radu", "Ionescu", "he"),
    Person("Yael", "Rosenthal", "she"), Person("Avner", "Mizrahi", "he"),
    Person("Meseret", "Alemu", "she"), Person("Dawit", "Bekele", "he"),
    Person("Guadalupe", "Ramos", "she"), Person("Rodrigo", "Villalobos", "he"),
    Person("Maricel", "Bautista", "she"), Person("Anjali", "Deshmukh", "she"),
]
SPECIAL_PEOPLE = [  # spelt as they are written, with what a reader would accept
    Person("Đorđe", "Petrović", "he", ("Djordje Petrovic", "Dorde Petrovic", "Petrovic")),
    Person("Ştefania", "Ţurcanu", "she", ("Stefania Turcanu", "Turcanu")),
    Person("Jan-Willem", "van der Berg", "he", ("Jan Willem van der Berg", "van der Berg", "Van der Berg")),
    Person("Maria Clara", "dela Cruz", "she", ("dela Cruz", "Dela Cruz")),
    Person("Hiroshi", "Ōtani", "he", ("Hiroshi Otani", "Otani")),
    Person("Zoë", "Ben-Ami", "she", ("Zoe Ben-Ami", "Ben-Ami")),
    Person(unicodedata.normalize("NFD", "José"), unicodedata.normalize("NFD", "Ibáñez"), "he",
           ("José Ibáñez", "Jose Ibanez", "Ibáñez", "Ibanez")),  # decomposed: "e" + a combining accent
    Person("R.K.", "Chaturvedi", "he", ("RK Chaturvedi", "Chaturvedi")),
]
COUNTRIES = [
    Country("Indonesia", "Indonesian", "Jakarta"), Country("Greece", "Greek", "Athens"),
    Country("Romania", "Romanian", "Bucharest"), Country("Ethiopia", "Ethiopian", "Addis Ababa"),
    Country("Mexico", "Mexican", "Mexico City"), Country("the Philippines", "Philippine", "Manila"),
    Country("the Netherlands", "Dutch", "The Hague"), Country("South Africa", "South African", "Pretoria"),
    Country("Colombia", "Colombian", "Bogota"), Country("Jordan", "Jordanian", "Amman"),
    Country("Bulgaria", "Bulgarian", "Sofia"), Country("Sri Lanka", "Sri Lankan", "Colombo"),
]
COMPANIES = ["Halcyon Textiles", "Orchard Lane Bakeries", "Quarry Hill Aggregates", "Tidewater Shipping",
             "Amberline Pharmaceuticals", "Stonebridge Utilities", "Foxglove Cosmetics", "Granite Peak Telecom",
             "Marlow & Finch", "Zephyr Batteries", "Old Mill Distillers", "Northwind Airlines"]
SPECIAL_COMPANIES = [("Baumgärtner Verpackung", ["Baumgartner Verpackung", "Baumgärtner"]),
                     ("L'Étoile Verte", ["L'Etoile Verte", "Etoile Verte"]),
                     ("Cerámicas Ibáñez", ["Ceramicas Ibanez"]), ("O'Hare-Lindgren", ["O'Hare Lindgren", "OHare-Lindgren"]),
                     ("Sørlandet Kraft", ["Sorlandet Kraft"]), ("J.M. Okafor & Sons", ["JM Okafor & Sons", "J.M. Okafor"])]
PARTIES = ["the Democratic Centre", "the Labour and Justice Party", "the New Dawn Alliance",
           "the Coastal Independents", "the Free Citizens' Union", "the Movement for Renewal"]
ROLES = ["finance minister", "prime minister", "health minister", "president", "minister of energy",
         "deputy prime minister"]
GOV_ACTIONS = [
    "raise the state pension by 6% next year", "build 300 kilometres of new railway", "ban single-use plastic bags",
    "cut the corporate tax rate to 18%", "double the number of midwives by 2030", "close the last coal mine by 2029",
    "make public transport free for under-18s", "recruit 12,000 extra police officers",
    "connect every village to the power grid", "pay off the arrears owed to pharmacies",
]
GOV_GERUNDS = ["raising value added tax", "privatising the state railway", "cutting the child allowance",
               "lifting the ban on night flights", "selling the national lottery"]
CO_ACTIONS = [
    "close 40 of its stores", "move its head office to Rotterdam", "invest $2bn in a new plant",
    "cut 2,300 jobs", "stop selling diesel cars by 2028", "pay a bonus of $1,000 to every employee",
    "build a battery factory near Plovdiv", "return $800m to shareholders",
    "double its research budget", "pull out of the Russian market",
]
PARTY_ACTIONS = ["abolish the senate", "introduce a four-day working week in the civil service",
                 "cut income tax for the lowest earners", "scrap tuition fees", "hold a referendum on the monarchy",
                 "freeze energy bills for two winters"]
PERSON_ACTIONS = ["repay the money in full", "publish every meeting in his diary", "give the prize money to charity",
                  "return the donation from the property developer", "stand down as chairman in March",
                  "put his company shares into a blind trust", "take no salary in his first year"]
FILLERS = ["The river burst its banks after three days of rain.", "A new bakery opened on the high street.",
           "The match was postponed because of fog.", "Schools reopened after the half-term break.",
           "The museum will stay open late on Thursdays."]


def pa(p: Person) -> str:
    """A person's action with the person's pronouns."""
    a = pick(PERSON_ACTIONS)
    return a.replace("his", p.his)


def pa_first(p: Person) -> str:
    """A person's action in the first person."""
    return pick(PERSON_ACTIONS).replace("his", "my")


def day() -> str:
    return pick(["on Wednesday", "on Sunday", "on 14 June", "late on Monday", "on Friday morning"])


def role_context(p: Person, c: Country) -> str:
    return f"{p.full} is {c.name}'s {pick(ROLES)}."


def the_country(c: Country) -> str:
    """The country as a sentence opens with it ("The Netherlands")."""
    return cap1(c.name)


# --- positives ---------------------------------------------------------------------------

def speech_country() -> Iterator[Case]:
    for _ in range(4):
        p, c, a = pick(PEOPLE), pick(COUNTRIES), pick(GOV_ACTIONS)
        yield case("speech_country", "fronted_time_country_will_role_told", "",
                   f"From next April, {c.name} will {a}, {p.full}, the {c.adj} {pick(ROLES)}, told parliament.",
                   "found", c.names())
        yield case("speech_country", "relative_clause_country_will_its_role_said", "",
                   f"{the_country(c)}, which holds the presidency of the regional bloc until June, will {a}, "
                   f"its {pick(ROLES)} said {day()}.", "found", c.names())
        yield case("speech_country", "cabinet_decided_country_would", "",
                   f"The {c.adj} cabinet decided {day()} that the country would {a}.", "found", c.names())
        yield case("speech_country", "speaking_in_capital_role_said_government_would", role_context(p, c),
                   f"Speaking in {c.capital}, {p.last} said {p.his} government would {a}.", "found", c.names())
        yield case("speech_country", "country_would_by_role_told_reporters", "",
                   f"{the_country(c)} would {a}, the {c.adj} {pick(ROLES)} told reporters in {c.capital}.",
                   "found", c.names())


def speech_person() -> Iterator[Case]:
    for _ in range(4):
        p = pick(PEOPLE)
        yield case("speech_person", "title_relative_clause_said_would", "",
                   f"{p.title} {p.last}, who has led the regional council since 2019, said {p.he} would {pa(p)}.",
                   "found", p.names())
        yield case("speech_person", "in_a_video_said_was_going_to", f"{p.full} is a member of parliament.",
                   f"In a video posted on {p.his} website, {p.last} said {p.he} was going to {pa(p)}.",
                   "found", p.names())
        yield case("speech_person", "told_supporters_colon_quote_i_will", "",
                   f"{p.full} told supporters {day()}: \u201cI will {pa_first(p)}.\u201d", "found", p.names())
        yield case("speech_person", "asked_replied_would", f"{p.full} chairs the city's planning board.",
                   f"Asked about the allegations, {p.last} replied that {p.he} would {pa(p)}.", "found", p.names())
        yield case("speech_person", "gave_an_assurance_would", "",
                   f"{p.full} gave an assurance that {p.he} would {pa(p)}.", "found", p.names())


def company() -> Iterator[Case]:
    for _ in range(4):
        co, p, a = pick(COMPANIES), pick(PEOPLE), pick(CO_ACTIONS)
        yield case("company", "company_which_employs_said_would", "",
                   f"{co}, which employs about 9,000 people, said {day()} it would {a}.", "found", [co])
        yield case("company", "company_confirmed_in_filing_would", "",
                   f"{co} confirmed in a filing to the stock exchange that it would {a}.", "found", [co])
        yield case("company", "fronted_deadline_company_will_ceo_told_staff", "",
                   f"Within two years, {co} will {a}, its chief executive told staff in an email.", "found", [co])
        yield case("company", "possessive_ceo_apposition_said_company_would", "",
                   f"{poss(co)} chief executive, {p.full}, said the company would {a}.", "found", [co])
        yield case("company", "company_disclosed_will", "",
                   f"{co} disclosed {day()} that it will {a}.", "found", [co])


def commissive_verbs() -> Iterator[Case]:
    verbs = ["undertook to", "gave an undertaking that {it} would", "bound {itself} to", "stands by {its} pledge to",
             "has sworn to", "signed up to a plan to", "gave {its} word that {it} would",
             "assured parliament that {it} would", "offered to", "pledges to"]
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
            plural = subj in ("the Coastal Independents",)
            vv = v.format(it="they" if plural else "it", its="their" if plural else "its",
                          itself="themselves" if plural else "itself")
            if plural and v.startswith(("stands", "pledges")):
                vv = vv.replace("stands", "stand").replace("pledges", "pledge")
            if v == "assured parliament that {it} would" and who == "company":
                vv = vv.replace("parliament", "its shareholders")
            yield case("commissive_verbs", v.replace("{", "").replace("}", "").replace(" ", "_"), "",
                       f"{cap1(subj)} {vv} {a}.", "found", names)


def first_person_quote() -> Iterator[Case]:
    for _ in range(4):
        p, c, co = pick(PEOPLE), pick(COUNTRIES), pick(COMPANIES)
        a, ca = pick(GOV_ACTIONS), pick(CO_ACTIONS)
        yield case("first_person_quote", "run_on_quote_we_will_role", "",
                   f"\u201cWe have listened,\u201d said {p.full}, the {c.adj} {pick(ROLES)}. "
                   f"\u201cWe will {we(a)} and we will do it this year.\u201d", "found", c.names())
        yield case("first_person_quote", "our_company_will_chairwoman_wrote", "",
                   f"\u201cOur company will {we(ca)},\u201d {poss(co)} chair, {p.full}, wrote in a letter to shareholders.",
                   "found", [co])
        yield case("first_person_quote", "media_release_we_are_going_to",
                   f"MEDIA RELEASE | {co}\n\n{co} has published its annual report.",
                   f"We are going to {we(ca)} before the end of 2027.", "found", [co])
        yield case("first_person_quote", "press_statement_author_i_will",
                   f"PRESS STATEMENT: {p.full}\n\nToday I met families whose homes were flooded last week.",
                   f"I will {pa_first(p)} and I will visit the valley again next month.", "found", p.names())
        yield case("first_person_quote", "speaking_to_workers_colon_we_shall", "",
                   f"Speaking to workers at the plant, {p.full} of {co} said: \u201cWe shall {we(ca)}.\u201d",
                   "found", [co])


PASSIVE_THINGS = [("The state telecoms arm", "spun off", False), ("The loss-making pension fund", "wound up", False),
                  ("The old football stadium", "knocked down", False), ("A new tunnel under the river", "dug", False),
                  ("Shares worth $1bn", "bought back", True), ("Tougher rules on lobbying", "brought in", True),
                  ("A new anti-corruption agency", "set up", False), ("The state's hotel chain", "sold off", False),
                  ("The nuclear plant at the coast", "shut down", False), ("The flooded bridges", "rebuilt", True)]


def _the(thing: str) -> str:
    """A thing inside a sentence (its capital was only the sentence's)."""
    return thing[0].lower() + thing[1:]


def poss(name: str) -> str:
    """A name's possessive: "Zephyr Batteries'", "Marlow & Finch's"."""
    return name + ("'" if name.endswith("s") else "'s")


def passive_announcement() -> Iterator[Case]:
    for _ in range(4):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        thing, part, plural = pick(PASSIVE_THINGS)
        when = pick(["by the end of 2028", "next year", "within two years", "before the summer"])
        yield case("passive_announcement", "under_the_plan_announced_by_govt_passive_will_be", "",
                   f"Under a plan announced by the {c.adj} government {day()}, {_the(thing)} will be {part} {when}.",
                   "found", [f"{c.adj} government", *c.names()])
        yield case("passive_announcement", "company_announced_its_site_would_be", "",
                   f"{co} announced that its depot in Ghent would be {pick(['shut down', 'sold off', 'knocked down'])} "
                   f"{when}.", "found", [co])
        yield case("passive_announcement", "passive_is_to_be_cabinet_decided", "",
                   f"{thing} {'are' if plural else 'is'} to be {part}, the {c.adj} cabinet decided on Wednesday.",
                   "found", [f"{c.adj} cabinet", *c.names()])
        yield case("passive_announcement", "company_said_in_statement_stores_will_be", "",
                   f"{co} said in a statement that {pick(['eleven of its shops', 'its two oldest factories', 'its bond programme'])}"
                   f" will be {pick(['shut down', 'sold off', 'wound up'])} {when}.", "found", [co])
        yield case("passive_announcement", "ministers_confirmed_passive_is_going_to_be", "",
                   f"{c.adj} ministers confirmed {day()} that {_the(thing)} {'are' if plural else 'is'} going to be {part}.",
                   "found", c.names())


def negated_commitment() -> Iterator[Case]:
    for _ in range(4):
        c, co, party, p = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES), pick(PEOPLE)
        yield case("negated_commitment", "company_would_not_under_any_circumstances", "",
                   f"{co} said it would not {pick(['close its Leeds plant', 'cut staff pay', 'sell the airline'])} "
                   f"under any circumstances.", "found", [co])
        yield case("negated_commitment", "country_will_never_role_told", "",
                   f"{the_country(c)} will never {pick(['give up its claim to the islands', 'recognise the breakaway region', 'default on its debts'])}, "
                   f"its {pick(ROLES)} told parliament.", "found", c.names())
        yield case("negated_commitment", "party_ruled_out_gerund", "",
                   f"{cap1(party)} ruled out {pick(GOV_GERUNDS)} if it wins power.", "found", party_names(party))
        yield case("negated_commitment", "person_vowed_would_not", "",
                   f"{p.full} vowed that {p.he} would not {pick(['accept any gifts from lobbyists', 'run for a third term', 'take a seat on any company board'])}.",
                   "found", p.names())
        yield case("negated_commitment", "quote_we_will_not_role_said", "",
                   f"\u201cWe will not {pick(['raise taxes on pensions', 'close a single rural hospital', 'sell state land to foreign buyers'])},\u201d "
                   f"the {c.adj} {pick(ROLES)} said.", "found", c.names())


def intention() -> Iterator[Case]:
    for _ in range(4):
        c, co, party = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES)
        yield case("intention", "company_intends_to", "", f"{co} intends to {pick(CO_ACTIONS)}.", "found", [co], True)
        yield case("intention", "country_hopes_to", "", f"{the_country(c)} hopes to {pick(GOV_ACTIONS)}.",
                   "found", c.names(), True)
        yield case("intention", "party_is_looking_at_ways_to", "",
                   f"{cap1(party)} is looking at ways to {pick(PARTY_ACTIONS)}.", "found", party_names(party), True)
        yield case("intention", "company_aims_to", "", f"{co} aims to {pick(CO_ACTIONS)}.", "found", [co], True)
        yield case("intention", "govt_is_prepared_to", "",
                   f"The {c.adj} government is prepared to {pick(GOV_ACTIONS)}, a spokesman said.",
                   "found", c.names(), True)


def conditional_pledge() -> Iterator[Case]:
    for _ in range(4):
        party, p, c, co = pick(PARTIES), pick(PEOPLE), pick(COUNTRIES), pick(COMPANIES)
        yield case("conditional_pledge", "should_it_win_party_will", "",
                   f"Should it win the election, {party} will {pick(PARTY_ACTIONS)}.", "found", party_names(party), True)
        yield case("conditional_pledge", "party_promised_if_it_forms_government", "",
                   f"{cap1(party)} promised to {pick(PARTY_ACTIONS)} if it forms the next government.", "found",
                   party_names(party), True)
        yield case("conditional_pledge", "if_elected_person_said_would", f"{p.full} leads {party}.",
                   f"If elected, {p.last} said, {p.he} would {pick(PARTY_ACTIONS)}.", "found",
                   p.names() + party_names(party), True)
        yield case("conditional_pledge", "provided_that_country_will_its_role_said", "",
                   f"Provided the loan is approved, {c.name} will {pick(GOV_ACTIONS)}, its {pick(ROLES)} said.",
                   "found", c.names(), True)
        yield case("conditional_pledge", "company_will_as_soon_as_regulators", "",
                   f"{co} will {pick(CO_ACTIONS)} as soon as regulators give their approval, it said.",
                   "found", [co], True)


# --- negatives ---------------------------------------------------------------------------

def prediction_about_others() -> Iterator[Case]:
    for _ in range(4):
        c, c2, co, p, party = pick(COUNTRIES), pick(COUNTRIES), pick(COMPANIES), pick(PEOPLE), pick(PARTIES)
        yield case("prediction_about_others", "analysts_expect_company_to", "",
                   f"Analysts at a Frankfurt bank expect {co} to {pick(CO_ACTIONS)} next year.", "not_found", [])
        yield case("prediction_about_others", "minister_confident_other_would", role_context(p, c),
                   f"{p.last} said {p.he} was confident that {c2.name} would {pick(['sign the trade deal', 'reopen its embassy', 'lift the export ban'])}.",
                   "not_found", [])
        yield case("prediction_about_others", "g_party_demanded_that_government", "",
                   f"{cap1(party)} demanded that the government {pick(['publish the audit', 'scrap the fuel levy', 'hold a public inquiry'])}.",
                   "not_found", [])
        yield case("prediction_about_others", "g_country_urged_company_to", "",
                   f"{the_country(c)} urged {co} to {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("prediction_about_others", "investors_betting_company_will", "",
                   f"Investors are betting that {co} will {pick(CO_ACTIONS)}.", "not_found", [])


def world_forecast() -> Iterator[Case]:
    for _ in range(4):
        c = pick(COUNTRIES)
        yield case("world_forecast", "inflation_expected_to_ease", "",
                   f"Inflation in {c.name} is expected to ease to 3% by the end of the year.", "not_found", [])
        yield case("world_forecast", "rain_will_sweep_forecasters_said", "",
                   f"Heavy rain will sweep across {c.capital} on Sunday, forecasters said.", "not_found", [])
        yield case("world_forecast", "g_the_law_will_require", "",
                   f"The new law will require {pick(['landlords to fit smoke alarms', 'cyclists to wear helmets', 'firms to publish pay gaps'])}.",
                   "not_found", [])
        yield case("world_forecast", "demand_will_keep_rising_body_predicted", "",
                   f"Demand for {pick(['copper', 'olive oil', 'lithium'])} will keep rising for a decade, an industry body predicted.",
                   "not_found", [])
        yield case("world_forecast", "g_commuters_will_face", "",
                   f"Commuters in {c.capital} will face delays while the bridge is repaired.", "not_found", [])


def possibility_hedge() -> Iterator[Case]:
    for _ in range(4):
        c, co, party = pick(COUNTRIES), pick(COMPANIES), pick(PARTIES)
        yield case("possibility_hedge", "company_may_be_forced_to", "", f"{co} may be forced to {pick(CO_ACTIONS)}.",
                   "not_found", [])
        yield case("possibility_hedge", "country_could_yet_officials_conceded", "",
                   f"{the_country(c)} could yet {pick(GOV_ACTIONS)}, officials conceded.", "not_found", [])
        yield case("possibility_hedge", "it_is_possible_that_party_will", "",
                   f"It is possible that {party} will {pick(PARTY_ACTIONS)}.", "not_found", [])
        yield case("possibility_hedge", "company_should_shareholders_argued", "",
                   f"{co} should {pick(CO_ACTIONS)}, shareholders argued.", "not_found", [])
        yield case("possibility_hedge", "country_is_expected_to", "",
                   f"{the_country(c)} is expected to {pick(GOV_ACTIONS)}.", "not_found", [])


def question_conditional() -> Iterator[Case]:
    for _ in range(4):
        c, co, p = pick(COUNTRIES), pick(COMPANIES), pick(PEOPLE)
        yield case("question_conditional", "is_country_going_to_question", "",
                   f"Is {c.name} going to {pick(GOV_ACTIONS)}?", "not_found", [])
        yield case("question_conditional", "it_remains_unclear_whether", "",
                   f"It remains unclear whether {co} will {pick(CO_ACTIONS)}.", "not_found", [])
        yield case("question_conditional", "if_merger_had_gone_ahead_would_have", "",
                   f"If the merger had gone ahead, {co} would have {pick(['doubled its market share', 'shed thousands of jobs', 'moved to Dublin'])}.",
                   "not_found", [])
        yield case("question_conditional", "g_declined_to_comment_on_whether", "",
                   f"{p.full} declined to comment on whether {p.he} would {pa(p)}.", "not_found", [])
        yield case("question_conditional", "what_would_happen_if", "",
                   f"What would happen if {c.name} decided to {pick(GOV_ACTIONS)}?", "not_found", [])


def past_fact() -> Iterator[Case]:
    for _ in range(4):
        c, co, p = pick(COUNTRIES), pick(COMPANIES), pick(PEOPLE)
        yield case("past_fact", "country_abolished_in_year", "",
                   f"{the_country(c)} abolished its wealth tax in 2019.", "not_found", [])
        yield case("past_fact", "company_closed_two_years_ago", "",
                   f"{co} closed its last coal-fired boiler two years ago.", "not_found", [])
        yield case("past_fact", "person_had_already_repaid", "",
                   f"{p.full} had already repaid the money by the time the inquiry began.", "not_found", [])
        yield case("past_fact", "company_said_it_had_completed", "",
                   f"{co} said {day()} it had completed the sale of its stake in a Lisbon port.", "not_found", [])
        yield case("past_fact", "when_mayor_city_built", "",
                   f"When {p.last} was mayor, the city built two new bridges.", "not_found", [])


def noun_will() -> Iterator[Case]:
    for _ in range(4):
        c, p = pick(COUNTRIES), pick(PEOPLE)
        yield case("noun_will", "will_as_first_name_said", "",
                   f"Will {pick(['Kovacs', 'Mensah', 'Lindgren', 'Okafor'])}, the festival director, said ticket sales were strong.",
                   "not_found", [])
        yield case("noun_will", "the_will_of_the_people", "",
                   f"The result reflected the will of the people, {p.last} said.", "not_found", [])
        yield case("noun_will", "left_in_his_will", "",
                   f"{p.full} left {p.his} entire estate to an animal sanctuary in {p.his} will.", "not_found", [])
        yield case("noun_will", "g_courtesy_i_will_be_brief", "",
                   f"\u201cI will be brief,\u201d {p.last} told the conference.", "not_found", [])
        yield case("noun_will", "political_will_in_capital", "",
                   f"There is little political will in {c.capital} to reform the pension system.", "not_found", [])


def third_party_report() -> Iterator[Case]:
    for _ in range(4):
        c, co = pick(COUNTRIES), pick(COMPANIES)
        yield case("third_party_report", "company_will_newspaper_reported_citing", "",
                   f"{co} will {pick(CO_ACTIONS)}, the Daily Courier reported, citing unnamed sources.",
                   "no_commitment", [])
        yield case("third_party_report", "according_to_local_media_country_is_to", "",
                   f"According to local media, {c.name} is to {pick(GOV_ACTIONS)}.", "no_commitment", [])
        yield case("third_party_report", "person_briefed_said_company_would", "",
                   f"A person briefed on the talks said {co} would {pick(CO_ACTIONS)}.", "no_commitment", [])
        yield case("third_party_report", "newspapers_reported_government_would", "",
                   f"{c.adj} newspapers reported {day()} that the government would {pick(GOV_ACTIONS)}.",
                   "no_commitment", [])
        yield case("third_party_report", "speculation_that_country_will", "",
                   f"There is speculation in {c.capital} that {c.name} will {pick(GOV_ACTIONS)}.", "not_found", [])


# --- robustness: a perturbed case and its unperturbed twin (id suffix -base) ----------------

def twin(cap: str, template: str, context: str, base: str, perturbed: str, actors: list[str],
         perturbed_context: str | None = None) -> Iterator[Case]:
    return SUITE.twin(cap, template, context, base, perturbed, actors, perturbed_context, mark_base=True)


def robust_names() -> Iterator[Case]:
    for person in SPECIAL_PEOPLE:
        plain = pick(PEOPLE)
        yield from twin("robust_names", "special_person_undertook", "", f"{plain.full} undertook to {pa(plain)}.",
                        f"{person.full} undertook to {pa(person)}.", person.names() + plain.names())
        yield from twin("robust_names", "special_title_told_reporters_would", "",
                        f"{plain.title} {plain.last} told reporters {plain.he} would {pa(plain)}.",
                        f"{person.title} {person.last} told reporters {person.he} would {pa(person)}.",
                        person.names() + plain.names())
    for co, plain_names in SPECIAL_COMPANIES:
        plain = pick(COMPANIES)
        a = pick(CO_ACTIONS)
        yield from twin("robust_names", "special_company_confirmed_will", "", f"{plain} confirmed it will {a}.",
                        f"{co} confirmed it will {a}.", [co, *plain_names, plain])


def robust_casing() -> Iterator[Case]:
    for _ in range(5):
        co, c, p, party = pick(COMPANIES), pick(COUNTRIES), pick(PEOPLE), pick(PARTIES)
        s = f"{co} said {day()} that it would {pick(CO_ACTIONS)}."
        yield from twin("robust_casing", "upper_company_said", "", s, s.upper(), [co])
        s = f"{cap1(party)} gave an undertaking to {pick(PARTY_ACTIONS)}."
        yield from twin("robust_casing", "lower_party_undertaking", "", s, s.lower(), party_names(party))
        s = f"{p.full} told supporters {p.he} would {pa(p)}."
        yield from twin("robust_casing", "upper_person_told", "", s, s.upper(), p.names())
        s = f"{the_country(c)} pledges to {pick(GOV_ACTIONS)}"
        yield from twin("robust_casing", "title_headline_country_pledges", "", s + ".",
                        s.title().replace("'S ", "'s "), c.names())


def robust_quotes() -> Iterator[Case]:
    for _ in range(5):
        co, p, c = pick(COMPANIES), pick(PEOPLE), pick(COUNTRIES)
        a = pick(CO_ACTIONS)
        yield from twin("robust_quotes", "single_curly_we_will_chair", "",
                        f"\u201cWe will {we(a)},\u201d said {p.full}, who chairs {co}.",
                        f"\u2018We will {we(a)},\u2019 said {p.full}, who chairs {co}.", [co])
        ga = pick(GOV_ACTIONS)
        yield from twin("robust_quotes", "split_quote_we_she_said_will", "",
                        f"\u201cWe will {we(ga)},\u201d the {c.adj} {pick(ROLES)} said.",
                        f"\u201cWe,\u201d the {c.adj} {pick(ROLES)} said, \u201cwill {we(ga)}.\u201d", c.names())
        yield from twin("robust_quotes", "french_guillemets_spaced", "",
                        f"\u201cWe will {we(a)},\u201d {co} said in a statement.",
                        f"\u00ab We will {we(a)} \u00bb, {co} said in a statement.", [co])
        yield from twin("robust_quotes", "straight_single_quoted_action", role_context(p, c),
                        f"{p.last} said {c.name} would {ga}.", f"{p.last} said {c.name} would '{ga}'.", c.names())


def robust_clause() -> Iterator[Case]:
    for _ in range(5):
        co, c, p, party = pick(COMPANIES), pick(COUNTRIES), pick(PEOPLE), pick(PARTIES)
        a = pick(CO_ACTIONS)
        yield from twin("robust_clause", "company_dash_aside_said", "", f"{co} said it would {a}.",
                        f"{co} \u2014 the region's largest employer after the port \u2014 said it would {a}.", [co])
        ga = pick(GOV_ACTIONS)
        yield from twin("robust_clause", "country_fronted_place_and_time", "", f"{the_country(c)} will {ga}.",
                        f"At a summit in Nairobi last week, and again on Monday, {c.name} said it will {ga}.",
                        c.names())
        pa_ = pick(PARTY_ACTIONS)
        yield from twin("robust_clause", "party_relative_clause_undertook", "", f"{cap1(party)} undertook to {pa_}.",
                        f"{cap1(party)}, which won 41 seats at the last election, undertook to {pa_}.",
                        party_names(party))
        yield from twin("robust_clause", "person_participle_clause_vowed", "", f"{p.full} vowed to {pa(p)}.",
                        f"{p.full}, speaking outside the court after the verdict, vowed to {pa(p)}.", p.names())


def robust_linebreak() -> Iterator[Case]:
    for _ in range(5):
        co, c, p = pick(COMPANIES), pick(COUNTRIES), pick(PEOPLE)
        s = f"{co} confirmed on Tuesday that it will {pick(CO_ACTIONS)} over the coming eighteen months."
        yield from twin("robust_linebreak", "hard_wrapped_40", "", s, "\n".join(textwrap.wrap(s, 40)), [co])
        s = f"{p.last} said the {c.adj} government would {pick(GOV_ACTIONS)}."
        yield from twin("robust_linebreak", "break_before_would", role_context(p, c), s,
                        s.replace(" government would", " government\nwould"), c.names())
        s = f"{the_country(c)} gave an undertaking to {pick(GOV_ACTIONS)}."
        yield from twin("robust_linebreak", "double_spaces", "", s, s.replace(" ", "  "), c.names())


def robust_paragraph() -> Iterator[Case]:
    for _ in range(5):
        co, c, party, p = pick(COMPANIES), pick(COUNTRIES), pick(PARTIES), pick(PEOPLE)
        for s, names in ((f"{co} undertook to {pick(CO_ACTIONS)}.", [co]),
                         (f"{the_country(c)} said {day()} it would {pick(GOV_ACTIONS)}.", c.names()),
                         (f"{cap1(party)} {'stand by their' if party == 'the Coastal Independents' else 'stands by its'} "
                          f"pledge to {pick(PARTY_ACTIONS)}.", party_names(party)),
                         (f"{p.full} told a radio station {p.he} would {pa(p)}.", p.names())):
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
    negated_commitment, intention, conditional_pledge, prediction_about_others,
    world_forecast, possibility_hedge, question_conditional, past_fact, noun_will, third_party_report,
    robust_names, robust_casing, robust_quotes, robust_clause, robust_linebreak, robust_paragraph,
]


def main() -> None:
    write(GENERATORS)


if __name__ == "__main__":
    main()
