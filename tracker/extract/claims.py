"""Claims: statements that report on a commitment's fate, read with the extractor's
own subject and actor resolution (data/claims.toml holds the rules).

"Germany has delivered the howitzers" -> a claim (delivered) by Germany whose action is
"delivered the howitzers"; "the plant was closed" -> a claim with no actor (an agentless
passive) unless a body is named as saying it or "by" names the agent. A claim is never a
commitment: the commitment cues that a claim wraps ("scrapped plans to", "broke its
promise to") are refused by the guard `guard.reported-fate` of rules.toml, and the
claim rules refuse the future, the wanted and the denied (claim guards).

The rules are data, validated like the commitment rules: every claim carries its rule id,
every refusal has an id that `tracker explain` prints.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.extract.clause import _post_speaker, _raw_offset, _speaker_free, _subject
from tracker.extract.model import OUTCOMES, Claim, Document
from tracker.extract.prefilter import _NeedIndex, _lowered, sentence_masks
from tracker.extract.quantities import find_amounts, resolve_said_on
from tracker.extract.rules import RuleError, _ID, _fail
from tracker.extract.tomlcache import data_text

if TYPE_CHECKING:
    from tracker.extract.context import DocContext
    from tracker.extract.explain import Tracer
    from tracker.extract.resolve import _Actor

CLAIM_GUARD_WHERE = ("before", "sentence")
ADJUSTMENTS = ("claim-adjustment.actor-named", "claim-adjustment.no-actor")
_BEFORE_WORDS = 12  # a claim guard on `before` reads the clause's last words only
_CONTEXT_CHARS = 80


@dataclass(frozen=True)
class ClaimRule:
    id: str
    outcome: str
    score: float
    description: str
    pattern: str
    passive: bool = False
    context: str = ""
    needs: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(default=re.compile(""), compare=False, repr=False)
    context_regex: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @property
    def kind(self) -> str:  # how `tracker rules` lists it: the outcome it gives
        return f"claim: {self.outcome}"


@dataclass(frozen=True)
class ClaimGuard:
    id: str
    where: str
    description: str
    pattern: str
    applies_to: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(default=re.compile(""), compare=False, repr=False)

    def applies(self, rule: ClaimRule) -> bool:
        return not self.applies_to or rule.outcome in self.applies_to or rule.id in self.applies_to


@dataclass(frozen=True)
class ClaimRules:
    """The claim rules, their guards and their confidence adjustments."""

    rules: list[ClaimRule]
    guards: list[ClaimGuard]
    adjustments: dict[str, float]
    descriptions: dict[str, str] = field(default_factory=dict)  # of the adjustments
    # every rule's needs in one Aho-Corasick automaton (the cues' fast path, prefilter.py)
    need_index: _NeedIndex | None = field(default=None, compare=False, repr=False)

    @property
    def described_adjustments(self) -> dict[str, tuple[float, str]]:
        return {a: (v, self.descriptions.get(a, "")) for a, v in self.adjustments.items()}


def _compile(source: str, what: str, pattern: Any) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise _fail(source, what, "'pattern' must be a non-empty string")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise _fail(source, what, f"pattern is not a valid regular expression ({exc})") from None


def _check_keys(source: str, what: str, raw: Any, required: set[str], optional: set[str]) -> None:
    if not isinstance(raw, dict):
        raise _fail(source, what, "must be a table")
    unknown = sorted(set(raw) - required - optional)
    if unknown:
        raise _fail(source, what, f"unknown key {unknown[0]!r} (expected: {', '.join(sorted(required | optional))})")
    missing = sorted(required - set(raw))
    if missing:
        raise _fail(source, what, f"missing {missing[0]!r}")
    if not isinstance(raw["id"], str) or not _ID.match(raw["id"]):
        raise _fail(source, what, "id must be lower case words joined by '.', '-' or '_'")
    if not isinstance(raw["description"], str) or not raw["description"].strip():
        raise _fail(source, what, "'description' must be a non-empty string")


def parse_claims(data: dict[str, Any], source: str = "claims.toml") -> ClaimRules:
    """Validate a claims document: its rules, guards and adjustments."""
    unknown = sorted(set(data) - {"claim", "claim_guard", "claim_adjustment"})
    if unknown:
        raise RuleError(f"{source}: unknown section {unknown[0]!r} (expected: claim, claim_guard, claim_adjustment)")
    seen: set[str] = set()
    rules: list[ClaimRule] = []
    for i, raw in enumerate(data.get("claim", []), 1):
        what = f'claim #{i} ("{raw.get("id")}")' if isinstance(raw, dict) else f"claim #{i}"
        _check_keys(source, what, raw, {"id", "outcome", "score", "description", "pattern"},
                    {"passive", "context", "needs"})
        if raw["outcome"] not in OUTCOMES:
            raise _fail(source, what, f"unknown outcome {raw['outcome']!r} (expected one of: {', '.join(OUTCOMES)})")
        score = raw["score"]
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise _fail(source, what, "score must be a number from 0 to 1")
        if not isinstance(raw.get("passive", False), bool):
            raise _fail(source, what, "passive must be true or false")
        needs = raw.get("needs", [])
        if not isinstance(needs, list) or not all(isinstance(n, str) and n and n == n.lower() for n in needs):
            raise _fail(source, what, "needs must be a list of lower-case literals")
        context = raw.get("context", "")
        rules.append(ClaimRule(
            raw["id"], raw["outcome"], float(score), raw["description"].strip(), raw["pattern"],
            passive=raw.get("passive", False), context=context, needs=tuple(needs),
            regex=_compile(source, what, raw["pattern"]),
            context_regex=_compile(source, what, context) if context else None))
        if raw["id"] in seen:
            raise _fail(source, what, "duplicate id")
        seen.add(raw["id"])
    guards: list[ClaimGuard] = []
    for i, raw in enumerate(data.get("claim_guard", []), 1):
        what = f'claim_guard #{i} ("{raw.get("id")}")' if isinstance(raw, dict) else f"claim_guard #{i}"
        _check_keys(source, what, raw, {"id", "where", "description", "pattern"}, {"applies_to"})
        if raw["where"] not in CLAIM_GUARD_WHERE:
            raise _fail(source, what, f"unknown where {raw['where']!r} (expected one of: {', '.join(CLAIM_GUARD_WHERE)})")
        applies = raw.get("applies_to", [])
        if not isinstance(applies, list) or not all(isinstance(a, str) and (a in OUTCOMES or a in seen)
                                                    for a in applies):
            raise _fail(source, what, "applies_to must be a list of outcomes or claim ids")
        if raw["id"] in seen:
            raise _fail(source, what, "duplicate id")
        seen.add(raw["id"])
        guards.append(ClaimGuard(raw["id"], raw["where"], raw["description"].strip(), raw["pattern"],
                                 tuple(applies), _compile(source, what, raw["pattern"])))
    adjustments: dict[str, float] = {}
    descriptions: dict[str, str] = {}
    for i, raw in enumerate(data.get("claim_adjustment", []), 1):
        what = f'claim_adjustment #{i} ("{raw.get("id")}")' if isinstance(raw, dict) else f"claim_adjustment #{i}"
        _check_keys(source, what, raw, {"id", "description", "score"}, set())
        if raw["id"] not in ADJUSTMENTS:
            raise _fail(source, what, f"unknown claim adjustment (the engine implements: {', '.join(ADJUSTMENTS)})")
        score = raw["score"]
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not -1 <= score <= 1:
            raise _fail(source, what, "score must be a number from -1 to 1")
        adjustments[raw["id"]] = float(score)
        descriptions[raw["id"]] = raw["description"].strip()
    missing = [a for a in ADJUSTMENTS if a not in adjustments]
    if missing:
        raise RuleError(f"{source}: claim_adjustment {missing[0]!r} is not described")
    need_index = _NeedIndex(rules) if any(r.needs for r in rules) else None  # type: ignore[arg-type]
    return ClaimRules(rules, guards, adjustments, descriptions, need_index)


def load_claims(path: Path | None = None) -> ClaimRules:
    """The built-in claim rules (or those of ``path``)."""
    if path is None:
        text = data_text("claims.toml")
        return parse_claims(tomllib.loads(text), "claims.toml")
    try:
        with open(path, "rb") as f:
            return parse_claims(tomllib.load(f), str(path))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: cannot be read ({exc})") from None


# the end of what a claim's action holds: an attribution, a clause of its own
_ACTION_END = re.compile(r",\s*(?:he|she|they|it|the\s+\w+|[\w.'’\- ]{1,40}?)\s+(?:said|says|added|told|announced|reported)\b.*$"
                         r"|\s+(?:said|told)\s+[A-Z][\w.'’ ]+\.?$|[;:].*$|,\s+(?:but|and|while|which|who|after|as)\b.*$"
                         r"|\s+(?:but|while|although|because)\b.*$")
# what a cue leaves before the act itself: "its plans to", "on its pledge to", "to"
_ACTION_LEAD = re.compile(r"^(?:(?:its|the|a|an|their|his|her|plans?|proposals?|pledges?|promises?|commitments?|"
                          r"policy|bid|scheme|offer|to|of|for|on|not|decision|move|controversial|earlier|"
                          r"previous|election|manifesto)\s+)+", re.I)
_AUX = re.compile(r"^(?:has|have|had|was|were|is|are|been|began|begun|started)\s+(?:\w+ly\s+|now\s+|already\s+|"
                  r"since\s+|also\s+|been\s+)*", re.I)
# the verb group a partial claim follows: "Germany has delivered only 2,000 of the promised"
_VERB_TAIL = re.compile(r"(?:\s+(?:has|have|had|so|far|only|now|already|just|so\s+far|[a-z]+(?:ed|ent|ilt|ought|id|ade|ave|ook)))+\s*$")
_DONE_VERB = re.compile(r"\b([a-z]+(?:ed|ent|ilt|ought|id|ade|ave|ook))\s+(?:(?:only|just|so\s+far|about|around|nearly|less\s+than|fewer\s+than)\s+)*$")
_BY_AGENT = re.compile(r"^\s*by\s+((?:the\s+)?[A-Z][\w.'’\-]*(?:\s+(?:of\s+)?[A-Z][\w.'’\-]*){0,5})")


class ClaimReader:
    """The claim half of the Extractor (a mixin: it uses the Resolver's methods)."""

    claim_rules: ClaimRules

    def extract_claims(self, doc: Document, tracer: Tracer | None = None) -> list[Claim]:
        """The claims of a document: pure, like `extract`."""
        from tracker.extract.casing import doc_in_case, reading_form
        from tracker.extract.context import DocContext
        from tracker.extract.sentences import split_around

        cr = self.claim_rules
        text = doc.text
        # the fast path: the needs found in one pass say which rules may match in which
        # sentences; a rule without needs is tried on every sentence a hit cuts out
        low = _lowered(text)
        found: list[tuple[int, int]] = []
        free = [i for i, r in enumerate(cr.rules) if not r.needs]
        if low is None:  # (a letter whose lower case differs in length: no literal tests)
            free = list(range(len(cr.rules)))
        elif cr.need_index is not None:
            found = cr.need_index.hits(low.translate(_SPACES))
        if not found:
            return []
        found.sort()
        hits = [at for at, _ in found]
        cased = doc_in_case(doc)
        ctx: DocContext | None = None
        out: list[Claim] = []
        for span, mask in sentence_masks(split_around(cased.text, hits), found):
            traced = False
            if span.end - span.start > 2000:
                continue
            raw = text[span.start:span.end]
            norm = reading_form(raw)
            taken: list[tuple[int, int]] = []
            for i, rule in enumerate(cr.rules):
                if not mask >> i & 1:
                    continue  # none of its needs in this sentence
                for m in rule.regex.finditer(norm):
                    if m.start() > 0 and norm[m.start()].isupper():
                        continue  # a name, not a verb: "the Deferred Action for Childhood Arrivals program"
                    if any(m.start() < e and s < m.end() for s, e in taken):
                        continue
                    if ctx is None:
                        ctx = DocContext(cased, self.gaz)  # type: ignore[attr-defined]
                    if tracer is not None:
                        if not traced:
                            tracer.sentence(span.start, raw)
                            traced = True
                        tracer.cue(rule.id, m.group(), m.start(), rule.kind)
                    claim = self._claim(doc, ctx, span.start, raw, norm, rule, m, tracer)
                    if claim is not None:
                        taken.append((m.start(), m.end()))
                        out.append(claim)
        return out

    def _claim(self, doc: Document, ctx: DocContext, sent_start: int, raw: str, norm: str, rule: ClaimRule,
               m: re.Match[str], tracer: Tracer | None) -> Claim | None:
        cr = self.claim_rules
        before, after = norm[:m.start()], norm[m.end():]
        if rule.context_regex is not None and not rule.context_regex.search(after[:_CONTEXT_CHARS]):
            if tracer is not None:
                tracer.fired("claim-context." + rule.id.split(".", 1)[-1], "reject", after[:40])
            return None
        last_words = " ".join(before.split()[-_BEFORE_WORDS:])
        last_words = last_words + " " if last_words else ""
        for g in cr.guards:
            if not g.applies(rule):
                continue
            gm = g.regex.search(last_words if g.where == "before" else norm)
            if gm:
                if tracer is not None:
                    tracer.fired(g.id, "reject", gm.group())
                return None
        g_ = self._g  # type: ignore[attr-defined]
        subj_before = _VERB_TAIL.sub("", before) if rule.outcome == "partly_delivered" else before
        subj_text, frame_who, _, paren_who = _subject(subj_before, g_)
        pos = sent_start + _raw_offset(raw, norm, m.start())
        post_who = _post_speaker(after, g_)
        speaker_text = frame_who or paren_who or post_who
        speaker = self._resolve_np(ctx, speaker_text, pos, None, False) if speaker_text else None  # type: ignore[attr-defined]
        actor: _Actor | None
        if rule.passive:
            agent = _BY_AGENT.match(after)
            actor = self._resolve_np(ctx, agent.group(1), pos, None, False) if agent else None  # type: ignore[attr-defined]
            if actor is None and speaker is not None and speaker.named and speaker.type != "person":
                actor = speaker  # "the plant was closed, Acme said": the body that reports its own act
            verb = _AUX.sub("", m.group()).strip()
            action = f"{verb} {subj_text}".strip()
        else:
            initial = bool(subj_text) and before.strip().startswith(subj_text)
            if subj_text and _speaker_free(subj_text):
                actor = self._resolve_np(ctx, subj_text.strip(), pos, None, initial)  # type: ignore[attr-defined]
            else:
                quote = ctx.quote_at(pos)
                actor = self._resolve_subject(ctx, subj_text, before, frame_who, speaker, quote, pos,  # type: ignore[attr-defined]
                                              initial, "verb")
            action = self._claim_action(rule, m, before, after, subj_text)
        if actor is not None and not actor.named:
            actor = None
        if actor is not None:
            actor = self.settle_type(ctx, actor)  # type: ignore[attr-defined]
        if tracer is not None:
            tracer.resolved("actor", subj_text, actor)
        adjust = "claim-adjustment.actor-named" if actor is not None else "claim-adjustment.no-actor"
        score = round(min(0.99, max(0.05, rule.score + cr.adjustments[adjust])), 2)
        if tracer is not None:
            tracer.adjusted(adjust, cr.adjustments[adjust])
        amounts = find_amounts(action) or find_amounts(after)
        said_on = resolve_said_on(raw, doc.date) if doc.date else None
        claim = Claim(
            doc_id=doc.doc_id, start=sent_start, end=sent_start + len(raw), sentence=raw, outcome=rule.outcome,
            actor=actor.name if actor else None, rule=rule.id, confidence=score,
            actor_type=actor.type if actor else None, actors=list(actor.actors) if actor else [],
            actor_aliases=list(actor.aliases) if actor else [], affiliations=list(actor.affiliations) if actor else [],
            speaker=speaker.name if speaker is not None and speaker.named else None,
            action=action[:300] or None, amount=amounts[0].text if amounts else None,
            said_on=said_on or (doc.date.isoformat() if isinstance(doc.date, date) else None),
        )
        if tracer is not None:
            tracer.claimed(claim)
        return claim

    @staticmethod
    def _claim_action(rule: ClaimRule, m: re.Match[str], before: str, after: str, subj_text: str) -> str:
        """What the claim says was delivered, begun or dropped, in words."""
        rest = _ACTION_END.sub("", after).strip(" ,.;\"'”’")
        if rule.outcome == "partly_delivered" and (done := _DONE_VERB.search(before)) is not None:
            return f"{done.group(1)} {rest}"  # "has delivered only 2,000 of the promised 5,000 tents"
        if rule.outcome in ("reversed", "stalled", "partly_delivered") or rule.id == "claim.kept-promise":
            # "scrapped plans to build a runway": build a runway; "postponed the sale of": the sale of ...
            got = _ACTION_LEAD.sub("", rest + " ").strip()
            if got:
                return got
            return subj_text if rule.id == "claim.bill-stage" else rest
        if rule.id == "claim.bill-stage":
            return f"{subj_text} {m.group()}".strip()
        verb = _AUX.sub("", m.group()).strip()
        return f"{verb} {rest}".strip()


_WS = re.compile(r"\s+")
# white space made a plain space, one character for one: a need "has yet to" is found
# across a line break (not across a run of spaces: the needs are a speed hint)
_SPACES = str.maketrans({c: " " for c in "\t\n\r\x0b\x0c\xa0"})
