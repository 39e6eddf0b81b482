"""Who is bound: a subject or speaker phrase resolved to an actor with the document's
context (the `Resolver` mixin of the Extractor), and the same-side test of reported
speech ("X said Y would ..." binds Y only when Y is X or X's own side).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from collections.abc import Iterable
from typing import Any

from tracker.extract.context import _ACTING_WORDS, _COMMON_WORDS, _NAME_PARTICLES, _back_words, _PLACE_END, _ROLE_WORDS, _TITLE_WORD, DocContext, FIRM_RELATIVE, Person, Quote
from tracker.extract.gazetteer import strip_accents
from tracker.extract.literal import followed_by, folded, folded_starts, matches_after, occurs, preceded_by, word_spans
from tracker.extract.model import ActorInfo
from tracker.extract.morphology import irregular_pasts
from tracker.extract.places import place_or_thing
from tracker.extract.readings_authored import author_is_body
from tracker.extract import tomlcache
from tracker.extract.tomlcache import data_text
from tracker.extract.committees import members_committee
from tracker.extract.party_subset import counted_part
from tracker.extract.clause import _DETERMINERS, _NAME_TAIL, _PRONOUNS, _REGION_WORDS, _core, _elided_subject, _head

_WHEN_OPENERS = frozenset("tomorrow today tonight yesterday now later then meanwhile".split())

_MEMBER_ROLE = re.compile(r"^(?:(?!Trade\b)[A-Z][a-z]+\s+)?(?P<role>Senator|Congressman|Congresswoman|Representative)$")
_YEAR_LEAD = re.compile(r"^\s*(?:1[89]|20)\d\d\s+(?=[A-Z])")
_DET_START = re.compile(r"^(?:the|a|an|his|her|their|its)\s+", re.I)  # ("his Liberal Democrats")
# an unnamed voice of a named body: "A Conservative spokeswoman", "the Treasury official"
_VOICE_WORDS = r"(?:spokes(?:man|woman|person)|officials?|representatives?|aides?|press\s+officer)"
_VOICE_NP = re.compile(
    rf"^(?P<owner>(?:the\s+)?[\w&'’.\-]+(?:\s+[\w&'’.\-]+){{0,4}}?)['’]s?\s+(?:senior\s+|chief\s+)?{_VOICE_WORDS}$"
    rf"|^(?:an?\s+|the\s+)?(?:senior\s+)?(?P<body>(?-i:[A-Z])[\w&'’.\-]*(?:\s+(?-i:[A-Z])[\w&'’.\-]*){{0,4}})\s+{_VOICE_WORDS}$",
    re.I)
_LAST_VOICE = re.compile(
    r"\b(?:A|An|The)\s+(?:senior\s+)?((?-i:[A-Z])[\w&'’.\-]*(?:\s+(?-i:[A-Z])[\w&'’.\-]*){0,4})\s+spokes(?:man|woman|person)\b")
_ROLE_NP = re.compile(
    r"^(?:the\s+|its\s+|their\s+)?(?:(?:prime|foreign|home|defence|defense|finance|trade|health|education|deputy|vice|"
    r"first|chief|shadow|interior|economy|economic|energy|environment|culture|transport|agriculture|"
    r"justice|labour|employment|industry)\s+)*(?P<role>minister|secretary|chancellor|president|premier|"
    r"spokesman|spokeswoman|spokesperson|chairman|chairwoman|chief executive|leader|governor|mayor|"
    r"senator|congressman|congresswoman|prosecutor|ambassador|commissioner|director|head)$",
    re.I,
)
# a legislature's committees, which a member who chairs or sits on one calls "this committee"
_COMMITTEE_NOUNS = frozenset(("committee", "subcommittee"))
_ORG_NOUNS = frozenset(
    """company firm group bank corporation airline carrier bidder buyer seller lender insurer carmaker
    automaker retailer brewer maker manufacturer producer operator owner chain club team band utility
    subsidiary unit division partnership consortium network studio publisher broadcaster supermarket
    railway railroad exchange trust foundation institute charity association federation agency
    regulator board council committee commission union""".split()
)
# Nouns for the people who act for a country: "the Turkmen side", "Japanese officials".
_SIDE_NOUNS = frozenset(
    """side government officials authorities ministry delegation negotiators administration leadership
    team forces troops army military navy police diplomats envoy regulators""".split()
)
# nouns only a public body or a charity is called by ("the agency": not a firm, whatever its name;
# not "committee": a firm's board has committees)
_PUBLIC_BODY_NOUNS = frozenset("agency regulator council commission union association federation foundation "
                               "institute charity trust".split())
# a party named for the political centre ("the Democratic Centre", "Union of the Democratic
# Centre", "the Liberal Center"): a political adjective before "Centre" makes it no building
_CENTRE_PARTY = re.compile(
    r"(?:Democratic|Liberal|Social|Christian|Radical|Progressive|Republican|Popular|Socialist|Conservative|"
    r"Reformist|Civic|Citizens['’]?)\s+(?:Democratic\s+)?Cent(?:re|er)$")


def centre_party(s: str) -> bool:
    """Whether a subject names a party of the political centre (resolution.centre-party)."""
    return _CENTRE_PARTY.search(s.strip()) is not None


_GOV_NOUNS = frozenset("government administration ministry department executive cabinet authorities officials treasury".split())
# "Members of the Bank of England's committee", "officials at the ministry": the body they
# belong to binds; "the two sides in the dispute": the phrase before its modifier
_MEMBERS_OF = re.compile(
    r"^(?:(?:two|three|several|some|senior|top|leading|the)\s+)*(?:members|officials|representatives|executives|bosses|chiefs|heads|"
    r"directors|leaders|delegates|negotiators|staff)\s+(?:of|at|from)\s+(?P<body>\S.*)$", re.I)
_OWNER = re.compile(r"^(?:the\s+)?((?-i:[A-Z])[^'’]*?)['’]s?\s+\S")
_PAIR_PP = re.compile(r"^(?P<np>(?:the\s+)?(?:two|both)\s+\w+)\s+(?:in|to|of|at)\s+\S", re.I)
# "the two sides", "both clubs" (_PAIR_PP: "the two sides in the port dispute")
_PAIR_NP = re.compile(r"^(?:the\s+)?(?:two|both)\s+(?P<noun>sides|countries|nations|governments|companies|firms|parties|"
                      r"leaders|men|ministers|clubs|teams|groups|banks|unions)$", re.I)
# a pair of bodies, not of countries: named by the gazetteer or learned from the text
# ("both parties" is most often two political parties, which the gazetteer knows)
_BODY_PAIR_NOUNS = frozenset(("clubs", "teams", "sides", "unions", "groups"))
_COMMON = _COMMON_WORDS


@dataclass


class _Actor:
    """Who a phrase binds, as the engine carries it to a finding."""

    name: str
    type: str | None
    aliases: list[str]
    affiliations: list[str]
    actors: list[str]
    named: bool  # resolved to a name (not a bare "the company")
    how: str = ""  # how the words were resolved (printed by `tracker explain`)
    side: str | None = None  # a person's own side, whose "we" they speak (country or body of their role)
    guessed: str | None = None  # a parent guessed from the document, not read in the text (not a side)
    types: list[str] | None = None  # the type of each of `actors` ('' unknown), for a coordination


# people at a body speak for it ("Our friends at Fibrotex will retrofit the plant")
_PEOPLE_AT = frozenset(("friends", "partners", "colleagues", "folks", "people", "team", "staff", "officials",
                        "leaders", "members", "leadership", "management", "workers", "employees"))
_PREPOSITIONS = frozenset(("of", "on", "to", "for", "in", "at", "from", "with", "about", "over", "under", "by"))


def longest_first(words: Iterable[str]) -> list[str]:
    """The words of an alternation, longest first and ties in alphabetical order: the same
    pattern string every run (a set's order changes with string hashing, and a pattern that
    changes from run to run is compiled again every run, never found in the regex caches)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


@functools.lru_cache(maxsize=1)
def _types_data() -> dict[str, Any]:
    """data/actor_types.toml: suffix types, firm context words, offices, chambers, leading words."""
    raw = data_text("actor_types.toml")
    data = tomlcache.loads(raw)
    suffix = {w: t for t, words in data["suffix_types"].items() for w in words}
    suffix.update({tuple(p.split()): t for t, pairs in data["suffix_pairs"].items() for p in pairs})
    prefix = {w: t for t, words in data["prefix_types"].items() for w in words}
    ctx = data["company_context"]
    before = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in longest_first(ctx["before"]))
                        + r")\s+(?:the\s+)?$", re.I)
    after = re.compile(r"(?:['’]s?)?\s+(?:" + "|".join(re.escape(w) for w in longest_first(ctx["after"]))
                       + r")\b", re.I)
    firm = "|".join(re.escape(w) for w in longest_first(ctx["apposition"]))
    # "HSBC, the biggest UK bank", "McDonald's, the world's largest restaurant chain": the
    # appositive's head within a few words, before any comma; "The company, GlaxoSmithKline,"
    appos_after = re.compile(rf"\s*,\s+(?:the|a|an)\s+(?:(?!(?:of|for|at|in|with|to|from|by)\b)[^\s,;.]+\s+){{0,5}}?"
                             rf"(?:{firm})\b(?!['’])", re.I)  # ("the godfather of the group": no firm)
    appos_before = re.compile(rf"\b(?:the|a|an)\s+(?:{firm})\s*,\s*$", re.I)
    names = data["first_names"]
    return {"suffix": suffix, "prefix": prefix, "before": before, "after": after,
            "appos_after": appos_after, "appos_before": appos_before,
            "first_names": frozenset(names["words"]), "royal": frozenset(names["royal_titles"]),
            "royal_alt": "|".join(map(re.escape, longest_first(names["royal_titles"]))),
            "firm_roles": frozenset(data["offices"]["firm"]),
            # (the offices as tuples: `role.endswith(ends)` tells in C whether a role ends in one)
            "gov_ends": tuple(sorted(data["offices"]["government"])),
            "private_ends": tuple(sorted({*data["offices"]["firm"], *data["offices"]["private"]})),
            "onlooker_roles": frozenset(data["offices"]["onlooker"]),
            "chambers": data["chambers"], "leading": frozenset(data["leading_words"]["words"]),
            "generic_bodies": frozenset(data["generic_body_nouns"]["words"]),
            "people_plurals": frozenset(data["people_plurals"]["words"]),
            "chamber_members": data["chamber_members"], "thing_tails": frozenset(data["thing_tails"]["words"]),
            "thing_heads": frozenset(data["thing_tails"]["heads"]),
            "firms": frozenset(data["known_firms"]["names"]), "house_of": data["house_alone"], "service_of": data["service_alone"],
            "office_holders": {tuple(k.split("|")): v for k, v in data["office_holders"].items()}}


# an office its holder does not hold for the government: "Shadow Home Secretary David
# Davis", "former chancellor Kenneth Clarke" (resolution.affiliations guesses no country)
_OUT_OF_OFFICE = r"\b(?:shadow|former|ex-)\s*(?:[\w'’\-]+\s+){{0,3}}?(?:{roles})\s+(?:[A-Z][\w.'’\-]*\s+){{0,2}}{surname}\b"


def _out_of_office(text: str, name: str) -> bool:
    low = text.lower()
    surname = name.split()[-1]
    if surname not in text or ("shadow" not in low and "former" not in low and "ex-" not in low):
        return False
    # (speed: the pattern, which holds every role word, is not compiled for each surname:
    # its part before the surname is, and tried from each "shadow", "former" or "ex-" to
    # each of the surname's places, found with str.find as re.I finds them)
    starts = folded_starts(text, surname) if surname else None
    if starts is None:
        return re.search(_OUT_OF_OFFICE.format(roles=_ROLE_WORDS, surname=re.escape(surname)), text, re.I) is not None
    ends = [i for i in starts if _WORD_BOUNDARY.match(text, i + len(surname))]
    if not ends:
        return False
    rx = _out_of_office_prefix()
    opens = [m.start() for m in _OUT_OF_OFFICE_OPEN.finditer(text, 0, ends[-1])]
    # (a match spans at most _OUT_OF_OFFICE_WORDS words, white space apart: only the opens
    # that many words before a place of the surname are tried there)
    return any(rx.fullmatch(text, a, i) is not None for i in ends
               for a in opens if (_back_words(text, i, _OUT_OF_OFFICE_WORDS) if _OUT_OF_OFFICE_WORDS else 0) <= a < i)


# where _OUT_OF_OFFICE may match: every place its first word is (no two overlap; consumed,
# not looked ahead at, so that the engine skips to the places their first letters are)
_OUT_OF_OFFICE_OPEN = re.compile(r"\b(?:shadow|former|ex-)", re.I)
# the most words (runs without white space) a match of _OUT_OF_OFFICE up to the surname
# spans: "shadow", three words, the role's words, two names (None: role words that are
# no plain words, so no bound)
_OUT_OF_OFFICE_WORDS = (6 + max(w.count(" ") + 1 for w in _ROLE_WORDS.split("|"))
                        if re.search(r"\\[^.]|[()\[\]*+?{}^$]", _ROLE_WORDS) is None else None)


@functools.cache
def _out_of_office_prefix() -> re.Pattern[str]:
    """_OUT_OF_OFFICE up to the surname (compiled on first use: it holds every role word)."""
    return re.compile(_OUT_OF_OFFICE[: _OUT_OF_OFFICE.index("{surname}")].format(roles=_ROLE_WORDS), re.I)


# a title or role word capitalised before a name: "First Minister Jack McConnell",
# "Health Minister Jane Hutt", "Founder Stelios Haji-Ioannou", "MSP Karen Whitefield"
_TITLE_HEADS = frozenset(
    """minister secretary chancellor president premier governor senator sen rep representative congressman
    congresswoman mayor chairman chairwoman chair chief executive director founder leader speaker commissioner
    ambassador prosecutor judge justice mr mrs ms miss dr sir dame lord lady baroness msp mp mep am mla
    spokesman spokeswoman administrator secretary-general treasurer whip deputy boss head president-elect
    officer""".split())
# a speaker given by a role alone ("The home secretary", "the firm's chief executive"), not
# a voice speaking for someone else (a spokesman, an aide): a "he" after it is that role holder
_BARE_ROLE = re.compile(
    r"(?i)^(?:the|its|his|her|their)\s+(?:[\w'’\-]+\s+){0,3}?(?:home\s+|foreign\s+|defence\s+|defense\s+|"
    r"health\s+|culture\s+|education\s+|transport\s+|environment\s+|trade\s+|work\s+and\s+pensions\s+)?"
    r"(?:secretary|minister|chancellor|president|premier|governor|chairman|chairwoman|chief\s+executive|"
    r"mayor|leader|prime\s+minister)$")


def _shown_in_role(text: str, name: str, role: str) -> bool:
    """Does the text give `name` the role word `role` next to it ('Central Bank president
    Francisco Gros', 'Gros, the bank's president')?"""
    sur = re.escape(name.split()[-1])
    r = re.escape(role.lower())
    return re.search(rf"(?i:\b{r})\s+(?:[A-Z][\w.'’\-]*\s+){{0,3}}{sur}\b|\b{sur}\b,?\s+(?:[\w'’\-]+\s+){{0,5}}?(?i:{r})\b",
                     text) is not None


# titles of peers and knights: the name after them may be a place ("Baroness Scotland")
_PEER_TITLES = frozenset("lord lady baroness baron viscount viscountess earl countess marquess".split())
# last words that make a name a body's, never a person's ("Farm Credit Administration")
_BODY_ENDS = frozenset("""Administration Department Ministry Committee Subcommittee Commission Agency Bureau County
    Caucus Council Authority Corps Association Foundation Institute""".split())
_TITLE_MODIFIERS = frozenset("attorney general ranking member majority minority deputy vice assistant acting".split())
_ADMINISTRATION = re.compile(r"^([A-Z][\w'’\-]+)\s+Administrations?$")
_NAME_LINKS = frozenset("of and for the de du la le van von da di del der al el bin on in at".split())  # in names
_POSSESSIVE_DETS = frozenset("our their his her its my your this that these those".split())
_LOWER_PARTICLE = re.compile(r"^(?:[a-z]{1,4}-[A-Z]|(?:de|van|von|al|el|da|di|du|le|la|bin)$)")  # "al-Qaeda", "de Beers"
_PERSONAL_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Rep|Sen|Senator|Congressman|Congresswoman)\.?\s+")
# a common noun with the names after "between": "(a) merger between X and Y"
_BETWEEN_NP = re.compile(r"^[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+(?:between|among)\s")
# a firm's acronym or a people noun glued before a person's name: "(aerospace group) EADS
# Philippe Camus", "Irishmen JP McManus"
_GLUED_LEAD = re.compile(r"^(?:[A-Z]{2,}|(?P<people>[A-Z][a-z]*(?:sh|ch|s)(?:wo)?men))\s+(?=[A-Z])")
_BASED = re.compile(r"^(?:[A-Z][\w.\-]*-(?:based|owned|listed|headquartered)|state-owned|rival|fellow)\s+")


def _company_signal(ctx: DocContext, name: str) -> bool | str:
    """The text shows `name` to be a firm: a firm word before one of its mentions ("rival
    bidder Deutsche Boerse", "car giant Fiat") or a firm's thing right after one ("Unilever's
    profits", "GM shares"), and no personal title before it ("Mr Glazer")."""
    memo = ctx.cache.setdefault("company_signal", {})
    if name in memo:
        return memo[name]
    data, text = _types_data(), ctx.doc.text
    found = personal = False
    i = text.find(name)
    while i >= 0:
        e = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and not text[e : e + 1].isalnum():
            head = text[max(0, i - 40) : i]
            if _PERSONAL_TITLE.search(head[-12:]) and head[-12:].rstrip().split()[-1:] and \
                    _PERSONAL_TITLE.search(head[-12:]).end() == len(head[-12:]):
                personal = True
            if data["before"].search(head) or data["after"].match(text, e, e + 40) or _FIRM_RELATIVE_RX.match(text, e, e + 80):
                found = True
            elif data["appos_after"].match(text, e, e + 80) or data["appos_before"].search(head):
                found = found or "apposition"  # (resolution.type-apposition)
        i = text.find(name, i + 1)
    memo[name] = got = found if not personal else False
    return got


_FIRM_RELATIVE_RX = re.compile(FIRM_RELATIVE)
# a one-word brand or acronym: "SpiceJet", "BMW" (not "McDonald", "MacLeod": a surname)
_BRAND = re.compile(r"^(?!Ma?c[A-Z])[A-Z]*[a-z]{2,}[A-Z]\w*$|^[A-Z]{2,}$")
# a name right before an indefinite appositive: "First Toronto, [an investment bank]"
_APPOSED_NAME = re.compile(r"(?P<name>[A-Z][\w&.'’\-]*(?:\s+(?:[A-Z][\w&.'’\-]*|of|and|de|&)){0,5})(?:\s*<[^<>]{1,15}>)?,\s+an?\s+$")
_BODY_NOUNS = (r"(?:union|charity|band|(?:campaign|pressure|lobby|protest|action|advocacy|consumer|environmental|"
               r"(?:supporters|fans|residents|parents|patients|victims|shareholders)['’]?)\s+group|watchdog|regulator|think tank|"
               r"trade body|lobby group|aid agency|agency)")
_BODY_BEFORE = re.compile(rf"\b{_BODY_NOUNS}\s+$", re.I)
# "Unison, Britain's biggest union,": a body's noun heads the appositive
_BODY_APPOS = re.compile(rf"\s*,\s+(?:the|a|an|[A-Z][\w.]*['’]s?)\s+(?:[\w\-]+\s+){{0,3}}?{_BODY_NOUNS}\b(?!['’])", re.I)


def _body_signal(ctx: DocContext, name: str) -> bool:
    """A body's noun right before the name ("union Unison", "charity Oxfam"):
    an organisation, not a firm (resolution.type-apposition)."""
    text = ctx.doc.text
    return any(_BODY_BEFORE.search(text, max(0, s - 30), s) or _BODY_APPOS.match(text, e, e + 60)
               for s, e in (word_spans(text, name) if name else
                            ((m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text))))


# what must follow a name for the patterns of `_not_person` and `_spelled_out` to match,
# and precede a surname for `_titled`'s (tracker/extract/literal.py): keep them in step
# with those patterns (a gate looser than its pattern is fine, a stricter one hides matches)
_NOT_PERSON_TAIL = re.compile(r",\s+which\b|\s+(?:has\s+|had\s+)?(?:said|says|announced|added)\s+(?:that\s+)?it\b")
_CLOSING_BRACKET = re.compile(r"\s*\)")
_PERSONAL_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady")


def _party_signal(ctx: DocContext, name: str) -> bool:
    """The text calls the name a party: "the Veritas party", "'Veritas' party", "his new party,
    Veritas," (resolution.type-apposition)."""
    if not name:
        return False
    # (a headline says it too: "Kilroy launches 'Veritas' party"; both read only where the name is)
    # (every match holds "arty": a text without it is not searched)
    texts = [t for t in (ctx.doc.title or "", ctx.doc.text) if name in t and "arty" in t]
    if not texts:
        return False
    # (speed: the pattern rf"\b{n}['’]?\s+[Pp]arty\b|\b(?:new|political|the|his|her|their)\s+party,?\s+{n}\b",
    # the name found with str.find)
    return any(occurs(t, name, _WORD_BOUNDARY, _PARTY_AFTER) or _party_before(t, name) for t in texts)


_PARTY_AFTER = re.compile(r"['’]?\s+[Pp]arty\b")
_PARTY_WORD_BEFORE = re.compile(r"\b(?:new|political|the|his|her|their)\Z")


def _party_before(text: str, name: str) -> bool:
    """Whether ``re.search(rf"\\b(?:new|political|the|his|her|their)\\s+party,?\\s+{re.escape(name)}\\b",
    text)`` matches (`name` opening with no white space or comma), found with str.find."""
    if name[:1].isspace() or name[:1] == ",":
        return re.search(rf"\b(?:new|political|the|his|her|their)\s+party,?\s+{re.escape(name)}\b", text) is not None
    i = text.find(name)
    while i >= 0:
        if _WORD_BOUNDARY.match(text, i + len(name)):
            j = _space_before(text, i)
            e = j - 1 if j > 0 and text[j - 1] == "," else j
            if j < i and text.endswith("party", 0, e):
                k = _space_before(text, e - 5)
                if k < e - 5 and _PARTY_WORD_BEFORE.search(text, max(0, k - 9), k):
                    return True
        i = text.find(name, i + 1)
    return False


