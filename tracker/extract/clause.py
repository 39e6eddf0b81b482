"""Reading a clause: the subject before a cue, the reporting frame ("X said"), the
speaker after it (", the ministry said"), the verb after a modal, and the text helpers
the engine and the resolver share. Pure functions of text; the reported-speech
patterns (`_Grammar`) are built from the lexicon's report_verbs and opinion_verbs.
"""

from __future__ import annotations

import re
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from tracker.extract import recache
from tracker.extract.alttrie import trie_alternations
from tracker.extract.context import _COMMON_WORDS
from tracker.extract.gazetteer import trie_pattern
from tracker.extract.prefilter import _lowered
from tracker.extract.morphology import is_participle
from tracker.extract.rules import _ALTTRIE_TAG


_QUOTES = str.maketrans({"“": " ", "”": " ", '"': " ", "‘": " ", "«": " ", "»": " "})
_WS = re.compile(r"\s+")
_PAREN_END = re.compile(r"\s*\([^()]*\)$")
_TOKEN = re.compile(r"[\w'’&.\-/]+|[^\w\s]")
# `_TOKEN` for ASCII text (speed: \w by table, not by Unicode category); \s here is all
# that Unicode's holds below 128 (re.ASCII's leaves out \x1c-\x1f)
_TOKEN_ASCII = re.compile(r"[\w'’&.\-/]+|[^\w\s\x1c-\x1f]", re.ASCII)
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
_ACRONYM = re.compile(r"^[A-Z]{2,}$")  # "US Airways": the country, not the pronoun "us"
# inside a name: "Bank of England", "Lula da Silva", "Al-Walid bin Talal"
_NP_INNER = frozenset("of and & for de la le du von van der den da di dos del bin ibn ap".split())
_ADVERB_TAIL_PATTERN = (
    r"(?:\s*\b(?:also|now|still|then|soon|not|never|already|further|indeed|certainly|definitely|"
    r"jointly|together|again|eventually|finally|immediately|shortly|later|instead|therefore|thus|"
    r"however|meanwhile|in turn|in future|in the future|this time|once again|too|alone|only|just|simply|"
    r"actually|really|clearly|personally|duly|formally|officially|swiftly|quickly|gradually|initially|"
    r"ultimately|subsequently|separately|today|tomorrow|tonight|yesterday|of course|in addition|as well|"
    r"(?:last|next|this) (?:week|month|year|weekend|spring|summer|autumn|fall|winter)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|has|have|had|'ve|’ve|is|are|was|"
    r"were|am|be|been|repeatedly|publicly|previously|once|twice|long|firmly|formally)\b\s*,?)+\s*$"
)
# (its words tried as one trie, alttrie.py: the same matches, all ending at the end of the
# text, found with about half the instructions: tests/extract/test_candidate_speedups.py)
_ADVERB_TAIL = re.compile(recache.memo(_ADVERB_TAIL_PATTERN, _ALTTRIE_TAG, trie_alternations), re.I)
# an appositive of a described name: ", software giant Microsoft,", ", US carmaker General Motors,"
_DESCRIBED_NAME = re.compile(r",\s*(?:(?!(?:the|a|an|its|his|her|their|of|in|at|from|for|with|by|on|near)\s)[a-z][\w'’\-]*\s+){1,4}(?P<name>(?:[A-Z][\w.'’&\-]*\s+){0,3}[A-Z][\w'’&\-]*)\s*,\s*$")
_PAREN_OTHER = re.compile(r",\s*(?:[a-z][\w'’\- ]{0,120}|if elected|if re-elected)\s*,\s*$")
# Verbs of saying that take an object before what is said ("told reporters", "assured MPs")
_OBJECT_VERBS = frozenset("told tells assured assures informed informs reminded reminds".split())


@dataclass(frozen=True)


class _Grammar:
    """The patterns of reported speech, built from the lexicon's `report_verbs` and
    `opinion_verbs` (so a user's --rules file that adds a verb changes what is read)."""

    opinion: frozenset[str]
    paren_attrib: re.Pattern[str]  # ", he said," / ", Lecornu said," between a subject and its verb
    frame: re.Pattern[str]  # "X said (on Thursday) (that)" right before the subject
    frame_end: re.Pattern[str]  # `frame` from its verb on: where a verb may end a frame
    frame_verb: re.Pattern[str]  # a verb of `frame`, where `_frame_search` looks for one
    # `frame_verb` with the white space before it matched, not looked behind at (speed: a
    # search then scans for that white space in C; `_frame_verb_near_end`)
    frame_verb_spaced: re.Pattern[str]
    frame_tail: int  # `frame` matches end within this many characters of a verb of it
    frame_appos: re.Pattern[str]  # "Makoto Kuroda, vice minister for ..., said": the name speaks
    post_attrib: re.Pattern[str]  # "..., the ministry said." / "..., said Leslie Tremblay."
    post_verb: re.Pattern[str]  # a verb of `post_attrib` (a quick test before it)
    # `post_verb` where no word character or hyphen comes before it (tried only there: speed)
    post_verb_start: re.Pattern[str]
    first_verb: re.Pattern[str]  # the first verb of a sentence, after its subject


def _verbs(words: Iterable[str], obj: int | None) -> str:
    """An alternation of verbs, longest first; with `obj`, the object verbs take an object
    of 1 to `obj` characters ("told [\\w ]{1,30}?"), required (or optional: -obj)."""
    out = []
    plain = [w for w in words if not (obj and w in _OBJECT_VERBS)]
    if plain:
        out.append(trie_pattern(plain))  # a character trie: one branch a letter, not one a verb
    for w in sorted(set(words) - set(plain), key=lambda w: (-len(w), w)):
        v = re.escape(w)
        out.append(rf"{v} [\w ]{{1,{obj}}}?" if obj > 0 else rf"{v}(?:\s+[\w ]{{1,{-obj}}}?)?")
    return "|".join(out)


# what follows the verb of a reporting frame to the end of the clause before the subject
_FRAME_AFTER_VERB = (
    # ("wrote to shareholders that": an addressee after the verb)
    # ("said late on Friday that": "late"/"early" before the adjunct's preposition)
    r"(?:\s*,?\s*(?:that\b)?\s*(?:(?:(?:late|early)\s+)?(?:on|in|at|over|within|by|after|before|during|under|from|to|last|this|next|"
    r"earlier|today|yesterday|later|following|amid|despite|with)\b[^,]{0,50}?\s*,?\s*){0,2})?(?:that\s*)?$")


@functools.lru_cache(maxsize=16)


