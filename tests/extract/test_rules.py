"""Rules are validated data: a user's --rules file adds or replaces rules, and a bad
entry is refused with one line naming the file and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract import Document, Extractor, RuleError
from tracker.extract.rules import READINGS, load


def test_builtin_rules_have_unique_ids_kinds_and_descriptions() -> None:
    rs = load()
    ids = [r.id for r in rs.all]
    assert len(ids) == len(set(ids))
    assert {r.id for r in rs.readings.values()} == set(READINGS)
    from tracker.extract.readings import _READINGS
    assert set(_READINGS) == set(READINGS)  # each described reading is a registered function
    for r in rs.all:
        assert r.description
        assert r.kind in ("pledge", "commitment", "intention", "guard", "refusal", "adjustment", "resolution")
    from tracker.extract.rules import RESOLUTIONS
    assert set(rs.resolutions) == set(RESOLUTIONS)  # each resolution step is described


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "rules.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_a_user_cue_finds_what_the_builtin_rules_do_not(tmp_path: Path) -> None:
    text = "The Springfield City Council voted to rebuild the bridge."
    doc = Document(doc_id="t", text=text)
    assert Extractor.load().extract(doc) == []
    rules = write(
        tmp_path,
        """
[[cue]]
id = "local.voted"
kind = "commitment"
score = 0.7
mode = "verb"
description = "Voted to (a body's decision)"
pattern = '''\\bvoted\\s+to\\b'''

[lexicon]
agent_nouns = "council"
""",
    )
    [f] = Extractor.load(rules_path=rules).extract(doc)
    assert f.rule == "local.voted" and f.kind == "commitment"


def test_a_user_guard_refuses_a_finding(tmp_path: Path) -> None:
    doc = Document(doc_id="t", text="Acme Corp said it will close the plant, according to rumours.")
    assert Extractor.load().extract(doc)
    rules = write(
        tmp_path,
        """
[[guard]]
id = "local.rumour"
description = "Rumours bind no one"
where = "sentence"
pattern = '''\\brumou?rs?\\b'''
effect = "reject"
""",
    )
    assert Extractor.load(rules_path=rules).extract(doc) == []


@pytest.mark.parametrize(
    "body, message",
    [
        ('[[cue]]\nid = "x"\nkind = "promise"\nscore = 0.5\nmode = "verb"\ndescription = "d"\npattern = "a"\n',
         "cue #1 (\"x\"): unknown kind 'promise'"),
        ('[[cue]]\nid = "x"\nkind = "pledge"\nscore = 2\nmode = "verb"\ndescription = "d"\npattern = "a"\n',
         "score must be a number from 0 to 1"),
        ('[[cue]]\nid = "x"\nkind = "pledge"\nscore = 0.5\nmode = "verb"\ndescription = "d"\npattern = "(a"\n',
         "pattern is not a valid regular expression"),
        ('[[cue]]\nid = "x"\nkind = "pledge"\nscore = 0.5\nmode = "verb"\ndescription = "d"\n', "missing 'pattern'"),
        ('[[guard]]\nid = "g"\nwhere = "title"\neffect = "reject"\ndescription = "d"\npattern = "a"\n', "unknown where 'title'"),
        ('[[guard]]\nid = "g"\nwhere = "sentence"\neffect = "reject"\ndescription = "d"\npattern = "a"\ncolour = 1\n',
         "unknown key 'colour'"),
        ('[lexicon]\nnouns = "x"\n', "unknown list 'nouns'"),
        ('[[rule]]\nid = "x"\n', "unknown section 'rule'"),
        ("[[cue]\n", "not valid TOML"),
        ('[[cue]]\nid = "x"\nkind = "pledge"\nscore = 0.5\nmode = "verb"\ndescription = "d"\npattern = "a"\nneeds = ["Vow"]\n',
         "needs must be a list of lower-case literals"),
    ],
)
def test_bad_rules_files_name_the_entry(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(RuleError) as err:
        Extractor.load(rules_path=path)
    text = str(err.value)
    assert message in text and str(path) in text and "\n" not in text


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="no such file"):
        Extractor.load(rules_path=tmp_path / "nope.toml")


def test_every_builtin_cue_declares_its_needs() -> None:
    # the fast path relies on them; tests/extract/test_fast_path.py checks they lose nothing
    assert all(c.needs for c in load().cues)
