"""Exports and imports: commitments with everything they stand on, as plain records.

A record is one commitment with its stored columns, its actors (each with its aliases and
the chain of actors it belongs to), its mentions with their whole documents (the text
too, so that an import loses nothing) and its status history. ``tracker export`` writes
records (the writers are in :mod:`tracker.output.exports`); ``tracker import`` reads
them back into another database, in one transaction.

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

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from tracker.errors import TrackerError
from tracker.status import INITIAL_STATUS, KINDS, STATUSES
from tracker.storage.models import (
    Actor,
    ActorAlias,
    Commitment,
    CommitmentActor,
    DocumentRow,
    MentionRow,
    StatusChange,
)
from tracker.storage.names import name_key

FORMAT = "tracker-export"
FORMAT_VERSION = 1

_documents: Table = DocumentRow.__table__  # type: ignore[assignment]
_commitments: Table = Commitment.__table__  # type: ignore[assignment]
_links: Table = CommitmentActor.__table__  # type: ignore[assignment]
_mentions: Table = MentionRow.__table__  # type: ignore[assignment]
_actors: Table = Actor.__table__  # type: ignore[assignment]
_aliases: Table = ActorAlias.__table__  # type: ignore[assignment]
_history: Table = StatusChange.__table__  # type: ignore[assignment]

# The fields of a record, each with the column it comes from; declared once for both ways.
COMMITMENT_FIELDS = ("kind", "action", "target", "amount", "amount_value", "unit", "deadline", "deadline_date",
                     "negated", "testable", "testable_reason", "status", "created_at", "updated_at", "version")
DOCUMENT_FIELDS = ("external_id", "publisher", "title", "url", "path", "author", "published", "content_hash",
                   "ingested_at", "text")
MENTION_FIELDS = ("sentence", "start", "end", "speaker", "said_on", "rule", "confidence", "created_at")
ACTOR_FIELDS = ("name", "type", "created_at")
# A history step's keys are `tracker show --format json`'s; the columns behind them:
HISTORY_FIELDS = {"from": "from_status", "to": "to_status", "note": "note", "evidence_url": "evidence_url",
                  "at": "changed_at", "by": "changed_by"}

# Every table an export carries (the fields above, ids and foreign keys rewritten as what
# they point to); a test fails on a table or column in neither these nor NOT_EXPORTED.
EXPORTED_TABLES = ("documents", "actors", "actor_aliases", "commitments", "commitment_actors", "mentions",
                   "status_changes")
NOT_EXPORTED: dict[str, str] = {}  # table -> why an export leaves it out

CHUNK = 500  # commitments per round of queries


def header() -> dict[str, Any]:
    return {"format": FORMAT, "format_version": FORMAT_VERSION}


# --- export ---------------------------------------------------------------------------------------


def _chunks(values: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


class _ActorCache:
    """Actors as records, each with its parent chain; read once per export."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self.rows: dict[int, Any] = {}
        self.aliases: dict[int, list[str]] = {}

    def load(self, ids: Iterable[int]) -> None:
        wanted = {i for i in ids if i not in self.rows}
        while wanted:  # parents of parents: a few rounds at most
            found = self.connection.execute(select(_actors).where(_actors.c.id.in_(sorted(wanted)))).all()
            for row in found:
                self.rows[row.id] = row
                self.aliases[row.id] = []
            for actor_id, alias in self.connection.execute(
                select(_aliases.c.actor_id, _aliases.c.alias).where(_aliases.c.actor_id.in_(sorted(wanted)))
                .order_by(_aliases.c.actor_id, _aliases.c.alias)
            ):
                self.aliases[actor_id].append(alias)
            wanted = {r.parent_id for r in found if r.parent_id is not None and r.parent_id not in self.rows}

    def record(self, actor_id: int, depth: int = 0) -> dict[str, Any]:
        row = self.rows[actor_id]
        out = {f: getattr(row, f) for f in ACTOR_FIELDS}
        out["aliases"] = self.aliases[actor_id]
        # A parent chain is short; the depth bound only guards against a cycle in the data.
        out["parent"] = self.record(row.parent_id, depth + 1) if row.parent_id is not None and depth < 10 else None
        return out


