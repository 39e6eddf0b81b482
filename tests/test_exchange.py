"""`tracker export` and `tracker import`: a round trip loses nothing (history included),
importing twice changes nothing, a bad file changes nothing, CSV cells never run as
formulas, and ClaimReview has the shape fact-checkers publish.

The databases are compared by a canonical dump read straight from the tables (every
column of every row, ids replaced by what they point to), not through the exporter.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.conftest import Invoke, ok, one_line_error
from tests.test_postgres import pg_database, pg_url  # noqa: F401  (fixtures)
from tracker.storage import db, exchange
from tracker.storage.models import Base


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def dump(url: str) -> dict[str, Any]:
    """Every row of every table, without ids: a foreign key becomes the natural key of the
    row it points to (a document's hash, an actor's name key, a commitment's dump)."""
    engine = db.open_database(url)
    tables = Base.metadata.tables
    with engine.connect() as c:
        def rows(name: str) -> list[dict[str, Any]]:
            table = tables[name]
            order = [table.c.id] if "id" in table.c else list(table.primary_key.columns)
            return [{k: _plain(v) for k, v in r._mapping.items()} for r in c.execute(select(table).order_by(*order))]

        documents = {r["id"]: r["content_hash"] for r in rows("documents")}
        actors = {r["id"]: r["key"] for r in rows("actors")}

        def strip(row: dict[str, Any], *drop: str) -> dict[str, Any]:
            return {k: v for k, v in row.items() if k not in {"id", *drop}}

        commitments: dict[int, dict[str, Any]] = {
            r["id"]: {**strip(r), "actors": [], "mentions": [], "history": [], "edits": []} for r in rows("commitments")}
        for link in sorted(rows("commitment_actors"), key=lambda r: r["position"]):
            commitments[link["commitment_id"]]["actors"].append((link["position"], actors[link["actor_id"]]))
        for m in rows("mentions"):
            commitments[m["commitment_id"]]["mentions"].append(
                {**strip(m, "commitment_id", "document_id"), "document": documents[m["document_id"]]})
        for h in rows("status_changes"):
            commitments[h["commitment_id"]]["history"].append(strip(h, "commitment_id"))
        for e in rows("commitment_edits"):
            commitments[e["commitment_id"]]["edits"].append(strip(e, "commitment_id"))
        out = {
            "documents": sorted((strip(r) for r in rows("documents")), key=lambda r: r["content_hash"]),
            "actors": sorted(({**strip(r, "parent_id"), "parent": actors.get(r["parent_id"])} for r in rows("actors")),
                             key=lambda r: r["key"]),
            "aliases": sorted((actors[r["actor_id"]], r["alias"], r["key"]) for r in rows("actor_aliases")),
            "commitments": sorted(commitments.values(), key=lambda r: json.dumps(r, sort_keys=True)),
        }
    engine.dispose()
    return out


def test_every_table_and_column_is_exported_or_said_not_to_be() -> None:
    """A new table or column (a migration) must be carried by the export, or say why not:
    else an import would lose it without a word."""
    tables = Base.metadata.tables
    assert sorted(tables) == sorted((*exchange.EXPORTED_TABLES, *exchange.NOT_EXPORTED))
    carried = {"documents": exchange.DOCUMENT_FIELDS, "actors": (*exchange.ACTOR_FIELDS, "key", "loose_key"),  # keys: from the name
               "actor_aliases": ("alias", "key"), "commitments": exchange.COMMITMENT_FIELDS,
               "commitment_actors": ("position",), "mentions": exchange.MENTION_FIELDS,
               "status_changes": tuple(exchange.HISTORY_FIELDS.values()),
               "commitment_edits": tuple(exchange.EDIT_FIELDS.values())}
    carried["commitments"] = (*carried["commitments"], exchange.REVIEW_FIELD)
    for name in exchange.EXPORTED_TABLES:
        own = {c.name for c in tables[name].columns if not c.primary_key and not c.foreign_keys}
        assert own <= set(carried[name]), f"{name}: {sorted(own - set(carried[name]))} not exported"


@pytest.fixture
def rated(loaded: Invoke, run: Invoke, db_path: Path) -> Path:
    """The articles ingested, with a history: two changes on one, one on another."""
    for args in (["1", "-s", "in_progress", "--by", "ann", "--note", "Bill tabled",
                  "--evidence", "https://ex.org/bill"],
                 ["1", "-s", "fulfilled", "--by", "bob", "--evidence", "https://ex.org/law"],
                 ["2", "-s", "broken", "--by", "=cmd|' /C calc'!A0", "--note", "@SUM(A1:A2)"]):
        ok(run("update", *args, "--db", str(db_path)))
    return db_path


def export(run: Invoke, db_path: Path | str, *args: str) -> str:
    return ok(run("export", "--db", str(db_path), *args)).stdout


@pytest.mark.parametrize("name", ["all.json", "all.jsonl.gz"])
def test_round_trip_into_a_new_sqlite_database_loses_nothing(
    run: Invoke, rated: Path, workdir: Path, name: str
) -> None:
    fmt = "jsonl" if ".jsonl" in name else "json"
    result = ok(run("export", "--db", str(rated), "-f", fmt, "--out", name))
    assert result.stderr == f"Exported 5 commitments to {name}.\n"
    copy = workdir / "copy.db"
    result = ok(run("import", name, "--db", str(copy)))
    assert result.stdout == (f"Imported 5 commitments from {name}: 5 new, 0 already here (0 of them completed); "
                             "added 3 documents, 4 actors, 3 status changes.\n")
    before = dump(str(rated))
    assert dump(str(copy)) == before
    assert [h["to_status"] for c in before["commitments"] for h in c["history"]] != []
    # twice: nothing changes
    assert "0 new, 5 already here (0 of them completed)" in ok(run("import", name, "--db", str(copy))).stdout
    assert dump(str(copy)) == before


def test_review_state_and_corrections_travel_and_version_1_files_still_import(
    run: Invoke, rated: Path, workdir: Path
) -> None:
    import sqlite3

    with sqlite3.connect(rated) as conn:
        conn.execute("UPDATE commitments SET review = 'confirmed' WHERE id = 3")
        conn.execute("INSERT INTO commitment_edits (commitment_id, action, old_value, new_value, note, changed_at, "
                     "changed_by) VALUES (3, 'edit:target', NULL, 'schools', 'read the article', "
                     "'2026-05-01 10:00:00', 'ann')")
    ok(run("export", "--db", str(rated), "-f", "jsonl", "--out", "v2.jsonl"))
    copy = workdir / "copy.db"
    ok(run("import", "v2.jsonl", "--db", str(copy)))
    assert dump(str(copy)) == dump(str(rated))
    ok(run("import", "v2.jsonl", "--db", str(copy)))  # the same correction twice is one
    assert dump(str(copy)) == dump(str(rated))

    # a version 1 file (no review, no edits): rated commitments count as reviewed, as migration 0007 decided
    old = [json.loads(line) for line in (workdir / "v2.jsonl").read_text().splitlines()]
    for record in old:
        record.update(format_version=1)
        del record["review"], record["edits"]
    (workdir / "v1.jsonl").write_text(_jsonl(old))
    ok(run("import", "v1.jsonl", "--db", str(workdir / "v1.db")))
    states = dict(sqlite3.connect(workdir / "v1.db").execute("SELECT status, review FROM commitments").fetchall())
    assert states == {"fulfilled": "confirmed", "broken": "confirmed", "open": "unreviewed"}


def test_json_and_jsonl_hold_the_same_records(run: Invoke, rated: Path) -> None:
    whole = json.loads(export(run, rated))
    assert (whole["format"], whole["format_version"]) == ("tracker-export", 2)
    lines = [json.loads(line) for line in export(run, rated, "-f", "jsonl").splitlines()]
    assert all((line.pop("format"), line.pop("format_version"), line.pop("tracker_version")) for line in lines)
    assert lines == whole["commitments"]
    first = whole["commitments"][0]
    assert first["history"][1] == {"from": "in_progress", "to": "fulfilled", "note": None,
                                   "evidence_url": "https://ex.org/law", "at": first["updated_at"], "by": "bob"}
    mention = first["mentions"][0]
    assert mention["document"]["text"][mention["start"]:mention["end"]] == mention["sentence"]
    lecornu = next(a for r in whole["commitments"] for a in r["actors"] if a["name"] == "Sebastien Lecornu")
    assert (lecornu["aliases"], lecornu["parent"]["name"], lecornu["parent"]["type"]) == \
        (["Lecornu"], "France", "country")


def test_export_takes_the_list_filters(run: Invoke, rated: Path) -> None:
    def ids(*args: str) -> list[int]:
        return [r["id"] for r in json.loads(export(run, rated, *args))["commitments"]]

    listed = [r["id"] for r in json.loads(ok(run("list", "--db", str(rated), "-a", "france", "-f", "json")).stdout)]
    assert ids("--actor", "france") == listed
    assert ids("--status", "fulfilled", "--status", "broken") == [1, 2]
    assert ids("--kind", "pledge") == [3]
    assert ids("--search", "nothing like this") == []
    one_line_error(run("export", "--db", str(rated), "--since", "2024-13-01"), "--since: invalid date")


def test_an_import_completes_a_commitment_it_finds_here(
    run: Invoke, rated: Path, workdir: Path, articles: Path
) -> None:
    """Another database that ingested the same articles, unrated: the file's history is
    added after its own, status and version move on; a history gone another way stays."""
    ok(run("export", "--db", str(rated), "--out", "rated.json"))
    other = workdir / "other.db"
    ok(run("ingest", str(articles), "--db", str(other)))
    ok(run("update", "2", "-s", "stalled", "--by", "cy", "--db", str(other)))
    result = ok(run("import", "rated.json", "--db", str(other)))
    assert "0 new, 5 already here (1 of them completed); added 0 documents, 0 actors, 2 status changes" in result.stdout
    assert result.stderr == "1 commitment here had a history other than the file's and kept their own: 2 " \
                            "(see tracker show ID).\n"
    shown = json.loads(ok(run("show", "1", "--db", str(other), "-f", "json")).stdout)
    assert (shown["status"], shown["version"], [h["by"] for h in shown["history"]]) == ("fulfilled", 3, ["ann", "bob"])
    assert json.loads(ok(run("show", "2", "--db", str(other), "-f", "json")).stdout)["status"] == "stalled"
    ok(run("update", "1", "-s", "broken", "--db", str(other), "--if-version", "3"))  # the version is right


def test_csv_is_flat_with_the_current_rating_and_runs_no_formula(run: Invoke, rated: Path) -> None:
    table = list(csv.DictReader(io.StringIO(export(run, rated, "-f", "csv"))))
    assert list(table[0]) == ["id", "actors", "kind", "action", "amount", "deadline", "status", "rated_by", "rated_at",
                              "note", "evidence_url", "sentence", "source", "said_on", "sources"]
    one = table[0]
    assert (one["status"], one["rated_by"], one["evidence_url"], one["sources"]) == \
        ("fulfilled", "bob", "https://ex.org/law", "1")
    date.fromisoformat(one["rated_at"])
    two = next(r for r in table if r["id"] == "2")
    assert (two["rated_by"], two["note"]) == ("'=cmd|' /C calc'!A0", "'@SUM(A1:A2)")
    for row in table:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values()), row


