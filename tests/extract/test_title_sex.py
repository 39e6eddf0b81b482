"""A title that tells a woman or a man ("Mrs Okafor", "Mr Lindqvist") names no one the text
shows to be of the other sex (resolution.title-sex)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


def _actors(ex: Extractor, text: str) -> list[str | None]:
    return [f.actor for f in ex.extract(Document(doc_id="t", text=text))]


@pytest.mark.parametrize("text, actor", [
    # the wife's first name given after "X's wife,"
    ("Daniel Okafor's former-actress wife, Grace, is to join the tour. "
     "Mrs Okafor will open three clinics in the north, the charity said.", "Grace Okafor"),
    # the wife named in full
    ("Pavel Lindqvist's wife, Hanna Lindqvist, runs the foundation. Mr Lindqvist said he would retire. "
     "Mrs Lindqvist will sell the family's shares in March.", "Hanna Lindqvist"),
    # no first name for her: the titled surname
    ("Ruben Castellanos toured the port. Mr Castellanos's wife joined him. "
     "Mrs Castellanos will open a school in the town next year.", "Mrs Castellanos"),
    # the other way round: a man of a woman's surname
    ("Mrs Ingrid Haldane chairs the trust. Mr Haldane, her husband, is a builder. "
     "Mr Haldane will build a new library in the village.", "Mr Haldane"),
])
def test_a_title_of_one_sex_names_no_one_of_the_other(ex: Extractor, text: str, actor: str) -> None:
    assert _actors(ex, text)[-1] == actor


def test_a_title_of_the_same_sex_keeps_the_full_name(ex: Extractor) -> None:
    text = ("Daniel Okafor's wife, Grace, is to join the tour. "
            "Mr Okafor will open three clinics in the north, his office said.")
    assert _actors(ex, text)[-1] == "Daniel Okafor"


def test_she_after_a_womans_title_is_that_woman(ex: Extractor) -> None:
    text = ("Daniel Okafor's wife, Grace, is to join the tour. Mr Okafor spoke in Leeds on Monday. "
            "Mrs Okafor toured Hull on Tuesday. She said she would visit ten hospitals. "
            "Mr Okafor said he would cut taxes.")
    assert _actors(ex, text) == ["Grace Okafor", "Daniel Okafor"]


def test_he_after_said_shows_a_man(ex: Extractor) -> None:
    text = ("Tobias Renner said he would visit the plant. Mrs Renner will open a new school in the town.")
    assert _actors(ex, text)[-1] == "Mrs Renner"
