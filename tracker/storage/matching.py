"""Is this the same pledge? The matcher that keeps one commitment across many sources.

A commitment stated again (later in the article, in another outlet, a week later in other
words) is stored once, with one mention per source. The rule, in order (the first that
decides gives the reason, a rule id kept with a merge suggestion):

1. ``match.actor_differs``: the same main actor after actor resolution, or nothing.
   A finding with no actor is never merged.
2. ``match.negation_differs``: "will raise taxes" is not "will not raise taxes".
3. ``match.amount_differs``: both give an amount and the values differ (or the units,
   when both are currencies or per cent: "2,000 soldiers" = "2,000 troops"), or
   the numbers written in the two actions share none ("cut 500 jobs" / "cut 900 jobs").
4. ``match.deadline_differs``: both give a resolved deadline and the dates differ.
5. ``match.target_differs``: both name a target, the two share no content word, and
   each action says its own target and not the other's ("aid to Sudan" / "aid to
   Chad"; the extraction's target is a resolved name, "United Kingdom" for "Britain
   chairs the G8", so a target the action does not say decides nothing).
6. ``match.action``: the actions, normalised (:func:`normalise_action`: case,
   punctuation, function words, the commitment frame "will / plans to / pledged to",
   a trailing attribution ", the minister said", text run on past the sentence's end,
   the words of a deadline phrase (the date is rule 4) and inflection endings removed,
   and a verb of a synonym group said as the group's first: "send" / "deliver" /
   "supply", "cut" / "reduce" / "slash"), compared by rapidfuzz: the mean of
   ``token_set_ratio`` (word order and extra words matter less: "cut income tax" ~
   "cut the basic rate of income tax") and ``token_sort_ratio`` (which does not let a
   two-word action equal every longer one that contains it).

- score >= SAME (0.85): the same pledge, stored as one commitment (a new mention).
- SUGGEST (0.55) <= score < SAME: perhaps the same; a merge suggestion for `tracker review`.
- below SUGGEST: different pledges.

Thresholds were tuned on half of the labelled pairs in ``benchmarks/pairs/labelled.jsonl``
and checked on the other half (``benchmarks/match_pairs.py`` prints precision and
recall). Pure: no database. ``tracker.storage.grouping`` finds the candidates and
:mod:`tracker.storage.store` applies the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz, process

SAME: Final = 0.85
SUGGEST: Final = 0.55
COMPARED: Final = 20  # candidates compared in full after rapidfuzz's screen (best_match)


@dataclass(frozen=True, slots=True)
class Pledge:
    """What the matcher compares of a commitment (stored or about to be)."""

    actor_id: int | None  # the main actor after resolution; None: no actor identified
    action: str | None
    amount_value: float | None = None
    unit: str | None = None
    deadline_date: date | None = None
    negated: bool = False
    target: str | None = None


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


_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_NUMBER = re.compile(r"^[0-9][0-9.,]*$")
_FUNCTION_WORDS: Final = frozenset(
    "a an the to of in on for and or with by at from as its their his her our this that these those be "
    "it they he she we them us also more further into over about up than been being has have had "
    # the commitment frame: how a pledge is said, not what is pledged
    "will would shall should could can may might must is are was were going set plan plans planned planning "
    "pledge pledged pledges pledging promise promised promises promising vow vowed vows intend intends intended "
    "aim aims aimed hope hopes hoped hoping want wants wanted expect expects expected commit committed commits "
    "try tries tried seek seeks sought agree agreed agrees".split()
)
# When it is due is compared as a date (rule 4): the words of a deadline phrase are not what
# is pledged ("by the end of the year" / "before the end of 2026")
_DEADLINE_WORDS: Final = frozenset("end before within until year years month months week weeks decade time".split())
# The same act in other words: each verb of a group compares as the group's first ("send
# 12 howitzers" / "deliver 12 howitzers"). Common English synonyms of the verbs pledges
# use, grouped only where one can stand for the other in a pledge.
_SYNONYM_GROUPS: Final = (
    "deliver send supply provide give hand donate ship",
    "build construct erect",
    "cut reduce lower slash trim",
    "raise increase boost lift",
    "scrap abolish axe eliminate drop",
    "hire recruit employ",
    "create generate",
    "help assist aid support",
    "buy acquire purchase",
    "close shut",
    "start begin launch",
    "keep maintain retain",
    "spend invest",
)
_SYNONYMS: Final[dict[str, str]] = {w: g.split()[0] for g in _SYNONYM_GROUPS for w in g.split()}
# who said it, trailing the action ("..., the defence minister said"): not what was pledged
_ATTRIBUTION = re.compile(r",[^,]{0,60}\b(?:said|says|told|announced|added|reported|confirmed)\b[^,]*$", re.I)
# an action ends with its sentence (page text run on after it: "...beyond. share: f t Contact")
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})[.!?]\s+")
# numbers written with separators ("7,000") compare as plain digits
_SEPARATOR = re.compile(r"(?<=[0-9])[,](?=[0-9]{3})")


def _base(word: str) -> str:
    """The verb of an inflected form, for the synonym table ("sending" -> "send", "supplies"
    -> "supply"); other words as they are."""
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            if stem in _SYNONYMS:
                return stem
            if stem + "e" in _SYNONYMS:  # "provided" -> "provide"
                return stem + "e"
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _SYNONYMS:  # "cutting" -> "cut"
                return stem[:-1]
    return word


_ENDING = re.compile(r"(ing|ed|es|s)$")


def _stem(word: str) -> str:
    if _NUMBER.match(word):
        return _SEPARATOR.sub("", word)
    return _ENDING.sub("", word) if len(word) > 4 else word


@lru_cache(maxsize=65536)
def normalise_action(text: str | None) -> str:
    """Lowercase content words, crude suffixes removed ("providing aid" ~ "provide aid")."""
    if not text:
        return ""
    text = _ATTRIBUTION.sub("", _SENTENCE_END.split(text, 1)[0])
    words = (w for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS and w not in _DEADLINE_WORDS)
    return " ".join(_stem(_SYNONYMS.get(_base(w), w)) for w in words)


def _measure(unit: str | None) -> bool:
    """A unit that changes what an amount means (a currency code, per cent), unlike the
    thing counted, which is often said in other words ("2,000 soldiers", "2,000 troops")."""
    return unit is not None and (unit == "%" or (len(unit) == 3 and unit.isupper()))


def numbers_of(normalised: str) -> frozenset[str]:
    """The numbers written in a normalised action (rule 3 compares them)."""
    return _numbers(normalised)


def _numbers(normalised: str) -> frozenset[str]:
    return frozenset(w for w in normalised.split() if _NUMBER.match(w))


def _target_words(text: str | None) -> frozenset[str]:
    return frozenset(normalise_action(text).split())


def action_score(left: str, right: str) -> float:
    """Similarity (0-1) of two normalised actions: see the module's rule 6."""
    return (fuzz.token_set_ratio(left, right) + fuzz.token_sort_ratio(left, right)) / 200


