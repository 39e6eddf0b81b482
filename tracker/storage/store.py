"""The write path: everything that changes the database, given a session or connection
opened by the caller. (Listings read through :mod:`tracker.storage.read`.)

Functions here never open sessions or commit: the CLI opens one session per command
and one transaction per unit of work (``with Session(engine) as s, s.begin():``), so
the same functions compose in tests, scripts and a future web service.

Write paths:
  * :func:`store_document` stores one document and its findings (hot path: SQL compiled
    once by SQLAlchemy, run on the DB-API cursor; actor ids cached across documents).
  * :func:`change_status` is the one place a commitment's status changes; it appends
    to the history, which is never rewritten.
"""

from __future__ import annotations

import hashlib
import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from sqlalchemy import Connection, Table, bindparam, delete, event, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tracker.errors import TrackerError
from tracker.status import INITIAL_REVIEW, INITIAL_STATUS, KINDS, check_status
from tracker.storage import ledger
from tracker.storage.grouping import Grouper, pledge_of
from tracker.storage.models import Commitment, StatusChange, utcnow
from tracker.storage.names import is_description, is_full_name, loose_key, name_key, qualified
from tracker.storage.tables import (
    documents as _documents,
    commitments as _commitments,
    links as _links,
    mentions as _mentions,
    actors as _actors,
    aliases as _aliases,
    evidence as _evidence,
    pending as _pending,
    suggestions as _suggestions,
)

if TYPE_CHECKING:  # the contract with the extraction; its engine is not needed to store
    from tracker.extract import ActorInfo, Claim, Document, Finding

LookupFn = Callable[[str], "ActorInfo | None"]



def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None  # the engine's date is a hint; an unparsable one is dropped, not fatal


def _insert_ignore(dialect: str, table: Table, conflict: list[str], returning: bool = True) -> Any:
    """INSERT that does nothing when a row with the same ``conflict`` columns exists, so
    that concurrent writers (two ingests of the same corpus) meet without an error.
    With RETURNING id, no row comes back when the row already existed."""
    if dialect == "sqlite":
        stmt: Any = sqlite.insert(table).on_conflict_do_nothing(index_elements=conflict)
    elif dialect == "postgresql":
        stmt = postgresql.insert(table).on_conflict_do_nothing(index_elements=conflict)
    else:  # other databases: a conflict is an error, which the caller reports
        stmt = insert(table)
    return stmt.returning(table.c.id) if returning and "id" in table.c else stmt


Connectable = Session | Connection


def _connection(db: Connectable) -> Connection:
    return db.connection() if isinstance(db, Session) else db


class _Sql:
    """One hot statement as the driver runs it: its SQL compiled once by SQLAlchemy for
    the connection's dialect, and its parameters converted by SQLAlchemy's own column
    types (so dates and timestamps are stored exactly as the ORM stores them). Rows are
    given as tuples in ``keys`` order.

    Why not ``connection.execute(insert(...), rows)``: on a 2 KB document, SQLAlchemy's
    per-statement work (cache lookup, parameter processing, result objects) cost more
    than SQLite's; the ingest runs 3-4 of these per document.
    """

    __slots__ = ("text", "_plan", "_names", "_positional")

    def __init__(self, stmt: Any, dialect: Any, table: Table, keys: Sequence[str], converted: Sequence[str] = ()):
        """``converted``: keys whose values the caller gives already converted (the
        document's timestamp, converted once with :meth:`_Statements.timestamp`)."""
        compiled = stmt.compile(dialect=dialect, column_keys=[k for k in keys if k in table.c])
        self.text = compiled.string
        self._positional = bool(dialect.positional)
        names = list(compiled.positiontup) if self._positional else list(keys)
        if sorted(names) != sorted(keys):
            raise AssertionError(f"{self.text}: parameters {names}, given {list(keys)}")
        self._names = names
        # (position in the given row, converter or None) for each parameter, in SQL order
        self._plan = [
            (keys.index(n), None if n in converted else table.c[n].type.dialect_impl(dialect).bind_processor(dialect))
            for n in names
        ]

    def params(self, row: Sequence[Any]) -> Any:
        values = [row[i] if convert is None or row[i] is None else convert(row[i]) for i, convert in self._plan]
        return values if self._positional else dict(zip(self._names, values, strict=True))


