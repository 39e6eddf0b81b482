"""The reads behind `tracker report` and `tracker summary`: a meter (commitments per
actor per status), a timeline (commitments made and status changes per month) and the
most recent commitments whole (actors, mentions, history).

Plain SQL on a :class:`tracker.storage.read.Reader`, like every listing, so that SQLite
and PostgreSQL answer the same. The commitments counted are those `tracker list` would
list with the same filters (:func:`tracker.storage.read.list_rows`'s SQL, without its
limit): the meter and the timeline count all of them, whatever the report embeds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from tracker.status import STATUSES
from tracker.storage import read

NO_ACTOR = "(no actor identified)"


@dataclass(frozen=True, slots=True)
class ActorCounts:
    """One actor's line of the meter: its commitments by status (every status of
    :data:`tracker.status.STATUSES`, zeros included)."""

    name: str
    type: str | None
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class Meter:
    """Counts by status: over all the commitments selected (``totals``) and per actor
    bound by them, most active first. A commitment that binds two actors counts once
    for each (as `tracker actors` counts), once in ``totals``."""

    totals: dict[str, int]
    actors: list[ActorCounts]

    @property
    def total(self) -> int:
        return sum(self.totals.values())


@dataclass(frozen=True, slots=True)
class Month:
    month: str  # YYYY-MM
    made: int  # commitments first said in that month
    changes: dict[str, int] = field(default_factory=dict)  # status changes that month, by new status


@dataclass(frozen=True, slots=True)
class Timeline:
    months: list[Month]  # every month from the first to the last, empty ones included
    undated: int  # commitments with no date said nor publication date


def _zeros() -> dict[str, int]:
    return dict.fromkeys(STATUSES, 0)


def selection(reader: read.Reader, query: read.CommitmentQuery,
              lookup: read.LookupFn | None = None) -> tuple[str, list[Any]]:
    """SQL giving the ids of the commitments ``query`` selects (its limit ignored), and
    its parameters, to use as ``c.id IN (...)``."""
    sql, params = read.select_commitments(reader, replace(query, limit=None), lookup)  # `tracker list`'s filters
    return f"SELECT id FROM ({sql}) selected", params


def meter(reader: read.Reader, selected: tuple[str, list[Any]]) -> Meter:
    sql, params = selected
    totals = _zeros()
    for status, n in reader.rows(f"SELECT status, count(*) FROM commitments WHERE id IN ({sql}) GROUP BY status",
                                 params):
        totals[status] = totals.get(status, 0) + int(n)
    by_actor: dict[int, ActorCounts] = {}
    for actor_id, name, type_, status, n in reader.rows(
        "SELECT a.id, a.name, a.type, c.status, count(*) FROM commitment_actors l "
        "JOIN actors a ON a.id = l.actor_id JOIN commitments c ON c.id = l.commitment_id "
        f"WHERE c.id IN ({sql}) GROUP BY a.id, a.name, a.type, c.status",
        params,
    ):
        line = by_actor.setdefault(actor_id, ActorCounts(name, type_, _zeros()))
        line.counts[status] = line.counts.get(status, 0) + int(n)
    lines = list(by_actor.values())
    unbound = _zeros()
    for status, n in reader.rows(
        f"SELECT status, count(*) FROM commitments c WHERE id IN ({sql}) AND NOT EXISTS "
        "(SELECT 1 FROM commitment_actors l WHERE l.commitment_id = c.id) GROUP BY status",
        params,
    ):
        unbound[status] = int(n)
    if any(unbound.values()):
        lines.append(ActorCounts(NO_ACTOR, None, unbound))
    lines.sort(key=lambda a: (-a.total, a.name.casefold()))
    return Meter(totals, lines)


def _month(reader: read.Reader, column: str, timestamp: bool = False) -> str:
    """A column's month as YYYY-MM text (dates are ISO text on SQLite)."""
    if reader.placeholder == "?":
        return f"substr({column}, 1, 7)"
    return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM')" if timestamp else f"to_char({column}, 'YYYY-MM')"


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


