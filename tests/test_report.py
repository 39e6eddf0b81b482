"""`tracker report` and `tracker summary`: what the page embeds against the database,
hostile text, the command line's bad input."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections import Counter
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Invoke, ok, one_line_error
from tests.test_postgres import pg, pg_database, pg_url  # noqa: F401 (fixtures)
from tracker.status import STATUSES
from tracker.storage import overview, read


def rate(tracker: Invoke, *changes: tuple[int, str]) -> None:
    for commitment_id, status in changes:
        ok(tracker("update", str(commitment_id), "--status", status, "--evidence", "https://example.org/e",
                   "--note", f"rated {status}", "--by", "ann"))


@pytest.fixture
def rated(loaded: Invoke) -> Invoke:
    """The three articles (5 commitments), three of them rated, one twice."""
    rate(loaded, (1, "in_progress"), (1, "fulfilled"), (3, "broken"), (4, "stalled"))
    return loaded


def embedded(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)
    assert match is not None
    return json.loads(match.group(1))  # type: ignore[no-any-return]


def sql_counts(db_path: Path) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Commitments by status, and by status per bound actor, straight from the tables."""
    with sqlite3.connect(db_path) as conn:
        totals = Counter(dict(conn.execute("SELECT status, count(*) FROM commitments GROUP BY status").fetchall()))
        per_actor: dict[str, Counter[str]] = {}
        for name, status, n in conn.execute(
            "SELECT a.name, c.status, count(*) FROM actors a JOIN commitment_actors l ON l.actor_id = a.id "
            "JOIN commitments c ON c.id = l.commitment_id GROUP BY a.name, c.status"
        ):
            per_actor.setdefault(name, Counter())[status] = n
    return totals, per_actor


class MeterParser(HTMLParser):
    """The meter as the page shows it: per actor (and 'all'), its total and its counts."""

    def __init__(self) -> None:
        super().__init__()
        self.actors: dict[str, dict[str, Any]] = {}
        self.current: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "li" and "data-actor" in a:
            self.current = self.actors[a["data-actor"] or ""] = {"total": int(a["data-total"] or 0), "counts": {}}
        elif tag == "div" and a.get("class") == "meter-all":
            self.current = self.actors["*"] = {"total": int(a["data-total"] or 0), "counts": {}}
        elif tag == "li" and "data-status" in a and self.current is not None:
            self.current["counts"][a["data-status"]] = int(a["data-count"] or 0)


def shown_meter(page: str) -> dict[str, dict[str, Any]]:
    parser = MeterParser()
    parser.feed(page)
    return parser.actors


def test_the_meter_counts_what_the_database_holds(rated: Invoke, db_path: Path, workdir: Path) -> None:
    ok(rated("report", "--out", "r.html", "--db", str(db_path)))
    page = (workdir / "r.html").read_text(encoding="utf-8")
    totals, per_actor = sql_counts(db_path)
    meter = shown_meter(page)
    assert meter.pop("*") == {"total": sum(totals.values()), "counts": dict(totals)}
    assert {name: m["counts"] for name, m in meter.items()} == {name: dict(c) for name, c in per_actor.items()}
    assert all(m["total"] == sum(per_actor[name].values()) for name, m in meter.items())
    order = [m["total"] for m in meter.values()]
    assert order == sorted(order, reverse=True)  # most active first


def test_the_page_embeds_every_commitment_whole(rated: Invoke, db_path: Path, workdir: Path) -> None:
    ok(rated("report", "--out", "r.html", "--db", str(db_path)))
    data = embedded((workdir / "r.html").read_text(encoding="utf-8"))
    with sqlite3.connect(db_path) as conn:
        statuses = dict(conn.execute("SELECT id, status FROM commitments").fetchall())
        sentences = Counter(conn.execute("SELECT commitment_id FROM mentions").fetchall())
        history = Counter(r[0] for r in conn.execute("SELECT commitment_id FROM status_changes"))
    assert {c["id"]: c["status"] for c in data["commitments"]} == statuses
    assert {c["id"]: len(c["mentions"]) for c in data["commitments"]} == {k[0]: n for k, n in sentences.items()}
    assert {c["id"]: len(c["history"]) for c in data["commitments"] if c["history"]} == dict(history)
    first = next(c for c in data["commitments"] if c["id"] == 1)
    assert [(h["from"], h["to"], h["by"], h["evidence_url"]) for h in first["history"]] == [
        ("open", "in_progress", "ann", "https://example.org/e"), ("in_progress", "fulfilled", "ann", "https://example.org/e")]
    assert [s["id"] for s in data["statuses"]] == list(STATUSES)


