"""`tracker claims`: the claims stored at ingest (tracker.storage.claims), with the
commitment each matched and the status it suggests."""

from __future__ import annotations

import sys
from typing import Any

from tracker.cli.runtime import Runtime
from tracker.dates import parse_date
from tracker.errors import TrackerError
from tracker.output.formats import Column, Listing, emit
from tracker.status import CLAIM_OUTCOMES
from tracker.storage import read

CLAIMS = Listing(
    fields=("id", "date", "actor", "outcome", "commitment_id", "suggested_status", "suggestion_state", "action",
            "sentence", "source", "url", "rule", "confidence"),
    columns=(
        Column("id", "ID", justify="right", no_wrap=True), Column("date", "Said", no_wrap=True),
        Column("actor", "Actor", 16), Column("outcome", "Outcome", no_wrap=True),
        Column("commitment_id", "For", justify="right", no_wrap=True), Column("suggested_status", "Suggests", no_wrap=True),
        Column("sentence", "Sentence", 70, min_width=24),
    ),
    empty="No claims.",
)


def check_outcome(outcome: str) -> str:
    if outcome not in CLAIM_OUTCOMES:
        raise TrackerError(f"unknown outcome {outcome!r}; valid: {', '.join(CLAIM_OUTCOMES)}")
    return outcome


def list_claims(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.storage.claims import select_claims

    outcomes = [check_outcome(o.lower()) for o in values.get("outcome") or []]
    since, until = values.get("since"), values.get("until")
    actor = values.get("actor")
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        if actor and not read.find_actor_ids(reader, actor, runtime.lookup_actor):
            print(f"No actor named {actor!r} (see tracker actors).", file=sys.stderr)
        rows = select_claims(
            reader, actor=actor, outcomes=outcomes,
            since=parse_date(since, "--since") if since else None,
            until=parse_date(until, "--until") if until else None,
            limit=values.get("limit"), lookup=runtime.lookup_actor,
        )
    emit(rows, values["fmt"], CLAIMS)