def _space_before(text: str, i: int) -> int:
    """Where the run of white space (\\s: str.isspace) ending at `i` starts (`i` if none)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _not_person(ctx: DocContext, name: str) -> bool:
    """The text refers to `name` as a thing: "NAME, which ...", "NAME said it would"
    (resolution.type-not-person); never when a personal title goes with it."""
    if name and not followed_by(ctx.doc.text, name, _NOT_PERSON_TAIL):
        return False  # (no need to build the pattern: it cannot match)
    # (speed: the pattern rf"\b{n}(?:{_NOT_PERSON_TAIL.pattern})", the name found with str.find)
    return occurs(ctx.doc.text, name, _WORD_BOUNDARY, _NOT_PERSON_TAIL) and not _titled(ctx, name.split()[-1])


# the words for a group speaking as one: a quote's voice whose "we" is the group (resolution.group-voice)
# ("the delegation", "the members of Congress", "the Senators in the letter", "both lawmakers";
# a common noun, not a body's name: not "the House Committee on Oversight" (Issa's, whose
# attribution the quote reader cut to it), nor "Darrell Issa, chairman of ...": a person)
_GROUP_VOICE = re.compile(r"(?:[Tt]he\s+|[Aa]ll\s+|[Bb]oth\s+)?(?:[\w.\-]+\s+){0,3}?(?:delegation|members|lawmakers|senators|"
                          r"representatives|legislators|caucus|coalition|committee|subcommittee|co-?chairs|"
                          r"signatories|signers|task\s+force|Senators|Members|Representatives|Lawmakers|Legislators)\b")


def _first_name_alone(ctx: DocContext, name: str) -> bool:
    """A one-word name that is a given name the document never shows as part of a longer
    name: no title before it ("Mr Howard"), no name before it ("Victor Frank", "Robert A.
    Alexander"), no name after it ("Diana Corp", "King World"): "wife, Sandra,"
    (resolution.first-name-alone)."""
    data = _types_data()
    if " " in name or name not in data["first_names"] or _titled(ctx, name):
        return False
    n = re.escape(name)
    for m in re.finditer(rf"\b([A-Z][\w'’\-]+)\.?\s+(?:[A-Z]\.\s+)?{n}\b|\b{n}\s+(?:[A-Z]\.\s+)?[A-Z][a-z]", ctx.doc.text):
        before = m.group(1)
        if before is None or before not in data["royal"] and before not in _types_data()["leading"] \
                and before.lower() not in _COMMON:
            return False  # a surname, or the first word of a longer name
    return True


_EXTENSION = re.compile(r"\s+(?:&\s+)?(?:[A-Z][^\W\d]*(?:[’'\-][^\W\d]+)?)(?:\s+(?:&\s+)?[A-Z][^\W\d]*(?:[’'\-][^\W\d]+)?){0,2}"
                        r"(?![\w\-])")


def _introduced_as(ctx: DocContext, short: str) -> str | None:
    """The longer name a one-word firm name was introduced by: its first mention in the
    text goes on with capitalised words ("Qwest Communications", "Marsh & McLennan",
    "Illva Saronno"), and it is used alone after that (resolution.short-name)."""
    if short.lower() in _COMMON or short in _types_data()["suffix"] or short.lower() in _TITLE_HEADS \
            or _PLACE_END.fullmatch(short):
        return None  # ("the House", "the Navy", "the Caucus": a body's common noun, not a short form)
    text = ctx.doc.text
    if not short:
        return None  # (also what the pattern below gave: no word follows a bare boundary)
    first = next(word_spans(text, short), None)  # its first mention (literal.py: no pattern built)
    if first is None:
        return None
    ext = _EXTENSION.match(text, first[1])
    if ext is None or "\n" in ext.group():
        return None
    words = ext.group().split()
    if words and _POSSESSIVE_S.search(words[-1]):
        words[-1] = words[-1][:-2]  # "Inter Milan's coach": the name without its possessive
    while words and (words[-1] in _types_data()["leading"] or words[-1].lower() in _COMMON and words[-1] != "&"
                     and words[-1] not in _types_data()["suffix"]):
        words.pop()  # ("Qwest Communications Monday": the name, not the day)
    if not words or words[-1] == "&":
        return None
    cut = next((i for i, w in enumerate(words) if w.lower() in _TITLE_HEADS or w.isupper() and len(w) > 1
                or w in ("Act", "Bill", "Resolution")), None)
    if cut is not None:
        return None  # ("Pfizer CEO Ian Read", "Navy WASHINGTON", "HEARD Act": no longer name of it)
    full = short + " " + " ".join(words)
    if not (words[-1] in _types_data()["suffix"] or "&" in words or _company_signal(ctx, full)
            or len(words) == 1 and _first_word_acts(ctx, [short, words[0]])):
        return None  # (only a firm's or body's full name: "Qwest Communications", "Marsh & McLennan")
    # (the short name must be used alone later: a unit's name, "Fiat Auto", is no short form)
    later, rest = text[first[1]:], full[len(short):]
    # rf"\b{short}\b(?!{rest})" searched in `later`, without building it (literal.py)
    alone = any(not later.startswith(rest, e) for _, e in word_spans(later, short, overlapping=True))
    return full if alone else None


# "Federal Railroad Administration (FRA)": a run of name words before the acronym in brackets
_SPELLED = r"(?:[A-Z][\w'’.\-]*|of|and|for|the|on|&)"
# a party-state tag left alone as a subject: "R-Mo.", "D-AZ", "Ga." (of "R-Ga.-12")
_PARTY_TAG = re.compile(r"^\(?(?:[RDI]-)?[A-Z][A-Za-z]{0,3}\.(?:-\d+)?\)?$|^\(?[RDI]-[A-Z]{2}(?:-\d+)?\)?$")
# an aside after a name: "Ruben Gallego (D-AZ)", "Pedro Pierluisi in the House"
_TRAILING_ASIDE = re.compile(r"^(?P<name>[A-Z].*?\S)\s*(?:\([^()]*\)|\s+in\s+the\s+(?:House|Senate|Commons|Lords|Assembly))$")
_DEMONYM_PLURAL = re.compile(r"^[A-Z][a-z]{2,}(?:an|ian)s$")


def _last_named_with(ctx: DocContext, word: str, pos: int) -> str | None:
    """The last name before `pos` in the text that ends in `word` or has it before an "of"
    phrase ("Problem Solvers Caucus", "Army Corps of Engineers"), for "the Caucus"."""
    got = None
    rx = rf"\b((?:(?!(?:The|This|That|These|Our|Their|Its|Your|A|An)\b)[A-Z][\w\-]*(?:s['’])?(?![\w'’\-])\s+(?:(?:and|&)\s+(?=[A-Z]))?){{1,5}}{re.escape(word)}(?:\s+of\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}})?)"
    for m in re.finditer(rx, ctx.doc.text[max(0, pos - 5000) : pos]):
        got = m.group(1)
    return got


def _generic_plural(name: str, known: Any = None) -> bool:
    """A plural noun for people in general in title case: "Senators", "Children", "North
    Texans", "Native Americans" (resolution.generic-plural)."""
    words = name.split()
    if len(words) > 1 and words[0].replace(",", "").isdigit():
        words = words[1:]  # "45 Senators": a count of people in general
        if "of" in words[1:]:
            words = words[: words.index("of")]  # "100 Members of Congress": the people counted
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1]
    return last.lower() in _types_data()["people_plurals"] or (
        len(words) > 1 and _DEMONYM_PLURAL.match(last) is not None and last.lower() not in _COMMON
        and not (known and known(last)))  # ("House Republicans": a party's people, not a demonym)


_SPELLED_RUN = re.compile(rf"((?:{_SPELLED}\s+){{1,9}}{_SPELLED})\s*\Z")  # (then the bracket)


def _acronym_brackets(text: str, acronym: str) -> list[int]:
    """Where each match of ``rf"\\(\\s*(?:the\\s+)?{re.escape(acronym)}\\s*\\)"`` starts, in order
    (`acronym` not empty, holding no white space or bracket, no part of "the"), found with
    str.find."""
    out = []
    n = len(acronym)
    i = text.find(acronym)
    while i >= 0:
        if _CLOSING_BRACKET.match(text, i + n):
            j = i
            while j > 0 and text[j - 1].isspace():  # (\s: str.isspace)
                j -= 1
            if j > 0 and text[j - 1] == "(":
                out.append(j - 1)
            elif j < i and text.endswith("the", 0, j):
                k = j - 3
                while k > 0 and text[k - 1].isspace():
                    k -= 1
                if k > 0 and text[k - 1] == "(":
                    out.append(k - 1)
        i = text.find(acronym, i + 1)
    return out


def _spelled_run(text: str, acronym: str) -> str | None:
    """The run of name words right before the first bracket holding the acronym that has one:
    group 1 of ``re.compile(rf"((?:{_SPELLED}\\s+){{1,9}}{_SPELLED})\\s*{bracket}").search``."""
    # A match is at most ten words before its bracket, none holding white space or "(":
    # it starts within the 11 words before the first such bracket, so it is searched from
    # there (its runs of words were tried at every position of the text before).
    # (speed: the brackets found with str.find, and the run of words before one with a
    # pattern that ends there, not a pattern compiled for each acronym: a run holds no "(",
    # so the first bracket a run ends at holds the leftmost match)
    m = None
    if not acronym or acronym in "the" or any(c.isspace() or c in "()" for c in acronym):
        bracket = rf"\(\s*(?:the\s+)?{re.escape(acronym)}\s*\)"  # (the pattern itself, for an odd acronym)
        first = re.search(bracket, text)
        m = re.compile(rf"((?:{_SPELLED}\s+){{1,9}}{_SPELLED})\s*{bracket}").search(text, _back_words(text, first.start(), 11)) \
            if first is not None else None
    elif brackets := _acronym_brackets(text, acronym):
        pos = _back_words(text, brackets[0], 11)
        for at in brackets:
            m = _SPELLED_RUN.search(text, pos, at)
            if m is not None:
                break
    return None if m is None else m.group(1)


def _spelled_out(ctx: DocContext, acronym: str) -> str | None:
    """The name an acronym abbreviates where the text spells it out before it in brackets
    ("the Federal Railroad Administration (FRA)", "Department of Housing and Urban
    Development (HUD)"): the longest run of name words whose capitals hold the acronym's
    letters in order, first and last alike (resolution.acronym-expansion)."""
    text = ctx.doc.text
    if acronym and not followed_by(text, acronym, _CLOSING_BRACKET):
        return None  # (no need to build the pattern: it cannot match)
    run = _spelled_run(text, acronym)
    if run is None:
        return None
    words = run.split()
    suffix = _types_data()["suffix"]
    for i in range(len(words)):
        run = words[i:]
        if not run[0][:1].isupper() or run[0] in _types_data()["leading"]:
            continue
        caps = "".join(w[0] for w in run if w[:1].isupper())
        it = iter(caps)
        if caps[-1:] == acronym[-1] and all(c in it for c in acronym) and (
                caps[0] == acronym[0] or run[0] in suffix or run[0] in ("U.S.", "US")):
            return " ".join(run)
    return None


def _initials_of(ctx: DocContext, acronym: str) -> str | None:
    """The one body or firm the document names whose initials, its small words aside, are the
    acronym ("Rural & Agriculture Council of America" for "RACA"), when no brackets spell it
    out (resolution.acronym-expansion)."""
    if acronym[0] not in ctx.doc.text:
        return None
    names = set()
    for org in {org for _, org in ctx.org_mentions if org[:1] == acronym[0]}:
        names.add(org)
        # (as re.search(rf"{re.escape(org)}{_OF_PLACE_AFTER.pattern}"), the name found with str.find)
        more = next(matches_after(ctx.doc.text, org, _OF_PLACE_AFTER), None) if org else None
        if more:  # ("Rural & Agriculture Council of America": the body's word, then where)
            names.add(org + more.group())
    found = {n for n in names if "".join(w[0] for w in n.split() if w[:1].isupper() and w != "The") == acronym}
    return found.pop() if len(found) == 1 else None


def _titled(ctx: DocContext, surname: str) -> bool:
    """A personal title goes with `surname` somewhere in the document ("Mr Brown")."""
    if surname and not preceded_by(ctx.doc.text, surname, _PERSONAL_TITLES):
        return False  # (no need to build the pattern: it cannot match)
    text = ctx.doc.text
    if surname[:1].isspace():
        return re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+{re.escape(surname)}\b", text) is not None
    # (speed: that pattern, the surname found with str.find and the title before it matched)
    i = text.find(surname)
    while i >= 0:
        if _WORD_BOUNDARY.match(text, i + len(surname)):
            j = i
            while j > 0 and text[j - 1].isspace():  # (\s: str.isspace)
                j -= 1
            if j < i and _PERSONAL_TITLE_BEFORE.search(text, max(0, j - 5), j):
                return True
        i = text.find(surname, i + 1)
    return False


def _thing_name(words: list[str]) -> bool:
    """A name of two words or more that names a law or a thing by its last word ("the Jones
    Act", "Incident Support Bases") or its first ("USS Cole", "Operation Streamline", an
    industry's label "Big Oil") (resolution.thing-named; actor_types.toml [thing_tails])."""
    return len(words) > 1 and (words[-1] in _types_data()["thing_tails"] or words[0] in _types_data()["thing_heads"])


# a noun for a place right before a name in apposition: "his country house, Chevening,"
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:house|residence|home|palace|castle|estate|hotel|village|town|resort|retreat|"
                                r"manor|farm|island|venue)\s*,\s*$")


def place_apposed(before: str, name: str) -> bool:
    """The name closes `before` after a place's noun and a comma: "his Kent house, Chevening,"."""
    b, name = before.rstrip().rstrip(",").rstrip(), name.strip()
    return bool(name) and b.endswith(name) and _PLACE_NOUN_BEFORE.search(b[-40 - len(name):-len(name)]) is not None


# a sentence that opens with a body's definite noun phrase, a verb, and then a subordinate
# clause or a coordinated one holding "it": "The government has ruled out X, because it says"
_BODY_OPENS = re.compile(r"\s*[\"“]?(?P<np>[Tt]he\s+(?:[A-Z]?[a-z\-]+\s+){0,2}?(?P<noun>[A-Za-z]+))\s+"
                         r"(?:has|have|had|is|was|will|would|did|does|[a-z]+ed|[a-z]+s)\s[^.;:“”\"]*?"
                         r"(?:,\s*|\s)(?:because|as|since|although|though|while|and|but|saying|after)\s+it\s+[^.]*$")


# a numbered sitting of a legislature: "110th Congress", "the 56th Parliament"
_SESSION = re.compile(r"^(?:the\s+)?\d+(?:st|nd|rd|th)\s+([A-Z][\w ]+)$")


# The text says a body is no firm: "Ariva, a Bronx non-profit financial assistance firm",
# "X, a charitable organization", "X is a nonprofit", "the non-profit X"
_NOT_FOR_PROFIT = r"(?:non-?profit|not-for-profit|charitable)"
_NONPROFIT_AFTER = re.compile(
    rf"(?:\s*\([^()]{{1,12}}\))?(?:\s*,\s+(?:a|an|the)|\s+is\s+a|\s+is\s+an)\s+(?:[\w\-]+\s+){{0,3}}?{_NOT_FOR_PROFIT}"
    r"(?:\s+[\w\-]+){0,2}?\s*(?:organi[sz]ation|group|firm|corporation|company|lender|agency|provider|"
    r"foundation|charity|institution|association|network|fund|\b(?=\s*(?:,|that\b|which\b|\.)))", re.I)
_NONPROFIT_BEFORE = re.compile(rf"\b{_NOT_FOR_PROFIT}\s+(?:organi[sz]ation\s+|group\s+)?$", re.I)
# words of a "... Corporation" name that say it serves the public, not shareholders
# ("Rural Community Assistance Corporation", "Neighborhood Development Corporation",
# "Michigan Economic Development Corporation", "Municipal Assistance Corp")
_PUBLIC_PURPOSE = frozenset(("Community", "Assistance", "Economic", "Neighborhood", "Neighbourhood", "Housing"))


def _not_a_firm(ctx: DocContext | None, name: str, words: list[str]) -> bool:
    """A name a firm's suffix or noun would make a company that is a public or non-profit body:
    by its words, or because the text calls it a non-profit (resolution.type-not-firm)."""
    if words[-1].rstrip(".") in ("Corporation", "Corp") and _PUBLIC_PURPOSE.intersection(words[:-1]):
        return True
    if words[-1] == "Exchange" and "Health" in words:
        return True  # "Covered Health Insurance Exchange": a state's marketplace, no market operator
    if ctx is None:
        return False
    text = ctx.doc.text
    return any(_NONPROFIT_AFTER.match(text, e, e + 120) or _NONPROFIT_BEFORE.search(text, max(0, s - 40), s)
               for s, e in word_spans(text, name))


def _type_of_name(ctx: DocContext | None, name: str) -> tuple[str, str]:
    """The type of a name the gazetteer does not know, and the id that decided it."""
    words = name.split()
    last = words[-1].rstrip(".,") if words else ""
    kind = _types_data()["suffix"].get((words[-2], last) if len(words) > 2 else last) or _types_data()["suffix"].get(last)
    if kind == "company" and len(words) > 2 and words[-2] == "of":
        kind = None
    if kind in ("company", None) and words and _not_a_firm(ctx, name, words):
        # "Rural Community Assistance Corporation", "Ariva, a non-profit ... firm": no firm
        return "organisation", "resolution.type-not-firm"
    if words[:1] == ["Bank"] and "of" in words[1:3] or last == "Bank" and (
            "Central" in words[:-1] or "Development" in words[:-1] or "Reserve" in words[:-1] or words[:1] == ["World"]):
        # "Bank of Korea", "Central Bank", "Asian Development Bank", "Reserve Bank": a public bank
        kind = "organisation"
    if kind and (len(words) > 1 or kind in ("organisation", "government")):
        # ("Parliament", "Army", "Treasury" alone: a body's noun is the body's type; a firm's,
        # "Group" or "Bank" alone, names none)
        return kind, "resolution.type-by-suffix"
    if ctx is not None and _body_signal(ctx, name):
        return "organisation", "resolution.type-apposition"  # "Britain's biggest union Unison"
    if ctx is not None and _party_signal(ctx, name):
        return "party", "resolution.type-apposition"  # "Kilroy launches 'Veritas' party"
    if len(words) > 1 and _types_data()["prefix"].get(words[0]) and words[1].lower() not in _COMMON:
        return _types_data()["prefix"][words[0]], "resolution.type-by-suffix"  # "Air Deccan": its first word
    if name in _types_data()["royal"]:
        return "person", "resolution.first-name-alone"  # "the Queen", "the Pope": a royal title alone
    if len(words) > 2 and words[0] in ("Department", "Ministry") and words[1] in ("of", "for"):
        return "government", "resolution.type-by-suffix"  # "Department for Transport", "Ministry of Defence"
    if name in _types_data()["firms"]:
        return "company", "resolution.type-by-name"  # "Honda", "Volkswagen": a firm the world knows
    if len(words) > 2 and "&" in words[1:-1] and all(w[:1].isupper() for w in words if w != "&"):
        return "company", "resolution.type-by-name"  # "Marks & Spencer", "Procter & Gamble": partners' names
    if len(words) > 2 and any(w in ("bin", "ibn", "bint") for w in words[1:-1]) and words[0][:1].isupper():
        return "person", "resolution.type-by-name"  # "Al-Walid bin Talal": a father's name after "bin"
    if _CAMEL_BRAND.match(name) and _types_data()["suffix"].get(_BRAND_TAIL.search(name).group()) not in (
            "organisation", "government", "party"):
        # "DigitalGlobe", "WorldCom", "ScanSoft": two words run together, each capitalised, is
        # how a firm writes its brand; not a surname's prefix ("McCain", "DeFazio", "LaHood") nor
        # a body's noun at the end ("AmeriCorps")
        return "company", "resolution.type-brand-shape"
    signal = _company_signal(ctx, name) if ctx is not None else False
    if signal:
        return "company", ("resolution.type-apposition" if signal == "apposition" else "resolution.type-company-context")
    if _INITIALS_NAME.match(name):
        return "person", "resolution.type-person-shape"  # "R.D. James", "J. Smith": initials and a surname
    if ctx is not None and len(words) == 2 and _PERSON_LIKE.match(name) and _first_word_acts(ctx, words):
        # "Illva Saronno ... Illva will pay": a firm is called by its first word, a person by
        # the last (resolution.short-name)
        return "company", "resolution.short-name"
    if ctx is not None and _PERSON_LIKE.match(name) and _not_person(ctx, name):
        # "Laura Ashley, which is due to ...", "X has said it will": a thing, not a person
        return "organisation", "resolution.type-not-person"
    if _PERSON_LIKE.match(name) and not _INNER_CAP.match(name) and (
            words[-1].lower() not in _COMMON and words[0].lower() not in _COMMON
            or len(words) == 2 and words[0] in _types_data()["first_names"]  # "Bob Pack", "Tom Price"
            or ctx is None or _titled(ctx, words[-1])):
        # ("Manchester United", "Lisbon Agenda", "Air Deccan": a common word is no name of a
        # person unless a title goes with the last one somewhere: "Mr Brown")
        return "person", "resolution.type-person-shape"
    if ctx is not None and len(words) == 1 and _firm_in_full(ctx, name):
        # "Nasdaq ... Nasdaq Stock Market plans": a one-word name the text also gives in full
        # with a firm's ending is that firm's short name (resolution.short-name)
        return "company", "resolution.short-name"
    return "organisation", "resolution.type-default"


# How a one-word name was typed when it may be the short form of a longer name the story
# introduced it by ("Bell ... Bell Canada Enterprises Inc"): that name is the actor then.
_FIRM_GUESSES = ("resolution.type-default", "resolution.short-name", "resolution.type-brand-shape")


def _firm_in_full(ctx: DocContext, short: str) -> bool:
    """Somewhere in the text ``short`` goes on with capitalised words ending as a firm's name
    does ("Nasdaq Stock Market", "Kestrel Foods"): its last word or two in [suffix_types]
    company, no title or acronym among them."""
    if short.lower() in _COMMON or short in _types_data()["suffix"]:
        return False
    text, suffix = ctx.doc.text, _types_data()["suffix"]
    for start, end in islice(word_spans(text, short), 8):
        if re.search(r"(?:\band|&)\s+$", text[max(0, start - 6):start]):
            continue  # ("Reynolds and Reynolds Co": the second partner's name, not a longer form of it)
        ext = _EXTENSION.match(text, end)
        if ext is None or "\n" in ext.group():
            continue
        words = ext.group().split()
        if any(w.lower() in _TITLE_HEADS or w.isupper() and len(w) > 1 for w in words):
            continue
        full = [short, *words]
        if suffix.get(tuple(full[-2:])) == "company" or suffix.get(full[-1]) == "company" and full[-2] != "of":
            return True
    return False


# a peer's title, which goes with the surname alone ("Lord Falconer", "Baroness Scotland")
_PEERS_ALONE = "Lord|Lady|Baroness|Baron|Viscount|Earl"
_PEERAGE = re.compile(rf"\b(?:{_PEERS_ALONE})\s+[A-Z]")


# last words of a body's name before an office it has ("Parish Council President", "University
# President"): the office is the body's (resolution.affiliations)
_BODY_WORDS_BEFORE_OFFICE = frozenset((
    "Council", "Bureau", "Board", "Association", "University", "College", "Foundation", "Society", "Club", "Union",
    "Institute", "Company", "Chamber", "Federation", "Realtors", "Parish", "Corporation", "Corp", "Inc", "Group",
    "Bank", "League", "Alliance", "Coalition", "Network", "Center", "Centre", "Trust", "Fund", "Commission"))


def _goes_by(text: str, name: str) -> tuple[str, str] | None:
    """A name the text writes with a nickname in quotation marks ('Robert C. “Bobby” Scott',
    'C.A. “Dutch” Ruppersberger'): (the nickname and the surname, the name without the
    nickname), else None."""
    words = name.split()
    for i in range(1, len(words) - 1):
        if not words[i].isalpha() or not words[i][:1].isupper():
            continue
        before, after = " ".join(words[:i]), " ".join(words[i + 1:])
        if _nicknamed(text, before, words[i], after):
            return f"{words[i]} {after}", f"{before} {after}"
    return None


_OPEN_QUOTE = re.compile(r"\s+[“\"'‘]")
_CLOSE_QUOTE = re.compile(r"[”\"'’]\s+")
_OF_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?")  # "Council of America"
_PERSONAL_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\Z")  # (then \s+ and a name)


def _nicknamed(text: str, before: str, nick: str, after: str) -> bool:
    """Whether ``re.search(rf"{re.escape(before)}\\s+[“\"'‘]{re.escape(nick)}[”\"'’]\\s+{re.escape(after)}\\b",
    text)`` matches (`before` not empty; a nickname and what follows it open with no white
    space or quotation mark), found with str.find."""
    if nick not in text:
        return False
    i = text.find(before)
    while i >= 0:
        m = _OPEN_QUOTE.match(text, i + len(before))
        if m is not None and text.startswith(nick, m.end()):
            m = _CLOSE_QUOTE.match(text, m.end() + len(nick))
            if m is not None and text.startswith(after, m.end()) and _WORD_BOUNDARY.match(text, m.end() + len(after)):
                return True
        i = text.find(before, i + 1)
    return False


def _surname_with_particles(name: str) -> str:
    """The surname a person goes by alone, with the particles before it ("Van Hollen",
    "Lula da Silva" -> "da Silva", "Ursula von der Leyen" -> "von der Leyen"), not "Hollen"."""
    words = name.split()
    i = len(words) - 1
    while i > 0 and (words[i - 1] in _NAME_PARTICLES or words[i - 1].lower() in _CAPITAL_PARTICLES):
        i -= 1
    return " ".join(words[i:])


# particles written capitalised too ("Chris Van Hollen", "Rosa DeLauro"'s "De"), unlike "Al" or
# "Bin", which are given names as often ("Al Franken")
_CAPITAL_PARTICLES = frozenset("van von de da del della di du la le der den".split())


_NO_NAME_BEFORE = re.compile(r"(?<![\w’'\-])")  # (where a name may start)
_ACTING_AFTER = re.compile(r"\s+(?:will|would|has|had|is|was|said|says|plans|agreed)\b")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z]{2,6})\s*\)")  # after a body's name: "(OPIC)"


def _first_word_acts(ctx: DocContext, words: list[str]) -> bool:
    """The text calls the name by its first word alone, acting ("Illva will pay"), and never by
    its last alone; the first word no given name or title."""
    first, last = words
    if first in _types_data()["first_names"] or _TITLE_WORD.fullmatch(first) or first.lower() in _COMMON \
            or first in _types_data()["firms"] or ctx.gaz.lookup(first) is not None or ctx.gaz.lookup(last) is not None \
            or place_or_thing(last):
        return False  # ("Airbus Americas", "Interpol Washington": a known name and another word)
    text = ctx.doc.text
    # (speed: the patterns rf"(?<![\w’'\-]){re.escape(last)}\b" and rf"(?<![\w’'\-]){re.escape(first)}
    # \s+(?:will|...)\b", the names found with str.find)
    if occurs(text.replace(f"{first} {last}", ""), last, _NO_NAME_BEFORE, _WORD_BOUNDARY):
        return False
    acts = [m.end() for m in matches_after(text, first, _ACTING_AFTER, _NO_NAME_BEFORE)]
    # (not a person called by the first name: "Noah has taken part in JROTC throughout his ...")
    return bool(acts) and not any(_PERSONAL_PRONOUN.search(text, at, at + 150) for at in acts) \
        and not _PERSONAL_PRONOUN.search(text, text.find(f"{first} {last}"), text.find(f"{first} {last}") + 150)


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|He|She|His|Her)\b")


def type_of_name(name: str) -> str:
    """The type a name unknown to the actor list gives by its words alone, without a text."""
    return _type_of_name(None, name)[0]


# a plural common noun after a determiner or an adjective: "the plans", "new measures"
# a sentence whose subject is a plural common noun, told after the body: "Six members of the
# committee will be in Scotland. They will also speak to ..."
_PLURAL_SUBJECT = re.compile(r"[.!?][\"”]?\s+(?:[A-Z][a-z]+\s+)(?:[a-z\-]+\s+)?[a-z]{3,}s\s+(?:of\s+the\s+[a-z]+\s+)?"
                             r"(?:will|would|are|were|have|had|say|said|plan|want|hope)\b")
