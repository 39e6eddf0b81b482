"""What waits for a person (`tracker review`): machine findings nobody has confirmed or
dismissed yet, and pending suggestions (merges, status changes backed by a claim),
oldest first. Plain SQL on a :class:`tracker.storage.read.Reader`, like every listing;
the filters are `list`'s (:func:`tracker.storage.read.select_commitments`).

Item ids are unambiguous across types: ``c12`` is commitment 12 (a finding awaiting
review), ``s7`` suggestion 7 (a merge or a status change).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tracker.status import described
from tracker.storage import read

ITEM_TYPES: tuple[str, ...] = ("finding", "merge", "status")

QUEUE_FIELDS: tuple[str, ...] = (
    "item", "type", "commitment_id", "other_id", "proposal", "status", "to_status", "score", "actor", "kind",
    "action", "sentence", "source", "said_on", "url", "evidence", "evidence_source", "evidence_said_on",
    "evidence_url", "reason", "created_at",
)


@dataclass(frozen=True, slots=True)
class QueueQuery:
    commitments: read.CommitmentQuery | None = None  # list's filters, on the item's commitment(s); None: all
    types: Sequence[str] = ITEM_TYPES
    limit: int | None = None


def _filter(reader: read.Reader, query: QueueQuery, lookup: read.LookupFn | None) -> tuple[str, list[Any]] | None:
    """SQL for the ids of the commitments the filters select, or None when there are none."""
    wanted = query.commitments
    if wanted is None:
        return None
    wanted.limit = None  # the queue's --limit counts items
    sql, params = read.select_commitments(reader, wanted, lookup)  # fills in wanted.actor_ids
    return f"SELECT id FROM ({sql}) selected", params


def _findings(reader: read.Reader, selected: tuple[str, list[Any]] | None, limit: int | None) -> list[tuple[Any, ...]]:
    sql = "SELECT c.created_at, c.id FROM commitments c WHERE c.review = 'unreviewed' AND c.merged_into_id IS NULL"
    params: list[Any] = []
    if selected is not None:
        sql += f" AND c.id IN ({selected[0]})"
        params += selected[1]
    sql += " ORDER BY c.created_at, c.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return reader.rows(sql, params)


SUGGESTION_COLUMNS = ("id", "kind", "commitment_id", "other_id", "to_status", "claim_id", "score", "reason",
                      "created_at")


def _suggestions(reader: read.Reader, kinds: Sequence[str], selected: tuple[str, list[Any]] | None,
                 limit: int | None) -> list[tuple[Any, ...]]:
    sql = (f"SELECT s.created_at, s.id, {', '.join('s.' + c for c in SUGGESTION_COLUMNS)} FROM suggestions s "
           f"WHERE s.state = 'pending' AND s.kind IN ({', '.join('?' * len(kinds))})")
    params: list[Any] = list(kinds)
    if selected is not None:
        sql += f" AND (s.commitment_id IN ({selected[0]}) OR s.other_id IN ({selected[0]}))"
        params += selected[1] * 2
    sql += " ORDER BY s.created_at, s.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return reader.rows(sql, params)


def _claims(reader: read.Reader, ids: list[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    found = reader.rows(
        "SELECT cl.id, cl.sentence, cl.said_on, cl.outcome, cl.rule, cl.confidence, d.publisher, d.published, d.url, "
        f"d.external_id FROM claims cl JOIN documents d ON d.id = cl.document_id WHERE cl.id IN ({', '.join('?' * len(ids))})",
        ids)
    return {row[0]: {"sentence": row[1], "said_on": read._date(row[2]) or read._date(row[7]), "outcome": row[3],
                     "rule": row[4], "confidence": row[5], "source": row[6], "url": row[8] or row[9]}
            for row in found}


def _first_source(c: dict[str, Any]) -> dict[str, Any]:
    first = c["mentions"][0] if c.get("mentions") else {}
    document = first.get("document") or {}
    return {"sentence": first.get("sentence"), "source": document.get("publisher"), "said_on": first.get("said_on"),
            "url": document.get("url") or document.get("path") or document.get("external_id")}


def queue(reader: read.Reader, query: QueueQuery, lookup: read.LookupFn | None = None) -> list[dict[str, Any]]:
    """The items waiting for a person, oldest first (by when they were found or
    suggested), as flat rows of :data:`QUEUE_FIELDS`; each commitment whole under
    ``"commitment"`` (and ``"other"`` for a merge) for the interactive review."""
    selected = _filter(reader, query, lookup)
    findings = _findings(reader, selected, query.limit) if "finding" in query.types else []
    kinds = [t for t in query.types if t in ("merge", "status")]
    suggestions = _suggestions(reader, kinds, selected, query.limit) if kinds else []
    # oldest first across both kinds of item (timestamps as stored compare in order in each database)
    merged = heapq.merge(((read._datetime(r[0]), 0, r[1], r) for r in findings),
                         ((read._datetime(r[0]), 1, r[1], r) for r in suggestions))
    picked = list(merged)[:query.limit] if query.limit is not None else list(merged)
    ids = {r[3][1] for r in picked if r[1] == 0}
    for _, kind, _, row in picked:
        if kind == 1:
            ids.update(i for i in (row[4], row[5]) if i is not None)
    commitments = read.rows_by_id(reader, sorted(ids))
    claims = _claims(reader, sorted({row[7] for _, kind, _, row in picked if kind == 1 and row[7] is not None}))
    return [_finding_row(row, commitments) if kind == 0 else _suggestion_row(row, commitments, claims)
            for _, kind, _, row in picked]


def _base(commitment_id: int, c: dict[str, Any]) -> dict[str, Any]:
    return {"commitment_id": commitment_id, "status": c.get("status"), "kind": c.get("kind"),
            "actor": c["actors"][0]["name"] if c.get("actors") else described(c.get("actor_description")), "action": c.get("action"),
            **_first_source(c)}


def _finding_row(row: tuple[Any, ...], commitments: dict[int, dict[str, Any]]) -> dict[str, Any]:
    created, commitment_id = row
    c = commitments.get(commitment_id, {})
    out = dict.fromkeys(QUEUE_FIELDS)
    out.update(_base(commitment_id, c), item=f"c{commitment_id}", type="finding", proposal="confirm or dismiss",
               created_at=read._datetime(created))
    out["commitment"] = c
    return out


def _suggestion_row(row: tuple[Any, ...], commitments: dict[int, dict[str, Any]],
                    claims: dict[int, dict[str, Any]]) -> dict[str, Any]:
    s = dict(zip(SUGGESTION_COLUMNS, row[2:], strict=True))
    c = commitments.get(s["commitment_id"], {})
    out = dict.fromkeys(QUEUE_FIELDS)
    out.update(_base(s["commitment_id"], c), item=f"s{s['id']}", type=s["kind"], score=s["score"],
               reason=s["reason"], created_at=read._datetime(s["created_at"]))
    out["commitment"] = c
    if s["kind"] == "merge":
        other = commitments.get(s["other_id"], {})
        first = _first_source(other)
        out.update(other_id=s["other_id"], proposal=f"merge {s['other_id']} into {s['commitment_id']}",
                   evidence=first["sentence"], evidence_source=first["source"], evidence_said_on=first["said_on"],
                   evidence_url=first["url"])
        out["other"] = other
    else:
        claim = claims.get(s["claim_id"]) if s["claim_id"] is not None else None
        out.update(to_status=s["to_status"], proposal=f"{c.get('status')} -> {s['to_status']}")
        if claim is not None:
            out.update(evidence=claim["sentence"], evidence_source=claim["source"],
                       evidence_said_on=claim["said_on"], evidence_url=claim["url"])
            out["claim"] = {"id": s["claim_id"], **claim}
    return out


def still_waiting(reader: read.Reader, item: str) -> bool:
    """Whether a listed item still waits (a decision since, maybe on another item, may
    have settled it: accepting a status suggestion confirms its finding)."""
    number = int(item[1:])
    if item.startswith("c"):
        sql = "SELECT 1 FROM commitments WHERE id = ? AND review = 'unreviewed' AND merged_into_id IS NULL"
    else:
        sql = "SELECT 1 FROM suggestions WHERE id = ? AND state = 'pending'"
    return bool(reader.rows(sql, (number,)))
