"""`tracker reprocess`: the current rules over stored documents, the findings updated in
place, every human decision kept.

What people decide, and what reprocess does with it:

* a commitment's **status** and its **history** (`tracker update`: status, note,
  evidence; `dismissed` is a status): never written here. `update` edits nothing else,
  so every other column of a commitment and its mentions is the extraction's own and
  is refreshed from the current rules.
* **actors**: a finding's actors are resolved by the same :class:`store.ActorResolver`
  as ingest's, so whatever it honours (aliases, and the curation of actors) holds here.
* a person's **corrections** (`tracker edit`: "edit:<field>" rows of commitment_edits) win
  over the rules: an edited field (and the columns read from it: a deadline's date, an
  amount's value and unit; the actors for an edited actor) is left as the person set it.
  A mention a person added (`tracker add`, rule ``person.added``) is not the rules' and
  is left alone.
* a **rated** commitment (a status other than the initial one, or any history, or a
  review decision or correction: commitment_edits, review state not unreviewed) whose
  finding the rules no longer find is kept, its mention marked stale
  (``mentions.stale_since``); an unrated one is removed. Both are counted in the summary.

Matching a stored finding (a mention and its commitment) to a new one, in the same
document (whose text never changes, so offsets are comparable): their sentence spans
overlap, and their actions say the same thing (:func:`same_action`: most of their words
in common, or the words of one all in the other, as when a rule change lengthens or
trims an action). Among candidates, the same span first, then the more similar action,
then the same kind, then the larger overlap; each finding is matched at most once. Two
findings in one sentence with different actions ("will cut taxes and plans to raise
spending") are different findings: a wrong match would move a person's rating onto
another claim, a missed one only leaves a stale (kept) finding next to a new one.

A commitment backed by mentions in several documents (:mod:`tracker.storage.grouping`
stores a pledge stated again as one more mention) is not rewritten from the document
being read: only that document's mention is refreshed, and actors it binds that the
commitment lacks are added. A vanished mention of it is removed (unrated) or marked stale
(rated) alone, and the commitment goes only with its last mention (with the suggestions that
name it; a claim matched to it is left unmatched). A person's edits, review decisions and merges
(commitment_edits) count as rating it. New findings go through the same grouping as at
ingest, so they may become one more mention of a commitment stated elsewhere.

Functions here take the caller's connection and never commit: the CLI runs one
transaction per batch of documents (rolled back for ``--dry-run``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, exists, func, insert, or_, select, update

from tracker.errors import TrackerError
from tracker.status import INITIAL_REVIEW, INITIAL_STATUS, KINDS
from tracker.storage import read, store
from tracker.storage.corrections import ADDED_RULE
from tracker.storage.models import utcnow
from tracker.storage.tables import (
    documents as _documents,
    commitments as _commitments,
    links as _links,
    mentions as _mentions,
    history as _changes,
    edits as _edits,
    suggestions as _suggestions,
    claims as _claims,
)

if TYPE_CHECKING:
    from tracker.extract import Finding


# --- which documents ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentFilter:
    """Which stored documents to read again; all of them when nothing is given.

    ``doc``: a document's id or external id. ``source``: publisher, URL, path or external
    id contains it (any case). ``since``/``until``: published in that period (documents
    without a date are left out). ``actor_ids``/``speaker``: documents that state a
    commitment binding one of these actors, or said by a speaker of that name.
    """

    doc: str | None = None
    source: str | None = None
    since: date | None = None
    until: date | None = None
    actor_ids: frozenset[int] | None = None
    speaker: str | None = None


def _like(text: str) -> str:
    """A LIKE pattern for "contains text" (wildcards taken literally; escape '/')."""
    return "%" + text.lower().replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


def _lower(connection: Connection, column: Any, text: str) -> Any:
    """``column`` in lower case as ``text.lower()`` folds it: beyond ASCII on SQLite too."""
    if connection.dialect.name != "sqlite" or text.isascii():
        return func.lower(column)
    read.register_unicode_lower(connection.connection.driver_connection)
    return getattr(func, read.UNICODE_LOWER)(column)


def document_ids(connection: Connection, wanted: DocumentFilter) -> list[tuple[int, int]]:
    """The stored documents ``wanted`` selects, in the order they were stored: (id,
    length of the text). An unknown --doc is an error; other filters may select nothing."""
    d = _documents.c
    conditions: list[Any] = []
    if wanted.doc is not None:  # as `explain --doc`: a number that is no document's id may be an external id
        by_id = wanted.doc.isdigit() and len(wanted.doc) < 19 and connection.execute(
            select(d.id).where(d.id == int(wanted.doc))).first() is not None
        if not by_id and connection.execute(select(d.id).where(d.external_id == wanted.doc)).first() is None:
            raise TrackerError(f"no document with id or external id {wanted.doc!r}")
        conditions.append(d.id == int(wanted.doc) if by_id else d.external_id == wanted.doc)
    if wanted.source:
        pattern = _like(wanted.source)
        conditions.append(or_(*(_lower(connection, col, wanted.source).like(pattern, escape="/")
                                for col in (d.publisher, d.url, d.path, d.external_id))))
    if wanted.since is not None:
        conditions.append(d.published >= wanted.since)
    if wanted.until is not None:
        conditions.append(d.published <= wanted.until)
    if wanted.actor_ids is not None or wanted.speaker is not None:
        m = _mentions.c
        said = [_lower(connection, m.speaker, wanted.speaker) == wanted.speaker] if wanted.speaker else []
        bound = ([m.commitment_id.in_(select(_links.c.commitment_id).where(_links.c.actor_id.in_(sorted(wanted.actor_ids))))]
                 if wanted.actor_ids else [])
        conditions.append(d.id.in_(select(m.document_id).where(or_(*bound, *said))))
    return [(i, n or 0) for i, n in connection.execute(
        select(d.id, func.length(d.text)).where(*conditions).order_by(d.id))]


_DOCUMENT_COLUMNS = ("id", "external_id", "publisher", "title", "url", "path", "author", "published", "text")


def load_documents(connection: Connection, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Stored documents by id, in the order given, with their text."""
    found = {row.id: row._asdict() for row in connection.execute(
        select(*(_documents.c[k] for k in _DOCUMENT_COLUMNS)).where(_documents.c.id.in_(list(ids))))}
    return [found[i] for i in ids if i in found]


