"""Places and things that are never actors: US states, large cities that are not capitals,
and programmes known by a short name (data/places.toml). A subject or antecedent named
exactly so binds no one (resolution.place-named, resolution.thing-named)."""

from __future__ import annotations

import functools
import re

from tracker.extract import tomlcache
from tracker.extract.tomlcache import data_text


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    raw = data_text("places.toml")
    data = tomlcache.loads(raw)
    out = {n: "place" for words in data["places"].values() for n in words}
    out.update((n, "thing") for key, words in data["things"].items() if key != "before_nouns" for n in words)
    return out


@functools.lru_cache(maxsize=1)
def _before_nouns() -> frozenset[str]:
    raw = data_text("places.toml")
    return frozenset(tomlcache.loads(raw)["things"]["before_nouns"])


def products(text: str, names: set[str]) -> set[str]:
    """Those of `names` the text introduces as a product somewhere: a product's noun right
    before one of its mentions ("multiple sclerosis drug Tysabri", "warship USS Cole")."""
    out = set()
    for name in names:
        i = text.find(name)
        while i >= 0:
            words = text[max(0, i - 20):i].split()
            if words and words[-1] in _before_nouns() or _AN_ITEM.search(text, max(0, i - 20), i) \
                    and _ITEM_AFTER.match(text, i + len(name)):
                # ("to own a new Mini One, or", "A Mini One bought in 2001": one made thing, no
                # firm; not "a Barclays spokesman", where the name is a modifier)
                out.add(name)
                break
            i = text.find(name, i + len(name))
    return out


# "a" or "an" (and an adjective of a made thing) right before a name, and what may follow
# such a thing's name: an end of phrase, a participle or a copula
_AN_ITEM = re.compile(r"(?<![\w-])(?:[Aa]n?|one)\s+(?:(?:new|used|second-hand|secondhand|brand-new)\s+)?$")
_ITEM_AFTER = re.compile(r"(?:\s*[,.;:)!?]|\s+(?:[a-z]+ed|is|was|costs|will|can)\b)")


def place_or_thing(name: str) -> str | None:
    """"place" or "thing" when `name` (a leading "the" aside) is one of the lists, else None."""
    name = name.strip()
    if name[:4] in ("the ", "The "):
        name = name[4:]
    return _names().get(name)