def _grammar(report: frozenset[str], opinion: frozenset[str]) -> _Grammar:
    report = frozenset(w for w in report if w != "according")  # "according to" frames nothing by itself
    say = _verbs(report, 25)
    frame_verbs = report | opinion
    frame_verb_any = _verbs(frame_verbs, 30)
    frame_verb_bare = _verbs(frame_verbs, None)
    longest = max(map(len, frame_verbs), default=0)
    return _Grammar(
        opinion=opinion,
        paren_attrib=re.compile(
            rf",\s*(?P<who>he|she|they|it|we|I|(?:the\s+)?[A-Za-z][\w.'’\- ]{{0,40}}?)\s+(?:{say})\s*,\s*$"),
        frame=re.compile(
            r"(?P<who>(?:[\w'’&.\-]+\s+){0,6}?[\w'’&.\-]+)\s*,?\s+(?:(?:has|have|had|also|later|earlier|previously|"
            r"again|further|separately|then|today|yesterday|recently|formally|officially|publicly|jointly|now|already|"
            # "The prime minister on Sunday said": the day is when, not who
            r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this)\s+(?:week|night|month|year|morning))\s+)*"
            rf"(?P<verb>{frame_verb_any}){_FRAME_AFTER_VERB}"),
        frame_end=re.compile(rf"(?:{frame_verb_any}){_FRAME_AFTER_VERB}"),
        frame_verb=re.compile(rf"(?<=\s)(?:{frame_verb_bare})"),
        frame_verb_spaced=re.compile(rf"\s(?:{frame_verb_bare})"),
        frame_tail=longest + 32 + 2 * 60 + 10,  # the verb, its object, two adjuncts, "that"
        frame_appos=re.compile(
            # ("And Speaker Jim Wright, a Texas Democrat, said", "Range Rover of North America
            # Inc, a subsidiary of the British Land Rover Group, said": the name before the
            # description speaks, its "of" inside the name; resolution.appositive-speaker)
            r"(?:^|[;:]\s*|\b(?i:and|but)\s+)(?P<who>[A-Z][\w.'’\-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w.'’\-]*){0,5}),\s+(?P<desc>[^;]{3,160}?),\s+"
            rf"(?:{_verbs(report, 30)})\s*,?\s*(?:that\s+)?$"),
        post_attrib=re.compile(
            # (not a time after the verb: "..., X said on 3 March.")
            rf",\s*(?:(?:{_verbs(report, 30)})\s+(?!(?:on|in|at|late|early|earlier|last|this|today|yesterday)\b)(?P<a>[^,.;]{{2,80}}?)(?:\s+(?:on|late\s+on|early\s+on|last|this|earlier)\s+[A-Za-z0-9]+(?:\s+[A-Z][a-z]+)?)?|(?P<b>[^,.;]{{2,80}}?),?\s+"
            # ("..., Tony Blair has said.": the auxiliary is not part of the name)
            r"(?:(?:has|have|had)\s+(?:also\s+|now\s+)?)?"
            # ("..., Dunmore Textiles confirmed on Monday.", "... said in a statement.": when, how)
            rf"(?:{_verbs(report, -30)})\b(?:\s+(?:on|late|early|earlier|last|this)\s+(?:on\s+)?[A-Za-z0-9]+(?:\s+[A-Za-z]+)?)?"
            r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:written\s+|brief\s+|short\s+)?(?:statement|letter|interview|"
            r"release|filing|memo|note|email|speech))?"
            # "..., according to a spokesperson for the Estonian government."
            r"|according\s+to\s+(?P<c>(?:(?:a|an|the)\s+)?(?:[A-Z]|(?:spokes\w+|officials?|statement|representatives?|"
            r"aides?|sources?)\b)[^,.;]{1,80}))"
            rf"(?:[,;][^.;]{{0,120}})?[.!]?\s*$"),
        post_verb=re.compile(_verbs(report | {"according"}, None)),
        post_verb_start=re.compile(rf"(?<![\w\-])(?:{_verbs(report | {'according'}, None)})"),
        first_verb=re.compile(
            rf"\s(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could|{frame_verb_bare}|"
            r"[a-z]+ed)\b"),
    )


_VERB_AFTER_PATTERN = (
    # (an inserted clause between dashes: "would — despite fierce opposition — privatise")
    r"^\s*(?:[–—]\s[^–—]{1,100}?\s[–—]\s*|)(?:['’](?=[a-z])|)(?:(?P<neg>(?:n[’']t|not|never|no longer)\s+)|)(?:(?:(?:also|now|still|then|soon|certainly|definitely|already|"
    r"usually|normally|generally|typically|ever|necessarily|both|all|each|either|"
    r"of course|only|again|further|immediately|jointly|actually|in turn|indeed|gradually|quickly|swiftly|"
    r"shortly|eventually|ultimately|initially|formally|officially|always|together|forever|truly|really|just|"
    r"fully|finally|personally|directly|however|therefore|nonetheless|nevertheless|though)\b|,|"  # (whole words: "allow" is not "all" + "ow")
    # any other -ly adverb ("will greatly miss", "want to specifically mention"), not a verb in -ly
    r"(?!(?:apply|rely|supply|reply|comply|multiply|imply|fly|ally|rally|tally|bully|sully|dally)\b)[a-z]{2,}ly\b"
    r")\s*)*"
    # a single quote may open a quoted action: "said it would 'build a plant'"
    # (each optional part written "(?:X|)", not "(?:X)?": the same matches, tried in the same
    # order, but the engine skips a branch at a first literal that differs, not a repeat)
    r"(?:(?P<neg2>(?:not|never|no longer)\s+)|)(?:['’](?=[a-z])|)(?P<verb>[a-z][\w\-]*)(?:\s+(?P<next>[\w\-]+)|)"
)
# (its adverbs tried as one trie, alttrie.py: each followed by a word's end, at most one of
# them fits a place, so the matches and their groups are those of the pattern as written:
# tests/extract/test_candidate_speedups.py)
_VERB_AFTER = re.compile(recache.memo(_VERB_AFTER_PATTERN, _ALTTRIE_TAG, trie_alternations), re.I)


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


# `subject_read`'s memory: id(grammar) -> (the grammar, {clause before a cue: its reading})
_SUBJECTS: dict[int, tuple[_Grammar, dict[str, tuple[str, str | None, str | None, str | None]]]] = {}
_SUBJECTS_KEPT = 4096  # readings kept for each grammar (all forgotten at once past that)


def subject_read(before: str, g: _Grammar) -> tuple[str, str | None, str | None, str | None]:
    """`_subject(before, g)`, remembered (speed: it is a pure function of the clause, and a
    clause recurs: read again by a reading of the same cue, and in the boilerplate that
    press releases repeat from one document to the next)."""
    known = _SUBJECTS.get(id(g))
    if known is None or known[0] is not g:
        known = _SUBJECTS[id(g)] = (g, {})
    memo = known[1]
    got = memo.get(before)
    if got is None:
        if len(memo) >= _SUBJECTS_KEPT:
            memo.clear()
        got = memo[before] = _subject(before, g)
    return got


