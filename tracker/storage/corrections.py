"""What people decide and correct about commitments: the review of machine findings and
suggestions (`tracker review accept|reject`), field edits (`tracker edit`), commitments a
person found (`tracker add`), evidence without a status change and ratings
(`tracker update`).

Every decision is appended to ``commitment_edits`` (or, for a status, to
``status_changes`` through :func:`tracker.storage.store.change_status`), never rewritten,
and bumps the commitment's version (optimistic locking: the ORM checks it on flush).
Functions take the caller's Session and never commit: the CLI runs one transaction per
unit of work (several ids given at once: one transaction for all).

The values a person gives are parsed by the caller (the CLI, which may use the
extraction's readers of deadlines and amounts): this module stores what it is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tracker.errors import TrackerError
from tracker.status import check_kind
from tracker.storage import store
from tracker.storage.models import (
    Actor,
    ClaimRow,
    Commitment,
    CommitmentActor,
    CommitmentEdit,
    DocumentRow,
    MentionRow,
    Suggestion,
    utcnow,
)

# The rule id of a mention a person added (`tracker add`): not the extraction's, so
# `tracker reprocess` leaves it alone.
ADDED_RULE = "person.added"
ADDED_CONFIDENCE = 1.0

LookupFn = Callable[[str], Any]


# --- review items ------------------------------------------------------------------------------

_ITEM = re.compile(r"^\s*([cs])(\d{1,18})\s*$", re.I)


def parse_item(text: str) -> tuple[str, int]:
    """A review item's id: ``c12`` (commitment 12, a finding awaiting review) or ``s7``
    (suggestion 7, a merge or a status change)."""
    found = _ITEM.match(text)
    if found is None:
        raise TrackerError(f"invalid review item {text!r} (expected c<commitment id> or s<suggestion id>, "
                           "as tracker review lists them)")
    return found.group(1).lower(), int(found.group(2))


@dataclass(frozen=True, slots=True)
class Decision:
    """What one decision did, for the command's message."""

    item: str
    text: str


def _commitment(session: Session, commitment_id: int) -> Commitment:
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise TrackerError(f"no commitment with id {commitment_id}")
    return commitment


def _flush(session: Session, commitment_id: int) -> None:
    store.flush_versioned(session, commitment_id)


def _log(session: Session, commitment_id: int, action: str, old: Any, new: Any, by: str, now: datetime,
         note: str | None = None, evidence_url: str | None = None) -> None:
    session.add(CommitmentEdit(
        commitment_id=commitment_id, action=action, old_value=None if old is None else str(old),
        new_value=None if new is None else str(new), note=note, evidence_url=evidence_url, changed_at=now,
        changed_by=by))


def _undecided(commitment: Commitment, item: str) -> None:
    if commitment.merged_into_id is not None:
        raise TrackerError(f"{item}: commitment {commitment.id} was merged into {commitment.merged_into_id}; "
                           "nothing to decide")
    if commitment.review != "unreviewed":
        raise TrackerError(f"{item}: commitment {commitment.id} is already {commitment.review}; nothing to decide")


def _set_review(session: Session, commitment: Commitment, review: str, by: str, now: datetime,
                note: str | None) -> None:
    """Change the review state, logged; the caller flushes (once: one version bump)."""
    _log(session, commitment.id, "review", commitment.review, review, by, now, note)
    commitment.review = review
    commitment.updated_at = now


def confirm(session: Session, commitment_id: int, *, by: str, note: str | None = None,
            now: datetime | None = None) -> Decision:
    """A person vouches that a machine finding is a commitment: into the tracker."""
    item, now = f"c{commitment_id}", now or utcnow()
    commitment = _commitment(session, commitment_id)
    _undecided(commitment, item)
    _set_review(session, commitment, "confirmed", by, now, note)
    _flush(session, commitment_id)
    return Decision(item, f"confirmed (commitment {commitment_id}, version {commitment.version}).")


def dismiss(session: Session, commitment_id: int, *, by: str, note: str | None = None,
            now: datetime | None = None) -> Decision:
    """A person judges a machine finding not to be a commitment: status dismissed (kept,
    never deleted) and review dismissed, in one change."""
    item, now = f"c{commitment_id}", now or utcnow()
    commitment = _commitment(session, commitment_id)
    _undecided(commitment, item)
    before = commitment.status
    _set_review(session, commitment, "dismissed", by, now, note)
    if before == "dismissed":  # rated dismissed already (tracker update): only the review is new
        _flush(session, commitment_id)
    else:
        store.change_status(session, commitment_id, "dismissed", by=by, note=note, now=now)
    return Decision(item, f"dismissed (commitment {commitment_id}: {before} -> dismissed, "
                          f"version {commitment.version}).")


