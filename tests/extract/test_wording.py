"""Wordings the rules must read as English, not as a list of sentences: the progressive of
an aim verb, a condition opened by "Should", phrasal verbs that act although their verb
alone states (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    found: list[Finding] = ex.extract(Document(doc_id="t", text=text))
    return [(f.kind, f.actor) for f in found]


@pytest.mark.parametrize("verb", ["planning", "aiming", "seeking", "intending"])
def test_a_progressive_aim_is_an_intention(ex: Extractor, verb: str) -> None:
    assert run(ex, f"Ecuador is {verb} to double its bridge budget.") == [("intention", "Ecuador")]


@pytest.mark.parametrize("participle", ["planned", "intended", "meant", "designed"])
def test_a_passive_aim_binds_no_one(ex: Extractor, participle: str) -> None:
    assert run(ex, f"The levy was {participle} to fund new bridges.") == []


def test_an_opening_should_with_a_comma_clause_is_a_condition(ex: Extractor) -> None:
    found = run(ex, "Should it form the next government, the Alliance Party will scrap the bridge toll.")
    assert [kind for kind, _ in found] == ["commitment"]
    assert found[0][1] and "Alliance" in found[0][1]


def test_an_opening_should_without_a_clause_is_a_question(ex: Extractor) -> None:
    assert run(ex, "Should the Alliance Party scrap the bridge toll?") == []


@pytest.mark.parametrize("phrase", ["stand down", "stand aside"])
def test_a_phrasal_verb_acts_although_its_verb_states(ex: Extractor, phrase: str) -> None:
    assert run(ex, f"Marguerite Okafor said she would {phrase} at the next election.") == [
        ("commitment", "Marguerite Okafor")]


def test_the_stative_verb_alone_still_states(ex: Extractor) -> None:
    assert run(ex, "Marguerite Okafor said turnout would stand at 60%.") == []


@pytest.mark.parametrize("frame", ["insisted", "stressed", "told a local radio station on Sunday that"])
def test_any_reporting_verb_and_her_pronoun_make_a_person(ex: Extractor, frame: str) -> None:
    assert run(ex, f"Marguerite Okafor {frame} she would repay the campaign loan.") == [
        ("commitment", "Marguerite Okafor")]


@pytest.mark.parametrize("inserted", [
    "Ostrava Steel (which employs 4,000 people) said",
    "Ostrava Steel said – after a week of talks with the regional council – that",
    "Ostrava Steel said — after a week of talks — that",
])
def test_an_inserted_clause_does_not_hide_the_speaker(ex: Extractor, inserted: str) -> None:
    assert run(ex, f"{inserted} it would close its coke plant by 2027.") == [("commitment", "Ostrava Steel")]


@pytest.mark.parametrize("quoted", ["'close the smelter at Perth'", "‘close the smelter at Perth’"])
def test_a_single_quote_may_open_the_promised_action(ex: Extractor, quoted: str) -> None:
    assert run(ex, f"Vantor Mining said it would {quoted}.") == [("commitment", "Vantor Mining")]


def test_a_quoted_never_still_negates(ex: Extractor) -> None:
    found = ex.extract(Document(doc_id="t", text="Vantor Mining said it would 'never sell' the Perth smelter."))
    assert [(f.actor, f.negated) for f in found] == [("Vantor Mining", True)]


@pytest.mark.parametrize("frame", [
    "has given an undertaking to",
    "gave a firm commitment to",
    "has made a promise to",
    "has resolved to",
    "has unanimously resolved to",
])
def test_a_commissive_noun_or_a_resolution_binds(ex: Extractor, frame: str) -> None:
    assert run(ex, f"Brennick Foods {frame} close its Dundee bakery by March.") == [("pledge", "Brennick Foods")]


@pytest.mark.parametrize("text", [
    "Brennick Foods made a promise to its workers and kept it.",  # a promise made to someone, no action
    "The dispute was resolved to the satisfaction of both sides.",
])
def test_a_commissive_noun_without_an_action_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("pronoun", ["She", "He"])
def test_a_name_then_a_pronoun_opening_the_next_sentence_is_a_person(ex: Extractor, pronoun: str) -> None:
    text = (f"Tomasz Wierzbicki visited the shipyard on Monday. {pronoun} said {pronoun.lower()} "
            "was going to reopen the dry dock.")
    assert run(ex, text) == [("commitment", "Tomasz Wierzbicki")]


def test_a_time_of_the_telling_is_not_a_schedule_of_the_promise(ex: Extractor) -> None:
    told = "Nadia Ferrante told a television channel on Friday that she would publish her tax returns."
    assert run(ex, told) == [("commitment", "Nadia Ferrante")]
    scheduled = "Nadia Ferrante said the firm would publish its results on Friday."
    assert [kind for kind, _ in run(ex, scheduled)] == ["intention"]


@pytest.mark.parametrize("attribution", [
    "Vellmar Freight's chief executive, Jonas Albrecht, said",
    "said Jonas Albrecht, Vellmar Freight's chief executive",
])
def test_a_possessive_role_binds_we_to_the_speakers_firm(ex: Extractor, attribution: str) -> None:
    found = ex.extract(Document(doc_id="t", text=f'"We will open 12 depots by 2027," {attribution}.'))
    assert [(f.actor, f.action) for f in found] == [("Vellmar Freight", "will open 12 depots by 2027")]


def test_is_determined_to_is_an_intention_and_to_be_determined_is_not(ex: Extractor) -> None:
    assert run(ex, "Folake Adeyemi is determined to finish the ring road before the election.") == [
        ("intention", "Folake Adeyemi")]
    assert run(ex, "The levy is determined to be unlawful.") == []


def test_a_name_with_a_particle_speaks_for_its_party(ex: Extractor) -> None:
    text = '"We will cut waiting lists in half," said Rhys ap Gwilym, Plaid Cymru\'s health spokesman.'
    assert run(ex, text) == [("commitment", "Plaid Cymru")]


def test_the_firm_is_the_body_its_spokeswoman_speaks_for(ex: Extractor) -> None:
    text = "Marisol Etxeberria, a spokeswoman for Quintal Foods, said the firm would sell its dairy unit."
    assert run(ex, text) == [("commitment", "Quintal Foods")]


def test_a_time_after_the_closing_attribution_keeps_the_announcer(ex: Extractor) -> None:
    text = "The mill will be shut and its 300 workers laid off, Dunmore Textiles confirmed on Monday."
    assert run(ex, text) == [("commitment", "Dunmore Textiles")]


def _negated(ex: Extractor, text: str) -> list[tuple[str, str | None, bool]]:
    return [(f.kind, f.actor, f.negated) for f in ex.extract(Document(doc_id="t", text=text))]


def test_a_promise_not_to_act_is_negated(ex: Extractor) -> None:
    assert _negated(ex, "Oskarsson pledged not to privatise the postal service.") == [("pledge", "Oskarsson", True)]
    assert _negated(ex, "Tarvo Mining has ruled out selling the Kiruna mine.") == [("commitment", "Tarvo Mining", True)]
    assert _negated(ex, "Tarvo Mining said it had no plans to close the smelter.") == [("intention", "Tarvo Mining", True)]


@pytest.mark.parametrize("text", ["Tarvo Mining has not ruled out selling the mine.", "Police have ruled out foul play."])
def test_an_option_kept_open_or_a_finding_ruled_out_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text, kind, negated", [
    ("The Tolna Alliance is resolved to scrap the bridge toll.", "pledge", False),
    ("Uruguay is resolved not to devalue the peso.", "pledge", True),
    ("Kettleby Glassworks has given its word that it will keep the kiln open.", "pledge", False),
    ("Quillon Reinsurance reaffirmed its pledge to exit coal by 2030.", "pledge", False),
    ("Vossberg Ferroalloys bound itself to halve its emissions.", "pledge", False),
    ("Vossberg Ferroalloys agreed with its lenders to sell two plants.", "commitment", False),
])
def test_more_commissive_wordings(ex: Extractor, text: str, kind: str, negated: bool) -> None:
    found = ex.extract(Document(doc_id="t", text=text))
    assert [(f.kind, f.negated) for f in found] == [(kind, negated)]


@pytest.mark.parametrize("text, actor", [
    ("Vossberg said it would — despite fierce opposition from farmers — privatise the water board.", "Vossberg"),
    ("Aitor Etxeberria, speaking after a stormy four-hour meeting of the party executive on Tuesday evening, "
     "vowed to resign.", "Aitor Etxeberria"),
    ("Later that day Dorota Kalinowska spoke to reporters. Afterwards she confirmed that she will repay the grant.",
     "Dorota Kalinowska"),
])
def test_asides_and_openers_do_not_hide_the_actor(ex: Extractor, text: str, actor: str) -> None:
    assert [f.actor for f in ex.extract(Document(doc_id="t", text=text))] == [actor]


def test_a_future_in_the_past_is_no_promise(ex: Extractor) -> None:
    assert run(ex, "Two years later, Estonia would go on to nationalise its railways.") == []


def test_a_deadline_after_by_is_no_agent_of_an_announced_passive(ex: Extractor) -> None:
    text = "Estonia will cut ferry subsidies. The ferry line will be sold off by 2030, the ministry said."
    assert [f.rule for f in ex.extract(Document(doc_id="t", text=text))][-1:] == ["reading.passive_announcer"]


@pytest.mark.parametrize("text", [
    "Brennick Foods announced plans to open 20 bakeries.",
    "Brennick Foods has drawn up plans to close its Dundee bakery.",
    "Brennick Foods unveiled its plans to cut 300 jobs.",
])
def test_plans_announced_or_drawn_up_are_the_announcers_intention(ex: Extractor, text: str) -> None:
    assert run(ex, text) == [("intention", "Brennick Foods")]


@pytest.mark.parametrize("text", [
    "Critics of the plans to close the mine protested.",
    "The House approved his plan to cut the subsidy.",
    "Brennick Foods announced its plan to 56 creditors.",
])
def test_plans_of_others_or_without_an_action_are_not_the_subjects(ex: Extractor, text: str) -> None:
    assert [f.rule for f in ex.extract(Document(doc_id="t", text=text))] == []


def test_the_party_is_the_one_its_leader_speaks_for(ex: Extractor) -> None:
    text = "Vo Thi Hoa leads the Civic Coalition. Once in office, Hoa said, the party would nationalise the grid."
    assert run(ex, text) == [("commitment", "Civic Coalition")]


def test_a_curly_single_quote_has_its_speaker(ex: Extractor) -> None:
    text = "‘We will merge our three depots into one,’ said Zsofia Kertesz, head of Kettleby Glassworks."
    assert run(ex, text) == [("commitment", "Kettleby Glassworks")]
    # an apostrophe is no quote mark: "the company’s" opens nothing
    assert run(ex, "Kettleby Glassworks said it would close the firm’s old kiln by May.") == [
        ("commitment", "Kettleby Glassworks")]


@pytest.mark.parametrize("attribution", [
    "the Estonian economy ministry said in a statement",
    "according to a spokesperson for the Estonian government",
])
def test_a_closing_statement_or_spokesperson_announces_a_passive(ex: Extractor, attribution: str) -> None:
    text = f"Estonia will cut ferry subsidies. The loss-making ferry line will be sold off by 2030, {attribution}."
    assert [(f.actor, f.rule) for f in ex.extract(Document(doc_id="t", text=text))][-1:] == [
        ("Estonia", "reading.passive_announcer")]


def test_according_to_a_timetable_is_no_speaker(ex: Extractor) -> None:
    text = "The Trade Act will also create two advisory groups, according to a fixed timetable."
    assert run(ex, text) == []


def test_a_reported_resolution_and_a_firm_seen_publishing(ex: Extractor) -> None:
    assert run(ex, "The Latvian government said it was resolved to ringfence the hospital budget.") == [
        ("pledge", "Latvia")]
    text = "Ashgrove Hatcheries published its annual results. The group wrote to shareholders that it would sell its stake."
    assert run(ex, text) == [("commitment", "Ashgrove Hatcheries")]


def test_an_adverb_between_the_speaker_and_the_verb_keeps_the_frame(ex: Extractor) -> None:
    # "recently announced they will": the frame's speaker is the body, and "they" is it
    text = "The Harbor Transit Authority recently announced they will extend the comment period to May 9."
    got = ex.extract(Document(doc_id="t", text=text))
    assert [f.actor for f in got] == ["Harbor Transit Authority"]


def test_a_verb_that_opens_with_an_adverb_is_read_whole(ex: Extractor) -> None:
    # "allow" is not "all" + "ow", "justify" not "just" + "ify": the verb after the modal is read whole
    from tracker.extract.clause import _VERB_AFTER
    for text, verb in ((" allow volunteers to", "allow"), (" justify the cost", "justify"), (" all agree", "agree")):
        m = _VERB_AFTER.match(text)
        assert m is not None and m.group("verb") == verb


@pytest.mark.parametrize("open_, close", [("“", "”"), ("‘", "’")])
@pytest.mark.parametrize("role", ["Kestrel Mills's finance director", "finance director of Kestrel Mills"])
def test_a_quote_then_name_and_role_binds_the_role_s_body(ex: Extractor, open_: str, close: str, role: str) -> None:
    # the name speaks, not the role after it; the body the role names is "we"; the action
    # ends with the quote, not with the attribution after it
    text = f"{open_}We will shut the Leeds mill by June,{close} Ilse Brandvold, {role}, told reporters."
    found = ex.extract(Document(doc_id="t", text=text))
    assert [(f.kind, f.actor, f.speaker) for f in found] == [("commitment", "Kestrel Mills", "Ilse Brandvold")]
    assert found[0].action == "will shut the Leeds mill by June"


@pytest.mark.parametrize("who", ["you", "voters"])
def test_giving_someone_one_s_word_is_a_pledge(ex: Extractor, who: str) -> None:
    assert run(ex, f"“I give {who} my word that I will scrap the bridge toll,” Tomasz Wrona said.") \
        [:1] == [("pledge", "Tomasz Wrona")]
