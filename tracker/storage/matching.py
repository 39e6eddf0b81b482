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
