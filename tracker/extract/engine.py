"""The extraction engine: applies the rules (data/rules.toml) to a document.

For each sentence that holds a cue (a commissive verb, a modal, an intention verb) it
reads the clause around the cue the way a careful reader would:

1. guards refuse look-alikes (questions, possibility, forecasts, calls on others ...);
2. the subject of the cue is found and resolved to an actor with the document's
   context (people and their affiliations, the firm named before, who is quoted);
3. the subject must be able to bind itself (a person, body, firm, country), and after
   a modal the verb must be an action, not a state ("would be", "will mean");
4. in reported speech ("X said Y would ...") Y must be X or X's own side;
5. the finding gets its kind, actor, speaker, action, amount, deadline and a
   confidence built from the rule's score and what the reading found.
"""

from __future__ import annotations

import bisect
import re
import functools
from collections.abc import Callable, Iterable
from typing import Any
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import ahocorasick

from tracker.extract import rules as rules_mod
from tracker.extract.context import _COMMON_WORDS, DocContext, Person, Quote
from tracker.extract.explain import Tracer
from tracker.extract.gazetteer import Gazetteer, default_gazetteer, load_actors_file
from tracker.extract.model import ActorInfo, Document, Finding
from tracker.extract.quantities import find_amounts, find_deadline, resolve_said_on
from tracker.extract.rules import Rule, RuleError, RuleSet
from tracker.extract.sentences import Span, split, split_around
from tracker.extract.casing import case_view, doc_in_case
from tracker.extract.morphology import base_forms, is_action_participle, passive_refusal
from tracker.extract.readings_authored import plain_list_line
from tracker.extract.readings_authored import authored_be_subject, authored_reading, author_is_body, possessor_subject
from tracker.extract.testable import judge as judge_testable

__all__ = ["ActorInfo", "Extractor", "Rule", "RuleError"]

_QUOTES = str.maketrans({"“": " ", "”": " ", '"': " ", "‘": " ", "«": " ", "»": " "})
_WS = re.compile(r"\s+")
# a sentence as the cues read it: quote marks and runs of white space made single spaces
# (only runs other than one plain space are replaced: most of a sentence's spaces stay)
_FOLD = re.compile(r'(?: [\s“”"‘«»]+|[^\S ][\s“”"‘«»]*|[“”"‘«»][\s“”"‘«»]*)')
_DET_START = re.compile(r"^(?:the|a|an)\s+", re.I)
_PAREN_END = re.compile(r"\s*\([^()]*\)$")
_TOKEN = re.compile(r"[\w'’&.\-/]+|[^\w\s]")
_PRONOUNS = {
    "i": "first", "we": "first", "me": "first", "us": "first",
    "he": "third", "she": "third", "they": "plural", "it": "it", "you": "none", "one": "none",
}
_DETERMINERS = frozenset("the a an its his her their our my your this these those both all each some any no every".split())
# Words that end a subject phrase when reading leftwards from the cue.
_BOUNDARY_WORDS = frozenset(
    """that said says say told tells added adds and but yet while whereas because although though
    so or which who whom whose when if as since after before until unless where whether than
    hence then is are was were has have had be been being do does did can could may might
    must should would will shall also insisted stressed announced confirmed explained warned
    noted argued claimed believed believes expects expected hopes hoped thinks thought fears
    feared predicted predicts reported reports stated states declared promised pledged vowed
    agreed decided plans planned wants wanted with by from for in on at to into about over
    under against without within between across through during upon per via not never""".split()
)
_NP_INNER = frozenset("of and & for de la le du von van".split())
_ADVERB_TAIL = re.compile(
    r"(?:\s*\b(?:also|now|still|then|soon|not|never|already|further|indeed|certainly|definitely|"
    r"jointly|together|again|eventually|finally|immediately|shortly|later|instead|therefore|thus|"
    r"however|meanwhile|in turn|in future|in the future|this time|once again|too|alone|only|just|simply|"
    r"actually|really|clearly|personally|duly|formally|officially|swiftly|quickly|gradually|initially|"
    r"ultimately|subsequently|separately|today|tomorrow|tonight|yesterday|of course|in addition|as well|"
    r"(?:last|next|this) (?:week|month|year|weekend|spring|summer|autumn|fall|winter)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|has|have|had|'ve|’ve|is|are|was|"
    r"were|am|be|been|repeatedly|publicly|previously|once|twice|long|firmly|formally)\b\s*,?)+\s*$",
    re.I,
)
_PAREN_OTHER = re.compile(r",\s*(?:[a-z][\w'’\- ]{0,60}|if elected|if re-elected)\s*,\s*$")
# Verbs of saying that take an object before what is said ("told reporters", "assured MPs")
_OBJECT_VERBS = frozenset("told tells assured assures informed informs reminded reminds".split())


@dataclass(frozen=True)
class _Grammar:
    """The patterns of reported speech, built from the lexicon's `report_verbs` and
    `opinion_verbs` (so a user's --rules file that adds a verb changes what is read)."""

    opinion: frozenset[str]
    paren_attrib: re.Pattern[str]  # ", he said," / ", Lecornu said," between a subject and its verb
    frame: re.Pattern[str]  # "X said (on Thursday) (that)" right before the subject
    frame_verb: re.Pattern[str]  # a verb of `frame`, where `_frame_search` looks for one
    frame_tail: int  # `frame` matches end within this many characters of a verb of it
    frame_appos: re.Pattern[str]  # "Makoto Kuroda, vice minister for ..., said": the name speaks
    post_attrib: re.Pattern[str]  # "..., the ministry said." / "..., said Leslie Tremblay."
    post_verb: re.Pattern[str]  # a verb of `post_attrib` (a quick test before it)
    first_verb: re.Pattern[str]  # the first verb of a sentence, after its subject


def _verbs(words: Iterable[str], obj: int | None) -> str:
    """An alternation of verbs, longest first; with `obj`, the object verbs take an object
    of 1 to `obj` characters ("told [\\w ]{1,30}?"), required (or optional: -obj)."""
    out = []
    for w in sorted(words, key=lambda w: (-len(w), w)):
        v = r"\s+".join(map(re.escape, w.split()))
        if obj and w in _OBJECT_VERBS:
            v = rf"{v} [\w ]{{1,{obj}}}?" if obj > 0 else rf"{v}(?:\s+[\w ]{{1,{-obj}}}?)?"
        out.append(v)
    return "|".join(out)


@functools.lru_cache(maxsize=16)
def _grammar(report: frozenset[str], opinion: frozenset[str]) -> _Grammar:
    report = frozenset(w for w in report if w != "according")  # "according to" frames nothing by itself
    say = _verbs(report, 25)
    frame_verbs = report | opinion
    longest = max(map(len, frame_verbs), default=0)
    return _Grammar(
        opinion=opinion,
        paren_attrib=re.compile(
            rf",\s*(?P<who>he|she|they|it|we|I|(?:the\s+)?[A-Za-z][\w.'’\- ]{{0,40}}?)\s+(?:{say})\s*,\s*$"),
        frame=re.compile(
            r"(?P<who>(?:[\w'’&.\-]+\s+){0,6}?[\w'’&.\-]+)\s*,?\s+(?:(?:has|have|had|also|later|earlier|previously|"
            r"again|further|separately|then|today|yesterday|"
            # "The prime minister on Sunday said": the day is when, not who
            r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this)\s+(?:week|night|month|year|morning))\s+)*"
            rf"(?P<verb>{_verbs(frame_verbs, 30)})"
            r"(?:\s*,?\s*(?:that\b)?\s*(?:(?:on|in|at|over|within|by|after|before|during|under|from|last|this|next|"
            r"earlier|today|yesterday|later|following|amid|despite|with)\b[^,]{0,50}?\s*,?\s*){0,2})?(?:that\s*)?$"),
        frame_verb=re.compile(rf"(?<=\s)(?:{_verbs(frame_verbs, None)})"),
        frame_tail=longest + 32 + 2 * 60 + 10,  # the verb, its object, two adjuncts, "that"
        frame_appos=re.compile(
            r"(?:^|[;:]\s*|\b(?:and|but)\s+)(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}),\s+[^;]{3,160}?,\s+"
            rf"(?:{_verbs(report, 30)})\s*,?\s*(?:that\s+)?$"),
        post_attrib=re.compile(
            rf",\s*(?:(?:{_verbs(report, 30)})\s+(?P<a>[^,.;]{{2,80}})|(?P<b>[^,.;]{{2,80}}?),?\s+"
            rf"(?:{_verbs(report, -30)})\b)(?:[,;][^.;]{{0,120}})?[.!]?\s*$"),
        post_verb=re.compile(_verbs(report, None)),
        first_verb=re.compile(
            rf"\s(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could|{_verbs(frame_verbs, None)}|"
            r"[a-z]+ed)\b"),
    )


# people who speak for a body named after them: "officials at the transport ministry",
# "a spokesman for Acme" (the body is the speaker)
_VOICE_OF = re.compile(
    r"^(?:(?:an?|two|three|several|some|senior|top|unnamed)\s+)*(?:officials?|spokes(?:man|woman|person|people|men|women)|"
    r"representatives?)\s+(?:at|of|from|for|in|with)\s+(?=\S)", re.I)
