"""Everything that reads or writes the database, given a session opened by the caller.

Functions here never open sessions or commit: the CLI opens one session per command
and one transaction per unit of work (``with Session(engine) as s, s.begin():``), so
the same functions compose in tests, scripts and a future web service.

Write paths:
  * :func:`ingest_document` stores one document and its findings (hot path: Core
    inserts, actor ids cached across documents).
  * :func:`change_status` is the one place a commitment's status changes; it appends
    to the history, which is never rewritten.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import Connection, Table, bindparam, event, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from tracker.errors import TrackerError
from tracker.read import name_key
from tracker.extract import KINDS, ActorInfo, Document, Finding
from tracker.models import (
    Actor,
    ActorAlias,
    Commitment,
    CommitmentActor,
    Mention,
    StatusChange,
    utcnow,
)
from tracker.models import Document as DocumentRow
from tracker.status import INITIAL_STATUS, check_status

ExtractFn = Callable[[Document], list[Finding]]
LookupFn = Callable[[str], ActorInfo | None]

_documents: Table = DocumentRow.__table__  # type: ignore[assignment]
_commitments: Table = Commitment.__table__  # type: ignore[assignment]
_links: Table = CommitmentActor.__table__  # type: ignore[assignment]
_mentions: Table = Mention.__table__  # type: ignore[assignment]
_actors: Table = Actor.__table__  # type: ignore[assignment]
_aliases: Table = ActorAlias.__table__  # type: ignore[assignment]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None  # the engine's date is a hint; an unparsable one is dropped, not fatal


def _insert_ignore(dialect: str, table: Table, conflict: list[str]) -> Any:
    """INSERT that does nothing when a row with the same ``conflict`` columns exists, so
    that concurrent writers (two ingests of the same corpus) meet without an error.
    With RETURNING id, no row comes back when the row already existed."""
    if dialect == "sqlite":
        stmt: Any = sqlite.insert(table).on_conflict_do_nothing(index_elements=conflict)
    elif dialect == "postgresql":
        stmt = postgresql.insert(table).on_conflict_do_nothing(index_elements=conflict)
    else:  # other databases: a conflict is an error, which the caller reports
        stmt = insert(table)
    return stmt.returning(table.c.id) if "id" in table.c else stmt


@dataclass(frozen=True, slots=True)
class _Statements:
    """The ingest hot path's statements, built once per dialect and run with parameters
    on the session's connection: SQLAlchemy then compiles each of them only once."""

    find_document: Any
    insert_document: Any
    insert_commitments: Any
    insert_links: Any
    insert_mentions: Any
    find_actor: Any
    insert_actor: Any
    insert_alias: Any

    @staticmethod
    @functools.cache
    def of(dialect: str) -> _Statements:
        return _Statements(
            find_document=select(_documents.c.id).where(_documents.c.content_hash == bindparam("hash")),
            insert_document=_insert_ignore(dialect, _documents, ["content_hash"]),
            insert_commitments=insert(_commitments).returning(_commitments.c.id, sort_by_parameter_order=True),
            insert_links=insert(_links),
            insert_mentions=insert(_mentions),
            find_actor=select(_actors.c.id, _actors.c.type, _actors.c.parent_id).where(_actors.c.key == bindparam("key")),
            insert_actor=_insert_ignore(dialect, _actors, ["key"]),
            insert_alias=_insert_ignore(dialect, _aliases, ["actor_id", "key"]),
        )


def _hot(session: Session) -> tuple[Connection, _Statements]:
    connection = session.connection()
    return connection, _Statements.of(connection.dialect.name)


# --- actors -------------------------------------------------------------------------------