def test_listing_csv_runs_no_formula_either(run: Invoke, workdir: Path, fake_engine: type) -> None:
    # three names: one firm's name with other punctuation would be one actor ("Acme")
    (workdir / "f.txt").write_text("+Acme will cut prices. -Bolt will hire staff. @Crane will open a shop.\n",
                                   encoding="utf-8")
    ok(run("ingest", "f.txt", "--db", "f.db"))
    table = list(csv.DictReader(io.StringIO(ok(run("list", "--db", "f.db", "-f", "csv")).stdout)))
    assert [r["actors"] for r in table] == ["'+Acme", "'-Bolt", "'@Crane"]
    assert [r["sentence"][:2] for r in table] == ["'+", "'-", "'@"]


# What a ClaimReview needs (https://schema.org/ClaimReview and the fact-check markup
# guidelines search engines read): required, then recommended fields.
REQUIRED = ("@context", "@type", "claimReviewed", "reviewRating", "author", "url")
RECOMMENDED = ("itemReviewed", "datePublished")


def test_claimreview_for_the_rated_commitments(run: Invoke, rated: Path) -> None:
    reviews = json.loads(export(run, rated, "-f", "claimreview"))
    assert [r["reviewRating"]["name"] for r in reviews] == ["fulfilled", "broken"]  # open ones are not reviews
    kept, broken = reviews
    for review in reviews:
        assert (review["@context"], review["@type"]) == ("https://schema.org", "ClaimReview")
        assert set(RECOMMENDED) <= set(review)
        assert review["reviewRating"]["@type"] == "Rating" and review["reviewRating"]["alternateName"]
        assert review["author"]["@type"] in ("Person", "Organization") and review["author"]["name"]
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["author"]["@type"] in ("Person", "Organization")
        date.fromisoformat(review["datePublished"])
    assert set(REQUIRED) <= set(kept)
    assert kept["claimReviewed"] == "France will train 7,000 soldiers by 2024."
    assert kept["itemReviewed"]["author"] == {"@type": "Organization", "name": "France"}
    assert kept["reviewRating"]["alternateName"] == "Promise kept"
    assert kept["author"] == {"@type": "Person", "name": "bob"}
    assert (kept["url"], kept["citation"]) == ("https://ex.org/law", ["https://ex.org/bill", "https://ex.org/law"])
    assert "url" not in broken and broken["reviewBody"] == "@SUM(A1:A2)"  # no evidence given: no URL made up
    assert broken["itemReviewed"]["author"] == {"@type": "Person", "name": "Sebastien Lecornu"}


