"""Writing checked records (:mod:`tracker.storage.records`) into a database, in the
caller's transaction.

Identity, so that importing the same file twice changes nothing:
  * a document is its content hash (as for ingest);
  * an actor is its name key (as for ingest);
  * a commitment is one of its mentions (document, start, end) with its kind, action
    and target: the place it was said and what was said. (Two findings in one sentence
    share the place; in the BBC sample none also shares kind, action and target.)
A commitment already in the database gains the mentions and actors it lacks; its history
gains the changes that follow what it already has. A history that went another way in
this database is left alone and reported (see :class:`ImportSummary`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from tracker.storage.exchange import EDIT_FIELDS, HISTORY_FIELDS
from tracker.storage.names import loose_key, name_key
from tracker.storage.records import ActorRecord, Record
from tracker.storage.tables import (
    documents as _documents,
    commitments as _commitments,
    links as _links,
    mentions as _mentions,
    actors as _actors,
    aliases as _aliases,
    history as _history,
    edits as _edits,
)


@dataclass(slots=True)
class ImportSummary:
    commitments: int = 0  # records read
    new: int = 0  # commitments created
    updated: int = 0  # commitments already here that gained mentions, actors or history
    documents: int = 0  # documents created
    actors: int = 0  # actors created
    changes: int = 0  # status changes appended
    diverged: list[int] = field(default_factory=list)  # ids here whose history went another way


def _insert_ignore(connection: Connection, table: Table, conflict: list[str]) -> Any:
    dialect = connection.dialect.name
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=conflict)
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=conflict)
    return insert(table)


# The import's statements, built once (building one per row cost more than running it).
_find_actor = select(_actors.c.id, _actors.c.type, _actors.c.parent_id).where(_actors.c.key == bindparam("k"))
_insert_actor = insert(_actors).returning(_actors.c.id)
_find_document = select(_documents.c.id).where(_documents.c.content_hash == bindparam("h"))
_insert_document = insert(_documents).returning(_documents.c.id)
_insert_commitment = insert(_commitments).returning(_commitments.c.id)
_said_at = (select(_commitments.c.id, _commitments.c.kind, _commitments.c.action, _commitments.c.target)
            .join(_mentions, _mentions.c.commitment_id == _commitments.c.id)
            .where(_mentions.c.document_id == bindparam("d"), _mentions.c.start == bindparam("s"),
                   _mentions.c.end == bindparam("e"))
            .order_by(_commitments.c.id))
_insert_history = insert(_history)
_insert_links = insert(_links)
_insert_mentions = insert(_mentions)
_last_position = select(func.max(_links.c.position)).where(_links.c.commitment_id == bindparam("c"))
_linked = select(_links.c.actor_id).where(_links.c.commitment_id == bindparam("c"))
_places = select(_mentions.c.document_id, _mentions.c.start, _mentions.c.end).where(
    _mentions.c.commitment_id == bindparam("c"))
_insert_edits = insert(_edits)
_edits_of = select(_edits).where(_edits.c.commitment_id == bindparam("c")).order_by(_edits.c.id)
_history_of = select(_history).where(_history.c.commitment_id == bindparam("c")).order_by(_history.c.id)


def _history_key(h: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(h[k] for k in HISTORY_FIELDS)


class Importer:
    """Writes checked records into one database, inside the caller's transaction."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self.summary = ImportSummary()
        self._actor_ids: dict[str, int] = {}
        self._document_ids: dict[str, int] = {}
        self._aliases: set[tuple[int, str]] = set()  # (actor id, alias key) written or found
        self._insert_alias = _insert_ignore(connection, _aliases, ["actor_id", "key"])

    # actors and documents: found by their key, else created as they were

    def _actor_id(self, actor: ActorRecord) -> int:
        key = name_key(actor.fields["name"])
        actor_id = self._actor_ids.get(key)
        if actor_id is None:
            parent_id = self._actor_id(actor.parent) if actor.parent is not None else None
            c = self.connection
            found = c.execute(_find_actor, {"k": key}).first()
            if found is None:
                actor_id = c.execute(_insert_actor, {**actor.fields, "key": key, "loose_key": loose_key(actor.fields["name"]),
                                                     "parent_id": parent_id}).scalar_one()
                self.summary.actors += 1
            else:
                actor_id = found.id
                # as ingest does: fill in what this database left unknown, change nothing known
                fill = {k: v for k, v, known in (("type", actor.fields["type"], found.type),
                                                  ("parent_id", parent_id, found.parent_id))
                        if v is not None and known is None and v != actor_id}
                if fill:
                    c.execute(update(_actors).where(_actors.c.id == actor_id).values(fill))
            self._actor_ids[key] = actor_id
        aliases = []
        for alias in actor.aliases:
            if alias.strip() and (actor_id, name_key(alias)) not in self._aliases:
                self._aliases.add((actor_id, name_key(alias)))
                aliases.append({"actor_id": actor_id, "alias": alias, "key": name_key(alias)})
        if aliases:
            self.connection.execute(self._insert_alias, aliases)
        return actor_id

    def _document_id(self, document: dict[str, Any]) -> int:
        text_hash = document["content_hash"]
        document_id = self._document_ids.get(text_hash)
        if document_id is None:
            c = self.connection
            document_id = c.execute(_find_document, {"h": text_hash}).scalar()
            if document_id is None:
                document_id = c.execute(_insert_document, document).scalar_one()
                self.summary.documents += 1
            self._document_ids[text_hash] = document_id
        return document_id

    # commitments

    def _match(self, record: Record, places: list[tuple[int, int, int]]) -> int | None:
        """The commitment here said at one of the record's places, with its kind, action and target."""
        want = tuple(record.commitment[k] for k in ("kind", "action", "target"))
        for document_id, start, end in places:
            for row in self.connection.execute(_said_at, {"d": document_id, "s": start, "e": end}):
                if (row.kind, row.action, row.target) == want:
                    return int(row.id)
        return None

    def add(self, record: Record) -> None:
        self.summary.commitments += 1
        c = self.connection
        places = [(self._document_id(d), m["start"], m["end"]) for m, d in record.mentions]
        actor_ids = list(dict.fromkeys(self._actor_id(a) for a in record.actors))
        commitment_id = self._match(record, places)
        if commitment_id is None:
            commitment_id = c.execute(_insert_commitment, record.commitment).scalar_one()
            self.summary.new += 1
            links, mentions, history = actor_ids, list(zip(places, record.mentions, strict=True)), record.history
        else:
            links, mentions, history = self._missing(commitment_id, record, places, actor_ids)
            if links or mentions or history:
                self.summary.updated += 1
        if links:
            top = c.execute(_last_position, {"c": commitment_id}).scalar()
            first = 0 if top is None else top + 1
            c.execute(_insert_links, [{"commitment_id": commitment_id, "actor_id": a, "position": first + i}
                                       for i, a in enumerate(links)])
        if mentions:
            c.execute(_insert_mentions, [{**m, "commitment_id": commitment_id, "document_id": place[0]}
                                          for place, (m, _) in mentions])
        for h in history:  # one by one, in order: the ids keep the order of the history
            c.execute(_insert_history, {"commitment_id": commitment_id,
                                        **{column: h[key] for key, column in HISTORY_FIELDS.items()}})
        self.summary.changes += len(history)
        self._edits(commitment_id, record)

    def _edits(self, commitment_id: int, record: Record) -> None:
        """The corrections this database lacks (the same correction twice is one), and the
        record's review state where this database has none yet."""
        c = self.connection
        have = {tuple(getattr(e, column) for column in EDIT_FIELDS.values())
                for e in c.execute(_edits_of, {"c": commitment_id})}
        missing = [e for e in record.edits if tuple(e[k] for k in EDIT_FIELDS) not in have]
        if missing:
            c.execute(_insert_edits, [{"commitment_id": commitment_id,
                                       **{column: e[key] for key, column in EDIT_FIELDS.items()}} for e in missing])
        review = record.commitment["review"]
        if review != "unreviewed":
            c.execute(update(_commitments).where(_commitments.c.id == commitment_id,
                                                 _commitments.c.review == "unreviewed").values(review=review))

    def _missing(self, commitment_id: int, record: Record, places: list[tuple[int, int, int]],
                 actor_ids: list[int]) -> tuple[list[int], list[Any], list[dict[str, Any]]]:
        """What a commitment already here lacks of the record: actors, mentions, and the
        history steps after its own (then its status moves on, as `update` would move it)."""
        c = self.connection
        linked = set(c.execute(_linked, {"c": commitment_id}).scalars())
        have = {(d, s, e) for d, s, e in c.execute(_places, {"c": commitment_id})}
        mentions = [(p, m) for p, m in zip(places, record.mentions, strict=True) if p not in have]
        here = [{key: getattr(h, column) for key, column in HISTORY_FIELDS.items()} for h in c.execute(
            _history_of, {"c": commitment_id})]
        theirs = [_history_key(h) for h in record.history]
        ours = [_history_key(h) for h in here]
        history: list[dict[str, Any]] = []
        if theirs[:len(ours)] == ours:
            history = record.history[len(ours):]
        elif ours[:len(theirs)] != theirs:
            self.summary.diverged.append(commitment_id)
        if history:
            row = c.execute(select(_commitments.c.version).where(_commitments.c.id == commitment_id)).one()
            c.execute(update(_commitments).where(_commitments.c.id == commitment_id).values(
                status=history[-1]["to"], updated_at=history[-1]["at"], version=row.version + len(history)))
        return [a for a in actor_ids if a not in linked], mentions, history


def import_records(connection: Connection, records: Iterable[Record]) -> ImportSummary:
    """Write checked records (from :func:`tracker.storage.records.parse_record`) in the caller's transaction."""
    importer = Importer(connection)
    for record in records:
        importer.add(record)
    return importer.summary
