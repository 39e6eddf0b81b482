"""tracker reprocess: the current rules over stored documents, findings updated in place,
every human decision (statuses, their history, dismissals) kept.

The first tests run the real engine with a rules file that disables a cue, lowers the
score of another and adds a third; the rest use the conftest fake engine, with a
variant whose rules file can switch its cues off.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from tests.conftest import FakeExtractor, Invoke, Seams, ok, one_line_error, rows
from tracker.extract import Finding
from tracker.storage import db, store
from tracker.storage import reprocess as rp

# --- helpers -----------------------------------------------------------------------------------------

TABLES = ("documents", "actors", "actor_aliases", "commitments", "commitment_actors", "mentions", "status_changes")


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as stored (timestamps and versions included)."""
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


def by_action(tracker: Invoke) -> dict[str, dict[str, Any]]:
    return {r["action"]: r for r in rows(tracker("list", "-f", "json"))}


def detail(tracker: Invoke, commitment_id: int) -> dict[str, Any]:
    return json.loads(ok(tracker("show", str(commitment_id), "-f", "json")).stdout)


# --- the real engine, a changed rules file ---------------------------------------------------------------

D1 = ("Ruritania pledged to build 40 new hospitals by 2026. "
      "Finance Minister Anna Berg said Ruritania will cut the fuel duty next year. "
      "Ruritania intends to reform the rail network. "
      "Ruritania is bent on halving its emissions by 2030.")
D2 = "Acme Industries promised to open a factory in Leeds. The firm will hire 300 workers."

CHANGED_RULES = '''
# commissive.pledge disabled (a pattern that never matches), future.will scored lower, a new cue
[[cue]]
id = "commissive.pledge"
kind = "pledge"
score = 0.9
mode = "verb"
description = "disabled"
pattern = \'\'\'\\bqqqzzz\\b\'\'\'
needs = ["qqqzzz"]

[[cue]]
id = "future.will"
kind = "commitment"
score = 0.6
mode = "modal"
description = "Will / shall / 'll + action, by an agent"
pattern = \'\'\'\\b(?:will|shall|won't|'ll)\\b\'\'\'
needs = ["will", "shall", "won't", "'ll"]

[[cue]]
id = "test.bent_on"
kind = "pledge"
score = 0.8
mode = "adjective"
description = "Is bent on"
pattern = \'\'\'\\b(?:is|are) bent on\\b\'\'\'
needs = ["bent on"]
'''

HOSPITALS, FUEL, RAIL = ("pledged to build 40 new hospitals by 2026", "will cut the fuel duty next year",
                         "intends to reform the rail network")
EMISSIONS, FACTORY, HIRE = ("is bent on halving its emissions by 2030", "promised to open a factory in Leeds",
                            "will hire 300 workers")


@pytest.fixture
def news(workdir: Path) -> Path:
    path = workdir / "news.jsonl"
    path.write_text(
        json.dumps({"id": "d1", "date": "2024-03-01", "source": "Daily Test", "text": D1}) + "\n"
        + json.dumps({"id": "d2", "date": "2024-05-10", "source": "Other Post", "text": D2}) + "\n",
        encoding="utf-8")
    (workdir / "changed.toml").write_text(CHANGED_RULES, encoding="utf-8")
    return path


@pytest.fixture
def rated(tracker: Invoke, news: Path) -> dict[str, dict[str, Any]]:
    """The two documents ingested with the built-in rules; two commitments rated."""
    ok(tracker("ingest", str(news)))
    found = by_action(tracker)
    assert set(found) == {HOSPITALS, FUEL, RAIL, FACTORY, HIRE}  # not EMISSIONS: no built-in cue for it
    fuel, hospitals = found[FUEL]["id"], found[HOSPITALS]["id"]
    ok(tracker("update", str(fuel), "-s", "in_progress", "--by", "ann"))
    ok(tracker("update", str(fuel), "-s", "fulfilled", "--by", "bob", "--note", "Duty cut in the budget",
               "--evidence", "https://example.org/budget"))
    ok(tracker("update", str(hospitals), "-s", "broken", "--by", "ann", "--note", "Only 12 built"))
    return found


