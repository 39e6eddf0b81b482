"""How actor names are compared, by the write path (actor ids) and the read path (--actor)."""

from __future__ import annotations

import re
import unicodedata

# Legal forms and group words a company name may carry or drop ("Time Warner Inc" = "TimeWarner").
LEGAL_SUFFIXES = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "plc", "ltd", "limited", "llc", "llp", "lp",
    "ag", "sa", "se", "nv", "bv", "gmbh", "spa", "ab", "asa", "oyj", "group", "holdings", "holding",
})
# Words before a person's name that are not part of it ("Mr Blair", "Senator Graham").
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev",
    "president", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov",
    "chancellor", "minister", "secretary", "mayor", "premier", "prime", "deputy", "chairman", "chairwoman",
    "chair", "leader", "judge", "justice", "general", "gen", "king", "queen", "prince", "princess",
})
# an office a name follows inside a body's name ("Forest Service Officer Jason Crisp")
_OFFICE_WORDS = frozenset({"officer", "director", "commissioner", "administrator", "ambassador", "spokesman",
                           "spokeswoman", "chief", "adviser", "advisor", "inspector", "superintendent", "captain"})
_PUNCT = re.compile(r"[^\w\s]")
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")  # "Brown (Labour)": a surname and what it belongs to


def name_key(name: str) -> str:
    """Case-insensitive, spacing ignored, a leading "the" ignored."""
    key = " ".join(name.casefold().split())
    return key[4:] if key.startswith("the ") else key


def loose_key(name: str) -> str:
    """A company's name without legal suffixes, punctuation and spacing: "Time Warner Inc",
    "TimeWarner" and "Time-Warner" share one. At least one word is kept."""
    words = _PUNCT.sub(" ", name_key(name).replace("&", " and ")).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return "".join(words)


def person_words(name: str) -> list[str]:
    """A person's name as lower-case words, titles before it dropped ("Prime Minister Tony
    Blair" -> ["tony", "blair"]); initials keep their letter."""
    words = _PUNCT.sub(" ", name_key(_QUALIFIER.sub("", name))).split()
    titled = False
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
        titled = True
    if titled and len(words) > 3 and words[0] in ("of", "for"):
        # "Secretary of Homeland Security Jeh C. Johnson": the body the office is of, then the
        # name: its given name and surname, initials between them
        start = len(words) - 2
        while start > 2 and len(words[start]) == 1:
            start -= 1
        return words[start:]
    last = max((i for i, w in enumerate(words[:-2]) if w in TITLES or w in _OFFICE_WORDS), default=None)
    if last is not None:
        # "Secretary of Defense Chuck Hagel", "Forest Service Officer Jason Crisp": an office
        # and its body before the name, the name after them
        rest = words[last + 1:]
        if rest[0] in ("of", "for"):
            rest = rest[2:]
        if len(rest) >= 2:
            return rest
    return words


def is_description(name: str) -> bool:
    """A phrase that tells of an actor without naming it: its last word a common noun in lower
    case ("auto parts manufacturer", "Donor nations", "group of Labour backbenchers"). Two
    documents' "auto parts manufacturer" are not one firm, so it is no stored actor
    (resolution.description-unstored; tracker.extract.explain says so too)."""
    words = name.split()
    last = words[-1].strip(".,;:'’\"") if words else ""
    return last.isalpha() and last.islower()


def is_qualified(name: str) -> bool:
    return bool(_QUALIFIER.search(name))


def qualified(name: str, affiliation: str) -> str:
    """A surname-only person named with what they belong to, without titles: "Mr Brown",
    Labour -> "Brown (Labour)". Two Browns of two parties are two actors; a Brown who is
    one known person is merged into them (tracker.storage.actors)."""
    raw = name.split()
    return f"{' '.join(raw[len(raw) - len(person_words(name)):])} ({affiliation})"


def surname(name: str) -> str:
    """The last word of a person's name ("" for none)."""
    words = person_words(name)
    return words[-1] if words else ""


def is_full_name(name: str) -> bool:
    """A given name and a surname, not a surname alone ("Gordon Brown", not "Mr Brown")."""
    return len(person_words(name)) >= 2


_GENERATION = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Short forms of given names that one person goes by in one story and not in another
# ("Ed Royce" / "Edward Royce", "Jim McGovern" / "James P. McGovern"): the given name they stand for.
NICKNAMES = {
    "ed": "edward", "eddie": "edward", "jim": "james", "jimmy": "james", "bob": "robert", "bobby": "robert",
    "rob": "robert", "bill": "william", "billy": "william", "will": "william", "mike": "michael",
    "mick": "michael", "tom": "thomas", "tommy": "thomas", "dick": "richard", "rick": "richard",
    "chuck": "charles", "charlie": "charles", "dave": "david", "dan": "daniel", "danny": "daniel",
    "joe": "joseph", "steve": "stephen", "steven": "stephen", "tony": "anthony", "andy": "andrew",
    "ken": "kenneth", "ron": "ronald", "jeff": "jeffrey", "greg": "gregory", "nick": "nicholas",
    "ben": "benjamin", "larry": "lawrence", "doug": "douglas", "don": "donald", "tim": "timothy",
    "matt": "matthew", "pete": "peter", "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine",
    "debbie": "deborah", "sue": "susan", "jenny": "jennifer",
}  # (not "Pat", "Chris", "Sam", "Al": a short form of two given names, a man's and a woman's or two men's)


def variant_key(name: str) -> str:
    """A person's full name as the same person's other spellings give it: accents, case,
    titles, middle initials and "Jr." left out ("Luis V. Gutiérrez" = "Luis Gutierrez",
    "A. Dutch Ruppersberger" = "Dutch Ruppersberger"), initials alone kept as one word
    ("G. K. Butterfield" = "GK Butterfield"); the given name and the surname. "" for a
    surname alone."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = [w for w in person_words(folded) if w not in _GENERATION]
    if len(words) < 2:
        return ""
    given = [w for w in words[:-1] if len(w) > 1]
    first = given[0] if given else "".join(words[:-1])
    return f"{NICKNAMES.get(first, first)} {words[-1]}"


def middle_initials(name: str) -> str:
    """The initials between a given name and the surname ("George H. W. Bush" -> "hw"):
    two names whose initials differ are two people, whatever else agrees."""
    words = person_words(name)
    return "".join(w for w in words[1:-1] if len(w) == 1) if len(words) > 2 and len(words[0]) > 1 else ""
