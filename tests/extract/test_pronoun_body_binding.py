"""'It' / 'The company' / 'they' bound to the right body (resolution.previous-body-voice,
resolution.they-sentence-subject); sentences written for these tests."""

from __future__ import annotations

from tracker.extract import Document, Extractor
from tracker.extract.explain import explain, render


def _found(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(f.sentence, f.actor) for f in ex.extract(Document(doc_id="t", text=text))]


def _actor_of(ex: Extractor, text: str, words: str) -> str | None:
    got = [a for s, a in _found(ex, text) if words in s]
    assert got, f"no finding in the sentence holding {words!r}"
    return got[0]


def _trace(ex: Extractor, text: str) -> str:
    return render(explain(ex, Document(doc_id="t", text=text)))


# --- resolution.previous-body-voice -------------------------------------------------------

def test_staff_of_a_body_make_it_the_subject_taken_up(ex: Extractor) -> None:
    text = ("Brantwell Oil bought the assets of Kestrel Shipping in December. Kestrel Shipping said on Monday that "
            "the sale was illegal. Brantwell Oil officials were unavailable for comment. But the company has said "
            "it intends to sue Kestrel Shipping for its debts.")
    assert _actor_of(ex, text, "intends to sue") == "Brantwell Oil"
    assert "resolution.previous-body-voice" in _trace(ex, text)


def test_the_officer_named_in_a_closing_frame_speaks_for_the_body(ex: Extractor) -> None:
    text = ("Pupils at Fernhill School tried a new maths game made by Tidewell Labs last term. "
            "\"Nobody else was doing what we wanted to do,\" said Dr Carl Merrow, managing director of Quillstone "
            "Software Ltd. The company set out to write a game that looked as good as a commercial one.")
    assert _actor_of(ex, text, "set out to") == "Quillstone Software Ltd"


def test_the_body_saying_the_sentence_before_is_taken_up(ex: Extractor) -> None:
    text = ("Varnhold Energy Corp said it will build a 30 megawatt plant in Ohio. "
            "Another 40 mln dlrs of state bonds is pending approval by the Ohio Water Development Authority, "
            "Varnhold said. The company will contribute about 12 mln dlrs in equity.")
    assert _actor_of(ex, text, "contribute about") == "Varnhold Energy Corp"


def test_an_officer_of_a_body_told_only_by_a_description_binds_no_one(ex: Extractor) -> None:
    text = ("Nordbank said it would bid for the Lisbon bourse. Despite the rejection of the Vessberg Exchange bid "
            "last week, Karl Henning, chief executive of the Hamburg-based exchange, may well come back with a new "
            "offer. It has long wanted to link up with Lisbon.")
    assert all(a is None for s, a in _found(ex, text) if "long wanted" in s)
    assert "resolution.previous-body-voice: 'the Hamburg-based exchange'" in _trace(ex, text)


# --- resolution.they-sentence-subject -------------------------------------------------------

def test_they_after_a_country_s_officials_is_that_country(ex: Extractor) -> None:
    text = ("The World Trade Organization opened talks on farm trade in Geneva. In talks here, Korean officials "
            "insist that on rice they will not open their market this year.")
    assert _actor_of(ex, text, "on rice they") == "South Korea"


def test_they_after_a_person_who_quit_a_party_is_not_that_party(ex: Extractor) -> None:
    text = ("Jonathan Pell, who recently quit the Green Party, launched his own party on Tuesday. "
            "Mr Pell promised a tough policy on crime and said they hoped to contest most seats at the election.")
    assert not any(a == "Green Party" for _, a in _found(ex, text))
    assert "resolution.they-sentence-subject: 'Mr Pell'" in _trace(ex, text)


def test_they_after_a_firm_opening_its_sentence_is_not_a_party_named_before(ex: Extractor) -> None:
    text = ("The Democratic Party pushed the new health law through Congress last year. Harbor Cinemas Inc, the "
            "largest theatre chain in Ohio, announced they would cut the hours of 2,000 employees.")
    assert _actor_of(ex, text, "cut the hours") == "Harbor Cinemas Inc"
