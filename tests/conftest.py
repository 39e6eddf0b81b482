"""Shared fixtures: an isolated working folder and database, a CLI runner, and a small
deterministic extractor so that store and CLI tests don't depend on the real rules."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from tracker.cli.app import app
from tracker.cli.runtime import Runtime
from tracker.extract import ActorInfo, Document, Finding, RuleError
from tracker.storage import db, location
from tracker.storage.models import DocumentRow
from tracker.storage.names import name_key

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"


# --- a fake extraction engine -----------------------------------------------------------------

KNOWN = [
    ActorInfo("France", "country", ("Paris", "the French government"), None),
    ActorInfo("Ukraine", "country", ("Kyiv",), None),
    ActorInfo("Sebastien Lecornu", "person", ("Lecornu",), "France"),
    ActorInfo("Acme Corp", "company", ("Acme",), None),
]
_BY_NAME = {name_key(n): info for info in KNOWN for n in (info.name, *info.aliases)}
_SENTENCE = re.compile(r"[^.\n]+\.")
_CUE = re.compile(r"^(?P<who>.+?) (?P<verb>will|pledged to|plans to) (?P<action>.+?)(?: by (?P<by>\d{4}))?\.$")
_KIND = {"will": ("commitment", "fake.will", 0.8), "pledged to": ("pledge", "fake.pledge", 0.9),
         "plans to": ("intention", "fake.plan", 0.5)}


def _testable(cue: re.Match[str]) -> dict[str, Any]:
    """A deadline makes it testable, a plan is vague, the rest is undecided."""
    if cue["by"]:
        return {"testable": True, "testable_reason": f"fake.deadline: 'by {cue['by']}'"}
    if cue["verb"] == "plans to":
        return {"testable": False, "testable_reason": "fake.vague: 'plans to'"}
    return {}


@dataclass(frozen=True)
class FakeRule:
    id: str
    description: str
    kind: str
    score: float


class FakeExtractor:
    """`WHO will|pledged to|plans to ACTION [by YEAR].` sentences; WHO may be "A and B"."""

    rules = [
        FakeRule("fake.will", "WHO will ACTION", "commitment", 0.8),
        FakeRule("fake.pledge", "WHO pledged to ACTION", "pledge", 0.9),
        FakeRule("fake.plan", "WHO plans to ACTION", "intention", 0.5),
    ]
    calls = 0  # documents extracted, across instances (tests reset it)

    @classmethod
    def load(cls, rules_path: Path | None = None, actors_path: Path | None = None) -> FakeExtractor:
        if rules_path is not None and "bad" in rules_path.name:
            raise RuleError(f"{rules_path}: rule 'x.y': missing 'pattern'")
        return cls()

    def lookup_actor(self, name: str) -> ActorInfo | None:
        return _BY_NAME.get(name_key(name))

    def extract(self, doc: Document) -> list[Finding]:
        type(self).calls += 1
        out = []
        for m in _SENTENCE.finditer(doc.text):
            raw = m.group()
            sentence = raw.strip()
            start = m.start() + len(raw) - len(raw.lstrip())
            cue = _CUE.match(sentence)
            if not cue:
                continue
            names = [self._canonical(n) for n in cue["who"].split(" and ")]
            info = self.lookup_actor(names[0])
            kind, rule, score = _KIND[cue["verb"]]
            out.append(Finding(
                doc_id=doc.doc_id, start=start, end=start + len(sentence), sentence=sentence, kind=kind,  # type: ignore[arg-type]
                actor=names[0], rule=rule, confidence=score, actor_type=info.type if info else None,
                actors=names, affiliations=[info.parent] if info and info.parent else [],
                speaker="Sebastien Lecornu" if names[0] == "Sebastien Lecornu" else None,
                action=cue["action"], deadline=f"by {cue['by']}" if cue["by"] else None,
                deadline_date=f"{cue['by']}-12-31" if cue["by"] else None,
                **_testable(cue),
            ))
        return out

    def _canonical(self, name: str) -> str:
        info = self.lookup_actor(name)
        return info.name if info else name


@dataclass
class Seams:
    """What the CLI runs with besides its options, as a test chooses it: passed to the
    app as its Runtime (the real engine when ``extractor`` is None)."""

    extractor: Any = None


@pytest.fixture
def seams() -> Seams:
    return Seams()


@pytest.fixture
def fake_engine(seams: Seams) -> type[FakeExtractor]:
    seams.extractor = FakeExtractor
    FakeExtractor.calls = 0
    return FakeExtractor


# --- an isolated place to run commands ----------------------------------------------------------


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder for the test, with no database URL in the environment."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(location.ENV_VAR, raising=False)
    monkeypatch.setenv("COLUMNS", "200")  # Rich tables: one line per row in assertions
    return tmp_path


@pytest.fixture
def db_path(workdir: Path) -> Path:
    return workdir / "t.db"


Invoke = Callable[..., Result]


@pytest.fixture
def run(workdir: Path, seams: Seams) -> Invoke:
    """Run `tracker ARGS...` in-process; stdout and stderr are kept apart."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, obj=Runtime(extractor_factory=seams.extractor))

    return invoke


@pytest.fixture
def tracker(run: Invoke, db_path: Path) -> Invoke:
    """Like `run`, with --db pointing at the test database for commands that take it."""

    def invoke(*args: str, input: str | bytes | None = None) -> Result:
        takes_db = args and args[0] in {"ingest", "list", "show", "update", "actors", "db", "reprocess"}
        return run(*args, "--db", str(db_path), input=input) if takes_db else run(*args, input=input)

    return invoke


def ok(result: Result) -> Result:
    """Assert success, showing what went wrong otherwise."""
    assert result.exit_code == 0, f"exit {result.exit_code}\nstdout: {result.stdout}\nstderr: {result.stderr}\n{result.exception!r}"
    return result


def one_line_error(result: Result, fragment: str) -> None:
    """The bad-input contract: non-zero exit, one line on stderr, no traceback."""
    assert result.exit_code != 0
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    if lines and lines[0].startswith("created new database "):  # the notice of a file made (then the error)
        lines = lines[1:]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert fragment in lines[0], lines[0]
    assert "Traceback" not in result.output


def count_documents(path: Path) -> int:
    if not path.exists():
        return 0
    engine = db.open_database(str(path))
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(DocumentRow)) or 0


def rows(result: Result) -> list[dict[str, Any]]:
    return json.loads(ok(result).stdout)


@pytest.fixture
def articles(workdir: Path) -> Path:
    """A folder of three small articles for the fake engine."""
    folder = workdir / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "France will train 7,000 soldiers by 2024. The weather was fine.\n"
        "Lecornu will visit Kyiv.\n", encoding="utf-8")
    (folder / "b.md").write_text(
        "# Ukraine and France agree\n\nUkraine and France pledged to build a fund.\nAcme plans to open a plant.\n",
        encoding="utf-8")
    (folder / "c.txt").write_text("Paris will send tanks. Nobody knows.\n", encoding="utf-8")
    return folder


@pytest.fixture
def loaded(tracker: Invoke, articles: Path, fake_engine: type[FakeExtractor]) -> Invoke:
    """The articles ingested into the test database."""
    ok(tracker("ingest", str(articles)))
    return tracker
