"""quantities.month_days: the days of a month as calendar.monthrange gives them (without
importing calendar at start-up)."""

from __future__ import annotations

import calendar
import subprocess
import sys

import pytest

from tracker.extract.quantities import month_days


def test_month_days_is_calendars() -> None:
    # (leap years and century years, and years outside date's range, which calendar accepts)
    for year in [*range(1896, 2105), 1, 4, 100, 400, 1600, 1700, 9999, 0, -4, 10_000]:
        assert [month_days(year, m) for m in range(1, 13)] == [calendar.monthrange(year, m)[1] for m in range(1, 13)]


@pytest.mark.parametrize("month", [0, 13, -1])
def test_a_bad_month_is_refused_as_calendar_refuses_it(month: int) -> None:
    with pytest.raises(ValueError):
        calendar.monthrange(2024, month)
    with pytest.raises(ValueError):
        month_days(2024, month)


def test_the_engine_starts_without_calendar() -> None:
    code = "import sys, tracker.extract; print('calendar' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
