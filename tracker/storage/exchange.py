"""Exports: commitments with everything they stand on, as plain records.

A record is one commitment with its stored columns, its actors (each with its aliases and
the chain of actors it belongs to), its mentions with their whole documents (the text
too, so that an import loses nothing) and its status history. ``tracker export`` writes
records (the writers are in :mod:`tracker.output.exports`); ``tracker import`` reads
them back (checked by :mod:`tracker.storage.records`, written by
:mod:`tracker.storage.importer`). The fields are declared here, once, for both ways.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, select

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

FORMAT = "tracker-export"
FORMAT_VERSION = 2  # 2: a commitment's review state and its corrections (version 1 files still import)
READABLE_VERSIONS = (1, 2)


# The fields of a record, each with the column it comes from; declared once for both ways.
COMMITMENT_FIELDS = ("kind", "action", "target", "amount", "amount_value", "unit", "deadline", "deadline_date",
                     "negated", "testable", "testable_reason", "status", "created_at", "updated_at", "version")
DOCUMENT_FIELDS = ("external_id", "publisher", "title", "url", "path", "author", "published", "content_hash",
                   "ingested_at", "text")
MENTION_FIELDS = ("sentence", "start", "end", "speaker", "said_on", "rule", "confidence", "created_at", "stale_since",
                  "actor_description")
# Fields a file may lack (written by a tracker before they existed): read as null. An older
# tracker reading a newer file skips them.
OPTIONAL_FIELDS = frozenset({"actor_description"})
ACTOR_FIELDS = ("name", "type", "created_at", "name_curated", "type_curated", "parent_curated")
# A history step's keys are `tracker show --format json`'s; the columns behind them:
HISTORY_FIELDS = {"from": "from_status", "to": "to_status", "note": "note", "evidence_url": "evidence_url",
                  "at": "changed_at", "by": "changed_by"}
# Version 2: whether a person vouched for it, and the log of corrections (commitment_edits).
REVIEW_FIELD = "review"
EDIT_FIELDS = {"action": "action", "old": "old_value", "new": "new_value", "note": "note",
               "evidence_url": "evidence_url", "at": "changed_at", "by": "changed_by"}

# Every table an export carries (the fields above, ids and foreign keys rewritten as what
# they point to); a test fails on a table or column in neither these nor NOT_EXPORTED.
EXPORTED_TABLES = ("documents", "actors", "actor_aliases", "commitments", "commitment_actors", "mentions",
                   "status_changes", "commitment_edits")
NOT_EXPORTED: dict[str, str] = {  # table -> why an export leaves it out
    "actor_evidence": "each document's sightings of its actors, which ingest votes over; an import takes the "
                      "actors as they were settled (and the curated flags that protect them)",
    "actor_pending": "actors an ingest has yet to settle: empty once a command has finished",
    "actor_changes": "this database's log of actor curation (who renamed or merged what); the curated names, "
                     "types and parents travel with the actors",
    "claims": "what reports say about commitments: found again by ingesting the documents; an accepted claim "
              "travels as the evidence and note of the status change it led to",
    "suggestions": "the machine's proposals awaiting a person (tracker review): made again by ingest; the "
                   "decisions taken travel in the history and the corrections",
    "status_chain": "the head of this database's hash chain over its history; an import chains its own",
}
NOT_EXPORTED_COLUMNS: dict[str, dict[str, str]] = {  # table -> column -> why an export leaves it out
    "status_changes": {"prev_hash": "this database's hash chain: an import appends to its own",
                       "hash": "this database's hash chain: an import appends to its own"},
}

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
        edits: dict[int, list[Any]] = {i: [] for i in part}
        for e in connection.execute(select(_edits).where(_edits.c.commitment_id.in_(part))
                                    .order_by(_edits.c.commitment_id, _edits.c.id)):
            edits[e.commitment_id].append(e)
        for cid in part:
            row = rows.get(cid)
            if row is None:
                continue
            record: dict[str, Any] = {"id": cid, **{f: getattr(row, f) for f in COMMITMENT_FIELDS},
                                      REVIEW_FIELD: row.review}
            record["actors"] = [actors.record(a) for a in links[cid]]
            record["mentions"] = [{**{f: getattr(m, f) for f in MENTION_FIELDS}, "document": documents[m.document_id]}
                                  for m in mentions[cid]]
            record["history"] = [{key: getattr(h, column) for key, column in HISTORY_FIELDS.items()}
                                 for h in history[cid]]
            record["edits"] = [{key: getattr(e, column) for key, column in EDIT_FIELDS.items()} for e in edits[cid]]
            yield record
