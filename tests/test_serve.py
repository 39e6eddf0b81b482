"""`tracker serve`: Datasette on the database, read through HTTP as a browser would.

The server test starts the installed `tracker` command on a free loopback port, reads the
commitments view and a search as JSON, and stops it. Select these tests with -m web.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Invoke, ok, one_line_error
from tracker.cli.serve import metadata

pytestmark = pytest.mark.web

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TRACKER = Path(sys.executable).with_name("tracker")
STARTUP = 60.0  # seconds: Datasette starts in a few; a loaded CI machine gets room


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(url: str) -> Any:
    # No proxy: the server is on this machine's loopback.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=10) as response:
        return json.loads(response.read())


def test_serve_the_views_and_a_search_over_http(tmp_path: Path) -> None:
    pytest.importorskip("datasette", reason="Datasette is not installed (pip install '.[web]'); "
                        "tracker serve cannot run without it")
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DATABASE_URL"}
    done = subprocess.run([str(TRACKER), "ingest", str(SEEDS)], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    port = free_port()
    server = subprocess.Popen([str(TRACKER), "serve", "--port", str(port)], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/tracker"
    try:
        deadline = time.monotonic() + STARTUP
        while True:  # bounded: until the server answers, it stops, or the deadline
            try:
                views = get_json(f"{base}.json")
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                assert time.monotonic() < deadline, "tracker serve did not answer"
                time.sleep(0.5)
        assert {v["name"] for v in views["views"]} >= {"commitments_view", "mentions_view", "actors_view",
                                                        "history_view"}

        commitments = get_json(f"{base}/commitments_view.json?_shape=array&_size=max")
        assert len(commitments) == 6  # what `tracker ingest seeds/` reported
        france = [c for c in commitments if c["actor"] == "France"]
        assert france and all(c["sentence"] and c["source"] == "Reuters" and c["sources"] == 1 for c in france)

        facets = get_json(f"{base}/commitments_view.json")["facet_results"]
        assert {"status", "actor", "kind"} <= set(facets)

        found = get_json(f"{base}/mentions_view.json?_search=soldiers&_shape=array")
        assert found and all("soldier" in m["sentence"].lower() for m in found)
        assert len(found) < len(commitments)
        assert get_json(f"{base}/mentions_view.json?_search=submarines&_shape=array") == []  # nothing, not all
        by_words = get_json(f"{base}/search_commitments.json?words=soldier+training&_shape=array")
        assert [c["id"] for c in by_words] == [m["commitment_id"] for m in found]
    finally:
        server.terminate()
        server.wait(timeout=30)
    # stopping `tracker serve` stops the Datasette it ran: nothing answers on the port any more
    deadline = time.monotonic() + STARTUP
    while True:
        try:
            get_json(f"{base}.json")
        except (urllib.error.URLError, ConnectionError):
            break
        assert time.monotonic() < deadline, "Datasette still serves after tracker serve was stopped"
        time.sleep(0.5)


def test_serve_refuses_postgresql_in_one_line(run: Invoke) -> None:
    one_line_error(run("serve", "--db", "postgresql+psycopg://me@127.0.0.1/promises"), "SQLite files only")


def test_serve_without_a_database_says_so(run: Invoke, workdir: Path) -> None:
    one_line_error(run("serve", "--db", str(workdir / "none.db")), "no database at")


def test_serve_without_datasette_says_how_to_install_it(tmp_path: Path) -> None:
    """As on a machine without the web extra: `import datasette` fails."""
    (tmp_path / "t.db").touch()
    code = ("import sys; sys.modules['datasette'] = None; sys.argv = ['tracker', 'serve', '--db', 't.db']\n"
            "from tracker.cli.entry import main; main()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == ("Error: tracker serve needs Datasette: pip install 'commitment-tracker[web]' "
                           "(in a checkout: pip install '.[web]')\n")


def test_metadata_names_the_views_first_and_a_search_table_for_each_search_box() -> None:
    meta = metadata("promises")
    html = meta["databases"]["promises"]["description_html"]
    assert html.index("/promises/commitments_view") < html.index("/promises/mentions_view")
    tables = meta["databases"]["promises"]["tables"]
    assert tables["commitments_view"]["facets"] == ["status", "actor", "kind"]
    assert tables["mentions_view"]["fts_table"] == tables["mentions"]["fts_table"] == "mentions_fts"
