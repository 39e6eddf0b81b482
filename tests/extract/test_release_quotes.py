"""Whose quote a member's release holds: a guest's or a fellow member's quote is theirs,
not the author's, when the text names them nearest the quote (sentences written for
these tests)."""

from __future__ import annotations

from tracker.extract import Document, Extractor, Finding
from tracker.extract.explain import explain, render


def run(ex: Extractor, text: str, author: str = "Maria Okafor") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, author=author))


def actors(ex: Extractor, text: str, word: str, author: str = "Maria Okafor") -> list[str | None]:
    return [f.actor for f in run(ex, text, author) if word in f.action]


# resolution.quote-tag-comma

def test_a_senator_named_with_a_comma_after_his_tag_speaks_his_quote(ex: Extractor) -> None:
    text = ('Congresswoman Maria Okafor (OH-03) said, "This funding keeps our plant open." '
            'Senator Tomas Brightwater (D-OH), said, "I thank my colleagues for their work. '
            'I will fight to keep the depot funded in the next budget."')
    assert actors(ex, text, "depot") == ["Tomas Brightwater"]


def test_a_name_with_a_comma_before_added_speaks_the_quote(ex: Extractor) -> None:
    text = ('Rep. Maria Okafor welcomed the vote. "It is a good day for Ohio," she said. '
            'Chairman Ellison Varga, added, "We will hold hearings on the rail safety bill in May."')
    assert actors(ex, text, "hearings") != ["Maria Okafor"]


def test_the_authors_own_quote_after_a_guest_is_still_hers(ex: Extractor) -> None:
    text = ('Senator Tomas Brightwater (D-OH), said, "This is good news." '
            'Congresswoman Maria Okafor (OH-03), said, "I will keep fighting for the depot workers."')
    assert actors(ex, text, "depot workers") == ["Maria Okafor"]


# resolution.quote-after-said

def test_an_unattributed_quote_after_a_guests_said_sentence_is_the_guests(ex: Extractor) -> None:
    text = ("Rep. Maria Okafor honoured local swimmer Jonah Trevelyan on Monday. "
            "Jonah Trevelyan said he was thrilled to meet the students of Ridgeway High. "
            '"I will coach the youth team at the Ridgeway pool next summer."')
    assert actors(ex, text, "coach") == ["Jonah Trevelyan"]


def test_an_unattributed_quote_after_the_authors_said_sentence_is_hers(ex: Extractor) -> None:
    text = ("Mayor Hollis Brandt opened the new clinic on Friday. "
            "Okafor said the clinic was the result of years of work. "
            '"I will keep working to bring a second clinic to the east side."')
    assert actors(ex, text, "second clinic") == ["Maria Okafor"]


def test_a_sentence_about_a_body_does_not_name_the_quotes_voice(ex: Extractor) -> None:
    # "The agency said ...": not a person opening the sentence; the quote stays the author's
    text = ("Rep. Maria Okafor met the regional transit agency today. "
            "The agency said the budget would cover two new lines. "
            '"I will fight to add a third line to the plan."')
    assert actors(ex, text, "third line") == ["Maria Okafor"]


def test_a_quote_inside_the_said_sentence_is_left_alone(ex: Extractor) -> None:
    # the quote runs on from the sentence itself: no sentence ends before it
    text = ('Rep. Maria Okafor spoke at the port. Harbor chief Dale Momsen said the plan was '
            '"the one we will carry out next year", adding nothing more. '
            '"I will fight for the port jobs."')
    assert actors(ex, text, "port jobs") == ["Maria Okafor"]


def test_explain_names_the_resolution(ex: Extractor) -> None:
    text = ("Rep. Maria Okafor honoured local swimmer Jonah Trevelyan on Monday. "
            "Jonah Trevelyan said he was thrilled to meet the students of Ridgeway High. "
            '"I will coach the youth team at the Ridgeway pool next summer."')
    out = render(explain(ex, Document(doc_id="t", text=text, author="Maria Okafor")))
    assert "resolution.quote-after-said" in out


# resolution.quote-run-on

def test_a_quote_runs_on_after_said_name_and_her_role(ex: Extractor) -> None:
    text = ('Rep. Maria Okafor announced the grant today. "This grant opens doors for our students," '
            "said Renata Solberg, President of the Ridgeway Literacy Council. "
            '"We pledge to open two new reading rooms in Ridgeway by June."')
    assert actors(ex, text, "reading rooms") not in (["Maria Okafor"], [])


def test_a_quote_runs_on_after_said_name_and_a_relative_clause(ex: Extractor) -> None:
    text = ('Rep. Maria Okafor welcomed the rail safety bill. "The crash was a tragedy for our towns," '
            "said Rep. Anton Kesler, who represents the district where the crash happened. "
            '"I will hold a hearing on the crossing signals next month."')
    assert actors(ex, text, "hearing") == ["Anton Kesler"]


def test_a_second_sentence_after_the_attribution_ends_the_run(ex: Extractor) -> None:
    # the author tells more between the two quotes: the second is hers again
    text = ('Rep. Maria Okafor welcomed the rail safety bill. "The crash was a tragedy for our towns," '
            "said Rep. Anton Kesler, who represents the district. Okafor wrote the bill last year. "
            '"I will hold a hearing on the crossing signals next month."')
    assert actors(ex, text, "hearing") == ["Maria Okafor"]


# refusal.authored-others-promise (kept as intention)

def kinds(ex: Extractor, text: str, word: str) -> list[tuple[str | None, str]]:
    return [(f.actor, f.kind) for f in run(ex, text) if word in f.action]


def test_anothers_past_promise_told_by_the_member_is_an_intention(ex: Extractor) -> None:
    text = ("Rep. Maria Okafor voted against the bill. "
            "Governor Lyle Brandt promised his plan would cut commuter fares by half.")
    assert [k for _, k in kinds(ex, text, "fares")] == ["intention"]


def test_anothers_promise_of_an_outcome_with_that_is_an_intention(ex: Extractor) -> None:
    text = ("Rep. Maria Okafor voted against the plan. "
            "Governor Lyle Brandt promised Ohio families that his plan would create 40,000 jobs by 2020.")
    assert [k for _, k in kinds(ex, text, "jobs")] == ["intention"]


def test_anothers_promise_to_act_is_still_reported_as_made(ex: Extractor) -> None:
    text = ("Rep. Maria Okafor welcomed the news. "
            "Chairman Dario Velez has promised to hold hearings on the harbor dredging in March.")
    assert [k for _, k in kinds(ex, text, "hearings")] == ["pledge"]


def test_the_members_own_promise_stays_a_pledge(ex: Extractor) -> None:
    text = "Rep. Maria Okafor pledged to hold a town hall on the harbor dredging in every county."
    assert [k for _, k in kinds(ex, text, "town hall")] == ["pledge"]


def test_first_person_promise_stays_a_pledge(ex: Extractor) -> None:
    text = '"We promised to reopen the clinic on Elm Street by June," Okafor said.'
    assert [k for _, k in kinds(ex, text, "clinic")] == ["pledge"]


def test_a_promise_in_the_present_is_not_touched(ex: Extractor) -> None:
    text = ("Rep. Maria Okafor met the mayor today. "
            "Mayor Hollis Brandt promises to open the new clinic on Elm Street by June.")
    assert [k for _, k in kinds(ex, text, "clinic")] == ["pledge"]
