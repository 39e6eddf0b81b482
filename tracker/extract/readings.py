"""Readings: functions that bind an actor when the subject cannot bind itself, each
registered under its rules.toml id with `@reading(id)` (rules.toml gives its kind,
score and description). A reading returns the actor, or (refusal id, words).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tracker.extract.context import _ORG_SUFFIX_WORD, DocContext
from tracker.extract.model import ActorInfo
from tracker.extract.clause import _PRONOUNS, _head, _subject
from tracker.extract.resolve import Resolver, _Actor, _sentence_start, _types_data
from tracker.extract.readings_authored import OWN_AGENT


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
_Reading = Callable[[Resolver, _Clause], "_Actor | tuple[str, str]"]
_READINGS: dict[str, _Reading] = {}


def reading(reading_id: str) -> Callable[[_Reading], _Reading]:
    """Register a reading function under its id (spaCy-style)."""
    def register(fn: _Reading) -> _Reading:
        _READINGS[reading_id] = fn
        return fn
    return register


@reading("reading.passive_announcer")
def _passive_announcer(ex: Resolver, c: _Clause) -> "_Actor | tuple[str, str]":
    """"The prisoners will be released, the ministry said": the announcer is bound; not
    a passive with its own agent ("said it would be given legal force by the laws of many
    EU countries": the laws' act, not the speaker's)."""
    assert c.announcer is not None
    v = c.verb_match
    if v is not None:
        rest = c.after[v.end("next") if v.group("next") else v.end():]
        agent = OWN_AGENT.match(rest)  # (not "by 2030")
        np = re.split(r"[,.;:]", rest[agent.end():], maxsplit=1)[0] if agent else ""
        own = {w for w in re.findall(r"[A-Z][\w-]{2,}", c.announcer.name) if w not in _NAME_SUFFIXES} \
            & set(re.findall(r"[A-Z][\w-]{2,}", np))
        if agent and not own and not _NOT_AN_AGENT.match(rest, agent.end()) and not _MONEY_MEANS.match(np) \
                and (v.group("next") or "").lower() not in _FUNDED:
            return "refusal.passive-own-agent", agent.group()  # (not "carried out by Pertamina", Pertamina said)
    return c.announcer


# after "by": an extent ("reduced by about 15 billion"), a means ("by making an offer", "by
# means of a prospectus") or the announcer's own ("by its subsidiary"): no other agent
_NOT_AN_AGENT = re.compile(r"\s*(?:\d|[$£€]|(?:about|around|some|roughly|nearly|almost|over|up|as|more|less|half|a\s+(?:third|quarter|fifth|half)|"
                           r"one|two|three|four|five|six|seven|eight|nine|ten|means|its|their|his|her|our|the\s+(?:company|firm|group|bank)(?:['’]s)?|"
                           r"the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)|the\s+(?:close|turn|deadline))\b|\w+ing\b)", re.I)
# a firm's or body's suffix is no sign that a name is the announcer's
_NAME_SUFFIXES = frozenset("Inc Corp Co Ltd Plc PLC Group Bank Company Holdings International National Industries "
                           "Brothers Securities Capital Partners Corporation The".split())
# "supported by a 145 mln dlr loan": the announcer's money, a means
_MONEY_MEANS = re.compile(r"\s*(?:a|an|the)\s+(?:[\w.$£-]+\s+){0,5}(?:loan|loans|grant|grants|credit|credits)\b", re.I)
# "financed by borrowings", "funded by debt": the source of the money, the announcer's plan
_FUNDED = frozenset(("financed", "funded", "refinanced"))


@reading("reading.agentless_passive")
def _agentless_passive(ex: Resolver, c: _Clause) -> "_Actor | tuple[str, str]":
    """"Honorary consuls will be appointed": bound to the actor last seen acting, when a
    reader would: a body or a person named in full, seen acting nearby, whose thing the
    subject is; in a quote, its speaker. Else refused (refusal.passive-*)."""
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
    agent = OWN_AGENT.match(c.after[v.end("next") if v.group("next") else v.end():])  # (not "by 2030")
    if agent:
        return "refusal.passive-own-agent", agent.group()  # "will be held by Consolidated"
    main = ex._main_actor(c.ctx, c.pos)
    if main is None:
        return "refusal.passive-no-actor", c.subject
    if main.name in c.subject or any(a in c.subject for a in main.aliases if main.name.startswith(f"{a} ")):
        # (or the short form the story calls it by: "Marlin will be built", Marlin Joint ...)
        return "refusal.passive-names-actor", c.subject  # "Spider-Man 2 on UMD will be given"
    if _done_to(c.after[v.end("next") if v.group("next") else v.end():], main.name):
        # "The first 7E7s will be delivered to Japan Airlines": done to it, not by it
        return "refusal.passive-names-actor", main.name
    # (acting before the clause: "fees in England would be removed" is no England acting)
    hi = c.ctx.doc.text.rfind(c.subject, max(0, c.pos - 400), c.pos)
    hi = hi if hi >= 0 else max(0, c.pos - len(c.subject) - 2)  # (a subject as normalised)
    quote = c.ctx.quote_at(c.pos)
    if quote is not None and quote.start > hi:
        quote = None  # a mark inside the subject ('the UAE"s policy') opens no quote of it
    if quote is not None:
        # a quote's passive is its speaker's act: the speaker's body, else the speaker
        # named in full, else no one ("A further announcement will be made")
        who = ex._resolve_np(c.ctx, quote.speaker, quote.speaker_pos, None, False) if quote.speaker else None
        if who is not None and who.type == "person" and who.side:
            info = ex.gaz.get(who.side) or ex.gaz.lookup(who.side)
            who = ex._from_info(info) if info else who
        if who is None or not _well_named(ex, c.ctx, who, quote.speaker_pos):
            return "refusal.passive-quote-no-body", c.subject
        main = who
    owner = _OWNER.search(c.subject)
    if owner and not _is_actor(ex, owner.group(1), main):
        return "refusal.passive-others-thing", c.subject  # "Turkcell's stake would be reduced"
    if not _well_named(ex, c.ctx, main, c.pos):
        return "refusal.passive-actor-not-body", main.name  # "Guy Mansfield QC", "Communications"
    if quote is None and not _seen_acting_near(c.ctx, main, hi):
        # the story has moved on: the one seen acting nearby, if any ("Justice Minister
        # Cathy Jamieson has decided ... A national advisory board will also be created")
        seen = _acting_nearby(ex, c.ctx, hi)
        near = seen[1] if seen is not None else None
        if seen is None or near is None or not _well_named(ex, c.ctx, near, hi):
            return "refusal.passive-actor-not-recent", main.name
        if _moved_on(c.ctx.doc.text, seen[0], c.pos, near):
            # a sentence with its own subject stands between ("Mayor Ann Holt said the crowds
            # were the largest in years. The new stage drew praise from visiting bands. The
            # prize-giving will be held on 3 March"): the story no longer follows the mayor
            return "refusal.passive-nearby-moved-on", near.name
        main = near
    if not _acts_for_a_body(c.ctx, main, c.pos):
        return "refusal.passive-actor-not-body", main.name
    return main


# the bodies a passive binds (besides a person the text names in full)
_BODY_TYPES = frozenset({"organisation", "government", "company", "country", "party"})
# a named party's thing as the subject: "Turkcell's stake", "the EU's budget"
_OWNER = re.compile(r"\b([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*)['’]s?\b(?=\s)")
# a descriptor after a person's name ("Guy Mansfield QC"), or a lone initial opening a cut name ("T. SBC")
_NOT_A_BODY_NAME = re.compile(r"\b(?:QC|KC|MP|MEP|MSP|AM|Jr|Sr)\.?$|^[A-Z]\.\s")
# the actor acting in the words after its name: "BMW said", "the Tories have pledged"
# (the verb is no passive itself: "England and Wales have been announced", "Canada would be extended")
_TO = re.compile(r"\s*(?:back\s+|over\s+)?to\s+")
_THE = re.compile(r"the\s+")
_BOUNDARY = re.compile(r"\b")


def _done_to(after: str, name: str) -> bool:
    """Whether ``re.match(rf"\\s*(?:back\\s+|over\\s+)?to\\s+(?:the\\s+)?{re.escape(name)}\\b", after)``
    matches ("delivered to Japan Airlines"), with no pattern compiled for the name: "to" and
    the white space after it end where a name opening with no white space starts, "the"
    and its white space too when the name is not there."""
    if not name or name[0].isspace():
        return re.match(rf"\s*(?:back\s+|over\s+)?to\s+(?:the\s+)?{re.escape(name)}\b", after) is not None
    m = _TO.match(after)
    if m is None:
        return False
    for at in (m.end(), the.end() if (the := _THE.match(after, m.end())) is not None else -1):
        if at >= 0 and after.startswith(name, at) and _BOUNDARY.match(after, at + len(name)):
            return True
    return False


_ACTING_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?<!be\s)(?<!been\s)(?<!being\s)(?:said|says|announced|announces|unveiled|unveils|"
    r"pledged|pledges|promised|promises|plans?|planned|proposed|proposes|agreed|agrees|decided|"
    r"(?:will|would|is\s+to|are\s+to)(?!\s+(?:\w+\s+)?be\s+\w+(?:ed|en)\b)|intends?|wants?|"
    r"confirmed|confirms|revealed|reveals|outlined|set\s+out|launched|launches|"
    r"signed|struck|(?:is|are|was|were)\s+(?:now\s+|also\s+)?\w+ing|"
    r"(?:has|have|had)\s+(?:now\s+|also\s+|already\s+)?(?!been\b|a\b|an\b|the\b|no\b|not\b|\d)\w+)\b")