# an abstract plural anywhere: "in deportations", "house arrest proposals"
_ABSTRACT_PLURAL = re.compile(r"\b[a-z]{3,}(?:tions|sions|ments|sals|ances|ences)\b")
_THING_PLURAL = re.compile(r"\b(?:the|these|those|its|their|his|her|our|such|new|proposed|planned)\s+(?:[a-z\-]+\s+)?([a-z]+s)\b")
# (the same, the noun right after the determiner: "the plans as the police said", where the
# pattern above reads "plans as" and takes "as" for the noun)
# people in general named between a body and a "they" ("Life goes on in Iraq, the people take
# responsibility, they want to ..."): "they" is those people, not the body
# (also a group of people by an agent noun after a quantifier, "many pro-hunt activists
# remained defiant, saying they would", and people in general with no determiner, "the
# Tories say people fleeing persecution will not be denied ... they will undergo", "Customers
# will ..., but they will plug": resolution.they-people-between)
_PEOPLE_PLURAL = re.compile(r"\b(?:(?:the|ordinary|many|most|some)\s+(?:people|voters|residents|citizens|consumers|customers|"
                            r"families|students|patients|passengers|fans|public)"
                            r"|(?:many|most|some|several|other|thousands\s+of|hundreds\s+of)\s+(?:[a-z\-]+\s+)?"
                            r"(?:activists|campaigners|protesters|demonstrators|supporters|opponents|critics|immigrants|"
                            r"migrants|refugees|workers|farmers|residents|parents|pupils|teachers|doctors|nurses|"
                            r"motorists|shoppers|smokers|drinkers|viewers|users|investors|shareholders)"
                            r"|[Pp]eople|[Cc]ustomers|[Cc]onsumers|[Vv]oters|[Mm]igrants|[Ii]mmigrants|[Rr]efugees)\b")
_THING_PLURAL_NEAR = re.compile(r"\b(?:the|these|those|its|their|his|her|our|such|new|proposed|planned)\s+([a-z]+s)\b")
# "... has said we", "says that I": a first person reported right after its saying
_SAID_FIRST = re.compile(r"\b(?:said|says|stated|states|told\s+\w+)\s+(?:that\s+)?(?:we|i)\s*$", re.I)
_ELLIPSIS = re.compile(r"(?:\band|\bbut|\bor|\bthen)\s*$")
# a relative clause with its own modal, continued by a conjunction: "a plan that won't ... but"
_RELATIVE_CONJUNCT = re.compile(r"\b(?:that|which)\s+(?:won['’]t|will|would|wouldn['’]t|shall)\s[^;:,.]*\b(?:but|and|or)\s*$")


# lower-case words that may precede a name inside the phrase ("state-owned Rosneft" aside)
_QUANTIFIERS = frozenset("all many some most several few each every any other no".split())


def is_body_noun_phrase(low: str) -> bool:
    """ "the firm", "the company", "the group": a definite body noun, which a speaker who
    speaks for a body may name."""
    words = low.split()
    # ("this company", "our firm": a speaker's own body, in their words)
    return len(words) == 2 and words[0] in ("the", "this", "our") and (words[1] in _ORG_NOUNS or words[1] == "party")


def _same_side(ex: Resolver, speaker: _Actor, actor: _Actor) -> bool:
    """In "X said Y would ...", is Y X itself or X's own side (Lecornu -> France)?"""
    own = {speaker.name, *speaker.actors, *speaker.aliases}
    read = [a for a in speaker.affiliations if a != speaker.guessed]  # (the text's, not the document's guess)
    if speaker.type == "person":
        own.update(read)
        for aff in read:
            info = ex.gaz.get(aff)
            if info is not None and info.parent:
                own.add(info.parent)  # a minister of the Home Office speaks for the UK
    if own & {actor.name, *actor.actors, *actor.aliases}:
        return True
    if actor.type == "party" and speaker.type == "person" and any(
            (i := ex.gaz.get(a)) is not None and i.type == "party" for a in read):
        return False  # a party's man on another party ("Tory leader Michael Howard said Labour would")
    info = ex.gaz.get(actor.name)
    if info is not None and info.parent in own:
        return True  # the country speaking of its own ministry
    if speaker.type in ("country", "government") and actor.type == "person" and actor.how.startswith(
            "resolution.office-holder-by-date") and own & set(actor.affiliations):
        return True  # "the White House has indicated the president will sign": its own head
    if speaker.type == "person" and actor.type != "country" and _head(actor.name).lower() in _GOV_NOUNS:
        return True  # "Lamont said the Treasury would": a government body of the speaker's own
    mine = ex.gaz.get(speaker.name) or ex.gaz.lookup(speaker.name)
    if mine is not None and mine.parent in {actor.name, *actor.actors}:
        return True  # the Home Office speaking for the United Kingdom
    if speaker.type == "person" and actor.type != "country" and (
            ex.gaz.lookup(actor.name) is None or actor.how.startswith("the body whose")):
        # a body we know nothing of, or a body's members ("G7 ministers had agreed", among
        # whom the speaker may be), in a person's words: benefit of doubt
        return True
    if speaker.type == "person" and all(ex.gaz.get(a) is None for a in read) or (
            speaker.type is None and _PERSON_LIKE.match(speaker.name)) or (
            speaker.how == "a firm named in the document" and _SURNAME_ALONE.match(speaker.name)):
        # ("Lecornu said France would": a surname alone, typed a firm only for want of
        # evidence, is as likely the country's minister)
        # an official of no known side (or a name that may be one) speaking of a country,
        # a body or a firm: benefit of doubt
        return actor.type in ("country", "government", "organisation", "company", "party", None)
    return False


# a frame naming several speakers: "X and Y", "X, Y and Z", "Sens. X and Y"
_GROUP_FRAME = re.compile(r"\b(?:and|&)\s+\S|,\s*\S[^,]*,")


def _names_author(author: str, phrase: str) -> bool:
    """Whether `phrase` names the author by surname (accents and case aside)."""
    words = author.split()
    if not words:
        return False
    surname = strip_accents(words[-1].lower())
    return re.search(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", strip_accents(phrase.lower())) is not None


def _listed_before(author: str, before: str, frame_who: str) -> bool:
    """Whether the author is named earlier in the list that ends with the frame's speakers
    ("Senators Thom Tillis (R-NC), Chris Coons (D-DE), Lindsey Graham (R-SC) and Cory Booker
    announced": the frame reader keeps the last two): only names, commas and brackets between."""
    first = frame_who.split()[0] if frame_who.split() else ""
    at = before.rfind(first) if first else -1
    words = author.split()
    if at <= 0 or not words:
        return False
    seg = strip_accents(before[max(0, at - 240):at].lower())
    surname = strip_accents(words[-1].lower())
    m = None
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", seg):
        pass
    return m is not None and seg.rstrip().endswith(",") and re.search(r"[.;:“”\"]", seg[m.end():]) is None


def _names_in(phrase: str, actor: _Actor) -> bool:
    """Does `phrase` name `actor`, in full or by its first word ("Republican lawmakers":
    the Republican Party; "the Tories": the Conservative Party by an alias)?"""
    words = set(_PHRASE_WORD.findall(phrase))
    for name in (actor.name, *actor.aliases, *actor.actors):
        if name and (name in phrase or name.split()[0] in words):
            return True
    return False


def _last_pair(ctx: DocContext, pos: int, noun: str) -> list[str] | None:
    """'The two sides' / 'both companies': the two actors of that kind named last."""
    names: list[str] = []
    if noun in ("companies", "firms", "banks", "groups"):
        for p, org in reversed(ctx.org_mentions):
            if p < pos and org not in names:
                names.append(org)
            if len(names) == 2:
                return list(reversed(names))
        return None
    if noun == "parties":
        # "both parties planned to cut": the two political parties named last; with none, the
        # two sides of a deal or dispute, as for "both sides" (resolution.pair-of-parties)
        # (or named later in the same sentence: "both parties planned to cut ... - Labour by
        # 80,000 and the Tories by 100,000")
        end = ctx.doc.text.find(". ", pos)
        end = len(ctx.doc.text) if end < 0 else end
        before = [info.name for p, info in ctx.actor_mentions if p < pos and info.type == "party"]
        after = [info.name for p, info in ctx.actor_mentions if pos <= p < end and info.type == "party"]
        parties = list(dict.fromkeys(reversed(before)))[:2]
        parties = list(reversed(parties))
        for name in after:
            if len(parties) < 2 and name not in parties:
                parties.append(name)
        if len(parties) == 2:
            return parties
        return _last_pair(ctx, pos, "sides") if not parties else None
    types = ("country", "government") if noun in ("countries", "nations", "governments") else None
    mentions: list[tuple[int, str]] = [(p, info.name) for p, info in ctx.actor_mentions
                                       if (types is None or info.type in types) and not (
                                           noun in ("clubs", "teams", "unions")
                                           and info.type in ("country", "government"))]  # a country is no club
    if noun in _BODY_PAIR_NOUNS:
        # clubs, unions, the sides of a dispute: bodies the text names, known or not
        # ("Arsenal and Chelsea ... both clubs")
        known = {info.name for _, info in ctx.actor_mentions}
        people = tuple(ctx.people)
        # (not a person taken for a body: "EU Trade Commissioner Peter Mandelson has")
        mentions = sorted(mentions + [(p, org) for p, org in ctx.org_mentions if org not in known
                                      and not any(org == n or org.endswith(" " + n) for n in people)])
    for p, name in reversed(mentions):
        if p < pos and name not in names:
            names.append(name)
        if len(names) == 2:
            return list(reversed(names))
    return None


_TICKERS = re.compile(r"\s*<[^<>]{1,15}>")
_OWNED = re.compile(r"^(?:the\s+)?((?:[A-Z][\w&.'’\-]*\s+){1,3})(?:team|board|management|staff|group)$")
def _lower_word(w: str) -> bool:
    """A lower-case word no name holds ("campaign", "food"; not "of", "de", "eBay")."""
    return w[:1].islower() and w not in _NAME_LINKS and not _INNER_CAP.match(w) and not _LOWER_PARTICLE.match(w)


# "bank officials", "company executives": the staff of a firm or body the noun names
_STAFF_OF_BODY = re.compile(r"^(?:the\s+)?(?:senior\s+|top\s+)?(?P<noun>[a-z]+)\s+(?:officials|executives|bosses|"
                            r"managers|sources|insiders|spokes(?:man|woman|person))$", re.I)
_VOICE_OWNER = re.compile(r"^(?:the\s+|a\s+|an\s+)?((?:[A-Z][\w&.'’\-]*\s+){1,3})(?:spokes(?:man|woman|person))$")
_NOT_OWNERS = _DETERMINERS | _QUANTIFIERS | {"another", "other", "new", "former", "joint", "whole"}
_AFTER_RELATIVE = re.compile(r"\bwhich\s+it\s*$")  # ("that it" is most often "said that it")
# "officials at the Japanese transport ministry", "a spokesman for the French foreign ministry"
_SIDE_OF = re.compile(
    r"^(?:\w+\s+){0,2}?(?:officials?|spokes(?:man|woman|person)|sources?|diplomats?|aides?)\s+(?:at|of|from|for|in)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w\-]*\s+(?:[\w\-]+\s+){0,3}(?:ministry|department|government|embassy|office|"
    r"treasury|cabinet|administration|agency))$")
# two or three title-case words (no all-caps, no digits): what a personal name looks like
_INITIALS_NAME = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z][a-z][a-z’'\-]+$")
# (a capital inside a name after an apostrophe, "Mc" or a hyphen: "O'Rourke", "McAdam", "Ruiz-Tagle")
_PERSON_WORD = r"[A-Z](?:[a-z’'\-]|(?<=['’\-])[A-Z]|(?<=Mc)[A-Z])+"
_PERSON_OF_BODY = re.compile(
    r"^(?P<who>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&'’.\-]*(?:\s+[A-Z&][\w&'’.\-]*){0,4})$")
_SURNAME_ALONE = re.compile(rf"^{_PERSON_WORD}$")
_PERSON_LIKE = re.compile(rf"^{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}}$")
# "An unnamed Norwegian firm agreed ...": a new firm; "a potential buyer" is no one yet
_FIRM_NOUNS = frozenset(
    "firm company group bank consortium maker manufacturer producer utility airline carrier retailer brewer lender insurer".split()
)
# plural heads of a group of actors ("the G7 countries", "opposition parties")
_GROUP_HEADS = frozenset(
    "countries nations governments states parties allies members donors creditors lenders unions leaders "
    "ministers".split())
_HYPOTHETICAL = re.compile(
    r"\b(?:potential|possible|prospective|hypothetical|future|any|another|new|better|better-run|good|viable|ideal|"
    r"suitable|such)\b", re.I)
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:that|which|who)\b")
_FIRM_PLURALS = frozenset("companies firms banks lenders insurers carriers airlines groups investors producers".split())
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
_CAMEL_BRAND = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|St|Fitz|Ten|Ter)[A-Z])"
                    r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+$")
_BRAND_TAIL = re.compile(r"[A-Z][a-z]+$")
_INNER_CAP = re.compile(r"^[a-z]{1,4}[A-Z][\w\-]*$")  # a brand written in camel case: "eBay", "iRobot", "easyJet"


# a sentence that opens with a possessive name: "Ironbridge Cement's depot", "“Acme's plant"
_OPENING_OWNER = re.compile(r"\s*[\"“‘']?\s*(?P<name>[A-Z][\w&.\-]*(?:\s+(?:&\s+)?[A-Z][\w&.\-]*){0,4})['’]s?\s+(?=\w)")


def _last_org_named(ctx: DocContext, noun: str, pos: int) -> str | None:
    """The last firm or body before `pos` whose name holds `noun` ("Reserve Bank", "Auto Workers Union")."""
    i = bisect.bisect_left(ctx.org_mentions, (pos, ""))
    for _, org in reversed(ctx.org_mentions[max(0, i - 50) : i]):
        if noun in org.lower().split() and org.lower() != noun:
            return org
    return None


# a name a descriptor noun introduces: "rock band U2", "folk band The Waterboys" (a name of
# one to four title-case words; "The" opens a name only when a capital follows)
_INTRODUCED = r"(?:The\s+(?=[A-Z]))?[A-Z][\w.&'’\-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’\-]*){0,3}"
_INTRODUCED_AFTER = re.compile(rf"\s+({_INTRODUCED})")  # (after a noun: "rock band U2")


_INTRODUCED_LONG = r"(?:The\s+(?=[A-Z]))?[A-Z][\w.&'’\-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’\-]*){0,5}"


# nouns a firm is not called by ("the agency", "the regulator"), and the last words of the
# names of public bodies ("Yantai State Asset Management Bureau", "Office of Fair Trading")
# "Acme Corp said it would cut jobs. The union said it would strike": a union is never the
# firm the story is about (a body the story is about may be: the UAW)
_NEVER_A_FIRM = frozenset({"union"})
# nouns of a body that is no firm but may be a firm's own ("the special committee" of a
# board): the body the story is about is not one unless its name says so
_BODY_NOT_MAIN = frozenset({"union", "committee", "court", "tribunal", "panel"})


def _main_firm_unless(ctx: DocContext, hl: str, pos: int) -> str | None:
    """The firm the story is about, unless the noun cannot name a firm and the name is one's,
    or names a body the story's subject is not: "the union" is not Ford or Renault, "the
    committee" in a story on a ministry or a club of creditors is not it, unless the name says
    so ("Auto Workers Union") or is an acronym ("UAW"); a firm's committee is the firm's
    (resolution.body-noun-not-main-firm)."""
    org = ctx.main_firm(pos, firm=hl in _FIRM_NOUNS)
    if org is None or hl not in _BODY_NOT_MAIN:
        return org
    kind = _type_of_name(ctx, org)[0]
    if hl in _NEVER_A_FIRM and kind == "company":
        return None
    if hl not in org.lower().split() and not org.isupper() and (hl in _NEVER_A_FIRM or kind != "company"):
        return None
    return org


_PUBLIC_BODY_ONLY = frozenset("agency regulator commission authority watchdog".split())
_PUBLIC_BODY_NAME = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w&'’\-]*\s+(?:(?:of|and|for)\s+)?){1,5}(?:Agency|Bureau|Office|Commission|Authority|"
    r"Administration|Ministry|Department|Regulator|Inspectorate)\b(?!\s+(?:of\s+)?[A-Z])"
    r"|(?<![\w'’])(?:Office|Ministry|Department|Bureau)\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’\-]*\s*){1,4}")


def _last_public_body(ctx: DocContext, pos: int) -> str | None:
    """The last public body named before `pos` by a name that says so ('... Bureau', 'Office
    of Fair Trading'): what 'the agency' or 'the regulator' refers to when no body is named
    with that noun (resolution.agency-public-body)."""
    got = None
    for m in _PUBLIC_BODY_NAME.finditer(ctx.doc.text, max(0, pos - 3000), pos):
        got = m.group().strip()
    while got and got.split()[0] in ("The", "A", "An", "In", "But", "And", "However"):
        got = got.split(None, 1)[1] if " " in got else None
    return got if got and " " in got else None


def _noun_introduces(ctx: DocContext, noun: str, pos: int) -> str | None:
    """The last name `noun` introduces before `pos` ("Irish rock band U2" for "the band"),
    unless the name is a person's the text shows ("band member Adam Clayton" is no band)."""
    text = ctx.doc.text
    got, at = None, -1
    lo = max(0, pos - 3000)
    # (speed: as re.finditer(rf"\b{re.escape(noun)}\s+({_INTRODUCED})", window), the noun found with str.find)
    for m in matches_after(text[lo:pos], noun, _INTRODUCED_AFTER, _WORD_BOUNDARY) if noun else ():
        got, at = m.group(1), m.start(1)
    # an apposition after the name: "Yantai State Asset Management Bureau - a government agency"
    for m in re.finditer(rf"(?<![\w.&'’\-])({_INTRODUCED_LONG})\s*(?:,|\s[-–—])\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?"
                         rf"{re.escape(noun)}\b", text[lo:pos]):
        if m.start(1) > at:
            got, at = re.split(r"\.\s+", m.group(1))[-1], m.start(1)  # (not "Norrmalt. The Gavle ...")
            got = got[4:] if got.startswith("The ") else got
    if got is None or ctx.person(got, pos) is not None:
        return None
    return got


# The subject of a sentence, when a name opens it ("However, the LSE rejected ...", "Last
# year, MG Rover, which employs 6,000 people, produced ...", "Rival suitor Euronext also
# upped ..."): an opener, a few words that describe the name, the name, an aside, a verb.
# the linking adverbs a sentence may open with before its subject ("However, it said")
_LINKING_OPENERS = r"However|But|And|Meanwhile|Instead|Also|Separately|Earlier|Now|Still|Yet|So|Then"
# a "they" opening a sentence, after a conjunction or not ("They said", "And they pledged")
_OPENING_THEY = re.compile(r"[\"“]?(?:(?:And|But|Yet|So)\s+)?(?P<they>They|(?<=\s)they)\b")
_SUBJECT_OPENER = re.compile(
    rf"\s*[\"“]?(?:(?:{_LINKING_OPENERS}|"
    r"(?:In|On|At|By|After|Before|Since|Despite|During|Under|With|Without|For|From|Last|This|Next|Later|Following|"
    r"Like|Unlike|As|Amid|Over|Within|Through|Across|Speaking|Elsewhere|Overall|Until|"
    # a participle opening the sentence ("Responding to the LSE's rebuff, Deutsche Boerse said")
    r"(?-i:[A-Z][a-z]{2,}ing))\b(?:\s+[\w'’\-]+){0,7}?)\s*,\s*"
    r"|(?:But|And|Yet|So)\s+)?"
    r"(?:(?i:the|a|an)\s+)?")
_SUBJECT_NAME = re.compile(
    r"(?P<name>[A-Z][\w&.'’\-]*(?:\s+(?:&\s+|of\s+|de\s+)?[A-Z][\w&.'’\-]*){0,4})"
    r"(?P<aside>\s*,\s*(?:which|who|the|a|an|its|one|owner|part|whose)\b(?:[^,;:]|,(?=\d)){1,160},\s*|\s*\([^()]{1,60}\)\s*"
    # ("Deutsche Boerse - whose market capitalisation is more than £3bn - said")
    r"|\s+[-–—]\s+(?:which|who|the|a|an|its|one|owner|part|whose)\b[^-–—;:]{1,160}?\s[-–—]\s*"
    r"|\s+and\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)(?:[A-Za-z][\w\-]*\s+){0,2}?|\s*,\s+(?=(?:said|says|has|had|is|was)\b)|\s+)"
    r"(?:(?:also|now|still|then|later|already|recently|previously)\s+)*"
    r"(?P<aux>(?:has|have|had|is|was|will|would|did|does|has\s+also|had\s+also)\s+(?:(?:also|now|not|still)\s+)?)?"
    r"(?P<verb>[a-z]+)\b")
_WORD_START = re.compile(r"(?<![\w'’&.\-])[A-Z]")
# the sentence before speaks through a body's voice: its staff ("Rosneft officials were
# unavailable", "A Firestone spokesman said", "A spokesman for Syntex said") or an officer named
# with the post ("Werner Seifert, chief executive of the Frankfurt-based exchange, may"): an "It"
# or "The company" opening the next sentence takes up that body (resolution.previous-body-voice)
# the posts of one who heads a body ("chief executive of", "Microsoft's chairman")
_OFFICER_POSTS = r"chief\s+executive|chairman|chairwoman|president|head|boss|founder|managing\s+director|chief|leader|owner"
_BODY_STAFF = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<name>[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,3}?)(?:['’]s?)?\s+"
    r"(?:company\s+|group\s+|bank\s+|board\s+)?(?:officials|executives|spokesman|spokeswoman|spokesperson|spokesmen|"
    r"management|board|directors)\b"
    r"|(?:[Aa]n?|[Tt]he)\s+(?:spokesman|spokeswoman|spokesperson|official|executive)\s+(?:for|of|at)\s+"
    r"(?P<name2>[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,3})\b")
_LONG_OPENER = re.compile(r"\s*(?:Despite|Although|While|After|Before|Following|Amid|In|On|At|With)\b[^,;:\"“”]{1,90},\s*")
_PERSON_OFFICER = re.compile(r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sir)\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})(?="
                             r"\s*,\s+(?:the\s+|a\s+)?(?:[a-z\-]+\s+){0,2}?(?:chief|chairman|chairwoman|president|head|boss|founder|managing|leader|owner))"
                             r"(?:\s*,\s+(?:the\s+|a\s+)?(?:[a-z\-]+\s+){0,2}?(?:" + _OFFICER_POSTS + r")\s+(?:of|at)\s+"
                             r"(?P<np>(?:the\s+)?[\w&.'’\-]+(?:\s+[\w&.'’\-]+){0,4}?)\s*,)")
_DESCRIPTION = re.compile(r"the\s+(?:[\w'’\-]+\s+){0,3}[a-z][\w\-]*")
# a frame closing the sentence names its speaker: '"...," said Dr Carl Gavin, managing director of
# Lateral Visions.', '..., said Bill Gates, Microsoft's chairman.', '"...," said Sony.'
_FRAME_SPEAKER = re.compile(
    r"[,\"”]\s*(?:said|says|added|adds|explained)\s+(?:(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sir|Professor)\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:[a-z\-]+\s+){0,2}?(?:" + _OFFICER_POSTS + r"|spokesman|spokeswoman)\s+(?:of|at|for)\s+"
    r"(?P<np>[^,.;:\"“”()]{2,60}?)"
    r"|(?P<np2>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3})['’]s\s+(?:[a-z\-]+\s+){0,2}?(?:" + _OFFICER_POSTS +
    r"|spokesman|spokeswoman))"
    r"|(?P<org>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3}))\s*[.!]?\s*$")
# a "they" opening the second clause of a sentence whose first clause has a plural common noun
# as its subject ("Small town banks opted out of the business, and they'll go back"; "If the
# members are serious about it, they will"): that noun phrase (resolution.they-sentence-subject)
_CLAUSE_PLURAL_SUBJECT = re.compile(
    r"[\"“]?(?:(?:But|And|So|Yet|However|If|When|Whenever|While|Although|Though|Because|As|Since|Once|Unless|Now\s+that|"
    r"Even\s+if|Even\s+though|Until|After|Before)\s*,?\s+|(?:In|At|On|Under|After|During)\s[^,;:\"“”]{1,60},\s+)?"
    r"(?P<np>(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Oo]ur|[Tt]heir|[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Ss]everal|[Oo]ther|[Bb]oth|"
    r"\d[\d,]*|[A-Za-z][a-z\-]*)\s+){0,4}"
    r"(?P<head>[a-z]{2,}[^siu\W]s|men|women|people|children|staff|police|public))"
    r"\s+(?:(?:who|that)\s+[^,;:\"“”]{1,80}?\s+)?(?:(?:also|still|now|all|often|never|already|really|simply)\s+)?"
    r"(?:have|has|had|are|were|will|would|can|could|do|did|don['’]t|didn['’]t|won['’]t|may|might|must|should|[a-z]{3,}ed|"
    r"say|insist|argue|believe|claim|hope|plan|want|expect|fear|warn|agree|think|feel|maintain|promise|pledge|vow)\b"
    r"[^;:\"“”]*?(?:,|;|,?\s+(?:and|but)|\s+(?:that|saying)(?:\s+(?:on|in|for|by|at|after|once)\s[\w\s'’\-]{1,30}?,?)?)"
    r"\s+(?:(?:and|but|so)\s+)?$")
