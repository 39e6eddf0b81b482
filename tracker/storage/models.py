"""The database schema as SQLAlchemy models.

The schema is created only by the Alembic migrations in ``tracker/storage/migrations``; a test
checks that these models and the migrations agree (autogenerate finds no difference).
Change a model, then add a migration: ``alembic revision --autogenerate -m "..."``.

The classes of stored documents and mentions are ``DocumentRow`` and ``MentionRow``:
``tracker.extract`` has a ``Document`` (an input being read) and a gazetteer ``Mention``.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from tracker.status import (
    CLAIM_OUTCOMES,
    INITIAL_REVIEW,
    INITIAL_STATUS,
    KINDS,
    REVIEW_STATES,
    STATUSES,
    SUGGESTION_KINDS,
    SUGGESTION_STATES,
)

# Deterministic constraint names: SQLite batch migrations and PostgreSQL both need a
# name to alter or drop a constraint later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite keeps no time zone, so a naive value read from it is UTC by construction;
    PostgreSQL stores ``timestamp with time zone``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give a timezone-aware value (UTC)")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


def in_list(column: str, values: tuple[str, ...]) -> str:
    """SQL text for a CHECK constraint; the migrations render the same string."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DocumentRow(Base):
    """A source document as it was read: the text that mention offsets point into."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String, index=True)  # JSONL id or file path
    publisher: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String)
    path: Mapped[str | None] = mapped_column(String)
    author: Mapped[str | None] = mapped_column(String)
    published: Mapped[date | None] = mapped_column(Date)
    # Deferred: listings never need the full text; `show` and exports load it on demand.
    text: Mapped[str] = mapped_column(Text, deferred=True)
    # sha256 of the text. Unique, so that re-ingesting is a no-op and two concurrent
    # ingests of the same text cannot both store it (insert ... on conflict do nothing).
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    mentions: Mapped[list[MentionRow]] = relationship(back_populates="document")


class Actor(Base):
    """Who is bound by a commitment: a country, organisation, party, company or person."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Name, type and parent are derived from all the evidence (actor_evidence) at the end
    # of each ingest batch, unless a person curated them (the *_curated flags).
    name: Mapped[str] = mapped_column(String)  # canonical name
    key: Mapped[str] = mapped_column(String, unique=True)  # casefolded name, for lookups
    # names.loose_key: the name without legal suffixes, punctuation, spacing ("timewarner")
    loose_key: Mapped[str | None] = mapped_column(String, index=True)
    type: Mapped[str | None] = mapped_column(String(32))
    # A minister belongs to a country's government: `list --actor France` follows parents.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    name_curated: Mapped[bool] = mapped_column(default=False, server_default=false())
    type_curated: Mapped[bool] = mapped_column(default=False, server_default=false())
    parent_curated: Mapped[bool] = mapped_column(default=False, server_default=false())

    parent: Mapped[Actor | None] = relationship(remote_side=[id])
    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", order_by="ActorAlias.alias"
    )


class ActorAlias(Base):
    """Another name of an actor ("Paris", "the French government" for France)."""

    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"))
    alias: Mapped[str] = mapped_column(String)
    key: Mapped[str] = mapped_column(String, index=True)  # casefolded alias

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class ActorEvidence(Base):
    """One document's sighting of an actor: the name it was found under, the type and the
    parent the finding gave. An actor's name, type and parent are votes over these, so
    they do not depend on the order documents were read in."""

    __tablename__ = "actor_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    name: Mapped[str] = mapped_column(String)
    type: Mapped[str | None] = mapped_column(String(32))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)


class ActorPending(Base):
    """Actors with evidence not yet counted: written with each document, emptied when the
    batch's actors are recomputed (also at the start of the next ingest, after a Ctrl-C)."""

    __tablename__ = "actor_pending"

    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), primary_key=True)


class ActorChange(Base):
    """One curation of the actors (rename, merge, set-parent, set-type): who, when, what,
    the old and the new value. Append-only."""

    __tablename__ = "actor_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)  # the actor changed (kept, in a merge)
    action: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String)


