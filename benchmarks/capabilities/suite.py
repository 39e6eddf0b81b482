"""What our capability generators (generate.py, generate_b.py, generate_c.py) share: a case in
the checklist's format, its robustness twin, and writing the suite out. Each generator
keeps its own names, verbs, templates and seed."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

Case = dict


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    he: str
    plain: tuple[str, ...] = ()  # spellings without diacritics a reader would accept

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def title(self) -> str:
        return "Mr" if self.he == "he" else "Ms"

    @property
    def his(self) -> str:
        return "his" if self.he == "he" else "her"

    @property
    def him(self) -> str:
        return "him" if self.he == "he" else "her"

    def names(self) -> list[str]:
        return [self.full, self.last, f"{self.title} {self.last}", *self.plain]



@dataclass(frozen=True)
class Country:
    name: str
    adj: str
    capital: str

    def names(self) -> list[str]:
        return [self.name, f"{self.adj} government", f"government of {self.name}", self.capital]



class Suite:
    """Numbers the cases of one suite ("own-speech_person-003") and writes them as JSON Lines."""

    def __init__(self, prefix: str, seed: int) -> None:
        self.prefix = prefix
        self.rng = random.Random(seed)
        self._counter: dict[str, int] = {}

    def pick(self, pool: list):  # type: ignore[no-untyped-def]
        return self.rng.choice(pool)

    def case(self, cap: str, template: str, context: str, sentence: str, expected: str, actors: list[str],
             intention_ok: bool = False, after: str = "") -> Case:
        text = (context + " " if context else "") + sentence + (" " + after if after else "")
        start = len(context) + 1 if context else 0
        n = self._counter.get(cap, 0)
        self._counter[cap] = n + 1
        return {"id": f"{self.prefix}-{cap}-{n:03d}", "text": text, "capability": cap, "template": template,
                "expected": expected, "actors": actors, "intention_ok": intention_ok,
                "target": {"start": start, "end": start + len(sentence)}, "sentence": sentence,
                "split": self.prefix}

    def twin(self, cap: str, template: str, context: str, base: str, perturbed: str, actors: list[str],
             perturbed_context: str | None = None, mark_base: bool = False) -> Iterator[Case]:
        """A perturbed case and its unperturbed twin (`base_of` names the twin's perturbed
        case when `mark_base`, so the scorer fills its base%, broken and fixed columns)."""
        p = self.case(cap, template, perturbed_context if perturbed_context is not None else context, perturbed,
                      "found", actors)
        b = self.case(cap, template, context, base, "found", actors)
        b["id"] = p["id"] + "-base"
        if mark_base:
            b["base_of"] = p["id"]
        yield p
        yield b


def write(generators: Iterable[Callable[[], Iterable[Case]]]) -> None:
    for generate in generators:
        for c in generate():
            sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")


def cap1(s: str) -> str:
    """The text with its first letter capitalised (a sentence that opens with a name)."""
    return s[0].upper() + s[1:]


def party_names(party: str) -> list[str]:
    """The names a reader accepts for a party: with and without its article."""
    return [party, party.removeprefix("the ")]


def we(action: str) -> str:
    """An action told by its actor in the first person ("its" -> "our")."""
    return action.replace("its ", "our ")
