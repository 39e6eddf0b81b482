"""Future efforts, press quotations, media speakers and announced appearances are no one's
bound word (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor, Finding


def run(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    found: list[Finding] = ex.extract(Document(doc_id="t", text=text))
    return [(f.kind, f.actor) for f in found]


@pytest.mark.parametrize("verb", ["seek", "try", "aim", "attempt", "strive", "endeavour"])
def test_a_future_effort_is_an_intention(ex: Extractor, verb: str) -> None:
    assert run(ex, f"Dunmore Foods said it would {verb} to trim its costs next year.") == [
        ("intention", "Dunmore Foods")]


def test_a_future_effort_after_continue_is_an_intention(ex: Extractor) -> None:
    assert [k for k, _ in run(ex, "Chile will continue to try to widen its copper exports.")] == ["intention"]


def test_a_plain_future_still_binds(ex: Extractor) -> None:
    assert run(ex, "Dunmore Foods said it would trim its costs next year.") == [("commitment", "Dunmore Foods")]


@pytest.mark.parametrize("text", [
    "The weekly quoted unnamed ministry officials as saying Peru will buy four frigates.",
    "Peru will buy four frigates, the defence minister was quoted as saying.",
])
def test_a_press_quotation_is_second_hand(ex: Extractor, text: str) -> None:
    assert [k for k, _ in run(ex, text)] in ([], ["intention"])


@pytest.mark.parametrize("text", [
    "Ostrava Steel will shut its coke ovens in May, trade magazine Metal Week reported.",
    "The Bolivian government will freeze fuel prices, state television said.",
    "Kenya will import 90,000 tonnes of maize, the Nation Daily said.",
])
def test_what_the_media_report_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "Ostrava Steel will shut its coke ovens in May, its chairman told Metal Week magazine.",
    '"We will shut the coke ovens in May," the chairman said in a speech broadcast by Czech Radio.',
])
def test_the_speaker_telling_the_media_still_binds(ex: Extractor, text: str) -> None:
    assert [k for k, _ in run(ex, text)] == ["commitment"]


@pytest.mark.parametrize("text", [
    "Mrs Okafor will formally open the conference on Tuesday.",
    # (announced by her side; told by a reporter alone these are a preview of her words,
    # guard.speech_preview: tests/extract/test_speech_preview.py)
    "Mrs Okafor will call on donors to double their aid to the region, her office said.",
    "Mrs Okafor will set out her position when the bill is debated, her spokesman said.",
    "Mrs Okafor is to make a pitch for the farming vote in Leeds, her aides said.",
    "Mrs Okafor will deliver a speech on Tuesday.",
])
def test_an_announced_appearance_is_an_intention(ex: Extractor, text: str) -> None:
    assert [k for k, _ in run(ex, text)] == ["intention"]


def test_opening_a_plant_still_binds(ex: Extractor) -> None:
    assert [k for k, _ in run(ex, "Ostrava Steel will open a new rolling mill in May.")] == ["commitment"]


@pytest.mark.parametrize("text", [
    "Halvorsen Capital said the notes will be sold in denominations of 5,000 dlrs.",
    "The debentures will be offered through an underwriting group led by Kestrel Securities.",
    "Brightwell Medical said the scanner will be sold under the name ClearView.",
    "Brightwell Medical said the scanner will be priced at 4,200 dlrs.",
    "The new processor will be made up of eight cores.",
    "Brightwell Medical said the scanner will be equipped with a colour display.",
])
def test_how_a_product_or_issue_will_work_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_selling_a_unit_still_binds(ex: Extractor) -> None:
    assert [k for k, _ in run(ex, "Brightwell Medical said it will sell its scanner unit to Dunmore Foods.")] == [
        "commitment"]


@pytest.mark.parametrize("text", [
    "Under the new scheme, exporters will be required to file a quarterly return.",
    "Brightwell Medical said holders will be entitled to receive 4 dlrs a share.",
    "Members will be expected to attend every session, the guild said.",
])
def test_an_obligation_or_entitlement_on_others_binds_no_one(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


@pytest.mark.parametrize("text", [
    "Mrs Okafor will take part in the Leeds half marathon on 9 April.",
    "Harrogate Borough Council is to ballot residents on a new parking scheme.",
    "At the service, Bishop Amara Eze will preside.",
])
def test_taking_part_presiding_and_balloting_are_events(ex: Extractor, text: str) -> None:
    assert [k for k, _ in run(ex, text)] == ["intention"]


def test_refusing_to_take_part_binds(ex: Extractor) -> None:
    assert [k for k, _ in run(ex, "Mrs Okafor has said she will not take part in a televised debate.")] == [
        "commitment"]


@pytest.mark.parametrize("text", [
    "Norway is cutting its key interest rate to 2%, the lowest level in a decade.",
    "Halvorsen Bank said it is raising its prime lending rate to 8 pct, effective immediately.",
])
def test_a_rate_set_as_it_is_told_is_no_promise(ex: Extractor, text: str) -> None:
    assert run(ex, text) == []


def test_a_rate_change_dated_ahead_still_binds(ex: Extractor) -> None:
    found = run(ex, "Halvorsen Bank said it is raising its prime lending rate to 8 pct, effective tomorrow.")
    assert [k for k, _ in found] == ["commitment"]


@pytest.mark.parametrize("text", [
    "Judge Ama Boateng will start a three-day hearing on 4 March.",
    "Dunmore Foods is to begin talks with the unions next week.",
])
def test_starting_talks_or_a_hearing_is_an_announced_meeting(ex: Extractor, text: str) -> None:
    assert [k for k, _ in run(ex, text)] == ["intention"]


def test_starting_production_still_binds(ex: Extractor) -> None:
    assert [k for k, _ in run(ex, "Dunmore Foods will start production at its new bakery in May.")] == ["commitment"]


@pytest.mark.parametrize("verb", ["explain the plan to", "remind", "highlight the cuts before", "appeal to"])
def test_a_future_speech_act_is_an_announced_appearance(ex: Extractor, verb: str) -> None:
    assert [k for k, _ in run(ex, f"Mrs Okafor will {verb} the donors at the summit in Accra.")] == ["intention"]


@pytest.mark.parametrize("text", [
    "Dunmore Foods said further details would be released on July 21.",
    "Dunmore Foods said full-year results would be published on 12 June.",
])
def test_a_passive_announcement_is_a_scheduled_event(ex: Extractor, text: str) -> None:
    assert [k for k, _ in run(ex, text)] == ["intention"]


def test_a_passive_act_announced_still_binds(ex: Extractor) -> None:
    found = run(ex, "The bakery will be closed next year, Dunmore Foods said.")
    assert [k for k, _ in found] == ["commitment"]
