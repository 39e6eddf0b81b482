"""The compiled-pattern cache (recache.py) gives the patterns `re` would compile."""

import re

from tracker.extract import recache


def test_a_kept_program_compiles_the_same_pattern(monkeypatch):
    monkeypatch.setattr(recache, "_MAX_ENTRIES", len(recache._cache) + 1)  # (room for it, however full)
    pattern = r"(?P<who>[A-Z]\w+)\s+(?i:vowed|pledged)\s+to\s+(\w+)(?=\W)"
    key = (pattern, int(re.I))
    recache._cache.pop(key, None)
    recache._seen[key] = None  # as if an earlier run had compiled it
    first = recache._compile(pattern, re.I)  # compiled, and its program kept
    assert key in recache._cache
    again = recache._compile(pattern, re.I)  # from the kept program
    text = "Yesterday Marwick PLEDGED to rebuild the pier."
    for rx in (first, again):
        m = rx.search(text)
        assert m is not None and m.group("who", 2) == ("Marwick", "rebuild")
        assert rx.groupindex == {"who": 1} and rx.flags == first.flags and rx.pattern == pattern
    recache._cache.pop(key, None)


def test_bytes_patterns_are_left_to_re():
    assert recache._compile(rb"a+b", 0).match(b"aaab")


def test_the_rules_compile_the_same_without_the_cache():
    """Every rule's pattern, compiled through the cache, equals a fresh compile: same
    pattern, flags and program (`re`'s, told the characters its matches start with where
    `re` does not tell them: fastscan.py, whose tests check that it matches the same)."""
    import _sre

    from tracker.extract import Extractor

    ex = Extractor.load()
    for rule in ex.rules:
        rx = rule.regex
        fresh = _sre.compile(rx.pattern, *recache._build(rx.pattern, rx.flags))
        assert fresh == rx  # (Pattern equality compares the code too)
        plain = recache._original(rx.pattern, rx.flags)
        assert (plain.pattern, plain.flags, plain.groupindex) == (rx.pattern, rx.flags, rx.groupindex)


def test_a_full_file_keeps_what_the_run_used(monkeypatch, tmp_path):
    """A full cache still takes a new or edited rule's pattern: the programs this run did not
    use are the ones dropped."""
    import marshal

    old = {(f"old{i}", 0): b"x" for i in range(3)}
    monkeypatch.setattr(recache, "_cache", dict(old))
    monkeypatch.setattr(recache, "_used", {})
    monkeypatch.setattr(recache, "_seen", {})
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(recache, "_MAX_ENTRIES", 3)
    monkeypatch.setattr(recache, "_path", tmp_path / "regex.marshal")
    recache._used[("old1", 0)] = None  # the run took this one from the file
    recache._seen[(r"\bvow(?:ed|s)\b", 0)] = None  # compiled by an earlier run: kept now
    recache._compile(r"\bvow(?:ed|s)\b", 0)
    monkeypatch.setattr(recache, "_changed", True)
    recache._save()
    rows, _ = marshal.loads((tmp_path / "regex.marshal").read_bytes())
    kept = [p for p, _, _ in rows]
    assert len(kept) == 3 and kept[:2] == ["old1", r"\bvow(?:ed|s)\b"] and "old0" in kept


def test_memo_keeps_a_value_from_its_second_run(monkeypatch):
    """A derived value (prefilter's needs of a guard) is built until kept, then read back."""
    monkeypatch.setattr(recache, "_installed", True)
    monkeypatch.setattr(recache, "_cache", {})
    monkeypatch.setattr(recache, "_used", {})
    monkeypatch.setattr(recache, "_seen", {})
    monkeypatch.setattr(recache, "_new", {})
    calls = []

    def build(p):
        calls.append(p)
        return ("need", p)

    assert recache.memo("x+y", 1, build) == ("need", "x+y")  # first run: only seen
    recache._seen.update(recache._new)  # (what the next run reads from the file)
    assert recache.memo("x+y", 1, build) == ("need", "x+y")  # second run: kept
    assert recache.memo("x+y", 1, build) == ("need", "x+y") and len(calls) == 2
    assert ("x+y", 1 | recache._MEMO) in recache._cache and ("x+y", 1) not in recache._cache