class ActorResolver:
    """Maps actor names to ids for the length of one session, creating actors on first sight.

    Type, aliases and parent come from the finding and from the engine's ``lookup``
    (``Extractor.lookup_actor``). Ids are cached across documents; the cache is
    dropped when the session rolls back, so it never holds ids of rows undone.
    """

    def __init__(self, session: Session, lookup: LookupFn | None = None):
        self.session = session
        self.lookup = lookup or (lambda name: None)
        self._ids: dict[str, int] = {}
        self._aliases: set[tuple[int, str]] = set()
        event.listen(session, "after_rollback", self._forget)

    def _forget(self, session: Session) -> None:
        self._ids.clear()
        self._aliases.clear()

    def ids_for(self, finding: Finding) -> list[int]:
        """Actor ids bound by a finding, main actor first."""
        names = [finding.actor] if finding.actor else []
        names += [n for n in finding.actors if n and n != finding.actor]
        ids: list[int] = []
        for name in names:
            main = name == finding.actor
            actor_id = self.resolve(
                name,
                type_=finding.actor_type if main else None,
                aliases=finding.actor_aliases if main else (),
                affiliations=finding.affiliations if main else (),
            )
            if actor_id not in ids:
                ids.append(actor_id)
        return ids

    def resolve(
        self,
        name: str,
        type_: str | None = None,
        aliases: Iterable[str] = (),
        affiliations: Sequence[str] = (),
        _depth: int = 0,
    ) -> int:
        key = name_key(name)
        actor_id = self._ids.get(key)
        if actor_id is None:
            info = self.lookup(name)
            canonical = info.name if info else name
            type_ = type_ or (info.type if info else None)
            parent = info.parent if info and info.parent else None
            if parent is None and type_ == "person" and affiliations:
                parent = affiliations[0]  # a minister belongs to their country's government
            parent_id = None
            if parent and name_key(parent) != key and _depth < 5:
                parent_id = self.resolve(parent, _depth=_depth + 1)
            actor_id = self._row(canonical, type_, parent_id)
            self._ids[key] = self._ids[name_key(canonical)] = actor_id
            self._aliases.add((actor_id, name_key(canonical)))  # its own name is no alias
            aliases = [*aliases, *(info.aliases if info else ()), name]
        self._add_aliases(actor_id, aliases)
        return actor_id

    def _row(self, name: str, type_: str | None, parent_id: int | None) -> int:
        connection, sql = _hot(self.session)
        key = name_key(name)
        row = connection.execute(sql.find_actor, {"key": key}).first()
        if row is None:
            new_id = connection.execute(
                sql.insert_actor,
                {"name": name, "key": key, "type": type_, "parent_id": parent_id, "created_at": utcnow()},
            ).scalar()
            if new_id is not None:
                return int(new_id)
            row = connection.execute(sql.find_actor, {"key": key}).one()  # a concurrent ingest made it
        # Fill in what an earlier, less informed sighting left unknown.
        fill = {k: v for k, v in (("type", type_), ("parent_id", parent_id)) if v is not None and getattr(row, k) is None}
        if fill:
            connection.execute(update(_actors).where(_actors.c.id == row.id).values(fill))
        return int(row.id)

    def _add_aliases(self, actor_id: int, aliases: Iterable[str]) -> None:
        for alias in aliases:
            if not alias or not alias.strip():
                continue
            key = name_key(alias)
            if (actor_id, key) in self._aliases:
                continue
            self._aliases.add((actor_id, key))
            connection, sql = _hot(self.session)
            connection.execute(sql.insert_alias, {"actor_id": actor_id, "alias": alias.strip(), "key": key})


# --- ingest -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stored:
    document_id: int
    new: bool  # False: the same text was already stored; nothing was extracted or written
    commitments: int


def known_document(session: Session, text_hash: str) -> int | None:
    connection, sql = _hot(session)
    return connection.execute(sql.find_document, {"hash": text_hash}).scalar()


def known_hashes(session: Session, hashes: Iterable[str]) -> set[str]:
    """Which of these content hashes are stored: one query for a whole batch, so that
    re-ingesting a corpus costs one round trip per batch, not one per document."""
    wanted = list(dict.fromkeys(hashes))
    if not wanted:
        return set()
    connection = session.connection()
    stmt = select(_documents.c.content_hash).where(_documents.c.content_hash.in_(bindparam("hashes", expanding=True)))
    return set(connection.execute(stmt, {"hashes": wanted}).scalars())


