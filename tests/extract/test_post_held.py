"""A post someone will hold, by appointment, election or confirmation, is a fact of
office, not an act promised (guard.post_held). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, author: str | None = None) -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, author=author))


@pytest.mark.parametrize("text", [
    "Reps. Okafor and Lindqvist will serve as co-chairs of the new rural broadband caucus.",
    "She will continue to serve as ranking member of the Subcommittee on Water.",
    "If confirmed by the Senate, Judge Moreau will serve as one of three federal judges in Yuma.",
    "Harlow Mills Inc said its founder, Ada Brenner, will remain chairman.",
    "The company said vice president Tomas Ek will serve as interim chief executive.",
    "Orbis Ltd said finance director Priya Nair will take over as managing director in June.",
    "Keller will replace Dunn as chief executive on July 1, the bank said.",
    "He will assume the duties of president until a successor is found, the firm said.",
])
def test_a_post_held_is_no_promise(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "Harlow Mills Inc said it will replace its old looms with new ones by next year.",
    "Orbis Ltd said it will serve customers in Lagos from a new depot in March.",
    "Spanish Foreign Minister Ana Ruiz said she would remain in Brussels until the talks end.",
    "Okafor said she will join the governor to tour the flooded farms on Friday.",
])
def test_acts_beside_the_posts_still_count(ex: Extractor, text: str) -> None:
    assert run(ex, text)