def _subject(before: str, g: _Grammar, relative_head: bool = False,
             subject_only: bool = False, antecedent: bool = False) -> tuple[str, str | None, str | None, str | None]:
    """The subject phrase right before the cue, the reporting frame and a parenthetical speaker.

    Returns (subject, frame speaker, frame verb, parenthetical speaker). An empty subject
    means the cue continues a clause ("..., and would strive"): see `_elided_subject`.
    A subject of "which"/"that" means a relative clause: its antecedent is returned
    (`relative_head`: reading that antecedent, the nearest phrase even after "by").
    `subject_only`: the frame is not read (None, None), for a caller that needs the subject
    alone (speed: reading the frame never changes the subject).
    """
    text = before.rstrip()
    if text.endswith(_DEGREE_LAST):
        text = _DEGREE_END.sub("", text)  # "Michael C. Burgess, M.D. (TX-26)": the name
    if "," in text and _AGE_HINT.search(text):
        # "Anna Kowalczyk, 54, vowed", "Kowalczyk, 54, a former banker, vowed": an age set off
        # by commas after a name is read past
        text = _AGE_APPOSITION.sub(lambda am: "," if text[am.end():].strip() else "", text)
    ap = _NAME_APPOSITIVE.match(text) if text.rstrip().endswith(",") else None  # (its match ends so)
    if ap:
        text = ap.group("name")  # "Paul Boateng, Chief Secretary to the Treasury, is to": the name
    paren_who = None
    for _ in range(4):
        new = _strip_adverb_tail(text).rstrip()
        # (the parenthetical patterns all end in a comma)
        pm = g.paren_attrib.search(new) if new.endswith(",") else None
        pi = _PAREN_SAID_WHO.search(new) if pm is None and new.endswith(",") else None
        if pm:
            paren_who = pm.group("who")
            new = new[: pm.start()].rstrip()
        elif pi and pi.start() > 0:
            # a quote split by its attribution, the verb first: '"We," said Ana Ruiz, chief
            # executive of Ferrovial, "will ..."': the subject is before it, Ana Ruiz speaks
            paren_who = pi.group("who")
            new = new[: pi.start()].rstrip()
        elif new.endswith(","):
            po = _PAREN_RELATIVE.search(new) or _PAREN_OTHER.search(new)  # (a relative holds the others)
            named = _DESCRIBED_NAME.match(new, po.start()) if po and po.start() > 0 else None
            if named and new[: po.start()].split()[-1] in _BODY_WORDS:  # (lower case: "Mustang Group, of Allen," is a name)
                # "Mr Gates' company, software giant Microsoft, hopes": the firm's name
                new = named.group("name")
            elif po and po.start() > 0:
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
        tok = tokens[i - 1]
        low = tok.lower().lstrip("'’")  # a quote mark glued to the word: "'We are hoping"
        if tok in ",;:()[]—–-!?" or tok == ".":
            break
        if low in _PRONOUNS and not _ACRONYM.match(tok) or low in ("who", "which", "that") and i == n:
            if i == n:
                i -= 1
                relative = low in ("who", "which", "that")
            break
        if low in _BOUNDARY_WORDS and not _np_internal(tokens, i - 1):
            break
        i -= 1
        if n - i >= 9:
            break
        if tok[:1].isupper() and i > 0 and tokens[n - 1][:1].isupper():
            prev = tokens[i - 1]
            if (prev.isalpha() and prev.islower() and prev not in _DETERMINERS and prev not in _NP_INNER
                    and prev not in _PP_WORDS and prev not in _ADJ_OK and prev not in _BOUNDARY_WORDS
                    and prev not in ("as", "including", "like", "such")
                    and not (prev in _REGION_WORDS and i > 1 and tokens[i - 2].lower() in _PP_WORDS)):
                # ("A cold spell in north America would": "north" modifies the name inside a
                # prepositional phrase, whose head comes before it)
                # "the economic benefits San Antonio will reap", "giant Johnson & Johnson":
                # a common noun before a name ends the name's phrase
                break
        if low in _DETERMINERS and i > 0:
            prev = tokens[i - 1]
            if prev.isdigit() and len(prev) == 4:
                break  # "announced that on April 18, 2013 the committee will": the date's year ends it
            if prev.isalpha() and (prev.islower() and prev not in _PP_WORDS and prev not in ("as", "including", "and", "or", "like")
                                   or prev[:1].isupper() and prev.lower() not in _COMMON_WORDS):
                # "would not invade the money Britain ...": a verb takes the NP as object;
                # "told the BBC the orders would": a name ends the object before it (not
                # a common word capitalised: "Extending the tax credit will")
                break
    subj_start = _token_start(text, tokens, i) if i < n else len(text)
    if 0 < i < n and tokens[i - 1] == "," and not relative:
        subj_start = _list_start(text, subj_start)
    head = text[:subj_start].rstrip()
    agent = _AGENT_BY.search(head, max(0, len(head) - 80)) if head.endswith(" by") and subj_start < len(text) else None
    if agent is not None and not relative_head and is_participle(agent.group("part").lower()):
        # "the funding secured by Visclosky will go", "the bill sponsored by Rep. Smith
        # would": the name is the agent of a participle; the subject is the phrase before it
        inner = _subject(text[: agent.start()], g)
        if agent.group("part").lower() in _LED_PARTS and _LED_BODY.search(text, 0, agent.start()):
            # "a government led by the Green Left would", "a coalition headed by Labour will":
            # the government the party would form is the party's word (resolution.government-led-by)
            return text[subj_start:].strip(), *inner[1:]
        return inner
    subj = text[subj_start:].strip().lstrip("'’")
    if "'" in subj or "’" in subj:
        subj = _CONTRACTION.sub("", subj)  # "I'm looking" -> "I"
    rest = text[:subj_start]
    if subj[:1].isupper() and not relative and rest.endswith(" ") and " and " in rest[-60:]:
        joint = _DESCRIBED_CONJUNCT.search(rest, max(0, len(rest) - 160))
        first = _described_first(joint)
        if first and joint is not None:
            # "Mr Straw and his Spanish counterpart Miguel Moratinos agreed", "comedian Ellen
            # Degeneres and singer Christine Milian will": the description ends the second name's
            # phrase, not the subject; both names are (resolution.described-conjunct)
            subj, rest = f"{first} and {subj}", rest[: joint.start("np")]
            if rest.rstrip().endswith(","):
                # items before it: "Sir Trevor McDonald, actor Hugh Grant and writer Joanne Harris"
                at = _list_start(rest + subj, len(rest))
                subj, rest = (rest + subj)[at:], rest[:at]
    if relative and subj.lower() == "who" and (gp := _GENERIC_FROM_PLACES.search(rest)) is not None:
        # "the teachers, from South Africa, Australia, Jamaica, who are reducing", "All people
        # from outside the European Union who want to stay": the people are the antecedent,
        # not the last place named
        return gp.group("head"), None, None, paren_who
    if relative:
        # "legislation that would lift ...", "Falk, who will remain ...": the antecedent
        # (after a comma the antecedent is the nearest phrase, an agent's too: "arranged by
        # Kleinwort Benson, which will act as a dealer"; with none, the head before the
        # agent: "a provision introduced by DeFazio that would clarify"; "who" is the agent's)
        inner, _, _, _ = _subject(rest.rstrip().rstrip(","), g, relative_head=rest.rstrip().endswith(",") or subj.lower() == "who",
                                  subject_only=True, antecedent=True)
        if subj.lower() in ("which", "that") and (pp := _PP_THING_TAIL.search(inner)) is not None:
            # "I applaud the SEC for their action which will translate into ...": the nearest
            # phrase, after the preposition, is what "which" takes up, not the body before it
            inner = pp.group("np")
        if subj.lower() == "which" and _PERSON_TITLED.match(inner):
            # "the Act, introduced by Rep. Newhouse and Rep. Kilmer, which would direct": "which"
            # is never a person; it attaches to the thing named before them
            return "", None, None, paren_who
        return inner if subj.lower() != "that" or inner else "", None, None, paren_who
    # an appositive: "The UK's biggest brewer, Scottish and Newcastle, is to buy"
    if not subj and rest.rstrip().endswith(","):
        # (a match starts at the comma before the last one, or at the start)
        inner = _APPOS_SUBJECT.match(rest, max(0, rest.rstrip()[:-1].rfind(",")))
        lead = re.match(r"\s*((?:[A-Z][\w.'’&\-]*\s+){0,4}[A-Z][\w'’&\-]*)\b[^,;]*,\s*$", rest)
        if inner:
            subj = _strip_function_words(inner.group(1))
            rest = rest[: inner.start(1)]
            held = _NAME_BEFORE_ROLE.search(rest) if _ROLE_APPOSITIVE.match(subj) else None
            if held:
                # "Congressman Michael C. Burgess, M.D. (R-Texas), Chairman of the Caucus, vowed",
                # "Senator Tom Jones (R-Ohio), Ranking Member of ..., pledged": the role's holder
                # named before it is the subject, not the role
                subj, rest = held.group("name"), rest[: held.start("name")]
        elif lead:
            subj = lead.group(1).strip()  # "Sen. David Boren (D-Okla.) chairman of ..., pledged"
            rest = ""
    # "X, the Manchester Central MP, has pledged": the name, not its description
    if subj[:4].lower() in ("the ", "a ", "an ") and rest.rstrip().endswith(",") and not (
            _OPENING_PP.match(rest) and subj.split()[-1].lower() not in _BODY_WORDS):
        # (not after an opening phrase: "According to Andreas Adriano of Latin Trade Magazine,
        # the new bankruptcy law will": the law is the subject)
        name = _NAME_TAIL.search(rest.rstrip()[:-1].rstrip())
        if name and len(name.group().split()) >= 2 and name.group().split()[0].lower() not in _BOUNDARY_WORDS:
            subj, rest = name.group(), rest[: name.start()]
    if subj[:1].isupper() and not relative and not antecedent and rest.endswith(" ") and " " in rest.rstrip() \
            and not (subj.split()[0].lower() in _PRONOUNS and not _ACRONYM.match(subj.split()[0])):
        pp = _PP_BEFORE_NAME.search(rest, max(0, len(rest) - 120))
        head = pp.group("head") if pp is not None else ""
        mods = pp.group("mods").split() if pp is not None else []
        if pp is not None and head.lower() not in _NAME_PART_HEADS and head.lower() not in _BOUNDARY_WORDS \
                and not any(w in _BOUNDARY_WORDS for w in mods) and not (pp.group("prep") == "to" and mods and not pp.group("art")) \
                and not (pp.group("prep") in ("in", "for", "on", "over", "of") and (mods or "," in subj or " and " in subj)) \
                and not head.endswith(("ed", "ly")) and (head.islower() or not rest[: pp.start("head")].strip()) \
                and _FRONTED_PP.search(rest, max(0, pp.start("head") - 40), pp.start("head")) is None:
            # "Talks with rival bidder Deutsche Boerse will continue", "a union representing
            # attendants at bankrupt US Airways have agreed", "Aid donors to Indonesia pledged":
            # the name is the object of a preposition inside the subject, not the subject; the
            # noun before the preposition heads it (resolution.name-in-prepositional-phrase)
            subj, rest = rest[pp.start("head"):] + subj, rest[: pp.start("head")]
    if subject_only:
        return subj, None, None, paren_who
    frame_who = frame_verb = None
    # "Turkey, which occupies northern Cyprus, had insisted it would ...": Turkey speaks
    framed = _RELATIVE_ANYWHERE.sub("", rest.rstrip()) if "wh" in rest else rest.rstrip()
    if "(" in framed or "–" in framed or "—" in framed or " - " in framed:
        # "Ikea (which has 9,000 staff) said", "said – after months of talks – that": an
        # inserted clause between the speaker, the verb and "that" is read past
        framed = _INSERTED.sub("", framed)
    up = _UNDER_PLAN_BY.match(framed)
    if up:
        # "Under a plan announced by the Bulgarian government on Sunday, the stadium will be
        # knocked down": the plan's author announces what it holds (resolution.plan-by)
        return subj, _WHEN_TAIL.sub("", up.group("who")).strip(), "announced", paren_who
    if not _odd_space(framed) and not _frame_verb_near_end(framed, g):
        fa = fm = None  # (no verb of a frame near the end: what both readers below test first)
    else:
        fa = _frame_appos(framed, g)
        fm = _frame_search(framed, g)
    if fm and fm.group("who").split()[-1].lower() in _PASSIVE_FRAME_AUX:
        # "Rest assured that I will", "the people can be assured that", "we were told that":
        # a passive frame names who hears, not who speaks: a reported clause with no speaker
        return subj, None, fm.group("verb").lower(), paren_who
    if fa:
        frame_verb, frame_who = "said", fa.group("who")
    elif fm:
        frame_verb = fm.group("verb").lower()
        # ("a challenge from Tory leader Michael Howard who said": the relative's antecedent speaks)
        who_text = _WHO_END.sub(r"\1", fm.group("who"))
        frame_who = _last_np(_WHEN_TAIL.sub("", who_text))  # ("Ernst (R-IA) today announced")
        full = fm.string[: fm.start("who")] + _WHEN_TAIL.sub("", who_text)
        if " and " in frame_who and full.endswith(frame_who) and full[: len(full) - len(frame_who)].rstrip().endswith(","):
            # "only Sri Lanka, Indonesia and the Seychelles have indicated that they will": the
            # whole list speaks (resolution.coordination-list)
            frame_who = full[_list_start(full, len(full) - len(frame_who)):]
        elif frame_who[:1].isupper() and full.endswith(frame_who) and " and " in full[-len(frame_who) - 60:]:
            prefix = full[: len(full) - len(frame_who)]
            joint = _DESCRIBED_CONJUNCT.search(prefix, max(0, len(prefix) - 160)) if prefix.endswith(" ") else None
            first = _described_first(joint)
            desc = [w for w in joint.group("desc").split() if w not in _POSSESSIVE_DETS] if joint is not None else []
            if first and len([w for w in desc if w.islower()]) == 1 and frame_who not in _FIRM_SUFFIXES:
                # "Canada and its ally Mexico said they would": both speak; one noun describes
                # the second (not "Mr K and his associates control Yukos said": a clause)
                # (resolution.described-conjunct)
                frame_who = f"{first} and {frame_who}"
        frame_who = _LEAD_ADVERB.sub("", frame_who) or frame_who  # ("Afterwards she confirmed")
        located = _LOCATED_IN.search(fm.string, 0, fm.start("who") + len(who_text) - len(frame_who)) \
            if frame_who[:1].isupper() and fm.group("who").endswith(frame_who) else None
        if located and not any(w in _BOUNDARY_WORDS for w in located.group("np").split()[1:]):
            # "an auto parts manufacturer in Prairie du Chien announced": the name after "in"
            # is where the firm is; the noun phrase before it speaks (resolution.place-named)
            frame_who = located.group("np")
        if " and " in frame_who and (_SINGULAR_AUX.search(fm.string, fm.end("who"), fm.start("verb"))
                                     or frame_verb == "says"):
            frame_who = _object_then_subject(_WHEN_TAIL.sub("", fm.group("who")), frame_who)
        if fm.group("who").split()[-1].lower() in ("and", "but"):
            # (a noun phrase before "and promised" is the object of the first verb, not who
            # promised: "Mr Clarke said prosecutions were the first preference and promised")
            # "The airline did not quantify ... but said it would": the sentence's subject
            verb = g.first_verb.search(framed)
            frame_who = _subject(framed[: verb.start()], g, subject_only=True)[0] or None if verb and verb.start() < fm.start("verb") else None
        if frame_who and "," in framed:
            # "Copperweld Steel Co <CPSL>, a subsidiary of CSC Industries Inc., said it will",
            # "Boehner, an Ohio Republican, has said he will": a name read from inside a
            # description set off by commas is not who speaks; the phrase before the
            # description is (resolution.appositive-inner-name)
            frame_who = _before_description(framed[: fm.start("verb")], frame_who) or frame_who
    return subj, frame_who, frame_verb, paren_who