_VERB_AFTER = re.compile(
    r"^\s*(?P<neg>(?:n[’']t|not|never|no longer)\s+)?(?:(?:also|now|still|then|soon|certainly|definitely|already|"
    r"of course|only|again|further|immediately|jointly|actually|in turn|indeed|gradually|quickly|swiftly|"
    r"shortly|eventually|ultimately|initially|formally|officially|always|together|forever|truly|really|just|"
    r"fully|finally|personally|directly|,)\s*)*"
    r"(?P<neg2>(?:not|never|no longer)\s+)?(?P<verb>[a-z][\w\-]*)(?:\s+(?P<next>[\w\-]+))?",
    re.I,
)
_ROLE_NP = re.compile(
    r"^(?:the\s+|its\s+|their\s+)?(?:(?:prime|foreign|home|defence|defense|finance|trade|health|education|deputy|vice|"
    r"first|chief|shadow|interior|economy|economic|energy|environment|culture|transport|agriculture|"
    r"justice|labour|employment|industry)\s+)*(?P<role>minister|secretary|chancellor|president|premier|"
    r"spokesman|spokeswoman|spokesperson|chairman|chairwoman|chief executive|leader|governor|mayor|"
    r"senator|congressman|congresswoman|prosecutor|ambassador|commissioner|director|head)$",
    re.I,
)
_ORG_NOUNS = frozenset(
    """company firm group bank corporation airline carrier bidder buyer seller lender insurer carmaker
    automaker retailer brewer maker manufacturer producer operator owner chain club team utility
    subsidiary unit division partnership consortium network studio publisher broadcaster supermarket
    railway railroad exchange trust foundation institute charity association federation agency
    regulator board council committee commission union""".split()
)
# Nouns for the people who act for a country: "the Turkmen side", "Japanese officials".
_SIDE_NOUNS = frozenset(
    """side government officials authorities ministry delegation negotiators administration leadership
    team forces troops army military navy police diplomats envoy regulators""".split()
)
_GOV_NOUNS = frozenset("government administration ministry department executive cabinet authorities officials treasury".split())
_PAIR_NP = re.compile(r"^(?:the\s+)?(?:two|both)\s+(?:sides|countries|nations|governments|companies|firms|parties|leaders|men|ministers|clubs|teams|groups|banks|unions)$", re.I)
_PASSIVE_PART = re.compile(r"^(?:\w+ed|\w+en|\w+wn|\w+ne|\w+t|made|held|set|cut|built|sent|paid|spent|kept|sold|bought|shut|put|run|begun|done)$")
_ACTION_CUT = re.compile(r",\s*(?:he|she|they|it|the\s+\w+|[A-Z][\w.'’\- ]{1,40}?)\s+(?:said|says|added|told)\b.*$|\s+(?:said|told)\s+[A-Z][\w.'’ ]+\.?$")
# a degree or suffix after a comma ends a name, it is not one: "Michael Burgess, M.D."
_DEGREE_END = re.compile(r",\s*(?:M\.D\.|Ph\.D\.|D\.D\.S\.|R\.N\.|Esq\.|Jr\.|Sr\.|MD|PhD|DDS)(?:\s*\([^()]{1,20}\))?$")
# a reporting verb in any form ("announcing that she would vote", "his position that he would")
_REPORTING_FORM = re.compile(r"\b(?:announc|stat(?:e|ing)|declar|confirm|pledg|promis|vow|explain|indicat|sa(?:y|id)|tell|told|"
                             r"position|insist|assur|commit)\w*\b", re.I)
# a sentence opening with a name and a role set off by commas: the name is the subject
_NAME_APPOSITIVE = re.compile(
    r"^\s*[\"“]?(?P<name>(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]+),\s+(?:the\s+|a\s+|an\s+|[A-Z][\w'’\-]*['’]s\s+)?"
    r"(?:[\w'’\-]+\s+){0,5}?(?i:%s)\b[^,;()]{0,60},\s*$" % (
        "minister|secretary|chancellor|president|chairman|chairwoman|chair|chief|executive|director|leader|"
        "spokesman|spokeswoman|governor|mayor|senator|mp|head|founder|owner|ambassador|commissioner|"
        "manager|editor|officer|adviser|advisor|member|candidate|economist|analyst|professor"))
# "I will focus my remarks on", "I will pose more questions to the panel", "I wanted to pass
# along some information": the speaker's own talk, done in the saying
_DISCOURSE_OBJECT = re.compile(
    r"(?:focus|pose|ask|pass\s+along|pass\s+on|keep|limit|confine|summari[sz]e|offer|make|direct)\s+"
    r"(?:(?:my|our|a\s+few|a|some|more|these|the\s+following|this)\s+)(?:\w+\s+){0,2}?"
    r"(?:remarks|comments|questions|thoughts|words|testimony|statement|information|observations|reminders|tips)\b")
_WHEN_TAIL = re.compile(r"(?:^|\s+)(?:today|yesterday|tonight|now|also|again|then|later|earlier)$", re.I)
_WHEN_OPENERS = frozenset("tomorrow today tonight yesterday now later then meanwhile".split())
# "I want to begin by thanking", "I'll close with words from", "let me start with": the
# order of a speech, done in the saying
_DISCOURSE_ACT = re.compile(
    r"(?:begin|start|open|close|conclude|end|finish)\s+(?:by\s+(?:thank|say|not|welcom|recogni[sz]|acknowledg|"
    r"congratulat|commend|mention|stress|emphasi[sz]|point|remind|quot|read|ask|offer)\w*ing|with\s+(?:(?:a|an|the|"
    r"some|these|those|this|my|our|his|her)\s+)?(?:[\w’'\-]+\s+){0,2}(?:words?|quote|quotation|thoughts?|notes?|"
    r"story|remarks?|comments?|prayer|questions?|thanks|tribute))\b")
_SPLIT_ACTIONS = re.compile(r"(?:,\s*|\s+)and\s+to\s+(?=[a-z])")


_COMMON = _COMMON_WORDS
# ---- guard prefilters ----------------------------------------------------------------
# Speed only. A case-insensitive guard regex with a leading alternation is tried at every
# position of its window (~5-15 µs a search). A guard's `needs` (data, with the guard) say
# when it cannot match: one of them is in every window it matches, tested on the lowered
# window in one Aho-Corasick pass. tests/extract/test_fast_path.py checks on real text
# that no guard's needs ever hide a match.
def _has_any(*literals: str) -> Callable[[str], bool]:
    finder = ahocorasick.Automaton()  # one pass over the window, stopping at the first
    for lit in literals:
        finder.add_word(lit, lit)
    finder.make_automaton()
    return lambda w: next(finder.iter(w), None) is not None


def _has_any_word(*needs: str) -> Callable[[str], bool]:
    """Like `_has_any`, but a need counts only between word boundaries; "specul*" is a
    word that starts with "specul" and goes on."""
    finder = ahocorasick.Automaton()
    for n in needs:
        finder.add_word(n.rstrip("*"), (len(n.rstrip("*")), n.endswith("*")))
    finder.make_automaton()

    def test(w: str) -> bool:
        for end, (n, prefix) in finder.iter(w):
            start = end - n + 1
            if start and (w[start - 1].isalnum() or w[start - 1] == "_"):
                continue
            after = w[end + 1 : end + 2]
            if (after.isalnum() or after == "_") != prefix:
                continue
            return True
        return False
    return test


def _tail_start(w: str, words: int) -> int:
    """Where the last `words` words of a single-spaced window start (0 if it has fewer)."""
    i = len(w.rstrip())
    for _ in range(words):
        i = w.rfind(" ", 0, i)
        if i < 0:
            return 0
    return i + 1


def _has_need(low: str, needs: tuple[str, ...]) -> bool:
    """Whether a lowered text holds one of `needs` (the engine tests guards' needs with an
    automaton built from them: `_has_any`)."""
    return any(n in low for n in needs)


# Bounds that keep hostile or broken text linear: the longest news sentences are well
# under 1,000 characters and hold a handful of cues.
_MAX_SENTENCE = 2000
_MAX_CUES = 12

_NEED_SEP = r"[\s“”\"‘«»]+"


class _NeedIndex:
    """Where a document may hold each cue: the places its `needs` occur in the lowered
    raw text, found in one Aho-Corasick pass. Each hit is (index of the need's last
    character, bit mask of the cues it may open). A need inside a sentence's folded text
    ends inside its raw span, so a sentence or cue with no hit there cannot match: that
    is all the fast path skips.

    The words of a multi-word need ("is to") may have any run of white space or quote
    marks between them in raw text. The automaton holds the single-spaced form, and each
    of its leading words followed by the start of any other run of separators ("is\n",
    "is  ", "is “"): such a hit is checked with the need's regex where it starts."""

    def __init__(self, cues: list[Rule]) -> None:
        masks: dict[str, int] = {}
        self.checks: list[tuple[re.Pattern[str], int]] = []  # multi-word needs: (regex, mask)
        flags: dict[str, set[int]] = {}  # key -> the checks it calls for
        # a run of separators other than one space starts with one of these
        odd = [c for c in map(chr, range(0x3001)) if c.isspace() and c != " "] + list("“”\"‘«»")
        odd_seps = odd + [" " + c for c in odd + [" "]]
        for i, rule in enumerate(cues):
            words = [n for n in rule.needs if " " in n]
            for n in rule.needs:
                if " " not in n:
                    masks[n] = masks.get(n, 0) | 1 << i
            for n in words:
                masks[n] = masks.get(n, 0) | 1 << i  # all single spaces: a plain hit
            if words:
                k = len(self.checks)
                rx = "|".join(_NEED_SEP.join(map(re.escape, w.split())) for w in words)
                self.checks.append((re.compile(rx), 1 << i))
                for n in words:
                    parts = n.split()
                    for j in range(1, len(parts)):
                        for sep in odd_seps:
                            flags.setdefault(" ".join(parts[:j]) + sep, set()).add(k)
        # a need holding another need that opens the same cues adds nothing ("pledged", "pledg")
        keep = {n: m for n, m in masks.items()
                if not any(o != n and o in n and m & ~masks[o] == 0 for o in masks)}
        self.automaton = ahocorasick.Automaton()
        for word, mask in keep.items():
            self.automaton.add_word(word, mask)
        for key, ks in flags.items():
            if key not in keep:
                self.automaton.add_word(key, (len(key), tuple(sorted(ks))))
        self.automaton.make_automaton()

    def hits(self, low: str) -> list[tuple[int, int]]:
        """(end, cue mask) of every need in `low`, by end (the index of its last character)."""
        if not low:
            return []
        out = list(self.automaton.iter(low))
        if not self.checks or all(type(v) is int for _, v in out):
            return out
        plain = [h for h in out if type(h[1]) is int]
        for e, (n, ks) in (h for h in out if type(h[1]) is not int):
            for k in ks:
                rx, mask = self.checks[k]
                m = rx.match(low, e + 1 - n)
                if m is not None:
                    plain.append((m.end() - 1, mask))
        plain.sort()
        return plain


def _lowered(text: str) -> str | None:
    """`text.lower()` when a literal test on it agrees with re.IGNORECASE: same length, and
    none of the characters that IGNORECASE equates with an ASCII letter while lower()
    does not map them to it one for one (İ ı ſ K); else None (no literal tests then)."""
    low = text.lower()
    if text.isascii():
        return low
    # (İ lowers to two characters; K lowers to "k", so it is looked for in `text`)
    if len(low) == len(text) and "\u212a" not in text and "\u0131" not in low and "\u017f" not in low:
        return low
    return None


@dataclass
class _Actor:
    name: str
    type: str | None
    aliases: list[str]
    affiliations: list[str]
    actors: list[str]
    named: bool  # resolved to a name (not a bare "the company")
    how: str = ""  # how the words were resolved (printed by `tracker explain`)


def _refuse(tracer: Tracer | None, refusal_id: str, words: str) -> list[Finding]:
    """Refuse a candidate for the reason `refusal_id` (a [[refusal]] of rules.toml)."""
    if tracer is not None:
        tracer.fired(refusal_id, "reject", words)
    return []


@dataclass(slots=True)
class _Clause:
    """What a reading needs of the clause around a modal cue."""

    ctx: DocContext
    pos: int  # the cue's offset in the document
    subject: str
    before: str
    after: str
    verb_match: re.Match[str] | None  # `_VERB_AFTER` on `after` (modal cues)
    verb: str
    announcer: "_Actor | None"  # a speaker named in the sentence


