"""The UK cabinet title check turns down a phrase by its last word before its pattern is
tried: the same answers as the pattern alone."""
from __future__ import annotations

import pytest

from tracker.extract import cabinet
from tracker.extract.cabinet import may_end_title, uk_cabinet_title
from tracker.extract.context import _cabinet
from tracker.extract.gazetteer import default_gazetteer


def _by_pattern(phrase: str) -> bool:
    return cabinet._titles().match(" ".join(phrase.split())) is not None


PHRASES = [
    "Environment Secretary", "the foreign secretary", "Britain's Home Secretary",
    "Chancellor of the Exchequer", "chancellor of the exchequer", "Chief Secretary to the Treasury",
    "Leader of the House of Commons", "shadow home secretary", "Home Secretary said",
    "Foreign Minister", "the mayor", "", "   ", "Secretary", "HOME SECRETARY", "Home  Secretary ",
    "the home secretary,", "Health Sécrétary", "Home Secretary’s",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_same_answer_as_the_pattern(phrase: str) -> None:
    assert uk_cabinet_title(phrase) == _by_pattern(phrase)


def test_may_end_title() -> None:
    assert may_end_title("Secretary") and may_end_title("exchequer") and may_end_title("TREASURY")
    assert not may_end_title("minister") and not may_end_title("Secretary,")
    assert may_end_title("Sécrétary")  # (not ASCII: left to the pattern)


@pytest.mark.parametrize("before,role", [
    ("the Environment", "Secretary"), ("shadow home", "secretary"), ("French Defence", "Minister"),
    ("Britain's Foreign", "Secretary"), ("", "Chancellor"), ("Industry and Foreign Trade", "Secretary"),
])
def test_cabinet_unchanged_by_the_early_exit(before: str, role: str) -> None:
    gaz = default_gazetteer()
    words = before.split()
    want = None
    for k in range(min(4, len(words)), -1, -1):  # (the loop of `_cabinet`, with the pattern alone)
        if _by_pattern(" ".join([*words[len(words) - k:], role])):
            want = "found"
            break
    got = _cabinet(gaz, before, role)
    if want is None:
        assert got is None
    else:
        assert got is None or got.name == "United Kingdom"