_OPENER_WORDS = frozenset("But And So Yet However If When Whenever While Although Though Because As Since Once Unless Now "
                          "Even Until After Before In At On Under During The These Those Our Their Many Most Some All "
                          "Several Other Both".split())
_FRAME_CLOSING_NAME = re.compile(
    r",\s+(?:the\s+)?(?P<org>[A-Z][\w&'’\-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&'’\-]*){0,6})\s+"
    r"(?:said|says|added|reported|announced|stated)(?:\s+(?:on|in|late|earlier|today|yesterday)\b[^.;\"“”]{0,30})?"
    r"\s*[.]\s*$")
_OFFICER_OF = re.compile(
    r"\s*,\s+(?:the\s+|a\s+)?(?:[a-z\-]+\s+){0,2}?(?:" + _OFFICER_POSTS + r")\s+(?:of|at)\s+(?P<np>(?:the\s+)?[\w&.'’\-]+(?:\s+[\w&.'’\-]+){0,4}?)\s*,")
# a government noun for a council or a region ("local authorities", "regional officials",
# "municipal government"): resolution.local-government
_LOCAL_GOV = re.compile(r"\b(?:local|regional|municipal|city|county|provincial|district|town|village)\s+"
                        r"(?:[a-z]+\s+)?(?:government|administration|authorities|officials|executive)s?\b", re.I)
# a legal suffix opening a name is the tail of one the pattern cut ("3Com Corp", "Inc's unit")
_SUFFIX_FIRST = re.compile(r"(?:Corp|Inc|Co|Ltd|Plc|PLC|LLC|Corporation|Incorporated)\b")
# a frame whose head, its last word, is a common noun ("creditors of South Korea's top card firm",
# "the US investment bank"): resolution.they-frame-head
# (a country's or a body's own voices, which the name before them binds: "Soviet foreign trade
# ministers", "Republican lawmakers", "chairman of the Senate panel")
_VOICE_HEADS = frozenset("minister ministers official officials diplomat diplomats negotiator negotiators leader leaders "
                         "lawmakers legislators senators mps delegates delegation delegations representatives spokesman "
                         "spokeswoman spokesmen spokespeople authorities government governments administration chairman "
                         "chairmen chairwoman chair chairs panel panels committee committees members envoys envoy "
                         "ambassador ambassadors team".split())
_COMMON_HEAD = re.compile(r"(?<![\w'’-])[a-z][a-z\-]+$")
# "It" opening a sentence, an opener before it and adverbs or an auxiliary after it ("But it
# also", "It has since")
_IT_ADVERB = re.compile(rf"[\"“]?(?:(?:{_LINKING_OPENERS}|"
                        r"Last\s+\w+|This\s+\w+|On\s+\w+)\s*,?\s+)?[Ii]t(?:\s+(?:also|now|still|then|later|since|"
                        r"already|recently|previously|however|meanwhile|has|had|is|was|have))+")
# a government opening a sentence as its subject: "the Venezuelan government has", "the
# Indonesian government said" (resolution.previous-government)
_GOV_SUBJECT = re.compile(
    r"(?P<np>(?:[A-Z][\w'’\-]+['’]s\s+|(?:[A-Z][\w'’\-]+\s+){0,2})(?:government|administration))\s+"
    r"(?:(?:also|now|still|then|later|already|recently|previously|has|have|had|is|was|steadily)\s+){0,3}"
    r"(?:[a-z]+ed|said|says|has|had|is|was|will|would|announced)\b")
_NOT_SUBJECT_VERBS = frozenset("shares stock chief chairman spokesman and or of in on at for to with by from as "
                               "which who that whose".split())
# the words after a name that show it acting (context._ACTING_WORDS), its nouns aside; the
# -ed forms are read by their ending ("confirmed", "refused")
_SUBJECT_VERBS = frozenset(_ACTING_WORDS) - _NOT_SUBJECT_VERBS