def _veto(a: Pledge, b: Pledge, left: str, right: str) -> str | None:
    """The rule (2-5) that makes two pledges of one actor different, if any."""
    if a.negated != b.negated:
        return "match.negation_differs"
    if a.amount_value is not None and b.amount_value is not None and (
        a.amount_value != b.amount_value or (_measure(a.unit) and _measure(b.unit) and a.unit != b.unit)
    ):
        return "match.amount_differs"
    numbers_a, numbers_b = _numbers(left), _numbers(right)
    if numbers_a and numbers_b and not numbers_a & numbers_b:
        return "match.amount_differs"
    if a.deadline_date is not None and b.deadline_date is not None and a.deadline_date != b.deadline_date:
        return "match.deadline_differs"
    if a.target and b.target:
        target_a, target_b = _target_words(a.target), _target_words(b.target)
        words_a, words_b = set(left.split()), set(right.split())
        # the extraction's target is a resolved name ("United Kingdom" for "Britain"): it
        # decides only when each action says its own target and not the other's
        if (target_a and target_b and not target_a & target_b and target_a <= words_a and target_b <= words_b
                and not target_a <= words_b and not target_b <= words_a):
            return "match.target_differs"
    return None


def compare(a: Pledge, b: Pledge) -> Verdict:
    """How likely ``a`` and ``b`` are the same pledge, and why."""
    if a.actor_id is None or a.actor_id != b.actor_id:
        return Verdict(0.0, "match.actor_differs")
    left, right = normalise_action(a.action), normalise_action(b.action)
    vetoed = _veto(a, b, left, right)
    if vetoed:
        return Verdict(0.0, vetoed)
    if not left or not right:
        return Verdict(0.0, "match.no_action")
    score = round(action_score(left, right), 4)
    return Verdict(score, f"match.action {score:.2f}")


def best_match(pledge: Pledge, candidates: Sequence[Pledge],
               normalised: Sequence[str] | None = None) -> tuple[int, Verdict] | None:
    """The candidate most like ``pledge`` with a score of at least SUGGEST, as (index in
    ``candidates``, verdict); None when none is. Many candidates (an actor with hundreds
    of commitments) are screened by rapidfuzz in C first: ``action_score`` is at most
    ``token_set_ratio``, so whatever the screen drops could not reach SUGGEST.
    ``normalised``: the candidates' normalised actions, when the caller keeps them."""
    query = normalise_action(pledge.action)
    if pledge.actor_id is None or not query or not candidates:
        return None
    choices = normalised if normalised is not None else [normalise_action(c.action) for c in candidates]
    # the few most alike by the screen are compared in full: all of them would make an actor
    # with thousands of similar commitments ("will train N soldiers") quadratic in Python
    screened = process.extract(query, choices, scorer=fuzz.token_set_ratio, limit=COMPARED,
                               score_cutoff=SUGGEST * 100 - 1e-9)
    best: tuple[int, Verdict] | None = None
    for _, _, index in screened:
        verdict = compare(candidates[index], pledge)
        # ties go to the older candidate (lower index): the grouping does not depend on
        # the order rapidfuzz returns equal scores in
        if verdict.score >= SUGGEST and (best is None or (verdict.score, -index) > (best[1].score, -best[0])):
            best = (index, verdict)
    return best


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