# --- matching -------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
SIMILAR = 0.6  # Dice coefficient of two actions' words from which they say the same thing


def _words(text: str | None) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower())) if text else frozenset()


def same_action(a: str | None, b: str | None) -> float:
    """How alike two actions are (0..1), 0 when they are different actions: the share
    of words in common (Dice), or 1 when one's words are all in the other ("cut" and
    "cut taxes for families": a rule change trimmed or lengthened it). No action on
    either side is alike; one side only is not."""
    wa, wb = _words(a), _words(b)
    if not wa and not wb:
        return 1.0
    if not wa or not wb:
        return 0.0
    common = len(wa & wb)
    if common == min(len(wa), len(wb)):
        return 1.0
    dice = 2 * common / (len(wa) + len(wb))
    return dice if dice >= SIMILAR else 0.0


@dataclass(frozen=True, slots=True)
class Span:
    """What matching looks at in a finding, stored or new."""

    start: int
    end: int
    kind: str
    action: str | None


def match(stored: Sequence[Span], found: Sequence[Span]) -> list[tuple[int, int]]:
    """Pairs (index in ``stored``, index in ``found``) of the same finding: overlapping
    sentence spans and the same action (see the module's note), best candidates first,
    each side used once."""
    candidates = []
    for i, s in enumerate(stored):
        for j, f in enumerate(found):
            overlap = min(s.end, f.end) - max(s.start, f.start)
            if overlap <= 0:
                continue
            alike = same_action(s.action, f.action)
            if alike == 0.0:
                continue
            union = max(s.end, f.end) - min(s.start, f.start)
            same_span = (s.start, s.end) == (f.start, f.end)
            candidates.append((not same_span, -alike, s.kind != f.kind, -overlap / union, i, j))
    candidates.sort()
    pairs: list[tuple[int, int]] = []
    used_stored: set[int] = set()
    used_found: set[int] = set()
    for *_, i, j in candidates:
        if i not in used_stored and j not in used_found:
            pairs.append((i, j))
            used_stored.add(i)
            used_found.add(j)
    return sorted(pairs)


# --- one document ---------------------------------------------------------------------------------