_MONTH = re.compile(r"\d{4}-\d{2}")


def timeline(reader: read.Reader, selected: tuple[str, list[Any]]) -> Timeline:
    """Commitments made per month (when first said: the mention's date, else its
    document's), and status changes per month (when rated)."""
    sql, params = selected
    made: dict[str | None, int] = {}
    for month, n in reader.rows(
        f"SELECT {_month(reader, 'said')}, count(*) FROM (SELECT m.commitment_id, "
        "min(coalesce(m.said_on, d.published)) AS said FROM mentions m JOIN documents d ON d.id = m.document_id "
        f"WHERE m.commitment_id IN ({sql}) GROUP BY m.commitment_id) firsts GROUP BY {_month(reader, 'said')}",
        params,
    ):
        made[month] = int(n)
    changes: dict[str, dict[str, int]] = {}
    for month, status, n in reader.rows(
        f"SELECT {_month(reader, 'changed_at', timestamp=True)}, to_status, count(*) FROM status_changes "
        f"WHERE commitment_id IN ({sql}) GROUP BY {_month(reader, 'changed_at', timestamp=True)}, to_status",
        params,
    ):
        changes.setdefault(month, {})[status] = int(n)
    # commitments without a mention, or whose mention has no date
    mentioned = sum(made.values())
    total = reader.rows(f"SELECT count(*) FROM commitments WHERE id IN ({sql})", params)[0][0]
    undated = made.pop(None, 0) + int(total) - mentioned
    known = sorted(m for m in (*made, *changes) if m and _MONTH.fullmatch(m))
    months = _months_between(known[0], known[-1]) if known else []
    return Timeline([Month(m, made.get(m, 0), changes.get(m, {})) for m in months], undated)


def recent(reader: read.Reader, selected: tuple[str, list[Any]], limit: int) -> list[dict[str, Any]]:
    """The ``limit`` most recently said commitments (undated last, then newest id
    first), each with every field of `tracker show`: actors whole, mentions with their
    documents, history."""
    sql, params = selected
    ids = [r[0] for r in reader.rows(
        f"SELECT c.id FROM commitments c LEFT JOIN (SELECT m.commitment_id, max(coalesce(m.said_on, d.published)) "
        "AS said FROM mentions m JOIN documents d ON d.id = m.document_id GROUP BY m.commitment_id) s "
        f"ON s.commitment_id = c.id WHERE c.id IN ({sql}) "
        "ORDER BY CASE WHEN s.said IS NULL THEN 1 ELSE 0 END, s.said DESC, c.id DESC LIMIT ?",
        [*params, limit],
    )]
    if not ids:
        return []
    found = read.rows_by_id(reader, ids)
    history: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for part in read._chunks(ids):
        for cid, f, t, note, url, at, by in reader.rows(
            "SELECT commitment_id, from_status, to_status, note, evidence_url, changed_at, changed_by "
            f"FROM status_changes WHERE commitment_id IN ({read._marks(part)}) ORDER BY commitment_id, id",
            part,
        ):
            history[cid].append({"from": f, "to": t, "note": note, "evidence_url": url, "at": read._datetime(at),
                                 "by": by})
    out = []
    for cid in ids:
        row = found[cid]
        row["history"] = history[cid]
        out.append(row)
    return out


def count(reader: read.Reader, selected: tuple[str, list[Any]]) -> int:
    sql, params = selected
    return int(reader.rows(f"SELECT count(*) FROM commitments WHERE id IN ({sql})", params)[0][0])


_PASSWORD = re.compile(r"^([a-zA-Z][\w+.-]*://[^/:@]*:)[^/]*@")  # up to the host's @


def masked(target: str) -> str:
    """A database URL fit to print: any password replaced by ***."""
    return _PASSWORD.sub(r"\1***@", target)
