"""The parsed-data cache (tomlcache.py) gives the tables `tomllib` would parse."""

import tomllib
from importlib import resources

from tracker.extract import tomlcache

_TEXT = '''
title = "pledges"
[[cue]]
id = "cue.vow"
words = ["vow", "vowed"]
score = 0.75
negative = -0.0
flags = { passive = false, keeps = true }
'''


def _fresh(monkeypatch, tmp_path) -> None:
    """A run with the cache in `tmp_path` and nothing read yet."""
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TRACKER_TOML_CACHE", raising=False)
    monkeypatch.setattr(tomlcache, "_cache", None)
    monkeypatch.setattr(tomlcache, "_used", {})
    monkeypatch.setattr(tomlcache, "_changed", False)


def test_a_kept_text_reads_back_the_same_tables(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    first = tomlcache.loads(_TEXT)  # parsed, and kept at exit
    tomlcache._save()
    _fresh(monkeypatch, tmp_path)  # the next run
    again = tomlcache.loads(_TEXT)
    assert tomlcache._cache and not tomlcache._changed  # (read from the file, not parsed)
    assert first == again == tomllib.loads(_TEXT)
    assert list(again) == ["title", "cue"] and list(again["cue"][0]["flags"]) == ["passive", "keeps"]
    edited = tomlcache.loads(_TEXT.replace("0.75", "0.8"))  # another text: parsed again
    assert edited["cue"][0]["score"] == 0.8 and tomlcache._changed


def test_the_built_in_files_read_the_same_through_the_cache(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    data = resources.files("tracker.extract").joinpath("data")
    texts = [f.read_text("utf-8") for f in data.iterdir() if f.name.endswith(".toml")]
    for text in texts:
        assert tomlcache.loads(text) == tomllib.loads(text)
    tomlcache._save()
    _fresh(monkeypatch, tmp_path)
    for text in texts:
        assert tomlcache.loads(text) == tomllib.loads(text)
    assert not tomlcache._changed


def test_dates_and_a_switched_off_cache_are_parsed(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    text = "day = 2026-12-04\n"
    assert tomlcache.loads(text) == tomllib.loads(text)  # (marshal cannot keep a date)
    assert not tomlcache._changed
    monkeypatch.setenv("TRACKER_TOML_CACHE", "0")
    assert tomlcache.loads(_TEXT) == tomllib.loads(_TEXT)
    assert not tomlcache._changed
