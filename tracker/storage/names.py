"""How names are compared, by the write path (actor ids) and the read path (--actor)."""

from __future__ import annotations


def name_key(name: str) -> str:
    """Case-insensitive, spacing ignored, a leading "the" ignored."""
    key = " ".join(name.casefold().split())
    return key[4:] if key.startswith("the ") else key
