"""A speaker's side as the text gives it anywhere in the document carries to every mention:
a UK cabinet title makes the holder a member of the UK government, so what the holder says
another country will do is a forecast, while the holder's own side still binds
(resolution.uk-cabinet-title, refusal.other-side)."""

from __future__ import annotations

from tracker.extract import Document, Extractor
from tracker.extract.cabinet import uk_cabinet_title


def _found(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    return [(f.actor, f.kind) for f in ex.extract(Document(doc_id="t", text=text))]


def test_uk_cabinet_titles() -> None:
    assert uk_cabinet_title("Transport Secretary")
    assert uk_cabinet_title("the work and pensions secretary")
    assert not uk_cabinet_title("shadow home secretary")
    assert not uk_cabinet_title("Treasury Secretary")  # the US's
    assert not uk_cabinet_title("Chancellor")  # Germany's as well


def test_a_cabinet_member_on_another_country_binds_no_one(ex: Extractor) -> None:
    text = ("Transport Secretary Alistair Rennick met airline bosses on Tuesday. Later Mr Rennick said "
            "France would lift its ban on British lorries by the spring.")
    assert _found(ex, text) == []
    text = ("Alistair Rennick, the transport secretary, met airline bosses on Tuesday. Later Mr Rennick said "
            "France would lift its ban on British lorries by the spring.")
    assert _found(ex, text) == []


def test_a_shadow_or_former_holder_is_no_cabinet_member(ex: Extractor) -> None:
    from tracker.extract.explain import explain, render
    text = ("Shadow Transport Secretary Alistair Rennick met airline bosses on Tuesday. Later Mr Rennick said "
            "France would lift its ban on British lorries by the spring.")
    assert "resolution.uk-cabinet-title" not in render(explain(ex, Document(doc_id="t", text=text)))


def test_the_cabinet_members_own_country_still_binds(ex: Extractor) -> None:
    text = ("Transport Secretary Alistair Rennick met airline bosses on Tuesday. Later Mr Rennick said "
            "the UK would build two new runways by 2012.")
    assert _found(ex, text) == [("United Kingdom", "commitment")]


def test_a_party_member_title_carries_the_party(ex: Extractor) -> None:
    # (resolution.party-member-title)
    text = ("Lib Dem MP Hal Morrow spoke in Bath on Friday. Later Mr Morrow said Labour would "
            "raise council tax after the election.")
    assert _found(ex, text) == []
    text = ("Lib Dem MP Hal Morrow spoke in Bath on Friday. Later Mr Morrow said the Liberal Democrats "
            "would scrap council tax after the election.")
    assert _found(ex, text) == [("Liberal Democrats", "commitment")]


def test_a_body_named_before_its_officers_role_speaks_its_we(ex: Extractor) -> None:
    # (resolution.body-before-role: "we" in the quote of a body's officer is the body)
    text = ('"We will open two new routes to Asia next year," Koralink chief executive Dana Morrow said.')
    assert _found(ex, text) == [("Koralink", "commitment")]
    text = ('Trellmark spokesman Omar Haddad said on Monday: "We plan to appeal against the ruling."')
    assert _found(ex, text) == [("Trellmark", "intention")]
    # the officer's own "I" stays the officer's
    text = ('"I will stay on until the merger is done," Koralink chairman Dana Morrow said.')
    assert _found(ex, text) == [("Dana Morrow", "commitment")]


def test_no_body_before_a_government_office_or_a_rank(ex: Extractor) -> None:
    text = ('"We will cut the deficit by half," Former president Dana Morrow said.')
    assert _found(ex, text) == [("Dana Morrow", "commitment")]
    text = ('"We will cut the deficit by half," Shadow Treasury Secretary Dana Morrow said.')
    assert _found(ex, text) == [("Dana Morrow", "commitment")]


def test_no_body_read_across_a_sentence_end(ex: Extractor) -> None:
    text = ('The board met at Hollin Bay. Its chairman Dana Morrow said: "We plan to appeal against the ruling."')
    assert _found(ex, text) == [("Dana Morrow", "intention")]
    text = ('The board met in Hollin. Trellmark chairman Dana Morrow said: "We plan to appeal against the ruling."')
    assert _found(ex, text) == [("Trellmark", "intention")]
