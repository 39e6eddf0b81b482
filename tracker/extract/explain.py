"""Why the extractor found, or refused, what it did: a trace of every decision.

`explain(extractor, doc)` reads a document the way `Extractor.extract` does, with a
`Tracer` passed in that the engine fills as it goes (the fast path passes none and pays
nothing). For each sentence with a cue it gives the cues matched and, for each cue, the
reading tried, the subject, speaker and actor with how each was resolved, every guard
or refusal that fired (its id and the words it matched), the confidence adjustments,
and the decision. Every id it prints is a rule of `Extractor.rules` (`tracker rules`).

The traces are plain dataclasses: `to_dict` gives JSON-able data, `render` plain text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from tracker.extract.model import Claim, Document, Finding
from tracker.extract.marks import MARKS_BACK

__all__ = ["CueTrace", "Fired", "Resolution", "SentenceTrace", "Tracer", "explain", "render", "to_dict"]


@dataclass
class Resolution:
    """A phrase of the clause and who it was read as."""

    text: str  # the words read ("he", "the company", "Claire Dumont")
    actor: str | None  # who they resolved to (None: no one)
    type: str | None  # the actor's type, when known
    how: str  # how it was resolved ("person named in the document", "speaker of the quote")


@dataclass
class Fired:
    """A guard or refusal that fired on a cue."""

    id: str  # a rule id: "guard.question", "refusal.subject-not-agent"
    effect: str  # reject | intention | claim
    words: str  # the words it matched or judged


@dataclass
class Adjustment:
    id: str  # "adjustment.actor-named"
    value: float  # added to the confidence


@dataclass
class CueTrace:
    """One cue of a sentence and what became of it."""

    cue: str  # the cue rule id
    words: str  # the words it matched
    offset: int  # where they start in the sentence (its white space folded)
    decision: str = "refused"  # found | refused
    kind: str | None = None  # the kind of the finding (the cue's kind while being read)
    reading: str | None = None  # the reading that bound the actor, if any
    frame: str | None = None  # the reporting frame before the subject: "Lecornu said"
    subject: Resolution | None = None
    speaker: Resolution | None = None
    actor: Resolution | None = None
    fired: list[Fired] = field(default_factory=list)
    adjustments: list[Adjustment] = field(default_factory=list)
    refusal: str | None = None  # the id of the guard or refusal that dropped it
    confidence: float | None = None
    actions: list[str] = field(default_factory=list)  # one per finding


@dataclass
class SentenceTrace:
    start: int  # character offsets in the document text
    end: int
    sentence: str
    cues: list[CueTrace] = field(default_factory=list)


class Tracer:
    """What the engine calls while it reads, when asked to explain. Each call records one
    step of the cue being read (the last one started)."""

    def __init__(self) -> None:
        self.sentences: list[SentenceTrace] = []
        self._cue: CueTrace | None = None

    # ---- called by the engine --------------------------------------------------------
    def sentence(self, start: int, raw: str) -> None:
        self.sentences.append(SentenceTrace(start, start + len(raw), raw))

    def cue(self, rule_id: str, words: str, offset: int, kind: str | None) -> None:
        self._cue = CueTrace(rule_id, words, offset, kind=kind)
        self.sentences[-1].cues.append(self._cue)

    def fired(self, rule_id: str, effect: str, words: str) -> None:
        assert self._cue is not None
        self._cue.fired.append(Fired(rule_id, effect, words))
        if effect == "reject":
            self._cue.refusal = rule_id
        else:
            self._cue.kind = "intention"

    def frame(self, who: str | None, verb: str | None) -> None:
        assert self._cue is not None
        if who or verb:
            self._cue.frame = " ".join(x for x in (who, verb) if x)

    def resolved(self, role: str, text: str, actor: Any | None, how: str = "") -> None:
        """`role`: subject | speaker | actor; `actor` an engine actor (name, type, how)."""
        assert self._cue is not None
        how = how or (actor.how if actor is not None else "") or ("no one" if actor is None else "")
        if role == "actor" and actor is not None and actor.name and _describes(actor.name):
            how = f"{how}; {_UNSTORED}"
        res = Resolution(text, actor.name or None if actor is not None else None,
                         actor.type if actor is not None else None, how)
        setattr(self._cue, role, res)

    def reading(self, rule_id: str, kind: str) -> None:
        assert self._cue is not None
        self._cue.reading = rule_id
        self._cue.kind = kind

    def adjusted(self, rule_id: str, value: float) -> None:
        assert self._cue is not None
        self._cue.adjustments.append(Adjustment(rule_id, value))

    def found(self, findings: list[Finding | Claim]) -> None:
        """What a cue gave: findings, or the claims a guard made of them (engine `_reported`)."""
        assert self._cue is not None
        if findings:
            first = findings[0]
            self._cue.decision = "found"
            self._cue.kind = f"claim: {first.outcome}" if isinstance(first, Claim) else first.kind
            self._cue.confidence = first.confidence
            self._cue.actions = [f.action or "" for f in findings]


    def claimed(self, claim: Any) -> None:
        """A claim found (claims.py): its outcome stands for the kind."""
        assert self._cue is not None
        self._cue.decision = "found"
        self._cue.kind = f"claim: {claim.outcome}"
        self._cue.confidence = claim.confidence
        self._cue.actions = [claim.action or ""]


_UNSTORED = "resolution.description-unstored: a description, no name: stored without an actor"


def _describes(name: str) -> bool:
    """The name's last word is a common noun in lower case ("auto parts manufacturer"): the
    store keeps no actor for it (tracker.storage.names.is_description, the same test)."""
    words = name.split()
    last = words[-1].strip(".,;:'’\"") if words else ""
    return last.isalpha() and last.islower()


class Extracts(Protocol):
    """What explain needs of an extractor (the engine imports this module for its
    Tracer, so the engine is named here by what it does, not imported)."""

    def extract(self, doc: Document, fast: bool = True, tracer: Tracer | None = None) -> list[Finding]: ...


def explain(extractor: Extracts, doc: Document) -> list[SentenceTrace]:
    """The trace of every sentence of `doc` that holds a cue (see the module doc)."""
    tracer = Tracer()
    extractor.extract(doc, tracer=tracer)
    claims = getattr(extractor, "extract_claims", None)
    if claims is not None:  # the claim rules' decisions, after the commitment cues'
        claims(doc, tracer=tracer)
    return tracer.sentences


def to_dict(traces: list[SentenceTrace]) -> list[dict[str, Any]]:
    return [asdict(t) for t in traces]


def _who(r: Resolution | None) -> str:
    if r is None:
        return "-"
    who = f"{r.actor} ({r.type})" if r.actor and r.type else r.actor or "no one"
    return f"{r.text!r} -> {who}" + (f" [{r.how}]" if r.how else "")


# how a fired guard's effect reads in the account
_EFFECT_WORDS = {"reject": "refused by", "claim": "made a second-hand report (a claim) by"}


def render(traces: list[SentenceTrace]) -> str:
    """A plain-text account, one block a sentence, one indented block a cue."""
    if not traces:
        return "No sentence holds a cue.\n"
    lines: list[str] = []
    for t in traces:
        lines.append(f"[{t.start}-{t.end}] {' '.join(t.sentence.split())}")
        for c in t.cues:
            lines.append(f"  cue {c.cue} {c.words!r} at {c.offset}")
            if c.frame:
                lines.append(f"    frame: {c.frame}")
            for role in ("subject", "speaker", "actor"):
                r = getattr(c, role)
                if r is not None:
                    lines.append(f"    {role}: {_who(r)}")
            if c.reading:
                lines.append(f"    reading: {c.reading}")
            for f in c.fired:
                lines.append(f"    {_EFFECT_WORDS.get(f.effect, 'made an intention by')} {f.id}: {f.words!r}")
            for a in c.adjustments:
                lines.append(f"    {a.id} {a.value:+.2f}")
            if c.decision == "found":
                lines.append(f"    => found: {c.kind}, confidence {c.confidence}")
                for action in c.actions:
                    lines.append(f"       action: {action}")
            else:
                lines.append(f"    => refused ({c.refusal})")
        lines.append("")
    return "\n".join(lines).translate(MARKS_BACK)  # (the words of marks.py's view as written)