def test_the_timeline_counts_commitments_made_and_status_changes(rated: Invoke, db_path: Path) -> None:
    with read.open_reader(str(db_path)) as reader:
        selected = overview.selection(reader, read.CommitmentQuery())
        timeline = overview.timeline(reader, selected)
    with sqlite3.connect(db_path) as conn:
        changes = conn.execute("SELECT count(*) FROM status_changes").fetchone()[0]
        total = conn.execute("SELECT count(*) FROM commitments").fetchone()[0]
    assert sum(m.made for m in timeline.months) + timeline.undated == total
    assert sum(sum(m.changes.values()) for m in timeline.months) == changes
    months = [m.month for m in timeline.months]
    assert months == sorted(months) and len(months) == len(set(months))


def test_filters_and_the_cap(rated: Invoke, db_path: Path, workdir: Path) -> None:
    ok(rated("report", "--out", "f.html", "--status", "open", "--status", "broken", "--db", str(db_path)))
    page = (workdir / "f.html").read_text(encoding="utf-8")
    assert {c["status"] for c in embedded(page)["commitments"]} == {"open", "broken"}
    assert "status open, broken" in page
    totals, _ = sql_counts(db_path)
    assert shown_meter(page)["*"]["counts"] == {s: totals[s] for s in ("open", "broken")}

    result = ok(rated("report", "--out", "c.html", "--limit", "2", "--db", str(db_path)))
    page = (workdir / "c.html").read_text(encoding="utf-8")
    assert [c["id"] for c in embedded(page)["commitments"]] == [5, 4]  # undated: the newest first
    assert "the 2 most recently said of the 5 commitments" in page
    assert shown_meter(page)["*"]["total"] == 5  # the meter counts them all
    assert "(2 in its table)" in result.stdout

    ok(rated("report", "--out", "a.html", "--actor", "ukraine", "--kind", "pledge", "--db", str(db_path)))
    page = (workdir / "a.html").read_text(encoding="utf-8")
    assert [c["id"] for c in embedded(page)["commitments"]] == [3]
    assert "actor ukraine; kind pledge" in page


def test_hostile_text_is_escaped(tracker: Invoke, fake_engine: type, db_path: Path, workdir: Path) -> None:
    evil = "Evil</script><script>pwned=1</script><!--<img src=x onerror=alert(1)>"
    (workdir / "evil.txt").write_text(f"{evil} will open a plant by 2030.\n", encoding="utf-8")
    ok(tracker("ingest", str(workdir / "evil.txt"), "--url", "javascript:alert(1)", "--source", "<b>Bad</b>"))
    ok(tracker("update", "1", "--status", "broken", "--note", "</script><script>alert(2)</script>"))
    ok(tracker("report", "--out", "e.html", "--db", str(db_path)))
    page = (workdir / "e.html").read_text(encoding="utf-8")
    assert page.count("<script") == 2 and page.count("</script>") == 2  # ours: the data and the code
    assert "<img" not in page and "<b>Bad" not in page and "<!--" not in page
    assert "Evil&lt;/script&gt;&lt;script&gt;pwned=1" in page  # the meter names the actor, escaped
    data = embedded(page)
    assert data["commitments"][0]["actors"] == [evil]  # the same text, back from JSON
    assert data["commitments"][0]["history"][0]["note"] == "</script><script>alert(2)</script>"


def test_summary_prints_the_same_meter(rated: Invoke, db_path: Path) -> None:
    totals, per_actor = sql_counts(db_path)
    found = json.loads(ok(rated("summary", "--format", "json", "--db", str(db_path))).stdout)
    assert {r["actor"]: {s: r[s] for s in STATUSES if r[s]} for r in found} == \
        {name: dict(c) for name, c in per_actor.items()}
    assert all(r["total"] == sum(r[s] for s in STATUSES) for r in found)
    table = ok(rated("summary", "--db", str(db_path))).stdout
    assert "All commitments" in table and "Promise kept" in table and "France" in table
    assert re.search(r"All commitments\s+5\b", table)
    assert len(json.loads(ok(rated("summary", "-f", "json", "-n", "1", "--db", str(db_path))).stdout)) == 1
    assert ok(rated("summary", "-f", "csv", "--db", str(db_path))).stdout.splitlines()[0] == \
        "actor,type,total," + ",".join(STATUSES)


def test_summary_of_nothing(rated: Invoke, db_path: Path) -> None:
    result = ok(rated("summary", "--since", "2999-01-01", "--db", str(db_path)))
    assert result.stdout == "" and "No commitments." in result.stderr