# Readings bind an actor when the subject cannot bind itself. Each is a function
# registered under its id in rules.toml ([[reading]]: description, kind, score); it
# returns the actor bound, or (refusal id, words) when the reading does not hold.
_Reading = Callable[["Extractor", _Clause], "_Actor | tuple[str, str]"]
_READINGS: dict[str, _Reading] = {}


def reading(reading_id: str) -> Callable[[_Reading], _Reading]:
    """Register a reading function under its id (spaCy-style)."""
    def register(fn: _Reading) -> _Reading:
        _READINGS[reading_id] = fn
        return fn
    return register


@reading("reading.passive_announcer")
def _passive_announcer(ex: "Extractor", c: _Clause) -> "_Actor | tuple[str, str]":
    """"The prisoners will be released, the ministry said": the announcer is bound."""
    assert c.announcer is not None
    return c.announcer


@reading("reading.agentless_passive")
def _agentless_passive(ex: "Extractor", c: _Clause) -> "_Actor | tuple[str, str]":
    """"Honorary consuls will be appointed": bound to the actor last seen acting."""
    if c.ctx.author:
        # a document written by its actor says "we will"; its agentless passives
        # describe programmes ("the winner will be invited")
        return "refusal.passive-authored", c.subject
    # the tests on the clause first: the actor last seen acting needs the document's firms
    if not c.subject or _PRONOUNS.get(c.subject.lower()):
        return "refusal.passive-no-actor", c.subject
    if re.search(r"\b(?:that|which|who)\s*$", c.before):
        return "refusal.passive-relative", c.subject  # "professionals that will be trained"
    v = c.verb_match
    assert v is not None
    agent = re.match(r"\s*(?:\w+\s+){0,3}by\b", c.after[v.end("next") if v.group("next") else v.end():])
    if agent:
        return "refusal.passive-own-agent", agent.group()  # "will be held by Consolidated"
    main = ex._main_actor(c.ctx, c.pos)
    if main is None:
        return "refusal.passive-no-actor", c.subject
    if main.name in c.subject:
        return "refusal.passive-names-actor", c.subject  # "Spider-Man 2 on UMD will be given"
    return main


@reading("reading.announced_plan")
def _announced_plan(ex: "Extractor", c: _Clause) -> "_Actor | tuple[str, str]":
    """"Construction will start in early 1988, BP Canada said": an announced plan, unless
    the verb says what a thing causes ("the merger will create ..."). (`_may_be_announced`
    is this test, made before the context is read.)"""
    assert c.announcer is not None
    if c.verb in ex._causal or not c.subject or c.subject.lower() in ex._non_agent_pron:
        return "refusal.causal-after-thing", f"{c.subject} {c.verb}"
    if _head(c.subject).lower() not in ex._activities:
        # only an activity can be scheduled ("construction will start"); "market
        # developments will not unravel the accord" is a forecast
        return "refusal.announced-not-activity", c.subject
    return c.announcer


@reading("reading.authored_passive")
@reading("reading.authored_there")
@reading("reading.authored_outcome")
def _authored_author(ex: "Extractor", c: _Clause) -> "_Actor | tuple[str, str]":
    """A body's own document (a party's manifesto, a firm's report): its author is bound by
    an agentless passive, "there will be ..." or its own things by a deadline
    (readings_authored.py says which reading, if any, the clause is)."""
    author = c.ctx.author or ""
    info = ex.gaz.lookup(author)
    if info is not None:
        return ex._from_info(info)
    return _Actor(author, None, [], [], [author], True, "the document's author")


@reading("reading.list_item")
def _list_item(ex: "Extractor", c: _Clause) -> "_Actor | tuple[str, str]":
    """A bullet under "We will:" / "Labour pledges to:" binds the heading's subject."""
    frame_who = _subject(c.before, ex._g)[1]
    initial = not c.before.strip() or c.before.strip() == c.subject
    actor = ex._resolve_subject(c.ctx, c.subject, c.before, frame_who, None, c.ctx.quote_at(c.pos), c.pos,
                                initial, "verb")
    return actor if actor is not None else ("refusal.subject-not-agent", c.subject)