def _named_subject(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(position, name) of the name that is the subject of the sentence in text[start:end],
    when one opens it and a verb follows (not a name that only describes: "The Rosneft
    announcement came"; not an object: "Shares in BP fell")."""
    o = _SUBJECT_OPENER.match(text, start, end)
    if o is None:
        return None
    lo = o.end()
    appos = False
    for w in _WORD_START.finditer(text, lo, min(end, lo + 90)):
        between = text[lo : w.start()]
        if any(c in between for c in ";:\"“”()"):
            return None
        if "," in between:
            # "the world's largest package delivery company, UPS, said": the name after a
            # description, which a comma closes
            if appos or between.count(",") > 1 or between.split(",")[-1].strip():
                return None
            appos = True
        words = between.replace(",", " ").split()
        if any(x.lower() in _SUBJECT_VERBS or x.lower().endswith("ed") or x.lower() in _NOT_SUBJECT_VERBS
               or x.lower() in irregular_pasts() for x in words):
            return None  # a verb or a preposition before the name: the name is an object
        m = _SUBJECT_NAME.match(text, w.start(), end)
        if m is None:
            continue
        if appos and not m.group("aside").lstrip().startswith(","):
            return None
        verb = m.group("verb")
        if verb in _NOT_SUBJECT_VERBS:
            continue
        if m.group("aux") or verb in _SUBJECT_VERBS or verb.endswith("ed") or verb in irregular_pasts():
            word = m.group("name").lower()
            if " " not in word and not (len(word) > 1 and m.group("name").isupper()) \
                    and (word in _PRONOUNS or word in _COMMON):
                return None  # "It said", "This was": no name opens the sentence
            return m.start("name"), m.group("name")
    return None


def _with_article(country: str) -> str:
    """A country's name as it follows "of": a name that is a common noun phrase or a plural
    takes "the" ("Queen of the United Kingdom", "King of the Netherlands"; "King of Spain")."""
    if re.match(r"(?:United|Republic|Kingdom|Czech|Dominican|Central African)\b", country) \
            or re.search(r"(?:Republic|Kingdom|Emirates|Islands|States|lands|pines|amas)$", country):
        return f"the {country}"
    return country


def _word_before_role(text: str, role: str, name: str, low: str | None = None) -> str | None:
    """Group 1 of ``re.search(rf"([\\w&.'’\\-]+)\\s+{re.escape(role)}\\s+{re.escape(name)}\\b",
    text, re.I)``, or None, for a lowered role and name without white space at their ends,
    found with str.find instead of a pattern compiled for each role and name (the pattern
    searched over a whole text backtracks in every word): `low` the lowered text, where
    str.find finds what re.I does (literal.folded; ASCII text when not given). A match ends
    at a mention of the name; the first mention that makes one makes the leftmost."""
    if low is None:
        low = text.lower()  # (re.I on ASCII text: ASCII case folding)
    i = low.find(name)
    while i >= 0:
        if _WORD_BOUNDARY.match(text, i + len(name)):
            j = i
            while j > 0 and low[j - 1].isspace():  # (\s: str.isspace)
                j -= 1
            if j < i and low.endswith(role, 0, j):
                k = r = j - len(role)
                while k > 0 and low[k - 1].isspace():
                    k -= 1
                start = k
                while start > 0 and (low[start - 1].isalnum() or low[start - 1] in "_&.'’-"):
                    start -= 1
                if k < r and start < k:
                    return text[start:k]
        i = low.find(name, i + 1)
    return None


_WORD_BOUNDARY = re.compile(r"\b")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last full stop, '?' or '!' (a
    closing quote with it) or line break before it."""
    lo = max(0, at - 800)
    best = lo
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), at + 2)):  # (its look-ahead reads past `at`)
        if m.end() <= at:
            best = m.end()
    return best


# what may open a sentence before its subject: "But", "However,", "Last month,"
_OPENER_ONLY = re.compile(rf"[\"“]?(?:(?:{_LINKING_OPENERS}|"
                          r"Last\s+\w+|This\s+\w+|Next\s+\w+|On\s+\w+|In\s+[\w\s'’]{1,40}?)\s*,?)?", re.I)
_NEARER_FIRM = re.compile(r"\b(?:the|its|their)\s+(?:parent\s+)?(?:company|firm|group|bank|airline|carrier)\b")
_OPENING_FIRM_NOUN = re.compile(r"^[\"“]?the\s+(?:(?-i:[A-Z]{2,})\s+)?(?:company|firm|group)$", re.I)
# a frame closing a sentence: ", the company said." (resolution.previous-subject)
_FRAME_COMMA_BEFORE = re.compile(r"[,”\"]\s*$")
_FRAME_CLOSES = re.compile(r"\s+(?:said|says|added|reported|announced|stated)"
                           r"(?:\s+(?:on|in|late|earlier|today|yesterday)\b[^.;\"“”]{0,30})?[.;]")
# (patterns of the functions below, compiled once: `re.match(r"...")` looks each up per call)
_INDEFINITE_START = re.compile(r"(?:a|an)\s", re.I)
_COMMA_OR_AND = re.compile(r"\s*,\s*|\s+and\s+")
_AND_OR_COMMA = re.compile(r"\s+and\s+|\s*,\s*")
_POSSESSIVE_S = re.compile(r"['’]s$")
_PHRASE_WORD = re.compile(r"[\w'’.&\-]+")
_I_OR_WE = re.compile(r"(?:i|we)\b")
# (one line break is hard-wrapped wire copy; the mark is matched before the look-behinds
# that check the word before it, so that the regex engine scans for the mark)
_SENTENCE_END = re.compile(r"[.!?](?<!\b[A-Z].)(?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)[\"”’']?\s+(?=[\"“‘]?[A-Z])"
                           r"|\n[ \t]*\n\s*")


def _match_org(ctx: DocContext, s: str) -> str | None:
    """The full name of a firm named in the document: 'Chrysler' -> 'Chrysler Corp' (only a
    legal suffix is added: 'Sky' does not become 'Sky Plus'); the first one named wins."""
    return ctx.org_named(s)


class Resolver:
    """The Extractor's reading of who a phrase names (mixed into `Extractor`: it uses
    the gazetteer and word lists the Extractor loads)."""

    # ---- resolution ---------------------------------------------------------------------
    def _from_info(self, info: ActorInfo, named: bool = True) -> _Actor:
        return _Actor(info.name, info.type, list(info.aliases)[:8], [info.parent] if info.parent else [], [info.name], named,
                      "a known actor")

    def _from_person(self, p: Person, ctx: DocContext | None = None) -> _Actor:
        if ctx is not None and (not p.role or " " not in p.name) and not _titled(ctx, p.name.split()[-1]) \
                and _company_signal(ctx, p.name):  # (never "Tony Blair's staff": Mr Blair is titled)
            # "rival bidder Deutsche Boerse", "former partner Fiat": a firm a pattern took for a person
            return _Actor(p.name, "company", [], [], [p.name], True,
                          "resolution.type-company-context: a firm, by the words around it")
        aff = self._person_parents(p, ctx)
        surname = _surname_with_particles(p.name)
        aliases = [surname] if surname != p.name else []
        how = "a person named in the document"

        if " " in p.name and not p.sex_how:
            how += " (resolution.person-full-name)"
        if p.sex_how:
            how += f" ({p.sex_how})"
        if len(aff) > (1 if p.affiliation else 0):
            how += f"; resolution.affiliations: {', '.join(aff)}"
        if p.affiliation_how and p.affiliation and p.affiliation.name in aff:
            how += f"; {p.affiliation_how}"
        guessed = aff[-1] if aff and ctx is not None and aff[-1] == ctx.cache.get("guessed_country", {}).get(p.name) \
            else None
        return _Actor(p.name, "person", aliases, aff, [p.name], True, how,
                      side=p.affiliation.name if p.affiliation else None, guessed=guessed)

    def _person_parents(self, p: Person, ctx: DocContext | None) -> list[str]:
        """A person's parents, most specific first (model.Finding.affiliations): party,
        chamber, the body or country of the role, and that country (resolution.affiliations)."""
        out: list[str] = []
        data = _types_data()
        role = (p.role or "").lower()
        chamber = data["chambers"].get(role.split()[-1].rstrip(".")) if role else None
        # (the document's country is read only when it decides: it costs a pass of the gazetteer)
        if chamber and not (p.party is not None or ctx is not None and self._doc_country(ctx) == "United States"):
            chamber = None  # "Senator" outside a US story: no chamber we know
        # (a firm's or private life's role: a country named with it is no government they belong to)
        firm_role = bool(role) and role.endswith(data["private_ends"])
        cabinet = p.affiliation_how is not None and p.affiliation_how.startswith("resolution.uk-cabinet-title")
        for info in (p.party, self.gaz.get(chamber) if chamber else None, p.affiliation):
            if info is not None and cabinet and info is p.affiliation and ctx is not None \
                    and _out_of_office(ctx.doc.text, p.name):
                continue  # "former home secretary David Blunkett" elsewhere in the text
            if info is not None and firm_role and info.type == "country":
                continue  # "its UK chief executive William Morrow" heads a firm's UK arm, not the UK
            if info is not None and info.name not in out:
                out.append(info.name)
        for name in list(out):
            info = self.gaz.get(name)
            if info is not None and info.parent and info.parent not in out and info.type != "country":
                out.append(info.parent)
        if ctx is not None and role and not firm_role and role.endswith(data["gov_ends"]) \
                and not any((self.gaz.get(n) or ActorInfo(n, "")).type == "country" for n in out) \
                and not _out_of_office(ctx.doc.text, p.name) and not self._office_of_a_body(ctx, role, p.name):
            country = self._doc_country(ctx)  # "Chancellor Gordon Brown" in a British story
            if country:
                out.append(country)
                ctx.cache.setdefault("guessed_country", {})[p.name] = country
        return out

    def _office_of_a_body(self, ctx: DocContext, role: str, name: str) -> bool:
        """The office is a body's, not a government's: the body's name or acronym right before
        it ("Parish Council President Ann Dupre", "NTLC President Lewis K. Uhler", "Realtors
        President"), so the document's country is no parent (resolution.affiliations)."""
        text = ctx.doc.text
        if role and name and role == role.strip() and name == name.strip() \
                and (low := folded(text, f"{role} {name}")) is not None:
            before = _word_before_role(text, role.lower(), name.lower(), low[0])
        else:
            m = re.search(rf"([\w&.'’\-]+)\s+{re.escape(role)}\s+{re.escape(name)}\b", text, re.I)
            before = m.group(1) if m is not None else None
        if before is None:
            return False
        word = before.strip(".,")
        info = self.gaz.lookup(word)
        if info is not None:
            return info.type in ("organisation", "company")
        return word in _BODY_WORDS_BEFORE_OFFICE or 2 <= len(word) <= 6 and word.isupper() and word.isalpha()

    def _doc_country(self, ctx: DocContext) -> str | None:
        """The country the document is most about (`_country_weights`), if any."""
        if "doc_country" not in ctx.cache:
            # (its politics: parties, government bodies and government phrases "the British
            # government", "Downing Street"; not the places it names, a trip's destinations)
            weights: dict[str, int] = {}
            for m in ctx.mentions:
                c = m.actor.parent if m.actor.type in ("party", "government") else (
                    m.actor.name if m.actor.type == "country" and m.form in ("government", "metonym") else None)
                for _ in range(3):  # ("U.S. Army": of the Department of Defense, of the United States)
                    up = self.gaz.get(c) if c else None
                    if up is None or up.type == "country" or not up.parent:
                        break
                    c = up.parent
                if c:
                    weights[c] = weights.get(c, 0) + 1
            ranked = sorted(((w, c) for c, w in weights.items()
                             if (self.gaz.get(c) or ActorInfo("", "")).type == "country"), reverse=True)
            # (clearly most about one country: a story of a trip abroad is not the host's)
            clear = ranked and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0])
            ctx.cache["doc_country"] = ranked[0][1] if clear else None
        return ctx.cache["doc_country"]

    def _service_country(self, ctx: DocContext, services: dict[str, str]) -> str:
        """Which of the countries an armed service's word alone may be of the document is
        about: the document's country, else the one of them it names most ("" for none)."""
        country = self._doc_country(ctx)
        if country in services:
            return country
        weights = self._country_weights(ctx)
        ranked = sorted(((weights.get(c, 0), c) for c in services), reverse=True)
        if ranked[0][0] > 0 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return ranked[0][1]
        return ""

    def _country_weights(self, ctx: DocContext) -> dict[str, int]:
        """How much the document is about each country: each mention of it or of something
        of it in the text counts one; its author, source and title three times."""
        weights = ctx.cache.get("country_weights")
        if weights is None:
            weights = ctx.cache["country_weights"] = {}
            for _, m in ctx.actor_mentions:
                for c in (m.name if m.type == "country" else None, m.parent):
                    if c:
                        weights[c] = weights.get(c, 0) + 1
            doc = ctx.doc
            for meta in (ctx.author, doc.source, doc.title):
                for m in self.gaz.find(meta or ""):
                    for c in (m.actor.name if m.actor.type == "country" else None, m.actor.parent):
                        if c:
                            weights[c] = weights.get(c, 0) + 3
        return weights

    def _resolve_subject(self, ctx: DocContext, subj: str, before: str, frame_who: str | None,
                         speaker: _Actor | None, quote: Quote | None, pos: int, initial: bool,
                         mode: str = "modal") -> _Actor | None:
        """The bound actor for a subject phrase, or None when it cannot bind itself."""
        s = subj.strip()
        low = s.lower()
        if not s:
            if not _ELLIPSIS.search(before):
                return None
            if _RELATIVE_CONJUNCT.search(before):
                # "a plan that won't just deal with aid but will also deal with governance":
                # the second verb's subject is the relative's antecedent, a thing, not the
                # main clause's "we" (refusal.subject-not-agent)
                return None
            prev = _elided_subject(before, self._g)
            return self._resolve_subject(ctx, prev, "", frame_who, speaker, quote, pos, False, mode) if prev else None
        pron = _PRONOUNS.get(low) if not (len(s) > 1 and s.isupper()) else None  # "US" is not "us"
        if pron == "first":
            # "we"/"I" in a quote: its speaker; outside quotes: the reported speaker, or the
            # document's author (a press release's "I").
            who = None
            # 'GRAHAM: "The President has said we'll take care of it"': in a quote too, the
            # "we" just after another's "said" is the one reported, and no one when unnamed
            reported = quote is not None and bool(frame_who) and frame_who.strip()[:1].isupper() \
                and _I_OR_WE.match(frame_who.strip().lower()) is None and _SAID_FIRST.search(before) is not None
            if quote is not None and quote.speaker and not reported:
                who = self._resolve_np(ctx, quote.speaker, quote.speaker_pos, None, False)
                if who is not None:
                    who.how = f"first person: the speaker of the quote ({who.how})" + \
                        ("; resolution.quote-marks-mixed: the quote opened “ and closed \"" if quote.mixed else "") + \
                        (f"; {quote.note}" if quote.note else "")
            if who is None and speaker is not None:
                who = replace(speaker, how="first person: the reported speaker")
            if who is None and reported:
                return None
            if who is None and low == "we" and ctx.author and quote is not None and quote.speaker \
                    and _GROUP_VOICE.match(quote.speaker) is not None:
                # '"We will continue to fight tooth and nail ...," said the delegation', '..., the
                # members of Congress wrote': a group speaks the quote; its "we" is that group,
                # not the author alone, and a group the text does not name binds no one
                # (resolution.group-voice)
                return None
            if who is None and ctx.author:
                p = ctx.person(ctx.author)
                who = self._from_person(p, ctx) if p else _Actor(ctx.author, "person", [], [], [ctx.author], True)
                who.how = "first person: the document's author"
            if who is None and quote is not None:
                # a quote whose speaker the text does not let us name ("I would not exclude
                # that ...", "We will give you every support"): no one we can hold to it
                return None
            if who is None and ctx.doc.source:
                # a publisher's report with no author: its "we" is someone it quotes, never
                # the publisher ("We will publicise the trade", from a campaigner the story
                # names elsewhere); no one we can hold to it
                return None
            if who is None:
                # "We will cut income tax" in a manifesto given without its author or
                # publisher: a commitment whose actor the reader must supply (actor left empty)
                return _Actor("", None, [], [], [], False, "first person, no speaker or author known")
            # (the surname compared without case or accents: the source's "Peter Defazio" is the
            # text's "DeFazio", its "Linda Sanchez" the text's "Sánchez")
            authors = bool(ctx.author) and [strip_accents(w.lower()) for w in who.name.split()[-1:]] == \
                [strip_accents(w.lower()) for w in ctx.author.split()[-1:]]
            # (a member's own release: "we" is the member's office or delegation as often as
            # the party; the member is bound, as the reader of the release would)
            if low in ("we", "us") and who.type == "person" and who.side and not authors:
                aff = who.side
                info = self.gaz.get(aff) or self.gaz.lookup(aff)
                # "we" is the speaker's side; the speaker stays the speaker, not an alias of it
                # (a body the gazetteer does not know: typed by its suffix or the words around it,
                # "Menatep Group's managing director ... we": a firm)
                author_info = self.gaz.lookup(ctx.author) if ctx.author else None
                if info is not None and info.type == "party" and ctx.author \
                        and not author_is_body(ctx.author, author_info.type if author_info else None):
                    # a fellow member quoted in a member's release ("We will not remain silent,"
                    # said Representative McGovern): "we" is the members who speak, as the
                    # author's own "we" is, not their party
                    return who if who.how.startswith("first") else replace(who, how=f"first person: {who.how}")
                kind = _type_of_name(ctx, aff)[0] if info is None else None
                side = self._from_info(info) if info else _Actor(aff, kind if kind != "person" else "organisation",
                                                                 [], [], [aff], True)
                side.how = f"first person plural: the side of {who.name}"
                return side
            return who if who.how.startswith("first") else replace(who, how=f"first person: {who.how}")
        if pron == "plural" and frame_who and ctx.author and _GROUP_FRAME.search(frame_who) \
                and (_names_author(ctx.author, frame_who) or _listed_before(ctx.author, before, frame_who)):
            # "Senator Angus King and Congressman Bruce Poliquin announced they will": the author
            # is one of them, and bound with the others
            p = ctx.person(ctx.author)
            who = self._from_person(p, ctx) if p else _Actor(ctx.author, "person", [], [], [ctx.author], True)
            return replace(who, how="'they': the speakers of the frame, the author among them (resolution.they-with-author)")
        if pron == "plural" and frame_who and any(m.actor.type == "party" for m in self.gaz.find(frame_who)):
            counted, names = counted_part(ctx.doc.text, frame_who, pos)
            if counted:
                # "A handful of Republican senators (Graham, Paul, Rounds) said they will": the
                # members named, not their party; no one when none is named
                # (resolution.party-subset)
                if not names:
                    return None
                people = [ctx.person(n, pos) for n in names]
                full = [p.name if p is not None else n for p, n in zip(people, names)]
                return _Actor(full[0], "person", [], [], full, True,
                              f"resolution.party-subset: '{frame_who.strip()}', a part of a party, "
                              "the members it names", types=["person"] * len(full))
        if pron in ("third", "plural", "it") and speaker is not None and frame_who:
            # "Lecornu said he would", "The company said it will"
            if pron == "third" and speaker.type is None and low in ("he", "she") and _PERSON_LIKE.match(speaker.name) \
                    and _type_of_name(ctx, speaker.name)[1] in ("resolution.type-default", "resolution.type-person-shape"):
                # "Aino Lehtinen has made clear that she will": "she" makes the speaker a person
                speaker = replace(speaker, type="person")
            if pron == "third" and speaker.type == "person" and not speaker.actors[1:] \
                    or pron in ("it", "plural") and speaker.type != "person" \
                    or pron == "plural" and speaker.actors[1:] and speaker.how.startswith("resolution.coordination"):
                # ("Senator Jake Garn, John Heinz and Richard Selby said they will": all of them;
                # resolution.described-conjunct)
                if pron == "it" and speaker.type is None:
                    # "Ostwind Haulage said it would": a firm or body, whatever its shape
                    kind, rid = _type_of_name(ctx, speaker.name)
                    kind = kind if kind != "person" else ("company" if _company_signal(ctx, speaker.name)
                                                          else "organisation")
                    return replace(speaker, type=kind, how=f"a pronoun for the speaker of the frame ('it': {'an' if kind[0] in 'aeiou' else 'a'} {kind})")
                return replace(speaker, how="a pronoun for the speaker of the frame")
            if pron in ("it", "plural") and speaker.type == "person" and speaker.how.startswith("resolution.person-of-body"):
                # "Larry Johnson of the Corn Growers said they would": the body the speaker speaks for
                info = self.gaz.get(speaker.side) or self.gaz.lookup(speaker.side) if speaker.side else None
                side = self._from_info(info) if info else _Actor(speaker.side or "", "organisation", [], [],
                                                                [speaker.side or ""], True)
                return replace(side, how=f"a pronoun for the body the speaker speaks for ({speaker.how})")
            if pron == "it":
                return None
        if pron == "it":
            # "It had agreed to loan ...": a firm or body; "It will display ..." is not bound
            # ("which it will start using": the firm, in a relative clause)
            got = None
            if mode != "modal" or _AFTER_RELATIVE.search(before):
                opens = initial or _OPENER_ONLY.fullmatch(before.strip()[: -len(s)].strip()) is not None \
                    if before.strip().endswith(s) else _IT_ADVERB.fullmatch(before.strip()) is not None
                # ("It also set out to", "It has since agreed to": an adverb between, still the opener)
                got = self._subject_org(ctx, pos, previous=opens) or (
                    self._previous_thing(ctx, pos) if opens else None) or self._last_org(ctx, pos)
                if got is not None and not got.named and got.how.startswith("resolution.it-previous-thing"):
                    return got
        else:
            got = self._resolve_np(ctx, s, pos, speaker, initial)
        if pron == "plural" and got is None and frame_who and _COMMON_HEAD.search(frame_who.strip()) \
                and _COMMON_HEAD.search(frame_who.strip()).group().lower() in _VOICE_HEADS:
            # "Chilean trade ministers said they would": a country's own voices, named by its
            # adjective in the frame, are its government (resolution.they-not-country passes
            # over countries named before, not the frame's own speakers)
            hits = [m for m in self.gaz.find(frame_who) if m.actor.type == "country"
                    and m.form in ("adjective", "name", "government")]
            if len(hits) == 1:
                got = self._from_info(hits[0].actor)
                got.how = f"resolution.they-frame-head: '{frame_who.strip()}', a country's own voices"
                return got
        if pron == "plural" and got is not None and got.named and (speaker is None or not speaker.named) \
                and got.type != "party" and frame_who and _COMMON_HEAD.search(frame_who.strip()) \
                and _COMMON_HEAD.search(frame_who.strip()).group().lower() not in _VOICE_HEADS \
                and not _MEMBERS_OF.match(frame_who.strip()):
            # "Creditors of South Korea's top credit card firm have said they will", "JP Morgan,
            # the US investment bank, have said they won't": 'they' are those the frame names by
            # a common noun, which no name resolves; a country or firm that only modifies it is
            # not who speaks (resolution.they-frame-head)
            return _Actor("", got.type or "organisation", [], [], [], False,
                          f"resolution.they-frame-head: '{frame_who.strip()}', a common noun no name resolves")
        if pron in ("it", "plural") and got is not None and speaker is None and frame_who \
                and not _names_in(frame_who, got):
            # "An Operation Black Vote spokesman said they would", "The two firms say they
            # expect": "they" is who speaks, not the body named last, which they do not name
            return None
        if pron == "third" and got is not None and (speaker is None or not speaker.name) and frame_who \
                and _BARE_ROLE.match(frame_who.strip()) and not _names_in(frame_who, got) \
                and not (got.name and _shown_in_role(ctx.doc.text[:pos], got.name, frame_who.split()[-1])):
            # "The home secretary said he would" with no holder named: 'he' is the home
            # secretary, not the person named last (refusal.subject-not-agent)
            return None
        if pron == "it":
            # ("It plans to split into two" after "Jacques Barrot said": 'it' is no person)
            return None if got is not None and got.type == "person" else got
        if got is None and speaker is not None and speaker.type == "person" and speaker.side \
                and is_body_noun_phrase(low):
            # "Marisol Etxeberria, a spokeswoman for Ferrovial, said the firm would": the
            # body the speaker speaks for, when the text names no other before
            info = self.gaz.get(speaker.side) or self.gaz.lookup(speaker.side)
            if info is None or info.type != "country":
                kind = "company" if low.split()[-1] in _FIRM_NOUNS else "party" if low.endswith("party") else "organisation"
                side = self._from_info(info) if info else _Actor(speaker.side, kind, [], [], [speaker.side], True)
                side.how = f"resolution.speakers-body: '{s}', the body the speaker speaks for"
                return side
        return got

    def _named_committee(self, ctx: DocContext, s: str, noun: str, pos: int,
                         speaker: _Actor | None) -> _Actor | None:
        """'this committee', 'our subcommittee' in a member's words: the committee the text names
        in a member's role (before, else after: a release names it once), else the member who
        speaks, never the member's party (resolution.this-committee)."""
        named = members_committee(ctx.doc.text, noun, pos)
        if named:
            return _Actor(named, "organisation", [], [], [named], True,
                          f"resolution.this-committee: '{s}', the committee named in a member's role")
        quote = ctx.quote_at(pos)
        who = self._resolve_np(ctx, quote.speaker, quote.speaker_pos, None, False) \
            if quote is not None and quote.speaker else speaker
        if who is None and quote is None and ctx.author and s.lower().startswith(("our ", "my ")):
            p = ctx.person(ctx.author)
            who = self._from_person(p, ctx) if p else _Actor(ctx.author, "person", [], [], [ctx.author], True)
        if who is not None and who.type == "person":
            return replace(who, how=f"resolution.this-committee: '{s}', no committee named: the member who speaks "
                                    f"({who.how})")
        return None

    @staticmethod
    def _same_pronoun_before(ctx: DocContext, low: str, pos: int) -> int:
        """Where a "he"/"she" is resolved: at the same pronoun the clause before it in the
        sentence opened with, when people are named between the two ("When he refused to
        support Harold Wilson and Dame Barbara Castle ..., he said": the one "he", not Wilson;
        resolution.pronoun-chain); else where it is."""
        if low not in ("he", "she"):
            return pos
        text = ctx.doc.text
        start = _sentence_start(text, pos)
        # the clause that opens the sentence holds the first, the main clause after its comma
        # opens with the second ("Pressed on whether he would ..., he replied"); not "praise on
        # Mr Brown saying he was", whose "he" is the man just named
        first = re.match(rf"[^,;:\"“”]*?\b({low})\b[^;:\"“”]*,\s*$", text[start:pos], re.I)
        if first is None:
            return pos
        at = start + first.start(1)
        if not any(at < p < pos for p, _ in ctx.person_mentions) or ctx.quote_at(at) is not ctx.quote_at(pos):
            return pos
        return at

    def _role_previous_sentence(self, ctx: DocContext, low: str, pos: int) -> _Actor | None:
        """A "he"/"she" that opens a sentence after one that names no person but an office
        ("The pressure prompted the prime minister to say ... He told MPs"): the office's
        holder the text names before, not a person named further back
        (resolution.previous-sentence-centre)."""
        span = _pronoun_opens_after(ctx.doc.text, low, pos)
        if span is None:
            return None
        text, (prev, start) = ctx.doc.text, span
        if any(prev <= at < pos for at, _ in ctx.person_mentions) or _HE_SHE.search(text, prev, start):
            return None
        roles = [m for m in _ROLE_BEFORE_PRONOUN.finditer(text, prev, start) if not m.group().endswith(("'s", "’s"))]
        if not roles:
            return None
        role = roles[-1]
        office, phrase = role.group("role").lower(), role.group()
        full = ctx.person_by_role(office, role.start(), phrase)
        holder = ctx.person(full) if full else None
        got = self._from_person(holder, ctx) if holder is not None else \
            self._resolve_np(ctx, f"the {role.group('role')}", role.start(), None, False)
        if got is None or not got.name or got.type not in ("person", "country", "government") \
                or got.type == "person" and ctx.sex(got.name) == {"he": "f", "she": "m"}[low]:
            return None  # (no holder named: the office's government, as for "the prime minister will")
        got.how = f"resolution.previous-sentence-centre: 'the {office}' in the sentence before, no person named there; {got.how}"
        return got

    @staticmethod
    def _previous_subject_person(ctx: DocContext, low: str, pos: int, last: str) -> str | None:
        """A "he"/"she" that opens a sentence outside quotes continues the subject of the
        sentence before, when that subject is a person ("Mr Blair argued that ... because of
        Mr Brown's management of the economy. And he pledged": Mr Blair, not Mr Brown, who is
        named later in that sentence); None when the sentence before does not open with a
        person of the pronoun's sex, or names no other person after it
        (resolution.previous-sentence-centre)."""
        span = _pronoun_opens_after(ctx.doc.text, low, pos) if ctx.quote_at(pos) is None else None
        if span is None:
            return None
        text, (prev, start) = ctx.doc.text, span
        named = [(a, n) for a, n in ctx.person_mentions if prev <= a < start]
        if len(named) < 2 or named[-1][1] != last or named[0][1] == last:
            return None
        first_at, first = named[0]
        other = {"he": "f", "she": "m"}[low]
        if ctx.sex(first) == other or ctx.quote_at(first_at) is not None:
            return None
        if ":" in text[first_at:named[-1][0]] or ctx.quote_at(named[-1][0]) is not None:
            return None  # ("... issued this statement: I congratulate X": a quote or statement between)
        m = _PERSON_SUBJECT_OPENS.match(text, prev, first_at + 200)
        if m is None or m.end("name") < first_at:
            return None
        if _CONTROLLED_AFTER.match(text, named[-1][0] + len(named[-1][1]) if text.startswith(
                named[-1][1], named[-1][0]) else named[-1][0]) \
                and not _REPORTING_VERB.search(text, m.end("name"), m.end()):
            # ("has selected X to deliver the address. He will": X; but "Arnesen said he could not
            # explain what caused Santini to quit. He added": the one who reports, not whom he
            # reports of)
            return None
        return first

    def _they_takes_up(self, ctx: DocContext, info: ActorInfo, pos: int) -> bool:
        """A "They" opening a sentence takes up the subject of the sentence before ("The Lib
        Dems unveiled their plans. They would ..."), not a body named elsewhere in it ("Members
        of Westminster's committee will tour the UK's ports. They will also talk to ...": the
        members; "The Bill proposes control orders ... They would replace": the orders)."""
        text = ctx.doc.text
        start = _sentence_start(text, pos)
        if not _OPENING_THEY.match(text[start:pos + 4]):  # ("And they pledged": as "They")
            return True
        back = start
        while back > 0 and text[back - 1].isspace():
            back -= 1
        if back <= 0:
            return True
        prev = _sentence_start(text, back - 1)
        lead = _SUBJECT_OPENER.match(text, prev, back).end()
        at = max((p for p, i in ctx.actor_mentions if i is info and prev <= p < back), default=-1)
        return at >= 0 and len(text[lead:at].split()) <= 1

    @staticmethod
    def _previous_they(ctx: DocContext, pos: int) -> int | None:
        """Where the "They" opening the sentence before is, when the "they" at `pos` opens its
        own sentence too ("They said they would press Labour over whether the Home Office would
        deliver them. And they pledged to ..."): the two are one (resolution.pronoun-chain)."""
        text = ctx.doc.text
        start = _sentence_start(text, pos)
        m = _OPENING_THEY.match(text, start, pos + 4)
        if m is None or text[m.end("they"):pos].strip():
            return None  # (a "they" later in the sentence)
        back = start
        while back > 0 and text[back - 1].isspace():
            back -= 1
        if back <= 0:
            return None
        prev = _OPENING_THEY.match(text, _sentence_start(text, back - 1), back)
        return prev.start("they") if prev else None

    def _things_between(self, ctx: DocContext, info: ActorInfo, pos: int) -> bool:
        """Is a plural thing ("the plans", "new measures") named after the body `info` and
        before the "they" at `pos`? Then "they" is more often the things than the body."""
        at = max((p for p, i in ctx.actor_mentions if i is info and p < pos), default=-1)
        if at < 0:
            return False
        between = ctx.doc.text[at:pos]
        nouns = self._non_agent_nouns
        return any(w in nouns for w in _THING_PLURAL.findall(between) + _THING_PLURAL_NEAR.findall(between)) \
            or _PEOPLE_PLURAL.search(between) is not None \
            or _ABSTRACT_PLURAL.search(between) is not None or _PLURAL_SUBJECT.search(between) is not None

    def _in_context(self, ctx: DocContext, info: ActorInfo, alts: list[ActorInfo]) -> _Actor:
        """An ambiguous name ("Congress") read in its document: the reading whose country
        the document is most about (its author, source and title count three times each
        mention of a country in its text); the usual reading on a tie."""
        weights = self._country_weights(ctx)
        own = info.parent or info.name
        best, score = info, weights.get(own, 0)
        for alt in alts:
            w = weights.get(alt.parent or alt.name, 0) - (1 if alt.parent == own else 0)
            if w > score:
                best, score = alt, w
        read = self._from_info(best)
        if best is not info:
            read.how = f"an ambiguous name, read by the document's countries ({best.parent})"
        return read

    def _main_actor(self, ctx: DocContext, pos: int) -> _Actor | None:
        """The actor a story is about at `pos`: the firm or body last seen acting, else the
        last government, party or organisation named."""
        org = ctx.main_org(pos)
        if org:
            return self._seen_acting(ctx, org, pos)
        info = ctx.last_actor(pos, ("government", "party", "organisation", "company", "country"))
        if info is None:
            return None
        main = self._from_info(info)
        main.how = "the last government, party or organisation named"
        return main

    def _author(self, ctx: DocContext, how: str) -> _Actor:
        """The document's author, as the text names them ("Patrick McHenry", not "Mchenry")."""
        assert ctx.author is not None
        p = ctx.person(ctx.author)
        who = self._from_person(p, ctx) if p else _Actor(ctx.author, "person", [], [], [ctx.author], True)
        who.how = how
        return who

    @staticmethod
    def _opens_sentence(ctx: DocContext, phrase: str, pos: int) -> bool:
        """Does `phrase`, written last before `pos` (or at it), open its sentence, after an
        opener at most ("But the firm", "However, the company")?"""
        text = ctx.doc.text
        i = text.rfind(phrase, max(0, pos - 300), pos + len(phrase))
        if i < 0:
            return False
        return _OPENER_ONLY.fullmatch(text[_sentence_start(text, i) : i].strip()) is not None

    @staticmethod
    def _closing_frame(ctx: DocContext, phrase: str, pos: int) -> bool:
        """Is `phrase` the speaker of a frame closing its sentence ("Proceeds will be used to
        repay debt, the company said.")? Its sentence names no one before it, so the subject
        of the sentence before is whom it takes up (resolution.previous-subject)."""
        text = ctx.doc.text
        i = text.rfind(phrase, max(0, pos - 300), pos + len(phrase))
        if i < 0:
            i = text.find(phrase, pos, pos + 600)  # (a frame's speaker, read with its clause's position)
        if i < 0 or _sentence_start(text, i) > pos:
            return False
        return _FRAME_COMMA_BEFORE.search(text, max(0, i - 3), i) is not None \
            and _FRAME_CLOSES.match(text, i + len(phrase)) is not None

    def _subject_org(self, ctx: DocContext, pos: int, previous: bool) -> _Actor | None:
        """The firm or body that is the subject of the previous sentence (`previous`: what an
        "It" or "The company" opening a sentence refers to, resolution.previous-subject) or of
        the sentence `pos` is in, named before `pos` ("MG Rover, which employs 6,000 people,
        produced 110,000 cars, though it hopes to": resolution.same-sentence-subject)."""
        text = ctx.doc.text
        start = _sentence_start(text, pos)
        if previous:
            back = start
            while back > 0 and text[back - 1].isspace():
                back -= 1
            if back <= 0:
                return None
            span = (_sentence_start(text, back - 1), back)
        else:
            span = (start, pos)
        got = _named_subject(text, *span)
        if previous:
            voice = self._body_voice(ctx, text, span, got)
            if voice is not None:
                return voice
        if got is None and previous:
            # "Under President Chavez, the Venezuelan government has steadily expanded ... It
            # recently said": a government the sentence before opens with is what "It" takes up
            # (resolution.previous-government), not the firm last seen acting
            gov = _GOV_SUBJECT.match(text, _SUBJECT_OPENER.match(text, *span).end(), span[1])
            if gov is None:
                return None
            actor = self._resolve_np(ctx, gov.group("np"), gov.start("np"), None, False)
            if actor is None or not actor.named or actor.type not in ("country", "government"):
                return None
            return replace(actor, how=f"resolution.previous-government: the government the sentence before opens with ({actor.how})")
        if got is None or _SUFFIX_FIRST.match(got[1]):
            return None  # ("3Com Corp said", "<Foo Inc>'s unit": the name's tail, not a name)
        if not previous and _NEARER_FIRM.search(text, got[0], pos):
            return None  # "..., should the company decide it wants to": the nearer firm
        at, name = got
        actor = self._resolve_np(ctx, name, at, None, False)
        if actor is None or not actor.named or not actor.name or actor.type in ("person", "country") \
                or actor.type is None and _type_of_name(ctx, actor.name)[1] == "resolution.type-person-shape":
            return None
        if actor.type is None:
            actor = self.settle_type(ctx, actor)
        rid = "resolution.previous-subject" if previous else "resolution.same-sentence-subject"
        where = "the previous sentence" if previous else "the sentence"
        return replace(actor, how=f"{rid}: the subject of {where} ({actor.how})")

    def _one_body(self, ctx: DocContext, phrase: str, at: int) -> _Actor | None:
        """The one named firm, organisation, government or party `phrase` names at `at`, its
        type settled unless the name is shaped like a person's; None for anything else."""
        actor = self._resolve_np(ctx, phrase, at, None, False)
        if actor is not None and actor.named and actor.name and actor.type is None \
                and _type_of_name(ctx, actor.name)[1] != "resolution.type-person-shape":
            actor = self.settle_type(ctx, actor)
        if actor is None or not actor.named or not actor.name or actor.actors[1:] \
                or actor.type not in ("company", "organisation", "government", "party"):
            return None
        return actor

    def _body_voice(self, ctx: DocContext, text: str, span: tuple[int, int],
                    got: tuple[int, str] | None) -> _Actor | None:
        """The body whose voice is the subject of the sentence in text[span]: its staff ("Rosneft
        officials were unavailable for comment", "A spokesman for Syntex said") or an officer
        named with the post ("Werner Seifert, chief executive of the Frankfurt-based exchange,
        may"), whom an "It" or "The company" opening the next sentence takes up
        (resolution.previous-body-voice); None when the sentence speaks through no body's voice."""
        closing = _FRAME_CLOSING_NAME.search(text, max(span[0], span[1] - 120), span[1])
        if closing is not None:
            # ("The GSA sold 5,490 tonnes of tin, the Chamber of Mines said. In its report, it
            # said": who says the sentence is its subject, not the subject of what is said)
            said = self._one_body(ctx, closing.group("org"), closing.start("org"))
            if said is not None:
                return replace(said, how=f"resolution.previous-body-voice: '{closing.group('org')}', who says the "
                                         f"previous sentence ({said.how})")
        if got is not None:
            at, name = got
            off = _OFFICER_OF.match(text, at + len(name), span[1])
            if off is None or ctx.person(name, at) is None:
                return None
            np, np_at = off.group("np"), off.start("np")
            m = None
        else:
            lo = _SUBJECT_OPENER.match(text, *span).end()
            if lo == span[0]:
                # ("Despite the rejection of the Deutsche Boerse bid last week, Werner Seifert, ...":
                # a longer opening phrase than _SUBJECT_OPENER reads)
                o = _LONG_OPENER.match(text, *span)
                lo = o.end() if o else lo
            off = _PERSON_OFFICER.match(text, lo, span[1])
            frame = _FRAME_SPEAKER.search(text, max(span[0], span[1] - 200), span[1])
            if off is not None and ctx.person(off.group("who"), lo) is not None:
                np, np_at = off.group("np"), off.start("np")
                m = None
            elif frame is not None and (frame.group("org") or ctx.person(frame.group("who"), frame.start("who"))):
                # ('"...," said Dr Carl Gavin, managing director of Lateral Visions.': the speaker the
                # frame closing the sentence names is its subject)
                g = "org" if frame.group("org") else "np" if frame.group("np") else "np2"
                np, np_at = frame.group(g), frame.start(g)
                m = None
                if g == "org" and ctx.person(np, np_at) is not None:
                    return None
            else:
                m = _BODY_STAFF.match(text, lo, span[1])
                if m is None:
                    return None
        if m is not None:
            np = m.group("name") or m.group("name2")
            np_at = m.start("name") if m.group("name") else m.start("name2")
            if np.lower() in _COMMON or np.lower() in _ORG_NOUNS:
                return None  # ("Company officials said": no name)
        if m is None and _DESCRIPTION.fullmatch(np):
            # ("Werner Seifert, chief executive of the Frankfurt-based exchange, may come back":
            # the body he heads, told by a description only, is no body named before; it binds
            # no one rather than the firm last seen acting)
            return _Actor("", "organisation", [], [], [], False,
                          f"resolution.previous-body-voice: '{np}', the body whose officer is the subject of "
                          "the previous sentence, named by a description only")
        actor = self._one_body(ctx, np, np_at)
        if actor is None:
            return None
        return replace(actor, how=f"resolution.previous-body-voice: '{np}', the body whose voice is the subject "
                                  f"of the previous sentence ({actor.how})")

    def _previous_thing(self, ctx: DocContext, pos: int) -> _Actor | None:
        """An "It" opening a sentence after one whose subject is a name that is no actor ("The
        Lisbon Agenda set out to ... It also set out to"): that thing, which binds no one
        (resolution.it-previous-thing), not the firm last seen acting."""
        text = ctx.doc.text
        back = _sentence_start(text, pos)
        while back > 0 and text[back - 1].isspace():
            back -= 1
        if back <= 0:
            return None
        got = _named_subject(text, _sentence_start(text, back - 1), back)
        if got is None or _SUFFIX_FIRST.match(got[1]):
            return None
        if _head(got[1]).lower() not in self._non_agent_nouns \
                and self._resolve_np(ctx, got[1], got[0], None, False) is not None:
            return None  # (a thing by its head: "the Turin Charter", "the Lisbon Agenda")
        return _Actor("", "organisation", [], [], [], False,
                      f"resolution.it-previous-thing: '{got[1]}', the subject of the sentence before, is no actor")

    def _last_org(self, ctx: DocContext, pos: int) -> _Actor | None:
        text = ctx.doc.text
        start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
        opens = _BODY_OPENS.match(text, start, pos)
        if opens and opens.group("noun").lower() in _ORG_NOUNS | _GOV_NOUNS:
            # "The government has ruled out X, because it says it would": the sentence's own
            # subject, not a body named sentences before (resolution.sentence-owner)
            got = self._resolve_np(ctx, opens.group("np"), start, None, True)
            if got is None or not got.named:
                return None
            return replace(got, how=f"resolution.sentence-owner: 'it', the subject the sentence opens with; {got.how}")
        org = ctx.main_firm(pos)
        return self._seen_acting(ctx, org, pos) if org else None

    def _seen_acting(self, ctx: DocContext, org: str, pos: int) -> _Actor | None:
        """The firm or body last seen acting, named as a reader would: no title or leading
        word in its name ("First Minister Jack McConnell said" is Jack McConnell), a person
        when the document shows one, typed by its suffix or the words around it."""
        how = "the firm or body last seen acting"
        if " " not in org and (org.lower() in _COMMON or org.lower() in _ORG_NOUNS) and not org.isupper():
            # "Commission said", "Members said": a common noun capitalised, the body named before
            return self._common_np(ctx, org, org.lower(), pos)
        if any(_lower_word(w) for w in org.split()):
            return None  # "Mr Glazer's campaign": a phrase, not a name
        p = ctx.person(org, pos)
        if p is not None:
            who = self._from_person(p, ctx)
            who.how = f"{how}: {who.how}"
            return who
        lead = self._strip_lead(ctx, org, pos, None, False)
        if lead is not False:
            return lead
        kind, rid = _type_of_name(ctx, org)
        if rid in _FIRM_GUESSES and " " not in org and org not in _types_data()["first_names"]:
            full = _introduced_as(ctx, org)
            if full is not None and self.gaz.lookup(full) is None and ctx.person(full) is None \
                    and _type_of_name(ctx, full)[1] != "resolution.type-person-shape":
                # "Delta Air ... It is also eliminating": the name the story introduced it by, and
                # its type, not a guess from the short form (resolution.short-name)
                return _Actor(full, _type_of_name(ctx, full)[0], [org], [], [full], True,
                              f"{how}: resolution.short-name: '{org}', introduced as '{full}'")
        if rid in ("resolution.type-default", "resolution.type-person-shape"):
            kind = "organisation" if rid == "resolution.type-default" else kind
        return _Actor(org, kind, [], [], [org], True, f"{how} ({rid})")

    def _resolve_np(self, ctx: DocContext, s: str, pos: int, speaker: _Actor | None,
                    initial: bool) -> _Actor | None:
        """The actor a noun phrase names, or None; a first name alone is no one's name
        (resolution.first-name-alone), a royal's is the title and the name ("Prince Edward")."""
        if _OPENING_FIRM_NOUN.match(s.strip()) and (self._opens_sentence(ctx, s.strip(), pos)
                                                     or self._closing_frame(ctx, s.strip(), pos)):
            # "The LSE rejected the offer. The firm agreed to ...", "Danzar said it holds the
            # shares. They will be paid as a dividend, the company said.": the subject of the
            # sentence before, not the firm seen acting last anywhere (resolution.previous-subject)
            prev = self._subject_org(ctx, pos, previous=True)
            if prev is not None and prev.type in ("company", "organisation"):
                if prev.type == "organisation" and "resolution.type-default" in prev.how \
                        and s.strip().lower().endswith(("company", "firm")):
                    # ("The US company said": the noun tells the type a bare name did not)
                    prev = replace(prev, type="company", how=f"{prev.how}; resolution.type-company-context")
                return prev
        got = self._resolve_np_parts(ctx, s, pos, speaker, initial)
        if got is not None and got.named and got.name in _types_data()["royal"] and got.name != "Pope" and not got.actors[1:] \
                and re.search(rf"\b(?:[Tt]he|[Oo]ur)\s+{got.name}\b", ctx.doc.text) \
                and not re.search(rf"\b(?:band|group)\s+{got.name}\b", ctx.doc.text):  # (not "rock band Queen")
            # "the Queen will host": a royal title alone is the holder the text names
            # ("Queen Beatrix"), else the monarch of the country the document is about
            # (resolution.royal-title)
            held = re.search(rf"\b{got.name}\s+((?:[A-Z][a-z]+)(?:\s+(?:I|II|III|IV|V|VI|VII|VIII))?)\b", ctx.doc.text)
            if held and held.group(1) not in _types_data()["leading"]:
                name = f"{got.name} {held.group(1)}"
                return _Actor(name, "person", [], [], [name], True,
                              f"resolution.royal-title: '{got.name}', the holder the text names")
            country = self._doc_country(ctx) if got.name in ("King", "Queen") else None
            info = self.gaz.get(country) if country else None
            if info is None:  # ("the Prince": a prince, whose name the text does not give)
                return _Actor("", "person", [], [], [], False, f"resolution.royal-title: '{got.name}', its holder not named")
            # the monarch is a person, whose own engagements and words are not the country's
            # ("the Queen will lead the commemoration"): the title and the country name her
            name = f"{got.name} of {_with_article(info.name)}"
            return _Actor(name, "person", [], [info.name], [name], True,
                          f"resolution.royal-title: '{got.name}', the monarch of {info.name}, a person")
        if got is not None and got.named and got.name and not got.actors[1:]:
            session = _SESSION.match(got.name)
            info = self.gaz.lookup(session.group(1)) if session else None
            if info is not None and info.type in ("government", "organisation"):
                # "the 110th Congress", "the 56th Parliament": a sitting of the body, the body
                # itself acts (resolution.ordinal-session)
                a = self._from_info(info)
                a.how = f"resolution.ordinal-session: '{got.name}', a sitting of {info.name}"
                return a
        if got is not None and got.named and got.type in ("person", None) and got.name and all(
                w.lower() in _TITLE_HEADS or w.lower() in ("prime", "vice", "foreign", "first") for w in got.name.split()):
            # "the Prime Minister of the Palestinian Authority" cut to "Prime Minister": a title
            # with no holder named is no one's name (resolution.role-unbound); a person still, whom
            # a "he" after it stands for
            return _Actor("", "person", [], [], [], False, f"resolution.role-unbound: '{got.name}', a title, its holder not named")
        if got is not None and got.named and got.name and not got.actors[1:] and self.gaz.get(got.name) is None:
            service = _types_data()["service_of"].get(got.name)
            if service is not None:
                # "the Army told the delegation": the service of the country the document is about
                info = self.gaz.get(service.get(self._service_country(ctx, service), ""))
                if info is not None:
                    a = self._from_info(info)
                    a.how = f"resolution.common-noun-alone: '{got.name}', the service of the country the document is about"
                    return a
            chamber = _types_data()["house_of"].get(got.name)
            if chamber is not None:
                # "The House will vote": the lower chamber of the country the document is about,
                # else no one (resolution.common-noun-alone)
                info = self.gaz.get(chamber.get(self._doc_country(ctx) or "", ""))
                if info is None:
                    return None  # (which country's House? the text does not say)
                a = self._from_info(info)
                a.how = f"resolution.common-noun-alone: '{got.name}', the chamber of the country the document is about"
                return a
            if place_or_thing(got.name):
                # "Texas will", "Porto Alegre" taken for a firm, "Medicare will cover": a place or a
                # programme named, which binds no one (resolution.place-named, resolution.thing-named)
                return None
            words = got.name.split()
            if _thing_name(words):
                # "the Jones Act", "Tribal Advisory Committee Act", "Star-Spangled Banner Trail":
                # a law or a thing named, which binds no one (resolution.thing-named)
                return None
            full = _spelled_out(ctx, got.name) if got.name.isupper() and " " not in got.name else None
            if full is not None and (_thing_name(full.split()) or place_or_thing(full)):
                # "Operation Streamline (OS) ... OS aims to": an acronym of a thing's name
                return None
            if got.type == "person" and len(words) > 1 and words[-1] in _BODY_ENDS \
                    and all(w[:1].isupper() for w in words):  # (not "Officer Wes Lee of the Marine Corps")
                # "Farm Credit Administration" taken for a person: a body, by its last word
                return None if s.strip().lower() in _PRONOUNS else replace(
                    got, type=_types_data()["suffix"][words[-1]], how=f"{got.how} (resolution.type-by-suffix)")
            if got.type in ("person", None) and all(w.lower().rstrip(".") in _TITLE_HEADS or w.lower() in _TITLE_MODIFIERS
                                            for w in words):
                # "the Attorney General" taken for a person's name: a title, its holder unnamed
                return _Actor("", None, [], [], [], False,
                              f"resolution.common-noun-alone: '{got.name}', a title, its holder not named")
        if got is not None and got.named and got.type in ("company", "organisation", None) and " " not in got.name \
                and got.name[:1].isupper() and self.gaz.get(got.name) is None and not got.actors[1:] \
                and got.name not in _types_data()["first_names"]:
            full = _introduced_as(ctx, got.name)
            if full is not None and self.gaz.lookup(full) is None and ctx.person(full) is None \
                    and _type_of_name(ctx, full)[1] != "resolution.type-person-shape":  # ("Kim Clijsters")
                # "Illva Saronno ... Illva", "Qwest Communications ... Qwest": the name the
                # story introduced the firm by (resolution.short-name)
                kind, rid = _type_of_name(ctx, full)
                kind = kind if kind != "person" else (got.type or "company")
                return replace(got, name=full, type=got.type or kind, actors=[full], aliases=[got.name, *got.aliases],
                               how=f"resolution.short-name: '{got.name}', introduced as '{full}'; {got.how}")
        bare = s.strip()
        if got is None and bare in _types_data()["first_names"]:
            got = _Actor(bare, "person", [], [], [bare], True, "a first name")  # ("Pablo", of "Pablo Ordonez")
        if got is None or not got.name or got.type not in (None, "person", "company", "organisation") \
                or " " in got.name or got.name not in _types_data()["first_names"] or self.gaz.get(got.name) is not None:
            return got
        full = [n for n in ctx.people if n.startswith(got.name + " ")]
        if len(full) == 1:
            # "Jacques" in a story of "Jacques Santini": the person the text names in full
            who = self._from_person(ctx.people[full[0]], ctx)
            who.how = f"resolution.first-name-alone: '{got.name}', the first name of {full[0]}"
            return who
        royal = re.search(rf"\b({_types_data()['royal_alt']})\s+{re.escape(got.name)}\b", s)
        if royal:
            name = royal.group()
            return _Actor(name, "person", [], [], [name], True,
                          f"resolution.first-name-alone: a royal, named with the title ('{name}')")
        if _first_name_alone(ctx, got.name):
            return None
        after = {m.group(1) for m in re.finditer(rf"\b{re.escape(got.name)}\s+([A-Z][a-z][\w'’\-]+)\b", ctx.doc.text)
                 if m.group(1).lower() not in _COMMON and m.group(1) not in _types_data()["suffix"]}
        if len(after) == 1 and not _titled(ctx, got.name):
            # "Susan" in a story that names "Susan Chepkemei": her, by the name the text gives
            name = f"{got.name} {after.pop()}"
            return _Actor(name, "person", [name.split()[-1]], [], [name], True,
                          f"resolution.first-name-alone: '{got.name}', the first name of {name}")
        return got

    def _resolve_np_parts(self, ctx: DocContext, s: str, pos: int, speaker: _Actor | None,
                          initial: bool) -> _Actor | None:
        s = _TICKERS.sub("", s)  # "Toshiba Corp <TSBA.T>"
        if s.lstrip()[:1] in ("-", "–", "—"):
            return None  # "the firm - China's biggest supplier - said": a description between dashes, not a name
        s = _YEAR_LEAD.sub("", s)  # "In 2002 S&N and United agreed": the year opened the clause
        indefinite = bool(_INDEFINITE_START.match(s.strip()))
        stripped = _DET_START.sub("", s.strip()).strip(" ,")
        stripped_det = stripped != s.strip(" ,")
        if stripped != s.strip(" ,"):
            initial = False  # "The Government": capitalised by style, not by its place
        s = stripped
        if not s or len(s) == 1 and s != "I":
            return None  # (a lone letter: "A shareholder ..., hoping to" cut at its article)
        of_body = _PERSON_OF_BODY.match(s)
        if of_body and self.gaz.lookup(s) is None and self.gaz.lookup(of_body.group("who")) is None:
            # "said Ana Ruiz of Ferrovial": the person, speaking for the body (resolution.person-of-body)
            who = self._resolve_np(ctx, of_body.group("who"), pos, None, False)
            body = self._resolve_np(ctx, of_body.group("body"), pos, None, False)
            if who is not None and body is not None and body.type != "person" and (
                    who.type == "person" or who.type is None and _type_of_name(ctx, who.name)[1] in (
                        "resolution.type-default", "resolution.type-person-shape")):
                return replace(who, type="person", side=body.name, affiliations=[body.name],
                               how=f"resolution.person-of-body: '{who.name}' of '{body.name}'")
        aside = _TRAILING_ASIDE.match(s)
        if aside and self.gaz.lookup(s) is None:
            # "Rep. Ruben Gallego (D-AZ)", "Pedro Pierluisi in the House": the name before the aside
            got = self._resolve_np(ctx, aside.group("name"), pos, speaker, False)
            if got is not None:
                got.how = f"resolution.aside-stripped: '{s[aside.end('name'):].strip()}' left out; {got.how}"
            return got
        if _PARTY_TAG.match(s) and self.gaz.lookup(s) is None:
            # "Rep. Ann Wagner, R-Mo., intends": the tag follows the name it qualifies
            text = ctx.doc.text
            tag = re.escape(s.strip("()"))
            before = None
            for m in re.finditer(rf"([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{0,3}}),\s*\(?(?:[RDI]-)?{tag}",
                                 text[max(0, pos - 400) : pos + len(s) + 200]):
                before = m.group(1)
                if m.end() + max(0, pos - 400) >= pos:
                    break
            got = self._resolve_np(ctx, before, pos, speaker, False) if before else None
            if got is None or got.type != "person":
                return None  # ("Augusta, Ga., that will serve": a place's state, no one)
            got.how = f"resolution.aside-stripped: the name the tag '{s}' follows; {got.how}"
            return got
        pp = _MEMBERS_OF.match(s)
        if pp:
            owner = _OWNER.match(pp.group("body"))  # "the Bank of England's committee": the bank
            body = self._voice(ctx, owner.group(1) if owner else pp.group("body"), pos)
            if body is not None:
                return replace(body, how=f"the body its members belong to ('{pp.group('body')}')")
            if pp.group("body").split()[0].lower() in ("a", "an", "several", "some", "many", "various", "other"):
                return None  # "Representatives from a number of Muslim organisations": no one body
        plural = " ".join(_core(s).split())
        if _generic_plural(plural, self.gaz.lookup) and self.gaz.lookup(plural) is None \
                and not _company_signal(ctx, plural):
            chamber = _types_data()["chamber_members"].get(plural.lower()) if not stripped_det else None
            info = self.gaz.get(chamber) if chamber else None
            if info is not None and info.parent == self._doc_country(ctx):
                # "Senators consented to", "MPs are due to vote": the chamber of the story's country
                a = self._from_info(info)
                a.how = f"resolution.generic-plural: '{plural}', the chamber they sit in"
                return a
            return None  # "Liberals want", "North Texans would pay": people in general (resolution.generic-plural)
        pair_pp = _PAIR_PP.match(s)
        qualified = ""  # "the two sides in the port dispute": what names the two
        if pair_pp and _PAIR_NP.match(pair_pp.group("np")):
            qualified = s
            s = pair_pp.group("np")  # "the two sides in the dispute": the two sides
        low = s.lower()
        pron = _PRONOUNS.get(low) if not (len(s) > 1 and s.isupper()) else None  # "US" is not "us"
        if pron == "third":
            roles = list(_ROLE_BEFORE_PRONOUN.finditer(ctx.doc.text, max(0, pos - 200), pos)) if low in ("he", "she") else []
            role = roles[-1] if roles else None
            start = max([m.end() for m in _ROLE_SENTENCE_END.finditer(ctx.doc.text, max(0, pos - 400), pos)] or [0]) - 1
            if role is not None and role.start() >= start \
                    and not any(start <= at < pos for at, _ in ctx.person_mentions) \
                    and not _HE_SHE.search(ctx.doc.text, max(0, start), role.start()):
                # "despite the president's assurance that he would sign", "the wall he was
                # promising" after "the President's campaign": the office named in the
                # sentence, not the person named before it (resolution.role-in-sentence)
                office, phrase = role.group("role").lower(), role.group().split("’")[0].split("'")[0]
                full = ctx.person_by_role(office, pos, phrase) \
                    or ctx.person_by_role(office, len(ctx.doc.text), phrase)  # (named later)
                holder = ctx.person(full) if full else None
                got = self._from_person(holder, ctx) if holder is not None else \
                    self._resolve_np(ctx, f"the {role.group('role')}", role.start(), None, False)
                if got is not None and got.type == "person":
                    got.how = f"resolution.role-in-sentence: 'the {role.group('role').lower()}' before it; {got.how}"
                    return got
                last = ctx.last_subject_person_how(pos, low)[0]
                if last and ctx.author and strip_accents(last.split()[-1].lower()) == strip_accents(ctx.author.split()[-1].lower()):
                    return None  # (the office is not the author's, who says "I": no one the text names)
            office_before = self._role_previous_sentence(ctx, low, pos)
            if office_before is not None:
                return office_before
            at = self._same_pronoun_before(ctx, low, pos)
            name, passed = ctx.last_subject_person_how(at, low)
            centre = self._previous_subject_person(ctx, low, pos, name) if at == pos and name else None
            if centre is not None:
                name, passed = centre, False
            p = ctx.person(name, at) if name else None
            if p is not None and centre is not None:
                he = self._from_person(p, ctx)
                he.how = (f"resolution.previous-sentence-centre: '{low}' opening the sentence is the subject "
                          f"of the sentence before, not a person named later in it; {he.how}")
                return he
            if p is not None and at != pos:
                he = self._from_person(p, ctx)
                he.how = (f"resolution.pronoun-chain: the '{low}' opening the clause before it, "
                          f"not a person named between them; {he.how}")
                return he
            if p is None:
                # "A Conservative spokeswoman said ... She said: ...": an unnamed voice of a
                # body, told just before
                voice = _LAST_VOICE.findall(ctx.doc.text, max(0, pos - 400), pos)
                return self._voice(ctx, voice[-1], pos) if voice else None
            he = self._from_person(p, ctx)
            back = at
            for _ in range(3):
                if low not in ("he", "she") or he.type == "person" or name is None or _in_office(ctx.doc.text, name):
                    break  # ("President Reagan", "Mr Chang": a person whatever the words around)
                # "water firm Aguas Argentinas ... Mr De Vido ... He added": "he" is never a
                # name the text shows to be a firm; the person named before it
                # (resolution.pronoun-not-firm)
                back = max((a for a, n in ctx.person_mentions if n == name and a < back), default=0)
                name, passed = ctx.last_subject_person_how(back, low)
                q = ctx.person(name, back) if name and back else None
                if q is None:
                    break
                he = self._from_person(q, ctx)
                if he.type == "person":
                    he.how = f"resolution.pronoun-not-firm: the person named before a firm's name; {he.how}"
            he.how = f"a pronoun for the last person named ({he.how})"
            if passed:
                he.how += "; resolution.quoted-name-passed: people named only inside a quote passed over"
            return he
        if pron == "plural":
            # "they": a party, body or country named just before (a sentence or two back);
            # further away it is more often films, players or voters than an actor
            # (not a country: English calls a country "it"; a "they" after one is its people,
            # troops, leaders or firms, or "Americans", "the Iranians", whom no one is bound for:
            # resolution.they-not-country)
            chain = self._previous_they(ctx, pos)
            if chain is not None:
                got = self._resolve_np(ctx, ctx.doc.text[chain:chain + 4], chain, None, False)
                if got is not None:
                    got = replace(got, how=f"resolution.pronoun-chain: the 'They' opening the sentence before; {got.how}")
                return got
            info, passed = ctx.last_actor_how(pos, ("party", "organisation", "government", "company"),
                                              within=300, acting=True)
            if info is None:
                # (passed: the nearest is a country named only as a place,
                # resolution.they-place-passed)
                return None
            if self._things_between(ctx, info, pos):
                return None  # "reacted against the plans, saying they would hurt": the plans
            text = ctx.doc.text
            lo = _sentence_start(text, pos)
            they_at = text.rfind("they", lo, pos + 4)
            plural = _CLAUSE_PLURAL_SUBJECT.match(text, lo, they_at) if 0 < they_at - lo < 400 else None
            voices = [m.actor for m in self.gaz.find(plural.group("np"))] if plural is not None else []
            if plural is not None and len(voices) == 1 and plural.group("head") in _VOICE_HEADS \
                    and voices[0] is not info:
                # "In interviews here, Japanese officials insist that on beef they will not": the
                # voices of the one country, party or body their noun phrase names
                they = self._from_info(voices[0])
                they.how = (f"resolution.they-sentence-subject: '{plural.group('np')}', the subject of the clause "
                            f"before it, the voices of {voices[0].name}")
                return they
            if plural is not None and not any(
                    self.gaz.lookup(w) for w in plural.group("np").split() if w[:1].isupper() and w not in _OPENER_WORDS):
                # "Small town banks opted out of the mortgage business, and they'll go back":
                # 'they' opening the second clause is the first clause's plural subject, not a
                # body named before (resolution.they-sentence-subject)
                return _Actor("", info.type, [], [], [], False,
                              f"resolution.they-sentence-subject: '{plural.group('np')}', the subject of the "
                              "clause before it, a common noun")
            named_at = max((p for p, i in ctx.actor_mentions if i is info and p < pos), default=-1)
            own = _named_subject(text, lo, they_at) if named_at < lo < they_at and they_at - lo < 400 else None
            if own is not None and not _SUFFIX_FIRST.match(own[1]):
                # "Regal Cinemas, the largest theatre circuit, announced they would", "TAMIU is
                # taking the lead because they are raising the bar": 'they' takes up the subject
                # its own sentence opens with, not a body named only in the sentences before
                # (resolution.they-sentence-subject); a person's or a thing's binds no one
                actor = self._one_body(ctx, own[1], own[0])
                if actor is not None:
                    return replace(actor, how=f"resolution.they-sentence-subject: '{own[1]}', the subject its "
                                              f"sentence opens with ({actor.how})")
                return _Actor("", info.type, [], [], [], False,
                              f"resolution.they-sentence-subject: '{own[1]}', the subject its sentence opens "
                              f"with, not {info.name}, named before it")
            if not self._they_takes_up(ctx, info, pos):
                return _Actor("", info.type, [], [], [], False,
                              f"resolution.they-previous-subject: 'They' opens the sentence, and {info.name} is "
                              "not the subject of the sentence before")
            they = self._from_info(info)
            they.how = "'they': the party, body or country named just before"
            return they
        if pron == "first" and ctx.author:
            return _Actor(ctx.author, "person", [], [], [ctx.author], True, "first person: the document's author")
        if pron == "it":
            if speaker is not None or initial:
                return None
            if s.strip() == "It" and self._opens_sentence(ctx, "It", pos):
                # "It said ..." opening a sentence: the firm or government the sentence before
                # is about (resolution.previous-subject), as for a subject "It"
                got = self._subject_org(ctx, pos, previous=True) or self._previous_thing(ctx, pos)
                if got is not None:
                    return got
            return self._last_org(ctx, pos)
        if pron or low in self._non_agent_pron:
            return None
        pair_np = _PAIR_NP.match(s)
        if pair_np:
            noun = pair_np.group("noun").lower()
            pair = _last_pair(ctx, pos, noun)
            if not pair:
                if qualified and (noun in _BODY_PAIR_NOUNS or noun == "parties"):
                    # "The two sides in the Rotterdam port dispute have agreed to ...": the
                    # parties the phrase names, when the text named none before
                    return _Actor(qualified, "organisation", [], [], [qualified], True,
                                  "the two parties the phrase names")
                return None
            info = self.gaz.get(pair[0])
            kind = info.type if info else ("company" if noun in ("companies", "firms", "banks")
                                           else "organisation" if noun in _BODY_PAIR_NOUNS else None)
            return _Actor(pair[0], kind, [], [], pair, True, "the two actors named last")
        head = _head(s)
        hl = head.lower()
        if hl in self._non_agent_nouns and not centre_party(s):
            return None  # "the measures", "Newhouse's amendment", "the Hunting Act"
        first = low.split()[0]
        if first.endswith("ing") and first not in ("king", "viking") and (first in _COMMON or "-" in first):
            return None  # a gerund: "Buying MCI would give ..."
        if (first in _QUANTIFIERS or first == "both") and low.split()[1:2] == ["of"]:
            return None  # "Both of these taxes", "All of the proceeds": what the "of" names
        if first in _QUANTIFIERS and " " in s and not self.gaz.lookup(s):
            return None  # "All North Carolinians who ...", "Many Republicans": no one in particular
        member = _MEMBER_ROLE.match(s) if ctx.author and stripped_det else None
        if member:
            # "The Iowa Senator added", "the Congresswoman": in a member's release, the one
            # named in that role, else its author
            full = ctx.person_by_role(member.group("role").lower(), pos)
            person = ctx.person(full) if full else None
            if person is not None:
                holder = self._from_person(person, ctx)
                holder.how = f"the person named as {member.group('role').lower()}"
                return holder
            return self._author(ctx, "the member's role: the document's author")
        glued = _GLUED_LEAD.match(s)
        if glued and not self.gaz.lookup(s):
            rest = s[glued.end():]
            first_name = _AND_OR_COMMA.split(rest)[0]
            suffixes = _types_data()["suffix"]
            if glued.group("people") or " " in first_name and (  # ("JP McManus": initials, no acronym)
                    ctx.person(first_name, pos) is not None or _type_of_name(ctx, first_name)[0] == "person"
                    and not any(w in suffixes or w.lower() in _FIRM_NOUNS for w in first_name.split())):
                got = self._resolve_np(ctx, rest, pos, speaker, False)
                if got is not None:
                    got.how = f"resolution.glued-descriptor: '{glued.group().strip()}' left out; {got.how}"
                return got
        if _BETWEEN_NP.match(s):
            return None  # "a tie-up between Barclays and Wells Fargo": the names are the objects
        has_upper = any(c.isupper() for c in s)
        if " among " in s and s.split(" among ", 1)[0].strip():
            # "the only Southern Californians among the 40 Representatives and Senators": the
            # head before "among" is who, the names after it whom they are among
            head = self._resolve_np(ctx, s.split(" among ", 1)[0], pos, speaker, initial)
            return head if head is not None and head.type and not any(
                g in head.how for g in ("type-default", "type-person-shape", "seen acting")) else None
        # coordination of actors: "France and Ukraine"
        if " and " in s and has_upper and not self.gaz.lookup(s):
            parts = [p for p in _COMMA_OR_AND.split(s) if p]
            if len(parts) == 2 and " " not in parts[0] and " " in parts[1] and self.gaz.lookup(parts[1]) \
                    and self.gaz.lookup(f"{parts[0]} {parts[1].split(' ', 1)[1]}"):
                parts[0] = f"{parts[0]} {parts[1].split(' ', 1)[1]}"  # "North and South Korea": a head shared
            resolved = [self._resolve_np(ctx, p, pos, speaker, False) for p in parts]

            # each part must be someone known ("France and Ukraine"), not just capitalised
            # words ("the Energy and Commerce Committee")
            # (a part typed only by default, "Energy" of "Energy and Commerce Committee", "Marks"
            # of "Marks and Spencer", makes the whole one name; but a one-word brand or acronym
            # beside a name its suffix types, "Kingfisher Airlines and SpiceJet", is a second name)
            suffixes = _types_data()["suffix"]
            # (a name ending the whole in a suffix, "Potomac Electric and Power Co", "Senate
            # Energy and Natural Resources Committee", holds the parts before it that no one typed)
            whole_named = parts[-1].split()[-1].rstrip(".") in suffixes

            def by_suffix(p: str, r: _Actor) -> bool:  # "Kingfisher Airlines", seen acting, untyped
                return r.type is None and " " in p.strip() and not whole_named and \
                    _type_of_name(ctx, r.name)[1] == "resolution.type-by-suffix"

            def seen_acting(p: str, r: _Actor) -> bool:
                # "Ellen Degeneres and Christine Milian will": names shaped as people's or firms'
                # (a first name opens each, or a word that is no common word, no region's and
                # names nothing the gazetteer knows), untyped until settled
                # (resolution.described-conjunct)
                words = p.split()
                return r.type is None and " " in p.strip() and not whole_named and bool(_PERSON_LIKE.match(r.name)) \
                    and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words) \
                    and (words[0] in _types_data()["first_names"]
                         or words[0].lower() not in _COMMON and words[0].lower() not in _REGION_WORDS
                         and not self.gaz.find(p)) \
                    and r.how in ("a name seen acting: a person or a firm", "an unknown proper name")

            evidenced = any(r is not None and r.named and (r.type and "type-default" not in r.how or by_suffix(p, r))
                            and " " in p.strip() for p, r in zip(parts, resolved))
            if len(parts) > 1 and all(r is not None and r.named and (r.type or by_suffix(p, r) or seen_acting(p, r))
                                      and not (("type-default" in r.how or "type-by-suffix" in r.how
                                                and " " not in r.name) and " " not in p.strip()
                                               and not (evidenced and _BRAND.match(p.strip())))
                                      for p, r in zip(parts, resolved)):
                resolved = [self.settle_type(ctx, r) if r is not None else r for r in resolved]
                first = resolved[0]
                assert first is not None
                names = [r.name for r in resolved if r]
                # a part whose type is only a guess takes the type its partners were read with,
                # when they agree ("Walden and Simmons": two people; "Davis Community Meals and
                # Yolo Community Care Continuum": two bodies)
                # (only a person's, a firm's or a body's: a country or a government the
                # gazetteer knows; a person only for a name that may be one, not "Democrats")
                guess = [r is not None and ("type-default" in r.how or "type-person-shape" in r.how
                                            or r.how == "a firm named in the document") for r in resolved]
                read = {r.type for r, g in zip(resolved, guess) if r is not None and not g}
                mate = next(iter(read)) if len(read) == 1 else None
                mate = mate if mate in ("person", "company", "organisation") else None
                if all(guess) and {r.type for r in resolved if r} == {"company", "organisation"}:
                    # two guesses that disagree ("Davis Community Meals and Yolo Community Care
                    # Continuum": a body by default, a firm by being named acting): the type that
                    # claims least, a body's
                    mate = "organisation"
                types = [(mate if g and mate and (mate != "person" or not r.name.isupper() and not any(
                    w.lower() in _COMMON for w in r.name.split()) and not self.gaz.find(r.name)) else r.type) or ""
                         for r, g in zip(resolved, guess) if r]
                how = "resolution.coordination: a coordination of actors, each resolved on its own"
                if len(parts) > 2 and "," in s:
                    how = "resolution.coordination-list: a list of actors, each resolved on its own"
                return _Actor(first.name, types[0] or first.type, first.aliases, first.affiliations, names, True,
                              how,
                              types=types)
            if len(parts) > 2 and "," in s:
                # a list with an item no one knows ("Smith Barney, Harris Upham and Co Inc", a
                # firm's name): the coordination after its last comma, as read before the list
                # (resolution.coordination-list)
                return self._resolve_np(ctx, s.rsplit(",", 1)[1].strip(), pos, speaker, False)
        if has_upper:
            info = self.gaz.lookup(s)
            if info is not None:
                alts = self.gaz.readings(s)
                if alts:
                    return self._in_context(ctx, info, alts)
                return self._from_info(info)
            p = ctx.person(s, pos)
            if p is None:
                tail = _NAME_TAIL.search(s)  # "Wales coach Mike Ruddock" -> "Mike Ruddock"
                p = ctx.person(tail.group(), pos) if tail and tail.start() > 0 else None
            if p is not None:
                return self._from_person(p, ctx)
            lead = self._strip_lead(ctx, s, pos, speaker, initial)
            if lead is not False:
                return lead
        voice = _VOICE_NP.match(s)
        if voice:
            body = self._voice(ctx, voice.group("body") or voice.group("owner"), pos)
            if body is not None:
                return body
        role = _ROLE_NP.match(s)
        if role:
            r = role.group("role").lower()
            full = ctx.person_by_role(r, pos, s) if not r.startswith("spokes") else None
            person = ctx.person(full, pos) if full else None
            if person is not None:
                holder = self._from_person(person, ctx)
                holder.how = f"resolution.role-holder: the person named as {r} ({holder.how})"
                return holder
            if r.startswith("spokes"):
                # "a spokesman said": the voice of the body the story is about
                return self._main_actor(ctx, pos)
            if ctx.author and r in ("congressman", "congresswoman", "senator") and s.lower() == r:
                # "The Congressman will also meet ..." in a member's own release: its author
                return self._author(ctx, f"'the {r}': the document's author")
            return self._office(ctx, s, r, pos)
        if not head or head[:1].islower() and not _INNER_CAP.match(head):
            return self._common_np(ctx, s, hl, pos, indefinite, initial)  # ("eBay", "iRobot" are names)
        words = s.split()
        if initial and len(words) > 1 and words[0].lower().rstrip(",") in _WHEN_OPENERS:
            # "Tomorrow the House will vote": the time, then the subject
            return self._resolve_np(ctx, " ".join(words[1:]), pos, speaker, False)
        if (initial or indefinite) and len(words) > 1 and words[0].lower() in _COMMON and not words[0].isupper() \
                and words[1][:1].islower() and words[1] not in ("the", "a", "an", "and") \
                and (indefinite or words[1] != "of" or not any(w[:1].isupper() for w in words[2:])) \
                and not self.gaz.lookup(s):
            # ("Marks and Spencer", "Bank of Tokyo": names)
            # "Details about this town hall will ...", "A Kilo of Semtex will ...": a common
            # noun capitalised by its place (or by whim), not a name: read as the common noun
            return self._common_np(ctx, s, words[0].lower(), pos, indefinite, initial)
        if " " not in s and low in _COMMON and not s.isupper():
            if initial:
                return None  # a common word capitalised at the start of a sentence: "Listing would ..."
            if hl in self._agent_nouns or hl in self._non_agent_nouns or hl in self._activities or hl.endswith("s"):
                # a common noun in title case ("the Board", "the Commission", "Sailors")
                return self._common_np(ctx, s, hl, pos, indefinite)
        if any(ch.isdigit() for ch in head):
            return None  # "H.R. 5143 would create ...": a bill, a model or a date, not an agent
        if _ACRONYM_PLURAL.match(head) and hl not in self._agent_nouns:
            return None  # "the three-year CDs will carry ...": things, not MPs
        lead = words[0]
        if lead[:1].islower() and not _INNER_CAP.match(lead) and not _LOWER_PARTICLE.match(lead):
            # "and China", "our President", "this CR", "strengthen Social Security": a name
            # starts with a capital; what opens with a lower-case word is another phrase
            rest = " ".join(words[1:])
            if lead in ("and", "or", "but") and rest:
                got = self._resolve_np(ctx, rest, pos, speaker, False)
                if got is not None:
                    got.how = f"resolution.leading-word: '{lead}' left out; {got.how}"
                return got
            j = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
            if 0 < j < len(words) and (all(_TITLE_WORD.fullmatch(w) for w in words[:j])
                                       or j <= 2 and _PERSON_LIKE.match(" ".join(words[j:]))):
                got = self._resolve_np(ctx, " ".join(words[j:]), pos, speaker, False)  # "producer Gil Cates"
                if got is not None:
                    got.how = f"resolution.title-stripped: '{' '.join(words[:j])}' left out; {got.how}"
                return got
            if lead.lower() in _POSSESSIVE_DETS and rest and _ROLE_NP.match(rest):
                return self._resolve_np(ctx, rest.lower(), pos, speaker, False)  # "our President"
            return None  # (resolution.leading-word: no actor)
        name = " ".join(_core(s).split())  # "The Board of Irrigation Users which runs ..." -> the name
        nwords = name.lower().split()
        if len(nwords) == 1 and nwords[0] in _types_data()["generic_bodies"] and self.gaz.lookup(name) is None:
            # "the Caucus aims to", "The Majority expects": the body named with that word, else no one
            org = _last_org_named(ctx, nwords[0], pos)
            if org and not (org.lower().endswith(" " + nwords[0]) or f" {nwords[0]} of " in org.lower()):
                org = None  # ("Coalition Director Jane Roe", "Caucus Working Group": not the body the noun names)
            org = org or _last_named_with(ctx, name, pos)
            if not org and nwords[0] in _COMMITTEE_NOUNS:
                got = self._named_committee(ctx, s, nwords[0], pos, speaker)
                if got is not None:
                    return got
            if org:
                kind, _ = _type_of_name(ctx, org)
                return _Actor(org, kind if kind != "person" else "organisation", [], [], [org], True,
                              f"resolution.common-noun-alone: '{name}', the last body named with that word")
            return _Actor("", None, [], [], [], False, f"resolution.common-noun-alone: '{name}', no body named")
        if nwords and all(w.rstrip(".") in _TITLE_HEADS or w in _TITLE_MODIFIERS for w in nwords) \
                and nwords[-1].rstrip(".") in _TITLE_HEADS | {"general"} and self.gaz.lookup(name) is None \
                and ctx.person(name, pos) is None and not _ROLE_NP.match(name):
            # "the Speaker", "the Attorney General": a title alone, the person named in it, else no one
            full = ctx.person_by_role(nwords[-1], pos, s)
            person = ctx.person(full, pos) if full else None
            if person is not None:
                holder = self._from_person(person, ctx)
                holder.how = f"resolution.common-noun-alone: the person named as {name} ({holder.how})"
                return holder
            return _Actor("", None, [], [], [], False, f"resolution.common-noun-alone: '{name}', a title, its holder not named")
        if " " not in name and name.endswith("s") and name.lower() in _COMMON and not name.isupper():
            # "Members of the rate-setting committee": a plural common noun; the body after "of"
            rest = s.split(" of ", 1)[1] if " of " in s else ""
            got = self._resolve_np(ctx, rest, pos, speaker, False) if rest else None
            if got is not None:
                got.how = f"resolution.leading-word: '{name} of' left out; {got.how}"
            return got
        if _ROLE_NP.match(name) and " " not in name:
            # "Chairman of the Congressional Health Care Caucus" cut to its role: a role word alone
            return self._resolve_np(ctx, name.lower(), pos, speaker, False)
        if " " not in name and name.lower() in _GOV_NOUNS | {"president", "commission", "committee"}:
            return self._common_np(ctx, name, name.lower(), pos, indefinite, initial) \
                or _Actor("", None, [], [], [], False, "resolution.role-unbound: a body's common noun, capitalised")
        admin = _ADMINISTRATION.match(name)
        if admin:
            # "the Obama Administration": the government of the country its president leads
            p = ctx.person(admin.group(1), pos)
            parents = self._person_parents(p, ctx) if p is not None else []
            country = next((c for c in parents if (self.gaz.get(c) or ActorInfo(c, "")).type == "country"),
                           None) or self._doc_country(ctx)
            info = self.gaz.get(country) if country else None
            if info is not None:
                a = self._from_info(info)
                a.how = f"resolution.role-office: '{name}', the government of {info.name}"
                return a
        words = name.split()
        if len(words) >= 2 and words[0].lower() in _COMMON and words[0] not in _types_data()["first_names"] \
                and not words[0].isupper() and not _LOWER_PARTICLE.match(words[0].lower()) \
                and all(w[:1].isupper() for w in words[1:]) and self.gaz.lookup(name) is None \
                and (len(words) > 2 or self.gaz.lookup(words[1]) is not None or words[1] in _types_data()["firms"]):
            # "Rival Sony has said", "Defiant Matt Williams says": a common word capitalised
            # before a name the text also gives without it (resolution.leading-word)
            rest = " ".join(words[1:])
            text = ctx.doc.text
            if words[1] in _types_data()["first_names"] and len(words) > 2 or any(
                    not text[max(0, a - len(words[0]) - 1) : a].strip().endswith(words[0])
                    for a, _ in word_spans(text, rest)):
                got = self._resolve_np(ctx, rest, pos, speaker, False)
                if got is not None:
                    got.how = f"resolution.leading-word: '{words[0]}' left out; {got.how}"
                    return got
        org = _match_org(ctx, name)
        if org == name and _PERSON_LIKE.match(name):
            # "Claire Dumont said": seen acting, with no org word, a person as likely as a firm
            # (typed when it is bound: `settle_type`; "X said it would" makes it a firm)
            return _Actor(name, None, [], [], [name], True, "a name seen acting: a person or a firm")
        if any(_lower_word(w) for w in name.split()):
            # "Dutch food retailer Ahold NV": the name after the description; "Mr Glazer's
            # campaign": a phrase, not a name, its owner speaks, if it has one
            ws = [w.strip("<>-–—") for w in name.split() if w.strip("<>-–—")]
            k = len(ws)
            while k and ws[k - 1][:1].isupper():
                k -= 1
            tail = " ".join(ws[k:])
            own = re.match(r"^([A-Z].*?)['’]s?\s+[a-z]", name)  # (not "- China's ... -": a dash appositive)
            part = tail or (own.group(1) if own else "")
            got = self._resolve_np(ctx, part, pos, speaker, False) if part else None
            if got is not None:
                got.how = f"resolution.leading-word: '{part}' of '{name}'; {got.how}"
            return got
        if org:
            kind, rid = _type_of_name(ctx, org)
            if rid in ("resolution.type-person-shape", "resolution.type-default"):
                spelled = self._spelled_type(ctx, org)
                if spelled is not None:
                    return _Actor(org, spelled[0], [], [], [org], True, spelled[1])
                # ("Parliament will examine": a common word is a body, not a firm)
                kind, rid = ("organisation" if org.lower() in _COMMON else "company"), "a firm named in the document"
            return _Actor(org, kind, [], [], [org], True, rid)
        # A proper name we do not know: a firm or body named in the text.
        kind, rid = _type_of_name(ctx, name)
        spelled = self._spelled_type(ctx, name) if rid == "resolution.type-default" else None
        if spelled is not None:
            return _Actor(name, spelled[0], [], [], [name], True, spelled[1])
        if rid == "resolution.type-person-shape":
            return _Actor(name, None, [], [], [name], True, "an unknown proper name")  # (see settle_type)
        return _Actor(name, kind, [], [], [name], True, f"an unknown proper name ({rid})")

    def _spelled_type(self, ctx: DocContext, name: str) -> tuple[str, str] | None:
        """An acronym's type from the name the text spells it out by ("FRA" after "Federal
        Railroad Administration (FRA)": an organisation, not a firm); None when the text
        does not spell it out or that name says nothing (resolution.acronym-expansion)."""
        if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
            return None
        full = _spelled_out(ctx, name) or _initials_of(ctx, name)
        if full is None:
            return None
        info = self.gaz.lookup(full)
        kind, rid = (info.type, "a known actor") if info is not None else _type_of_name(ctx, full)
        fw = full.split()
        head = next((_types_data()["suffix"][w] for w, nxt in zip(fw, fw[1:]) if nxt == "of" and w in _types_data()["suffix"]), None)
        if info is None and rid not in ("resolution.type-by-suffix",) and head:
            # "Department of Housing and Urban Development", "Rural & Agriculture Council of America"
            kind, rid = head, "resolution.type-by-suffix"
        if info is None and rid not in ("resolution.type-by-suffix", "resolution.type-company-context",
                                        "resolution.type-apposition", "resolution.type-not-firm") or kind == "company":
            return None  # ("Commodity Credit Corporation (CCC)": a firm's suffix on a public body; left as read)
        return kind, f"resolution.acronym-expansion: '{name}' abbreviates '{full}'"

    def name_peer(self, ctx: DocContext, actor: _Actor) -> _Actor:
        """A peer the text names by title and surname only ("Lord Falconer", "Baroness Young")
        is known by both: the title is part of the name, the surname an alias, as a royal's is
        (resolution.person-full-name)."""
        if actor.type != "person" or actor.actors[1:] or " " in actor.name or not actor.name[:1].isupper():
            return actor
        peer = _PEERAGE.search(ctx.doc.text) if actor.name in ctx.doc.text else None
        if peer is None:
            return actor
        titled = re.search(rf"\b({_PEERS_ALONE})\s+{re.escape(actor.name)}\b(?!\s+[A-Z])", ctx.doc.text)
        if titled is None:
            return actor
        name = f"{titled.group(1)} {actor.name}"
        return replace(actor, name=name, actors=[name], aliases=[*actor.aliases, actor.name],
                       how=f"{actor.how}; resolution.person-full-name: a peer, '{name}'")

    def name_nickname(self, ctx: DocContext, actor: _Actor) -> _Actor:
        """A person the text names with a nickname in quotation marks ('Robert C. “Bobby”
        Scott') is named as they go by ("Bobby Scott"), the name as written and without the
        nickname ("Robert C. Scott") aliases (resolution.person-full-name)."""
        if actor.type != "person" or actor.actors[1:] or len(actor.name.split()) < 3:
            return actor
        nick = _goes_by(ctx.doc.text, actor.name)
        if nick is None:
            return actor
        return replace(actor, name=nick[0], actors=[nick[0]], aliases=[*actor.aliases, actor.name, nick[1]],
                       how=f"{actor.how}; resolution.person-full-name: '{actor.name}' goes by '{nick[0]}'")

    def name_acronym(self, ctx: DocContext, actor: _Actor) -> _Actor:
        """A firm's or body's acronym the document spells out ("the Coastal Finance
        Corporation (CFC) ... CFC will") or the initials of the one body or firm it names
        ("General Motors ... GM said") is named by that full name, the acronym an alias, so
        that the store keeps one actor and a later document that only says "CFC" finds it by
        that alias (resolution.acronym-name)."""
        name = actor.name
        if not name or actor.type in ("person", "country", "party"):
            return actor
        if " " in name and name in ctx.doc.text:
            # "the Overseas Private Investment Corporation (OPIC) will": the full name, the
            # acronym the text gives it in brackets an alias
            # (speed: as re.finditer(rf"{re.escape(name)}{_ACRONYM_AFTER.pattern}"), the name found with str.find)
            for m in matches_after(ctx.doc.text, name, _ACRONYM_AFTER):
                acronym = m.group(1)
                if acronym not in actor.aliases and self.gaz.get(acronym) is None \
                        and _spelled_out(ctx, acronym) == name:
                    return replace(actor, aliases=[*actor.aliases, acronym],
                                   how=f"{actor.how}; resolution.acronym-name: '{acronym}' is '{name}'")
            return actor
        if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6) or self.gaz.get(name) is not None:
            return actor
        full = _spelled_out(ctx, name) or _initials_of(ctx, name)
        if full is not None:
            # the words whose capitals are the acronym's letters exactly, when some are ("Securities
            # Industry Automation Corp", not "Squyres of the ..."), without a possessive ("Chicago
            # Board of Trade's (CBT)")
            words = full.split()
            words[-1] = _POSSESSIVE_S.sub("", words[-1])
            full = " ".join(words)
            for i in range(len(words) - 1):
                if words[i][:1].isupper() and "".join(w[0] for w in words[i:] if w[:1].isupper()) == name:
                    full = " ".join(words[i:])
                    break
        if full is None or full == name or _thing_name(full.split()) or place_or_thing(full) \
                or ctx.person(full) is not None:
            return actor
        info = self.gaz.lookup(full)
        if info is not None and info.type in ("person", "country"):
            return actor
        kind = info.type if info is not None else None
        if kind is None:
            spelled = self._spelled_type(ctx, name)
            kind = spelled[0] if spelled is not None else actor.type
        full = info.name if info is not None else full
        actors = [full if a == name else a for a in actor.actors] or [full]
        return replace(actor, name=full, type=kind, actors=actors,
                       aliases=[name, *(a for a in actor.aliases if a != name)],
                       how=f"{actor.how}; resolution.acronym-name: '{name}' is '{full}'")

    def settle_type(self, ctx: DocContext, actor: _Actor) -> _Actor:
        """The bound actor with a type: a name still untyped gets one from its suffix, the
        words around it or its shape (resolution.type-*)."""
        if actor.type is not None or not actor.name:
            return actor
        kind, rid = _type_of_name(ctx, actor.name)
        return replace(actor, type=kind, how=f"{actor.how} ({rid})")

    def settle_parent(self, ctx: DocContext, actor: _Actor) -> _Actor:
        """A government body or national body the actor list does not know, with no parent
        read in the text, belongs to the country its name's adjective names ("Indian Armed
        Force": India) or, for a government body, the country the document is most about
        ("the Economy Ministry" in a story on South Korea) (resolution.body-country)."""
        if actor.affiliations or actor.type not in ("government", "organisation") or not actor.name \
                or self.gaz.get(actor.name) is not None:
            return actor
        words = actor.name.split()
        if not {_types_data()["suffix"].get(words[-1]), _types_data()["suffix"].get(words[0])} & {"organisation", "government"}:
            return actor  # ("Scottish and Newcastle", "American Idol": a firm or a show, no body)
        country = next((m.actor.name for m in self.gaz.find(actor.name)
                        if m.start == 0 and m.form == "adjective" and m.actor.type == "country"), None)
        doc = self._doc_country(ctx) if country is not None else None
        if country is not None and doc is not None and doc not in (country, (self.gaz.get(country) or ActorInfo("", "")).parent):
            return actor  # ("Congressional Portuguese Caucus" in a US story: a US body about Portugal)
        if country is None and actor.type == "government" and not actor.name.isupper():
            country = self._doc_country(ctx)  # (not an acronym, a body of its own: "ECGD" in a story on Nigeria)
        if country is None or country == actor.name:
            return actor
        return replace(actor, affiliations=[country], how=f"{actor.how}; resolution.body-country: {country}")

    def _strip_lead(self, ctx: DocContext, s: str, pos: int, speaker: _Actor | None,
                    initial: bool) -> _Actor | None | bool:
        """A subject whose first words are not its name: a function or time word ("And",
        "As Paul Flynn", "Last month the EU": resolution.leading-word), a title or role
        ("First Minister Jack McConnell", "Labour's Yvette Cooper": resolution.title-stripped),
        or a modifier ("California-based Wells Fargo"). The rest resolved on its own
        (None: no one); False when the words open with none of these."""
        words = s.split()
        data = _types_data()
        if words[0] in data["leading"] or words[0].rstrip(",") in data["leading"]:
            i = 1
            while i < len(words) and (words[i].rstrip(",") in data["leading"] or words[i][:1].islower()):
                i += 1
            rest = " ".join(words[i:])
            if any(words[k] in _PREPOSITIONS and words[k - 1][:1].islower()
                   and words[k - 1].rstrip(",") not in data["leading"] and words[k - 1] not in _PEOPLE_AT
                   for k in range(1, i)):
                # "My position on the Social Security Subcommittee", "His visit to Fresno": the
                # name is the object of a preposition; the subject is the noun before it
                return None
            if not rest:
                # "And", "As": no one; "Both sides", "Their Sheriffs": a common phrase, read so
                return None if all(w[:1].isupper() for w in words) else False
            got = self._resolve_np(ctx, rest, pos, speaker, False)
            if got is not None:
                got.how = f"resolution.leading-word: '{' '.join(words[:i])}' left out; {got.how}"
            return got
        based = _BASED.match(s)
        if based:
            return self._resolve_np(ctx, s[based.end():], pos, speaker, False)
        # the last title or role word followed only by capitalised words: the name after it
        cut, owner = 0, None
        for i, w in enumerate(words[:-1]):
            bare = w.rstrip(".,").lower()
            if bare in _TITLE_HEADS or bare.endswith("minister") or bare.endswith("secretary") or (
                    bare == "member" and i > 0 and words[i - 1].lower() == "ranking"):  # "Ranking Member Adam Smith"
                cut = i + 1
            elif w.endswith(("'s", "’s")) and i < 3:
                # "Labour's Yvette Cooper", "Plaid Cymru's Elfyn Llwyd", "GM's Rick Wagoner"
                whole = " ".join(words[: i + 1])[:-2]
                info = self.gaz.lookup(whole) or self.gaz.lookup(w[:-2])
                if info is not None or _PERSON_LIKE.match(" ".join(words[i + 1:])):
                    cut, owner = i + 1, info or ActorInfo(whole, "organisation")
        if not cut:
            return False
        rest = words[cut:]
        if len(rest) > 3 and rest[0] in ("of", "for") and all(w[:1].isupper() or w in ("and", "the", "of", "for") for w in rest[1:]):
            # "Secretary of Defense Chuck Hagel": the office's body, then the holder's name, its
            # given name and surname (initials between them)
            start = len(rest) - 2
            while start > 2 and re.fullmatch(r"[A-Z]\.", rest[start]):
                start -= 1
            if rest[start].lower() in _COMMON or rest[-1] in _types_data()["suffix"] or rest[start] in ("of", "the", "and"):
                return False  # ("Chairman of the Congressional Health Care Caucus": a body, no name after it)
            cut, rest = cut + start, rest[start:]
        if not (rest[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_LINKS for w in rest)) \
                or len(rest[-1].rstrip(".")) < 2:  # ("Aguas de Barcelona" holds "de")
            return False  # (not "Congressman C" of "Congressman C.A. Dutch Ruppersberger")
        body = None
        if "of" in rest[2:4]:
            # "Chief Jeff Cash of the Cherryville Fire Department": the person, then the body
            # they serve, which a suffix shows ("Secretary of Defense Chuck Hagel" is above)
            k = rest.index("of", 2)
            tail = rest[k + 1 :][1:] if rest[k + 1 : k + 2] == ["the"] else rest[k + 1 :]
            if tail and tail[-1] in _types_data()["suffix"] and _PERSON_LIKE.match(" ".join(rest[:k])):
                rest, body = rest[:k], " ".join(tail)
        name = " ".join(rest)
        peer = self._peer_of_place(ctx, words[:cut], name)
        if peer is not None:
            return peer
        p = ctx.person(name, pos)
        if p is None and _company_signal(ctx, name) and not _body_signal(ctx, name):  # ("union Unison")
            # "Italy's Illva Saronno" with "Illva Saronno shares": a firm, its owner a place
            return _Actor(name, "company", [], [], [name], True,
                          f"resolution.title-stripped: '{' '.join(words[:cut])}' left out; "
                          "resolution.type-company-context")
        if p is None and _type_of_name(ctx, name)[1] == "resolution.short-name":
            # "Italy's Illva Saronno ... Illva will pay": a firm called by its first word
            return _Actor(name, "company", [], [], [name], True,
                          f"resolution.title-stripped: '{' '.join(words[:cut])}' left out; resolution.short-name")
        if p is None and owner is not None and owner.type in ("country",) and not _PERSON_LIKE.match(name):
            # "Spain's Aguas de Barcelona": the owned name, a body of that country
            typ, how = _type_of_name(ctx, name)
            return _Actor(name, typ, [], [owner.name], [name], True,
                          f"resolution.title-stripped: '{' '.join(words[:cut])}' left out; {how}")
        if p is None and owner is not None and self.gaz.lookup(owner.name) is not None and cut == len(words) - len(rest) and words[cut - 1].endswith(("'s", "’s")) \
                and len(rest) > 1 and rest[-1] in _types_data()["suffix"] and "of" not in rest and self.gaz.lookup(name) is None:
            # "Japan's Sumitomo Mitsui Financial", "Italy's Banca Intesa Group": a body by its last
            # word whatever its shape, of the known actor that owns it (resolution.type-by-suffix;
            # not "Hudson's Bay Co": a firm's name holding a possessive)
            typ, how = _type_of_name(ctx, name)
            return _Actor(name, typ, [], [owner.name] if owner is not None and owner.type == "country" else [], [name],
                          True, f"resolution.title-stripped: '{' '.join(words[:cut])}' left out; {how}")
        if p is not None:
            who = self._from_person(p, ctx)
        elif gz := self.gaz.lookup(name):
            who = self._from_info(gz)
        else:
            prefix = " ".join(words[:cut])
            aff = owner or (self.gaz.find(prefix)[-1].actor if self.gaz.find(prefix) else None)
            role = words[cut - 1].rstrip(".,").lower()
            parents = self._person_parents(Person(name, aff, role), ctx)
            who = _Actor(name, "person", [name.split()[-1]] if " " in name else [], parents, [name], True, "")
        if owner is not None and owner.name not in who.affiliations and who.type == "person":
            who.affiliations = [owner.name, *who.affiliations]
        if body is not None and body not in who.affiliations and who.type == "person":
            who.affiliations = [body, *who.affiliations]
        who.how = f"resolution.title-stripped: '{' '.join(words[:cut])}' is not part of the name; {who.how}"
        return who

    def _peer_of_place(self, ctx: DocContext, prefix: list[str], name: str) -> _Actor | None:
        """A peer's or knight's title before a place name is one person's name: 'Baroness
        Scotland', 'Lord Kirkwood of Kirkhope', 'Lady Jersey' (resolution.peer-title-place).
        Peerages are named after places, so the place is not the actor; the person is,
        known by title and place together. None when the name is not a place."""
        title = prefix[-1].rstrip(".,")
        if title.lower() not in _PEER_TITLES:
            return None
        place = self.gaz.lookup(name)
        if (place is None or place.type != "country") and place_or_thing(name) != "place":
            return None
        full = f"{title} {name}"
        found = self.gaz.find(" ".join(prefix[:-1])) if len(prefix) > 1 else []
        aff = found[-1].actor if found else None  # "Home Office minister Baroness Scotland"
        who = _Actor(full, "person", [], self._person_parents(Person(full, aff, title.lower()), ctx),
                     [full], True, "")
        who.how = (f"resolution.peer-title-place: '{title}' before the place '{name}' is one "
                   f"person's name")
        return who

    def _office(self, ctx: DocContext, s: str, role: str, pos: int) -> _Actor:
        """A role word alone with no holder named: a government role binds the government of
        the country it names ("the French president") or the document is most about; a
        firm's role, the firm the story is about (resolution.role-office). Else no one."""
        data = _types_data()
        if role.endswith(data["gov_ends"]):
            hits = [m.actor for m in self.gaz.find(s) if m.actor.type == "country"]
            country = hits[0].name if hits else self._doc_country(ctx)
            info = self.gaz.get(country) if country else None
            holder = self._holder_on_date(ctx, s, role, info.name) if info is not None else None
            if holder is not None:
                return holder
            if info is not None:
                a = self._from_info(info)
                a.how = f"resolution.role-office: '{s}' with no holder named, the government of {info.name}"
                return a
        if role in data["firm_roles"]:
            org = ctx.main_firm(pos)
            if org:
                kind, _ = _type_of_name(ctx, org)
                return _Actor(org, kind if kind != "person" else "company", [], [], [org], True,
                              f"resolution.role-office: '{s}' of the firm the story is about")
        return _Actor("", None, [], [], [], False, f"resolution.role-unbound: '{s}', its holder and office not named")

    def _holder_on_date(self, ctx: DocContext, s: str, role: str, country: str) -> _Actor | None:
        """'the president' alone in a dated US document, 'the prime minister' in a dated UK one:
        the person in that office on the document's date, whom the reader of the day knows
        (resolution.office-holder-by-date); not 'the vice president', 'the next president'."""
        day = ctx.doc.date
        terms = _types_data()["office_holders"].get((role.lower(), country))
        if not terms or day is None or _core(s).lower() != role.lower():
            return None
        day = day.isoformat() if isinstance(day, date) else str(day)[:10]
        name = next((n for start, end, n in terms if start <= day < end), None)
        if name is None:
            return None
        p = ctx.person(name)
        who = self._from_person(p, ctx) if p is not None else _Actor(
            name, "person", [name.split()[-1]], [country], [name], True)
        if country not in who.affiliations or who.guessed == country:
            # (the office is read from the text, not guessed: the holder is of its country)
            who = replace(who, affiliations=[country, *(a for a in who.affiliations if a != country)], guessed=None)
        who.how = f"resolution.office-holder-by-date: '{s}', the {role.lower()} of {country} on {day}"
        return who

    def _voice(self, ctx: DocContext, body: str, pos: int) -> _Actor | None:
        """The body an unnamed voice speaks for ("a Conservative spokeswoman", "a Treasury
        official"): the body if its name is one (a person's name is no body)."""
        got = self._resolve_np(ctx, body, pos, None, False)
        if got is not None and got.name == body.strip() and " " not in got.name and got.name.lower() in _COMMON \
                and self.gaz.lookup(got.name) is None:
            return None  # ("Federal officials": a capitalised adjective, no body's name)
        if got is None or got.type in (None, "person") or not got.named:
            return None  # ("Federal officials": an adjective, not a body we know)
        return replace(got, how=f"the body its voice speaks for ('{body}')")

    def _group(self, s: str, hl: str, initial: bool = False) -> _Actor | None:
        """"The G7 countries", "Opposition parties", "Donor nations": a group of actors
        named by what its members share (a name, or a word of `group_modifiers`)."""
        if hl not in _GROUP_HEADS:
            return None
        words = _core(s).split()
        mods = words[:-1]
        if not mods or mods[0].lower() in _QUANTIFIERS:
            return None  # "countries", "many countries": no one in particular
        if not all(w[:1].isupper() and not (initial and i == 0) or w.lower() in self._group_mods
                   for i, w in enumerate(mods)):
            return None  # "poor countries", "developing nations": a description
        mod_text = " ".join(mods)
        if any(m.form == "adjective" and mod_text[m.start : m.end].lower() not in self._group_mods
               for m in self.gaz.find(mod_text)):
            return None  # "Japanese banks", "European countries": a description of many
        info = self.gaz.lookup(mod_text)
        if info is not None and info.type == "organisation":
            # "G7 ministers", "the G8 countries", "EU leaders": the body whose members they are
            a = self._from_info(info)
            a.how = f"the body whose {hl} they are ('{s.strip()}')"
            return a
        kind = "party" if hl == "parties" else "organisation"
        name = " ".join(words)
        return _Actor(name, kind, [], [], [name], True, "a group named by what its members share")

    def _speakers_party(self, ctx: DocContext, pos: int) -> _Actor | None:
        """'the party' after a person the document names as a party's leader or member in
        its sentence ("Wrobel leads the Rural Democrats. ... Wrobel said, the party would"):
        that person's party, before the last party named (resolution.speakers-party)."""
        text = ctx.doc.text
        start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - 300, -1) + 1
        named = [name for at, name in ctx.person_mentions if start <= at < pos]
        person = ctx.person(named[-1]) if named else None
        if person is None:
            return None
        info = person.party or person.affiliation
        if info is None or info.type not in ("party", "organisation"):
            return None
        got = self._from_info(self.gaz.get(info.name) or info)
        return replace(got, type="party",
                       how=f"resolution.speakers-party: 'the party' of {person.name}, named in its sentence")

    def _sentence_owner(self, ctx: DocContext, pos: int) -> str | None:
        """The name that owns the subject of the sentence `pos` is in ("Ironbridge Cement's
        depot in Tampere ..., the firm said"): a possessive name that opens the sentence,
        not a person's or a country's (whose thing a firm does not announce)."""
        text = ctx.doc.text
        start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - 300, -1) + 1
        m = _OPENING_OWNER.match(text, start)
        if m is None or m.end() > pos:
            return None
        name = m.group("name")
        info = self.gaz.lookup(name)
        if ctx.person(name, m.start("name")) is not None or info is not None and info.type in ("country", "government"):
            return None
        return name

    def _common_np(self, ctx: DocContext, s: str, hl: str, pos: int, indefinite: bool = False,
                   initial: bool = False) -> _Actor | None:
        """'the company', 'the government', 'the party': the one named before; other
        agent nouns left unnamed are too vague to bind anyone ("commercial banks")."""
        if (hl in _TITLE_HEADS or hl.endswith(("minister", "secretary"))) and not indefinite:
            # "the Norwegian transport minister", "Norway's energy minister": no holder named,
            # the government of the country the role names (resolution.role-office)
            hits = [m for m in self.gaz.find(s) if m.actor.type == "country"
                    and m.form in ("adjective", "name", "government")]
            if hits:
                a = self._from_info(hits[0].actor)
                a.how = f"resolution.role-office: '{s}', the government of {a.name}"
                return a
        staff = _STAFF_OF_BODY.match(s)
        if staff is not None and staff.group("noun").lower() in _ORG_NOUNS and not indefinite:
            # "bank officials said", "company executives said": the staff of the firm or body
            # named before, not a government (resolution.staff-of-body)
            noun = staff.group("noun").lower()
            if noun in _PUBLIC_BODY_NOUNS and not _last_org_named(ctx, noun, pos):
                return None  # "union officials said" with no union named: not the firm of the story
            got = self._common_np(ctx, f"the {noun}", noun, pos)
            if got is not None:
                return replace(got, how=f"resolution.staff-of-body: '{s}', the staff of {got.how}")
            return None
        voice = _VOICE_OWNER.match(s)
        if voice and voice.group(1).split()[0].lower() not in _NOT_OWNERS:
            # "The Vodafone spokesman", "a Home Office spokeswoman": the voice of the body named
            got = self._resolve_np(ctx, voice.group(1).strip(), pos, None, False)
            if got is not None and got.type != "person":
                got.how = f"the voice of the body named ({got.how})"
                return got
        if hl in _SIDE_NOUNS and any(c.isupper() for c in s):
            core = _core(s)
            hits = self.gaz.find(core)
            if hits and hits[0].form in ("adjective", "government", "name") and core.endswith(hl) and len(core.split()) <= 4:
                return self._from_info(hits[0].actor)  # "the Turkmen side", "Japanese officials"
            body = _SIDE_OF.match(s)
            if body:
                # "officials at the Japanese transport ministry": the ministry's country
                hits = self.gaz.find(body.group("body"))
                if hits and hits[0].form in ("adjective", "government", "name") and hits[0].actor.type == "country":
                    side = self._from_info(hits[0].actor)
                    side.how = "officials of a country's body"
                    return side
        if indefinite and hl in _FIRM_NOUNS:
            # "First Toronto, an investment bank, said": the name the phrase describes; "A US
            # bank has said", "a better-run company will": no one a reader can hold to it
            # (resolution.indefinite-np)
            text = ctx.doc.text
            i = text.rfind(s, max(0, pos - 400), pos + 1)
            name = _APPOSED_NAME.search(text, max(0, i - 120), max(0, i)) if i > 0 else None
            if name is not None:
                got = self._resolve_np(ctx, name.group("name"), name.start("name"), None, False)
                if got is not None and got.named and got.type != "person":
                    got.how = f"resolution.indefinite-np: the name '{s}' describes; {got.how}"
                    return got
            if i < 0 or _HYPOTHETICAL.search(s) or _RELATIVE_AFTER.match(text, i + len(s)) or " " not in s:
                # "a software utility that will help", "a new company, which will", "a
                # better-run company will": what is described or imagined, no one that binds itself
                return None
            # "A US bank has said ... Riggs Bank will": the news lead's firm, named in the next
            # sentences by a name ending in its noun (resolution.indefinite-np)
            later = next((org for p, org in ctx.org_mentions if pos < p < pos + 400
                          and org.split()[-1].lower() == hl and " " in org), None)
            if later is not None and self.gaz.lookup(later) is None:
                got = self._resolve_np(ctx, later, pos, None, False)
                if got is not None and got.named and got.type != "person":
                    got.how = f"resolution.indefinite-np: '{s}', named next as '{later}'; {got.how}"
                    return got
            # "A Japanese consortium will supply", "An unnamed Norwegian firm agreed": a firm
            # the text tells of without naming it; "a group of Republican lawmakers": a body
            members = re.search(r"\bof\s+(?:\S+\s+){0,3}?(\w+)$", s)
            kind = "organisation" if members and members.group(1).lower() not in _FIRM_PLURALS else "company"
            return _Actor(s, kind, [], [], [s], True, "resolution.indefinite-np: a firm told of, not named")
        if hl in _ORG_NOUNS and not indefinite:
            owner = _OWNED.match(s)
            name = re.sub(r"['’]s?$", "", owner.group(1).strip()) if owner else ""
            if name and name.split()[0].lower() not in _NOT_OWNERS and not any(
                    m.form == "adjective" for m in self.gaz.find(name)) and "-" not in name:
                # "the Google team", "Manchester United's board": the body named before the noun
                return self._resolve_np(ctx, name, pos, None, False)
        if hl in _COMMITTEE_NOUNS and s.lower().startswith(("our ", "this ", "my ")):
            got = self._named_committee(ctx, s, hl, pos, None)
            if got is not None:
                return got
        if hl in _ORG_NOUNS and s.lower().startswith(("our ", "this ", "my ")):
            quote = ctx.quote_at(pos)
            who = self._resolve_np(ctx, quote.speaker, quote.speaker_pos, None, False) if quote and quote.speaker else None
            if who is not None and who.type == "person" and who.side:
                # '"This company will ...," said Ana Ruiz of Ferrovial': the body the speaker speaks for
                info = self.gaz.get(who.side) or self.gaz.lookup(who.side)
                side = self._from_info(info) if info else _Actor(
                    who.side, "company" if hl in _FIRM_NOUNS else "organisation", [], [], [who.side], True)
                return replace(side, how=f"resolution.speakers-body: '{s}' in a quote, the body its speaker speaks for")
            if who is not None and who.type not in (None, "person"):
                return replace(who, how=f"resolution.speakers-body: '{s}' in a quote, its speaker's ({who.how})")
        if hl in _ORG_NOUNS:
            owner_name = self._sentence_owner(ctx, pos) if not indefinite else None
            if owner_name is not None:
                # "Ironbridge Cement's depot will be sold, the firm said": the firm whose
                # thing the sentence is about (resolution.sentence-owner)
                got = self._resolve_np(ctx, owner_name, pos, None, False)
                if got is not None and got.type not in ("person", "country", "government"):
                    if got.type is None:
                        got = replace(got, type="company" if hl in _FIRM_NOUNS else "organisation")
                    return replace(got, how=f"resolution.sentence-owner: 'the {hl}', whose thing the sentence is about")
            # "the bank" is the last body named with "Bank" in its name, else the firm acting,
            # else the name the noun introduced ("folk band The Waterboys ... the band")
            named = _last_org_named(ctx, hl, pos)
            public = _last_public_body(ctx, pos) if named is None and hl in _PUBLIC_BODY_ONLY else None
            if public is not None:
                # "the state agency" after "Yantai State Asset Management Bureau": the public body
                # named last, not the firm the story is about (resolution.agency-public-body)
                return _Actor(public, "organisation", [], [], [public], True,
                              f"resolution.agency-public-body: 'the {hl}', the public body named before")
            # (a public body's noun is the body the noun introduced before the firm acting:
            # "Yantai State Asset Management Bureau - a government agency")
            org = named or (_noun_introduces(ctx, hl, pos) if hl in _PUBLIC_BODY_NOUNS else None) \
                or _main_firm_unless(ctx, hl, pos) or _noun_introduces(ctx, hl, pos)
            if org:
                # ("the Italian liqueur maker": a firm's noun makes a firm; resolution.type-company-context)
                kind = "company" if hl in _FIRM_NOUNS or hl in ("carrier", "airline", "carmaker", "automaker",
                                                                  "drugmaker", "supermarket") else "organisation"
                full = _introduced_as(ctx, org) if " " not in org else None  # ("Shanda": "Shanda Interactive Entertainment")
                by_name = _type_of_name(ctx, full or org)
                if by_name[1] in ("resolution.type-by-suffix", "resolution.type-by-name", "resolution.short-name",
                                  "resolution.type-company-context") and hl not in _PUBLIC_BODY_NOUNS:
                    kind = by_name[0]  # "the board" of "Shanda Interactive Entertainment": a firm, by its name
                return _Actor(org, kind, [], [], [org], True, f"'the {hl}': the one named before")
            return None
        if hl in _GOV_NOUNS:
            adj = self.gaz.lookup(s)
            if adj is not None:
                return self._from_info(adj)
            if _LOCAL_GOV.search(s):
                # "local authorities who will not accept", "regional officials said": a
                # council or a region, not the country's government (resolution.local-government)
                return _Actor("", "government", [], [], [], False,
                              f"resolution.local-government: '{s}', local or regional, no country's government")
            quote = ctx.quote_at(pos) if s.lower().startswith(("our ", "my ")) else None
            if quote is not None and quote.speaker:
                # '"Our government will ...," the Norwegian minister said': the speaker's government
                who = self._resolve_np(ctx, quote.speaker, quote.speaker_pos, None, False)
                if who is not None and who.type in ("country", "government"):
                    who.how = f"'{s}' in a quote: the speaker's ({who.how})"
                    return who
            info = ctx.last_actor(pos, ("country", "government"))
            placed = None
            if info is not None and info.type == "country":
                acting, passed = ctx.last_actor_how(pos, ("country", "government"), acting=True)
                home = self._doc_country(ctx)
                if (passed or acting is not info) and home and home != info.name and self.gaz.get(home) is not None:
                    # "the wars in Iraq and Afghanistan ... the government is seeking to cut
                    # Medicaid": the country last named only as a place is not whose government
                    # acts; the country the document is about (resolution.government-place-passed)
                    info, placed = self.gaz.get(home), info.name
            while hl == "government" and info is not None and info.parent and info.type in ("country", "government"):
                # "the government" after "the Home Office" or "England and Wales" is the
                # sovereign state's: a ministry's or a constituent country's parent ("the
                # executive" after "Scotland" is Scotland's)
                up = self.gaz.get(info.parent)
                if up is None or up.type != "country":
                    break
                info = up
            if info is not None and info.type != "country":
                info = ctx.last_actor(pos, ("country",))  # ("the executive" after "the Home Office")
            if info is not None:
                a = self._from_info(info)
                a.aliases = [f"{info.name} government", *a.aliases]
                a.how = "'the government': of the last country named" if placed is None else \
                    f"resolution.government-place-passed: '{s}', of the country the document is about, not {placed} named as a place"
                return a
            country = self._doc_country(ctx)
            info = self.gaz.get(country) if country else None
            if info is not None:
                a = self._from_info(info)
                a.how = "resolution.role-office: 'the government' of the country the document is most about"
                return a
            return _Actor("", "government", [], [], [], False, "'the government', no country named")
        group = self._group(s, hl, initial)  # (a sentence's first word is capitalised by its place)
        if group is not None:
            return group
        if hl == "ministers" and not indefinite:
            # "Bulgarian ministers confirmed": the government of the country its adjective names
            # (not "the ministers", "G7 ministers", "EC ministers": of several countries, or of
            # one the phrase does not name) (resolution.national-ministers)
            hits = [m for m in self.gaz.find(s) if m.actor.type == "country" and m.form == "adjective"]
            if len(hits) != 1:
                return None
            got = self._from_info(hits[0].actor)
            got.how = f"resolution.national-ministers: '{s}', the government of {got.name}"
            return got
        if hl in ("country", "nation") and s.lower() in ("country", "nation") and not indefinite:
            # "The Dutch cabinet decided that the country would ...": the last country named,
            # by its name or its adjective (resolution.the-country)
            info = ctx.last_actor(pos, ("country",))
            if info is None:
                return None
            got = self._from_info(info)
            got.how = f"resolution.the-country: '{s}', the last country named"
            return got
        if hl == "party" and not indefinite:
            own = self._speakers_party(ctx, pos)
            if own is not None:
                return own
        if hl == "party":
            info = ctx.last_actor(pos, ("party",))
            owner_name = self._sentence_owner(ctx, pos) if info is None and not indefinite else None
            got = self._resolve_np(ctx, owner_name, pos, None, False) if owner_name else None
            if got is not None and got.type in ("party", "organisation", None):
                # "The Green Alliance's leader said the party would": the party whose leader speaks
                return replace(got, type="party", how="resolution.sentence-owner: 'the party', whose leader or thing the sentence is about")
            if info is None:
                return None
            party = self._from_info(info)
            party.how = "'the party': the last party named"
            return party
        return None


