"""The built-in extractor, loaded once for every extraction test (it holds no state
between documents)."""

from __future__ import annotations

import pytest

from tracker.extract import Extractor


@pytest.fixture(scope="session")
def ex() -> Extractor:
    return Extractor.load()