# an announcement made by a person: "The package was announced by agriculture minister Dominique Bussereau"
_ANNOUNCED_BY = re.compile(r"\b(?:announced|unveiled|set\s+out|proposed|outlined)\s+by\s+(?:[\w-]+\s+){0,4}$")


_NEAR = 500
# (a paragraph ends at a blank line or an indented line: wire copy wraps its lines)
# (the items of a bulleted list are one paragraph)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*(?![-•*]\s)|\n[ \t]+(?![-•*]\s)")


def _is_actor(ex: Resolver, name: str, actor: "_Actor") -> bool:
    """`name` names `actor` ("VW" for Volkswagen)."""
    if any(name in n for n in (actor.name, *actor.aliases, *actor.actors)):
        return True
    info = ex.gaz.lookup(name)
    return info is not None and info.name == actor.name


def _well_named(ex: Resolver, ctx: DocContext, actor: "_Actor", pos: int) -> bool:
    """A name a reader would take for the one who acts: a body known to the gazetteer, a
    person the text names in full ("Jack Straw"), or a typed body's name that is not a
    suffix word alone ("Communications"), a person's descriptor ("Guy Mansfield QC") or a
    cut fragment ("T. SBC")."""
    if ex.gaz.lookup(actor.name) is not None:
        return True
    if _NOT_A_BODY_NAME.search(actor.name) or (
            actor.type == "person" and _ORG_SUFFIX_WORD.fullmatch(actor.name.split()[-1])):
        return False  # (a body's name read as a person's: "International Development")
    if actor.type == "person":
        p = ctx.person(actor.name, pos)
        return p is not None and " " in p.name
    if actor.type not in _BODY_TYPES:
        return False
    return not all(_ORG_SUFFIX_WORD.fullmatch(w) for w in actor.name.split())