# a sentence-opening "he"/"she" (resolution.previous-sentence-centre): only a connective before it
_PRONOUN_OPENS = re.compile(r"[\"“]?(?:(?:And|But|So|Yet|However|Instead|Later|Meanwhile|Now|Then|Also)\b,?\s+)?"
                            r"(?:[A-Z][^,.;:!?\"“”()]{0,80},\s+)?(?P<pron>[Hh]e|[Ss]he)\b")
# a sentence opening with a person as its subject: a title or description, the name, then a verb
_PERSON_SUBJECT_OPENS = re.compile(
    r"[\"“]?(?:(?:And|But|However|Meanwhile|Later|Earlier|Now|Yesterday|Today),?\s+)?"
    r"(?:(?!(?:of|to|for|by|with|from|in|on|at|about|close|and|or|that|who|when|if|as|after|before)\b|\w+ing\b)"
    r"[A-Za-z][\w\-]*\.?\s+){0,5}?"
    r"(?P<name>(?!\w+ing\b)[A-Z][\w\-]+)(?![\w\-'’])(?:\s*\([^()]{1,30}\))?(?:,[^,;:\"“”]{3,60},)?\s+"
    r"(?:(?:also|then|later|earlier|again|first|only|previously|recently|repeatedly|himself|herself)\s+)?"
    r"(?:(?:will|would|has|had|have|is|was|did|does|can|could|may|might|must|shall|should)\s+"
    r"(?:not\s+|also\s+|then\s+|later\s+|now\s+)?[a-z]{2,}|(?!and\b|or\b|of\b|in\b|as\b|is\b|was\b)[a-z]{2,}(?:ed|s)|"
    r"said|told|made|took|gave|met|wrote|went|came|saw|spoke|began|sought|won|lost|led|felt|thought|brought|put|set|"
    r"hit|cut|kept|left|held|stood|ran|sent|paid|found|became|chose|drew|flew|knew|rose|struck|swore|threw|withdrew)\b")