class Commitment(Base):
    """What an actor bound itself to; backed by one or more mentions in sources."""

    __tablename__ = "commitments"
    __table_args__ = (
        CheckConstraint(in_list("kind", KINDS), name="kind"),
        CheckConstraint(in_list("status", STATUSES), name="status"),
        CheckConstraint(in_list("review", REVIEW_STATES), name="review"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    action: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[str | None] = mapped_column(String)  # as written: "7,000", "$5 billion"
    amount_value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String)  # "soldiers", "USD", "%"
    deadline: Mapped[str | None] = mapped_column(String)  # as written: "by 2010"
    deadline_date: Mapped[date | None] = mapped_column(Date, index=True)  # for overdue lists
    negated: Mapped[bool] = mapped_column(default=False)  # "will not raise income tax"
    # Could one check it was kept (the extraction's testable rules)? None: undecided.
    testable: Mapped[bool | None] = mapped_column()
    testable_reason: Mapped[str | None] = mapped_column(Text)  # "testable.amount: '$5 billion'"
    # Changed only by tracker.storage.store.change_status, which appends to status_changes.
    status: Mapped[str] = mapped_column(String(32), default=INITIAL_STATUS, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Optimistic locking: every ORM UPDATE checks and bumps it, so two people editing
    # the same commitment cannot silently overwrite each other.
    version: Mapped[int] = mapped_column(Integer)
    # Has a person vouched for it (tracker.status.REVIEW_STATES)? Machine findings start unreviewed.
    review: Mapped[str] = mapped_column(String(16), default=INITIAL_REVIEW, server_default=INITIAL_REVIEW,
                                        index=True)
    # `tracker merge A B` (or an accepted merge suggestion): B's mentions moved to A and B
    # points here, kept for its history; listings leave merged commitments out.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id"), index=True)

    __mapper_args__ = {"version_id_col": version}

    actor_links: Mapped[list[CommitmentActor]] = relationship(
        back_populates="commitment", order_by="CommitmentActor.position"
    )
    mentions: Mapped[list[MentionRow]] = relationship(
        back_populates="commitment", order_by="MentionRow.id"
    )
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="commitment", order_by="StatusChange.id"
    )

    @property
    def actors(self) -> list[Actor]:
        return [link.actor for link in self.actor_links]


class CommitmentActor(Base):
    """Who is bound; position 0 is the main actor ("France and Ukraine pledged")."""

    __tablename__ = "commitment_actors"
    # `list --actor X`: the commitment ids of an actor straight from the index, without
    # visiting the table (covering; replaces the single-column actor_id index).
    __table_args__ = (Index("ix_commitment_actors_actor_id_commitment_id", "actor_id", "commitment_id"),)

    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"), primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    commitment: Mapped[Commitment] = relationship(back_populates="actor_links")
    actor: Mapped[Actor] = relationship()


class MentionRow(Base):
    """One source stating a commitment: the sentence, where it is, who said it, when."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)  # documents.text[start:end] == sentence
    end: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(String)
    said_on: Mapped[date | None] = mapped_column(Date)
    rule: Mapped[str] = mapped_column(String)
    confidence: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # When `tracker reprocess` stopped finding it under the current rules; kept because a
    # person rated its commitment (an unrated one is removed). None: still found.
    stale_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The words the sentence tells its actor by when they name no one ("Donor nations"):
    # shown where the actor would be, never an actor (resolution.description-unstored).
    actor_description: Mapped[str | None] = mapped_column(String)

    commitment: Mapped[Commitment] = relationship(back_populates="mentions")
    document: Mapped[DocumentRow] = relationship(back_populates="mentions")


# `list --actor Lecornu` also finds what a person of that name said (see tracker.storage.read).
Index("ix_mentions_speaker_lower", func.lower(MentionRow.speaker))
# `list --since/--until`: commitments said in a period.
Index("ix_mentions_said_on", MentionRow.said_on)


class StatusChange(Base):
    """One step of a commitment's history. Append-only: database triggers refuse
    UPDATE and DELETE on this table (see the initial migration)."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"), index=True)
    from_status: Mapped[str] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    evidence_url: Mapped[str | None] = mapped_column(String)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String)
    # The hash chain (tracker.storage.ledger): this change's hash over its content and the
    # previous change's hash. NULL only in a row written around the tracker.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))

    commitment: Mapped[Commitment] = relationship(back_populates="history")


