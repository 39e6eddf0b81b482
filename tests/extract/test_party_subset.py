"""A counted part of a party's members is not the party (resolution.party-subset), and a
committee a release's speaker calls "this committee" is the committee the release names
(resolution.this-committee). Sentences written for these tests."""

from __future__ import annotations

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, author: str = "Dana Whitcombe") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, author=author))


def actors(ex: Extractor, text: str, word: str, author: str = "Dana Whitcombe") -> list[str | None]:
    return [f.actor for f in run(ex, text, author) if word in f.action]


# resolution.party-subset

def test_a_handful_of_party_senators_named_in_brackets_are_the_actors(ex: Extractor) -> None:
    text = ("Sen. Dana Whitcombe (D-VT) spoke on the floor today. A handful of Republican senators "
            "(Hollis, Brandt, Ocampo) said they will oppose the farm bill.")
    found = [f for f in run(ex, text) if "farm bill" in f.action]
    assert [f.actors for f in found] == [["Hollis", "Brandt", "Ocampo"]]


def test_a_few_party_senators_unnamed_bind_no_party(ex: Extractor) -> None:
    text = ("Sen. Dana Whitcombe (D-VT) spoke on the floor today. A few GOP senators said they will "
            "vote against the water bill. Several Democrats said they would block the pipeline permit.")
    assert "Republican Party" not in actors(ex, text, "water bill")
    assert "Democratic Party" not in actors(ex, text, "pipeline")


def test_a_partys_senators_uncounted_still_speak_for_it(ex: Extractor) -> None:
    text = ("Sen. Dana Whitcombe (D-VT) spoke on the floor today. Republican leaders said they will "
            "oppose the water bill.")
    assert actors(ex, text, "water bill") == ["Republican Party"]


# resolution.this-committee

def test_this_committee_in_a_chairmans_quote_is_his_committee(ex: Extractor) -> None:
    text = ("WASHINGTON - House Natural Resources Committee Chairman Dana Whitcombe (R-ID) sent letters "
            "today to the National Ski Committee. \"This committee intends to hold a hearing on the "
            "avalanche reports in June,\" said Whitcombe.")
    assert actors(ex, text, "hearing") == ["House Natural Resources Committee"]


def test_our_committee_with_no_committee_named_is_the_member_not_her_party(ex: Extractor) -> None:
    text = ("WASHINGTON - Rep. Dana Whitcombe (R-ID) spoke today. \"Our committee will examine the "
            "avalanche reports this spring,\" said Whitcombe.")
    assert actors(ex, text, "avalanche") == ["Dana Whitcombe"]


def test_party_senators_listed_after_including_are_the_actors(ex: Extractor) -> None:
    text = ("Sen. Dana Whitcombe (D-VT) spoke on the floor today. Several Republican senators have said "
            "they will oppose the farm bill, including Ohio Sen. Marta Hollis and Utah Sen. Ben Ocampo.")
    found = [f for f in run(ex, text) if "farm bill" in f.action]
    assert [f.actors for f in found] == [["Marta Hollis", "Ben Ocampo"]]


def test_a_counted_party_subject_binds_no_party(ex: Extractor) -> None:
    text = ("Sen. Dana Whitcombe (D-VT) spoke on the floor today. Signing the letter were several dozen "
            "Democrats who have vowed to protect the rail subsidy.")
    assert "Democratic Party" not in actors(ex, text, "rail subsidy")
