"""One set of output formats for every listing: table (for people), json, jsonl, csv.

Commands build plain dicts and hand them to :func:`emit`; nothing else prints rows.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from tracker.render import cell, json_default, to_json  # noqa: F401 - re-exported

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Rich is imported when a table is printed (start-up time of `list -f json`)
    from rich.console import Console


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"




@dataclass(frozen=True, slots=True)
class Column:
    """A table column: the row key, its header, and how wide it may grow."""

    key: str
    header: str
    max_width: int | None = None
    justify: str = "left"
    min_width: int | None = None  # the text column: narrow terminals squeeze the others first
    no_wrap: bool = False  # short values (ids, statuses, dates) stay on one line


def console(stderr: bool = False) -> Console:
    # Made per call: tests and pipes swap sys.stdout, and Rich must write to the current one.
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def emit(
    rows: Iterable[dict[str, Any]],
    fmt: Format,
    *,
    fields: Sequence[str],
    columns: Sequence[Column],
    empty: str = "Nothing to show.",
) -> int:
    """Print rows in ``fmt``. json/jsonl keep every value's type; csv has ``fields`` as
    header; the table shows ``columns``. Returns the number of rows printed."""
    out = sys.stdout
    count = 0
    if fmt is Format.jsonl:
        for row in rows:
            out.write(to_json(row) + "\n")
            count += 1
    elif fmt is Format.json:
        data = list(rows)
        out.write(to_json(data, indent=2) + "\n")
        count = len(data)
    elif fmt is Format.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(fields)
        for row in rows:
            writer.writerow([cell(row.get(f)) for f in fields])
            count += 1
    else:
        from rich import box
        from rich.table import Table

        table = Table(box=box.SIMPLE_HEAD, header_style="bold", expand=False)  # light: more room for text
        for c in columns:
            table.add_column(c.header, max_width=c.max_width, min_width=c.min_width, no_wrap=c.no_wrap,
                             overflow="fold", justify=c.justify)  # type: ignore[arg-type]
        for row in rows:
            table.add_row(*(cell(row.get(c.key)) for c in columns))
            count += 1
        if count:
            console().print(table)
        else:
            print(empty, file=sys.stderr)
    return count
