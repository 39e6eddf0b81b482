"""General English the capability suites showed we missed: names of common words in text
of one case, commissive verbs that frame a clause ("guaranteed it would"), a time adjunct
opened by "late"/"early", a quote split by its attribution with the verb first, and
reports by people familiar with a matter or in a named paper."""

from __future__ import annotations

import pytest

from tracker.extract import Document
from tracker.extract.casing import case_view
from tracker.extract.engine import Extractor


def found(ex: Extractor, text: str) -> list[tuple[str | None, str]]:
    return [(f.actor, f.kind) for f in ex.extract(Document("g", text))]


@pytest.mark.parametrize(("text", "view"), [
    ("GREENFIELD TOWING SAID IT WOULD SELL TWO TUGS.", "Greenfield Towing said it would sell two tugs."),
    ("oakhurst paper mills vowed to keep its mill open.", "Oakhurst Paper Mills vowed to keep its mill open."),
    ("THE FREE ELECTORS PARTY IS RESOLVED TO CUT TAXES.", "The Free Electors Party is resolved to cut taxes."),
    # no name before the verb: common words stay common
    ("THE GOVERNMENT SAID IT WOULD CUT TAXES.", "The government said it would cut taxes."),
])
def test_a_name_of_common_words_is_read_up_to_its_verb(text: str, view: str) -> None:
    assert case_view(text) == view


@pytest.mark.parametrize(("text", "actor"), [
    ("GREENFIELD TOWING SAID IT WOULD SELL TWO OF ITS TUGS.", "Greenfield Towing"),
    ("oakhurst paper mills vowed to keep its mill in dover open.", "Oakhurst Paper Mills"),
])
def test_a_firm_of_common_words_in_one_case_is_the_actor(ex: Extractor, text: str, actor: str) -> None:
    assert found(ex, text)[0][0] == actor


@pytest.mark.parametrize("text", [
    "Morocco guaranteed it would build 30 desalination plants.",
    "Morocco swore it would build 30 desalination plants.",
    "Morocco said late on Thursday it would build 30 desalination plants.",
    "Morocco announced early on Monday that it would build 30 desalination plants.",
])
def test_commissive_and_timed_frames_bind_the_pronoun(ex: Extractor, text: str) -> None:
    assert ("Morocco", "commitment") in found(ex, text)


def test_a_quote_split_by_a_verb_first_attribution(ex: Extractor) -> None:
    text = "\u201cWe,\u201d said Ilse Brandt, chief executive of Harwick Logistics, \u201cwill close the Leeds depot.\u201d"
    assert found(ex, text) == [("Harwick Logistics", "commitment")]
    text = "\u201cUruguay,\u201d said Pedro Lasalle, the Uruguayan president, \u201cwill build two bridges.\u201d"
    assert found(ex, text) == [("Uruguay", "commitment")]


@pytest.mark.parametrize("text", [
    "Ostwind Haulage is to sell its depot, people familiar with the matter said.",
    "People briefed on the talks said Chile would cut its fuel duty.",
    "According to a report in the Daily Courier, Chile will cut its fuel duty.",
])
def test_second_hand_reports_are_no_commitment(ex: Extractor, text: str) -> None:
    assert all(kind not in ("pledge", "commitment") for _, kind in found(ex, text))


def test_officials_still_speak_for_their_government(ex: Extractor) -> None:
    assert found(ex, "Officials said Chile would cut its fuel duty.") == [("Chile", "commitment")]


def test_a_reporting_verb_inside_a_compound_reports_nothing(ex: Extractor) -> None:
    """'SBA-guaranteed loans' holds no reporting verb: a release's program stays the author's relay."""
    text = ("Rep. Jane Roe welcomed the new lending programs. "
            "The Rural Lending Bridge will offer SBA-guaranteed loans up to $50,000.")
    assert [f for f in found(ex, text) if f[1] in ("pledge", "commitment")] == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Ashby Tile Mills said 200 jobs would be cut by June.", "Ashby Tile Mills"),
    ("Corran Ferries said two of its routes would be closed next winter.", "Corran Ferries"),
])
def test_a_trade_word_ending_a_name_makes_it_a_firm(ex: Extractor, text: str, actor: str) -> None:
    assert found(ex, text) == [(actor, "commitment")]


@pytest.mark.parametrize("text", [
    "Pellworth Foundry's plant in Oulu will be sold next year, the firm said.",
    "Pellworth Foundry's Oulu plant is to be closed by 2028, the company told staff.",
    "Pellworth Foundry's board has decided that the company will close its Oulu plant.",
])
def test_the_firm_is_the_one_whose_thing_the_sentence_is_about(ex: Extractor, text: str) -> None:
    assert found(ex, text) == [("Pellworth Foundry", "commitment")]


def test_a_country_s_thing_announced_by_a_firm_is_not_the_country_s(ex: Extractor) -> None:
    assert all(a != "Finland" for a, _ in found(ex, "Finland's biggest ferry will be sold, the company said."))


