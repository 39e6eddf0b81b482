"""The extraction pipeline: applies the rules (data/rules.toml) to a document.

sentences -> cues -> guards -> the clause read -> who is bound -> readings -> finding.
For each sentence that holds a cue (a commissive verb, a modal, an intention verb) the
`Extractor` reads the clause around the cue the way a careful reader would:

1. guards refuse look-alikes (questions, possibility, forecasts, calls on others ...),
   keep some as intentions, and make second-hand reports claims ("according to the FT,
   X will ...": outcome "reported", `_reported`; `extract_all` gives them);
2. the subject of the cue, the reporting frame and the speaker are read (clause.py);
3. the subject is resolved to an actor with the document's context: people and their
   affiliations, the firm named before, who is quoted (resolve.py, context.py);
4. the subject must be able to bind itself (a person, body, firm, country), and after
   a modal the verb must be an action, not a state ("would be", "will mean"); when it
   cannot, a reading may bind someone else (readings.py: the announcer of a passive ...);
5. in reported speech ("X said Y would ...") Y must be X or X's own side;
6. the finding gets its kind, actor, speaker, action, amount, deadline and a
   confidence built from the rule's score and its named adjustments.

Every refusal has an id ([[refusal]] in rules.toml); with a `Tracer` (explain.py) each
step is recorded. prefilter.py holds the speed shortcuts (cue and guard `needs`).
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import replace
import re
from operator import attrgetter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from datetime import date
from pathlib import Path

from tracker.extract import rules as rules_mod
from tracker.extract.claims import ClaimReader, load_claims
from tracker.extract.context import DocContext
from tracker.extract.gazetteer import Gazetteer, default_gazetteer, load_actors_file, strip_accents, trie_pattern
from tracker.extract.model import ActorInfo, Claim, Document, Finding
from tracker.extract.quantities import find_amounts, find_deadline, said_on_phrase
from tracker.extract.rules import Rule, RuleError, RuleSet
from tracker.extract.sentences import Span, split, split_around
from tracker.extract.casing import FOLD as _FOLD, doc_in_case, reading_form
from tracker.extract.literal import _boundary, _is_word, folded_starts
from tracker.extract.marks import marks_view, restore
from tracker.extract.morphology import base_forms, is_action_participle, passive_refusal
from tracker.extract.party_subset import counted_before
from tracker.extract.readings_authored import plain_list_line
from tracker.extract.readings_authored import NOT_DECIDING, OWNED_CUES, announced_there, authored_be_subject, authored_reading, author_is_body, possessor_subject
from tracker.extract.testable import judge as judge_testable
from tracker.extract.leads import _pattern_leads, scan_bodies, start_reach, starts_near
from tracker.extract.plaintext import _low_gate, _low_twin, _plain, _twin
from tracker.extract.prefilter import _GuardNeeds, _NeedIndex, _lowered, _tail_start, cue_branches, sentence_masks
from tracker.extract.clause import (
    _INSERTED,
    _PARENS,
    _PRONOUNS,
    _VERB_AFTER,
    _elided_clause,
    _elided_subject,
    _first_verb,
    _grammar,
    _head,
    _lemma,
    _post_speaker,
    _raw_offset,
    _speaker_free,
    _subject,
    frame_description,
    name_description,
    subject_read,
)
from tracker.extract.resolve import (
    centre_party,
    Resolver,
    is_body_noun_phrase,
    place_apposed,
    _AFTER_RELATIVE,
    _Actor,
    _DET_START,
    _ELLIPSIS,
    _RELATIVE_CONJUNCT,
    _TICKERS,
    _named_subject,
    _out_of_office,
    _same_side,
    type_of_name,
)
from tracker.extract.readings import _Clause, _READINGS, reading

if TYPE_CHECKING:  # (explain.py, with its trace dataclasses, is imported only to explain)
    from tracker.extract.explain import Tracer


__all__ = ["ActorInfo", "Extractor", "Rule", "RuleError"]

# a sentence as the cues read it: quote marks and runs of white space made single spaces
# (only runs other than one plain space are replaced: most of a sentence's spaces stay)
# people who speak for a body named after them: "officials at the transport ministry",
# "a spokesman for Acme" (the body is the speaker)
_VOICE_OF = re.compile(
    r"^(?:(?:an?|two|three|several|some|senior|top|unnamed)\s+)*(?:officials?|spokes(?:man|woman|person|people|men|women)|"
    r"representatives?)\s+(?:at|of|from|for|in|with)\s+(?=\S)", re.I)
_ACTION_CUT = re.compile(r",[’]?\s*(?:he|she|they|it|(?:the|an?)(?:\s+[\w'’\-]+){1,4}?|[A-Z][\w.'’\- ]{1,40}?)\s+(?:said|says|added|told)\b.*$|\s+(?:said|told)\s+[A-Z][\w.'’ ]+\.?$"
                         # "..., Siemens's chairman, Priya Raghunathan, said" / "..., said Priya Raghunathan, its chairman."
                         # "..., Jan Kowal, chairman of Polmet, said" (and after a curly single quote: ",’ Jan ...")
                         r"|,[’]?\s*[A-Z][^,;]{1,60},\s*(?:[A-Z][\w.'’\- ]{1,40}?|(?:(?:the|an?|its|their)\s+)?[a-z][\w.'’\- ]{1,50}?"
                         r"\s(?:of|at|for)\s+[A-Z][\w.'’\- ]{1,40}?),?\s+(?:said|says|added|told)\b[^;]*$"
                         r"|,[’]?\s*(?:said|says|added)\s+[A-Z][^;]{1,120}$")
# a reporting verb in any form ("announcing that she would vote", "his position that he would")
# (not the nouns that share a stem: "State and local funds", "other states", "the committee",
# "a promising start")
_REPORTING_WORDS = (r"(?:(?:announc|declar|confirm|pledg|vow|explain|indicat|sa(?:y|id)|tell|told|"
                    r"position|insist|assur)\w*|stat(?:ed|ing|ements?)|states\s+that|promis(?:e|es|ed)|"
                    r"commit(?:s|ted|ting|ments?)?)\b")
_REPORTING_FORM = re.compile(r"\b(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<![’']ll\s)(?<!\bto\s)" + _REPORTING_WORDS, re.I)
# the same words wherever they stand: where `_REPORTING_FORM` may match (see _reporting_form)
_REPORTING_WORD = re.compile(r"\b" + _REPORTING_WORDS, re.I)
# the lowered literals one of which every match of `_REPORTING_FORM` starts with (read off
# the pattern: "announc", "sa", "stat", ...; None if it told none), and where one starts a
# word of a lowered text (a trie of them, case-sensitive: no case folding at each place;
# used only when all are word characters, see _reporting_form)
_REPORTING_LEADS = _pattern_leads(_REPORTING_FORM.pattern)
_REPORTING_LEAD = re.compile(r"\b(?:" + trie_pattern(_REPORTING_LEADS) + ")") \
    if _REPORTING_LEADS and all(re.fullmatch(r"\w+", lead, re.ASCII) for lead in _REPORTING_LEADS) else None
# "I will focus my remarks on", "I will pose more questions to the panel", "I wanted to pass
# along some information": the speaker's own talk, done in the saying
_DISCOURSE_OBJECT = re.compile(
    r"(?:focus|pose|ask|pass\s+along|pass\s+on|keep|limit|confine|summari[sz]e|offer|extend|send|make|direct)\s+"
    r"(?:(?:my|our|a\s+few|a|some|more|these|the\s+following|this)\s+)(?:\w+\s+){0,2}?"
    r"(?:remarks|comments|questions|thoughts|words|testimony|statement|information|observations|reminders|tips|"
    r"congratulations|condolences|thanks|sympathy|sympathies|prayers|gratitude|appreciation|best\s+wishes)\b"
    r"|(?:ask|pose)\s+(?:[\w’'\-]+\s+){0,3}?(?:a\s+)?(?:few\s+|two\s+|three\s+|some\s+)?questions?\b")
# "I want to begin by thanking", "I'll close with words from", "let me start with": the
# order of a speech, done in the saying
_DISCOURSE_ACT = re.compile(
    # "now I'll respond to questions", "I want to bring in my colleagues", "I will finish this
    # retrospective with": the order of a speech or a press conference, not an act promised
    r"(?:respond|answer|field)\s+(?:to\s+)?(?:(?:your|any|some|a\s+few|a\s+couple\s+of|more)\s+)?questions\b"
    r"(?!\s+(?:about|on|that|which|raised|from\s+the))"
    r"|(?:bring\s+in|turn\s+(?:it\s+)?over\s+to|hand\s+(?:it\s+)?over\s+to|introduce)\s+(?:my|our|the)\s+(?:[\w’'\-]+\s+){0,2}?"
    r"(?:colleagues?|guests?|panel|panelists|witnesses|speakers?)\b"
    r"|finish\s+(?:this|my|our)\s+(?:retrospective|remarks|speech|statement|list|testimony|tour)\b"
    r"|(?:begin|start|open|close|conclude|end|finish)\s+(?:(?:my|our|this|these|today['’]s)\s+(?:speech|remarks|statement|testimony|comments|address)\s+)?(?:by\s+(?:thank|say|not|welcom|recogni[sz]|acknowledg|"
    r"congratulat|commend|mention|stress|emphasi[sz]|point|remind|quot|read|ask|offer)\w*ing|with\s+(?:(?:a|an|the|"
    r"some|these|those|this|my|our|his|her)\s+)?(?:[\w’'\-]+\s+){0,2}(?:words?|quote|quotation|thoughts?|notes?|"
    r"story|stories|remarks?|comments?|prayer|questions?|thanks|tribute|description|reflections?|reminder|anecdote))\b")
# "will be in (close) contact / touch / communication with": the speaker keeps in contact,
# an act one can check, not a state
_IN_CONTACT = re.compile(r"\s+(?:(?:close|constant|regular|daily|direct|frequent|continuous|continual)\s+)?"
                         r"(?:contact|touch|communication|consultation)\s+with\b", re.I)
# the cues of an actor's own future whose subject, in the author's quote, may be another's
_QUOTE_FORECAST_CUES = frozenset({"future.will", "future.would", "future.continue", "future.going_to",
                                  "intention.plan", "intention.consider"})
# a relative pronoun right before the cue ("which would", "that will also")
_RELATIVE_END = re.compile(r"\b(?:which|that|who)\s+(?:(?:also|now|then|still|soon|eventually)\s+)?$", re.I)
# a gerund (with its particle) opening a clause, just before the subject found: "Snapping up
# (MCI)", "said reopening (the Waverley Line)"
_GERUND_OPENING = re.compile(
    # (not after a comma: ", saying he would", ", replacing Mr X, who will" report or describe)
    r"(?:^\W*|[;:(]\s*|\b(?:said|says|that|because|while|if)\s+)[\"“‘']?([A-Za-z]{3,}ing)"
    r"(?:\s+(?:up|out|off|down|back|over|in|on|away|through))?\s+$")
_NOT_GERUNDS = frozenset(
    "during according including regarding concerning following excluding notwithstanding pending something "
    "nothing everything anything king morning evening spring string thing bring sing ring wing ceiling "
    "building meeting beijing reading wellington darling sterling viking banking".split())


def _object_of_gerund(before: str, subject: str) -> bool:
    """Is `subject` (the phrase found before the cue) the object of a gerund opening its
    clause ("Buying MCI would ...")?"""
    at = before.rfind(subject)
    if at <= 0:
        return False
    m = _GERUND_OPENING.search(before, max(0, at - 40), at)
    return m is not None and m.group(1).lower() not in _NOT_GERUNDS


# cues whose verb reports the actor's own act ("pledged", "agreed"): true whoever tells it
_REPORTED_ACT_CUES = ("commissive.", "agreement.")
# an agreement told as done: "has agreed to", "had agreed to", "agreed to"
_PERFECT_AGREED = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:agreed|offered|consented)\s+to\b", re.I)
# wanting and willingness, which a member may charge another side with ("they only want to
# delay", "Republicans are willing to inflict"); plans and intents are announced, not charged
# a promise told as past: "promised", "has pledged", "had vowed" (not "promises", "assured")
_PAST_PROMISE = re.compile(r"(?:promised|pledged|vowed)\b", re.I)
# what follows a promise to act: "to reopen", "not to raise", "again to", "in March to"
_PROMISE_TO_ACT = re.compile(r"\s*(?:(?:[\w'’\-]+\s+){0,4}?(?:not\s+|never\s+)?to\s+(?-i:[a-z]))", re.I)
_OTHERS_WANT_CUES = frozenset({"intention.plan", "intention.consider"})
_OTHERS_WANT = re.compile(r"(?:wants?|(?:is|are|am)\s+(?:\w+\s+)?willing)\s+to$", re.I)
# "as we seek to", "as they aim to", "As Congress seeks to": a clause of time or background
_AS_CLAUSE = re.compile(r"(?:^|[^\w\s]\s*|\s)(?-i:as|As|while|While)\s+(?:we|they|i|you|(?:the\s+|our\s+)?(?-i:[A-Z])[\w.’'\-]*"
                        r"(?:\s+(?-i:[A-Z])[\w.’'\-]*){0,2})\s+(?:(?:continue|continues)\s+to\s+|also\s+|now\s+|all\s+)?$", re.I)
_STRIVING = re.compile(r"(?:seek|seeks|aim|aims|strive|strives)\s+to\b", re.I)
# "as we will hear today", "as I will explain": the speech's own order
_AS_DISCOURSE = frozenset({"hear", "see", "explain", "discuss", "show", "learn", "read", "find", "note", "describe"})
# a relative clause on a thing, its verb first, coordinated with the cue: "a project that
# created 300 jobs and will", "the program, which has served 900 families and would"
_RELATIVE_COORDINATED = re.compile(
    r"(?<![\w'’])(?-i:[a-z][\w\-]*),?\s+(?:that|which)\s+(?:(?:has|have|had|also|already|not|now)\s+){0,2}"
    r"(?-i:[a-z]\w*(?:ed|s))\b[^;:“”\"()]{0,160}?(?:,\s*|\s+)and\s+(?:(?:also|then|now|soon|still)\s+)?$", re.I)
# "the news that Republican leaders would bring the bill up", "Democratic leaders saying they
# would push it off": a report of what the other side said or decided, not the member's charge
_REPORTED_BEFORE = re.compile(r"\b(?:news|reports?|word|announcement|saying|said|says|say|announced|announces|"
                              r"announcing|told|tells|stated|states|declared|indicated|signal(?:l)?ed|confirmed|"
                              r"confirming|insisted|insisting)\s+(?:that\s+)?(?:the\s+)?$", re.I)
# the cues of an aim or a future act that a member may tell of another side in words of blame
_CHARGE_CUES = frozenset({"commissive.committed", "intention.plan", "intention.consider", "intention.noun_plan",
                          "future.will", "future.would", "future.going_to", "future.continue"})
# the clause of the cue's verb: up to a semicolon, a colon or a turn ("but", "while")
# (or the main clause's own verb after a cue in a subject: "his announcement that he will ban
# them is cruel")
_CHARGE_CLAUSE = re.compile(r"[;:]|\s(?:but|while|whereas|is|are|was|were)\s", re.I)
# a verb or word that acts against the thing blamed: "will fight this cruel campaign",
# "are going to repeal this dangerous bureaucracy", "to avoid a needless tax hike"
_AGAINST_BLAME = re.compile(r"\b(?:fight\w*|oppos\w*|stop\w*|block\w*|avoid\w*|prevent\w*|repeal\w*|combat\w*|"
                            r"resist\w*|revers\w*|reject\w*|defeat\w*|eliminat\w*|against|protect\w*|end(?:s|ing)?)\s+(?:(?!and\b|or\b)[\w’'\-]+\s+){0,3}$", re.I)
_GOVERNMENT_WORDS = re.compile(r"\b(?:administration|president|white\s+house)\b", re.I)
_PARTY_WORDS = ("democrat", "republican", "gop")  # ("Democrats", "House Republicans", "the GOP")
# the auxiliary of a progressive ("is planning to", "we're also hoping to", "has been seeking to")
_PROGRESSIVE_AUX = re.compile(r"(?:\b(?:is|are|am|was|were|be|been|being)|['’](?:re|s|m))\s+"
                              r"(?:(?:also|now|still|not|actively|currently|already|just|really|[a-z]+ly)\s+)?$", re.I)
_COMMON_WORD_END = re.compile(r"(?<![\w'’-])(?-i:[a-z])[\w'’-]*\s+$")
# a relative clause the subject sits in ("The budget, which passed the House and Senate, will")
# the name of a law, headed by its last word whatever comes before ("the Fairness in Class
# Action Litigation Act", "the Clean Water Act of 1972", "the Smith Amendment (H.R. 12)")
_LAW_NAME = re.compile(r"(?-i:\b(?:[A-Z][\w'’\-.]*\s+){1,12}(?:Act|Bill|Resolution|Amendment))(?:\s+of\s+\d{4})?"
                       r"(?:\s*\([^()]{1,30}\))?\s*$")
_INSIDE_RELATIVE = re.compile(r",\s*(?:which|who|that)\b[^,]*,?\s*$", re.I)
_NOUN_LIKE_REPORTS = frozenset({"claims", "reports", "notes", "states", "promises", "pledges", "vows", "replies",
                                "maintains", "writes", "repeats", "responses"})
# a member of Congress named by title ("Sen. Tom Udall", "Chairwoman Murkowski", "Ranking Member Cummings")
# a stance held, not an act done: "is committed to", "are fully committed to", "remains committed
# to" (not "has committed to", "commits to", "committed itself to": acts)
_STATIVE_COMMITTED = re.compile(r"(?:\b(?:is|are|am|was|were|remains?|remained|stays?)\s+|['’](?:s|re)\s+)"
                                r"(?:(?:fully|firmly|totally|deeply|strongly|still|now|also|absolutely|truly|very)\s+)*committed\s+to$", re.I)
# the speaker joins the stance just told of another: "..., and so am I", "as am I", "and I am too"
_SO_AM_I = re.compile(r"(?:,\s*|\s)(?:and\s+)?(?:so\s+am\s+I|as\s+am\s+I|I\s+am\s+too|so\s+are\s+we|as\s+are\s+we)\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?]")
_MEMBER_TITLE = re.compile(r"(?:u\.\s?s\.\s+)?(?:sen|senator|rep|representative|congressman|congresswoman|delegate|"
                           r"chairman|chairwoman|chair|ranking member|majority leader|minority leader|leader|speaker)\b\.?\s")
# a person named by title ("judge kavanaugh", "president trump", "secretary clinton")
_TITLED_PERSON = re.compile(r"(?:judge|justice|nominee|president|vice president|secretary|governor|gov\.|senator|"
                            r"sen\.|rep\.|representative|congressman|congresswoman|director|administrator|"
                            r"ambassador|general|dr\.|mr\.|mrs\.|ms\.)\s+[a-z]")
# a participle of saying right before the subject: "left UKIP saying Mr Kilroy-Silk would"
_SAYING_BEFORE = re.compile(r"\b(?:saying|adding|insisting|arguing|claiming|suggesting|predicting)\s+(?:that\s+)?$")
# a clause of saying the cue's subject opens: "reopened the case, saying materials kept ... would"
_SAYING_CLAUSE = re.compile(r",\s*(?:saying|adding|announcing)\s+(?:that\s+)?[^,;:\"“”]*$")
_CONTEXT_PRONOUNS = frozenset({"he", "she", "they", "it", "you", "this", "that", "these", "those", "which", "who"})
_FIRST_PERSON = frozenset({"i", "we", "us", "our", "my", "me", "ourselves", "myself"})
_SPLIT_ACTIONS = re.compile(r"(?:,\s*|\s+)and\s+to\s+(?=[a-z])")


# Bounds that keep hostile or broken text linear: the longest news sentences are well
# under 1,000 characters and hold a handful of cues.
_ITS = re.compile(r"\bits\b", re.I)  # a thing of a body ("its depot", "eleven of its shops")
_TOLD_AUDIENCE = re.compile(
    r"\b(?:told|tells)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.\-]+\s+){0,3}?"
    r"(?:newspapers?|paper|journal|times|press|media|agency|radio|station|television|channel|broadcaster|"
    r"magazines?|tabloids?|daily|website|programme|"
    r"analysts?|investors?|economists?|reporters?|journalists?)\b", re.I)
_SELF_PRONOUNS = frozenset(("he", "she", "it", "i", "we"))  # a subject that is the speaker
_FIRM_NAME_WORDS = re.compile(r"(?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*)+")  # a name of two words or more
_MAX_SENTENCE = 2000
_MAX_CUES = 12


def _guard_body(rx: re.Pattern[str]) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]] | None:
    """A guard regex's bodies (leads.scan_bodies: a search of one of them finds something
    wherever the regex matches) compiled, and their ASCII twins; None when it has none."""
    bodies = scan_bodies(rx.pattern)
    if not bodies:
        return None
    try:
        got = tuple(re.compile(b, rx.flags) for b in bodies)
    except re.error:
        return None
    return got, tuple(_twin(b) for b in got)


class _Prunable:
    """A cue's ASCII twin with alternatives that may start at any letter and need words
    (prefilter.cue_branches): where their needs are absent, the twin without them finds
    the same matches, without trying them at every word."""

    def __init__(self, rx: re.Pattern[str], opening: str, alts: list[str], needs: list[tuple[str, ...]]) -> None:
        self.flags = (rx.flags & ~re.UNICODE) | re.ASCII
        self.opening, self.alts = opening, alts
        self.needs = [(k, n) for k, n in enumerate(needs) if n]
        # the alternatives left out (bits), and whether lowered (bit 0) -> the twin without them
        self.regexes: dict[int, re.Pattern[str]] = {}

    def without(self, low: str, lowered: bool = False) -> re.Pattern[str] | None:
        """The twin without the alternatives whose needs are not in `low` (the lowering of
        a plain text), or None when none is left out. `lowered`: the lowered twin's (see
        `_low_twin`; only for a pattern that has one: its alternatives spell no capital)."""
        out = 0
        for k, needs in self.needs:
            if not any(n in low for n in needs):
                out |= 1 << k
        if not out:
            return None
        key = out << 1 | lowered
        rx = self.regexes.get(key)
        if rx is None:
            kept = "|".join(a for k, a in enumerate(self.alts) if not out >> k & 1)
            flags = self.flags & ~re.IGNORECASE if lowered else self.flags
            rx = self.regexes[key] = re.compile(f"{self.opening}(?:{kept})", flags)
        return rx


def _prunable(rx: re.Pattern[str]) -> _Prunable | None:
    """`_Prunable` of a cue's regex, or None: it has groups, alternatives with no needs
    to test, or no ASCII twin."""
    got = cue_branches(rx.pattern) if rx.groups == 0 and _twin(rx) is not rx else None
    return None if got is None else _Prunable(rx, *got)


def _plain_form(rx: re.Pattern[str]) -> tuple[re.Pattern[str], bool]:
    """What runs for `rx` on a plain text: its lowered twin, on the text's lower() (True), or
    else its ASCII twin (False)."""
    low = _low_twin(rx)
    return (low, True) if low is not None else (_twin(rx), False)


# a time a sentence sets for an event: "on Thursday", "next week", "later this month",
# "in May", "this afternoon", "at 2 pm"
# Light verbs whose object may be an event ("deliver a speech", "make a decision"): the
# event nouns are data (lexicon.toml event_nouns)
# Participles whose passive future is a scheduled event, not an act promised ("the winner
# will be announced in May", "the plan will be debated next week"); the authored reading
# reads all event verbs so, but "the costs will be met", "the issue will be addressed" and
# "the men would be held" are acts, so only these here
_PASSIVE_EVENTS = frozenset({"announce", "unveil", "discuss", "debate", "present", "outline", "detail", "decide"})
_EVENT_LIGHT_VERBS = frozenset({"deliver", "give", "make", "pay", "stage", "open", "start", "begin", "resume"})
# ("will open the conference", "will start a two-day hearing", "is to begin talks with Juventus")
# the object after a light verb: up to four words before a preposition, comma or the end
# (the fewest: "a speech on Wednesday" is "a speech", not "a speech on Wednesday")
_EVENT_OBJECT = re.compile(r"^\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:on|at|in|to|during|for|before|after|of|with|and|next|later|this|tomorrow|today)\b|\s*[,.;:]|\s*$)", re.I)
_INNER_NAME_WORD = re.compile(r"\b[A-Z][a-z]+\b(?=\s+[A-Z][\w&'’\-]*)")
_PUNCT = re.compile(r"[^\w\s'’\-]")
_INSIDE_WORD = re.compile(r"[\w\-]")  # a character that continues a word (or joins a compound)
_SET_TIME = re.compile(
    r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)\w*)|(?:next|this|later\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|"
    r"winter|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later\s+today|"
    r"tomorrow|today|tonight|in\s+(?:the\s+coming\s+\w+|(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b)|at\s+\d{1,2}(?::\d\d)?\s*(?:a\.?m|p\.?m)|"
    r"(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{1,2}\b)",
    re.I,
)


# a lowercase modifier right before a name: "eligible Americans", "many Britons" (not a
# determiner, preposition, conjunction or verb of saying, after which the name stands alone)
_MODIFIER_END = re.compile(
    r"(?<![\w'’])(?!(?:the|a|an|and|or|but|that|said|says|of|in|on|for|to|by|with|from|at|as|if|when|while|because|"
    r"so|then|than|where|which|who|whom|whose)\s+$)[a-z][a-z\-]+\s+$")


_NEG_AFTER = re.compile(r"\s*(?:to\s+)?(?:not|never)\b", re.I)


# a clause coordinated after the cue's, with a subject of its own ("I will publish my diary
# and I will visit the valley next month": next month is the visit's)
_NEXT_CLAUSE = re.compile(r";|\s(?:and|but|while)\s+(?:I|we|you|he|she|it|they)\s", re.I)


def _own_clause(before: str) -> str:
    """The words of the cue's own clause before it: after a reporting frame's "that" or
    "said" ("told a radio station on Sunday that he would publish": Sunday is the telling's),
    or after the colon that opens a quote ("told supporters on Friday: I will publish")."""
    at = max(before.rfind(" that "), before.rfind(" said "), before.rfind(" told "), before.rfind(": "))
    return before[at + 1 :] if at >= 0 else before


# a non-restrictive relative on a person, and a role kept or taken in it
_WHO_END = re.compile(r",\s*who\s+$", re.I)
_ROLE_KEPT = re.compile(r"\s*(?:also\s+|then\s+|still\s+)?(?:(?:remain|serve|continue|stay\s+on|stay)\s+(?:as\b|on\s+the\s+board\b|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:director|member|chairman|chairwoman|president|adviser|advisor|consultant)\b)|"
                        r"retain\s+(?:his|her)\s+(?:title|post|position|seat)\b)", re.I)
# a saying verb in the infinitive or after a modal: "continuing to say", "I would say"
_UNSAID = re.compile(r"(?:\bto|\b(?:would|could|should|might|must|may|can|will)(?:\s+(?:only|just|also|simply))?)\s+$", re.I)
# verbs of promising: negated after a modal, a refusal to promise ("would not commit to")
_PROMISING = frozenset(("commit", "promise", "pledge", "vow"))


def _reporting_form(norm: str, plain: bool) -> re.Match[str] | None:
    """`_REPORTING_FORM.search(norm)` (by its ASCII twin when `norm` is plain): its
    look-behinds ("will say", "to announce" are no report) are tried only where one of its
    words starts, found first without them (speed: not at every word of the sentence)."""
    if plain and _REPORTING_LEAD is not None:
        # (in a plain text the pattern's case-insensitive letters are ASCII: a match starts at
        # a word's start with one of its leads in the lowered text. The leads are word
        # characters, so a place inside a lead found before it is no word's start: the
        # leads found one after another give every place a match may start, in order.)
        # (the lowered twin, when there is one, runs on the lowered text: the match then
        # holds the lowered words; all callers only ask whether there is one)
        low = norm.lower()
        low_form = _low_twin(_REPORTING_FORM)
        form, text = (low_form, low) if low_form is not None else (_twin(_REPORTING_FORM), norm)
        for lead in _REPORTING_LEAD.finditer(low):
            got = form.match(text, lead.start())
            if got is not None:
                return got
        return None
    word, form = (_twin(_REPORTING_WORD), _twin(_REPORTING_FORM)) if plain else (_REPORTING_WORD, _REPORTING_FORM)
    pos = 0
    while (w := word.search(norm, pos)) is not None:
        got = form.match(norm, w.start())
        if got is not None:
            return got
        pos = w.start() + 1
    return None


# the text guards' verdict when one of effect "reject" matches (Extractor._text_guarded)
_REJECTED: tuple[bool, Rule | None] = (False, None)


def _refuse(tracer: Tracer | None, refusal_id: str, words: str) -> list[Finding]:
    """Refuse a candidate for the reason `refusal_id` (a [[refusal]] of rules.toml)."""
    if tracer is not None:
        tracer.fired(refusal_id, "reject", words)
    return []


# the member seen announcing in the clause before the cue, where commas keep the frame
# reader from naming a speaker ("Today, Rep. Price (D-NC) announced that, starting
# tomorrow, Medicare will", "Congressman Bera (CA-7), Co-Chair of ..., announced that")
_ANNOUNCER_ROLE = r"congress(?:man|woman)|rep\.?|representative|senator|sen\."
_ANNOUNCED_AFTER = re.compile(r"(?:(?!\b(?:which|who|whom|whose)\b)[^.;:“”\"]){0,240}?\b(?:announced|announces|said|says|stated|confirmed)\b"
                              r"(?:\s+(?:today|yesterday|this\s+week|on\s+\w+))?\s*,?\s*that\b[^;:“”\"]*$", re.I)


_WITH_AUTHOR = re.compile(r"\b(?:he|she|I|we)\s+and\s+[^,;]*$", re.I)


def _founded_before(text: str, upto: int, subj_low: str) -> bool:
    """Whether the document, before `upto`, tells of a bill or a member setting up the body
    a subject names ("introduced legislation to establish a VA Advisory Committee on Tribal
    Affairs ... The Committee will facilitate"): a body yet to be made is no chamber body
    whose business the member announces; what it will do is what the bill will bring about."""
    head = subj_low.split()[-1] if subj_low.split() else ""
    if not head:
        return False
    lo = max(0, upto - 3000)
    # (speed: the pattern's part before the body's head word is precompiled and tried from
    # each place a verb of founding may start to each place of the word, found with
    # str.find as re.I finds it; endpos `upto` as the pattern was searched with)
    starts = folded_starts(text[lo:upto], head)
    if starts is None:
        rx = re.compile(rf"\b(?:establish|create|set\s+up|form|launch|found)(?:s|es|ed|ing|d)?\s+(?:a|an|the)\s+"
                        rf"(?:new\s+)?(?:[\w'’\-]+\s+){{0,8}}?{re.escape(head)}\b", re.I)
        return rx.search(text, lo, upto) is not None
    n = len(head)
    ends = [lo + i for i in starts if lo + i + n <= upto and _WORD_BOUNDARY_AT.match(text, lo + i + n, upto)]
    if not ends:
        return False
    opens = [m.start() for m in _FOUNDING_OPEN.finditer(text, lo, ends[-1])]
    return any(_FOUNDING_BEFORE_HEAD.fullmatch(text, a, i) is not None for i in ends for a in opens if a < i)


# `_founded_before`'s pattern: where it may start, and its part before the head word
_FOUNDING_OPEN = re.compile(r"\b(?:establish|create|set\s+up|form|launch|found)", re.I)  # (no two overlap)
_FOUNDING_BEFORE_HEAD = re.compile(r"\b(?:establish|create|set\s+up|form|launch|found)(?:s|es|ed|ing|d)?\s+(?:a|an|the)\s+"
                                   r"(?:new\s+)?(?:[\w'’\-]+\s+){0,8}?", re.I)
_WORD_BOUNDARY_AT = re.compile(r"\b")


_AND_AFTER_NAME = re.compile(r"[^,;.]*?\band\s+[^,;]*$", re.I)


@functools.lru_cache(maxsize=1024)
def _folded_surname(author: str) -> str:
    """The last word of an author's name, lowered and without accents (the source's "Linda
    Sanchez" is the text's "Linda Sánchez"), or "": kept, as a document asks it of its
    one author many times."""
    words = author.split()
    return strip_accents(words[-1].lower()) if words else ""


def _with_author(author: str, before: str) -> bool:
    """Whether the subject is coordinated with the author ("he and Congressman Thompson",
    "Reps. Gwen Moore (WI-04) and Mark Pocan"): the author is bound too."""
    if "and" not in before.lower():
        return False  # (speed: each pattern below needs an "and", which re.I finds only so)
    if _WITH_AUTHOR.search(before):
        return True
    surname = author.split()[-1] if author.split() else ""
    if not surname:
        return False
    starts = folded_starts(before, surname)
    if starts is not None:
        # (speed: the author's surname found with str.find, not a pattern compiled for each
        # author: where the lowered surname is in the lowered text, as re.I finds it)
        n = len(surname)
        return any(_boundary(before, i) and _boundary(before, i + n) and _AND_AFTER_NAME.match(before, i + n) is not None
                   for i in starts)
    return re.search(rf"\b{re.escape(surname)}\b[^,;.]*?\band\s+[^,;]*$", before, re.I) is not None


# between conjuncts: ", ", " and ", ", and ", " along with ", " & "
_CONJ_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|along\s+with|&)\s+)"
_CONJ_LAST = r"(?:\s*,?\s+(?:and|along\s+with|together\s+with)\s+|\s*&\s*)"
# a conjunct named between the author and the subject: "Congressmen Miller", "Rep. Lee (D-CA)"
_CONJ_NAME = r"(?:(?:[A-Z][\w.’'\-]*|of|the)\s+){0,4}[A-Z][\w.’'\-]*(?:\s*\([^()]{1,30}\))?"


_CONJ_LAST_AT = re.compile(_CONJ_LAST, re.I)


def _coordinated_with_author(author: str, before: str, subj_text: str) -> bool:
    """Whether the subject is the last conjunct of a coordination that names the author first
    ("Congressman Ted Poe (TX-R) and Congressman Jim Costa", "Congressman Lutz's staff and
    Chief Dana Ortiz", "Senators Murray and Burr and Congressmen Miller and Filner")."""
    surname = author.split()[-1] if author.split() else ""
    subj = subj_text.strip()
    if not surname or not subj:
        return False
    text = strip_accents(before.rstrip())
    plain_surname, plain_subj = strip_accents(surname), strip_accents(subj)
    # (a match starts at the author's surname: try the pattern there only, not at every
    # position of a long clause, where its open runs of names backtrack)
    starts = folded_starts(text, plain_surname)
    ends = folded_starts(text, plain_subj) if starts else None
    if starts is None or (starts and ends is None):
        return _coordinated_by_pattern(plain_surname, plain_subj, text)
    if not starts or _CONJ_LAST_AT.search(text, starts[0]) is None:
        return False
    # (speed: the pattern, which names the author and the subject, is not compiled: its
    # parts between them and after the subject are, the names found with str.find. It
    # matches at a start `i` where the subject is at some `p` with its end after it, and
    # the text between the surname and `p` is what the pattern allows there)
    ends = [p for p in ends if _COORD_END.match(text, p + len(plain_subj)) is not None]
    n = len(plain_surname)
    return any(_NO_WORD_BEFORE.match(text, i) is not None
               and any(p >= i + n and _COORD_BETWEEN.fullmatch(text, i + n, p) is not None for p in ends)
               for i in starts)


# the parts of _coordinated_by_pattern's pattern: before the surname, between it and the
# subject, and after the subject
_NO_WORD_BEFORE = re.compile(r"(?<![\w'’-])")
_COORD_BETWEEN = re.compile(rf"(?:['’]s\s+(?:staff|office|team|staffers))?(?:\s*\([^()]{{1,30}}\))?"
                            rf"(?:{_CONJ_SEP}{_CONJ_NAME}){{0,3}}{_CONJ_LAST}(?-i:(?:[A-Z][\w.’'\-]*\s+){{0,3}})", re.I)
_COORD_END = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,?\s*$", re.I)


def _coordinated_by_pattern(plain_surname: str, plain_subj: str, text: str) -> bool:
    """`_coordinated_with_author` with its pattern compiled for the author and the subject
    (the surname and subject without accents, `text` the clause's, stripped): where
    lowering cannot find the names as re.I does, and the reference its tests compare with."""
    # (the last conjunct may carry words before it the subject reader left, "North Dakota
    # Congressman Kevin Cramer", and a bracket after it, "Congressman Jim Costa (CA-D)")
    rx = (rf"(?<![\w'’-]){re.escape(plain_surname)}(?:['’]s\s+(?:staff|office|team|staffers))?(?:\s*\([^()]{{1,30}}\))?"
          rf"(?:{_CONJ_SEP}{_CONJ_NAME}){{0,3}}{_CONJ_LAST}(?-i:(?:[A-Z][\w.’'\-]*\s+){{0,3}}){re.escape(plain_subj)}"
          rf"(?:\s*\([^()]{{1,30}}\))?\s*,?\s*$")
    starts = [m.start() for m in re.finditer("(?=" + re.escape(plain_surname) + ")", text, re.I)]
    if not starts:
        return False
    if _CONJ_LAST_AT.search(text, starts[0]) is None or (
            text.isascii() and plain_subj.isascii() and plain_subj.lower() not in text.lower()):
        return False
    compiled = re.compile(rx, re.I)
    return any(compiled.match(text, i) is not None for i in starts)


def _author_announces(author: str, before: str) -> bool:
    """Whether the clause before a cue is the author (by surname or a member's title)
    announcing or saying that what follows will happen (not a letter or a person the
    author names: "Serrano received a letter which said that")."""
    if _with_author(author, before):
        return False  # "announced that he and Congressman Thompson will host": the author too
    surname = author.split()[-1] if author.split() else ""
    low = before.lower()
    for end in _announcer_ends(surname.lower(), low) if surname else ():
        if _ANNOUNCED_AFTER.match(before, end):
            return True
    return False


_ANNOUNCER_AT = re.compile(rf"\b(?:{_ANNOUNCER_ROLE})(?=\W)")


def _announcer_ends(name: str, low: str) -> Iterator[int]:
    """The ends of the matches of ``re.finditer(rf"\\b(?:{re.escape(name)}|{_ANNOUNCER_ROLE})(?=\\W)",
    low)``, in order (`name` not empty), without compiling a pattern for each name (speed):
    the leftmost match first, `name` winning a tie, the next search from its end."""
    pos, n = 0, len(name)
    while True:
        role = _ANNOUNCER_AT.search(low, pos)
        limit = role.start() if role is not None else len(low)
        i = low.find(name, pos, limit + n)
        while i >= 0 and not (_boundary(low, i) and i + n < len(low) and not _is_word(low[i + n])):
            i = low.find(name, i + 1, limit + n)
        if i >= 0:
            pos = i + n
        elif role is not None:
            pos = role.end()
        else:
            return
        yield pos


def _speaker_effects(window: str, guards: list[Rule], tracer: Tracer | None) -> list[Rule]:
    """The guards on the speaker that match `window` (lower case), in their order, to the
    first that rejects (their effects: reject, intention, claim)."""
    fired = []
    for g in guards:
        if g.regex.search(window):
            if tracer is not None:
                tracer.fired(g.id, g.effect, window)
            fired.append(g)
            if g.effect == "reject":
                break
    return fired


def person_description(text: str, name: str, pos: int) -> str:
    """What `text` says person `name` is before `pos`: the word right before the full name
    ("Barclays analyst Mark Holt") or a description after a mention ("Mark Holt, an analyst
    at Barclays,"); lower case, "" when it says nothing (speed: scans in C for the surname,
    not the document's mentions of everyone)."""
    surname = name.split()[-1]
    at = text.find(surname, 0, pos)
    while at >= 0:
        end = at + len(surname)
        if text.startswith(",", end) and (described := name_description(text, end)):
            return described.lower()
        at = text.find(surname, end, pos)
    at = text.find(name, 0, pos) if " " in name else -1
    head = _HEAD_BEFORE.search(text, max(0, at - 40), at) if at > 0 else None
    return head.group(1).lower() if head else ""


# the word right before a name, the head of what describes it there: "analyst" in "Kidder
# Peabody analyst Jo Tait", not "investor" in "investor relations director Jo Tait"
_HEAD_BEFORE = re.compile(r"(?<![\w'’\-])([\w'’\-]+)\s+$")


class Extractor(ClaimReader, Resolver):
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
        self._disclosures = lex["disclosure_verbs"]
        self._event_nouns = lex["event_nouns"]
        self._non_agent_pron = lex["non_agent_pronouns"]
        self._causal = lex["causal_verbs"]
        self._effect_verbs = lex["effect_verbs"]
        self._activities = lex["activity_nouns"]
        self._facilities = lex["facility_nouns"]
        self._facility_verbs = lex["facility_verbs"]
        self._phrasal = lex["phrasal_actions"]
        self._g = _grammar(lex["report_verbs"], lex["opinion_verbs"])
        # `post_verb_start` as a match opening with the character before the verb, searched
        # in " " + the text (see _reported_in)
        self._post_verb_after = re.compile(r"[^\w\-](?:" + self._g.post_verb.pattern + ")", self._g.post_verb.flags)
        self._performatives = lex["performative_verbs"]
        self._own_side = lex["own_side_nouns"]
        # (longest first; equal lengths in a fixed order, not the set's, which changes with
        # each run's string hashing: the same pattern every run is one the regex cache keeps)
        charge = sorted(lex["charge_words"], key=lambda w: (-len(w), w))
        # (its first letter in lower case: "Rob Portman" robs no one; "end Medicare" ends it)
        self._charge_rx = re.compile(r"\b(?:" + "|".join(f"(?-i:{re.escape(w[0])})" + re.escape(w[1:]).replace(r"\ ", r"\s+")
                                                         for w in charge) + r")\b", re.I) if charge else None
        # entries of more than one word ("share with you") are matched where the verb starts
        self._performative_phrases = tuple(p + " " for p in self._performatives if " " in p)
        self._group_mods = lex["group_modifiers"]
        self._guards = ruleset.guards
        self._guard_cache: dict[str, Any] = {}
        self._guard_reaches: dict[str, int | None] = {}  # guard id -> its _guard_reach
        # rule id -> (indexes of its text guards with no needs, slot -> the index of the
        # guard with that slot, the slots): see _guards_present
        self._guard_slots: dict[str, tuple[list[int], dict[int, int], set[int]]] = {}
        self._need_hits: tuple[str | None, dict[int, list[tuple[int, int, int]]]] = (None, {})
        self._guard_needs = _GuardNeeds([g for g in ruleset.guards if g.where in ("sentence", "before", "after")])
        # The fast path: a rule's `needs` (literals one of which every match contains)
        # tell when its pattern cannot match; a document or sentence holding none of the
        # cues' needs is skipped. With a cue that declares none (a user's), the fast path
        # tests the folded text with one regex of every cue instead. Either way it skips
        # only what no cue could match, so the findings are those of the full analysis.
        self._any_cue_rx: re.Pattern[str] | None = None  # (compiled when first needed: see _any_cue)
        self._needs = _NeedIndex(ruleset.cues) if all(r.needs for r in ruleset.cues) else None
        self._claim_rules: Any = None  # statements on a commitment's fate (claims.py): see claim_rules
        self._cue_twins: list[re.Pattern[str]] | None = None  # (see _cues)
        self._cue_pruned: list[_Prunable | None] | None = None  # (see _cues)
        self._cue_lows: list[re.Pattern[str] | None] | None = None  # (see _cues)
        self._cue_gates: list[re.Pattern[str] | None] | None = None  # (see _cues)

    @classmethod
    def load(cls, rules_path: Path | None = None, actors_path: Path | None = None) -> "Extractor":
        ruleset = rules_mod.load(Path(rules_path) if rules_path else None)
        gaz = default_gazetteer()
        if actors_path is not None:
            gaz = gaz.with_extra(load_actors_file(actors_path))
        return cls(ruleset, gaz)


    @property  # type: ignore[override]
    def claim_rules(self) -> Any:
        """The claim rules (claims.toml), read on first use: `extract` without claims never
        needs them (~20 ms of start-up)."""
        if self._claim_rules is None:
            self._claim_rules = load_claims()
        return self._claim_rules

    @property
    def _any_cue(self) -> re.Pattern[str]:
        """One regex of every cue: the fast path's test when literal tests cannot be made
        (a cue with no needs, a text whose lowering is not safe). Built on first use: most
        runs never need it, and it takes 12 ms of start-up to compile."""
        if self._any_cue_rx is None:
            self._any_cue_rx = re.compile("|".join(f"(?:{r.pattern})" for r in self.ruleset.cues), re.I)
        return self._any_cue_rx

    @property
    def rules(self) -> list[Rule]:
        return self.ruleset.all

    def lookup_actor(self, name: str) -> ActorInfo | None:
        return self.gaz.lookup(name)

    def type_of_name(self, name: str) -> str | None:
        """The type a name gives without its text: the actor list's, else its shape's
        ("Bellevue Fire Department" -> government, "DigitalGlobe" -> company)."""
        info = self.gaz.lookup(name)
        return info.type if info is not None and info.type else type_of_name(name)

    def extract_all(self, doc: Document) -> tuple[list[Finding], list[Claim]]:
        """The findings and the claims of a document (what ingest stores): the claim rules'
        and the second-hand reports a guard of effect "claim" made of findings, in order."""
        read = self._read(doc)
        findings = [f for f in read if type(f) is Finding]
        claims = self.extract_claims(doc)
        if len(findings) < len(read):
            claims = sorted([*(c for c in read if type(c) is Claim), *claims], key=_START)  # type: ignore[misc]
        return findings, claims

    # ---- the document loop --------------------------------------------------------------
    def extract(self, doc: Document, fast: bool = True, tracer: Tracer | None = None) -> list[Finding]:
        """The findings of a document. With a `tracer` (see explain.py), every step of the
        reading of each cue is recorded in it; the findings are the same. (A finding a
        guard made a second-hand report is a claim: `extract_all` gives it.)"""
        read = self._read(doc, fast, tracer)
        return [f for f in read if type(f) is Finding] if read else read  # type: ignore[misc]

    def _read(self, doc: Document, fast: bool = True, tracer: Tracer | None = None) -> list[Finding | Claim]:
        """The findings of a document and the claims its guards made of some (`_reported`)."""
        text = doc.text
        # (a text's UTF-8 bytes, made once: they tell it holds no combining mark, and are
        # the bytes the needs' lowering lowers)
        encoded = text.encode("utf-8", "surrogatepass") if fast and self._needs is not None and not text.isascii() else None
        view = marks_view(doc, encoded)  # combining accents read as letters of their names (marks.py)
        if view is not None:
            return [restore(f, doc) for f in self._read(view, fast, tracer)]
        # (None when no literal test can be made: see _NeedIndex.doc_hits)
        hits = self._needs.doc_hits(text, encoded) if fast and self._needs is not None else None
        if hits is not None:
            if not hits:
                return []
        elif fast and not self._any_cue.search(_FOLD.sub(" ", text)):
            return []
        ctx: DocContext | None = None
        out: list[Finding | Claim] = []
        every: list[Span] | None = None  # the whole text's sentences, for list headings
        every_starts: list[int] = []
        # with the needs found, only the sentences around them are cut out
        cased = doc_in_case(doc)  # a document all in one case is split as its case view reads
        # the sentences with the cues whose needs occur in them (all of them, unmasked,
        # when the document's lowering is not safe for literal tests)
        masked: Iterable[tuple[Span, int | None]] = (
            sentence_masks(split_around(cased.text, [h[0] for h in hits]), hits) if hits is not None
            else ((span, None) for span in split(cased.text)))
        for span, mask in masked:
            if span.end - span.start > _MAX_SENTENCE:
                continue  # a table or a run of text with no sentence ends: nothing to read
            raw = text[span.start : span.end]
            norm = reading_form(raw)
            if hits is None and fast and not self._any_cue.search(norm):
                continue
            plain = _plain(norm)
            # (an ASCII sentence's lowering is cheap: the cues' lowered twins repay it)
            low_norm = norm.lower() if plain and norm.isascii() else None
            cands = self._cues(norm, mask, plain, low_norm)[:_MAX_CUES]
            if not cands:
                continue
            if low_norm is None:
                # (a document whose lowering is safe has sentences whose lowering is too)
                low_norm = norm.lower() if hits is not None else _lowered(norm)
            if ctx is None:
                ctx = DocContext(cased, self.gaz)  # its parts are built when first needed
            if tracer is None:
                for rule, m in cands:
                    out.extend(self._analyse(doc, ctx, span.start, raw, norm, rule, m, low_norm, plain=plain))
            else:
                tracer.sentence(span.start, raw)
                for rule, m in cands:
                    tracer.cue(rule.id, m.group(), m.start(), rule.kind)
                    got = self._analyse(doc, ctx, span.start, raw, norm, rule, m, low_norm, tracer, plain=plain)
                    tracer.found(got)
                    out.extend(got)
            if norm.endswith(":"):
                if every is None:  # (split once a document: each heading would split it again)
                    every = split(text)  # the bullets that follow hold no cue of their own
                    every_starts = [s.start for s in every]
                at = bisect.bisect_left(every_starts, span.start)
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

    def _cues(self, norm: str, mask: int | None = None, plain: bool = False,
              low: str | None = None) -> list[tuple[Rule, re.Match[str]]]:
        """The cue matches of a sentence, earlier-listed cues winning overlaps. With `mask`
        (bit i: cue i's needs occur in the sentence), the other cues are not tried. With
        `plain` (see `_plain`), the cues' ASCII twins are run: the same matches, faster;
        with its lowering `low` too, their lowered twins (see `_low_twin`), faster still."""
        taken: list[tuple[int, int]] = []
        found: list[tuple[Rule, re.Match[str]]] = []
        cues = self.ruleset.cues
        twins = self._cue_twins
        if twins is None:  # (the cues' ASCII twins, looked up once, not for each sentence)
            twins = self._cue_twins = [_twin(r.regex) for r in cues]
        lows = self._cue_lows
        if lows is None:  # (and their lowered twins, or None)
            lows = self._cue_lows = [_low_twin(r.regex) for r in cues]
        pruned = self._cue_pruned
        if pruned is None:
            pruned = self._cue_pruned = [_prunable(r.regex) for r in cues]
        gates = self._cue_gates
        if gates is None:  # (and, for those with no lowered twin, their lowered gates, or None)
            gates = self._cue_gates = [_low_gate(r.regex) for r in cues]
        tried: Iterable[int] = range(len(cues))
        if mask is not None:  # only the cues whose needs are in the sentence, in their order
            tried = []
            while mask:
                bit = mask & -mask
                tried.append(bit.bit_length() - 1)
                mask ^= bit
        for i in tried:
            rule = cues[i]
            if plain and (gate := gates[i]) is not None:
                # (a gate finds a match in a plain sentence's lowering wherever its cue finds one in the sentence)
                low = norm.lower() if low is None else low
                if gate.search(low) is None:
                    continue
            rx = twins[i] if plain else rule.regex
            # (`low`, given or made below, is a plain sentence's lowering: the lowered twin may run)
            low_rx = lows[i] if low is not None else None
            if plain and pruned[i] is not None:
                # (in a plain text, a need is found in its lowering as its twin finds it)
                low = norm.lower() if low is None else low
                if low_rx is None:
                    rx = pruned[i].without(low) or rx
                else:
                    low_rx = pruned[i].without(low, True) or low_rx
            # the lowered twin finds the twin's matches at the same offsets, faster; the few
            # kept are matched again on `norm` there by the twin (the alternatives pruned
            # cannot match), for their groups as written
            for lm in rx.finditer(norm) if low_rx is None else low_rx.finditer(low):  # type: ignore[arg-type]
                start, end = lm.span()
                if start > 0 and norm[start].isupper():
                    continue  # a name, not a verb: "Will Smith", "Guaranteed Securities Fund"
                if taken and any(start < e and s < end for s, e in taken):
                    continue
                m = lm if low_rx is None else twins[i].match(norm, start)
                if m is None:  # (never: the twin matches where its lowered twin does)
                    continue
                taken.append((start, end))
                found.append((rule, m))
        if len(found) > 1:
            found.sort(key=lambda rm: rm[1].start())
        return found

    # ---- one cue ------------------------------------------------------------------------
    def _analyse(self, doc: Document, ctx: DocContext, sent_start: int, raw: str, norm: str,
                 rule: Rule, m: re.Match[str], low: str | None = None,
                 tracer: Tracer | None = None,
                 need_hits: dict[int, list[tuple[int, int, int]]] | None = None,
                 plain: bool = False) -> list[Finding | Claim]:
        # (`plain`: `norm` is plain, see `_plain`: the patterns below may run as ASCII twins)
        kind = rule.kind
        reported: Rule | None = None  # a guard of effect "claim" that fired: a second-hand report
        before, after = norm[: m.start()], norm[m.end() :]
        be_refused: tuple[str, str] | None = None
        pos = sent_start + _raw_offset(raw, norm, m.start())
        mode = rule.mode

        # Cheap refusals first, on the clause alone: most candidates end here, before the
        # subject is read or the document's context (people, firms, quotes) is needed.
        # Guards and these checks are independent, so their order changes only the trace,
        # never the findings.
        if mode == "modal":
            if plain and (low_rx := _low_twin(_VERB_AFTER)) is not None:
                # (its groups then read the lowered words: all who read them lower them)
                v = low_rx.match(low[m.end() :] if low is not None else after.lower())
            else:
                v = (_twin(_VERB_AFTER) if plain else _VERB_AFTER).match(after)
            if not v:
                return _refuse(tracer, "refusal.no-verb-after-modal", after[:30])
            read = self._modal_verb(v, kind, rule.keeps)
            if isinstance(read, tuple) and len(read) == 2:
                if not (read[0] == "refusal.stative-be" and (ctx.author and authored_be_subject(before) or
                                                              not ctx.author and announced_there(before, after[v.start("verb"):]))):
                    return _refuse(tracer, *read)
                # "there will be no ...": only an authored reading below may take it
                be_refused, read = read, (kind, "be", bool(v.group("neg") or v.group("neg2")), False)
            kind, verb, negated, passive = read
            if verb in self._disclosures and (_SET_TIME.search(_NEXT_CLAUSE.split(after, 1)[0])
                                              or _SET_TIME.search(_own_clause(before))):
                kind = "intention"  # "will publish its results on Thursday": a scheduled event
            elif _lemma(verb) in _EVENT_LIGHT_VERBS and self._event_object(after[v.end("verb"):]):
                kind = "intention"  # "will deliver a keynote speech", "will make its decision on Thursday"
        else:
            # "pledged not to privatise", "has no plans to", "ruled out raising": a promise not to act
            v, verb, negated, passive = None, "", rule.negates or bool(_NEG_AFTER.match(after)), False
        text_guards, subject_guards, speaker_guards = self._guards_for(rule)
        # The text guards' verdict: a reject ends the candidate with no finding, as every
        # refusal does, and the other effects (an intention, a claim) count only in a finding.
        # So, untraced, they are read only before the first step that may give one (`settle`):
        # the candidates refused before then (most) never need them. Traced, they are read
        # here, in the rules' order.
        guarded = None if tracer is None else self._text_guarded(
            ctx, rule, text_guards, norm, before, after, m, low, need_hits, plain, tracer)

        def settle() -> bool:
            """Read the text guards if not yet done; False when one rejects."""
            nonlocal guarded, kind, reported
            if guarded is None:
                guarded = self._text_guarded(ctx, rule, text_guards, norm, before, after, m, low, need_hits, plain, None)
                if guarded is not _REJECTED and guarded[0]:
                    kind = "intention"  # (as the modal's reading only ever does: order-free)
                    # (the text guards come before the subject's and the speaker's)
                    reported = guarded[1] or reported
            return guarded is not _REJECTED

        if guarded is not None:
            if guarded is _REJECTED:
                return []
            if guarded[0]:
                kind, reported = "intention", guarded[1]
        subj_text, frame_who, frame_verb, paren_who = subject_read(before, self._g)
        read_subject = subj_text  # (as read in `before`, where the frame precedes it)
        if tracer is not None:
            tracer.frame(frame_who, frame_verb)
        subj_text = possessor_subject(rule.id, subj_text)  # "our target is to": "we"
        subj_low = subj_text.lower()
        owner: _Actor | None = None
        if subj_low == "the" and rule.id in OWNED_CUES and not (frame_who or frame_verb):
            # "The flagship pledge is to ...": the pledge of the one the story is about
            got = _READINGS["reading.pledge_owner"](self, _Clause(ctx, pos, subj_text, before, after, None, "", None))
            if isinstance(got, tuple):
                return _refuse(tracer, *got)
            owner = got
        if mode == "modal" and ctx.author and not (frame_who or frame_verb or paren_who):
            bound = self._authored(doc, ctx, sent_start, raw, norm, m, before, after, v, kind, negated, tracer)
            if bound is not None:  # a body's own document: readings_authored.py
                was = kind  # (whether it binds does not hang on `kind`: read with the guards' if they change it)
                if not settle():
                    return []
                if kind != was:
                    bound = self._authored(doc, ctx, sent_start, raw, norm, m, before, after, v, kind, negated, tracer)
                    assert bound is not None
                return bound if reported is None else _reported(bound, reported)
        if be_refused and not ctx.author and announced_there(before, after[v.start("verb"):] if v else ""):
            # "There would be no sweeping changes to Bloglines, said Mr Lanzone": a speaker
            # rules something in or out (readings_authored.py: announced_there)
            bound = self._there_announced(doc, ctx, sent_start, raw, norm, m, before, after, frame_who,
                                          frame_verb, paren_who, pos, negated, tracer)
            if bound is not None:
                if not settle():
                    return []
                return bound if reported is None else _reported(bound, reported)
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
                if g.effect == "claim" and reported is None:
                    reported = g
        if subj_low in ("i", "we") and self._performatives:
            act = verb or _first_verb(after)
            rest = after[after.find(act):] if act else ""
            # (a phrase may end the clause: "we will now take a few questions.")
            if act in self._performatives or (_PUNCT.sub(" ", rest.lower()) + " ").startswith(self._performative_phrases) \
                    or _DISCOURSE_ACT.match(rest) or _DISCOURSE_OBJECT.match(rest):
                # "I want to thank", "I will admit", "we would stress": the speech act is
                # done in saying it, nothing is promised
                return _refuse(tracer, "refusal.performative", f"{subj_text} {act}")
        if subj_text[:1].isupper() and " " not in subj_text and subj_text.endswith("s") \
                and (mod := _MODIFIER_END.search(before[: before.rfind(subj_text)])) is not None:
            info = self.gaz.lookup(subj_text)
            if info is not None and info.type == "country" and info.name != subj_text:
                # "eligible Americans will continue", "many Britons would": people in general
                return _refuse(tracer, "refusal.generic-people", f"{mod.group().strip()} {subj_text}")
        if frame_verb and frame_verb.split()[0] in self._g.opinion:
            return _refuse(tracer, "refusal.opinion-frame", f"{frame_who} {frame_verb}")
        if frame_verb and frame_verb.split()[0] in ("say", "tell", "announce", "promise", "insist") \
                and (vm := list(re.finditer(rf"\b{frame_verb.split()[0]}\b", before))) \
                and (um := _UNSAID.search(before, 0, vm[-1].start())):
            # "could only deal with it by continuing to say they would not allow ...", "I would
            # say we will": a saying not done, only wished, advised or hedged, binds no one
            return _refuse(tracer, "refusal.unsaid-frame", f"{um.group().strip()} {frame_verb}")
        if not subj_text and not frame_verb and _ELLIPSIS.search(before) and not _RELATIVE_CONJUNCT.search(before) \
                and (el := _elided_clause(before, self._g)) and el[2] and el[2].split()[0] in self._g.opinion:
            # "he argued that the EU was moving ..., and would eventually recognise": the
            # conjunct goes on the clause the opinion frames, a forecast too
            return _refuse(tracer, "refusal.opinion-frame", f"{el[1]} {el[2]}")
        if mode == "modal" and verb and _lemma(verb) in self._effect_verbs and ctx.author and not passive and not frame_who \
                and not _FIRST_PERSON.intersection(re.findall(r"\w+", subj_low)) \
                and not self._authors_own(ctx.author, subj_low) and not self._body_author(ctx.author):
            # a member's release: "The Teen Court will allow volunteers to ...", "This grant will
            # enhance our arts projects", "ACUS will save taxpayers millions": what a body, a
            # grant or a law will bring about, told by the member or a guest, is a forecast (not
            # what the body is reported saying of itself: "the FRA has stated it will allow")
            return _refuse(tracer, "refusal.authored-effect", f"{subj_text} {verb}")
        if rule.id == "intention.plan" and subj_low == "it" and ctx.author and not (frame_who or frame_verb or paren_who) \
                and not self._body_author(ctx.author) \
                and self._authors_own(ctx.author, (_post_speaker(after, self._g) or "").lower()):
            # a member's release: "It aims to lower prices at the pump", "It seeks to expand
            # access": 'it' is the bill or programme just described, no one's aim (also in the
            # member's own quote: "It seeks to terrorize free people," Rogers added)
            return _refuse(tracer, "refusal.authored-it-aims", f"{subj_text} {m.group()}")
        if mode == "modal" and _WHO_END.search(before) and _ROLE_KEPT.match(after):
            # "Peter Tom, who will remain as chief executive, said ...", "replacing Harold
            # Simmons, who will continue as chairman": a role told of the one a sentence is about
            return _refuse(tracer, "refusal.role-relative", f"who {m.group()}{after[:25]}")
        if rule.id == "intention.plan" and m.group()[:m.group().find(" ")].lower().endswith("ing") \
                and _COMMON_WORD_END.search(before) and not _PROGRESSIVE_AUX.search(before):
            # "an insured credit union proposing to convert", "extremist elements seeking to": a
            # participle right after a common noun describes it, no one states an aim ("Manila,
            # seeking to reschedule", "Nokia planning to" still do)
            return _refuse(tracer, "refusal.participle-aim", m.group())
        if rule.id == "future.would" and ctx.author and not (frame_who or frame_verb or paren_who) \
                and not (subj_low in ("i", "we", "") or subj_low.startswith(("my ", "our "))) \
                and not self._reported_in(norm, plain) \
                and not _reporting_form(norm, plain) \
                and ctx.quote_at(pos) is None:
            # a member's release: "The committee would also solicit input", "Duquesne University
            # would use this funding to ...": what a bill or a grant would bring about, told by
            # the author, not anyone's word; "Brady would treat investment ... the same way" (his
            # proposal would): the author named in the third person with a bare "would" too
            return _refuse(tracer, "refusal.authored-would", subj_text)
        if (rule.id == "intention.plan" and _STRIVING.match(m.group()) or mode == "modal" and verb in _AS_DISCOURSE
                or rule.id == "intention.consider" and "considering" in m.group().lower()) \
                and _AS_CLAUSE.search(before):
            # "our trade policy, as we seek to navigate globalization", "As we seek to reform our
            # gun laws, I believe ...", "as they seek to compete against China", "As we will hear
            # today": a clause of time or background around the point, no aim stated for itself
            return _refuse(tracer, "refusal.as-background", f"{before[-30:].strip()} {m.group()}")
        if not subj_text and mode == "modal" and _RELATIVE_COORDINATED.search(before):
            # "a $30 million project that created 300 jobs and will reduce travel times": the
            # cue goes on a relative clause about a thing, which binds no one
            return _refuse(tracer, "refusal.relative-coordinated", before[-60:].strip())
        relay_subj = subj_low or (_elided_subject(before, self._g) or "").lower()  # ("... and will share")
        if rule.id in ("future.will", "future.continue") and ctx.author and not (frame_who or frame_verb or paren_who) \
                and not self._authors_own(ctx.author, relay_subj) and relay_subj not in ("he", "she", "they", "it") \
                and not self._reported_in(norm, plain) and not _reporting_form(norm, plain) \
                and not _with_author(ctx.author, before) \
                and not (self._own_body(relay_subj) and not _INSIDE_RELATIVE.search(before)
                         and not _founded_before(ctx.doc.text, sent_start, relay_subj)) \
                and ctx.quote_at(pos) is None:
            return _refuse(tracer, "refusal.authored-relay", subj_text)
        if rule.id in _QUOTE_FORECAST_CUES and ctx.author and not passive \
                and not (frame_who or frame_verb or paren_who) \
                and self._quoted_forecast(ctx, pos, relay_subj, after):
            return _refuse(tracer, "refusal.authored-quote-forecast", subj_text)
        if owner is None and subj_low.startswith(("a ", "an ")) and _RELATIVE_END.search(before):
            # "with a separate board which would include independent members": a relative
            # clause describing a thing or body told of, not anyone's word
            return _refuse(tracer, "refusal.subject-not-agent", subj_text)
        if owner is None and subj_text and _object_of_gerund(before, subj_text):
            # "Snapping up MCI would give the buyer ...", "said reopening the Waverley Line
            # would restore ...": the subject is a gerund's clause; its object acts in nothing
            return _refuse(tracer, "refusal.subject-not-agent", subj_text)
        if owner is None and not passive and self._never_agent(subj_text, before) and not (
                mode == "modal" and self._may_be_announced(subj_text, verb)):
            # "This bill will ...": no reading can bind anyone, so the document's context
            # (people, quotes, firms) is not needed to refuse it
            if tracer is not None:
                tracer.resolved("subject", subj_text, None, "a thing, or no subject")
            return _refuse(tracer, "refusal.subject-never-agent", subj_text)
        initial = not before[: len(before) - len(before.lstrip())] and before.strip().startswith(subj_text) if subj_text else False
        if owner is None and subj_text[:1].isupper() and place_apposed(before, subj_text) and self.gaz.lookup(subj_text.strip()) is None:
            # "the foreign secretary's official Kent house, Chevening, will": the name of a house
            # or a village in apposition is a place, which binds no one (resolution.place-named)
            if tracer is not None:
                tracer.resolved("subject", subj_text, None, "resolution.place-named: a place's name in apposition")
            return _refuse(tracer, "refusal.subject-not-agent", subj_text)
        actor_np: _Actor | None = None
        if owner is None and not passive and _speaker_free(subj_text) \
                and not (mode == "modal" and self._may_be_announced(subj_text, verb)):
            if not settle():  # (before the subject's resolution, which costs more than the guards)
                return []
            # a noun phrase (no pronoun) is resolved the same whoever speaks, and if it
            # binds no one no reading can: refused before the speaker is read
            actor_np = self._resolve_np(ctx, subj_text.strip(), pos, None, initial)
            if actor_np is not None and actor_np.type == "party" and not actor_np.actors[1:] \
                    and counted_before(ctx.doc.text, subj_text, pos):
                # "several dozen Republicans who have pledged", "some Democrats will": a counted
                # part of a party's members, not the party (resolution.party-subset)
                if tracer is not None:
                    tracer.resolved("subject", subj_text, None, "resolution.party-subset: a counted part of a party")
                return _refuse(tracer, "refusal.subject-not-agent", subj_text)
            if tracer is not None:
                tracer.resolved("subject", subj_text, actor_np)
            if actor_np is None and not ((frame_who or paren_who) and is_body_noun_phrase(subj_low)):
                # ("the firm" after "X, a spokeswoman for Ferrovial, said": the speaker may tell)
                return _refuse(tracer, "refusal.subject-not-agent", subj_text)
        post_who = _post_speaker(after, self._g)
        named_speaker = frame_who or paren_who or post_who  # a speaker named in the sentence
        if passive and not named_speaker and ctx.author:
            # no one named to announce it (see the passive reading below), in a document
            # written by its actor: refused before the speaker is read
            return _refuse(tracer, "refusal.passive-authored", subj_text)
        if not settle():
            return []

        speaker_text = named_speaker
        quote = ctx.quote_at(pos)
        if not speaker_text and quote is not None and quote.speaker:
            speaker_text = quote.speaker
        described = ""  # what describes the speaker in the sentence, or where the quote names them
        if speaker_text and speaker_guards:
            # the speaker window holds the whole attribution ("said Ian Fogg, an analyst with ...")
            attribution = self._g.post_attrib.search(after)
            own = speaker_text
            if subj_low == "it" and frame_who and _FIRM_NAME_WORDS.fullmatch(speaker_text.strip()):
                # "Nokian Paper said it will close its mill", "The Washington Post said it would
                # cut 100 jobs": a body named in full that tells of itself ("it") is no
                # reporter, whatever its name's head word (resolution.speaks-of-itself)
                own = ""
            # ... and what describes a frame's speaker before its verb ("Mark Holt, an analyst
            # at Barclays, said"; resolution.appositive-speaker), unless the speaker tells of
            # themselves ("Ed Perle, a critic of the treaty, said he would"): what they are
            # makes them no one's reporter
            if own and subj_low not in _SELF_PRONOUNS:
                if speaker_text == frame_who:
                    described = frame_description(before, read_subject, frame_who, self._g)
                elif not named_speaker and quote is not None and quote.speaker_pos is not None:
                    # the quote's speaker as its attribution describes them ('Mark Holt, an
                    # analyst at Barclays, said: "..."', '"...," said Mark Holt, an analyst.')
                    at = ctx.doc.text.find(speaker_text, max(0, quote.speaker_pos), quote.speaker_pos + 80)
                    described = name_description(ctx.doc.text, at + len(speaker_text)) if at >= 0 else ""
            # (set off by commas: "Bond Dealers, AIBD" is no name holding "Dealers")
            window = " ".join(x for x in (own, f", {described}," if described else "",
                                          attribution.group() if attribution else "") if x)
            # a word inside a proper name is not its head: "Northgate Paper Mills", "the Post
            # Office", "Granite Media Group" are no paper, post or media ("the Washington Post" is)
            window = _INNER_NAME_WORD.sub(lambda m: "_" * len(m.group()), window)
            # whom the speaker tells is the audience, not a reporter: "its president told the
            # Nikkei newspaper", "she told a local radio station" (resolution.told-audience)
            window = _TOLD_AUDIENCE.sub(lambda m: "told " + "_" * (len(m.group()) - 5), window).lower()
            fired = _speaker_effects(window, speaker_guards, tracer)
            if any(g.effect == "reject" for g in fired):
                return []
            if fired:
                kind = "intention"
                reported = reported or next((g for g in fired if g.effect == "claim"), None)

        speaker_text = _PARENS.sub("", speaker_text).strip() if speaker_text else speaker_text
        if speaker_text:  # "officials at the Japanese transport ministry": the ministry speaks
            speaker_text = _VOICE_OF.sub("", speaker_text)
        # a quote's speaker is read where the quote names it ("..., he replied: "), as its "I" is
        at = quote.speaker_pos if not named_speaker and quote is not None and quote.speaker \
            and quote.speaker_pos is not None and quote.speaker_pos >= 0 else pos
        speaker = self._resolve_np(ctx, speaker_text, at, None, False) if speaker_text else None
        if speaker is not None and speaker_guards and speaker.type == "person" and speaker.name and not described \
                and subj_low not in _SELF_PRONOUNS:
            # a person described where the text names them ("Mark Holt, an analyst at
            # Barclays, said ... He added that the company would"; resolution.appositive-speaker)
            fired = _speaker_effects(person_description(ctx.doc.text, speaker.name, pos), speaker_guards, tracer)
            if any(g.effect == "reject" for g in fired):
                return []
            if fired:
                kind = "intention"
                reported = reported or next((g for g in fired if g.effect == "claim"), None)
        actor = owner or actor_np or self._resolve_subject(ctx, subj_text, before, frame_who, speaker, quote, pos, initial, mode)
        if actor is not None and speaker is not None and actor.how.endswith("(resolution.they-with-author)"):
            speaker = actor  # "X and the author announced they will": the author is one who speaks
        # (a subject read whole, "Marlow and the Cascadia Food Bank": its last conjunct is the one
        # coordinated with the author)
        whole = bool(ctx.author) and actor is not None and " and " in subj_text and not actor.actors[1:] \
            and _coordinated_with_author(ctx.author, before, subj_text[subj_text.rfind(" and ") + 5:])
        if actor is not None and ctx.author and owner is None and not (frame_who or paren_who) and subj_text \
                and subj_low not in _FIRST_PERSON and subj_low not in _CONTEXT_PRONOUNS \
                and actor.name and (whole or not self._authors_own(ctx.author, actor.name.lower())) \
                and (quote is None or not quote.speaker or self._authors_own(ctx.author, quote.speaker.lower())) \
                and (whole or _coordinated_with_author(ctx.author, before, subj_text)):
            # "Congressman Ted Poe and Congressman Jim Costa will host", "Congressman Lutz's staff
            # and Chief Dana Ortiz will provide": the author is bound with the last one named
            author_actor = self._resolve_subject(ctx, "I", "", None, None, None, pos, False, mode)
            if author_actor is not None:
                actor = replace(author_actor, how="the author, coordinated with the subject (resolution.coordinated-with-author)")
        if tracer is not None:
            if speaker_text:
                how = ("named in the sentence" if named_speaker else "the speaker of the quote")
                if not named_speaker and quote is not None and quote.paragraph_break:
                    how += " (resolution.quote-paragraph-break: the name opening the next paragraph is not it)"
                tracer.resolved("speaker", speaker_text, speaker,
                                f"{how}; {speaker.how}" if speaker is not None and speaker.how else how)
            if actor_np is None:
                tracer.resolved("subject", subj_text, actor)
        score = rule.score

        reading: Rule | None = self.ruleset.readings["reading.pledge_owner"] if owner is not None else None
        # a speaker known only as the voice of a quote announces nothing by itself
        quote_only = not named_speaker
        if mode == "modal":
            assert v is not None
            announcer = speaker if speaker is not None and speaker.named and not quote_only else None
            if passive and announcer is None and not frame_who and _SAYING_CLAUSE.search(before):
                # "North Wales Police reopened the case, saying materials would be examined": the
                # sentence's subject announces it
                who = self._sentence_subject(ctx, norm, sent_start)
                if who is not None and who.named and who.type not in (None, "person"):
                    announcer = who
            rid = None
            if passive:
                # the subject undergoes the action: the announcer is bound, else the actor
                # last seen acting; any verb's participle binds only a body announcing it
                # (morphology.py)
                announcer_type = announcer.type if announcer else None
                if announcer_type is None and _ITS.search(subj_text):
                    # "Foxglove Cosmetics announced that its depot would be knocked down": what the
                    # announcer calls "its" is a body's, not a person's (resolution.type-its-owner)
                    announcer_type = "organisation"
                why = passive_refusal((v.group("next") or "").lower() in self._passive_ok,
                                      announcer_type, announcer is not None, before)
                if why:
                    return _refuse(tracer, why, subj_text)
                rid = "reading.passive_announcer" if announcer is not None else "reading.agentless_passive"
                part = (v.group("next") or "").lower()
                if any(b in _PASSIVE_EVENTS or b in self._disclosures and _SET_TIME.search(norm)
                       for b in base_forms(part)):
                    kind = "intention"  # "the winner will be announced in May, Acme said": a scheduled event
                if announcer is not None and ctx.author and announcer.type == "person" \
                        and self._authors_own(ctx.author, announcer.name.lower()):
                    # "Congressman X announced that a grant will be awarded to the library":
                    # the member relays what an agency will do, he does not do it
                    return _refuse(tracer, "refusal.passive-author-relay", subj_text)
            elif actor is None and announcer is not None and announcer.type != "person":
                rid = "reading.facility_change" if self._facility_change(subj_text, verb) else \
                    "reading.announced_plan"  # "Construction will start in 1988, BP Canada said"
            if rid is not None:
                got = _READINGS[rid](self, _Clause(ctx, pos, subj_text, before, after, v, verb, announcer))
                if isinstance(got, tuple):
                    return _refuse(tracer, *got)
                actor, reading = got, self.ruleset.readings[rid]
        if actor is None:
            return _refuse(tracer, "refusal.subject-not-agent", subj_text)
        if reading is not None:
            # (a reading binds an actor; it does not undo what a guard or the verb made an
            # intention: 'According to Russian newspaper Vedomosti, these credits would be used')
            kind, score = ("intention" if kind == "intention" else reading.kind), reading.score
            rule = reading
            if tracer is not None:
                tracer.reading(reading.id, kind)
        if tracer is not None:
            tracer.resolved("actor", subj_text if reading is None else (speaker_text or "") , actor)

        # Reported speech: "X said Y would ..." binds Y only when Y is X or X's own side.
        if frame_who and speaker is not None and actor.named and speaker.named \
                and not (rule.id.startswith("agreement.") and _PERFECT_AGREED.search(before[-40:] + m.group())):
            # ("The company said Falk has agreed to sell": a report of Y's own agreement, done)
            typed = self.settle_type(ctx, speaker)  # ("The Fire Brigades Union said": a body by its suffix)
            if not _same_side(self, typed if typed.how.endswith("(resolution.type-by-suffix)") else speaker, actor):
                return _refuse(tracer, "refusal.other-side", f"{speaker.name} / {actor.name}")

        if frame_who and frame_who.strip().lower() in ("he", "she") and speaker is not None and reading is None \
                and actor.type == "person" and speaker.name == actor.name and subj_low not in _CONTEXT_PRONOUNS \
                and subj_low not in _FIRST_PERSON:
            # "He stressed that Mr Brown would play the same role": the one who speaks of Mr
            # Brown by name is someone else, one person's word on another
            return _refuse(tracer, "refusal.other-person", f"{frame_who} / {actor.name}")
        if not frame_who and quote is not None and reading is None \
                and subj_low in ("he", "she") and speaker is not None and speaker.named and actor.named \
                and (actor.name == speaker.name or not (paren_who or post_who) and speaker.type != "person"
                     and actor.type == "person" and not _same_side(self, speaker, actor)):
            # '"He will remain suspended," said Mr Houston': no one calls himself "he"; '"He
            # will use our money to buy it," the fans' group said': a body's word on a person
            return _refuse(tracer, "refusal.other-person", f"{speaker.name} / {subj_text}")
        if not frame_who and reading is None and quote is not None and speaker is not None and speaker.named \
                and actor.named and actor.type == "party" and subj_low not in _FIRST_PERSON \
                and not _same_side(self, speaker, actor):
            # '"Like the Tories, the Liberal Democrats would restrict access ...," a Labour
            # spokesperson said': a party's word on another party, in its own quote
            return _refuse(tracer, "refusal.other-side", f"{speaker.name} / {actor.name}")
        if reading is None and speaker is not None and speaker.named and speaker.type == "person" \
                and (named_speaker or quote is not None) and actor.named and actor.type in ("country", "government") \
                and subj_low.split()[-1:] and subj_low.split()[-1] in ("government", "administration", "ministers") \
                and _out_of_office(ctx.doc.text, speaker.name):
            # '"..., the government wants to recruit 25,000 people who can't arrest anyone," said
            # shadow home secretary David Davis': an opponent's (or a former holder's) word on
            # the government is a charge or a forecast, not the government's
            return _refuse(tracer, "refusal.other-side", f"{speaker.name} / {actor.name}")
        if not frame_who and reading is None and quote is not None and quote.speaker and (speaker is None or not speaker.named) \
                and actor.named and actor.type == "party" and subj_text and subj_low not in _FIRST_PERSON \
                and subj_low not in _CONTEXT_PRONOUNS and not subj_low.endswith("government") and not ctx.author:
            # '"The Conservatives are committed to cutting £35bn," he said', where the text does
            # not let us name who speaks: a party named in the third person in someone's quote
            # is most often its opponent's charge (its own people say "we", or "a Conservative
            # government will")
            return _refuse(tracer, "refusal.other-side", f"{quote.speaker} / {actor.name}")
        if not frame_who and reading is None and actor.named and actor.type in ("person", "party") and subj_text \
                and subj_low not in _CONTEXT_PRONOUNS and subj_low not in _FIRST_PERSON \
                and _SAYING_BEFORE.search(before, 0, max(0, before.rfind(subj_text))):
            # "Mr Hockney left UKIP saying Mr Kilroy-Silk would deliver better": the one saying
            # it is the sentence's subject; one person's word on another is a forecast or praise
            who = self._sentence_subject(ctx, norm, sent_start)
            if who is not None and who.named and who.type == "person" and actor.type == "person" \
                    and _other_person(self.gaz, self.settle_type(ctx, who), self.settle_type(ctx, actor)):
                return _refuse(tracer, "refusal.other-person", f"{who.name} / {actor.name}")
            if who is not None and who.named and who.type in ("person", "party") and actor.type == "party" \
                    and not _same_side(self, self.settle_type(ctx, who), actor):
                # "The Tories attacked the budget, saying Labour would raise taxes"
                return _refuse(tracer, "refusal.other-side", f"{who.name} / {actor.name}")
        if reading is None and speaker is not None and (named_speaker or quote is not None) \
                and not rule.id.startswith(_REPORTED_ACT_CUES) \
                and not subj_low.startswith("the ") \
                and _other_person(self.gaz, self.settle_type(ctx, speaker), self.settle_type(ctx, actor)):
            # "Bush will take a more consensual approach, Tony Blair said", '"Ruth Kelly wants
            # to ditch the report," he said': one person's word on what another will do or
            # wants is a forecast or a charge, not the other's commitment (a reported pledge
            # or agreement, "X said Y had agreed to", is a report of Y's own act)
            return _refuse(tracer, "refusal.other-person", f"{speaker.name} / {actor.name}")

        if mode == "modal" and ctx.author and actor.named and (
                named_speaker and speaker is not None and speaker.type == "person" and actor.name != speaker.name
                and self._authors_own(ctx.author, speaker.name.lower())
                or not named_speaker and quote is None and not {"he", "she"}.intersection(re.findall(r"\w+", subj_low))
                and _author_announces(ctx.author, before)) \
                and not self._authors_own(ctx.author, actor.name.lower()) \
                and not _FIRST_PERSON.intersection(re.findall(r"\w+", subj_low)) \
                and not self._authors_side(ctx, actor, subj_low, pos):
            # "Rep. Price announced that Medicare will begin mailing checks": the member relays
            # what an agency or another will do; a second-hand report, not that actor's word
            return _refuse(tracer, "refusal.author-announces-other", f"{ctx.author} / {actor.name}")
        if rule.id in _OTHERS_WANT_CUES and ctx.author and _OTHERS_WANT.match(m.group()) and not named_speaker \
                and (quote is None or not quote.speaker or self._authors_own(ctx.author, quote.speaker.lower())
                     or _MEMBER_TITLE.match(quote.speaker.lower()) is not None) \
                and not _FIRST_PERSON.intersection(re.findall(r"\w+", subj_low)) \
                and not _reporting_form(norm, plain) and not self._authors_own(ctx.author, actor.name.lower()) \
                and not self._authors_side(ctx, actor, subj_low, pos):
            # "Republicans are willing to inflict even more", "they only want to delay ObamaCare":
            # in a member's release, what another side wants, told by the member, is a charge,
            # not that side's stated aim
            return _refuse(tracer, "refusal.authored-others-want", f"{subj_text} {m.group()}")
        if rule.id == "commissive.pledge" and ctx.author and kind != "intention" and _PAST_PROMISE.match(m.group()) \
                and not _PROMISE_TO_ACT.match(after) \
                and (not named_speaker or self._authors_own(ctx.author, named_speaker.lower())) \
                and (quote is None or not quote.speaker or self._authors_own(ctx.author, quote.speaker.lower())) \
                and not _FIRST_PERSON.intersection(re.findall(r"\w+", subj_low)) \
                and not self._authors_own(ctx.author, actor.name.lower()) \
                and not self._authors_side(ctx, actor, subj_low, pos):
            # "President Obama promised his law would reduce costs", "the Administration promised
            # Texans that the stimulus would create 269,000 jobs": in a member's release, another's
            # promise of an outcome, told by the member, is a commitment recalled, not made (kept
            # as intention, as GUIDELINES has it); a promise to act ("promised to reopen the
            # clinic by June") is reported as made
            kind = "intention"
            if tracer is not None:
                tracer.fired("refusal.authored-others-promise", "intention", f"{subj_text} {m.group()}")
        if rule.id in _CHARGE_CUES and ctx.author and reading is None \
                and (not named_speaker or self._authors_own(ctx.author, named_speaker.lower())) \
                and (quote is None or not quote.speaker or self._authors_own(ctx.author, quote.speaker.lower())) \
                and not _FIRST_PERSON.intersection(re.findall(r"\w+", subj_low)) \
                and (actor.type != "country" or _GOVERNMENT_WORDS.search(subj_low) is not None) \
                and not self._authors_own(ctx.author, actor.name.lower()) \
                and not self._body_author(ctx.author) \
                and not self._authors_side(ctx, actor, subj_low, pos) and self._charged(after):
            # "He is committed to dragging health care back decades", "Republicans plan to gut
            # the Clean Water Act", "the President plans to impose higher taxes": in a member's
            # release, another side's aim told in words of blame is the member's charge
            return _refuse(tracer, "refusal.authored-others-bent", f"{subj_text} {m.group()}")
        if mode == "modal" and ctx.author and reading is None and actor.named and actor.type == "party" \
                and (not named_speaker or self._authors_own(ctx.author, named_speaker.lower())) \
                and (quote is None or not quote.speaker or self._authors_own(ctx.author, quote.speaker.lower())) \
                and not _FIRST_PERSON.intersection(re.findall(r"\w+", subj_low)) \
                and not self._authors_own(ctx.author, subj_low) \
                and not _REPORTED_BEFORE.search(before, 0, max(0, before.rfind(subj_text))) \
                and not self._body_author(ctx.author) and self._authors_other_party(ctx, actor, pos):
            # "Republicans will create an automatic system of forced cuts", "They won't tell you
            # what it is", in a release of a member the text ties to the other party: the
            # member's forecast or mockery of the other side, not that party's word
            return _refuse(tracer, "refusal.authored-other-party", f"{ctx.author} / {actor.name}")
        if rule.id == "commissive.committed" and ctx.author and reading is None and actor.named \
                and actor.type == "person" and _STATIVE_COMMITTED.search(before[-24:] + m.group()) \
                and (not named_speaker or self._authors_own(ctx.author, named_speaker.lower())) \
                and (quote is None or not quote.speaker or self._authors_own(ctx.author, quote.speaker.lower())
                     or _MEMBER_TITLE.match(quote.speaker.lower()) is not None) \
                and not _FIRST_PERSON.intersection(re.findall(r"\w+", subj_low)) \
                and not any(self._authors_own(ctx.author, a.lower()) for a in (actor.name, *actor.actors)) \
                and not self._body_author(ctx.author):
            # "President Trump is committed to rebuilding our infrastructure", "Secretary Gates is
            # committed to ending this program", "He's fully committed to denuclearizing": in a
            # member's release, another person's stance told by the member (or a colleague's
            # quote) describes that person; it is not their word ("and so am I": the member's own)
            if (so := _SO_AM_I.search(after, 0, 200)) is not None and not _CLAUSE_BREAK.search(after, 0, so.start()):
                author_actor = self._resolve_subject(ctx, "I", "", None, None, None, pos, False, mode)
                if author_actor is not None:
                    actor = replace(author_actor, how="resolution.so-am-i: the author takes the stance told of another "
                                                      "('..., and so am I')")
                    if tracer is not None:
                        tracer.resolved("actor", "so am I", actor)
            else:
                return _refuse(tracer, "refusal.authored-others-committed", f"{subj_text} {m.group()}")
        if not actor.name and doc.source:
            # a published text that does not let us name who is bound ("the government"
            # with no country named, "the Caucus" with no body named): no one to hold to it
            return _refuse(tracer, "refusal.actor-unnamed", subj_text)
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
        actor = self.name_peer(ctx, self.name_nickname(ctx, self.name_acronym(ctx, actor)))
        if ctx.author_label and actor.name == ctx.author and ctx.author_label not in actor.aliases:
            # ("Mac Thornberry" of a release labelled "William Thornberry": the label's name an alias)
            actor = replace(actor, aliases=[*actor.aliases, ctx.author_label])
        actor = self.settle_type(ctx, actor)  # (after the adjustments, which weigh an untyped name)
        actor = self.settle_parent(ctx, actor)
        if tracer is not None and (actor.how.endswith(")") and "resolution.type-" in actor.how
                                   or "resolution.acronym-name" in actor.how):
            tracer.resolved("actor", subj_text if reading is None else (speaker_text or ""), actor)

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
        return findings if reported is None else _reported(findings, reported)

    def _text_guarded(self, ctx: DocContext, rule: Rule, text_guards: list[Any], norm: str, before: str,
                      after: str, m: re.Match[str], low: str | None,
                      need_hits: dict[int, list[tuple[int, int, int]]] | None, plain: bool,
                      tracer: Tracer | None) -> tuple[bool, Rule | None]:
        """The verdict of a cue's text guards (`_guards_for`) on its sentence: `_REJECTED`
        when one of effect "reject" matches, else whether any matched (the cue is then read
        as an intention) and the first of effect "claim" that did."""
        guard_before = before
        if "(" in before or "–" in before or "—" in before:
            # an inserted clause is read past: "said – after months of talks – that it would"
            # is no "after ..." condition on the promise (blanked for the guards, so offsets
            # hold; the clause reader below gets the words as written)
            guard_before = _INSERTED.sub(lambda im: " " * len(im.group()), before)
        windows = (norm, guard_before, after)
        # the windows lowered, for the lowered twins (made when first needed)
        low_windows: list[str | None] = [low, None, None]
        bounds = ((0, len(norm)), (0, m.start()), (m.end(), len(norm)))  # the windows in the sentence
        if need_hits is None:
            low = low if low is not None else _lowered(norm)  # the sentence lowered, when safe
            if low is not None:
                # where the guards' needs are: found once a sentence, for its first cue that
                # gets this far (most refused before the guards never need them)
                seen, hits = self._need_hits
                if seen is not low:
                    hits = self._guard_needs.hits(low)
                    self._need_hits = (low, hits)
                need_hits = hits
        tails: dict[tuple[int, int], int] = {}
        fired, reported = False, None
        may_match = self._guard_needs.may_match
        if need_hits is not None:  # (most guards' needs are absent from a sentence: left out at once)
            text_guards = self._guards_present(rule, text_guards, need_hits)
        for g, where, after_last, last_words, slot, twin, lowered, reach, body in text_guards:
            if g.unauthored and ctx.author:
                continue  # a guard of news copy: in an actor's own document its author announces
            lo, hi = bounds[where]
            if slot is not None and need_hits is not None and (
                    slot not in need_hits or not may_match(need_hits, slot, lo, hi, low)):
                continue  # none of the guard's needs in its window: it cannot match
            w = windows[where]
            # the guard's match lies in the text after its last separator, or in its last words
            at = max(w.rfind(c) for c in after_last) + 1 if after_last else 0
            if last_words:
                tail = tails.get((where, last_words))
                if tail is None:
                    tail = tails[(where, last_words)] = _tail_start(w, last_words)
                at = max(at, tail)
            if at and slot is not None and need_hits is not None and not may_match(need_hits, slot, lo + at, hi, low):
                continue
            if body is not None and not any(b.search(w, at) for b in body[plain]):  # (body[True]: twins)
                continue  # the words it looks for are not in its window (leads.scan_bodies)
            rx, rw = twin, w
            if not plain:
                rx = g.regex
            elif lowered:
                rw = low_windows[where]
                if rw is None:
                    rw = low_windows[where] = w.lower()  # (a plain text's: one for one, offsets hold)
            if reach is not None and need_hits is not None:
                # a match starts at most `reach` characters before a need (leads.py): tried there only
                gm = None
                for p in starts_near(need_hits[slot], lo, at, hi, reach):
                    gm = rx.match(rw, p)
                    if gm:
                        break
            else:
                gm = rx.search(rw, at)
            if gm:
                if tracer is not None:
                    tracer.fired(g.id, g.effect, w[gm.start() : gm.end()])  # (as written)
                if g.effect == "reject":
                    return _REJECTED
                fired = True
                if g.effect == "claim" and reported is None:
                    reported = g
        return fired, reported

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
        if nxt and any(b in self._events or b in self._disclosures and _SET_TIME.search(norm) for b in base_forms(nxt)):
            kind = "intention"  # "the results will be announced in May": a scheduled event
        actor = _READINGS[rid](self, _Clause(ctx, sent_start, "", before, after, v, nxt, None))
        assert not isinstance(actor, tuple)
        kind = "intention" if kind == "intention" else reading.kind
        if tracer is not None:
            tracer.reading(rid, kind)
            tracer.resolved("actor", ctx.author, actor)
        # the whole clause: its subject is what the author will do something to ("Ten new
        # units will be opened by 2028", "By 2030, all our buses will be electric")
        action = _ACTION_CUT.sub("", norm).strip(" ,.;")
        verb_at = len(norm[: m.start()].lstrip(" ,.;"))
        return [self._finding(doc, sent_start, raw, kind, actor, None, reading, reading.score, action, negated,
                              verb_at if verb_at < len(action) else 0)]

    def _there_announced(self, doc: Document, ctx: DocContext, sent_start: int, raw: str, norm: str,
                         m: re.Match[str], before: str, after: str, frame_who: str | None,
                         frame_verb: str | None, paren_who: str | None, pos: int, negated: bool,
                         tracer: Tracer | None = None) -> list[Finding] | None:
        """"There will be no new taxes, the minister said": the speaker named in the sentence
        (or of the quote) is bound; None when there is none, or it is an opinion or a
        third party's report, or it resolves to no one."""
        if frame_verb and frame_verb.split()[0] in self._g.opinion:
            return None
        quote = ctx.quote_at(pos)
        who = frame_who or paren_who or _post_speaker(after, self._g) or (quote.speaker if quote else None)
        if not who:
            return None
        attribution = self._g.post_attrib.search(after)
        # (the whole frame too: "Mr Smith, an analyst at Acme, said there ...")
        window = " ".join(x for x in (who, attribution.group() if attribution else "", before) if x).lower()
        if NOT_DECIDING.search(window):
            return None
        for g in self._guards_for(self.ruleset.readings["reading.there_speaker"])[2]:
            if g.regex.search(window):
                if tracer is not None:
                    tracer.fired(g.id, g.effect, window)
                return None
        speaker_text = _VOICE_OF.sub("", _PARENS.sub("", who).strip())
        speaker = self._resolve_np(ctx, speaker_text, pos, None, False)
        got = _READINGS["reading.there_speaker"](self, _Clause(ctx, pos, "there", before, after, None, "be", speaker))
        if isinstance(got, tuple):
            return None
        speaker = got
        reading = self.ruleset.readings["reading.there_speaker"]
        if tracer is not None:
            tracer.reading(reading.id, reading.kind)
            tracer.resolved("speaker", speaker_text, speaker)
        action = _ACTION_CUT.sub("", norm[m.start():]).strip(" ,.;")
        score = reading.score + self.ruleset.adjustment("adjustment.speaker-attributed")
        return [self._finding(doc, sent_start, raw, reading.kind, self.settle_type(ctx, speaker), speaker,
                              reading, round(score, 2), action, negated)]

    def _quoted_forecast(self, ctx: DocContext, pos: int, subj_low: str, after: str) -> bool:
        """In the author's own quote (or one no one else is named as saying, or another
        member's), a subject
        that is neither the author, their side, nor a pronoun the context resolves: what
        the author says another will do is their forecast ("Judge Gorsuch will bring ...")."""
        if not subj_low or subj_low in _CONTEXT_PRONOUNS:
            return False
        quote = ctx.quote_at(pos)  # (after the tests on the subject: the quotes are found when first asked for)
        if quote is None:
            return False
        assert ctx.author is not None
        words = re.findall(r"[\w’'\-]+", subj_low)
        if not words or self._authors_own(ctx.author, subj_low) or _FIRST_PERSON.intersection(words) \
                or _head(subj_low) in self._own_side or words[-1] in self._own_side:
            return False
        who = (_post_speaker(after, self._g) or quote.speaker or "").lower()
        if who and who not in _CONTEXT_PRONOUNS and not self._authors_own(ctx.author, who):
            # someone else's quote: another member's (by their title) is read the same way
            # ('Sen. Tom Udall (D-NM): "The Pentagon will ..."'), their own name aside; anyone
            # else's side is not known here, but what another person by title will do is
            # theirs to say ('Governor Deal: "Judge Kavanaugh will make a fine addition"')
            if self._authors_own(who, subj_low) or not (_MEMBER_TITLE.match(who) or _TITLED_PERSON.match(subj_low)):
                return False
        if who in ("she", "he", "they"):
            return False
        return True

    def _sentence_subject(self, ctx: DocContext, norm: str, sent_start: int) -> _Actor | None:
        """The actor the name opening the sentence `norm` (at `sent_start`) names, if one does."""
        main = _named_subject(norm, 0, len(norm))
        return self._resolve_np(ctx, main[1], sent_start + main[0], None, False) if main else None

    def _charged(self, after: str) -> bool:
        """Whether the clause after a cue (its first 12 words, up to a semicolon, a turn or a
        main verb "is") tells the act in words of blame (lexicon charge_words, in lower case:
        "to gut", "dragging ... back"; not "Rob"), with no word acting against what is blamed
        before them ("will fight this cruel campaign")."""
        if self._charge_rx is None:
            return False
        cut = _CHARGE_CLAUSE.search(after)
        clause = after[: cut.start()] if cut else after
        clause = " ".join(clause.split()[:12])
        got = self._charge_rx.search(clause)
        return got is not None and _AGAINST_BLAME.search(clause[: got.start()]) is None

    def _own_body(self, subj_low: str) -> bool:
        """Whether a subject is a body of the author's chamber ("the House Judiciary Committee",
        "the Senate", "the Caucus"; lexicon own_side_nouns, not a party): its hearings and votes
        are the member's own business, not a relay ("a committee" or "committees" are not)."""
        words = re.findall(r"[\w’'\-]+", subj_low)
        return len(words) > 1 and words[0] in ("the", "this", "our") and words[-1] in self._own_side \
            and words[-1] not in ("democrats", "republicans", "party", "colleagues", "staff", "team", "office")

    def _body_author(self, author: str) -> bool:
        """Whether a document's author is a body (a party, firm, ministry), not a person."""
        info = self.gaz.lookup(author)
        return author_is_body(author, info.type if info else None)

    def _reported_in(self, norm: str, plain: bool = False) -> bool:
        """Whether a sentence holds a reporting verb: a plural that is as often a noun
        ("new claims", "news reports", "other states") counts only before "that" or after
        a pronoun ("the VA will only pay for new claims" reports nothing). (`plain`: see _plain.)"""
        # (in a plain sentence its ASCII twin: the same matches, its \w told by a table)
        after = _twin(self._post_verb_after) if plain else self._post_verb_after
        if after.search(" " + norm) is None:
            # (every verb found is part of a word: speed, tried only at word starts, which the
            # regex engine skips to in C; the space put first stands for the text's start)
            return False
        for m in self._g.post_verb.finditer(norm):
            w = m.group().lower()
            if _INSIDE_WORD.match(norm[max(0, m.start() - 1) : m.start()]) or _INSIDE_WORD.match(norm, m.end()):
                continue  # part of a word: "aforesaid", "SBA-guaranteed loans"
            if w not in _NOUN_LIKE_REPORTS or norm.startswith(" that", m.end()) \
                    or re.search(r"\b(?:he|she|it|they|who|which)\s+$", norm[max(0, m.start() - 12):m.start()], re.I):
                return True
        return False

    def _authors_side(self, ctx: DocContext, actor: _Actor, subj_low: str, pos: int) -> bool:
        """Whether an actor is the author's own side: a body of their chamber or office
        (lexicon own_side_nouns), or the party the document ties them to ("Democrats" in a
        Democrat's release; not in a Republican's, nor where the author's party is unknown)."""
        words = re.findall(r"[\w’'\-]+", subj_low)
        party = next((w for w in _PARTY_WORDS if w in actor.name.lower() or w in subj_low), None)
        if actor.type == "party" or party:
            assert ctx.author is not None
            author = self._resolve_np(ctx, ctx.author, pos, None, False)
            parties = [a.lower() for a in (author.affiliations if author is not None else [])
                       if a == actor.name or "party" in a.lower() or any(w in a.lower() for w in _PARTY_WORDS)]
            if not parties:
                # the author's party unknown: a party's wants told in a member's release are
                # far more often the other side's charged than the member's own side's
                return False
            return actor.name.lower() in parties or bool(party) and any(party in a for a in parties)
        return bool(words) and (words[-1] in self._own_side or _head(subj_low) in self._own_side)

    def _authors_other_party(self, ctx: DocContext, actor: _Actor, pos: int) -> bool:
        """Whether a party is not the author's own, the document tying the author to another
        party ("Rep. Ruiz (D-CA)" in a release on what Republicans will do); False when the
        author's party is unknown."""
        assert ctx.author is not None
        author = self._resolve_np(ctx, ctx.author, pos, None, False)
        if author is None:
            return False
        parties = [a for a in author.affiliations
                   if (i := self.gaz.get(a)) is not None and i.type == "party"]
        return bool(parties) and actor.name not in parties and not set(actor.actors) & set(parties)

    @staticmethod
    def _authors_own(author: str, subj_low: str) -> bool:
        """Whether a subject is the author's own voice: "I", "we", their name, their role."""
        if subj_low in ("i", "we", "") or subj_low.startswith(("my ", "our ")):
            return True
        surname = _folded_surname(author)
        return bool(surname) and surname in strip_accents(subj_low) or subj_low.split()[-1:] in (
            ["congressman"], ["congresswoman"], ["senator"], ["representative"])

    def _may_be_announced(self, subj_text: str, verb: str) -> bool:
        """Whether a subject that is no agent may still be an announced plan ("Construction
        will start ..., BP said"): the test `_analyse` makes once it knows the announcer."""
        return bool(subj_text) and verb not in self._causal and subj_text.lower() not in self._non_agent_pron \
            and _head(subj_text).lower() in self._activities or self._facility_change(subj_text, verb)

    def _facility_change(self, subj_text: str, verb: str) -> bool:
        """"the plant will close", "the call centers would be closing": a site a body runs,
        and what it does to it (lexicon facility_nouns, facility_verbs)."""
        return bool(subj_text) and _head(subj_text).lower() in self._facilities \
            and any(b in self._facility_verbs for b in base_forms(verb))

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
        if _LAW_NAME.search(s):
            return True  # "The Fairness in Class Action Litigation Act aims to": a law's name, its head last
        if centre_party(s):
            return False  # "the Democratic Centre": a party, not a building (resolution.centre-party)
        return low in self._non_agent_pron or _head(s).lower() in self._non_agent_nouns

    def _guards_for(self, rule: Rule) -> tuple[
            list[tuple[Rule, int, str, int, int | None, re.Pattern[str], bool, int | None,
                       tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]] | None]],
            list[Rule], list[Rule]]:
        """The guards that apply to a cue: on its text (with the index of its window in
        (sentence, before, after), its `after_last`, `last_words`, its slot in
        `_GuardNeeds`, its regex's `_plain_form` (a twin and whether it reads the lowered
        text), its `_guard_reach` and its `_guard_body`), on
        its subject, and on its speaker."""
        got = self._guard_cache.get(rule.id)
        if got is None:
            apply = [g for g in self._guards
                     if not g.applies_to or rule.mode in g.applies_to or rule.id in g.applies_to]
            where = {"sentence": 0, "before": 1, "after": 2}
            got = self._guard_cache[rule.id] = (
                [(g, where[g.where], g.after_last, g.last_words, self._guard_needs.slot.get(g.id),
                  *_plain_form(g.regex), self._guard_reach(g), _guard_body(g.regex))
                 for g in apply if g.where in where],
                [g for g in apply if g.where == "subject"],
                [g for g in apply if g.where == "speaker"],
            )
        return got

    def _guard_reach(self, g: Rule) -> int | None:
        """How far before a hit of its needs every match of a text guard starts at most
        (leads.py), or None: no needs, needs taken as whole words (a hit then may lie
        anywhere in the match), or a pattern that does not open with literals holding them."""
        if g.id in self._guard_reaches:
            return self._guard_reaches[g.id]
        slot = self._guard_needs.slot.get(g.id)
        got = None if slot is None or self._guard_needs.words[slot] else start_reach(g.pattern, self._guard_needs.needs[g.id])
        self._guard_reaches[g.id] = got
        return got

    def _guards_present(self, rule: Rule, text_guards: list[Any],
                        need_hits: dict[int, list[tuple[int, int, int]]]) -> list[Any]:
        """`[t for t in text_guards if t[4] is None or t[4] in need_hits]`: `rule`'s text
        guards (`_guards_for`) that may match in a sentence whose guard needs are `need_hits`,
        in their order (speed: the few slots a sentence hits are looked up in the rule's
        slots, not each of its ~50 guards tested)."""
        index = self._guard_slots.get(rule.id)
        if index is None:
            always = [i for i, t in enumerate(text_guards) if t[4] is None]
            at = {t[4]: i for i, t in enumerate(text_guards) if t[4] is not None}
            if len(at) + len(always) != len(text_guards):  # (a slot shared by two guards: no index)
                return [t for t in text_guards if t[4] is None or t[4] in need_hits]
            index = self._guard_slots[rule.id] = (always, at, set(at))
        always, at, slots = index
        hit = slots.intersection(need_hits)  # (iterates the sentence's hits, a few)
        if not hit:
            return [text_guards[i] for i in always]
        picked = always + [at[s] for s in hit]
        picked.sort()
        return [text_guards[i] for i in picked]

    def _event_object(self, rest: str) -> bool:
        """Whether the object after a light verb is an event: "a keynote speech", "their
        latest decision on interest rates", "solo visits" (its head, the last of at most
        four words; "budget cuts" is no event)."""
        m = _EVENT_OBJECT.match(rest)
        return bool(m) and m.group(1).split()[-1].lower() in self._event_nouns

    def _modal_verb(self, v: re.Match[str], kind: str, keeps: bool = False
                    ) -> tuple[str, str, bool, bool] | tuple[str, str]:
        """Read the verb after a modal: (kind, verb, negated, passive), or (refusal id, words).
        After a cue that `keeps` ("will continue to"), having and being are kept up: "we will
        continue to have a strong relationship" binds."""
        neg, neg2, verb, nxt = v.group("neg", "neg2", "verb", "next")  # (one call: speed)
        negated = bool(neg or neg2)
        verb = verb.lower()
        nxt = nxt.lower() if nxt else ""
        passive = False
        if keeps and (verb == "have" and nxt != "to" or verb == "be" and nxt in ("a", "an", "the", "our", "their", "its")):
            return kind, verb, negated, False
        if verb == "be":
            if nxt.endswith("ing") and nxt not in ("nothing", "something", "everything"):
                verb = nxt
                if _lemma(verb) in self._stative:
                    return "refusal.stative-verb", verb  # "will be missing", "would be benefiting"
            elif nxt == "able":
                # "constituents will be able to compare plans", "Novartis would be able to
                # make savings": what someone can do once something happens, not an undertaking
                return "refusal.stative-be", "be able"
            elif nxt == "in" and _IN_CONTACT.match(v.string, v.end("next")):
                verb = "be in contact"  # "I will be in close touch with the VA": keeping in contact is an act
            elif nxt in ("ready", "prepared", "willing"):
                verb = nxt
                kind = "intention"
            elif nxt in self._passive_ok or is_action_participle(nxt, self._stative):  # any verb's, by morphology
                passive = True
            else:
                return "refusal.stative-be", f"be {nxt}"  # "would be difficult", "will be a tragedy", "will be quoted"
        elif verb == "have" and nxt == "to":
            return "refusal.have-to", "have to"  # obligation or prediction ("will have to implement")
        # (`_lemma` changes only a word in -ing: tried only on one, below too)
        elif (verb in self._stative or f"{verb} {nxt}" in self._stative
              or verb.endswith("ing") and _lemma(verb) in self._stative) \
                and f"{verb} {nxt}" not in self._phrasal:  # ("will look into it": an action)
            return "refusal.stative-verb", verb
        elif verb == "help" and (nxt == "to" or nxt in self._causal or nxt in self._stative):
            return "refusal.help-verb", f"help {nxt}"  # "Congress will help ensure ...": an effect
        if negated and verb in _PROMISING:
            return "refusal.negated-commissive", verb  # "would not commit to any job": a refusal to promise
        if verb in self._events or verb.endswith("ing") and _lemma(verb) in self._events:  # ("will be hosting")
            if negated:
                return "refusal.negated-event", verb  # "he would not discuss the drug": a refusal, not a plan
            kind = "intention"
        elif not negated and f"{verb} {nxt}" in self._events:
            kind = "intention"  # "will call on", "will take part in" ("will not take part in the debate" binds)
        return kind, verb, negated, passive

    def _finding(self, doc: Document, start: int, raw: str, kind: str, actor: "_Actor",
                 speaker: "_Actor | None", rule: Rule, score: float, action: str, negated: bool,
                 verb_at: int = 0) -> Finding:
        """`verb_at`: where the verb phrase starts in `action` (after a subject it holds)."""
        amounts = find_amounts(action)
        said = said_on_phrase(raw, doc.date) if doc.date else None
        said_on = said[0] if said else None
        deadline = find_deadline(action, _deadline_anchor(action, said, doc.date))
        target = None
        for mnt in self.gaz.find(action):
            if mnt.actor.name != actor.name and mnt.actor.name not in actor.actors:
                target = mnt.actor.name
                break
        amount = amounts[0] if amounts else None
        testable, testable_reason = judge_testable(action[verb_at:], amount.text if amount else None,
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
            actor_types=list(actor.types) if actor.types and len(actor.types) == len(actor.actors) else [],
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

# A statement is reported within weeks ("said on Friday", "on Jan. 5"); an earlier date is
# not taken as the day a deadline counts from.
_SAID_BEFORE_PUBLISHED = 31


def _reported(findings: list[Finding], guard: Rule) -> list[Finding | Claim]:
    """A second-hand report of a plan or decision ("According to the FT, Acme will close
    the plant", "Acme will close the plant, Le Monde reported"): the findings `guard` (of
    effect "claim") fired on, made claims of outcome "reported", with their actor, action
    and date, so that storage keeps them as evidence about a commitment, never as one."""
    return [Claim(doc_id=f.doc_id, start=f.start, end=f.end, sentence=f.sentence, outcome="reported",
                  actor=f.actor, rule=guard.id, confidence=f.confidence, actor_type=f.actor_type,
                  actors=f.actors, actor_aliases=f.actor_aliases, affiliations=f.affiliations,
                  speaker=f.speaker, action=f.action, amount=f.amount, said_on=f.said_on)
            for f in findings]


_START = attrgetter("start")


def _deadline_anchor(action: str, said: tuple[str, str] | None, published: date | None) -> date | None:
    """The day a deadline counts from: the day the words were said ("said on Monday it
    would act by the end of the month"), else the publication date. Not when the words
    dating the statement are the deadline itself ("will vote by March 5")."""
    if said is None or published is None:
        return published
    said_on = date.fromisoformat(said[0])
    if not 0 <= (published - said_on).days <= _SAID_BEFORE_PUBLISHED:
        return published  # a year back: more likely a date ahead ("will meet on March 11") than when it was said
    words = said[1].strip().lower()
    deadline = find_deadline(action, published)
    if deadline is not None and (words in deadline.text.lower() or deadline.text.lower() in words):
        return published
    return said_on


# ---- helpers on text ----------------------------------------------------------------------
# "We will:", "Labour pledges to:", "The party is committed to:" ending a heading line
_LIST_HEAD = re.compile(
    r"(?:^|\s)(?P<cue>will|shall|pledges?|promises?|vows?|(?:is|are|remain)\s+committed|commits?|plans?|"
    r"intends?|aims?|(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:pledges|promises|commitments)(?:\s+(?:to|for)\s+[\w\s-]{1,40})?)"
    r"(?:\s+to)?\s*:$",
    re.I,
)
_BULLET_LEAD = re.compile(r"[ \t]*(?:[-*•·–—]|\d{1,2}[.)])[ \t]*")


def _other_person(gaz: Gazetteer, speaker: _Actor, actor: _Actor) -> bool:
    """Is `actor` a person other than `speaker`, a person, with no side the text gives both?"""
    if not (speaker.named and actor.named and speaker.type == "person" and actor.type == "person"):
        return False
    names = {speaker.name, *speaker.aliases, *speaker.actors}
    if names & {actor.name, *actor.aliases, *actor.actors}:
        return False
    # the speaker's side as the text gives it; the actor's as the text or the document does
    # ("White House budget director Mick Mulvaney said Trump will sign": both the US's); a
    # party's man speaks for his party, not for his country ("Tory Tim Collins said Ruth
    # Kelly wants to ...")
    sides = {a for a in speaker.affiliations if a != speaker.guessed}
    parties = {a for a in sides if (info := gaz.get(a)) is not None and info.type == "party"}
    return not (parties or sides) & {actor.name, *actor.actors, *actor.affiliations}
