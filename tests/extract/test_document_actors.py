"""Actors that need the whole document: the voice of a quote when a new "X said ..." follows
it, "they" after people named in between, and an agentless passive near an onlooker
(sentences written for these tests)."""

from __future__ import annotations

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, source: str = "BBC") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source=source))


def test_a_new_report_after_a_finished_quote_does_not_claim_it(ex: Extractor) -> None:
    # (resolution.quote-new-report: "Ms Okafor said she had ..." reports her own words; the
    # quote before it is the minister's, whom the sentence before it reports)
    text = ('Health Minister Dafydd Rees and Green spokeswoman Ada Okafor gave interviews on Sunday.\n\n'
            'Mr Rees, who met nurses in Cardiff last week, said waiting lists were a "serious worry". '
            '"We have no plans to close the Bangor ward while the review goes on." '
            'Ms Okafor said she had visited the ward herself.')
    found = [f for f in run(ex, text) if "Bangor ward" in f.action]
    assert found and all(f.speaker == "Dafydd Rees" for f in found)


def test_a_new_report_with_that_after_a_quote(ex: Extractor) -> None:
    text = ('Lena Voss, who chairs the Harbour Party in the north, said she had suspended the candidate. '
            '"We will decide next month what further steps will be taken." '
            'She said that the candidate had apologised.')
    found = [f for f in run(ex, text) if "decide next month" in f.action]
    assert found and all(f.speaker == "Lena Voss" for f in found)


def test_an_attribution_after_a_quote_still_names_its_speaker(ex: Extractor) -> None:
    # ('"...," Mr Rees said.' and '"..." Mr Rees said.' are the quote's own attribution)
    for text in ('"We will reopen the Bangor ward in May," Health Minister Dafydd Rees said.',
                 '"We will reopen the Bangor ward in May." Health Minister Dafydd Rees said.'):
        found = [f for f in run(ex, text) if "Bangor ward" in f.action]
        assert found and found[0].speaker == "Dafydd Rees", text


def test_they_after_people_named_between_is_not_the_body(ex: Extractor) -> None:
    # (resolution.they-people-between: "they" takes up the people, not the body named before)
    for text, body in (
            ('The Conservatives say asylum seekers will be housed near ports. The Tories say people fleeing war '
             'will not be turned away. However, they will undergo health checks at the border.', "Conservative Party"),
            ('The Greens passed the bill in the Commons. However, many fishing campaigners remained angry after '
             'the vote, saying they would ignore the new quotas.', "House of Commons"),
            ('America Online will sell the service from June. Customers will keep their old handsets, but they '
             'will plug them into a small adapter.', "America Online")):
        assert not [f for f in run(ex, text) if f.actor == body
                    and ("undergo" in f.action or "ignore" in f.action or "plug" in f.action)], text


def test_they_still_takes_up_the_party(ex: Extractor) -> None:
    text = ('The Liberal Democrats unveiled their manifesto on Monday in Leeds. '
            'They would cut rail fares by 10% in their first year, the party said.')
    found = [f for f in run(ex, text) if "rail fares" in f.action]
    assert [f.actor for f in found] == ["Liberal Democrats"]


def test_an_agentless_passive_near_an_academic_binds_no_one(ex: Extractor) -> None:
    # (refusal.passive-actor-not-body: a professor speaks about what others do)
    text = ('Women MPs faced sexist abuse from male colleagues, a new study says.\n\n'
            'Professor Miriam Castell interviewed 80 women MPs for the study. Things had improved since 1997 '
            'because more women were present, Prof Castell said. But she added: "What I think is shocking to '
            'the general public is that these things go on in Westminster." The recordings are to be placed '
            'in the British Library as a historical record.')
    assert not [f for f in run(ex, text) if "British Library" in f.action]


def test_an_agentless_passive_near_a_minister_still_binds(ex: Extractor) -> None:
    text = ('Transport minister Oskar Lindqvist unveiled the rail plan on Tuesday in Oslo. '
            'A new line will be built between the two cities by 2012.')
    found = [f for f in run(ex, text) if "new line" in f.action or "built" in f.action]
    assert found and found[0].actor in ("Oskar Lindqvist", "Norway")