def _acts_for_a_body(ctx: DocContext, actor: "_Actor", pos: int) -> bool:
    """Whether the one a passive would bind can act for a body (refusal.passive-actor-not-body):
    not a person the text gives only a role of private or academic life, who speaks about
    what others will do ("Professor Joni Lovenduski", "analyst", "lawyer"), unless the text
    also gives them a party, a government or a firm."""
    if actor.type != "person":
        return True
    p = ctx.person(actor.name, pos)
    if p is None or p.party is not None or p.affiliation is not None or p.chamber or not p.role:
        return True
    return p.role.lower().split()[-1] not in _types_data()["onlooker_roles"]


def _near_start(text: str, pos: int) -> int:
    """Where "nearby" starts: the paragraph before that of `pos`, and at least _NEAR
    characters back (a wire story gives each sentence its own paragraph)."""
    starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, pos)]
    return max(0, min(starts[-2] if len(starts) > 1 else 0, pos - _NEAR))


def _acting_nearby(ex: Resolver, ctx: DocContext, pos: int) -> "tuple[int, _Actor] | None":
    """The last person or body named nearby as the subject of an acting verb, and where."""
    text = ctx.doc.text
    lo = _near_start(text, pos)
    seen: list[tuple[int, "_Actor"]] = []
    for at, name in ctx.person_mentions:
        acting = _ACTING_AFTER.search(text[at:at + 90]) or _ANNOUNCED_BY.search(text, max(0, at - 80), at)
        p = ctx.person(name, at) if lo <= at < pos and acting else None
        if p is not None:
            seen.append((at, ex._from_person(p, ctx)))
    for at, info in ctx.actor_mentions:
        if lo <= at < pos and info.type in _BODY_TYPES and _named_at(text, at, info) \
                and _ACTING_AFTER.search(text[at:at + 90]):
            seen.append((at, ex._from_info(info)))
    if not seen:
        return None
    at, who = max(seen, key=lambda s: s[0])
    who.how = "the person or body last seen acting nearby"
    return at, who