class Extractor:
    """Loads rules and actors once; `extract(doc)` is pure and safe to call in workers."""

    def __init__(self, ruleset: RuleSet, gaz: Gazetteer) -> None:
        self.ruleset = ruleset
        self.gaz = gaz
        lex = ruleset.lexicon
        self._agent_nouns = lex["agent_nouns"]
        self._non_agent_nouns = lex["non_agent_nouns"]
        self._stative = lex["stative_verbs"]
        self._passive_ok = lex["passive_action_verbs"]
        self._events = lex["event_verbs"]
        self._non_agent_pron = lex["non_agent_pronouns"]
        self._causal = lex["causal_verbs"]
        self._activities = lex["activity_nouns"]
        self._phrasal = lex["phrasal_actions"]
        self._g = _grammar(lex["report_verbs"], lex["opinion_verbs"])
        self._performatives = lex["performative_verbs"]
        self._group_mods = lex["group_modifiers"]
        self._guards = ruleset.guards
        self._guard_cache: dict[str, Any] = {}
        # The fast path: a rule's `needs` (literals one of which every match contains)
        # tell when its pattern cannot match; a document or sentence holding none of the
        # cues' needs is skipped. With a cue that declares none (a user's), the fast path
        # tests the folded text with one regex of every cue instead. Either way it skips
        # only what no cue could match, so the findings are those of the full analysis.
        self._any_cue = re.compile("|".join(f"(?:{r.pattern})" for r in ruleset.cues), re.I)
        self._needs = _NeedIndex(ruleset.cues) if all(r.needs for r in ruleset.cues) else None

    @classmethod
    def load(cls, rules_path: Path | None = None, actors_path: Path | None = None) -> "Extractor":
        ruleset = rules_mod.load(Path(rules_path) if rules_path else None)
        gaz = default_gazetteer()
        if actors_path is not None:
            gaz = gaz.with_extra(load_actors_file(actors_path))
        return cls(ruleset, gaz)


    @property
    def rules(self) -> list[Rule]:
        return self.ruleset.all

    def lookup_actor(self, name: str) -> ActorInfo | None:
        return self.gaz.lookup(name)

    # ---- the document loop --------------------------------------------------------------
    def extract(self, doc: Document, fast: bool = True, tracer: Tracer | None = None) -> list[Finding]:
        """The findings of a document. With a `tracer` (see explain.py), every step of the
        reading of each cue is recorded in it; the findings are the same."""
        text = doc.text
        low_doc = _lowered(text) if fast and self._needs is not None else None
        hits: list[tuple[int, int]] = []
        if low_doc is not None:
            assert self._needs is not None
            hits = self._needs.hits(low_doc)
            if not hits:
                return []
        elif fast and not self._any_cue.search(_FOLD.sub(" ", text)):
            return []
        ctx: DocContext | None = None
        out: list[Finding] = []
        # with the needs found, only the sentences around them are cut out
        cased = doc_in_case(doc)  # a document all in one case is split as its case view reads
        spans = split_around(cased.text, [h[0] for h in hits]) if low_doc is not None else split(cased.text)
        h, n_hits = 0, len(hits)
        for span in spans:
            mask: int | None = None
            if low_doc is not None:
                # the cues whose needs occur in this sentence (spans and hits are in order)
                while h < n_hits and hits[h][0] < span.start:
                    h += 1
                mask = 0
                while h < n_hits and hits[h][0] < span.end:
                    mask |= hits[h][1]
                    h += 1
                if not mask:
                    continue
            if span.end - span.start > _MAX_SENTENCE:
                continue  # a table or a run of text with no sentence ends: nothing to read
            raw = text[span.start : span.end]
            norm = _FOLD.sub(" ", raw).strip()  # = _WS.sub(" ", raw.translate(_QUOTES)).strip()
            if (view := case_view(raw)) is not None:  # "BASF SAID IT WOULD ...": read as "BASF said it would"
                norm = _FOLD.sub(" ", view).strip()
            if low_doc is None and fast and not self._any_cue.search(norm):
                continue
            cands = self._cues(norm, mask)[:_MAX_CUES]
            if not cands:
                continue
            # (a document whose lowering is safe has sentences whose lowering is too)
            low_norm = norm.lower() if low_doc is not None else _lowered(norm)
            if ctx is None:
                ctx = DocContext(cased, self.gaz)  # its parts are built when first needed
            if tracer is None:
                for rule, m in cands:
                    out.extend(self._analyse(doc, ctx, span.start, raw, norm, rule, m, low_norm))
            else:
                tracer.sentence(span.start, raw)
                for rule, m in cands:
                    tracer.cue(rule.id, m.group(), m.start(), rule.kind)
                    got = self._analyse(doc, ctx, span.start, raw, norm, rule, m, low_norm, tracer)
                    tracer.found(got)
                    out.extend(got)
            if norm.endswith(":"):
                every = split(text)  # the bullets that follow hold no cue of their own
                at = bisect.bisect_left([s.start for s in every], span.start)
                out.extend(self._list_items(doc, ctx, text, every, at, norm, tracer))
        return out

    def _list_items(self, doc: Document, ctx: DocContext, text: str, spans: list[Span], idx: int,
                    norm: str, tracer: Tracer | None = None) -> list[Finding]:
        """A manifesto's "We will:" followed by bullets: each bullet is a commitment of the
        subject of the heading ("- cut class sizes", "- hire 10,000 nurses")."""
        head = _LIST_HEAD.search(norm)
        if head is None:
            return []
        before = norm[: head.start("cue")]
        subj_text, _, _, _ = _subject(before, self._g)
        if head.group("cue")[:2].lower() in ("ou", "my"):
            subj_text = before = "we"  # "Our pledges:" is the author's list
        pos = spans[idx].start
        got = _READINGS["reading.list_item"](self, _Clause(ctx, pos, subj_text, before, "", None, "", None))
        if isinstance(got, tuple):
            return []
        actor = got
        cue = head.group("cue").lower()
        reading = self.ruleset.readings["reading.list_item"]
        kind = "intention" if cue.startswith(("plan", "intend", "aim")) else (
            "pledge" if cue.startswith(("pledge", "promise", "vow", "commit", "is", "are", "remain")) else reading.kind)
        score = reading.score + self.ruleset.adjustment("adjustment.actor-named" if actor.named else "adjustment.actor-unnamed")
        out: list[Finding] = []
        prev_end = spans[idx].end
        for item in spans[idx + 1 :]:
            lead = text[text.rfind("\n", 0, item.start) + 1 : item.start]
            if not _BULLET_LEAD.fullmatch(lead) and not plain_list_line(text, prev_end, item.start, item.end):
                break  # the list ends at the first line that is neither a bullet nor a plain item line
            prev_end = item.end
            raw = text[item.start : item.end]
            negated = bool(re.match(r"(?:not|never|no)\b", raw, re.I))
            found = self._finding(doc, item.start, raw, kind, actor, None, reading, round(score, 2),
                                  raw.rstrip(" .;"), negated)
            if tracer is not None:
                tracer.sentence(item.start, raw)
                tracer.cue(reading.id, head.group().strip(), 0, kind)
                tracer.reading(reading.id, kind)
                tracer.resolved("actor", subj_text, actor)
                adj = "adjustment.actor-named" if actor.named else "adjustment.actor-unnamed"
                tracer.adjusted(adj, self.ruleset.adjustment(adj))
                tracer.found([found])
            out.append(found)
        return out

    def _cues(self, norm: str, mask: int | None = None) -> list[tuple[Rule, re.Match[str]]]:
        """The cue matches of a sentence, earlier-listed cues winning overlaps. With `mask`
        (bit i: cue i's needs occur in the sentence), the other cues are not tried."""
        taken: list[tuple[int, int]] = []
        found: list[tuple[Rule, re.Match[str]]] = []
        for i, rule in enumerate(self.ruleset.cues):
            if mask is not None and not mask >> i & 1:
                continue  # none of the cue's needs in the sentence: it cannot match
            for m in rule.regex.finditer(norm):
                if m.start() > 0 and norm[m.start()].isupper():
                    continue  # a name, not a verb: "Will Smith", "Guaranteed Securities Fund"
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((rule, m))
        found.sort(key=lambda rm: rm[1].start())
        return found

    # ---- one cue ------------------------------------------------------------------------
    def _analyse(self, doc: Document, ctx: DocContext, sent_start: int, raw: str, norm: str,
                 rule: Rule, m: re.Match[str], low: str | None = None,
                 tracer: Tracer | None = None) -> list[Finding]:
        kind = rule.kind
        before, after = norm[: m.start()], norm[m.end() :]
        be_refused: tuple[str, str] | None = None
        pos = sent_start + _raw_offset(raw, norm, m.start())
        mode = rule.mode

        # Cheap refusals first, on the clause alone: most candidates end here, before the
        # subject is read or the document's context (people, firms, quotes) is needed.
        # Guards and these checks are independent, so their order changes only the trace,
        # never the findings.
        if mode == "modal":
            v = _VERB_AFTER.match(after)
            if not v:
                return _refuse(tracer, "refusal.no-verb-after-modal", after[:30])
            read = self._modal_verb(v, kind)
            if isinstance(read, tuple) and len(read) == 2:
                if not (ctx.author and read[0] == "refusal.stative-be" and authored_be_subject(before)):
                    return _refuse(tracer, *read)
                # "there will be no ...": only an authored reading below may take it
                be_refused, read = read, (kind, "be", bool(v.group("neg") or v.group("neg2")), False)
            kind, verb, negated, passive = read
        else:
            v, verb, negated, passive = None, "", False, False
        text_guards, subject_guards, speaker_guards = self._guards_for(rule)
        windows = (norm, before, after)
        low = low if low is not None else _lowered(norm)  # the sentence lowered, when safe
        lows = (low, low[: m.start()], low[m.end() :]) if low is not None else None
        for g, where, after_last, last_words, has_need in text_guards:
            w = windows[where]
            # the guard's match lies in the text after its last separator, or in its last words
            at = max(w.rfind(c) for c in after_last) + 1 if after_last else 0
            if last_words:
                at = max(at, _tail_start(w, last_words))
            if has_need is not None and lows is not None and not has_need(lows[where][at:] if at else lows[where]):
                continue  # the guard cannot match here
            gm = g.regex.search(w, at)
            if gm:
                if tracer is not None:
                    tracer.fired(g.id, g.effect, gm.group())
                if g.effect == "reject":
                    return []
                kind = "intention"  # (as the modal's reading only ever does: order-free)
        subj_text, frame_who, frame_verb, paren_who = _subject(before, self._g)
        if tracer is not None:
            tracer.frame(frame_who, frame_verb)
        subj_text = possessor_subject(rule.id, subj_text)  # "our target is to": "we"
        subj_low = subj_text.lower()
        if mode == "modal" and ctx.author and not (frame_who or frame_verb or paren_who):
            bound = self._authored(doc, ctx, sent_start, raw, norm, m, before, after, v, kind, negated, tracer)
            if bound is not None:  # a body's own document: readings_authored.py
                return bound
        if be_refused:
            return _refuse(tracer, *be_refused)
        for g in subject_guards:
            if subj_low == "it" and (frame_who or mode != "modal" or _AFTER_RELATIVE.search(before)):
                continue  # "X said it would", "It had agreed to", "which it will": "it" is X or a firm, not a dummy
            gm = g.regex.search(subj_low)
            if gm:
                if tracer is not None:
                    tracer.fired(g.id, g.effect, subj_text)
                if g.effect == "reject":
                    return []
                kind = "intention"
        if subj_low in ("i", "we") and self._performatives:
            act = verb or _first_verb(after)
            rest = after[after.find(act):] if act else ""
            if act in self._performatives or _DISCOURSE_ACT.match(rest) or _DISCOURSE_OBJECT.match(rest):
                # "I want to thank", "I will admit", "we would stress": the speech act is
                # done in saying it, nothing is promised
                return _refuse(tracer, "refusal.performative", f"{subj_text} {act}")
        if frame_verb and frame_verb.split()[0] in self._g.opinion:
            return _refuse(tracer, "refusal.opinion-frame", f"{frame_who} {frame_verb}")
        if rule.id == "future.would" and ctx.author and not (frame_who or frame_verb or paren_who) \
                and not self._authors_own(ctx.author, subj_low) and not self._g.post_verb.search(norm) \
                and not _REPORTING_FORM.search(norm) \
                and ctx.quote_at(pos) is None:
            # a member's release: "The committee would also solicit input", "Duquesne University
            # would use this funding to ...": what a bill or a grant would bring about, told by
            # the author, not anyone's word
            return _refuse(tracer, "refusal.authored-would", subj_text)
        if not passive and self._never_agent(subj_text, before) and not (
                mode == "modal" and self._may_be_announced(subj_text, verb)):
            # "This bill will ...": no reading can bind anyone, so the document's context
            # (people, quotes, firms) is not needed to refuse it
            if tracer is not None:
                tracer.resolved("subject", subj_text, None, "a thing, or no subject")
            return _refuse(tracer, "refusal.subject-never-agent", subj_text)
        initial = not before[: len(before) - len(before.lstrip())] and before.strip().startswith(subj_text) if subj_text else False
        actor_np: _Actor | None = None
        if not passive and _speaker_free(subj_text) and not (mode == "modal" and self._may_be_announced(subj_text, verb)):
            # a noun phrase (no pronoun) is resolved the same whoever speaks, and if it
            # binds no one no reading can: refused before the speaker is read
            actor_np = self._resolve_np(ctx, subj_text.strip(), pos, None, initial)
            if tracer is not None:
                tracer.resolved("subject", subj_text, actor_np)
            if actor_np is None:
                return _refuse(tracer, "refusal.subject-not-agent", subj_text)
        post_who = _post_speaker(after, self._g)
        named_speaker = frame_who or paren_who or post_who  # a speaker named in the sentence
        if passive and not named_speaker and ctx.author:
            # no one named to announce it (see the passive reading below), in a document
            # written by its actor: refused before the speaker is read
            return _refuse(tracer, "refusal.passive-authored", subj_text)

        speaker_text = named_speaker
        quote = ctx.quote_at(pos)
        if not speaker_text and quote is not None and quote.speaker:
            speaker_text = quote.speaker
        if speaker_text and speaker_guards:
            # the speaker window holds the whole attribution ("said Ian Fogg, an analyst with ...")
            attribution = self._g.post_attrib.search(after)
            window = " ".join(x for x in (speaker_text, attribution.group() if attribution else "") if x).lower()
            for g in speaker_guards:
                gm = g.regex.search(window)
                if gm:
                    if tracer is not None:
                        tracer.fired(g.id, g.effect, window)
                    if g.effect == "reject":
                        return []
                    kind = "intention"

        speaker_text = _PARENS.sub("", speaker_text).strip() if speaker_text else speaker_text
        if speaker_text:  # "officials at the Japanese transport ministry": the ministry speaks
            speaker_text = _VOICE_OF.sub("", speaker_text)
        speaker = self._resolve_np(ctx, speaker_text, pos, None, False) if speaker_text else None
        actor = actor_np or self._resolve_subject(ctx, subj_text, before, frame_who, speaker, quote, pos, initial, mode)
        if tracer is not None:
            if speaker_text:
                how = ("named in the sentence" if named_speaker else "the speaker of the quote")
                tracer.resolved("speaker", speaker_text, speaker,
                                f"{how}; {speaker.how}" if speaker is not None and speaker.how else how)
            if actor_np is None:
                tracer.resolved("subject", subj_text, actor)
        score = rule.score

        reading: Rule | None = None
        # a speaker known only as the voice of a quote announces nothing by itself
        quote_only = not named_speaker
        if mode == "modal":
            assert v is not None
            announcer = speaker if speaker is not None and speaker.named and not quote_only else None
            rid = None
            if passive:
                # the subject undergoes the action: the announcer is bound, else the actor
                # last seen acting; any verb's participle binds only a body announcing it
                # (morphology.py)
                why = passive_refusal((v.group("next") or "").lower() in self._passive_ok,
                                      announcer.type if announcer else None, announcer is not None, before)
                if why:
                    return _refuse(tracer, why, subj_text)
                rid = "reading.passive_announcer" if announcer is not None else "reading.agentless_passive"
            elif actor is None and announcer is not None and announcer.type != "person":
                rid = "reading.announced_plan"  # "Construction will start in 1988, BP Canada said"
            if rid is not None:
                got = _READINGS[rid](self, _Clause(ctx, pos, subj_text, before, after, v, verb, announcer))
                if isinstance(got, tuple):
                    return _refuse(tracer, *got)
                actor, reading = got, self.ruleset.readings[rid]
        if actor is None:
            return _refuse(tracer, "refusal.subject-not-agent", subj_text)
        if reading is not None:
            kind, score = reading.kind, reading.score
            rule = reading
            if tracer is not None:
                tracer.reading(reading.id, kind)
        if tracer is not None:
            tracer.resolved("actor", subj_text if reading is None else (speaker_text or "") , actor)

        # Reported speech: "X said Y would ..." binds Y only when Y is X or X's own side.
        if frame_who and speaker is not None and actor.named and speaker.named:
            if not _same_side(self, speaker, actor):
                return _refuse(tracer, "refusal.other-side", f"{speaker.name} / {actor.name}")

        adjust = self.ruleset.adjustments
        adjusted: list[Rule] = []
        if rule.id in adjust["adjustment.unframed"].applies_to and not (named_speaker or quote):
            adjusted.append(adjust["adjustment.unframed"])  # a bare "would" is often hypothetical
        if not actor.named:
            adjusted.append(adjust["adjustment.actor-unnamed"])
        elif actor.type is None and not speaker_text:
            # a name we know nothing of, unattributed: a product as often as a firm
            adjusted.append(adjust["adjustment.actor-unknown-unattributed"])
        else:
            adjusted.append(adjust["adjustment.actor-named"])
        if speaker_text:
            adjusted.append(adjust["adjustment.speaker-attributed"])
        for a in adjusted:
            score += a.score
            if tracer is not None:
                tracer.adjusted(a.id, a.score)
        score = round(min(0.99, max(0.05, score)), 2)

        action_text = _ACTION_CUT.sub("", norm[m.start() :]).strip(" ,.;")
        actions = [action_text]
        if rule.split_actions and kind == rule.kind:
            parts = _SPLIT_ACTIONS.split(action_text)
            # "pledged to build a railway and to develop ports" is two pledges; in "pledged
            # to work together to secure arms and to develop weapons", "and to develop"
            # attaches to the nearer infinitive, so it stays one pledge.
            if len(parts) > 1 and len(re.findall(r"\bto\s+[a-z]", parts[0])) <= 1:
                head = m.group()
                actions = [parts[0]] + [f"{head} to {p}" for p in parts[1:]]
        findings = []
        for action in actions:
            findings.append(self._finding(doc, sent_start, raw, kind, actor, speaker, rule, score,
                                          action, negated))
        return findings

    def _authored(self, doc: Document, ctx: DocContext, sent_start: int, raw: str, norm: str, m: re.Match[str],
                  before: str, after: str, v: re.Match[str] | None, kind: str, negated: bool,
                  tracer: Tracer | None = None) -> list[Finding] | None:
        """The author of a body's document bound by an authored reading, or None."""
        assert ctx.author is not None and v is not None
        info = self.gaz.lookup(ctx.author)
        if not author_is_body(ctx.author, info.type if info else None) or _post_speaker(after, self._g):
            return None
        nxt = (v.group("next") or "").lower() if v.group("verb").lower() == "be" else ""
        rid = authored_reading(before, after[v.start("verb"):], nxt, bool(nxt) and is_action_participle(nxt, self._stative),
                               find_deadline(norm, doc.date) is not None)
        if rid is None:
            return None
        reading = self.ruleset.readings[rid]
        if nxt and any(b in self._events for b in base_forms(nxt)):
            kind = "intention"  # "the results will be announced in May": a scheduled event
        actor = _READINGS[rid](self, _Clause(ctx, sent_start, "", before, after, v, nxt, None))
        assert not isinstance(actor, tuple)
        kind = "intention" if kind == "intention" else reading.kind
        if tracer is not None:
            tracer.reading(rid, kind)
            tracer.resolved("actor", ctx.author, actor)
        action = _ACTION_CUT.sub("", norm[m.start():]).strip(" ,.;")
        return [self._finding(doc, sent_start, raw, kind, actor, None, reading, reading.score, action, negated)]

    @staticmethod
    def _authors_own(author: str, subj_low: str) -> bool:
        """Whether a subject is the author's own voice: "I", "we", their name, their role."""
        if subj_low in ("i", "we", "") or subj_low.startswith(("my ", "our ")):
            return True
        surname = author.split()[-1].lower() if author.split() else ""
        return bool(surname) and surname in subj_low or subj_low.split()[-1:] in (
            ["congressman"], ["congresswoman"], ["senator"], ["representative"])

    def _may_be_announced(self, subj_text: str, verb: str) -> bool:
        """Whether a subject that is no agent may still be an announced plan ("Construction
        will start ..., BP said"): the test `_analyse` makes once it knows the announcer."""
        return bool(subj_text) and verb not in self._causal and subj_text.lower() not in self._non_agent_pron \
            and _head(subj_text).lower() in self._activities

    def _never_agent(self, subj: str, before: str) -> bool:
        """True when `_resolve_subject` is sure to find no actor whatever the document
        says: no subject to elide from, or a phrase headed by a thing ("this bill", "the
        funding"). False whenever the context might decide (pronouns, names)."""
        s = subj.strip()
        if not s:
            return not _ELLIPSIS.search(before)
        if _PRONOUNS.get(s.lower()) and not (len(s) > 1 and s.isupper()):
            return False
        s = _DET_START.sub("", _TICKERS.sub("", s).strip()).strip(" ,")
        if not s:
            return True
        low = s.lower()
        if _PRONOUNS.get(low) and not (len(s) > 1 and s.isupper()):
            return False
        return low in self._non_agent_pron or _head(s).lower() in self._non_agent_nouns

    def _guards_for(self, rule: Rule) -> tuple[
            list[tuple[Rule, int, str, int, Callable[[str], bool] | None]],
            list[Rule], list[Rule]]:
        """The guards that apply to a cue: on its text (with the index of its window in
        (sentence, before, after), its `after_last`, `last_words` and needs test), on its
        subject, and on its speaker."""
        got = self._guard_cache.get(rule.id)
        if got is None:
            apply = [g for g in self._guards
                     if not g.applies_to or rule.mode in g.applies_to or rule.id in g.applies_to]
            where = {"sentence": 0, "before": 1, "after": 2}
            got = self._guard_cache[rule.id] = (
                [(g, where[g.where], g.after_last, g.last_words,
                  None if not g.needs else _has_any_word(*g.needs) if g.needs_words else _has_any(*g.needs))
                 for g in apply if g.where in where],
                [g for g in apply if g.where == "subject"],
                [g for g in apply if g.where == "speaker"],
            )
        return got

    def _modal_verb(self, v: re.Match[str], kind: str) -> tuple[str, str, bool, bool] | tuple[str, str]:
        """Read the verb after a modal: (kind, verb, negated, passive), or (refusal id, words)."""
        negated = bool(v.group("neg") or v.group("neg2"))
        verb = v.group("verb").lower()
        nxt = (v.group("next") or "").lower()
        passive = False
        if verb == "be":
            if nxt.endswith("ing") and nxt not in ("nothing", "something", "everything"):
                verb = nxt
                if _lemma(verb) in self._stative:
                    return "refusal.stative-verb", verb  # "will be missing", "would be benefiting"
            elif nxt == "able":
                # "constituents will be able to compare plans", "Novartis would be able to
                # make savings": what someone can do once something happens, not an undertaking
                return "refusal.stative-be", "be able"
            elif nxt in ("ready", "prepared", "willing"):
                verb = nxt
                kind = "intention"
            elif nxt in self._passive_ok or is_action_participle(nxt, self._stative):  # any verb's, by morphology
                passive = True
            else:
                return "refusal.stative-be", f"be {nxt}"  # "would be difficult", "will be a tragedy", "will be quoted"
        elif verb == "have" and nxt == "to":
            return "refusal.have-to", "have to"  # obligation or prediction ("will have to implement")
        elif (verb in self._stative or f"{verb} {nxt}" in self._stative or _lemma(verb) in self._stative) \
                and f"{verb} {nxt}" not in self._phrasal:  # ("will look into it": an action)
            return "refusal.stative-verb", verb
        elif verb == "help" and (nxt == "to" or nxt in self._causal or nxt in self._stative):
            return "refusal.help-verb", f"help {nxt}"  # "Congress will help ensure ...": an effect
        if verb in self._events:
            if negated:
                return "refusal.negated-event", verb  # "he would not discuss the drug": a refusal, not a plan
            kind = "intention"
        return kind, verb, negated, passive

    def _finding(self, doc: Document, start: int, raw: str, kind: str, actor: "_Actor",
                 speaker: "_Actor | None", rule: Rule, score: float, action: str, negated: bool) -> Finding:
        amounts = find_amounts(action)
        deadline = find_deadline(action, doc.date)
        said_on = resolve_said_on(raw, doc.date) if doc.date else None
        target = None
        for mnt in self.gaz.find(action):
            if mnt.actor.name != actor.name and mnt.actor.name not in actor.actors:
                target = mnt.actor.name
                break
        amount = amounts[0] if amounts else None
        testable, testable_reason = judge_testable(action, amount.text if amount else None,
                                                   deadline.text if deadline else None)
        return Finding(
            doc_id=doc.doc_id,
            start=start,
            end=start + len(raw),
            sentence=raw,
            kind=kind,  # type: ignore[arg-type]
            actor=actor.name or None,
            rule=rule.id,
            confidence=score,
            actor_type=actor.type,
            actors=actor.actors,
            actor_aliases=actor.aliases,
            affiliations=actor.affiliations,
            speaker=speaker.name if speaker else None,
            action=action[:300],
            target=target,
            amount=amount.text if amount else None,
            amount_value=amount.value if amount else None,
            unit=amount.unit if amount else None,
            deadline=deadline.text if deadline else None,
            deadline_date=deadline.date if deadline else None,
            said_on=said_on or (doc.date.isoformat() if isinstance(doc.date, date) else None),
            negated=negated,
            testable=testable,
            testable_reason=testable_reason,
        )

    # ---- resolution ---------------------------------------------------------------------
    def _from_info(self, info: ActorInfo, named: bool = True) -> _Actor:
        return _Actor(info.name, info.type, list(info.aliases)[:8], [info.parent] if info.parent else [], [info.name], named,
                      "a known actor")

    def _from_person(self, p: Person) -> _Actor:
        aff = [p.affiliation.name] if p.affiliation else []
        surname = p.name.split()[-1]
        aliases = [surname] if surname != p.name else []
        return _Actor(p.name, "person", aliases, aff, [p.name], True, "a person named in the document")

    def _resolve_subject(self, ctx: DocContext, subj: str, before: str, frame_who: str | None,
                         speaker: _Actor | None, quote: Quote | None, pos: int, initial: bool,
                         mode: str = "modal") -> _Actor | None:
        """The bound actor for a subject phrase, or None when it cannot bind itself."""
        s = subj.strip()
        low = s.lower()
        if not s:
            if not _ELLIPSIS.search(before):
                return None
            prev = _elided_subject(before, self._g)
            return self._resolve_subject(ctx, prev, "", frame_who, speaker, quote, pos, False, mode) if prev else None
        pron = _PRONOUNS.get(low) if not (len(s) > 1 and s.isupper()) else None  # "US" is not "us"
        if pron == "first":
            # "we"/"I" in a quote: its speaker; outside quotes: the reported speaker, or the
            # document's author (a press release's "I").
            who = None
            if quote is not None and quote.speaker:
                who = self._resolve_np(ctx, quote.speaker, quote.speaker_pos, None, False)
                if who is not None:
                    who.how = f"first person: the speaker of the quote ({who.how})"
            if who is None and speaker is not None:
                who = replace(speaker, how="first person: the reported speaker")
            if who is None and ctx.author:
                p = ctx.person(ctx.author)
                who = self._from_person(p) if p else _Actor(ctx.author, "person", [], [], [ctx.author], True)
                who.how = "first person: the document's author"
            if who is None:
                # "We will cut income tax" in a manifesto given without its author: a
                # commitment whose actor the reader must supply (actor left empty)
                return _Actor("", None, [], [], [], False, "first person, no speaker or author known")
            authors = bool(ctx.author) and who.name.split()[-1:] == ctx.author.split()[-1:]
            # (a member's own release: "we" is the member's office or delegation as often as
            # the party; the member is bound, as the reader of the release would)
            if low in ("we", "us") and who.type == "person" and who.affiliations and not authors:
                aff = who.affiliations[0]
                info = self.gaz.get(aff) or self.gaz.lookup(aff)
                # "we" is the speaker's side; the speaker stays the speaker, not an alias of it
                side = self._from_info(info) if info else _Actor(aff, "organisation", [], [], [aff], True)
                side.how = f"first person plural: the side of {who.name}"
                return side
            return who if who.how.startswith("first") else replace(who, how=f"first person: {who.how}")
        if pron in ("third", "plural", "it") and speaker is not None and frame_who:
            # "Lecornu said he would", "The company said it will"
            if pron == "third" and speaker.type == "person" or pron in ("it", "plural") and speaker.type != "person":
                return replace(speaker, how="a pronoun for the speaker of the frame")
            if pron == "it":
                return None
        if pron == "it":
            # "It had agreed to loan ...": a firm or body; "It will display ..." is not bound
            # ("which it will start using": the firm, in a relative clause)
            return self._last_org(ctx, pos) if mode != "modal" or _AFTER_RELATIVE.search(before) else None
        return self._resolve_np(ctx, s, pos, speaker, initial)

    def _in_context(self, ctx: DocContext, info: ActorInfo, alts: list[ActorInfo]) -> _Actor:
        """An ambiguous name ("Congress") read in its document: the reading whose country
        the document is most about (its author, source and title count three times each
        mention of a country in its text); the usual reading on a tie."""
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
            return _Actor(org, "organisation", [], [], [org], True, "the firm or body last seen acting")
        info = ctx.last_actor(pos, ("government", "party", "organisation", "company", "country"))
        if info is None:
            return None
        main = self._from_info(info)
        main.how = "the last government, party or organisation named"
        return main

    def _last_org(self, ctx: DocContext, pos: int) -> _Actor | None:
        org = ctx.main_firm(pos)
        return _Actor(org, "organisation", [], [], [org], True, "the firm or body last seen acting") if org else None

    def _resolve_np(self, ctx: DocContext, s: str, pos: int, speaker: _Actor | None,
                    initial: bool) -> _Actor | None:
        s = _TICKERS.sub("", s)  # "Toshiba Corp <TSBA.T>"
        indefinite = bool(re.match(r"(?:a|an)\s", s.strip(), flags=re.I))
        stripped = _DET_START.sub("", s.strip()).strip(" ,")
        if stripped != s.strip(" ,"):
            initial = False  # "The Government": capitalised by style, not by its place
        s = stripped
        if not s:
            return None
        low = s.lower()
        pron = _PRONOUNS.get(low) if not (len(s) > 1 and s.isupper()) else None  # "US" is not "us"
        if pron == "third":
            name = ctx.last_person(pos)
            p = ctx.person(name) if name else None
            if p is None:
                return None
            he = self._from_person(p)
            he.how = "a pronoun for the last person named"
            return he
        if pron == "plural":
            # "they": a party, body or country named just before (a sentence or two back);
            # further away it is more often films, players or voters than an actor
            info = ctx.last_actor(pos, ("party", "country", "organisation", "government", "company"), within=300,
                                  acting=True)
            if info is None:
                return None
            they = self._from_info(info)
            they.how = "'they': the party, body or country named just before"
            return they
        if pron == "first" and ctx.author:
            return _Actor(ctx.author, "person", [], [], [ctx.author], True, "first person: the document's author")
        if pron == "it":
            return self._last_org(ctx, pos) if speaker is None and not initial else None
        if pron or low in self._non_agent_pron:
            return None
        head = _head(s)
        hl = head.lower()
        if hl in self._non_agent_nouns:
            return None  # "the measures", "Newhouse's amendment", "the Hunting Act"
        first = low.split()[0]
        if first.endswith("ing") and first not in ("king", "viking") and (first in _COMMON or "-" in first):
            return None  # a gerund: "Buying MCI would give ..."
        if (first in _QUANTIFIERS or first == "both") and low.split()[1:2] == ["of"]:
            return None  # "Both of these taxes", "All of the proceeds": what the "of" names
        if first in _QUANTIFIERS and " " in s and not self.gaz.lookup(s):
            return None  # "All North Carolinians who ...", "Many Republicans": no one in particular
        has_upper = any(c.isupper() for c in s)
        # coordination of actors: "France and Ukraine"
        if " and " in s and has_upper and not self.gaz.lookup(s):
            parts = [p for p in re.split(r"\s*,\s*|\s+and\s+", s) if p]
            resolved = [self._resolve_np(ctx, p, pos, speaker, False) for p in parts]
            # each part must be someone known ("France and Ukraine"), not just capitalised
            # words ("the Energy and Commerce Committee")
            if len(parts) > 1 and all(r is not None and r.named and r.type for r in resolved):
                first = resolved[0]
                assert first is not None
                names = [r.name for r in resolved if r]
                return _Actor(first.name, first.type, first.aliases, first.affiliations, names, True,
                              "a coordination of known actors")
        if has_upper:
            info = self.gaz.lookup(s)
            if info is not None:
                alts = self.gaz.readings(s)
                if alts:
                    return self._in_context(ctx, info, alts)
                return self._from_info(info)
            p = ctx.person(s)
            if p is None:
                tail = _NAME_TAIL.search(s)  # "Wales coach Mike Ruddock" -> "Mike Ruddock"
                p = ctx.person(tail.group()) if tail and tail.start() > 0 else None
            if p is not None:
                return self._from_person(p)
        if _PAIR_NP.match(s):
            pair = _last_pair(ctx, pos, s.split()[-1].lower())
            return _Actor(pair[0], None, [], [], pair, True, "the two actors named last") if pair else None
        role = _ROLE_NP.match(s)
        if role:
            r = role.group("role").lower()
            full = ctx.person_by_role(r, pos) if not r.startswith("spokes") else None
            person = ctx.person(full) if full else None
            if person is not None:
                holder = self._from_person(person)
                holder.how = f"the person named as {r}"
                return holder
            if r.startswith("spokes"):
                # "a spokesman said": the voice of the body the story is about
                return self._main_actor(ctx, pos)
            if ctx.author and r in ("congressman", "congresswoman", "senator") and s.lower() == r:
                # "The Congressman will also meet ..." in a member's own release: its author
                return _Actor(ctx.author, "person", [], [], [ctx.author], True, f"'the {r}': the document's author")
            return _Actor(s, "person", [], [], [s], False, "a role, its holder not named")
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
        name = " ".join(_core(s).split())  # "The Board of Irrigation Users which runs ..." -> the name
        org = _match_org(ctx, name)
        if org == name and _PERSON_LIKE.match(name):
            # "Claire Dumont said": seen acting, with no org word, a person as likely as a firm
            return _Actor(name, None, [], [], [name], True, "a name seen acting: a person or a firm")
        if org:
            return _Actor(org, "company", [], [], [org], True, "a firm named in the document")
        # A proper name we do not know: a firm or body named in the text.
        return _Actor(name, None, [], [], [name], True, "an unknown proper name")

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
        kind = "party" if hl == "parties" else "organisation"
        name = " ".join(words)
        return _Actor(name, kind, [], [], [name], True, "a group named by what its members share")

    def _common_np(self, ctx: DocContext, s: str, hl: str, pos: int, indefinite: bool = False,
                   initial: bool = False) -> _Actor | None:
        """'the company', 'the government', 'the party': the one named before; other
        agent nouns left unnamed are too vague to bind anyone ("commercial banks")."""
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
        if indefinite and hl in _FIRM_NOUNS and " " in s and not _HYPOTHETICAL.search(s):
            return _Actor(s, "company", [], [], [s], True, "an unnamed firm")  # "An unnamed Norwegian firm agreed ..."
        if hl in _ORG_NOUNS and not indefinite:
            owner = _OWNED.match(s)
            name = re.sub(r"['’]s?$", "", owner.group(1).strip()) if owner else ""
            if name and name.split()[0].lower() not in _NOT_OWNERS and not any(
                    m.form == "adjective" for m in self.gaz.find(name)) and "-" not in name:
                # "the Google team", "Manchester United's board": the body named before the noun
                return self._resolve_np(ctx, name, pos, None, False)
        if hl in _ORG_NOUNS:
            # "the bank" is the last body named with "Bank" in its name, else the firm acting
            org = _last_org_named(ctx, hl, pos) or ctx.main_firm(pos)
            if org:
                kind = "company" if hl in ("company", "firm", "carrier", "airline", "group", "bank") else "organisation"
                return _Actor(org, kind, [], [], [org], True, f"'the {hl}': the one named before")
            return None
        if hl in _GOV_NOUNS:
            adj = self.gaz.lookup(s)
            if adj is not None:
                return self._from_info(adj)
            info = ctx.last_actor(pos, ("country",))
            if info is not None:
                a = self._from_info(info)
                a.aliases = [f"{info.name} government", *a.aliases]
                a.how = "'the government': of the last country named"
                return a
            return _Actor("government", "government", [], [], ["government"], False, "'the government', no country named")
        group = self._group(s, hl, initial)  # (a sentence's first word is capitalised by its place)
        if group is not None:
            return group
        if hl == "party":
            info = ctx.last_actor(pos, ("party",))
            if info is None:
                return None
            party = self._from_info(info)
            party.how = "'the party': the last party named"
            return party
        return None


