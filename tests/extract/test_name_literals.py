"""The speed-ups that find a document's names with str.find instead of a pattern compiled
for each name answer as those patterns do, on any text (hypothesis mixes names with
hyphens, apostrophes, accents and initials, titles, relatives, reporting verbs, commas and
odd white space)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.titled_sex import _full_name_sex_patterns, full_name_sex

NAMES = ("Ann Lee", "Lee", "Jean-Luc O’Neil", "O’Neil", "José Núñez", "Núñez", "J. R. Smith", "Smith", "A A")
PIECES = ("Ann", "Lee", "Jean-Luc", "O’Neil", "O'Neil", "José", "Núñez", "J.", "R.", "Smith", "A", "Mr", "Mrs",
          "Madame", "Dame", "Congresswoman", "Lord", "wife", "widower", "husband", "'s", "’s", "said", "told",
          "them", "that", "he", "she", "Lee's", ".", ",", " ", " ", "  ", "\n", "\u00a0", "x", "_", "é", "-")
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
spaced = st.lists(st.sampled_from(PIECES), max_size=16).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(texts, spaced), st.sampled_from(NAMES))
def test_full_name_sex_is_the_patterns(text: str, full: str) -> None:
    assert full_name_sex(text, full) == _full_name_sex_patterns(text, full)


def test_full_name_sex_examples() -> None:
    assert full_name_sex("Mrs. Ann Lee spoke.", "Ann Lee") == "f"
    assert full_name_sex("Ann Lee's  husband, Bo, said so.", "Ann Lee") == "f"
    assert full_name_sex("her husband ,José Núñez, left", "José Núñez") is None  # (\s+ after the comma)
    assert full_name_sex("her husband ,\tJosé Núñez, left", "José Núñez") == "m"
    assert full_name_sex("Jean-Luc O’Neil said that he would. Mrs O’Neil said so", "Jean-Luc O’Neil") == "m"
    assert full_name_sex("J. R. Smith met Lord Smith.", "J. R. Smith") == "m"
    assert full_name_sex("Lord Smith met J. R. Smith.", "J. R. Smith") is None  # (only a title after)
    assert full_name_sex("Madame Lee and Mr Lee", "Lee") is None


# ---- names found as re.IGNORECASE finds them (literal.folded_starts) ---------------------
import re  # noqa: E402

from tracker.extract.engine import _coordinated_by_pattern, _coordinated_with_author, _with_author  # noqa: E402
from tracker.extract.gazetteer import strip_accents  # noqa: E402
from tracker.extract.literal import folded_starts  # noqa: E402

CASED = ("Núñez", "NÚÑEZ", "núñez", "O’Neil", "o’neil", "Lee", "LEE", "lee", "Sıs", "Siſ", "SIS", "İs", "is",
         "µ", "Μ", "μ", "Σ", "σς", "K", "k", "Ortiz", "ORTIZ", " ", "-", "(", "and", "AND", "&")
cased_texts = st.lists(st.sampled_from(CASED), max_size=12).map("".join)


@settings(max_examples=1500, deadline=None)
@given(cased_texts, st.sampled_from(("Núñez", "O’Neil", "lee", "Sis", "is", "µ", "σ", "Σ", "k", "ORTIZ", "-")))
def test_folded_starts_are_where_ignorecase_matches(text: str, word: str) -> None:
    got = folded_starts(text, word)
    if got is not None:  # (None: the pattern decides)
        assert got == [m.start() for m in re.finditer(f"(?={re.escape(word)})", text, re.I)]


def test_folded_starts_examples() -> None:
    assert folded_starts("Ray NÚÑEZ and núñez", "Núñez") == [4, 14]
    assert folded_starts("aaa", "aa") == [0, 1]
    assert folded_starts("Mıss", "mis") is None  # (dotless i: re.I equates it with "i")
    assert folded_starts("İstanbul", "is") is None  # ("İ" lowers to two characters)


AUTHORS = ("Ray Ortiz", "Ana Núñez", "Pat O’Neil", "J. R. Lee-Smith")
CLAUSE = ("Ortiz", "ORTIZ", "Núñez", "Nunez", "O’Neil", "O'Neil", "Lee-Smith", "Congressman", "Congresswoman",
          "Rep.", "and", "AND", "&", "along with", ",", "'s", "’s", "staff", "office", "he", "She", "we", "Jim",
          "Costa", "Bell", "(CA-7)", "(D-N.Y.)", "of", "the", "Senators", "Miller", ";", ".", "x")
SUBJECTS = ("Congressman Jim Costa", "Jim Costa", "Bell", "Miller", "Costa (CA-7)", "Congresswoman Núñez")
words = st.lists(st.sampled_from(CLAUSE), max_size=6).map(" ".join)
# (most of them shaped as the coordination is: words, the author, words, a subject at the end)
clauses = st.one_of(
    st.lists(st.sampled_from(CLAUSE), max_size=14).map(" ".join),
    st.tuples(words, st.sampled_from(CLAUSE[:7]), words, st.sampled_from(("and", ",", "&", "along with")),
              words, st.sampled_from(SUBJECTS), st.sampled_from(("", ",", " (CA-7)", " x", "  ,  "))).map(
        lambda t: " ".join(t[:6]) + t[6]))


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(AUTHORS), clauses, st.sampled_from(SUBJECTS))
def test_coordination_is_the_pattern(author: str, before: str, subj: str) -> None:
    want = _coordinated_by_pattern(strip_accents(author.split()[-1]), strip_accents(subj), strip_accents(before.rstrip()))
    assert _coordinated_with_author(author, before, subj) is want


def _with_author_pattern(author: str, before: str) -> bool:
    surname = author.split()[-1]
    return re.search(r"\b(?:he|she|I|we)\s+and\s+[^,;]*$", before, re.I) is not None or \
        re.search(rf"\b{re.escape(surname)}\b[^,;.]*?\band\s+[^,;]*$", before, re.I) is not None


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(AUTHORS), st.one_of(clauses, cased_texts))
def test_with_author_is_the_pattern(author: str, before: str) -> None:
    assert _with_author(author, before) is _with_author_pattern(author, before)


def test_coordination_examples() -> None:
    assert _coordinated_with_author("Ana Núñez", "Congresswoman NUNEZ (D-N.Y.) and Congressman Jim Costa,",
                                    "Congressman Jim Costa")
    assert _coordinated_with_author("Pat O’Neil", "O’Neil’s staff and Bell", "Bell")
    assert not _coordinated_with_author("Pat O’Neil", "O’Neil met Bell", "Bell")
    assert _with_author("J. R. Lee-Smith", "Congressman LEE-SMITH and Senator Jones")
    assert not _with_author("J. R. Lee-Smith", "Lee-Smith. Then Jones and Bell")


# ---- literal.matches_after / occurs and the resolution tests built on them -----------------
from types import SimpleNamespace  # noqa: E402

from tracker.extract import resolve  # noqa: E402
from tracker.extract.context import _named_apart  # noqa: E402
from tracker.extract.literal import folded, matches_after, occurs  # noqa: E402

BITS = ("Lee", "Ann", "O’Neil", "Núñez", "A.", "A", "and", "&", "will", "said", "of", "the", "America", "(", ")",
        "(OPIC)", "OPIC", "“", "”", '"', "'", "‘", "’", "Bobby", "Mr", "Mrs.", "Lady", "Jean-Luc", "-", "_", "x",
        ".", ",", " ", "  ", "\n", "\u00a0")
bits = st.one_of(st.lists(st.sampled_from(BITS), max_size=16).map("".join),
                 st.lists(st.sampled_from(BITS), max_size=12).map(" ".join))
TAILS = (re.compile(r"\s*\(\s*(?:the\s+)?([A-Z]{2,6})\s*\)"), re.compile(r"\s+(?:will|said)\b"),
         re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?"), re.compile(r"\b"),
         re.compile(r"(?:\s+A\.?)*"))
HEADS = (None, re.compile(r"(?<![\w’'\-])"), re.compile(r"\b"))
LITERALS = ("Lee", "A", "A A", "Ann Lee", "O’Neil", "Núñez", "Jean-Luc", "A.")


@settings(max_examples=1500, deadline=None)
@given(bits, st.sampled_from(LITERALS), st.sampled_from(TAILS), st.sampled_from(HEADS))
def test_matches_after_and_occurs_are_the_patterns(text: str, word: str, tail: re.Pattern[str],
                                                    head: re.Pattern[str] | None) -> None:
    whole = re.compile((head.pattern if head else "") + re.escape(word) + "(?:" + tail.pattern + ")")
    assert [(m.start() - len(word), m.end(), m.groups()) for m in matches_after(text, word, tail, head)] == \
        [(m.start(), m.end(), m.groups()) for m in whole.finditer(text)]
    assert occurs(text, word, head, tail) == (whole.search(text) is not None)


@settings(max_examples=1000, deadline=None)
@given(bits, st.sampled_from(("Robert C.", "Robert", "C.A.")), st.sampled_from(("Bobby", "Dutch")),
       st.sampled_from(("Scott", "Lee", "Ann Lee")))
def test_nicknamed_is_the_pattern(text: str, before: str, nick: str, after: str) -> None:
    for t in (text, f"{text}{before} “{nick}” {after}{text}", f"{before}  '{nick}'\n{after}x"):
        want = re.search(rf"{re.escape(before)}\s+[“\"'‘]{re.escape(nick)}[”\"'’]\s+{re.escape(after)}\b", t) is not None
        assert resolve._nicknamed(t, before, nick, after) is want


@settings(max_examples=1000, deadline=None)
@given(bits, st.sampled_from(("Lee", "O’Neil", "Núñez", "A", "Jean-Luc")))
def test_titled_and_named_apart_are_the_patterns(text: str, name: str) -> None:
    ctx = SimpleNamespace(doc=SimpleNamespace(text=text))
    assert resolve._titled(ctx, name) is (
        re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+{re.escape(name)}\b", text) is not None)
    for t in (text, f"{text}{name} and Ann {name}", f"{name} & A. Ann {name}{text}"):
        assert _named_apart(t, name) is (re.search(
            rf"\b{re.escape(name)}\s+(?:and|&)\s+(?:[A-Z][\w'’\-]*\.?\s+){{1,2}}{re.escape(name)}\b", t) is not None)


OFFICE = ("President", "PRESIDENT", "president", "Lena", "Voss", "VOSS", "Núñez", "NÚÑEZ", "núñez", "NTLC", "Realtors",
          "O’Hara", "x&y", "’", "-", ".", " ", "  ", "\n", "İ", "ı")
office_texts = st.lists(st.sampled_from(OFFICE), max_size=14).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(office_texts, st.sampled_from(("President", "president")), st.sampled_from(("Lena Voss", "Núñez", "O’Hara")))
def test_word_before_role_on_any_text_is_the_office_pattern(text: str, role: str, name: str) -> None:
    low = folded(text, f"{role} {name}")
    if low is not None:
        m = re.search(rf"([\w&.'’\-]+)\s+{re.escape(role)}\s+{re.escape(name)}\b", text, re.I)
        assert resolve._word_before_role(text, role.lower(), name.lower(), low[0]) == (m.group(1) if m else None)


def test_resolution_literal_examples() -> None:
    assert resolve._nicknamed('Robert C. “Bobby” Scott said', "Robert C.", "Bobby", "Scott")
    assert not resolve._nicknamed('Robert C. “Bobby” Scottish', "Robert C.", "Bobby", "Scott")
    assert _named_apart("Reagan and Nancy Reagan", "Reagan")
    assert _named_apart("Reagan & Nancy J. Reagan.", "Reagan")
    assert not _named_apart("Reagan and Nancy Reagans", "Reagan")
    assert resolve._word_before_role("the NTLC PRESIDENT núñez said", "president", "núñez",
                                     folded("the NTLC PRESIDENT núñez said", "President Núñez")[0]) == "NTLC"


ACRO = ("FRA", "HUD", "(", ")", "( the", "(the", "the", "of", "and", "Federal", "Railroad", "Administration",
        "Department", "Housing", "x", ",", ".", " ", "  ", "\n", "U.S.", "(FRA)", "( FRA )", "(HUD)")
acro_texts = st.lists(st.sampled_from(ACRO), max_size=16).map(" ".join)


def _spelled_run_pattern(text: str, acronym: str) -> str | None:
    bracket = rf"\(\s*(?:the\s+)?{re.escape(acronym)}\s*\)"
    first = re.search(bracket, text)
    m = re.compile(rf"((?:{resolve._SPELLED}\s+){{1,9}}{resolve._SPELLED})\s*{bracket}").search(
        text, resolve._back_words(text, first.start(), 11)) if first is not None else None
    return m.group(1) if m else None


@settings(max_examples=1500, deadline=None)
@given(acro_texts, st.sampled_from(("FRA", "HUD", "U.S.", "A", "he", "F A")))
def test_acronym_brackets_and_spelled_run_are_the_patterns(text: str, acronym: str) -> None:
    bracket = rf"\(\s*(?:the\s+)?{re.escape(acronym)}\s*\)"
    if " " not in acronym and acronym not in "the":  # (what it is for)
        assert resolve._acronym_brackets(text, acronym) == [m.start() for m in re.finditer(f"(?={bracket})", text)]
    for t in (text, f"{text} the Federal Railroad Administration ({acronym}){text}"):
        assert resolve._spelled_run(t, acronym) == _spelled_run_pattern(t, acronym)


# ---- people's mentions, "done to" a name -------------------------------------------------
from tracker.extract import context  # noqa: E402
from tracker.extract.readings import _done_to  # noqa: E402

KEYS = ("Lee", "Ann Lee", "Núñez", "José Núñez", "O’Neil", "de Gaulle", "Smith", "Smithers", "A", "Ángel")
MENTION_BITS = ("Lee", "Ann", "Núñez", "José", "O’Neil", "de", "Gaulle", "Smith", "Smithers", "Ángel", "A", "B",
                "x", "_", "é", ".", ",", " ", "  ", "\n", "'s", "LeeLee")
mention_texts = st.one_of(st.lists(st.sampled_from(MENTION_BITS), max_size=16).map("".join),
                          st.lists(st.sampled_from(MENTION_BITS), max_size=12).map(" ".join))


@settings(max_examples=1500, deadline=None)
@given(mention_texts, st.sets(st.sampled_from(KEYS), min_size=1, max_size=4))
def test_person_mentions_are_the_mention_pattern(text: str, keys: set[str]) -> None:
    ppl = context._People()
    for k in keys:
        ppl.people[k] = context.Person(k)
    rx = context._mention_regex(tuple(sorted(keys, key=len, reverse=True)))
    want = [(m.start(), m.group()) for m in rx.finditer(text)]
    assert context._person_mentions(ppl, text) == want


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(("to", "back", "over", "the", "Japan", "Airlines", "Japanese", " ", "  ", "\n",
                                 "x", ",", "The", "theGlobe")), max_size=8).map(" ".join),
       st.sampled_from(("Japan Airlines", "Japan", "theGlobe", "the Globe", "A")))
def test_done_to_is_the_pattern(after: str, name: str) -> None:
    for a in (after, f" to the {name}{after}", f"\tback  to {name}{after}"):
        assert _done_to(a, name) is (
            re.match(rf"\s*(?:back\s+|over\s+)?to\s+(?:the\s+)?{re.escape(name)}\b", a) is not None)


# ---- a party's name, out of office, a body founded -------------------------------------
from tracker.extract.engine import _founded_before  # noqa: E402

PARTY_BITS = ("the", "new", "political", "his", "their", "her", "party", "Party", "parties", "Veritas", "Veritas'",
              "Veritas’", ",", " ", "  ", "\n", "x", "Verity")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PARTY_BITS), max_size=10).map(" ".join), st.sampled_from(("Veritas", "Ver", "V x")))
def test_party_before_is_the_pattern(text: str, name: str) -> None:
    for t in (text, f"{text} his new party, {name}{text}", f"{text}political party\t{name}"):
        assert resolve._party_before(t, name) is (re.search(
            rf"\b(?:new|political|the|his|her|their)\s+party,?\s+{re.escape(name)}\b", t) is not None)


OFFICE_BITS = ("former", "Former", "FORMER", "shadow", "ex-", "ex", "chancellor", "Chancellor", "home secretary",
               "Home", "Secretary", "minister", "Kenneth", "Clarke", "CLARKE", "Clarkes", "the", "of", "x",
               ",", " ", "  ", "\n", "ſ", "ı")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(OFFICE_BITS), max_size=12).map(" ".join),
       st.sampled_from(("Kenneth Clarke", "Clarke", "Núñez")))
def test_out_of_office_is_the_pattern(text: str, name: str) -> None:
    surname = name.split()[-1]
    for t in (text, f"{text} former chancellor Kenneth {surname}{text}", f"ex-the of x home  secretary Ann Kenneth {surname}",
              f"x Shadow the of x x Home Secretary {surname}", f"(former\tthe of x chief executive Ann B. {surname}{text}"):
        low = t.lower()
        want = surname in t and ("shadow" in low or "former" in low or "ex-" in low) and re.search(
            resolve._OUT_OF_OFFICE.format(roles=resolve._ROLE_WORDS, surname=re.escape(surname)), t, re.I) is not None
        assert resolve._out_of_office(t, name) is want


FOUND_BITS = ("establish", "established", "Create", "set up", "SET  UP", "form", "formed", "launches", "a", "an",
              "the", "new", "VA", "Advisory", "Committee", "committee", "COMMITTEE", "Committees", "x", ",", " ", "\n")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(FOUND_BITS), max_size=14).map(" ".join), st.sampled_from(("committee", "va", "x")),
       st.integers(min_value=0, max_value=120))
def test_founded_before_is_the_pattern(text: str, head: str, upto: int) -> None:
    for t in (text, f"{text} to establish a new VA Advisory {head.title()} {text}"):
        up = min(upto, len(t))
        rx = re.compile(rf"\b(?:establish|create|set\s+up|form|launch|found)(?:s|es|ed|ing|d)?\s+(?:a|an|the)\s+"
                        rf"(?:new\s+)?(?:[\w'’\-]+\s+){{0,8}}?{re.escape(head)}\b", re.I)
        assert _founded_before(t, up, f"the {head}") is (rx.search(t, max(0, up - 3000), up) is not None)