def test_claimreview_carries_when_and_where_it_was_said(run: Invoke, workdir: Path, fake_engine: type) -> None:
    (workdir / "a.txt").write_text("France will close a plant.\n", encoding="utf-8")
    ok(run("ingest", "a.txt", "--db", "d.db", "--source", "Reuters", "--date", "2023-09-28",
           "--url", "https://news.example/a", "--title", "Plant to close"))
    ok(run("update", "1", "-s", "stalled", "--by", "ann", "--db", "d.db"))
    (review,) = json.loads(export(run, "d.db", "-f", "claimreview"))
    claim = review["itemReviewed"]
    assert claim["datePublished"] == "2023-09-28"
    assert claim["appearance"] == [{"@type": "CreativeWork", "url": "https://news.example/a",
                                    "headline": "Plant to close", "publisher": {"@type": "Organization", "name": "Reuters"},
                                    "datePublished": "2023-09-28"}]


# --- bad input: one line, exit 1, nothing written --------------------------------------------------------


def _records(run: Invoke, db_path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in export(run, db_path, "-f", "jsonl").splitlines()]


def _jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def _break(records: list[dict[str, Any]], change: Any) -> str:
    change(records[1])
    return _jsonl(records)


BAD_RECORDS = [
    (lambda r: r.pop("kind"), "bad.jsonl, line 2: missing field 'kind'"),
    (lambda r: r.update(format_version=3), "line 2: export format version 3; this tracker reads versions 1 and 2"),
    (lambda r: r.update(status="kept"), "line 2: unknown status 'kept'"),
    (lambda r: r["mentions"][0].pop("document"), "line 2, mention 1, document: expected an object"),
    (lambda r: r["mentions"][0]["document"].update(text="changed"), "the text does not match its content_hash"),
    (lambda r: r["mentions"][0].update(start="10"), "field 'start' should be int, found str"),
    (lambda r: r.update(created_at="yesterday"), "created_at: invalid timestamp 'yesterday'"),
    (lambda r: r.update(status="stalled"), "line 2: status 'stalled', but its history ends at 'broken'"),
    (lambda r: r.update(mentions=[]), "line 2: a commitment needs at least one mention")]


