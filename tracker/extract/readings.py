"""Readings: functions that bind an actor when the subject cannot bind itself, each
registered under its rules.toml id with `@reading(id)` (rules.toml gives its kind,
score and description). A reading returns the actor, or (refusal id, words).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tracker.extract.context import DocContext
from tracker.extract.clause import _PRONOUNS, _head, _subject
from tracker.extract.resolve import Resolver, _Actor


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
    """"The prisoners will be released, the ministry said": the announcer is bound."""
    assert c.announcer is not None
    return c.announcer


@reading("reading.agentless_passive")
def _agentless_passive(ex: Resolver, c: _Clause) -> "_Actor | tuple[str, str]":
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
