"""Finding.to_dict and Claim.to_dict read the values in one attrgetter call: they give
what dataclasses.asdict gives, and the lists are copies."""

from __future__ import annotations

from dataclasses import asdict

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import Claim, Finding

WORDS = st.lists(st.text(max_size=8), max_size=3)
OPTIONAL = st.one_of(st.none(), st.text(max_size=10))


@settings(max_examples=200, deadline=None)
@given(st.builds(Finding, doc_id=st.text(max_size=5), start=st.integers(0, 99), end=st.integers(0, 99),
                 sentence=st.text(max_size=20), kind=st.sampled_from(["pledge", "commitment", "intention"]),
                 actor=OPTIONAL, rule=st.text(max_size=5), confidence=st.floats(0, 1), actors=WORDS,
                 actor_aliases=WORDS, affiliations=WORDS, actor_types=WORDS, action=OPTIONAL,
                 amount_value=st.one_of(st.none(), st.floats(allow_nan=False)), negated=st.booleans(),
                 testable=st.one_of(st.none(), st.booleans())))
def test_finding_to_dict_is_asdict(finding: Finding) -> None:
    row = finding.to_dict()
    assert row == asdict(finding)
    assert list(row) == list(asdict(finding))  # (the keys' order: the JSON's)
    for name in ("actors", "actor_aliases", "affiliations", "actor_types"):
        assert row[name] is not getattr(finding, name)


@settings(max_examples=100, deadline=None)
@given(st.builds(Claim, doc_id=st.text(max_size=5), start=st.integers(0, 99), end=st.integers(0, 99),
                 sentence=st.text(max_size=20), outcome=st.sampled_from(["delivered", "stalled"]), actor=OPTIONAL,
                 rule=st.text(max_size=5), confidence=st.floats(0, 1), actors=WORDS, affiliations=WORDS))
def test_claim_to_dict_is_asdict(claim: Claim) -> None:
    row = claim.to_dict()
    assert row == asdict(claim) and list(row) == list(asdict(claim))
    assert row["actors"] is not claim.actors and row["affiliations"] is not claim.affiliations
