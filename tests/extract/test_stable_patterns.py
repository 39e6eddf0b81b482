"""Patterns built from sets of words are the same string every run (ties in length sorted
alphabetically), and match as the patterns sorted by length alone did."""

from __future__ import annotations

import re
import subprocess
import sys

from importlib import resources

from tracker.extract import resolve, tomlcache
from tracker.extract.resolve import longest_first

_PROBE = ("from tracker.extract import resolve as r; d = r._types_data(); "
          "print(repr((d['before'].pattern, d['after'].pattern, d['appos_after'].pattern, "
          "d['appos_before'].pattern, d['royal_alt'], r._TITLE_BEFORE)))")


def test_longest_first_orders_ties_alphabetically():
    assert longest_first({"bb", "a", "cc", "aa", "ccc"}) == ["ccc", "aa", "bb", "cc", "a"]
    assert longest_first(["x", "x", "yy"]) == ["yy", "x"]


def test_patterns_do_not_depend_on_string_hashing():
    got = {subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True,
                          env={"PYTHONHASHSEED": seed, "TRACKER_REGEX_CACHE": "0"}).stdout for seed in ("1", "2", "3")}
    assert len(got) == 1


_SENTENCES = [
    "Prince Harold opened the bridge, and Princess Harold waved.",
    "The Queen met Duke Rolf and Duchess Ilse at the palace.",
    "Pope Linus spoke; King Harald of the fjords listened.",
    "Crown Prince Otto will visit the mills next spring.",
    "The automaker, the largest carmaker in the region, and the drugmaker Vexa said so.",
    "Shares in the retailer Bloomfield rose after the supermarket chain Grovers cut prices.",
    "Kordex, the biggest mining conglomerate in the north, will build a plant.",
    "Chief Executive Mara Lind and Prime Minister Ole Berg met Mr Berg's team.",
]


def _old(words, **kw):
    return sorted(words, key=len, reverse=True)


def test_same_matches_as_length_only_order():
    data = resolve._types_data()
    raw = resources.files("tracker.extract").joinpath("data", "actor_types.toml").read_text("utf-8")
    ctx = tomlcache.loads(raw)["company_context"]
    royal = data["royal"]
    for s in _SENTENCES:
        for name in ("Harold", "Rolf", "Ilse", "Linus", "Harald", "Otto"):
            new = re.search(rf"\b({data['royal_alt']})\s+{name}\b", s)
            for order in (sorted(royal), sorted(royal, reverse=True), _old(royal)):
                old = re.search(rf"\b({'|'.join(order)})\s+{name}\b", s)
                assert (new and new.span(), new and new.group()) == (old and old.span(), old and old.group())
        heads = {t.capitalize() for t in resolve._TITLE_HEADS} | {"Chief Executive", "Prime Minister"}
        for order in (sorted(heads), _old(heads), _old(sorted(heads, reverse=True))):
            old = "|".join(order)
            for m in re.finditer(r"[A-Z][a-z]+", s):
                rx = rf"\b(?:{{}})\.?\s+(?:[A-Z][\w'’\-]*\s+){{{{0,2}}}}{re.escape(m.group())}\b"
                assert bool(re.search(rx.format(old), s)) == bool(re.search(rx.format(resolve._TITLE_BEFORE), s))
        # the company-context patterns, with their words in another order of ties
        for key in ("before", "after", "appos_after", "appos_before"):
            new = data[key]
            words = {"before": ctx["before"], "after": ctx["after"]}.get(key, ctx["apposition"])
            alt = "|".join(re.escape(w) for w in longest_first(words))
            assert alt in new.pattern
            for order in (_old(sorted(set(words), reverse=True)), _old(list(words))):
                old = re.compile(new.pattern.replace(alt, "|".join(re.escape(w) for w in order)), new.flags)
                for i in range(len(s) + 1):
                    if key in ("after", "appos_after"):
                        a, b = new.match(s, i), old.match(s, i)
                    else:
                        a, b = new.search(s[:i]), old.search(s[:i])
                    assert (a and a.span()) == (b and b.span())
