"""`tracker summary`: the report's meter in the terminal, and as rows for the other
formats of the registry (json, jsonl, csv)."""

from __future__ import annotations

import sys
from typing import Any

from tracker.output import formats
from tracker.output.formats import Listing, console, emit, say_more
from tracker.output.safe import terminal_text
from tracker.status import STATUS_LABELS, STATUSES

# Rich colours by status; the status is also a column header, never colour alone.
TERMINAL_COLOURS: dict[str, str] = {
    "open": "grey50", "in_progress": "blue", "stalled": "dark_orange", "fulfilled": "green",
    "partially_fulfilled": "magenta", "broken": "red", "dismissed": "grey70",
}
BAR_WIDTH = 24
ALL = "All commitments"

METER = Listing(fields=("actor", "type", "total", *STATUSES), columns=(), empty="No commitments.")


def meter_rows(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per actor: its name, type, total and a count per status."""
    return [{"actor": a["name"], "type": a["type"], "total": a["total"], **a["counts"]} for a in actors]


def _bar(counts: dict[str, int], scale_to: int) -> Any:
    """A stacked bar, its length by total against the largest (``scale_to``)."""
    from rich.text import Text

    text = Text()
    total = sum(counts.values())
    if not total or not scale_to:
        return text
    length = max(1, round(BAR_WIDTH * total / scale_to))
    used = 0.0
    for status in STATUSES:
        n = counts.get(status, 0)
        if not n:
            continue
        start, used = round(used), used + length * n / total
        text.append("█" * max(round(used) - start, 1 if n else 0), style=TERMINAL_COLOURS.get(status, "white"))
    return text


def print_meter(totals: dict[str, int], actors: list[dict[str, Any]], fmt: str, limit: int | None = None) -> None:
    """The meter in ``fmt``: a table (statuses as columns, a bar, the totals first) or
    any listing format of the registry (one row per actor), of the first ``limit``
    actors (a table: at most TABLE_ROWS unless told, and says how many it left out)."""
    if fmt != "table":
        emit(meter_rows(actors[:limit]), fmt, METER)
        return
    shown = actors[:limit if limit is not None else formats.TABLE_ROWS]
    total = sum(totals.values())
    if not total:
        print(METER.empty, file=sys.stderr)
        return
    from rich import box
    from rich.table import Table
    from rich.text import Text  # names as plain text: a "[red]" in a name is not markup

    statuses = [s for s in STATUSES if totals.get(s)]  # columns for the statuses present
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", caption="A commitment binding two actors counts for each.")
    table.add_column("Actor", max_width=32, overflow="fold")
    table.add_column("Total", justify="right")
    for s in statuses:
        table.add_column(STATUS_LABELS[s], justify="right", style=TERMINAL_COLOURS.get(s), max_width=12)
    table.add_column("Meter", no_wrap=True)
    scale = max([a["total"] for a in actors], default=0)  # actors' bars against the most active one
    table.add_row(ALL, f"{total:,}", *(f"{totals[s]:,}" for s in statuses), _bar(totals, total), end_section=True,
                  style="bold")
    for a in shown:
        table.add_row(Text(terminal_text(a["name"], one_line=True)), f"{a['total']:,}",
                      *(f"{a['counts'].get(s, 0):,}" if a["counts"].get(s) else "" for s in statuses),
                      _bar(a["counts"], scale))
    out = console()
    out.print(table)
    say_more(len(actors) - len(shown), "actors", "--limit N, or --format jsonl for all")