# ---- helpers on text ----------------------------------------------------------------------
def _speaker_free(subj: str) -> bool:
    """Whether `Extractor._resolve_subject` reads this subject without its speaker: a noun
    phrase that is not (and holds no) pronoun "it" and is no pronoun itself."""
    s = subj.strip()
    if not s or _PRONOUNS.get(s.lower()) and not (len(s) > 1 and s.isupper()):
        return False
    return "it" not in re.split(r"[\s,]+", s.lower())


def _first_verb(after: str) -> str:
    """The verb after an intention or commissive cue ("want to [also] thank" -> "thank")."""
    m = _VERB_AFTER.match(after)
    return m.group("verb").lower() if m else ""


def _raw_offset(raw: str, norm: str, i: int) -> int:
    """Map an index in the folded sentence back to the raw one (approximate is fine)."""
    if len(raw) == len(norm):
        return i
    return min(len(raw) - 1, int(i * len(raw) / max(1, len(norm))))


def _subject(before: str, g: _Grammar) -> tuple[str, str | None, str | None, str | None]:
    """The subject phrase right before the cue, the reporting frame and a parenthetical speaker.

    Returns (subject, frame speaker, frame verb, parenthetical speaker). An empty subject
    means the cue continues a clause ("..., and would strive"): see `_elided_subject`.
    A subject of "which"/"that" means a relative clause: its antecedent is returned.
    """
    text = _DEGREE_END.sub("", before.rstrip())  # "Michael C. Burgess, M.D. (TX-26)": the name
    ap = _NAME_APPOSITIVE.match(text)
    if ap:
        text = ap.group("name")  # "Paul Boateng, Chief Secretary to the Treasury, is to": the name
    paren_who = None
    for _ in range(4):
        new = _strip_adverb_tail(text).rstrip()
        # (the parenthetical patterns all end in a comma)
        pm = g.paren_attrib.search(new) if new.endswith(",") else None
        if pm:
            paren_who = pm.group("who")
            new = new[: pm.start()].rstrip()
        elif new.endswith(","):
            po = _PAREN_OTHER.search(new) or _PAREN_RELATIVE.search(new)
            if po and po.start() > 0:
                new = new[: po.start()].rstrip()
        if new.endswith(")"):
            new = _PAREN_END.sub("", new).rstrip()  # "Scottish and Newcastle (S&N)"
        if new == text:
            break
        text = new
    tokens = _tail_tokens(text)
    n = len(tokens)
    i = n
    relative = False
    while i > 0:
        tok = tokens[i - 1].group()
        low = tok.lower()
        if tok in ",;:()[]—–-!?" or tok == ".":
            break
        if low in _PRONOUNS or low in ("who", "which", "that") and i == n:
            if i == n:
                i -= 1
                relative = low in ("who", "which", "that")
            break
        if low in _BOUNDARY_WORDS and not _np_internal(tokens, i - 1):
            break
        i -= 1
        if n - i >= 9:
            break
        if tok[:1].isupper() and i > 0 and tokens[n - 1].group()[:1].isupper():
            prev = tokens[i - 1].group()
            if (prev.isalpha() and prev.islower() and prev not in _DETERMINERS and prev not in _NP_INNER
                    and prev not in _PP_WORDS and prev not in _ADJ_OK and prev not in _BOUNDARY_WORDS
                    and prev not in ("as", "including", "like", "such")):
                # "the economic benefits San Antonio will reap", "giant Johnson & Johnson":
                # a common noun before a name ends the name's phrase
                break
        if low in _DETERMINERS and i > 0:
            prev = tokens[i - 1].group()
            if prev.isalpha() and prev.islower() and prev not in _PP_WORDS and prev not in ("as", "including", "and", "or", "like"):
                break  # "would not invade the money Britain ...": a verb takes the NP as object
    subj_start = tokens[i].start() if i < n else len(text)
    subj = text[subj_start:].strip()
    if "'" in subj or "’" in subj:
        subj = _CONTRACTION.sub("", subj)  # "I'm looking" -> "I"
    rest = text[:subj_start]
    if relative:
        # "legislation that would lift ...", "Falk, who will remain ...": the antecedent
        inner, _, _, _ = _subject(rest.rstrip().rstrip(","), g)
        return inner if subj.lower() != "that" or inner else "", None, None, paren_who
    # an appositive: "The UK's biggest brewer, Scottish and Newcastle, is to buy"
    if not subj and rest.rstrip().endswith(","):
        # (a match starts at the comma before the last one, or at the start)
        inner = _APPOS_SUBJECT.match(rest, max(0, rest.rstrip()[:-1].rfind(",")))
        lead = re.match(r"\s*((?:[A-Z][\w.'’&\-]*\s+){0,4}[A-Z][\w'’&\-]*)\b[^,;]*,\s*$", rest)
        if inner:
            subj = _strip_function_words(inner.group(1))
            rest = rest[: inner.start(1)]
        elif lead:
            subj = lead.group(1).strip()  # "Sen. David Boren (D-Okla.) chairman of ..., pledged"
            rest = ""
    # "X, the Manchester Central MP, has pledged": the name, not its description
    if subj[:4].lower() in ("the ", "a ", "an ") and rest.rstrip().endswith(","):
        name = _NAME_TAIL.search(rest.rstrip()[:-1].rstrip())
        if name and len(name.group().split()) >= 2 and name.group().split()[0].lower() not in _BOUNDARY_WORDS:
            subj, rest = name.group(), rest[: name.start()]
    frame_who = frame_verb = None
    # "Turkey, which occupies northern Cyprus, had insisted it would ...": Turkey speaks
    framed = _RELATIVE_ANYWHERE.sub("", rest.rstrip()) if "wh" in rest else rest.rstrip()
    fa = _frame_appos(framed, g)
    fm = _frame_search(framed, g)
    if fa:
        frame_verb, frame_who = "said", fa.group("who")
    elif fm:
        frame_verb = fm.group("verb").lower()
        frame_who = _last_np(fm.group("who"))  # ("Ernst (R-IA) today announced")
        if fm.group("who").split()[-1].lower() in ("and", "but"):
            # (a noun phrase before "and promised" is the object of the first verb, not who
            # promised: "Mr Clarke said prosecutions were the first preference and promised")
            # "The airline did not quantify ... but said it would": the sentence's subject
            verb = g.first_verb.search(framed)
            frame_who = _subject(framed[: verb.start()], g)[0] or None if verb and verb.start() < fm.start("verb") else None
    return subj, frame_who, frame_verb, paren_who


