"""Is this the same pledge? The matcher that keeps one commitment across many sources.

A commitment stated again (later in the article, in another outlet, a week later in other
words) is stored once, with one mention per source. Two findings are the same pledge when
they bind the same main actor (after actor resolution) to the same action, and nothing
that would make them different pledges disagrees: a different amount, a different
deadline, one negated and the other not.

The action is compared with rapidfuzz's ``token_set_ratio`` over normalised text (case,
punctuation, function words and inflection endings removed), so that word order and
extra words matter less than the words themselves.

- score >= SAME: the same pledge, stored as one commitment (a new mention).
- SUGGEST <= score < SAME: perhaps the same; a merge suggestion for `tracker review`.
- below SUGGEST: different pledges.

Pure: no database. ``tracker.storage.store`` finds the candidates and applies the verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from rapidfuzz import fuzz

SAME: Final = 0.85
SUGGEST: Final = 0.6


@dataclass(frozen=True, slots=True)
class Pledge:
    """What the matcher compares of a commitment (stored or about to be)."""

    actor_id: int | None  # the main actor after resolution; None: no actor identified
    action: str | None
    amount_value: float | None = None
    unit: str | None = None
    deadline_date: date | None = None
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float  # 0-1
    reason: str  # rule ids of what decided, for `tracker review` and the history

    @property
    def same(self) -> bool:
        return self.score >= SAME

    @property
    def suggested(self) -> bool:
        return SUGGEST <= self.score < SAME


_WORD = re.compile(r"[a-z0-9]+")
_FUNCTION_WORDS: Final = frozenset(
    "a an the to of in on for and or with by at from as its their his her our this that these those be "
    "will would shall should to also more further".split()
)


def normalise_action(text: str | None) -> str:
    """Lowercase content words, crude suffixes removed ("providing aid" ~ "provide aid")."""
    if not text:
        return ""
    words = [w for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS]
    return " ".join(re.sub(r"(ing|ed|es|s)$", "", w) if len(w) > 4 else w for w in words)


def compare(a: Pledge, b: Pledge) -> Verdict:
    """How likely ``a`` and ``b`` are the same pledge, and why."""
    if a.actor_id is None or a.actor_id != b.actor_id:
        return Verdict(0.0, "match.actor_differs")
    if a.negated != b.negated:
        return Verdict(0.0, "match.negation_differs")
    if a.amount_value is not None and b.amount_value is not None and (
        a.amount_value != b.amount_value or a.unit != b.unit
    ):
        return Verdict(0.0, "match.amount_differs")
    if a.deadline_date is not None and b.deadline_date is not None and a.deadline_date != b.deadline_date:
        return Verdict(0.0, "match.deadline_differs")
    left, right = normalise_action(a.action), normalise_action(b.action)
    if not left or not right:
        return Verdict(0.0, "match.no_action")
    score = fuzz.token_set_ratio(left, right) / 100
    return Verdict(score, f"match.action {score:.2f}")


# --- claims: is this report about that pledge? ----------------------------------------------
# A claim ("Germany has delivered the howitzers") matches a commitment ("will deliver 18
# howitzers") of the same main actor when what it says was done is what was pledged: the
# claim's action and the commitment's share their content words. Unlike two pledges, a
# claim may name less than the pledge (no amount, no deadline) or another amount (a
# partial delivery), so only the words are compared.
CLAIM_MATCH: Final = 0.75
# words a report uses about the pledge itself, not about what was pledged
_CLAIM_FUNCTION_WORDS: Final = frozenset(
    "it has have had been was were is are not yet still now already finally promis pledg commit vow plan "
    "its they he she we i us our them their him me my you your into onto out up down over "
    "since last ago year years month months week weeks day days today yesterday "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


# what many pledges and reports say whatever they are about: two of these shared say nothing
# of which pledge it is ("signed into law", "passed the bill")
_CLAIM_GENERIC: Final = frozenset(
    "sign law legislation bill act pass deliver complet implement build built train open clos cut rais reduc "
    "paid pay sent send work start began begun program programm fund funding money new".split()
)


def _claim_words(text: str | None) -> list[str]:
    words = [w.rstrip("e") if len(w) > 4 else w for w in normalise_action(text).split()]
    return [w for w in words if w not in _CLAIM_FUNCTION_WORDS]


def compare_claim(claim_action: str | None, pledge_action: str | None) -> Verdict:
    """How likely a claim's action reports on a pledge's action (same actor checked by the
    caller): rapidfuzz's token_set_ratio over both normalised, at most the share of the
    shorter side's content words that both hold, and nothing unless they share two (one
    shared verb, "deliver", says nothing of what was delivered)."""
    left, right = _claim_words(claim_action), _claim_words(pledge_action)
    if not left or not right:
        return Verdict(0.0, "match.no_action")
    shared = set(left) & set(right)
    if len(shared) < 2 or not shared - _CLAIM_GENERIC:  # one word ("nation", "tax") names no pledge
        return Verdict(0.0, "match.claim_few_words")
    # and most of the shorter side's words are shared: "cut tuition fees" is not "raise tuition fees"
    coverage = len(shared) / min(len(set(left)), len(set(right)))
    score = min(fuzz.token_set_ratio(" ".join(left), " ".join(right)) / 100, coverage)
    return Verdict(score, f"match.claim_action {score:.2f}")