_DOCUMENT_KEYS = ("external_id", "publisher", "title", "url", "path", "author", "published", "text",
                  "content_hash", "ingested_at")
# A new commitment: each column stored from a finding, declared once (a new column is
# one line here), then the columns every new commitment starts with.
_FROM_FINDING: dict[str, Callable[[Finding], Any]] = {
    "kind": attrgetter("kind"), "action": attrgetter("action"), "target": attrgetter("target"),
    "amount": attrgetter("amount"), "amount_value": attrgetter("amount_value"), "unit": attrgetter("unit"),
    "deadline": attrgetter("deadline"), "deadline_date": lambda f: _iso_date(f.deadline_date),
    "negated": lambda f: bool(f.negated), "testable": attrgetter("testable"),
    "testable_reason": attrgetter("testable_reason"),
}
_COMMITMENT_KEYS = (*_FROM_FINDING, "status", "created_at", "updated_at", "version", "review")
FINDING_COLUMNS: tuple[str, ...] = tuple(_FROM_FINDING)


def finding_values(f: Finding) -> dict[str, Any]:
    """The columns of commitments a finding gives (what `tracker reprocess` compares)."""
    return {key: value(f) for key, value in _FROM_FINDING.items()}


def said_on(f: Finding, published: date | None) -> date | None:
    """When a finding was said: its own date, else the document's."""
    return _iso_date(f.said_on) or published


_LINK_KEYS = ("commitment_id", "actor_id", "position")
_MENTION_KEYS = ("commitment_id", "document_id", "sentence", "start", "end", "speaker", "said_on", "rule",
                 "confidence", "created_at", "actor_description")
_ACTOR_KEYS = ("name", "key", "loose_key", "type", "parent_id", "created_at", "name_curated", "type_curated",
               "parent_curated")
_EVIDENCE_KEYS = ("actor_id", "document_id", "name", "type", "parent_id")
_ALIAS_KEYS = ("actor_id", "alias", "key")


class _Statements:
    """The ingest hot path's statements for one dialect, compiled once."""

    def __init__(self, dialect: Any):
        name = dialect.name
        stamps = ("ingested_at", "created_at", "updated_at")  # all UTCDateTime: converted once per document
        self.timestamp = _documents.c.ingested_at.type.dialect_impl(dialect).bind_processor(dialect) or (lambda v: v)
        self.insert_document = _Sql(_insert_ignore(name, _documents, ["content_hash"]), dialect, _documents,
                                    _DOCUMENT_KEYS, stamps)
        self.insert_commitment = _Sql(insert(_commitments).returning(_commitments.c.id), dialect, _commitments,
                                      _COMMITMENT_KEYS, stamps)
        self.insert_links = _Sql(insert(_links), dialect, _links, _LINK_KEYS)
        self.insert_mentions = _Sql(insert(_mentions), dialect, _mentions, _MENTION_KEYS, stamps)
        self.find_actor = _Sql(select(_actors.c.id)
                               .where(_actors.c.key == bindparam("key")), dialect, _actors, ["key"])
        self.insert_actor = _Sql(_insert_ignore(name, _actors, ["key"]), dialect, _actors, _ACTOR_KEYS, stamps)
        self.insert_evidence = _Sql(insert(_evidence), dialect, _evidence, _EVIDENCE_KEYS)
        self.insert_pending = _Sql(_insert_ignore(name, _pending, ["actor_id"], returning=False), dialect, _pending,
                                   ["actor_id"])
        self.insert_alias = _Sql(_insert_ignore(name, _aliases, ["actor_id", "key"], returning=False), dialect,
                                 _aliases, _ALIAS_KEYS)

    @staticmethod
    def of(dialect: Any) -> _Statements:
        found = _STATEMENTS.get(dialect)
        if found is None:
            found = _STATEMENTS[dialect] = _Statements(dialect)
        return found