def _suggestion(session: Session, suggestion_id: int) -> Suggestion:
    item = f"s{suggestion_id}"
    suggestion = session.get(Suggestion, suggestion_id)
    if suggestion is None:
        raise TrackerError(f"{item}: no suggestion with id {suggestion_id}")
    if suggestion.state != "pending":
        when = f" on {suggestion.decided_at.date().isoformat()}" if suggestion.decided_at else ""
        who = f" by {suggestion.decided_by}" if suggestion.decided_by else ""
        raise TrackerError(f"{item}: suggestion {suggestion_id} was already {suggestion.state}{who}{when}; "
                           "nothing to decide")
    return suggestion


def _decided(suggestion: Suggestion, state: str, by: str, now: datetime, note: str | None) -> None:
    suggestion.state = state
    suggestion.decided_at = now
    suggestion.decided_by = by
    suggestion.note = note


def claim_note(session: Session, suggestion: Suggestion, note: str | None) -> tuple[str, str | None]:
    """The history note of an accepted status suggestion (the claim's sentence, source and
    date, and the suggestion's id) and the evidence URL (the claim's document's, if any)."""
    claim = session.get(ClaimRow, suggestion.claim_id) if suggestion.claim_id is not None else None
    if claim is None:
        text = f"Suggestion s{suggestion.id} accepted"
        if suggestion.reason:
            text += f" ({suggestion.reason})"
        return text + (f"; {note}" if note else ""), None
    document = session.get(DocumentRow, claim.document_id)
    said = claim.said_on or (document.published if document else None)
    where = ", ".join(x for x in ((document.publisher if document else None),
                                  said.isoformat() if said else None) if x)
    sentence = " ".join(claim.sentence.split())
    text = f"Suggestion s{suggestion.id} accepted: claim {claim.id} \"{sentence}\"" + (f" ({where})" if where else "")
    url = document.url if document is not None and document.url else None
    if url is not None:
        try:
            store.check_evidence_url(url)
        except TrackerError:  # a stored document's URL need not be a web address
            text += f" [{url}]"
            url = None
    return text + (f"; {note}" if note else ""), url


def accept_suggestion(session: Session, suggestion_id: int, *, by: str, note: str | None = None,
                      now: datetime | None = None) -> Decision:
    """A status suggestion: the status changes, with the claim as evidence, and the
    commitment counts as confirmed. A merge suggestion: ``other_id`` merged into
    ``commitment_id`` (:mod:`tracker.storage.merging`)."""
    item, now = f"s{suggestion_id}", now or utcnow()
    suggestion = _suggestion(session, suggestion_id)
    if suggestion.kind == "merge":
        try:
            from tracker.storage.merging import merge_commitments
        except ImportError:
            raise TrackerError(f"{item}: this tracker cannot merge commitments") from None
        keep, other = suggestion.commitment_id, suggestion.other_id
        if other is None:
            raise TrackerError(f"{item}: the merge suggestion names no second commitment")
        merge_commitments(session, keep, other, by=by, note=note or f"suggestion {item} accepted")
        _decided(suggestion, "accepted", by, now, note)
        session.flush()
        return Decision(item, f"accepted: commitment {other} merged into {keep}.")
    commitment = _commitment(session, suggestion.commitment_id)
    if commitment.merged_into_id is not None:
        raise TrackerError(f"{item}: commitment {commitment.id} was merged into {commitment.merged_into_id}; "
                           "reject this suggestion")
    if suggestion.to_status is None:
        raise TrackerError(f"{item}: the status suggestion names no status")
    history_note, url = claim_note(session, suggestion, note)
    if commitment.review != "confirmed":  # accepting a claim about it vouches for it
        _set_review(session, commitment, "confirmed", by, now, f"suggestion {item} accepted")
    _decided(suggestion, "accepted", by, now, note)
    change = store.change_status(session, commitment.id, suggestion.to_status, by=by, note=history_note,
                                 evidence_url=url, now=now)
    return Decision(item, f"accepted: commitment {commitment.id} {change.from_status} -> {change.to_status} "
                          f"(version {commitment.version}).")


def reject_suggestion(session: Session, suggestion_id: int, *, by: str, note: str | None = None,
                      now: datetime | None = None) -> Decision:
    item, now = f"s{suggestion_id}", now or utcnow()
    suggestion = _suggestion(session, suggestion_id)
    _decided(suggestion, "rejected", by, now, note)
    session.flush()
    return Decision(item, "rejected.")


def decide(session: Session, item: str, accept: bool, *, by: str, note: str | None = None,
           now: datetime | None = None) -> Decision:
    """Accept or reject one review item (``c12``, ``s7``)."""
    prefix, number = parse_item(item)
    if prefix == "c":
        return (confirm if accept else dismiss)(session, number, by=by, note=note, now=now)
    return (accept_suggestion if accept else reject_suggestion)(session, number, by=by, note=note, now=now)


