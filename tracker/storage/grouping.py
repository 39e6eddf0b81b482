"""One commitment, many sources: which stored commitment a new finding states again.

At ingest (and when `tracker reprocess` adds findings) each finding with an actor is
compared (:func:`tracker.storage.matching.best_match`) with the commitments whose main
actor is the finding's, not merged into another and not dismissed:

- the same pledge (score >= matching.SAME): no new commitment; a mention (and links to
  any co-actor not yet bound) is added to the stored one;
- perhaps the same (SUGGEST <= score < SAME): a new commitment, and a pending merge
  suggestion (commitment_id = the older, other_id = the new) for `tracker review`;
- else a new commitment.

A stored commitment is compared by its own fields (those of the finding that created
it, or as a person edited them), not by every mention's wording, so that what matches
does not drift as mentions are added.

Speed: the candidates of an actor are read once (one indexed query on
commitment_actors; none for an actor made in this batch) and kept for as long as the :class:`tracker.storage.store.ActorResolver`
keeps its ids (until a rollback or the batch's actor settling, which may merge actors).
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, select

from tracker.storage.matching import Pledge, Verdict, best_match, normalise_action, numbers_of
from tracker.storage.tables import commitments as _commitments, links as _links


def pledge_of(actor_id: int | None, values: dict[str, Any] | Any) -> Pledge:
    """The matcher's view of a commitment's columns (a dict, or a row with attributes)."""
    get = values.get if isinstance(values, dict) else (lambda k: getattr(values, k))
    deadline = get("deadline_date")
    if isinstance(deadline, str):
        deadline = date.fromisoformat(deadline[:10]) if deadline else None
    value = get("amount_value")
    return Pledge(actor_id, get("action"), None if value is None else float(value), get("unit"), deadline,
                  bool(get("negated")), get("target"))


_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")


def _keys(action: str) -> frozenset[str]:
    """The numbers a candidate is found by: those of the action other than years, else its
    years ("train 7000 soldier 2024": 7000; a deadline's year is shared by many pledges)."""
    numbers = numbers_of(action)
    amounts = frozenset(n for n in numbers if not _YEAR.match(n))
    return amounts or numbers


@dataclass(slots=True)
class _Candidates:
    """An actor's commitments open to a new mention, oldest first."""

    ids: list[int] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)  # normalised, for rapidfuzz
    # a commitment's linked actors and next free position, when known (read when first needed)
    links: dict[int, tuple[set[int], int]] = field(default_factory=dict)
    # positions in the lists above by the numbers their actions write, and of those that write
    # none: two actions whose numbers differ are two pledges (matching rule 3), so a finding
    # that writes numbers is compared only with these
    by_number: dict[str, list[int]] = field(default_factory=dict)
    no_number: list[int] = field(default_factory=list)

    def append(self, commitment_id: int, pledge: Pledge, action: str) -> None:
        at = len(self.ids)
        self.ids.append(commitment_id)
        self.pledges.append(pledge)
        self.actions.append(action)
        numbers = _keys(action)
        for n in numbers:
            self.by_number.setdefault(n, []).append(at)
        if not numbers:
            self.no_number.append(at)

    def open_to(self, action: str) -> list[int]:
        """Positions of the candidates a finding with this normalised action may state
        again, the most recent RECENT of them, oldest first."""
        numbers = _keys(action)
        if not numbers:
            return list(range(max(0, len(self.ids) - RECENT), len(self.ids)))
        found = set(self.no_number[-RECENT:])
        for n in numbers:
            found.update(self.by_number.get(n, ())[-RECENT:])
        return sorted(found)[-RECENT:]


def _candidates_sql() -> Any:
    c, link = _commitments.c, _links.c
    return (select(c.id, c.action, c.amount_value, c.unit, c.deadline_date, c.negated, c.target)
            .join_from(_links, _commitments, link.commitment_id == c.id)
            .where(link.actor_id == bindparam("actor_id"), link.position == 0, c.merged_into_id.is_(None),
                   c.review != "dismissed", c.status != "dismissed")
            .order_by(c.id))


_CANDIDATES = _candidates_sql()
RECENT = 1000  # candidates per actor: its most recent commitments (Grouper.match)
_LINKS = select(_links.c.actor_id, _links.c.position).where(_links.c.commitment_id == bindparam("cid"))


class Grouper:
    """The candidates per main actor, for one connection's run of documents."""

    def __init__(self) -> None:
        self._by_actor: dict[int, _Candidates] = {}

    def clear(self) -> None:
        self._by_actor.clear()

    def fresh(self, actor_id: int) -> None:
        """An actor made just now binds no stored commitment yet: no query needed."""
        self._by_actor[actor_id] = _Candidates()

    def _candidates(self, connection: Connection, actor_id: int) -> _Candidates:
        found = self._by_actor.get(actor_id)
        if found is None:
            found = _Candidates()
            for row in connection.execute(_CANDIDATES, {"actor_id": actor_id}):
                found.append(row.id, pledge_of(actor_id, row), normalise_action(row.action))
            self._by_actor[actor_id] = found
        return found

    def match(self, connection: Connection, pledge: Pledge) -> tuple[int, Verdict] | None:
        """The stored commitment ``pledge`` most likely states again (its id and the
        verdict), if any reaches SUGGEST."""
        if pledge.actor_id is None:
            return None
        candidates = self._candidates(connection, pledge.actor_id)
        # the actor's most recent commitments only: a statement is repeated while it is news,
        # and comparing each finding with every commitment of a prolific actor is quadratic
        at = candidates.open_to(normalise_action(pledge.action))
        best = best_match(pledge, [candidates.pledges[i] for i in at], [candidates.actions[i] for i in at])
        return None if best is None else (candidates.ids[at[best[0]]], best[1])

    def added(self, commitment_id: int, pledge: Pledge, actor_ids: list[int]) -> None:
        """A new commitment was stored: later findings may state it again."""
        if pledge.actor_id is None:
            return
        candidates = self._by_actor.get(pledge.actor_id)
        if candidates is None:  # not read yet: the query will find it
            return
        candidates.append(commitment_id, pledge, normalise_action(pledge.action))
        candidates.links[commitment_id] = (set(actor_ids), len(actor_ids))

    def new_links(self, connection: Connection, actor_id: int, commitment_id: int,
                  actor_ids: list[int]) -> list[tuple[int, int]]:
        """(actor id, position) of the finding's actors not yet bound by the commitment,
        after those that are; remembered as bound."""
        candidates = self._candidates(connection, actor_id)
        known = candidates.links.get(commitment_id)
        if known is None:
            rows = connection.execute(_LINKS, {"cid": commitment_id}).all()
            known = ({a for a, _ in rows}, max((p for _, p in rows), default=-1) + 1)
        bound, position = known
        out = []
        for a in actor_ids:
            if a not in bound:
                bound.add(a)
                out.append((a, position))
                position += 1
        candidates.links[commitment_id] = (bound, position)
        return out
