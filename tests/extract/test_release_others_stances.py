"""Who is bound in a member's release when the member tells of other people: a role in
apposition after the member's name, another person's stance described by the member, and a
quote that goes on in the voice of the one named just before it (sentences written for
these tests)."""

from __future__ import annotations

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, author: str = "Delia Marchetti") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, author=author))


def actors(ex: Extractor, text: str, word: str, author: str = "Delia Marchetti") -> list[str | None]:
    return [f.actor for f in run(ex, text, author) if word in f.action]


# clause: a capitalised role in apposition after a name and its party-state tag

def test_a_name_with_its_tag_and_a_capitalised_role_is_the_subject(ex: Extractor) -> None:
    text = ("After the vote on Tuesday, Congresswoman Delia Marchetti (D-Ore.), Chairwoman of the "
            "Rural Broadband Caucus, vowed to bring fibre lines to every county in her district.")
    assert actors(ex, text, "fibre") == ["Delia Marchetti"]


def test_a_degree_and_a_tag_before_the_role_are_read_past(ex: Extractor) -> None:
    text = ("Senator Owen Halvorsen, M.D. (R-Idaho), Ranking Member of the Aging Committee, "
            "pledged to hold a hearing on hospice fraud this spring.")
    assert actors(ex, text, "hospice", author="Owen Halvorsen") == ["Owen Halvorsen"]


def test_a_role_alone_after_a_comma_is_still_not_a_name(ex: Extractor) -> None:
    # no name before the role: nothing to take instead of it
    text = "The new Chairman of the Rural Broadband Caucus vowed to bring fibre lines to every county."
    assert "Delia Marchetti" not in actors(ex, text, "fibre")


# refusal.authored-others-committed, resolution.so-am-i

def test_another_persons_commitment_told_by_the_member_binds_no_one(ex: Extractor) -> None:
    text = ("Congresswoman Delia Marchetti welcomed the letter. "
            "It shows that Secretary Albrecht is committed to closing the old depot by 2026.")
    assert actors(ex, text, "depot") == []


def test_two_leaders_committed_in_the_members_words_bind_no_one(ex: Extractor) -> None:
    text = ('"Governor Rinaldi and Mayor Oyelaran are committed to rebuilding the harbour wall," '
            'said Congresswoman Marchetti.')
    assert actors(ex, text, "harbour") == []


def test_so_am_i_binds_the_member(ex: Extractor) -> None:
    text = ('"Governor Rinaldi is committed to rebuilding the harbour wall, and so am I," '
            'said Congresswoman Marchetti.')
    assert actors(ex, text, "harbour") == ["Delia Marchetti"]


def test_the_persons_own_quote_still_binds_them(ex: Extractor) -> None:
    text = ('"I am committed to rebuilding the harbour wall," said Governor Lucio Rinaldi. '
            'Congresswoman Marchetti welcomed his words.')
    assert actors(ex, text, "harbour") == ["Lucio Rinaldi"]


def test_the_member_committed_in_the_third_person_still_pledges(ex: Extractor) -> None:
    text = "Congresswoman Delia Marchetti is committed to rebuilding the harbour wall."
    assert actors(ex, text, "harbour") == ["Delia Marchetti"]


def test_an_act_of_committing_by_another_is_no_description(ex: Extractor) -> None:
    # "has committed to" reports an act done, not a stance described
    text = "Secretary Albrecht has committed to closing the old depot by 2026."
    assert actors(ex, text, "depot") != []


# resolution.quote-after-said: a sentence ending with its speaker, then a quote of none

def test_a_quote_after_said_name_goes_on_in_that_voice(ex: Extractor) -> None:
    text = ('“The harbour is the heart of our economy, said Sen. Ingrid Voss. '
            '“I will continue to press for dredging money in the next budget.”')
    assert actors(ex, text, "dredging") == ["Ingrid Voss"]


def test_the_members_own_quote_after_her_name_stays_hers(ex: Extractor) -> None:
    text = ('“The harbour is the heart of our economy, said Congresswoman Marchetti. '
            '“I will continue to press for dredging money in the next budget.”')
    assert actors(ex, text, "dredging") == ["Delia Marchetti"]


# resolution.group-voice: "we" in a quote a group speaks

def test_we_said_by_the_delegation_is_not_the_author_alone(ex: Extractor) -> None:
    text = ("Reps. Delia Marchetti and Tomas Brightwater welcomed the arts grants. "
            "“We will continue to fight for this funding for our museums,” said the delegation.")
    assert actors(ex, text, "museums") == []


def test_we_of_the_authors_own_quote_is_still_hers(ex: Extractor) -> None:
    text = "“We will continue to fight for this funding for our museums,” said Congresswoman Marchetti."
    assert actors(ex, text, "museums") == ["Delia Marchetti"]

