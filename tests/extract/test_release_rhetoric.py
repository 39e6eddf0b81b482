"""Press-release sentences that are not commitments: rhetoric of resolve, a hearing's
own agenda, a legislature's schedule (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, author: str = "Maria Okafor") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, author=author))


def kinds(ex: Extractor, text: str) -> list[str]:
    return [f.kind for f in run(ex, text)]


@pytest.mark.parametrize("text", [
    "We will never give in to those who threaten our harbor towns.",
    "I won't sit back and watch while the mill in Dunmore is sold off.",
    "I am not going to sit idly by as the clinic loses its doctors.",
    "We will not stand by and let the agency ignore our farmers.",
    "Our delegation will not remain silent while veterans wait for care.",
    "I will not turn a blind eye to the abuses at the Millbrook facility.",
    "We will not back down from this fight.",
    "Our caucus will never tolerate threats against election workers.",
    "Hatred has no place in our state, and it will not be tolerated.",
    "I won't rest until the families of Dunmore have answers.",
    "Our nurses deserve the best, and I will not settle for anything less.",
    "We will not accept these vicious attacks on our community.",
    "We will not let this setback deter us from the work ahead.",
    "We will not be intimidated by the threats of the cartel.",
])
def test_rhetoric_of_resolve_promises_nothing(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "I will not support the harbor bill unless it protects fishermen.",
    "I won't stop fighting for the families of Dunmore.",
    "I will continue to fight for our farmers.",
    "We will block the tax increase on small farms.",
    "Okafor said she would not settle for less than $5 million for the harbor.",
    "I will introduce legislation next week to reopen the Dunmore clinic.",
])
def test_real_pledges_beside_the_rhetoric_still_bind(ex: Extractor, text: str) -> None:
    assert kinds(ex, text) and kinds(ex, text) != ["intention"]


@pytest.mark.parametrize("text", [
    "Today we will hear from three witnesses who run rural hospitals.",
    "We will also hear about how the new rule affects small ranchers.",
    "This morning, in Bismarck, we will examine the proposed water rule.",
    "The questions we will discuss are important to every family in the district.",
    "I look forward to the testimony we will hear today.",
])
def test_a_hearings_own_agenda_promises_nothing(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_hearing_announced_for_later_is_still_found(ex: Extractor) -> None:
    assert kinds(ex, "I will hold a hearing in Dunmore next month on the clinic closure.") != []


@pytest.mark.parametrize("text", [
    "Next week, the House will once again take up the Harbor Safety Act, Okafor said.",
    "The Senate will soon consider the farm bill, Okafor said.",
    "The Agriculture Committee will complete its consideration of the bill next week, Okafor said.",
])
def test_a_legislatures_schedule_is_an_announced_vote(ex: Extractor, text: str) -> None:
    assert kinds(ex, text) in ([], ["intention"])


def test_accepting_comments_is_not_the_rhetoric_of_refusal(ex: Extractor) -> None:
    # "accept ... threats" binds as rhetoric only when refused: "will not accept these threats"
    assert kinds(ex, "We will accept public comments on threats to the salmon run until May 1.") != []


@pytest.mark.parametrize("text", [
    "The union wants assurances that the Dunmore plant will stay open.",
    "Harlow Mining also sought guarantees from the ministry that it would not raise royalties.",
])
def test_an_assurance_wanted_is_no_ones_word(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_promise_recalled_in_a_concession_is_mentioned_not_made(ex: Extractor) -> None:
    text = ("Despite the governor's promise last spring that she would reopen the Dunmore clinic, "
            "the doors are still shut.")
    assert kinds(ex, text) in ([], ["intention"])


@pytest.mark.parametrize("text", [
    "Under the bill, the Department of Labor is to certify each harbor pilot.",
    "Under the new law, the state will reimburse farmers for flood losses.",
])
def test_what_a_law_provides_is_no_ones_word(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_the_terms_of_an_agreement_still_bind(ex: Extractor) -> None:
    # (news copy, no author: in a member's release another firm's future is the author's relay)
    got = ex.extract(Document(doc_id="t", text="Under the agreement, Harlow Mining will close the Dunmore pit by 2030."))
    assert [f.kind for f in got] == ["commitment"]


@pytest.mark.parametrize("text", [
    "I would very much appreciate any help your office can give the Harlan family.",
    "I would invite you to join me in supporting the harbor bill.",
    "I would refer you to the report the inspector general released in March.",
    "I would bring to your attention that the clinic has served veterans for forty years.",
])
def test_courtesy_speech_acts_promise_nothing(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_inviting_a_witness_is_still_an_act(ex: Extractor) -> None:
    assert kinds(ex, "I will invite the Secretary to testify before the subcommittee next month.") != []


@pytest.mark.parametrize("text", [
    "Under the new system, exporters will be required to show a certificate of origin, the ministry said.",
    "Shareholder approval would also be required for the merger, Harlow Mining said.",
])
def test_an_obligation_or_a_need_is_no_undertaking(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []



@pytest.mark.parametrize("text", [
    "We will call on the county board to reopen the Dunmore clinic.",
    "Okafor said she would call upon the Secretary to release the harbor funds.",
])
def test_a_call_on_others_announced_is_an_intention(ex: Extractor, text: str) -> None:
    assert kinds(ex, text) in ([], ["intention"])