_APPOS_SUBJECT = re.compile(r"(?:^|,)\s*([A-Z][^,]{1,60})\s*,\s*$")
_TAIL_CHARS = 200  # holds the last 12 tokens of most clauses


def _tail_tokens(text: str) -> list[re.Match[str]]:
    """The tokens `_subject` reads: it looks at most 10 tokens back from the end, so the
    tokens of a tail that starts at a space and holds at least 12 are enough (a token
    never spans white space, so they are the whole text's last tokens)."""
    if len(text) > _TAIL_CHARS:
        at = text.rfind(" ", 0, len(text) - _TAIL_CHARS)
        if at > 0:
            tokens = list(_TOKEN.finditer(text, at))
            if len(tokens) >= 12:
                return tokens
    return list(_TOKEN.finditer(text))


def _frame_appos(text: str, g: _Grammar) -> re.Match[str] | None:
    """`g.frame_appos.search(text)`: its match ends with a reporting verb and at most ~45
    characters after it, so on single-spaced text without one near the end it has none."""
    if not _ODD_SPACE.search(text) and not g.post_verb.search(text, max(0, len(text) - g.frame_tail)):
        return None
    return g.frame_appos.search(text)


# ---- end-anchored patterns, searched near the end ---------------------------------------
# `_ADVERB_TAIL` and `_FRAME` end in "$", but `search` tries them from every position of a
# long clause, with backtracking (~200 µs a call). Their matches lie near the end, so we
# try them only there. Both shortcuts need the folded text the cues see, whose only white
# space is single spaces (then each piece of a match has a bounded length); on any other
# text the plain search runs.
_ODD_SPACE = re.compile(r"[^\S ]|  ")
_ADVERB_UNIT = 32  # > the longest "adverb, " unit of _ADVERB_TAIL (13 letters + space, comma)


