"""Listing tables, streamed: rows are written as they come, a few at a time, in columns
whose widths the first rows decide, so that a long listing costs time and memory per
row (Rich's Table measures every cell of every row before it prints the first one: 50 s
and 491 MB for 30,000 commitments).

The look is Rich's SIMPLE_HEAD (a bold header, a rule, no borders); a cell wider than
its column wraps at spaces (a word longer than the column is folded). Cells arrive as
plain text already made safe (:func:`tracker.output.safe.terminal_text`, one line): no
markup is read, nothing is obeyed. Light to import (no Rich; its cell widths are
loaded only for text outside ASCII).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TextIO


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: the row key, its header, and how wide it may grow."""

    key: str
    header: str
    max_width: int | None = None
    justify: str = "left"
    min_width: int | None = None  # the text column: narrow terminals squeeze the others first
    no_wrap: bool = False  # short values (ids, statuses, dates) stay on one line


MEASURED_ROWS = 1000  # rows that decide the column widths (a default table's all); later, wider cells wrap
_RULE = "─"
_BOLD, _PLAIN = "\x1b[1m", "\x1b[0m"


def terminal_width(out: TextIO) -> int | None:
    """COLUMNS if set, else the terminal's width; None (no limit) for a pipe or a file,
    where a row on one line serves grep and `less -S` better than a row wrapped to 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(out.fileno()).columns
    except (AttributeError, OSError, ValueError):  # a pipe, a file, a test's buffer
        return None


def wants_bold(out: TextIO) -> bool:
    """A bold header only on a terminal that takes styles (https://no-color.org)."""
    try:
        terminal = out.isatty()
    except (AttributeError, ValueError):
        terminal = False
    return terminal and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


_cell_len: Callable[[str], int] | None = None


def width_of(text: str) -> int:
    """Terminal cells ``text`` takes (a CJK character takes two)."""
    if text.isascii():
        return len(text)
    global _cell_len
    if _cell_len is None:
        from rich.cells import cell_len

        _cell_len = cell_len
    return _cell_len(text)


def _fold(word: str, width: int) -> list[str]:
    """A word longer than the column, cut into pieces of at most ``width`` cells."""
    if word.isascii():
        return [word[i:i + width] for i in range(0, len(word), width)]
    pieces, piece, used = [], "", 0
    for char in word:
        size = width_of(char)
        if used + size > width and piece:
            pieces.append(piece)
            piece, used = "", 0
        piece += char
        used += size
    return [*pieces, piece] if piece else pieces


def wrap(text: str, width: int) -> list[str]:
    """``text`` (one line, single spaces) in lines of at most ``width`` cells."""
    if width_of(text) <= width:
        return [text]
    lines: list[str] = []
    line, used = "", 0
    for word in text.split(" "):
        size = width_of(word)
        if size > width:
            if line:
                lines.append(line)
            *full, line = _fold(word, width) or [""]
            lines += full
            used = width_of(line)
            continue
        if line and used + 1 + size > width:
            lines.append(line)
            line, used = word, size
        else:
            line, used = (f"{line} {word}", used + 1 + size) if line else (word, size)
    lines.append(line)
    return lines


def column_widths(columns: Sequence[Column], rows: Sequence[Sequence[str]], total: int | None) -> list[int]:
    """Each column as wide as its widest cell (at most its max_width); if the table is
    then wider than ``total`` (None: no limit), the widest columns that may wrap give
    way first, down to their min_width."""
    widths = []
    for i, c in enumerate(columns):
        natural = max([width_of(c.header), *(width_of(r[i]) for r in rows)])
        widths.append(max(1, min(natural, c.max_width) if c.max_width else natural))
    floors = [w if c.no_wrap else min(w, c.min_width or 1) for c, w in zip(columns, widths, strict=True)]
    if total is None:
        return widths
    excess = sum(widths) + 3 * len(columns) + 1 - total  # a space each side of a cell, one between, an edge each side
    while excess > 0:
        shrinkable = [i for i, w in enumerate(widths) if w > floors[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] -= 1
        excess -= 1
    return widths


def _line(cells: Iterable[str], columns: Sequence[Column], widths: Sequence[int]) -> str:
    parts = []
    for text, c, w in zip(cells, columns, widths, strict=True):
        pad = w - (len(text) if text.isascii() else width_of(text))
        if pad > 0:
            text = " " * pad + text if c.justify == "right" else text + " " * pad
        parts.append(text)
    return ("  " + "   ".join(parts)).rstrip()


def _row_lines(cells: Sequence[str], columns: Sequence[Column], widths: Sequence[int]) -> list[str]:
    # a no_wrap cell wider than its column (an id of 10,000 after the measured rows) overflows it
    wrapped = [[text] if c.no_wrap else wrap(text, w) for text, c, w in zip(cells, columns, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    if height == 1:
        return [_line((lines[0] for lines in wrapped), columns, widths)]
    return [_line((lines[n] if n < len(lines) else "" for lines in wrapped), columns, widths) for n in range(height)]


def write_table(rows: Iterable[Sequence[str]], columns: Sequence[Column], out: TextIO) -> int:
    """Write ``rows`` (their cells as safe one-line text, in the columns' order) as a
    table to ``out``, a chunk at a time; the number of rows written (none: nothing is)."""
    iterator: Iterator[Sequence[str]] = iter(rows)
    first = list(islice(iterator, MEASURED_ROWS))
    if not first:
        return 0
    widths = column_widths(columns, first, terminal_width(out))
    header = _line((c.header for c in columns), columns, widths)
    if wants_bold(out):
        header = _BOLD + header + _PLAIN
    rule = " " + _RULE * (sum(widths) + 3 * len(columns) - 1)
    out.write(f"\n{header}\n{rule}\n")
    count = 0
    chunk = first
    while chunk:
        lines = [line for cells in chunk for line in _row_lines(cells, columns, widths)]
        out.write("\n".join(lines) + "\n")
        count += len(chunk)
        chunk = list(islice(iterator, MEASURED_ROWS))
    out.write("\n")
    return count
