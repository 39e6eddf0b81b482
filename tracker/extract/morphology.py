"""Past participles by English morphology, not by a list of allowed verbs.

"will be demolished", "are to be sent", "will be sold off": a word is a past participle
when it is a regular -ed form or an irregular participle (data/irregular_verbs.txt,
with prefixes: "rebuilt", "overtaken"), and not an -ed adjective or noun
(data/participles.toml `not_participles`: "pleased", "hundred").
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract import tomlcache
from tracker.extract.tomlcache import data_text

_PREFIXES = ("re", "un", "over", "under", "mis", "out", "co", "pre", "de", "up", "with", "fore")


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """data/irregular_verbs.txt: (base, past tenses, past participles) a verb."""
    text = data_text("irregular_verbs.txt")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        base, pasts, parts = line.split()
        rows.append((base, tuple(pasts.split("/")), tuple(parts.split("/"))))
    return tuple(rows)


@lru_cache(maxsize=1)
def _irregular() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """participle -> base verbs, and every base verb of the table."""
    by_part: dict[str, tuple[str, ...]] = {}
    for base, _pasts, parts in _table():
        for p in parts:
            by_part[p] = (*by_part.get(p, ()), base)
    return by_part, frozenset(base for base, _, _ in _table())


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    raw = tomlcache.loads(data_text("participles.toml"))
    return {k: frozenset(v.split()) for k, v in raw.items()}


def not_participles() -> frozenset[str]:
    return _lists()["not_participles"]


def outcome_participles() -> frozenset[str]:
    return _lists()["outcome_participles"]


def _irregular_bases(word: str) -> tuple[str, ...]:
    by_part, _ = _irregular()
    got = by_part.get(word)
    if got:
        return got
    for pre in _PREFIXES:  # "rebuilt", "overtaken", "withheld"
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            got = by_part.get(word[len(pre):])
            if got:
                return tuple(pre + b for b in got)
    return ()


@lru_cache(maxsize=4096)
def is_participle(word: str) -> bool:
    """Whether `word` (any case) may be a past participle: "demolished", "sold", "rebuilt"."""
    w = word.lower()
    if "-" in w:
        w = w.rsplit("-", 1)[1]  # "re-opened"
    if w in _lists()["not_participles"]:
        return False
    if _irregular_bases(w):
        return True
    # a regular -ed form: a stem of at least two letters with a vowel ("used", "paid" is irregular)
    return len(w) >= 4 and w.endswith("ed") and w.isalpha() and any(c in "aeiouy" for c in w[:-2])


@lru_cache(maxsize=4096)
def base_forms(word: str) -> tuple[str, ...]:
    """The base verbs a participle or -ed/-ing/-s form may come from, most likely first:
    "closed" -> ("close", "clos"), "planned" -> ("plan", "plann"), "sold" -> ("sell",).
    Callers test the candidates against their own word lists."""
    w = word.lower()
    irr = _irregular_bases(w)
    if irr:
        return irr
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) >= len(suffix) + 2:
            stem = w[: -len(suffix)]
            out = [stem + "e", stem]
            if stem.endswith("i") and suffix == "ed":
                out.insert(0, stem[:-1] + "y")  # "supplied" -> "supply"
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                out.insert(0, stem[:-1])  # "planned" -> "plan"
            elif len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "cancelled" -> "cancel" (after "cancell")
            return tuple(out)
    if w.endswith("ies") and len(w) > 4:
        return (w[:-3] + "y",)
    if w.endswith("es") and len(w) > 3:
        return (w[:-2], w[:-1])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return (w[:-1],)
    return (w,)


def is_action_participle(word: str, stative: frozenset[str] = frozenset()) -> bool:
    """A participle of something done to the subject by someone who decides it
    ("demolished", "sold", "sent"), not of an outcome or a state ("lost", "seen", "needed",
    or a verb in `stative`): what a passive announcement ("... will be sold, the ministry
    said") can bind its announcer to."""
    w = word.lower().rsplit("-", 1)[-1]  # "hard-hit"
    if not is_participle(w) or w in _lists()["outcome_participles"]:
        return False
    return not any(b in stative for b in base_forms(w))


_RELATIVE_END = re.compile(r"\b(?:that|which|who)\s*$")


def passive_refusal(listed: bool, announcer_type: str | None, announced: bool, before: str) -> str | None:
    """Why a passive ("<before> will be <participle>") binds no one, or None. `listed`:
    the participle is one of lexicon `passive_action_verbs` (actions that bind even an
    unnamed or personal announcer); otherwise it is any verb's action participle, which
    binds only a body announcing it: a person's passive is as often an opinion ("lives will
    be saved," said X), a passive no one announces is as often a scheduled event ("the
    awards will be handed out"), and one in a relative clause describes ("claims, which
    will be decided at trial")."""
    if listed:
        return None
    if not announced:
        return "refusal.passive-unlisted-agentless"
    if announcer_type in (None, "person"):
        return "refusal.passive-unlisted-person"
    if _RELATIVE_END.search(before):
        return "refusal.passive-unlisted-relative"
    return None


@lru_cache(maxsize=1)
def irregular_pasts() -> frozenset[str]:
    """The past tenses of the irregular verbs ("began", "took", "sold")."""
    return frozenset(p for _, pasts, _ in _table() for p in pasts)