# Every match of `_ADVERB_TAIL` ends with one of its words, then "\s*,?\s*": so a text not
# ending so (lowered) has none, and most clauses are settled with one `endswith`. The
# words are the letter runs of the pattern (a superset of its last words is enough),
# derived from it, so an edit of the pattern carries its test along.
_ADVERB_LAST_WORDS: tuple[str, ...] = tuple(
    sorted(set(re.findall(r"[a-z]+", re.sub(r"\\.", " ", _ADVERB_TAIL.pattern))))
)


def _may_end_in_adverb(text: str) -> bool:
    """False when `_ADVERB_TAIL` cannot match `text` (see `_ADVERB_LAST_WORDS`)."""
    t = text.rstrip()
    if t.endswith(","):
        t = t[:-1].rstrip()
    tail = _lowered(t[-16:])  # > the longest word
    return tail is None or tail.endswith(_ADVERB_LAST_WORDS)


def _strip_adverb_tail(text: str) -> str:
    """`_ADVERB_TAIL.sub("", text)`. If the leftmost match starts before `lo`, a match also
    starts at one of its unit boundaries, in [lo, lo + _ADVERB_UNIT): so a match found
    further right is the leftmost one."""
    if not _may_end_in_adverb(text):
        return text
    lo = len(text) - 4 * _ADVERB_UNIT
    if lo > 0 and not _ODD_SPACE.search(text):
        m = _ADVERB_TAIL.search(text, lo)
        if m is None:
            return text
        if m.start() >= lo + _ADVERB_UNIT and m.end() == len(text):
            return text[: m.start()]
    return _ADVERB_TAIL.sub("", text)


_FRAME_AUX = frozenset("has have had also later earlier previously again further separately then today yesterday".split())
_FRAME_WORD_START = re.compile(r"(?<![\w'’&.\-])[\w'’&.\-]")


def _back_word(text: str, i: int) -> int:
    """Start of the space-separated word ending before `i` (single spaces)."""
    return text.rfind(" ", 0, max(0, i - 1)) + 1


def _frame_search(text: str, g: _Grammar) -> re.Match[str] | None:
    """`g.frame.search(text)`. A match ends with a reporting verb near the end, after at most
    7 words of `who` and a run of "has/also/today ..." words; its leftmost start is where
    a word starts (a match from inside a word also holds from the word's start). So we try
    `g.frame` only at word starts in that window before each verb near the end."""
    if _ODD_SPACE.search(text):
        return g.frame.search(text)
    starts: set[int] = set()
    for v in g.frame_verb.finditer(text, max(0, len(text) - g.frame_tail)):
        i = v.start()
        while i > 0 and text[_back_word(text, i) : i - 1] in _FRAME_AUX:
            i = _back_word(text, i)
        lo = i
        for _ in range(8):  # the `who` words, the first maybe cut by a comma
            lo = _back_word(text, lo) if lo > 0 else 0
        starts.update(m.start() for m in _FRAME_WORD_START.finditer(text, lo, v.start()))
    for s in sorted(starts):
        m = g.frame.match(text, s)
        if m is not None:
            return m
    return None