_STATEMENTS: weakref.WeakKeyDictionary[Any, _Statements] = weakref.WeakKeyDictionary()  # by engine dialect
_find_document = select(_documents.c.id).where(_documents.c.content_hash == bindparam("hash"))


def _hot(db: Connectable) -> tuple[Connection, _Statements]:
    connection = _connection(db)
    return connection, _Statements.of(connection.dialect)


def _cursor(connection: Connection) -> Any:
    """A DB-API cursor inside the connection's current transaction."""
    return connection.connection.cursor()


# --- actors -------------------------------------------------------------------------------


class ActorResolver:
    """Maps actor names to ids for the length of one session (or connection), creating
    actors on first sight, and records each document's evidence of them.

    A name finds a stored actor by its key, by an alias (unless the finding's
    affiliations conflict with the actor's: another party), or, for a firm, by its loose
    key ("Time Warner Inc" = "TimeWarner"); else it makes one. Type and parent are only
    a first guess: :meth:`settle` (at the end of each ingest batch) votes them, and the
    name, over all the evidence (:mod:`tracker.storage.actors`). Ids are cached across
    documents; the cache is dropped when the session or connection rolls back, so it
    never holds ids of rows undone, and after settling, which may merge actors.
    """

    def __init__(self, session: Connectable, lookup: LookupFn | None = None,
                 type_of: Callable[[str], str | None] | None = None):
        self.session = session
        self.lookup = lookup or (lambda name: None)
        # the type a name alone gives (the engine's): a parent or a co-actor the finding did
        # not type still gets one ("Bellevue Fire Department": every actor has a type)
        self.type_of = type_of or (lambda name: None)
        self._ids: dict[tuple[Any, ...], tuple[int, int | None]] = {}  # (name, type, affiliations) -> id, parent
        self._aliases: set[tuple[int, str]] = set()
        self._names: dict[tuple[Any, ...], tuple[list[int], list[tuple[Any, ...]]]] = {}  # a finding's actor fields
        self._pending: set[int] = set()  # in actor_pending already
        self._evidence: set[tuple[Any, ...]] = set()  # this document's (actor id, name, type, parent id)
        self.grouper = Grouper()  # each actor's commitments a new finding may state again (actor ids: same life)
        if isinstance(session, Session):
            event.listen(session, "after_rollback", self._forget)
        else:
            event.listen(session, "rollback", self._forget)

    def _forget(self, *args: Any) -> None:
        self._ids.clear()
        self._aliases.clear()
        self._names.clear()
        self._pending.clear()
        self._evidence.clear()
        self.grouper.clear()

    def settle(self) -> int:
        """Vote the pending actors' names, types and parents over all their evidence (and
        merge the surnames that name one known person); run it in a transaction."""
        from tracker.storage import actors

        settled = actors.settle(_connection(self.session), self.lookup)
        self._forget()  # actors may have merged or been renamed
        return settled

    def ids_for(self, finding: Finding, cursor: Any = None) -> list[int]:
        """Actor ids bound by a finding, main actor first; their evidence is kept for
        :meth:`write_evidence`."""
        memo = (finding.actor, finding.actor_type, tuple(finding.actors), tuple(finding.actor_aliases),
                tuple(finding.affiliations), tuple(getattr(finding, "actor_types", None) or ()))
        known = self._names.get(memo)
        if known is None:
            names = [finding.actor] if finding.actor else []
            names += [n for n in finding.actors if n and n != finding.actor]
            # "an auto parts manufacturer", "Donor nations": told of, not named; no actor that
            # another document's same words would join (resolution.description-unstored)
            names = [n for n in names if not (is_description(n) and self.lookup(n) is None)]
            ids: list[int] = []
            evidence: list[tuple[Any, ...]] = []
            # (the type the text gave each other actor of a coordination, where it gave one)
            typed = dict(zip(finding.actors, getattr(finding, "actor_types", None) or []))
            for name in names:
                main = name == finding.actor
                actor_id, parent_id = self._resolve(
                    name,
                    type_=finding.actor_type if main else (typed.get(name) or None),
                    aliases=finding.actor_aliases if main else (),
                    affiliations=finding.affiliations if main else (),
                    _cursor=cursor,
                )
                info = self.lookup(name)
                evidence.append((actor_id, info.name if info else " ".join(name.split()),
                                 (finding.actor_type or (info.type if info else None)) if main else
                                 (info.type if info else typed.get(name) or None), parent_id))
                if actor_id not in ids:
                    ids.append(actor_id)
            known = self._names[memo] = (ids, evidence)
        self._evidence.update(known[1])
        return known[0]

    def description_of(self, finding: Finding) -> str | None:
        """The words a finding tells its actor by when they name no one ("Donor nations"):
        kept on its mention for the reader, never an actor (resolution.description-unstored)."""
        name = " ".join((finding.actor or "").split())
        return name if name and is_description(name) and self.lookup(name) is None else None

    def reread_document(self, document_id: int) -> None:
        """Before a stored document is read again (`tracker reprocess`): its old sightings
        go, and the actors they named are voted again at the next :meth:`settle`."""
        connection, sql = _hot(self.session)
        named = connection.execute(select(_evidence.c.actor_id).where(_evidence.c.document_id == document_id))
        old = sorted({row[0] for row in named} - self._pending)
        connection.execute(delete(_evidence).where(_evidence.c.document_id == document_id))
        if old:
            _cursor(connection).executemany(sql.insert_pending.text, [sql.insert_pending.params((a,)) for a in old])
            self._pending.update(old)

    def write_evidence(self, document_id: int, cursor: Any = None) -> None:
        """Store this document's sightings and mark their actors pending."""
        if not self._evidence:
            return
        _, sql = _hot(self.session)
        cursor = cursor or _cursor(_connection(self.session))
        rows = sorted(self._evidence, key=repr)
        self._evidence = set()
        cursor.executemany(sql.insert_evidence.text, [sql.insert_evidence.params((a, document_id, n, t, p))
                                                      for a, n, t, p in rows])
        new = sorted({r[0] for r in rows} - self._pending)
        if new:
            cursor.executemany(sql.insert_pending.text, [sql.insert_pending.params((a,)) for a in new])
            self._pending.update(new)

    def resolve(self, name: str, type_: str | None = None, aliases: Iterable[str] = (),
                affiliations: Sequence[str] = ()) -> int:
        """The id of the actor ``name`` names (made if new)."""
        return self._resolve(name, type_, aliases, affiliations)[0]

    def _resolve(
        self,
        name: str,
        type_: str | None = None,
        aliases: Iterable[str] = (),
        affiliations: Sequence[str] = (),
        _depth: int = 0,
        _cursor: Any = None,
    ) -> tuple[int, int | None]:
        """The actor's id and the parent this sighting gives it."""
        info = self.lookup(name)
        canonical = info.name if info else " ".join(name.split())
        type_ = type_ or (info.type if info else None) or self.type_of(canonical)
        own = name_key(canonical)
        affiliations = tuple(a for a in affiliations if a and a.strip() and name_key(a) != own)
        if info is None and type_ == "person" and affiliations and not is_full_name(canonical):
            first = self.lookup(affiliations[0])
            canonical = qualified(canonical, first.name if first else " ".join(affiliations[0].split()))
        memo = (name_key(name), type_, tuple(name_key(a) for a in affiliations))
        found = self._ids.get(memo)
        if found is None:
            parent = info.parent if info and info.parent else None
            if parent is None and affiliations and type_ != "country":
                parent = affiliations[0]  # the most specific: a minister's government, a senator's party
            if parent and is_description(parent) and self.lookup(parent) is None:
                parent = None  # (resolution.description-unstored)
            parent_id = None
            if parent and name_key(parent) != own and _depth < 5:
                parent_id, _ = self._resolve(parent, _depth=_depth + 1, _cursor=_cursor)
            actor_id, own_name = self._find(canonical, name, type_, affiliations)
            if actor_id is None:
                actor_id, own_name = self._row(canonical, type_, parent_id, _cursor), True
            if own_name:
                self._aliases.add((actor_id, name_key(canonical)))  # its own name is no alias
            found = self._ids[memo] = (actor_id, parent_id)
            aliases = [*aliases, *(info.aliases if info else ()), name]
        self._add_aliases(found[0], aliases, _cursor)
        return found

    def _find(self, canonical: str, name: str, type_: str | None,
              affiliations: Sequence[str]) -> tuple[int | None, bool]:
        """A stored actor this name names: by key, by alias, by a firm's loose key; and
        whether ``canonical`` is its own name (found by key)."""
        from tracker.storage import actors

        connection = _connection(self.session)
        key = name_key(canonical)
        hit = connection.execute(_by_key, {"key": key}).scalar()
        if hit is not None:
            return int(hit), True
        keys = sorted({key, name_key(name)})
        candidates = sorted(set(connection.execute(_by_alias, {"keys": keys}).scalars()))
        if candidates:
            mine = actors.mention_affiliations(affiliations, self.lookup)
            # a surname alone names a known person only when its party or country agrees
            wanted = (True,) if type_ == "person" and not is_full_name(canonical) else (True, None)
            candidates = [c for c in candidates
                          if mine.agrees(actors.stored_affiliations(connection, [c])) in wanted]
            if len(candidates) == 1:
                return int(candidates[0]), False
        if type_ not in _NOT_LOOSE:
            loose = [i for i, t in connection.execute(_by_loose, {"loose": loose_key(canonical)}).all()
                     if t not in _NOT_LOOSE and (t is None or type_ is None or t == type_)]
            if len(loose) == 1:
                return int(loose[0]), False
        return None, False

    def _row(self, name: str, type_: str | None, parent_id: int | None, cursor: Any) -> int:
        connection, sql = _hot(self.session)
        cursor = cursor or _cursor(connection)
        key = name_key(name)
        cursor.execute(sql.insert_actor.text, sql.insert_actor.params(
            (name, key, loose_key(name), type_, parent_id, sql.timestamp(utcnow()), False, False, False)))
        new = cursor.fetchall()
        if new:
            self.grouper.fresh(int(new[0][0]))  # binds nothing yet: no candidates to read
            return int(new[0][0])
        cursor.execute(sql.find_actor.text, sql.find_actor.params((key,)))  # a concurrent ingest made it
        return int(cursor.fetchall()[0][0])

    def _add_aliases(self, actor_id: int, aliases: Iterable[str], cursor: Any) -> None:
        rows = []
        for alias in aliases:
            if not alias or not alias.strip():
                continue
            key = name_key(alias)
            if (actor_id, key) in self._aliases:
                continue
            self._aliases.add((actor_id, key))
            rows.append((actor_id, " ".join(alias.split()), key))
        if rows:
            _, sql = _hot(self.session)
            cursor = cursor or _cursor(_connection(self.session))
            cursor.executemany(sql.insert_alias.text, [sql.insert_alias.params(r) for r in rows])