def test_a_bad_record_changes_nothing(run: Invoke, rated: Path, workdir: Path) -> None:
    """The second line is bad: the good first one is not written either."""
    records = _records(run, rated)
    target = workdir / "target.db"
    ok(run("db", "upgrade", "--db", str(target)))
    empty = dump(str(target))
    for change, message in BAD_RECORDS:
        (workdir / "bad.jsonl").write_text(_break(json.loads(json.dumps(records)), change), encoding="utf-8")
        one_line_error(run("import", "bad.jsonl", "--db", str(target)), message)
    assert dump(str(target)) == empty


def test_a_broken_history_is_refused(run: Invoke, rated: Path, workdir: Path) -> None:
    records = _records(run, rated)
    records[0]["history"].reverse()
    (workdir / "bad.jsonl").write_text(_jsonl(records), encoding="utf-8")
    one_line_error(run("import", "bad.jsonl", "--db", "t2.db"),
                   "line 1, history 1: in_progress -> fulfilled does not follow open")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("bad.jsonl", '{"format": "tracker-export", "format_version": 1\n', "bad.jsonl, line 1: invalid JSON"),
    ("bad.json", '{"format": "tracker-export",\n "format_version": 1,\n "commitments": [}\n',
     "bad.json, line 3: invalid JSON"),
    ("bad.json", '{"format": "tracker-export", "format_version": 1}', "bad.json: missing list 'commitments'"),
    ("other.json", '[1, 2]', "other.json: not a tracker export"),
    ("other.jsonl", '{"id": "x", "text": "France will act."}\n', "other.jsonl, line 1: not a tracker export"),
    ("sheet.csv", "id,actors\n1,France\n", "sheet.csv: a CSV export is flat and cannot be imported"),
])
def test_a_bad_file_is_one_line(run: Invoke, workdir: Path, name: str, content: str, message: str) -> None:
    (workdir / name).write_text(content, encoding="utf-8")
    one_line_error(run("import", name, "--db", "t.db"), message)