# a description set off by commas right before a frame's verb ("X, a unit of Y, said"): it
# opens in lower case ("a unit of", "parent of", "owned by", "headquartered in", "on the
# News Hour"), with a role of ("Ranking Member of the Committee on ...") or is a party tag
# ("D-Wis"); not a second subject joined to the first ("X, and Y, said")
_DESCRIPTION_OPENING = re.compile(
    r"(?:[a-z](?!(?:nd|r|or|ut|s\s+well\s+as|long\s+with|ogether\s+with|oined\s+by|ith|lus)\b)"
    r"|(?:(?:Vice|Deputy|Assistant|Acting|Ranking|Senior|Co-?)\s*-?\s*)?(?:Chairman|Chairwoman|Chairperson|Chair|Member|Director|President|Secretary|Leader|Head)\s+of\s"
    r"|[RDI]-[A-Z][\w.]{1,12}$)")
_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|later|earlier|previously|again|further|separately|then|today|yesterday|recently|now))+$")


def _before_description(text: str, who: str) -> str | None:
    """The speaker before a description set off by commas at the end of `text` (a frame's
    words before its verb), when the frame reader took `who` from inside that description."""
    text = _AUX_TAIL.sub("", text.rstrip()).rstrip()
    if not text.endswith(","):
        return None
    i = text.rfind(",", 0, len(text) - 1)
    desc = text[i + 1 : -1].strip() if i > 0 else ""
    if not (2 <= len(desc) <= 140) or who not in desc or ";" in desc or ":" in desc \
            or not _DESCRIPTION_OPENING.match(desc):
        return None
    lo = max(text.rfind(",", 0, i), text.rfind(";", 0, i), text.rfind(":", 0, i)) + 1
    head = _DATELINE.sub("", text[lo:i].strip())  # ("NEW YORK - Avon Products Inc, one of ...")
    if not head or len(head) > 120 or head[:1].islower() or _OPENING_PP.match(head + ",") \
            or _LEAD_ADVERB.match(head + " x"):
        # ("In April, Moniz, a key player ...": the appositive reader's; "the group, acting
        # through Clevebaco L.P., a Cleveland partnership, said": no subject between the commas)
        return None
    np = _last_np(_WHEN_TAIL.sub("", head))
    words = np.split()
    if not words or np.lower() in _DETERMINERS or (
            words[0].lower() in _DETERMINERS and words[-1].lower() in _ROLE_NOUNS):
        # ("The executive, hired from Olivetti to bolster ATT's campaign, said the company":
        # one who speaks for the body the description names; that body is not wrong)
        return None
    return np


_DATELINE = re.compile(r"^(?:[A-Z][A-Z.]+\s+){0,3}[A-Z][A-Z.]+,?\s+[-–—]\s*")
_ROLE_NOUNS = frozenset("executive executives official officials spokesman spokeswoman spokesperson minister chairman "
                        "chairwoman director manager president officer head chief secretary leader aide adviser advisor "
                        "representative".split())


# the phrase after "for" or "about", opened by a determiner in lower case: "the SEC for their
# action", "thank my colleagues for this effort", its head in lower case (not "Centers for
# Disease Control", "requirements for the VA Regional Offices that will"; not "in the
# House", where the place modifies the phrase before it: "legislation in the House that will")
_PP_THING_TAIL = re.compile(r"\s(?-i:for|about)\s+"
                            r"(?P<np>(?-i:the|their|its|his|her|our|my|your|this|these|that|those|a|an)(?:\s+[^\s,;]+){0,3}\s+(?-i:[a-z])[^\s,;]*)$")
