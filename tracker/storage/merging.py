"""A person corrects the matcher: `tracker merge A B` and `tracker split ID --mention M`.

The matcher (:mod:`tracker.storage.grouping`) stores a pledge stated again as one more
mention of one commitment; it misses some (two commitments that are one pledge) and
joins some wrongly (one commitment that is two). Both corrections keep the history:

* **merge** ``keep`` ← ``other``: other's mentions, actor links (those keep lacks, after
  its own), matched claims and pending suggestions move to keep; other stays, with
  ``merged_into_id`` = keep, for its history (listings leave it out); commitments merged
  into other before now point to keep. A pending merge suggestion for the pair becomes
  accepted. Ratings: when other is rated (a status but open) and keep is not, keep takes
  other's status (a status change in keep's history, noted "carried from ..."); two
  different ratings, or a dismissed other, are refused: a person settles them first
  (`tracker update`). A confirmed review carries to an unreviewed keep in the same way.
* **split** a mention off ``commitment_id``: a new commitment copying its fields and its
  actors (status open, review unreviewed) gets the mention.

Each writes one ``commitment_edits`` row on both commitments: action "merge" (on keep:
new_value = the id merged in; on other: new_value = keep's id) or "split" (on the
commitment split: old_value = the mention's id, new_value = the new commitment's id; on
the new one: old_value = the commitment it came from, new_value = the mention's id).
Functions here take the caller's session and never commit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from tracker.errors import TrackerError
from tracker.status import INITIAL_REVIEW, INITIAL_STATUS
from tracker.storage.models import (
    ClaimRow,
    Commitment,
    CommitmentActor,
    CommitmentEdit,
    MentionRow,
    Suggestion,
    utcnow,
)
from tracker.storage.store import change_status

_COPIED = ("kind", "action", "target", "amount", "amount_value", "unit", "deadline", "deadline_date", "negated",
           "testable", "testable_reason")


def _get(session: Session, commitment_id: int) -> Commitment:
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise TrackerError(f"no commitment with id {commitment_id}")
    if commitment.merged_into_id is not None:
        raise TrackerError(f"commitment {commitment_id} was merged into {commitment.merged_into_id}; "
                           f"use {commitment.merged_into_id}")
    return commitment


def _edit(session: Session, commitment_id: int, action: str, old: object, new: object, note: str | None,
          by: str, now: datetime) -> None:
    session.add(CommitmentEdit(commitment_id=commitment_id, action=action,
                               old_value=None if old is None else str(old), new_value=None if new is None else str(new),
                               note=note, changed_at=now, changed_by=by))


def _carry_rating(session: Session, keep: Commitment, other: Commitment, by: str, now: datetime) -> None:
    """Refuse ratings that disagree; give keep the rating only other has."""
    if other.status == "dismissed" or other.review == "dismissed":
        raise TrackerError(f"commitment {other.id} is dismissed (not a commitment): it cannot be merged into "
                           f"{keep.id}")
    if keep.status == "dismissed" or keep.review == "dismissed":
        raise TrackerError(f"commitment {keep.id} is dismissed (not a commitment): nothing can be merged into it")
    if other.status != INITIAL_STATUS and keep.status != INITIAL_STATUS and other.status != keep.status:
        raise TrackerError(f"commitment {keep.id} is {keep.status} and {other.id} is {other.status}: "
                           f"set one status for both first (tracker update), then merge")
    if other.status != INITIAL_STATUS and keep.status == INITIAL_STATUS:
        change_status(session, keep.id, other.status, by=by, note=f"carried from commitment {other.id}, merged into it",
                      now=now)
    if other.review != INITIAL_REVIEW and keep.review == INITIAL_REVIEW:
        _edit(session, keep.id, "review", keep.review, other.review, f"carried from commitment {other.id}", by, now)
        keep.review = other.review


def merge_commitments(session: Session, keep_id: int, other_id: int, *, by: str, note: str | None = None) -> None:
    """Merge commitment ``other_id`` into ``keep_id`` (see the module's note)."""
    if keep_id == other_id:
        raise TrackerError(f"cannot merge commitment {keep_id} into itself")
    keep, other = _get(session, keep_id), _get(session, other_id)
    now = utcnow()
    _carry_rating(session, keep, other, by, now)
    session.flush()
    session.execute(update(MentionRow).where(MentionRow.commitment_id == other_id).values(commitment_id=keep_id),
                    execution_options={"synchronize_session": False})
    bound = {link.actor_id: link.position for link in keep.actor_links}
    position = max(bound.values(), default=-1) + 1
    for link in list(other.actor_links):
        if link.actor_id not in bound:
            session.add(CommitmentActor(commitment_id=keep_id, actor_id=link.actor_id, position=position))
            bound[link.actor_id] = position
            position += 1
        session.delete(link)
    session.execute(update(ClaimRow).where(ClaimRow.commitment_id == other_id).values(commitment_id=keep_id),
                    execution_options={"synchronize_session": False})
    session.execute(update(Commitment).where(Commitment.merged_into_id == other_id).values(merged_into_id=keep_id),
                    execution_options={"synchronize_session": False})
    pair = or_((Suggestion.commitment_id == keep_id) & (Suggestion.other_id == other_id),
               (Suggestion.commitment_id == other_id) & (Suggestion.other_id == keep_id))
    session.execute(update(Suggestion).where(Suggestion.kind == "merge", Suggestion.state == "pending", pair)
                    .values(state="accepted", decided_at=now, decided_by=by, note=note),
                    execution_options={"synchronize_session": False})
    for column in (Suggestion.commitment_id, Suggestion.other_id):  # what was pending about other is about keep now
        session.execute(update(Suggestion).where(Suggestion.state == "pending", column == other_id)
                        .values({column.key: keep_id}), execution_options={"synchronize_session": False})
    other.merged_into_id = keep_id
    other.updated_at = keep.updated_at = now
    _edit(session, keep_id, "merge", None, other_id, note, by, now)
    _edit(session, other_id, "merge", None, keep_id, note, by, now)
    session.flush()
    session.expire_all()  # the bulk updates above changed rows the session may hold


def split_mention(session: Session, commitment_id: int, mention_id: int, *, by: str, note: str | None = None) -> int:
    """Move mention ``mention_id`` of ``commitment_id`` to a new commitment copying its
    fields and actors (status open, unreviewed); the new commitment's id."""
    commitment = _get(session, commitment_id)
    mention = session.get(MentionRow, mention_id)
    if mention is None or mention.commitment_id != commitment_id:
        raise TrackerError(f"mention {mention_id} is not a mention of commitment {commitment_id}")
    count = session.scalar(select(func.count()).where(MentionRow.commitment_id == commitment_id)) or 0
    if count < 2:
        raise TrackerError(f"commitment {commitment_id} has only one mention: nothing to split off")
    now = utcnow()
    new = Commitment(**{k: getattr(commitment, k) for k in _COPIED}, status=INITIAL_STATUS, review=INITIAL_REVIEW,
                     created_at=now, updated_at=now)
    session.add(new)
    session.flush()
    for link in commitment.actor_links:
        session.add(CommitmentActor(commitment_id=new.id, actor_id=link.actor_id, position=link.position))
    mention.commitment_id = new.id
    commitment.updated_at = now
    _edit(session, commitment_id, "split", mention_id, new.id, note, by, now)
    _edit(session, new.id, "split", commitment_id, mention_id, note, by, now)
    session.flush()
    return new.id
