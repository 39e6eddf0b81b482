"""The Core tables behind the models, typed, for the modules that write SQL of their own
(store, reprocess, exchange, importer): one place instead of a block in each."""

from __future__ import annotations

from sqlalchemy import Table

from tracker.storage.models import (
    Actor,
    ActorAlias,
    ActorEvidence,
    ActorPending,
    ClaimRow,
    Commitment,
    CommitmentActor,
    CommitmentEdit,
    DocumentRow,
    MentionRow,
    StatusChange,
    Suggestion,
)

documents: Table = DocumentRow.__table__  # type: ignore[assignment]
commitments: Table = Commitment.__table__  # type: ignore[assignment]
links: Table = CommitmentActor.__table__  # type: ignore[assignment]  # commitment_actors
mentions: Table = MentionRow.__table__  # type: ignore[assignment]
actors: Table = Actor.__table__  # type: ignore[assignment]
aliases: Table = ActorAlias.__table__  # type: ignore[assignment]
evidence: Table = ActorEvidence.__table__  # type: ignore[assignment]
pending: Table = ActorPending.__table__  # type: ignore[assignment]
history: Table = StatusChange.__table__  # type: ignore[assignment]
edits: Table = CommitmentEdit.__table__  # type: ignore[assignment]  # commitment_edits
claims: Table = ClaimRow.__table__  # type: ignore[assignment]
suggestions: Table = Suggestion.__table__  # type: ignore[assignment]