# a firm's loose key ("timewarner") is not how people, countries or parties are told apart
_NOT_LOOSE = frozenset({"person", "country", "party"})
_by_key = select(_actors.c.id).where(_actors.c.key == bindparam("key"))
_by_alias = select(_aliases.c.actor_id).where(_aliases.c.key.in_(bindparam("keys", expanding=True)))
_by_loose = select(_actors.c.id, _actors.c.type).where(_actors.c.loose_key == bindparam("loose"))


# --- ingest -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stored:
    document_id: int
    new: bool  # False: the same text was already stored; nothing was extracted or written
    commitments: int
    claims: int = 0  # reports on a commitment's fate (tracker.storage.claims)
    suggestions: int = 0  # status suggestions the claims made


def known_document(session: Connectable, text_hash: str) -> int | None:
    return _connection(session).execute(_find_document, {"hash": text_hash}).scalar()


def known_hashes(session: Connectable, hashes: Iterable[str]) -> set[str]:
    """Which of these content hashes are stored: one query for a whole batch, so that
    re-ingesting a corpus costs one round trip per batch, not one per document."""
    wanted = list(dict.fromkeys(hashes))
    if not wanted:
        return set()
    stmt = select(_documents.c.content_hash).where(_documents.c.content_hash.in_(bindparam("hashes", expanding=True)))
    return set(_connection(session).execute(stmt, {"hashes": wanted}).scalars())


