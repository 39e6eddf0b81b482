"""A counted part of a party's members ("a handful of Republican senators", "several GOP
senators", "three Democrats") is not the party: a "they" they say binds the members the text
names in brackets after them, else no party (resolution.party-subset)."""
from __future__ import annotations

import functools
import re

from tracker.extract import tomlcache
from tracker.extract.tomlcache import data_text


@functools.lru_cache(maxsize=1)
def _quantifier() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = data_text("actor_types.toml")
    words = tomlcache.loads(raw)["party_subset"]["quantifiers"]
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    # the count opens the phrase, or stands just before it ("A few GOP senators" framed as
    # "GOP senators"); a number in figures counts too
    return (re.compile(rf"(?:^|(?<=[\s\"“(]))(?:{alt}|\d+)\s+$", re.I),
            re.compile(rf"(?:{alt}|\d+)\s+", re.I))


# "(Graham, Paul, Rounds)", "(Sens. Graham and Paul)": capitalised names in brackets
_NAMES_IN_BRACKETS = re.compile(r"\s*\((?P<names>(?:Sens?\.?\s+|Reps?\.?\s+)?[A-Z][\w'’.\-]+"
                                r"(?:\s+[A-Z][\w'’.\-]+)?(?:\s*(?:,|,?\s+and)\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)?)+)\)")
_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,|\s+and\s+)\s*")
# (not the point of "Sen.", "Rep.", "St.", an initial)
_SENTENCE_END = re.compile(r"(?<!\bSen)(?<!\bRep)(?<!\bSens)(?<!\bReps)(?<!\bSt)(?<!\b[A-Z])[.!?](?:\s|$)")
_INCLUDING = re.compile(r",?\s+including\s+(?P<items>[A-Z][^;:()]*?)\s*$")
_AFTER_TITLE = re.compile(r"\b(?:Sens?|Reps?|Senator|Representative|Congressman|Congresswoman)\.?\s+")
_A_NAME = re.compile(r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}")
_TITLE = re.compile(r"^(?:Sens?|Reps?)\.?\s+")


def counted_part(text: str, frame_who: str, pos: int) -> tuple[bool, list[str]]:
    """Is the frame's speaker, last written before `pos`, a counted part of a group, and which
    names follow it in brackets?"""
    who = frame_who.strip()
    at = text.rfind(who, max(0, pos - 400), pos)
    if at < 0:
        return False, []
    ends, starts = _quantifier()
    counted = ends.search(text[max(0, at - 30):at]) is not None or starts.match(who) is not None
    if not counted:
        return False, []
    brackets = _NAMES_IN_BRACKETS.match(text, at + len(who))
    if brackets is not None:
        names = [_TITLE.sub("", n).strip() for n in _SPLIT.split(_TITLE.sub("", brackets.group("names")))]
        return True, [n for n in names if n]
    # "..., including South Carolina Sen. Lindsey Graham, Kentucky Sen. Rand Paul and Sen. Mike
    # Rounds": the members the sentence lists after it, each a name after its title
    end = _SENTENCE_END.search(text, at + len(who))
    listed = _INCLUDING.search(text, at + len(who), end.start() if end else len(text))
    if listed is None:
        return True, []
    items = _SPLIT.split(listed.group("items"))
    names = [_AFTER_TITLE.split(i)[-1].strip() for i in items]
    if all(_A_NAME.fullmatch(n) for n in names):
        return True, names
    return True, []


def counted_before(text: str, phrase: str, pos: int) -> bool:
    """Is `phrase`, last written before `pos`, counted by the words just before it ("several
    dozen Republicans who have pledged", "some Democrats will")?"""
    at = text.rfind(phrase.strip(), max(0, pos - 400), pos)
    if at < 0:
        return False
    ends, starts = _quantifier()
    return ends.search(text[max(0, at - 30):at]) is not None or starts.match(phrase.strip()) is not None
