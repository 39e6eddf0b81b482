"""One registry of output formats (name -> writer) for every listing and for `show`.

A listing (`list`, `actors`, `rules`, `extract`) is a stream of plain dicts described by
a :class:`Listing`; a record (`show`) is one dict with a text of its own. Commands hand
them to :func:`emit` or :func:`emit_record`; nothing else prints rows. A new format is
one writer and one line in :data:`FORMATS`; the command line offers it everywhere its
kind of writer applies.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tracker.output.values import cell, spreadsheet_text, to_json

if TYPE_CHECKING:  # Rich is imported when a table is printed (start-up time of `list -f json`)
    from rich.console import Console


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: the row key, its header, and how wide it may grow."""

    key: str
    header: str
    max_width: int | None = None
    justify: str = "left"
    min_width: int | None = None  # the text column: narrow terminals squeeze the others first
    no_wrap: bool = False  # short values (ids, statuses, dates) stay on one line


@dataclass(frozen=True, slots=True)
class Listing:
    """What a listing holds: every field (json keys, the csv header), the few the table
    shows, and what to say when there is nothing."""

    fields: Sequence[str]
    columns: Sequence[Column]
    empty: str = "Nothing to show."


Row = dict[str, Any]
RowsWriter = Callable[[Iterable[Row], Listing], int]  # returns the number of rows written
RecordWriter = Callable[[Row, Callable[[Row], Iterable[str]]], None]  # the record, its text


def console(stderr: bool = False) -> Console:
    # Made per call: tests and pipes swap sys.stdout, and Rich must write to the current one.
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _table(rows: Iterable[Row], listing: Listing) -> int:
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, header_style="bold", expand=False)  # light: more room for text
    for c in listing.columns:
        table.add_column(c.header, max_width=c.max_width, min_width=c.min_width, no_wrap=c.no_wrap,
                         overflow="fold", justify=c.justify)  # type: ignore[arg-type]
    count = 0
    for row in rows:
        table.add_row(*(cell(row.get(c.key)) for c in listing.columns))
        count += 1
    if count:
        console().print(table)
    else:
        print(listing.empty, file=sys.stderr)
    return count


def _json(rows: Iterable[Row], listing: Listing) -> int:
    data = list(rows)
    sys.stdout.write(to_json(data, indent=2) + "\n")
    return len(data)


def _jsonl(rows: Iterable[Row], listing: Listing) -> int:
    out = sys.stdout
    count = 0
    for row in rows:
        out.write(to_json(row) + "\n")
        count += 1
    return count


def _csv(rows: Iterable[Row], listing: Listing) -> int:
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(listing.fields)
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_text(cell(row.get(f))) for f in listing.fields])
        count += 1
    return count


def _json_record(record: Row, text: Callable[[Row], Iterable[str]]) -> None:
    print(to_json(record, indent=2))


def _text_record(record: Row, text: Callable[[Row], Iterable[str]]) -> None:
    print("\n".join(text(record)))


@dataclass(frozen=True, slots=True)
class Format:
    """How a format writes a listing and how it writes one record (None: it does not)."""

    rows: RowsWriter | None = None
    record: RecordWriter | None = None


# The first listing format is the listings' default, the first record format show's.
FORMATS: dict[str, Format] = {
    "table": Format(rows=_table),
    "text": Format(record=_text_record),
    "json": Format(rows=_json, record=_json_record),
    "jsonl": Format(rows=_jsonl),
    "csv": Format(rows=_csv),
}
LISTING_FORMATS: tuple[str, ...] = tuple(name for name, f in FORMATS.items() if f.rows is not None)
RECORD_FORMATS: tuple[str, ...] = tuple(name for name, f in FORMATS.items() if f.record is not None)


def emit(rows: Iterable[Row], fmt: str, listing: Listing) -> int:
    """Print a listing in ``fmt`` (one of :data:`LISTING_FORMATS`). Returns the number of
    rows printed."""
    writer = FORMATS[fmt].rows
    assert writer is not None, f"{fmt} writes no listing"
    return writer(rows, listing)


def emit_record(record: Row, fmt: str, text: Callable[[Row], Iterable[str]]) -> None:
    """Print one record in ``fmt`` (one of :data:`RECORD_FORMATS`); ``text`` gives its lines."""
    writer = FORMATS[fmt].record
    assert writer is not None, f"{fmt} writes no record"
    writer(record, text)