def test_a_kept_trie_is_the_trie_built_anew(monkeypatch):
    """The actor table's trie pattern, read back from the cache, is the one `_trie_pattern`
    builds (order of the keys, prefixes of one another, an empty table, a set)."""
    from tracker.extract.gazetteer import _trie_pattern, trie_pattern

    monkeypatch.setattr(recache, "_installed", True)
    monkeypatch.setattr(recache, "_cache", {})
    monkeypatch.setattr(recache, "_used", {})
    monkeypatch.setattr(recache, "_seen", {})
    monkeypatch.setattr(recache, "_new", {})
    for keys in (["Bank of Ruritania", "Bank", "BoR", "B.o.R.", "Ruritania's Bank"], ["z", "a"], [], ["(x)|y"], {"vow", "vowed"}):
        for _ in range(3):  # built, kept, read back
            assert trie_pattern(keys) == _trie_pattern(keys)
            recache._seen.update(recache._new)
    assert re.fullmatch(trie_pattern(["(x)|y"]), "(x)|y")
    assert trie_pattern(["b", "a", "ab"]) == trie_pattern(["ab", "a", "b"])  # one key whatever the order


def test_kept_gazetteer_tables_are_the_tables_built_anew(monkeypatch):
    """The built-in gazetteer read back from the cache holds the actors, surfaces and look-up
    keys (in their order) of one built anew, and finds and looks up the same."""
    from tracker.extract import gazetteer

    monkeypatch.setattr(recache, "_installed", True)
    monkeypatch.setattr(recache, "_cache", {})
    monkeypatch.setattr(recache, "_used", {})
    monkeypatch.setattr(recache, "_seen", {})
    monkeypatch.setattr(recache, "_new", {})
    fresh = gazetteer._Builder().build_default().finish()
    for _ in range(3):  # built, kept, read back
        got = gazetteer.Gazetteer.default()
        recache._seen.update(recache._new)
    assert (gazetteer._default_sources(), gazetteer._TABLES_TAG | recache._MEMO) in recache._cache
    for table in ("_actors", "_surfaces", "_lookups", "_contextual"):
        assert list(getattr(got, table).items()) == list(getattr(fresh, table).items())
    text = "The French government and Brussels' envoy met Labour Party officials in the U.S."
    assert got.find(text) == fresh.find(text)
    assert got.lookup("the government of France") == fresh.lookup("the government of France")


def test_a_program_read_back_from_its_bytes_is_the_program():
    """A kept program's code travels as an array's bytes: read back, it is the same list
    (the words of a big character class reach 2**32 - 1), and compiles the same pattern."""
    import _sre

    pattern = r"(?P<w>[^\W\d_]+)\s+(?:é|[\u0100-\uffff])+"
    program = recache._build(pattern, int(re.I))
    assert max(program[1]) > 2**31
    again = recache._unpacked(recache._packed(program))
    assert again == program and type(again[1]) is list
    assert _sre.compile(pattern, *again) == _sre.compile(pattern, *program)


def test_the_common_words_kept_are_the_words_of_the_file(monkeypatch):
    """The common words read back from the cache are the set the file's lines make."""
    from importlib import resources

    from tracker.extract import context

    monkeypatch.setattr(recache, "_installed", True)
    monkeypatch.setattr(recache, "_cache", {})
    monkeypatch.setattr(recache, "_used", {})
    monkeypatch.setattr(recache, "_seen", {})
    monkeypatch.setattr(recache, "_new", {})
    text = resources.files("tracker.extract").joinpath("data", "common_words.txt").read_text("utf-8")
    for _ in range(3):  # built, kept, read back
        assert context._load_common_words() == context._words_of(text) == context._COMMON_WORDS
        recache._seen.update(recache._new)
    assert context._words_of("# a comment\n  word \n\nother\n#not\n") == {"word", "other"}