@pytest.mark.parametrize("args, fragment", [
    (["--out", "missing/folder/r.html"], "--out: cannot write missing/folder/r.html"),
    (["--out", "."], "is a folder"),
    (["--out", "r.html", "--since", "2024-13-01"], "--since: invalid date '2024-13-01'"),
    (["--out", "r.html", "--until", "yesterday"], "--until: invalid date"),
    (["--out", "r.html", "--status", "kept"], "unknown status 'kept'"),
    (["--out", "r.html", "--kind", "wish"], "unknown kind 'wish'"),
])
def test_bad_input_is_one_line_and_writes_nothing(rated: Invoke, db_path: Path, workdir: Path, args: list[str],
                                                   fragment: str) -> None:
    def files() -> list[str]:  # the database's own -wal and -shm files come and go with its connections
        return sorted(p.name for p in workdir.iterdir() if not p.name.startswith(db_path.name))

    before = files()
    one_line_error(rated("report", *args, "--db", str(db_path)), fragment)
    assert files() == before  # no page, no temporary file


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder(rated: Invoke, db_path: Path, workdir: Path) -> None:
    locked = workdir / "locked"
    locked.mkdir(mode=0o500)
    one_line_error(rated("report", "--out", str(locked / "r.html"), "--db", str(db_path)), "cannot write")


def test_a_read_only_file_system_path(rated: Invoke, db_path: Path) -> None:
    one_line_error(rated("report", "--out", "/proc/r.html", "--db", str(db_path)), "--out: cannot write /proc/r.html")


def test_no_database(run: Invoke, workdir: Path) -> None:
    one_line_error(run("report", "--out", "r.html", "--db", str(workdir / "none.db")), "no database at")
    assert not (workdir / "r.html").exists()
    one_line_error(run("summary", "--db", str(workdir / "none.db")), "no database at")


def test_the_page_replaces_an_old_one_whole_and_is_readable_by_others(rated: Invoke, db_path: Path,
                                                                      workdir: Path) -> None:
    (workdir / "r.html").write_text("old", encoding="utf-8")
    ok(rated("report", "--out", "r.html", "--db", str(db_path)))
    assert (workdir / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (workdir / "r.html").stat().st_mode & 0o044 == 0o044 & ~_umask()
    assert [p.name for p in workdir.iterdir() if p.name.endswith(".tmp")] == []


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_the_footer_names_the_database_without_its_password() -> None:
    assert overview.masked("postgresql+psycopg://me:s3cr@t@db.example/tracker") == \
        "postgresql+psycopg://me:***@db.example/tracker"
    assert overview.masked("postgresql://me@db.example/t") == "postgresql://me@db.example/t"
    assert overview.masked("/tmp/x:y@z.db") == "/tmp/x:y@z.db"


def test_the_page_needs_no_network(rated: Invoke, db_path: Path, workdir: Path) -> None:
    ok(rated("report", "--out", "r.html", "--db", str(db_path)))
    page = (workdir / "r.html").read_text(encoding="utf-8")
    assert not re.search(r'<(script|link|img|iframe)[^>]*\b(src|href)=', page)  # nothing loaded from elsewhere
    assert "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page  # and the browser is told to load nothing


@pytest.mark.postgres
def test_the_same_meter_and_timeline_on_postgresql(pg: Invoke, pg_url: str, rated: Invoke,  # noqa: F811
                                                    db_path: Path, articles: Path, workdir: Path) -> None:
    ok(pg("ingest", str(articles)))
    rate(pg, (1, "in_progress"), (1, "fulfilled"), (3, "broken"), (4, "stalled"))
    assert ok(pg("summary", "-f", "json")).stdout == ok(rated("summary", "-f", "json", "--db", str(db_path))).stdout
    ok(pg("report", "--out", "pg.html"))
    ok(rated("report", "--out", "lite.html", "--db", str(db_path)))
    pages = [(workdir / name).read_text(encoding="utf-8") for name in ("pg.html", "lite.html")]
    assert shown_meter(pages[0]) == shown_meter(pages[1])
    timeline = [re.search(r"<svg.*?</svg>", p, re.S).group() for p in pages]  # type: ignore[union-attr]
    assert timeline[0] == timeline[1]
    assert f'<code id="database">{escape(overview.masked(pg_url))}</code>' in pages[0]


def test_the_chart_leaves_out_stray_dates_and_the_table_keeps_them() -> None:
    from tracker.output.report import timeline_html

    made = {"1909-03": 1, **{f"2005-{m:02d}": 100 for m in range(1, 13)}}
    months = [{"month": m, "made": made.get(m, 0), "changes": {}} for m in overview._months_between("1909-03", "2005-12")]
    page = timeline_html(months, undated=0)
    svg, table = page.split("</svg>")
    assert "1909" not in svg and "2005-01: 100 made" in svg
    assert "not drawn: 1 before 2005-01" in table and '<th scope="row">1909-03</th><td>1</td>' in table
    close = [{"month": m, "made": 5, "changes": {}} for m in overview._months_between("2020-01", "2021-06")]
    assert "not drawn" not in timeline_html(close, undated=0)  # no gap, nothing left out