def test_a_changed_rules_file_keeps_statuses_and_history(tracker: Invoke, rated: dict[str, dict[str, Any]]) -> None:
    fuel, hospitals = rated[FUEL]["id"], rated[HOSPITALS]["id"]
    before = {i: detail(tracker, i) for i in (fuel, hospitals)}

    result = ok(tracker("reprocess", "--rules", "changed.toml"))
    assert result.stdout.splitlines() == [
        "Read 2 documents again.",
        "Findings: 1 added, 2 updated, 1 unchanged, 2 vanished.",
        f"Vanished: 1 kept because rated, now marked stale (commitments {hospitals}); "
        "1 removed (nobody had rated them).",
    ]
    now = by_action(tracker)
    assert set(now) == {HOSPITALS, FUEL, RAIL, EMISSIONS, HIRE}  # the unrated factory pledge is gone
    # changed by the rules, rated: updated in place, its status and whole history kept
    after = detail(tracker, fuel)
    assert (after["status"], after["history"]) == ("fulfilled", before[fuel]["history"])
    assert [(h["from"], h["to"], h["by"]) for h in after["history"]] == [
        ("open", "in_progress", "ann"), ("in_progress", "fulfilled", "bob")]
    assert after["mentions"][0]["confidence"] < before[fuel]["mentions"][0]["confidence"]
    assert after["version"] == before[fuel]["version"] + 1 and not after["stale"]
    # no longer found, rated: kept, marked stale, status and history untouched
    kept = detail(tracker, hospitals)
    assert (kept["status"], kept["history"], kept["stale"]) == ("broken", before[hospitals]["history"], True)
    assert kept["mentions"][0]["stale_since"] is not None
    assert "  Stale:    the current rules no longer find it" in ok(tracker("show", str(hospitals))).stdout
    # found by the new cue: a new, unrated commitment
    assert (now[EMISSIONS]["status"], now[EMISSIONS]["kind"], now[EMISSIONS]["version"]) == ("open", "pledge", 1)
    assert now[RAIL]["version"] == 1  # unchanged: not even its version moved

    # the same rules again: nothing to do; the stale one is still reported
    again = ok(tracker("reprocess", "--rules", "changed.toml")).stdout.splitlines()
    assert again == ["Read 2 documents again.", "Findings: 0 added, 0 updated, 4 unchanged, 0 vanished.",
                     f"Still not found, kept as stale since an earlier run: 1 (commitments {hospitals})."]

    # back to the built-in rules: the stale finding is found again, as itself
    back = ok(tracker("reprocess")).stdout.splitlines()
    assert back == ["Read 2 documents again.", "Findings: 1 added, 3 updated, 1 unchanged, 1 vanished.",
                    "Vanished: 0 kept because rated, now marked stale; 1 removed (nobody had rated them)."]
    restored = detail(tracker, hospitals)
    assert (restored["status"], restored["history"], restored["stale"]) == ("broken", before[hospitals]["history"], False)
    assert set(by_action(tracker)) == {HOSPITALS, FUEL, RAIL, FACTORY, HIRE}


def test_dry_run_changes_nothing_and_says_the_same(tracker: Invoke, rated: dict[str, Any], db_path: Path) -> None:
    stored = dump(db_path)
    dry = ok(tracker("reprocess", "--rules", "changed.toml", "--dry-run")).stdout.splitlines()
    assert dump(db_path) == stored
    assert dry[0] == "Read 2 documents again (dry run: nothing changed; this is what would change)."
    real = ok(tracker("reprocess", "--rules", "changed.toml")).stdout.splitlines()
    assert dry[1:] == real[1:] and dump(db_path) != stored


# --- the fake engine: filters, bad input, interruption -------------------------------------------------


class SwitchableFake(FakeExtractor):
    """The fake engine; a rules file lists rule ids to switch off, one a line."""

    off: frozenset[str] = frozenset()

    @classmethod
    def load(cls, rules_path: Path | None = None, actors_path: Path | None = None) -> FakeExtractor:
        engine = super().load(rules_path, actors_path)
        if rules_path is not None:
            engine.off = frozenset(rules_path.read_text().split())  # type: ignore[attr-defined]
        return engine

    def extract(self, doc: Any) -> list[Finding]:
        return [f for f in super().extract(doc) if f.rule not in self.off]


@pytest.fixture
def corpus(tracker: Invoke, workdir: Path, seams: Seams) -> Invoke:
    seams.extractor = SwitchableFake
    (workdir / "c.jsonl").write_text("".join(json.dumps(d) + "\n" for d in [
        {"id": "n1", "text": "France will train 500 pilots. Acme pledged to hire staff.", "date": "2023-01-10",
         "source": "Daily Test"},
        {"id": "n2", "text": "Ukraine will build a bridge.", "date": "2023-06-01", "source": "Other Post"},
        {"id": "n3", "text": "Acme plans to open a plant.", "source": "Daily Test"},
    ]))
    (workdir / "no-will.txt").write_text("fake.will\n")
    ok(tracker("ingest", "c.jsonl"))
    return tracker