# --- ratings and evidence (tracker update) --------------------------------------------------------


def rate(session: Session, commitment_id: int, status: str, *, by: str, note: str | None = None,
         evidence_url: str | None = None, expected_version: int | None = None,
         now: datetime | None = None) -> tuple[str, str, int]:
    """`tracker update --status`: the status changes (store.change_status); a person who
    rates a finding vouches for it (review confirmed, or dismissed with the status).
    Returns (from, to, version)."""
    now = now or utcnow()
    commitment = _commitment(session, commitment_id)
    review = "dismissed" if status == "dismissed" else "confirmed"
    if commitment.review == "unreviewed" or (status == "dismissed") != (commitment.review == "dismissed"):
        if commitment.status != status:  # a refused change logs nothing (change_status refuses it below)
            _set_review(session, commitment, review, by, now, f"rated {status}")
    change = store.change_status(session, commitment_id, status, by=by, note=note, evidence_url=evidence_url,
                                 expected_version=expected_version, now=now)
    return change.from_status, change.to_status, commitment.version


def attach_evidence(session: Session, commitment_id: int, evidence_url: str, *, by: str, note: str | None = None,
                    expected_version: int | None = None, now: datetime | None = None) -> int:
    """`tracker update ID --evidence URL` without --status: logged as "evidence". Returns
    the new version."""
    store.check_evidence_url(evidence_url)
    now = now or utcnow()
    commitment = _commitment(session, commitment_id)
    _check_version(commitment, expected_version)
    _log(session, commitment_id, "evidence", None, None, by, now, note, evidence_url)
    commitment.updated_at = now
    _flush(session, commitment_id)
    return commitment.version


def _check_version(commitment: Commitment, expected_version: int | None) -> None:
    if expected_version is not None and commitment.version != expected_version:
        raise TrackerError(
            f"commitment {commitment.id} is at version {commitment.version}, not {expected_version}: "
            f"someone changed it; see tracker show {commitment.id}")


# --- edits (tracker edit) ------------------------------------------------------------------------

EDITABLE: tuple[str, ...] = ("actor", "action", "target", "kind", "deadline", "amount")


@dataclass(frozen=True, slots=True)
class FieldEdit:
    """One field a person sets: its value as given (None: cleared) and the columns derived
    from it (``deadline_date``; ``amount_value`` and ``unit``)."""

    field: str
    value: str | None
    derived: dict[str, Any] = field(default_factory=dict)


def _main_actor(session: Session, commitment_id: int) -> tuple[int | None, str | None, list[int]]:
    links = session.execute(select(CommitmentActor.actor_id).where(CommitmentActor.commitment_id == commitment_id)
                            .order_by(CommitmentActor.position, CommitmentActor.actor_id)).scalars().all()
    if not links:
        return None, None, []
    actor = session.get(Actor, links[0])
    return links[0], actor.name if actor else None, list(links)


def resolve_actor(session: Session, name: str, lookup: LookupFn | None = None) -> int:
    """The actor ``name`` names (by name, alias or the built-in knowledge), made if new."""
    name = " ".join(name.split())
    if not name:
        raise TrackerError("--actor: the name is empty")
    return store.ActorResolver(session, lookup).resolve(name)


def _relink(session: Session, commitment_id: int, actor_ids: list[int]) -> None:
    session.execute(delete(CommitmentActor).where(CommitmentActor.commitment_id == commitment_id))
    session.add_all(CommitmentActor(commitment_id=commitment_id, actor_id=a, position=p)
                    for p, a in enumerate(actor_ids))


