"""Rules as validated data: loading `rules.toml` / `lexicon.toml` and a user's --rules file.

A rule is an id, a kind, a score, a pattern and a description (after spaCy's pattern
files and Presidio's recognizers); the engine that applies them lives in engine.py.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.extract import recache, tomlcache
from tracker.extract.alttrie import MIN_BRANCHES, trie_alternations
from tracker.extract.model import KINDS
from tracker.extract.tomlcache import data_text


class RuleError(ValueError):
    """A rules or actors file is invalid; the message names the file and the bad entry."""


CUE_MODES = ("modal", "verb", "adjective")
# Readings: ways the engine binds an actor when the subject itself cannot bind. The
# engine implements each one; the rules file gives its description and score.
READINGS = ("reading.passive_announcer", "reading.announced_plan", "reading.agentless_passive", "reading.list_item",
            "reading.authored_passive", "reading.authored_there", "reading.authored_outcome",
            "reading.pledge_owner", "reading.there_speaker", "reading.facility_change")  # (readings_authored.py)
# Refusals: the engine's own reasons to drop a candidate (beyond the guards). The engine
# names each by its id; the rules file describes each one, so `tracker rules` lists it.
REFUSALS = (
    "refusal.no-verb-after-modal",
    "refusal.stative-be",
    "refusal.have-to",
    "refusal.stative-verb",
    "refusal.help-verb",
    "refusal.negated-event",
    "refusal.opinion-frame",
    "refusal.generic-people",
    "refusal.actor-unnamed",
    "refusal.subject-never-agent",
    "refusal.subject-not-agent",
    "refusal.passive-authored",
    "refusal.passive-no-actor",
    "refusal.passive-relative",
    "refusal.passive-names-actor",
    "refusal.passive-own-agent",
    "refusal.passive-quote-no-body",
    "refusal.passive-others-thing",
    "refusal.passive-actor-not-body",
    "refusal.passive-actor-not-recent",
    "refusal.causal-after-thing",
    "refusal.announced-not-activity",
    "refusal.other-side",
    "refusal.other-person",
    "refusal.performative",
    "refusal.passive-unlisted-agentless",
    "refusal.passive-unlisted-person",
    "refusal.passive-unlisted-relative",
    "refusal.authored-would",
    "refusal.authored-relay",
    "refusal.author-announces-other",
    "refusal.authored-others-want",
    "refusal.authored-others-bent",
    "refusal.authored-other-party",
    "refusal.authored-others-committed",
    "refusal.relative-coordinated",
    "refusal.as-background",
    "refusal.participle-aim",
    "refusal.negated-commissive",
    "refusal.unsaid-frame",
    "refusal.role-relative",
    "refusal.authored-it-aims",
    "refusal.authored-effect",
    "refusal.authored-quote-forecast",
    "refusal.authored-others-promise",
    "refusal.passive-author-relay",
    "refusal.passive-nearby-moved-on",
)
# Resolutions: how a phrase becomes an actor (its full name, its type, its parents); the
# engine (resolve.py) names each in what `tracker explain` prints, the rules file
# describes each one.
RESOLUTIONS = (
    "resolution.speakers-body",
    "resolution.quote-marks-mixed",
    "resolution.quote-tag-comma",
    "resolution.quote-after-said",
    "resolution.quote-run-on",
    "resolution.quote-split",
    "resolution.quote-paragraph-break",
    "resolution.place-of-holder",
    "resolution.appositive-speaker",
    "resolution.appositive-inner-name",
    "resolution.name-in-prepositional-phrase",
    "resolution.sentence-owner",
    "resolution.speakers-party",
    "resolution.the-country",
    "resolution.speaks-of-itself",
    "resolution.told-audience",
    "resolution.plan-by",
    "resolution.centre-party",
    "resolution.national-ministers",
    "resolution.type-its-owner",
    "resolution.government-led-by",
    "resolution.person-of-body",
    "resolution.person-full-name",
    "resolution.person-same-surname",
    "resolution.title-sex",
    "resolution.title-stripped",
    "resolution.title-common-word",
    "resolution.leading-word",
    "resolution.glued-descriptor",
    "resolution.role-holder",
    "resolution.role-office",
    "resolution.so-am-i",
    "resolution.group-voice",
    "resolution.role-unbound",
    "resolution.coordination",
    "resolution.coordination-list",
    "resolution.pronoun-not-firm",
    "resolution.government-place-passed",
    "resolution.pair-of-parties",
    "resolution.type-by-suffix",
    "resolution.type-by-name",
    "resolution.type-brand-shape",
    "resolution.type-company-context",
    "resolution.type-person-shape",
    "resolution.type-default",
    "resolution.type-apposition",
    "resolution.type-not-person",
    "resolution.type-not-firm",
    "resolution.first-name-alone",
    "resolution.indefinite-np",
    "resolution.description-unstored",
    "resolution.short-name",
    "resolution.common-noun-alone",
    "resolution.generic-plural",
    "resolution.acronym-expansion",
    "resolution.acronym-name",
    "resolution.body-apposition",
    "resolution.author-known-as",
    "resolution.aside-stripped",
    "resolution.thing-named",
    "resolution.place-named",
    "resolution.name-with-preposition",
    "resolution.body-country",
    "resolution.they-place-passed",
    "resolution.they-not-country",
    "resolution.role-in-sentence",
    "resolution.they-country-opens-name",
    "resolution.body-noun-not-main-firm",
    "resolution.they-with-author",
    "resolution.coordinated-with-author",
    "resolution.quoted-name-passed",
    "resolution.peer-title-place",
    "resolution.affiliations",
    "resolution.uk-cabinet-title",
    "resolution.party-member-title",
    "resolution.role-body-over-nationality",
    "resolution.author-spelling",
    "resolution.run-together",
    "resolution.ordinal-session",
    "resolution.royal-title",
    "resolution.staff-of-body",
    "resolution.agency-public-body",
    "resolution.previous-subject",
    "resolution.previous-government",
    "resolution.previous-body-voice",
    "resolution.local-government",
    "resolution.they-frame-head",
    "resolution.party-subset",
    "resolution.this-committee",
    "resolution.they-previous-subject",
    "resolution.they-sentence-subject",
    "resolution.it-previous-thing",
    "resolution.same-sentence-subject",
    "resolution.passive-agent-passed",
    "resolution.pronoun-chain",
    "resolution.elided-modal-clause",
    "resolution.office-holder-by-date",
    "resolution.described-conjunct",
    "resolution.body-before-role",
    "resolution.previous-sentence-centre",
)
# Adjustments: named changes to a finding's confidence; the rules file gives each its
# value (a user's file may change it).
ADJUSTMENTS = (
    "adjustment.actor-named",
    "adjustment.actor-unnamed",
    "adjustment.actor-unknown-unattributed",
    "adjustment.speaker-attributed",
    "adjustment.unframed",
)
GUARD_WHERE = ("sentence", "before", "after", "subject", "speaker")
GUARD_EFFECTS = ("reject", "intention", "claim")
LEXICON_KEYS = (
    "agent_nouns",
    "non_agent_nouns",
    "stative_verbs",
    "passive_action_verbs",
    "report_verbs",
    "opinion_verbs",
    "event_verbs",
    "event_nouns",
    "disclosure_verbs",
    "non_agent_pronouns",
    "causal_verbs",
    "effect_verbs",
    "activity_nouns",
    "group_modifiers",
    "performative_verbs",
    "phrasal_actions",
    "own_side_nouns",
    "facility_nouns",
    "facility_verbs",
    "charge_words",
)
# the fast path tests `needs` on the raw text, before folding turns white space and quote
# marks into single spaces: a need holds no quote mark, and a space in it stands for any
# run of white space or quote marks ("is to" is found in "is\nto")
_NEED_BAD = re.compile(r"^ | $|  |[\t\n\r\f\v“”\"‘«»]")  # single spaces between words only
_ALTTRIE_TAG = 3  # the key of a guard's pattern with tries in the regex cache (recache.memo; gazetteer.py has 2)
_ID = re.compile(r"^[a-z0-9_]+(?:[.-][a-z0-9_]+)*$")


@dataclass(frozen=True)
class Rule:
    """One cue or guard. `kind` is "guard" for guards."""

    id: str
    kind: str
    score: float
    description: str
    pattern: str
    mode: str = ""  # cue: modal | verb | adjective; guard: ""
    where: str = ""  # guard: which text the pattern is tested on
    effect: str = ""  # guard: reject | intention | claim (a second-hand report: engine.py `_reported`)
    applies_to: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()  # lower-case literals one of which every match contains
    needs_words: bool = False  # guard: a need counts only as whole words ("x*": a word starting so)
    last_words: int = 0  # guard: tested on the last N words of its window only (0: all of it)
    after_last: str = ""  # guard: tested on the text after the last of these characters
    unauthored: bool = False  # guard: only in a document no actor wrote (news copy): a press release's or manifesto's author announces
    split_actions: bool = False  # cue: "pledged to build X and to develop Y" is two findings
    keeps: bool = False  # cue: the actor keeps doing or being something ("will continue to have")
    negates: bool = False  # cue: the cue itself says the actor will not act ("ruled out", "has no plans to")
    regex: re.Pattern[str] = field(default=re.compile(""), compare=False, repr=False)


@dataclass
class RuleSet:
    cues: list[Rule]
    guards: list[Rule]
    lexicon: dict[str, frozenset[str]]
    readings: dict[str, Rule] = field(default_factory=dict)
    refusals: dict[str, Rule] = field(default_factory=dict)
    adjustments: dict[str, Rule] = field(default_factory=dict)
    resolutions: dict[str, Rule] = field(default_factory=dict)

    @property
    def all(self) -> list[Rule]:
        return [*self.cues, *self.readings.values(), *self.guards, *self.refusals.values(),
                *self.adjustments.values(), *self.resolutions.values()]

    def adjustment(self, rid: str) -> float:
        return self.adjustments[rid].score


def _fail(source: str, what: str, msg: str) -> RuleError:
    return RuleError(f"{source}: {what}: {msg}")


def _entry(source: str, table: str, i: int, raw: Any) -> Rule:
    what = f"{table} #{i}"
    if not isinstance(raw, dict):
        raise _fail(source, what, "must be a table")
    rid = raw.get("id")
    if isinstance(rid, str):
        what = f'{table} #{i} ("{rid}")'
    required = {"id", "description", "pattern"} | ({"kind", "score", "mode"} if table == "cue" else {"where", "effect"})
    allowed = required | {"applies_to", "needs"} | (
        {"split_actions", "keeps", "negates"} if table == "cue" else {"needs_words", "last_words", "after_last", "unauthored"})
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise _fail(source, what, f"unknown key {unknown[0]!r} (expected: {', '.join(sorted(allowed))})")
    missing = sorted(required - set(raw))
    if missing:
        raise _fail(source, what, f"missing {missing[0]!r}")
    for key in required - {"score"}:
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise _fail(source, what, f"{key!r} must be a non-empty string")
    if not _ID.match(raw["id"]):
        raise _fail(source, what, "id must be lower case words joined by '.', '-' or '_'")
    try:
        regex = re.compile(raw["pattern"], re.IGNORECASE)
    except re.error as exc:
        raise _fail(source, what, f"pattern is not a valid regular expression ({exc})") from None
    needs = raw.get("needs", [])
    if not isinstance(needs, list) or not all(
        isinstance(n, str) and n and n == n.lower() and not _NEED_BAD.search(n) for n in needs
    ):
        raise _fail(source, what, "needs must be a list of lower-case literals (words separated by single spaces, no quote marks)")
    for key in ("needs_words", "split_actions", "keeps", "negates", "unauthored"):
        if not isinstance(raw.get(key, False), bool):
            raise _fail(source, what, f"{key} must be true or false")
    last_words = raw.get("last_words", 0)
    if isinstance(last_words, bool) or not isinstance(last_words, int) or last_words < 0:
        raise _fail(source, what, "last_words must be a whole number of words (0: the whole window)")
    after_last = raw.get("after_last", "")
    if not isinstance(after_last, str):
        raise _fail(source, what, "after_last must be a string of separator characters")
    applies = raw.get("applies_to", [])
    if not isinstance(applies, list) or not all(isinstance(a, str) and (a in CUE_MODES or _ID.match(a)) for a in applies):
        raise _fail(source, what, f"applies_to must be a list of cue modes ({', '.join(CUE_MODES)}) or cue ids")
    if table == "cue":
        if raw["kind"] not in KINDS:
            raise _fail(source, what, f"unknown kind {raw['kind']!r} (expected one of: {', '.join(KINDS)})")
        if raw["mode"] not in CUE_MODES:
            raise _fail(source, what, f"unknown mode {raw['mode']!r} (expected one of: {', '.join(CUE_MODES)})")
        score = raw["score"]
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise _fail(source, what, "score must be a number from 0 to 1")
        return Rule(raw["id"], raw["kind"], float(score), raw["description"].strip(), raw["pattern"],
                    mode=raw["mode"], needs=tuple(needs), regex=regex, split_actions=raw.get("split_actions", False),
                    keeps=raw.get("keeps", False), negates=raw.get("negates", False))
    if raw["pattern"].count("|") >= MIN_BRANCHES - 1:  # long alternations of words as tries (alttrie.py)
        regex = re.compile(recache.memo(raw["pattern"], _ALTTRIE_TAG, trie_alternations), re.IGNORECASE)
    if raw["where"] not in GUARD_WHERE:
        raise _fail(source, what, f"unknown where {raw['where']!r} (expected one of: {', '.join(GUARD_WHERE)})")
    if raw["effect"] not in GUARD_EFFECTS:
        raise _fail(source, what, f"unknown effect {raw['effect']!r} (expected one of: {', '.join(GUARD_EFFECTS)})")
    return Rule(raw["id"], "guard", 0.0, raw["description"].strip(), raw["pattern"], where=raw["where"],
                effect=raw["effect"], applies_to=tuple(applies), needs=tuple(needs), regex=regex,
                needs_words=raw.get("needs_words", False), last_words=last_words, after_last=after_last,
                unauthored=raw.get("unauthored", False))


def _implemented(source: str, table: str, i: int, raw: Any, keys: set[str], known: tuple[str, ...]) -> str:
    """The checks every entry of a table the engine implements in code (reading, refusal,
    adjustment) shares: a table of known keys, an implemented id, a description. Returns
    how errors name the entry."""
    what = f"{table} #{i}"
    if not isinstance(raw, dict):
        raise _fail(source, what, "must be a table")
    if isinstance(raw.get("id"), str):
        what = f'{table} #{i} ("{raw["id"]}")'
    unknown = sorted(set(raw) - keys)
    if unknown:
        raise _fail(source, what, f"unknown key {unknown[0]!r} (expected: {', '.join(sorted(keys))})")
    if raw.get("id") not in known:
        raise _fail(source, what, f"unknown {table} (the engine implements: {', '.join(known)})")
    if not isinstance(raw.get("description"), str) or not raw["description"].strip():
        raise _fail(source, what, "'description' must be a non-empty string")
    return what


def _named(source: str, table: str, i: int, raw: Any, known: tuple[str, ...]) -> Rule:
    """A refusal or an adjustment: an id the engine implements, a description, and for an
    adjustment its value (added to a finding's confidence)."""
    keys = {"id", "description"} | ({"score", "applies_to"} if table == "adjustment" else set())
    what = _implemented(source, table, i, raw, keys, known)
    score = 0.0
    if table == "adjustment":
        score = raw.get("score")
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not -1 <= score <= 1:
            raise _fail(source, what, "score must be a number from -1 to 1")
    applies = raw.get("applies_to", [])
    if not isinstance(applies, list) or not all(isinstance(a, str) and _ID.match(a) for a in applies):
        raise _fail(source, what, "applies_to must be a list of cue ids")
    return Rule(raw["id"], table, float(score), raw["description"].strip(), "", mode=table, applies_to=tuple(applies))


def _reading(source: str, i: int, raw: Any) -> Rule:
    what = _implemented(source, "reading", i, raw, {"id", "description", "score", "kind"}, READINGS)
    score = raw.get("score")
    if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
        raise _fail(source, what, "score must be a number from 0 to 1")
    kind = raw.get("kind", "commitment")
    if kind not in KINDS:
        raise _fail(source, what, f"unknown kind {kind!r} (expected one of: {', '.join(KINDS)})")
    return Rule(raw["id"], kind, float(score), raw["description"].strip(), "", mode="reading")


def parse(data: dict[str, Any], source: str) -> tuple[list[Rule], list[Rule], dict[str, list[str]]]:
    """Validate one rules document; return its cues, guards and lexicon additions."""
    unknown = sorted(set(data) - {"cue", "guard", "lexicon", "reading", "refusal", "adjustment", "resolution"})
    if unknown:
        raise RuleError(f"{source}: unknown section {unknown[0]!r} (expected: cue, guard, reading, refusal, adjustment, "
                        "resolution, lexicon)")
    cues, guards = [], []
    seen: set[str] = set()
    for table, out in (("cue", cues), ("guard", guards)):
        entries = data.get(table, [])
        if not isinstance(entries, list):
            raise RuleError(f"{source}: '{table}' must be an array of tables ([[{table}]])")
        for i, raw in enumerate(entries, 1):
            rule = _entry(source, table, i, raw)
            if rule.id in seen:
                raise _fail(source, f'{table} #{i} ("{rule.id}")', "duplicate id")
            seen.add(rule.id)
            out.append(rule)
    readings = data.get("reading", [])
    if not isinstance(readings, list):
        raise RuleError(f"{source}: 'reading' must be an array of tables ([[reading]])")
    for i, raw in enumerate(readings, 1):
        rule = _reading(source, i, raw)
        if rule.id in seen:
            raise _fail(source, f'reading #{i} ("{rule.id}")', "duplicate id")
        seen.add(rule.id)
        guards.append(rule)  # returned with the guards; load() sorts them out
    for table, known in (("refusal", REFUSALS), ("adjustment", ADJUSTMENTS), ("resolution", RESOLUTIONS)):
        entries = data.get(table, [])
        if not isinstance(entries, list):
            raise RuleError(f"{source}: '{table}' must be an array of tables ([[{table}]])")
        for i, raw in enumerate(entries, 1):
            rule = _named(source, table, i, raw, known)
            if rule.id in seen:
                raise _fail(source, f'{table} #{i} ("{rule.id}")', "duplicate id")
            seen.add(rule.id)
            guards.append(rule)
    lexicon: dict[str, list[str]] = {}
    raw_lex = data.get("lexicon", {})
    if not isinstance(raw_lex, dict):
        raise RuleError(f"{source}: [lexicon] must be a table")
    for key, value in raw_lex.items():
        if key not in LEXICON_KEYS:
            raise RuleError(f"{source}: lexicon: unknown list {key!r} (expected one of: {', '.join(LEXICON_KEYS)})")
        if isinstance(value, str):
            value = value.split()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RuleError(f"{source}: lexicon: {key!r} must be a list of strings or a string of words")
        lexicon[key] = [v.lower().replace("-", " ") for v in value]
    return cues, guards, lexicon


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise RuleError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot be read ({exc})") from None


def _builtin(name: str) -> dict[str, Any]:
    return tomlcache.loads(data_text(name))


def load(user_rules: Path | None = None) -> RuleSet:
    """The built-in rules, with a user's file merged in (same id replaces, new ids append)."""
    cues, guards, _ = parse(_builtin("rules.toml"), "rules.toml")
    _, _, lex = parse(_builtin("lexicon.toml"), "lexicon.toml")
    if user_rules is not None:
        ucues, uguards, ulex = parse(_read_toml(user_rules), str(user_rules))
        cues = _merge(cues, ucues)
        guards = _merge(guards, uguards)
        for key, words in ulex.items():
            lex[key] = lex.get(key, []) + words
    named = {mode: {g.id: g for g in guards if g.mode == mode}
             for mode in ("reading", "refusal", "adjustment", "resolution")}
    readings, refusals, adjustments = named["reading"], named["refusal"], named["adjustment"]
    guards = [g for g in guards if g.mode not in named]
    for table, known in (("reading", READINGS), ("refusal", REFUSALS), ("adjustment", ADJUSTMENTS),
                         ("resolution", RESOLUTIONS)):
        missing = [r for r in known if r not in named[table]]
        if missing:
            raise RuleError(f"rules.toml: {table} {missing[0]!r} is not described")
    cue_ids = {c.id for c in cues}
    for g in guards:
        for a in g.applies_to:
            if a not in CUE_MODES and a not in cue_ids:
                where = str(user_rules) if user_rules else "rules.toml"
                raise RuleError(f'{where}: guard "{g.id}": applies_to names no cue or mode: {a!r}')
    lexicon = {key: frozenset(lex.get(key, [])) for key in LEXICON_KEYS}
    return RuleSet(cues, guards, lexicon, readings,
                   {r: refusals[r] for r in REFUSALS}, {a: adjustments[a] for a in ADJUSTMENTS},
                   {r: named["resolution"][r] for r in RESOLUTIONS})


def _merge(base: list[Rule], extra: list[Rule]) -> list[Rule]:
    by_id = {r.id: r for r in extra}
    merged = [by_id.pop(r.id, r) for r in base]
    # New cues go before the generic modal cues so that a specific user cue wins overlaps.
    return [r for r in extra if r.id in by_id] + merged
