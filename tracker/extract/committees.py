"""The committee a member's release is about: the one named in a member's role ("House Energy
and Commerce Committee Chairman Greg Walden", "chairwoman of the Judiciary Committee's
Subcommittee on Commercial Law", "Ranking Member of the Oversight Committee"), which the member's
"this committee" or "our subcommittee" is (resolution.this-committee). A committee named only as
the object of the work ("letters to the U.S. Olympic Committee") is not it."""
from __future__ import annotations

import re

# (a point only inside a word, "U.S": a name never runs across a sentence's end)
_CAP = r"[A-Z](?:[\w&'’\-]|\.(?=\w))*"
_WORD = rf"(?:{_CAP}|and|on|of|for|the|&)"
_NAME = rf"(?:(?:{_CAP}\s+)(?:{_WORD}\s+){{0,6}}?)?(?:Sub)?[Cc]ommittee(?:['’]s\s+Subcommittee)?" \
        rf"(?:\s+on\s+[A-Z][\w'’\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’\-]*){{0,5}})?"
_ROLE = r"(?:[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Rr]anking\s+[Mm]ember|[Vv]ice\s+[Cc]hair(?:man|woman)?|[Mm]ember)"
_IN_ROLE = re.compile(rf"(?P<a>{_NAME})\s+{_ROLE}\b|\b{_ROLE}\s+of\s+the\s+(?P<b>{_NAME})")


def members_committee(text: str, noun: str, pos: int) -> str | None:
    """The committee named in a member's role, the last before `pos`, else the first after; for
    "subcommittee", one named as a subcommittee first."""
    found = [(m.start(), (m.group("a") or m.group("b")).strip()) for m in _IN_ROLE.finditer(text)]
    found = [(at, re.sub(r"^(?:The|the)\s+", "", name)) for at, name in found
             if not re.match(r"(?:Sub)?[Cc]ommittee$", name)]
    if noun == "subcommittee":
        found = [f for f in found if "Subcommittee" in f[1] or "subcommittee" in f[1]] or found
    before = [name for at, name in found if at < pos]
    after = [name for at, name in found if at >= pos]
    return before[-1] if before else after[0] if after else None
