"""Actors across documents: one person or organisation is one actor whatever the spelling
or the order of ingest; `list --actor` follows the tree and says through whom; curation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.conftest import Invoke, Seams, ok, one_line_error, rows
from tests.test_postgres import pg_database, pg_url  # noqa: F401 (fixtures)
from tracker.extract import ActorInfo, Document, Finding
from tracker.storage import db
from tracker.storage.names import loose_key, name_key

# --- a fake engine whose findings carry a type and affiliations ------------------------------------

KNOWN = [
    ActorInfo("United Kingdom", "country", ("UK", "Britain"), None),
    ActorInfo("United States", "country", ("US",), None),
    ActorInfo("Labour", "party", ("Labour Party",), "United Kingdom"),
    ActorInfo("Conservatives", "party", ("Tories",), "United Kingdom"),
    ActorInfo("Treasury", "government", ("HM Treasury",), "United Kingdom"),
]
_BY_NAME = {name_key(n): info for info in KNOWN for n in (info.name, *info.aliases)}
# "WHO [TYPE; AFFILIATION, AFFILIATION] will ACTION."
_CUE = re.compile(r"^(?P<who>[^\[]+?)(?: \[(?P<type>\w*)(?:; (?P<affs>[^\]]*))?\])? will (?P<action>[^.]+)\.", re.M)


class TaggedExtractor:
    """Findings from `WHO [type; affiliation, ...] will ACTION.` lines."""

    rules: list[Any] = []

    @classmethod
    def load(cls, rules_path: Path | None = None, actors_path: Path | None = None) -> TaggedExtractor:
        return cls()

    def lookup_actor(self, name: str) -> ActorInfo | None:
        return _BY_NAME.get(name_key(name))

    def extract(self, doc: Document) -> list[Finding]:
        out = []
        for m in _CUE.finditer(doc.text):
            info = self.lookup_actor(m["who"])
            out.append(Finding(
                doc_id=doc.doc_id, start=m.start(), end=m.end(), sentence=m.group(), kind="commitment",
                actor=info.name if info else m["who"], rule="fake.will", confidence=0.8,
                actor_type=m["type"] or (info.type if info else None), actors=[info.name if info else m["who"]],
                affiliations=[a.strip() for a in (m["affs"] or "").split(",") if a.strip()],
                action=m["action"],
            ))
        return out


DOCS = {
    "01.txt": "Gordon Brown [person; Labour, United Kingdom] will cut fuel duty.\n"
              "Time Warner Inc [company] will sell AOL.\n",
    "02.txt": "Brown [person; Labour] will raise pensions.\n"
              "TimeWarner [] will cut jobs.\n",
    "03.txt": "Brown [person; Conservatives] will fight the seat.\n"  # another Brown: another party
              "Treasury will publish the figures.\n",
    "04.txt": "Tony Blair [person; United Kingdom] will visit Ghana.\n"
              "Mr Blair [person; United Kingdom] will meet Bush.\n",
    "05.txt": "Blair [; United Kingdom] will speak.\n"
              "Nick Brown [person; Conservatives] will review farming.\n",
    "06.txt": "Time-Warner [company] will hire staff.\n"
              "Labour will cut taxes.\n"
              "Michael Howard [person; Conservatives, United Kingdom] will cut taxes.\n",
    "07.txt": "Gordon Brown [; Labour] will balance the books.\n"
              "United Kingdom will send aid.\n",
}


@pytest.fixture
def tagged(seams: Seams) -> type[TaggedExtractor]:
    seams.extractor = TaggedExtractor
    return TaggedExtractor


def write(folder: Path, names: list[str] | None = None) -> Path:
    folder.mkdir(exist_ok=True)
    for name in names or list(DOCS):
        (folder / name).write_text(DOCS[name], encoding="utf-8")
    return folder


def dump(path: Path) -> dict[str, Any]:
    """The database without ids or timestamps: actors by name (type, parent, aliases, curated),
    commitments with their actors' names (or the text's description of one it names not),
    mentions by document and offsets."""
    engine = db.open_database(str(path))
    with engine.connect() as c:
        names = dict(c.execute(text("SELECT id, name FROM actors")).all())
        aliases: dict[int, list[str]] = {}
        for actor_id, alias in c.execute(text("SELECT actor_id, alias FROM actor_aliases")).all():
            aliases.setdefault(actor_id, []).append(alias)
        actors = sorted(
            (name, type_, names.get(parent), tuple(sorted(aliases.get(i, []))), bool(n), bool(t), bool(p))
            for i, name, type_, parent, n, t, p in c.execute(text(
                "SELECT id, name, type, parent_id, name_curated, type_curated, parent_curated FROM actors")).all())
        commitments = sorted(
            (ext, start, end, sentence, tuple(names[a] for a in c.execute(text(
                "SELECT actor_id FROM commitment_actors WHERE commitment_id = :i ORDER BY position, actor_id"),
                {"i": cid}).scalars()), described)
            for cid, ext, start, end, sentence, described in c.execute(text(
                "SELECT m.commitment_id, d.external_id, m.start, m.\"end\", m.sentence, m.actor_description "
                "FROM mentions m JOIN documents d ON d.id = m.document_id")).all())
        pending = c.execute(text("SELECT count(*) FROM actor_pending")).scalar()
    engine.dispose()
    return {"actors": actors, "commitments": commitments, "pending": pending}


def _relative(d: dict[str, Any], folder: Path) -> dict[str, Any]:
    """External ids are paths: compare them by file name."""
    out = dict(d)
    out["commitments"] = sorted((Path(e).name, *rest) for e, *rest in d["commitments"])
    return out


def actor(path: Path, name: str) -> dict[str, Any]:
    engine = db.open_database(str(path))
    with engine.connect() as c:
        row = c.execute(text("SELECT a.id, a.name, a.type, p.name FROM actors a LEFT JOIN actors p "
                             "ON p.id = a.parent_id WHERE a.key = :k"), {"k": name_key(name)}).one_or_none()
    engine.dispose()
    assert row is not None, f"no actor {name}"
    return {"id": row[0], "name": row[1], "type": row[2], "parent": row[3]}


# --- names ------------------------------------------------------------------------------------------


def test_company_names_compare_without_legal_suffixes_punctuation_and_spacing() -> None:
    assert loose_key("Time Warner Inc") == loose_key("TimeWarner") == loose_key("Time-Warner") == "timewarner"
    assert loose_key("Marks & Spencer plc") == loose_key("Marks and Spencer")
    assert loose_key("Group") == "group"  # a name is never emptied


# --- one actor across documents ---------------------------------------------------------------------


def test_spellings_of_one_person_or_firm_are_one_actor_and_conflicts_stay_apart(
        run: Invoke, workdir: Path, tagged: type) -> None:
    ok(run("ingest", str(write(workdir / "news")), "--db", "t.db"))
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    gordon = listed["Gordon Brown"]
    assert gordon["type"] == "person" and gordon["parent"] == "Labour"
    assert "Brown" in gordon["aliases"] and gordon["commitments"] == 3  # Labour's Brown is him
    assert listed["Nick Brown"]["commitments"] == 2  # the Conservative Brown is another person
    assert not [n for n in listed if n.startswith("Brown")]
    assert listed["Tony Blair"]["aliases"] == ["Blair", "Mr Blair"]  # one candidate, same country
    firms = [r for r in listed.values() if loose_key(r["name"]) == "timewarner"]
    assert len(firms) == 1 and firms[0]["type"] == "company"
    assert set(firms[0]["aliases"]) >= {"TimeWarner", "Time-Warner", "Time Warner Inc"} - {firms[0]["name"]}
    assert listed["Treasury"]["parent"] == "United Kingdom"


def test_a_surname_merges_with_the_one_full_name_whose_party_agrees(run: Invoke, workdir: Path, tagged: type) -> None:
    ok(run("ingest", str(write(workdir / "news", ["01.txt", "02.txt", "03.txt"])), "--db", "t.db"))
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    assert "Brown" in listed["Gordon Brown"]["aliases"]  # Labour's Brown: Gordon Brown, the only one
    assert listed["Gordon Brown"]["commitments"] == 2
    assert listed["Brown (Conservatives)"]["parent"] == "Conservatives"  # another person (no full name yet)
    assert listed["Brown (Conservatives)"]["commitments"] == 1


def test_a_surname_two_known_people_share_stays_apart(run: Invoke, workdir: Path, tagged: type) -> None:
    (workdir / "a.txt").write_text("Gordon Brown [person; Labour] will cut fuel duty.\n"
                                   "Nick Brown [person; Labour] will review farming.\n")
    (workdir / "b.txt").write_text("Brown [person; Labour] will raise pensions.\nBrown [person] will resign.\n")
    ok(run("ingest", "a.txt", "b.txt", "--db", "t.db"))
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    assert listed["Brown (Labour)"]["commitments"] == 1  # which Brown? the text does not say
    assert listed["Brown"]["commitments"] == 1 and listed["Brown"]["parent"] is None  # nor here
    assert listed["Gordon Brown"]["commitments"] == listed["Nick Brown"]["commitments"] == 1


def test_a_nickname_a_cut_double_surname_and_a_bare_surname_are_the_one_person(
        run: Invoke, workdir: Path, tagged: type) -> None:
    (workdir / "a.txt").write_text("Edward Nolan [person; Labour] will cut fuel duty.\n"
                                   "Tessa McArdle [person; Labour] will abstain.\n"
                                   "Orla Venn [person; Labour] will resign.\n"
                                   "Jim Mcgovern [person; Labour] will resign.\n"
                                   "Jim Mcgovern [person; Labour] will stay.\n"
                                   "James R. Ferrow [person; Labour] will build homes.\n"
                                   "Maria Lopez Haldane [person; Labour] will open a clinic.\n"
                                   "Petra Quillon [person; United Kingdom] will visit Ghana.\n"
                                   "Pat Dunmore [person; Labour] will stand down.\n")
    (workdir / "b.txt").write_text("Ed Nolan [person; Labour] will raise pensions.\n"
                                   "Jim Ferrow [person] will fund schools.\n"
                                   "Maria Lopez [person; Labour] will review farming.\n"
                                   "Tessa Mcardle [person; Labour] will vote.\n"
                                   "Secretary of State for Health Orla Venn [person; Labour] will act.\n"
                                   "Harbour Board Officer Orla Venn [person; Labour] will inspect it.\n"
                                   "Quillon [person] will speak.\n"
                                   "Patrick Dunmore [person; Labour] will fight the seat.\n"
                                   "James McGovern [person; Labour] will speak.\n")
    (workdir / "c.txt").write_text("Eddie Nolan [person; Conservatives] will oppose it.\n")  # another party
    ok(run("ingest", "a.txt", "b.txt", "c.txt", "--db", "t.db"))
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    nolan = [r for n, r in listed.items() if n.endswith("Nolan")]
    assert sorted(r["commitments"] for r in nolan) == [1, 2]  # Labour's Ed is Edward; the Tory Eddie is not
    assert listed["James R. Ferrow"]["commitments"] == 2 and "Jim Ferrow" in listed["James R. Ferrow"]["aliases"]
    assert listed["Maria Lopez Haldane"]["commitments"] == 2 and "Maria Lopez" not in listed
    assert listed["Orla Venn"]["commitments"] == 3  # an office and its body before her name are no part of it
    assert listed["Tessa McArdle"]["commitments"] == 2  # the spelling not case-folded names her
    mcgovern = [r for n, r in listed.items() if n.casefold().endswith("mcgovern")]
    assert len(mcgovern) == 1 and mcgovern[0]["commitments"] == 3 and "Mcgovern" not in mcgovern[0]["name"]
    assert listed["Petra Quillon"]["commitments"] == 2  # the one Quillon, nothing known of the bare one
    assert listed["Pat Dunmore"]["commitments"] == listed["Patrick Dunmore"]["commitments"] == 1  # Pat: two names


def test_a_firms_first_word_alone_is_that_firm_unless_two_firms_start_with_it(
        run: Invoke, workdir: Path, tagged: type) -> None:
    (workdir / "a.txt").write_text("Zentrova Communications [company] will sell its towers.\n"
                                   "Halvik Atlantic [company] will cut fares.\n"
                                   "Halvik Mobile [company] will cut prices.\n"
                                   "General Dynamics [company] will build ships.\n"
                                   "House Rural Broadband Caucus [organisation] will meet.\n")
    (workdir / "b.txt").write_text("Zentrova [company] will bid again.\n"
                                   "Halvik [company] will list its shares.\n"
                                   "General [organisation] will resign.\n"
                                   "Rural Broadband Caucus [organisation] will report.\n")
    ok(run("ingest", "a.txt", "b.txt", "--db", "t.db"))
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    assert listed["Zentrova Communications"]["commitments"] == 2 and "Zentrova" not in listed
    assert listed["Halvik"]["commitments"] == 1  # which Halvik? two firms start so
    assert listed["General"]["commitments"] == listed["General Dynamics"]["commitments"] == 1  # an English word
    assert listed["House Rural Broadband Caucus"]["commitments"] == 2 and "Rural Broadband Caucus" not in listed


def test_one_person_spelled_with_or_without_initials_and_accents_is_one_actor(
        run: Invoke, workdir: Path, tagged: type) -> None:
    (workdir / "a.txt").write_text("Rosa M. Delgado [person; Labour] will cut fuel duty.\n"
                                   "Tomas Ibáñez [person; Labour] will build homes.\n"
                                   "Peter J. Hale [person; Labour] will open a clinic.\n")
    (workdir / "b.txt").write_text("Rosa Delgado [person] will raise pensions.\n"
                                   "Tomas Ibanez [person; United Kingdom] will fund schools.\n"
                                   "Peter K. Hale [person; Labour] will review farming.\n"  # other initial
                                   "Ann Wright [person; Labour] will stand down.\n")
    (workdir / "c.txt").write_text("Ann R. Wright [person; Conservatives] will fight the seat.\n")  # other party
    ok(run("ingest", "a.txt", "b.txt", "c.txt", "--db", "t.db"))
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    rosa = [r for n, r in listed.items() if n.startswith("Rosa")]
    assert len(rosa) == 1 and rosa[0]["commitments"] == 2
    tomas = [r for n, r in listed.items() if n.startswith("Tomas")]
    assert len(tomas) == 1 and tomas[0]["commitments"] == 2
    assert listed["Peter J. Hale"]["commitments"] == listed["Peter K. Hale"]["commitments"] == 1
    assert listed["Ann Wright"]["commitments"] == listed["Ann R. Wright"]["commitments"] == 1


def test_stored_actors_do_not_depend_on_how_the_ingest_ran(run: Invoke, workdir: Path, tagged: type) -> None:
    names = list(DOCS)
    clean = workdir / "clean.db"
    ok(run("ingest", str(write(workdir / "news")), "--db", str(clean)))
    expected = _relative(dump(clean), workdir / "news")
    assert expected["pending"] == 0 and len(expected["actors"]) > 8

    # interrupted and resumed: half the files, then all of them
    half = workdir / "half.db"
    ok(run("ingest", *[str(workdir / "news" / n) for n in names[: len(names) // 2]], "--db", str(half)))
    ok(run("ingest", str(workdir / "news"), "--db", str(half)))
    # in another order (one file at a time, last first), and with one and two workers
    reverse = workdir / "reverse.db"
    for n in reversed(names):
        ok(run("ingest", str(workdir / "news" / n), "--db", str(reverse)))
    shuffled = workdir / "shuffled.db"
    ok(run("ingest", *[str(workdir / "news" / n) for n in names[1::2] + names[0::2]], "--db", str(shuffled)))
    one, two = workdir / "one.db", workdir / "two.db"
    ok(run("ingest", str(workdir / "news"), "--workers", "1", "--db", str(one)))
    ok(run("ingest", str(workdir / "news"), "--workers", "2", "--db", str(two)))
    for other in (half, reverse, shuffled, one, two):
        assert _relative(dump(other), workdir / "news") == expected, other.name


def test_an_interrupted_ingest_leaves_pending_actors_that_the_next_run_settles(
        run: Invoke, workdir: Path, tagged: type) -> None:
    from tracker.storage import store

    write(workdir / "news")
    path = workdir / "t.db"
    ok(run("ingest", str(workdir / "news" / "02.txt"), "--db", str(path)))
    # a run stopped after storing a document, before settling: evidence without votes
    engine = db.open_database(str(path))
    with engine.connect() as connection:
        resolver = store.ActorResolver(connection, TaggedExtractor().lookup_actor)
        doc = Document(str(workdir / "news" / "01.txt"), DOCS["01.txt"])
        with connection.begin():
            store.store_document(connection, doc, store.content_hash(doc.text),
                                 TaggedExtractor().extract(doc), resolver)
    engine.dispose()
    assert dump(path)["pending"] > 0
    ok(run("ingest", str(workdir / "news"), "--db", str(path)))
    clean = workdir / "clean.db"
    ok(run("ingest", str(workdir / "news"), "--db", str(clean)))
    assert _relative(dump(path), workdir) == _relative(dump(clean), workdir)


# --- list --actor follows the tree -------------------------------------------------------------------


def test_list_actor_includes_government_bodies_and_people_under_it_with_via(
        run: Invoke, workdir: Path, tagged: type) -> None:
    ok(run("ingest", str(write(workdir / "news")), "--db", "t.db"))
    found = rows(run("list", "--actor", "United Kingdom", "-f", "json", "--db", "t.db"))
    via = {(r["actor"], r["via"]) for r in found}
    assert ("United Kingdom", None) in via  # itself: no via
    assert ("Treasury", "Treasury") in via  # a government body under it
    assert ("Tony Blair", "Tony Blair") in via  # a person whose parent is the country
    # parties are not the country, nor their people
    assert not {a for a, _ in via} & {"Labour", "Gordon Brown", "Michael Howard"}
    exact = rows(run("list", "--actor", "United Kingdom", "--exact", "-f", "json", "--db", "t.db"))
    assert {r["actor"] for r in exact} == {"United Kingdom"}
    labour = rows(run("list", "--actor", "Labour", "-f", "json", "--db", "t.db"))
    assert {"Gordon Brown", "Labour"} <= {r["actor"] for r in labour}  # a party's own people
    table = ok(run("list", "--actor", "uk", "--db", "t.db")).stdout
    assert "Via" in table and "Treasury" in table
    csv_header = ok(run("list", "--actor", "uk", "-f", "csv", "--db", "t.db")).stdout.splitlines()[0]
    assert "via" in csv_header.split(",")


# --- curation ------------------------------------------------------------------------------------------


def _ids(run: Invoke) -> dict[str, int]:
    return {r["name"]: r["id"] for r in rows(run("actors", "-f", "json", "--db", "t.db"))}


def _log(path: Path) -> list[tuple[Any, ...]]:
    engine = db.open_database(str(path))
    with engine.connect() as c:
        found = [tuple(r) for r in c.execute(text(
            "SELECT a.name, l.action, l.old_value, l.new_value, l.changed_by FROM actor_changes l "
            "JOIN actors a ON a.id = l.actor_id ORDER BY l.id")).all()]
    engine.dispose()
    return found


def test_curation_is_logged_and_a_later_ingest_honours_it(run: Invoke, workdir: Path, tagged: type) -> None:
    news = write(workdir / "news", ["01.txt", "02.txt", "03.txt", "04.txt"])
    ok(run("ingest", str(news), "--db", "t.db"))
    ids = _ids(run)
    # the Conservative "Brown" is Winston Brown; the merge of Labour's and Tony Blair's are curated
    ok(run("actors", "rename", str(ids["Brown (Conservatives)"]), "Winston Brown", "--by", "ann", "--db", "t.db"))
    ok(run("actors", "set-type", str(ids["Brown (Conservatives)"]), "government", "--by", "ann", "--db", "t.db"))
    ok(run("actors", "merge", str(ids["Tony Blair"]), str(ids["Gordon Brown"]), "--by", "bob", "--db", "t.db"))
    ok(run("actors", "set-parent", str(ids["Tony Blair"]), str(ids["Treasury"]), "--db", "t.db"))
    ok(run("actors", "set-type", str(ids["Treasury"]), "organisation", "--db", "t.db"))
    log = _log(workdir / "t.db")
    assert [(a, action, by) for a, action, _, _, by in log[:3]] == [
        ("Winston Brown", "rename", "ann"), ("Winston Brown", "set-type", "ann"), ("Tony Blair", "merge", "bob")]
    assert log[0][2:4] == ("Brown (Conservatives)", "Winston Brown") and log[1][2:4] == ("person", "government")
    assert log[3][1:4] == ("set-parent", "United Kingdom", "Treasury") and log[3][4]  # $USER by default

    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    assert "Gordon Brown" not in listed
    assert {"Gordon Brown", "Brown"} <= set(listed["Tony Blair"]["aliases"])
    assert listed["Tony Blair"]["commitments"] == 4  # 2 of Gordon Brown's, 2 of Blair's
    assert listed["Winston Brown"]["curated"] == ["name", "type"]

    # a later ingest: the merged-away name finds the kept actor; curated fields stay
    ok(run("ingest", str(write(workdir / "news", list(DOCS))), "--db", "t.db"))
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    assert "Gordon Brown" not in listed and listed["Tony Blair"]["commitments"] == 6
    assert listed["Tony Blair"]["parent"] == "Treasury"
    assert listed["Treasury"]["type"] == "organisation"
    assert listed["Winston Brown"]["type"] == "government" and "Brown" in listed["Winston Brown"]["aliases"]
    assert "Nick Brown" in listed  # a full name of its own


@pytest.mark.parametrize("args, fragment", [
    (["rename", "999", "X"], "no actor with id 999"),
    (["rename", "{Labour}", " "], "the new name is empty"),
    (["rename", "{Labour}", "treasury"], "is already called 'treasury'"),
    (["merge", "{Labour}", "{Labour}"], "cannot merge actor"),
    (["merge", "{Labour}", "999"], "no actor with id 999"),
    (["set-parent", "{United Kingdom}", "{Labour}"], "a parent cycle"),
    (["set-parent", "{Labour}", "{Labour}"], "a parent cycle"),
    (["set-parent", "{Labour}", "x"], "invalid parent 'x'"),
    (["set-type", "{Labour}", "planet"], "unknown actor type 'planet'"),
    (["set-type", "{Labour}", "party"], "already a party"),
])
def test_bad_curation_is_one_line_and_changes_nothing(run: Invoke, workdir: Path, tagged: type,
                                                      args: list[str], fragment: str) -> None:
    ok(run("ingest", str(write(workdir / "news")), "--db", "t.db"))
    ids = _ids(run)
    before = dump(workdir / "t.db")
    result = run("actors", *[a.format(**ids) if a.startswith("{") else a for a in args], "--db", "t.db")
    one_line_error(result, fragment)
    assert result.exit_code == 1
    assert dump(workdir / "t.db") == before and _log(workdir / "t.db") == []


def test_actors_list_offers_every_format(run: Invoke, workdir: Path, tagged: type) -> None:
    from tracker.output.formats import LISTING_FORMATS

    ok(run("ingest", str(write(workdir / "news")), "--db", "t.db"))
    for fmt in LISTING_FORMATS:
        out = ok(run("actors", "-f", fmt, "--db", "t.db")).stdout
        assert "Tony Blair" in out and "Mr Blair" in out
    assert "Part of" in ok(run("actors", "--db", "t.db")).stdout


# --- PostgreSQL: the settling, the tree and the curation SQL on the other database ---------------------


@pytest.mark.postgres
def test_actors_settle_list_and_curate_the_same_on_postgresql(run: Invoke, workdir: Path, tagged: type,
                                                                 pg_url: str) -> None:
    news = write(workdir / "news")
    ok(run("ingest", str(news), "--db", "t.db"))
    for name in reversed(list(DOCS)):  # another order on PostgreSQL
        ok(run("ingest", str(news / name), "--db", pg_url))
    for args in (["actors", "-f", "json"], ["list", "--actor", "United Kingdom", "-f", "csv"]):
        sqlite_rows, pg_rows = (rows(run(*args, "--db", d)) if args[-1] == "json" else
                                ok(run(*args, "--db", d)).stdout for d in ("t.db", pg_url))
        if args[-1] == "json":  # ids differ with the order: compare by name
            sqlite_rows = sorted((r["name"], r["type"], r["parent"], r["aliases"]) for r in sqlite_rows)
            pg_rows = sorted((r["name"], r["type"], r["parent"], r["aliases"]) for r in pg_rows)
        else:
            sqlite_rows = sorted(line.split(",")[3] for line in sqlite_rows.splitlines()[1:])
            pg_rows = sorted(line.split(",")[3] for line in pg_rows.splitlines()[1:])
        assert sqlite_rows == pg_rows, args
    ids = {r["name"]: r["id"] for r in rows(run("actors", "-f", "json", "--db", pg_url))}
    ok(run("actors", "merge", str(ids["Tony Blair"]), str(ids["Gordon Brown"]), "--by", "ann", "--db", pg_url))
    ok(run("actors", "set-parent", str(ids["Tony Blair"]), str(ids["Treasury"]), "--db", pg_url))
    one_line_error(run("actors", "set-parent", str(ids["United Kingdom"]), str(ids["Tony Blair"]), "--db", pg_url),
                   "a parent cycle")
    one_line_error(run("actors", "set-type", str(ids["Labour"]), "planet", "--db", pg_url), "unknown actor type")
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", pg_url))}
    assert listed["Tony Blair"]["parent"] == "Treasury" and listed["Tony Blair"]["curated"] == ["name", "parent"]
    found = rows(run("list", "--actor", "United Kingdom", "-f", "json", "--db", pg_url))
    assert ("Tony Blair", "Tony Blair") in {(r["actor"], r["via"]) for r in found}  # now under the Treasury


def test_a_case_folded_name_takes_the_casing_another_spelling_gives() -> None:
    from tracker.storage.actors import _best_name
    assert _best_name([("Jim Mcgovern", 3), ("James P. McGovern", 1)], person=True) == "Jim McGovern"
    assert _best_name([("Rosa Mcbride", 2)], person=True) == "Rosa Mcbride"  # no other spelling to go by


def test_every_actor_has_a_type_even_a_parent_or_a_co_actor_the_text_did_not_type(
        run: Invoke, workdir: Path) -> None:
    # the chief's body is stored as his parent, and the claim's second actor unbound to any
    # type by its sentence: each is typed by its name ("... Department": government)
    (workdir / "grants.txt").write_text(
        "Anselm K. Oduya, the Chief of the Marlowe Fire Department, intends to use the grant to buy two engines.\n\n"
        "The Satellite Watch project, set up by Ms. Harrow and OrbitalEye, which has donated millions "
        "of dollars of imagery, has delivered the images it promised.\n", encoding="utf-8")
    ok(run("ingest", str(workdir / "grants.txt"), "--db", str(workdir / "t.db")))
    assert actor(workdir / "t.db", "Marlowe Fire Department")["type"] == "government"
    assert actor(workdir / "t.db", "Anselm K. Oduya")["parent"] == "Marlowe Fire Department"
    engine = db.open_database(str(workdir / "t.db"))
    with engine.connect() as c:
        untyped = c.execute(text("SELECT name FROM actors WHERE type IS NULL")).scalars().all()
        count = c.execute(text("SELECT count(*) FROM actors")).scalar()
    engine.dispose()
    assert untyped == [] and count >= 4


# --- an acronym across documents (the real engine: resolution.acronym-name) --------------------------

_SPELLED_DOC = ("The Lowland Water Finance Corporation (LWFC) will lend $40m to the valley councils, "
                "its chair said on Monday.\n")
_ACRONYM_DOCS = {
    "a.txt": _SPELLED_DOC,
    "b.txt": "LWFC will provide a further $10m next year, the lender said in a statement.\n",
    "c.txt": "Farmers welcomed the news. LWFC will also fund two new reservoirs by 2030, a spokesman said.\n",
}


@pytest.mark.parametrize("order", [["a.txt", "b.txt", "c.txt"], ["b.txt", "c.txt", "a.txt"], ["b.txt", "a.txt", "c.txt"]])
def test_an_acronym_and_its_spelled_out_name_in_other_documents_are_one_actor(
        run: Invoke, workdir: Path, order: list[str]) -> None:
    for name, body in _ACRONYM_DOCS.items():
        (workdir / name).write_text(body, encoding="utf-8")
    for name in order:  # one ingest per document: the spelled-out one first, last or between
        ok(run("ingest", name, "--db", "t.db"))
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    assert "LWFC" not in listed
    assert listed["Lowland Water Finance Corporation"]["commitments"] == 3
    assert found_aliases(workdir / "t.db", "Lowland Water Finance Corporation") == ["LWFC"]


def test_an_acronym_two_documents_spell_out_differently_stays_apart(run: Invoke, workdir: Path) -> None:
    (workdir / "a.txt").write_text(_SPELLED_DOC, encoding="utf-8")
    (workdir / "b.txt").write_text("The Lakeland Wildlife Fund Council (LWFC) will plant 5,000 trees this winter, "
                                   "its director said.\n", encoding="utf-8")
    (workdir / "c.txt").write_text(_ACRONYM_DOCS["b.txt"], encoding="utf-8")
    for name in ("a.txt", "b.txt", "c.txt"):  # (the limit: a bare "LWFC" stored before the second
        ok(run("ingest", name, "--db", "t.db"))  # spelling stays with the first; see README, Data model)
    listed = {r["name"]: r for r in rows(run("actors", "-f", "json", "--db", "t.db"))}
    assert listed["LWFC"]["commitments"] == 1  # which one? the text does not say
    assert listed["Lowland Water Finance Corporation"]["commitments"] == 1


def found_aliases(path: Path, name: str) -> list[str]:
    engine = db.open_database(str(path))
    with engine.connect() as c:
        got = sorted(c.execute(text("SELECT l.alias FROM actor_aliases l JOIN actors a ON a.id = l.actor_id "
                                    "WHERE a.key = :k"), {"k": name_key(name)}).scalars())
    engine.dispose()
    return got


_LABEL = "US Congress press release: Walter Pemberton"
_RELEASES = {
    "a.jsonl": {"id": "rel/1", "source": _LABEL, "text": (
        "Congressman Skip Pemberton (R-Ohio) issued the following statement on the flood relief bill: "
        "\u201cWe will keep working until every family in the valley has the help it needs.\u201d")},
    "b.jsonl": {"id": "rel/2", "source": _LABEL, "text": (
        "The House passed the river bill on Tuesday. \u201cI will fight to fund the new levee in next "
        "year\u2019s budget,\u201d Pemberton said.")},
}


@pytest.mark.parametrize("order", [["a.jsonl", "b.jsonl"], ["b.jsonl", "a.jsonl"]])
def test_a_member_the_label_and_the_text_name_two_ways_is_one_actor(
        run: Invoke, workdir: Path, order: list[str]) -> None:
    # (resolution.author-known-as: the label's name an alias; settle merges it either way round)
    import json

    for name, doc in _RELEASES.items():
        (workdir / name).write_text(json.dumps(doc) + "\n", encoding="utf-8")
    for name in order:
        ok(run("ingest", name, "--db", "t.db"))
    people = [r for r in rows(run("actors", "-f", "json", "--db", "t.db")) if r["type"] == "person"]
    assert [(r["name"], r["commitments"]) for r in people] == [("Walter Pemberton", 2)]
    assert "Skip Pemberton" in found_aliases(workdir / "t.db", "Walter Pemberton")


TIE_DOCS = {
    "t1.txt": "Okafor [organisation] will publish the plan.\n",
    "t2.txt": "Okafor [person] will cut fees.\n",
    "t3.txt": "Ngozi Okafor [person] will visit Lagos.\n",
    "t4.txt": "Mcgovern [person; Labour] will speak.\n",
    "t5.txt": "McGovern [person; Labour] will vote.\n",
    "t6.txt": "Jim McGovern [person; Labour] will fight.\n",
}


@pytest.mark.parametrize("order", [sorted(TIE_DOCS), sorted(TIE_DOCS, reverse=True), ["t3.txt", "t1.txt", "t2.txt",
                                                                                    "t6.txt", "t4.txt", "t5.txt"]])
def test_a_tie_of_types_and_a_case_folded_alias_do_not_depend_on_the_order(
        run: Invoke, workdir: Path, tagged: type, order: list[str]) -> None:
    folder = workdir / "ties"
    folder.mkdir()
    for name, body in TIE_DOCS.items():
        (folder / name).write_text(body, encoding="utf-8")
    path = workdir / "ties.db"
    for name in order:  # one file at a time: each its own batch
        ok(run("ingest", str(folder / name), "--db", str(path)))
    people = {a[0]: a for a in dump(path)["actors"]}
    assert people["Ngozi Okafor"][1] == "person" and "Okafor" not in people  # a tie goes to the person, who merges
    assert people["Jim McGovern"][3] == ("McGovern",)  # never the case-folded "Mcgovern"


def test_a_description_is_no_actor_two_documents_share(run: Invoke, workdir: Path, tagged: type) -> None:
    # (resolution.description-unstored) "an auto parts manufacturer" in two releases is two
    # firms no one named: each finding is stored, neither makes an actor, so they never merge
    folder = workdir / "described"
    folder.mkdir()
    (folder / "a.txt").write_text("auto parts manufacturer [company] will cut 300 jobs.\n"
                                  "Donor nations [organisation] will give $700m.\n", encoding="utf-8")
    (folder / "b.txt").write_text("auto parts manufacturer [company] will close its plant.\n"
                                  "Harlow Mills [company] will open a plant.\n", encoding="utf-8")
    ok(run("ingest", str(folder), "--db", str(workdir / "d.db")))
    stored = dump(workdir / "d.db")
    assert [a[0] for a in stored["actors"]] == ["Harlow Mills"]
    assert len(stored["commitments"]) == 4  # (every finding kept, three without an actor)
    assert sorted(c[4] for c in stored["commitments"]) == [(), (), (), ("Harlow Mills",)]
    # each keeps the text's words for the reader (migration 0010), though no actor holds them
    assert sorted(c[5] or "" for c in stored["commitments"]) == [
        "", "Donor nations", "auto parts manufacturer", "auto parts manufacturer"]


def test_a_description_is_told_apart_from_a_name() -> None:
    from tracker.storage.names import is_description
    assert is_description("auto parts manufacturer") and is_description("Donor nations")
    assert is_description("group of Labour backbenchers")
    assert not any(is_description(n) for n in ("eBay", "Harlow Mills", "Brown (Labour)", "lastminute.com",
                                                "Luiz Inacio Lula da Silva", "George W. Bush"))


def test_explain_and_the_store_tell_a_description_alike() -> None:
    # the layers may not import each other, so each keeps its test of a description: the two
    # must agree, or `tracker explain` would say "stored without an actor" of an actor stored
    from tracker.extract.explain import _describes
    from tracker.storage.names import is_description
    names = ["auto parts manufacturer", "Donor nations", "group of Labour backbenchers", "eBay", "Harlow Mills",
             "Brown (Labour)", "lastminute.com", "George W. Bush", "investment group.", "law firm'", "...we", "",
             "Obama for", "Ministry of Communications", "de la Rue", "UK"]
    assert [_describes(n) for n in names] == [is_description(n) for n in names]
    assert sum(map(is_description, names)) >= 5  # (both sides of the test are exercised)