@pytest.mark.parametrize("args, documents", [
    ([], 3),
    (["--doc", "n2"], 1),
    (["--doc", "2"], 1),  # the stored id
    (["--source", "daily"], 2),
    (["--since", "2023-02-01"], 1),
    (["--until", "2023-06-01"], 2),  # n3 has no date: a date filter leaves it out
    (["--actor", "Acme"], 2),
    (["--actor", "paris"], 1),  # an alias of France
    (["--actor", "France", "--source", "other"], 0),
])
def test_filters_select_documents(corpus: Invoke, args: list[str], documents: int) -> None:
    out = ok(corpus("reprocess", *args)).stdout
    if documents:
        assert out.splitlines()[0] == f"Read {documents} document{'s' if documents > 1 else ''} again."
    else:
        assert out == "No stored document matches; nothing to do.\n"


def test_only_the_selected_documents_change(corpus: Invoke) -> None:
    out = ok(corpus("reprocess", "--rules", "no-will.txt", "--doc", "n2")).stdout.splitlines()
    assert out[1] == "Findings: 0 added, 0 updated, 0 unchanged, 1 vanished."
    assert [r["action"] for r in rows(corpus("list", "-f", "json"))] == ["train 500 pilots", "hire staff", "open a plant"]


@pytest.mark.parametrize("args, message", [
    (["--doc", "nope"], "no document with id or external id 'nope'"),
    (["--doc", "99"], "no document with id or external id '99'"),
    (["--doc", "nope", "--source", "daily"], "no document with id or external id 'nope'"),
    (["--rules", "bad.toml"], "bad.toml: rule 'x.y': missing 'pattern'"),
    (["--rules", "missing.toml"], "--rules: no such file: missing.toml"),
    (["--since", "2023-02-30"], "--since: invalid date '2023-02-30' (expected YYYY-MM-DD)"),
    (["--until", "June"], "--until: invalid date 'June'"),
    (["--actor", "Nobody"], "no actor named 'Nobody'"),
])
def test_bad_input_fails_cleanly_and_changes_nothing(corpus: Invoke, workdir: Path, db_path: Path,
                                                     args: list[str], message: str) -> None:
    (workdir / "bad.toml").write_text("x")
    stored = dump(db_path)
    one_line_error(corpus("reprocess", "--rules", "no-will.txt", *args), message)
    assert dump(db_path) == stored


def test_no_database_is_created(run: Invoke, workdir: Path, fake_engine: type) -> None:
    one_line_error(run("reprocess", "--db", str(workdir / "none.db")), "no database at")
    assert not (workdir / "none.db").exists()


class InterruptedFake(SwitchableFake):
    """Ctrl-C while reading the third document."""

    def extract(self, doc: Any) -> list[Finding]:
        if doc.doc_id == "n3":
            raise KeyboardInterrupt
        return super().extract(doc)


def test_an_interrupted_run_writes_nothing_of_its_batch(corpus: Invoke, seams: Seams, db_path: Path) -> None:
    stored = dump(db_path)
    seams.extractor = InterruptedFake
    result = corpus("reprocess", "--rules", "no-will.txt")
    assert result.exit_code == 130 and "Interrupted; the batch in progress was not written." in result.stderr
    assert dump(db_path) == stored


def test_a_rated_finding_the_fake_no_longer_finds(corpus: Invoke) -> None:
    """Dismissed is a rating too: kept, stale; the unrated ones are removed."""
    ok(corpus("update", "1", "-s", "dismissed", "--note", "a forecast"))
    out = ok(corpus("reprocess", "--rules", "no-will.txt")).stdout.splitlines()
    assert out[1:] == ["Findings: 0 added, 0 updated, 2 unchanged, 2 vanished.",
                       "Vanished: 1 kept because rated, now marked stale (commitments 1); 1 removed (nobody had rated them)."]
    listed = {r["id"]: (r["status"], r["stale"]) for r in rows(corpus("list", "-f", "json"))}
    assert listed == {1: ("dismissed", True), 2: ("open", False), 4: ("open", False)}


# --- the library: matching, and a change of actor -----------------------------------------------------


def S(start: int, end: int, kind: str, action: str | None) -> rp.Span:
    return rp.Span(start, end, kind, action)


def test_match_pairs_the_same_finding() -> None:
    stored = [S(0, 40, "commitment", "cut taxes"), S(0, 40, "intention", "raise spending on schools")]
    found = [S(0, 40, "intention", "raise spending on schools"), S(0, 40, "commitment", "cut taxes for families")]
    assert rp.match(stored, found) == [(0, 1), (1, 0)]  # by action, whatever the order or a lengthened action


def test_match_refuses_a_different_action_in_the_same_sentence() -> None:
    assert rp.match([S(0, 40, "commitment", "cut taxes")], [S(0, 40, "commitment", "cut spending")]) == []
    assert rp.match([S(0, 40, "pledge", None)], [S(0, 40, "pledge", "build a fund")]) == []