def test_missing_binary_or_truncated_files(run: Invoke, rated: Path, workdir: Path) -> None:
    one_line_error(run("import", "nope.json", "--db", "t.db"), "no such file: nope.json")
    (workdir / "bin.jsonl").write_bytes(b"\xff\xfe\x00garbage\n")
    one_line_error(run("import", "bin.jsonl", "--db", "t.db"), "bin.jsonl: not UTF-8 text")
    ok(run("export", "--db", str(rated), "-f", "jsonl", "--out", "all.jsonl.gz"))
    data = (workdir / "all.jsonl.gz").read_bytes()
    (workdir / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    one_line_error(run("import", "cut.jsonl.gz", "--db", "t.db"), "cut.jsonl.gz: cannot read")


def test_export_out_is_written_whole_or_not_at_all(run: Invoke, rated: Path, workdir: Path) -> None:
    one_line_error(run("export", "--db", str(rated), "--out", "no/such/folder/x.json"), "folder no/such/folder")
    one_line_error(run("export", "--db", "missing.db"), "no database at")
    assert sorted(p.name for p in workdir.iterdir() if not p.name.startswith("t.db")) == ["news"]
    ok(run("export", "--db", str(rated), "--out", "x.json.gz"))
    assert json.loads(gzip.decompress((workdir / "x.json.gz").read_bytes()))["format"] == "tracker-export"


# --- PostgreSQL ------------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_round_trip_through_postgresql(run: Invoke, rated: Path, workdir: Path, pg_url: str) -> None:  # noqa: F811
    """SQLite -> export -> PostgreSQL -> export -> a new SQLite: the same content at every step."""
    before = dump(str(rated))
    ok(run("export", "--db", str(rated), "-f", "jsonl", "--out", "a.jsonl"))
    ok(run("import", "a.jsonl", "--db", pg_url))
    assert dump(pg_url) == before
    assert "0 new, 5 already here" in ok(run("import", "a.jsonl", "--db", pg_url)).stdout
    assert dump(pg_url) == before
    ok(run("export", "--db", pg_url, "--out", "b.json"))
    ok(run("import", "b.json", "--db", str(workdir / "back.db")))
    assert dump(str(workdir / "back.db")) == before
