"""UK cabinet titles ("Environment Secretary Margaret Beckett", "Jack Straw, the foreign
secretary"): the text itself makes the holder a member of the UK government, so a later
"Mrs Beckett said the US would ..." is one country's word on another
(resolution.uk-cabinet-title; data/actor_types.toml [uk_cabinet])."""
from __future__ import annotations

import functools
import re
from importlib import resources

from tracker.extract import tomlcache

UK = "United Kingdom"


@functools.cache
def _titles() -> re.Pattern[str]:
    raw = resources.files("tracker.extract").joinpath("data", "actor_types.toml").read_text("utf-8")
    titles = sorted(tomlcache.loads(raw)["uk_cabinet"]["titles"], key=len, reverse=True)
    words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    # the whole phrase is the title, with at most "the"/"Britain's"/"UK" before it; never
    # "shadow home secretary" or "former foreign secretary" (out of office)
    return re.compile(rf"(?i)^(?:the\s+|britain's\s+|britain’s\s+|uk\s+|british\s+)?(?:{words})$")


def uk_cabinet_title(phrase: str) -> bool:
    """Is `phrase` ("Environment Secretary", "the foreign secretary") a UK cabinet title?"""
    return _titles().match(" ".join(phrase.split())) is not None
