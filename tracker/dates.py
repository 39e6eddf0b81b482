"""Date parsing shared by the readers and the CLI; light to import (no database, no engine)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from tracker.errors import TrackerError


def parse_date(value: str, where: str, *, allow_time: bool = False) -> date:
    """An ISO date (YYYY-MM-DD); with ``allow_time`` also an ISO datetime (its date)."""
    text = value.strip()
    try:
        if allow_time and len(text) > 10:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise TrackerError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None


_WINDOW = re.compile(r"(\d{1,4})\s*([dwmy])")


def window_end(value: str, start: date, where: str) -> date:
    """The last day of a window of ``value`` ("30d", "2w", "6m", "1y") from ``start``:
    30d from March 1 ends March 31; 1m from January 31 ends February 28."""
    found = _WINDOW.fullmatch(value.strip().lower())
    if found is None:
        raise TrackerError(f"{where}: invalid period {value!r} (expected a number and d, w, m or y: "
                           "30d, 2w, 6m, 1y)")
    count, unit = int(found.group(1)), found.group(2)
    try:
        if unit in "dw":
            return start + timedelta(days=count * (7 if unit == "w" else 1))
        months = count * (12 if unit == "y" else 1)
        year, month = divmod(start.month - 1 + months, 12)
        year += start.year
        return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))
    except (OverflowError, ValueError):
        raise TrackerError(f"{where}: {value!r} reaches beyond the year 9999") from None


def check_period(since: date | None, until: date | None) -> None:
    """``--since`` and ``--until`` bound one period: the first may not come after the last
    (which would select nothing, silently)."""
    if since is not None and until is not None and since > until:
        raise TrackerError(f"--since {since.isoformat()} is after --until {until.isoformat()}: nothing can match")
