"""`tracker extract` and the input side it shares with `ingest`, without Typer.

The entry point (:mod:`tracker.cli.entry`) runs `tracker extract` from here when
:func:`tracker.cli.spec.parse` reads its arguments as Typer would: start-up is part of
every extraction's time, and Typer with its option adapters (and pydantic, which it
imports when installed) costs ~0.1 s of it. The Typer command (:mod:`tracker.cli.app`)
runs the same function; anything unusual (--help, a bad value) goes there.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.cli.runtime import Runtime
from tracker.dates import parse_date
from tracker.errors import TrackerError
from tracker.output.formats import Column, Listing, emit

if TYPE_CHECKING:
    from tracker.extract import Document, Extractor
    from tracker.ingest.sources import DocumentReader, Metadata


def echo_warning(message: str) -> None:
    """A warning on stderr, as Typer's echo writes it (loaded only when there is one)."""
    from typer import echo

    echo(f"Warning: {message}", err=True)


def metadata(values: dict[str, Any]) -> Metadata:
    from tracker.ingest.sources import Metadata

    date = values["date"]
    return Metadata(
        source=values["source"], date=parse_date(date, "--date") if date is not None else None,
        url=values["url"], title=values["title"], author=values["author"],
    )


def reader(values: dict[str, Any]) -> DocumentReader:
    """The documents of ``values["paths"]``; what is skipped or repaired (a document over
    --max-document-size, a FIFO, a lone surrogate) is a warning on stderr, and the run goes on."""
    from tracker.ingest.limits import parse_size
    from tracker.ingest.sources import DocumentReader

    limit = parse_size(values["max_document_size"], "--max-document-size")
    return DocumentReader(values["paths"], metadata(values), max_bytes=limit, warn=echo_warning)


SMALL_INPUT = 1_000_000  # bytes: below this, starting worker processes costs more than it saves


def workers(requested: int | None, reader: DocumentReader) -> int:
    if requested is not None:
        return requested
    if reader.bytes_total is None or reader.bytes_total < SMALL_INPUT:
        return 1  # stdin (one document) or a few files
    return os.cpu_count() or 1


def extraction(runtime: Runtime, extractor: Extractor, rules: Path | None, actors: Path | None, workers: int,
               document_of: Callable[[Any], Document | None]) -> Any:
    from tracker.ingest.parallel import Extraction

    return Extraction(extractor, runtime.factory(), rules, actors, workers, document_of)


def documents(reader: Iterable[Document], paths: list[str]) -> Iterator[Document]:
    """The reader's documents, with the first one already read: an unreadable first
    input or an empty folder fails here, before any output or database write."""
    from tracker.ingest.sources import TEXT_SUFFIXES

    docs = iter(reader)
    first = next(docs, None)
    skipped = getattr(reader, "skipped", 0)  # (a folder of precomputed findings skips nothing)
    if first is None and skipped:
        raise TrackerError(f"no documents to read in {' '.join(paths)} ({skipped:,} skipped, see above)")
    if first is None:
        raise TrackerError(f"no documents found in {' '.join(paths)} ({', '.join(TEXT_SUFFIXES)}, .jsonl, .jsonl.gz)")
    return itertools.chain([first], docs)


FINDING_COLUMNS = (
    Column("doc_id", "Document", 24), Column("kind", "Kind"), Column("actor", "Actor", 20),
    Column("speaker", "Speaker", 20), Column("confidence", "Conf.", justify="right"),
    Column("sentence", "Sentence", 80, min_width=24),
)


def interrupted() -> None:
    """Ctrl-C during the extraction: what was printed stays, and the exit status is 130."""
    sys.stdout.flush()
    print("Interrupted.", file=sys.stderr, flush=True)
    raise SystemExit(130)


def extract(runtime: Runtime, values: dict[str, Any], on_interrupt: Callable[[], None] = interrupted) -> None:
    """`tracker extract`: the findings of the documents, printed; nothing stored."""
    from dataclasses import fields as dataclass_fields

    from tracker.extract import Finding

    paths, rules, actors = values["paths"], values["rules"], values["actors"]
    read = reader(values)
    extractor = runtime.load_extractor(rules, actors)
    docs = documents(read, paths)
    listing = Listing([f.name for f in dataclass_fields(Finding)], FINDING_COLUMNS, "No commitments found.")
    if values.get("claims"):  # the claims after each document's findings: kind "claim", with their outcome
        from tracker.extract import Claim

        names = [f.name for f in dataclass_fields(Finding)]
        listing = Listing([*names, *(f.name for f in dataclass_fields(Claim) if f.name not in names)],
                          (*FINDING_COLUMNS[:2], Column("outcome", "Outcome"), *FINDING_COLUMNS[2:]),
                          "No commitments or claims found.")
    try:
        with extraction(runtime, extractor, rules, actors, workers(values["workers"], read), lambda d: d) as running:
            if values.get("claims"):
                rows = (row.to_dict() for _, (findings, claims) in running.map_all(docs)
                        for row in (*findings, *claims))
            else:
                rows = (finding.to_dict() for _, findings in running.map(docs) for finding in findings or ())
            emit(rows, values["fmt"], listing)
    except KeyboardInterrupt:
        on_interrupt()
