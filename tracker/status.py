"""Vocabularies shared by the store, the CLI and the migrations. (Actor types are the
extraction's: ``tracker.extract.gazetteer.ACTOR_TYPES``, repeated here for
`tracker actors set-type`; stored as given, no constraint.)"""

from __future__ import annotations

from typing import Final

from tracker.errors import TrackerError

# PolitiFact's promise meter, plus `dismissed` for findings a person judged not to be
# commitments (kept, never deleted, so that history stays whole).
STATUSES: Final[tuple[str, ...]] = (
    "open",
    "in_progress",
    "stalled",
    "fulfilled",
    "partially_fulfilled",
    "broken",
    "dismissed",
)
INITIAL_STATUS: Final = "open"

STATUS_LABELS: Final[dict[str, str]] = {
    "open": "Not yet rated",
    "in_progress": "In the works",
    "stalled": "Stalled",
    "fulfilled": "Promise kept",
    "partially_fulfilled": "Compromise",
    "broken": "Promise broken",
    "dismissed": "Dismissed: not a commitment",
}

# Kinds of finding (tracker.extract.KINDS, repeated here so that listing needs no engine).
KINDS: Final[tuple[str, ...]] = ("pledge", "commitment", "intention")

ACTOR_TYPES: Final[tuple[str, ...]] = ("country", "organisation", "party", "company", "person", "government")


# Has a person looked at a machine finding? A finding starts `unreviewed`; `tracker review`
# confirms it into the tracker or dismisses it (status `dismissed`). A commitment a person
# added (`tracker add`) starts confirmed. Independent of the status: the meter rates, the
# review state says whether a person vouches that it is a commitment at all.
REVIEW_STATES: Final[tuple[str, ...]] = ("unreviewed", "confirmed", "dismissed")
INITIAL_REVIEW: Final = "unreviewed"

# What a claim (a later report on a commitment's fate) says happened, and the status it
# suggests when it matches a commitment (None: none). Claims never change a status by themselves.
CLAIM_OUTCOMES: Final[dict[str, str | None]] = {
    "delivered": "fulfilled",  # "has delivered the howitzers", "the plant was closed"
    "partly_delivered": "partially_fulfilled",  # "delivered half of the promised..."
    "progress": "in_progress",  # "began training", "the bill passed its second reading"
    "stalled": "stalled",  # "postponed", "shelved", "delayed"
    "reversed": "broken",  # "scrapped plans to", "broke its promise", "U-turn"
    # a second-hand report of a plan or decision ("Le Monde reported that Acme will close the
    # plant", "according to the FT, ..."): evidence about a commitment, no change of its fate
    "reported": None,
}

# What waits for a person in `tracker review`, besides unreviewed findings.
SUGGESTION_KINDS: Final[tuple[str, ...]] = ("status", "merge")
SUGGESTION_STATES: Final[tuple[str, ...]] = ("pending", "accepted", "rejected")


# Still to be kept or broken: what `tracker due` and `list --overdue` follow (a rated
# outcome, fulfilled or broken, and a dismissed finding are done with).
OPEN_STATUSES: Final[tuple[str, ...]] = ("open", "in_progress", "stalled")


def check_review(review: str) -> str:
    if review not in REVIEW_STATES:
        raise TrackerError(f"unknown review state {review!r}; valid: {', '.join(REVIEW_STATES)}")
    return review


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise TrackerError(f"unknown status {status!r}; valid: {', '.join(STATUSES)}")
    return status


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise TrackerError(f"unknown kind {kind!r}; valid: {', '.join(KINDS)}")
    return kind


# A commitment whose actor the text describes without naming ("Donor nations") binds no
# stored actor (resolution.description-unstored); where its actor's name would be shown,
# the description is, marked so (the views of migration 0010 write the same words).
DESCRIBED_MARK: Final[str] = " (description, no actor)"


def described(description: str | None) -> str | None:
    """"Donor nations" -> "Donor nations (description, no actor)"; None stays None."""
    return f"{description}{DESCRIBED_MARK}" if description else None