class StatusChain(Base):
    """The head of the status history's hash chain, one row (id 1): how many changes,
    the last one's id and hash. Kept apart so that emptying the history shows."""

    __tablename__ = "status_chain"

    id: Mapped[int] = mapped_column(primary_key=True)
    changes: Mapped[int] = mapped_column(Integer, default=0)
    last_id: Mapped[int | None] = mapped_column(Integer)
    last_hash: Mapped[str | None] = mapped_column(String(64))



class CommitmentEdit(Base):
    """One correction of a commitment by a person or by the review: a field edited
    (`tracker edit`), a review decision (confirm, dismiss), a merge or a split, evidence
    attached without a status change. Append-only, like status_changes: old and new
    value as text, who, when, why."""

    __tablename__ = "commitment_edits"

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"), index=True)
    # "edit:<field>", "review", "merge", "split", "evidence", "add" (tracker add: a person found it)
    action: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    evidence_url: Mapped[str | None] = mapped_column(String)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String)


class ClaimRow(Base):
    """What a report says about a commitment's fate ("has delivered the howitzers",
    "scrapped plans to"): found by the claim rules, stored with its source, never a
    commitment itself. ``commitment_id``: the commitment it was matched to, if any."""

    __tablename__ = "claims"
    __table_args__ = (CheckConstraint(in_list("outcome", tuple(CLAIM_OUTCOMES)), name="outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(32))  # tracker.status.CLAIM_OUTCOMES
    action: Mapped[str | None] = mapped_column(Text)  # what was delivered, begun, dropped
    amount: Mapped[str | None] = mapped_column(String)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)  # documents.text[start:end] == sentence
    end: Mapped[int] = mapped_column(Integer)
    said_on: Mapped[date | None] = mapped_column(Date, index=True)
    rule: Mapped[str] = mapped_column(String)
    confidence: Mapped[float] = mapped_column(Float)
    commitment_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Suggestion(Base):
    """Something the machine proposes and a person decides (`tracker review`): a status
    change backed by a claim, or merging two commitments that look like one pledge."""

    __tablename__ = "suggestions"
    __table_args__ = (
        CheckConstraint(in_list("kind", SUGGESTION_KINDS), name="kind"),
        CheckConstraint(in_list("state", SUGGESTION_STATES), name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"), index=True)
    # kind "status": the status the claim suggests, and the claim as evidence
    to_status: Mapped[str | None] = mapped_column(String(32))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)
    # kind "merge": the commitment that looks like the same pledge (merged into commitment_id)
    other_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id"), index=True)
    score: Mapped[float] = mapped_column(Float)  # the matcher's similarity, 0-1
    reason: Mapped[str | None] = mapped_column(Text)  # why: rule ids and what matched
    state: Mapped[str] = mapped_column(String(16), default="pending", server_default="pending", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String)
    note: Mapped[str | None] = mapped_column(Text)


# Made by migration 0006, outside these models (SQL views, a full-text index): the
# comparison of models and migrations (autogenerate, tests) leaves them alone.
OUTSIDE_MODELS: frozenset[str] = frozenset({
    "commitments_view", "mentions_view", "actors_view", "history_view",  # views
    "mentions_fts_content", "mentions_fts",  # SQLite FTS5 (and its shadow tables mentions_fts_*)
    "ix_mentions_sentence_fts", "ix_commitments_action_fts",  # PostgreSQL full-text indexes
})


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic's filter for autogenerate: what the models describe, not what 0006 adds."""
    if name is None:
        return True
    return name not in OUTSIDE_MODELS and not name.startswith("mentions_fts_")
