"""Whose voice a quote is across paragraphs, aims overtaken (the past perfect), and a place
of residence that is no side (sentences written for these tests)."""

from __future__ import annotations

from tracker.extract import Document, Extractor, Finding
from tracker.extract.explain import explain, render


def run(ex: Extractor, text: str, source: str = "BBC") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source=source))


_CONTINUED = ('Transport Secretary Helen Marchbank has said the tolls will stay. Speaking in the Commons, '
              'Ms Marchbank said: "I will be asking Parliament to extend the scheme next year. '
              '"In the meantime, we will be reviewing the charges carefully to see whether they can be cut."'
              '\n\nCampaigner Gareth Pryce said the decision was "deeply disappointing".')


def test_a_quote_continued_over_a_paragraph_keeps_its_speaker(ex: Extractor) -> None:
    found = [f for f in run(ex, _CONTINUED) if "reviewing the charges" in f.action]
    # (the minister's "we": the government her UK cabinet title makes her a member of,
    # resolution.uk-cabinet-title; never the campaigner opening the next paragraph)
    assert [f.actor for f in found] == ["United Kingdom"]
    assert [f.speaker for f in found] == ["Helen Marchbank"]


def test_the_name_opening_the_next_paragraph_is_explained(ex: Extractor) -> None:
    out = render(explain(ex, Document(doc_id="t", text=_CONTINUED, source="BBC")))
    assert "resolution.quote-paragraph-break" in out


def test_a_wire_paragraph_opens_indented(ex: Extractor) -> None:
    # a new paragraph of a wire story opens on an indented line: "Osgood said" there is not
    # the quote's speaker (the quote is the economist's)
    text = ('Finance Minister Carl Osgood raised the tax on banks.\n    Cement maker chief Rhona\n'
            'Lisle said the rise was fair. "So it will not hurt us and we will stay\ncompetitive."\n'
            '    Osgood said in his speech that the changes were needed.')
    assert all(f.actor != "Carl Osgood" for f in run(ex, text, source="Reuters") if "competitive" in f.action)


def test_an_attribution_in_the_same_paragraph_still_names_the_speaker(ex: Extractor) -> None:
    text = ('"We will open two new depots in Leeds by June," Harbridge Freight chief executive '
            'Moira Kettle said.\n\nThe firm employs 900 people.')
    found = [f for f in run(ex, text) if "depots" in f.action]
    assert [f.actor for f in found] and found[0].actor in ("Moira Kettle", "Harbridge Freight")


def test_an_aim_in_the_past_perfect_is_overtaken(ex: Extractor) -> None:
    for text in ("Castlemere Mining said it had hoped to have an estimate of the damage sooner.",
                 "The regulator said it had planned to file a brief in the case.",
                 "Dorrance Foods said it had sought to buy 500,000 shares under its offer.",
                 "The group had been planning to open a plant in Ohio."):
        assert run(ex, text) == [], text


def test_an_aim_in_the_present_or_simple_past_is_still_found(ex: Extractor) -> None:
    for text in ("Castlemere Mining said it plans to reopen the shaft in May.",
                 "Dorrance Foods said it has sought to buy 500,000 shares under its offer.",
                 "Dorrance Foods said it planned to buy 500,000 shares under its offer."):
        assert [f.actor for f in run(ex, text)] == [text.split(" said")[0]], text


def test_where_a_chairman_lives_is_not_whom_he_speaks_for(ex: Extractor) -> None:
    text = ("Under the new structure, Anton Verhoeven, the UK-based co-chairman of Brightwell Foods, "
            "becomes chief executive. \"We will return to growth in our 40 main brands,\" "
            "said Mr Verhoeven.")
    found = [f for f in run(ex, text) if "return to growth" in f.action]
    assert found and all(f.actor != "United Kingdom" for f in found)


def test_the_name_before_a_description_speaks(ex: Extractor) -> None:
    for text, who in (
        ("Halvorsen Boats of Canada Ltd, a subsidiary of the Norwegian Brekke Group, said it "
         "would open a repair yard in Halifax in June.", "Halvorsen Boats of Canada Ltd"),
    ):
        assert [f.actor for f in run(ex, text, source="Reuters")] == [who], text


def test_a_description_after_but_leaves_its_name_the_speaker(ex: Extractor) -> None:
    text = ("But Senator Walter Greaves, an Ohio Democrat, said he would propose "
            "a freeze on all spending for farm programmes.")
    assert [f.actor for f in run(ex, text, source="Reuters")] == ["Walter Greaves"]