def export_records(connection: Connection, ids: Sequence[int]) -> Iterator[dict[str, Any]]:
    """The records of the commitments ``ids``, in that order (``id`` is this database's,
    for reference; an import ignores it)."""
    actors = _ActorCache(connection)
    for part in _chunks(ids):
        rows = {r.id: r for r in connection.execute(select(_commitments).where(_commitments.c.id.in_(part)))}
        links: dict[int, list[int]] = {i: [] for i in part}
        for cid, aid in connection.execute(
            select(_links.c.commitment_id, _links.c.actor_id).where(_links.c.commitment_id.in_(part))
            .order_by(_links.c.commitment_id, _links.c.position, _links.c.actor_id)
        ):
            links[cid].append(aid)
        actors.load(a for ids_ in links.values() for a in ids_)
        mentions: dict[int, list[Any]] = {i: [] for i in part}
        for m in connection.execute(select(_mentions).where(_mentions.c.commitment_id.in_(part))
                                    .order_by(_mentions.c.commitment_id, _mentions.c.id)):
            mentions[m.commitment_id].append(m)
        doc_ids = sorted({m.document_id for ms in mentions.values() for m in ms})
        documents = {d.id: {f: getattr(d, f) for f in DOCUMENT_FIELDS}
                     for d in connection.execute(select(_documents).where(_documents.c.id.in_(doc_ids)))}
        history: dict[int, list[Any]] = {i: [] for i in part}
        for h in connection.execute(select(_history).where(_history.c.commitment_id.in_(part))
                                    .order_by(_history.c.commitment_id, _history.c.id)):
            history[h.commitment_id].append(h)
        for cid in part:
            row = rows.get(cid)
            if row is None:
                continue
            record: dict[str, Any] = {"id": cid, **{f: getattr(row, f) for f in COMMITMENT_FIELDS}}
            record["actors"] = [actors.record(a) for a in links[cid]]
            record["mentions"] = [{**{f: getattr(m, f) for f in MENTION_FIELDS}, "document": documents[m.document_id]}
                                  for m in mentions[cid]]
            record["history"] = [{key: getattr(h, column) for key, column in HISTORY_FIELDS.items()}
                                 for h in history[cid]]
            yield record


# --- reading a record back: checked, with its values typed ----------------------------------------


