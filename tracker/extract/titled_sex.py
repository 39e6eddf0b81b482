"""A title that tells a person's sex ("Mrs Howard", "Mr Smith") must not name someone the
text shows to be of the other sex ("Michael Howard's wife, Sandra ... Mrs Howard": Sandra
Howard, not Michael Howard). What the text tells of a full name's sex, and the spouse it
names (resolution.title-sex)."""
from __future__ import annotations

import re

_MALE = r"Mr|Sir|Lord|Congressman|Prince|King|Baron"
_FEMALE = r"Mrs|Ms|Miss|Lady|Dame|Madam|Madame|Baroness|Congresswoman|Princess|Queen"
# a title of one sex opening a name ("Mrs Howard", "Mr. Smith")
_SEX_TITLE_START = re.compile(rf"^(?:(?P<m>{_MALE})|(?P<f>{_FEMALE}))\.?\s+(?=[A-Z])")
_RELATIVE = {"wife": "f", "widow": "f", "husband": "m", "widower": "m"}
_NAME_WORD = r"[A-Z][\w'’\-]+"


def title_sex(phrase: str) -> str | None:
    """"m" or "f" when `phrase` opens with a man's or a woman's title, else None."""
    m = _SEX_TITLE_START.match(phrase.strip())
    if m is None:
        return None
    return "m" if m.group("m") else "f"


def _other(sex: str) -> str:
    return "f" if sex == "m" else "m"


def full_name_sex(text: str, full: str) -> str | None:
    """What the text tells of the sex of the person named `full` ("Michael Howard"): a title
    of one sex before the full name ("Mrs Cherie Blair"), a spouse of theirs ("Michael
    Howard's wife", "Cherie Blair's husband"), the name given as someone's spouse ("his
    wife, Cherie Blair"), or a pronoun after their "said" ("Michael Howard said he"). None
    when it tells nothing, or both; else the title of the first titled mention of the
    surname after the full name."""
    name = re.escape(full)
    seen: set[str] = set()
    for m in re.finditer(rf"\b(?:(?P<m>{_MALE})|(?P<f>{_FEMALE}))\.?\s+{name}\b", text):
        seen.add("m" if m.group("m") else "f")
    for m in re.finditer(rf"\b{name}['’]s\s+(?:[\w\-]+\s+){{0,2}}?(?P<rel>wife|widow|husband|widower)\b", text):
        seen.add(_other(_RELATIVE[m.group("rel")]))
    for m in re.finditer(rf"\b(?P<rel>wife|widow|husband|widower)\s*,?\s+{name}\b", text):
        seen.add(_RELATIVE[m.group("rel")])
    # "Michael Howard said he would", "Ruth Kelly said that she": the pronoun after their own "said"
    for m in re.finditer(rf"\b{name}\s+(?:said|says|added|told\s+\w+)\s*,?\s+(?:that\s+)?(?P<pro>he|she)\b", text):
        seen.add("m" if m.group("pro") == "he" else "f")
    if len(seen) == 1:
        return next(iter(seen))
    if seen:
        return None
    # news names a person in full, then by title and surname: the first titled mention of
    # the surname after the full name is that person's ("Michael Howard visited ... Mr Howard")
    at = text.find(full)
    m = re.compile(rf"\b(?:(?P<m>{_MALE})|(?P<f>{_FEMALE}))\.?\s+{re.escape(full.split()[-1])}\b").search(
        text, at + len(full)) if at >= 0 else None
    return None if m is None else "m" if m.group("m") else "f"


def spouse_first_name(text: str, full: str, sex: str) -> str | None:
    """The first name of the spouse of sex `sex` the text gives for the person `full`:
    "Michael Howard's ex-model wife, Sandra," -> "Sandra"."""
    rels = "wife|widow" if sex == "f" else "husband|widower"
    surname = re.escape(full.split()[-1])
    m = re.search(rf"\b{re.escape(full)}['’]s\s+(?:[\w\-]+\s+){{0,2}}?(?:{rels})\s*,?\s+(?P<first>{_NAME_WORD})"
                  rf"(?=\s*[,.;)]|\s+(?:and|who|is|was|has|had|will|said|{surname})\b)", text)
    return m.group("first") if m else None
