"""The people and office readers' speed paths answer as the plain forms they stand for: the
memoised name `_People.add` learns, the whole text's people standing for every surname once
read, a role's office ends tested as one tuple (speed only: nothing here decides a finding)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import context, resolve, tomlcache
from tracker.extract.context import DocContext, _People
from tracker.extract.gazetteer import default_gazetteer
from tracker.extract.model import Document
from tracker.extract.tomlcache import data_text

_GAZ = default_gazetteer()
# words of names, titles, bodies and places: a name of them is learned, cut or refused
_NAME_WORDS = ["Anna", "Kowalczyk", "Lee", "O'Neill", "J.", "Dr", "Mr.", "Senator", "Committee", "Chairman",
               "Delegation", "Coast", "Congressman", "France", "Acme", "Corp", "Bank", "County", "To", "Help",
               "Straw's", "China", "van", "der", "Berg", "the", "Ferris-Lake", "Zoë", "U.S.", "S.", "Sen.", "C"]
_NAMES = st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMES, max_size=8))
def test_learned_people_do_not_depend_on_the_memo(names: list[str]) -> None:
    def learn() -> _People:
        ppl = _People()
        for i, name in enumerate(names):
            ppl.add(_GAZ, name, i * 10, None, "minister" if i % 2 else None)
        return ppl

    context._learned_name.cache_clear()
    cold = learn()  # (each name's checks made afresh, then read back from the memo)
    assert learn() == cold
    for name in names:
        assert context._learned_name(_GAZ, name) == context._learned_name.__wrapped__(_GAZ, name)


def test_a_name_learned_or_refused() -> None:
    assert context._learned_name(_GAZ, "Coast Congressman Mike Thompson") == "Mike Thompson"
    assert context._learned_name(_GAZ, "Mr. Anna Kowalczyk's") == "Anna Kowalczyk"
    assert context._learned_name(_GAZ, "Acme Corp") is None  # (a firm)
    assert context._learned_name(_GAZ, "Robert C") is None  # (cut at a middle initial)


def test_every_surname_reads_the_whole_text_once_it_is_read() -> None:
    filler = " ".join(["The county will repave the roads and open the library on weekends."] * 6)
    text = (f"Senator Anna Kowalczyk said the bill would pass. {filler} Treasurer Tom Lee said he "
            f"agreed. {filler} Kowalczyk added that the plan was sound.")
    ctx = DocContext(Document("d", text), _GAZ)
    windowed = ctx._people_named("Lee")  # (read around "Lee" only)
    assert windowed is not ctx.__dict__.get("_people") and "Tom Lee" in windowed.people
    whole = ctx._people
    assert ctx._people_named("Kowalczyk") is whole and "Anna Kowalczyk" in whole.people
    assert ctx._people_named("Lee") is windowed  # (a surname read before keeps its reading)


_OFFICES = tomlcache.loads(data_text("actor_types.toml"))["offices"]  # (the words as written)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["deputy", "prime", "minister", "chief", "executive", "vice", "president",
                                 "senior", "founder", "ceo", "mayor", "sheriff", "", "s", "er"]), max_size=3)
       .map(" ".join))
def test_office_ends_are_the_any_of_the_offices(role: str) -> None:
    data = resolve._types_data()
    government, private = _OFFICES["government"], [*_OFFICES["firm"], *_OFFICES["private"]]
    assert role.endswith(data["gov_ends"]) == any(role.endswith(r) for r in government)
    assert role.endswith(data["private_ends"]) == any(role.endswith(r) for r in private)
