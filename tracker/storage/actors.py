"""Actors as one person or organisation each, whatever order the documents came in.

The ingest records each document's sighting of an actor (``actor_evidence``: the name,
the type and the parent its finding gave) and marks the actor pending. At the end of
each batch :func:`settle` derives every pending actor from all its evidence:

* **merges** a surname-only person ("Brown") into the one full-named person with that
  surname whose affiliations agree (the same party, country or body); two candidates,
  or a conflict (another party), keep them apart;
* **votes** its name, type and parent over the evidence, with a deterministic
  tie-break; what the engine's actor list knows (``lookup``) wins, and a curated field
  (``tracker actors rename/set-type/set-parent``) is never overwritten;
* **aliases**: every name it was found under, except its own.

The curation commands (:func:`rename`, :func:`merge`, :func:`set_parent`,
:func:`set_type`) are here too; each checks its input, changes the actor and appends
to ``actor_changes``. They run inside the caller's transaction and raise
:class:`TrackerError` before changing anything.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from tracker.errors import TrackerError
from tracker.status import ACTOR_TYPES
from tracker.storage.models import utcnow
from tracker.storage.names import (is_full_name, is_qualified, loose_key, middle_initials, name_key, person_words,
                                   surname, variant_key)

LookupFn = Callable[[str], Any]  # name -> ActorInfo | None (the engine's actor list)


def _rows(connection: Connection, sql: str, **params: Any) -> list[Any]:
    return list(connection.execute(text(sql), params).all())


def _one(connection: Connection, sql: str, **params: Any) -> Any:
    return connection.execute(text(sql), params).scalar()


# --- affiliations: do two actors belong to the same party, country or body? ----------------------


@dataclass
class Affiliations:
    """What an actor belongs to, by name key: ``direct`` (its parents as found), ``closure``
    (those and everything above them) and the parties among them."""

    direct: set[str] = field(default_factory=set)
    closure: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)

    def agrees(self, other: Affiliations) -> bool | None:
        """True: they share a direct affiliation (or one's is above the other's); False: they
        conflict (different parties, or nothing in common); None: one side is unknown."""
        if not self.direct or not other.direct:
            return None
        if self.parties and other.parties and not self.parties & other.parties:
            return False
        return bool(self.direct & other.closure or other.direct & self.closure)


def mention_affiliations(names: Iterable[str], lookup: LookupFn) -> Affiliations:
    """A finding's affiliations, canonical by the engine's actor list, with their parents."""
    out = Affiliations()
    for name in names:
        info = lookup(name)
        key = name_key(info.name if info else name)
        out.direct.add(key)
        if info is not None and info.type == "party":
            out.parties.add(key)
        depth = 0
        while depth < 5:
            out.closure.add(key)
            if info is None or not info.parent:
                break
            key, info, depth = name_key(info.parent), lookup(info.parent), depth + 1
    return out


def stored_affiliations(connection: Connection, actor_ids: Iterable[int]) -> Affiliations:
    """The affiliations of stored actors: their parents and their evidence's parents."""
    ids = sorted(set(actor_ids))
    out = Affiliations()
    if not ids:
        return out
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    params = {f"i{n}": v for n, v in enumerate(ids)}
    direct = _rows(connection, f"SELECT parent_id FROM actors WHERE id IN ({marks}) AND parent_id IS NOT NULL "
                   f"UNION SELECT parent_id FROM actor_evidence WHERE actor_id IN ({marks}) AND parent_id IS NOT NULL",
                   **params)
    frontier = {r[0] for r in direct}
    first = True
    seen: set[int] = set()
    while frontier - seen:
        todo = sorted(frontier - seen)
        seen |= set(todo)
        marks = ", ".join(f":i{n}" for n in range(len(todo)))
        found = _rows(connection, f"SELECT id, key, type, parent_id FROM actors WHERE id IN ({marks})",
                      **{f"i{n}": v for n, v in enumerate(todo)})
        frontier = set()
        for _, key, type_, parent_id in found:
            if first:
                out.direct.add(key)
                if type_ == "party":
                    out.parties.add(key)
            out.closure.add(key)
            if parent_id is not None:
                frontier.add(parent_id)
        first = False
    return out