# a body's noun: "According to a spokesperson for X, the firm will" is X's word on X
# People in general named by where they come from, before a relative "who" (clause._subject)
_GENERIC_FROM_PLACES = re.compile(
    r"\b(?P<head>people|citizens|nationals|residents|teachers|workers|students|immigrants|migrants|"
    r"refugees|visitors|travell?ers|tourists|families|children|doctors|nurses|patients|farmers|"
    r"voters|investors|consumers|customers|employees|staff)\b,?\s+(?:who\s+(?:are|were|come|came)\s+)?"
    r"(?:from|of|in)\s+(?:outside\s+|across\s+|all\s+over\s+)?(?:the\s+)?[A-Z][^;:.]{0,80}?,?\s*$")
_BODY_WORDS = frozenset("firm company group bank airline carrier business party government ministry agency".split())
# an opening prepositional phrase ending at the comma before the subject
_OPENING_PP = re.compile(r"^\s*(?:According\s+to|In|On|At|After|Before|Under|For|With|Without|Since|Despite|Unlike|Like|"
                         r"Following|Amid|During|Through|Across|Over)\s[^,;:]*,\s*$")
# a fronted phrase naming a plan and who made it public (clause._subject)
_UNDER_PLAN_BY = re.compile(
    r"^\s*(?:Under|As\s+part\s+of|In\s+line\s+with)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:plan|plans|deal|scheme|agreement|programme|program|package|reform|reforms|budget|strategy|proposals?)\s+"
    r"(?:announced|unveiled|agreed|approved|set\s+out|drawn\s+up|published|outlined|presented)\s+by\s+"
    r"(?P<who>[^,;:]{2,80}?)(?:\s+(?:(?:late|early)\s+)?(?:on|last|this|in)\s+\w+(?:\s+(?:morning|afternoon|evening|night|\d{4}))?"
    r"|\s+(?:today|yesterday|earlier|recently))?,\s*$")
_WHO_END = re.compile(r"(?<=\s)([A-Z][\w'’.\-]*)\s+who$")  # a name, then "who"
_PASSIVE_FRAME_AUX = frozenset(("rest", "be", "been", "being", "is", "are", "am", "was", "were", "get", "got"))
_SINGULAR_AUX = re.compile(r"\b(?:has|is|was)\b")
_ADVERBS_BEFORE_VERB = frozenset("now also already still recently then since".split())


# a noun, a preposition and its object's modifiers right before a name read as the subject
# ("of", "in", "for", "on", "over" with none: "the music of a band Warner Bros wants" is a
# reduced relative, the name its subject):
# "talks with rival bidder ", "attendants at bankrupt ", "donors to " (a second preposition of
# a coordination may repeat it: "talks with the market and with "); one article at most and
# no other determiner ("said in a statement the Fiji Sugar Corp would": a new clause)
_PP_BEFORE_NAME = re.compile(
    r"(?:^|(?<=\s))(?P<head>(?-i:[A-Za-z][a-z\-]+))\s+(?P<prep>(?-i:with|at|to|from|between|among|against|inside|within|across|in|for|on|over|of))"
    r"(?:\s+[^,;:()\"“”]{1,60}?\s+and\s+(?P=prep))?"
    r"\s+(?:(?P<art>(?-i:the|a|an))\s+)?(?P<mods>(?:(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|next|last|each|every|some|any|"
    r"which|who|whom|whose|where|when|and|or|but)\b)(?-i:[a-z][\w\-]*)\s+){0,2})$")
# a phrase fronted before the subject without a comma: "In addition to the stake S&N is to",
# "In discussions with governments Brazil would" (the name after it opens the clause)
_FRONTED_PP = re.compile(r"(?:^|[,;:]\s*|\b(?-i:that|and|but)\s+)(?i:in|on|at|after|under|with|for|during|despite|since|"
                         r"from|by|through|before|as|amid|following)\s+(?:[\w\-]+\s+){0,2}$")
# nouns before a preposition whose object names the body they are part of or speak for: "members
# of", "officials at", "the head of" (the name stands for its body's side)
_NAME_PART_HEADS = frozenset(
    """member members official officials leader leaders head heads chief chiefs chairman chairwoman president
    director directors executive executives board government ministry management staff spokesman spokeswoman
    spokesperson representative representatives delegation delegate delegates unit subsidiary division arm branch
    office department owner owners boss bosses side team lawyer lawyers negotiator negotiators envoy ambassador
    minister ministers secretary governor founder partner partners negotiators sources source employees
    researchers scientists engineers analysts economist economists adviser advisers advisor advisors aide aides
    people colleagues friends allies counterparts counterpart coalition alliance group consortium bloc""".split())


def _object_then_subject(who: str, np: str) -> str:
    """'Rosneft now owns Yugansk and Russia has said': a verb before "X and Y" with a
    singular verb after it makes X the verb's object and Y alone the new subject."""
    before = who[: who.rfind(np)].split()
    if len(before) < 2:
        return np
    verb, prev = before[-1], before[-2]
    verb_like = verb.isalpha() and verb.islower() and (
        verb.endswith("s") and not verb.endswith("ss") or is_participle(verb))
    if verb_like and verb not in _BOUNDARY_WORDS and (prev[:1].isupper() or prev in _ADVERBS_BEFORE_VERB):
        return np.rsplit(" and ", 1)[1]
    return np


# a degree or suffix after a comma ends a name, it is not one: "Michael Burgess, M.D."
_DEGREE_END = re.compile(r",\s*(?:M\.D\.|Ph\.D\.|D\.D\.S\.|R\.N\.|Esq\.|Jr\.|Sr\.|MD|PhD|DDS)(?:\s*\([^()]{1,20}\))?$")
_DEGREE_LAST = (".", "D", "S", ")")  # how a match of _DEGREE_END ends (a quick test before it)
# a sentence opening with a name and a role set off by commas: the name is the subject
_NAME_APPOSITIVE = re.compile(
    r"^\s*[\"“]?(?P<name>(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]+),\s+(?:the\s+|a\s+|an\s+|[A-Z][\w'’\-]*['’]s\s+)?"
    r"(?:[\w'’\-]+\s+){0,5}?(?i:%s)\b[^,;()]{0,60},\s*$" % (
        "minister|secretary|chancellor|president|chairman|chairwoman|chair|chief|executive|director|leader|"
        "spokesman|spokeswoman|governor|mayor|senator|mp|head|founder|owner|ambassador|commissioner|"
        "manager|editor|officer|adviser|advisor|member|candidate|economist|analyst|professor"))
# a role in apposition, capitalised as a title: "Chairman of the Health Care Caucus", "Ranking
# Member of the Subcommittee", "Vice Chair of ...", "Co-Chair of ..." (clause._subject)
_ROLE_APPOSITIVE = re.compile(
    r"(?:(?:Vice|Deputy|Assistant|Acting|Ranking|Senior|Co-?)\s*-?\s*)?(?:%s)\b" % (
        "Chairman|Chairwoman|Chairperson|Chair|Member|Minister|Secretary|Chancellor|President|Leader|Whip|"
        "Director|Chief|Head|Founder|Governor|Mayor|Commissioner|Administrator|Ambassador|Speaker|Dean"))
# a person's name ending the text before that role's comma, with its degree and party-state
# tag: "Congressman Michael C. Burgess, M.D. (R-Texas), ", "Sanford D. Bishop, Jr. (D-GA), "
_NAME_BEFORE_ROLE = re.compile(
    r"(?:^|(?<=[\s,;:–—(]))(?P<name>(?:[A-Z][\w.'’\-]*\s+){1,4}[A-Z][\w'’\-]+)"
    r"(?:,\s*(?:M\.D\.|Ph\.D\.|D\.D\.S\.|Jr\.|Sr\.|Esq\.|MD|PhD))?(?:\s*\([^()]{1,25}\))?\s*,\s*$")