_RELATIVE_ANYWHERE = re.compile(r",\s*(?:which|who|whose)\b(?:[^,]|,(?=\d{3}))*,")  # "15,000" holds no clause end
_PAREN_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b(?:[^,]|,(?=\d{3}))*(?:,[^,]*){0,2},\s*$")
_PP_WORDS = frozenset("of in at from for on with under over about between among against into across by".split())
_CONTRACTION = re.compile(r"(?i)(?<=^i)['’]m$|['’](?:re|ve|d)$|(?<=^he|^it)['’]s$|(?<=^she)['’]s$")
_PREP_IN_NAME = frozenset("of on for de la le du von van and &".split())
_LIST_WORDS = frozenset("such as including like".split())
_AUX = re.compile(r"\b(?:will|would|shall|is|are|was|were|has|have|had|said|says|do|does|did|can|must|hopes|plans|wants)\b")
_ELLIPSIS = re.compile(r"(?:\band|\bbut|\bor|\bthen)\s*$")


def _strip_function_words(np: str) -> str:
    """'For Metlife' -> 'Metlife': leading prepositions and conjunctions are not the name."""
    words = np.split()
    while words and words[0].lower() in _BOUNDARY_WORDS:
        words.pop(0)
    return " ".join(words)


def _np_internal(tokens: list[re.Match[str]], i: int) -> bool:
    """A boundary-looking word inside a noun phrase: 'Bank of England', 'France and
    Ukraine', 'Subcommittee on Health', 'countries such as Spain'."""
    low = tokens[i].group().lower()
    prev = tokens[i - 1].group() if i > 0 else ""
    nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
    if low in _PREP_IN_NAME and prev[:1].isupper() and nxt[:1].isupper():
        return True
    if low in _PP_WORDS and prev.isalpha() and prev.lower() not in _BOUNDARY_WORDS and not prev.endswith("ed"):
        return True  # a prepositional phrase after its noun: "Our goal at the Chamber", "Sales in Europe"
    if low == "as" and prev.lower() == "such":
        return True
    if low in ("including",) and nxt[:1].isupper():
        return True
    return False


def _elided_subject(before: str, g: _Grammar) -> str | None:
    """'He said he was proud ..., and would strive': the subject of the clause before."""
    ms = list(_AUX.finditer(before))
    for m in reversed(ms):
        subj, frame_who, _, _ = _subject(before[: m.start()], g)
        if subj:
            return subj
    return None


def _last_np(text: str) -> str:
    """The noun phrase that ends `text` ("State-owned Rosneft now owns Yugansk and Russia"
    -> "Russia"): read leftwards like a subject, stopping at verbs and clause words."""
    toks = text.split()
    out: list[str] = []
    for t in reversed(toks):
        low = t.lower()
        if low in _BOUNDARY_WORDS and low not in _NP_INNER and not (out and low == "and" and out[-1][:1].isupper()):
            break
        if out and t[:1].islower() and low not in _DETERMINERS and low not in _NP_INNER and out[-1][:1].isupper() and low not in _ADJ_OK:
            break  # a lower-case word before a name is a verb or clause word, not part of it
        out.append(t)
    while out and out[-1].lower() == "and":
        out.pop()
    words = list(reversed(out))
    # "Tanzania Mr Brown": a courtesy title starts the name
    for i in range(len(words) - 1, 0, -1):
        if words[i].rstrip(".") in _COURTESY:
            return " ".join(words[i:])
    return " ".join(words)


_COURTESY = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady".split())


# lower-case words that may precede a name inside the phrase ("state-owned Rosneft" aside)
_QUANTIFIERS = frozenset("all many some most several few each every any other no".split())
_ADJ_OK = frozenset("former new acting interim senior deputy chief vice".split())


# "said Rep. Sinema", "said Richard E. Neal": the dots of titles and initials are not ends
_ABBREV_DOT = re.compile(r"\b(Rep|Reps|Sen|Mr|Mrs|Ms|Dr|Gov|St|Jr|Sr|Lt|Gen|Col|Capt|Prof|[A-Z])\.(?=\s+[A-Z])")
_PARENS = re.compile(r"\s*\([^()]*\)")


_NAME_BEFORE_COMMA = re.compile(r",\s*((?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]+)\s*,$")


def _post_speaker(after: str, g: _Grammar) -> str | None:
    if "," not in after or not g.post_verb.search(after):
        return None  # (a match holds a comma and one of these verbs)
    text = _ABBREV_DOT.sub(r"\1", after)
    m = g.post_attrib.search(text)
    if not m:
        return None
    who = _PARENS.sub("", m.group("a") or m.group("b") or "").strip()
    if m.group("b") and who[:1].islower():
        # "..., Ana Petrescu, chairman of Voltaria, told reporters": the name before the
        # description speaks
        name = _NAME_BEFORE_COMMA.search(text, 0, m.start() + 1)
        if name:
            who = name.group(1)
    if len(who.split()) > 8:
        return None
    return who or None


def _lemma(verb: str) -> str:
    """A rough base form for an -ing verb: 'receiving' -> 'receive', 'getting' -> 'get'."""
    if not verb.endswith("ing") or len(verb) < 6:
        return verb
    stem = verb[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        return stem[:-1]
    return stem + "e" if stem[-1] not in "aeiouy" and (stem + "e") in _E_VERBS else stem


_E_VERBS = frozenset("receive have make take give become lose leave come believe hope like prove face cause involve seem".split())


def _core(np: str) -> str:
    """A noun phrase without its prepositional phrase, relative clause or list: 'Cash
    proceeds from both sales' -> 'Cash proceeds'. 'of' between capitalised words is part
    of a name ('Bank of England')."""
    for m in _PP.finditer(np):
        if m.group(1) in ("of", "for", "on") and np[m.end() : m.end() + 1].isupper():
            before = np[: m.start()].split()
            if before and before[-1][:1].isupper():
                continue
        return np[: m.start()]
    return np


_NAME_TAIL = re.compile(r"(?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+$")
_PP = re.compile(r"\s+(of|from|on|for|in|at|with|by|under|over|about|to|who|which|that|such as|including|like)\s+")


def _head(np: str) -> str:
    """Head word of a noun phrase: the last word before any prepositional phrase."""
    words = _core(np).split()
    if not words:
        return ""
    return re.sub(r"['’]s$", "", words[-1])


def _same_side(ex: Extractor, speaker: _Actor, actor: _Actor) -> bool:
    """In "X said Y would ...", is Y X itself or X's own side (Lecornu -> France)?"""
    own = {speaker.name, *speaker.actors, *speaker.aliases}
    if speaker.type == "person":
        own.update(speaker.affiliations)
        for aff in speaker.affiliations:
            info = ex.gaz.get(aff)
            if info is not None and info.parent:
                own.add(info.parent)  # a minister of the Home Office speaks for the UK
    if own & {actor.name, *actor.actors, *actor.aliases}:
        return True
    info = ex.gaz.get(actor.name)
    if info is not None and info.parent in own:
        return True  # the country speaking of its own ministry
    if speaker.type == "person" and actor.type != "country" and _head(actor.name).lower() in _GOV_NOUNS:
        return True  # "Lamont said the Treasury would": a government body of the speaker's own
    mine = ex.gaz.get(speaker.name) or ex.gaz.lookup(speaker.name)
    if mine is not None and mine.parent in {actor.name, *actor.actors}:
        return True  # the Home Office speaking for the United Kingdom
    if speaker.type == "person" and all(ex.gaz.get(a) is None for a in speaker.affiliations) or (
            speaker.type is None and _PERSON_LIKE.match(speaker.name)):
        # an official of no known side (or a name that may be one) speaking of a country,
        # a body or a firm: benefit of doubt
        return actor.type in ("country", "government", "organisation", "company", "party", None)
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
    types = ("country", "government") if noun in ("countries", "nations", "governments") else None
    for p, info in reversed(ctx.actor_mentions):
        if p < pos and info.name not in names and (types is None or info.type in types):
            names.append(info.name)
        if len(names) == 2:
            return list(reversed(names))
    return None


_TICKERS = re.compile(r"\s*<[^<>]{1,15}>")
_OWNED = re.compile(r"^(?:the\s+)?((?:[A-Z][\w&.'’\-]*\s+){1,3})(?:team|board|management|staff|group)$")
_NOT_OWNERS = _DETERMINERS | _QUANTIFIERS | {"another", "other", "new", "former", "joint", "whole"}
_AFTER_RELATIVE = re.compile(r"\bwhich\s+it\s*$")  # ("that it" is most often "said that it")
# "officials at the Japanese transport ministry", "a spokesman for the French foreign ministry"
_SIDE_OF = re.compile(
    r"^(?:\w+\s+){0,2}?(?:officials?|spokes(?:man|woman|person)|sources?|diplomats?|aides?)\s+(?:at|of|from|for|in)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w\-]*\s+(?:[\w\-]+\s+){0,3}(?:ministry|department|government|embassy|office|"
    r"treasury|cabinet|administration|agency))$")
# two or three title-case words (no all-caps, no digits): what a personal name looks like
_PERSON_LIKE = re.compile(r"^[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){1,2}$")
# "We will:", "Labour pledges to:", "The party is committed to:" ending a heading line
_LIST_HEAD = re.compile(
    r"(?:^|\s)(?P<cue>will|shall|pledges?|promises?|vows?|(?:is|are|remain)\s+committed|commits?|plans?|"
    r"intends?|aims?|(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:pledges|promises|commitments)(?:\s+(?:to|for)\s+[\w\s-]{1,40})?)"
    r"(?:\s+to)?\s*:$",
    re.I,
)
_BULLET_LEAD = re.compile(r"[ \t]*(?:[-*•·–—]|\d{1,2}[.)])[ \t]*")
# "An unnamed Norwegian firm agreed ...": a new firm; "a potential buyer" is no one yet
_FIRM_NOUNS = frozenset(
    "firm company group bank consortium maker manufacturer producer utility airline carrier retailer brewer lender insurer".split()
)
# plural heads of a group of actors ("the G7 countries", "opposition parties")
_GROUP_HEADS = frozenset(
    "countries nations governments states parties allies members donors creditors lenders unions leaders "
    "ministers".split())
_HYPOTHETICAL = re.compile(r"\b(?:potential|possible|prospective|hypothetical|future|any|another)\b", re.I)
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
_INNER_CAP = re.compile(r"^[a-z]{1,4}[A-Z][\w\-]*$")  # a brand written in camel case: "eBay", "iRobot", "easyJet"


def _last_org_named(ctx: DocContext, noun: str, pos: int) -> str | None:
    """The last firm or body before `pos` whose name holds `noun` ("Reserve Bank", "Auto Workers Union")."""
    i = bisect.bisect_left(ctx.org_mentions, (pos, ""))
    for _, org in reversed(ctx.org_mentions[max(0, i - 50) : i]):
        if noun in org.lower().split():
            return org
    return None


def _match_org(ctx: DocContext, s: str) -> str | None:
    """The full name of a firm named in the document: 'Chrysler' -> 'Chrysler Corp' (only a
    legal suffix is added: 'Sky' does not become 'Sky Plus'); the first one named wins."""
    return ctx.org_named(s)
