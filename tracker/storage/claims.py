"""Claims at ingest and in listings: what reports say about a commitment's fate.

A claim is stored in `claims` (never as a commitment), its actor resolved by the same
ActorResolver as findings. A claim that matches a commitment (the same main actor, its
action like the commitment's by :func:`tracker.storage.matching.compare_claim`, said on
or after the commitment was first said when both are dated) points to it
(``claims.commitment_id``) and becomes a pending status suggestion for `tracker review`,
unless the commitment has that status already or the same suggestion is pending, or the
claim is a second-hand report (outcome "reported": no status follows from it).
Nothing changes a status by itself.

Commitments stored by earlier ingests and earlier in the same run are candidates alike:
each document is matched against what the database holds when it is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import and_, func, insert, select

from tracker.status import CLAIM_OUTCOMES
from tracker.storage.matching import CLAIM_MATCH, compare_claim
from tracker.storage.models import utcnow
from tracker.storage.read import Reader, find_actor_ids
from tracker.storage.tables import (
    claims as _claims,
    commitments as _commitments,
    links as _links,
    mentions as _mentions,
    suggestions as _suggestions,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from tracker.extract import Claim


class ActorIds(Protocol):
    """What matching needs of store.ActorResolver (named so, not imported: store calls this module)."""

    def ids_for(self, finding: Any, cursor: Any = None) -> list[int]: ...


@dataclass(frozen=True, slots=True)
class StoredClaims:
    claims: int
    suggestions: int


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _candidates_of(connection: Connection, actor_id: int) -> list[tuple[int, str | None, str, date | None]]:
    stmt = (
        select(_commitments.c.id, _commitments.c.action, _commitments.c.status, func.min(_mentions.c.said_on))
        .join(_links, and_(_links.c.commitment_id == _commitments.c.id, _links.c.position == 0))
        .outerjoin(_mentions, _mentions.c.commitment_id == _commitments.c.id)
        .where(_links.c.actor_id == actor_id, _commitments.c.merged_into_id.is_(None),
               _commitments.c.status != "dismissed")
        .group_by(_commitments.c.id, _commitments.c.action, _commitments.c.status)
        .order_by(_commitments.c.id)
    )
    return [(r[0], r[1], r[2], r[3]) for r in connection.execute(stmt)]


def store_claims(connection: Connection, document_id: int, published: date | None, found: Sequence[Claim],
                 actors: ActorIds) -> StoredClaims:
    """Store a document's claims, match each to its actor's commitments and suggest the
    status a matched claim reports. Run in the document's transaction."""
    suggested = 0
    for claim in found:
        if claim.outcome not in CLAIM_OUTCOMES:
            continue  # (a user's rules cannot add outcomes: the schema checks them too)
        ids = actors.ids_for(claim) if claim.actor else []  # (a claim has a Finding's actor fields)
        actor_id = ids[0] if ids else None
        said_on = _iso(claim.said_on) or published
        match = _best_match(connection, actor_id, claim.action, said_on, (document_id, claim.start))
        claim_id = connection.execute(insert(_claims).returning(_claims.c.id), {
            "document_id": document_id, "actor_id": actor_id, "outcome": claim.outcome, "action": claim.action,
            "amount": claim.amount, "sentence": claim.sentence, "start": claim.start, "end": claim.end,
            "said_on": said_on, "rule": claim.rule, "confidence": float(claim.confidence),
            "commitment_id": match[0] if match else None,
        }).scalar_one()
        if match is None:
            continue
        commitment_id, status, score, reason = match
        to_status = CLAIM_OUTCOMES[claim.outcome]
        if to_status is None or status == to_status:
            continue  # (a second-hand report is evidence, no change of fate)
        pending = connection.execute(select(_suggestions.c.id).where(
            _suggestions.c.kind == "status", _suggestions.c.commitment_id == commitment_id,
            _suggestions.c.to_status == to_status, _suggestions.c.state == "pending")).first()
        if pending is not None:
            continue
        connection.execute(insert(_suggestions), {
            "kind": "status", "commitment_id": commitment_id, "to_status": to_status, "claim_id": claim_id,
            "score": round(score * claim.confidence, 3), "reason": f"{claim.rule}; {reason}",
            "state": "pending", "created_at": utcnow(),
        })
        suggested += 1
    return StoredClaims(len(found), suggested)