_AGE_APPOSITION = re.compile(r"(?<=[^\W\d_])\s*,\s+(?:aged\s+)?\d{1,3},(?=\s|$)")
# what every match of _AGE_APPOSITION holds (speed: its look-behind first makes it try every
# position; this opens with a comma, which the regex engine scans for)
_AGE_HINT = re.compile(r",\s+(?:aged\s+)?\d")
_WHEN_TAIL = re.compile(r"(?:^|\s+)(?:today|yesterday|tonight|now|also|again|then|later|earlier)$", re.I)
_APPOS_SUBJECT = re.compile(r"(?:^|,)\s*([A-Z][^,]{1,60})\s*,\s*$")
# a list's item before a coordination: "Britain, France and Germany", "the US, India, Australia
# and Japan", "the Bank of England, the ECB and the Fed" (resolution.coordination-list)
_LIST_ITEM = re.compile(r"(?:(?<=\s)|^)(?P<item>(?:the\s+)?[A-Z][\w.'’&\-]*(?:\s+(?:(?:of|de|du|&)\s+)?[A-Z][\w.'’&\-]*){0,3}),$")
# (not a firm's own "and": "Harris Upham and Co Inc", "Jefferies and Co")
_LIST_COORD = re.compile(r"(?:the\s+)?[A-Z][\w.'’&\-]*(?:\s+[A-Z][\w.'’&\-]*){0,3}\s+and\s+(?:the\s+)?(?!(?:Co|Company|Sons|Partners)\b)[A-Z]")
# words a list's first item may follow: its clause starts there ("announced that Britain, France
# and ...", "an alliance of the US, India, ..."), not a preposition taking it as an object ("in Britain,")
_LIST_OPENERS = frozenset("that said says announced added and but while whereas because although though when if as "
                          "since after before until unless where whether of including only even".split())


def _list_start(text: str, start: int) -> int:
    """Where the subject starts when it is the coordination ending a list of names ("Britain,
    France and Germany will"): the first item's start, else `start` (the tokens read back stop at a comma)."""
    if not _LIST_COORD.match(text, start):
        return start
    rest, first = text[:start].rstrip(), start
    while rest.endswith(","):
        m = _LIST_ITEM.search(rest)
        words = m.group("item").split() if m else []
        if not words or any(w.lower() in _COMMON_WORDS for w in words if w[:1].isupper() and not w.isupper()):
            break  # ("However, France and Germany": an adverb, not an item)
        before = rest[: m.start("item")].rstrip()
        desc = _ITEM_DESCRIPTION.search(before) if before and before[-1:].isalpha() else None
        if desc is not None and _item_described(before, desc):
            # "playwrights David Eldridge, Rebecca Lenkiewicz and Owen McCafferty will", "Sir
            # Trevor McDonald, actor Hugh Grant and writer Joanne Harris will": a description
            # before an item is no clause before the list (resolution.described-conjunct)
            before = before[: desc.start()].rstrip()
            if before and not before.endswith(",") and before.split()[-1].lower() not in _LIST_OPENERS:
                break
        elif before and not before.endswith((",", "--", "—", "–", ":")) and before.split()[-1].lower() not in _LIST_OPENERS:
            break  # ("Speaking in London, France and Germany")
        first, rest = m.start("item"), before
        if not before.endswith(","):
            break
    return first