def edit(session: Session, commitment_id: int, edits: Sequence[FieldEdit], *, by: str, note: str | None = None,
         expected_version: int | None = None, lookup: LookupFn | None = None,
         now: datetime | None = None) -> tuple[list[tuple[str, str | None, str | None]], int]:
    """Set fields of a commitment; each change logged as "edit:<field>" (old -> new).
    Returns the changes (field, old, new) and the new version. Refuses a change to
    nothing (every value already as given)."""
    now = now or utcnow()
    commitment = _commitment(session, commitment_id)
    _check_version(commitment, expected_version)
    if commitment.merged_into_id is not None:
        raise TrackerError(f"commitment {commitment_id} was merged into {commitment.merged_into_id}; "
                           f"edit {commitment.merged_into_id}")
    changes: list[tuple[str, str | None, str | None]] = []
    for change in edits:
        if change.field == "actor":
            if change.value is None:
                raise TrackerError("--actor: a commitment needs an actor")
            main_id, old, linked = _main_actor(session, commitment_id)
            new_id = resolve_actor(session, change.value, lookup)
            if new_id == main_id:
                continue
            new = session.get(Actor, new_id)
            _relink(session, commitment_id, [new_id, *(a for a in linked if a not in (new_id, main_id))])
            changes.append(("actor", old, new.name if new else change.value))
            continue
        if change.field == "kind":
            check_kind(change.value or "")
        elif change.field not in EDITABLE:
            raise TrackerError(f"cannot edit {change.field!r}; editable: {', '.join(EDITABLE)}")
        old_value = getattr(commitment, change.field)
        columns = {change.field: change.value, **change.derived}
        if all(getattr(commitment, k) == v for k, v in columns.items()):
            continue
        for key, value in columns.items():
            setattr(commitment, key, value)
        changes.append((change.field, old_value, change.value))
    if not changes:
        raise TrackerError(f"commitment {commitment_id} already has these values; nothing to change")
    for name, old, new in changes:
        _log(session, commitment_id, f"edit:{name}", old, new, by, now, note)
    commitment.updated_at = now
    _flush(session, commitment_id)
    return changes, commitment.version


# --- a commitment a person found (tracker add) -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """Where an added commitment is stated: a stored document (``document``: its id or
    external id) where the sentence is found, or a new one at ``url``."""

    document: str | None = None
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    published: date | None = None


def _stored_document(session: Session, ref: str) -> DocumentRow:
    found = session.get(DocumentRow, int(ref)) if ref.isdigit() and len(ref) < 19 else None
    if found is None:
        found = session.scalars(select(DocumentRow).where(DocumentRow.external_id == ref)
                                .order_by(DocumentRow.id)).first()
    if found is None:
        raise TrackerError(f"--document: no document with id or external id {ref!r}")
    return found


def _locate(text: str, sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` is in ``text``: exactly, else with any run of spaces and line
    breaks between its words (a sentence copied from a page loses the line breaks)."""
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    pattern = r"\s+".join(re.escape(w) for w in sentence.split())
    found = re.search(pattern, text) if pattern else None
    return (found.start(), found.end()) if found else None


def add(session: Session, *, actor: str, action: str, sentence: str, source: Source, kind: str = "commitment",
        target: str | None = None, deadline: FieldEdit | None = None, amount: FieldEdit | None = None,
        said_on: date | None = None, by: str, note: str | None = None, lookup: LookupFn | None = None,
        now: datetime | None = None) -> tuple[int, int, bool]:
    """Store a commitment a person found, with its source; confirmed from the start.
    Returns (commitment id, document id, whether the document is new)."""
    now = now or utcnow()
    check_kind(kind)
    sentence = sentence.strip()
    action = " ".join(action.split())
    if not sentence:
        raise TrackerError("--sentence: the sentence is empty")
    if not action:
        raise TrackerError("--action: the action is empty")
    if (source.document is None) == (source.url is None):
        raise TrackerError("give the source: --source URL (a new document) or --document ID (a stored one)")
    new_document = False
    if source.document is not None:
        document = _stored_document(session, source.document)
        where = _locate(document.text, sentence)
        if where is None:
            raise TrackerError(f"--sentence: not found in the text of document {document.id}")
        start, end = where
        sentence = document.text[start:end]
    else:
        url = store.check_evidence_url(source.url or "")
        text_hash = store.content_hash(sentence)
        document = session.scalars(select(DocumentRow).where(DocumentRow.content_hash == text_hash)).first()
        if document is None:  # the same text is stored once (content_hash is unique)
            document = DocumentRow(external_id=url, publisher=source.publisher, title=source.title, url=url,
                                   published=source.published, text=sentence, content_hash=text_hash,
                                   ingested_at=now)
            session.add(document)
            session.flush()
            new_document = True
        start, end = 0, len(sentence)
    actor_id = resolve_actor(session, actor, lookup)
    columns: dict[str, Any] = {"target": target}
    for given in (deadline, amount):
        if given is not None:
            columns[given.field] = given.value
            columns.update(given.derived)
    commitment = Commitment(kind=kind, action=action, status="open", review="confirmed", created_at=now,
                            updated_at=now, negated=False, **columns)
    session.add(commitment)
    session.flush()
    session.add(CommitmentActor(commitment_id=commitment.id, actor_id=actor_id, position=0))
    session.add(MentionRow(commitment_id=commitment.id, document_id=document.id, sentence=sentence, start=start,
                           end=end, said_on=said_on or document.published, rule=ADDED_RULE,
                           confidence=ADDED_CONFIDENCE, created_at=now))
    _log(session, commitment.id, "add", None, "confirmed", by, now, note)
    session.flush()
    return commitment.id, document.id, new_document