# after the name a later person is named by: "to" and a verb ("has selected Mac Thornberry (R-Texas) to deliver the
# address. He will discuss": the one chosen to act is whom the next sentence is about)
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|tells|argued|argues|insisted|insists|claimed|claims|added|warned|"
                             r"warns|explained|stressed|admitted|believes|believed|thinks|suggested|suggests)\b")
_CONTROLLED_AFTER = re.compile(r"[\w.\-]*(?:\s*\([^()]{1,30}\))?,?\s+to\s+[a-z]")
_TITLE_BEFORE = "|".join(longest_first({t.capitalize() for t in _TITLE_HEADS} | {"Chief Executive", "Prime Minister"}))


def _pronoun_opens_after(text: str, low: str, pos: int) -> tuple[int, int] | None:
    """(start of the sentence before, start of the sentence) when the "he"/"she" at `pos`
    opens its sentence and a sentence stands before it; else None
    (resolution.previous-sentence-centre)."""
    if low not in ("he", "she"):
        return None
    start = _sentence_start(text, pos)
    opens = _PRONOUN_OPENS.match(text, start)
    if opens is None or not opens.start("pron") <= pos <= opens.end() + 1:
        return None
    prev = _sentence_start(text, start - 1) if start > 0 else start
    return (prev, start) if prev < start else None


def _in_office(text: str, name: str) -> bool:
    """Does the text write a personal title or an office before the name's surname ("President
    Reagan", "Mr Chang")?"""
    return re.search(rf"\b(?:{_TITLE_BEFORE})\.?\s+(?:[A-Z][\w'’\-]*\s+){{0,2}}{re.escape(name.split()[-1])}\b", text) is not None


# a single office named as a holder ("the president's assurance", "the Governor said") earlier in
# a pronoun's sentence (resolution.role-in-sentence)
_ROLE_BEFORE_PRONOUN = re.compile(
    r"\b[Tt]he\s+(?P<role>[Pp]resident|[Gg]overnor|[Cc]hairman|[Cc]hairwoman|[Ss]peaker|[Mm]ayor|[Pp]rime\s+[Mm]inister|"
    r"[Cc]hancellor|[Ss]ecretary|[Aa]ttorney\s+[Gg]eneral|[Cc]ommissioner|[Aa]dministrator)(?:['’]s)?\b(?!\s+(?:of|for)\b)(?!\s+[A-Z])")
_ROLE_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?:\s+[A-Z“\"]|[“\"])")  # ("... for the President.“He will")
_HE_SHE = re.compile(r"\b(?:he|she|He|She|his|her|His|Her)\b")

