"""The contract between reading documents, extracting findings and storing them.

`Document` is what a reader produces (a file, a JSON Lines row, stdin); `Finding` is
what the extraction engine produces. Both are plain data so that they can cross a
process boundary (``--workers``) and be printed as JSON unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter
from typing import Any, Literal

Kind = Literal["pledge", "commitment", "intention"]
KINDS: tuple[str, ...] = ("pledge", "commitment", "intention")


@dataclass(frozen=True)
class ActorInfo:
    """A known actor: canonical name, type, other names, and who it belongs to."""

    name: str
    type: str  # country | organisation | party | company | person | government
    aliases: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str  # the JSONL `id`, or the file path as given
    text: str
    title: str | None = None
    source: str | None = None  # publisher, e.g. "Reuters", "US Congress press release: X"
    date: date | None = None  # publication date, when known
    url: str | None = None
    author: str | None = None  # who wrote it, when the author is the actor (press release)
    path: str | None = None  # the file it came from, when it came from a file


@dataclass(slots=True)
class Finding:
    doc_id: str
    start: int  # character offsets of the evidence sentence in Document.text
    end: int  # (Python string indices: text[start:end] == sentence)
    sentence: str
    kind: Kind
    actor: str | None  # canonical name of who is bound
    rule: str  # id of the rule that produced this finding
    confidence: float  # 0..1, see README "Confidence"
    actor_type: str | None = None  # country | organisation | party | company | person
    actors: list[str] = field(default_factory=list)  # all bound actors ("France and Ukraine")
    actor_aliases: list[str] = field(default_factory=list)  # other names of the actor
    # Who the actor belongs to, most specific sensible parent first (storage makes the first
    # one a person's parent): for a person, the party the text gives ("Labour's Gordon Brown",
    # "(R-S.C.)"), the chamber of the title ("Senator" -> United States Senate), the body or
    # country of the role ("French Defence Minister" -> France, "Heineken's chief executive"
    # -> Heineken), then the country those belong to, and for a government role with no
    # country in the text the country the document is most about ("Chancellor Gordon Brown"
    # in a British story -> United Kingdom). For a known body, its parent (gazetteer).
    affiliations: list[str] = field(default_factory=list)
    speaker: str | None = None  # who said it, kept apart from the actor
    action: str | None = None  # the committed action, in words
    target: str | None = None  # target / beneficiary
    amount: str | None = None  # "7,000", "$5 billion" as written
    amount_value: float | None = None
    unit: str | None = None  # "soldiers", "USD", "EUR", "%"
    deadline: str | None = None  # as written: "by 2010", "this year"
    deadline_date: str | None = None  # ISO date, resolved against Document.date
    said_on: str | None = None  # ISO date the statement was made ("on Thursday" -> date)
    negated: bool = False  # "will not raise income tax"
    testable: bool | None = None  # could one check it was kept? None: undecided (testable.py)
    testable_reason: str | None = None  # the rule id and words that decided: "testable.amount: '$5 billion'"
    # the type of each of `actors`, in order ('' where unknown): "Kingfisher Airlines and
    # SpiceJet" -> company, company (resolution.coordination)
    actor_types: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # what dataclasses.asdict gives (lists copied), without its deep-copying walk
        return _as_dict(_FINDING_FIELDS, _finding_values(self), _FINDING_LISTS)


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))


# What a claim says happened (tracker.status.CLAIM_OUTCOMES, repeated: extract imports no base).
OUTCOMES: tuple[str, ...] = ("delivered", "partly_delivered", "progress", "stalled", "reversed", "reported")


@dataclass(slots=True)
class Claim:
    """A statement that reports on a commitment's fate ("has delivered the howitzers",
    "scrapped plans to build a runway"), or a second-hand report of a plan or decision
    ("Le Monde reported that Acme will close the plant": outcome "reported", made from a
    finding by a guard of effect "claim"): never a commitment itself. Its actor fields are
    a Finding's, so that storage resolves its actor the same way."""

    doc_id: str
    start: int  # character offsets of the sentence in Document.text
    end: int
    sentence: str
    outcome: str  # one of OUTCOMES
    actor: str | None  # who delivered, began, dropped (None: an agentless passive)
    rule: str  # id of the claim rule ([[claim]] in claims.toml), or of the guard that made a finding a report
    confidence: float
    actor_type: str | None = None
    actors: list[str] = field(default_factory=list)
    actor_aliases: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    speaker: str | None = None
    action: str | None = None  # what was delivered, begun or dropped, in words
    amount: str | None = None
    said_on: str | None = None  # ISO date, as for findings
    kind: str = "claim"  # so that a reader of `extract --claims` output tells claims from findings

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(_CLAIM_FIELDS, _claim_values(self), _CLAIM_LISTS)


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


def _list_fields(cls: type) -> tuple[str, ...]:
    """The fields declared as lists (a list default): the ones to_dict copies."""
    return tuple(f.name for f in fields(cls) if f.default_factory is list)


def _as_dict(names: tuple[str, ...], values: tuple[Any, ...], lists: tuple[str, ...]) -> dict[str, Any]:
    """``{name: value}`` with the list fields' lists copied (the values read in one C call,
    an attrgetter: a comprehension of getattr costs ~5 times more per finding)."""
    row = dict(zip(names, values))
    for name in lists:
        if isinstance(value := row[name], list):
            row[name] = list(value)
    return row


_finding_values = attrgetter(*_FINDING_FIELDS)
_FINDING_LISTS = _list_fields(Finding)
_claim_values = attrgetter(*_CLAIM_FIELDS)
_CLAIM_LISTS = _list_fields(Claim)
