"""What is due and what is overdue (`tracker due`, `list --overdue`), how many sources back
a commitment and when it was said, the review filter, and merged commitments left out of
listings: on SQLite and, marked postgres, on PostgreSQL through the same read path."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from tests.conftest import Invoke, ok, one_line_error, rows
from tests.test_postgres import pg_database, pg_url  # noqa: F401 (fixtures)
from tracker.storage import db

DOCUMENTS = (  # (file, publisher, published, text) for the fake engine: "WHO will ACTION by YEAR."
    ("a.txt", "Reuters", "2024-01-10", "France will train 7,000 soldiers by 2024. Lecornu will visit Kyiv by 2024.\n"),
    ("b.txt", "BBC", "2024-02-01", "Ukraine and France pledged to build a fund by 2024. Acme plans to open a plant "
                                   "by 2025.\n"),
    ("c.txt", "Daily", "2024-03-05", "Paris will send tanks by 2024. France will train 7,000 soldiers by 2024.\n"),
)


def build(invoke: Invoke, url: str, folder: Path) -> None:
    """Six commitments: 1 due 2024-06-15 (confirmed; also stated by c.txt, whose commitment
    6 was merged into it, said 2024-03-04), 2 due 2024-06-10 but dismissed in review, 3 due
    2024-05-20, 4 due 2025-12-31, 5 due 2024-06-25 but already fulfilled (so confirmed)."""
    folder.mkdir(exist_ok=True)  # the same paths in every database
    for name, publisher, published, body in DOCUMENTS:
        (folder / name).write_text(body, encoding="utf-8")
        ok(invoke("ingest", str(folder / name), "--source", publisher, "--date", published, "--db", url))
    ok(invoke("update", "5", "--status", "fulfilled", "--by", "ann", "--db", url))
    engine = db.open_database(url)
    # the matcher stored c.txt's "France will train ..." as a second mention of 1; split it off
    # and merge it back, as a person correcting the matcher would: 6 is then merged into 1
    with engine.connect() as conn:
        mention = conn.execute(text("SELECT m.id FROM mentions m JOIN documents d ON d.id = m.document_id "
                                    "WHERE m.commitment_id = 1 AND d.path LIKE '%c.txt'")).scalar_one()
    ok(invoke("split", "1", "--mention", str(mention), "--by", "ann", "--db", url))
    ok(invoke("merge", "1", "6", "--by", "ann", "--db", url))
    with engine.begin() as conn:
        for cid, due in ((1, date(2024, 6, 15)), (2, date(2024, 6, 10)), (3, date(2024, 5, 20)),
                         (5, date(2024, 6, 25))):
            conn.execute(text("UPDATE commitments SET deadline_date = :due WHERE id = :id"), {"due": due, "id": cid})
        conn.execute(text("UPDATE commitments SET review = 'confirmed' WHERE id = 1"))
        conn.execute(text("UPDATE commitments SET review = 'dismissed' WHERE id = 2"))
        conn.execute(text("UPDATE mentions SET said_on = :said WHERE id = :id"), {"said": date(2024, 3, 4), "id": mention})
    engine.dispose()


@pytest.fixture
def life(run: Invoke, db_path: Path, workdir: Path, fake_engine: type) -> Invoke:
    build(run, str(db_path), workdir / "news")

    def invoke(*args: str) -> object:
        return run(*args, "--db", str(db_path))

    return invoke  # type: ignore[return-value]


def ids(result: object) -> list[int]:
    return [r["id"] for r in rows(result)]  # type: ignore[arg-type]


def test_due_lists_open_commitments_due_in_the_window_soonest_first(life: Invoke) -> None:
    assert ids(life("due", "--today", "2024-06-01", "-f", "json")) == [1]  # 2 dismissed, 5 fulfilled
    assert ids(life("due", "--today", "2024-05-01", "--within", "2m", "-f", "json")) == [3, 1]
    assert ids(life("due", "--today", "2024-06-01", "--within", "2y", "-f", "json")) == [1, 4]
    assert ids(life("due", "--today", "2024-06-15", "--within", "0d", "-f", "json")) == [1]  # due today is due
    assert ids(life("due", "--today", "2024-06-16", "--within", "1w", "-f", "json")) == []


def test_due_takes_lists_filters(life: Invoke) -> None:
    assert ids(life("due", "--today", "2024-05-01", "--within", "2m", "--actor", "Ukraine", "-f", "json")) == [3]
    assert ids(life("due", "--today", "2024-05-01", "--within", "2m", "--review", "confirmed", "-f", "json")) == [1]
    assert ids(life("due", "--today", "2024-05-01", "--within", "2m", "--status", "in_progress", "-f", "json")) == []
    assert ids(life("due", "--today", "2024-05-01", "--within", "2m", "-n", "1", "-f", "json")) == [3]


def test_due_table(life: Invoke) -> None:
    result = ok(life("due", "--today", "2024-05-01", "--within", "2m"))
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines == [
        "",
        "  ID   Due          Deadline   Status   Actor             Sources   Sentence",
        " " + "─" * 119,
        "   3   2024-05-20   by 2024    open     Ukraine; France         1   Ukraine and France pledged to build a "
        "fund by 2024.",
        "   1   2024-06-15   by 2024    open     France                  2   France will train 7,000 soldiers by 2024.",
        "",
    ]
    empty = ok(life("due", "--today", "2030-01-01"))
    assert (empty.stdout, empty.stderr) == ("", "Nothing due.\n")


def test_list_overdue(life: Invoke) -> None:
    assert ids(life("list", "--overdue", "--today", "2024-06-01", "-f", "json")) == [3]
    # the most overdue first; a dismissed (2) or rated (5) one is not overdue
    assert ids(life("list", "--overdue", "--today", "2024-07-01", "-f", "json")) == [3, 1]
    assert ids(life("list", "--overdue", "--today", "2024-05-20", "-f", "json")) == []  # due that day: not yet late
    header = ok(life("list", "--overdue", "--today", "2024-06-01")).stdout.splitlines()[1]
    assert header.split() == ["ID", "Due", "Deadline", "Status", "Actor", "Sources", "Sentence"]


def test_list_counts_sources_and_when_said_and_leaves_merged_out(life: Invoke) -> None:
    found = rows(life("list", "-f", "json"))
    assert [(r["id"], r["mentions"], r["sources"], r["first_said"], r["last_said"], r["review"]) for r in found] == [
        (1, 2, 2, "2024-01-10", "2024-03-04", "confirmed"),  # said 2024-03-04 in c.txt, published the 5th
        (2, 1, 1, "2024-01-10", "2024-01-10", "dismissed"),
        (3, 1, 1, "2024-02-01", "2024-02-01", "unreviewed"),
        (4, 1, 1, "2024-02-01", "2024-02-01", "unreviewed"),
        (5, 1, 1, "2024-03-05", "2024-03-05", "confirmed"),  # rated: vouched for
    ]  # 6 was merged into 1
    jsonl = [json.loads(line) for line in ok(life("list", "-f", "jsonl")).stdout.splitlines()]
    assert jsonl == found
    fields, first, *_ = csv.reader(ok(life("list", "-f", "csv")).stdout.splitlines())
    assert fields[fields.index("mentions"):fields.index("mentions") + 4] == [
        "mentions", "sources", "first_said", "last_said"]
    values = dict(zip(fields, first, strict=True))
    assert (values["sources"], values["first_said"], values["last_said"]) == ("2", "2024-01-10", "2024-03-04")
    table = ok(life("list")).stdout.splitlines()
    assert table[1].split()[-4:] == ["Sentence", "Said", "Sources", "Source"]  # first said; last in json and csv
    assert re.search(r"France will train 7,000 soldiers by 2024\.\s+2024-01-10\s+2\s+Reuters", table[3])


def test_a_stale_mention_is_no_source(life: Invoke, db_path: Path) -> None:
    engine = db.open_database(str(db_path))
    with engine.begin() as conn:
        conn.execute(text("UPDATE mentions SET stale_since = '2024-04-01 00:00:00' "
                          "WHERE commitment_id = 1 AND said_on = '2024-03-04'"))
    engine.dispose()
    [one] = [r for r in rows(life("list", "-f", "json")) if r["id"] == 1]
    assert (one["mentions"], one["sources"], one["first_said"], one["last_said"]) == (2, 1, "2024-01-10", "2024-01-10")


def test_list_review_filter(life: Invoke) -> None:
    assert ids(life("list", "--review", "confirmed", "-f", "json")) == [1, 5]  # 5 was rated: a person vouched
    assert ids(life("list", "--review", "dismissed", "-f", "json")) == [2]
    assert ids(life("list", "--review", "unreviewed", "-f", "json")) == [3, 4]
    assert ids(life("list", "--review", "confirmed", "--review", "dismissed", "-f", "json")) == [1, 2, 5]


def test_show_gives_every_source_and_says_where_a_merged_one_went(life: Invoke) -> None:
    lines = ok(life("show", "1")).stdout.splitlines()
    start = lines.index("Sources (2): 2 documents, said 2024-01-10 - 2024-03-04")
    assert [line for line in lines[start + 1:] if line.startswith("  [")] == [
        "  [1] Reuters, 2024-01-10", "  [2] Daily, 2024-03-05"]
    assert any("said 2024-03-04" in line for line in lines[start:])
    merged = ok(life("show", "6")).stdout.splitlines()
    assert merged[1] == "  Merged into #1: its mentions are there now (tracker show 1)"
    assert json.loads(ok(life("show", "6", "-f", "json")).stdout)["merged_into"] == 1
    assert json.loads(ok(life("show", "1", "-f", "json")).stdout)["merged_into"] is None


def test_merged_commitments_are_not_exported_or_counted(life: Invoke, workdir: Path) -> None:
    ok(life("export", "-f", "jsonl", "--out", str(workdir / "all.jsonl")))
    exported = [json.loads(line) for line in (workdir / "all.jsonl").read_text().splitlines()]
    assert 6 not in [r.get("id") for r in exported if "id" in r]
    assert len([r for r in exported if "mentions" in r]) == 5
    france = next(r for r in rows(life("summary", "-f", "json")) if r["actor"] == "France")
    assert (france["total"], france["open"], france["fulfilled"]) == (3, 2, 1)  # 1, 3 and 5; not the merged 6


@pytest.mark.parametrize("args, fragment", [
    (["due", "--within", "3x"], "--within: invalid period '3x' (expected a number and d, w, m or y"),
    (["due", "--within", "0.5y"], "--within: invalid period '0.5y'"),
    (["due", "--within", ""], "--within: invalid period ''"),
    (["due", "--within", "9000y"], "--within: '9000y' reaches beyond the year 9999"),
    (["due", "--today", "tomorrow"], "--today: invalid date 'tomorrow' (expected YYYY-MM-DD)"),
    (["list", "--overdue", "--today", "2024-13-01"], "--today: invalid date '2024-13-01'"),
    (["list", "--review", "maybe"], "unknown review state 'maybe'; valid: unreviewed, confirmed, dismissed"),
])
def test_bad_input_is_one_line(life: Invoke, args: list[str], fragment: str) -> None:
    one_line_error(life(*args), fragment)


def test_due_of_a_missing_database_is_one_line(run: Invoke, workdir: Path) -> None:
    result = run("due", "--db", str(workdir / "none.db"))
    one_line_error(result, "none.db")
    assert not (workdir / "none.db").exists()


@pytest.mark.postgres
def test_due_overdue_and_sources_read_the_same_on_postgresql(
        run: Invoke, pg_url: str, life: Invoke, workdir: Path) -> None:  # noqa: F811
    build(run, pg_url, workdir / "news")
    for args in (["due", "--today", "2024-05-01", "--within", "2m", "-f", "json"],
                 ["due", "--today", "2024-06-01", "--within", "2y", "--actor", "France", "-f", "csv"],
                 ["list", "--overdue", "--today", "2024-07-01", "-f", "json"],
                 ["list", "--review", "unreviewed", "-f", "jsonl"],
                 ["list", "-f", "csv"]):
        stamps = re.compile(r"\d{4}-\d\d-\d\d[T ][\d:.]+(\+00:00)?")
        assert stamps.sub("T", ok(run(*args, "--db", pg_url)).stdout) == stamps.sub("T", ok(life(*args)).stdout), args
    assert ids(run("list", "--overdue", "--today", "2024-07-01", "-f", "json", "--db", pg_url)) == [3, 1]
    assert ok(run("show", "6", "--db", pg_url)).stdout.splitlines()[1].startswith("  Merged into #1")
    engine = db.open_database(pg_url)
    with engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(text(
            "SELECT id, sources, review, first_said, last_said FROM commitments_view ORDER BY id"))] == [
            (1, 2, "confirmed", date(2024, 1, 10), date(2024, 3, 4)),
            (2, 1, "dismissed", date(2024, 1, 10), date(2024, 1, 10)),
            (3, 1, "unreviewed", date(2024, 2, 1), date(2024, 2, 1)),
            (4, 1, "unreviewed", date(2024, 2, 1), date(2024, 2, 1)),
            (5, 1, "confirmed", date(2024, 3, 5), date(2024, 3, 5))]
    engine.dispose()


def test_the_browsing_view_reads_as_list_does(life: Invoke, db_path: Path) -> None:
    """Migration 0009: commitments_view leaves merged commitments out, counts live sources,
    and says when each was first and last said."""
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT id, sources, review, first_said, last_said FROM commitments_view "
                            "ORDER BY id").fetchall() == [
            (1, 2, "confirmed", "2024-01-10", "2024-03-04"), (2, 1, "dismissed", "2024-01-10", "2024-01-10"),
            (3, 1, "unreviewed", "2024-02-01", "2024-02-01"), (4, 1, "unreviewed", "2024-02-01", "2024-02-01"),
            (5, 1, "confirmed", "2024-03-05", "2024-03-05")]


def test_0009_goes_forward_and_back(life: Invoke, db_path: Path) -> None:
    engine = db.open_database(str(db_path))
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        with conn.begin():
            command.downgrade(db.alembic_config(conn), "0007")
    with sqlite3.connect(db_path) as conn:  # 0006's view: the merged 6 is there, no review column
        assert [r[0] for r in conn.execute("SELECT id FROM commitments_view ORDER BY id")] == [1, 2, 3, 4, 5, 6]
        assert "review" not in [c[1] for c in conn.execute("PRAGMA table_info(commitments_view)")]
    db.upgrade(engine)
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM commitments_view ORDER BY id")] == [1, 2, 3, 4, 5]