# --- merging ------------------------------------------------------------------------------------


def merge_into(connection: Connection, keep: int, gone: int) -> None:
    """Move everything of actor ``gone`` to ``keep`` (links, evidence, claims, children,
    aliases, its names as aliases, its log) and delete it."""
    if keep == gone:
        raise TrackerError(f"cannot merge actor {keep} with itself")
    keep_row = _rows(connection, "SELECT key, parent_id FROM actors WHERE id = :k", k=keep)[0]
    gone_row = _rows(connection, "SELECT name, key, parent_id FROM actors WHERE id = :g", g=gone)[0]
    p = {"k": keep, "g": gone}
    # a commitment bound to both keeps one link, at the better position
    connection.execute(text(
        "UPDATE commitment_actors SET position = (SELECT min(o.position) FROM commitment_actors o "
        "WHERE o.commitment_id = commitment_actors.commitment_id AND o.actor_id IN (:k, :g)) "
        "WHERE actor_id = :k AND commitment_id IN (SELECT commitment_id FROM commitment_actors WHERE actor_id = :g)"), p)
    connection.execute(text(
        "DELETE FROM commitment_actors WHERE actor_id = :g "
        "AND commitment_id IN (SELECT commitment_id FROM commitment_actors WHERE actor_id = :k)"), p)
    for sql in ("UPDATE commitment_actors SET actor_id = :k WHERE actor_id = :g",
                "UPDATE actor_evidence SET actor_id = :k WHERE actor_id = :g",
                "UPDATE actor_evidence SET parent_id = :k WHERE parent_id = :g",
                "UPDATE actor_changes SET actor_id = :k WHERE actor_id = :g",
                "UPDATE claims SET actor_id = :k WHERE actor_id = :g",  # (their actor, as a finding's)
                "UPDATE actors SET parent_id = :k WHERE parent_id = :g AND id <> :k"):
        connection.execute(text(sql), p)
    if keep_row[1] == gone:  # it belonged to what it absorbs: it takes that one's place
        parent = gone_row[2] if gone_row[2] != keep else None
        connection.execute(text("UPDATE actors SET parent_id = :p WHERE id = :k"), {"p": parent, "k": keep})
    names = [] if is_qualified(gone_row[0]) else [(gone_row[0], gone_row[1])]  # "Brown", not "Brown (Labour)"
    _add_aliases(connection, keep, [*names, *_rows(
        connection, "SELECT alias, key FROM actor_aliases WHERE actor_id = :g", g=gone)])
    connection.execute(text("DELETE FROM actor_aliases WHERE actor_id = :g"), p)
    connection.execute(text("DELETE FROM actor_pending WHERE actor_id = :g"), p)
    connection.execute(text("DELETE FROM actors WHERE id = :g"), p)
    mark_pending(connection, [keep])


def _add_aliases(connection: Connection, actor_id: int, aliases: Iterable[tuple[str, str]]) -> None:
    own = _one(connection, "SELECT key FROM actors WHERE id = :i", i=actor_id)
    have = {r[0] for r in _rows(connection, "SELECT key FROM actor_aliases WHERE actor_id = :i", i=actor_id)}
    for alias, key in sorted(set(aliases)):
        if key != own and key not in have:
            have.add(key)
            connection.execute(text("INSERT INTO actor_aliases (actor_id, alias, key) VALUES (:i, :a, :k)"),
                               {"i": actor_id, "a": alias, "k": key})


def mark_pending(connection: Connection, actor_ids: Iterable[int]) -> None:
    for actor_id in sorted(set(actor_ids)):
        if _one(connection, "SELECT count(*) FROM actor_pending WHERE actor_id = :i", i=actor_id) == 0:
            connection.execute(text("INSERT INTO actor_pending (actor_id) VALUES (:i)"), {"i": actor_id})


# --- settling: order-independent attributes -------------------------------------------------------


