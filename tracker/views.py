"""`tracker list` and `tracker show`, shared by the Typer commands and the fast entry
point (:mod:`tracker.fast`). Light imports: no Typer, no SQLAlchemy on the fast path."""

from __future__ import annotations

import sys
from typing import Any

from tracker import read
from tracker.dates import parse_date
from tracker.render import show_lines, to_json
from tracker.status import check_kind, check_status


LIST_FIELDS = [
    "id", "status", "kind", "actor", "actors", "action", "target", "amount", "amount_value", "unit",
    "deadline", "deadline_date", "negated", "said_on", "speaker", "sentence", "source", "document",
    "url", "confidence", "mentions", "created_at", "updated_at", "version",
]


def default_lookup(name: str) -> Any:
    """The built-in actor knowledge, asked only when the database knows no such name."""
    from tracker import cli  # tests swap cli.Extractor

    return cli._extractor_class().load().lookup_actor(name)


def list_(
    *, fmt: str, db: str | None, actor: str | None = None, status: list[str] | None = None,
    kind: list[str] | None = None, since: str | None = None, until: str | None = None,
    source: str | None = None, search: str | None = None, limit: int | None = None,
    min_confidence: float | None = None,
) -> None:
    query = read.CommitmentQuery(
        actor=actor, statuses=[check_status(s) for s in status or []],
        kinds=[check_kind(k) for k in kind or []],
        since=parse_date(since, "--since") if since else None,
        until=parse_date(until, "--until") if until else None,
        source=source, search=search, min_confidence=min_confidence, limit=limit,
    )
    with read.open_reader(db) as reader:
        found = read.list_rows(reader, query, lookup=default_lookup)
    if not found and actor and not query.actor_ids:
        print(f"No actor named {actor!r} (see tracker actors).", file=sys.stderr)
    from tracker.output import Column, Format, emit  # Rich: only for listings

    emit(
        found, Format(fmt), fields=LIST_FIELDS,
        columns=[
            Column("id", "ID", justify="right", no_wrap=True), Column("status", "Status"),
            Column("kind", "Kind"), Column("actors", "Actor", 22),
            Column("sentence", "Sentence", 80, min_width=24), Column("said_on", "Said"),
            Column("source", "Source", 16),
        ],
        empty="No commitments.",
    )


def show(commitment_id: int, fmt: str, db: str | None) -> None:
    with read.open_reader(db) as reader:
        detail = read.commitment_detail(reader, commitment_id)
    print(to_json(detail, indent=2) if fmt == "json" else "\n".join(show_lines(detail)))
