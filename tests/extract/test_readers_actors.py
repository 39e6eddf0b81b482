"""The actor list a reader reads: no junk (a title alone, a thing, a place that is not a
polity, a name mangled or run together) and every actor typed as what it is."""

from __future__ import annotations

import pytest

from tracker.extract import Document, Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _found(extractor: Extractor, text: str, source: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(f.actor, f.actor_type) for f in extractor.extract(Document(doc_id="t", text=text, source=source))]


@pytest.mark.parametrize("source, text, actor", [
    ("US Congress press release: Orla Vandekamp",
     "WASHINGTON – Congresswoman Orla Van-Dekamp (OR-3) issued this statement. "
     "\"I will keep fighting for the dairy farmers of our valley,\" she said.", "Orla Van-Dekamp"),
    ("US Congress press release: Bernard Kesler",
     "Rep. Bernard Kessler (R-Ohio) toured the locks on Monday. "
     "I will introduce a bill to fund the lock repairs next month.", "Bernard Kessler"),
    ("US Congress press release: Tess Macandrew",
     "Congresswoman Tess MacAndrew visited the shipyard. I will fight to keep these jobs in Maine.",
     "Tess MacAndrew"),
])
def test_a_release_author_is_named_as_the_text_spells_them(extractor: Extractor, source: str, text: str,
                                                           actor: str) -> None:
    # (resolution.author-spelling)
    assert _found(extractor, text, source) == [(actor, "person")]


def test_an_author_the_text_spells_as_the_label_keeps_the_label(extractor: Extractor) -> None:
    text = "Rep. Bernard Kesler toured the locks. I will introduce a bill to fund the lock repairs next month."
    assert _found(extractor, text, "US Congress press release: Bernard Kesler") == [("Bernard Kesler", "person")]
