"""`tracker report` (one HTML page) and `tracker summary` (the meter in the terminal):
the same selection of commitments, the same meter."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tracker import __version__
from tracker.cli import listings
from tracker.cli.runtime import Runtime
from tracker.errors import TrackerError
from tracker.storage import location, overview, read


def _query(values: dict[str, Any]) -> read.CommitmentQuery:
    # `list`'s filters; this command's --limit counts rows of the page or actors, not commitments
    return listings.commitment_query({**values, "limit": None})


def _actors(meter: overview.Meter) -> list[dict[str, Any]]:
    return [{"name": a.name, "type": a.type, "total": a.total, "counts": a.counts} for a in meter.actors]


def _where(target: str) -> str:
    """The database as the footer names it: the SQLite file, or the URL without password."""
    path = location.sqlite_file(target)
    return str(path) if path is not None else overview.masked(target)


def _open_output(out: Path) -> tuple[Any, Path]:
    """A temporary file next to ``out`` (renamed onto it when the page is whole), opened
    before the database is read, so that an unwritable path fails first."""
    if out.is_dir():
        raise TrackerError(f"--out: {out} is a folder; give a file name such as {out / 'report.html'}")
    try:
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=out.parent, prefix=f".{out.name}.",
                                             suffix=".tmp", delete=False)
    except OSError as e:
        raise TrackerError(f"--out: cannot write {out}: {e.strerror or e}") from None
    return handle, Path(handle.name)


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    total: int  # commitments selected
    embedded: int  # in the page's table


def _page(reader: read.Reader, query: read.CommitmentQuery, limit: int, database: str, runtime: Runtime) -> Page:
    from tracker.output import report

    selected = overview.selection(reader, query, lookup=runtime.lookup_actor)
    meter = overview.meter(reader, selected)
    timeline = overview.timeline(reader, selected)
    commitments = overview.recent(reader, selected, limit)
    text = report.render({
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "version": __version__, "database": database,
        "filters": {"actor": query.actor, "status": list(query.statuses), "kind": list(query.kinds),
                    "since": query.since, "until": query.until},
        "total": meter.total, "limit": limit, "totals": meter.totals, "actors": _actors(meter),
        "timeline": {"months": [{"month": m.month, "made": m.made, "changes": m.changes} for m in timeline.months],
                     "undated": timeline.undated},
        "commitments": commitments,
    })
    return Page(text, meter.total, len(commitments))


def write_report(runtime: Runtime, values: dict[str, Any]) -> None:
    query = _query(values)
    out: Path = values["out"].expanduser()
    target = runtime.database(values["db_url"])
    with read.open_reader(target) as reader:  # a missing database fails before any file is made
        handle, temporary = _open_output(out)
        try:
            with handle:
                page = _page(reader, query, values["limit"], _where(target), runtime)
                handle.write(page.text)
            mask = os.umask(0)  # the mode a new file gets (the temporary file is private)
            os.umask(mask)
            os.chmod(temporary, 0o666 & ~mask)
            os.replace(temporary, out)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    size = len(page.text.encode("utf-8"))
    note = "" if page.embedded == page.total else f" ({page.embedded:,} in its table)"
    print(f"Wrote {out}: {page.total:,} commitments{note}, {size / 1024:,.0f} KB.")


def print_summary(runtime: Runtime, values: dict[str, Any]) -> None:
    from tracker.output.summary import print_meter

    query = _query(values)
    with read.open_reader(runtime.database(values["db_url"])) as reader:
        meter = overview.meter(reader, overview.selection(reader, query, lookup=runtime.lookup_actor))
    print_meter(meter.totals, _actors(meter), values["fmt"], values["limit"])