def settle(connection: Connection, lookup: LookupFn) -> int:
    """Derive the pending actors from all their evidence (see the module's doc). Returns
    how many were settled. Run it inside a transaction. Reads in bulk (a few queries per
    batch, not per actor) and writes only what changed: it runs every ingest batch."""
    pending = {r[0] for r in _rows(connection, "SELECT actor_id FROM actor_pending")}
    if not pending:
        return 0
    _vote(connection, pending, lookup, names=False)  # types first: a surname merges only into a known person
    pending = _merge_variants(connection, pending)
    pending = _merge_surnames(connection, pending)
    pending = _merge_cut_names(connection, pending)
    pending = _merge_firm_short_forms(connection, pending, lookup)
    pending = _merge_chamber_bodies(connection, pending)
    pending = _merge_acronyms(connection, pending)
    # Attributes, then the name: a rename may meet another actor's name and merge.
    for _ in range(3):
        merged = _vote(connection, pending, lookup, names=True)
        if not merged:
            break
        pending -= merged
    _settle_aliases(connection, pending)
    connection.execute(text("DELETE FROM actor_pending"))
    return len(pending)


def _in(ids: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """An IN list of bound parameters."""
    values = sorted(set(ids), key=repr)
    return ", ".join(f":v{n}" for n in range(len(values))) or "NULL", {f"v{n}": v for n, v in enumerate(values)}


def _chunks(ids: Iterable[int], size: int = 400) -> Iterable[list[int]]:
    values = sorted(set(ids))
    for i in range(0, len(values), size):
        yield values[i:i + size]


@dataclass
class _Votes:
    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    parents: Counter[int] = field(default_factory=Counter)


# A tie of type votes goes to the type that can still merge: a surname typed a body on one
# vote of two would never join the person of that name, so the result would depend on the
# order the documents came in ("President Bush pledged" and "the Bush plan will"); a public
# body named "... Corporation" is as often a firm by its suffix: the body wins the tie.
_TYPE_RANK = {t: i for i, t in enumerate(("person", "country", "government", "party", "organisation", "company"))}


def _evidence(connection: Connection, ids: Iterable[int]) -> dict[int, _Votes]:
    out: dict[int, _Votes] = {}
    for part in _chunks(ids):
        marks, params = _in(part)
        for actor_id, name, type_, parent_id, n in _rows(
                connection, "SELECT actor_id, name, type, parent_id, count(*) FROM actor_evidence "
                f"WHERE actor_id IN ({marks}) GROUP BY actor_id, name, type, parent_id", **params):
            votes = out.setdefault(actor_id, _Votes())
            votes.names[name] += n
            if type_ is not None:
                votes.types[type_] += n
            if parent_id is not None:
                votes.parents[parent_id] += n
    return out


def _keys_of(connection: Connection, ids: Iterable[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for part in _chunks(ids):
        marks, params = _in(part)
        out.update(_rows(connection, f"SELECT id, key FROM actors WHERE id IN ({marks})", **params))
    return out


def _ids_of_keys(connection: Connection, keys: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    wanted = sorted(set(keys))
    for i in range(0, len(wanted), 400):
        marks, params = _in(wanted[i:i + 400])
        out.update((k, i_) for i_, k in _rows(connection, f"SELECT id, key FROM actors WHERE key IN ({marks})", **params))
    return out


def _vote(connection: Connection, pending: set[int], lookup: LookupFn, names: bool) -> set[int]:
    """Vote type and parent (and, with ``names``, the name) of the pending actors; returns
    the actors merged away because a voted name was already theirs."""
    actors: dict[int, tuple[Any, ...]] = {}
    for part in _chunks(pending):
        marks, params = _in(part)
        for row in _rows(connection, "SELECT id, name, key, type, parent_id, name_curated, type_curated, "
                         f"parent_curated FROM actors WHERE id IN ({marks})", **params):
            actors[row[0]] = tuple(row[1:])
    votes = _evidence(connection, actors)
    infos = {i: lookup(a[0]) for i, a in actors.items()}
    known_parents = _ids_of_keys(connection, [name_key(x.parent) for x in infos.values() if x is not None and x.parent])
    parent_keys = _keys_of(connection, [p for v in votes.values() for p in v.parents])
    merged: set[int] = set()
    for actor_id in sorted(actors):
        if actor_id in merged:
            continue
        name, key, type_, parent_id, name_curated, type_curated, parent_curated = actors[actor_id]
        info, mine = infos[actor_id], votes.get(actor_id, _Votes())
        values: dict[str, Any] = {}
        if not type_curated:
            voted = info.type if info is not None else (
                min(mine.types.items(), key=lambda t: (-t[1], _TYPE_RANK.get(t[0], len(_TYPE_RANK)), t[0]))[0]
                if mine.types else type_)
            if voted != type_:
                values["type"] = type_ = voted
        if not parent_curated:
            candidates = [known_parents[name_key(info.parent)]] if (
                info is not None and info.parent and name_key(info.parent) in known_parents) else []
            candidates += [p for p, _ in sorted(mine.parents.items(), key=lambda t: (-t[1], parent_keys.get(t[0], "")))]
            if candidates:
                voted_parent = next((p for p in candidates
                                     if p == parent_id or not creates_cycle(connection, actor_id, p)), None)
                if voted_parent != parent_id:
                    values["parent_id"] = voted_parent
        # "Brown (Labour)" is named by what tells it apart, not by votes
        if names and not name_curated and not is_qualified(name) and mine.names:
            best = _best_name(list(mine.names.items()), type_ == "person")
            if info is not None:
                best = info.name
            new_key = name_key(best)
            other = None
            if new_key != key:
                other = _one(connection, "SELECT id FROM actors WHERE key = :k AND id <> :i", k=new_key, i=actor_id)
            if other is not None:
                merge_into(connection, actor_id, int(other))
                merged.add(int(other))
            elif best != name:
                values.update(name=best, key=new_key, loose_key=loose_key(best))
        if values:
            sets = ", ".join(f"{k} = :{k}" for k in values)
            connection.execute(text(f"UPDATE actors SET {sets} WHERE id = :i"), {**values, "i": actor_id})
    return merged


_MANGLED = re.compile(r"\bMc[a-z]")  # "Mcgovern": a press release's case-folded "McGovern"


def _person_rank(name: str) -> tuple[bool, bool]:
    """A full name without a title first ("Gordon Brown" before "Chancellor Gordon Brown" and "Brown")."""
    return is_full_name(name), len(person_words(name)) == len(name_key(name).split())


def _well_cased(name: str) -> bool:
    """Not a case-folded spelling ("McGovern", not "Mcgovern")."""
    return _MANGLED.search(name) is None or name.isupper()


def _best_name(votes: list[tuple[str, int]], person: bool) -> str:
    """Most found, the fuller first for a person; ties by length, then alphabetically."""
    spelled = {"".join(w[0] for w in name.split() if w[:1].isupper()) for name, _ in votes if " " in name}

    def rank(item: tuple[str, int]) -> tuple[Any, ...]:
        name, n = item
        # (a firm or body by its full name, not by the acronym it is also called: "OPIC")
        first = _person_rank(name) if person else (not (_ACRONYM.match(name) and name in spelled), True)
        return (not first[0], not first[1], -n, -len(name), name)
    best = min(votes, key=rank)[0]
    if person and not _well_cased(best):
        # "Jim Mcgovern" found too as "James P. McGovern": each case-folded word as the other spells it
        cased = {w.casefold(): w for name, _ in votes if _well_cased(name) for w in name.split()}
        best = " ".join(cased.get(w.casefold(), w) if _MANGLED.match(w) else w for w in best.split())
    return best


def creates_cycle(connection: Connection, actor_id: int, parent_id: int | None) -> bool:
    """Would ``parent_id`` as ``actor_id``'s parent make the actor its own ancestor?"""
    seen: set[int] = set()
    while parent_id is not None and parent_id not in seen:
        if parent_id == actor_id:
            return True
        seen.add(parent_id)
        parent_id = _one(connection, "SELECT parent_id FROM actors WHERE id = :i", i=parent_id)
    return parent_id is not None  # a loop above it already


def _settle_aliases(connection: Connection, pending: set[int]) -> None:
    """Every name an actor was found under is an alias, its own name is not. Each alias is
    spelled the same whatever order the documents came in: as the evidence spells it best
    ("McGovern" over a case-folded "Mcgovern", then the most found), an alias no evidence
    spells with the casing of the actor's own name."""
    for part in _chunks(pending):
        marks, params = _in(part)
        connection.execute(text(
            f"DELETE FROM actor_aliases WHERE actor_id IN ({marks}) "
            "AND key = (SELECT a.key FROM actors a WHERE a.id = actor_aliases.actor_id)"), params)
        own = {i: (key, name) for i, key, name in _rows(
            connection, f"SELECT id, key, name FROM actors WHERE id IN ({marks})", **params)}
        have = {(a, k): alias for a, k, alias in _rows(
            connection, f"SELECT actor_id, key, alias FROM actor_aliases WHERE actor_id IN ({marks})", **params)}
        spellings: dict[tuple[int, str], list[tuple[str, int]]] = {}
        for actor_id, name, n in _rows(
                connection, f"SELECT actor_id, name, count(*) FROM actor_evidence WHERE actor_id IN ({marks}) "
                "GROUP BY actor_id, name", **params):
            if actor_id in own and name_key(name) != own[actor_id][0]:
                spellings.setdefault((actor_id, name_key(name)), []).append((name, n))
        wanted = dict(have)
        wanted.update({at: min(names, key=lambda t: (not _well_cased(t[0]), -t[1], t[0]))[0]
                       for at, names in spellings.items()})
        new, changed = [], []
        for (actor_id, key), alias in sorted(wanted.items()):
            if not _well_cased(alias) and actor_id in own:
                cased = {w.casefold(): w for w in own[actor_id][1].split() if _well_cased(w)}
                alias = " ".join(cased.get(w.casefold(), w) for w in alias.split())
            row = {"i": actor_id, "a": alias, "k": key}
            if (actor_id, key) not in have:
                new.append(row)
            elif have[(actor_id, key)] != alias:
                changed.append(row)
        if new:
            connection.execute(text("INSERT INTO actor_aliases (actor_id, alias, key) VALUES (:i, :a, :k)"), new)
        if changed:
            connection.execute(text("UPDATE actor_aliases SET alias = :a WHERE actor_id = :i AND key = :k"), changed)


def _conflict(a: Affiliations, b: Affiliations) -> bool:
    """Two parties, or nothing above them in common (another country): not one person.
    (A party and a chamber of one country agree: "Anna Eshoo" of the House, "Anna G.
    Eshoo" of the Democrats.)"""
    return bool(a.parties and b.parties and not a.parties & b.parties
                or a.closure and b.closure and not a.closure & b.closure)


def _merge_variants(connection: Connection, pending: set[int]) -> set[int]:
    """Merge full-named persons that are one name spelled two ways ("Alcee L. Hastings",
    "Alcee Hastings"; names.variant_key) unless their affiliations conflict (two parties);
    into the first stored. Returns the pending set without the merged-away actors."""
    persons = _rows(connection, "SELECT id, name FROM actors WHERE type = 'person' AND NOT name_curated")
    keys = {i: variant_key(n) for i, n in persons if not is_qualified(n)}
    initials = {i: middle_initials(n) for i, n in persons}
    wanted = {keys[i] for i in pending if keys.get(i)}
    if not wanted:
        return pending
    groups: dict[str, list[int]] = {}
    for actor_id in sorted(keys):
        if keys[actor_id] in wanted:
            groups.setdefault(keys[actor_id], []).append(actor_id)
    merged: set[int] = set()
    for key in sorted(groups):
        ids = groups[key]
        while len(ids) > 1:
            keep, rest = ids[0], []
            for other in ids[1:]:
                if initials[keep] and initials[other] and initials[keep] != initials[other] or _conflict(
                        stored_affiliations(connection, [keep]), stored_affiliations(connection, [other])):
                    rest.append(other)  # two people of one name: "John Smith" of two parties
                    continue
                merge_into(connection, keep, other)
                merged.add(other)
                pending.add(keep)
            ids = rest
    return pending - merged


def _merge_surnames(connection: Connection, pending: set[int]) -> set[int]:
    """Merge each surname-only person into the one full-named person of that surname whose
    affiliations agree; returns the pending set without the merged-away actors."""
    persons = _rows(connection, "SELECT id, name, type FROM actors WHERE type = 'person' OR type IS NULL")
    by_id = {i: (n, t) for i, n, t in persons}
    wanted = {surname(by_id[i][0]) for i in pending if i in by_id}
    wanted.discard("")
    if not wanted:
        return pending
    short: dict[str, list[int]] = {}
    full: dict[str, list[int]] = {}
    for actor_id, name, type_ in persons:
        last = surname(name)
        if last not in wanted:
            continue
        if is_full_name(name):
            if type_ == "person":
                full.setdefault(last, []).append(actor_id)
        else:
            short.setdefault(last, []).append(actor_id)
    merged: set[int] = set()
    for last in sorted(wanted):
        fulls = full.get(last, [])
        if not fulls or not short.get(last):
            continue
        affiliations = {f: stored_affiliations(connection, [f]) for f in fulls}
        for s in sorted(short.get(last, [])):
            mine = stored_affiliations(connection, [s])
            agreeing = [f for f in fulls if mine.agrees(affiliations[f]) is True]
            if not agreeing and len(fulls) == 1 and mine.agrees(affiliations[fulls[0]]) is None:
                agreeing = fulls  # "Obama", nothing known of him, and "Barack Obama" the only one of that name
            if len(agreeing) == 1:
                merge_into(connection, agreeing[0], s)
                merged.add(s)
                pending.add(agreeing[0])
    return pending - merged


def _merge_cut_names(connection: Connection, pending: set[int]) -> set[int]:
    """Merge a full-named person into the one person named by the same words and one more
    (a double surname cut: "Cathy McMorris" / "Cathy McMorris Rodgers") unless they conflict."""
    persons = _rows(connection, "SELECT id, name FROM actors WHERE type = 'person' AND NOT name_curated")
    words = {i: person_words(n) for i, n in persons if not is_qualified(n)}
    longer: dict[tuple[str, ...], list[int]] = {}
    for i, w in words.items():
        if len(w) >= 3 and all(len(x) > 1 for x in w):
            longer.setdefault(tuple(w[:-1]), []).append(i)
    merged: set[int] = set()
    for i in sorted(words):
        w = tuple(words[i])
        ids = longer.get(w, [])
        if len(w) < 2 or len(ids) != 1 or not (i in pending or ids[0] in pending) or ids[0] in merged:
            continue
        if _conflict(stored_affiliations(connection, [ids[0]]), stored_affiliations(connection, [i])):
            continue
        merge_into(connection, ids[0], i)
        merged.add(i)
        pending.add(ids[0])
    return pending - merged


_CHAMBER_WORDS = ("House ", "Senate ", "Congressional ")


def _merge_chamber_bodies(connection: Connection, pending: set[int]) -> set[int]:
    """Merge a body named without its chamber's word into the one named with it ("Problem
    Solvers Caucus" / "House Problem Solvers Caucus", "Portuguese Caucus" / "Congressional
    Portuguese Caucus"): one caucus or committee; a name of one word left is no body's."""
    bodies = _rows(connection, "SELECT id, name FROM actors WHERE type = 'organisation' AND NOT name_curated")
    by_name = {n: i for i, n in bodies}
    merged: set[int] = set()
    for i, n in sorted(bodies):
        for word in _CHAMBER_WORDS:
            bare = n[len(word):] if n.startswith(word) else ""
            other = by_name.get(bare) if " " in bare else None
            if other is not None and other not in merged and (i in pending or other in pending):
                merge_into(connection, i, other)
                merged.add(other)
                pending.add(i)
    return pending - merged


# capitalised first words of many bodies' names the English word list leaves out
_SHORT_FORM_NOT = frozenset({"city", "county", "state", "united", "standard", "royal", "first", "new", "north",
                             "south", "east", "west", "central", "global", "world", "international", "house",
                             "senate", "bank", "air", "group", "news", "mobile", "home", "general", "great",
                             "grand", "old", "young", "free", "public", "red", "blue", "green", "black", "white"})


def _merge_firm_short_forms(connection: Connection, pending: set[int], lookup: LookupFn) -> set[int]:
    """Merge a one-word firm or body into the one other firm or body whose name is that word
    and one more ("Qwest" / "Qwest Communications", "Illva" / "Illva Saronno"); a word that
    starts two such names ("Virgin Atlantic", "Virgin Mobile") or a common word stays apart."""
    def a_word(w: str) -> bool:
        # an adjective ("National", "British", "Southern"), a body's common noun ("City",
        # "House"), an acronym or a known actor: the first word of many names, no firm's short form
        return (w.isupper() or w.lower() in _SHORT_FORM_NOT or lookup(w) is not None
                or w.endswith(("al", "ish", "an", "ese", "ern", "ic", "ed")))

    bodies = _rows(connection, "SELECT id, name, type FROM actors WHERE type IN ('company', 'organisation') "
                               "AND NOT name_curated")
    by_first: dict[str, list[tuple[int, str]]] = {}
    for i, n, t in bodies:
        w = n.split()
        if len(w) == 2 and w[1][:1].isupper():
            by_first.setdefault(w[0], []).append((i, t))
    merged: set[int] = set()
    for i, n, t in sorted(bodies):
        got = by_first.get(n, [])
        if " " in n or len(got) != 1 or a_word(n) \
                or not (i in pending or got[0][0] in pending):
            continue
        merge_into(connection, got[0][0], i)
        merged.add(i)
        pending.add(got[0][0])
    return pending - merged


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_BODY_TYPES = (None, "company", "organisation", "government")


def _merge_acronyms(connection: Connection, pending: set[int]) -> set[int]:
    """Merge a firm or body stored under an acronym alone ("OPIC", from a document that never
    spells it out) into the one firm or body that has the acronym as an alias (a document
    that did: "the Overseas Private Investment Corporation (OPIC)", the engine's
    resolution.acronym-name), whichever document came first; an acronym two actors share
    stays apart. A person's full name that one other person has as an alias (not of another
    party or country) merges the same way."""
    # (only what the batch touched: the pending actors, and the actors named by their aliases)
    named = set(pending)
    for part in _chunks(pending):
        marks, params = _in(part)
        named.update(r[0] for r in _rows(connection, "SELECT a.id FROM actor_aliases al JOIN actors a ON a.key = al.key "
                                                     f"WHERE al.actor_id IN ({marks}) AND a.id <> al.actor_id", **params))
    found = []
    for part in _chunks(named):
        marks, params = _in(part)
        found += _rows(connection, "SELECT a.id, a.name, a.type, al.actor_id, b.type FROM actors a "
                                   "JOIN actor_aliases al ON al.key = a.key JOIN actors b ON b.id = al.actor_id "
                                   f"WHERE a.id IN ({marks}) AND al.actor_id <> a.id AND NOT a.name_curated", **params)
    owners: dict[int, set[int]] = {}
    for i, name, type_, owner, owner_type in found:
        if _ACRONYM.match(name) and type_ in _BODY_TYPES and owner_type in _BODY_TYPES \
                or type_ == owner_type == "person" and is_full_name(name) and not is_qualified(name):
            # (or a person's full name another person has as an alias: "William Thornberry", the
            # label of releases whose text says "Mac Thornberry": resolution.author-known-as)
            owners.setdefault(i, set()).add(owner)
    merged: set[int] = set()
    for i in sorted(owners):
        if len(owners[i]) != 1:
            continue
        keep = next(iter(owners[i]))
        if keep in merged or not (i in pending or keep in pending) or _conflict(
                stored_affiliations(connection, [keep]), stored_affiliations(connection, [i])):
            continue
        merge_into(connection, keep, i)
        merged.add(i)
        pending.add(keep)
    return pending - merged


# --- curation ------------------------------------------------------------------------------------


def _actor(connection: Connection, ref: int) -> tuple[int, str, str | None, int | None]:
    found = _rows(connection, "SELECT id, name, type, parent_id FROM actors WHERE id = :i", i=ref)
    if not found:
        raise TrackerError(f"no actor with id {ref} (see tracker actors)")
    actor_id, name, type_, parent_id = found[0]
    return int(actor_id), name, type_, parent_id


def _log(connection: Connection, actor_id: int, action: str, old: str | None, new: str | None, by: str,
         now: datetime | None = None) -> None:
    connection.execute(text(
        "INSERT INTO actor_changes (actor_id, action, old_value, new_value, changed_at, changed_by) "
        "VALUES (:i, :a, :o, :n, :t, :b)"), {
        "i": actor_id, "a": action, "o": old, "n": new, "t": _timestamp(connection, now or utcnow()), "b": by})


def _timestamp(connection: Connection, value: datetime) -> Any:
    from tracker.storage.models import ActorChange

    column = ActorChange.__table__.c.changed_at  # type: ignore[attr-defined]
    convert = column.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
    return convert(value) if convert else value


def rename(connection: Connection, actor_id: int, name: str, by: str) -> str:
    actor_id, old, _, _ = _actor(connection, actor_id)
    name = " ".join(name.split())
    if not name:
        raise TrackerError("the new name is empty")
    if name == old:
        raise TrackerError(f"actor {actor_id} is already called {name!r}; nothing to change")
    key = name_key(name)
    other = _one(connection, "SELECT id FROM actors WHERE key = :k AND id <> :i", k=key, i=actor_id)
    if other is not None:
        raise TrackerError(f"actor {other} is already called {name!r}: merge them (tracker actors merge {other} {actor_id})")
    connection.execute(text("UPDATE actors SET name = :n, key = :k, loose_key = :l, name_curated = :t WHERE id = :i"),
                       {"n": name, "k": key, "l": loose_key(name), "t": True, "i": actor_id})
    # the old name stays findable (`list --actor OLD`, a later ingest), the new one is no alias
    connection.execute(text("DELETE FROM actor_aliases WHERE actor_id = :i AND key = :k"), {"i": actor_id, "k": key})
    _add_aliases(connection, actor_id, [(old, name_key(old))])
    _log(connection, actor_id, "rename", old, name, by)
    return f"Actor {actor_id}: renamed {old!r} -> {name!r}."


def merge(connection: Connection, keep: int, gone: int, by: str) -> str:
    keep, keep_name, _, _ = _actor(connection, keep)
    gone, gone_name, _, _ = _actor(connection, gone)
    if keep == gone:
        raise TrackerError(f"cannot merge actor {keep} with itself")
    merge_into(connection, keep, gone)  # keep stays pending: the next ingest re-votes its type and parent
    # the person chose which name to keep: votes over the merged evidence must not undo it
    connection.execute(text("UPDATE actors SET name_curated = :t WHERE id = :k"), {"t": True, "k": keep})
    _log(connection, keep, "merge", f"{gone_name} (id {gone})", f"{keep_name} (id {keep})", by)
    return f"Actor {gone} ({gone_name}) merged into {keep} ({keep_name})."


def set_parent(connection: Connection, actor_id: int, parent: int | None, by: str) -> str:
    actor_id, name, _, old_parent = _actor(connection, actor_id)
    parent_name = None
    if parent is not None:
        parent, parent_name, _, _ = _actor(connection, parent)
        if creates_cycle(connection, actor_id, parent):
            raise TrackerError(f"actor {parent} ({parent_name}) is {name} or under it: a parent cycle")
    old_name = _one(connection, "SELECT name FROM actors WHERE id = :i", i=old_parent) if old_parent else None
    if parent == old_parent:
        raise TrackerError(f"actor {actor_id} already has that parent; nothing to change")
    connection.execute(text("UPDATE actors SET parent_id = :p, parent_curated = :t WHERE id = :i"),
                       {"p": parent, "t": True, "i": actor_id})
    _log(connection, actor_id, "set-parent", old_name, parent_name, by)
    return f"Actor {actor_id} ({name}): part of {parent_name or 'nothing'} (was {old_name or 'nothing'})."


def set_type(connection: Connection, actor_id: int, type_: str, by: str) -> str:
    actor_id, name, old, _ = _actor(connection, actor_id)
    type_ = type_.strip().lower()
    if type_ not in ACTOR_TYPES:
        raise TrackerError(f"unknown actor type {type_!r} (expected one of: {', '.join(ACTOR_TYPES)})")
    if type_ == old:
        raise TrackerError(f"actor {actor_id} is already a {type_}; nothing to change")
    connection.execute(text("UPDATE actors SET type = :t, type_curated = :c WHERE id = :i"),
                       {"t": type_, "c": True, "i": actor_id})
    _log(connection, actor_id, "set-type", old, type_, by)
    return f"Actor {actor_id} ({name}): type {old or 'unknown'} -> {type_}."
