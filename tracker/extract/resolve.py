"""Who is bound: a subject or speaker phrase resolved to an actor with the document's
context (the `Resolver` mixin of the Extractor), and the same-side test of reported
speech ("X said Y would ..." binds Y only when Y is X or X's own side).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from tracker.extract.context import _COMMON_WORDS, DocContext, Person, Quote
from tracker.extract.model import ActorInfo
from tracker.extract.clause import _DETERMINERS, _NAME_TAIL, _PRONOUNS, _core, _elided_subject, _head

_WHEN_OPENERS = frozenset("tomorrow today tonight yesterday now later then meanwhile".split())

_MEMBER_ROLE = re.compile(r"^(?:(?!Trade\b)[A-Z][a-z]+\s+)?(?P<role>Senator|Congressman|Congresswoman|Representative)$")
_DET_START = re.compile(r"^(?:the|a|an|his|her|their|its)\s+", re.I)  # ("his Liberal Democrats")
# an unnamed voice of a named body: "A Conservative spokeswoman", "the Treasury official"
_VOICE_WORDS = r"(?:spokes(?:man|woman|person)|officials?|representatives?|aides?|press\s+officer)"
_VOICE_NP = re.compile(
    rf"^(?P<owner>(?:the\s+)?[\w&'’.\-]+(?:\s+[\w&'’.\-]+){{0,4}}?)['’]s?\s+(?:senior\s+|chief\s+)?{_VOICE_WORDS}$"
    rf"|^(?:an?\s+|the\s+)?(?:senior\s+)?(?P<body>(?-i:[A-Z])[\w&'’.\-]*(?:\s+(?-i:[A-Z])[\w&'’.\-]*){{0,4}})\s+{_VOICE_WORDS}$",
    re.I)
_LAST_VOICE = re.compile(
    rf"\b(?:A|An|The)\s+(?:senior\s+)?((?-i:[A-Z])[\w&'’.\-]*(?:\s+(?-i:[A-Z])[\w&'’.\-]*){{0,4}})\s+spokes(?:man|woman|person)\b")
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
# "Members of the Bank of England's committee", "officials at the ministry": the body they
# belong to binds; "the two sides in the dispute": the phrase before its modifier
_MEMBERS_OF = re.compile(
    r"^(?:(?:two|three|several|some|senior|top|leading|the)\s+)*(?:members|officials|representatives|executives|"
    r"directors|leaders|delegates|negotiators|staff)\s+(?:of|at|from)\s+(?P<body>\S.*)$", re.I)
_OWNER = re.compile(r"^(?:the\s+)?((?-i:[A-Z])[^'’]*?)['’]s?\s+\S")
_PAIR_PP = re.compile(r"^(?P<np>(?:the\s+)?(?:two|both)\s+\w+)\s+(?:in|to|of|at)\s+\S", re.I)
_PAIR_NP = re.compile(r"^(?:the\s+)?(?:two|both)\s+(?:sides|countries|nations|governments|companies|firms|parties|leaders|men|ministers|clubs|teams|groups|banks|unions)$", re.I)
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


_ELLIPSIS = re.compile(r"(?:\band|\bbut|\bor|\bthen)\s*$")


# lower-case words that may precede a name inside the phrase ("state-owned Rosneft" aside)
_QUANTIFIERS = frozenset("all many some most several few each every any other no".split())


def _same_side(ex: Resolver, speaker: _Actor, actor: _Actor) -> bool:
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


class Resolver:
    """The Extractor's reading of who a phrase names (mixed into `Extractor`: it uses
    the gazetteer and word lists the Extractor loads)."""

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
            if who is None and quote is not None:
                # a quote whose speaker the text does not let us name ("I would not exclude
                # that ...", "We will give you every support"): no one we can hold to it
                return None
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

    def _author(self, ctx: DocContext, how: str) -> _Actor:
        """The document's author, as the text names them ("Patrick McHenry", not "Mchenry")."""
        assert ctx.author is not None
        p = ctx.person(ctx.author)
        who = self._from_person(p) if p else _Actor(ctx.author, "person", [], [], [ctx.author], True)
        who.how = how
        return who

    def _last_org(self, ctx: DocContext, pos: int) -> _Actor | None:
        org = ctx.main_firm(pos)
        return _Actor(org, "organisation", [], [], [org], True, "the firm or body last seen acting") if org else None

    def _resolve_np(self, ctx: DocContext, s: str, pos: int, speaker: _Actor | None,
                    initial: bool) -> _Actor | None:
        s = _TICKERS.sub("", s)  # "Toshiba Corp <TSBA.T>"
        indefinite = bool(re.match(r"(?:a|an)\s", s.strip(), flags=re.I))
        stripped = _DET_START.sub("", s.strip()).strip(" ,")
        stripped_det = stripped != s.strip(" ,")
        if stripped != s.strip(" ,"):
            initial = False  # "The Government": capitalised by style, not by its place
        s = stripped
        if not s or len(s) == 1 and s != "I":
            return None  # (a lone letter: "A shareholder ..., hoping to" cut at its article)
        pp = _MEMBERS_OF.match(s)
        if pp:
            owner = _OWNER.match(pp.group("body"))  # "the Bank of England's committee": the bank
            body = self._voice(ctx, owner.group(1) if owner else pp.group("body"), pos)
            if body is not None:
                return replace(body, how=f"the body its members belong to ('{pp.group('body')}')")
        pair_pp = _PAIR_PP.match(s)
        if pair_pp and _PAIR_NP.match(pair_pp.group("np")):
            s = pair_pp.group("np")  # "the two sides in the dispute": the two sides
        low = s.lower()
        pron = _PRONOUNS.get(low) if not (len(s) > 1 and s.isupper()) else None  # "US" is not "us"
        if pron == "third":
            name = ctx.last_subject_person(pos)
            p = ctx.person(name) if name else None
            if p is None:
                # "A Conservative spokeswoman said ... She said: ...": an unnamed voice of a
                # body, told just before
                voice = _LAST_VOICE.findall(ctx.doc.text, max(0, pos - 400), pos)
                return self._voice(ctx, voice[-1], pos) if voice else None
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
        member = _MEMBER_ROLE.match(s) if ctx.author and stripped_det else None
        if member:
            # "The Iowa Senator added", "the Congresswoman": in a member's release, the one
            # named in that role, else its author
            full = ctx.person_by_role(member.group("role").lower(), pos)
            person = ctx.person(full) if full else None
            if person is not None:
                holder = self._from_person(person)
                holder.how = f"the person named as {member.group('role').lower()}"
                return holder
            return self._author(ctx, "the member's role: the document's author")
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
        voice = _VOICE_NP.match(s)
        if voice:
            body = self._voice(ctx, voice.group("body") or voice.group("owner"), pos)
            if body is not None:
                return body
        role = _ROLE_NP.match(s)
        if role:
            r = role.group("role").lower()
            full = ctx.person_by_role(r, pos, s) if not r.startswith("spokes") else None
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
                return self._author(ctx, f"'the {r}': the document's author")
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

    def _voice(self, ctx: DocContext, body: str, pos: int) -> _Actor | None:
        """The body an unnamed voice speaks for ("a Conservative spokeswoman", "a Treasury
        official"): the body if its name is one (a person's name is no body)."""
        got = self._resolve_np(ctx, body, pos, None, False)
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
            info = ctx.last_actor(pos, ("country", "government"))
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