def ingest_document(session: Session, doc: Document, extract: ExtractFn, actors: ActorResolver) -> Stored:
    """Store one document and the commitments found in it, unless its text is known.

    The content hash is checked before extraction, so re-ingesting is cheap. Run it in
    its own transaction: a document is stored whole or not at all.
    """
    text_hash = content_hash(doc.text)
    existing = known_document(session, text_hash)
    if existing is not None:
        return Stored(existing, False, 0)
    return store_document(session, doc, text_hash, extract(doc), actors)


def store_document(
    session: Session, doc: Document, text_hash: str, found: Sequence[Finding], actors: ActorResolver
) -> Stored:
    """Store a document whose findings are already extracted (by a worker process).

    The caller checked the hash; the insert still ignores a text stored meanwhile (a
    concurrent ingest), which then counts as known. Run it in its own transaction.
    """
    findings = [f for f in found if f.kind in KINDS]
    connection, sql = _hot(session)
    now = utcnow()
    document_id = connection.execute(sql.insert_document, {
        "external_id": doc.doc_id, "publisher": doc.source, "title": doc.title, "url": doc.url,
        "path": doc.path, "author": doc.author, "published": doc.date, "text": doc.text,
        "content_hash": text_hash, "ingested_at": now,
    }).scalar()
    if document_id is None:  # a concurrent ingest stored the same text first
        return Stored(known_document(session, text_hash) or 0, False, 0)
    if not findings:
        return Stored(document_id, True, 0)

    commitment_ids = connection.execute(sql.insert_commitments, [
        {
            "kind": f.kind, "action": f.action, "target": f.target, "amount": f.amount,
            "amount_value": f.amount_value, "unit": f.unit, "deadline": f.deadline,
            "deadline_date": _iso_date(f.deadline_date), "negated": bool(f.negated),
            "status": INITIAL_STATUS, "created_at": now, "updated_at": now, "version": 1,
        }
        for f in findings
    ]).scalars().all()
    links: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    for commitment_id, f in zip(commitment_ids, findings, strict=True):
        for position, actor_id in enumerate(actors.ids_for(f)):
            links.append({"commitment_id": commitment_id, "actor_id": actor_id, "position": position})
        mentions.append({
            "commitment_id": commitment_id, "document_id": document_id, "sentence": f.sentence,
            "start": f.start, "end": f.end, "speaker": f.speaker,
            "said_on": _iso_date(f.said_on) or doc.date, "rule": f.rule,
            "confidence": float(f.confidence), "created_at": now,
        })
    if links:
        connection.execute(sql.insert_links, links)
    connection.execute(sql.insert_mentions, mentions)
    return Stored(document_id, True, len(findings))


# --- queries ------------------------------------------------------------------------------


def list_actors(session: Session) -> list[tuple[Actor, int]]:
    """Every actor with the number of commitments that bind it, by name."""
    count = (
        select(func.count()).select_from(CommitmentActor)
        .where(CommitmentActor.actor_id == Actor.id).correlate(Actor).scalar_subquery()
    )
    stmt = (
        select(Actor, count).order_by(Actor.key)
        .options(selectinload(Actor.aliases), selectinload(Actor.parent))
    )
    return [(actor, int(n)) for actor, n in session.execute(stmt)]


# --- status changes -----------------------------------------------------------------------

_URL = re.compile(r"^https?://", re.I)


def check_evidence_url(url: str) -> str:
    parsed = urlparse(url)
    if not _URL.match(url) or not parsed.netloc:
        raise TrackerError(f"invalid evidence URL {url!r} (expected http:// or https://...)")
    return url


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
    change = StatusChange(
        commitment_id=commitment_id, from_status=commitment.status, to_status=to_status,
        note=note, evidence_url=evidence_url, changed_at=now, changed_by=by,
    )
    session.add(change)
    commitment.status = to_status
    commitment.updated_at = now
    try:
        session.flush()
    except StaleDataError:
        raise TrackerError(
            f"commitment {commitment_id} was changed by someone else meanwhile; see tracker show {commitment_id}"
        ) from None
    return change
