"""Testable or vague: whether one could later check that a finding was kept.

The rules are data (data/testable.toml, one id each): an amount or a deadline makes a
finding testable; otherwise the first verb of the action found in a word list decides
(a vague phrase or verb such as "strengthen", "take steps to": not testable; a concrete
deliverable such as "build", "abolish", "hire": testable). With none of these the
finding is undecided (None). The reason names the rule id and the words it matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract import tomlcache
from tracker.extract.tomlcache import data_text
from tracker.extract.morphology import base_forms
from tracker.extract.plaintext import _low_twin, _plain

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_BE = frozenset(("be", "been", "being"))
# words before an action's head verb: modals, auxiliaries, adverbs, cue words
_LEAD_WORDS = frozenset("""will would shall ll to be been being is are am was were not never also now still then soon
    certainly definitely further immediately jointly formally officially again only just continue continues
    continued continuing plan plans planned planning intend intends intended aim aims aimed hope hopes hoped want
    wants wanted seek seeks sought expect expects pledge pledges pledged pledging promise promises promised vow
    vows vowed agree agrees agreed offer offers offered committed commit commits going has have had do does
    did n't t also keep keeps kept""".split())
# words after which a verb may come again: "to ensure", "and close", "or sell"
_VERB_LEADS = frozenset("to and or then not never also".split())
# verb + particle that deliver something one can see done
_PHRASAL_DELIVERABLES = frozenset({("set", "up"), ("roll", "out"), ("phase", "out"), ("shut", "down"),
                                   ("step", "down"), ("carry", "out"), ("pull", "out"), ("wind", "down")})
_PARTICLES = frozenset(p for _, p in _PHRASAL_DELIVERABLES)
_MAX_TOKENS = 14  # the verb of a commitment comes early in its action ("vowed on Tuesday to cut")


@dataclass(frozen=True)
class _Rules:
    named_law: re.Pattern[str]
    law_words: re.Pattern[str]
    vague_phrases: re.Pattern[str]
    vague_verbs: frozenset[str]
    deliverable_verbs: frozenset[str]
    ids: tuple[str, ...]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = tomlcache.loads(data_text("testable.toml"))
    by_id = {r["id"]: r for r in raw["rule"]}
    laws = "(?:" + "|".join(map(re.escape, by_id["testable.named-law"]["words"].split())) + ")"
    phrases = [p.strip() for p in by_id["vague.phrase"]["phrases"].replace("\n", " ").split("|") if p.strip()]
    return _Rules(
        named_law=re.compile(by_id["testable.named-law"]["pattern"] + laws + r"\b"),
        law_words=re.compile(laws),
        vague_phrases=re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b", re.I),
        vague_verbs=frozenset(by_id["vague.verb"]["words"].split()),
        deliverable_verbs=frozenset(by_id["testable.deliverable-verb"]["words"].split()),
        ids=tuple(by_id),
    )


@lru_cache(maxsize=8192)
def _verb_list(word: str) -> str | None:
    """'deliverable' or 'vague' when a base form of `word` is in that list, else None."""
    r = _rules()
    forms = base_forms(word)
    if any(f in r.deliverable_verbs for f in forms):
        return "deliverable"
    if any(f in r.vague_verbs for f in forms):
        return "vague"
    return None


def rule_ids() -> tuple[str, ...]:
    """Every id a reason may name."""
    return _rules().ids


def judge(action: str | None, amount: str | None = None, deadline: str | None = None) -> tuple[bool | None, str | None]:
    """(testable, reason) for a finding's action, amount and deadline (as written)."""
    if amount:
        return True, f"testable.amount: {amount!r}"
    if deadline:
        return True, f"testable.deadline: {deadline!r}"
    if not action:
        return None, None
    r = _rules()
    law = r.named_law.search(action) if r.law_words.search(action) else None  # (a quick test first)
    if law:
        return True, f"testable.named-law: {law.group().strip()!r}"
    # (on a plain action the phrases' lowered twin finds them in its lower(), at the same place)
    low_vague = _low_twin(r.vague_phrases) if _plain(action) else None
    vague = low_vague.search(action.lower()) if low_vague is not None else r.vague_phrases.search(action)
    vague_at = vague.start() if vague else len(action)
    prev = ""
    head_seen = False
    tokens = list(_TOKEN.finditer(action))
    for i, tok in enumerate(tokens):
        if i >= _MAX_TOKENS or tok.start() >= vague_at:
            break
        word = tok.group()
        low = word.lower()
        if word[0].isupper() and i > 0:
            continue  # a name ("Will", "Build Back Better"), not a verb
        if low in _LEAD_WORDS or not head_seen and low.endswith("ly") and len(low) > 4:  # ("fully fund")
            prev = low
            continue
        # The action's head verb decides, then only verbs it leads to ("to ensure", "and
        # close"): a noun in its object is no verb ("granted work permits", "who bought")
        verb_place = not head_seen or prev in _VERB_LEADS or action[:tok.start()].rstrip().endswith(",")
        head_seen = True
        if not verb_place:
            prev = low
            continue
        nxt = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
        if nxt in _PARTICLES and any((f, nxt) in _PHRASAL_DELIVERABLES for f in (low, *base_forms(low))):
            return True, f"testable.deliverable-verb: {word + ' ' + nxt!r}"  # "set up a division"
        verdict = _verb_list(low)
        if verdict == "deliverable":
            if prev not in _BE and not action[tok.end():].strip(" .,;"):
                return None, None  # "we will deliver": nothing named to check (a passive's
                # object is its subject: "the plant will be closed")
            return True, f"testable.deliverable-verb: {word!r}"
        if verdict == "vague":
            return False, f"vague.verb: {word!r}"
        prev = word.lower()
    if vague:
        return False, f"vague.phrase: {vague.group()!r}"
    return None, None
