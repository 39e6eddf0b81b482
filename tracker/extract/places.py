"""Places and things that are never actors: US states, large cities that are not capitals,
and programmes known by a short name (data/places.toml). A subject or antecedent named
exactly so binds no one (resolution.place-named, resolution.thing-named)."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    raw = resources.files("tracker.extract").joinpath("data", "places.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    out = {n: "place" for words in data["places"].values() for n in words}
    out.update((n, "thing") for words in data["things"].values() for n in words)
    return out


def place_or_thing(name: str) -> str | None:
    """"place" or "thing" when `name` (a leading "the" aside) is one of the lists, else None."""
    name = name.strip()
    if name[:4] in ("the ", "The "):
        name = name[4:]
    return _names().get(name)