def store_document(
    session: Connectable, doc: Document, text_hash: str, found: Sequence[Finding], actors: ActorResolver,
    claims: Sequence[Claim] = (),
) -> Stored:
    """Store a document whose findings are already extracted (by a worker process).

    The caller checked the hash; the insert still ignores a text stored meanwhile (a
    concurrent ingest), which then counts as known. Run it in its own transaction
    (a Session's or a Connection's).
    """
    findings = [f for f in found if f.kind in KINDS]
    connection, sql = _hot(session)
    cursor = _cursor(connection)
    try:
        now = sql.timestamp(utcnow())  # as the driver takes it, for every row of this document
        cursor.execute(sql.insert_document.text, sql.insert_document.params((
            doc.doc_id, doc.source, doc.title, doc.url, doc.path, doc.author, doc.date, doc.text, text_hash, now)))
        row = cursor.fetchall()
        if not row:  # a concurrent ingest stored the same text first
            return Stored(known_document(session, text_hash) or 0, False, 0)
        document_id = row[0][0]
        _insert_findings(cursor, sql, document_id, doc.date, findings, actors, now)
        stored_claims = None
        if claims:  # after the findings: a claim may report on a pledge of the same document
            from tracker.storage.claims import store_claims

            stored_claims = store_claims(connection, document_id, doc.date, claims, actors)
        actors.write_evidence(document_id, cursor)
    finally:
        cursor.close()
    if stored_claims is None:
        return Stored(document_id, True, len(findings))
    return Stored(document_id, True, len(findings), stored_claims.claims, stored_claims.suggestions)


