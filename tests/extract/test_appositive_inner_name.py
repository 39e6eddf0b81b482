"""A name inside a description set off by commas before a reporting verb does not speak: the
phrase before the description does (resolution.appositive-inner-name; sentences written for
these tests)."""

from __future__ import annotations

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str, source: str = "Reuters") -> list[Finding]:
    return ex.extract(Document(doc_id="t", text=text, source=source))


def test_a_subsidiary_speaks_not_its_parent(ex: Extractor) -> None:
    text = ("Harwell Forge Co <HWF>, a subsidiary of Ostrander Holdings Inc., said it will "
            "close its plant in Dayton by the end of the year.")
    found = [f for f in run(ex, text) if "close its plant" in f.action]
    assert [f.actor for f in found] == ["Harwell Forge Co"]


def test_a_place_the_firm_is_based_in_does_not_speak(ex: Extractor) -> None:
    text = "Brightwater, headquartered in Toledo, announced that it would move 400 jobs to Ohio by June."
    found = [f for f in run(ex, text) if "move 400 jobs" in f.action]
    assert found and all(f.actor != "Toledo" for f in found)
    assert [f.speaker for f in found] == ["Brightwater"]


def test_a_body_owning_the_speaker_does_not_speak(ex: Extractor) -> None:
    text = ("Corvane Systems, owned by a group of regional banks, said it will open "
            "20 new branches in Texas next year.")
    found = [f for f in run(ex, text) if "open 20 new branches" in f.action]
    assert found and all("banks" not in (f.actor or "") for f in found)
    assert [f.speaker for f in found] == ["Corvane Systems"]


def test_a_party_tag_does_not_speak(ex: Extractor) -> None:
    text = "Senator Walter Brandt, R-Okla, said he will introduce a bill to cut the farm subsidy next week."
    found = [f for f in run(ex, text) if "introduce a bill" in f.action]
    assert [f.actor for f in found] == ["Walter Brandt"]


def test_a_name_set_off_by_commas_still_speaks(ex: Extractor) -> None:
    # the name itself between commas, after its description: it speaks (not this reading)
    text = "The region's biggest brewer, Kallberg Brewing, said it will build a new brewery in Tartu."
    found = [f for f in run(ex, text) if "build a new brewery" in f.action]
    assert [f.actor for f in found] == ["Kallberg Brewing"]


def test_a_dates_year_before_the_subject_is_not_part_of_it(ex: Extractor) -> None:
    text = "On Tuesday, Senator Ann Rowe announced that on May 3, 2016 the Senate Farm Committee will hold a hearing on dairy prices."
    found = [f for f in run(ex, text, source="Congress") if "hold a hearing" in f.action]
    assert [f.actor for f in found] == ["Senate Farm Committee"]
