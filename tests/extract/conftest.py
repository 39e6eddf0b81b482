"""The built-in extractor, loaded once for every extraction test (it holds no state
between documents)."""

from __future__ import annotations

from typing import Callable

import pytest

from tracker.extract import Document, Extractor
from tracker.extract.explain import explain


@pytest.fixture(scope="session")
def ex() -> Extractor:
    return Extractor.load()


@pytest.fixture(scope="session")
def refused(ex: Extractor) -> Callable[[Document], set[str]]:
    """The refusal ids `tracker explain` shows for a document's cues (a guard's, a
    reading's or a resolution's), for tests that a sentence is refused and by what."""
    def refusals(doc: Document) -> set[str]:
        return {c.refusal for s in explain(ex, doc) for c in s.cues if c.refusal}
    return refusals
