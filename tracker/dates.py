"""Date parsing shared by the readers and the CLI; light to import (no database, no engine)."""

from __future__ import annotations

from datetime import date, datetime

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


def check_period(since: date | None, until: date | None) -> None:
    """``--since`` and ``--until`` bound one period: the first may not come after the last
    (which would select nothing, silently)."""
    if since is not None and until is not None and since > until:
        raise TrackerError(f"--since {since.isoformat()} is after --until {until.isoformat()}: nothing can match")