# a sentence that goes on with the one seen acting: "he added", "She told reporters", or an
# agentless passive of the same plan ("The bulk of the money will be offered in loans")
_HE_SAID = re.compile(r"\b(?:he|she)\s+(?:also\s+)?(?:said|says|added|adds|told|argued|argues|explained|noted|will|would|has|had|is|was|wants|plans)\b"
                      r"|^\W*(?:(?:but|and|however|instead),?\s+)?(?:he|she|it|they)\s"
                      r"|^\W*(?:(?:but|and|however|instead),?\s+)?(?:under\s+)?(?:the|these|his|her)\s+(?:new\s+)?"
                      r"(?:plans?|measures?|proposals?|package|scheme|programme|program|changes|reforms?)\b", re.I)
_AGENTLESS = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|(?:re)?paid|sold|made|held|set|cut|put|"
                        r"built|kept|spent|sent|lent|bought|brought|laid|shut|left|met)\b(?!\s+(?:by|to)\b)", re.I)


def _moved_on(text: str, seen_at: int, pos: int, near: "_Actor") -> bool:
    """Whether the story has moved on from the one seen acting at `seen_at` by the sentence
    holding `pos` (refusal.passive-nearby-moved-on): a sentence stands between them that
    neither names them, nor has a "he said" of theirs, nor goes on with an agentless
    passive; and the passive's own sentence neither names them nor has a "he said"."""
    start = _sentence_start(text, pos)
    surname = near.name.split()[-1] if near.name else ""
    own = text[start:pos]
    if surname and surname in own or _HE_SAID.search(own):
        return False
    between: list[str] = []
    end = start
    while end > seen_at:
        back = end
        while back > 0 and text[back - 1].isspace():
            back -= 1
        if back <= seen_at:
            break
        s0 = _sentence_start(text, back - 1)
        if s0 <= seen_at:
            break
        between.append(text[s0:back])
        end = s0
    return any(not (surname and surname in b) and not _HE_SAID.search(b) and not _AGENTLESS.search(b)
               for b in between)


def _named_at(text: str, at: int, info: ActorInfo) -> bool:
    """`info` is named at `at` by its name or an alias, not as a word of a longer name or
    an adjective ("Canadian Natural Resources said", "the German firm said")."""
    for name in (info.name, *info.aliases):
        if text.startswith(name, at):
            return not re.match(r"\s+[A-Z]", text[at + len(name):])
    return False


def _seen_acting_near(ctx: DocContext, actor: "_Actor", pos: int) -> bool:
    """The actor is named acting (the subject of "said", "will", "pledged" ...) nearby
    (`_near_start`): further back, the story may have moved on."""
    text = ctx.doc.text
    lo = _near_start(text, pos)
    forms = {actor.name, *actor.aliases, *actor.actors}
    if actor.type == "country":
        forms |= {"government", "Government", "ministers"}  # "The government has confirmed"
    window = text[lo:pos]
    for at, info in ctx.actor_mentions:
        if lo <= at < pos and info.name == actor.name and _named_at(text, at, info) \
                and _ACTING_AFTER.search(text[at:at + 90]):
            return True
    for form in forms:
        if not form:
            continue
        # (speed: re.finditer(re.escape(form), window) with str.find: no pattern per name)
        n = len(form)
        i = window.find(form)
        while i >= 0:
            if _ACTING_AFTER.search(window[i + n:i + n + 80]):
                return True
            i = window.find(form, i + n)
    return False


