"""Testable or vague: the rules of data/testable.toml, through judge() and the extractor."""

from __future__ import annotations

import pytest

from tracker.extract import Document
from tracker.extract.engine import Extractor
from tracker.extract.testable import judge, rule_ids


@pytest.mark.parametrize(
    ("action", "amount", "deadline", "want"),
    [
        ("will plant trees along the canal", "2,000 trees", None, (True, "testable.amount: '2,000 trees'")),
        ("will finish the bypass by 2029", None, "by 2029", (True, "testable.deadline: 'by 2029'")),
        ("would repeal the Seaside Fisheries Act", None, None, (True, "testable.named-law: 'Seaside Fisheries Act'")),
        ("will demolish the old stand at the ground", None, None, (True, "testable.deliverable-verb: 'demolish'")),
        ("will be sold off", None, None, (True, "testable.deliverable-verb: 'sold'")),
        ("would not close the rural post offices", None, None, (True, "testable.deliverable-verb: 'close'")),
        ("will continue to build council houses", None, None, (True, "testable.deliverable-verb: 'build'")),
        ("will foster a culture of innovation", None, None, (False, "vague.verb: 'foster'")),
        ("pledged to take steps to close the loophole", None, None, (False, "vague.phrase: 'take steps'")),
        ("will work towards a fairer tax system", None, None, (False, "vague.phrase: 'work towards'")),
        ("will deliver", None, None, (None, None)),  # nothing named to check
        ("will consult widely", None, None, (None, None)),  # no list holds the verb
        ("", None, None, (None, None)),
    ],
)
def test_judge(action: str, amount: str | None, deadline: str | None, want: tuple[bool | None, str | None]) -> None:
    assert judge(action, amount, deadline) == want


def test_every_reason_names_a_rule_id() -> None:
    assert set(rule_ids()) == {"testable.amount", "testable.deadline", "testable.named-law",
                               "vague.phrase", "vague.verb", "testable.deliverable-verb"}


def test_findings_carry_testable_and_reason() -> None:
    ex = Extractor.load()
    text = ("Portugal will open 14 new clinics in rural areas, the health minister said. "
            "Portugal will strengthen its partnership with Brazil, the minister said.")
    found = ex.extract(Document("d1", text))
    got = [(f.testable, f.testable_reason) for f in found]
    assert got == [(True, "testable.amount: '14 new clinics'"), (False, "vague.verb: 'strengthen'")]
    assert "testable" in found[0].to_dict() and "testable_reason" in found[0].to_dict()
