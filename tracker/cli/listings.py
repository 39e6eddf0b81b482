"""The read-only commands (`list`, `show`, `actors`): run by the Typer app and by the
entry point alike, with the values :mod:`tracker.cli.spec` declares. Light imports: no
Typer, no SQLAlchemy on the way to an up-to-date SQLite database."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from tracker.cli.runtime import Runtime
from tracker.dates import check_period, parse_date, window_end
from tracker.output import formats
from tracker.output.formats import Column, Listing, emit, emit_record
from tracker.output.show import commitment_lines
from tracker.status import check_kind, check_review, check_status
from tracker.storage import read

COMMITMENTS = Listing(
    fields=read.LIST_FIELDS,
    columns=(
        Column("id", "ID", justify="right", no_wrap=True), Column("status", "Status"),
        Column("kind", "Kind"), Column("actors", "Actor", 22),
        Column("sentence", "Sentence", 80, min_width=24), Column("first_said", "Said", no_wrap=True),
        Column("sources", "Sources", justify="right"), Column("source", "Source", 16),
    ),
    empty="No commitments.",
    noun="commitments", more="--limit N, or --format jsonl for all",
)
# `tracker due` and `list --overdue`: what is due when, soonest first
COMMITMENTS_DUE = Listing(
    fields=COMMITMENTS.fields,
    columns=(
        Column("id", "ID", justify="right", no_wrap=True), Column("deadline_date", "Due", no_wrap=True),
        Column("deadline", "Deadline", 24, min_width=8), Column("status", "Status"), Column("actors", "Actor", 22),
        Column("sources", "Sources", justify="right"), Column("sentence", "Sentence", 80, min_width=24),
    ),
    empty="Nothing due.",
    noun="commitments", more="--limit N, or --format jsonl for all",
)
# `list --actor X`: which actor under X each one came through
COMMITMENTS_VIA = Listing(
    fields=COMMITMENTS.fields,
    columns=(*COMMITMENTS.columns[:4], Column("via", "Via", 20), *COMMITMENTS.columns[4:]),
    empty=COMMITMENTS.empty, noun=COMMITMENTS.noun, more=COMMITMENTS.more,
)
ACTORS = Listing(
    fields=read.ACTOR_FIELDS,
    columns=(Column("name", "Actor", 28), Column("type", "Type"), Column("parent", "Part of", 20),
             Column("aliases", "Aliases", 40), Column("curated", "Curated", 14),
             Column("commitments", "Commitments", justify="right")),
    empty="No actors yet: run tracker ingest first.",
    noun="actors",
)


def commitment_query(values: dict[str, Any]) -> read.CommitmentQuery:
    """The filters of `list`, checked; `export` takes them all, `report` and `summary` the
    ones they declare (spec.SELECTION), the rest left unset."""
    since = parse_date(values["since"], "--since") if values.get("since") else None
    until = parse_date(values["until"], "--until") if values.get("until") else None
    check_period(since, until)
    today = _today(values)
    return read.CommitmentQuery(
        reviews=[check_review(r) for r in values.get("review") or []],
        overdue_on=today if values.get("overdue") else None, by_deadline=bool(values.get("overdue")),
        actor=values.get("actor"), statuses=[check_status(s) for s in values.get("status") or []],
        kinds=[check_kind(k) for k in values.get("kind") or []], since=since, until=until,
        source=values.get("source"), search=values.get("search"), min_confidence=values.get("min_confidence"),
        testable=values.get("testable"), limit=values.get("limit"), exact=bool(values.get("exact")),
    )


def _today(values: dict[str, Any]) -> date:
    """`--today`, else today: what "due" and "overdue" count from."""
    given = values.get("today")
    return parse_date(given, "--today") if given else date.today()


def list_commitments(runtime: Runtime, values: dict[str, Any]) -> None:
    actor, fmt = values["actor"], values["fmt"]
    query = commitment_query(values)
    told = query.limit is not None
    shown = query.limit if told else formats.TABLE_ROWS  # a table is for reading: the first rows, and how many more
    if fmt == "table":
        query.limit = shown + 1  # one more: whether the table leaves some out
    more: int | None = 0
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        found = read.list_rows(reader, query, lookup=runtime.lookup_actor)
        if fmt == "table" and len(found) > shown:
            found = found[:shown]
            # counted when the table cut them by default; after --limit N, not: that count reads every
            # matching row (4 s on a million commitments), and --limit queries answer in 0.3 s
            more = None if told else read.count_selected(reader, query) - shown
    if not found and actor and not query.actor_ids:
        print(f"No actor named {actor!r} (see tracker actors).", file=sys.stderr)
    if values.get("overdue"):
        listing = COMMITMENTS_DUE
    else:
        listing = COMMITMENTS_VIA if actor and not values["exact"] else COMMITMENTS
    emit(found, fmt, listing, limited=True)
    formats.say_more(more, listing.noun, listing.more)


def _rows(runtime: Runtime, values: dict[str, Any], query: read.CommitmentQuery) -> list[dict[str, Any]]:
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        found = read.list_rows(reader, query, lookup=runtime.lookup_actor)
    if not found and query.actor and not query.actor_ids:
        print(f"No actor named {query.actor!r} (see tracker actors).", file=sys.stderr)
    return found


def due_commitments(runtime: Runtime, values: dict[str, Any]) -> None:
    """`tracker due`: still open, with a deadline from today to the end of --within."""
    today = _today(values)
    query = commitment_query({**values, "overdue": None})
    query.due_from, query.due_until = today, window_end(values["within"], today, "--within")
    query.by_deadline = True
    emit(_rows(runtime, values, query), values["fmt"], COMMITMENTS_DUE)


def show_commitment(runtime: Runtime, values: dict[str, Any]) -> None:
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        detail = read.commitment_detail(reader, values["commitment_id"])
    emit_record(detail, values["fmt"], commitment_lines)


def list_actors(runtime: Runtime, values: dict[str, Any]) -> None:
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        rows = read.actor_rows(reader)
    emit(rows, values["fmt"], ACTORS)


READ_ONLY = {"list": list_commitments, "show": show_commitment, "actors": list_actors, "due": due_commitments}
