"""UK cabinet titles ("Environment Secretary Margaret Beckett", "Jack Straw, the foreign
secretary"): the text itself makes the holder a member of the UK government, so a later
"Mrs Beckett said the US would ..." is one country's word on another
(resolution.uk-cabinet-title; data/actor_types.toml [uk_cabinet])."""
from __future__ import annotations

import functools
import re

from tracker.extract import tomlcache
from tracker.extract.tomlcache import data_text

UK = "United Kingdom"


@functools.cache
def _titles() -> re.Pattern[str]:
    raw = data_text("actor_types.toml")
    titles = sorted(tomlcache.loads(raw)["uk_cabinet"]["titles"], key=len, reverse=True)
    words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    # the whole phrase is the title, with at most "the"/"Britain's"/"UK" before it; never
    # "shadow home secretary" or "former foreign secretary" (out of office)
    return re.compile(rf"(?i)^(?:the\s+|britain's\s+|britain’s\s+|uk\s+|british\s+)?(?:{words})$")


@functools.cache
def _last_words() -> frozenset[str]:
    """The last word of each title, in lower case ("secretary", "exchequer")."""
    raw = data_text("actor_types.toml")
    return frozenset(t.split()[-1].lower() for t in tomlcache.loads(raw)["uk_cabinet"]["titles"])


def uk_cabinet_title(phrase: str) -> bool:
    """Is `phrase` ("Environment Secretary", "the foreign secretary") a UK cabinet title?"""
    words = phrase.split()
    if words and not may_end_title(words[-1]):
        return False
    return _titles().match(" ".join(words)) is not None


def may_end_title(word: str) -> bool:
    """False when no UK cabinet title can end in `word` (speed: a phrase ending in it is
    none). Said only of an ASCII word, whose case-blind match is its lower case, with
    ASCII titles; of any other word, True."""
    return not (word.isascii() and _ascii_titles()) or word.lower() in _last_words()


@functools.cache
def _ascii_titles() -> bool:
    raw = data_text("actor_types.toml")
    return all(t.isascii() for t in tomlcache.loads(raw)["uk_cabinet"]["titles"])