def test_a_firm_one_holds_shares_in_is_no_place(ex: Extractor) -> None:
    text = ("Shares in Tarrant Group, which is building the new bridge, fell 9%. "
            "The Danish firm said it would finish the bridge by May.")
    assert found(ex, text) == [("Tarrant Group", "commitment")]


@pytest.mark.parametrize("text", [
    "\u201cWe will now take a few questions,\u201d Ms Dalca said.",
    "\u201cI will take your questions now,\u201d Ms Dalca said.",
])
def test_taking_questions_is_a_courtesy(ex: Extractor, text: str) -> None:
    assert found(ex, text) == []


def test_taking_steps_is_no_courtesy(ex: Extractor) -> None:
    assert found(ex, "\u201cWe will take three steps to cut costs,\u201d said Ines Dalca of Varna Shipping.") != []


@pytest.mark.parametrize("text", [
    "Word has it that Varna Shipping will sell its tankers.",
    "Rumour in the port had it that Varna Shipping would sell its tankers.",
])
def test_hearsay_is_no_one_s_word(ex: Extractor, text: str) -> None:
    assert found(ex, text) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Ines Dalca has made clear that she will repay the grant.", "Ines Dalca"),
    ("Ines Dalca told the local paper she will repay the grant.", "Ines Dalca"),
    ("Brendan O'Keeffe said Chile would cut its fuel duty.", "Chile"),
    ("Brendan O'Keeffe said he would repay the grant.", "Brendan O'Keeffe"),
])
def test_a_speaker_a_pronoun_or_an_apostrophe_shows_a_person(ex: Extractor, text: str, actor: str) -> None:
    assert found(ex, text) == [(actor, "commitment")]


@pytest.mark.parametrize(("text", "actor"), [
    ("Northgate Paper Mills said it would close its Hull site.", "Northgate Paper Mills"),
    ("The Post Office said it would close 900 branches.", "Post Office"),
    ("Granite Media Group said it would cut 200 jobs.", "Granite Media Group"),
])
def test_a_word_inside_a_firm_s_name_is_no_newspaper(ex: Extractor, text: str, actor: str) -> None:
    assert found(ex, text) == [(actor, "commitment")]


@pytest.mark.parametrize("text", [
    "Chile will cut its fuel duty, the Santiago Times reported.",
    "Analysts at Harrow Brothers said Chile would cut its fuel duty.",
    "Diplomats from Peru said Chile would cut its fuel duty.",
])
def test_the_press_and_analysts_still_report_second_hand(ex: Extractor, text: str) -> None:
    assert all(kind not in ("pledge", "commitment") for _, kind in found(ex, text))


@pytest.mark.parametrize("text", [
    "Morocco gave a cast-iron guarantee to build 30 desalination plants.",
    "Morocco gave a legally binding commitment to build 30 desalination plants.",
    "Morocco put in writing that it will build 30 desalination plants.",
])
def test_a_commissive_noun_with_its_strength_or_in_writing_is_a_pledge(ex: Extractor, text: str) -> None:
    assert ("Morocco", "pledge") in found(ex, text)


def test_an_agreement_reached_in_talks_binds(ex: Extractor) -> None:
    assert found(ex, "Varna Shipping agreed in talks with unions to keep its Burgas yard open.") == [
        ("Varna Shipping", "commitment")]


def test_a_time_after_the_attribution_is_no_speaker(ex: Extractor) -> None:
    text = "\u201cWe will build two bridges,\u201d Pedro Lasalle, the Uruguayan president, said on 3 March."
    assert found(ex, text) == [("Uruguay", "commitment")]


@pytest.mark.parametrize("text", [
    "\u201cWe will close the Leeds depot,\u201d said Ines Dalca of Harwick Logistics.",
    "\u201cThis company will close the Leeds depot,\u201d said Ines Dalca of Harwick Logistics.",
    "Ines Dalca of Harwick Logistics said they would close the Leeds depot.",
])
def test_a_person_of_a_body_speaks_for_it(ex: Extractor, text: str) -> None:
    assert found(ex, text) == [("Harwick Logistics", "commitment")]


def test_a_release_header_names_its_author(ex: Extractor) -> None:
    text = ("PRESS RELEASE \u2014 Harwick Logistics\n\nHarwick Logistics today set out its plans for 2027. "
            "We will open two depots in Leeds.")
    assert found(ex, text) == [("Harwick Logistics", "commitment")]
    # no header: no author, "we" binds no one named
    assert found(ex, "Harwick Logistics set out its plans. We will open two depots in Leeds.") != [
        ("Harwick Logistics", "commitment")]


def test_the_party_whose_leader_speaks(ex: Extractor) -> None:
    assert found(ex, "The Green Alliance's leader said the party would abolish tuition fees.") == [
        ("Green Alliance", "commitment")]
