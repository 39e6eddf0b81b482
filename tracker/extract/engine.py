"""Placeholder engine (to be replaced by the real one): the API is what matters here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tracker.extract.model import Document, Finding


class RuleError(ValueError):
    """A rules or actors file is invalid; the message names the file and the bad entry."""


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    kind: str
    score: float
    pattern: str = ""


@dataclass(frozen=True)
class ActorInfo:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None


_SENT = re.compile(r"[^.!?\n]+[.!?]?")
_CUE = re.compile(r"\b(pledged?|promised?|vowed?|will|would)\b", re.I)


@dataclass
class Extractor:
    rules: list[Rule] = field(default_factory=list)

    @classmethod
    def load(cls, rules_path: Path | None = None, actors_path: Path | None = None) -> "Extractor":
        return cls(rules=[Rule("naive.cue", "sentence has a commitment cue", "commitment", 0.3)])

    def lookup_actor(self, name: str) -> ActorInfo | None:
        return None

    def extract(self, doc: Document) -> list[Finding]:
        out: list[Finding] = []
        for m in _SENT.finditer(doc.text):
            s = m.group().strip()
            if s and _CUE.search(s):
                start = m.start() + (len(m.group()) - len(m.group().lstrip()))
                out.append(Finding(doc.doc_id, start, start + len(s), s, "commitment", None, "naive.cue", 0.3))
        return out
