"""What a command runs with besides its options: passed in by the entry point (or a
test) as the Typer context's object, never patched into a module.

Light to import: the extraction engine is loaded by the commands that use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.errors import TrackerError
from tracker.storage import location

if TYPE_CHECKING:
    from tracker.extract import ActorInfo, Extractor


@dataclass(frozen=True)
class Runtime:
    """``extractor_factory``: what builds the extractor (``.load(rules_path=,
    actors_path=)``; tests give a small fake), default the engine. ``freeze_after_load``:
    the `tracker` process keeps the loaded rules and gazetteer until it exits, so the
    garbage collector is told not to walk them again (gc.freeze; ~1.5% of an
    extraction); tests, which share one process, leave it off. ``global_db``: `tracker
    --db X COMMAND`."""

    extractor_factory: Any = None
    freeze_after_load: bool = False
    global_db: str | None = None

    def factory(self) -> Any:
        if self.extractor_factory is not None:
            return self.extractor_factory
        from tracker.extract import Extractor

        return Extractor

    def load_extractor(self, rules: Path | None = None, actors: Path | None = None) -> Extractor:
        for flag, path in (("--rules", rules), ("--actors", actors)):
            if path is not None and not path.is_file():
                raise TrackerError(f"{flag}: no such file: {path}")
        if not self.freeze_after_load:
            return self.factory().load(rules_path=rules, actors_path=actors)  # type: ignore[no-any-return]
        # (the collector runs again once the engine is frozen, also when the entry point
        # stopped it before the imports)
        from tracker.ingest.parallel import load_frozen

        return load_frozen(self.factory(), rules, actors)  # type: ignore[no-any-return]

    def lookup_actor(self, name: str) -> ActorInfo | None:
        """The built-in actor knowledge, for names the database does not know."""
        return self.load_extractor().lookup_actor(name)  # type: ignore[no-any-return]

    def database(self, own: str | None) -> str:
        """The database of a command given its own --db (see tracker.storage.location)."""
        return location.database(own, self.global_db)