class BadRecord(TrackerError):
    """A record that cannot be imported; the message says where and why."""


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadRecord(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None


def _datetime(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadRecord(f"{where}: invalid timestamp {value!r} (expected ISO 8601)") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


# What each field holds: its JSON type(s), whether it may be null, and how it is typed back.
_TEXT, _INT, _NUM, _BOOL = (str,), (int,), (int, float), (bool,)
_SPEC: dict[str, tuple[tuple[type, ...], bool]] = {
    # commitment
    "kind": (_TEXT, False), "action": (_TEXT, True), "target": (_TEXT, True), "amount": (_TEXT, True),
    "amount_value": (_NUM, True), "unit": (_TEXT, True), "deadline": (_TEXT, True), "deadline_date": (_TEXT, True),
    "negated": (_BOOL, False), "testable": (_BOOL, True), "testable_reason": (_TEXT, True),
    "status": (_TEXT, False), "created_at": (_TEXT, False), "updated_at": (_TEXT, False), "version": (_INT, False),
    # document
    "external_id": (_TEXT, True), "publisher": (_TEXT, True), "title": (_TEXT, True), "url": (_TEXT, True),
    "path": (_TEXT, True), "author": (_TEXT, True), "published": (_TEXT, True), "content_hash": (_TEXT, False),
    "ingested_at": (_TEXT, False), "text": (_TEXT, False),
    # mention
    "sentence": (_TEXT, False), "start": (_INT, False), "end": (_INT, False), "speaker": (_TEXT, True),
    "said_on": (_TEXT, True), "rule": (_TEXT, False), "confidence": (_NUM, False),
    # actor
    "name": (_TEXT, False), "type": (_TEXT, True),
    # history
    "from": (_TEXT, False), "to": (_TEXT, False), "note": (_TEXT, True), "evidence_url": (_TEXT, True),
    "at": (_TEXT, False), "by": (_TEXT, False),
}
_DATES = {"deadline_date", "published", "said_on"}
_TIMESTAMPS = {"created_at", "updated_at", "ingested_at", "at"}


def _fields(obj: Any, names: Iterable[str], where: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise BadRecord(f"{where}: expected an object, found {type(obj).__name__}")
    out: dict[str, Any] = {}
    for name in names:
        if name not in obj:
            raise BadRecord(f"{where}: missing field {name!r}")
        value = obj[name]
        types, nullable = _SPEC[name]
        if value is None:
            if not nullable:
                raise BadRecord(f"{where}: field {name!r} may not be null")
        elif not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
            raise BadRecord(f"{where}: field {name!r} should be {' or '.join(t.__name__ for t in types)}, "
                            f"found {type(value).__name__}")
        if name in _DATES:
            value = _date(value, f"{where}, {name}")
        elif name in _TIMESTAMPS:
            value = _datetime(value, f"{where}, {name}")
        elif name == "amount_value" or name == "confidence":
            value = None if value is None else float(value)
        out[name] = value
    return out


def _list(obj: dict[str, Any], name: str, where: str) -> list[Any]:
    value = obj.get(name)
    if not isinstance(value, list):
        raise BadRecord(f"{where}: missing list {name!r}" if value is None else f"{where}: {name!r} should be a list")
    return value


@dataclass(slots=True)
class _Actor:
    fields: dict[str, Any]
    aliases: list[str]
    parent: _Actor | None


def _actor(obj: Any, where: str, depth: int = 0) -> _Actor:
    fields = _fields(obj, ACTOR_FIELDS, where)
    aliases = _list(obj, "aliases", where)
    if not all(isinstance(a, str) for a in aliases):
        raise BadRecord(f"{where}: aliases should be strings")
    parent = obj.get("parent")
    if parent is not None and depth >= 10:
        raise BadRecord(f"{where}: parent chain too deep")
    return _Actor(fields, aliases, _actor(parent, f"{where}, parent", depth + 1) if parent is not None else None)


@dataclass(slots=True)
class _Record:
    """A record checked and typed: what the import writes."""

    commitment: dict[str, Any]
    actors: list[_Actor]
    mentions: list[tuple[dict[str, Any], dict[str, Any]]]  # (mention, its document)
    history: list[dict[str, Any]]


def check_header(obj: Any, where: str) -> None:
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise BadRecord(f"{where}: not a tracker export (no \"format\": \"{FORMAT}\")")
    version = obj.get("format_version")
    if version != FORMAT_VERSION:
        raise BadRecord(f"{where}: export format version {version!r}; this tracker reads version {FORMAT_VERSION}")


def parse_record(obj: Any, where: str) -> _Record:
    """A record as an export wrote it, checked: every field there and of its type, the
    vocabularies known, each document's text matching its hash, and the history a chain
    from the initial status to the commitment's status."""
    commitment = _fields(obj, COMMITMENT_FIELDS, where)
    if commitment["kind"] not in KINDS:
        raise BadRecord(f"{where}: unknown kind {commitment['kind']!r}")
    if commitment["status"] not in STATUSES:
        raise BadRecord(f"{where}: unknown status {commitment['status']!r}")
    actors = [_actor(a, f"{where}, actor {i + 1}") for i, a in enumerate(_list(obj, "actors", where))]
    mentions = []
    raw_mentions = _list(obj, "mentions", where)
    if not raw_mentions:
        raise BadRecord(f"{where}: a commitment needs at least one mention")
    for i, m in enumerate(raw_mentions):
        at = f"{where}, mention {i + 1}"
        mention = _fields(m, MENTION_FIELDS, at)
        document = _fields(m.get("document"), DOCUMENT_FIELDS, f"{at}, document")
        if hashlib.sha256(document["text"].encode("utf-8")).hexdigest() != document["content_hash"]:
            raise BadRecord(f"{at}, document: the text does not match its content_hash")
        mentions.append((mention, document))
    history = [_fields(h, HISTORY_FIELDS, f"{where}, history {i + 1}") for i, h in enumerate(_list(obj, "history", where))]
    status = INITIAL_STATUS
    for i, h in enumerate(history):
        if h["from"] != status or h["to"] not in STATUSES:
            raise BadRecord(f"{where}, history {i + 1}: {h['from']} -> {h['to']} does not follow {status}")
        status = h["to"]
    if status != commitment["status"]:
        raise BadRecord(f"{where}: status {commitment['status']!r}, but its history ends at {status!r}")
    return _Record(commitment, actors, mentions, history)


# --- import ---------------------------------------------------------------------------------------


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

    def _actor_id(self, actor: _Actor) -> int:
        key = name_key(actor.fields["name"])
        actor_id = self._actor_ids.get(key)
        if actor_id is None:
            parent_id = self._actor_id(actor.parent) if actor.parent is not None else None
            c = self.connection
            found = c.execute(_find_actor, {"k": key}).first()
            if found is None:
                actor_id = c.execute(_insert_actor, {**actor.fields, "key": key, "parent_id": parent_id}).scalar_one()
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

    def _match(self, record: _Record, places: list[tuple[int, int, int]]) -> int | None:
        """The commitment here said at one of the record's places, with its kind, action and target."""
        want = tuple(record.commitment[k] for k in ("kind", "action", "target"))
        for document_id, start, end in places:
            for row in self.connection.execute(_said_at, {"d": document_id, "s": start, "e": end}):
                if (row.kind, row.action, row.target) == want:
                    return int(row.id)
        return None

    def add(self, record: _Record) -> None:
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

    def _missing(self, commitment_id: int, record: _Record, places: list[tuple[int, int, int]],
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


def import_records(connection: Connection, records: Iterable[_Record]) -> ImportSummary:
    """Write checked records (from :func:`parse_record`) in the caller's transaction."""
    importer = Importer(connection)
    for record in records:
        importer.add(record)
    return importer.summary


# --- reading an export file -------------------------------------------------------------------------


def _open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _is_jsonl(path: Path) -> bool:
    """JSON Lines by its name (.jsonl, .jsonl.gz), JSON by .json; else a first line
    that is a whole object is JSON Lines."""
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(".jsonl"):
        return True
    if name.endswith(".json"):
        return False
    with _open_text(path) as f:
        first = f.readline()
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def read_export(path: Path) -> Iterator[_Record]:
    """The records of an export file (JSON or JSON Lines, gzipped or not), each checked
    as it is read; the first problem raises :class:`BadRecord` naming the file and line."""
    if not path.is_file():
        raise TrackerError(f"no such file: {path}")
    try:
        if _is_jsonl(path):
            yield from _read_jsonl(path)
        else:
            yield from _read_json(path)
    except UnicodeDecodeError:
        raise BadRecord(f"{path}: not UTF-8 text") from None
    except (OSError, EOFError) as e:  # gzip: a damaged or truncated file
        raise BadRecord(f"{path}: cannot read: {e}") from None


def _read_jsonl(path: Path) -> Iterator[_Record]:
    with _open_text(path) as f:  # an empty file: an export of nothing, imports nothing
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {number}"
            try:
                obj = json.loads(line)
            except ValueError as e:
                raise BadRecord(f"{where}: invalid JSON: {e}") from None
            check_header(obj, where)
            yield parse_record(obj, where)


def _read_json(path: Path) -> Iterator[_Record]:
    with _open_text(path) as f:
        try:
            obj = json.load(f)
        except json.JSONDecodeError as e:
            raise BadRecord(f"{path}, line {e.lineno}: invalid JSON: {e.msg} (column {e.colno})") from None
    check_header(obj, str(path))
    commitments = obj.get("commitments")
    if not isinstance(commitments, list):
        raise BadRecord(f"{path}: missing list 'commitments'")
    for number, record in enumerate(commitments, start=1):
        yield parse_record(record, f"{path}, commitment {number}")