@reading("reading.announced_plan")
def _announced_plan(ex: Resolver, c: _Clause) -> "_Actor | tuple[str, str]":
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
def _authored_author(ex: Resolver, c: _Clause) -> "_Actor | tuple[str, str]":
    """A body's own document (a party's manifesto, a firm's report): its author is bound by
    an agentless passive, "there will be ..." or its own things by a deadline
    (readings_authored.py says which reading, if any, the clause is)."""
    author = c.ctx.author or ""
    info = ex.gaz.lookup(author)
    if info is not None:
        return ex._from_info(info)
    return _Actor(author, None, [], [], [author], True, "the document's author")


@reading("reading.list_item")
def _list_item(ex: Resolver, c: _Clause) -> "_Actor | tuple[str, str]":
    """A bullet under "We will:" / "Labour pledges to:" binds the heading's subject."""
    frame_who = _subject(c.before, ex._g)[1]
    initial = not c.before.strip() or c.before.strip() == c.subject
    actor = ex._resolve_subject(c.ctx, c.subject, c.before, frame_who, None, c.ctx.quote_at(c.pos), c.pos,
                                initial, "verb")
    return actor if actor is not None else ("refusal.subject-not-agent", c.subject)


@reading("reading.pledge_owner")
def _pledge_owner(ex: Resolver, c: _Clause) -> "_Actor | tuple[str, str]":
    """"The flagship pledge is to replace council tax": a pledge with no possessor is that
    of the body the story is about: the body last seen acting nearby ("The White House
    submitted its target ... The target is to ..."), else the party, firm, organisation or
    government named most often in the title and the text before it (the latest on a tie);
    a country only when no such body is named (an adjective, "English councils", names a
    country too)."""
    text = c.ctx.doc.text
    lo = _near_start(text, c.pos)
    acting = [(at, info) for at, info in c.ctx.actor_mentions
              if lo <= at < c.pos and info.type in _BODY_TYPES and _named_at(text, at, info)
              and _ACTING_AFTER.search(text[at:at + 90])]
    if acting:
        owner = ex._from_info(acting[-1][1])
        owner.how = "the body last seen acting nearby"
        return owner
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    infos: dict[str, ActorInfo] = {}
    title = c.ctx.doc.title or ""
    hits = [(-1, m[2]) for m in ex.gaz.find(title)] if title else []
    for at, info in hits + [h for h in c.ctx.actor_mentions if h[0] < c.pos]:
        if info.type in _BODY_TYPES:
            counts[info.name] = counts.get(info.name, 0) + 1
            last[info.name] = at
            infos[info.name] = info
    if not counts:
        return "refusal.subject-not-agent", c.subject
    bodies = [n for n in counts if infos[n].type != "country"] or list(counts)
    best = max(bodies, key=lambda n: (counts[n], last[n]))
    owner = ex._from_info(infos[best])
    owner.how = "the body the story is about (named most often before)"
    return owner


@reading("reading.there_speaker")
def _there_speaker(ex: Resolver, c: _Clause) -> "_Actor | tuple[str, str]":
    """"There will be no sweeping changes, said Mr Lanzone": the speaker named in the
    sentence, or of the quote, rules the change in or out (the engine has tested the
    clause, readings_authored.announced_there, and who speaks)."""
    if c.announcer is None or not c.announcer.named:
        return "refusal.subject-not-agent", c.subject
    return c.announcer


@reading("reading.facility_change")
def _facility_change(ex: Resolver, c: _Clause) -> "_Actor | tuple[str, str]":
    """"AT&T announced that the call centers would be closing by the end of August": a
    body closes, opens or moves a site it runs (the engine tested the subject and verb)."""
    assert c.announcer is not None
    owner = _OWNER.search(c.subject)
    if owner and not _is_actor(ex, owner.group(1), c.announcer):
        return "refusal.passive-others-thing", c.subject  # "Ford said GM's plant will close"
    return c.announcer
