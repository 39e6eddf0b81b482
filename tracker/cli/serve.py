"""`tracker serve`: the database as a browsable site, run by Datasette (the `[web]` extra).

Datasette is what people already use to publish SQLite; we only give it a metadata file:
titles and descriptions, the readable views of migration 0006 named first, facets by
status, actor and kind, and the full-text table behind each search box (so that a
search finds the matching rows, never every row). SQLite only: Datasette reads SQLite.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.status import KINDS, STATUSES
from tracker.storage.location import require_existing, sqlite_file

INSTALL_HINT = "pip install 'commitment-tracker[web]' (in a checkout: pip install '.[web]')"
SEARCH = {"fts_table": "mentions_fts", "fts_pk": "id"}  # rowid of mentions_fts = mentions.id

# What a visitor can search: commitments by their words, through the sentences that state them.
SEARCH_COMMITMENTS = """select * from commitments_view
where id in (select m.commitment_id from mentions m
             where m.id in (select rowid from mentions_fts where mentions_fts match escape_fts(:words)))
order by id"""


def _link(db_name: str, table: str, title: str, what: str) -> str:
    return f'<li><a href="/{db_name}/{table}"><strong>{title}</strong></a>: {what}</li>'


def metadata(db_name: str) -> dict[str, Any]:
    """Datasette's metadata for the database called ``db_name`` (its file name without suffix)."""
    start = "".join((
        _link(db_name, "commitments_view", "Commitments", "one row per commitment: who, what, status, the first "
              "sentence that states it and its source"),
        _link(db_name, "search_commitments", "Search commitments", "by the words of their sentences or action"),
        _link(db_name, "mentions_view", "Sentences", "every sentence that states a commitment, with its source; "
              "searchable"),
        _link(db_name, "actors_view", "Actors", "countries, organisations, parties, companies and people, with "
              "their aliases"),
        _link(db_name, "history_view", "History", "every change of status: from, to, note, evidence, who, when"),
    ))
    return {
        "title": "Commitments and pledges",
        "description_html": (
            "Commitments and pledges found in news and statements by tracker, with the sentences and sources "
            f"that state them and whether they were kept. Start here:<ul>{start}</ul>"
            "The tables below the views are the raw schema."),
        "databases": {db_name: {
            "description_html": f"Start with the views:<ul>{start}</ul>",
            "queries": {"search_commitments": {
                "title": "Search commitments",
                "description": "Commitments whose sentences or action hold all these words, in any order "
                               "(\"tanks\" also finds \"tank\").",
                "sql": SEARCH_COMMITMENTS,
            }},
            "tables": {
                "commitments_view": {
                    "title": "Commitments",
                    "description": f"One row per commitment. status: {', '.join(STATUSES)}; kind: {', '.join(KINDS)}. "
                                   "sentence, speaker, said_on and source are those of the first sentence that "
                                   "states it; sources counts the documents that state it, first_said and last_said when "
                                   "it was said; a commitment merged into another is left out. To search by words, "
                                   "use Search commitments or Sentences.",
                    "facets": ["status", "actor", "kind"],
                    "sort": "id",
                },
                "mentions_view": {
                    "title": "Sentences",
                    "description": "Every sentence that states a commitment (commitment_id), with its speaker, the "
                                   "date it was said and its source. The search box searches these sentences and "
                                   "their commitment's action.",
                    "facets": ["status", "actor", "kind"],
                    "sort": "id",
                    **SEARCH,
                },
                "actors_view": {
                    "title": "Actors",
                    "description": "Who commitments bind; part_of is the actor one belongs to (a minister's "
                                   "country); commitments counts those that bind it.",
                    "facets": ["type"],
                    "sort_desc": "commitments",
                },
                "history_view": {
                    "title": "History",
                    "description": "Every change of a commitment's status, oldest first. Append-only.",
                    "facets": ["to_status", "changed_by"],
                    "sort": "id",
                },
                "mentions": {"description": "Raw table: use Sentences.", **SEARCH},
                "commitments": {"description": "Raw table: use Commitments."},
                "mentions_fts_content": {"hidden": True},
                "alembic_version": {"hidden": True},
            },
        }},
    }


def serve(target: str, host: str, port: int) -> int:
    """Run Datasette on the SQLite database ``target`` until it is stopped; its exit status."""
    path = sqlite_file(target)
    if path is None:
        scheme = target.split("://", 1)[0]
        raise TrackerError(f"tracker serve runs Datasette, which reads SQLite files only, not a {scheme} database")
    require_existing(target)
    try:
        import datasette  # noqa: F401  (only to know it is there: it runs in its own process)
    except ImportError:
        raise TrackerError(f"tracker serve needs Datasette: {INSTALL_HINT}") from None
    from tracker.storage import db

    db.open_database(target)  # the views and the search table exist from migration 0006 on
    with tempfile.TemporaryDirectory(prefix="tracker-serve-") as folder:
        meta = Path(folder) / "metadata.json"
        meta.write_text(json.dumps(metadata(path.stem), indent=2), encoding="utf-8")
        command = [sys.executable, "-m", "datasette", "serve", str(path), "--metadata", str(meta),
                   "--host", host, "--port", str(port)]
        child = subprocess.Popen(command)
        # a SIGTERM to `tracker serve` (a service manager, a test) stops Datasette too, which
        # would otherwise keep serving the database with no parent
        forward = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, lambda *_: child.terminate()) if forward else None
        try:
            return child.wait()
        except KeyboardInterrupt:  # Datasette got the Ctrl-C too and stopped
            child.wait()
            return 130
        finally:
            if forward:
                signal.signal(signal.SIGTERM, previous)
