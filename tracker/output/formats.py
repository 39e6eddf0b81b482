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
from itertools import islice
from typing import TYPE_CHECKING, Any

from tracker.output.safe import spreadsheet_text, terminal_text
from tracker.output.table import Column, write_table
from tracker.output.values import cell, to_json

if TYPE_CHECKING:  # Rich is imported when the meter or a progress bar is printed (start-up time)
    from rich.console import Console


@dataclass(frozen=True, slots=True)
class Listing:
    """What a listing holds: every field (json keys, the csv header), the few the table
    shows, and what to say when there is nothing."""

    fields: Sequence[str]
    columns: Sequence[Column]
    empty: str = "Nothing to show."
    noun: str = "rows"  # what the rows are, for "... 29,000 more commitments"
    more: str = "--format jsonl or csv"  # how to see the rows a table leaves out


Row = dict[str, Any]
RowsWriter = Callable[[Iterable[Row], Listing], int]  # returns the number of rows written
RecordWriter = Callable[[Row, Callable[[Row], Iterable[str]]], None]  # the record, its text


def console(stderr: bool = False) -> Console:
    # Made per call: tests and pipes swap sys.stdout, and Rich must write to the current one.
    from rich.console import Console

    # markup and emoji codes off: a string printed here is never read as "[link=...]" or ":x:"
    return Console(stderr=stderr, highlight=False, soft_wrap=False, markup=False, emoji=False)


def _table(rows: Iterable[Row], listing: Listing) -> int:
    cells = ([terminal_text(cell(row.get(c.key)), one_line=True) for c in listing.columns] for row in rows)
    count = write_table(cells, listing.columns, sys.stdout)
    if not count:
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


class _RowEnds:
    """The text stream under a CSV writer that ends rows with CRLF, each row's CRLF
    written as LF. The csv module quotes a field only when it holds a character of the
    line terminator (or a separator or quote): with LF alone, a field holding a bare CR
    went out unquoted, and a spreadsheet starts a new row at it, whose first cell the
    text chose (``ok\r=HYPERLINK(...)``). With CRLF it is quoted; the rows still end in LF."""

    def __init__(self, out: Any):
        self.out = out

    def write(self, text: str) -> Any:  # the csv module writes one whole row a call
        return self.out.write(text[:-2] + "\n" if text.endswith("\r\n") else text)


def _csv(rows: Iterable[Row], listing: Listing) -> int:
    import csv

    writer = csv.writer(_RowEnds(sys.stdout), lineterminator="\r\n")
    writer.writerow(listing.fields)
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_text(cell(row.get(f))) for f in listing.fields])
        count += 1
    return count


def _json_record(record: Row, text: Callable[[Row], Iterable[str]]) -> None:
    print(to_json(record, indent=2))


def _text_record(record: Row, text: Callable[[Row], Iterable[str]]) -> None:
    print(terminal_text("\n".join(text(record))))  # the views fold their fields; this catches any left


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


# A table is for reading: it shows at most this many rows unless the command was told how
# many (list --limit N), and says on stderr how many it left out. The other formats are
# for programs and write every row.
TABLE_ROWS = 1000


def emit(rows: Iterable[Row], fmt: str, listing: Listing, *, limited: bool = False) -> int:
    """Print a listing in ``fmt`` (one of :data:`LISTING_FORMATS`). Returns the number of
    rows printed. A table prints the first :data:`TABLE_ROWS` (all when ``limited``: the
    command was told how many) and, if that leaves rows out, reads ``rows`` to the end
    and says on stderr how many it left out."""
    writer = FORMATS[fmt].rows
    assert writer is not None, f"{fmt} writes no listing"
    if fmt != "table" or limited:
        return writer(rows, listing)
    remaining = iter(rows)
    count = writer(islice(remaining, TABLE_ROWS), listing)
    say_more(sum(1 for _ in remaining), listing.noun, listing.more)
    return count


def say_more(more: int | None, noun: str, how: str) -> None:
    """On stderr, after a table that left ``more`` rows out (None: some, not counted):
    how many, and how to see them."""
    if more is None or more > 0:
        sys.stdout.flush()  # after the table, also when both go to one terminal
        print(f"... {f'{more:,} ' if more is not None else ''}more {noun} not shown; use {how}.", file=sys.stderr)


def emit_record(record: Row, fmt: str, text: Callable[[Row], Iterable[str]]) -> None:
    """Print one record in ``fmt`` (one of :data:`RECORD_FORMATS`); ``text`` gives its lines."""
    writer = FORMATS[fmt].record
    assert writer is not None, f"{fmt} writes no record"
    writer(record, text)
