"""No junk actors: a first name alone binds no one, a type comes from what the text says
of a name before its shape, and a coordination of two names binds both, each typed
(resolution.first-name-alone, resolution.type-apposition, resolution.type-not-person,
resolution.coordination)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _found(extractor: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    return [(f.actor, f.actor_type) for f in extractor.extract(Document(doc_id="t", text=text))]


def test_a_first_name_alone_binds_no_one(extractor: Extractor) -> None:
    text = "The minister's husband, Timothy, is to chair the village fete committee."
    assert _found(extractor, text) == []


def test_a_first_name_the_text_gives_a_surname_to_is_that_person(extractor: Extractor) -> None:
    text = ("Pablo Ordonez, the club's coach, said he was delighted. "
            "Pablo will lead the squad on its tour of Asia in May.")
    assert ("Pablo Ordonez", "person") in _found(extractor, text)


def test_a_surname_that_is_also_a_given_name_stays_an_actor(extractor: Extractor) -> None:
    text = "Mr Howard met farmers in Devon. Howard said he would scrap the levy."
    assert _found(extractor, text) == [("Howard", "person")]


def test_a_royal_is_named_with_the_title(extractor: Extractor) -> None:
    text = "Princess Anne will open the new hospital wing in March."
    assert _found(extractor, text) == [("Princess Anne", "person")]


@pytest.mark.parametrize("text, actor, kind", [
    ("Brellmoor, the country's largest mortgage lender, will close 40 branches.", "Brellmoor", "company"),
    ("Tavonix, the biggest Danish drugmaker, is to cut 300 jobs by June.", "Tavonix", "company"),
    ("The firm, Quellbury, will pay £3m to settle the claims.", "Quellbury", "company"),
])
def test_a_firms_noun_in_apposition_makes_a_company(extractor: Extractor, text: str, actor: str, kind: str) -> None:
    assert _found(extractor, text) == [(actor, kind)]


def test_a_shareholders_apposition_is_no_firm(extractor: Extractor) -> None:
    # "the firm's main shareholder": the firm's noun is a possessive, not the appositive's head
    text = "Kuwaiti investor Hamad Al-Rashed, the firm's main shareholder, will buy the new shares."
    assert _found(extractor, text)[0][1] != "company"


def test_a_name_the_text_calls_which_is_no_person(extractor: Extractor) -> None:
    text = ("Harriet Wolsey, which sells furniture in 200 shops, has been hit by poor sales. "
            "Harriet Wolsey is to close 30 stores next year.")
    # (a thing that sells: a firm; resolution.type-company-context)
    assert _found(extractor, text) == [("Harriet Wolsey", "company")]


def test_air_before_a_name_makes_an_airline(extractor: Extractor) -> None:
    text = "Air Kalinga will buy 12 new turboprops next year."
    assert _found(extractor, text) == [("Air Kalinga", "company")]


def test_a_bodys_noun_before_a_name_makes_an_organisation(extractor: Extractor) -> None:
    text = "Britain's biggest union Fellwork will ballot its members on strikes."
    assert _found(extractor, text) == [("Fellwork", "organisation")]


def test_a_body_noun_alone_is_that_body(extractor: Extractor) -> None:
    # which country's parliament? the text does not say: no actor "Parliament" (as "The House will")
    text = "Parliament will debate the bill in the spring."
    assert _found(extractor, text) == []


def test_a_coordination_with_a_one_word_brand_is_two_actors(extractor: Extractor) -> None:
    doc = Document(doc_id="t", text="Budget carriers Indigo Airways and FlyKart are planning to launch flights in May.")
    (f,) = extractor.extract(doc)
    assert f.actors == ["Indigo Airways", "FlyKart"]
    assert f.actor_types == ["company", "company"]


def test_a_body_named_by_two_fields_stays_one_name(extractor: Extractor) -> None:
    text = "The Senate Water and Coastal Resources Committee will hold a hearing on the bill on Monday."
    assert [a for a, _ in _found(extractor, text)] == ["Senate Water and Coastal Resources Committee"]


def test_a_guessed_type_takes_its_partners(extractor: Extractor) -> None:
    text = ("Congressman Ruiz toured the clinic. "
            "Ruiz and Pellham will present the grant to the hospital on Friday.")
    doc = Document(doc_id="t", text=text)
    (f,) = extractor.extract(doc)
    assert f.actor_types == ["person", "person"]


def test_members_of_no_one_body_bind_no_one(extractor: Extractor) -> None:
    text = "Representatives from a number of farming groups will attend the summit."
    assert _found(extractor, text) == []


def test_a_first_name_is_named_as_the_text_names_it_in_full(extractor: Extractor) -> None:
    text = ("Kenyan runner Susan Wanjiru won in Berlin last year. "
            "Susan will run in the London race in April.")
    assert _found(extractor, text) == [("Susan Wanjiru", "person")]


def test_a_first_name_that_opens_a_firms_name_is_not_dropped(extractor: Extractor) -> None:
    text = "Diana Corp makes sensors. Diana said it will close its Ohio plant next year."
    assert _found(extractor, text)[0][0] in ("Diana", "Diana Corp")


def test_legal_suffix_ends_the_whole_name(extractor: Extractor) -> None:
    text = "Hollins and Ferrow Co said it will redeem its preferred stock on May 1."
    assert [a for a, _ in _found(extractor, text)] == ["Hollins and Ferrow Co"]


def test_an_indefinite_appositive_is_the_name_it_describes(extractor: Extractor) -> None:
    text = "Harlow Mills, a Yorkshire textile company, said it will close two plants next year."
    assert _found(extractor, text) == [("Harlow Mills", "company")]


@pytest.mark.parametrize("text", [
    "If the shop folds, a better-run company will take over its leases.",
    "Also on sale is a budget airline that will fly to Lisbon.",
    "The plan calls for the sale of the assets to a new company, which will keep the brand.",
])
def test_an_imagined_or_described_firm_binds_no_one(extractor: Extractor, text: str) -> None:
    assert _found(extractor, text) == []


def test_a_firm_told_of_without_a_name_binds_it(extractor: Extractor) -> None:
    text = "A Dutch shipping group agreed to buy four tankers from the yard."
    assert _found(extractor, text) == [("Dutch shipping group", "company")]


def test_an_indefinite_group_of_people_is_a_body(extractor: Extractor) -> None:
    text = "A group of Labour backbenchers will table an amendment to the bill on Monday."
    assert _found(extractor, text) == [("group of Labour backbenchers", "organisation")]


def test_a_short_name_is_the_name_the_story_introduced(extractor: Extractor) -> None:
    text = ("Brannock Communications has made a new offer for Telvia. "
            "Brannock said it will raise its bid by $1bn if the board agrees.")
    assert _found(extractor, text) == [("Brannock Communications", "company")]


def test_a_bodys_common_noun_is_no_short_form(extractor: Extractor) -> None:
    text = ("The House Judiciary Committee met on Monday. "
            "The House will consider the bill next week.")
    assert all(a != "House Judiciary Committee" for a, _ in _found(extractor, text)[1:])


# ---- second round: body nouns and titles alone, generic plurals, acronyms, asides, things


def test_a_body_noun_alone_is_the_body_named_with_it(extractor: Extractor) -> None:
    # (resolution.common-noun-alone)
    text = ("The Harbourside Readers Caucus met in Duluth on Monday. "
            "The Caucus will double its membership by 2027.")
    assert ("Harbourside Readers Caucus", "organisation") in _found(extractor, text)


@pytest.mark.parametrize("text", [
    "The Majority will bring the zoning bill to a vote next week.",
    "The Attorney General will publish the guidance next month.",
    "The Speaker will bring the farm bill to the floor on Tuesday.",
])
def test_a_body_noun_or_title_alone_names_no_one(extractor: Extractor, text: str) -> None:
    assert all(actor in (None, "") for actor, _ in _found(extractor, text))


@pytest.mark.parametrize("text, junk", [
    ("Liberals in the assembly will create a new tax on boats.", "Liberals"),
    ("Everyday North Dakotans would pay the highest price for the new levy.", "North Dakotans"),
    ("Children will continue to walk to school along the busy road.", "Children"),
])
def test_people_in_general_bind_no_one(extractor: Extractor, text: str, junk: str) -> None:
    # (resolution.generic-plural)
    assert junk not in [actor for actor, _ in _found(extractor, text)]


def test_a_chambers_members_bind_the_chamber(extractor: Extractor) -> None:
    text = "Senate leaders met in Washington on Monday. Senators will vote on the farm bill next week."
    assert ("United States Senate", "government") in _found(extractor, text)


def test_an_acronym_has_the_type_of_the_name_it_abbreviates(extractor: Extractor) -> None:
    # (resolution.acronym-expansion)
    text = ("The Northern Rail Safety Authority (NRSA) was set up in 1998. "
            "NRSA will publish new rules for freight wagons in May.")
    assert _found(extractor, text) == [("Northern Rail Safety Authority", "organisation")]


@pytest.mark.parametrize("text, actor", [
    ("Rep. Maria Ostrander (D-VT) will introduce a bill to fund rural broadband next week.", "Maria Ostrander"),
    ("Rep. Dale Whitcomb, R-Kan., intends to introduce a bill on grain storage.", "Dale Whitcomb"),
    ("House Budget Committee Ranking Member Nora Feldstein will introduce an amendment on Friday.", "Nora Feldstein"),
])
def test_an_aside_after_a_name_is_not_part_of_it(extractor: Extractor, text: str, actor: str) -> None:
    # (resolution.aside-stripped, resolution.title-stripped)
    assert (actor, "person") in _found(extractor, text)


@pytest.mark.parametrize("text, junk", [
    ("The Coastal Heritage Trail will open to walkers in June.", "Coastal Heritage Trail"),
    ("The Pennine Cycle Highway will link three market towns by 2028.", "Pennine Cycle Highway"),
])
def test_a_thing_named_binds_no_one(extractor: Extractor, text: str, junk: str) -> None:
    # (resolution.thing-named)
    assert junk not in [actor for actor, _ in _found(extractor, text)]


def test_an_agency_noun_before_a_name_makes_a_body(extractor: Extractor) -> None:
    # (resolution.type-apposition)
    text = "The Methodist aid agency Harvestlink will host the minister's speech on Friday."
    assert _found(extractor, text) == [("Harvestlink", "organisation")]


def test_we_of_a_firms_officer_is_the_firm_typed_by_its_suffix(extractor: Extractor) -> None:
    # a side the gazetteer does not know is typed by its name (resolution.type-by-suffix)
    text = ('Corvane Group\'s managing director Ilse Marten told reporters: '
            '"If they default, we will take them to court."')
    assert ("Corvane Group", "company") in _found(extractor, text)


def test_a_bodys_noun_in_an_apposition_makes_an_organisation(extractor: Extractor) -> None:
    # (resolution.type-apposition)
    text = ("A spokesman for Railhand, Britain's biggest rail union, said talks had failed. "
            "In four days, Railhand will start balloting 80,000 workers on strikes.")
    assert ("Railhand", "organisation") in _found(extractor, text)


def test_a_capitalised_preposition_inside_a_name_keeps_it_whole(extractor: Extractor) -> None:
    # (resolution.name-with-preposition)
    text = "The Campaign Against Road Noise and the Ramblers say they will monitor the new bypass."
    assert _found(extractor, text)[0][0] == "Campaign Against Road Noise"


@pytest.mark.parametrize("text, junk", [
    ("Oregon will spend $40m on wildfire crews this summer.", "Oregon"),
    ("Sacramento will build 300 new homes for nurses by 2027.", "Sacramento"),
    ("Medicaid will pay for the new screening from next year.", "Medicaid"),
    ("We are confident that NAFTA will protect jobs in the border towns, she said.", "NAFTA"),
])
def test_a_place_or_a_programme_binds_no_one(extractor: Extractor, text: str, junk: str) -> None:
    # (resolution.place-named, resolution.thing-named)
    assert junk not in [actor for actor, _ in _found(extractor, text)]


def test_a_city_is_no_firm_the_company_refers_to(extractor: Extractor) -> None:
    # "the company" after a city: the city is no firm (resolution.place-named)
    text = ("The Canadian city of Calgary will host the rival summit next week. Thousands of campaigners "
            "are expected. The company also hopes to use the summit to recruit engineers.")
    assert "Calgary" not in [actor for actor, _ in _found(extractor, text)]


@pytest.mark.parametrize("text, actor, kind", [
    ("Volkswagen, meanwhile, says it will focus on diesel engines instead.", "Volkswagen", "company"),
    ("Harland & Wolff said it would hire 300 welders.", "Harland & Wolff", "company"),
    ("The Ministry of Fisheries will publish the new quotas in March.", "Ministry of Fisheries", "government"),
    ("Saudi prince Khalid bin Sultan will fund the new wing of the hospital.", "Khalid bin Sultan", "person"),
    ("The Caribbean Development Bank will lend $40m to rebuild the port.", "Caribbean Development Bank", "organisation"),
])
def test_a_name_alone_gets_its_type_from_what_it_is(extractor: Extractor, text: str, actor: str, kind: str) -> None:
    # (resolution.type-by-name, resolution.type-by-suffix, resolution.type-person-shape)
    assert (actor, kind) in _found(extractor, text)


def test_the_board_of_a_firm_named_as_one_is_the_firm(extractor: Extractor) -> None:
    # the antecedent's name says it is a firm, whatever noun refers to it
    text = ("Kestrel Interactive Entertainment has bought a stake in a rival studio. The board of directors "
            "said in a statement that it would continue to invest in new games.")
    assert ("Kestrel Interactive Entertainment", "company") in _found(extractor, text)


def test_the_house_alone_is_the_chamber_of_the_documents_country(extractor: Extractor) -> None:
    # (resolution.common-noun-alone: [house_alone] in actor_types.toml)
    text = ("Republicans in Congress want a vote on the farm bill. Speaker Dana Whitfield said the "
            "House will vote on the bill next week.")
    assert ("United States House of Representatives", "government") in _found(extractor, text)
    assert "House" not in [a for a, _ in _found(extractor, "The House will debate the motion on Thursday.")]


def test_a_body_after_dotted_initials_keeps_them(extractor: Extractor) -> None:
    # "U.S. Rowing Federation" is no "S. Rowing Federation"
    text = ("Officials met the U.S. Rowing Federation on Monday. The federation said it would "
            "publish new safety rules in May.")
    assert all(not (a or "").startswith("S. ") for a, _ in _found(extractor, text))


def test_a_bodys_members_named_as_a_group_are_the_body(extractor: Extractor) -> None:
    # "G7 ministers", "the G8 countries": the body, not an actor called "G7 ministers"
    text = "The minister said G20 ministers had agreed to extend the debt freeze until 2026."
    assert [a for a, _ in _found(extractor, text)] == ["G20"]


def test_a_benefit_named_binds_no_one(extractor: Extractor) -> None:
    # (resolution.thing-named: a benefit's name ends in "Pension", "Benefit", "Allowance")
    text = "The Greens' Carer's Allowance would end that unfairness, Ms Okafor argues."
    assert "Carer's Allowance" not in [a for a, _ in _found(extractor, text)]


def test_the_two_sides_are_no_person_taken_for_a_body(extractor: Extractor) -> None:
    text = ("Mercosur Trade Commissioner Elena Varga has met Canada's trade minister. "
            "Both sides hope to reach a deal by June, Ms Varga said.")
    assert all("Varga" not in (a or "") for a, _ in _found(extractor, text))


def test_a_product_is_no_firm_and_a_partner_name_is_whole(extractor: Extractor) -> None:
    # "drug Zelvaro ... Zelvaro": a product (resolution.thing-named); "Harlow & Pemberton
    # said" is the firm, not "Pemberton"
    text = ("Shares in Orvane fell after it halted sales of its asthma drug Zelvaro. Zelvaro was "
            "launched in May. Harlow & Pemberton said last week it would pay $20m to settle the claims. "
            "It has agreed to review its sales practices.")
    names = [a for a, _ in _found(extractor, text)]
    assert "Zelvaro" not in names and "Pemberton" not in names
    assert "Harlow & Pemberton" in names


@pytest.mark.parametrize("text, junk", [
    ("The USS Harriet Tubman will serve the fleet well into the next century.", "USS Harriet Tubman"),
    ("The Peru FTA will open new markets for our growers.", "Peru FTA"),
    ("45 Senators will vote against the bill on Tuesday.", "45 Senators"),
    ("Federal officials said they would study the plan further.", "Federal"),
])
def test_ships_trade_deals_counts_and_adjectives_bind_no_one(extractor: Extractor, text: str, junk: str) -> None:
    # (resolution.thing-named: thing_tails, heads; resolution.generic-plural)
    assert junk not in [a for a, _ in _found(extractor, text)]


def test_initials_and_a_surname_are_a_person(extractor: Extractor) -> None:
    text = "Assistant Secretary of the Navy for Energy, T.K. Marlowe, commits to reviewing the contract."
    assert ("T.K. Marlowe", "person") in _found(extractor, text)


def test_a_headline_in_title_case_is_no_persons_name(extractor: Extractor) -> None:
    text = ('Press Release & Letter; 9/20/2017: Ortega Calls On President Dunmore To Help Samoa Rescue And '
            'Recovery "As Quickly As Possible". He will fly to Apia on Friday, his office said.')
    assert all(" To " not in (a or "") for a, _ in _found(extractor, text))


def test_a_firm_told_of_is_the_one_the_next_sentence_names(extractor: Extractor) -> None:
    # (resolution.indefinite-np: "A Dutch bank ... Vanterpool Bank")
    text = ("A Dutch bank has said it will pay $5m to settle the claims. "
            "Vanterpool Bank will put the money in a fund run by a charity.")
    names = [a for a, _ in _found(extractor, text)]
    assert "Vanterpool Bank" in names and "Dutch bank" not in names


def test_a_countrys_body_by_its_last_word_is_no_person(extractor: Extractor) -> None:
    text = "Norway's Fjordvik Marine Holdings will close two shipyards by next spring."
    assert _found(extractor, text) == [("Fjordvik Marine Holdings", "company")]


def test_a_partys_members_in_a_chamber_are_a_body(extractor: Extractor) -> None:
    text = "Next week Senate Democrats will bring the farm bill to a vote."
    assert _found(extractor, text) == [("Senate Democrats", "organisation")]


@pytest.mark.parametrize("text, name, kind", [
    ("A spokesman said the PBGC will take over the plan's pension obligations.",
     "Pension Benefit Guaranty Corporation", "government"),
    ("Ofcom will publish its review of the mobile market in June.", "Ofcom", "government"),
    ("Hamas has pledged to hold the truce until the end of the year.", "Hamas", "organisation"),
])
def test_known_public_bodies_are_named_and_typed(extractor: Extractor, text: str, name: str, kind: str) -> None:
    assert _found(extractor, text) == [(name, kind)]


@pytest.mark.parametrize("text, name", [
    ("Secretary of Transport Dana Whitcombe will open the new rail link in June.", "Dana Whitcombe"),
    ("The Minister of State for Fisheries Colm R. Ahearn will publish the quotas next week.", "Colm R. Ahearn"),
])
def test_an_office_of_a_body_before_a_name_is_no_part_of_it(extractor: Extractor, text: str, name: str) -> None:
    assert _found(extractor, text) == [(name, "person")]


def test_two_countries_sharing_a_head_word_are_both_bound(extractor: Extractor) -> None:
    text = "North and South Korea have agreed to reopen the border crossing by August."
    found = extractor.extract(Document(doc_id="t", text=text))
    assert [f.actors for f in found] == [["North Korea", "South Korea"]]


@pytest.mark.parametrize("text", [
    "Chief Ron Ashby of the Millbrook Fire Department will run the training day.",  # a person, not the department
    "Dunmore's Bay Co said it would close two stores.",  # a firm's name holding a possessive
])
def test_no_body_is_read_from_a_name_that_only_ends_in_a_bodys_word(extractor: Extractor, text: str) -> None:
    assert all(t != "government" and a != "Bay Co" for a, t in _found(extractor, text))


def test_an_officer_of_a_body_is_a_person(extractor: Extractor) -> None:
    text = "Harbour Police Officer Dana Kemble will lead the search of the estuary at dawn."
    assert _found(extractor, text) == [("Dana Kemble", "person")]


@pytest.mark.parametrize("noun", ["commission", "council", "foundation"])
def test_a_public_body_noun_keeps_a_body_whatever_its_name_s_suffix(extractor: Extractor, noun: str) -> None:
    # "the commission" is no firm, though the name it stands for ends in "Corporation"
    text = (f"The Harwell Export Credit Corporation, a government {noun}, backs exporters. "
            f"The {noun} said it would guarantee $2bn of loans to Ghana next year.")
    assert _found(extractor, text) == [("Harwell Export Credit Corporation", "organisation")]


def test_they_is_not_a_body_named_as_a_modifier_after_a_possessive(extractor: Extractor) -> None:
    # "its NATO liaison team": NATO qualifies the team; the team's members are "they"
    text = ("Harbourline Rescue is sending at least six members of its NATO certified liaison team to help "
            "with the clean-up. They will also assist in clearing the quays.")
    assert all(actor != "NATO" for actor, _ in _found(extractor, text))


@pytest.mark.parametrize("text, actor, kind", [
    ("The Department for Transport will publish the rail timetable in May.", "Department for Transport", "government"),
    ("The Census Bureau will count the homeless in March.", "United States Census Bureau", "government"),
])
def test_a_known_government_body_is_typed_and_named_in_full(extractor: Extractor, text: str, actor: str,
                                                            kind: str) -> None:
    assert _found(extractor, text) == [(actor, kind)]
    assert extractor.lookup_actor(actor).parent in ("United Kingdom", "United States")  # type: ignore[union-attr]


def test_a_titled_person_of_a_body_is_the_person_with_the_body_as_affiliation(extractor: Extractor) -> None:
    text = "Chief Dana Whitlow of the Harrowgate Fire Department will hold two grant workshops in May."
    found = extractor.extract(Document(doc_id="t", text=text))
    assert [(f.actor, f.actor_type) for f in found] == [("Dana Whitlow", "person")]
    assert found[0].affiliations[0] == "Harrowgate Fire Department"


@pytest.mark.parametrize("title, text", [
    ("Ellison launches 'Candor' party", "Tom Ellison said Candor would field candidates in every seat in May."),
    (None, "Tom Ellison founded his new party, Candor, last week. Candor will field candidates in every seat in May."),
])
def test_a_name_the_text_calls_a_party_is_a_party(extractor: Extractor, title: str | None, text: str) -> None:
    found = extractor.extract(Document(doc_id="t", text=text, title=title))
    assert [(f.actor, f.actor_type) for f in found] == [("Candor", "party")]


def test_the_board_of_a_firm_named_by_a_short_form_is_that_firm_typed_by_its_full_name(extractor: Extractor) -> None:
    text = ("Quillon Interactive Entertainment has rejected the bid. Quillon shares rose 4%. "
            "The board of directors said in a statement that it would continue to act in the best interests "
            "of shareholders.")
    assert ("Quillon Interactive Entertainment", "company") in _found(extractor, text)


def test_exxon_is_exxonmobil() -> None:
    info = Extractor.load().lookup_actor("Exxon Corp")
    assert info is not None and (info.name, info.type) == ("ExxonMobil", "company")
    assert Extractor.load().lookup_actor("Mobil") is None  # (another firm before 1999)


@pytest.mark.parametrize("text, actor, parent", [
    # a government body the actor list does not know: the country the story is about
    ("The Chilean government announced new spending on Monday. "
     "The Economy Ministry will cut import duties on 40 goods by June.", "Economy Ministry", "Chile"),
    # a national body: the country its name's adjective names
    ("The Norwegian Sailing Federation will hold its championship in Bergen in July.",
     "Norwegian Sailing Federation", "Norway"),
])
def test_an_unknown_body_belongs_to_its_country(extractor: Extractor, text: str, actor: str, parent: str) -> None:
    found = extractor.extract(Document(doc_id="t", text=text))
    assert [(f.actor, f.affiliations) for f in found] == [(actor, [parent])]


def test_a_firm_named_with_an_adjective_and_an_acronym_get_no_country(extractor: Extractor) -> None:
    text = "The Scottish Widows board said it would pay the bonus. The ECGD will cover exports to Ghana."
    assert all(not f.affiliations for f in extractor.extract(Document(doc_id="t", text=text)))


def test_a_body_named_for_another_country_in_a_story_on_one_country_is_not_that_countrys(
        extractor: Extractor) -> None:
    text = ("Rep. Ana Whitfield (D-CA), a member of the House of Representatives, chairs the Congressional "
            "Norwegian Caucus. The Norwegian Caucus aims to strengthen the ties between the United States "
            "and Norway, the House said.")
    assert all(f.affiliations != ["Norway"] for f in extractor.extract(Document(doc_id="t", text=text)))


def test_a_count_of_members_of_a_body_binds_no_one_as_an_actor(extractor: Extractor) -> None:
    text = "“Over 120 Members of Parliament have sent a powerful message to the minister,” said Smith."
    claims = extractor.extract_claims(Document(doc_id="t", text=text))
    assert all(c.actor is None or "Members" not in c.actor for c in claims)


def test_a_given_name_before_a_common_word_is_a_person(extractor: Extractor) -> None:
    # "Pack" is a common word, but "Bob" is a given name: a person, not a body
    text = "“We will open two clinics in Fresno by June,” said Bob Pack, a patient safety advocate."
    assert _found(extractor, text) == [("Bob Pack", "person")]


def test_the_body_a_common_noun_stands_for_is_named_in_full_with_its_and(extractor: Extractor) -> None:
    text = ("Senator Ruiz chairs the Energy and Water Development Subcommittee. "
            "The Subcommittee will hold a hearing on dam safety in May.")
    assert _found(extractor, text)[0][0] == "Energy and Water Development Subcommittee"


def test_a_supporters_group_is_an_organisation_not_a_firm(extractor: Extractor) -> None:
    text = "Fans' group Redwing United - which has rallied opposition to the takeover - said it would fight any bid."
    assert _found(extractor, text) == [("Redwing United", "organisation")]


@pytest.mark.parametrize("text, actor", [
    ("Actress Julia Marsden will play the lead in a new film of Peer Gynt.", "Julia Marsden"),
    ("Sony sells consoles. Rival Sony has said it will launch a handheld console in March.", "Sony"),
])
def test_a_capitalised_common_word_before_a_name_is_not_part_of_it(extractor: Extractor, text: str,
                                                                     actor: str) -> None:
    assert [a for a, _ in _found(extractor, text)] == [actor]


def test_a_title_with_no_holder_named_binds_no_one(extractor: Extractor) -> None:
    text = ("In 2015, I was in Tarvos and met with the Prime Minister of the Federated Isles who said to me "
            "without hesitation that he would never sign the treaty.")
    assert all(actor not in ("Prime Minister", "Prime Minister of the Federated Isles")
               for actor, _ in _found(extractor, text))


def _named(extractor: Extractor, text: str) -> list[tuple[str | None, list[str]]]:
    return [(f.actor, f.actor_aliases) for f in extractor.extract(Document(doc_id="t", text=text))]


def test_an_acronym_the_text_spells_out_is_named_in_full_with_the_acronym_an_alias(extractor: Extractor) -> None:
    # (resolution.acronym-name)
    text = ("The Lowland Water Finance Corporation (LWFC) said on Monday it had approved the loan. "
            "\"LWFC will not lend to schemes that cut off the hill farms,\" said Petra Lindqvist, its chair.")
    assert _named(extractor, text) == [("Lowland Water Finance Corporation", ["LWFC"])]


def test_an_acronym_that_is_the_initials_of_the_one_firm_named_is_that_firm(extractor: Extractor) -> None:
    # (resolution.acronym-name: no brackets, the one firm of those initials)
    text = ("Korvald Shipping Corporation reported higher profits on Tuesday. "
            "KSC said it would open two new yards in Bergen next year.")
    assert _named(extractor, text) == [("Korvald Shipping Corporation", ["KSC"])]


def test_an_acronym_the_text_never_spells_out_stays_as_written(extractor: Extractor) -> None:
    text = "KVX will open a new plant in Ohio next year, the company said."
    assert [a for a, _ in _named(extractor, text)] == ["KVX"]


@pytest.mark.parametrize("body", ["Second Harvest", "Open Door"])
def test_a_name_before_a_bodys_name_in_a_list_is_no_person(extractor: Extractor, body: str) -> None:
    # (resolution.body-apposition: "Second Harvest, the County Youth Sports Council, and ...")
    text = ("Marta Quill said she was delighted to be chosen for the programme. "
            f"She sits on the boards of {body}, the County Youth Sports Council, and her school's chess club. "
            "She will attend the summer session in Washington from June 3 to July 28.")
    assert [a for a, _ in _found(extractor, text)] == ["Marta Quill"]


def test_parliament_alone_is_the_parliament_of_the_country_the_story_is_about(extractor: Extractor) -> None:
    # (resolution.common-noun-alone, actor_types.toml [house_alone.Parliament]; never an actor "Parliament")
    text = ("The Home Office said the Labour government would publish its plans for the coastguard in May. "
            "Parliament will debate the coastguard bill in the autumn.")
    assert ("Parliament of the United Kingdom", "government") in _found(extractor, text)
    assert all(a != "Parliament" for a, _ in _found(extractor, text.replace("Home Office", "Elysee")))


def test_staying_on_a_subcommittee_is_an_assignment_not_a_pledge(extractor: Extractor) -> None:
    # (guard.committee_seat, "continue serving" too; a first person keeps it)
    assert _found(extractor, "Rep. Lena Ortvald was named to the Rules Committee on Monday. "
                             "She will also continue serving on the Energy and Water Subcommittee.") == []
    assert _found(extractor, "I will continue serving on the Energy and Water Subcommittee "
                             "to fight for the dam repairs.") != []


@pytest.mark.parametrize("text, full", [
    ("Officials of the Harbour Board of Trade's (HBT) council met on Monday. HBT will open a night market in May.",
     "Harbour Board of Trade"),
    ("A spokesman, Ted Sowerby of the Securities Clearing Corp (SCC), said SCC would publish new margins next week.",
     "Securities Clearing Corp"),
])
def test_an_acronym_is_named_by_the_words_of_its_letters_without_a_possessive(
        extractor: Extractor, text: str, full: str) -> None:
    # (resolution.acronym-name)
    assert [a for a, _ in _named(extractor, text)] == [full]


@pytest.mark.parametrize("text, actor", [
    ("The Senate passed the defense bill on Monday, Congressman Hal Pickett said. "
     "The Army will close two barracks at Fort Dunmore next year.", "United States Army"),
    ("Congress must fund the fleet, Senator Ada Rusk said. The Navy plans to base two new destroyers "
     "in Everett.", "United States Navy"),
    ("Labour MPs met soldiers in Wiltshire, the Ministry of Defence said. The Air Force will close "
     "two bases in Norfolk next year.", "Royal Air Force"),
])
def test_an_armed_service_alone_is_the_service_of_the_documents_country(
        extractor: Extractor, text: str, actor: str) -> None:
    # (resolution.common-noun-alone, actor_types.toml [service_alone]): never one actor
    # "Army" for every country's army
    assert (actor, "government") in _found(extractor, text)


def test_an_armed_service_of_no_country_the_text_shows_keeps_its_name(extractor: Extractor) -> None:
    text = "The Army said it will renegotiate the contract for field radios."
    assert [a for a, _ in _found(extractor, text)] == ["Army"]


@pytest.mark.parametrize("text, actor", [
    # (resolution.type-not-firm) a Corporation that serves the public, by its name ...
    ("The Fenwick Valley Community Assistance Corporation will lend $2m to rural housing schemes next year.",
     "Fenwick Valley Community Assistance Corporation"),
    ("The Dunmore Economic Development Corporation will open an office in Leeds in May.",
     "Dunmore Economic Development Corporation"),
    # ... or because the text calls it a non-profit, whatever noun heads it
    ("Mayor Ortiz joined Arvenna, a Bronx non-profit financial assistance firm, on Monday. "
     "Arvenna will open two free tax clinics next year.", "Arvenna"),
])
def test_a_public_or_non_profit_body_is_no_firm(extractor: Extractor, text: str, actor: str) -> None:
    assert (actor, "organisation") in _found(extractor, text)


def test_a_firm_named_corporation_stays_a_firm(extractor: Extractor) -> None:
    text = "Brellmoor Development Corporation will build 400 homes in Leeds next year."
    assert _found(extractor, text) == [("Brellmoor Development Corporation", "company")]


def test_it_after_a_firms_short_form_is_the_firm_by_the_name_it_was_introduced_by(extractor: Extractor) -> None:
    # (resolution.short-name) "Fenmoor" alone is a guess; the story introduced "Fenmoor Air"
    text = ("Fenmoor Air is cutting fares by half. The carrier says no fare will be priced higher than $499. "
            "It is also eliminating a weekend stay rule and will give refunds to customers.")
    assert ("Fenmoor Air", "company") in _found(extractor, text)
    assert all(a != "Fenmoor" for a, _ in _found(extractor, text))


def test_the_company_is_no_government_body_named_after_it(extractor: Extractor) -> None:
    text = ("Harcastle Labs Inc said it received a contract from the U.S. Air Force for studies at "
            "Air Force bases. The company said it will test soils and waters at each base.")
    assert _found(extractor, text)[-1] == ("Harcastle Labs Inc", "company")


@pytest.mark.parametrize("text, actor, alias", [
    ('Congressman Harlan R. "Buzz" Pettigrew will host a town hall in Dunmore on Monday.',
     "Buzz Pettigrew", "Harlan R. Pettigrew"),
    ("Congresswoman Marisol “Mari” Okafor will hold office hours in Fresno on Friday.",
     "Mari Okafor", "Marisol Okafor"),
])
def test_a_nickname_in_quotes_is_the_name_a_person_goes_by(extractor: Extractor, text: str, actor: str,
                                                         alias: str) -> None:
    # (resolution.person-full-name) not "Harlan R. Buzz Pettigrew"
    (f,) = extractor.extract(Document(doc_id="t", text=text))
    assert (f.actor, f.actor_type) == (actor, "person") and alias in f.actor_aliases


@pytest.mark.parametrize("text, surname", [
    ("Senator Chris Van Tassel said he will introduce the bill next week.", "Van Tassel"),
    ("Paulo Ferreira da Costa said he will open three clinics in Recife next year.", "da Costa"),
    ("Senator Al Brennick said he will introduce the bill next week.", "Brennick"),
])
def test_a_surname_alias_keeps_its_particles(extractor: Extractor, text: str, surname: str) -> None:
    # "Hollen" is no one's name: the surname alias of "Chris Van Hollen" is "Van Hollen"
    (f,) = extractor.extract(Document(doc_id="t", text=text))
    assert surname in f.actor_aliases and (" " not in surname) == (surname.split()[-1] in f.actor_aliases)


@pytest.mark.parametrize("text, person", [
    ("US tycoon Marvin Kessler said he would bid for the club in the spring.", "Marvin Kessler"),
    ("Factory manager Ottokar Brenn says he hopes to raise output by 30% in Hungary next year.", "Ottokar Brenn"),
])
def test_a_private_persons_nationality_is_no_parent(extractor: Extractor, text: str, person: str) -> None:
    # (resolution.affiliations, actor_types.toml [offices] private): a tycoon's commitments are
    # not his country's, so `list --actor "United States"` does not take them in
    found = extractor.extract(Document(doc_id="t", text=text))
    assert [(f.actor, f.affiliations) for f in found] == [(person, [])]


def test_a_countrys_minister_keeps_the_country() -> None:
    ex = Extractor.load()
    found = ex.extract(Document(doc_id="t", text="French Finance Minister Anne Corbel said she would cut the tax."))
    assert [(f.actor, f.affiliations) for f in found] == [("Anne Corbel", ["France"])]


def test_a_reserve_bank_is_a_public_bank(extractor: Extractor) -> None:
    text = "The Reserve Bank said it would offer 400 mln dlrs of treasury notes for tender next week."
    assert _found(extractor, text) == [("Reserve Bank", "organisation")]


def test_a_service_of_a_department_counts_for_its_country(extractor: Extractor) -> None:
    # the document's country climbs a body's parents ("U.S. Army": the Department of Defense,
    # the United States), so "Congressman" gives the House
    text = ("U.S. Congressman Tom Reddick announced that he will host listening sessions in Oswego. "
            "The session will be moderated by U.S. Army veteran Brian Kell.")
    found = extractor.extract(Document(doc_id="t", text=text))
    assert found[0].actor == "Tom Reddick"
    assert "United States House of Representatives" in found[0].affiliations


@pytest.mark.parametrize("text, actor", [
    ("Lord Ashgrove has promised the bishops to strengthen the safeguards in the bill.", "Lord Ashgrove"),
    ("Baroness Pellow said she would table an amendment to the bill on Monday.", "Baroness Pellow"),
])
def test_a_peer_named_by_title_and_surname_keeps_the_title(extractor: Extractor, text: str, actor: str) -> None:
    # (resolution.person-full-name) "Ashgrove" alone is no one a reader knows
    (f,) = extractor.extract(Document(doc_id="t", text=text))
    assert (f.actor, f.actor_type) == (actor, "person") and actor.split()[-1] in f.actor_aliases


def test_a_peers_title_before_a_place_is_still_that_peer(extractor: Extractor) -> None:
    text = ('Home Office minister Baroness Scotland said: "We have no intention of abolishing '
            'the mandatory life sentence."')
    assert [a for a, _ in _found(extractor, text)] == ["Baroness Scotland"]


@pytest.mark.parametrize("text, person", [
    ("The Senate must act, said NTLC President Leona K. Marsh. Marsh said she would keep fighting the tax.",
     "Leona K. Marsh"),
    ("The Senate voted on Monday. Parish Council President Ann Dupre said she would hold a vote in May.",
     "Ann Dupre"),
])
def test_a_bodys_president_is_no_officer_of_the_documents_country(extractor: Extractor, text: str,
                                                                 person: str) -> None:
    # (resolution.affiliations) the office is the body's named before it, not the government's
    found = [f for f in extractor.extract(Document(doc_id="t", text=text)) if f.actor == person]
    assert found and all("United States" not in f.affiliations for f in found)


def test_a_countrys_president_keeps_the_country(extractor: Extractor) -> None:
    text = "The Senate voted on Monday. President Dana Whitcombe said she would sign the bill."
    found = extractor.extract(Document(doc_id="t", text=text))
    assert [(f.actor, f.affiliations) for f in found] == [("Dana Whitcombe", ["United States"])]
