"""Who the structure of the clause names as the actor: both names of a coordination whose second
name carries a description of its own (resolution.described-conjunct)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


def _actors(ex: Extractor, text: str) -> list[list[str]]:
    return [f.actors for f in ex.extract(Document(doc_id="t", text=text))]


@pytest.mark.parametrize("text, first, second", [
    ("Last month, France and its eastern neighbour Germany agreed to build a joint border rail link.",
     "France", "Germany"),
    ("Norway and oil producer Saudi Arabia will cut output by 5% from March.", "Norway", "Saudi Arabia"),
    ("On Tuesday, Canada and its ally Mexico agreed to share the cost of the new bridge.", "Canada", "Mexico"),
])
def test_a_described_second_name_keeps_the_first(ex: Extractor, text: str, first: str, second: str) -> None:
    got = _actors(ex, text)
    assert len(got) == 1 and first in got[0] and second in got[0]


@pytest.mark.parametrize("text", [
    # a verb after "and": the first name is the speaker's firm, not a second subject
    "Barnes and Noble said Borders will close 40 stores next year.",
    "Smith and Wesson said rival maker Colt would cut 200 jobs.",
    # a common word is no first name
    "The Government and the ruling Civic Party will seek the passage of the tax bill.",
])
def test_no_coordination_without_a_first_name(ex: Extractor, text: str) -> None:
    assert all(not any(w in " ".join(a) for w in ("Barnes", "Smith", "Government")) for a in _actors(ex, text))


@pytest.mark.parametrize("text, names", [
    # a description before the list's first item, or before an item inside it
    ("On Friday, sculptors Maria Lindqvist, Peter Berg and Anna Holm will judge the competition in May.",
     ["Maria Lindqvist", "Peter Berg", "Anna Holm"]),
    ("Veteran host Peter Walsh and Mary Dunne will present the new quiz show from March.",
     ["Peter Walsh", "Mary Dunne"]),
])
def test_described_items_of_a_list_are_all_bound(ex: Extractor, text: str, names: list[str]) -> None:
    assert _actors(ex, text) == [names]


def test_they_after_a_coordination_of_people_binds_them_all(ex: Extractor) -> None:
    text = "On Monday, senators Paul Dixon, John Ward and Mary Steele said they will offer the amendment next week."
    assert _actors(ex, text) == [["Paul Dixon", "John Ward", "Mary Steele"]]


@pytest.mark.parametrize("text, names", [
    ("Norway and its neighbour Sweden said they would build the new rail link together.", ["Norway", "Sweden"]),
])
def test_a_described_second_speaker_keeps_the_first(ex: Extractor, text: str, names: list[str]) -> None:
    got = _actors(ex, text)
    assert len(got) == 1 and all(n in got[0] for n in names)


def test_a_clause_after_and_is_no_description(ex: Extractor) -> None:
    text = "Lawyers for Harlow, a fund through which Mr Dane and his partners control Vetco, said they would sue."
    assert all("Dane" not in " ".join(a) for a in _actors(ex, text))


def test_unknown_names_coordinated_are_each_bound(ex: Extractor) -> None:
    text = "On Friday, actors Tilvena Varro and Orsolya Brennick will open the film festival in Leeds."
    assert _actors(ex, text) == [["Tilvena Varro", "Orsolya Brennick"]]