def _insert_findings(cursor: Any, sql: _Statements, document_id: int, published: date | None,
                     findings: Sequence[Finding], actors: ActorResolver, now: Any) -> int:
    """Each finding of a stored document as a mention: of a stored commitment it states
    again (:mod:`tracker.storage.grouping`), else of a new commitment (status open,
    version 1) with its actors; ``now`` as the driver takes it. How many new
    commitments were made."""
    connection = _connection(actors.session)
    links: list[Any] = []
    mentions: list[Any] = []
    made = 0
    touched: set[int] = set()  # stored commitments given a mention
    suggested: list[dict[str, Any]] = []
    for f in findings:
        actor_ids = actors.ids_for(f, cursor)
        values = [value(f) for value in _FROM_FINDING.values()]
        pledge = pledge_of(actor_ids[0] if actor_ids else None, dict(zip(_FROM_FINDING, values, strict=True)))
        matched = actors.grouper.match(connection, pledge)
        if matched is not None and matched[1].same:  # stated again: one more source
            commitment_id = matched[0]
            for actor_id, position in actors.grouper.new_links(connection, actor_ids[0], commitment_id, actor_ids):
                links.append(sql.insert_links.params((commitment_id, actor_id, position)))
            touched.add(commitment_id)
        else:
            cursor.execute(sql.insert_commitment.text, sql.insert_commitment.params((
                *values, INITIAL_STATUS, now, now, 1, INITIAL_REVIEW)))
            commitment_id = cursor.fetchall()[0][0]
            made += 1
            for position, actor_id in enumerate(actor_ids):
                links.append(sql.insert_links.params((commitment_id, actor_id, position)))
            actors.grouper.added(commitment_id, pledge, actor_ids)
            if matched is not None:  # perhaps the same: a person decides (`tracker review`)
                older, verdict = matched
                suggested.append({"kind": "merge", "commitment_id": older, "other_id": commitment_id,
                                  "score": verdict.score, "reason": verdict.reason, "state": "pending"})
        mentions.append(sql.insert_mentions.params((
            commitment_id, document_id, f.sentence, f.start, f.end, f.speaker,
            said_on(f, published), f.rule, float(f.confidence), now, actors.description_of(f))))
    if links:
        cursor.executemany(sql.insert_links.text, links)
    if mentions:
        cursor.executemany(sql.insert_mentions.text, mentions)
    if touched or suggested:  # rare next to new commitments: plain SQLAlchemy
        stamp = utcnow()
        for commitment_id in sorted(touched):  # a new source changes the commitment: its version goes up
            connection.execute(update(_commitments).where(_commitments.c.id == commitment_id)
                               .values(updated_at=stamp, version=_commitments.c.version + 1))
        if suggested:
            connection.execute(insert(_suggestions), [{**row, "created_at": stamp} for row in suggested])
    return made