# the description before a list's item: "playwrights ", "Former Academy Award winners ", "actor "
_ITEM_DESCRIPTION = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){0,1}[a-z][\w'’-]*$")


def _item_described(before: str, desc: re.Match[str]) -> bool:
    """Whether `desc`, the words ending `before`, describe the item after them: lower-case
    nouns that are no clause word (not "met", "in", "said"), after a comma, a clause opener or
    nothing."""
    words = desc.group().split()
    low = [w for w in words if w.islower()]
    if not low or any(w in _BOUNDARY_WORDS or w in _DETERMINERS or w.endswith("ed") or w.endswith("ing") for w in low):
        return False
    head = before[: desc.start()].rstrip()
    return not head or head.endswith((",", ":", "“", '"')) or head.split()[-1].lower() in _LIST_OPENERS


_TAIL_CHARS = (80, 200)  # tails tried in turn: the first holds the last 12 tokens of many clauses, the second of most


def _tail_tokens(text: str) -> list[str]:
    """The tokens `_subject` reads: it looks at most 10 tokens back from the end, so the
    tokens of a tail that starts at a space and holds at least 12 are enough (a token
    never spans white space, so they are the whole text's last tokens)."""
    token = _TOKEN_ASCII if text.isascii() else _TOKEN
    for chars in _TAIL_CHARS:
        if len(text) <= chars:
            break
        at = text.rfind(" ", 0, len(text) - chars)
        if at > 0:
            tokens = token.findall(text, at)
            if len(tokens) >= 12:
                return tokens
    return token.findall(text)


def _token_start(text: str, tokens: list[str], i: int) -> int:
    """Where `tokens[i]` starts in `text`, of which `tokens` are the last tokens (speed: the
    tokens are found as strings; only this one's place is needed). Only white space comes
    between two tokens and after the last, and no token holds any: so each token, found
    from the end, is the last occurrence of its text before the next one."""
    at = len(text)
    for k in range(len(tokens) - 1, i - 1, -1):
        at = text.rfind(tokens[k], 0, at)
    return at


def _frame_appos(text: str, g: _Grammar) -> re.Match[str] | None:
    """`g.frame_appos.search(text)`: its match ends with a reporting verb and at most ~45
    characters after it, so on single-spaced text without one near the end it has none.
    (That verb follows white space, ", said": `g.frame_verb`, whose verbs are a superset and
    which tries only the positions after white space, finds it at less cost than
    `g.post_verb`, tried at every position.)"""
    if not _odd_space(text) and not _frame_verb_near_end(text, g):
        return None
    return g.frame_appos.search(text)


def _frame_verb_near_end(text: str, g: _Grammar) -> bool:
    """Whether `g.frame_verb` matches in the last `g.frame_tail` characters of `text` (it
    matches at i when `g.frame_verb_spaced` does at i - 1, where its white space is)."""
    return g.frame_verb_spaced.search(text, max(0, len(text) - g.frame_tail - 1)) is not None


def frame_description(before: str, subject: str, who: str, g: _Grammar) -> str:
    """What the speaker `who` of the frame before `subject` (`_subject(before)`) is, as a
    description set off by commas before its verb says it, by its head noun: "analyst" in
    "Mark Holt, an analyst at Barclays, said the firm", "journalist" in "Ana Ruiz, a journalist
    based in Lagos, said" (where the speaker works, or a relative clause's words, name no one
    who speaks: "director of Japan's Space Development Agency", "a company which makes some
    drugs"); "" when there is none."""
    at = before.rfind(subject) if subject else -1
    fa = _frame_appos(before[:at].rstrip() if at > 0 else before.rstrip(), g)
    return _description_head(fa.group("desc")) if fa is not None and fa.group("who") == who else ""


def name_description(text: str, end: int) -> str:
    """What a name ending at `end` of `text` is, as a description set off by a comma after
    it says it, by its head noun (as `frame_description`): "analyst" in 'Mark Holt, an
    analyst at Barclays, said: "..."', "economist" in
    '"...," said Mark Holt, chief economist at Barclays.'; "" when there is none."""
    m = _DESCRIBED_AFTER.match(text, end)
    return _description_head(m.group("desc")) if m else ""


def _description_head(description: str) -> str:
    """The head noun of a description: its last word before its first preposition or relative
    word, past a participle ("analyst" of "a senior analyst at X", "journalist" of "a
    journalist based in Y", "director" of "investor relations director at Z")."""
    words = _DESCRIPTION_HEAD.match(description).group().split()  # type: ignore[union-attr]
    while len(words) > 1 and words[-1].lower().endswith(("ed", "ing")):
        words.pop()
    return words[-1] if words else ""


# a description's words before its first preposition or relative word (`frame_description`)
_DESCRIPTION_HEAD = re.compile(r"(?:(?!(?:of|at|with|for|in|on|from|to|by|which|who|whose|that|where)\b)[^\s]+\s*)*")
# a description in lower case (or opened by an article) set off by a comma after a name
_DESCRIBED_AFTER = re.compile(r",\s+(?P<desc>(?:an?|the)\s[^,.;:\"“”()]{2,100}?|[a-z][^,.;:\"“”()]{2,100}?)\s*(?=[,.;:])")


# ---- end-anchored patterns, searched near the end ---------------------------------------
# `_ADVERB_TAIL` and `_FRAME` end in "$", but `search` tries them from every position of a
# long clause, with backtracking (~200 µs a call). Their matches lie near the end, so we
# try them only there. Both shortcuts need the folded text the cues see, whose only white
# space is single spaces (then each piece of a match has a bounded length); on any other
# text the plain search runs.
_ODD_SPACE = re.compile(r"[^\S ]|  ")


def _odd_space(text: str) -> bool:
    """`_ODD_SPACE.search(text) is not None`; in ASCII text by substring scans in C for two
    spaces and each white space character but the space (what \\s matches in ASCII) (speed:
    the pattern is tried at every position of the text)."""
    if text.isascii():
        return "  " in text or "\t" in text or "\n" in text or "\r" in text or "\x0b" in text \
            or "\x0c" in text or "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text
    return _ODD_SPACE.search(text) is not None


# Every match of `_ADVERB_TAIL` ends with one of its words, then "\s*,?\s*": so a text not
# ending so (lowered) has none, and most clauses are settled with one `endswith`. The
# words are the letter runs of the pattern (a superset of its last words is enough),
# derived from it, so an edit of the pattern carries its test along.
_ADVERB_LAST_WORDS: tuple[str, ...] = tuple(
    sorted(set(re.findall(r"[a-z]+", re.sub(r"\\.", " ", _ADVERB_TAIL_PATTERN))))
)
# those words by their last letter (speed: `endswith` then tries the few that may fit)
_ADVERB_LAST_WORDS_BY_END: dict[str, tuple[str, ...]] = {
    end: tuple(w for w in _ADVERB_LAST_WORDS if w.endswith(end)) for end in {w[-1] for w in _ADVERB_LAST_WORDS}}


def _may_end_in_adverb(text: str) -> bool:
    """False when `_ADVERB_TAIL` cannot match `text` (see `_ADVERB_LAST_WORDS`)."""
    t = text.rstrip()
    if t.endswith(","):
        t = t[:-1].rstrip()
    tail = _lowered(t[-16:])  # > the longest word
    return tail is None or tail.endswith(_ADVERB_LAST_WORDS_BY_END.get(tail[-1:], ()))


# A match of `_ADVERB_TAIL` holds only white space, commas, quote marks and runs of letters
# each one of `_ADVERB_LAST_WORDS`, whole (a word boundary opens and closes each of its
# words); and it runs to the end. So in a lowered text it starts no earlier than the end
# of what this pattern, matched on the text reversed, leaves (each letter run tried whole).
_ADVERB_STUFF_REVERSED = re.compile(
    r"(?:[\s,'’]|(?:%s)(?![a-z]))*" % "|".join(w[::-1] for w in sorted(_ADVERB_LAST_WORDS, key=len, reverse=True)))


def _strip_adverb_tail(text: str) -> str:
    """`_ADVERB_TAIL.sub("", text)`, its one match searched for only where it may start (see
    `_ADVERB_STUFF_REVERSED`; a look at the lowered letters is a look at the letters the
    pattern's IGNORECASE equates, see `_lowered`)."""
    if not _may_end_in_adverb(text):
        return text
    low = _lowered(text)
    if low is None:
        return _ADVERB_TAIL.sub("", text)
    stuff = _ADVERB_STUFF_REVERSED.match(low[::-1])
    m = _ADVERB_TAIL.search(text, len(text) - stuff.end())
    return text if m is None else text[: m.start()] + text[m.end() :]


_FRAME_AUX = frozenset("has have had also later earlier previously again further separately then today yesterday".split())
_FRAME_WORD_START = re.compile(r"(?<![\w'’&.\-])[\w'’&.\-]")


def _back_word(text: str, i: int) -> int:
    """Start of the space-separated word ending before `i` (single spaces)."""
    return text.rfind(" ", 0, max(0, i - 1)) + 1


def _frame_search(text: str, g: _Grammar) -> re.Match[str] | None:
    """`g.frame.search(text)`. A match ends with a reporting verb near the end, after at most
    7 words of `who` and a run of "has/also/today ..." words; its leftmost start is where
    a word starts (a match from inside a word also holds from the word's start). So we try
    `g.frame` only at word starts in that window before each verb near the end, and only
    before a verb from which `g.frame`'s end matches (`g.frame_end`: the part of `g.frame`
    from its verb on; no verb of the lexicon starts inside another, so each match's verb
    is one found)."""
    if _odd_space(text):
        return g.frame.search(text)
    starts: set[int] = set()
    for v in g.frame_verb.finditer(text, max(0, len(text) - g.frame_tail)):
        if g.frame_end.match(text, v.start()) is None:
            continue  # (what follows the verb is no frame's end: no match has this verb)
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


# ", said Ana Ruiz, chief executive of Ferrovial," / ", said Mr Ruiz of Ferrovial," between
# a subject and its verb: an attribution with the verb first (its name, then a role)
_PAREN_SAID_WHO = re.compile(
    r",\s*(?:said|says|added|adds|insisted|insists|declared|declares|explained|stressed|continued)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[\w.'’&\-]+){0,6}?)(?:,\s*[^,;:]{2,80}?)?\s*,\s*$")
_RELATIVE_ANYWHERE = re.compile(r",\s*(?:which|who|whose)\b(?:[^,]|,(?=\d{3}))*,")  # "15,000" holds no clause end
_PAREN_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b(?:[^,]|,(?=\d{3}))*(?:,[^,]*){0,2},\s*$")
# "secured by", "co-sponsored by", "introduced last year by": a participle and its agent
# the body a leader forms ("a government led by X", "any coalition headed by X"): X binds
_LED_PARTS = frozenset(("led", "headed", "run", "formed"))
_LED_BODY = re.compile(r"\b(?:a|an|any|the|its|their|his|her)\s+(?:[a-z\-]+\s+){0,2}?(?:government|administration|coalition|cabinet)$", re.I)
_AGENT_BY = re.compile(r"(?<=\w)\s+(?:[a-z]+-)?(?P<part>[a-z]+)(?:\s+(?:last|this|next|earlier|later|in|on)(?:\s+[a-z0-9]+)?)?\s+by\s*$")
_LEAD_ADVERB = re.compile(r"^(?:Afterwards|Afterward|Later|Then|Meanwhile|Separately|However|Yesterday|Today|Earlier|"
                          r"Now|Also|Instead|Finally|Subsequently|Previously|Last\s+\w+|On\s+\w+day),?\s+(?=\S)")
_REGION_WORDS = frozenset("north south east west northern southern eastern western central upstate downstate rural "
                          "coastal northeast northwest southeast southwest".split())
_PERSON_TITLED = re.compile(
    r"(?:Rep|Reps|Sen|Sens|Senator|Senators|Representative|Congressman|Congresswoman|Mr|Mrs|Ms|Dr|Gov|"
    r"Governor|President|Secretary|Minister|Chairman|Chairwoman)\b\.?\s")
# (a spaced hyphen is a dash: "Deutsche Boerse - whose market value is £3bn - said it")
_INSERTED = re.compile(r"\s*\([^()]{1,120}\)|\s+[–—]\s[^–—]{1,120}?\s[–—](?=\s)|\s+-\s[^–—]{1,120}?\s-(?=\s)")
_PP_WORDS = frozenset("of in at from for on with under over about between among against into across by".split())
_CONTRACTION = re.compile(r"(?i)(?<=^i)['’]m$|['’](?:re|ve|d)$|(?<=^he|^it)['’]s$|(?<=^she)['’]s$")
_PREP_IN_NAME = frozenset("of on for de la le du von van der den da di dos del bin ibn ap and &".split())
_AUX = re.compile(r"\b(?:will|would|shall|is|are|was|were|has|have|had|said|says|do|does|did|can|must|hopes|plans|wants)\b")


def _strip_function_words(np: str) -> str:
    """'For Metlife' -> 'Metlife': leading prepositions and conjunctions are not the name."""
    words = np.split()
    while words and words[0].lower() in _BOUNDARY_WORDS:
        words.pop(0)
    return " ".join(words)


_LEAD_WORDS = frozenset(("the", "a", "an"))


def _np_internal(tokens: list[str], i: int) -> bool:
    """A boundary-looking word inside a noun phrase: 'Bank of England', 'France and
    Ukraine', 'Subcommittee on Health', 'countries such as Spain'."""
    low = tokens[i].lower()
    prev = tokens[i - 1] if i > 0 else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if low in _PREP_IN_NAME and prev[:1].isupper() and nxt[:1].isupper():
        return True
    if low == "and" and prev[:1].isupper() and nxt == "the" and i + 2 < len(tokens) and tokens[i + 2][:1].isupper():
        # "Britain and the US", "Deutsche Boerse and the London Stock Exchange" (resolution.coordination);
        # not a preposition's object before it: "on Saturday and the Foo Fighters will", "since
        # Munich and the Congress is going to", "in Westchester County and the Department will"
        j = i - 1
        while j > 0 and tokens[j][:1].isupper() and tokens[j].lower() not in _LEAD_WORDS:
            j -= 1
        return tokens[j].lower() not in _PP_WORDS | {"since", "than", "like", "as"} or tokens[j][:1].isupper()
    if low in _PP_WORDS and prev.replace("-", "").isalpha() and prev.lower() not in _BOUNDARY_WORDS and not prev.endswith("ed"):
        return True  # a prepositional phrase after its noun: "Our goal at the Chamber", "Sales in Europe"
    if low == "as" and prev.lower() == "such":
        return True
    if low in ("including",) and nxt[:1].isupper():
        return True
    return False


_POSSESSIVE_DETS = frozenset(("his", "her", "its", "their", "the"))
_FIRM_SUFFIXES = frozenset("Inc Corp Co Ltd Plc PLC LLC AG SA NV".split())
# a name, "and", then a description of the second name: "Mr Straw and his Spanish counterpart ",
# "US comedian Ellen Degeneres and singer " (the description's words are lower case but for
# adjectives of place or title, "French Open champion"); the first name opens the clause, or
# follows a comma, a colon, a quote or a clause word (never a preposition or a verb)
_DESCRIBED_CONJUNCT = re.compile(
    r"(?:^|(?<=[,:;“\"(])\s*|(?<=\s)(?:that|while|when|as|if|because|but)\s+)"
    r"(?P<np>(?:(?:the|[a-z][\w'’-]*|[A-Z][\w'’-]*)\s+){0,4}?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*))"
    r"\s+and\s+(?P<desc>(?:(?:his|her|its|their|the)\s+)?(?:[A-Z][\w'’-]+\s+){0,2}(?:[a-z][a-z'’-]+\s+){1,2})$")


def _described_first(joint: re.Match[str] | None) -> str:
    """The first name of a match of _DESCRIBED_CONJUNCT, when the words after its "and" describe
    the next name ("his Spanish counterpart", "singer"), else "" (not "Procter and Gamble said
    Grey will": a verb; "Singers Jennifer Lopez": the name; "the Government and the ruling
    party": no name)."""
    if joint is None:
        return ""
    desc = joint.group("desc").split()
    first = joint.group("name").split()
    while first and first[0].lower() in _COMMON_WORDS:
        first.pop(0)
    if first and any(w.islower() and w not in _POSSESSIVE_DETS for w in desc) \
            and not any(w.lower() in _BOUNDARY_WORDS and w not in _POSSESSIVE_DETS for w in desc):
        return " ".join(first)
    return ""


def _elided_subject(before: str, g: _Grammar) -> str | None:
    """'He said he was proud ..., and would strive': the subject of the clause before."""
    got = _elided_clause(before, g, subject_only=True)
    return got[0] if got else None


def _elided_clause(before: str, g: _Grammar, subject_only: bool = False) -> tuple[str, str | None, str | None] | None:
    """The clause a conjunct continues: its subject, frame speaker and frame verb (not read
    with `subject_only`, see `_subject`).

    A modal conjunct goes on the modal clause before it, past the clauses that one embeds:
    'voters would recognise that Labour had brought growth, and would continue' continues
    'voters would', not 'Labour had' (resolution.elided-modal-clause)."""
    ms = list(_AUX.finditer(before))
    modals = [m for m in ms if m.group() in _MODALS]
    first = modals[-1:] if modals and _THAT_AFTER.search(before, modals[-1].end()) else []
    for m in first + ms[::-1]:
        subj, frame_who, frame_verb, _ = _subject(before[: m.start()], g, subject_only=subject_only)
        if subj:
            return subj, frame_who, frame_verb
    return None


_MODALS = frozenset(("will", "would", "shall"))
# a complement clause opened after the modal: "would recognise that Labour had ..."
_THAT_AFTER = re.compile(r"\s(?:that|whether|how)\s")


# a common noun phrase and "in" right before a name: "an auto parts manufacturer in "
_LOCATED_IN = re.compile(r"(?<![\w-])(?P<np>(?:a|an|the)(?:\s+[a-z][a-z-]*){1,4})\s+in\s+$")


def _last_np(text: str) -> str:
    """The noun phrase that ends `text` ("State-owned Rosneft now owns Yugansk and Russia"
    -> "Russia"): read leftwards like a subject, stopping at verbs and clause words. A time
    or adverb after the name is not it ("The prime minister on Sunday" -> "The prime minister")."""
    toks = _strip_adverb_tail(text).split()
    out: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        low = t.lower()
        if low in _BOUNDARY_WORDS and low not in _NP_INNER and not (out and low == "and" and out[-1][:1].isupper()) \
                and not (t[:1].isupper() and out and out[-1][:1].isupper() and k > 0
                         and toks[k - 1][:1].isupper() and toks[k - 1].lower() not in _BOUNDARY_WORDS
                         and (t in ("Against", "Without") or low not in _PP_WORDS | {"as", "that", "which", "who"})):
            # ("League Against Cruel Sports", "American Can Co", "United States Postal Service":
            # a capitalised word between capitalised words is inside a name; not a headline's
            # "Latest On Georgia Radio", "Support As I"; resolution.name-with-preposition)
            break
        if out and t[:1].islower() and low not in _DETERMINERS and low not in _NP_INNER and out[-1][:1].isupper() and low not in _ADJ_OK:
            break  # a lower-case word before a name is a verb or clause word, not part of it
        out.append(t)
    while out and out[-1].lower() == "and":
        out.pop()
    words = list(reversed(out))
    # "Tanzania Mr Brown": a courtesy title starts the name
    for i in range(len(words) - 1, 0, -1):
        if words[i].rstrip(".") in _COURTESY and words[i - 1] != "and":  # ("Mr Walden and Mr Simmons": both)
            return " ".join(words[i:])
    return " ".join(words)


_COURTESY = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady".split())


_ADJ_OK = frozenset("former new acting interim senior deputy chief vice".split())


# "said Rep. Sinema", "said Richard E. Neal": the dots of titles and initials are not ends
_ABBREV_DOT = re.compile(r"\b(Rep|Reps|Sen|Mr|Mrs|Ms|Dr|Gov|St|Jr|Sr|Lt|Gen|Col|Capt|Prof|[A-Z])\.(?=\s+[A-Z])")
_PARENS = re.compile(r"\s*\([^()]*\)")


# a role its owner names: "Siemens's chief executive", "Philips' chairman"
_OWNED_ROLE = re.compile(r"\w['’]s?\s+[a-z]")
_NAME_BEFORE_COMMA = re.compile(r",[’]?\s*((?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]+)\s*,$")


def _post_speaker(after: str, g: _Grammar) -> str | None:
    if "," not in after or not g.post_verb.search(after):
        return None  # (a match holds a comma and one of these verbs)
    text = _ABBREV_DOT.sub(r"\1", after)
    m = g.post_attrib.search(text)
    if not m:
        return None
    who = _PARENS.sub("", m.group("a") or m.group("b") or m.group("c") or "").strip()
    if m.group("b") and (who[:1].islower() or _OWNED_ROLE.search(who)):
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
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "slfz":
        return stem[:-1]  # "getting" -> "get" ("missing" -> "miss", "calling" -> "call")
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
# (`\s\s*`, not `\s+`: the same matches, but a pattern that opens with a character class is
# scanned for it by the regex engine instead of being tried at every position)
_PP = re.compile(r"\s\s*(of|from|on|for|in|at|with|by|under|over|about|to|who|which|that|such as|including|like)\s+")


def _head(np: str) -> str:
    """Head word of a noun phrase: the last word before any prepositional phrase."""
    words = _core(np).split()
    if not words:
        return ""
    return _POSSESSIVE_S.sub("", words[-1])


_POSSESSIVE_S = re.compile(r"['’]s$")
