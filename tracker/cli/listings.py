"""The read-only commands (`list`, `show`, `actors`): run by the Typer app and by the
entry point alike, with the values :mod:`tracker.cli.spec` declares. Light imports: no
Typer, no SQLAlchemy on the way to an up-to-date SQLite database."""

from __future__ import annotations

import sys
from typing import Any

from tracker.cli.runtime import Runtime
from tracker.dates import check_period, parse_date
from tracker.output.formats import Column, Listing, emit, emit_record
from tracker.output.show import commitment_lines
from tracker.status import check_kind, check_status
from tracker.storage import read

COMMITMENTS = Listing(
    fields=read.LIST_FIELDS,
    columns=(
        Column("id", "ID", justify="right", no_wrap=True), Column("status", "Status"),
        Column("kind", "Kind"), Column("actors", "Actor", 22),
        Column("sentence", "Sentence", 80, min_width=24), Column("said_on", "Said"),
        Column("source", "Source", 16),
    ),
    empty="No commitments.",
)
# `list --actor X`: which actor under X each one came through
COMMITMENTS_VIA = Listing(
    fields=COMMITMENTS.fields,
    columns=(*COMMITMENTS.columns[:4], Column("via", "Via", 20), *COMMITMENTS.columns[4:]),
    empty=COMMITMENTS.empty,
)
ACTORS = Listing(
    fields=read.ACTOR_FIELDS,
    columns=(Column("name", "Actor", 28), Column("type", "Type"), Column("parent", "Part of", 20),
             Column("aliases", "Aliases", 40), Column("curated", "Curated", 14),
             Column("commitments", "Commitments", justify="right")),
    empty="No actors yet: run tracker ingest first.",
)


def commitment_query(values: dict[str, Any]) -> read.CommitmentQuery:
    """The filters of `list`, checked; `export` takes them all, `report` and `summary` the
    ones they declare (spec.SELECTION), the rest left unset."""
    since = parse_date(values["since"], "--since") if values.get("since") else None
    until = parse_date(values["until"], "--until") if values.get("until") else None
    check_period(since, until)
    return read.CommitmentQuery(
        actor=values.get("actor"), statuses=[check_status(s) for s in values.get("status") or []],
        kinds=[check_kind(k) for k in values.get("kind") or []], since=since, until=until,
        source=values.get("source"), search=values.get("search"), min_confidence=values.get("min_confidence"),
        testable=values.get("testable"), limit=values.get("limit"), exact=bool(values.get("exact")),
    )


def list_commitments(runtime: Runtime, values: dict[str, Any]) -> None:
    actor = values["actor"]
    query = commitment_query(values)
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        found = read.list_rows(reader, query, lookup=runtime.lookup_actor)
    if not found and actor and not query.actor_ids:
        print(f"No actor named {actor!r} (see tracker actors).", file=sys.stderr)
    emit(found, values["fmt"], COMMITMENTS_VIA if actor and not values["exact"] else COMMITMENTS)


def show_commitment(runtime: Runtime, values: dict[str, Any]) -> None:
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        detail = read.commitment_detail(reader, values["commitment_id"])
    emit_record(detail, values["fmt"], commitment_lines)


def list_actors(runtime: Runtime, values: dict[str, Any]) -> None:
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        rows = read.actor_rows(reader)
    emit(rows, values["fmt"], ACTORS)


READ_ONLY = {"list": list_commitments, "show": show_commitment, "actors": list_actors}