def add_findings(connection: Connectable, document_id: int, published: date | None, findings: Sequence[Finding],
                 actors: ActorResolver) -> None:
    """Store findings of a document already stored, each as a new commitment
    (`tracker reprocess`: what the current rules find that was not found before)."""
    if not findings:
        return
    conn, sql = _hot(connection)
    cursor = _cursor(conn)
    try:
        _insert_findings(cursor, sql, document_id, published, findings, actors, sql.timestamp(utcnow()))
    finally:
        cursor.close()


# --- status changes -----------------------------------------------------------------------

_URL = re.compile(r"^https?://", re.I)


def check_evidence_url(url: str) -> str:
    parsed = urlparse(url)
    if not _URL.match(url) or not parsed.netloc:
        raise TrackerError(f"invalid evidence URL {url!r} (expected http:// or https://...)")
    return url


def flush_versioned(session: Session, commitment_id: int) -> None:
    """Write a commitment's changes; the database checks its version (optimistic locking),
    so a change someone made meanwhile is one clear error, not a lost update."""
    try:
        session.flush()
    except StaleDataError:
        raise TrackerError(
            f"commitment {commitment_id} was changed by someone else meanwhile; see tracker show {commitment_id}"
        ) from None


def change_status(
    session: Session,
    commitment_id: int,
    to_status: str,
    *,
    by: str,
    note: str | None = None,
    evidence_url: str | None = None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> StatusChange:
    """Move a commitment to ``to_status`` and append the change to its history.

    Refuses unknown statuses, no-op changes, and (with ``expected_version``) a
    commitment someone else changed since the caller looked at it. The version check
    is also done by the database on flush (optimistic locking), which catches a
    concurrent change between our read and our write.
    """
    check_status(to_status)
    if evidence_url is not None:
        check_evidence_url(evidence_url)
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise TrackerError(f"no commitment with id {commitment_id}")
    if expected_version is not None and commitment.version != expected_version:
        raise TrackerError(
            f"commitment {commitment_id} is at version {commitment.version}, not {expected_version}: "
            f"someone changed it; see tracker show {commitment_id}"
        )
    if commitment.status == to_status:
        raise TrackerError(f"commitment {commitment_id} is already {to_status}; nothing to change")
    now = now or utcnow()
    from_status = commitment.status
    commitment.status = to_status
    commitment.updated_at = now
    flush_versioned(session, commitment_id)
    # Appended at the end of the hash chain, in this session's transaction.
    change_id = ledger.append(session.connection(), {
        "commitment_id": commitment_id, "from_status": from_status, "to_status": to_status,
        "note": note, "evidence_url": evidence_url, "changed_at": now, "changed_by": by,
    })
    session.expire(commitment, ["history"])
    change = session.get(StatusChange, change_id)
    assert change is not None
    return change
