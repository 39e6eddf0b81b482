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


# (speed: the patterns below are the parts of full_name_sex's patterns around the name;
# the name's occurrences are found with str.find, so that no pattern is compiled for each
# name of each document)
_TITLE_BEFORE = re.compile(rf"\b(?:(?P<m>{_MALE})|(?P<f>{_FEMALE}))\.?\Z")  # then \s+ and the name
_REL_BEFORE = re.compile(r"\b(?P<rel>wife|widow|husband|widower)\s*,?\Z")  # then \s+ and the name
_LONGEST_TITLE = max(map(len, f"{_MALE}|{_FEMALE}".split("|"))) + 1  # (and its period)
_SPOUSE_AFTER = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?P<rel>wife|widow|husband|widower)\b")
_PRONOUN_AFTER = re.compile(r"\s+(?:said|says|added|told\s+\w+)\s*,?\s+(?:that\s+)?(?P<pro>he|she)\b")
_BOUNDARY = re.compile(r"\b")


def _space_before(text: str, i: int) -> int:
    """Where the run of white space (\\s: str.isspace) ending at `i` starts (`i` if none)."""
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j


def _titled_at(text: str, i: int, lo: int = 0) -> re.Match[str] | None:
    """The title of ``\\b(?:(?P<m>MALE)|(?P<f>FEMALE))\\.?\\s+`` ending at `i` (where a name
    starts), starting at `lo` or after, else None."""
    j = _space_before(text, i)
    if j == i:
        return None
    m = _TITLE_BEFORE.search(text, max(lo, j - _LONGEST_TITLE), j)
    return m


def _relative_at(text: str, i: int, lo: int = 0) -> re.Match[str] | None:
    """The relative word of ``\\b(?P<rel>wife|widow|husband|widower)\\s*,?\\s+`` ending at
    `i`, starting at `lo` or after, else None."""
    j = _space_before(text, i)
    if j == i:
        return None
    k = j - 1 if j > 0 and text[j - 1] == "," else j
    k = _space_before(text, k)
    return _REL_BEFORE.search(text, max(lo, k - len("widower")), j)


def _starts(text: str, word: str, before: bool, after: bool) -> list[int]:
    """Every place `word` occurs (overlapping ones too) with \\b before it when `before`
    and after it when `after`."""
    out = []
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if (not before or _BOUNDARY.match(text, i)) and (not after or _BOUNDARY.match(text, i + n)):
            out.append(i)
        i = text.find(word, i + 1)
    return out


def full_name_sex(text: str, full: str) -> str | None:
    """What the text tells of the sex of the person named `full` ("Michael Howard"): a title
    of one sex before the full name ("Mrs Cherie Blair"), a spouse of theirs ("Michael
    Howard's wife", "Cherie Blair's husband"), the name given as someone's spouse ("his
    wife, Cherie Blair"), or a pronoun after their "said" ("Michael Howard said he"). None
    when it tells nothing, or both; else the title of the first titled mention of the
    surname after the full name."""
    # (as the `re.finditer`s of the patterns "\b(?:MALE|FEMALE)\.?\s+{full}\b",
    # "\b{full}['’]s\s+...(?P<rel>wife|...)\b", "\b(?P<rel>wife|...)\s*,?\s+{full}\b" and
    # "\b{full}\s+(?:said|...)\s+(?:that\s+)?(?P<pro>he|she)\b", each tried at the name's
    # places in turn: `cur` keeps their matches from overlapping, as finditer does)
    seen: set[str] = set()
    n = len(full)
    if not n or full[0].isspace() or full[-1].isspace():
        return _full_name_sex_patterns(text, full)  # (a name as names are: no white space around it)
    ended = _starts(text, full, False, True)  # (where "{full}\\b" may match)
    opened = _starts(text, full, True, False)  # (where "\\b{full}" may)
    cur = 0
    for i in ended:
        m = _titled_at(text, i, cur)
        if m is not None:
            seen.add("m" if m.group("m") else "f")
            cur = i + n
    cur = 0
    for i in opened:
        if i >= cur and (m := _SPOUSE_AFTER.match(text, i + n)) is not None:
            seen.add(_other(_RELATIVE[m.group("rel")]))
            cur = m.end()
    cur = 0
    for i in ended:
        m = _relative_at(text, i, cur)
        if m is not None:
            seen.add(_RELATIVE[m.group("rel")])
            cur = i + n
    cur = 0
    for i in opened:
        if i >= cur and (m := _PRONOUN_AFTER.match(text, i + n)) is not None:
            seen.add("m" if m.group("pro") == "he" else "f")
            cur = m.end()
    if len(seen) == 1:
        return next(iter(seen))
    if seen:
        return None
    # news names a person in full, then by title and surname: the first titled mention of
    # the surname after the full name is that person's ("Michael Howard visited ... Mr Howard")
    at = text.find(full)
    if at < 0:
        return None
    surname = full.split()[-1]
    after = at + n
    for i in _starts(text, surname, False, True):
        if i > after:
            m = _titled_at(text, i, after)
            if m is not None:
                return "m" if m.group("m") else "f"
    return None


def _full_name_sex_patterns(text: str, full: str) -> str | None:
    """`full_name_sex` as the patterns say it (the reference its tests compare with; used
    for an empty name)."""
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