@dataclass
class Tally:
    """What a run did (or, with --dry-run, would do), finding by finding."""

    documents: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # vanished, kept because rated: marked stale now
    removed: int = 0  # vanished, unrated: removed
    still_stale: int = 0  # rated, stale before this run and still not found
    kept_ids: list[int] = field(default_factory=list)  # commitments of ``kept``
    stale_ids: list[int] = field(default_factory=list)  # commitments of ``still_stale``

    @property
    def vanished(self) -> int:
        return self.kept + self.removed

    def add(self, other: Tally) -> None:
        """Count a batch in, once its transaction is over."""
        for name in ("documents", "added", "updated", "unchanged", "kept", "removed", "still_stale"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.kept_ids += other.kept_ids
        self.stale_ids += other.stale_ids


@dataclass(slots=True)
class _Stored:
    """A stored finding of the document: its mention, its commitment, its actors."""

    mention: dict[str, Any]
    commitment: dict[str, Any]
    actor_ids: list[int]
    rated: bool
    mentions: int  # how many mentions back its commitment, in all documents
    edited: frozenset[str] = frozenset()  # fields a person corrected (tracker edit): the rules leave them

    @property
    def span(self) -> Span:
        return Span(self.mention["start"], self.mention["end"], self.commitment["kind"], self.commitment["action"])


_MENTION_FIELDS = ("sentence", "start", "end", "speaker", "said_on", "rule", "confidence", "stale_since",
                   "actor_description")


@functools.cache
def _stored_sql() -> tuple[Any, Any, Any]:
    """The two queries that read a document's stored findings, built once (building a
    select costs more than running it on a small document)."""
    m, c = _mentions.c, _commitments.c
    others = _mentions.alias("others")
    columns = [m.id, m.commitment_id, *(m[k] for k in _MENTION_FIELDS),
               c.status, *(c[k] for k in store.FINDING_COLUMNS),
               exists().where(_changes.c.commitment_id == c.id).label("has_history"),
               c.review, exists().where(_edits.c.commitment_id == c.id).label("has_edits"),
               select(func.count()).where(others.c.commitment_id == c.id).scalar_subquery().label("n_mentions")]
    findings = (select(*columns).join_from(_mentions, _commitments, m.commitment_id == c.id)
                .where(m.document_id == bindparam("document_id"), m.rule != ADDED_RULE).order_by(m.id))
    links = (select(_links.c.commitment_id, _links.c.actor_id)
             .where(_links.c.commitment_id.in_(bindparam("ids", expanding=True)))
             .order_by(_links.c.commitment_id, _links.c.position))
    corrected = (select(_edits.c.commitment_id, _edits.c.action)
                 .where(_edits.c.commitment_id.in_(bindparam("ids", expanding=True)), _edits.c.action.like("edit:%")))
    return findings, links, corrected


# A corrected field and the columns the rules would otherwise refresh with it.
_EDITED_COLUMNS = {"deadline": ("deadline", "deadline_date"), "amount": ("amount", "amount_value", "unit")}
def _stored_findings(connection: Connection, document_id: int) -> list[_Stored]:
    findings_sql, links_sql, corrected_sql = _stored_sql()
    rows = connection.execute(findings_sql, {"document_id": document_id}).all()
    actors: dict[int, list[int]] = {}
    edited: dict[int, set[str]] = {}
    if rows:
        ids = sorted({r.commitment_id for r in rows})
        for cid, actor_id in connection.execute(links_sql, {"ids": ids}):
            actors.setdefault(cid, []).append(actor_id)
        for cid, action in connection.execute(corrected_sql, {"ids": ids}):
            edited.setdefault(cid, set()).add(action.removeprefix("edit:"))
    out = []
    for row in rows:
        values = row._mapping
        out.append(_Stored(
            mention={"id": values["id"], **{k: values[k] for k in _MENTION_FIELDS}},
            commitment={"id": values["commitment_id"], **{k: values[k] for k in store.FINDING_COLUMNS}},
            actor_ids=actors.get(values["commitment_id"], []),
            rated=values["status"] != INITIAL_STATUS or bool(values["has_history"]) or bool(values["has_edits"])
            or values["review"] != INITIAL_REVIEW,
            mentions=int(values["n_mentions"]),
            edited=frozenset(edited.get(values["commitment_id"], ())),
        ))
    return out


def _unrated(commitment_id: int) -> Any:
    """SQL: the commitment is still unrated (checked again as it is removed, so that a
    rating made meanwhile keeps it)."""
    return select(_commitments.c.id).where(
        _commitments.c.id == commitment_id, _commitments.c.status == INITIAL_STATUS,
        _commitments.c.review == INITIAL_REVIEW,
        ~exists().where(_changes.c.commitment_id == commitment_id),
        ~exists().where(_edits.c.commitment_id == commitment_id)).exists()


def _touch(connection: Connection, commitment_id: int, now: datetime, values: dict[str, Any] | None = None) -> None:
    """Change a commitment: its version goes up, as with every change, so that a person
    rating it with --if-version sees it changed."""
    connection.execute(update(_commitments).where(_commitments.c.id == commitment_id).values(
        **(values or {}), updated_at=now, version=_commitments.c.version + 1))


def _update(connection: Connection, old: _Stored, new: Finding, published: date | None,
            actors: store.ActorResolver, now: datetime) -> bool:
    """Bring a matched stored finding up to date; whether anything changed."""
    wanted = store.finding_values(new)
    kept = {c for f in old.edited for c in _EDITED_COLUMNS.get(f, (f,))}  # what a person corrected stays
    commitment = {k: v for k, v in wanted.items() if old.commitment[k] != v and k not in kept}
    mention = {k: v for k, v in {
        "sentence": new.sentence, "start": new.start, "end": new.end, "speaker": new.speaker,
        "said_on": store.said_on(new, published), "rule": new.rule, "confidence": float(new.confidence),
        "stale_since": None, "actor_description": actors.description_of(new),
    }.items() if old.mention[k] != v}
    actor_ids = actors.ids_for(new)
    relinked = actor_ids != old.actor_ids and "actor" not in old.edited  # a person's choice of actor stays
    if old.mentions > 1:  # other sources state it too: this document's reading is not the whole of it
        commitment = {}
        missing = [a for a in actor_ids if a not in old.actor_ids] if "actor" not in old.edited else []
        relinked = bool(missing)
        if missing:
            connection.execute(insert(_links), [{"commitment_id": old.commitment["id"], "actor_id": a,
                                                 "position": len(old.actor_ids) + p} for p, a in enumerate(missing)])
            old.actor_ids.extend(missing)
    elif relinked:
        cid = old.commitment["id"]
        connection.execute(delete(_links).where(_links.c.commitment_id == cid))
        connection.execute(insert(_links), [{"commitment_id": cid, "actor_id": a, "position": p}
                                            for p, a in enumerate(actor_ids)])
    if mention:
        connection.execute(update(_mentions).where(_mentions.c.id == old.mention["id"]).values(mention))
    if commitment or mention or relinked:
        _touch(connection, old.commitment["id"], now, commitment)
        return True
    return False


def _vanished(connection: Connection, old: _Stored, tally: Tally, now: datetime) -> None:
    """A stored finding the current rules no longer find: removed if unrated, else kept
    and marked stale."""
    cid, mid = old.commitment["id"], old.mention["id"]
    if not old.rated:
        removed = connection.execute(delete(_mentions).where(_mentions.c.id == mid, _unrated(cid))).rowcount
        if removed:
            left = connection.execute(select(func.count()).where(_mentions.c.commitment_id == cid)).scalar()
            if not left:  # its last source: the commitment goes too
                s = _suggestions.c  # what the machine proposed about it goes with it; claims stay, unmatched
                connection.execute(delete(_suggestions).where(or_(s.commitment_id == cid, s.other_id == cid)))
                connection.execute(update(_claims).where(_claims.c.commitment_id == cid).values(commitment_id=None))
                connection.execute(delete(_links).where(_links.c.commitment_id == cid))
                # the claims that matched it stay, unmatched; the status suggestions they made go
                connection.execute(update(_claims).where(_claims.c.commitment_id == cid).values(commitment_id=None))
                connection.execute(delete(_suggestions).where(_suggestions.c.commitment_id == cid,
                                                              _suggestions.c.kind == "status"))
                connection.execute(delete(_commitments).where(_commitments.c.id == cid))
            else:
                _touch(connection, cid, now)
            tally.removed += 1
            return
    if old.mention["stale_since"] is not None:
        tally.still_stale += 1
        tally.stale_ids.append(cid)
        return
    connection.execute(update(_mentions).where(_mentions.c.id == mid).values(stale_since=now))
    _touch(connection, cid, now)
    tally.kept += 1
    tally.kept_ids.append(cid)


def reprocess_document(
    connection: Connection,
    document_id: int,
    published: date | None,
    findings: Sequence[Finding],
    actors: store.ActorResolver,
    tally: Tally,
    now: datetime | None = None,
) -> None:
    """Bring one stored document's findings in line with ``findings`` (the current
    rules' reading of it): matched ones updated, new ones added, vanished ones removed
    or kept (see the module's note). Run it inside the caller's transaction."""
    now = now or utcnow()
    actors.reread_document(document_id)  # its sightings of actors are this reading's
    found = [f for f in findings if f.kind in KINDS]
    stored = _stored_findings(connection, document_id)
    pairs = match([s.span for s in stored], [Span(f.start, f.end, f.kind, f.action) for f in found])
    for i, j in pairs:
        if _update(connection, stored[i], found[j], published, actors, now):
            tally.updated += 1
        else:
            tally.unchanged += 1
    matched_stored = {i for i, _ in pairs}
    matched_found = {j for _, j in pairs}
    for i, old in enumerate(stored):
        if i not in matched_stored:
            _vanished(connection, old, tally, now)
    new = [f for j, f in enumerate(found) if j not in matched_found]
    store.add_findings(connection, document_id, published, new, actors)
    actors.write_evidence(document_id)
    tally.added += len(new)
    tally.documents += 1


def speaker_key(name: str) -> str:
    """How `--actor NAME` compares with a mention's speaker (as `tracker list` does)."""
    return " ".join(name.lower().split())