def _best_match(connection: Connection, actor_id: int | None, action: str | None, said_on: date | None,
                where: tuple[int, int]) -> tuple[int, str, float, str] | None:
    """The commitment a claim reports on: (id, status, score, reason), or None. ``where``:
    the claim's document and sentence start; a commitment stated in that same sentence is
    no earlier pledge the claim can report on."""
    if actor_id is None or not action:
        return None
    best: tuple[int, str, float, str] | None = None
    same_sentence = {r[0] for r in connection.execute(
        select(_mentions.c.commitment_id).where(_mentions.c.document_id == where[0], _mentions.c.start == where[1]))}
    for commitment_id, pledged, status, first_said in _candidates_of(connection, actor_id):
        if commitment_id in same_sentence:
            continue
        if said_on is not None and first_said is not None and said_on < first_said:
            continue  # a claim before the pledge is not about it
        verdict = compare_claim(action, pledged)
        if verdict.score >= CLAIM_MATCH and (best is None or verdict.score > best[2]):
            best = (commitment_id, status, verdict.score, verdict.reason)
    return best


# --- listing ---------------------------------------------------------------------------------


def select_claims(reader: Reader, actor: str | None = None, outcomes: Sequence[str] = (),
                  since: date | None = None, until: date | None = None, limit: int | None = None,
                  lookup: Any = None) -> list[dict[str, Any]]:
    """Claims, oldest first (undated last), as `tracker claims` lists them: ``actor`` as
    `tracker list --actor` reads it (the actor, its bodies and people)."""
    conditions: list[str] = []
    params: list[Any] = []
    if actor is not None:
        ids = find_actor_ids(reader, actor, lookup)
        if not ids:
            return []
        conditions.append(f"cl.actor_id IN ({', '.join('?' * len(ids))})")
        params += sorted(ids)
    if outcomes:
        conditions.append(f"cl.outcome IN ({', '.join('?' * len(outcomes))})")
        params += list(outcomes)
    if since is not None:
        conditions.append("cl.said_on >= ?")
        params.append(since)
    if until is not None:
        conditions.append("cl.said_on <= ?")
        params.append(until)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    sql = (
        "SELECT cl.id, cl.said_on, a.name, cl.outcome, cl.commitment_id, "
        "(SELECT s.to_status FROM suggestions s WHERE s.claim_id = cl.id ORDER BY s.id LIMIT 1), "
        "(SELECT s.state FROM suggestions s WHERE s.claim_id = cl.id ORDER BY s.id LIMIT 1), "
        "cl.action, cl.sentence, COALESCE(d.publisher, d.external_id), d.url, cl.rule, cl.confidence "
        "FROM claims cl JOIN documents d ON d.id = cl.document_id LEFT JOIN actors a ON a.id = cl.actor_id "
        f"{where} ORDER BY CASE WHEN cl.said_on IS NULL THEN 1 ELSE 0 END, cl.said_on, cl.id"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    keys = ("id", "date", "actor", "outcome", "commitment_id", "suggested_status", "suggestion_state", "action",
            "sentence", "source", "url", "rule", "confidence")
    out = []
    for row in reader.rows(sql, params):
        item = dict(zip(keys, row, strict=True))
        said = item["date"]
        item["date"] = said.isoformat() if isinstance(said, date) else (str(said)[:10] if said else None)
        item["sentence"] = " ".join(item["sentence"].split())
        out.append(item)
    return out