def test_match_follows_a_sentence_split_moved() -> None:
    stored = [S(10, 60, "pledge", "build a fund"), S(70, 90, "pledge", "build a fund")]
    assert rp.match(stored, [S(0, 60, "pledge", "build a fund")]) == [(0, 0)]  # overlapping, not the other one
    assert rp.match(stored, [S(100, 120, "pledge", "build a fund")]) == []  # no overlap: another sentence


def test_same_action() -> None:
    assert rp.same_action("Build a fund", "build a fund") == 1.0
    assert rp.same_action("cut", "cut taxes for families") == 1.0
    assert rp.same_action("train 7,000 soldiers", "train 7,000 soldiers and pilots") == 1.0
    assert rp.same_action("cut taxes", "cut spending") == 0.0
    assert rp.same_action(None, None) == 1.0 and rp.same_action(None, "x") == 0.0


def test_a_new_actor_is_linked_and_the_rating_kept(corpus: Invoke, db_path: Path) -> None:
    """Library level: a finding whose actor changed keeps its commitment (and rating)."""
    ok(corpus("update", "3", "-s", "in_progress"))
    engine = db.open_database(str(db_path))
    with engine.connect() as connection, connection.begin():
        tally = rp.Tally()
        finding = Finding(doc_id="n2", start=0, end=28, sentence="Ukraine will build a bridge.", kind="commitment",
                          actor="France", rule="fake.will", confidence=0.8, actors=["France"], action="build a bridge")
        rp.reprocess_document(connection, 2, None, [finding], store.ActorResolver(connection), tally)
        assert (tally.updated, tally.added, tally.vanished) == (1, 0, 0)
    with Session(engine) as session:
        from tracker.storage.models import Commitment
        commitment = session.get(Commitment, 3)
        assert commitment is not None
        assert ([a.name for a in commitment.actors], commitment.status, commitment.version) == (["France"], "in_progress", 3)


def test_dry_run_over_several_batches(tracker: Invoke, workdir: Path, seams: Seams, db_path: Path) -> None:
    """Each batch is rolled back; actors made in one batch are not taken for stored in the next."""
    from tracker.cli.app import REPROCESS_BATCH

    seams.extractor = SwitchableFake
    count = REPROCESS_BATCH + 6
    (workdir / "many.jsonl").write_text("".join(
        json.dumps({"id": f"m{i}", "text": f"Zeta Group plans to open plant {i}. Acme will hire {i} people."}) + "\n"
        for i in range(count)))
    (workdir / "no-plan.txt").write_text("fake.plan\n")
    ok(tracker("ingest", "many.jsonl", "--rules", "no-plan.txt"))
    stored = dump(db_path)
    dry = ok(tracker("reprocess", "--dry-run")).stdout.splitlines()
    assert dump(db_path) == stored
    real = ok(tracker("reprocess")).stdout.splitlines()
    assert dry[1:] == real[1:] == [f"Findings: {count} added, 0 updated, {count} unchanged, 0 vanished."]
    assert {r["actor"] for r in rows(tracker("list", "-f", "json", "--kind", "intention"))} == {"Zeta Group"}


def test_rated_back_to_open_is_still_rated(corpus: Invoke) -> None:
    """A commitment whose status went back to open has a history: a person looked at it."""
    ok(corpus("update", "3", "-s", "broken"))
    ok(corpus("update", "3", "-s", "open", "--note", "too early to say"))
    out = ok(corpus("reprocess", "--rules", "no-will.txt", "--doc", "n2")).stdout.splitlines()
    assert out[2] == "Vanished: 1 kept because rated, now marked stale (commitments 3); 0 removed (nobody had rated them)."
    assert [len(detail(corpus, 3)["history"]), detail(corpus, 3)["stale"]] == [2, True]


def test_actor_curation_survives_reprocess(tracker: Invoke, rated: dict[str, dict[str, Any]]) -> None:
    """What a person decided about actors (a name, a type) holds when the documents are
    read again, under changed rules and back under the built-in ones."""
    actors = {a["name"]: a for a in rows(tracker("actors", "-f", "json"))}
    acme, ruritania = actors["Acme Industries"]["id"], actors["Ruritania"]["id"]
    ok(tracker("actors", "rename", str(acme), "Acme Holdings", "--by", "ann"))
    ok(tracker("actors", "set-type", str(ruritania), "country", "--by", "ann"))
    for args in (["--rules", "changed.toml"], []):
        ok(tracker("reprocess", *args))
        after = {a["name"]: a for a in rows(tracker("actors", "-f", "json"))}
        assert "Acme Industries" not in after
        assert after["Acme Holdings"]["id"] == acme
        assert (after["Ruritania"]["id"], after["Ruritania"]["type"]) == (ruritania, "country")
    assert {r["actor"] for r in rows(tracker("list", "--actor", "Acme Holdings", "-f", "json"))} == {"Acme Holdings"}
